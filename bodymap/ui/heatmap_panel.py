"""Heat-map controls: metric, period and comparison, driving a HeatmapOverlay on the body map.

``HeatmapPanel(map_widget, context, ops, parent)``, a :class:`~bodymap.ui.panels.base.Panel`
following the context's person.  ``set_active(True)`` paints the map, ``set_active(False)`` takes
the colours off again; the panel does that itself when it comes on show and when it is hidden
(``activated`` tells the window).  The aggregate queries run on the window's worker
(:mod:`bodymap.ui.ops`) and come back on the UI thread, so the window never waits on them.

Comparison: "previous period" (the same length just before) or "a year earlier", shown either on
one map as better / worse / unchanged (diverging colours and hatching) or side by side (the main
map shows the chosen period, a small map in the panel shows the earlier one, on one scale).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import formats
from bodymap.map.heatmap import HeatmapLegend, HeatmapOverlay, scale_max
from bodymap.store import history
from bodymap.store.records import to_utc
from bodymap.store.service import Diary, utcnow
from bodymap.ui.changes import Changes
from bodymap.ui.context import DiaryContext
from bodymap.ui.dates import date_edit
from bodymap.ui.labels import region_label
from bodymap.ui.ops import DiaryOps
from bodymap.ui.panels.base import Panel

RANGES: tuple[tuple[str, int | None], ...] = (
    ("30d", 30),
    ("3m", 91),
    ("1y", 365),
    ("all", None),
    ("custom", None),
    ("7d", 7),
)
Period = tuple[datetime | None, datetime | None]


def read_heatmap(diary: Diary, person_id: int, metric: str, period: Period,
                 earlier: Period | None) -> tuple[int, dict[str, float], dict[str, float] | None]:
    """The values of the period (and of the earlier one to compare with), on the worker."""
    values = history.heatmap(diary, person_id, period[0], period[1], metric)
    before = (history.heatmap(diary, person_id, earlier[0], earlier[1], metric)
              if earlier is not None else None)
    return person_id, values, before


class HeatmapPanel(Panel):
    #: (values, earlier values or None) once the map has been painted.
    result_ready = Signal(object)
    #: The panel came on show (True: the map is coloured) or went away (False).
    activated = Signal(bool)

    def __init__(self, map_widget: Any, context: DiaryContext | Diary,
                 ops: DiaryOps | int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.setObjectName("heatmapPanel")
        self.map_widget = map_widget
        self.overlay = HeatmapOverlay(map_widget)
        self.values: dict[str, float] = {}
        self.earlier: dict[str, float] | None = None
        self.comparison: dict[str, tuple[float, float, str]] = {}
        self.active = False
        self._side_view: Any = None
        self._side_overlay: HeatmapOverlay | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # a field that does not fit beside its label goes under it (long Italian labels)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.metric_combo = QComboBox()
        for key, text in (("frequency", self.tr("How often (episodes per week)")),
                          ("mean", self.tr("Mean intensity")),
                          ("peak", self.tr("Peak intensity"))):
            self.metric_combo.addItem(text, key)
        self.range_combo = QComboBox()
        names = {"7d": self.tr("Last 7 days"), "30d": self.tr("Last 30 days"),
                 "3m": self.tr("Last 3 months"), "1y": self.tr("Last year"),
                 "all": self.tr("All"), "custom": self.tr("Custom…")}
        for key in ("7d", "30d", "3m", "1y", "all", "custom"):
            self.range_combo.addItem(names[key], key)
        self.range_combo.setCurrentIndex(2)
        today = QDate.currentDate()
        self.date_from = date_edit(today.addMonths(-3))
        self.date_to = date_edit(today)
        dates = QHBoxLayout()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._custom_changed())
            dates.addWidget(edit)
        self.compare_combo = QComboBox()
        for key, text in (("none", self.tr("No comparison")),
                          ("previous", self.tr("With the period before")),
                          ("year", self.tr("With the same period a year earlier"))):
            self.compare_combo.addItem(text, key)
        self.style_combo = QComboBox()
        for key, text in (("map", self.tr("Better / worse on the map")),
                          ("side", self.tr("Side by side"))):
            self.style_combo.addItem(text, key)
        form.addRow(self.tr("Show"), self.metric_combo)
        form.addRow(self.tr("Period"), self.range_combo)
        form.addRow(self.tr("From / to"), dates)
        form.addRow(self.tr("Compare"), self.compare_combo)
        form.addRow(self.tr("As"), self.style_combo)
        layout.addLayout(form)
        self.legend = HeatmapLegend(self)
        layout.addWidget(self.legend)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.side_box = QWidget(self)
        side_layout = QVBoxLayout(self.side_box)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_caption = QLabel(self.tr("Earlier period"))
        side_layout.addWidget(self.side_caption)
        self.side_box.setVisible(False)
        layout.addWidget(self.side_box, 1)
        layout.addStretch(0)
        for combo in (self.metric_combo, self.range_combo, self.compare_combo, self.style_combo):
            combo.currentIndexChanged.connect(lambda _i: self._controls_changed())

    # -- public ---------------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        self.active = active
        if active:
            self.refresh()
        else:
            self.overlay.clear()

    def wants(self, changes: Changes) -> bool:
        return changes.everything or changes.episodes

    def dock_visibility_changed(self, visible: bool) -> None:
        """The heat map colours the body only while its panel is the one on show."""
        if visible:
            # after the dock has been laid out: only a panel really on show colours the map
            QTimer.singleShot(0, self, self._shown)
        elif self.active:
            self.set_active(False)
            self.activated.emit(False)

    def _shown(self) -> None:
        if self.is_on_show() and not self.active:
            self.stale = False
            self.set_active(True)
            self.activated.emit(True)

    def set_metric(self, metric: str) -> None:
        self.metric_combo.setCurrentIndex(self.metric_combo.findData(metric))

    def set_range(self, key: str) -> None:
        self.range_combo.setCurrentIndex(self.range_combo.findData(key))

    def set_custom_range(self, first: date, last: date) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.range_combo.currentData() == "custom":
            self.refresh()
        else:
            self.set_range("custom")

    def set_compare(self, key: str, style: str = "map") -> None:
        self.style_combo.blockSignals(True)
        self.style_combo.setCurrentIndex(self.style_combo.findData(style))
        self.style_combo.blockSignals(False)
        self.compare_combo.setCurrentIndex(self.compare_combo.findData(key))
        self.refresh()

    def chosen_metric(self) -> str:
        return str(self.metric_combo.currentData())

    def period(self) -> Period:
        key = self.range_combo.currentData()
        if key == "custom":
            first = self.date_from.date().toPython()
            last = self.date_to.date().toPython()
            if last < first:
                first, last = last, first
            return _midnight_utc(first), _midnight_utc(last + timedelta(days=1))
        days = dict(RANGES).get(key)
        if days is None:
            return None, None
        now = utcnow()
        return now - timedelta(days=days), now

    def earlier_period(self) -> Period | None:
        key = self.compare_combo.currentData()
        start, end = self.period()
        if key == "none" or start is None or end is None:
            return None
        if key == "previous":
            return start - (end - start), start
        return start - timedelta(days=365), end - timedelta(days=365)

    def refresh(self) -> None:
        if not self.active:
            return
        self.summary.setText(self.tr("Counting…"))
        diary, person_id, metric = self.diary, self.profile_id, self.chosen_metric()
        period, earlier = self.period(), self.earlier_period()
        self.ops.query(
            lambda: read_heatmap(diary, person_id, metric, period, earlier),
            self._on_done, on_error=self._on_failed, key=f"heatmap-{id(self)}",
        )

    def wait(self, msecs: int = 10000) -> bool:
        return self.ops.wait_idle(msecs)

    # -- internals ------------------------------------------------------------------------
    def _controls_changed(self) -> None:
        custom = self.range_combo.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self._show_range_dates()
        self.style_combo.setEnabled(self.compare_combo.currentData() != "none")
        self.refresh()

    def _show_range_dates(self) -> None:
        """The greyed date fields show the days a fixed range covers (what Custom… starts from)."""
        days = dict(RANGES).get(self.range_combo.currentData())
        if days is None:
            return
        today = QDate.currentDate()
        for edit, day in ((self.date_from, today.addDays(-days)), (self.date_to, today)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)

    def _custom_changed(self) -> None:
        if self.range_combo.currentData() == "custom":
            self.refresh()

    def _on_failed(self, message: str) -> None:
        if self.active:
            self.summary.setText(self.tr("Could not count: {0}").format(message))

    def _unit(self, metric: str) -> str:
        return {"frequency": self.tr("episodes per week"), "mean": self.tr("mean intensity"),
                "peak": self.tr("peak intensity")}[metric]

    def _on_done(self, answer: tuple[int, dict[str, float], dict[str, float] | None]) -> None:
        if not self.active:
            return
        person_id, values, earlier = answer
        result = (values, earlier)
        self.drawn_for(person_id)
        metric = self.chosen_metric()
        self.values, self.earlier = values, earlier
        self.comparison = {}
        side = earlier is not None and self.style_combo.currentData() == "side"
        if earlier is not None and not side:
            for region in sorted(set(values) | set(earlier)):
                a, b = earlier.get(region, 0.0), values.get(region, 0.0)
                self.comparison[region] = (a, b, history.verdict(a, b, metric))
            self.overlay.set_comparison(self.comparison)
            self.legend.set_compare(self.tr("Compared with the earlier period ({0})")
                                    .format(self._unit(metric)))
            counts = {k: 0 for k in ("better", "worse", "unchanged")}
            for _, _, v in self.comparison.values():
                counts[v] += 1
            self.summary.setText(
                self.tr("Regions better: {0}, worse: {1}, unchanged: {2}.")
                .format(counts["better"], counts["worse"], counts["unchanged"]))
        else:
            vmax = scale_max([*values.values(), *(earlier or {}).values()], metric)
            self.overlay.set_values(values, metric, vmax)
            high = formats.number(vmax) if metric == "frequency" else "10"
            self.legend.set_scale(self._unit(metric).capitalize(), "0", high)
            top = sorted(values.items(), key=lambda kv: -kv[1])[:3]
            names = ", ".join(f"{region_label(r)} ({formats.number(v)})" for r, v in top)
            self.summary.setText(
                self.tr("%n regions hurt in this period. Most: {names}", "", len(values)).format(
                    names=names)
                if values else self.tr("No episodes in this period."))
            if side and earlier is not None:
                self._show_side(earlier, metric, vmax)
        self.side_box.setVisible(side)
        self.result_ready.emit(result)

    def _show_side(self, earlier: dict[str, float], metric: str, vmax: float) -> None:
        from bodymap.map.view import BodyMapView

        view_id = self.map_widget.current_view().view_id
        if self._side_view is None or self._side_view.view_id != view_id:
            if self._side_view is not None:
                self._side_view.deleteLater()
            self._side_view = BodyMapView(view_id, self.side_box)
            self._side_view.setMinimumSize(160, 260)
            self.side_box.layout().addWidget(self._side_view, 1)
            self._side_overlay = HeatmapOverlay([self._side_view.body_scene()])
        assert self._side_overlay is not None
        self._side_overlay.set_values(earlier, metric, vmax)
        start, end = self.earlier_period() or (None, None)
        if start is not None and end is not None:
            self.side_caption.setText(self.tr("Earlier period: {0} to {1}").format(
                formats.day(start.date()), formats.day((end - timedelta(days=1)).date())))


def _midnight_utc(day: date) -> datetime:
    return to_utc(datetime.combine(day, time()).astimezone())[0]
