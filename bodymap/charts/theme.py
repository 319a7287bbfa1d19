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
