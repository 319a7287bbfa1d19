"""The scene of one body view: the drawing, the region highlight and the layers above it.

Coordinates: the scene rect *is* the view's SVG ``viewBox`` (map units, e.g. 600 x 1000 for the
front view).  Marks stored in these units never move when the user zooms, on a HiDPI screen or in
print; the view only changes the transform.

Layers (z-values), so other parts of the map can slot in without knowing each other:

============== ===== ======================================================================
constant       z     what lives there
============== ===== ======================================================================
BODY           0     the body drawing (one ``QGraphicsSvgItem``, the scene's ``QSvgRenderer``)
REGION_OVERLAY 10    region fills drawn over the body: heat maps, trigger-point atlas zones
HIGHLIGHT      20    hover highlight (20) and keyboard-focus outline (21, 22)
MARKS          30    the user's marks (trigger points, pain areas)
LABELS         40    side labels ("R" / "L") when the drawing lacks them, captions; on top
============== ===== ======================================================================

Reuse :meth:`BodyMapScene.region_path` (cached, even-odd ``QPainterPath`` in map units) for
anything region-shaped: heat maps, atlas zones, selections, print.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QFile,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from bodymap.anatomy import regions as anatomy

# -- z-value layers --------------------------------------------------------------------------
BODY = 0.0
REGION_OVERLAY = 10.0
HIGHLIGHT = 20.0
MARKS = 30.0
LABELS = 40.0

#: Largest body pixmap cache (device pixels); beyond it the SVG is painted directly.
MAX_BODY_CACHE = QSize(2560, 2560)

#: The repository root (for the file fallback of :func:`svg_source`).
REPO_ROOT = Path(__file__).resolve().parents[2]

_resources_loaded = False


def _load_resources() -> None:
    """Import the compiled Qt resources once, if they have been generated yet."""
    global _resources_loaded
    if _resources_loaded:
        return
    _resources_loaded = True
    try:
        import bodymap.resources_rc  # noqa: F401  (registers :/bodymap/...)
    except ImportError:
        pass


def svg_source(view: anatomy.View | str) -> str:
    """Where to load a view's SVG from: the Qt resource if it is compiled in, else the file.

    The resource path is ``:/bodymap/assets/body/<svg_file>``; the fallback is
    ``<repo>/assets/body/<svg_file>`` (used while ``resources_rc.py`` lags behind the drawing).
    """
    if isinstance(view, str):
        view = anatomy.VIEWS[view]
    _load_resources()
    resource = f":/bodymap/assets/body/{view.svg_file}"
    if QFile.exists(resource):
        return resource
    return str(REPO_ROOT / "assets" / "body" / view.svg_file)


def _read_text(source: str) -> str:
    f = QFile(source)
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(f.readAll().data()).decode("utf-8", errors="replace")
    finally:
        f.close()


_SIDE_LABEL_RE = re.compile(
    r"<text\b[^>]*>(?:\s|<tspan\b[^>]*>)*[RL](?:\s|</tspan>)*</text>", re.IGNORECASE
)


#: One side letter of a drawing: the text before it, the letter, the text after it.
_SIDE_LETTER_RE = re.compile(
    r"(<text\b[^>]*>(?:\s|<tspan\b[^>]*>)*)([RL])((?:\s|</tspan>)*</text>)", re.IGNORECASE
)


def side_letters() -> tuple[str, str]:
    """The patient's right and left side as one letter each, in the reader's language."""
    return (
        QCoreApplication.translate("BodyMapScene", "R", "the patient's right side, one letter"),
        QCoreApplication.translate("BodyMapScene", "L", "the patient's left side, one letter"),
    )


def svg_data(view: anatomy.View | str, text: str | None = None) -> QByteArray:
    """A view's drawing with its side letters in the reader's language ("D" / "S" in Italian):
    the map and the printed report load this instead of the file.  ``text``: the drawing's
    text when the caller has read it already (the scene: read once, not twice)."""
    if text is None:
        text = _read_text(svg_source(view))
    right, left = side_letters()
    if (right, left) != ("R", "L"):
        letters = {"R": right, "L": left}
        text = _SIDE_LETTER_RE.sub(
            lambda m: m.group(1) + letters[m.group(2).upper()] + m.group(3), text)
    return QByteArray(text.encode("utf-8"))


def svg_has_side_labels(source: str) -> bool:
    """True when the drawing already carries its own "R" / "L" text labels."""
    return bool(_SIDE_LABEL_RE.search(_read_text(source)))


@cache
def _region_path(view_id: str, region_id: str) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    # One addPolygon per ring rather than a lineTo per point: a few calls into Qt instead of
    # hundreds (regions have up to a few hundred points).
    for ring in anatomy.region_rings(view_id, region_id):
        if len(ring) < 3:
            continue
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def region_path(view_id: str, region_id: str) -> QPainterPath:
    """The outline of a region in one view as an even-odd ``QPainterPath`` in map units.

    Cached per (view, region); returns a copy so callers may transform it freely.
    """
    return QPainterPath(_region_path(view_id, region_id))


class BodyMapScene(QGraphicsScene):
    """One body view (``front``, ``back``, ``head_right``, ``head_left``, ``soles``)."""

    def __init__(self, view_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view_id = view_id
        self.view_info = anatomy.VIEWS[view_id]
        self.setSceneRect(QRectF(0.0, 0.0, self.view_info.width, self.view_info.height))
        # Items are few and large; the BSP index buys nothing and costs on every change.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

        self._source = svg_source(self.view_info)
        svg_text = _read_text(self._source)
        # The scene owns the renderer (Qt parent), so it outlives the items that share it.
        self.renderer = QSvgRenderer(svg_data(self.view_info, svg_text), self)
        self.body_item = self._svg_item()
        self.addItem(self.body_item)

        # Side labels: the drawing carries its own ("R" / "L" in light badges, legible on light
        # and dark backgrounds); if a drawing lacks them, the scene draws them.
        self.label_items: list[QGraphicsSimpleTextItem] = []
        if not _SIDE_LABEL_RE.search(svg_text):
            self._add_side_labels()

        self._hover_item = QGraphicsPathItem()
        self._hover_item.setZValue(HIGHLIGHT)
        self._focus_halo = QGraphicsPathItem()
        self._focus_halo.setZValue(HIGHLIGHT + 1)
        self._focus_item = QGraphicsPathItem()
        self._focus_item.setZValue(HIGHLIGHT + 2)
        for item in (self._hover_item, self._focus_halo, self._focus_item):
            item.setVisible(False)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(item)

        self._hovered: str | None = None
        self._focused: str | None = None
        self._focus_shown = False
        self._inside: dict[str, tuple[float, float]] = {}
        # Filled on first use: loading the region geometry is not needed to paint the drawing,
        # and start-up time is a budget.
        self._region_ids: list[str] | None = None

        self.apply_palette(self.palette())

    # -- geometry -------------------------------------------------------------------------
    def _svg_item(self) -> QGraphicsSvgItem:
        """The whole drawing as one item, mapped onto the viewBox (the scene rect)."""
        item = QGraphicsSvgItem()
        item.setSharedRenderer(self.renderer)
        # Device-coordinate cache: re-rendered whenever the zoom changes, so the vector drawing
        # stays crisp (pixel-identical to no cache at DPR 2), and hover repaints blit a pixmap
        # instead of re-rendering the SVG (several times cheaper at "fit").  Above
        # MAX_BODY_CACHE device pixels (high zoom) Qt paints the SVG directly instead, so 8x zoom
        # never allocates a huge pixmap.
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.setMaximumCacheSize(MAX_BODY_CACHE)
        item.setZValue(BODY)
        item.setAcceptHoverEvents(False)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Whatever width/height attributes the SVG has, draw its viewBox onto the scene rect.
        bounds = item.boundingRect()
        target = self.sceneRect()
        if bounds.width() > 0 and bounds.height() > 0:
            sx = target.width() / bounds.width()
            sy = target.height() / bounds.height()
            if abs(sx - 1.0) > 1e-9 or abs(sy - 1.0) > 1e-9:
                item.setTransform(QTransform.fromScale(sx, sy))
            item.setPos(target.left() - bounds.left() * sx, target.top() - bounds.top() * sy)
        return item

    def region_ids(self) -> list[str]:
        """The regions drawn in this view."""
        if self._region_ids is None:
            ids = []
            for rid in anatomy.regions_in_view(self.view_id):
                try:
                    self.inside_point(rid)
                except KeyError:  # listed for the view but not drawn in it: not clickable
                    continue
                ids.append(rid)
            self._region_ids = ids
        return list(self._region_ids)

    def region_path(self, region_id: str) -> QPainterPath:
        """The region's outline in map units (cached, even-odd fill)."""
        return region_path(self.view_id, region_id)

    def region_at(self, x: float, y: float) -> str | None:
        """The region under a point in map units, or None outside the body."""
        if not self.sceneRect().contains(QPointF(x, y)):
            return None
        return anatomy.region_at(self.view_id, x, y)

    def inside_point(self, region_id: str) -> tuple[float, float]:
        """A point surely inside the region (cached)."""
        point = self._inside.get(region_id)
        if point is None:
            px, py = anatomy.inside_point(self.view_id, region_id)
            point = self._inside[region_id] = (float(px), float(py))
        return point

    # -- highlight and keyboard focus ------------------------------------------------------
    @property
    def highlighted_region(self) -> str | None:
        return self._hovered

    @property
    def focus_region(self) -> str | None:
        return self._focused

    def set_highlighted_region(self, region_id: str | None) -> None:
        """Show the translucent hover highlight over a region (None hides it)."""
        if region_id == self._hovered:
            return
        self._hovered = region_id
        if region_id is None:
            self._hover_item.setVisible(False)
            return
        self._hover_item.setPath(self.region_path(region_id))
        self._hover_item.setVisible(True)

    def set_focus_region(self, region_id: str | None, shown: bool = True) -> None:
        """Move the keyboard-focus outline; ``shown=False`` remembers it without drawing it."""
        self._focused = region_id
        self._focus_shown = shown
        if region_id is not None:
            path = self.region_path(region_id)
            self._focus_halo.setPath(path)
            self._focus_item.setPath(path)
        visible = region_id is not None and shown
        self._focus_halo.setVisible(visible)
        self._focus_item.setVisible(visible)

    def show_focus(self, shown: bool) -> None:
        self.set_focus_region(self._focused, shown)

    # -- labels and colours ----------------------------------------------------------------
    def _add_side_labels(self) -> None:
        """Patient's sides: front R on the viewer's left; back and soles R on the viewer's right."""
        right, left = side_letters()
        placements: dict[str, tuple[str, str]] = {
            "front": (right, left),
            "back": (left, right),
            "soles": (left, right),
        }
        w, h = self.view_info.width, self.view_info.height
        margin = 0.03 * max(w, h)
        if self.view_id in placements:
            font = QFont()
            font.setPixelSize(round(0.045 * max(w, h)))
            font.setBold(True)
            viewer_left, viewer_right = placements[self.view_id]
            for text, at_left in ((viewer_left, True), (viewer_right, False)):
                item = QGraphicsSimpleTextItem(text)
                item.setFont(font)
                br = item.boundingRect()
                x = margin if at_left else w - margin - br.width()
                item.setPos(x, margin)
                item.setData(0, "side_label")
                self._add_label(item)
        elif self.view_id in ("head_right", "head_left"):
            text = (
                self.tr("Patient's right side")
                if self.view_id == "head_right"
                else self.tr("Patient's left side")
            )
            font = QFont()
            font.setPixelSize(round(0.04 * max(w, h)))
            font.setBold(True)
            item = QGraphicsSimpleTextItem(text)
            item.setFont(font)
            item.setPos(margin, margin * 0.6)
            item.setData(0, "side_label")
            self._add_label(item)

    def _add_label(self, item: QGraphicsSimpleTextItem) -> None:
        item.setZValue(LABELS)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        self.label_items.append(item)

    def apply_palette(self, palette: QPalette) -> None:
        """Take background, accent and text colours from a widget palette (light or dark)."""
        # QBrush(colour, SolidPattern) is QBrush(colour); naming the style spares PySide from
        # trying QBrush(QGradient) on a colour, which builds the gradient's and the image's
        # enum types (2 ms before the first paint).
        solid = Qt.BrushStyle.SolidPattern
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base), solid))
        accent = QColor(palette.color(QPalette.ColorRole.Accent))
        if not accent.isValid():
            accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill = QColor(accent)
        fill.setAlpha(90)
        edge = QColor(accent)
        edge.setAlpha(230)
        hover_pen = QPen(edge, 2.0)
        hover_pen.setCosmetic(True)
        hover_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._hover_item.setBrush(QBrush(fill, solid))
        self._hover_item.setPen(hover_pen)

        # Keyboard focus: a dashed dark line on a light halo, distinct from the hover fill.
        # The body is drawn light on every theme, so take the darker of Text/Base for the dashes
        # and the lighter for the halo (swapped on a dark theme) to keep the contrast.
        text = QColor(palette.color(QPalette.ColorRole.Text))
        base = QColor(palette.color(QPalette.ColorRole.Base))
        dark, light = (text, base) if text.lightness() < base.lightness() else (base, text)
        halo_pen = QPen(light, 5.0)
        halo_pen.setCosmetic(True)
        halo_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._focus_halo.setPen(halo_pen)
        self._focus_halo.setBrush(Qt.BrushStyle.NoBrush)
        focus_pen = QPen(dark, 2.5, Qt.PenStyle.DashLine)
        focus_pen.setCosmetic(True)
        focus_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._focus_item.setPen(focus_pen)
        self._focus_item.setBrush(Qt.BrushStyle.NoBrush)

        label = QColor(palette.color(QPalette.ColorRole.Text))
        label.setAlpha(200)
        for item in self.label_items:
            item.setBrush(QBrush(label, solid))
