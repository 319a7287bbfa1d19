"""File-menu actions for the physiotherapist's report: print preview, print and PDF export.

``ReportActions(context, ops, parent_window, current_episode_id)`` (or a diary and a person id)
owns three ``QAction`` objects ("Print preview…", "Print…" with Ctrl+P, "Export PDF…").  Each first
asks what to include (:class:`ReportOptionsDialog`: period or the current episode, and the
sections), gathers the report's data on the window's database worker (``build_report`` through
:class:`~bodymap.ui.ops.DiaryOps`, so the window never waits for the database), then draws on the
UI thread (QPainter) with the one render function (:func:`bodymap.report.render.render_report`),
so preview, paper and PDF are the same.  The ``QPrinter`` is kept on ``self`` while a dialog uses it (a temporary one
crashes PySide).

The print preview (:class:`ReportPreview`) does not use ``QPrintPreviewDialog``, which draws every
page on the UI thread when it opens (and again at each zoom): the pages are drawn as images at
the size on screen by a thread of its own (:func:`bodymap.report.export.render_page`) and shown
one by one as they come.  Its "Print…" draws on the printer and its "Save as PDF…" writes
through ``QPdfWriter`` at 1200 dpi, both vector, from the same render function; the PDF (from
the preview or from "Export PDF…") is written on a background thread too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QKeySequence,
    QPageLayout,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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
    QToolBar,
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


class Background(QObject):
    """Runs a function on a daemon thread; ``done(result)`` or ``error(exception)`` come back on
    the UI thread (a queued signal).  Nothing is waited for at quit."""

    _finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver)

    def run(self, fn: Callable[[], object], done: Callable[[object], None],
            error: Callable[[BaseException], None], name: str = "bodymap-report") -> threading.Thread:
        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, shown there
                self._finished.emit(error, None, exc)
            else:
                self._finished.emit(done, result, None)

        thread = threading.Thread(target=work, name=name, daemon=True)
        thread.start()
        return thread

    def _deliver(self, then: Callable[..., None], result: object, exc: BaseException | None) -> None:
        then(exc if exc is not None else result)


class _PageRenderer(QObject):
    """Draws the preview's pages one after another on a thread of its own."""

    #: (generation, page index, number of pages, image)
    page_ready = Signal(int, int, int, object)
    failed = Signal(str)

    def __init__(self, data: ReportData, options: ReportOptions, layout: QPageLayout,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data, self.options, self.layout = data, options, layout
        self._generation = 0
        self._lock = threading.Lock()
        self.stopped = False

    def start(self, dpi: float, ratio: float, first: int = 0, total: int | None = None) -> None:
        """Draw every page at ``dpi`` (the page ``first`` first); an earlier run stops."""
        with self._lock:
            self._generation += 1
            generation = self._generation

        def work() -> None:
            from bodymap.report.export import render_page

            try:
                order: list[int] = [first] if total is None else \
                    [first, *[i for i in range(total) if i != first]]
                index = 0
                pages = total
                while index < len(order):
                    if self.stopped or generation != self._generation:
                        return
                    image, pages = render_page(self.data, self.options, order[index], dpi,
                                               self.layout, ratio)
                    if len(order) == 1:
                        order += [i for i in range(pages) if i != first]
                    if self.stopped:
                        return
                    self.page_ready.emit(generation, order[index], pages, image)
                    index += 1
            except RuntimeError:
                return  # the preview was closed and deleted meanwhile
            except Exception as exc:  # noqa: BLE001 - shown in the preview, never a traceback
                import logging

                logging.getLogger(__name__).exception("preview page could not be drawn")
                if not self.stopped:
                    self.failed.emit(str(exc))

        threading.Thread(target=work, name="bodymap-preview", daemon=True).start()

    def current(self, generation: int) -> bool:
        return generation == self._generation


class _PageView(QWidget):
    """One page of the preview: a white sheet with a shadow, its image once drawn."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.setFixedSize(size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.image is not None:
            target = QRectF(self.rect())
            logical = QSize(round(self.image.width() / self.image.devicePixelRatio()),
                            round(self.image.height() / self.image.devicePixelRatio()))
            if logical == self.size():
                painter.drawImage(0, 0, self.image)
            else:  # another zoom: stretched until the page is drawn again at its new size
                painter.drawImage(target, self.image)
        painter.setPen(QColor("#9a9a9a"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class ReportPreview(QDialog):
    """The report's print preview: pages drawn off the UI thread, shown as they come, with
    "Print…" and "Save as PDF…" (both vector, drawn by the same function)."""

    #: A page image arrived (page index); every page is there once ``pages_drawn`` is emitted.
    page_shown = Signal(int)
    pages_drawn = Signal(int)
    #: A PDF was written from the preview (its path).
    pdf_saved = Signal(str)

    ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

    def __init__(self, actions: ReportActions, data: ReportData, options: ReportOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_owner = actions
        self.data, self.options = data, options
        self.layout_ = page_layout(options)
        self.setWindowTitle(self.tr("Print preview"))
        self.pages: list[_PageView] = []
        self.total: int | None = None
        self._drawn: set[int] = set()
        self.zoom: float | None = None  # None: the page's width fits the window
        # no parent: the drawing thread may still hold it for a moment after the dialog is gone
        self.renderer = _PageRenderer(data, options, self.layout_)
        self.renderer.page_ready.connect(self._page_ready)
        self.renderer.failed.connect(self._failed)
        self.finished.connect(self._stop_drawing)

        bar = QToolBar(self)
        self.print_button = bar.addAction(self.tr("Print…"), self.print_pages)
        self.pdf_button = bar.addAction(self.tr("Save as PDF…"), lambda: self.save_pdf())
        bar.addSeparator()
        bar.addAction(self.tr("Zoom out"), lambda: self._zoom_by(-1))
        bar.addAction(self.tr("Zoom in"), lambda: self._zoom_by(1))
        bar.addAction(self.tr("Fit width"), lambda: self.set_zoom(None))
        self.status = QLabel(self.tr("Drawing the pages…"))
        self.status.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.status)
        self.column = QWidget()
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.column_layout.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.column)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.scroll, 1)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._redraw)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), min(860, screen.height() - 60))
        self._dpi = self._fit_dpi()
        self.renderer.start(self._dpi, self.devicePixelRatioF())

    # -- sizes ------------------------------------------------------------------------------
    def _page_inches(self) -> tuple[float, float]:
        rect = self.layout_.fullRectPoints()
        return rect.width() / 72.0, rect.height() / 72.0

    def _fit_dpi(self) -> float:
        # whole dots per inch: the page images (QPageLayout.fullRectPixels takes an int) are
        # then exactly the size of their sheets, drawn without scaling
        if self.zoom is not None:
            return float(round(96.0 * self.zoom))
        width_in, _ = self._page_inches()
        room = max(200, self.scroll.viewport().width() - 40) if self.isVisible() \
            else max(200, self.width() - 80)
        return float(max(30, min(200, int(room / width_in))))

    def _page_size(self, dpi: float) -> QSize:
        return self.layout_.fullRectPixels(round(dpi)).size()

    def set_zoom(self, zoom: float | None) -> None:
        """A zoom (1.0: 96 dots per inch) or None to fit the page's width to the window."""
        self.zoom = zoom
        self._redraw()

    def _zoom_by(self, step: int) -> None:
        current = self.zoom if self.zoom is not None else self._dpi / 96.0
        if step > 0:
            bigger = [z for z in self.ZOOMS if z > current + 1e-3]
            self.set_zoom(bigger[0] if bigger else self.ZOOMS[-1])
        else:
            smaller = [z for z in self.ZOOMS if z < current - 1e-3]
            self.set_zoom(smaller[-1] if smaller else self.ZOOMS[0])

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.zoom is None:
            self._resize_timer.start()

    def _redraw(self) -> None:
        dpi = self._fit_dpi()
        if abs(dpi - self._dpi) < 0.03 * self._dpi:
            return  # near enough: not every page drawn again for a few pixels
        self._dpi = dpi
        size = self._page_size(dpi)
        for page in self.pages:
            page.setFixedSize(size)  # the old image stretched meanwhile
        self._drawn.clear()
        first = self._first_visible()
        self.renderer.start(dpi, self.devicePixelRatioF(), first, self.total)

    def _first_visible(self) -> int:
        top = self.scroll.verticalScrollBar().value()
        for index, page in enumerate(self.pages):
            if page.geometry().bottom() >= top:
                return index
        return 0

    # -- pages ------------------------------------------------------------------------------
    def _page_ready(self, generation: int, index: int, total: int, image: QImage) -> None:
        if not self.renderer.current(generation):
            return
        if self.total is None:
            self.total = total
            size = self._page_size(self._dpi)
            for _ in range(total):  # every sheet at once, white until drawn
                page = _PageView(size, self.column)
                self.column_layout.addWidget(page)
                self.pages.append(page)
        if index < len(self.pages):
            self.pages[index].image = image
            self.pages[index].update()
        self._drawn.add(index)
        self.page_shown.emit(index)
        if len(self._drawn) >= (self.total or 0):
            self.status.setText(self.tr("%n page(s)", "", self.total or 0))
            self.pages_drawn.emit(self.total or 0)
        else:
            self.status.setText(self.tr("Drawing page {0} of {1}…").format(
                len(self._drawn) + 1, self.total))

    def page_images(self) -> list[QImage | None]:
        return [page.image for page in self.pages]

    def all_drawn(self) -> bool:
        return self.total is not None and len(self._drawn) >= self.total

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The preview could not be drawn: {0}").format(message))

    # -- print and PDF ----------------------------------------------------------------------
    def print_pages(self) -> None:
        self.actions_owner._show_print_dialog()

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Write the report as a PDF (vector, 1200 dpi) on a background thread; ``pdf_saved``."""
        if not path:
            suggested = str(Path.home() / words.default_pdf_name(date.today()))
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as PDF"), suggested, self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.status.setText(self.tr("Writing the PDF…"))

        owner = self.actions_owner

        def done(_pages: object) -> None:
            owner.pdf_written.emit(str(target))
            if shiboken6.isValid(self):  # the preview may have been closed meanwhile
                self.status.setText(self.tr("Saved as {0}").format(str(target)))
                self.pdf_saved.emit(str(target))

        def failed(exc: BaseException) -> None:
            message = owner.pdf_error(exc)
            owner.failed.emit(message)
            parent = self if shiboken6.isValid(self) else owner.window
            if shiboken6.isValid(self):
                self.status.setText(message)
            QMessageBox.warning(parent, QCoreApplication.translate("ReportPreview", "Save as PDF"),
                                message)

        from bodymap.report.export import write_pdf

        data, options = self.data, self.options
        # the actions' runner: it outlives the dialog, which may be closed before the PDF is done
        self.actions_owner._background.run(lambda: write_pdf(target, data, options), done, failed)
        return target

    def _stop_drawing(self, _result: int = 0) -> None:
        self.renderer.stopped = True  # closed: the pages not yet drawn are not drawn


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
        self._background = Background(self)
        #: The print preview while it is open.
        self.preview_dialog: ReportPreview | None = None
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
        if self._data is None:
            return
        dialog = ReportPreview(self, self._data, self._options, self.window)
        self.preview_dialog = dialog
        dialog.exec()
        self.preview_dialog = None
        dialog.deleteLater()

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
        """Write the PDF on a background thread (1200 dpi takes a moment); ``pdf_written`` or
        ``failed`` on the UI thread."""
        from bodymap.report.export import write_pdf

        options = self._options

        def done(_pages: object) -> None:
            self.pdf_written.emit(str(target))

        def failed(exc: BaseException) -> None:
            message = self.pdf_error(exc)
            self.failed.emit(message)
            QMessageBox.warning(self.window, self.tr("Export PDF"), message)

        self._background.run(lambda: write_pdf(target, data, options), done, failed)

    def pdf_error(self, exc: BaseException) -> str:
        """The sentence shown when a PDF could not be written."""
        if isinstance(exc, OSError):
            from bodymap.ui.labels import store_message

            reason = store_message(exc)  # the file and why, in the language of the run
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the log gets it
            reason = type(exc).__name__
        return self.tr("The PDF could not be written:\n{0}").format(reason)

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
