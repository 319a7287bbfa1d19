"""Chart colours taken from the window's palette (light or dark); no matplotlib import here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ChartTheme:
    background: str
    foreground: str
    grid: str
    points: str
    line: str
    bars: str
    dark: bool = False

    @classmethod
    def light(cls) -> ChartTheme:
        return cls("#ffffff", "#1f2328", "#d0d7de", "#8fb3d9", "#b3261e", "#3a6ea5")

    @classmethod
    def dark_theme(cls) -> ChartTheme:
        return cls("#1e1f22", "#e6e6e6", "#3c3f44", "#5b7fa8", "#ff8a65", "#7fb2e5", True)

    @classmethod
    def from_palette(cls, palette: Any) -> ChartTheme:
        """The window's colours (a ``QPalette``): background, text and accent."""
        from PySide6.QtGui import QPalette

        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        preset = cls.dark_theme() if dark else cls.light()
        return cls(
            background=base.name(),
            foreground=text.name(),
            grid=preset.grid,
            points=preset.points,
            line=preset.line,
            bars=preset.bars,
            dark=dark,
        )


def theme_from_palette(palette: Any) -> ChartTheme:
    return ChartTheme.from_palette(palette)


# -- ticks in the language of the run -----------------------------------------------------------
# matplotlib writes "4.5" and "Jan" (the C locale) whatever the language; these formatters
# write the numbers and month names through QLocale, as every other text of the program.

def local_number_axis(axis: Any) -> None:
    """Tick labels of a number axis with the language's decimal sign ("2,5" in Italian)."""
    from matplotlib.ticker import FuncFormatter
    from PySide6.QtCore import QLocale

    point = QLocale().decimalPoint()

    def label(value: float, _position: int | None = None) -> str:
        return f"{value:g}".replace(".", point).replace("-", "\u2212")

    axis.set_major_formatter(FuncFormatter(label))


def local_date_axis(ax: Any, locator: Any) -> None:
    """Dates on the x axis with the language's month names: years over a long span, month and
    year over months, day and month over weeks."""
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter
    from PySide6.QtCore import QDate, QLocale

    def label(value: float, _position: int | None = None) -> str:
        low, high = ax.get_xlim()
        span = abs(high - low)
        when = num2date(value).date()
        day = QDate(when.year, when.month, when.day)
        pattern = "yyyy" if span > 3 * 365 else "MMM yyyy" if span > 75 else "d MMM"
        return QLocale().toString(day, pattern)

    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(label))
