"""The panel that edits the selected mark: intensity, kind-specific state, qualities, muscle,
the link from a referred area to its trigger point, and a note; for a symptom area its place in
the body chart (P-number, constant or intermittent, depth, what makes it worse or better, the 24
hours, "brought on by"), for a trigger point the examination findings and the state they suggest.

Every edit becomes an undo command through the :class:`MarkingController`, so the panel is only
a view of the document: it refreshes itself from the document's signals.  Only the sections that
apply to the selected kind are shown, and the longer ones fold away (:class:`Section`), so the
panel stays narrow and short on a 1366 x 768 screen.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import regions as anatomy
from bodymap.map.commands import KIND_NAMES
from bodymap.map.tools import MarkingController, likely_muscles
from bodymap.store.records import (
    AGGRAVATING_FACTORS,
    DAILY_PATTERNS,
    EASING_FACTORS,
    EXAM_FINDINGS,
    MAX_STIFFNESS_MINUTES,
    PAIN_QUALITIES,
    PRESSURE_THRESHOLD_RANGE,
    SYMPTOM_KINDS,
    MarkRecord,
    suggested_tp_state,
)
from bodymap.ui.form_rows import Section, check_grid, intensity_button_row, segmented
from bodymap.ui.labels import region_label

# The body chart's words, by the keys records.py stores (translated with MarkPanel.tr).
AGGRAVATING_TEXTS = {
    "sitting": QT_TRANSLATE_NOOP("MarkPanel", "Sitting"),
    "standing": QT_TRANSLATE_NOOP("MarkPanel", "Standing"),
    "walking": QT_TRANSLATE_NOOP("MarkPanel", "Walking"),
    "bending": QT_TRANSLATE_NOOP("MarkPanel", "Bending"),
    "lifting": QT_TRANSLATE_NOOP("MarkPanel", "Lifting"),
    "stairs": QT_TRANSLATE_NOOP("MarkPanel", "Stairs"),
    "reaching_overhead": QT_TRANSLATE_NOOP("MarkPanel", "Reaching up"),
    "screen_work": QT_TRANSLATE_NOOP("MarkPanel", "Screen work"),
    "driving": QT_TRANSLATE_NOOP("MarkPanel", "Driving"),
    "lying_down": QT_TRANSLATE_NOOP("MarkPanel", "Lying down"),
    "cold": QT_TRANSLATE_NOOP("MarkPanel", "Cold"),
    "stress": QT_TRANSLATE_NOOP("MarkPanel", "Stress"),
    "poor_sleep": QT_TRANSLATE_NOOP("MarkPanel", "Poor sleep"),
    "coughing": QT_TRANSLATE_NOOP("MarkPanel", "Coughing, sneezing"),
}
EASING_TEXTS = {
    "rest": QT_TRANSLATE_NOOP("MarkPanel", "Rest"),
    "heat": QT_TRANSLATE_NOOP("MarkPanel", "Heat"),
    "cold": QT_TRANSLATE_NOOP("MarkPanel", "Cold"),
    "movement": QT_TRANSLATE_NOOP("MarkPanel", "Gentle movement"),
    "stretching": QT_TRANSLATE_NOOP("MarkPanel", "Stretching"),
    "lying_down": QT_TRANSLATE_NOOP("MarkPanel", "Lying down"),
    "sitting": QT_TRANSLATE_NOOP("MarkPanel", "Sitting"),
    "changing_position": QT_TRANSLATE_NOOP("MarkPanel", "Changing position"),
    "massage": QT_TRANSLATE_NOOP("MarkPanel", "Massage"),
    "medication": QT_TRANSLATE_NOOP("MarkPanel", "Medication"),
    "relaxation": QT_TRANSLATE_NOOP("MarkPanel", "Relaxation"),
}
DAILY_TEXTS = {
    "morning": QT_TRANSLATE_NOOP("MarkPanel", "Worse in the morning"),
    "evening": QT_TRANSLATE_NOOP("MarkPanel", "Worse in the evening"),
    "night": QT_TRANSLATE_NOOP("MarkPanel", "Worse at night"),
    "after_activity": QT_TRANSLATE_NOOP("MarkPanel", "Worse after activity"),
}
EXAM_TEXTS = {
    "taut_band": QT_TRANSLATE_NOOP("MarkPanel", "Taut band"),
    "spot_tenderness": QT_TRANSLATE_NOOP("MarkPanel", "Spot tenderness"),
    "recognised_pain": QT_TRANSLATE_NOOP("MarkPanel", "Pain recognised as their own"),
    "referred_on_pressure": QT_TRANSLATE_NOOP("MarkPanel", "Referred pain on pressure"),
    "twitch_response": QT_TRANSLATE_NOOP("MarkPanel", "Local twitch response"),
}
STATE_TEXTS = {
    "active": QT_TRANSLATE_NOOP("MarkPanel", "active"),
    "latent": QT_TRANSLATE_NOOP("MarkPanel", "latent"),
    "resolved": QT_TRANSLATE_NOOP("MarkPanel", "resolved"),
}


def state_after_exam(mark: MarkRecord, exam: dict[str, str]) -> str | None:
    """The trigger point's state once its examination is ``exam``.

    The state follows the examination's suggestion (pain recognised as the person's own =
    active, not recognised = latent) while it agrees with the suggestion shown so far, or while
    there was none; a state the person chose against the suggestion (an overrule) is kept, and
    so is "resolved".
    """
    before = suggested_tp_state(mark.exam)
    after = suggested_tp_state(exam)
    following = before is None or mark.tp_state == before
    if after is not None and following and mark.tp_state != "resolved":
        return after
    return mark.tp_state


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


#: The parts of :class:`MarkPanel`'s editor (made by ``build_editor``, asked for by tests).
_EDITOR_PARTS = frozenset((
    "aggravating_boxes", "aggravating_note", "aggravating_section", "brought_combo",
    "candidates", "chart_section", "constancy_box", "constancy_group", "daily_boxes",
    "delete_button", "depth_box", "depth_group", "easing_boxes", "easing_note",
    "easing_section", "editor", "exam_groups", "exam_section", "feels_section", "form",
    "intensity_box", "intensity_group", "muscle_combo", "note_edit", "note_form",
    "pressure_spin", "quality_boxes", "source_combo", "spasm_box", "spasm_group", "state_box",
    "state_group", "stiffness_spin", "suggestion_box", "suggestion_label",
    "use_suggestion_button",
))


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

        # The editor of the selected mark (everything below the title and the hint) is hidden
        # until a mark is selected, and that is how every start begins: it is made when a mark
        # is first shown, when one of its parts is asked for (``__getattr__``), or once the
        # window has settled (``build_editor``); attaching the diary makes none of it (the
        # usable window is a budget, issue 18).
        self._editor_built = False

        # -- the symptom's P-number ---------------------------------------------------------------
        self.number_box = QWidget()
        number_row = QHBoxLayout(self.number_box)
        number_row.setContentsMargins(0, 0, 0, 0)
        self.number_label = QLabel()
        self.number_label.setObjectName("symptomNumber")
        self.number_up = QToolButton()
        self.number_up.setArrowType(Qt.ArrowType.UpArrow)
        self.number_up.setToolTip(self.tr("Earlier in the numbering: P2 becomes P1 (Alt+Up)"))
        self.number_down = QToolButton()
        self.number_down.setArrowType(Qt.ArrowType.DownArrow)
        self.number_down.setToolTip(self.tr("Later in the numbering: P1 becomes P2 (Alt+Down)"))
        number_row.addWidget(self.number_label, 1)
        number_row.addWidget(self.number_up)
        number_row.addWidget(self.number_down)

        self.marks_label = QLabel()
        self.mark_list = QListWidget()
        self.mark_list.setToolTip(
            self.tr("Every mark of this episode; pick one to edit it. Drag the symptom areas "
                    "(or Alt+Up, Alt+Down) to number them P1, P2…")
        )
        self.mark_list.setMinimumHeight(90)
        self.mark_list.setWordWrap(True)
        self.mark_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mark_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.mark_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        # a drag in the list (a move, or an insert and a remove, depending on the Qt version)
        self._reorder_pending = False
        self.mark_list.model().rowsMoved.connect(self._list_dropped)
        self.mark_list.model().rowsInserted.connect(self._list_dropped)
        self.mark_list.installEventFilter(self)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.number_box, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._layout.addWidget(self.hint)
        #: Where the editor goes in the layout, once it is made.
        self._editor_at = self._layout.count()
        self._layout.addSpacing(6)
        self._layout.addWidget(self.marks_label)
        self._layout.addWidget(self.mark_list, 1)

        self.number_up.clicked.connect(lambda: self._move_number(-1))
        self.number_down.clicked.connect(lambda: self._move_number(1))
        self.mark_list.currentItemChanged.connect(self._list_picked)
        controller.selection_changed.connect(self.show_mark)
        self.document.mark_changed.connect(self._mark_changed)
        self.document.mark_added.connect(self._mark_changed)
        self.document.mark_removed.connect(self._refresh_later)
        self.document.reset.connect(lambda: self.show_mark(""))
        self.show_mark("")

    def __getattr__(self, name: str) -> Any:
        """A part of the editor asked for before the editor is made: make it now."""
        if name in _EDITOR_PARTS and not self.__dict__.get("_editor_built", True):
            self.build_editor()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def build_editor(self) -> bool:
        """Make the editor of the selected mark, hidden until a mark is shown; False if it was
        made before (the window makes it in the background once it has settled)."""
        if self._editor_built:
            return False
        self._editor_built = True
        self.intensity_box, self.intensity_group = intensity_button_row(self)
        anchors = QLabel(self.tr("0 no pain · 5 moderate · 10 worst imaginable"))
        anchors.setWordWrap(True)  # longer in Italian than the dock is wide
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

        # -- the trigger point's state: the examination's suggestion, and an overrule -----------
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setObjectName("stateSuggestion")
        self.use_suggestion_button = QPushButton(self.tr("Use the suggestion"))
        self.use_suggestion_button.setToolTip(
            self.tr("Set the state the examination suggests (pain recognised = active)")
        )
        self.suggestion_box = QWidget()
        suggestion_row = QHBoxLayout(self.suggestion_box)
        suggestion_row.setContentsMargins(0, 0, 0, 0)
        suggestion_row.addWidget(self.suggestion_label, 1)
        suggestion_row.addWidget(self.use_suggestion_button, 0, Qt.AlignmentFlag.AlignTop)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Intensity"), self.intensity_box)
        self.form.addRow("", anchors)
        self.form.addRow(self.tr("State"), self.state_box)
        self.form.addRow("", self.suggestion_box)
        self.form.addRow(self.tr("Spasm"), self.spasm_box)
        self.form.addRow(self.tr("Muscle"), self.muscle_combo)
        self.form.addRow(self.tr("Comes from"), self.source_combo)
        self.form.addRow(self.tr("Could be caused by"), self.candidates)
        self.feels_section = Section(self.tr("Feels"), self, expanded=False)
        feels_layout = QVBoxLayout(self.feels_section.body)
        feels_layout.setContentsMargins(4, 2, 0, 4)
        feels_layout.addWidget(qualities)
        self.note_form = QFormLayout()
        self.note_form.addRow(self.tr("Note"), self.note_edit)

        # -- the body chart of a symptom area -----------------------------------------------------
        self.chart_section = Section(self.tr("Body chart"), self, expanded=True)
        chart_form = QFormLayout(self.chart_section.body)
        chart_form.setContentsMargins(4, 2, 0, 4)
        chart_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.constancy_box, self.constancy_group = segmented(
            self, [("constant", self.tr("Constant")), ("intermittent", self.tr("Comes and goes"))]
        )
        self.constancy_box.setToolTip(
            self.tr("Constant: always there, stronger or weaker. Comes and goes: there are times "
                    "with none at all.")
        )
        self.depth_box, self.depth_group = segmented(
            self, [("superficial", self.tr("Superficial")), ("deep", self.tr("Deep"))]
        )
        self.depth_box.setToolTip(
            self.tr("Superficial: at the skin, easy to point to. Deep: inside, hard to pin down.")
        )
        daily, self.daily_boxes = check_grid(
            self, {k: self.tr(DAILY_TEXTS[k]) for k in DAILY_PATTERNS}
        )
        self.stiffness_spin = QSpinBox()
        self.stiffness_spin.setObjectName("morningStiffness")
        self.stiffness_spin.setRange(-1, MAX_STIFFNESS_MINUTES)
        self.stiffness_spin.setSpecialValueText(self.tr("not given"))
        self.stiffness_spin.setSuffix(self.tr(" min"))
        self.stiffness_spin.setValue(-1)
        self.stiffness_spin.setKeyboardTracking(False)
        self.stiffness_spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.stiffness_spin.setToolTip(self.tr("How long the stiffness lasts after getting up"))
        self.brought_combo = QComboBox()
        self.brought_combo.setObjectName("broughtOnBy")
        self.brought_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.brought_combo.setMinimumContentsLength(12)
        self.brought_combo.setToolTip(
            self.tr("Another symptom that brings this one on (P2 comes when P1 is worse)")
        )
        chart_form.addRow(self.tr("Comes"), self.constancy_box)
        chart_form.addRow(self.tr("Depth"), self.depth_box)
        chart_form.addRow(self.tr("In 24 hours"), daily)
        chart_form.addRow(self.tr("Morning stiffness"), self.stiffness_spin)
        chart_form.addRow(self.tr("Brought on by"), self.brought_combo)

        self.aggravating_section = Section(self.tr("Worse with"), self, expanded=False)
        agg_layout = QVBoxLayout(self.aggravating_section.body)
        agg_layout.setContentsMargins(4, 2, 0, 4)
        grid, self.aggravating_boxes = check_grid(
            self, {k: self.tr(AGGRAVATING_TEXTS[k]) for k in AGGRAVATING_FACTORS}
        )
        agg_layout.addWidget(grid)
        self.aggravating_note = QLineEdit()
        self.aggravating_note.setObjectName("aggravatingNote")
        self.aggravating_note.setPlaceholderText(self.tr("Anything else that makes it worse"))
        agg_layout.addWidget(self.aggravating_note)

        self.easing_section = Section(self.tr("Better with"), self, expanded=False)
        easing_layout = QVBoxLayout(self.easing_section.body)
        easing_layout.setContentsMargins(4, 2, 0, 4)
        grid, self.easing_boxes = check_grid(
            self, {k: self.tr(EASING_TEXTS[k]) for k in EASING_FACTORS}
        )
        easing_layout.addWidget(grid)
        self.easing_note = QLineEdit()
        self.easing_note.setObjectName("easingNote")
        self.easing_note.setPlaceholderText(self.tr("Anything else that eases it"))
        easing_layout.addWidget(self.easing_note)

        # -- the examination of a trigger point ---------------------------------------------------
        self.exam_section = Section(self.tr("Examination"), self, expanded=True)
        exam_grid = QGridLayout(self.exam_section.body)
        exam_grid.setContentsMargins(4, 2, 0, 4)
        exam_grid.setVerticalSpacing(2)
        self.exam_groups: dict[str, QButtonGroup] = {}
        for row, finding in enumerate(EXAM_FINDINGS):
            label = QLabel(self.tr(EXAM_TEXTS[finding]))
            label.setWordWrap(True)
            box, group = segmented(
                self, [("yes", self.tr("Yes")), ("no", self.tr("No")), ("", self.tr("Not tested"))]
            )
            group.setExclusive(True)
            self.exam_groups[finding] = group
            exam_grid.addWidget(label, row, 0)
            exam_grid.addWidget(box, row, 1)
        self.pressure_spin = QDoubleSpinBox()
        self.pressure_spin.setObjectName("pressureThreshold")
        low, high = PRESSURE_THRESHOLD_RANGE
        self.pressure_spin.setDecimals(1)
        self.pressure_spin.setRange(low - 0.1, high)
        self.pressure_spin.setSingleStep(0.1)
        self.pressure_spin.setSpecialValueText(self.tr("not measured"))
        self.pressure_spin.setSuffix(self.tr(" kg/cm²"))
        self.pressure_spin.setValue(low - 0.1)
        self.pressure_spin.setKeyboardTracking(False)
        self.pressure_spin.setToolTip(
            self.tr("Pressure-pain threshold measured with an algometer (optional)")
        )
        pressure_label = QLabel(self.tr("Pressure-pain threshold"))
        pressure_label.setWordWrap(True)
        exam_grid.addWidget(pressure_label, len(EXAM_FINDINGS), 0)
        exam_grid.addWidget(self.pressure_spin, len(EXAM_FINDINGS), 1)
        exam_note = QLabel(
            self.tr("What the examiner found: observations, not a diagnosis.")
        )
        exam_note.setWordWrap(True)
        exam_note.setStyleSheet("color: palette(mid);")
        exam_grid.addWidget(exam_note, len(EXAM_FINDINGS) + 1, 0, 1, 2)
        exam_grid.setColumnStretch(0, 1)

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(4)
        editor_layout.addLayout(self.form)
        editor_layout.addWidget(self.chart_section)
        editor_layout.addWidget(self.aggravating_section)
        editor_layout.addWidget(self.easing_section)
        editor_layout.addWidget(self.exam_section)
        editor_layout.addWidget(self.feels_section)
        editor_layout.addLayout(self.note_form)
        editor_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)

        self.editor.setVisible(False)
        self._layout.insertWidget(self._editor_at, self.editor)
        # Tab goes from the title's buttons through the editor to the list of marks, as it
        # reads: the editor's widgets joined the window's focus chain only now, after the
        # panels made before them.  Qt orders only widgets that take focus, and moves each
        # with its own children (a spin box's field).
        stops: list[QWidget] = []
        widget = self.editor.nextInFocusChain()
        while self.editor.isAncestorOf(widget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not any(
                stop.isAncestorOf(widget) for stop in stops
            ):
                stops.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.number_down
        for widget in (*stops, self.mark_list):
            QWidget.setTabOrder(previous, widget)
            previous = widget

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
        self.delete_button.clicked.connect(self.controller.delete_selected)
        self.use_suggestion_button.clicked.connect(self._use_suggestion)
        self.constancy_group.buttonClicked.connect(
            lambda b: self._choice_clicked(self.constancy_group, b, "constancy", self.tr("Change constant or intermittent"))
        )
        self.depth_group.buttonClicked.connect(
            lambda b: self._choice_clicked(self.depth_group, b, "depth", self.tr("Change depth"))
        )
        for key, box in self.daily_boxes.items():
            box.toggled.connect(lambda checked, k=key: self._list_toggled("daily_pattern", k, checked, self.tr("Change 24-hour pattern")))
        for key, box in self.aggravating_boxes.items():
            box.toggled.connect(lambda checked, k=key: self._list_toggled("aggravating", k, checked, self.tr("Change what makes it worse")))
        for key, box in self.easing_boxes.items():
            box.toggled.connect(lambda checked, k=key: self._list_toggled("easing", k, checked, self.tr("Change what eases it")))
        self.aggravating_note.editingFinished.connect(
            lambda: self._set({"aggravating_note": self.aggravating_note.text().strip()},
                              self.tr("Edit what makes it worse"))
        )
        self.easing_note.editingFinished.connect(
            lambda: self._set({"easing_note": self.easing_note.text().strip()},
                              self.tr("Edit what eases it"))
        )
        self.stiffness_spin.valueChanged.connect(self._stiffness_changed)
        self.pressure_spin.valueChanged.connect(self._pressure_changed)
        self.brought_combo.activated.connect(self._brought_chosen)
        for finding, group in self.exam_groups.items():
            group.buttonClicked.connect(lambda b, f=finding: self._exam_clicked(f, b.property("value")))
        return True

    # -- showing ----------------------------------------------------------------------------

    def current_mark(self) -> MarkRecord | None:
        if self._uuid and self.document.has_mark(self._uuid):
            return self.document.mark(self._uuid)
        return None

    def show_mark(self, uuid: str) -> None:
        self._uuid = uuid
        self._refresh()

    def _fill_mark_list(self) -> None:
        """The episode's marks, one line each, the selected one current: the symptom areas
        first in the order of their P-numbers (drag them to renumber), then the other marks."""
        marks = self.document.marks()
        numbers = self.document.symptom_numbers()
        self.marks_label.setText(
            self.tr("<b>Marks in this episode</b> ({n})").format(n=len(marks))
        )
        ordered = sorted(marks, key=lambda m: (m.uuid not in numbers, numbers.get(m.uuid, 0)))
        was_updating, self._updating = self._updating, True
        self.mark_list.blockSignals(True)
        try:
            self.mark_list.clear()
            for mark in ordered:
                item = QListWidgetItem(f"{self._describe(mark)} · {mark.intensity}/10")
                item.setData(Qt.ItemDataRole.UserRole, mark.uuid)
                flags = item.flags()
                if mark.uuid in numbers:
                    item.setFlags(flags | Qt.ItemFlag.ItemIsDragEnabled)
                else:
                    item.setFlags(flags & ~Qt.ItemFlag.ItemIsDragEnabled)
                self.mark_list.addItem(item)
                if mark.uuid == self._uuid:
                    self.mark_list.setCurrentItem(item)
        finally:
            self.mark_list.blockSignals(False)
            self._updating = was_updating

    def _list_dropped(self, *_args: object) -> None:
        if self._updating or self._reorder_pending:
            return
        self._reorder_pending = True
        QTimer.singleShot(0, self, self._list_reordered)

    def _list_reordered(self) -> None:
        """A symptom area was dragged in the list: its order is the new numbering."""
        self._reorder_pending = False
        numbers = self.document.symptom_numbers()
        order = []
        for row in range(self.mark_list.count()):
            uuid = self.mark_list.item(row).data(Qt.ItemDataRole.UserRole)
            if uuid in numbers:
                order.append(uuid)
        if len(order) == len(numbers):
            self.controller.reorder_symptoms(order)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Alt+Up / Alt+Down in the list move the current symptom area up or down the numbers."""
        if (
            watched is self.mark_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            item = self.mark_list.currentItem()
            if item is not None:
                self.controller.move_symptom(
                    item.data(Qt.ItemDataRole.UserRole), -1 if event.key() == Qt.Key.Key_Up else 1
                )
            return True
        return super().eventFilter(watched, event)

    def _list_picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None or self._updating:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if not self.document.has_mark(uuid):
            return
        self.view_requested.emit(self.document.mark(uuid).view)
        self.controller.select(uuid)

    def _mark_changed(self, uuid: str) -> None:
        current = self.current_mark()
        if uuid == self._uuid or current is None:
            self._refresh()
        elif current.kind in SYMPTOM_KINDS:
            # a trigger point appeared or changed (the source list), or another symptom area
            # (the P-numbers and "brought on by")
            self._refresh()
        else:
            self._fill_mark_list()

    def _refresh_later(self, _uuid: str) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, self._refresh)

    def _refresh(self) -> None:
        mark = self.current_mark()
        self._fill_mark_list()
        if mark is not None:
            self.build_editor()
        self._updating = True
        try:
            if self._editor_built:
                self.editor.setVisible(mark is not None)
            self.hint.setVisible(mark is None)
            self.number_box.setVisible(False)
            if mark is None:
                self.title.setText(self.tr("No mark selected"))
                return
            self.title.setText(self._describe(mark))
            button = self.intensity_group.button(mark.intensity)
            if button is not None:
                button.setChecked(True)
            is_tp = mark.kind == "trigger_point"
            is_area = mark.kind == "referred_area"
            is_symptom = mark.kind in SYMPTOM_KINDS
            self.number_box.setVisible(is_symptom)
            self._set_row_visible(self.suggestion_box, is_tp)
            self.chart_section.setVisible(is_symptom)
            self.aggravating_section.setVisible(is_symptom)
            self.easing_section.setVisible(is_symptom)
            self.exam_section.setVisible(is_tp)
            if is_symptom:
                self._show_chart(mark)
            if is_tp:
                self._show_exam(mark)
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
            self.feels_section.set_summary(
                ", ".join(self.tr(q) for q in mark.qualities) or self.tr("none given")
            )
            if not self.note_edit.hasFocus():
                self.note_edit.setText(mark.note)
        finally:
            self._updating = False

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    def _describe(self, mark: MarkRecord, numbers: dict[str, int] | None = None) -> str:
        kind = self.tr(KIND_NAMES.get(mark.kind, mark.kind)).capitalize()
        regions = sorted(mark.regions.items(), key=lambda kv: -kv[1])
        names = [region_label(r) for r, _ in regions[:3] if r in anatomy.REGIONS]
        where = ", ".join(names) if names else self.tr("off the regions")
        if len(regions) > 3:
            where += self.tr(" and {n} more").format(n=len(regions) - 3)
        numbers = self.document.symptom_numbers() if numbers is None else numbers
        if mark.uuid in numbers:
            return f"P{numbers[mark.uuid]} · {kind}: {where}"
        return f"{kind}: {where}"

    # -- the body chart and the examination -------------------------------------------------

    def _show_chart(self, mark: MarkRecord) -> None:
        numbers = self.document.symptom_numbers()
        number = numbers.get(mark.uuid, 0)
        self.number_label.setText(
            self.tr("P{n} of {total}").format(
                n=QLocale().toString(number), total=QLocale().toString(len(numbers)))
        )
        self.number_up.setEnabled(number > 1)
        self.number_down.setEnabled(0 < number < len(numbers))
        for b in self.constancy_group.buttons():
            b.setChecked(b.property("value") == mark.constancy)
        for b in self.depth_group.buttons():
            b.setChecked(b.property("value") == mark.depth)
        for key, box in self.daily_boxes.items():
            box.setChecked(key in mark.daily_pattern)
        self.stiffness_spin.setValue(
            -1 if mark.morning_stiffness_minutes is None else mark.morning_stiffness_minutes
        )
        for key, box in self.aggravating_boxes.items():
            box.setChecked(key in mark.aggravating)
        for key, box in self.easing_boxes.items():
            box.setChecked(key in mark.easing)
        if not self.aggravating_note.hasFocus():
            self.aggravating_note.setText(mark.aggravating_note)
        if not self.easing_note.hasFocus():
            self.easing_note.setText(mark.easing_note)
        self.aggravating_section.set_summary(
            self._summary(mark.aggravating, AGGRAVATING_TEXTS, mark.aggravating_note)
        )
        self.easing_section.set_summary(self._summary(mark.easing, EASING_TEXTS, mark.easing_note))
        self._fill_brought(mark, numbers)

    def _summary(self, keys: list[str], texts: dict[str, str], note: str) -> str:
        words = [self.tr(texts[k]).lower() for k in keys if k in texts]
        if note:
            words.append(note)
        if not words:
            return self.tr("none given")
        text = ", ".join(words)
        return text if len(text) <= 38 else text[:36].rstrip(", ") + "…"

    def _fill_brought(self, mark: MarkRecord, numbers: dict[str, int]) -> None:
        """The other symptom areas this one could be brought on by (none that is itself brought
        on by this one: the links never go round in a circle)."""
        self.brought_combo.clear()
        self.brought_combo.addItem(self.tr("Nothing else"), None)
        for other in self.document.symptoms():
            if other.uuid == mark.uuid or self._leads_back(other, mark.uuid):
                continue
            self.brought_combo.addItem(self._describe(other, numbers), other.uuid)
        index = self.brought_combo.findData(mark.brought_on_by)
        self.brought_combo.setCurrentIndex(max(0, index))

    def _leads_back(self, other: MarkRecord, uuid: str) -> bool:
        seen: set[str] = set()
        cause: str | None = other.uuid
        while cause is not None and cause not in seen and self.document.has_mark(cause):
            if cause == uuid:
                return True
            seen.add(cause)
            cause = self.document.mark(cause).brought_on_by
        return False

    def _show_exam(self, mark: MarkRecord) -> None:
        for finding, group in self.exam_groups.items():
            answer = mark.exam.get(finding, "")
            for b in group.buttons():
                b.setChecked(b.property("value") == answer)
        low = PRESSURE_THRESHOLD_RANGE[0]
        self.pressure_spin.setValue(
            low - 0.1 if mark.pressure_threshold is None else mark.pressure_threshold
        )
        tested = sum(1 for f in EXAM_FINDINGS if f in mark.exam)
        self.exam_section.set_summary(
            self.tr("%n finding(s) recorded", "", tested) if tested else self.tr("not examined")
        )
        suggested = suggested_tp_state(mark.exam)
        if suggested is None:
            text = self.tr(
                "The state follows “pain recognised as their own”: yes = active, no = latent."
            )
            overruled = False
        elif mark.tp_state == suggested:
            text = self.tr("Suggested by the examination: {state}.").format(
                state=self.tr(STATE_TEXTS[suggested])
            )
            overruled = False
        else:
            text = self.tr(
                "Set to {chosen} by you; the examination suggests {suggested}."
            ).format(
                chosen=self.tr(STATE_TEXTS.get(mark.tp_state or "", mark.tp_state or "")),
                suggested=self.tr(STATE_TEXTS[suggested]),
            )
            overruled = True
        self.suggestion_label.setText(text)
        self.suggestion_label.setProperty("overruled", overruled)
        self.use_suggestion_button.setVisible(overruled)

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

    # -- editing the body chart -------------------------------------------------------------

    def _move_number(self, delta: int) -> None:
        if self._uuid:
            self.controller.move_symptom(self._uuid, delta)

    def _choice_clicked(self, group: QButtonGroup, button: QAbstractButton, name: str, text: str) -> None:
        """A segmented choice: the clicked value, or none when the picked one was clicked again."""
        mark = self.current_mark()
        if self._updating or mark is None:
            return
        value = button.property("value") if button.isChecked() else None
        for other in group.buttons():
            if other is not button:
                other.setChecked(False)
        self._set({name: value}, text)

    def _list_toggled(self, name: str, key: str, checked: bool, text: str) -> None:
        mark = self.current_mark()
        if self._updating or mark is None:
            return
        values = [v for v in getattr(mark, name) if v != key]
        if checked:
            values.append(key)
        self._set({name: values}, text)

    def _stiffness_changed(self, value: int) -> None:
        self._set({"morning_stiffness_minutes": None if value < 0 else value},
                  self.tr("Change morning stiffness"))

    def _pressure_changed(self, value: float) -> None:
        low = PRESSURE_THRESHOLD_RANGE[0]
        threshold = None if value < low - 1e-9 else round(value, 1)
        self._set({"pressure_threshold": threshold}, self.tr("Change pressure-pain threshold"))

    def _brought_chosen(self, index: int) -> None:
        self._set({"brought_on_by": self.brought_combo.itemData(index)}, self.tr("Change brought on by"))

    def _exam_clicked(self, finding: str, answer: str) -> None:
        """One examination finding; the state follows the suggestion unless it was overruled
        (one undo step for both)."""
        mark = self.current_mark()
        if self._updating or mark is None or mark.kind != "trigger_point":
            return
        exam = dict(mark.exam)
        if answer:
            exam[finding] = answer
        else:
            exam.pop(finding, None)
        self._set({"exam": exam, "tp_state": state_after_exam(mark, exam)},
                  self.tr("Change examination finding"))

    def _use_suggestion(self) -> None:
        mark = self.current_mark()
        if mark is None:
            return
        suggested = suggested_tp_state(mark.exam)
        if suggested is not None:
            self._set({"tp_state": suggested}, self.tr("Use the suggested state"))
