"""``BodyMapView``: shows one :class:`~bodymap.map.scene.BodyMapScene`, zooms, pans, hit-tests.

Interaction (chosen so that a plain left click always means "here"):

* **Left click** (press and release without moving more than the drag distance) emits
  :attr:`BodyMapView.map_clicked` with the point in map units and the region under it (or None).
  A press that a scene item accepts (e.g. a mark being dragged, added by the marking layer) is
  left to that item and is not reported as a click.
* **Pan** by dragging with the **middle button**, or by holding **Space** and dragging with the
  left button (as in drawing programs).  Left-drag alone never pans, so a shaky hand cannot turn a
  click into a scroll.  The scroll bars appear when zoomed in.
* **Zoom** with the wheel (anchored under the pointer, proportional to ``angleDelta()`` so that
  high-resolution wheels zoom smoothly), pinch (``QPinchGesture`` on touch screens, native zoom
  gestures on touchpads), ``+`` / ``=`` / ``-`` / ``0`` with or without Ctrl.  Zoom is relative to
  "fit": it is clamped to ``1 .. MAX_ZOOM`` times the scale at which the whole view fits.  Until
  the user zooms, the view re-fits itself whenever it is shown or resized.
* **Hover** highlights the region under the pointer, shows its name as a tool tip and emits
  :attr:`BodyMapView.region_hovered`.
* **Keyboard**: the view takes focus (Tab still moves on).  The arrow keys move a keyboard-focus
  region to the nearest region in that direction (between the regions' inside points); Enter or
  Space selects it, which emits ``map_clicked`` at its inside point.  Space is "select" when it is
  released without a drag in between and "pan" while it is held during a drag.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGestureEvent,
    QGraphicsView,
    QPinchGesture,
    QToolTip,
    QWidget,
)

from bodymap.map.scene import BodyMapScene
from bodymap.ui.labels import region_label

#: One zoom step (a wheel notch, a key press, a toolbar button).
ZOOM_STEP = 1.25
#: Largest zoom, relative to the scale at which the whole view fits the window.
MAX_ZOOM = 8.0
#: Fraction of the window the drawing fills at "fit" (a little breathing room).
FIT_MARGIN = 0.96


class BodyMapView(QGraphicsView):
    """An interactive view of one body view's scene."""

    #: (view_id, x, y, region_id | None) in map units: a left click or Enter/Space on a region.
    map_clicked = Signal(str, float, float, object)
    #: (view_id, region_id) Enter or Space on the keyboard-focus region, just before its
    #: ``map_clicked``: the window says what the keys do when no marking tool is chosen.
    keyboard_activated = Signal(str, object)
    #: (view_id, region_id | None) when the region under the pointer changes.
    region_hovered = Signal(str, object)
    #: The zoom relative to fit (1.0 = whole view visible) after every change.
    zoom_changed = Signal(float)

    def __init__(self, scene: BodyMapScene | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport of our own making, the same plain QWidget Qt makes (set up alike by
        # setViewport: tests/test_map_widget.py compares the two).  Qt's own is an object Python
        # has not seen: wrapping it at the first viewport() call has PySide find its Python type
        # among every QtWidgets class, creating their enum types (about 70, 7 ms at start-up).
        self.setViewport(QWidget())
        if isinstance(scene, str):
            scene = BodyMapScene(scene, self)
        self._scene = scene
        self.setScene(scene)
        self.view_id = scene.view_id

        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
            | QPainter.RenderHint.TextAntialiasing
        )
        # The drawing is vector: no background cache, so it is crisp at every zoom.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setMinimumSize(120, 160)

        self._zoom = 1.0
        self._user_zoomed = False
        self._hovered: str | None = None
        self._press_pos: QPointF | None = None
        self._pan_last: QPointF | None = None
        self._space_down = False
        self._space_panned = False
        self._pinch_start_zoom = 1.0
        scene.apply_palette(self.palette())
        self._apply_zoom(1.0, None)

    # -- accessors -----------------------------------------------------------------------
    def body_scene(self) -> BodyMapScene:
        return self._scene

    def zoom(self) -> float:
        """Zoom relative to fit (1.0 .. MAX_ZOOM)."""
        return self._zoom

    def scale_factor(self) -> float:
        """The transform's scale: device-independent pixels per map unit."""
        return self.transform().m11()

    def user_zoomed(self) -> bool:
        return self._user_zoomed

    def hovered_region(self) -> str | None:
        return self._hovered

    def focus_region(self) -> str | None:
        return self._scene.focus_region

    def scene_point(self, viewport_pos: QPointF | QPoint) -> QPointF:
        """A viewport position in map units, with sub-pixel precision."""
        inverse, _ok = self.viewportTransform().inverted()
        return inverse.map(QPointF(viewport_pos))

    # -- zoom ----------------------------------------------------------------------------
    def fit_scale(self) -> float:
        rect = self.sceneRect()
        vp = self.viewport().size()
        if rect.isEmpty() or vp.width() <= 0 or vp.height() <= 0:
            return 1.0
        return FIT_MARGIN * min(vp.width() / rect.width(), vp.height() / rect.height())

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_to_window(self) -> None:
        """Show the whole view; the view keeps fitting on resize until the user zooms again."""
        self._user_zoomed = False
        self._apply_zoom(1.0, None)
        self.centerOn(self.sceneRect().center())

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``zoom`` x fit (clamped), keeping the map point under ``anchor`` (viewport
        coordinates; default the centre of the window) where it is."""
        self._user_zoomed = True
        self._apply_zoom(zoom, anchor)

    def _apply_zoom(self, zoom: float, anchor: QPointF | None) -> None:
        zoom = min(max(zoom, 1.0), MAX_ZOOM)
        vp_rect = QRectF(self.viewport().rect())
        if anchor is None:
            anchor = vp_rect.center()
        fixed = self.scene_point(anchor)
        scale = self.fit_scale() * zoom
        self.setTransform(QTransform.fromScale(scale, scale))
        # Put the anchored map point back under the anchor.
        offset = (QPointF(anchor) - vp_rect.center()) / scale
        self.centerOn(fixed - offset)
        changed = not math.isclose(zoom, self._zoom)
        self._zoom = zoom
        if changed:
            self.zoom_changed.emit(zoom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._user_zoomed:
            self.fit_to_window()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_zoomed:
            self.fit_to_window()
        else:
            # Keep the absolute scale, but never smaller than "fit" nor above the clamp.
            fit = self.fit_scale()
            self._apply_zoom(self.scale_factor() / fit if fit > 0 else 1.0, None)

    def wheelEvent(self, event: QWheelEvent) -> None:
        dy = event.angleDelta().y()
        if dy == 0:
            super().wheelEvent(event)  # horizontal wheel / tilt: scroll sideways
            return
        self.set_zoom(self._zoom * ZOOM_STEP ** (dy / 120.0), event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        etype = event.type()
        if etype == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                if pinch.state() == Qt.GestureState.GestureStarted:
                    self._pinch_start_zoom = self._zoom
                anchor = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_zoom(self._pinch_start_zoom * pinch.totalScaleFactor(), QPointF(anchor))
                event.accept(pinch)
                return True
        if etype == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.set_zoom(self._zoom * (1.0 + event.value()), event.position())
                event.accept()
                return True
            if event.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                if self._zoom > 1.0:
                    self.fit_to_window()
                else:
                    self.set_zoom(2.0, event.position())
                return True
        if etype == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            region = self._region_at_viewport(QPointF(pos))
            if region is not None:
                QToolTip.showText(event.globalPos(), region_label(region), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- hover and click -----------------------------------------------------------------
    def _region_at_viewport(self, pos: QPointF) -> str | None:
        p = self.scene_point(pos)
        return self._scene.region_at(p.x(), p.y())

    def _set_hovered(self, region_id: str | None) -> None:
        if region_id == self._hovered:
            return
        self._hovered = region_id
        self._scene.set_highlighted_region(region_id)
        self.region_hovered.emit(self.view_id, region_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._start_pan(event.position())
            event.accept()
            return
        super().mousePressEvent(event)  # scene items (marks) get their chance first
        if button == Qt.MouseButton.LeftButton and not event.isAccepted():
            self._press_pos = event.position()
            event.accept()
        else:
            self._press_pos = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_last is not None:
            delta = event.position() - self._pan_last
            self._pan_last = event.position()
            self._space_panned = True
            hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
            hbar.setValue(hbar.value() - round(delta.x()))
            vbar.setValue(vbar.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        self._set_hovered(self._region_at_viewport(event.position()))
        if self._press_pos is not None:
            moved = (event.position() - self._press_pos).manhattanLength()
            if moved > QApplication.startDragDistance():
                self._press_pos = None  # a drag, not a click

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_last is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_last = None
            self._update_cursor()
            event.accept()
            return
        press = self._press_pos
        self._press_pos = None
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position() - press).manhattanLength() > QApplication.startDragDistance():
            return
        p = self.scene_point(event.position())
        region = self._scene.region_at(p.x(), p.y())
        # Arrow keys continue from the region last clicked (outline shown only when used).
        if region is not None:
            self._scene.set_focus_region(region, shown=False)
        self.map_clicked.emit(self.view_id, p.x(), p.y(), region)
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._set_hovered(None)

    def _start_pan(self, pos: QPointF) -> None:
        self._pan_last = QPointF(pos)
        self._press_pos = None
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _update_cursor(self) -> None:
        if self._pan_last is not None:
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        elif self._space_down:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    # -- keyboard ------------------------------------------------------------------------
    _DIRECTIONS = {
        Qt.Key.Key_Left: (-1.0, 0.0),
        Qt.Key.Key_Right: (1.0, 0.0),
        Qt.Key.Key_Up: (0.0, -1.0),
        Qt.Key.Key_Down: (0.0, 1.0),
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier)
        # "+" needs Shift on many keyboards (Shift+= on a US one): accept it with Shift too.
        shifted = mods in (
            Qt.KeyboardModifier.ShiftModifier,
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        )
        if (plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)) or (
            shifted and key == Qt.Key.Key_Plus
        ):
            self.zoom_in()
        elif plain and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif plain and key == Qt.Key.Key_0:
            self.fit_to_window()
        elif key in self._DIRECTIONS and mods == Qt.KeyboardModifier.NoModifier:
            self.move_focus(*self._DIRECTIONS[key])
        elif (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier
        ):
            self.activate_focus_region()
        elif key == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier:
            if not event.isAutoRepeat():
                self._space_down = True
                self._space_panned = False
                self._update_cursor()
        elif key == Qt.Key.Key_Escape and self._scene.focus_region is not None:
            self._scene.set_focus_region(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            panned = self._space_panned or self._pan_last is not None
            self._pan_last = None
            self._update_cursor()
            if not panned:
                self.activate_focus_region()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            if self._scene.focus_region is None:
                self.set_focus_region(self._start_region())
            else:
                self._scene.show_focus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._space_down = False
        self._pan_last = None
        self._update_cursor()
        self._scene.show_focus(False)

    def set_focus_region(self, region_id: str | None) -> None:
        """Move the keyboard focus to a region (outlined) and scroll it into view."""
        self._scene.set_focus_region(region_id, shown=True)
        if region_id is not None:
            x, y = self._scene.inside_point(region_id)
            margin = 40
            self.ensureVisible(QRectF(x - 1, y - 1, 2, 2), margin, margin)
            # name it, as hovering does: a keyboard user cannot see a tooltip
            self.region_hovered.emit(self.view_id, region_id)

    def _start_region(self) -> str | None:
        """Where keyboard navigation starts: the hovered region, else the one nearest a point a
        third of the way down the visible part of the map (the upper body, where people read
        from, rather than the groin at the centre)."""
        if self._hovered is not None:
            return self._hovered
        ids = self._scene.region_ids()
        if not ids:
            return None
        rect = QRectF(self.viewport().rect())
        c = self.scene_point(QPointF(rect.center().x(), rect.top() + rect.height() / 3))
        return min(
            ids,
            key=lambda r: math.dist(self._scene.inside_point(r), (c.x(), c.y())),
        )

    def move_focus(self, dx: float, dy: float) -> str | None:
        """Move the keyboard focus to the nearest region in direction (dx, dy); returns it."""
        current = self._scene.focus_region
        if current is None or current not in self._scene.region_ids():
            target = self._start_region()
        else:
            target = self.neighbour(current, dx, dy) or current
        self.set_focus_region(target)
        return target

    def neighbour(self, region_id: str, dx: float, dy: float) -> str | None:
        """The nearest region whose inside point lies in direction (dx, dy) from this one's.

        Distance along the direction counts once, distance across it three times, so "up" from
        the knee goes to the thigh above rather than to the other knee; only regions inside a
        60-degree cone on either side of the direction are candidates.
        """
        px, py = self._scene.inside_point(region_id)
        best: str | None = None
        best_score = math.inf
        for other in self._scene.region_ids():
            if other == region_id:
                continue
            qx, qy = self._scene.inside_point(other)
            vx, vy = qx - px, qy - py
            along = vx * dx + vy * dy
            across = abs(vx * dy - vy * dx)
            if along <= 1e-6 or across > along * math.tan(math.radians(60)):
                continue
            score = along + 3.0 * across
            if score < best_score:
                best, best_score = other, score
        return best

    def activate_focus_region(self) -> None:
        """Select the keyboard-focus region: emits ``map_clicked`` at its inside point."""
        region = self._scene.focus_region
        if region is None:
            self.set_focus_region(self._start_region())
            return
        self._scene.show_focus(True)
        x, y = self._scene.inside_point(region)
        self.keyboard_activated.emit(self.view_id, region)
        self.map_clicked.emit(self.view_id, x, y, region)

    # -- palette -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._scene.apply_palette(self.palette())
