"""Shapes in map units: conversions between stored rings and QPainterPath, areas, coverage.

A referred-pain area is stored as even-odd filled rings (``[[x, y], ...]`` lists) in the view's
viewBox units.  Painting works on QPainterPath (union with a brush stroke, subtraction for the
eraser); these helpers turn one into the other and measure what share of each region an area
covers, which is what the history and the atlas work with.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QPolygonF

from bodymap.anatomy import regions as anatomy

Ring = list[list[float]]


def path_from_rings(rings: Iterable[Sequence[Sequence[float]]]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        polygon = QPolygonF([QPointF(float(x), float(y)) for x, y in ring])
        path.addPolygon(polygon)
        path.closeSubpath()
    return path


def rings_from_path(path: QPainterPath, digits: int = 1) -> list[Ring]:
    """Flatten a path to rings (outlines and holes, filled even-odd), rounded to ``digits``
    decimals, dropping degenerate ones."""
    rings: list[Ring] = []
    for polygon in path.simplified().toSubpathPolygons():
        ring = [[round(p.x(), digits), round(p.y(), digits)] for p in polygon]
        if len(ring) > 1 and ring[0] == ring[-1]:
            ring.pop()
        if len(ring) >= 3 and abs(_ring_area(ring)) > 0.01:
            rings.append(ring)
    return rings


def _ring_area(ring: Sequence[Sequence[float]]) -> float:
    total = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return total / 2.0


def path_area(path: QPainterPath) -> float:
    """Area of a filled path, holes subtracted.

    The outlines of a simplified path do not cross; a ring inside an odd number of other rings
    is a hole.  (``toFillPolygons`` may fold a hole into its outline, which made holes count as
    filled.)
    """
    rings = [
        [(p.x(), p.y()) for p in polygon]
        for polygon in path.simplified().toSubpathPolygons()
        if polygon.size() >= 3
    ]
    total = 0.0
    for i, ring in enumerate(rings):
        x, y = ring[0]
        depth = sum(1 for j, other in enumerate(rings) if j != i and _inside(x, y, other))
        area = abs(_ring_area(ring))
        total += -area if depth % 2 else area
    return max(0.0, total)


def _inside(x: float, y: float, ring: Sequence[tuple[float, float]]) -> bool:
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


@lru_cache(maxsize=1024)
def region_path(view: str, region_id: str) -> QPainterPath:
    return path_from_rings(anatomy.region_rings(view, region_id))


@lru_cache(maxsize=1024)
def region_area(view: str, region_id: str) -> float:
    return path_area(region_path(view, region_id))


def stroke_path(points: Sequence[QPointF], width: float) -> QPainterPath:
    """The area a round brush of ``width`` covers along ``points``."""
    if not points:
        return QPainterPath()
    if len(points) == 1:
        path = QPainterPath()
        path.addEllipse(points[0], width / 2, width / 2)
        return path
    line = QPainterPath(points[0])
    for p in points[1:]:
        line.lineTo(p)
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line).simplified()


def clip_to_body(view: str, path: QPainterPath) -> QPainterPath:
    """Keep only the part of ``path`` that lies on the body."""
    return path.intersected(body_path(view)).simplified()


def united_all(paths: Sequence[QPainterPath]) -> QPainterPath:
    """The union of ``paths``, joined in pairs, then the pairs in pairs, and so on (not
    simplified).  A union costs with the size of both paths, so adding many paths one by one
    to a result that keeps growing takes several times as long for the same outline (the
    body's front, 94 regions: 32 -> 8 ms)."""
    level = list(paths)
    if not level:
        return QPainterPath()
    while len(level) > 1:
        level = [
            level[i].united(level[i + 1]) if i + 1 < len(level) else level[i]
            for i in range(0, len(level), 2)
        ]
    return level[0]


@lru_cache(maxsize=16)
def body_path(view: str) -> QPainterPath:
    """The outline of the whole body in ``view``, the union of its regions (cached; the first
    brush stroke on a view makes it)."""
    return united_all(
        [region_path(view, region_id) for region_id in anatomy.regions_in_view(view)]
    ).simplified()


def region_shares(view: str, path: QPainterPath, minimum: float = 0.005) -> dict[str, float]:
    """For each region the area touches, the share of that region it covers (0..1)."""
    bounds: QRectF = path.boundingRect()
    shares: dict[str, float] = {}
    if bounds.isEmpty():
        return shares
    for region_id in anatomy.regions_in_view(view):
        x0, y0, x1, y1 = anatomy.region_bbox(view, region_id)
        if x1 < bounds.left() or x0 > bounds.right() or y1 < bounds.top() or y0 > bounds.bottom():
            continue
        covered = path_area(path.intersected(region_path(view, region_id)))
        total = region_area(view, region_id)
        if total > 0:
            share = min(1.0, covered / total)
            if share >= minimum:
                shares[region_id] = round(share, 4)
    return shares


def point_regions(view: str, x: float, y: float) -> dict[str, float]:
    """A point mark touches the one region under it; its share is nominally zero-area."""
    region_id = anatomy.region_at(view, x, y)
    return {} if region_id is None else {region_id: 0.0}
