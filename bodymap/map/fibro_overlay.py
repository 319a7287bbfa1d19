"""The fibromyalgia overlay: the 19 WPI areas lit on the body, and the 18 tender-point sites.

:class:`FibroOverlay` puts its items on the body-map scenes it is given, like the heat map and
the atlas overlay do: region fills on the ``REGION_OVERLAY`` layer (under the person's marks),
tender-point sites just under the marks.  The Fibromyalgia panel shows it only while it is on
show.

* A **ticked area** (in the WPI the person confirms) is every region that rolls up to it
  (``scores.regions_of_area``) tinted sky blue with a dotted texture and a solid outline around
  the whole area; an area the **map suggests but the person unticked** keeps only a dashed
  outline, so the adjustment can be seen.  Texture and line style carry the meaning, not the
  colour alone.
* A **tender-point site** (ACR 1990) is a small square (not a circle: trigger points are circles;
  not the diamond of a tender-point mark either, because this is a template): open when not
  examined or not tender, filled with a tick when tender.  Its name is its tool tip.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from bodymap.anatomy import scores
from bodymap.map.scene import MARKS, REGION_OVERLAY

AREA_COLOUR = QColor("#56B4E9")  # sky blue (Okabe-Ito): not a mark colour
TENDER_COLOUR = QColor("#009E73")  # the tender-point green of the marks
SITE_HALF = 6.5


#: area_paths' answers by (view, regions present): uniting the outlines takes about 100 ms for
#: the five views, too long for the UI thread when the Fibromyalgia panel first comes on show,
#: so the warm-up thread makes them beforehand (:func:`prepare_area_paths`).
_AREA_PATHS: dict[tuple[str, frozenset[str]], dict[str, QPainterPath]] = {}
#: Guards the dict only: the outlines are made outside it (see area_paths).
_AREA_PATHS_LOCK = threading.Lock()


def area_paths(view_id: str, region_ids: Iterable[str],
               between: Callable[[], None] | None = None) -> dict[str, QPainterPath]:
    """WPI area -> the outline of its regions present in a view (regions of no area left out).
    Made once per view and set of regions (any thread: QPainterPath is not tied to the GUI
    thread), then reused.  ``between`` is called before each area is made (the warm-up
    thread waits there for the window's turn).  Two threads asking at once may both make
    it; the first one's stays."""
    key = (view_id, frozenset(region_ids))
    with _AREA_PATHS_LOCK:
        paths = _AREA_PATHS.get(key)
    if paths is None:
        # Made outside the lock: the warm-up thread waits for the window's turns while it
        # makes them, and the UI thread must never wait on a lock held across those waits.
        made = _unite_areas(view_id, key[1], between)
        with _AREA_PATHS_LOCK:
            paths = _AREA_PATHS.setdefault(key, made)
    return dict(paths)  # the paths are values (copied on write): only the dict is shared


def _unite_areas(view_id: str, present: frozenset[str],
                 between: Callable[[], None] | None) -> dict[str, QPainterPath]:
    from PySide6.QtGui import QPainterPathStroker

    from bodymap.map.geometry import region_path, united_all

    out: dict[str, QPainterPath] = {}
    # A thin stroke around each region closes the hairline gaps between neighbours, so the
    # outline goes round the whole area and not round every region.
    stroker = QPainterPathStroker()
    stroker.setWidth(1.6)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for area in scores.AREA_IDS:
        regions = [r for r in scores.regions_of_area(area) if r in present]
        if not regions:
            continue
        if between is not None:
            between()
        shapes = [region_path(view_id, region) for region in regions]
        path = united_all([*shapes, *map(stroker.createStroke, shapes)])
        if not path.isEmpty():
            out[area] = path.simplified()
    return out


def drawn_regions(view_id: str) -> list[str]:
    """The regions a body-map scene draws in a view (``BodyScene.region_ids``): those listed
    for it that have a place inside it."""
    from bodymap.anatomy import regions as anatomy

    ids = []
    for rid in anatomy.regions_in_view(view_id):
        try:
            anatomy.inside_point(view_id, rid)
        except KeyError:
            continue
        ids.append(rid)
    return ids


def prepare_area_paths(between: Callable[[], None] | None = None) -> None:
    """Make the area outlines of every view, as the map's scenes will ask for them (for the
    warm-up thread: ``between`` is called before each area, a few milliseconds apart; the
    front view's areas took 60 ms in one piece, in which the window waited for the
    interpreter lock at every call into Python)."""
    from bodymap.anatomy import regions as anatomy

    for view_id in anatomy.VIEWS:
        area_paths(view_id, drawn_regions(view_id), between)


def site_path(x: float, y: float, half: float = SITE_HALF) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x - half, y - half, 2 * half, 2 * half), half * 0.3, half * 0.3)
    return path


class FibroOverlay:
    """The lit WPI areas and the tender-point template across all given scenes."""

    def __init__(self, scenes: Mapping[str, QGraphicsScene]) -> None:
        self.scenes = dict(scenes)
        self._paths: dict[str, dict[str, QPainterPath]] = {}
        self.area_items: list[QGraphicsItem] = []
        self.site_items: dict[str, QGraphicsPathItem] = {}
        self.ticked: frozenset[str] = frozenset()
        self.suggested: frozenset[str] = frozenset()

    # -- areas ------------------------------------------------------------------------------

    def _area_paths(self, view_id: str, scene: QGraphicsScene) -> dict[str, QPainterPath]:
        if view_id not in self._paths:
            ids = scene.region_ids() if hasattr(scene, "region_ids") else []
            self._paths[view_id] = area_paths(view_id, ids)
        return self._paths[view_id]

    def show_areas(self, ticked: Iterable[str], suggested: Iterable[str] = (),
                   names: Mapping[str, str] | None = None) -> None:
        """Tint the ticked areas; outline (dashed) those suggested by the map but unticked."""
        self.clear_areas()
        self.ticked, self.suggested = frozenset(ticked), frozenset(suggested)
        names = names or {}
        fill = QColor(AREA_COLOUR)
        fill.setAlphaF(0.42)
        edge = AREA_COLOUR.darker(170)
        for view_id, scene in self.scenes.items():
            for area, path in self._area_paths(view_id, scene).items():
                lit = area in self.ticked
                if not lit and area not in self.suggested:
                    continue
                layers: list[tuple[QBrush, QPen, float]] = []
                if lit:
                    layers.append((QBrush(fill), QPen(Qt.PenStyle.NoPen), 0.0))
                    layers.append((QBrush(edge, Qt.BrushStyle.Dense6Pattern),
                                   QPen(Qt.PenStyle.NoPen), 0.2))
                    pen = QPen(edge, 2.2)
                else:
                    pen = QPen(edge, 1.8, Qt.PenStyle.DashLine)
                layers.append((QBrush(Qt.BrushStyle.NoBrush), pen, 0.5))
                for brush, line, dz in layers:
                    item = QGraphicsPathItem(path)
                    item.setBrush(brush)
                    item.setPen(line)
                    item.setZValue(REGION_OVERLAY + dz)
                    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                    item.setToolTip(names.get(area, area))
                    scene.addItem(item)
                    self.area_items.append(item)

    def clear_areas(self) -> None:
        for item in self.area_items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.area_items = []

    # -- tender points ----------------------------------------------------------------------

    def show_tender_sites(self, tender: Iterable[str], names: Mapping[str, str] | None = None) -> None:
        """The 18 sites on their views; the tender ones filled with a tick."""
        self.clear_tender_sites()
        tender_set = set(tender)
        names = names or {}
        for tid, site in scores.tender_sites().items():
            scene = self.scenes.get(site.view)
            if scene is None:
                continue
            is_tender = tid in tender_set
            path = site_path(site.x, site.y)
            if is_tender:
                h = SITE_HALF * 0.55
                path.moveTo(site.x - h, site.y)
                path.lineTo(site.x - h * 0.2, site.y + h * 0.8)
                path.lineTo(site.x + h, site.y - h * 0.8)
            item = QGraphicsPathItem(path)
            item.setPen(QPen(TENDER_COLOUR.darker(150) if is_tender else QColor("#2b2b2b"),
                             1.8 if is_tender else 1.4))
            item.setBrush(QBrush(TENDER_COLOUR.lighter(120) if is_tender else QColor(255, 255, 255, 215)))
            item.setZValue(MARKS - 1)  # under the person's own marks
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setAcceptHoverEvents(True)
            item.setToolTip(names.get(tid, tid))
            item.setData(0, tid)
            scene.addItem(item)
            self.site_items[tid] = item

    def clear_tender_sites(self) -> None:
        for item in self.site_items.values():
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.site_items = {}

    def site_centre(self, tender_id: str) -> QPointF:
        site = scores.tender_site(tender_id)
        return QPointF(site.x, site.y)

    def clear(self) -> None:
        self.clear_areas()
        self.clear_tender_sites()
