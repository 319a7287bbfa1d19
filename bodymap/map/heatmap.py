"""Whole-body heat map: colour every region of the map by a value, with a legend.

:class:`HeatmapOverlay` puts one ``QGraphicsPathItem`` per region (``scene.region_path``) on the
``REGION_OVERLAY`` layer of each :class:`~bodymap.map.scene.BodyMapScene` it is given.

* Values (episodes per week, mean or peak intensity) use a sequential yellow-orange-red scale
  whose lightness falls steadily with the value, so it still reads in greyscale and for people who
  do not see colour well.  Regions with no episode stay uncoloured.
* Comparison of two periods uses a diverging scale AND hatching, so the meaning never rests on
  colour alone: better = light blue with diagonal lines, worse = dark red with cross-hatching,
  unchanged = pale grey, no pattern.

The colour functions are pure (hex strings) and tested on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QSizePolicy, QWidget

from bodymap.map.scene import REGION_OVERLAY, BodyMapScene

#: ColorBrewer YlOrRd (7 classes): lightness falls monotonically from the first to the last.
SEQUENTIAL = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026")
#: Comparison colours: (fill, Qt brush pattern for the hatch).
COMPARE_STYLE: dict[str, tuple[str, Qt.BrushStyle]] = {
    "better": ("#67a9cf", Qt.BrushStyle.BDiagPattern),
    "unchanged": ("#e0e0e0", Qt.BrushStyle.NoBrush),
    "worse": ("#b2182b", Qt.BrushStyle.DiagCrossPattern),
}
FILL_ALPHA = 215


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def sequential_colour(t: float) -> str:
    """Colour for ``t`` in 0..1 (clamped) on the sequential scale, as ``#rrggbb``."""
    t = min(1.0, max(0.0, t))
    position = t * (len(SEQUENTIAL) - 1)
    i = min(int(position), len(SEQUENTIAL) - 2)
    f = position - i
    a, b = _rgb(SEQUENTIAL[i]), _rgb(SEQUENTIAL[i + 1])
    r, g, bl = (round(a[k] + (b[k] - a[k]) * f) for k in range(3))
    return f"#{r:02x}{g:02x}{bl:02x}"


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG) of a colour: what is left of it in greyscale."""
    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(hex_colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def scale_max(values: Iterable[float], metric: str) -> float:
    """Top of the scale: 10 for intensities; the largest value (at least 1) for frequency."""
    if metric in ("mean", "peak"):
        return 10.0
    return max([1.0, *values])


def value_colours(values: Mapping[str, float], vmax: float) -> dict[str, str]:
    """Region -> colour for every region with a value above zero."""
    return {r: sequential_colour(v / vmax) for r, v in values.items() if v > 0 and vmax > 0}


class HeatmapOverlay:
    """Region fills on the ``REGION_OVERLAY`` layer of one or more body-map scenes."""

    def __init__(self, scenes: Iterable[BodyMapScene] | object) -> None:
        views = getattr(scenes, "views", None)
        if callable(views):  # a BodyMapWidget
            scenes = [v.body_scene() for v in views().values()]
        self.scenes: list[BodyMapScene] = list(scenes)  # type: ignore[arg-type]
        self._fills: dict[tuple[str, str], QGraphicsPathItem] = {}
        self._hatches: dict[tuple[str, str], QGraphicsPathItem] = {}
        self.mode = "off"  # "values" | "compare" | "off"
        self.colours: dict[str, str] = {}
        self.verdicts: dict[str, str] = {}
        self.vmax = 1.0

    def _items(self, scene: BodyMapScene, region: str) -> tuple[QGraphicsPathItem, QGraphicsPathItem]:
        key = (scene.view_id, region)
        fill = self._fills.get(key)
        if fill is None:
            path = scene.region_path(region)
            fill = QGraphicsPathItem(path)
            fill.setZValue(REGION_OVERLAY)
            fill.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            fill.setAcceptHoverEvents(False)
            pen = QPen(QColor(90, 90, 90, 160), 0.8)
            pen.setCosmetic(True)
            fill.setPen(pen)
            hatch = QGraphicsPathItem(path)
            hatch.setZValue(REGION_OVERLAY + 0.5)
            hatch.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            hatch.setPen(Qt.PenStyle.NoPen)
            scene.addItem(fill)
            scene.addItem(hatch)
            self._fills[key] = fill
            self._hatches[key] = hatch
        return fill, self._hatches[key]

    def _paint(self, styles: Mapping[str, tuple[str, Qt.BrushStyle]]) -> None:
        for scene in self.scenes:
            for region in scene.region_ids():
                style = styles.get(region)
                if style is None:
                    key = (scene.view_id, region)
                    if key in self._fills:
                        self._fills[key].setVisible(False)
                        self._hatches[key].setVisible(False)
                    continue
                fill, hatch = self._items(scene, region)
                colour = QColor(style[0])
                colour.setAlpha(FILL_ALPHA)
                fill.setBrush(QBrush(colour))
                fill.setVisible(True)
                if style[1] == Qt.BrushStyle.NoBrush:
                    hatch.setVisible(False)
                else:
                    ink = QColor("#000000" if luminance(style[0]) > 0.18 else "#ffffff")
                    ink.setAlpha(170)
                    brush = QBrush(ink, style[1])
                    # Keep the pattern a readable size at any zoom: scale it with the view.
                    hatch.setBrush(brush)
                    hatch.setVisible(True)

    def set_values(self, values: Mapping[str, float], metric: str = "frequency",
                   vmax: float | None = None) -> None:
        """Colour regions by value (0 or missing: uncoloured)."""
        self.mode = "values"
        self.vmax = vmax if vmax is not None else scale_max(values.values(), metric)
        self.colours = value_colours(values, self.vmax)
        self.verdicts = {}
        self._paint({r: (c, Qt.BrushStyle.NoBrush) for r, c in self.colours.items()})

    def set_comparison(self, comparison: Mapping[str, tuple[float, float, str]]) -> None:
        """Colour regions better / worse / unchanged (from ``compare_periods``)."""
        self.mode = "compare"
        self.verdicts = {r: v[2] for r, v in comparison.items() if v[0] > 0 or v[1] > 0}
        self.colours = {r: COMPARE_STYLE[v][0] for r, v in self.verdicts.items()}
        self._paint({r: COMPARE_STYLE[v] for r, v in self.verdicts.items()})

    def clear(self) -> None:
        self.mode = "off"
        self.colours = {}
        self.verdicts = {}
        for item in (*self._fills.values(), *self._hatches.values()):
            item.setVisible(False)

    def colour_of(self, region: str) -> str | None:
        return self.colours.get(region)

    def remove(self) -> None:
        """Take every item off its scene."""
        for (view_id, _), item in (*self._fills.items(), *self._hatches.items()):
            scene = next((s for s in self.scenes if s.view_id == view_id), None)
            if scene is not None and item.scene() is scene:
                scene.removeItem(item)
        self._fills.clear()
        self._hatches.clear()


class HeatmapLegend(QWidget):
    """The scale under the map: a gradient with its range, or the three comparison swatches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "values"
        self.title = ""
        self.low = "0"
        self.high = "1"
        self.labels = {
            "better": self.tr("better"),
            "unchanged": self.tr("unchanged"),
            "worse": self.tr("worse"),
        }
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(46)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, 50)

    def set_scale(self, title: str, low: str, high: str) -> None:
        self.mode, self.title, self.low, self.high = "values", title, low, high
        self.update()

    def set_compare(self, title: str) -> None:
        self.mode, self.title = "compare", title
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(text)
        fm = p.fontMetrics()
        w = self.width() - 8
        p.drawText(QPointF(4, fm.ascent() + 1), self.title)
        top = fm.height() + 4
        h = 14
        if self.mode == "values":
            bar = QRectF(4, top, w, h)
            gradient = QLinearGradient(bar.topLeft(), bar.topRight())
            for i, colour in enumerate(SEQUENTIAL):
                gradient.setColorAt(i / (len(SEQUENTIAL) - 1), QColor(colour))
            p.fillRect(bar, gradient)
            p.setPen(QPen(text, 1))
            p.drawRect(bar)
            y = top + h + fm.ascent() + 2
            p.drawText(QPointF(4, y), self.low)
            p.drawText(QPointF(4 + w - fm.horizontalAdvance(self.high), y), self.high)
        else:
            x = 4.0
            for key in ("better", "unchanged", "worse"):
                colour, pattern = COMPARE_STYLE[key]
                box = QRectF(x, top, 26, h)
                p.fillRect(box, QColor(colour))
                if pattern != Qt.BrushStyle.NoBrush:
                    ink = QColor("#000000" if luminance(colour) > 0.18 else "#ffffff")
                    p.fillRect(box, QBrush(ink, pattern))
                p.setPen(QPen(text, 1))
                p.drawRect(box)
                label = self.labels[key]
                p.drawText(QPointF(x + 30, top + h - 2), label)
                x += 30 + fm.horizontalAdvance(label) + 16
        p.end()
