"""About this person: year of birth (optional) and the conditions they live with; renaming and
removing a person (:class:`PersonActions`).

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

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
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


class PersonActions(QObject):
    """Person menu → Rename… and Remove this person…, for the context's person.

    Both ask without blocking (the dialogs are opened, not executed), so the window keeps
    drawing and tests answer them by clicking their buttons.  Renaming writes
    :meth:`~bodymap.store.service.Diary.update_profile`; the report's header reads the name from
    the diary, so it follows.  Removing names the person and how many episodes go with them,
    refuses the last person of the diary, makes a backup first
    (:func:`bodymap.store.backup.backup_diary`: the file on SQLite, a JSON export on a server),
    and only then removes.
    """

    #: Something to tell in the status bar.
    message = Signal(str)
    #: The person was renamed (the new ProfileRecord).
    renamed = Signal(object)
    #: A person was removed (their ProfileRecord) and the backup made first (its path).
    removed = Signal(object, str)

    def __init__(
        self,
        context: DiaryContext,
        ops: DiaryOps,
        parent: QWidget,
        switch_to: Callable[[ProfileRecord], None],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = ops
        self.parent_widget = parent
        self.switch_to = switch_to
        self.rename_dialog: QInputDialog | None = None
        self.remove_question: QMessageBox | None = None
        self.remove_button: QPushButton | None = None

    # -- rename ---------------------------------------------------------------------------

    def rename(self) -> QInputDialog:
        person = self.context.person
        dialog = QInputDialog(self.parent_widget)
        dialog.setObjectName("renamePerson")
        dialog.setWindowTitle(self.tr("Rename person"))
        dialog.setLabelText(self.tr("New name for {name}:").format(name=person.name))
        dialog.setTextValue(person.name)
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.textValueSelected.connect(lambda text, p=person: self._rename_to(p, text))
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def _rename_to(self, person: ProfileRecord, text: str) -> None:
        name = " ".join(text.split())
        if not name or name == person.name:
            return
        diary, person_id = self.context.diary, int(person.id or 0)

        def done(record: ProfileRecord) -> None:
            if self.context.person_id == record.id:
                self.context.set_person(record)  # the same person: updated quietly
            self.message.emit(self.tr("Renamed to {name}").format(name=record.name))
            self.renamed.emit(record)

        def failed(text: str) -> None:
            QMessageBox.warning(self.parent_widget, self.tr("Rename person"), text)

        self.ops.write(lambda: diary.update_profile(person_id, name=name), done, failed,
                       changes=Changes(people=True))

    # -- remove ---------------------------------------------------------------------------

    def remove(self) -> None:
        """Count what goes with the person (on the worker), then ask."""
        person = self.context.person
        diary, person_id = self.context.diary, self.context.person_id

        def count() -> tuple[list[ProfileRecord], int]:
            return diary.list_profiles(), len(diary.list_episodes(person_id))

        self.ops.query(count, lambda answer: self._ask_remove(person, *answer), key="remove-person")

    def _ask_remove(self, person: ProfileRecord, people: list[ProfileRecord], episodes: int) -> None:
        others = [p for p in people if p.id != person.id]
        box = QMessageBox(self.parent_widget)
        box.setObjectName("removePerson")
        box.setWindowTitle(self.tr("Remove person"))
        if not others:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr(
                "{name} is the only person in this diary, and a diary keeps at least one. "
                "You can rename them instead.").format(name=person.name))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            self.remove_question, self.remove_button = box, None
            box.open()
            return
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(self.tr("Remove {name} and their %n episode(s) from this diary?", "",
                            episodes).format(name=person.name))
        box.setInformativeText(self.tr(
            "Everything recorded for {name} goes with them: episodes and marks, therapies "
            "used, assessments, PSFS and PGIC. A backup of the whole diary is made first, so "
            "it can be restored (File > Restore).").format(name=person.name))
        remove = box.addButton(self.tr("Remove {name}").format(name=person.name),
                               QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep {name}").format(name=person.name),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(
            lambda button: self._answered(button is remove, person, others[0]))
        self.remove_question, self.remove_button = box, remove
        box.open()

    def _answered(self, yes: bool, person: ProfileRecord, other: ProfileRecord) -> None:
        if not yes:
            self.message.emit(self.tr("Nothing was removed"))
            return
        diary, person_id = self.context.diary, int(person.id or 0)
        if self.context.person_id == person_id:
            # Their unsaved episode goes with them: show somebody else before the removal.
            self.switch_to(other)

        def job() -> str:
            from bodymap.store.backup import backup_diary

            path = backup_diary(diary)  # raises (nothing removed) when it cannot be made
            diary.remove_profile(person_id)
            return str(path)

        def done(path: str) -> None:
            self.message.emit(self.tr("{name} was removed. The backup made first: {path}").format(
                name=person.name, path=path))
            self.removed.emit(person, path)

        def failed(text: str) -> None:
            QMessageBox.warning(self.parent_widget, self.tr("Remove person"),
                                self.tr("Nothing was removed: {why}").format(why=text))

        self.ops.write(job, done, failed, changes=Changes(people=True))
