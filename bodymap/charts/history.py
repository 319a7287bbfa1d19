"""matplotlib figures for a region's history: intensity timeline, frequency bars, qualities.

Only ``matplotlib.figure.Figure`` (never pyplot, so no global state and no GUI backend); the
history panel shows them in a :class:`~bodymap.charts.view.ChartView` (drawn with Agg on a thread of
its own) and the report can ``savefig`` them.  This
module is imported only when a chart is first shown (matplotlib costs about half a second).

Colours come from a :class:`ChartTheme`, built from the window's palette so charts follow a light
or dark theme.  Intensity markers and the moving-average line differ in shape and line style, not
only in colour.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from bodymap.charts.theme import ChartTheme
from bodymap.files import private_output
from bodymap.store.history import RegionHistory

__all__ = ["ChartTheme", "average_segments", "frequency_figure", "gap_limit", "qualities_figure", "save_figure", "timeline_figure"]


def _figure(theme: ChartTheme, size: tuple[float, float], dpi: float) -> tuple[Figure, Any]:
    fig = Figure(figsize=size, dpi=dpi, facecolor=theme.background, layout="constrained")
    ax = fig.add_subplot()
    ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_color(theme.grid)
    ax.tick_params(colors=theme.foreground, labelsize=8)
    ax.xaxis.label.set_color(theme.foreground)
    ax.yaxis.label.set_color(theme.foreground)
    ax.title.set_color(theme.foreground)
    ax.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
    ax.set_axisbelow(True)
    from bodymap.charts.theme import local_number_axis

    local_number_axis(ax.yaxis)
    return fig, ax


def _empty(ax: Any, theme: ChartTheme, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            color=theme.foreground, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])


def _date_axis(fig: Figure, ax: Any) -> None:
    from matplotlib.dates import AutoDateLocator

    from bodymap.charts.theme import local_date_axis

    local_date_axis(ax, AutoDateLocator(minticks=3, maxticks=8))


def gap_limit(times: list[datetime], window: int) -> timedelta:
    """The longest pause the moving average bridges: the time its window of ``window``
    episodes usually spans (the median span of ``window`` consecutive episodes), at least a day."""
    if len(times) < 2:
        return timedelta(days=1)
    n = max(2, min(window, len(times)))
    spans = sorted(times[i + n - 1] - times[i] for i in range(len(times) - n + 1))
    return max(timedelta(days=1), spans[len(spans) // 2])


def average_segments(history: RegionHistory) -> list[tuple[list[datetime], list[float]]]:
    """The moving average as separate runs, split where two episodes lie further apart than
    :func:`gap_limit`; each run averages only its own episodes."""
    from bodymap.store.history import moving_average

    points = history.points
    if not points:
        return []
    times = [p.local_time for p in points]
    limit = gap_limit(times, history.window)
    runs: list[list[int]] = [[0]]
    for i in range(1, len(points)):
        if times[i] - times[i - 1] > limit:
            runs.append([])
        runs[-1].append(i)
    segments = []
    for run in runs:
        values = moving_average([float(points[i].intensity) for i in run], history.window)
        segments.append(([times[i] for i in run], values))
    return segments


def timeline_figure(
    history: RegionHistory,
    theme: ChartTheme | None = None,
    *,
    size: tuple[float, float] = (7.0, 2.8),
    dpi: float = 100,
    texts: dict[str, str] | None = None,
) -> Figure:
    """Intensity (0-10) of each episode touching the region, with the moving average."""
    theme = theme or ChartTheme.light()
    t = {"title": "Intensity per episode", "points": "episode",
         "average": "moving average ({n} episodes)", "empty": "No episodes in this range",
         "axis": "intensity (0-10)"} | (texts or {})
    fig, ax = _figure(theme, size, dpi)
    ax.set_title(t["title"], fontsize=10, loc="left", color=theme.foreground)
    if not history.points:
        _empty(ax, theme, t["empty"])
        return fig
    times = [p.local_time for p in history.points]
    values = [p.intensity for p in history.points]
    many = len(times) > 300
    ax.scatter(times, values, s=6 if many else 16, marker="o", color=theme.points,
               alpha=0.45 if many else 0.85, linewidths=0, label=t["points"])
    # The average is drawn only where there are episodes to average: across a gap longer than
    # its window it breaks, and starts again after the gap.
    for index, (seg_times, seg_values) in enumerate(average_segments(history)):
        ax.plot(seg_times, seg_values, color=theme.line, linewidth=1.8, linestyle="-",
                label=t["average"].format(n=history.window) if index == 0 else None)
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.set_ylabel(t["axis"], fontsize=8)
    if len(times) == 1:
        ax.set_xlim(times[0] - timedelta(days=1), times[0] + timedelta(days=1))
    _date_axis(fig, ax)
    legend = ax.legend(loc="upper left", fontsize=7, frameon=True, facecolor=theme.background,
                       edgecolor=theme.grid, labelcolor=theme.foreground, ncols=2)
    legend.get_frame().set_alpha(0.9)
    return fig


def frequency_figure(
    history: RegionHistory,
    theme: ChartTheme | None = None,
    *,
    size: tuple[float, float] = (7.0, 2.4),
    dpi: float = 100,
    texts: dict[str, str] | None = None,
) -> Figure:
    """Episodes touching the region per week or per month."""
    theme = theme or ChartTheme.light()
    weekly = history.frequency_unit == "week"
    t = {"week": "Episodes per week", "month": "Episodes per month",
         "empty": "No episodes in this range"} | (texts or {})
    fig, ax = _figure(theme, size, dpi)
    ax.set_title(t["week"] if weekly else t["month"], fontsize=10, loc="left", color=theme.foreground)
    if not history.frequency or not any(b.episodes for b in history.frequency):
        _empty(ax, theme, t["empty"])
        return fig
    starts = [datetime.combine(b.start, datetime.min.time()) for b in history.frequency]
    width = 6.0 if weekly else 26.0
    ax.bar(starts, [b.episodes for b in history.frequency], width=width, align="edge",
           color=theme.bars, edgecolor=theme.bars, linewidth=0.3)
    ax.yaxis.get_major_locator().set_params(integer=True)
    _date_axis(fig, ax)
    return fig


def qualities_figure(
    history: RegionHistory,
    theme: ChartTheme | None = None,
    *,
    size: tuple[float, float] = (4.0, 2.4),
    dpi: float = 100,
    texts: dict[str, str] | None = None,
    limit: int = 10,
) -> Figure:
    """How often each pain quality was noted on marks in the region."""
    theme = theme or ChartTheme.light()
    t = {"title": "Pain qualities", "empty": "No qualities noted"} | (texts or {})
    fig, ax = _figure(theme, size, dpi)
    ax.set_title(t["title"], fontsize=10, loc="left", color=theme.foreground)
    qualities = history.qualities[:limit]
    if not qualities:
        _empty(ax, theme, t["empty"])
        return fig
    names = [q.quality for q in reversed(qualities)]
    ax.barh(names, [q.count for q in reversed(qualities)], color=theme.bars, height=0.6)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(True, axis="x", color=theme.grid, linewidth=0.6)
    ax.grid(False, axis="y")
    return fig


def save_figure(figure: Figure, path: str | os.PathLike[str]) -> Path:
    """Write the figure as PNG or SVG (by the file's suffix), readable by the owner only."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"charts are exported as .png or .svg, not {target.suffix or 'nothing'}")
    # Whole or not at all, owner-only, never through a link (bodymap.files).
    from bodymap.charts.view import figure_lock  # the chart thread may be drawing it

    with figure_lock(figure), private_output(target, "wb") as handle:
        figure.savefig(handle, format=fmt, facecolor=figure.get_facecolor(), dpi=figure.dpi)
    return target

