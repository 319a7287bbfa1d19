"""The history of one body region: figures, charts, trigger points, therapies and episodes.

``HistoryPanel(context, ops, parent)``, a :class:`~bodymap.ui.panels.base.Panel` following the
context's person.  The main window points it at a region clicked on the map (:meth:`point_at`,
read when the panel is on show); the panel also has its own searchable list.  The query and the
chart figures are built on the window's worker (:mod:`bodymap.ui.ops`: the ``Diary`` opens a new
session per call) and handed back on the UI thread; a newer request supersedes older ones.
matplotlib is imported the first time a chart is built.

Signals: ``episode_requested(int)`` (double-click or Enter on an episode), ``region_changed(str)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import formats
from bodymap.store.history import RegionHistory, region_history
from bodymap.store.records import to_utc
from bodymap.store.service import Diary, utcnow
from bodymap.ui.changes import Changes
from bodymap.ui.context import DiaryContext
from bodymap.ui.dates import date_edit
from bodymap.ui.labels import region_label, regions_by_label, therapy_name
from bodymap.ui.ops import DiaryOps
from bodymap.ui.panels.base import Panel

#: Range choices: key -> days back from now (None: everything; "custom": the two date fields).
RANGES: tuple[tuple[str, int | None], ...] = (
    ("7d", 7),
    ("30d", 30),
    ("3m", 91),
    ("1y", 365),
    ("all", None),
    ("custom", None),
)
CHARTS = ("timeline", "frequency", "qualities")
# Item data role of the region list holding the English region name (searched as well).
_ENGLISH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class HistoryResult:
    person_id: int
    history: RegionHistory
    figures: dict[str, Any]  # chart name -> matplotlib Figure
    seconds: float


def read_history(diary: Diary, person_id: int, region: str, start: datetime | None,
                 end: datetime | None, theme: Any, texts: dict[str, dict[str, str]]) -> HistoryResult:
    """Query the region's history and build the chart figures (on the worker thread)."""
    import time as clock

    from bodymap.ui import import_gate

    began = clock.perf_counter()
    h = region_history(diary, person_id, region, start, end)
    # Each figure (30-60 ms of Python) once the window has had its turn: the panel's own
    # paints and the map's run first, not behind this thread on the interpreter lock.
    figures = build_figures(h, theme, texts, between=import_gate.wait_turn)
    return HistoryResult(person_id, h, figures, clock.perf_counter() - began)


def build_figures(h: RegionHistory, theme: Any, texts: dict[str, dict[str, str]],
                  between: Callable[[], None] = lambda: None) -> dict[str, Any]:
    """The three charts' figures; ``between`` is called before each."""
    from bodymap.charts import history as charts  # matplotlib: first use only

    builders = {"timeline": charts.timeline_figure, "frequency": charts.frequency_figure,
                "qualities": charts.qualities_figure}
    figures = {}
    for name, build in builders.items():
        between()
        figures[name] = build(h, theme, texts=texts.get(name))
    return figures


class HistoryPanel(Panel):
    episode_requested = Signal(int)
    region_changed = Signal(str)
    #: Emitted after a history has been shown (for tests and the status bar).
    history_shown = Signal(object)

    def __init__(self, context: DiaryContext | Diary, ops: DiaryOps | int | None = None,
                 parent: QWidget | None = None, in_pieces: bool = False) -> None:
        """``in_pieces``: only begin; the caller runs :meth:`build_pieces` (the window does,
        a piece per turn, for a panel not on show) before the panel is used."""
        super().__init__(context, ops, parent)
        self.setObjectName("historyPanel")
        self.region_id: str | None = None
        self.history: RegionHistory | None = None
        self.figures: dict[str, Any] = {}
        self.last_seconds = 0.0
        self._canvases: dict[str, Any] = {}
        self._wheel_passer = WheelPasser(self)
        if not in_pieces:
            for _piece in self.build_pieces():
                pass

    # -- layout ---------------------------------------------------------------------------
    def build_pieces(self) -> Iterator[None]:
        """Build the widgets, yielding between parts (under 10 ms each on the UI thread)."""
        # Stacked, not side by side: the panel lives in a dock column beside the map.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a region…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_regions)
        self.region_list = QListWidget()
        self.region_list.setAccessibleName(self.tr("Body regions"))
        self.region_list.setMinimumHeight(48)
        self._fill_regions()
        self.region_list.currentItemChanged.connect(self._on_region_item)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.region_list)
        # the list of regions gives way first when the column is short (the map picks regions)
        left.setMinimumHeight(1)
        splitter.addWidget(left)
        yield

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.range_combo = QComboBox()
        labels = {
            "7d": self.tr("Last 7 days"),
            "30d": self.tr("Last 30 days"),
            "3m": self.tr("Last 3 months"),
            "1y": self.tr("Last year"),
            "all": self.tr("All"),
            "custom": self.tr("Custom…"),
        }
        for key, _ in RANGES:
            self.range_combo.addItem(labels[key], key)
        self.range_combo.setCurrentIndex(3)
        self.range_combo.currentIndexChanged.connect(self._on_range_changed)
        today = QDate.currentDate()
        self.date_from = date_edit(today.addMonths(-3))
        self.date_to = date_edit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setSpecialValueText("–")  # "All" over a region without episodes: no dates
            edit.dateChanged.connect(self._on_dates_changed)
        self._show_range_dates()
        self.export_png = QPushButton(self.tr("PNG…"))
        self.export_svg = QPushButton(self.tr("SVG…"))
        self.export_png.setToolTip(self.tr("Export this chart as a PNG image"))
        self.export_svg.setToolTip(self.tr("Export this chart as an SVG drawing"))
        self.export_png.clicked.connect(lambda: self._export_dialog("png"))
        self.export_svg.clicked.connect(lambda: self._export_dialog("svg"))
        bar.addWidget(QLabel(self.tr("Range:")))
        bar.addWidget(self.range_combo, 1)
        layout.addLayout(bar)
        # the dates on a row of their own: the column is narrow, Italian words are long
        dates_bar = QHBoxLayout()
        dates_bar.addWidget(QLabel(self.tr("from")))
        dates_bar.addWidget(self.date_from, 1)
        dates_bar.addWidget(QLabel(self.tr("to")))
        dates_bar.addWidget(self.date_to, 1)
        layout.addLayout(dates_bar)
        # A dock corner is small for charts and tables: the panel opens as a window of its own.
        self.larger_button = QPushButton(self.tr("Larger view"))
        self.larger_button.setCheckable(True)
        self.larger_button.setToolTip(self.tr("Show the history in a large window of its own "
                                              "(again to put it back beside the map)"))
        self.larger_button.toggled.connect(self.set_larger_view)
        bar.addWidget(self.larger_button)
        # the export buttons sit in the corner of the chart tabs, not on a row of their own
        export_bar = QWidget()
        export_layout = QHBoxLayout(export_bar)
        export_layout.setContentsMargins(0, 0, 0, 0)
        export_layout.addWidget(self.export_png)
        export_layout.addWidget(self.export_svg)

        self.title = QLabel(self.tr("Choose a region on the map or in the list."))
        self.title.setWordWrap(True)  # long region names, longer in Italian
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)

        figures = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        names = (
            ("episodes", self.tr("Episodes")),
            ("mean", self.tr("Mean intensity")),
            ("peak", self.tr("Peak intensity")),
            ("frequency", self.tr("How often")),
        )
        for column, (key, text) in enumerate(names):
            caption = QLabel(text)
            caption.setWordWrap(True)  # four columns share a narrow dock
            value = QLabel("–")
            value.setObjectName(f"figure_{key}")
            vfont = value.font()
            vfont.setPointSizeF(vfont.pointSizeF() * 1.4)
            vfont.setBold(True)
            value.setFont(vfont)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            figures.addWidget(caption, 0, column)
            figures.addWidget(value, 1, column)
            self.figure_labels[key] = value
        layout.addLayout(figures)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.chart_tabs = QTabWidget()
        self.chart_tabs.setMinimumHeight(140)
        self._chart_pages: dict[str, QWidget] = {}
        for key, text in (("timeline", self.tr("Intensity")),
                          ("frequency", self.tr("How often")),
                          ("qualities", self.tr("Qualities"))):
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._chart_pages[key] = page
            self.chart_tabs.addTab(page, text)
        self.chart_tabs.setCornerWidget(export_bar, Qt.Corner.TopRightCorner)
        layout.addWidget(self.chart_tabs, 3)
        yield

        self.detail_tabs = QTabWidget()
        self.trigger_tree = QTreeWidget()
        self.trigger_tree.setHeaderLabels([self.tr("Muscle"), self.tr("State"), self.tr("Count")])
        self.therapy_tree = QTreeWidget()
        self.therapy_tree.setHeaderLabels([
            self.tr("Therapy"), self.tr("Used"), self.tr("Better"), self.tr("Same"),
            self.tr("Worse"), self.tr("Mean relief"),
        ])
        self.quality_tree = QTreeWidget()
        self.quality_tree.setHeaderLabels([self.tr("Quality"), self.tr("Marks")])
        self.quality_tree.setRootIsDecorated(False)
        self.therapy_tree.setRootIsDecorated(False)
        self.episode_tree = QTreeWidget()
        self.episode_tree.setHeaderLabels([
            self.tr("When"), self.tr("Kind"), self.tr("Here"), self.tr("Episode"),
        ])
        self.episode_tree.setRootIsDecorated(False)
        self.episode_tree.setUniformRowHeights(True)
        self.episode_tree.setAccessibleName(self.tr("Episodes touching this region"))
        self.episode_tree.itemActivated.connect(self._on_episode_activated)
        self.detail_tabs.addTab(self.episode_tree, self.tr("Episodes"))
        self.detail_tabs.addTab(self.trigger_tree, self.tr("Trigger points"))
        self.detail_tabs.addTab(self.therapy_tree, self.tr("Therapies"))
        self.detail_tabs.addTab(self.quality_tree, self.tr("Qualities"))
        self.detail_tabs.setMinimumHeight(96)
        layout.addWidget(self.detail_tabs, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 800])

    def _fill_regions(self) -> None:
        from bodymap.anatomy import regions

        for region_id in regions_by_label():
            item = QListWidgetItem(region_label(region_id))
            item.setData(Qt.ItemDataRole.UserRole, region_id)
            # the English name too, so "shoulder" finds a region whatever the language
            item.setData(_ENGLISH_ROLE, regions.REGIONS[region_id].label)
            item.setToolTip(region_id)
            self.region_list.addItem(item)

    def _filter_regions(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.region_list.count()):
            item = self.region_list.item(row)
            hay = (
                f"{item.text()} {item.data(_ENGLISH_ROLE)} {item.data(Qt.ItemDataRole.UserRole)}"
            ).lower()
            item.setHidden(bool(needle) and needle not in hay)

    # -- public API -----------------------------------------------------------------------
    @Slot(str)
    def show_region(self, region_id: str) -> None:
        """Show the history of ``region_id`` (the main window calls this on a map click)."""
        for row in range(self.region_list.count()):
            item = self.region_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == region_id:
                if self.region_list.currentItem() is not item:
                    self.region_list.setCurrentItem(item)  # -> _on_region_item
                    return
                break
        self._set_region(region_id)

    def point_at(self, region_id: str) -> None:
        """Follow a click on the map: read now if on show, else when the panel comes on show."""
        self.region_id = region_id
        self.request_refresh()

    def wants(self, changes: Changes) -> bool:
        return changes.everything or changes.episodes or changes.therapy_uses

    def set_range(self, key: str) -> None:
        index = self.range_combo.findData(key)
        if index < 0:
            raise ValueError(f"unknown range {key!r}")
        self.range_combo.setCurrentIndex(index)

    def set_custom_range(self, first: date, last: date) -> None:
        """Custom range from ``first`` to ``last`` (local dates, both included)."""
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.range_combo.currentData() != "custom":
            self.set_range("custom")
        else:
            self.refresh()

    def current_range(self) -> tuple[datetime | None, datetime | None]:
        """(start, end) in naive UTC for the chosen range."""
        key = self.range_combo.currentData()
        if key == "custom":
            first = self.date_from.date().toPython()
            last = self.date_to.date().toPython()
            if last < first:
                first, last = last, first
            return (_local_midnight_utc(first), _local_midnight_utc(last + timedelta(days=1)))
        days = dict(RANGES).get(key)
        if days is None:
            return None, None
        return utcnow() - timedelta(days=days), None

    def refresh(self) -> None:
        person_id = self.profile_id
        if self.region_id is None:
            self.drawn_for(person_id)  # nothing of anybody's on show yet
            return
        if self.region_list.currentItem() is None or \
                self.region_list.currentItem().data(Qt.ItemDataRole.UserRole) != self.region_id:
            self._select_in_list(self.region_id)
        start, end = self.current_range()
        self.status.setText(self.tr("Loading…"))
        diary, region, theme, texts = self.diary, self.region_id, self._theme(), self._chart_texts()
        self.ops.query(
            lambda: read_history(diary, person_id, region, start, end, theme, texts),
            self._on_done, on_error=self._on_failed, key=f"history-{id(self)}",
        )

    def _select_in_list(self, region_id: str) -> None:
        for row in range(self.region_list.count()):
            item = self.region_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == region_id:
                self.region_list.blockSignals(True)
                self.region_list.setCurrentItem(item)
                self.region_list.blockSignals(False)
                return

    def wait(self, msecs: int = 10000) -> bool:
        """Wait until the answers asked for have been drawn (for tests)."""
        return self.ops.wait_idle(msecs)

    def figure(self, name: str) -> Any:
        return self.figures.get(name)

    def export_chart(self, path: str, name: str | None = None) -> None:
        """Save the current (or named) chart as PNG or SVG by the file's suffix."""
        from bodymap.charts.history import save_figure

        figure = self.figures.get(name or self.current_chart())
        if figure is None:
            raise ValueError(self.tr("There is no chart to export yet."))
        save_figure(figure, path)

    def current_chart(self) -> str:
        return CHARTS[self.chart_tabs.currentIndex()]

    # -- internals ------------------------------------------------------------------------
    def _theme(self) -> Any:
        # A plain record of colours: no matplotlib import here.
        from bodymap.charts.theme import theme_from_palette

        return theme_from_palette(self.palette())

    def _chart_texts(self) -> dict[str, dict[str, str]]:
        return {
            "timeline": {
                "title": self.tr("Intensity per episode"),
                "points": self.tr("episode"),
                "average": self.tr("moving average ({n} episodes)"),
                "empty": self.tr("No episodes in this range"),
                "axis": self.tr("intensity (0-10)"),
            },
            "frequency": {
                "week": self.tr("Episodes per week"),
                "month": self.tr("Episodes per month"),
                "empty": self.tr("No episodes in this range"),
            },
            "qualities": {
                "title": self.tr("Pain qualities"),
                "empty": self.tr("No qualities noted"),
            },
        }

    def _on_region_item(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self._set_region(item.data(Qt.ItemDataRole.UserRole))

    def _set_region(self, region_id: str) -> None:
        changed = region_id != self.region_id
        self.region_id = region_id
        if changed:
            self.region_changed.emit(region_id)
        self.refresh()

    def _on_range_changed(self, _index: int) -> None:
        custom = self.range_combo.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self._show_range_dates()
        self.refresh()

    def _show_range_dates(self) -> None:
        """The greyed date fields show the days a fixed range covers (from what custom starts)."""
        days = dict(RANGES).get(self.range_combo.currentData())
        if days is None:
            return
        today = QDate.currentDate()
        for edit, value in ((self.date_from, today.addDays(-days)), (self.date_to, today)):
            edit.blockSignals(True)
            edit.setDate(value)
            edit.blockSignals(False)

    def _show_used_dates(self, h: RegionHistory) -> None:
        """With "All", the greyed fields show the first and last day of the data shown."""
        if self.range_combo.currentData() != "all":
            return
        for edit, point in ((self.date_from, h.points[0] if h.points else None),
                            (self.date_to, h.points[-1] if h.points else None)):
            edit.blockSignals(True)
            if point is None:
                edit.setDate(edit.minimumDate())  # shows "–": no data, so no dates to show
            else:
                day = point.local_time.date()
                edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def set_larger_view(self, larger: bool) -> None:
        """Float the panel's dock as a large window (True), or put it back in its column."""
        from PySide6.QtWidgets import QDockWidget

        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is None:
            return
        if self.larger_button.isChecked() != larger:
            self.larger_button.setChecked(larger)
            return
        dock.setFloating(larger)
        if larger:
            screen = dock.screen().availableGeometry()
            width, height = min(1100, screen.width() - 80), min(820, screen.height() - 80)
            dock.resize(width, height)
            dock.move(screen.center().x() - width // 2, screen.center().y() - height // 2)
            dock.show()
            dock.raise_()
        self._floating_watch(dock)

    def _floating_watch(self, dock: QWidget) -> None:
        if getattr(self, "_watched_dock", None) is dock:
            return
        self._watched_dock = dock
        dock.topLevelChanged.connect(lambda floating: self.larger_button.setChecked(floating))

    def _on_dates_changed(self, _date: QDate) -> None:
        if self.range_combo.currentData() == "custom":
            self.refresh()

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not read the history: {0}").format(message))

    def _on_done(self, result: HistoryResult) -> None:
        import shiboken6

        if not shiboken6.isValid(self) or not shiboken6.isValid(self.range_combo):
            return  # the panel was deleted while its query ran (a panel made on its own)
        self.drawn_for(result.person_id)
        self.history = result.history
        self.figures = result.figures
        self._show_used_dates(result.history)
        self._show(result.history)
        self._show_charts(result.figures)
        self.last_seconds = result.seconds
        self.status.setText("")
        self.history_shown.emit(result.history)

    def _show(self, h: RegionHistory) -> None:
        self.title.setText(region_label(h.region_id))
        self.title.setToolTip(h.region_id)
        mean = h.mean_intensity
        self.figure_labels["episodes"].setText(str(h.episode_count))
        self.figure_labels["mean"].setText("–" if mean is None else f"{formats.number(mean)} / 10")
        self.figure_labels["peak"].setText(
            "–" if h.peak_intensity is None else f"{h.peak_intensity} / 10")
        self.figure_labels["frequency"].setText(
            self.tr("{0} a week").format(formats.number(h.per_week, 2)))

        self.quality_tree.clear()
        for q in h.qualities:
            self.quality_tree.addTopLevelItem(QTreeWidgetItem([q.quality, str(q.count)]))

        self.trigger_tree.clear()
        marked = QTreeWidgetItem([self.tr("Marked here")])
        for t in h.trigger_points:
            state = {"active": self.tr("active"), "latent": self.tr("latent"),
                     "resolved": self.tr("resolved")}.get(t.state or "", t.state or "")
            QTreeWidgetItem(marked, [t.muscle_name or self.tr("(no muscle named)"), state,
                                     str(t.count)])
        if not h.trigger_points:
            QTreeWidgetItem(marked, [self.tr("none in this range")])
        refer = QTreeWidgetItem([self.tr("Muscles that can refer pain here (atlas)")])
        for m in h.referring_muscles:
            child = QTreeWidgetItem(refer, [m.muscle_name, "", formats.percent(m.score)])
            child.setToolTip(2, self.tr("how well the muscle's referral pattern fits"))
        self.trigger_tree.addTopLevelItems([marked, refer])
        marked.setExpanded(True)
        refer.setExpanded(True)
        self.trigger_tree.resizeColumnToContents(0)

        self.therapy_tree.clear()
        for t in h.therapies:
            relief = "–" if t.mean_relief is None else formats.number(t.mean_relief)
            self.therapy_tree.addTopLevelItem(QTreeWidgetItem([
                therapy_name(t.name, t.key), str(t.uses), str(t.better), str(t.same), str(t.worse), relief]))
        self.therapy_tree.resizeColumnToContents(0)

        # the same names as the Episode panel's "Kind" (one name per thing)
        kinds = {"flare": self.tr("Flare"), "chronic_spasm": self.tr("Chronic spasm / tightness"),
                 "random_spasm": self.tr("Random spasm"), "everyday": self.tr("Everyday pain"),
                 "other": self.tr("Other")}
        tree = self.episode_tree
        tree.setUpdatesEnabled(False)
        tree.clear()
        items = []
        for e in h.episodes:
            item = QTreeWidgetItem([
                formats.day_time(e.local_time), kinds.get(e.kind, e.kind),
                str(e.region_intensity),
                "" if e.episode_intensity is None else str(e.episode_intensity),
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, e.episode_id)
            items.append(item)
        tree.addTopLevelItems(items)
        tree.setUpdatesEnabled(True)
        tree.resizeColumnToContents(0)

    def _show_charts(self, figures: dict[str, Any]) -> None:
        # Drawn with Agg on the chart thread, not in the paint event (bodymap.charts.view).
        from bodymap.charts.view import ChartView

        for key, figure in figures.items():
            canvas = self._canvases.get(key)
            if canvas is not None:
                canvas.set_figure(figure)  # the old image stays until the new one is drawn
                continue
            canvas = ChartView(figure)
            canvas.setObjectName(f"chart_{key}")
            canvas.setMinimumHeight(100)
            # The wheel over a chart scrolls the panel (the charts do not zoom).
            canvas.installEventFilter(self._wheel_passer)
            self._chart_pages[key].layout().addWidget(canvas)
            self._canvases[key] = canvas

    def _on_episode_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        episode_id = item.data(0, Qt.ItemDataRole.UserRole)
        if episode_id is not None:
            self.episode_requested.emit(int(episode_id))

    def _export_dialog(self, fmt: str) -> None:
        if not self.figures:
            QMessageBox.information(self, self.tr("Export chart"),
                                    self.tr("Choose a region first."))
            return
        name = f"{self.region_id or 'region'}-{self.current_chart()}.{fmt}"
        filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), name, filters)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.export_chart(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export chart"),
                                self.tr("The chart could not be saved: {0}").format(exc))


class WheelPasser(QObject):
    """On a chart, the wheel goes to the scroll area around the panel instead (matplotlib's
    canvas would take it and do nothing with it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel:
            from PySide6.QtWidgets import QAbstractScrollArea, QApplication

            area = watched.parent()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parent()
            if isinstance(area, QAbstractScrollArea):
                QApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


def _local_midnight_utc(day: date) -> datetime:
    return to_utc(datetime.combine(day, time()).astimezone())[0]


__all__ = ["HistoryPanel"]
