"""Marking tools: what a click, a drag or a brush stroke on the map does to the episode.

The controller listens to the views (``map_clicked`` for single clicks) and, for the brush and
the eraser, filters the viewports' mouse events so a stroke paints instead of panning or
selecting.  Every change goes to the document as an undo command; a brush stroke or a drag is
one undo step.
"""

from __future__ import annotations

import copy

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from bodymap.anatomy import regions as anatomy
from bodymap.map.commands import (
    AddMarkCommand,
    MoveMarksCommand,
    RemoveMarkCommand,
    RenumberSymptomsCommand,
    SetClearedRegionsCommand,
    SetMarkPropertiesCommand,
)
from bodymap.map.document import CLEAR_THRESHOLD, EpisodeDocument
from bodymap.map.geometry import (
    clip_to_body,
    path_from_rings,
    point_regions,
    region_path,
    region_shares,
    rings_from_path,
    stroke_path,
)
from bodymap.map.marks import AREA_KINDS, KIND_COLOURS, MarkItem, MarksLayer, symbol_scale
from bodymap.map.tool_kinds import (
    AREA_TOOLS,
    BRUSH_TOOLS,
    DEFAULT_TOOL,
    FILL_TOOLS,
    POINT_TOOLS,
    Tool,
)
from bodymap.map.view import BodyMapView
from bodymap.map.widget import MapViews
from bodymap.store.records import SYMPTOM_KINDS, MarkRecord

DEFAULT_INTENSITY = 5
#: Atlas sites this close (map units) to a new trigger point are offered first.
ATLAS_SNAP_DISTANCE = 30.0


def likely_muscles(view: str, x: float, y: float, limit: int = 3) -> list[tuple[str, str, str]]:
    """(muscle key, English name, why) of the muscles a trigger point at (x, y) is likely in,
    most likely first (``atlas.muscles_at``): a site right at the point, then the muscles with a
    site in the region under the point (why = "site"), then sites close by in other regions
    ("near"), then the muscles the atlas ranks for the region ("refers").

    Only an offer: a new trigger point's muscle stays "not sure" (``None``) until the person
    picks one - a guess is never saved.
    """
    try:
        from bodymap.anatomy import atlas
    except ImportError:  # the atlas is optional for marking
        return []
    region = anatomy.region_at(view, x, y)
    found = atlas.muscles_at(view, x, y, region, max_distance=ATLAS_SNAP_DISTANCE, limit=limit)
    return [(m.key, m.name, why) for m, why in found]


class MarkingController(QObject):
    """Connects the map views, the document and the current tool."""

    #: The tool changed (Tool value string).
    tool_changed = Signal(str)
    #: The selected mark changed (uuid or "" for none).
    selection_changed = Signal(str)
    #: With the select tool, a region was clicked where there is no mark (view, region id):
    #: the atlas and the history use it.
    region_picked = Signal(str, str)
    #: A line for the status bar (why a click did nothing, what a tick did).
    message = Signal(str)

    def __init__(
        self,
        document: EpisodeDocument,
        views: MapViews,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        #: Every view by id; the map widget's :class:`MapViews` makes a close-up view when it
        #: is looked up (a mark drawn there), and this controller connects each view as it is
        #: made.
        self.views = views
        self.layer = MarksLayer(document, self._scene_for_view, self)
        self.tool = DEFAULT_TOOL
        self.brush_size = 12.0
        self.spasm_kind = "chronic"
        self.default_intensity = DEFAULT_INTENSITY
        self._stroke: list[QPointF] = []
        self._stroke_view: BodyMapView | None = None
        self._preview: QGraphicsPathItem | None = None
        self._selected = ""
        self._drag_start: dict[str, QPointF] = {}
        self._viewports: list[tuple[QObject, BodyMapView]] = []
        views.each_built(self._connect_view)  # a close-up view as its tab is made
        document.reset.connect(lambda: self._set_selected(""))
        document.mark_removed.connect(self._on_mark_removed)

    def _connect_view(self, view: BodyMapView) -> None:
        view.zoom_changed.connect(lambda _z, v=view: self._update_symbol_scale(v))
        view.map_clicked.connect(self._on_map_clicked)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # keys 1-9: the selected mark's intensity
        self._viewports.append((view.viewport(), view))
        view.body_scene().selectionChanged.connect(self._on_scene_selection)

    # -- public -----------------------------------------------------------------------------

    def _update_symbol_scale(self, view: BodyMapView) -> None:
        if shiboken6.isValid(view):
            self.layer.set_symbol_scale(view.view_id, symbol_scale(view.scale_factor()))

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        self.layer.set_areas_accept_mouse(tool is Tool.SELECT)
        self.tool_changed.emit(tool.value)

    def selected_uuid(self) -> str:
        return self._selected

    def select(self, uuid: str) -> None:
        for item in self.layer.items.values():
            item.setSelected(item.uuid == uuid)
        self._set_selected(uuid)

    def delete_selected(self) -> None:
        if self._selected and self.document.has_mark(self._selected):
            self.document.undo_stack.push(RemoveMarkCommand(self.document, self._selected))

    def set_properties(self, uuid: str, changes: dict[str, object], text: str = "Edit mark") -> None:
        mark = self.document.mark(uuid)
        if all(getattr(mark, k) == v for k, v in changes.items()):
            return
        self.document.undo_stack.push(SetMarkPropertiesCommand(self.document, uuid, changes, text))

    def add_point_mark(self, kind: str, view: str, x: float, y: float) -> MarkRecord | None:
        """Place a point mark; returns it (selected) or None if the point is off the body."""
        regions = point_regions(view, x, y)
        if not regions:
            return None
        mark = MarkRecord(
            kind=kind,
            view=view,
            geometry={"type": "point", "x": round(x, 1), "y": round(y, 1)},
            intensity=self.default_intensity,
            regions=regions,
            tp_state="active" if kind == "trigger_point" else None,
            spasm_kind=self.spasm_kind if kind == "spasm" else None,
        )
        # a trigger point's muscle stays "not sure" until the person picks one (the mark panel
        # offers the likely muscles); a guess is never stored
        self.document.undo_stack.push(AddMarkCommand(self.document, mark))
        self.select(mark.uuid)
        return mark

    def fill_region(self, view: str, region_id: str, kind: str = "referred_area") -> None:
        """Add the whole region to the selected area of ``kind`` (or start a new one):
        ``"referred_area"`` or ``"pain"``."""
        self._apply_area_change(view, region_path(view, region_id), erase=False, text="Fill region",
                                kind=kind)

    def paint(self, view: str, points: list[QPointF], erase: bool = False,
              kind: str = "referred_area") -> None:
        """One brush (or eraser) stroke through ``points`` in map units; a paint stroke adds to
        the selected area of ``kind``, an eraser stroke cuts the selected area of any kind."""
        # a click without a move is a dot (a zero-length line would cover nothing)
        points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        shape = stroke_path(points, self.brush_size)
        self._apply_area_change(view, shape, erase=erase, text="Erase" if erase else "Paint area",
                                kind=kind)

    # -- area editing -----------------------------------------------------------------------

    def _target_area(self, view: str, kind: str | None = None) -> MarkRecord | None:
        """The selected area in ``view``: of ``kind``, or of any area kind when None."""
        if self._selected and self.document.has_mark(self._selected):
            mark = self.document.mark(self._selected)
            kinds = AREA_KINDS if kind is None else (kind,)
            if mark.kind in kinds and mark.view == view:
                return mark
        return None

    def _apply_area_change(self, view: str, shape: QPainterPath, erase: bool, text: str,
                           kind: str = "referred_area") -> None:
        target = self._target_area(view, None if erase else kind)
        if erase:
            if target is None:
                return
            current = path_from_rings(target.geometry["polygons"])
            result = current.subtracted(shape).simplified()
        else:
            shape = clip_to_body(view, shape)
            if target is None:
                result = shape
            else:
                result = path_from_rings(target.geometry["polygons"]).united(shape).simplified()
        rings = rings_from_path(result)
        stack = self.document.undo_stack
        if target is None:
            if not rings:
                return
            regions = region_shares(view, result)
            symptom = kind in SYMPTOM_KINDS
            # An older or imported episode may have unranked areas or gaps: number them 1..n
            # first (in the order shown), so the new area comes last and no number shown moves.
            shown = [m.uuid for m in self.document.symptoms()]
            renumber = symptom and any(
                self.document.mark(u).rank != i for i, u in enumerate(shown, start=1))
            mark = MarkRecord(
                kind=kind,
                view=view,
                geometry={"type": "area", "polygons": rings},
                intensity=self.default_intensity,
                regions=regions,
                rank=len(shown) + 1 if symptom else None,
            )
            untick = self._ticks_covered(regions if symptom else {})
            macro = bool(untick) or renumber
            if macro:
                stack.beginMacro(QCoreApplication.translate("UndoCommand", text))
            if renumber:
                stack.push(RenumberSymptomsCommand(self.document, shown))
            stack.push(AddMarkCommand(self.document, mark))
            self._untick(untick)
            if macro:
                stack.endMacro()
            self.select(mark.uuid)
        elif not rings:
            stack.push(RemoveMarkCommand(self.document, target.uuid))
        else:
            regions = region_shares(view, result)
            untick = self._ticks_covered(regions if target.kind in SYMPTOM_KINDS and not erase else {})
            if untick:
                stack.beginMacro(QCoreApplication.translate("UndoCommand", text))
            self.set_properties(
                target.uuid,
                {"geometry": {"type": "area", "polygons": rings}, "regions": regions},
                text,
            )
            self._untick(untick)
            if untick:
                stack.endMacro()

    # -- the body chart: ticks and P-numbers ------------------------------------------------

    def _ticks_covered(self, regions: dict[str, float]) -> list[str]:
        """Ticked regions a symptom area would now cover."""
        return [r for r in self.document.cleared_regions() if regions.get(r, 0.0) >= CLEAR_THRESHOLD]

    def _untick(self, regions: list[str]) -> None:
        """Take the ticks of ``regions`` away (inside the macro the caller opened) and say so."""
        if not regions:
            return
        from bodymap.ui.labels import region_label

        kept = [r for r in self.document.cleared_regions() if r not in regions]
        self.document.undo_stack.push(SetClearedRegionsCommand(
            self.document, kept, QCoreApplication.translate("MarkingController", "Take tick away")))
        names = ", ".join(region_label(r) for r in regions)
        self.message.emit(QCoreApplication.translate(
            "MarkingController", "The tick on {regions} was taken away: there is a symptom there now"
        ).format(regions=names))

    def toggle_cleared(self, region: str) -> bool:
        """Tick a region "asked about and clear", or take its tick away; a region with a symptom
        in this episode cannot be ticked (the status bar says why).  True if something changed."""
        from bodymap.ui.labels import region_label

        cleared = self.document.cleared_regions()
        name = region_label(region)
        stack = self.document.undo_stack
        if region in cleared:
            stack.push(SetClearedRegionsCommand(
                self.document, [r for r in cleared if r != region],
                QCoreApplication.translate("MarkingController", "Take tick away")))
            self.message.emit(QCoreApplication.translate(
                "MarkingController", "{region}: tick taken away").format(region=name))
            return True
        if region in self.document.symptom_regions():
            self.message.emit(QCoreApplication.translate(
                "MarkingController",
                "{region} has a symptom in this episode, so it cannot be ticked as clear",
            ).format(region=name))
            return False
        stack.push(SetClearedRegionsCommand(
            self.document, [*cleared, region],
            QCoreApplication.translate("MarkingController", "Tick region as clear")))
        self.message.emit(QCoreApplication.translate(
            "MarkingController", "{region}: asked about and clear (ticked)").format(region=name))
        return True

    def reorder_symptoms(self, order: list[str]) -> None:
        """New P-numbers: ``order`` is every symptom area's uuid, P1 first (one undo step)."""
        current = [m.uuid for m in self.document.symptoms()]
        if sorted(order) != sorted(current):
            return
        ranks = {m.uuid: m.rank for m in self.document.symptoms()}
        if order == current and all(ranks[u] == i for i, u in enumerate(order, start=1)):
            return
        self.document.undo_stack.push(RenumberSymptomsCommand(
            self.document, order,
            QCoreApplication.translate("MarkingController", "Renumber symptoms")))

    def move_symptom(self, uuid: str, delta: int) -> bool:
        """Move a symptom area up (-1: P3 becomes P2) or down (+1) in the numbering."""
        order = [m.uuid for m in self.document.symptoms()]
        if uuid not in order:
            return False
        index = order.index(uuid)
        target = index + delta
        if not 0 <= target < len(order):
            return False
        order.insert(target, order.pop(index))
        self.reorder_symptoms(order)
        return True

    # -- events -----------------------------------------------------------------------------

    def _scene_for_view(self, view_id: str) -> QGraphicsScene | None:
        view = self.views.get(view_id)
        return None if view is None else view.body_scene()

    def _on_map_clicked(self, view: str, x: float, y: float, region: object) -> None:
        if self.tool in POINT_TOOLS:
            self.add_point_mark(POINT_TOOLS[self.tool], view, x, y)
        elif self.tool in FILL_TOOLS and isinstance(region, str):
            self.fill_region(view, region, AREA_TOOLS[self.tool])
        elif self.tool is Tool.CLEARED and isinstance(region, str):
            self.toggle_cleared(region)
        elif self.tool is Tool.SELECT:
            self.select("")
            if isinstance(region, str):
                self.region_picked.emit(view, region)

    def _on_scene_selection(self) -> None:
        selected = [
            item.uuid
            for item in self.layer.items.values()
            if shiboken6.isValid(item) and item.scene() is not None and item.isSelected()
        ]
        if selected:
            self._set_selected(selected[-1])
        elif self._selected and self.layer.item(self._selected) is not None:
            # a click on empty map in a point tool should not drop the last placed mark
            if self.tool is Tool.SELECT:
                self._set_selected("")

    def _on_mark_removed(self, uuid: str) -> None:
        if uuid == self._selected:
            self._set_selected("")

    def _set_selected(self, uuid: str) -> None:
        if uuid != self._selected:
            self._selected = uuid
            self.selection_changed.emit(uuid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._intensity_key(event)
        view = next((v for vp, v in self._viewports if vp is watched), None)
        if view is None or not shiboken6.isValid(view):
            return False
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show):
            # fit-to-window changes the scale without a zoom step
            QTimer.singleShot(0, self, lambda v=view: self._update_symbol_scale(v))
        if self.tool in BRUSH_TOOLS and isinstance(event, QMouseEvent):
            return self._brush_event(view, event)
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                self._drag_start = {
                    uuid: QPointF(item.pos()) for uuid, item in self.layer.items.items()
                }
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and self._drag_start:
                # let the view finish the drag, then turn whatever moved into one command
                QTimer.singleShot(0, self, self._commit_moves)
        return False

    def _intensity_key(self, event: QKeyEvent) -> bool:
        """On the map, 1-9 set the selected mark's intensity (0 stays "fit to window");
        Alt+Up / Alt+Down move the selected symptom area up or down the P-numbers."""
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self._selected and self.document.has_mark(self._selected):
                self.move_symptom(self._selected, -1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            return False
        if len(text) != 1 or text not in "123456789" or mods != Qt.KeyboardModifier.NoModifier:
            return False
        if not (self._selected and self.document.has_mark(self._selected)):
            return False
        self.set_properties(self._selected, {"intensity": int(text)}, "Change intensity")
        return True

    def _brush_event(self, view: BodyMapView, event: QMouseEvent) -> bool:
        kind = event.type()
        pos = view.scene_point(event.position())
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._stroke = [pos]
            self._stroke_view = view
            self._show_preview()
            return True
        if kind == QEvent.Type.MouseMove and self._stroke and self._stroke_view is view:
            if event.buttons() & Qt.MouseButton.LeftButton:
                self._stroke.append(pos)
                self._show_preview()
                return True
        if (
            kind == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and self._stroke
            and self._stroke_view is view
        ):
            self._stroke.append(pos)
            points, self._stroke = self._stroke, []
            self._clear_preview()
            self.paint(view.view_id, points, erase=self.tool is Tool.ERASER,
                       kind=AREA_TOOLS.get(self.tool, "referred_area"))
            return True
        return False

    def _show_preview(self) -> None:
        view = self._stroke_view
        if view is None:
            return
        shape = stroke_path(self._stroke, self.brush_size)
        if self._preview is None:
            self._preview = QGraphicsPathItem()
            kind = AREA_TOOLS.get(self.tool, "referred_area")
            colour = QColor("#555555" if self.tool is Tool.ERASER else KIND_COLOURS[kind])
            colour.setAlphaF(0.35)
            self._preview.setBrush(QBrush(colour))
            self._preview.setPen(QPen(Qt.PenStyle.NoPen))
            self._preview.setZValue(35)
            view.body_scene().addItem(self._preview)
        self._preview.setPath(shape)

    def _clear_preview(self) -> None:
        if self._preview is not None:
            scene = self._preview.scene()
            if scene is not None:
                scene.removeItem(self._preview)
            self._preview = None

    def _commit_moves(self) -> None:
        start, self._drag_start = self._drag_start, {}
        old: dict[str, tuple[dict[str, object], dict[str, float]]] = {}
        new: dict[str, tuple[dict[str, object], dict[str, float]]] = {}
        for uuid, item in self.layer.items.items():
            before = start.get(uuid)
            if before is None or before == item.pos():
                continue
            mark = self.document.mark(uuid)
            moved = _moved_geometry(mark, item)
            if moved is None:
                item.update_from(mark)  # dropped off the body: snap back
                continue
            old[uuid] = (copy.deepcopy(mark.geometry), dict(mark.regions))
            new[uuid] = moved
        if new:
            self.document.undo_stack.push(MoveMarksCommand(self.document, old, new))


def _moved_geometry(
    mark: MarkRecord, item: MarkItem
) -> tuple[dict[str, object], dict[str, float]] | None:
    if mark.geometry.get("type") == "area":
        dx, dy = item.pos().x(), item.pos().y()
        path = path_from_rings(mark.geometry["polygons"]).translated(dx, dy)
        path = clip_to_body(mark.view, path)
        rings = rings_from_path(path)
        if not rings:
            return None
        return {"type": "area", "polygons": rings}, region_shares(mark.view, path)
    x, y = round(item.pos().x(), 1), round(item.pos().y(), 1)
    regions = point_regions(mark.view, x, y)
    if not regions or anatomy.region_at(mark.view, x, y) is None:
        return None
    return {"type": "point", "x": x, "y": y}, regions
