"""Graphics items for the marks, and the layer that mirrors an :class:`EpisodeDocument`.

Kinds are told apart by shape first and colour second, so that people who do not see colour
well (and black-and-white copies) still can: trigger point = circle with the intensity inside
(filled when active, an open ring when latent, dashed when resolved); referred-pain area =
hatched fill with an outline; plain pain area ("it hurts here") = a plain tint with a solid,
heavier outline and no hatching; pins and needles (paraesthesia) = a light tint stippled with dots
and a dotted edge; numbness = cross-hatched with the letter "N"; spasm = a six-pointed star; tender
point = a diamond with a cross.  Colour strength follows the intensity.  The colours are from the
Okabe–Ito palette.

Symptom areas (``records.SYMPTOM_KINDS``) carry their P-number (P1, P2...) in a small badge just
outside the area, on the side away from the body's midline; regions asked about and found clear
carry a tick (✓) at their centre.  :func:`paint_area` draws an area the same way on screen, in
the legend and in print (in map units, so the texture does not depend on the device).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from bodymap.anatomy import regions as anatomy
from bodymap.map.document import EpisodeDocument
from bodymap.map.geometry import path_from_rings
from bodymap.store.records import MarkRecord, symptom_numbers
from bodymap.ui.labels import view_label

MARKS_Z = 30
LINK_Z = 29
#: Tints of regions marked in another view: above the body and the heat map, under the marks.
GHOST_Z = 12

KIND_COLOURS = {
    "trigger_point": QColor("#D55E00"),  # vermillion
    "referred_area": QColor("#CC79A7"),  # reddish purple
    "spasm": QColor("#0072B2"),  # blue
    "tender_point": QColor("#009E73"),  # bluish green
    "pain": QColor("#E69F00"),  # orange
    "paraesthesia": QColor("#56B4E9"),  # sky blue
    "numbness": QColor("#595959"),  # dark grey (the palette's black, lightened)
}
#: Mark kinds drawn as painted areas (the brush and the region fill make them).
AREA_KINDS = ("referred_area", "pain", "paraesthesia", "numbness")
#: The tick of a region asked about and found clear (bluish green, darkened for contrast).
TICK_COLOUR = QColor("#007A5A")
#: Map units between the dots of pins and needles and between the lines of the numbness hatch.
STIPPLE_SPACING = 7.0
STIPPLE_RADIUS = 1.35
CROSS_HATCH_SPACING = 8.0
POINT_RADIUS = 7.0
#: On screen a point symbol is never drawn smaller than this radius (pixels), however far the
#: map is zoomed out; zoomed in, it grows with the map.
MIN_SCREEN_RADIUS = 9.0


def symbol_scale(pixels_per_unit: float) -> float:
    """How much to enlarge point symbols at a view scale so they stay legible."""
    if pixels_per_unit <= 0:
        return 1.0
    return max(1.0, MIN_SCREEN_RADIUS / (POINT_RADIUS * pixels_per_unit))


def intensity_colour(kind: str, intensity: int, minimum_alpha: float = 0.3) -> QColor:
    """The kind's colour, stronger with intensity (0 faint ... 10 full)."""
    colour = QColor(KIND_COLOURS[kind])
    alpha = minimum_alpha + (1 - minimum_alpha) * max(0, min(10, intensity)) / 10
    colour.setAlphaF(alpha)
    return colour


def star_polygon(centre: QPointF, outer: float, inner: float, points: int = 6) -> QPolygonF:
    polygon = QPolygonF()
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi * i / points - math.pi / 2
        polygon.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return polygon


def paint_mark_symbol(painter: QPainter, mark: MarkRecord, centre: QPointF, scale: float = 1.0) -> None:
    """Draw a point mark's symbol; shared by the map items, the legend and the printed report."""
    kind = mark.kind
    colour = intensity_colour(kind, mark.intensity)
    edge = QColor(KIND_COLOURS[kind]).darker(140)
    r = POINT_RADIUS * scale
    pen = QPen(edge, 1.4 * scale)
    if kind == "trigger_point":
        state = mark.tp_state or "active"
        if state == "active":
            painter.setBrush(colour)
        else:
            painter.setBrush(QColor(255, 255, 255, 230))
        if state == "resolved":
            pen = QPen(QColor("#777777"), 1.4 * scale, Qt.PenStyle.DashLine)
        elif state == "latent":
            pen = QPen(edge, 2.4 * scale)
        painter.setPen(pen)
        painter.drawEllipse(centre, r, r)
        _draw_number(painter, mark.intensity, centre, r, light=state == "active" and mark.intensity >= 4)
    elif kind == "spasm":
        painter.setPen(pen)
        painter.setBrush(colour)
        painter.drawPolygon(star_polygon(centre, r * 1.25, r * 0.6))
    elif kind == "tender_point":
        painter.setPen(pen)
        painter.setBrush(colour)
        diamond = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - r * 1.1),
                QPointF(centre.x() + r * 1.1, centre.y()),
                QPointF(centre.x(), centre.y() + r * 1.1),
                QPointF(centre.x() - r * 1.1, centre.y()),
            ]
        )
        painter.drawPolygon(diamond)
        painter.setPen(QPen(QColor("white"), 1.2 * scale))
        painter.drawLine(QPointF(centre.x() - r * 0.5, centre.y()), QPointF(centre.x() + r * 0.5, centre.y()))
        painter.drawLine(QPointF(centre.x(), centre.y() - r * 0.5), QPointF(centre.x(), centre.y() + r * 0.5))


def _draw_number(painter: QPainter, value: int, centre: QPointF, radius: float, light: bool) -> None:
    font = QFont()
    # Pixel size in the painter's units: the same on screen, paper and PDF (a point size would
    # be scaled by the device's dpi: 17 times too big at 1200 dpi).
    font.setPixelSize(max(1, round(radius * 1.15 * 96 / 72)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white") if light else QColor("#222222"))
    painter.drawText(
        QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
        Qt.AlignmentFlag.AlignCenter,
        str(value),
    )


def area_brushes(mark: MarkRecord) -> tuple[QBrush, QBrush, QPen]:
    """Fill, hatch and outline of a painted area: referred pain is hatched; plain pain is a
    plain tint (no hatch) with a solid, heavier outline, so the two differ in greyscale too.
    Pins and needles and numbness get their texture from :func:`paint_area` (the hatch brush
    returned for them is empty)."""
    if mark.kind in ("paraesthesia", "numbness"):
        kind = mark.kind
        tint = intensity_colour(kind, mark.intensity, minimum_alpha=0.15)
        tint.setAlphaF(tint.alphaF() * (0.45 if kind == "paraesthesia" else 0.35))
        edge_colour = QColor(KIND_COLOURS[kind]).darker(150 if kind == "paraesthesia" else 120)
        style = Qt.PenStyle.DotLine if kind == "paraesthesia" else Qt.PenStyle.SolidLine
        edge = QPen(edge_colour, 1.6, style)
        edge.setCosmetic(False)
        return QBrush(tint), QBrush(Qt.BrushStyle.NoBrush), edge
    if mark.kind == "pain":
        tint = intensity_colour("pain", mark.intensity, minimum_alpha=0.22)
        tint.setAlphaF(tint.alphaF() * 0.7)
        edge = QPen(QColor(KIND_COLOURS["pain"]).darker(160), 1.8)
        edge.setCosmetic(False)
        return QBrush(tint), QBrush(Qt.BrushStyle.NoBrush), edge
    fill = intensity_colour("referred_area", mark.intensity, minimum_alpha=0.18)
    fill.setAlphaF(fill.alphaF() * 0.75)
    hatch_colour = QColor(KIND_COLOURS["referred_area"]).darker(150)
    hatch = QBrush(hatch_colour, Qt.BrushStyle.BDiagPattern)
    outline = QPen(QColor(KIND_COLOURS["referred_area"]).darker(130), 1.2)
    outline.setCosmetic(False)
    return QBrush(fill), hatch, outline


_STIPPLE_CACHE: dict[tuple[int, int, int, int, float], QPainterPath] = {}


def _stipple(bounds: QRectF, spacing: float, radius: float) -> QPainterPath:
    """Dots on a fixed lattice (rows offset by half a step) covering ``bounds``: the same lattice
    everywhere, so an area that grows keeps its dots where they were."""
    key = (
        math.floor(bounds.left() / spacing),
        math.floor(bounds.top() / spacing),
        math.ceil(bounds.right() / spacing),
        math.ceil(bounds.bottom() / spacing),
        round(radius, 3),
    )
    dots = _STIPPLE_CACHE.get(key)
    if dots is None:
        dots = QPainterPath()
        left, top, right, bottom = key[:4]
        for row in range(top, bottom + 1):
            shift = spacing / 2 if row % 2 else 0.0
            for column in range(left, right + 1):
                dots.addEllipse(QPointF(column * spacing + shift, row * spacing), radius, radius)
        if len(_STIPPLE_CACHE) > 256:
            _STIPPLE_CACHE.clear()
        _STIPPLE_CACHE[key] = dots
    return dots


def _cross_hatch(painter: QPainter, bounds: QRectF, spacing: float) -> None:
    """Lines both ways at 45 degrees over ``bounds`` (clipped by the caller)."""
    lines = []
    height = bounds.height()
    c = math.floor((bounds.left() - height) / spacing) * spacing
    while c <= bounds.right():
        lines.append(QLineF(c, bounds.bottom(), c + height, bounds.top()))
        lines.append(QLineF(c, bounds.top(), c + height, bounds.bottom()))
        c += spacing
    painter.drawLines(lines)


def area_letter_point(path: QPainterPath) -> QPointF:
    """Where a letter inside an area goes: its centre, or the middle of the widest run of the
    middle row when the centre falls outside (a crescent, a ring)."""
    bounds = path.boundingRect()
    centre = bounds.center()
    if path.contains(centre):
        return centre
    best: tuple[float, QPointF] | None = None
    steps = 24
    for fraction in (0.5, 0.4, 0.6, 0.3, 0.7):
        y = bounds.top() + bounds.height() * fraction
        run_start: float | None = None
        for i in range(steps + 1):
            x = bounds.left() + bounds.width() * i / steps
            inside = path.contains(QPointF(x, y))
            if inside and run_start is None:
                run_start = x
            if (not inside or i == steps) and run_start is not None:
                width = x - run_start
                if best is None or width > best[0]:
                    best = (width, QPointF((run_start + x) / 2, y))
                run_start = None
        if best is not None:
            return best[1]
    return centre


def paint_area(painter: QPainter, mark: MarkRecord, path: QPainterPath, unit: float = 1.0,
               selected: bool = False) -> None:
    """Draw a painted area of any kind onto ``painter`` in map units: fill, texture (hatch,
    stipple, cross-hatch and "N") and outline.  ``unit`` is the map-unit size of one line-width
    unit (1 on screen; the report passes one point in map units).  Shared by the map, the legend
    and the report."""
    fill, hatch, outline = area_brushes(mark)
    bounds = path.boundingRect()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPath(path)
    if hatch.style() != Qt.BrushStyle.NoBrush:
        painter.setBrush(hatch)
        painter.drawPath(path)
    if mark.kind == "paraesthesia":
        painter.save()
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        dot = QColor(KIND_COLOURS["paraesthesia"]).darker(170)
        dot.setAlphaF(0.55 + 0.45 * max(0, min(10, mark.intensity)) / 10)
        painter.setBrush(dot)
        painter.drawPath(_stipple(bounds, STIPPLE_SPACING * unit, STIPPLE_RADIUS * unit))
        painter.restore()
    elif mark.kind == "numbness":
        painter.save()
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        line = QColor(KIND_COLOURS["numbness"])
        line.setAlphaF(0.75)
        pen = QPen(line, 0.7 * unit)
        pen.setCosmetic(False)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _cross_hatch(painter, bounds, CROSS_HATCH_SPACING * unit)
        painter.restore()
        _paint_letter(painter, "N", area_letter_point(path),
                      max(6.0 * unit, min(16.0 * unit, min(bounds.width(), bounds.height()) * 0.45)))
    if selected:
        outline = QPen(QColor("#1a1a1a"), 1.6 * unit, Qt.PenStyle.DashLine)
    elif unit != 1.0:
        outline = QPen(outline.color(), outline.widthF() * unit, outline.style())
    outline.setCosmetic(False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(outline)
    painter.drawPath(path)
    painter.restore()


def _paint_letter(painter: QPainter, letter: str, centre: QPointF, size: float) -> None:
    """A bold letter with a white halo, ``size`` map units tall, centred on ``centre`` (drawn as
    a path: the same on every device, whatever its dpi)."""
    font = QFont()
    font.setPixelSize(100)
    font.setBold(True)
    glyph = QPainterPath()
    glyph.addText(0, 0, font, letter)
    box = glyph.boundingRect()
    factor = size / max(1.0, box.height())
    glyph = QTransform.fromScale(factor, factor).map(glyph)
    box = glyph.boundingRect()
    glyph.translate(centre.x() - box.center().x(), centre.y() - box.center().y())
    halo = QPen(QColor(255, 255, 255, 235), size * 0.22)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(halo)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(glyph)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS["numbness"]).darker(160))
    painter.drawPath(glyph)


def paint_tick(painter: QPainter, centre: QPointF, size: float) -> None:
    """The tick (✓) of a region asked about and found clear: a dark green check with a white
    halo, ``size`` units wide, centred on ``centre``."""
    tick = QPainterPath()
    tick.moveTo(centre.x() - 0.42 * size, centre.y() + 0.02 * size)
    tick.lineTo(centre.x() - 0.12 * size, centre.y() + 0.32 * size)
    tick.lineTo(centre.x() + 0.45 * size, centre.y() - 0.34 * size)
    halo = QPen(QColor(255, 255, 255, 240), size * 0.34)
    halo.setCapStyle(Qt.PenCapStyle.RoundCap)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(halo)
    painter.drawPath(tick)
    pen = QPen(TICK_COLOUR, size * 0.16)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(tick)


def symptom_label(number: int) -> str:
    """The label of a symptom area: "P1", "P2"... (the notation is the same in every language)."""
    return f"P{number}"


def paint_symptom_badge(painter: QPainter, rect: QRectF, text: str, kind: str,
                        pixel_size: float) -> None:
    """The P-number badge: the label in bold on white, edged in the area's colour."""
    edge = QColor(KIND_COLOURS.get(kind, QColor("#444444"))).darker(140)
    painter.setPen(QPen(edge, max(1.0, pixel_size * 0.1)))
    painter.setBrush(QColor(255, 255, 255, 235))
    radius = rect.height() * 0.3
    painter.drawRoundedRect(rect, radius, radius)
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _muscle_name(key: str | None) -> str:
    """The atlas name of a muscle, in Italian for an Italian reader (the atlas has both)."""
    if not key:
        return ""

    from bodymap.anatomy import atlas

    try:
        name = atlas.get(key).name  # in the language of the run
    except KeyError:
        return key.replace("_", " ")
    return name.split(" (")[0]  # the short name: a caption on the map has little room


class MarkItem(QGraphicsObject):
    """One mark on one view.  Holds the model uuid; geometry always comes from the document."""

    def __init__(self, mark: MarkRecord) -> None:
        super().__init__()
        self.uuid = mark.uuid
        self.mark = mark
        self.symbol_scale = 1.0
        self._area_path = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setZValue(MARKS_Z - (1 if mark.kind in AREA_KINDS else 0))
        self.setAcceptHoverEvents(True)
        self.update_from(mark)

    def update_from(self, mark: MarkRecord) -> None:
        self.prepareGeometryChange()
        self.mark = mark
        geometry = mark.geometry
        if geometry.get("type") == "area":
            self._area_path = path_from_rings(geometry["polygons"])
            self.setPos(0, 0)
        else:
            self._area_path = QPainterPath()
            self.setPos(float(geometry["x"]), float(geometry["y"]))
        self.setToolTip(mark_tooltip(mark))
        self.update()

    def is_area(self) -> bool:
        return self.mark.geometry.get("type") == "area"

    def centre(self) -> QPointF:
        """Where links attach, in scene coordinates."""
        if self.is_area():
            return self.mapToScene(self._area_path.boundingRect().center())
        return self.scenePos()

    def set_symbol_scale(self, scale: float) -> None:
        if not self.is_area() and abs(scale - self.symbol_scale) > 1e-3:
            self.prepareGeometryChange()
            self.symbol_scale = scale
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        if self.is_area():
            return self._area_path.boundingRect().adjusted(-2, -2, 2, 2)
        r = (POINT_RADIUS * 1.7 + 2) * self.symbol_scale
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        if self.is_area():
            return self._area_path
        path = QPainterPath()
        r = POINT_RADIUS * 1.3 * self.symbol_scale
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(  # noqa: D401 - Qt override
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        if self.is_area():
            paint_area(painter, self.mark, self._area_path, selected=selected)
            return
        scale = self.symbol_scale
        if selected:
            painter.setPen(QPen(QColor("#1a1a1a"), 1.2 * scale, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), POINT_RADIUS * 1.6 * scale, POINT_RADIUS * 1.6 * scale)
        paint_mark_symbol(painter, self.mark, QPointF(0, 0), scale)


def mark_tooltip(mark: MarkRecord) -> str:
    from bodymap.map.commands import KIND_NAMES

    parts = [f"{KIND_NAMES.get(mark.kind, mark.kind).capitalize()}, intensity {mark.intensity}/10"]
    if mark.tp_state:
        parts.append(mark.tp_state)
    if mark.muscle_key:
        parts.append(mark.muscle_key.replace("_", " "))
    if mark.qualities:
        parts.append(", ".join(mark.qualities))
    if mark.note:
        parts.append(mark.note)
    return "\n".join(parts)


class LinkItem(QGraphicsItem):
    """A dashed arrow from a trigger point to the referred-pain area it causes."""

    def __init__(self, source: MarkItem, target: MarkItem) -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.setZValue(LINK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def _line(self) -> tuple[QPointF, QPointF]:
        return self.source.centre(), self.target.centre()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        a, b = self._line()
        return QRectF(a, b).normalized().adjusted(-8, -8, 8, 8)

    def refresh(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        a, b = self._line()
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        if length < 1:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(KIND_COLOURS["trigger_point"]).darker(130)
        pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        gap = POINT_RADIUS * self.source.symbol_scale
        start = QPointF(a.x() + ux * gap, a.y() + uy * gap)
        painter.drawLine(start, b)
        head = 7.0
        left = QPointF(b.x() - ux * head - uy * head * 0.5, b.y() - uy * head + ux * head * 0.5)
        right = QPointF(b.x() - ux * head + uy * head * 0.5, b.y() - uy * head - ux * head * 0.5)
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([b, left, right]))


#: The P-number badges: screen pixels (they keep their size whatever the zoom).
LABEL_PIXELS = 11.0
LABEL_GAP = 3.0
TICK_PIXELS = 18.0


class SymptomLabelItem(QGraphicsItem):
    """"P1" beside a symptom area: a small badge centred on its position, which the layer puts
    just outside the area's edge (:func:`place_badge`), so it never covers the area.
    Screen-sized."""

    def __init__(self, uuid: str, text: str, kind: str) -> None:
        super().__init__()
        self.uuid = uuid
        self.text = text
        self.kind = kind
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(MARKS_Z + 2)
        font = QFont()
        font.setPixelSize(round(LABEL_PIXELS))
        font.setBold(True)
        from PySide6.QtGui import QFontMetricsF

        width = QFontMetricsF(font).horizontalAdvance(text) + 8
        height = LABEL_PIXELS + 6
        self._rect = QRectF(-width / 2, -height / 2, width, height)

    def badge_rect(self) -> QRectF:
        """The badge in item (pixel) coordinates, centred on the item's position."""
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_symptom_badge(painter, self._rect, self.text, self.kind, LABEL_PIXELS)


def _edge_at(path: QPainterPath, y: float, right: bool) -> float | None:
    """The area's outermost x on the row ``y`` (None when the row misses it)."""
    bounds = path.boundingRect()
    strip = QPainterPath()
    strip.addRect(QRectF(bounds.left() - 1, y - 0.5, bounds.width() + 2, 1.0))
    cut = path.intersected(strip).boundingRect()
    if cut.isEmpty():
        return None
    return cut.right() if right else cut.left()


def place_badge(
    path: QPainterPath, size: tuple[float, float], gap: float, outward_right: bool,
    obstacles: list[QPainterPath], taken: list[QRectF], bounds: QRectF,
) -> QRectF:
    """Where a badge of ``size`` (map units) goes beside an area: just outside its edge, on the
    outward side first, then the other side, above, below; the first place that covers no area
    (``obstacles``, the area itself among them) and no badge placed before (``taken``) and stays
    on the drawing.  When there is none, the first place clear of the other badges."""
    width, height = size
    box = path.boundingRect()
    centre = box.center()
    candidates: list[QRectF] = []
    rows = [centre.y(), box.top() + box.height() * 0.25, box.top() + box.height() * 0.75]
    for right in (outward_right, not outward_right):
        for y in rows:
            x = _edge_at(path, y, right)
            if x is None:
                continue
            left = x + gap if right else x - gap - width
            candidates.append(QRectF(left, y - height / 2, width, height))
    candidates.append(QRectF(centre.x() - width / 2, box.top() - gap - height, width, height))
    candidates.append(QRectF(centre.x() - width / 2, box.bottom() + gap, width, height))
    for right in (outward_right, not outward_right):  # the corners, a little further out
        x = box.right() + gap if right else box.left() - gap - width
        candidates.append(QRectF(x, box.top() - height, width, height))
        candidates.append(QRectF(x, box.bottom(), width, height))
    for rect in candidates:
        if not bounds.contains(rect) or any(rect.intersects(r) for r in taken):
            continue
        if not any(o.intersects(rect) for o in obstacles):
            return rect
    free = [r for r in candidates if not any(r.intersects(t) for t in taken)]
    return free[0] if free else candidates[0]


class TickItem(QGraphicsItem):
    """The tick (✓) at the centre of a region asked about and found clear.  Screen-sized."""

    def __init__(self, region: str) -> None:
        super().__init__()
        self.region = region
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(MARKS_Z + 1)
        self.setToolTip(QCoreApplication.translate("MarksLayer", "Asked about and clear"))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = TICK_PIXELS * 0.75
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_tick(painter, QPointF(0, 0), TICK_PIXELS)


def region_centre(path: QPainterPath, inside: tuple[float, float] | None = None) -> QPointF:
    """Where a region's tick goes: the centre of its outline, or a point surely inside it when
    the centre falls outside (a curved region)."""
    centre = path.boundingRect().center()
    if path.contains(centre) or inside is None:
        return centre
    return QPointF(*inside)


class MarksLayer(QObject):
    """Keeps one MarkItem per mark in the scene of the mark's view, and the link arrows."""

    def __init__(
        self,
        document: EpisodeDocument,
        scene_for_view: Callable[[str], QGraphicsScene | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._scene_for_view = scene_for_view
        self.items: dict[str, MarkItem] = {}
        self.links: dict[str, LinkItem] = {}
        self._ghost_items: dict[tuple[str, str], tuple[QGraphicsPathItem, str]] = {}
        self.far_links: list[QGraphicsSimpleTextItem] = []
        #: Areas are large; they only take clicks in the select tool, so that a trigger point
        #: can be placed on top of a painted area.
        self.areas_accept_mouse = False
        #: Point-symbol enlargement per view (see symbol_scale), set by the controller.
        self.symbol_scales: dict[str, float] = {}
        #: The P-number badges (uuid -> badge) and the ticks ((view, region) -> tick).
        self.labels: dict[str, SymptomLabelItem] = {}
        self.ticks: dict[tuple[str, str], TickItem] = {}
        document.mark_added.connect(self._add)
        document.mark_removed.connect(self._remove)
        document.mark_changed.connect(self._change)
        document.reset.connect(self._rebuild)
        document.cleared_changed.connect(self._sync_ticks)
        self._rebuild()

    def item(self, uuid: str) -> MarkItem | None:
        return self.items.get(uuid)

    def set_symbol_scale(self, view_id: str, scale: float) -> None:
        self.symbol_scales[view_id] = scale
        for item in self.items.values():
            if item.mark.view == view_id:
                item.set_symbol_scale(scale)
        for link in self.links.values():
            link.refresh()
        self._sync_labels()

    def set_areas_accept_mouse(self, accept: bool) -> None:
        self.areas_accept_mouse = accept
        for item in self.items.values():
            self._apply_mouse_policy(item)

    def _apply_mouse_policy(self, item: MarkItem) -> None:
        if item.is_area():
            buttons = Qt.MouseButton.AllButtons if self.areas_accept_mouse else Qt.MouseButton.NoButton
            item.setAcceptedMouseButtons(buttons)

    def _rebuild(self) -> None:
        for uuid in list(self.items):
            self._remove(uuid)
        for mark in self.document.marks():
            self._add(mark.uuid)
        self._sync_ticks()

    def _add(self, uuid: str) -> None:
        mark = self.document.mark(uuid)
        scene = self._scene_for_view(mark.view)
        if scene is None:
            return
        item = MarkItem(mark)
        item.set_symbol_scale(self.symbol_scales.get(mark.view, 1.0))
        self._apply_mouse_policy(item)
        scene.addItem(item)
        self.items[uuid] = item
        self._sync_links()

    def _remove(self, uuid: str) -> None:
        item = self.items.pop(uuid, None)
        if item is not None and item.scene() is not None:
            item.scene().removeItem(item)
        self._sync_links(leaving=uuid)

    def _change(self, uuid: str) -> None:
        item = self.items.get(uuid)
        if item is not None:
            item.update_from(self.document.mark(uuid))
        self._sync_links()

    def _sync_far_links(self) -> None:
        """A link whose trigger point is in another view (upper trapezius on the back sending
        pain to the temple on the front) cannot be an arrow: the area gets a caption instead."""
        for label in self.far_links:
            if shiboken6.isValid(label) and label.scene() is not None:
                label.scene().removeItem(label)
        self.far_links = []
        for item in self.items.values():
            source = self.items.get(item.mark.source_uuid or "")
            if source is None or source.scene() is item.scene() or item.scene() is None:
                continue
            muscle = _muscle_name(source.mark.muscle_key)
            view = view_label(source.mark.view) if source.mark.view in anatomy.VIEWS else ""
            text = QCoreApplication.translate("MarksLayer", "from the trigger point {muscle} ({view})")
            label = QGraphicsSimpleTextItem(" ".join(text.format(muscle=muscle, view=view).split()))
            font = QFont()
            font.setPixelSize(11)
            label.setFont(font)
            label.setBrush(QColor(KIND_COLOURS["trigger_point"]).darker(150))
            # Screen-sized, whatever the zoom, centred under the area.
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            bounds = item.sceneBoundingRect()
            label.setPos(bounds.center().x(), bounds.bottom())
            label.setTransform(QTransform.fromTranslate(-label.boundingRect().width() / 2, 2))
            label.setZValue(MARKS_Z + 1)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.scene().addItem(label)
            self.far_links.append(label)

    def _sync_ghosts(self, leaving: str | None = None) -> None:
        """Show in the other views where this episode has marks.

        A mark lives in one view, but its regions may be drawn in others too (the temple in the
        front view and in the head's side view): there, those regions get a faint tint in the
        mark's colour with a dotted edge, so a close view never looks pain-free when it is not.
        Only the tints that change are touched: this runs on every click.
        """
        wanted: dict[tuple[str, str], str] = {}
        for mark in self.document.marks():
            if mark.uuid == leaving:  # being removed: the document still holds it
                continue
            for region in mark.regions:
                info = anatomy.REGIONS.get(region)
                if info is None:
                    continue
                for view_id in info.views:
                    if view_id != mark.view:
                        wanted.setdefault((view_id, region), mark.kind)
        for key in list(self._ghost_items):
            ghost, kind = self._ghost_items[key]
            if wanted.get(key) != kind or not shiboken6.isValid(ghost):
                if shiboken6.isValid(ghost) and ghost.scene() is not None:
                    ghost.scene().removeItem(ghost)
                del self._ghost_items[key]
        for (view_id, region), kind in wanted.items():
            if (view_id, region) in self._ghost_items:
                continue
            scene = self._scene_for_view(view_id)
            if scene is None or not hasattr(scene, "region_path"):
                continue
            try:
                path = scene.region_path(region)
            except KeyError:
                continue
            ghost = QGraphicsPathItem(path)
            fill = QColor(KIND_COLOURS[kind])
            fill.setAlphaF(0.16)
            ghost.setBrush(fill)
            ghost.setPen(QPen(QColor(KIND_COLOURS[kind]).darker(130), 1.0, Qt.PenStyle.DotLine))
            ghost.setZValue(GHOST_Z)
            ghost.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            ghost.setToolTip(
                QCoreApplication.translate("MarksLayer", "Marked in another view of the body")
            )
            scene.addItem(ghost)
            self._ghost_items[(view_id, region)] = (ghost, kind)

    @property
    def ghosts(self) -> list[QGraphicsPathItem]:
        return [ghost for ghost, _kind in self._ghost_items.values()]

    def _sync_labels(self, leaving: str | None = None) -> None:
        """One "P<n>" badge per symptom area, just outside it (:func:`place_badge`): clear of
        every symptom area and of the other badges where there is room."""
        numbers = {
            u: n for u, n in symptom_numbers(self.document.marks()).items() if u != leaving
        }
        for uuid in list(self.labels):
            label = self.labels[uuid]
            item = self.items.get(uuid)
            stale = (
                uuid not in numbers
                or item is None
                or label.text != symptom_label(numbers[uuid])
                or label.kind != item.mark.kind
                or label.scene() is not item.scene()
            )
            if stale:
                if shiboken6.isValid(label) and label.scene() is not None:
                    label.scene().removeItem(label)
                del self.labels[uuid]
        taken: dict[int, list[QRectF]] = {}
        obstacles: dict[int, list[QPainterPath]] = {}
        for uuid in numbers:
            item = self.items.get(uuid)
            if item is not None and item.scene() is not None and item.is_area():
                obstacles.setdefault(id(item.scene()), []).append(item.mapToScene(item.shape()))
        for uuid, number in sorted(numbers.items(), key=lambda kv: kv[1]):
            item = self.items.get(uuid)
            if item is None or item.scene() is None or not item.is_area():
                continue
            scene = item.scene()
            label = self.labels.get(uuid)
            if label is None:
                label = SymptomLabelItem(uuid, symptom_label(number), item.mark.kind)
                scene.addItem(label)
                self.labels[uuid] = label
            # the badge's size in map units at the view's present zoom (it is screen-sized)
            views = scene.views()
            scale = views[0].transform().m11() if views else 1.0
            scale = scale if scale > 0 else 1.0
            badge = label.badge_rect()
            path = item.mapToScene(item.shape())
            outward_right = path.boundingRect().center().x() >= scene.sceneRect().center().x()
            rect = place_badge(
                path, (badge.width() / scale, badge.height() / scale), LABEL_GAP / scale,
                outward_right, obstacles.get(id(scene), []), taken.setdefault(id(scene), []),
                scene.sceneRect(),
            )
            taken[id(scene)].append(rect)
            label.setPos(rect.center())

    def _sync_ticks(self) -> None:
        """A tick at the centre of every cleared region, in each view that draws the region."""
        wanted: set[tuple[str, str]] = set()
        for region in self.document.cleared_regions():
            info = anatomy.REGIONS.get(region)
            if info is None:
                continue
            for view_id in info.views:
                wanted.add((view_id, region))
        for key in list(self.ticks):
            tick = self.ticks[key]
            if key not in wanted or not shiboken6.isValid(tick):
                if shiboken6.isValid(tick) and tick.scene() is not None:
                    tick.scene().removeItem(tick)
                del self.ticks[key]
        for view_id, region in sorted(wanted):
            if (view_id, region) in self.ticks:
                continue
            scene = self._scene_for_view(view_id)
            if scene is None or not hasattr(scene, "region_path"):
                continue
            try:
                path = scene.region_path(region)
                inside = scene.inside_point(region)
            except KeyError:
                continue
            if path.isEmpty():
                continue
            tick = TickItem(region)
            tick.setPos(region_centre(path, inside))
            scene.addItem(tick)
            self.ticks[(view_id, region)] = tick

    def _sync_links(self, leaving: str | None = None) -> None:
        self._sync_ghosts(leaving)
        self._sync_far_links()
        self._sync_labels(leaving)
        wanted: dict[str, tuple[MarkItem, MarkItem]] = {}
        for uuid, item in self.items.items():
            source_uuid = item.mark.source_uuid
            if source_uuid and source_uuid in self.items:
                source = self.items[source_uuid]
                if source.scene() is item.scene():
                    wanted[uuid] = (source, item)
        for uuid in list(self.links):
            link = self.links[uuid]
            if uuid not in wanted or wanted[uuid] != (link.source, link.target):
                if link.scene() is not None:
                    link.scene().removeItem(link)
                del self.links[uuid]
        for uuid, (source, target) in wanted.items():
            if uuid not in self.links:
                link = LinkItem(source, target)
                target.scene().addItem(link)
                self.links[uuid] = link
            else:
                self.links[uuid].refresh()
