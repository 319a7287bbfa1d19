"""Draws one muscle's pattern from the atlas on the map: its referral zone (essential solid and
densely hatched, spillover pale and sparsely dotted, so the two differ in black and white too)
and its trigger-point sites (crosses in circles), on the chosen side."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from bodymap.anatomy import atlas
from bodymap.anatomy import regions as anatomy
from bodymap.map.geometry import region_path
from bodymap.map.scene import MARKS, REGION_OVERLAY

ZONE_COLOUR = QColor("#E69F00")  # orange (Okabe-Ito)
SITE_COLOUR = QColor("#D55E00")
SITE_RADIUS = 8.0


def sides_for(side: str) -> tuple[str, ...]:
    return ("right", "left") if side == "both" else (side,)


def _zone_items(view: str, zones: list[atlas.Zone]) -> list[QGraphicsItem]:
    present = set(anatomy.regions_in_view(view))
    items: list[QGraphicsItem] = []
    for strength in (atlas.SPILLOVER, atlas.ESSENTIAL):
        path = QPainterPath()
        for zone in zones:
            if zone.strength == strength and zone.region in present:
                path = path.united(region_path(view, zone.region))
        if path.isEmpty():
            continue
        fill = QColor(ZONE_COLOUR)
        fill.setAlphaF(0.55 if strength == atlas.ESSENTIAL else 0.22)
        pattern = Qt.BrushStyle.FDiagPattern if strength == atlas.ESSENTIAL else Qt.BrushStyle.Dense6Pattern
        for brush in (QBrush(fill), QBrush(QColor(ZONE_COLOUR).darker(170), pattern)):
            item = QGraphicsPathItem(path.simplified())
            item.setBrush(brush)
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setZValue(REGION_OVERLAY)
            items.append(item)
        outline = QGraphicsPathItem(path.simplified())
        pen = QPen(QColor(ZONE_COLOUR).darker(150), 1.2)
        if strength == atlas.SPILLOVER:
            pen.setStyle(Qt.PenStyle.DashLine)
        outline.setPen(pen)
        outline.setZValue(REGION_OVERLAY + 0.5)
        items.append(outline)
    return items


def _site_item(site: atlas.Site, tooltip: str) -> QGraphicsItem:
    path = QPainterPath()
    c = QPointF(site.x, site.y)
    path.addEllipse(c, SITE_RADIUS, SITE_RADIUS)
    d = SITE_RADIUS * 0.6
    path.moveTo(c.x() - d, c.y() - d)
    path.lineTo(c.x() + d, c.y() + d)
    path.moveTo(c.x() - d, c.y() + d)
    path.lineTo(c.x() + d, c.y() - d)
    item = QGraphicsPathItem(path)
    item.setPen(QPen(SITE_COLOUR.darker(120), 2.0))
    item.setBrush(QBrush(QColor(255, 255, 255, 200)))
    item.setZValue(MARKS - 1.5)  # under the person's own marks
    item.setToolTip(tooltip)
    return item


class AtlasOverlay:
    """Shows at most one muscle at a time across all scenes."""

    def __init__(self, scenes: dict[str, QGraphicsScene]) -> None:
        self.scenes = scenes
        self.items: list[QGraphicsItem] = []
        self.muscle: atlas.Muscle | None = None
        self.side = "right"

    def show(self, muscle: atlas.Muscle, side: str) -> None:
        self.clear()
        self.muscle, self.side = muscle, side
        zones: list[atlas.Zone] = []
        for s in sides_for(side):
            zones.extend(muscle.zones(s))
        for view, scene in self.scenes.items():
            for item in _zone_items(view, zones):
                scene.addItem(item)
                self.items.append(item)
        for s in sides_for(side):
            for site in muscle.sites(s):
                scene = self.scenes.get(site.view)
                if scene is None:
                    continue
                item = _site_item(site, f"{muscle.name}: {site.text}")
                scene.addItem(item)
                self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)
        self.items = []
        self.muscle = None
