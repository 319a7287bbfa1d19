"""The episode editor (when, how long, what kind, how bad, why, notes, therapies tried) and the
list of saved episodes.

The editor writes into the :class:`EpisodeDocument`; saving is the episode editor's job
(:mod:`bodymap.ui.episode_editor`).  Both are :class:`~bodymap.ui.panels.base.Panel`: the list
reads the current person's episodes, the editor the therapies to choose from, on the worker.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.map.document import EpisodeDocument
from bodymap.store.records import COMMON_TRIGGERS, EPISODE_KINDS, OUTCOMES, TherapyUseRecord
from bodymap.ui.changes import Changes
from bodymap.ui.checked_style import draw_check_boxes
from bodymap.ui.dates import DateTimeField
from bodymap.ui.form_rows import intensity_button_row
from bodymap.ui.labels import therapy_name
from bodymap.ui.panels.base import Panel

if TYPE_CHECKING:
    from bodymap.store.service import Diary
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.ops import DiaryOps

KIND_LABELS = {
    "flare": "Flare",
    "chronic_spasm": "Chronic spasm / tightness",
    "random_spasm": "Random spasm",
    "everyday": "Everyday pain",
    "other": "Other",
}
OUTCOME_LABELS = {None: "not rated yet", "better": "better", "same": "no change", "worse": "worse"}


def local_qdatetime(started_utc: datetime, offset_minutes: int) -> QDateTime:
    """The episode's start as the person saw it on their clock (its own UTC offset, not the
    offset of the machine showing it now)."""
    local = started_utc + timedelta(minutes=offset_minutes)
    return QDateTime(local.date(), local.time().replace(microsecond=0))


def _machine_offset_at_utc(utc: datetime) -> int:
    local = utc.replace(tzinfo=UTC).astimezone()
    return int((local.utcoffset() or timedelta(0)).total_seconds() // 60)


def _machine_offset_at_wall(wall: datetime) -> int:
    local = wall.astimezone()  # a naive time is read as the machine's local time
    return int((local.utcoffset() or timedelta(0)).total_seconds() // 60)


def utc_from_wall_clock(value: QDateTime, offset_minutes: int) -> datetime:
    """A clock time typed for an episode back to UTC, with the episode's offset."""
    wall = datetime.combine(value.date().toPython(), value.time().toPython())
    return (wall - timedelta(minutes=offset_minutes)).replace(microsecond=0)


class EpisodePanel(Panel):
    def __init__(
        self, document: EpisodeDocument, context: DiaryContext | Diary,
        ops: DiaryOps | int | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, ops, parent)
        self.document = document
        self._updating = False
        self._therapy_names: dict[int | None, str] = {}

        # Typed as meant ("2025-06-15 10:00"), or refused with a message: never changed quietly.
        self.when = DateTimeField()
        self.now_button = QPushButton(self.tr("Now"))
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignTop)

        self.duration = QSpinBox()
        self.duration.setRange(0, 60 * 24 * 14)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not given"))

        self.kind = QComboBox()
        for kind in EPISODE_KINDS:
            self.kind.addItem(self.tr(KIND_LABELS[kind]), kind)

        self.intensity_box, self.intensity_group = intensity_button_row(self)
        self.fatigue_box, self.fatigue_group = intensity_button_row(self)

        self.triggers = QListWidget()
        draw_check_boxes(self.triggers)  # its items' check boxes, readable in the dark
        # Room at 1366x768: a few rows show, the list scrolls; the whole form fits the column.
        self.triggers.setMinimumHeight(54)
        self.triggers.setMaximumHeight(84)
        self.own_trigger = QLineEdit()
        self.own_trigger.setPlaceholderText(self.tr("Add your own trigger and press Enter"))

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything else worth remembering"))
        self.notes.setMinimumHeight(40)
        self.notes.setMaximumHeight(64)
        self.notes.setTabChangesFocus(True)  # keyboard users must be able to leave it

        self.therapies = QTableWidget(0, 4)
        self.therapies.setHorizontalHeaderLabels(
            [self.tr("Tried"), self.tr("Outcome"), self.tr("Relief"), ""]
        )
        therapy_header = self.therapies.horizontalHeader()
        therapy_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            therapy_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.therapies.verticalHeader().setVisible(False)
        self.therapies.setMaximumHeight(140)
        self.therapies.hide()  # shown, as tall as its rows, once something was tried
        self.add_therapy = QComboBox()
        self.add_therapy.setToolTip(self.tr("Add something you tried"))

        form = QFormLayout()
        # a field that does not fit beside its label goes under it (long Italian labels)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("When"), when_row)
        form.addRow(self.tr("How long"), self.duration)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Overall pain"), self.intensity_box)
        form.addRow(self.tr("Fatigue"), self.fatigue_box)
        form.addRow(self.tr("Triggers"), self.triggers)
        form.addRow("", self.own_trigger)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Therapies tried"), self.add_therapy)
        form.addRow("", self.therapies)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addStretch(1)

        self.when.dateTimeChanged.connect(self._when_changed)
        self.now_button.clicked.connect(self._set_now)
        self.duration.valueChanged.connect(
            lambda v: self._set("duration_minutes", v if v > 0 else None)
        )
        self.kind.activated.connect(lambda i: self._set("kind", self.kind.itemData(i)))
        self.intensity_group.idClicked.connect(lambda v: self._set("intensity", v))
        self.fatigue_group.idClicked.connect(lambda v: self._set("fatigue", v))
        self.triggers.itemChanged.connect(self._triggers_changed)
        self.own_trigger.returnPressed.connect(self._add_own_trigger)
        self.notes.textChanged.connect(lambda: self._set("notes", self.notes.toPlainText()))
        self.add_therapy.activated.connect(self._therapy_added)
        document.fields_changed.connect(self.show_document)
        document.modified_changed.connect(lambda _m: self._update_status())
        self.show_document()
        self.reload_therapies()
        self.stale = False

    # -- Panel ------------------------------------------------------------------------------

    def wants(self, changes: Changes) -> bool:
        return changes.everything or changes.therapies

    def refresh(self) -> None:
        self.reload_therapies()

    def shown_person_id(self) -> int | None:
        """The editor shows the episode being edited: the person it belongs to."""
        return self.document.profile_id

    def reload_therapies(self) -> None:
        """Read the therapies to choose from (on the worker; the list fills when they come)."""
        self.ops.query(self.diary.list_therapies, self._therapies_read, key=f"therapies-{id(self)}")

    def _therapies_read(self, therapies: list) -> None:  # noqa: ANN001 - TherapyRecord
        # names in the reader's language (the stored name stays as it is)
        self._therapy_names = {t.id: therapy_name(t.name, t.key) for t in therapies}
        self.add_therapy.clear()
        self.add_therapy.addItem(self.tr("Add a therapy you tried…"), None)
        for therapy_id, name in sorted(self._therapy_names.items(), key=lambda kv: kv[1].lower()):
            self.add_therapy.addItem(name, therapy_id)
        self._fill_therapy_table()

    # -- document -> widgets ----------------------------------------------------------------

    def show_document(self) -> None:
        d = self.document
        # A change made in the therapy table itself must not rebuild the table: that would
        # destroy the spin box or combo box the person is typing into.
        rebuilding_own_change = self._updating
        self._updating = True
        try:
            self.when.setDateTime(local_qdatetime(d.field("started_at"), d.field("utc_offset_minutes")))
            self.duration.setValue(d.field("duration_minutes") or 0)
            self.kind.setCurrentIndex(max(0, self.kind.findData(d.field("kind"))))
            for group, name in ((self.intensity_group, "intensity"), (self.fatigue_group, "fatigue")):
                value = d.field(name)
                group.setExclusive(False)
                for button in group.buttons():
                    button.setChecked(group.id(button) == value)
                group.setExclusive(True)
            chosen = list(d.field("triggers"))
            self.triggers.clear()
            for trigger in dict.fromkeys([*COMMON_TRIGGERS, *chosen]):
                item = QListWidgetItem(self.tr(trigger))
                item.setData(Qt.ItemDataRole.UserRole, trigger)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if trigger in chosen else Qt.CheckState.Unchecked)
                self.triggers.addItem(item)
            if self.notes.toPlainText() != d.field("notes"):
                self.notes.setPlainText(d.field("notes"))
            if not rebuilding_own_change:
                self._fill_therapy_table()
        finally:
            self._updating = rebuilding_own_change
        self._update_status()

    def _update_status(self) -> None:
        d = self.document
        if d.episode_id is None:
            text = self.tr("New episode, not saved yet")
        else:
            text = self.tr("Episode saved in the diary")
        if d.is_modified():
            text += self.tr(" — unsaved changes")
        self.status.setText(text)

    def _fit_therapy_table(self, rows: int) -> None:
        """As tall as its rows (up to three, then it scrolls); hidden while there are none."""
        self.therapies.setVisible(rows > 0)
        if rows:
            self.therapies.resizeRowsToContents()
            height = self.therapies.horizontalHeader().sizeHint().height() + 4
            height += sum(self.therapies.rowHeight(r) for r in range(min(rows, 3)))
            self.therapies.setFixedHeight(height)

    def _fill_therapy_table(self) -> None:
        uses: list[TherapyUseRecord] = self.document.field("therapy_uses")
        self.therapies.setRowCount(len(uses))
        for row, use in enumerate(uses):
            name = self._therapy_names.get(use.therapy_id) or use.therapy_name or "?"
            self.therapies.setItem(row, 0, QTableWidgetItem(name))
            outcome = QComboBox()
            for value in (None, *OUTCOMES):
                outcome.addItem(self.tr(OUTCOME_LABELS[value]), value)
            outcome.setCurrentIndex(max(0, outcome.findData(use.outcome)))
            outcome.activated.connect(lambda i, r=row, w=outcome: self._use_changed(r, outcome=w.itemData(i)))
            self.therapies.setCellWidget(row, 1, outcome)
            relief = QSpinBox()
            relief.setRange(-1, 10)
            relief.setSpecialValueText("–")
            relief.setValue(-1 if use.relief is None else use.relief)
            relief.setToolTip(self.tr("How much it helped, 0 (not at all) to 10 (pain gone)"))
            relief.valueChanged.connect(
                lambda v, r=row: self._use_changed(r, relief=None if v < 0 else v)
            )
            self.therapies.setCellWidget(row, 2, relief)
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this therapy from the episode"))
            remove.setAccessibleName(self.tr("Remove"))
            remove.clicked.connect(lambda _c=False, r=row: self._remove_use(r))
            self.therapies.setCellWidget(row, 3, remove)
        self._fit_therapy_table(len(uses))

    # -- widgets -> document ----------------------------------------------------------------

    def _set(self, name: str, value: object) -> None:
        if not self._updating:
            self.document.set_field(name, value)

    def _when_changed(self, value: QDateTime) -> None:
        if self._updating:
            return
        offset = self.document.field("utc_offset_minutes")
        started = self.document.field("started_at")
        if offset == _machine_offset_at_utc(started):
            # Recorded in this time zone: the new clock time takes this zone's offset on that
            # day (summer or winter time), not the old one.
            wall = datetime.combine(value.date().toPython(), value.time().toPython())
            offset = _machine_offset_at_wall(wall)
        self.document.set_field("started_at", utc_from_wall_clock(value, offset))
        self.document.set_field("utc_offset_minutes", offset)

    def _set_now(self) -> None:
        now = datetime.now().astimezone()
        offset = int((now.utcoffset() or timedelta(0)).total_seconds() // 60)
        self.document.set_field("started_at", now.astimezone(UTC).replace(tzinfo=None, microsecond=0))
        self.document.set_field("utc_offset_minutes", offset)

    def _triggers_changed(self, _item: QListWidgetItem) -> None:
        if self._updating:
            return
        chosen = [
            self.triggers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.triggers.count())
            if self.triggers.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.document.set_field("triggers", chosen)

    def _add_own_trigger(self) -> None:
        text = self.own_trigger.text().strip()
        if not text:
            return
        triggers = list(self.document.field("triggers"))
        if text not in triggers:
            triggers.append(text)
        self.own_trigger.clear()
        self.document.set_field("triggers", triggers)

    def _therapy_added(self, index: int) -> None:
        therapy_id = self.add_therapy.itemData(index)
        self.add_therapy.setCurrentIndex(0)
        if therapy_id is None:
            return
        uses = list(self.document.field("therapy_uses"))
        regions = sorted({r for m in self.document.marks() for r in m.regions})
        uses.append(
            TherapyUseRecord(
                therapy_id=therapy_id,
                therapy_name=self._therapy_names.get(therapy_id, ""),
                used_at=self.document.field("started_at"),
                utc_offset_minutes=self.document.field("utc_offset_minutes"),
                regions=regions,
            )
        )
        self.document.set_field("therapy_uses", uses)

    def _use_changed(self, row: int, **changes: object) -> None:
        if self._updating:
            return
        uses = [u for u in self.document.field("therapy_uses")]
        import copy

        use = copy.deepcopy(uses[row])
        for key, value in changes.items():
            setattr(use, key, value)
        uses[row] = use
        self._updating = True  # the table rebuild would destroy the editing widget
        try:
            self.document.set_field("therapy_uses", uses)
        finally:
            self._updating = False

    def _remove_use(self, row: int) -> None:
        uses = list(self.document.field("therapy_uses"))
        del uses[row]
        self.document.set_field("therapy_uses", uses)


# The list of saved episodes lives in bodymap.ui.episode_list (a lazy model/view list).
