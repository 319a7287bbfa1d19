"""matplotlib figure of the fibromyalgia measures over time: WPI, SSS and FS.

Like :mod:`bodymap.charts.history`: only ``matplotlib.figure.Figure`` (never pyplot), imported
when the chart is first shown.  Three small panels one above the other share the time axis:

* WPI (0-19) with the 2016 thresholds 4 and 7 marked,
* SSS (0-12) with the thresholds 5 and 9 marked (WPI >= 7 needs SSS >= 5; WPI 4-6 needs SSS >= 9),
* FS = WPI + SSS (0-31), which has no threshold of its own in the 2016 criteria.

The series differ in marker and line style, not only in colour; the thresholds are dashed grey
lines with their meaning written beside them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from matplotlib.figure import Figure

from bodymap.charts.theme import ChartTheme

__all__ = ["TrendPoint", "trend_figure"]


@dataclass(frozen=True)
class TrendPoint:
    day: date
    wpi: int
    sss: int | None
    fs: int | None


TEXTS = {
    "title": "Fibromyalgia measures over time",
    "wpi": "WPI (0-19)",
    "sss": "SSS (0-12)",
    "fs": "FS = WPI + SSS (0-31)",
    "wpi_7": "7: with SSS 5 or more",
    "wpi_4": "4: with SSS 9 or more",
    "sss_5": "5: with WPI 7 or more",
    "sss_9": "9: with WPI 4 to 6",
    "empty": "No assessment saved yet",
}


def _style(ax: Any, theme: ChartTheme) -> None:
    ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_color(theme.grid)
    ax.tick_params(colors=theme.foreground, labelsize=7)
    ax.yaxis.label.set_color(theme.foreground)
    ax.grid(True, color=theme.grid, linewidth=0.5, alpha=0.8)
    ax.set_axisbelow(True)


def _threshold(ax: Any, value: float, label: str, theme: ChartTheme) -> None:
    ax.axhline(value, color=theme.foreground, linewidth=0.9, linestyle=(0, (4, 3)), alpha=0.55)
    ax.text(1.0, value, f" {label}", transform=ax.get_yaxis_transform(), fontsize=6.5,
            va="center", ha="left", color=theme.foreground, alpha=0.85, clip_on=False)


def trend_figure(
    points: Sequence[TrendPoint],
    theme: ChartTheme | None = None,
    *,
    size: tuple[float, float] = (4.6, 3.6),
    dpi: float = 100,
    texts: dict[str, str] | None = None,
) -> Figure:
    """WPI, SSS and FS of each saved assessment, oldest first, with the 2016 thresholds."""
    theme = theme or ChartTheme.light()
    t = TEXTS | (texts or {})
    fig = Figure(figsize=size, dpi=dpi, facecolor=theme.background, layout="constrained")
    axes = fig.subplots(3, 1, sharex=True, height_ratios=(1.3, 1.0, 1.0))
    fig.suptitle(t["title"], fontsize=9, x=0.02, ha="left", color=theme.foreground)
    for ax in axes:
        _style(ax, theme)
    if not points:
        for ax in axes:
            ax.set_yticks([])
        axes[1].text(0.5, 0.5, t["empty"], ha="center", va="center", transform=axes[1].transAxes,
                     color=theme.foreground, fontsize=9)
        axes[-1].set_xticks([])
        return fig
    days = [datetime.combine(p.day, datetime.min.time()) for p in points]
    wpi = [p.wpi for p in points]
    sss = [float("nan") if p.sss is None else p.sss for p in points]
    fs = [float("nan") if p.fs is None else p.fs for p in points]
    ax_wpi, ax_sss, ax_fs = axes
    ax_wpi.plot(days, wpi, color=theme.line, marker="o", markersize=4, linewidth=1.5, linestyle="-")
    ax_wpi.set_ylim(-0.5, 19.5)
    ax_wpi.set_yticks([0, 4, 7, 10, 19])
    ax_wpi.set_ylabel(t["wpi"], fontsize=7)
    _threshold(ax_wpi, 7, t["wpi_7"], theme)
    _threshold(ax_wpi, 4, t["wpi_4"], theme)
    ax_sss.plot(days, sss, color=theme.bars, marker="s", markersize=4, linewidth=1.5,
                linestyle="--")
    ax_sss.set_ylim(-0.5, 12.5)
    ax_sss.set_yticks([0, 5, 9, 12])
    ax_sss.set_ylabel(t["sss"], fontsize=7)
    _threshold(ax_sss, 5, t["sss_5"], theme)
    _threshold(ax_sss, 9, t["sss_9"], theme)
    ax_fs.plot(days, fs, color=theme.foreground, marker="^", markersize=4, linewidth=1.3,
               linestyle=":")
    ax_fs.set_ylim(-0.5, 31.5)
    ax_fs.set_yticks([0, 10, 20, 31])
    ax_fs.set_ylabel(t["fs"], fontsize=7)
    if len(days) == 1:
        ax_fs.set_xlim(days[0] - timedelta(days=7), days[0] + timedelta(days=7))
    from matplotlib.dates import AutoDateLocator

    from bodymap.charts.theme import local_date_axis

    local_date_axis(ax_fs, AutoDateLocator(minticks=3, maxticks=6))
    return fig
