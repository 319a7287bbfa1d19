"""File-menu actions for the physiotherapist's report: print preview, print and PDF export.

``ReportActions(context, ops, parent_window, current_episode_id)`` (or a diary and a person id)
owns three ``QAction`` objects ("Print preview…", "Print…" with Ctrl+P, "Export PDF…").  Each first
asks what to include (:class:`ReportOptionsDialog`: period or the current episode, and the
sections), gathers the report's data on the window's database worker (``build_report`` through
:class:`~bodymap.ui.ops.DiaryOps`, so the window never waits for the database), then draws on the
UI thread (QPainter) with the one render function (:func:`bodymap.report.render.render_report`),
so preview, paper and PDF are the same.  The ``QPrinter`` is kept on ``self`` while a dialog uses it (a temporary one
crashes PySide).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap.report import words
from bodymap.report.model import (
    DEFAULT_PERIOD,
    DEFAULT_SECTIONS,
    SECTIONS,
    ReportData,
    build_report,
    local_midnight_utc,
    plan_items,
)
from bodymap.report.model import period_first_day as _first_day
from bodymap.report.model import period_range as _period_range
from bodymap.report.render import ReportOptions, page_layout
from bodymap.store.service import Diary
from bodymap.ui.context import DiaryContext
from bodymap.ui.dates import date_edit
from bodymap.ui.ops import DiaryOps

PERIODS = ("30d", "3m", "1y", "all", "custom", "episode")


@dataclass(frozen=True)
class ReportChoice:
    period: str  # one of PERIODS
    start: datetime | None  # naive UTC, inclusive
    end: datetime | None  # naive UTC, exclusive
    sections: tuple[str, ...]
    #: One page for a quick visit.
    summary: bool = False


def _utc_midnight(day: date) -> datetime:
    return local_midnight_utc(day)


def period_first_day(period: str, today: date) -> date | None:
    """The first day of a fixed period ending today (the command line uses the same rule)."""
    return _first_day(period, today)


def period_range(period: str, today: date, first: date | None = None,
                 last: date | None = None) -> tuple[datetime | None, datetime | None]:
    """(start, end) in naive UTC for a period choice ending with ``today`` (inclusive)."""
    return _period_range(period, today, first, last)


class ReportOptionsDialog(QDialog):
    """What goes into the report: the period (or the current episode) and the sections."""

    def __init__(self, has_episode: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report for the physiotherapist"))
        self.period = QComboBox()
        labels = {
            "30d": self.tr("Last 30 days"),
            "3m": self.tr("Last 3 months"),
            "1y": self.tr("Last year"),
            "all": self.tr("Everything"),
            "custom": self.tr("From… to…"),
            "episode": self.tr("The current episode"),
        }
        for key in PERIODS:
            if key == "episode" and not has_episode:
                continue
            self.period.addItem(labels[key], key)
        self.period.setCurrentIndex(max(0, self.period.findData(DEFAULT_PERIOD)))
        today = QDate.currentDate()
        self.first = date_edit(QDate(_first_day(DEFAULT_PERIOD, date.today()) or date.today()))
        self.last = date_edit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(self.last)
        self.dates = QWidget()
        self.dates.setLayout(dates)
        names = {
            "map": self.tr("Body chart: numbered areas, trigger-point findings, legend"),
            "visit": self.tr("Since the last visit: start, end and average maps"),
            "overall": self.tr("Overall pain and fatigue, triggers, durations"),
            "table": self.tr("Table by region"),
            "therapies": self.tr("Therapies and outcomes"),
            "charts": self.tr("Charts of the most affected regions"),
            "outcomes": self.tr("PSFS and PGIC"),
            "fibro": self.tr("Fibromyalgia measures (WPI, SSS, 2016 criteria) and their trend"),
            "patient_notes": self.tr("My notes (chosen before printing)"),
            "notes": self.tr("Box for the therapist's notes"),
            "plan": self.tr("My self-care plan, on its own page, in large type"),
        }
        self.boxes: dict[str, QCheckBox] = {}
        sections = QVBoxLayout()
        for key in SECTIONS:
            box = QCheckBox(names[key])
            box.setChecked(key in DEFAULT_SECTIONS)
            self.boxes[key] = box
            sections.addWidget(box)
        self.summary = QCheckBox(self.tr("One page only, for a quick visit"))
        sections.addWidget(self.summary)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Dates:"), self.dates)
        form.addRow(self.tr("Include:"), sections)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.period.currentIndexChanged.connect(self._update)
        for box in self.boxes.values():
            box.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.dates.setEnabled(self.period.currentData() == "custom")
        first_day = period_first_day(str(self.period.currentData()), date.today())
        if first_day is not None:  # the greyed fields show what a fixed period covers
            for edit, value in ((self.first, first_day), (self.last, date.today())):
                edit.blockSignals(True)
                edit.setDate(QDate(value))
                edit.blockSignals(False)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dates_ok = self.first.date() <= self.last.date()
        ok.setEnabled(any(b.isChecked() for b in self.boxes.values()) and dates_ok)

    def choice(self, today: date | None = None) -> ReportChoice:
        period = str(self.period.currentData())
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        start, end = period_range(period, today or date.today(), first, last)
        sections = tuple(k for k in SECTIONS if self.boxes[k].isChecked())
        return ReportChoice(period, start, end, sections, self.summary.isChecked())


class ReportContentDialog(QDialog):
    """Chosen once the data are gathered: which of the person's notes go in, and which therapies
    the self-care plan holds."""

    def __init__(self, data: ReportData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What goes into the report"))
        layout = QVBoxLayout(self)
        self.note_boxes: dict[int, QCheckBox] = {}
        self.plan_boxes: dict[str, QCheckBox] = {}
        if data.patient_notes and "patient_notes" in data.sections:
            layout.addWidget(QLabel(self.tr("Notes to include:")))
            notes = QVBoxLayout()
            for note in data.patient_notes:
                text = note.text if len(note.text) <= 80 else note.text[:79] + "…"
                box = QCheckBox(f"{words.day(note.local_time.date())}: {text}")
                box.setChecked(True)
                self.note_boxes[note.episode_id] = box
                notes.addWidget(box)
            notes.addStretch(1)
            holder = QWidget()
            holder.setLayout(notes)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            layout.addWidget(scroll)
        if "plan" in data.sections and data.plan_candidates:
            layout.addWidget(QLabel(self.tr("Therapies for the self-care plan:")))
            chosen = {item.key for item in data.plan}
            for key, name in data.plan_candidates:
                box = QCheckBox(words.therapy(name, key))
                box.setChecked(key in chosen)
                self.plan_boxes[key] = box
                layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def has_choices(self) -> bool:
        return bool(self.note_boxes or self.plan_boxes)

    def note_ids(self) -> frozenset[int] | None:
        if not self.note_boxes:
            return None
        return frozenset(k for k, box in self.note_boxes.items() if box.isChecked())

    def plan_keys(self) -> list[str] | None:
        if not self.plan_boxes:
            return None
        return [k for k, box in self.plan_boxes.items() if box.isChecked()]


@dataclass(frozen=True)
class ContentChoice:
    note_ids: frozenset[int] | None  # None: every note
    plan_keys: list[str] | None  # None: as gathered


class ReportActions(QObject):
    """The report's File-menu actions; the main window adds :meth:`actions` to its menu."""

    #: Emitted with the path after a PDF was written.
    pdf_written = Signal(str)
    #: The report's data were gathered (a ``ReportData``), just before they are drawn.
    data_ready = Signal(object)
    #: Gathering or writing failed: the sentence shown.
    failed = Signal(str)

    def __init__(
        self,
        context: DiaryContext | Diary,
        ops: DiaryOps | int | None,
        parent_window: QWidget | None,
        current_episode_id: Callable[[], int | None],
    ) -> None:
        """``context`` and ``ops``: the window's :class:`DiaryContext` (the report is always of
        the person on show) and its worker; or a diary and a person id for actions used on their
        own (a context and a worker of their own)."""
        super().__init__(parent_window)
        if isinstance(context, DiaryContext):
            self.context = context
            self.ops = ops if isinstance(ops, DiaryOps) else DiaryOps(context, self)
        else:
            from bodymap.ui.panels.base import standalone

            self.context, self.ops = standalone(context, int(ops or 0), None)
            self.context.setParent(self)
        self.window = parent_window
        self.current_episode_id = current_episode_id
        #: Kept referenced while a dialog uses it (PySide crashes with a temporary QPrinter).
        self.printer: QPrinter | None = None
        self._data: ReportData | None = None
        self._options = ReportOptions()
        #: Tests replace these to answer the dialogs without showing them.
        self.ask_choice: Callable[[], ReportChoice | None] = self._ask_choice
        self.ask_content: Callable[[ReportData], ContentChoice | None] = self._ask_content

        self.preview_action = QAction(self.tr("Print pre&view…"), self)
        self.preview_action.triggered.connect(self.preview)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_report)
        self.pdf_action = QAction(self.tr("Export P&DF…"), self)
        self.pdf_action.triggered.connect(lambda: self.export_pdf())
        self.plan_action = QAction(self.tr("Export self-care p&lan…"), self)
        self.plan_action.triggered.connect(lambda: self.export_plan())

    def actions(self) -> list[QAction]:
        return [self.preview_action, self.print_action, self.pdf_action, self.plan_action]

    @property
    def diary(self) -> Diary:
        return self.context.diary

    @property
    def profile_id(self) -> int:
        return self.context.person_id

    # -- shared steps -----------------------------------------------------------------------
    def _ask_choice(self) -> ReportChoice | None:
        dialog = ReportOptionsDialog(self.current_episode_id() is not None, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def _ask_content(self, data: ReportData) -> ContentChoice | None:
        dialog = ReportContentDialog(data, self.window)
        if not dialog.has_choices():
            return ContentChoice(None, None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ContentChoice(dialog.note_ids(), dialog.plan_keys())

    def prepare(self, choice: ReportChoice, then: Callable[[ReportData], None]) -> None:
        """Gather the report on the worker; the person chooses the notes and the plan's
        therapies; ``then(data)`` on the UI thread, where it is drawn."""
        episode = self.current_episode_id() if choice.period == "episode" else None
        diary, person_id = self.diary, self.profile_id

        def ready(data: ReportData) -> None:
            # the one-page summary prints no notes and no plan: nothing to choose
            content = ContentChoice(None, None) if choice.summary else self.ask_content(data)
            if content is None:
                return
            if content.plan_keys is not None:
                data.plan = plan_items(content.plan_keys, data.chart_regions, data.conditions)
            self._data = data
            self._options = ReportOptions(sections=choice.sections, summary=choice.summary,
                                          note_ids=content.note_ids)
            self.data_ready.emit(data)
            then(data)

        self.ops.query(
            lambda: build_report(diary, person_id, choice.start, choice.end, episode,
                                 choice.sections),
            ready, on_error=self._cannot_gather, key="report",
        )

    def _cannot_gather(self, message: str) -> None:
        self.failed.emit(message)
        QMessageBox.warning(self.window, self.tr("Report"),
                            self.tr("The report could not be made:\n{0}").format(message))

    def _make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self._options))
        printer.setDocName(words.pdf_base_name())
        self.printer = printer
        return printer

    def _paint(self, printer: QPrinter) -> None:
        from bodymap.report.export import paint_on_printer

        if self._data is not None:
            paint_on_printer(printer, self._data, self._options)

    # -- the actions --------------------------------------------------------------------------
    def preview(self) -> None:
        choice = self.ask_choice()
        if choice is None:
            return
        self.prepare(choice, lambda _data: self._show_preview())

    def _show_preview(self) -> None:
        printer = self._make_printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self._paint)
        dialog.exec()

    def print_report(self) -> None:
        choice = self.ask_choice()
        if choice is None:
            return
        self.prepare(choice, lambda _data: self._show_print_dialog())

    def _show_print_dialog(self) -> None:
        printer = self._make_printer()
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._paint(printer)

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Ask, gather on the worker, then write the PDF; ``pdf_written`` says when it is there.

        Returns the file the PDF is going to (None if the person cancelled).
        """
        choice = self.ask_choice()
        if choice is None:
            return None
        if not path:
            suggested = str(Path.home() / words.default_pdf_name(date.today()))
            path, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the report as PDF"), suggested,
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.prepare(choice, lambda data: self._write_pdf(target, data))
        return target

    def _write_pdf(self, target: Path, data: ReportData) -> None:
        from bodymap.report.export import write_pdf

        try:
            write_pdf(target, data, self._options)
        except OSError as exc:
            message = self.tr("The PDF could not be written:\n{0}").format(exc.strerror or str(exc))
            self.failed.emit(message)
            QMessageBox.warning(self.window, self.tr("Export PDF"), message)
            return
        self.pdf_written.emit(str(target))

    def export_plan(self, path: str | None = None) -> Path | None:
        """The self-care plan alone, as its own PDF (large type), for the therapies chosen."""
        base = self.ask_choice()
        if base is None:
            return None
        choice = ReportChoice(base.period, base.start, base.end, ("plan",))
        if not path:
            suggested = str(Path.home() / words.default_pdf_name(date.today(), plan=True))
            path, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the self-care plan as PDF"), suggested,
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.prepare(choice, lambda data: self._write_pdf(target, data))
        return target
