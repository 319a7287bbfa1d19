"""About this person: year of birth (optional) and the conditions they live with.

Person menu → "Details…".  Both are optional.  The year of birth lets the warning signs that
depend on age speak up (a new temple pain from 50); the conditions steer the advice of the
therapy panel (with ME/CFS, pacing instead of graded exercise; with fibromyalgia, gentler
pressure).  The write goes through the window's worker (:mod:`bodymap.ui.ops`) with
:meth:`bodymap.store.service.Diary.update_profile_details`, and the context's person record is
updated, so every panel reads again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.store.records import FIRST_BIRTH_YEAR, PROFILE_CONDITIONS, ProfileRecord
from bodymap.ui.changes import Changes

if TYPE_CHECKING:
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.ops import DiaryOps

#: The spin box value that means "not given" (shown as words).
NOT_GIVEN = FIRST_BIRTH_YEAR - 1


def condition_text(condition: str) -> str:
    """A condition's name for the reader."""
    names = {
        "fibromyalgia": QCoreApplication.translate("PersonDetailsDialog", "Fibromyalgia"),
        "me_cfs": QCoreApplication.translate(
            "PersonDetailsDialog", "ME/CFS (chronic fatigue syndrome)"
        ),
        "myofascial": QCoreApplication.translate(
            "PersonDetailsDialog", "Myofascial pain (trigger points)"
        ),
    }
    return names.get(condition, condition)


class PersonDetailsDialog(QDialog):
    """Year of birth and conditions of one person; ``save(birth_year, conditions)`` writes them
    and returns an error text, or None once the write is on its way (then :meth:`finish` or
    :meth:`show_error` follows)."""

    def __init__(
        self,
        person: ProfileRecord,
        save: Callable[[int | None, list[str]], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("About this person"))
        layout = QVBoxLayout(self)
        heading = QLabel(person.name)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Both are optional. The year of birth lets bodymap raise the warning signs that "
                "depend on age; the conditions shape the advice in the Therapies panel."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.birth_year_spin = QSpinBox()
        self.birth_year_spin.setRange(NOT_GIVEN, date.today().year)
        self.birth_year_spin.setSpecialValueText(self.tr("not given"))
        self.birth_year_spin.setValue(person.birth_year or NOT_GIVEN)
        self.birth_year_spin.setObjectName("birthYear")
        form.addRow(self.tr("Year of birth (optional)"), self.birth_year_spin)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.condition_boxes: dict[str, QCheckBox] = {}
        for condition in PROFILE_CONDITIONS:
            check = QCheckBox(condition_text(condition))
            check.setChecked(condition in person.conditions)
            check.setObjectName(f"condition_{condition}")
            self.condition_boxes[condition] = check
            v.addWidget(check)
        form.addRow(self.tr("Lives with"), box)
        layout.addLayout(form)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def birth_year(self) -> int | None:
        value = self.birth_year_spin.value()
        return None if value == NOT_GIVEN else value

    def conditions(self) -> list[str]:
        return [c for c, check in self.condition_boxes.items() if check.isChecked()]

    def accept(self) -> None:
        error = self._save(self.birth_year(), self.conditions())
        if error:
            self.show_error(error)
            return
        self.buttons.setEnabled(False)  # one write per click; finish() closes

    def finish(self) -> None:
        super().accept()

    def show_error(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(text)
        self.error_label.show()


def open_person_details(
    context: DiaryContext, ops: DiaryOps, parent: QWidget | None = None
) -> PersonDetailsDialog:
    """Open the dialog for the context's person (not blocking); saving writes on the worker."""
    person = context.person
    diary = context.diary

    def save(birth_year: int | None, conditions: Sequence[str]) -> str | None:
        person_id = int(person.id or 0)

        def done(record: ProfileRecord) -> None:
            if context.person_id == record.id:
                context.set_person(record)
            dialog.finish()

        ops.write(
            lambda: diary.update_profile_details(
                person_id, birth_year=birth_year, conditions=list(conditions)
            ),
            done,
            on_error=dialog.show_error,
            changes=Changes(people=True),
        )
        return None

    dialog = PersonDetailsDialog(person, save, parent)
    dialog.open()
    return dialog
