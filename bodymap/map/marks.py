"""Graphics items for the marks, and the layer that mirrors an :class:`EpisodeDocument`.

Kinds are told apart by shape first and colour second, so that people who do not see colour
well (and black-and-white copies) still can: trigger point = circle with the intensity inside
(filled when active, an open ring when latent, dashed when resolved); referred-pain area =
hatched fill with an outline; plain pain area ("it hurts here") = a plain tint with a solid,
heavier outline and no hatching; spasm = a six-pointed star; tender point = a diamond with a cross.
Colour strength follows the intensity.  The colours are from the Okabe–Ito palette.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
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
from bodymap.store.records import MarkRecord

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
}
#: Mark kinds drawn as painted areas (the brush and the region fill make them).
AREA_KINDS = ("referred_area", "pain")
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
    plain tint (no hatch) with a solid, heavier outline, so the two differ in greyscale too."""
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


def _muscle_name(key: str | None) -> str:
    """The atlas name of a muscle, in Italian for an Italian reader (the atlas has both)."""
    if not key:
        return ""
    from PySide6.QtCore import QLocale

    from bodymap.anatomy import atlas

    try:
        names = atlas.get(key).names
    except KeyError:
        return key.replace("_", " ")
    name = names["it"] if QLocale().language() == QLocale.Language.Italian else names["en"]
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
            fill, hatch, outline = area_brushes(self.mark)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPath(self._area_path)
            painter.setBrush(hatch)
            painter.drawPath(self._area_path)
            if selected:
                outline = QPen(QColor("#1a1a1a"), 1.6, Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(outline)
            painter.drawPath(self._area_path)
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
        document.mark_added.connect(self._add)
        document.mark_removed.connect(self._remove)
        document.mark_changed.connect(self._change)
        document.reset.connect(self._rebuild)
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
            view = anatomy.VIEWS[source.mark.view].label if source.mark.view in anatomy.VIEWS else ""
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

    def _sync_links(self, leaving: str | None = None) -> None:
        self._sync_ghosts(leaving)
        self._sync_far_links()
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
