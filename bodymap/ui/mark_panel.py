"""The panel that edits the selected mark: intensity, kind-specific state, qualities, muscle,
the link from a referred area to its trigger point, and a note.

Every edit becomes an undo command through the :class:`MarkingController`, so the panel is only
a view of the document: it refreshes itself from the document's signals.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import regions as anatomy
from bodymap.map.commands import KIND_NAMES
from bodymap.map.tools import MarkingController, likely_muscles
from bodymap.store.records import PAIN_QUALITIES, MarkRecord
from bodymap.ui.labels import region_label

INTENSITY_ANCHORS = {0: "no pain", 5: "moderate", 10: "worst imaginable"}


def intensity_button_row(parent: QWidget) -> tuple[QWidget, QButtonGroup]:
    """Eleven big buttons 0..10: one click sets the intensity (the quick path)."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    group = QButtonGroup(box)
    group.setExclusive(True)
    for value in range(11):
        button = QToolButton(box)
        button.setText(str(value))
        button.setCheckable(True)
        button.setMinimumSize(24, 28)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if value in INTENSITY_ANCHORS:
            button.setToolTip(f"{value}: {INTENSITY_ANCHORS[value]}")
        group.addButton(button, value)
        row.addWidget(button)
    return box, group


def _muscle_label(key: str) -> str:
    """A muscle's name as the atlas spells it (in the reader's language where it can)."""
    return dict(_muscle_labels()).get(key, key.replace("_", " "))


def _muscle_labels() -> list[tuple[str, str]]:
    """(key, name) of every atlas muscle, sorted by name; built once per language."""
    from PySide6.QtCore import QLocale

    return _muscle_labels_for(QLocale().name())


@lru_cache(maxsize=4)
def _muscle_labels_for(_locale: str) -> list[tuple[str, str]]:
    try:
        from bodymap.anatomy import atlas
        from bodymap.ui.atlas_panel import muscle_name
    except ImportError:
        return []
    return sorted(((m.key, muscle_name(m)) for m in atlas.muscles()), key=lambda kv: kv[1])


class MarkPanel(QWidget):
    #: A mark picked in the list lives in this view: show it.
    view_requested = Signal(str)

    def __init__(self, controller: MarkingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.document = controller.document
        self._uuid = ""
        self._updating = False

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("Click the map to mark where it hurts. Pick a tool above the map."))
        self.hint.setWordWrap(True)

        self.intensity_box, self.intensity_group = intensity_button_row(self)
        anchors = QLabel(self.tr("0 no pain · 5 moderate · 10 worst imaginable"))
        anchors.setStyleSheet("color: palette(mid);")

        self.state_box = QWidget()
        state_row = QHBoxLayout(self.state_box)
        state_row.setContentsMargins(0, 0, 0, 0)
        self.state_group = QButtonGroup(self)
        for value, text, tip in (
            ("active", self.tr("Active"), self.tr("Active: it hurts by itself")),
            ("latent", self.tr("Latent"), self.tr("Latent: it hurts only when pressed")),
            ("resolved", self.tr("Resolved"), self.tr("Resolved: it no longer hurts")),
        ):
            button = QRadioButton(text)
            button.setToolTip(tip)
            button.setProperty("value", value)
            self.state_group.addButton(button)
            state_row.addWidget(button)

        self.spasm_box = QWidget()
        spasm_row = QHBoxLayout(self.spasm_box)
        spasm_row.setContentsMargins(0, 0, 0, 0)
        self.spasm_group = QButtonGroup(self)
        for value, text in (
            ("chronic", self.tr("Chronic tightness")),
            ("random", self.tr("Random spasm")),
        ):
            button = QRadioButton(text)
            button.setProperty("value", value)
            self.spasm_group.addButton(button)
            spasm_row.addWidget(button)

        self.muscle_combo = QComboBox()
        self.muscle_combo.setEditable(False)
        self.muscle_combo.setToolTip(
            self.tr(
                "Which muscle this trigger point is in: stays \"Not sure\" until you pick one. "
                "The muscles listed first are the likely ones here, a guess to check, not a finding."
            )
        )

        self.source_combo = QComboBox()
        self.source_combo.setToolTip(self.tr("The trigger point this pain comes from"))
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(150)
        self.candidates.setWordWrap(True)
        self.candidates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidates.setToolTip(
            self.tr("Muscles whose trigger points send pain here. Double-click to link.")
        )

        self.quality_boxes: dict[str, QCheckBox] = {}
        qualities = QWidget()
        grid = QGridLayout(qualities)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, quality in enumerate(PAIN_QUALITIES):
            box = QCheckBox(self.tr(quality))
            self.quality_boxes[quality] = box
            grid.addWidget(box, index // 3, index % 3)

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("A note about this spot"))
        self.delete_button = QPushButton(self.tr("Delete mark"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("Intensity"), self.intensity_box)
        self.form.addRow("", anchors)
        self.form.addRow(self.tr("State"), self.state_box)
        self.form.addRow(self.tr("Spasm"), self.spasm_box)
        self.form.addRow(self.tr("Muscle"), self.muscle_combo)
        self.form.addRow(self.tr("Comes from"), self.source_combo)
        self.form.addRow(self.tr("Could be caused by"), self.candidates)
        self.form.addRow(self.tr("Feels"), qualities)
        self.form.addRow(self.tr("Note"), self.note_edit)

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(self.form)
        editor_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)

        self.marks_label = QLabel()
        self.mark_list = QListWidget()
        self.mark_list.setToolTip(self.tr("Every mark of this episode; pick one to edit it"))
        self.mark_list.setMinimumHeight(90)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor)
        layout.addSpacing(6)
        layout.addWidget(self.marks_label)
        layout.addWidget(self.mark_list, 1)

        self.intensity_group.idClicked.connect(self._intensity_clicked)
        self.state_group.buttonClicked.connect(
            lambda b: self._set({"tp_state": b.property("value")}, "Change state")
        )
        self.spasm_group.buttonClicked.connect(
            lambda b: self._set({"spasm_kind": b.property("value")}, "Change spasm kind")
        )
        self.muscle_combo.activated.connect(self._muscle_chosen)
        self.source_combo.activated.connect(self._source_chosen)
        self.candidates.itemActivated.connect(self._candidate_activated)
        for quality, box in self.quality_boxes.items():
            box.toggled.connect(lambda checked, q=quality: self._quality_toggled(q, checked))
        self.note_edit.editingFinished.connect(
            lambda: self._set({"note": self.note_edit.text().strip()}, "Edit note")
        )
        self.delete_button.clicked.connect(controller.delete_selected)

        self.mark_list.currentItemChanged.connect(self._list_picked)
        controller.selection_changed.connect(self.show_mark)
        self.document.mark_changed.connect(self._mark_changed)
        self.document.mark_added.connect(self._mark_changed)
        self.document.mark_removed.connect(self._refresh_later)
        self.document.reset.connect(lambda: self.show_mark(""))
        self.show_mark("")

    # -- showing ----------------------------------------------------------------------------

    def current_mark(self) -> MarkRecord | None:
        if self._uuid and self.document.has_mark(self._uuid):
            return self.document.mark(self._uuid)
        return None

    def show_mark(self, uuid: str) -> None:
        self._uuid = uuid
        self._refresh()

    def _fill_mark_list(self) -> None:
        """The episode's marks, one line each, the selected one current."""
        marks = self.document.marks()
        self.marks_label.setText(
            self.tr("<b>Marks in this episode</b> ({n})").format(n=len(marks))
        )
        self.mark_list.blockSignals(True)
        try:
            self.mark_list.clear()
            for mark in marks:
                item = QListWidgetItem(f"{self._describe(mark)} · {mark.intensity}/10")
                item.setData(Qt.ItemDataRole.UserRole, mark.uuid)
                self.mark_list.addItem(item)
                if mark.uuid == self._uuid:
                    self.mark_list.setCurrentItem(item)
        finally:
            self.mark_list.blockSignals(False)

    def _list_picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None or self._updating:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if not self.document.has_mark(uuid):
            return
        self.view_requested.emit(self.document.mark(uuid).view)
        self.controller.select(uuid)

    def _mark_changed(self, uuid: str) -> None:
        if uuid == self._uuid or self.current_mark() is None:
            self._refresh()
        elif self.current_mark() is not None and self.current_mark().kind == "referred_area":
            self._refresh()  # a trigger point appeared or changed: the source list changes

    def _refresh_later(self, _uuid: str) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, self._refresh)

    def _refresh(self) -> None:
        mark = self.current_mark()
        self._fill_mark_list()
        self._updating = True
        try:
            self.editor.setVisible(mark is not None)
            self.hint.setVisible(mark is None)
            if mark is None:
                self.title.setText(self.tr("No mark selected"))
                return
            self.title.setText(self._describe(mark))
            button = self.intensity_group.button(mark.intensity)
            if button is not None:
                button.setChecked(True)
            is_tp = mark.kind == "trigger_point"
            is_area = mark.kind == "referred_area"
            self._set_row_visible(self.state_box, is_tp)
            self._set_row_visible(self.spasm_box, mark.kind == "spasm")
            self._set_row_visible(self.muscle_combo, is_tp)
            self._set_row_visible(self.source_combo, is_area)
            self._set_row_visible(self.candidates, is_area)
            for b in self.state_group.buttons():
                b.setChecked(b.property("value") == mark.tp_state)
            for b in self.spasm_group.buttons():
                b.setChecked(b.property("value") == mark.spasm_kind)
            if is_tp:
                self._fill_muscles(mark)
            if is_area:
                self._fill_sources(mark)
                self._fill_candidates(mark)
            for quality, box in self.quality_boxes.items():
                box.setChecked(quality in mark.qualities)
            if not self.note_edit.hasFocus():
                self.note_edit.setText(mark.note)
        finally:
            self._updating = False

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    def _describe(self, mark: MarkRecord) -> str:
        kind = self.tr(KIND_NAMES.get(mark.kind, mark.kind)).capitalize()
        regions = sorted(mark.regions.items(), key=lambda kv: -kv[1])
        names = [region_label(r) for r, _ in regions[:3] if r in anatomy.REGIONS]
        where = ", ".join(names) if names else self.tr("off the regions")
        if len(regions) > 3:
            where += self.tr(" and {n} more").format(n=len(regions) - 3)
        return f"{kind}: {where}"

    def _fill_muscles(self, mark: MarkRecord) -> None:
        """Offer "Not sure" (the default: nothing is guessed for the person), then the likely muscles
        in order (the one whose site is under the point first), then every other muscle."""
        self.muscle_combo.clear()
        self.muscle_combo.addItem(self.tr("Not sure"), None)
        geometry = mark.geometry
        likely = likely_muscles(mark.view, float(geometry["x"]), float(geometry["y"]), limit=5)
        for key, _name, why in likely:
            text = {
                "site": self.tr("{name} (its trigger point is here)"),
                "near": self.tr("{name} (its trigger point is close by)"),
            }.get(why, self.tr("{name} (could send pain here)"))
            self.muscle_combo.addItem(text.format(name=_muscle_label(key)), key)
        others = _muscle_labels()
        if others:
            self.muscle_combo.insertSeparator(self.muscle_combo.count())
        likely_keys = {k for k, _n, _w in likely}
        for key, name in others:
            if key not in likely_keys:
                self.muscle_combo.addItem(name, key)
        index = self.muscle_combo.findData(mark.muscle_key)
        self.muscle_combo.setCurrentIndex(max(0, index))

    def _fill_sources(self, mark: MarkRecord) -> None:
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("Not linked"), None)
        for other in self.document.marks():
            if other.kind == "trigger_point":
                self.source_combo.addItem(self._source_label(other), other.uuid)
        index = self.source_combo.findData(mark.source_uuid)
        self.source_combo.setCurrentIndex(max(0, index))

    def _source_label(self, mark: MarkRecord) -> str:
        muscle = _muscle_label(mark.muscle_key) if mark.muscle_key else self.tr("trigger point")
        region = next(iter(mark.regions), "")
        label = region_label(region)
        return f"{muscle} — {label} ({mark.intensity}/10)"

    def _fill_candidates(self, mark: MarkRecord) -> None:
        self.candidates.clear()
        try:
            from bodymap.anatomy import atlas
        except ImportError:
            return
        weights = {r: max(s, 0.05) for r, s in mark.regions.items()}
        if not weights:
            return
        for candidate in atlas.candidates(weights, limit=6):
            muscle = candidate.muscle
            side = "right" if candidate.side == "both" else candidate.side
            where = candidate.muscle.sites(side)
            site_text = where[0].text if where else ""
            if self._marked_trigger_point(muscle.key, candidate.side) is not None:
                text = self.tr("{name} — you marked it: double-click to link").format(
                    name=_muscle_label(muscle.key)
                )
            else:
                text = self.tr("{name} — check: {where}").format(
                    name=_muscle_label(muscle.key), where=site_text
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (muscle.key, side, candidate.side))
            item.setToolTip(f"{_muscle_label(muscle.key)} ({candidate.side}): {site_text}")
            self.candidates.addItem(item)

    # -- editing ----------------------------------------------------------------------------

    def _set(self, changes: dict[str, object], text: str) -> None:
        if self._updating or not self._uuid or not self.document.has_mark(self._uuid):
            return
        self.controller.set_properties(self._uuid, changes, text)

    def _intensity_clicked(self, value: int) -> None:
        self._set({"intensity": value}, "Change intensity")

    def _muscle_chosen(self, index: int) -> None:
        self._set({"muscle_key": self.muscle_combo.itemData(index)}, "Change muscle")

    def _source_chosen(self, index: int) -> None:
        self._set({"source_uuid": self.source_combo.itemData(index)}, "Link to trigger point")

    def _marked_trigger_point(self, muscle_key: str, side: str) -> str | None:
        """A trigger point of this episode in that muscle on that side ("both": either side)."""
        for m in self.document.marks():
            if m.kind != "trigger_point" or m.muscle_key != muscle_key:
                continue
            sides = {anatomy.REGIONS[r].side for r in m.regions if r in anatomy.REGIONS}
            if side == "both" or side in sides or "midline" in sides:
                return m.uuid
        return None

    def _candidate_activated(self, item: QListWidgetItem) -> None:
        key, side, candidate_side = item.data(Qt.ItemDataRole.UserRole)
        marked = self._marked_trigger_point(key, candidate_side)
        if marked is not None:
            self._set({"source_uuid": marked}, "Link to trigger point")
            return
        self.link_new_trigger_point(key, side)

    def link_new_trigger_point(self, muscle_key: str, side: str) -> None:
        """One click: place a trigger point at the muscle's atlas site and link the area to it."""
        area = self.current_mark()
        if area is None or area.kind != "referred_area":
            return
        from bodymap.anatomy import atlas
        from bodymap.map.commands import AddMarkCommand, SetMarkPropertiesCommand

        muscle = atlas.get(muscle_key)
        sites = [s for s in muscle.sites(side) if s.view in self.controller.views] or list(
            muscle.sites(side)
        )
        if not sites:
            return
        site = sites[0]
        point = MarkRecord(
            kind="trigger_point",
            view=site.view,
            geometry={"type": "point", "x": round(site.x, 1), "y": round(site.y, 1)},
            intensity=area.intensity,
            regions={site.region: 0.0},
            tp_state="active",
            muscle_key=muscle.key,
        )
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Add trigger point and link"))
        stack.push(AddMarkCommand(self.document, point))
        stack.push(SetMarkPropertiesCommand(self.document, area.uuid, {"source_uuid": point.uuid}))
        stack.endMacro()
        self.controller.select(area.uuid)

    def _quality_toggled(self, quality: str, checked: bool) -> None:
        mark = self.current_mark()
        if self._updating or mark is None:
            return
        qualities = [q for q in mark.qualities if q != quality]
        if checked:
            qualities.append(quality)
        self._set({"qualities": qualities}, "Change pain qualities")
