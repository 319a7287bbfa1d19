"""The therapy panel: what has helped you here, what to try, and tries waiting for a rating.

Meant for a dock beside the body map.  ``show_for(region_id, muscle_key)`` fills it from
:func:`bodymap.suggest.suggest`, read on the window's worker (:mod:`bodymap.ui.ops`) for the
context's person; ``point_at`` does the same when the panel is on show, or when it comes on show.  The layout is for a tired person: short lines first, details
on demand.  At the very top, never folded away, the warning signs raised from the marks (the
selected spot and the other marks of the latest episode) and from the short checklist "Anything
else today?" just below them, most urgent first; then the person's own record; the static list of
warning signs for what the marks cannot show stays at the bottom.  The checklist is not stored: it
is asked here and passed to :func:`bodymap.anatomy.warnings.evaluate`.

Each suggestion has a "Log that I tried this" button opening :class:`LogUseDialog` (when: now,
where: the region, how long); the use is written with
:func:`bodymap.store.therapy_log.log_use` (an ordered write on the worker) and
:attr:`TherapyPanel.use_logged` is emitted with its id.  Tries older than an hour and not yet rated are listed with better / same / worse buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import therapies as catalogue
from bodymap.anatomy import warnings as warning_rules
from bodymap.i18n import formats
from bodymap.store.records import TherapyUseRecord, to_utc
from bodymap.store.therapy_log import TherapyStats, log_use, rate_use, unrated_uses
from bodymap.suggest import (
    MuscleAdvice,
    RaisedWarning,
    Suggestion,
    Suggestions,
    age_of,
    person_of,
    suggest,
)
from bodymap.ui.changes import Changes
from bodymap.ui.checked_style import use_looks
from bodymap.ui.labels import region_label, regions_by_label, therapy_name
from bodymap.ui.panels.base import Panel

if TYPE_CHECKING:
    from bodymap.store.service import Diary
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.ops import DiaryOps

#: What the "log it" callback of :class:`LogUseDialog` returns while the write is on its way:
#: the caller then calls :meth:`LogUseDialog.finish` or :meth:`LogUseDialog.show_error`.
IN_PROGRESS = False

STYLE = """
QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#historyRow { border-left: 4px solid #2e7d32; background: palette(base);
                    border-radius: 4px; }
QFrame#historyRow[verdict="mixed"] { border-left-color: #b08800; }
QFrame#historyRow[verdict="worse"] { border-left-color: #b3261e; }
QFrame#unratedRow { border: 1px dashed palette(mid); border-radius: 4px; }
QFrame#warnings { border: 1px solid #b3261e; border-left: 5px solid #b3261e; border-radius: 4px;
                  background: #fff4f2; }
QLabel#warningsText { color: #5c1410; }
QFrame#raised { border: 2px solid palette(mid); border-left: 8px solid palette(mid);
                border-radius: 4px; background: palette(base); }
QFrame#raised[urgency="emergency"] { border: 3px solid #c62828; border-left: 12px solid #c62828; }
QFrame#raised[urgency="today"] { border: 2px dashed #d26a00; border-left: 8px solid #d26a00; }
QFrame#raised[urgency="soon"] { border: 1px dotted #4a6fb5; border-left: 5px solid #4a6fb5; }
QLabel#urgencyChip { border-radius: 3px; padding: 2px 8px; font-weight: bold; color: #ffffff;
                     background: #555555; }
QLabel#urgencyChip[urgency="emergency"] { background: #a31515; font-size: 12pt; }
QLabel#urgencyChip[urgency="today"] { background: #8a4500; }
QLabel#urgencyChip[urgency="soon"] { background: #2f4a80; }
QLabel#raisedTitle { font-weight: bold; }
QLabel#raisedAction { font-weight: bold; }
QFrame#checklist { border: 1px solid palette(mid); border-radius: 4px; }
QLabel#heading { font-weight: bold; font-size: 12pt; margin-top: 8px; }
QLabel#cardTitle { font-weight: bold; }
QLabel#chip { border-radius: 8px; padding: 1px 7px; background: #e8eaf6; color: #1a237e; }
QLabel#chip[level="strong"] { background: #e3f2e5; color: #1b5e20; }
QLabel#chip[level="very_weak"], QLabel#chip[level="insufficient"] {
    background: #f3e5e5; color: #7a1f1f; }
QLabel#clinicianChip { border-radius: 8px; padding: 1px 7px; background: #fff3cd;
                       color: #5d4300; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#caution { color: #7a3b00; }
QLabel#figures { font-size: 11pt; }
"""


def panel_style(palette: QPalette) -> str:
    """:data:`STYLE` with the quiet and the caution texts in colours computed from ``palette``
    (WCAG AA on the cards' background, light or dark), not fixed browns that vanish in the dark."""
    from bodymap.ui.palette import hint_colour, warning_colour

    return STYLE + (
        f"QLabel#muted {{ color: {hint_colour(palette).name()}; }}\n"
        f"QLabel#caution {{ color: {warning_colour(palette).name()}; }}\n"
    )


#: Cards (or rows to rate) made per piece of a drawing (see TherapyPanel._draw).
CARDS_A_PIECE = 3


#: The worker's pause before a drawing's next piece (seconds): without it the pieces come one
#: right after another, and the event loop's timers wait behind them all.
PIECE_PAUSE_S = 0.004


def _pause() -> None:
    """The worker's part of a drawing's next piece: a short pause, so the window's timers and
    input come in between two pieces."""
    import time

    time.sleep(PIECE_PAUSE_S)


class _FillLayout(QVBoxLayout):
    """The panel's column: what is added goes above the stretch at its end, so a drawing that
    comes a piece at a time is laid out from the top as it will be when complete."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        super().addStretch(1)

    def addWidget(self, widget: QWidget, *args: Any) -> None:  # type: ignore[override]  # noqa: N802
        self.insertWidget(self.count() - 1, widget, *args)
        parent = self.parentWidget()
        hidden = (widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                  and widget.testAttribute(Qt.WidgetAttribute.WA_WState_Hidden))
        if parent is not None and parent.isVisible() and not hidden:
            # Shown with its piece, as Qt would a turn later: when the last piece is in, the
            # panel is complete on screen.
            widget.show()

    def addSpacing(self, size: int) -> None:  # noqa: N802 - Qt override
        self.insertSpacing(self.count() - 1, size)


class ButtonRow(QWidget):
    """Buttons (or chips) side by side while they fit, wrapped onto the next line when the
    column is narrow: a long Italian label never pushes a card past the right edge.  No layout:
    the row places its children itself, and tells its parent's layout the height for a width."""

    SPACING = 6

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self.spacing = spacing
        self._widgets: list[tuple[QWidget, bool]] = []  # (widget, pushed to the right)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget, stretch_before: bool = False) -> None:
        widget.setParent(self)
        self._widgets.append((widget, stretch_before))
        self.updateGeometry()

    def _items(self) -> list[tuple[QWidget, bool]]:
        return [(w, right) for w, right in self._widgets if w.isVisibleTo(self)]

    def _lines(self, width: int) -> list[list[tuple[QWidget, bool, QSize]]]:
        lines: list[list[tuple[QWidget, bool, QSize]]] = [[]]
        used = 0
        for widget, right in self._items():
            hint = widget.sizeHint().boundedTo(QSize(max(1, width), 10_000))
            if widget.hasHeightForWidth():
                hint.setHeight(widget.heightForWidth(hint.width()))
            extra = hint.width() + (self.spacing if lines[-1] else 0)
            if lines[-1] and used + extra > width:
                lines.append([])
                used, extra = 0, hint.width()
            lines[-1].append((widget, right, hint))
            used += extra
        return [line for line in lines if line]

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        lines = self._lines(width)
        heights = [max(h.height() for _w, _r, h in line) for line in lines]
        return sum(heights) + self.spacing * max(0, len(heights) - 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        items = self._items()
        if not items:
            return QSize(0, 0)
        width = sum(w.sizeHint().width() for w, _r in items) + self.spacing * (len(items) - 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        items = self._items()
        if not items:
            return QSize(0, 0)
        width = max(w.minimumSizeHint().width() for w, _r in items)
        return QSize(width, max(w.minimumSizeHint().height() for w, _r in items))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._place()

    def _place(self) -> None:
        width = self.width()
        y = 0
        for line in self._lines(width):
            height = max(h.height() for _w, _r, h in line)
            x = 0
            for index, (widget, right, hint) in enumerate(line):
                if right:  # this one and the rest of the line go to the right edge
                    rest = sum(h.width() for _w, _r, h in line[index:])
                    rest += self.spacing * (len(line) - index - 1)
                    x = max(x, width - rest)
                widget.setGeometry(x, y, min(hint.width(), width), height)
                x += hint.width() + self.spacing
            y += height + self.spacing


def _label(text: str, name: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _muscle_region_choices(muscle_key: str | None, side: str) -> list[str]:
    if muscle_key is None:
        return []
    try:
        from bodymap.anatomy import atlas

        muscle = atlas.get(muscle_key)
        return list(dict.fromkeys(s.region for s in muscle.sites(side)))
    except (ImportError, KeyError, ValueError):
        return []


class LogUseDialog(QDialog):
    """When, where and how long: the few facts needed to log a try."""

    def __init__(
        self,
        title: str,
        regions: Sequence[str],
        minutes: int,
        submit: Callable[[datetime, str, int | None, str, str], str | bool | None],
        show_dose: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Log that I tried this"))
        layout = QVBoxLayout(self)
        heading = _label(title, "cardTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        # typed as meant, or refused with a message (bodymap.ui.dates), never changed quietly
        from bodymap.ui.dates import DateTimeField

        self.when_edit = DateTimeField()
        self.when_edit.setDateTime(QDateTime.currentDateTime())
        form.addRow(self.tr("When"), self.when_edit)
        self.where_combo = QComboBox()
        for region in regions:
            self.where_combo.addItem(region_label(region), region)
        form.addRow(self.tr("Where"), self.where_combo)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setSpecialValueText(self.tr("not timed"))
        self.minutes_spin.setValue(max(0, minutes))
        form.addRow(self.tr("How long"), self.minutes_spin)
        self.dose_edit = QLineEdit()
        self.dose_edit.setPlaceholderText(self.tr("as you write it"))
        if show_dose:
            form.addRow(self.tr("How much"), self.dose_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        self.error_label = _label("", "caution")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        region = self.where_combo.currentData()
        if not region:
            self.show_error(self.tr("Choose where you used it."))
            return
        if not self.when_edit.commit():
            return  # the field says what is wrong with the date
        when = self.when_edit.dateTime().toPython()
        if when > datetime.now() + timedelta(minutes=1):
            self.show_error(self.tr("That is in the future: log what you have already tried."))
            return
        minutes = self.minutes_spin.value() or None
        error = self._submit(
            when, str(region), minutes, self.dose_edit.text().strip(),
            self.note_edit.text().strip(),
        )
        if error is IN_PROGRESS:
            self.buttons.setEnabled(False)  # one write per click
            return
        if error:
            self.show_error(str(error))
            return
        super().accept()

    def finish(self) -> None:
        """The try was logged: close."""
        super().accept()

    def show_error(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(text)
        self.error_label.show()


class SuggestionCard(QFrame):
    """One suggestion: title, evidence, a one-line how-to, the first caution; details on demand."""

    log_requested = Signal(object)  # the Suggestion

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)

        title = _label(therapy_name(suggestion.title), "cardTitle")
        layout.addWidget(title)
        # The chips under the title, wrapping like the rest: never wider than the card.
        chips = ButtonRow(spacing=4)
        if suggestion.clinician:
            chips.add(_label(self.tr("with your clinician"), "clinicianChip"))
        # The chip stays short; EULAR's word goes in the tooltip.
        short, _sep, guideline = suggestion.evidence_label.partition("; ")
        chip = _label(short, "chip")
        chip.setProperty("level", suggestion.evidence)
        chip.setToolTip(
            catalogue.evidence_text(suggestion.evidence) + (f" {guideline}." if guideline else "")
        )
        chips.add(chip)
        layout.addWidget(chips)

        layout.addWidget(_label(suggestion.how))
        if suggestion.yours is not None:
            layout.addWidget(
                _label(self.tr("You here: {0}").format(figures(self, suggestion.yours)), "muted")
            )
        if suggestion.cautions:
            self.caution_label = _label(
                self.tr("Take care: {0}").format(suggestion.cautions[0]), "caution"
            )
            layout.addWidget(self.caution_label)

        row = ButtonRow()
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details and cautions"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.toggled.connect(self._toggle)
        row.add(self.details_button)
        self.log_button = QPushButton(self.tr("Log that I tried this"))
        self.log_button.clicked.connect(lambda: self.log_requested.emit(self.suggestion))
        row.add(self.log_button, stretch_before=True)
        self.button_row = row
        layout.addWidget(row)

        # The details (steps, every caution, the evidence: about half the card's labels) are
        # made when first opened: a region's panel holds some thirty cards, and building them
        # all at once stopped the window (issue 18).
        self._details: QWidget | None = None

    @property
    def details(self) -> QWidget:
        """The folded part of the card (hidden until "Details and cautions" is pressed)."""
        if self._details is None:
            self._details = self._make_details()
        return self._details

    def _make_details(self) -> QWidget:
        suggestion = self.suggestion
        details = QWidget()
        d = QVBoxLayout(details)
        d.setContentsMargins(14, 0, 0, 0)
        d.setSpacing(3)
        if suggestion.reason:
            d.addWidget(_label(self.tr("Why here: {0}").format(suggestion.reason), "muted"))
        if suggestion.steps:
            d.addWidget(_label(self.tr("How to do it"), "cardTitle"))
            for i, step in enumerate(suggestion.steps, 1):
                d.addWidget(_label(f"{i}. {step}"))
        d.addWidget(_label(self.tr("How long: {0}").format(suggestion.duration)))
        d.addWidget(_label(self.tr("Cautions"), "cardTitle"))
        for caution in suggestion.cautions:
            d.addWidget(_label(f"• {caution}", "caution"))
        d.addWidget(
            _label(
                self.tr("Evidence: {0}. {1}").format(
                    suggestion.evidence_label, suggestion.evidence_note
                ),
                "muted",
            )
        )
        details.hide()
        layout = self.layout()
        assert layout is not None
        layout.addWidget(details)
        return details

    def _toggle(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )


def figures(widget: QWidget, stats: TherapyStats) -> str:
    """The person's figures in words, through the widget's translator."""
    if not stats.enough:
        return QCoreApplication.translate("TherapyPanel", "too few tries to tell ({0})").format(stats.rated)
    rated = stats.rated  # a plain name: lupdate reads no other count
    text = QCoreApplication.translate(
        "TherapyPanel", "better {0} of %n times", "", rated).format(stats.better)
    if stats.mean_relief is not None:
        text += QCoreApplication.translate("TherapyPanel", ", mean relief {0}/10").format(
            formats.number(stats.mean_relief))
    return text


def _verdict(stats: TherapyStats) -> str:
    if stats.worse > stats.better:
        return "worse"
    if stats.better_share >= 0.5:
        return "helped"
    return "mixed"


@dataclass
class TherapyView:
    """What the panel shows, read on the worker for one person."""

    person_id: int
    result: Suggestions | None = None
    problem: str = ""
    unrated: list[TherapyUseRecord] = field(default_factory=list)
    therapy_keys: dict[int | None, str | None] = field(default_factory=dict)
    #: Warning signs raised, most urgent first (also without a selected spot).
    raised: list[RaisedWarning] = field(default_factory=list)


#: The marks of an episode that started this long ago still count for today's warnings.
RECENT_EPISODE = timedelta(days=2)


def _recent_marks(diary: Diary, person_id: int) -> tuple[list[str], list[str]]:
    """Regions and qualities of the latest episode's marks, if it is recent."""
    latest = diary.latest_episode(person_id)
    now = datetime.now(UTC).replace(tzinfo=None)
    if latest is None or now - latest.started_at > RECENT_EPISODE:
        return [], []
    regions = [r for m in latest.marks for r in m.regions]
    qualities = [q for m in latest.marks for q in m.qualities]
    return list(dict.fromkeys(regions)), list(dict.fromkeys(qualities))


def read_therapy_view(
    diary: Diary, person_id: int, region_id: str | None, muscle_key: str | None,
    qualities: Sequence[str], facts: Sequence[str] = (),
) -> TherapyView:
    """Everything the panel needs, in one job on the worker thread."""
    view = TherapyView(person_id)
    context_regions, context_qualities = _recent_marks(diary, person_id)
    if region_id is not None or muscle_key is not None:
        try:
            view.result = suggest(
                diary, person_id, region=region_id, muscle_key=muscle_key,
                mark_qualities=qualities, facts=facts, context_regions=context_regions,
                context_qualities=context_qualities,
            )
            view.raised = list(view.result.warnings)
        except KeyError as exc:  # an unknown region or muscle: said in the panel
            view.problem = str(exc.args[0] if exc.args else exc)
    if view.result is None:
        view.raised = warning_rules.evaluate(
            context_regions, [*qualities, *context_qualities], facts,
            age=age_of(person_of(diary, person_id)),
        )
    view.unrated = unrated_uses(diary, person_id)
    if view.unrated:
        view.therapy_keys = {t.id: t.key for t in diary.list_therapies()}
    return view


def therapy_id_for_key(diary: Diary, key: str) -> int:
    for t in diary.list_therapies():
        if t.key == key:
            return int(t.id or 0)
    raise KeyError(key)


class TherapyPanel(Panel):
    """Suggestions and the person's own record for a region or a muscle (for a dock)."""

    use_logged = Signal(int)
    #: The checklist "Anything else today?" changed: the ticked fact keys (for the atlas too).
    facts_changed = Signal(tuple)
    use_rated = Signal(int)
    #: The panel has been filled for (region, muscle) after a read.
    shown = Signal()

    def __init__(
        self, context: DiaryContext | Diary, ops: DiaryOps | int | None = None,
        parent: QWidget | None = None, read_now: bool = True,
    ) -> None:
        """``read_now``: fill the panel (the unrated tries) at once; else when it first comes
        on show."""
        super().__init__(context, ops, parent)
        self.region_id: str | None = None
        self.muscle_key: str | None = None
        self.qualities: tuple[str, ...] = ()
        #: What the person ticked in "Anything else today?" (not stored).
        self.facts: set[str] = set()
        self._more_facts_open = False
        self.fact_boxes: dict[str, QCheckBox] = {}
        self.raised_frames: list[QFrame] = []
        self.result: Suggestions | None = None
        self._view = TherapyView(self.profile_id)
        #: What the widgets on screen were built from (see _draw); None before the first draw.
        self._drawn_key: tuple[object, ...] | None = None
        #: The pieces of the drawing under way (None: the panel is complete).
        self._drawing: Iterator[None] | None = None
        self.cards: list[SuggestionCard] = []
        #: Fills of the folded boxes not opened yet (see _fold).
        self._unfilled: list[Callable[[], None]] = []
        self.unrated_rows: dict[int, QFrame] = {}
        self._therapy_keys: dict[int | None, str | None] = {}
        self.log_dialog: LogUseDialog | None = None
        use_looks(self)  # before the sheet: it wraps the looks' style (the checked buttons)
        self.setStyleSheet(panel_style(self.palette()))
        self.setObjectName("therapyPanel")
        self._styling = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.title_label = _label(self.tr("Therapies"), "heading")
        outer.addWidget(self.title_label)
        self.status_label = _label("", "muted")
        self.status_label.hide()
        outer.addWidget(self.status_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)
        self._content = QWidget()
        self.scroll.setWidget(self._content)
        if read_now:
            self.show_for(None, None)
            self.stale = False

    # -- filling -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._styling:
            self._styling = True  # a style sheet set here must not loop back
            try:
                self.setStyleSheet(panel_style(self.palette()))
            finally:
                self._styling = False

    def wants(self, changes: Changes) -> bool:
        return (
            changes.everything or changes.therapy_uses or changes.therapies or changes.episodes
            or changes.people  # the year of birth and conditions steer warnings and advice
        )

    def point_at(
        self, region_id: str | None, muscle_key: str | None = None, qualities: Sequence[str] = ()
    ) -> None:
        """Follow a click on the map: read now if on show, else when the panel comes on show."""
        self.region_id, self.muscle_key, self.qualities = region_id, muscle_key, tuple(qualities)
        self.request_refresh()

    def show_for(
        self,
        region_id: str | None = None,
        muscle_key: str | None = None,
        qualities: Sequence[str] = (),
    ) -> None:
        """Fill the panel for a region and/or a muscle (both None: only the unrated tries)."""
        self.region_id = region_id
        self.muscle_key = muscle_key
        self.qualities = tuple(qualities)
        diary, person_id = self.diary, self.profile_id
        target = (region_id, muscle_key, self.qualities, tuple(sorted(self.facts)))
        self.ops.query(
            lambda: read_therapy_view(diary, person_id, *target),
            self._draw,
            on_error=self._read_failed,
            key=f"therapy-{id(self)}",
        )

    def _read_failed(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.show()

    def _draw(self, view: TherapyView) -> None:
        region_id, muscle_key = self.region_id, self.muscle_key
        # Rebuilding the cards is the costliest thing this panel does on the UI thread (a few
        # hundred widgets); a save or a panel coming back on show usually reads the very same
        # view, so the widgets on screen are kept when nothing they show has changed.
        drawn_key = (view, region_id, muscle_key, self.qualities, tuple(sorted(self.facts)))
        if drawn_key == self._drawn_key:
            if self._drawing is None:  # else the drawing under way says when it is done
                self.drawn_for(view.person_id)
                self.shown.emit()
            return
        self._drawn_key = drawn_key
        self._view = view
        self.cards = []
        self._unfilled = []
        self.unrated_rows = {}
        content = QWidget()
        content.setObjectName("therapyContent")
        layout = _FillLayout(content)
        layout.setContentsMargins(2, 2, 8, 2)
        layout.setSpacing(6)
        self._layout = layout
        # The warning signs at once, the rest (the checklist, the record, the cards) a piece
        # per turn below them: a region's cards are some two hundred widgets, and made and
        # laid out in one go they stopped the window for 50-150 ms.  Each next piece comes
        # through the worker, so ``ops.pending()`` holds until the panel is complete.
        pieces = self._draw_pieces(view, region_id, muscle_key)
        self._drawing = pieces
        next(pieces)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(content)
        if old is not None:
            old.deleteLater()  # a turn of its own: the cards are a few hundred widgets
        self._content = content
        self._piece_later(pieces, view.person_id)

    def _go_on_drawing(self, pieces: Iterator[None], person_id: int) -> None:
        from shiboken6 import isValid

        if self._drawing is not pieces:
            return  # a newer drawing took its place
        if not isValid(self) or not isValid(self._layout):
            self._drawing = None  # the panel was closed meanwhile
            return
        try:
            next(pieces)
        except StopIteration:
            self._drawing = None
            self.drawn_for(person_id)
            self.shown.emit()
            return
        self._piece_later(pieces, person_id)

    def _piece_later(self, pieces: Iterator[None], person_id: int) -> None:
        self.ops.query(_pause, lambda _none: self._go_on_drawing(pieces, person_id),
                       key=f"therapy-drawing-{id(self)}")

    def _draw_pieces(
        self, view: TherapyView, region_id: str | None, muscle_key: str | None,
    ) -> Iterator[None]:
        layout = self._layout
        # Warning signs first, most urgent first, never folded away; then the checklist.
        self._add_raised(view.raised)
        yield
        self._add_checklist()
        yield

        if region_id is None and muscle_key is None:
            self.result = None
            self.title_label.setText(self.tr("Therapies"))
            layout.addWidget(
                _label(
                    self.tr(
                        "Select a region or a muscle on the map to see what has helped you "
                        "there and what you could try."
                    ),
                    "muted",
                )
            )
            yield
            yield from self._add_unrated()
        else:
            self.result = view.result
            if view.problem:
                layout.addWidget(_label(view.problem, "caution"))
            where = [region_label(region_id)] if region_id else []
            if self.result is not None and muscle_key:
                where += [m.name for m in self.result.muscles[:1]]
            self.title_label.setText(self.tr("For: {0}").format(" · ".join(where)))
            if self.result is not None:
                yield from self._fill(self.result)
        self._add_warnings()

    def refresh(self) -> None:
        self.show_for(self.region_id, self.muscle_key, self.qualities)

    def _heading(self, text: str) -> None:
        self._layout.addWidget(_label(text, "heading"))

    def _fill(self, result: Suggestions) -> Iterator[None]:
        self._heading(self.tr("What has helped you here"))
        if not result.helped and not result.too_few:
            self._layout.addWidget(
                _label(
                    self.tr(
                        "Nothing logged here yet. Log what you try and rate it later: after "
                        "three rated tries, this shows how often it helped you."
                    ),
                    "muted",
                )
            )
        for index, stats in enumerate(result.helped, 1):
            self._layout.addWidget(self._history_row(stats))
            if index % CARDS_A_PIECE == 0:
                yield
        if result.too_few:
            names = ", ".join(
                self.tr("{0} ({1})").format(therapy_name(s.name, s.key), s.rated) for s in result.too_few
            )
            self._layout.addWidget(
                _label(self.tr("Too few tries to tell: {0}").format(names), "muted")
            )
        yield
        yield from self._add_unrated()

        # The first (or chosen) muscle in full; the other candidates folded away.
        if result.muscles:
            self._layout.addWidget(self._muscle_block(result.muscles[0]))
            yield
        others = result.muscles[1:]
        if others:
            names = ", ".join(m.name for m in others)
            toggle = self._fold_button(self.tr("Other muscles ({0})").format(len(others)))
            toggle.setToolTip(names)
            self._layout.addWidget(
                _label(self.tr("These can also send pain here: {0}").format(names), "muted")
            )
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)

            def fill_muscles() -> None:
                for muscle in others:
                    v.addWidget(self._muscle_block(muscle))

            self._fold(toggle, box, fill_muscles)
            self.other_muscles_toggle = toggle

        self._heading(self.tr("Commonly tried for this kind of pain"))
        if result.qualities:
            self._layout.addWidget(
                _label(
                    self.tr("Matched to: {0}").format(
                        ", ".join(catalogue.quality_word(q) for q in result.qualities)), "muted"
                )
            )
        for index, s in enumerate(result.common, 1):
            self._add_card(s)
            if index % CARDS_A_PIECE == 0:
                yield

        if result.clinician:
            yield
            self._heading(self.tr("To discuss with your clinician"))
            for index, s in enumerate(result.clinician, 1):
                self._add_card(s)
                if index % CARDS_A_PIECE == 0:
                    yield

        yield
        self._add_supplements(result)
        for note in result.notes:
            self._layout.addWidget(_label(note, "muted"))

    def _muscle_block(self, muscle: MuscleAdvice) -> QWidget:
        block = QWidget()
        v = QVBoxLayout(block)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(6)
        side = {"right": self.tr("right"), "left": self.tr("left")}.get(muscle.side, "")
        name = f"{muscle.name} ({side})" if side else muscle.name
        v.addWidget(_label(self.tr("For the muscle: {0}").format(name), "heading"))
        v.addWidget(_label(muscle.why, "muted"))
        if not muscle.suggestions:
            v.addWidget(
                _label(
                    self.tr("Its self-care is left out until a doctor has seen the warning above."),
                    "muted",
                )
            )
        for s in muscle.suggestions:
            v.addWidget(self._card(s))
        return block

    def _fold_button(self, text: str) -> QToolButton:
        toggle = QToolButton()
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setText(text)
        toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return toggle

    def _fold(self, toggle: QToolButton, box: QWidget, fill: Callable[[], None]) -> None:
        """Put a folded box under its toggle button; ``fill`` makes its content when it is
        first opened (or :meth:`all_cards` asks): more than half of a region's cards are folded
        away, and making them with the rest doubled the time the panel stopped the window."""
        box.hide()
        self._layout.addWidget(toggle)
        self._layout.addWidget(box)
        unfilled = self._unfilled  # this drawing's (a new drawing makes a new list)

        def fill_once() -> None:
            if fill_once in unfilled:
                unfilled.remove(fill_once)
                fill()

        unfilled.append(fill_once)

        def show(on: bool) -> None:
            if on:
                fill_once()
            box.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(show)

    def _history_row(self, stats: TherapyStats) -> QFrame:
        row = QFrame()
        row.setObjectName("historyRow")
        row.setProperty("verdict", _verdict(stats))
        h = QHBoxLayout(row)
        h.setContentsMargins(10, 6, 6, 6)
        v = QVBoxLayout()
        v.setSpacing(1)
        v.addWidget(_label(therapy_name(stats.name, stats.key), "cardTitle"))
        fig = _label(figures(self, stats), "figures")
        v.addWidget(fig)
        if stats.enough and stats.worse:
            v.addWidget(_label(self.tr("worse {0} of %n times", "", stats.rated).format(
                stats.worse), "muted"))
        unrated = stats.uses - stats.rated
        if unrated:
            v.addWidget(_label(self.tr("{0} more not rated yet").format(unrated), "muted"))
        h.addLayout(v, 1)
        if stats.category != "medication":
            again = QPushButton(self.tr("Log again"))
            again.clicked.connect(lambda: self._open_log_for_therapy(stats))
            h.addWidget(again, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def all_cards(self) -> list[SuggestionCard]:
        """Every card of the panel, those folded away and not opened yet included (made now)."""
        for fill in list(self._unfilled):
            fill()
        return list(self.cards)

    def _card(self, suggestion: Suggestion) -> SuggestionCard:
        card = SuggestionCard(suggestion)
        card.log_requested.connect(self.open_log_dialog)
        self.cards.append(card)
        return card

    def _add_card(self, suggestion: Suggestion) -> None:
        self._layout.addWidget(self._card(suggestion))

    def _add_supplements(self, result: Suggestions) -> None:
        self._heading(self.tr("Supplements: the evidence is mostly weak or missing"))
        self._layout.addWidget(_label(result.supplement_note, "muted"))
        for stats in result.supplement_history:
            self._layout.addWidget(
                _label(self.tr("You: {0}: {1}").format(therapy_name(stats.name, stats.key), figures(self, stats)))
            )
        toggle = self._fold_button(
            self.tr("Show the {0} supplements").format(len(result.supplements))
        )
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)

        def fill_supplements() -> None:
            for s in result.supplements:
                v.addWidget(self._card(s))

        self._fold(toggle, box, fill_supplements)
        self.supplements_toggle = toggle
        self.supplements_box = box

    def _add_unrated(self) -> Iterator[None]:
        uses = self._view.unrated
        if not uses:
            return
        self._heading(self.tr("How did it go?"))
        self._layout.addWidget(
            _label(self.tr("Rating your tries is what lets bodymap show what helps you."), "muted")
        )
        self._therapy_keys = self._view.therapy_keys
        shown = uses
        if self.region_id is not None:
            # For a chosen spot, the tries made there first; the rest is only counted.
            here = [u for u in uses if self.region_id in u.regions]
            elsewhere = len(uses) - len(here)
            shown = here
            if elsewhere:
                self._layout.addWidget(
                    _label(
                        self.tr("%n tries elsewhere on the body are waiting for a rating.", "",
                                elsewhere),
                        "muted",
                    )
                )
        for index, use in enumerate(shown[:10], 1):
            row = self._unrated_row(use)
            self.unrated_rows[int(use.id or 0)] = row
            self._layout.addWidget(row)
            if index % CARDS_A_PIECE == 0:
                yield

    def _unrated_row(self, use: TherapyUseRecord) -> QFrame:
        row = QFrame()
        row.setObjectName("unratedRow")
        v = QVBoxLayout(row)
        v.setContentsMargins(8, 5, 8, 5)
        local = use.used_at + timedelta(minutes=use.utc_offset_minutes)
        where = ", ".join(region_label(r) for r in use.regions)
        v.addWidget(
            _label(
                self.tr("{0} · {1} · {2}").format(
                    therapy_name(use.therapy_name, self._therapy_keys.get(use.therapy_id)),
                    QLocale().toString(QDateTime(local), "ddd d MMM HH:mm"), where
                )
            )
        )
        h = ButtonRow()
        relief = QSpinBox()
        relief.setRange(-1, 10)
        relief.setValue(-1)
        relief.setSpecialValueText(self.tr("relief –"))
        relief.setPrefix(self.tr("relief "))
        relief.setSuffix("/10")
        relief.setObjectName("relief")
        relief.setToolTip(self.tr("How much relief, from 0 (none) to 10 (complete)"))
        h.add(relief)
        for outcome, text in (
            ("better", self.tr("Better")),
            ("same", self.tr("Same")),
            ("worse", self.tr("Worse")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"rate_{outcome}")
            button.clicked.connect(
                lambda _=False, o=outcome, u=use.id, r=relief: self._rate(int(u or 0), o, r)
            )
            h.add(button, stretch_before=(outcome == "better"))
        v.addWidget(h)
        return row

    # -- warning signs ---------------------------------------------------------------------

    def _lang(self) -> str:
        from bodymap.i18n.language import current

        return current()

    def _urgency_words(self, urgency: str) -> str:
        return {
            "emergency": self.tr("EMERGENCY: call 112 now"),
            "today": self.tr("See a doctor today"),
            "soon": self.tr("See a doctor within days"),
        }[urgency]

    def _add_raised(self, raised: Sequence[RaisedWarning]) -> None:
        """One frame per raised warning, most urgent first: colour, icon, border and words all
        say the urgency, so it reads in dark mode and in greyscale too."""
        self.raised_frames = []
        lang = self._lang()
        icons = {
            "emergency": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "today": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "soon": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        for w in raised:
            frame = QFrame()
            frame.setObjectName("raised")
            frame.setProperty("urgency", w.urgency)
            frame.setProperty("warning_id", w.id)
            v = QVBoxLayout(frame)
            v.setContentsMargins(10, 8, 10, 8)
            v.setSpacing(4)
            top = QHBoxLayout()
            icon = QLabel()
            size = 32 if w.urgency == "emergency" else 22
            icon.setPixmap(self.style().standardIcon(icons[w.urgency]).pixmap(size, size))
            top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            chip = _label(self._urgency_words(w.urgency), "urgencyChip", wrap=False)
            chip.setProperty("urgency", w.urgency)
            top.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
            top.addStretch(1)
            v.addLayout(top)
            v.addWidget(_label(w.title.get(lang) or w.title["en"], "raisedTitle"))
            v.addWidget(_label(w.what.get(lang) or w.what["en"]))
            if w.escalated:
                v.addWidget(
                    _label(self.tr("Because of what you told us, treat this as an emergency."),
                           "raisedAction")
                )
            v.addWidget(_label(w.action.get(lang) or w.action["en"], "raisedAction"))
            if w.suppress_therapies:
                v.addWidget(
                    _label(
                        self.tr("Self-care that could do harm here is left out below."), "muted"
                    )
                )
            frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self._layout.addWidget(frame)
            self.raised_frames.append(frame)

    def _add_checklist(self) -> None:
        """ "Anything else today?": what a mark cannot show, as tick boxes (not stored)."""
        box = QFrame()
        box.setObjectName("checklist")
        v = QVBoxLayout(box)
        v.setContentsMargins(8, 6, 8, 6)
        v.addWidget(_label(self.tr("Anything else today?"), "cardTitle"))
        v.addWidget(
            _label(
                self.tr("Tick what applies: a mark cannot show these, and some need a doctor."),
                "muted",
            )
        )
        lang = self._lang()
        self.fact_boxes = {}

        def grid_of(facts: Sequence[warning_rules.Fact]) -> QWidget:
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setColumnStretch(1, 1)
            for i, fact in enumerate(facts):
                # The words in a wrapping label beside the box: a narrow dock keeps them whole.
                check = QCheckBox()
                check.setAccessibleName(fact.text(lang))
                check.setToolTip(fact.text(lang))
                check.setChecked(fact.key in self.facts)
                check.setObjectName(f"fact_{fact.key}")
                check.toggled.connect(lambda on, k=fact.key: self._fact_toggled(k, on))
                self.fact_boxes[fact.key] = check
                words = _label(fact.text(lang))
                words.setBuddy(check)
                words.mousePressEvent = lambda _e, c=check: c.toggle()  # type: ignore[method-assign]
                grid.addWidget(check, i, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(words, i, 1)
            return holder

        v.addWidget(grid_of(warning_rules.main_facts()))
        more = [f for f in warning_rules.FACTS if not f.main]
        toggle = QToolButton()
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setText(self.tr("More questions ({0})").format(len(more)))
        extra = grid_of(more)
        v.addWidget(toggle)
        v.addWidget(extra)
        if any(f.key in self.facts for f in more):
            self._more_facts_open = True

        def show(on: bool) -> None:
            self._more_facts_open = on
            extra.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

        toggle.setChecked(self._more_facts_open)
        show(self._more_facts_open)
        toggle.toggled.connect(show)
        self.more_facts_toggle = toggle
        self._layout.addWidget(box)

    def _fact_toggled(self, key: str, on: bool) -> None:
        if on:
            self.facts.add(key)
        else:
            self.facts.discard(key)
        self.facts_changed.emit(tuple(sorted(self.facts)))
        self.refresh()

    def set_facts(self, facts: Sequence[str]) -> None:
        """Tick these facts (keys or aliases) and read again."""
        self.facts = {warning_rules.fact_key(f) for f in facts}
        self.facts_changed.emit(tuple(sorted(self.facts)))
        self.refresh()

    def _add_warnings(self) -> None:
        box = QFrame()
        box.setObjectName("warnings")
        v = QVBoxLayout(box)
        v.setContentsMargins(10, 8, 10, 8)
        title = _label(
            self.tr("Also watch for these (what the marks cannot show)"),
            "cardTitle",
        )
        v.addWidget(title)
        for sign in catalogue.WARNING_SIGNS:
            v.addWidget(_label(f"• {sign}", "warningsText"))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout.addSpacing(8)
        self._layout.addWidget(box)

    # -- actions -------------------------------------------------------------------------

    def _region_choices(self, muscle_key: str | None) -> list[str]:
        side = "both"
        if self.region_id and "." in self.region_id:
            side = self.region_id.rsplit(".", 1)[1]
            side = side if side in ("right", "left") else "both"
        choices = [self.region_id] if self.region_id else []
        choices += _muscle_region_choices(muscle_key or self.muscle_key, side)
        choices = list(dict.fromkeys(choices))
        return choices or regions_by_label()

    def open_log_dialog(self, suggestion: Suggestion) -> LogUseDialog:
        """Open the small "log that I tried this" dialog for a suggestion (not blocking)."""
        return self._open_dialog(
            therapy_name(suggestion.title),
            suggestion.therapy_key,
            suggestion.minutes,
            suggestion.category == "supplement",
            suggestion.muscle_key,
        )

    def _open_log_for_therapy(self, stats: TherapyStats) -> LogUseDialog:
        minutes = 0
        if stats.key is not None:
            try:
                minutes = catalogue.get(stats.key).minutes
            except KeyError:
                minutes = 0
        return self._open_dialog(
            therapy_name(stats.name, stats.key), stats.therapy_id, minutes, stats.category == "supplement", None
        )

    def _open_dialog(
        self, title: str, therapy: int | str, minutes: int, dose: bool, muscle_key: str | None
    ) -> LogUseDialog:
        """``therapy``: the therapy's id, or the catalogue key of a suggestion (looked up on
        the worker, where the diary is read)."""
        if self.log_dialog is not None:
            self.log_dialog.close()
            self.log_dialog.deleteLater()
        diary, person_id = self.diary, self.profile_id

        def submit(
            when: datetime, region: str, minutes: int | None, dose_text: str, note: str
        ) -> bool:
            used_at, offset = to_utc(when.astimezone())

            def write() -> TherapyUseRecord:
                therapy_id = therapy if isinstance(therapy, int) else therapy_id_for_key(diary, therapy)
                return log_use(
                    diary, person_id, therapy_id, used_at, offset, [region],
                    duration_minutes=minutes, dose=dose_text, note=note,
                )

            self.ops.write(
                write,
                lambda use: self._after_log(dialog, int(use.id or 0), title),
                on_error=dialog.show_error,
                changes=Changes(therapy_uses=True),
            )
            return IN_PROGRESS

        dialog = LogUseDialog(
            title, self._region_choices(muscle_key), minutes, submit, show_dose=dose, parent=self
        )
        self.log_dialog = dialog
        dialog.open()
        return dialog

    def _after_log(self, dialog: LogUseDialog, use_id: int, title: str) -> None:
        dialog.finish()
        self.refresh()
        self.status_label.setText(
            self.tr("Logged: {0}. In an hour or so, say here how it went.").format(title)
        )
        self.status_label.show()
        self.use_logged.emit(use_id)

    def _rate(self, use_id: int, outcome: str, relief_spin: QSpinBox) -> None:
        relief = relief_spin.value()
        diary = self.diary
        self.ops.write(
            lambda: rate_use(diary, use_id, outcome, None if relief < 0 else relief),
            lambda _use: self._rated(use_id),
            on_error=self._read_failed,
            changes=Changes(therapy_uses=True),
        )

    def _rated(self, use_id: int) -> None:
        self.refresh()
        self.status_label.setText(self.tr("Thank you: rating saved."))
        self.status_label.show()
        self.use_rated.emit(use_id)
