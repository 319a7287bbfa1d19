"""One render path for the physiotherapist's report: print preview, paper and PDF are the same.

:func:`render_report` draws a :class:`~bodymap.report.model.ReportData` onto any ``QPainter``
(a ``QPrinter`` for preview and paper, a ``QPdfWriter`` for PDF, a ``QImage`` in tests), page by
page.  Every length is worked out from the device's resolution: sizes are given in points
(1/72 inch) and turned into device pixels with ``dpi / 72``; fonts use point sizes, which Qt
resolves for the device.  The body views are drawn in their own map units with a painter scale,
so outlines and mark symbols keep the proportions of the screen; pens always have a real width
(a 0-width pen would be a hairline at 1200 dpi).

The layout is computed first (a list of pages, each a list of drawing steps), so "Page n of N"
is known before anything is drawn.

Black and white: the kinds of marks differ by shape (circle, star, diamond) and pattern
(referred-pain areas are hatched; plain pain areas are a plain tint with a solid edge), not only
by colour; the legend shows both.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QLineF,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

from bodymap.anatomy.regions import VIEWS
from bodymap.map.geometry import path_from_rings
from bodymap.map.marks import KIND_COLOURS, POINT_RADIUS, area_brushes, paint_mark_symbol
from bodymap.report import words
from bodymap.report.labels import Box, LabelRequest, PlacedLabel, place_labels
from bodymap.report.model import DEFAULT_SECTIONS, MIN_CHART_POINTS, RegionRow, ReportData
from bodymap.store.records import MarkRecord

__all__ = ["ReportOptions", "page_layout", "page_size_for_locale", "render_report"]

MM = 72.0 / 25.4  # points per millimetre
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#9a9a9a")
HEADER_FILL = QColor("#e8e8e8")
STRIPE_FILL = QColor("#f6f6f6")
#: Views drawn big, side by side; the others (close views) only when they carry marks.
MAIN_VIEWS = ("front", "back")
#: Radius of a point mark on paper (points), whatever the size of the drawing.
SYMBOL_RADIUS_PT = 4.6
HATCH_SPACING_PT = 3.4
HATCH_WIDTH_PT = 0.45


@dataclass(frozen=True)
class ReportOptions:
    """What to draw and on which paper ("auto": Letter where the locale measures in US units)."""

    sections: tuple[str, ...] = DEFAULT_SECTIONS
    paper: str = "auto"  # "auto" | "A4" | "Letter"
    #: One page for a quick visit: the chart, the numbered areas and the key figures.
    summary: bool = False
    #: The episodes whose notes go in (chosen on the preview); None: every note of the period.
    note_ids: frozenset[int] | None = None
    #: Draw the charts with matplotlib (``bodymap.charts.history``, as in the History tab) instead
    #: of the built-in painter; slower (about 0.7 s per chart the first time).
    matplotlib_charts: bool = False


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """Letter for the US measurement system, A4 everywhere else."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout(options: ReportOptions | None = None, locale: QLocale | None = None) -> QPageLayout:
    options = options or ReportOptions()
    if options.paper == "A4":
        size = QPageSize(QPageSize.PageSizeId.A4)
    elif options.paper == "Letter":
        size = QPageSize(QPageSize.PageSizeId.Letter)
    else:
        size = page_size_for_locale(locale)
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(14, 12, 14, 12), QPageLayout.Unit.Millimeter
    )


# -- small drawing helpers -------------------------------------------------------------------
class _PixelFonts:
    """A painter stand-in for :func:`paint_mark_symbol` under a map-unit scale.

    ``paint_mark_symbol`` sizes the intensity number with a *point* size, which Qt converts with
    the device's resolution before the painter's scale applies (at 1200 dpi the number would be
    17 times too big).  This passes every call through and turns such a font into the same size
    in *pixels of the painter's own units*, which is what the screen shows at 96 dpi.
    """

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter

    def __getattr__(self, name: str) -> Any:
        return getattr(self._painter, name)

    def setFont(self, font: QFont) -> None:  # noqa: N802 - QPainter's name
        if font.pointSizeF() > 0:
            font = QFont(font)
            font.setPixelSize(max(1, round(font.pointSizeF() * 96 / 72)))
        self._painter.setFont(font)


_SIDE_TEXT = re.compile(r"(<text\b[^>]*>)(\s*)([RL])(\s*)(</text>)")


def _renderer(view_id: str) -> QSvgRenderer:
    """The view's drawing with its side letters in the reader's language (R/L, D/S)."""
    right, left = words.side_letters()
    return _localised_renderer(view_id, right, left)


@cache
def _localised_renderer(view_id: str, right: str, left: str) -> QSvgRenderer:
    from xml.sax.saxutils import escape

    from bodymap.map.scene import _read_text, svg_source

    source = svg_source(view_id)
    text = _read_text(source)
    if not text or (right, left) == ("R", "L"):
        return QSvgRenderer(source)
    letters = {"R": escape(right), "L": escape(left)}
    text = _SIDE_TEXT.sub(lambda m: m.group(1) + m.group(2) + letters[m.group(3)] + m.group(4)
                          + m.group(5), text)
    return QSvgRenderer(QByteArray(text.encode("utf-8")))


def _font(size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setFamilies(["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "sans-serif"])
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class _Ctx:
    """Device facts: resolution, the page's paintable size, and point -> pixel conversion."""

    def __init__(self, painter: QPainter, layout: QPageLayout) -> None:
        device = painter.device()
        self.dpi = float(device.logicalDpiX()) if device is not None else 72.0
        self.u = self.dpi / 72.0
        # from points, not whole device pixels: the same layout at every resolution
        rect = layout.paintRect(QPageLayout.Unit.Point)
        self.width = float(rect.width()) * self.u
        self.height = float(rect.height()) * self.u
        self.device = device

    def pt(self, value: float) -> float:
        return value * self.u

    def pen(self, colour: QColor, width_pt: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(colour, max(self.pt(width_pt), 0.01), style)
        pen.setCosmetic(False)
        return pen

    def metrics(self, font: QFont) -> _Metrics:
        """Font measures for the layout, taken at one reference resolution and scaled to the
        device, so that preview, images and PDF break their pages in the same places."""
        return _Metrics(QFontMetricsF(font, _reference_device()), self.dpi / LAYOUT_DPI)

    def text_height(self, font: QFont, width: float, text: str, flags: int = 0) -> float:
        if not text:
            return self.metrics(font).height()
        return self.metrics(font).boundingRect(
            QRectF(0, 0, max(width, 1.0), 1e9), int(Qt.TextFlag.TextWordWrap) | flags, text,
        ).height()


#: The resolution the layout measures text at (the PDF's).
LAYOUT_DPI = 1200


@cache
def _reference_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    image.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    return image


class _Metrics:
    """``QFontMetricsF`` measured at ``LAYOUT_DPI``, in the device's pixels."""

    def __init__(self, metrics: QFontMetricsF, scale: float) -> None:
        self._m = metrics
        self._s = scale

    def height(self) -> float:
        return self._m.height() * self._s

    def ascent(self) -> float:
        return self._m.ascent() * self._s

    def horizontalAdvance(self, text: str) -> float:  # noqa: N802 - Qt's name
        return self._m.horizontalAdvance(text) * self._s

    def boundingRect(self, rect: QRectF, flags: int, text: str) -> QRectF:  # noqa: N802
        s = self._s
        wide = QRectF(rect.left() / s, rect.top() / s, rect.width() / s, rect.height() / s)
        # a hair narrower than the device's box: text measured here always fits when drawn
        wide.setWidth(max(1.0, wide.width() * 0.985))
        out = self._m.boundingRect(wide, flags, text)
        return QRectF(out.left() * s, out.top() * s, out.width() * s, out.height() * s)


Step = Callable[[QPainter], None]


class _Flow:
    """Places blocks from the top of the page down, starting a new page when one does not fit.

    ``top`` is where the blocks of every page start (under the running header)."""

    def __init__(self, ctx: _Ctx, bottom: float, top: float = 0.0) -> None:
        self.ctx = ctx
        self.bottom = bottom
        self.top = top
        self.pages: list[list[Step]] = [[]]
        self.y = top

    def left(self) -> float:
        return self.bottom - self.y

    def at_top(self) -> bool:
        return self.y <= self.top + 1e-6

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def fresh_page(self) -> None:
        """Start a new page unless this one is still empty."""
        if not self.at_top():
            self.new_page()

    def ensure(self, height: float) -> None:
        if height > self.left() and not self.at_top():
            self.new_page()

    def place(self, height: float, draw: Callable[[QPainter, float], None]) -> float:
        self.ensure(height)
        top = self.y
        self.pages[-1].append(lambda p: draw(p, top))
        self.y += height
        return top

    def gap(self, points: float) -> None:
        if not self.at_top():
            self.y = min(self.bottom, self.y + self.ctx.pt(points))


# -- marks on a view -----------------------------------------------------------------------
#: Colours of the kinds the screen's palette may not have yet (pins and needles, numbness).
NEURAL_COLOURS = {"paraesthesia": QColor("#3A8FC7"), "numbness": QColor("#5B5B8F")}
TICK_COLOUR = QColor("#1B7A3A")
LABEL_FILL = QColor(255, 255, 255, 235)


def _hatch(painter: QPainter, path: QPainterPath, colour: QColor, spacing: float, width: float) -> None:
    """Diagonal lines (bottom-left to top-right) inside ``path``: a pattern that survives
    black-and-white copies and any printer resolution (brush patterns are device pixels)."""
    bounds = path.boundingRect()
    if bounds.isEmpty():
        return
    painter.save()
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    pen = QPen(colour, width)
    pen.setCosmetic(False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    c = bounds.left() - bounds.height()
    lines = []
    while c <= bounds.right():
        lines.append(QLineF(c, bounds.bottom(), c + bounds.height(), bounds.top()))
        c += spacing
    painter.drawLines(lines)
    painter.restore()


def _stipple(painter: QPainter, path: QPainterPath, colour: QColor, spacing: float,
             radius: float, cross: bool) -> None:
    """Dots (pins and needles) or small crosses (numbness) on a grid inside ``path``: the
    neural symbols of a body chart, drawn as real shapes so they print at any resolution."""
    bounds = path.boundingRect()
    if bounds.isEmpty():
        return
    painter.save()
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    pen = QPen(colour, radius * 0.7)
    pen.setCosmetic(False)
    painter.setPen(pen if cross else Qt.PenStyle.NoPen)
    painter.setBrush(Qt.BrushStyle.NoBrush if cross else colour)
    row = 0
    y = bounds.top() + spacing / 2
    while y <= bounds.bottom():
        x = bounds.left() + (spacing / 2 if row % 2 else 0.0)
        while x <= bounds.right():
            if cross:
                painter.drawLine(QLineF(x - radius, y - radius, x + radius, y + radius))
                painter.drawLine(QLineF(x - radius, y + radius, x + radius, y - radius))
            else:
                painter.drawEllipse(QPointF(x, y), radius, radius)
            x += spacing
        y += spacing * 0.87
        row += 1
    painter.restore()


def _paint_area(painter: QPainter, mark: MarkRecord, path: QPainterPath, unit: float) -> None:
    """Fill shaded by intensity, pattern and outline: referred pain hatched, pain a plain tint,
    pins and needles dotted, numbness crossed (colours from the screen's ``area_brushes``)."""
    if mark.kind in NEURAL_COLOURS:
        colour = QColor(KIND_COLOURS.get(mark.kind, NEURAL_COLOURS[mark.kind]))
        fill = QColor(colour)
        fill.setAlphaF(0.10 + 0.25 * max(0, min(10, mark.intensity)) / 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPath(path)
        cross = mark.kind == "numbness"
        _stipple(painter, path, colour.darker(130), 3.6 * unit, (0.9 if cross else 0.55) * unit,
                 cross)
        pen = QPen(colour.darker(140), 0.9 * unit,
                   Qt.PenStyle.DashLine if not cross else Qt.PenStyle.DotLine)
        pen.setCosmetic(False)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        return
    fill, hatch, outline = area_brushes(mark)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPath(path)
    if hatch.style() != Qt.BrushStyle.NoBrush:  # plain pain areas are not hatched
        _hatch(painter, path, hatch.color(), HATCH_SPACING_PT * unit, HATCH_WIDTH_PT * unit)
    pen = QPen(outline.color(), max(outline.widthF(), 0.8 * unit))
    pen.setCosmetic(False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _paint_link(painter: QPainter, a: QPointF, b: QPointF, start_gap: float, unit: float) -> None:
    """The dashed arrow from a trigger point to the area it refers pain to (as on screen)."""
    length = math.hypot(b.x() - a.x(), b.y() - a.y())
    if length < 1e-6:
        return
    colour = QColor(KIND_COLOURS["trigger_point"]).darker(150)
    ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
    start = QPointF(a.x() + ux * start_gap, a.y() + uy * start_gap)
    pen = QPen(colour, 0.9 * unit, Qt.PenStyle.DashLine)
    pen.setCosmetic(False)
    painter.setPen(pen)
    painter.drawLine(start, b)
    head = 4.2 * unit
    left = QPointF(b.x() - ux * head - uy * head * 0.5, b.y() - uy * head + ux * head * 0.5)
    right = QPointF(b.x() - ux * head + uy * head * 0.5, b.y() - uy * head - ux * head * 0.5)
    solid = QPen(colour, 0.6 * unit)
    solid.setCosmetic(False)
    painter.setPen(solid)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([b, left, right]))


def paint_tick(painter: QPainter, c: QPointF, size: float, width: float) -> None:
    """A tick (✓): a region asked about and found free of symptoms."""
    pen = QPen(TICK_COLOUR, width)
    pen.setCosmetic(False)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([
        QPointF(c.x() - size * 0.5, c.y()),
        QPointF(c.x() - size * 0.15, c.y() + size * 0.4),
        QPointF(c.x() + size * 0.55, c.y() - size * 0.5),
    ]))


@dataclass(frozen=True)
class ViewPlacement:
    """Where a view goes in a rectangle: map point (x, y) -> page (x0 + x * scale, ...)."""

    x0: float
    y0: float
    scale: float
    width: float
    height: float

    def page(self, x: float, y: float) -> QPointF:
        return QPointF(self.x0 + x * self.scale, self.y0 + y * self.scale)

    @property
    def rect(self) -> QRectF:
        return QRectF(self.x0, self.y0, self.width, self.height)


def fit_view(view_id: str, rect: QRectF) -> ViewPlacement:
    view = VIEWS[view_id]
    scale = min(rect.width() / view.width, rect.height() / view.height)
    w, h = view.width * scale, view.height * scale
    return ViewPlacement(rect.left() + (rect.width() - w) / 2, rect.top() + (rect.height() - h) / 2,
                         scale, w, h)


def area_anchor(mark: MarkRecord) -> tuple[float, float] | None:
    """A point inside an area mark (map units), where its label's leader starts."""
    geometry = mark.geometry
    if geometry.get("type") == "point":
        return float(geometry["x"]), float(geometry["y"])
    rings = [r for r in geometry.get("polygons", []) if len(r) >= 3]
    if not rings:
        return None
    path = path_from_rings(rings)
    centre = path.boundingRect().center()
    if path.contains(centre):
        return centre.x(), centre.y()
    ring = max(rings, key=len)
    cx = sum(p[0] for p in ring) / len(ring)
    cy = sum(p[1] for p in ring) / len(ring)
    if path.contains(QPointF(cx, cy)):
        return cx, cy
    # the vertex nearest the middle, nudged a little inwards
    best = min(ring, key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
    return float(best[0]) * 0.9 + cx * 0.1, float(best[1]) * 0.9 + cy * 0.1


def draw_view(
    painter: QPainter,
    ctx: _Ctx,
    view_id: str,
    rect: QRectF,
    marks: Sequence[MarkRecord],
    ticks: Sequence[str] = (),
) -> QRectF:
    """Draw one body view fitted into ``rect`` (centred) with its marks and the ticks of the
    regions found clear; returns where it went."""
    view = VIEWS[view_id]
    fit = fit_view(view_id, rect)
    scale = fit.scale
    painter.save()
    painter.translate(fit.x0, fit.y0)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer = _renderer(view_id)
    if renderer.isValid():
        renderer.render(painter, QRectF(0, 0, view.width, view.height))
    unit = ctx.u / scale  # one point, in map units
    symbol_scale = SYMBOL_RADIUS_PT * unit / POINT_RADIUS
    areas: dict[str, QPainterPath] = {}
    points: dict[str, QPointF] = {}
    for mark in sorted(marks, key=lambda m: m.intensity):
        geometry = mark.geometry
        if geometry.get("type") == "area":
            path = path_from_rings(geometry.get("polygons", []))
            areas[mark.uuid] = path
            _paint_area(painter, mark, path, unit)
        elif geometry.get("type") == "point":
            points[mark.uuid] = QPointF(float(geometry["x"]), float(geometry["y"]))
    for mark in marks:
        if mark.source_uuid and mark.uuid in areas and mark.source_uuid in points:
            anchor = area_anchor(mark)
            target = QPointF(*anchor) if anchor else areas[mark.uuid].boundingRect().center()
            _paint_link(painter, points[mark.source_uuid], target,
                        POINT_RADIUS * symbol_scale, unit)
    for region_id in ticks:
        at = tick_point(view_id, region_id)
        if at is not None:
            paint_tick(painter, QPointF(*at), TICK_SIZE_PT * unit, 1.3 * unit)
    proxy = _PixelFonts(painter)
    order = {"tender_point": 0, "spasm": 1, "trigger_point": 2}
    for mark in sorted(marks, key=lambda m: (order.get(m.kind, 3), m.intensity)):
        if mark.uuid in points and mark.kind in KIND_COLOURS:
            paint_mark_symbol(proxy, mark, points[mark.uuid], symbol_scale)  # type: ignore[arg-type]
    painter.restore()
    return fit.rect


TICK_SIZE_PT = 7.0


def tick_point(view_id: str, region_id: str) -> tuple[float, float] | None:
    """Where a region's tick goes in a view (None when the view does not show the region)."""
    from bodymap.anatomy import regions as anatomy

    try:
        if region_id not in anatomy.regions_in_view(view_id):
            return None
        x, y = anatomy.inside_point(view_id, region_id)
    except (KeyError, ValueError):
        return None
    return float(x), float(y)


def draw_labels(painter: QPainter, ctx: _Ctx, placed: Sequence[PlacedLabel], font: QFont,
                ref_font: QFont) -> None:
    """The placed labels: a white box with a thin frame, a leader line where it sits apart."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for label in placed:
        box = QRectF(label.box.x, label.box.y, label.box.w, label.box.h)
        if label.leader:
            end = label.box.nearest_point(*label.anchor)
            painter.setPen(ctx.pen(INK, 0.5))
            painter.drawLine(QPointF(*label.anchor), QPointF(*end))
            painter.setBrush(INK)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(*label.anchor), ctx.pt(0.9), ctx.pt(0.9))
        reference = label.key.startswith("ref:")
        painter.setPen(ctx.pen(INK if not reference else MUTED, 0.5))
        painter.setBrush(LABEL_FILL)
        painter.drawRoundedRect(box, ctx.pt(1.5), ctx.pt(1.5))
        painter.setPen(INK)
        painter.setFont(ref_font if reference else font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)
    painter.restore()


# -- the report's blocks ---------------------------------------------------------------------
class _Report:
    def __init__(self, painter: QPainter, layout: QPageLayout, data: ReportData,
                 options: ReportOptions) -> None:
        self.ctx = ctx = _Ctx(painter, layout)
        self.data = data
        self.sections = tuple(s for s in options.sections if s in data.sections)
        self.options = options
        self.f_title = _font(17, bold=True)
        self.f_head = _font(12, bold=True)
        self.f_body = _font(9.5)
        self.f_bold = _font(9.5, bold=True)
        self.f_small = _font(8)
        self.f_small_bold = _font(8, bold=True)
        self.f_tiny = _font(7)
        self.f_table = _font(7.5)
        self.f_table_bold = _font(7.5, bold=True)
        self.f_caption = _font(8.5, italic=True)
        self.f_label = _font(7, bold=True)
        self.f_ref = _font(6.5, italic=True)
        self.footer_h = ctx.pt(16)
        self.running_h = ctx.metrics(self.f_small).height() + ctx.pt(7)
        self.flow = _Flow(ctx, ctx.height - self.footer_h, self.running_h)
        #: Every label the placement pass put on the chart: (view id, label), page coordinates.
        self.placements: list[tuple[str, PlacedLabel]] = []
        self.labels = data.labels()

    # layout ---------------------------------------------------------------------------------
    def build(self) -> list[list[Step]]:
        if self.options.summary:
            return self.build_summary()
        if self.sections == ("plan",):
            self.plan_pages()
            return self.flow.pages
        self.header()
        self.warnings_block()
        if "map" in self.sections:
            self.map_block()
            self.symptom_table()
            self.trigger_point_table()
        if "visit" in self.sections:
            self.visit_page()
        if "overall" in self.sections:
            self.overall_block()
        if "outcomes" in self.sections:
            self.outcomes_block()
        if "table" in self.sections:
            self.region_table()
        if "therapies" in self.sections:
            self.therapy_table()
        if "charts" in self.sections:
            self.charts()
        if "fibro" in self.sections:
            self.fibro_block()
        if "patient_notes" in self.sections:
            self.patient_notes_block()
        if "notes" in self.sections:
            self.notes_box()
        if "plan" in self.sections:
            self.plan_pages()
        return self.flow.pages

    def build_summary(self) -> list[list[Step]]:
        """One page: the header, the chart with its legend, then as many key lines as fit."""
        ctx = self.ctx
        self.header(summary=True)
        if "map" in self.sections:
            self.map_block(max_height=ctx.height * 0.42, close_views=False)
        chart_lines, figure_lines = self.summary_lines()
        line_h = ctx.metrics(self.f_small).height()
        self._section_title(QCoreApplication.translate("Report", "Key figures"), line_h * 3)
        more = QCoreApplication.translate("Report", "… more in the full report.")
        gap = ctx.pt(12)
        col_w = (ctx.width - gap) / 2
        room = self.flow.left() - ctx.pt(2)

        def fitted(lines: list[tuple[str, bool]]) -> list[tuple[str, QFont, float]]:
            out: list[tuple[str, QFont, float]] = []
            used = 0.0
            more_h = ctx.text_height(self.f_caption, col_w, more) + ctx.pt(1.5)
            for i, (text, bold) in enumerate(lines):
                font = self.f_small_bold if bold else self.f_small
                h = ctx.text_height(font, col_w, text) + ctx.pt(1.5)
                last = i == len(lines) - 1
                if used + h + (0.0 if last else more_h) > room:
                    out.append((more, self.f_caption, more_h))
                    break
                out.append((text, font, h))
                used += h
            return out

        columns = [fitted(chart_lines), fitted(figure_lines)]
        height = max((sum(h for _t, _f, h in c) for c in columns), default=0.0)

        def draw(p: QPainter, top: float) -> None:
            for k, column in enumerate(columns):
                y = top
                for text, font, h in column:
                    p.setPen(INK if font is not self.f_caption else MUTED)
                    p.setFont(font)
                    p.drawText(QRectF(k * (col_w + gap), y, col_w, h),
                               int(Qt.TextFlag.TextWordWrap), text)
                    y += h

        self.flow.place(height, draw)
        # never more than one page: anything that spilled over is dropped
        del self.flow.pages[1:]
        return self.flow.pages

    # header ---------------------------------------------------------------------------------
    def person_line(self) -> str:
        """"Diary of Ada Lovelace, born 1980" (nothing of the default name "Me")."""
        d = self.data
        born = (QCoreApplication.translate("Report", "born %1").replace("%1", str(d.birth_year))
                if d.birth_year else "")
        if d.person_name:
            text = QCoreApplication.translate("Report", "Diary of %1").replace("%1", d.person_name)
            return f"{text}, {born}" if born else text
        return born[:1].upper() + born[1:] if born else ""

    def period_line(self) -> str:
        d = self.data
        if d.mode == "episode" and d.episode_local is not None:
            return QCoreApplication.translate("Report", "Episode of %1").replace(
                "%1", words.day_time(d.episode_local))
        return QCoreApplication.translate("Report", "Period: %1").replace(
            "%1", words.span(d.period_start, d.period_end))

    def header(self, summary: bool = False) -> None:
        ctx, d = self.ctx, self.data
        title = (QCoreApplication.translate("Report", "Summary for a quick visit") if summary
                 else QCoreApplication.translate("Report", "Pain map for the physiotherapist"))
        printed = QCoreApplication.translate("Report", "Printed %1").replace(
            "%1", words.day(d.printed_on))
        facts = f"{words.episodes(d.episode_count)}, {words.marks(d.mark_count)}"
        second = self.period_line()
        if d.mode == "episode":
            bits = [words.episode_kind(d.episode_kind)]
            if d.episode_intensity is not None:
                bits.append(QCoreApplication.translate("Report", "intensity %1").replace(
                    "%1", words.out_of_ten(d.episode_intensity)))
            if d.episode_fatigue is not None:
                bits.append(QCoreApplication.translate("Report", "fatigue %1").replace(
                    "%1", words.out_of_ten(d.episode_fatigue)))
            second = f"{second}: {', '.join(bits)}"
        person = self.person_line()
        h_title = ctx.metrics(self.f_title).height()
        h_line = ctx.metrics(self.f_body).height()
        lines = [t for t in (person, second) if t]
        height = h_title + ctx.pt(4) + len(lines) * h_line + ctx.pt(6)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(INK)
            p.setFont(self.f_title)
            p.drawText(QRectF(0, top, ctx.width, h_title),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            p.setFont(self.f_body)
            p.drawText(QRectF(0, top, ctx.width, h_title),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, printed)
            y = top + h_title + ctx.pt(4)
            p.drawText(QRectF(0, y, ctx.width, h_line), Qt.AlignmentFlag.AlignRight, facts)
            for i, text in enumerate(lines):
                p.setFont(self.f_bold if i == 0 and person else self.f_body)
                p.drawText(QRectF(0, y, ctx.width * 0.7, h_line), Qt.AlignmentFlag.AlignLeft, text)
                y += h_line
            p.setPen(ctx.pen(INK, 1.0))
            p.drawLine(QPointF(0, y + ctx.pt(3)), QPointF(ctx.width, y + ctx.pt(3)))

        self.flow.place(height, draw)
        self.flow.gap(6)

    def running_header(self, p: QPainter) -> None:
        """Name, year of birth and period at the top of every page."""
        ctx = self.ctx
        h = self.running_h - ctx.pt(5)
        p.setPen(MUTED)
        p.setFont(self.f_small)
        rect = QRectF(0, 0, ctx.width, h)
        person = self.person_line() or QCoreApplication.translate("Report", "Pain diary")
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, person)
        p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.period_line())
        p.setPen(ctx.pen(RULE, 0.4))
        p.drawLine(QPointF(0, h + ctx.pt(1)), QPointF(ctx.width, h + ctx.pt(1)))

    def warnings_block(self) -> None:
        """Warning signs the marks of the period raised, most urgent first, near the top; the
        urgency is said in words and by the weight of the rule, so it prints in greyscale."""
        warnings = self.data.warnings
        if not warnings:
            return
        ctx = self.ctx
        widths = {"emergency": 3.0, "today": 2.0, "soon": 1.0}
        self._section_title(QCoreApplication.translate("Report", "Warning signs raised by the marks"),
                            ctx.pt(30))
        for w in warnings:
            when = words.span(w.first, w.last)
            times = f", {words.episodes(w.episodes)}" if w.episodes > 1 else ""
            title, action = _warning_texts(w)
            text = f"{words.urgency(w.urgency)}: {title} ({when}{times}). {action}"
            height = ctx.text_height(self.f_body, ctx.width - ctx.pt(10), text) + ctx.pt(3)

            def draw(p: QPainter, top: float, text: str = text, height: float = height,
                     width: float = widths.get(w.urgency, 1.0)) -> None:
                p.setPen(ctx.pen(INK, width))
                p.drawLine(QPointF(ctx.pt(2), top), QPointF(ctx.pt(2), top + height - ctx.pt(2)))
                p.setPen(INK)
                p.setFont(self.f_body)
                p.drawText(QRectF(ctx.pt(10), top, ctx.width - ctx.pt(10), height),
                           int(Qt.TextFlag.TextWordWrap), text)

            self.flow.place(height, draw)
        self._paragraph(QCoreApplication.translate(
            "Report",
            "Raised from where the pain was marked (and the year of birth); what the person "
            "ticked on the day is not stored. A warning sign is a reason to check, never a "
            "diagnosis."), self.f_small)

    # the body chart ---------------------------------------------------------------------------
    def map_block(self, max_height: float | None = None, close_views: bool = True) -> None:
        ctx, d = self.ctx, self.data
        close = [v for v in d.views_with_marks() if v not in MAIN_VIEWS] if close_views else []
        gap = ctx.pt(10)
        caption_h = ctx.metrics(self.f_caption).height() * 1.3
        title = QCoreApplication.translate("Report", "Body chart")
        if d.mode == "period":
            note = QCoreApplication.translate(
                "Report", "Each place is shown as it was last marked in the period; the tables "
                "count every episode. P1, P2… are the symptom areas, TP1… the trigger points "
                "(tables below).")
        else:
            note = QCoreApplication.translate(
                "Report", "P1, P2… are the symptom areas in the order the person ranks them, "
                "TP1… the trigger points (tables below).")
        if d.cleared_regions and d.cleared_on is not None:
            note += " " + QCoreApplication.translate(
                "Report", "Ticks: regions asked about and found clear on %1.").replace(
                "%1", words.day(d.cleared_on))
        if not any(d.marks_by_view.values()):
            note = QCoreApplication.translate("Report", "No marks were drawn in this period.")
        note_h = (ctx.text_height(self.f_caption, ctx.width, note) + ctx.pt(2)) if note else 0.0
        title_h = ctx.metrics(self.f_head).height() + ctx.pt(4)
        # everything but the drawings, so that the legend stays on the page with the map
        fixed = title_h + ctx.pt(10) + caption_h + note_h + ctx.pt(2) + self._legend_height()
        if close:
            fixed += caption_h + ctx.pt(8)
        if self.flow.left() - fixed < ctx.pt(110 * MM):
            self.flow.fresh_page()
        self._section_title(title, fixed - title_h)
        spare = self.flow.left() - (fixed - title_h) - ctx.pt(6)
        if max_height is not None:
            spare = min(spare, max_height)
        col_w = (ctx.width - gap) / 2
        key_w = ctx.pt(34)  # each side of a view: the margin key column for dense places
        natural = (col_w - 2 * key_w) * VIEWS["front"].height / VIEWS["front"].width
        close_h = min(ctx.pt(52 * MM), spare * 0.27) if close else 0.0
        main_h = min(natural, spare - close_h)
        top = self.flow.y
        rects: dict[str, tuple[QRectF, QRectF]] = {}
        for i, view_id in enumerate(MAIN_VIEWS):
            column = QRectF(i * (col_w + gap), top, col_w, main_h)
            rects[view_id] = (column.adjusted(key_w, 0, -key_w, 0), column)
        if close:
            per = (ctx.width - gap * (len(close) - 1)) / len(close)
            ctop = top + main_h + caption_h + ctx.pt(4)
            box_h = close_h
            for i, view_id in enumerate(close):
                column = QRectF(i * (per + gap), ctop, per, box_h)
                side = min(ctx.pt(30), per * 0.18)
                rects[view_id] = (column.adjusted(side, 0, -side, 0), column)
        placed = {view_id: self._place_view_labels(view_id, body, column)
                  for view_id, (body, column) in rects.items()}

        def draw_all(p: QPainter, _top: float) -> None:
            for view_id, (body, column) in rects.items():
                where = draw_view(p, ctx, view_id, body, d.marks_by_view.get(view_id, []),
                                  d.cleared_regions)
                if view_id not in MAIN_VIEWS:
                    frame = where.adjusted(-ctx.pt(2), -ctx.pt(2), ctx.pt(2), ctx.pt(2))
                    p.setPen(ctx.pen(RULE, 0.5))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(frame)
                draw_labels(p, ctx, placed[view_id], self.f_label, self.f_ref)
                self._caption(p, view_id, QRectF(column.left(), column.bottom() + ctx.pt(1),
                                                 column.width(), caption_h))

        height = main_h + caption_h + ((close_h + caption_h + ctx.pt(8)) if close else 0.0)
        self.flow.place(height, draw_all)
        if note:
            self._paragraph(note, self.f_caption)
        self.flow.gap(2)
        self.legend()

    def _label_size(self, text: str, reference: bool) -> tuple[float, float]:
        fm = self.ctx.metrics(self.f_ref if reference else self.f_label)
        return fm.horizontalAdvance(text) + self.ctx.pt(3.5), fm.height() + self.ctx.pt(1)

    def _place_view_labels(self, view_id: str, body: QRectF, column: QRectF) -> list[PlacedLabel]:
        """The labels of one view, placed so that none overlaps another or a symbol."""
        ctx, d = self.ctx, self.data
        marks = d.marks_by_view.get(view_id, [])
        if not marks:
            return []
        fit = fit_view(view_id, body)
        view_of = {m.uuid: m.view for v in d.marks_by_view.values() for m in v}
        symptom_of = {row.uuid: row for row in d.symptoms}
        tp_of = {row.uuid: row for row in d.trigger_points}
        r = ctx.pt(SYMBOL_RADIUS_PT) + ctx.pt(0.6)
        obstacles: list[Box] = []
        for m in marks:
            if m.geometry.get("type") == "point":
                c = fit.page(float(m.geometry["x"]), float(m.geometry["y"]))
                obstacles.append(Box(c.x() - r, c.y() - r, 2 * r, 2 * r))
        for region_id in d.cleared_regions:
            at = tick_point(view_id, region_id)
            if at is not None:
                c = fit.page(*at)
                t = ctx.pt(TICK_SIZE_PT) * 0.6
                obstacles.append(Box(c.x() - t, c.y() - t, 2 * t, 2 * t))
        requests: list[LabelRequest] = []
        refs: list[LabelRequest] = []
        for m in marks:
            text = self.labels.get(m.uuid)
            if not text:
                continue
            anchor = area_anchor(m) if m.uuid in symptom_of else (
                (float(m.geometry["x"]), float(m.geometry["y"]))
                if m.geometry.get("type") == "point" else None)
            if anchor is None:
                continue
            at = fit.page(*anchor)
            w, h = self._label_size(text, False)
            clearance = r if m.uuid in tp_of else 0.0
            requests.append(LabelRequest(m.uuid, text, (at.x(), at.y()), w, h, clearance))
            # links to another view: a reference mark beside the label
            ref = ""
            row = symptom_of.get(m.uuid)
            if row is not None and m.source_uuid and view_of.get(m.source_uuid, view_id) != view_id:
                ref = "← " + QCoreApplication.translate("Report", "%1, %2").replace(
                    "%1", self.labels.get(m.source_uuid) or words.kind("trigger_point")).replace(
                    "%2", words.view_short(view_of[m.source_uuid]))
            tp = tp_of.get(m.uuid)
            if tp is not None:
                away: dict[str, list[str]] = {}
                for other in d.symptoms:
                    if other.number in tp.refers_to and other.view != view_id:
                        away.setdefault(other.view, []).append(f"P{other.number}")
                if away:
                    ref = "; ".join(
                        "→ " + QCoreApplication.translate("Report", "%1, %2").replace(
                            "%1", ", ".join(ps)).replace("%2", words.view_short(v))
                        for v, ps in away.items())
            if ref:
                rw, rh = self._label_size(ref, True)
                refs.append(LabelRequest("ref:" + m.uuid, ref, (at.x(), at.y()), rw, rh,
                                         clearance + h))
        bounds = Box(column.left(), column.top(), column.width(), column.height())
        placed = place_labels(
            requests + refs, bounds, obstacles, step=ctx.pt(3), max_distance=ctx.pt(22),
            leader_after=ctx.pt(6), gap=ctx.pt(0.8),
        )
        self.placements.extend((view_id, label) for label in placed)
        return placed

    def _caption(self, p: QPainter, view_id: str, rect: QRectF) -> None:
        p.setPen(MUTED)
        p.setFont(self.f_caption)
        p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   words.view_caption(view_id))

    def _paragraph(self, text: str, font: QFont, colour: QColor = MUTED, indent: float = 0.0) -> None:
        ctx = self.ctx
        width = ctx.width - indent
        height = ctx.text_height(font, width, text) + ctx.pt(2)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(colour)
            p.setFont(font)
            p.drawText(QRectF(indent, top, width, height), int(Qt.TextFlag.TextWordWrap), text)

        self.flow.place(height, draw)

    # legend ----------------------------------------------------------------------------------
    def _legend_items(self) -> list[tuple[str, str, MarkRecord | None]]:
        def mark(kind: str, state: str | None = None, intensity: int = 7) -> MarkRecord:
            return MarkRecord(kind=kind, view="front", geometry={"type": "point", "x": 0, "y": 0},
                              intensity=intensity, tp_state=state)

        items: list[tuple[str, str, MarkRecord | None]] = [
            ("tp", QCoreApplication.translate("Report", "Trigger point, active (number: intensity 0-10)"),
             mark("trigger_point", "active")),
            ("tp", QCoreApplication.translate("Report", "Trigger point, latent (open ring)"), mark("trigger_point", "latent", 4)),
            ("tp", QCoreApplication.translate("Report", "Trigger point, resolved (dashed)"), mark("trigger_point", "resolved", 2)),
            ("link", QCoreApplication.translate("Report", "Link: trigger point to the area it refers pain to"), None),
            ("area", QCoreApplication.translate("Report", "Referred pain area (hatched; darker = stronger)"),
             mark("referred_area")),
            ("area", QCoreApplication.translate("Report", "Pain area: it hurts here (plain tint, solid edge)"), mark("pain")),
            ("area", QCoreApplication.translate("Report", "Pins and needles (paraesthesia): dots, dashed edge"),
             mark("paraesthesia")),
            ("area", QCoreApplication.translate("Report", "Numbness: small crosses, dotted edge"), mark("numbness")),
            ("tp", QCoreApplication.translate("Report", "Spasm (star)"), mark("spasm")),
            ("tp", QCoreApplication.translate("Report", "Tender point, fibromyalgia (diamond with cross)"),
             mark("tender_point")),
            ("tick", QCoreApplication.translate("Report", "Tick: asked about and found clear"), None),
            ("label", QCoreApplication.translate("Report", "P1, TP1: numbered area, trigger point"),
             None),
            ("rl", QCoreApplication.translate("Report", "%1 / %2: the patient's right / left side").replace(
                "%1", words.side_letters()[0]).replace("%2", words.side_letters()[1]), None),
        ]
        return items

    def _legend_height(self) -> float:
        rows = math.ceil(len(self._legend_items()) / 2)
        return self.ctx.metrics(self.f_small_bold).height() + rows * self.ctx.pt(14) + self.ctx.pt(8)

    def legend(self) -> None:
        ctx = self.ctx
        items = self._legend_items()
        height = self._legend_height()
        row_h = ctx.pt(14)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(ctx.pen(RULE, 0.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0, top, ctx.width, height - ctx.pt(2)))
            p.setPen(INK)
            p.setFont(self.f_small_bold)
            title_h = ctx.metrics(self.f_small_bold).height()
            p.drawText(QRectF(ctx.pt(6), top + ctx.pt(3), ctx.width, title_h), 0,
                       QCoreApplication.translate("Report", "Legend"))
            col_w = (ctx.width - ctx.pt(12)) / 2
            for i, (what, label, sample) in enumerate(items):
                col, row = i % 2, i // 2
                x = ctx.pt(6) + col * col_w
                cy = top + ctx.pt(4) + title_h + row * row_h + row_h / 2
                self._legend_symbol(p, what, sample, QPointF(x + ctx.pt(9), cy))
                p.setPen(INK)
                room = col_w - ctx.pt(24)
                font = self.f_small
                wide = ctx.metrics(font).horizontalAdvance(label)
                if wide > room:  # a longer translation: smaller type rather than cut off
                    font = _font(max(5.5, 8 * room / wide))
                p.setFont(font)
                p.drawText(QRectF(x + ctx.pt(22), cy - row_h / 2, room, row_h),
                           Qt.AlignmentFlag.AlignVCenter, label)

        self.flow.place(height, draw)

    def _legend_symbol(self, p: QPainter, what: str, sample: MarkRecord | None, c: QPointF) -> None:
        ctx = self.ctx
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if what == "tp" and sample is not None:
            # in points, like the map: radius SYMBOL_RADIUS_PT
            p.translate(c)
            p.scale(ctx.u, ctx.u)
            paint_mark_symbol(_PixelFonts(p), sample, QPointF(0, 0), SYMBOL_RADIUS_PT / POINT_RADIUS)  # type: ignore[arg-type]
        elif what == "area" and sample is not None:
            path = QPainterPath()
            path.addRoundedRect(QRectF(c.x() - ctx.pt(8), c.y() - ctx.pt(5), ctx.pt(16), ctx.pt(10)),
                                ctx.pt(3), ctx.pt(3))
            _paint_area(p, sample, path, ctx.u)
        elif what == "link":
            a = QPointF(c.x() - ctx.pt(9), c.y())
            b = QPointF(c.x() + ctx.pt(9), c.y())
            _paint_link(p, a, b, 0, ctx.u)
        elif what == "tick":
            paint_tick(p, c, ctx.pt(TICK_SIZE_PT), ctx.pt(1.3))
        elif what == "label":
            box = Box(c.x() - ctx.pt(2), c.y() - ctx.pt(5), ctx.pt(13), ctx.pt(10))
            draw_labels(p, ctx, [PlacedLabel("x", "P1", box, (c.x() - ctx.pt(9), c.y()), True)],
                        self.f_label, self.f_ref)
        elif what == "rl":
            p.setPen(ctx.pen(QColor("#564e46"), 0.8))
            p.setBrush(QColor("#f4efe9"))
            p.drawEllipse(c, ctx.pt(6), ctx.pt(6))
            p.setPen(QColor("#564e46"))
            p.setFont(self.f_small_bold)
            p.drawText(QRectF(c.x() - ctx.pt(6), c.y() - ctx.pt(6), ctx.pt(12), ctx.pt(12)),
                       Qt.AlignmentFlag.AlignCenter, words.side_letters()[0])
        p.restore()

    # tables ----------------------------------------------------------------------------------
    def _section_title(self, text: str, keep_with: float) -> None:
        ctx = self.ctx
        h = ctx.metrics(self.f_head).height() + ctx.pt(4)
        self.flow.gap(10)
        self.flow.ensure(h + keep_with)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(INK)
            p.setFont(self.f_head)
            p.drawText(QRectF(0, top, ctx.width, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

        self.flow.place(h, draw)

    def _table(
        self,
        title: str,
        columns: Sequence[tuple[str, float, Qt.AlignmentFlag]],
        rows: Sequence[Sequence[str]],
        kind_icons: Sequence[Sequence[MarkRecord]] | None = None,
        icon_column: int = -1,
        empty: str = "",
    ) -> None:
        """A table that continues on the next page without cutting a row; the header repeats
        on every page the table reaches, and a header is never left at the foot of a page."""
        ctx = self.ctx
        total = sum(c[1] for c in columns)
        widths = [ctx.width * c[1] / total for c in columns]
        xs = [sum(widths[:i]) for i in range(len(widths))]
        pad = ctx.pt(3)
        icon_w = ctx.pt(11)

        def cell_width(i: int) -> float:
            return widths[i] - 2 * pad - (icon_w if i == icon_column else 0)

        header_h = max(ctx.text_height(self.f_table_bold, cell_width(i), c[0])
                       for i, c in enumerate(columns)) + 2 * pad
        heights = []
        for row in rows:
            heights.append(max(ctx.text_height(self.f_table, cell_width(i), str(v))
                               for i, v in enumerate(row)) + 2 * pad)
        first = heights[0] if heights else ctx.metrics(self.f_table).height()
        if title:
            self._section_title(title, header_h + first)
        else:
            self.flow.ensure(header_h + first)
        if not rows:
            self._paragraph(empty or QCoreApplication.translate("Report", "Nothing recorded."),
                            self.f_caption)
            return

        def draw_header(p: QPainter, top: float) -> None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(HEADER_FILL)
            p.drawRect(QRectF(0, top, ctx.width, header_h))
            p.setPen(ctx.pen(INK, 0.8))
            p.drawLine(QPointF(0, top + header_h), QPointF(ctx.width, top + header_h))
            p.setFont(self.f_table_bold)
            p.setPen(INK)
            for i, (name, _w, align) in enumerate(columns):
                p.drawText(QRectF(xs[i] + pad, top + pad, widths[i] - 2 * pad, header_h - 2 * pad),
                           int(align) | int(Qt.TextFlag.TextWordWrap), name)

        def draw_row(index: int, height: float) -> Callable[[QPainter, float], None]:
            row = rows[index]

            def draw(p: QPainter, top: float) -> None:
                if index % 2 == 1:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(STRIPE_FILL)
                    p.drawRect(QRectF(0, top, ctx.width, height))
                p.setPen(ctx.pen(RULE, 0.4))
                p.drawLine(QPointF(0, top + height), QPointF(ctx.width, top + height))
                p.setFont(self.f_table)
                for i, value in enumerate(row):
                    x = xs[i] + pad
                    if i == icon_column and kind_icons is not None and kind_icons[index]:
                        sample = kind_icons[index][0]
                        c = QPointF(x + ctx.pt(4), top + pad + ctx.metrics(self.f_table).height() / 2)
                        self._small_symbol(p, sample, c)
                        x += icon_w
                    p.setPen(INK)
                    p.setFont(self.f_table)
                    p.drawText(QRectF(x, top + pad, cell_width(i), height - 2 * pad),
                               int(columns[i][2]) | int(Qt.TextFlag.TextWordWrap), str(value))

            return draw

        self.flow.place(header_h, draw_header)
        for index, height in enumerate(heights):
            if height > self.flow.left():
                self.flow.new_page()
                self.flow.place(header_h, draw_header)
            self.flow.place(height, draw_row(index, height))

    def _small_symbol(self, p: QPainter, sample: MarkRecord, c: QPointF) -> None:
        """The kind's symbol at table size (shape and pattern as on the map)."""
        ctx = self.ctx
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if sample.kind in ("referred_area", "pain", "paraesthesia", "numbness"):
            path = QPainterPath()
            path.addRoundedRect(QRectF(c.x() - ctx.pt(4.5), c.y() - ctx.pt(3.5), ctx.pt(9),
                                       ctx.pt(7)), ctx.pt(1.5), ctx.pt(1.5))
            _paint_area(p, sample, path, ctx.u * 0.7)
        elif sample.kind in KIND_COLOURS:
            p.translate(c)
            p.scale(ctx.u, ctx.u)
            paint_mark_symbol(_PixelFonts(p), sample, QPointF(0, 0),  # type: ignore[arg-type]
                              3.6 / POINT_RADIUS)
        p.restore()

    def _kind_text(self, row: RegionRow) -> str:
        parts = []
        for kind in row.kinds:
            label = words.kind(kind)
            if kind == "trigger_point" and row.tp_state:
                label += f" ({words.tp_state(row.tp_state)})"
            parts.append(label)
        return ", ".join(parts)

    def _kind_icons(self, row: RegionRow) -> list[MarkRecord]:
        out = []
        for kind in row.kinds:
            out.append(MarkRecord(kind=kind, view="front", geometry={"type": "point", "x": 0, "y": 0},
                                  intensity=row.peak if kind != "trigger_point" else row.latest,
                                  tp_state=(row.tp_state or "active") if kind == "trigger_point" else None))
        return out

    def symptom_table(self) -> None:
        """The numbered symptom areas with their body-chart attributes."""
        rows_in = self.data.symptoms
        if not rows_in:
            return
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        columns = [
            (QCoreApplication.translate("Report", "No."), 4.5, centre),
            (QCoreApplication.translate("Report", "Symptom and where"), 19.0, left),
            (QCoreApplication.translate("Report", "Intensity, latest") if self.data.mode == "period"
             else QCoreApplication.translate("Report", "Intensity"), 8.5, centre),
            (QCoreApplication.translate("Report", "Constant or intermittent"), 11.0, left),
            (QCoreApplication.translate("Report", "Depth"), 9.0, left),
            (QCoreApplication.translate("Report", "Aggravating factors"), 13.0, left),
            (QCoreApplication.translate("Report", "Easing factors"), 12.0, left),
            (QCoreApplication.translate("Report", "24-hour pattern"), 12.0, left),
            (QCoreApplication.translate("Report", "Related"), 9.5, left),
        ]
        rows = []
        icons = []
        for r in rows_in:
            where = ", ".join(words.region(x) for x in r.regions[:2]) or words.view_name(r.view)
            what = f"{words.kind(r.kind)}: {where}"
            if r.qualities:
                what += " (" + ", ".join(words.quality(q) for q in r.qualities[:3]) + ")"
            if r.times > 1:
                what += "; " + QCoreApplication.translate("Report", "marked %1 times").replace("%1", str(r.times))
            aggravating = ", ".join(words.aggravating(k) for k in r.aggravating)
            if r.aggravating_note:
                aggravating = "; ".join(x for x in (aggravating, r.aggravating_note) if x)
            easing = ", ".join(words.easing(k) for k in r.easing)
            if r.easing_note:
                easing = "; ".join(x for x in (easing, r.easing_note) if x)
            daily = ", ".join(words.daily(k) for k in r.daily_pattern)
            if r.morning_stiffness_minutes:
                daily = "; ".join(x for x in (daily, QCoreApplication.translate("Report", "morning stiffness %1").replace(
                    "%1", words.minutes(r.morning_stiffness_minutes))) if x)
            related = []
            if r.brought_on_by is not None:
                related.append(QCoreApplication.translate("Report", "brought on by P%1").replace("%1", str(r.brought_on_by)))
            if r.source_tp is not None:
                related.append(QCoreApplication.translate("Report", "referred from TP%1").replace("%1", str(r.source_tp)))
            rows.append([f"P{r.number}", what, words.out_of_ten(r.intensity),
                         words.constancy(r.constancy), words.depth(r.depth),
                         aggravating or "–", easing or "–", daily or "–", "; ".join(related) or "–"])
            icons.append([MarkRecord(kind=r.kind, view="front", geometry={"type": "point", "x": 0,
                                                                           "y": 0},
                                     intensity=r.intensity)])
        self._table(QCoreApplication.translate("Report", "Numbered symptom areas"), columns, rows, icons, icon_column=1)
        if self.data.unnumbered_symptoms:
            self._paragraph(QCoreApplication.translate("Report", "The %1 places marked most often are numbered; %2 more are "
                              "drawn without a number and counted in the table by region.")
                            .replace("%1", str(len(rows_in)))
                            .replace("%2", str(self.data.unnumbered_symptoms)), self.f_tiny)

    def trigger_point_table(self) -> None:
        """The numbered trigger points with their examination findings."""
        from bodymap.store.records import EXAM_FINDINGS

        rows_in = self.data.trigger_points
        if not rows_in:
            return
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        columns = [(QCoreApplication.translate("Report", "No."), 4.5, centre),
                   (QCoreApplication.translate("Report", "Muscle and where"), 17.0, left),
                   (QCoreApplication.translate("Report", "State"), 10.0, left)]
        columns += [(words.exam_finding(k), 10.0, centre) for k in EXAM_FINDINGS]
        columns += [(QCoreApplication.translate("Report", "Pressure threshold (kg/cm²)"), 9.0, centre),
                    (QCoreApplication.translate("Report", "Refers to"), 8.0, left)]
        rows = []
        for r in rows_in:
            where = words.muscle(r.muscle_key) or words.kind("trigger_point")
            if r.region:
                where += f", {words.region(r.region)}"
            state = words.tp_state(r.state)
            if r.suggested_state and r.suggested_state != r.state:
                state += " (" + QCoreApplication.translate("Report", "findings suggest %1").replace(
                    "%1", words.tp_state(r.suggested_state)) + ")"
            rows.append([f"TP{r.number}", where, state]
                        + [words.exam_answer(r.exam.get(k)) for k in EXAM_FINDINGS]
                        + ["–" if r.pressure_threshold is None else words.number(r.pressure_threshold),
                           ", ".join(f"P{n}" for n in r.refers_to) or "–"])
        self._table(QCoreApplication.translate("Report", "Trigger points and examination findings"), columns, rows)
        self._paragraph(QCoreApplication.translate("Report", "n.t. = not tested. Findings are the examiner's observations as the person "
            "recorded them; a trigger point whose pressure reproduces the person's own pain is "
            "usually called active."), self.f_tiny)

    def region_table(self) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        columns = [
            (QCoreApplication.translate("Report", "Region (patient's side)"), 15.5, left),
            (QCoreApplication.translate("Report", "Kind of mark"), 16.0, left),
            (QCoreApplication.translate("Report", "Muscle"), 17.5, left),
            (QCoreApplication.translate("Report", "Intensity latest / peak"), 8.5, centre),
            (QCoreApplication.translate("Report", "Pain qualities"), 13.5, left),
            (QCoreApplication.translate("Report", "First seen"), 10.5, centre),
            (QCoreApplication.translate("Report", "Last seen"), 10.5, centre),
            (QCoreApplication.translate("Report", "No. of episodes"), 8.5, centre),
        ]
        rows = [
            [
                words.region(r.region_id),
                self._kind_text(r),
                ", ".join(words.muscle(k) for k in r.muscle_keys) or ", ".join(r.muscles) or "–",
                f"{r.latest} / {r.peak}",
                ", ".join(words.quality(q) for q in r.qualities) or "–",
                words.day(r.first_seen),
                words.day(r.last_seen),
                str(r.episodes),
            ]
            for r in self.data.regions
        ]
        icons = [self._kind_icons(r) for r in self.data.regions]
        self._table(QCoreApplication.translate("Report", "By region"), columns, rows, icons, icon_column=1,
                    empty=QCoreApplication.translate("Report", "No region was marked in this period."))
        self.muscle_sources()

    def muscle_sources(self) -> None:
        """Full citations for the referral patterns of the muscles the table names (only muscles
        the person picked: a guessed muscle is never stored)."""
        text = muscle_sources_text([m for r in self.data.regions for m in r.muscles])
        if text:
            self.flow.gap(3)
            self._paragraph(text, self.f_tiny)

    def therapy_table(self) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        columns = [
            (QCoreApplication.translate("Report", "Therapy tried"), 30.0, left),
            (QCoreApplication.translate("Report", "Times"), 9.0, centre),
            (QCoreApplication.translate("Report", "Better"), 9.0, centre),
            (QCoreApplication.translate("Report", "Same"), 9.0, centre),
            (QCoreApplication.translate("Report", "Worse"), 9.0, centre),
            (QCoreApplication.translate("Report", "No outcome noted"), 12.0, centre),
            (QCoreApplication.translate("Report", "Mean relief (0-10)"), 12.0, centre),
        ]
        rows = [
            [words.therapy(x.name, x.key), str(x.uses), str(x.better), str(x.same), str(x.worse),
             str(x.unknown), "–" if x.mean_relief is None else words.number(x.mean_relief)]
            for x in self.data.therapies
        ]
        self._table(QCoreApplication.translate("Report", "Therapies tried and how they went"), columns, rows,
                    empty=QCoreApplication.translate("Report", "No therapy was logged in this period."))

    # since the last visit ----------------------------------------------------------------------
    def visit_page(self) -> None:
        """Its own page: the period's start, end and average maps, better / worse by region,
        and the figures behind them."""
        ctx, visit = self.ctx, self.data.visit
        if visit is None:
            return
        self.flow.fresh_page()
        self._section_title(QCoreApplication.translate("Report", "Since the last visit"), ctx.pt(200))
        (a0, a1), (b0, b1) = visit.start_window, visit.end_window
        intro = QCoreApplication.translate("Report", "Start of the period: %1. End of the period: %2. Each region's mean "
                  "intensity in the episodes that touched it (0 where it was not marked).")
        intro = intro.replace("%1", words.span(a0, a1)).replace("%2", words.span(b0, b1))
        self._paragraph(intro, self.f_small)
        overall = QCoreApplication.translate("Report", "Mean episode intensity: %1 at the start (%2), %3 at the end (%4).")
        overall = (overall.replace("%1", words.out_of_ten(visit.start_overall, 1))
                   .replace("%2", words.episodes(visit.start_episodes))
                   .replace("%3", words.out_of_ten(visit.end_overall, 1))
                   .replace("%4", words.episodes(visit.end_episodes)))
        better = sum(1 for r in visit.rows if r.verdict == "better")
        worse = sum(1 for r in visit.rows if r.verdict == "worse")
        overall += " " + QCoreApplication.translate("Report", "Regions better: %1; worse: %2; unchanged: %3.").replace(
            "%1", str(better)).replace("%2", str(worse)).replace(
            "%3", str(len(visit.rows) - better - worse))
        self._paragraph(overall, self.f_bold, INK)
        self.flow.gap(4)
        gap = ctx.pt(12)
        cell_w = (ctx.width - gap) / 2
        caption_h = ctx.metrics(self.f_small_bold).height() * 1.4
        body_w = (cell_w - ctx.pt(6)) / 2
        body_h = min(body_w * VIEWS["front"].height / VIEWS["front"].width, ctx.pt(190))
        cell_h = caption_h + body_h + ctx.pt(4)
        maps = [
            (QCoreApplication.translate("Report", "Start: %1").replace("%1", words.span(a0, a1)), visit.values("start"), "level"),
            (QCoreApplication.translate("Report", "End: %1").replace("%1", words.span(b0, b1)), visit.values("end"), "level"),
            (QCoreApplication.translate("Report", "Average over the period"), visit.values("mean"), "level"),
            (QCoreApplication.translate("Report", "Better / worse, end against start"),
             {r.region_id: (-1.0 if r.verdict == "better" else 1.0 if r.verdict == "worse" else 0.0)
              for r in visit.rows}, "change"),
        ]
        for row in range(2):
            pair = maps[row * 2: row * 2 + 2]

            def draw(p: QPainter, top: float, pair: Sequence[Any] = pair) -> None:
                for k, (caption, values, style) in enumerate(pair):
                    x = k * (cell_w + gap)
                    p.setPen(INK)
                    p.setFont(self.f_small_bold)
                    p.drawText(QRectF(x, top, cell_w, caption_h),
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                               caption)
                    for i, view_id in enumerate(MAIN_VIEWS):
                        rect = QRectF(x + i * (body_w + ctx.pt(6)), top + caption_h, body_w, body_h)
                        where = draw_view(p, ctx, view_id, rect, [])
                        _paint_region_values(p, ctx, view_id, where, values, style)

            self.flow.place(cell_h, draw)
        self._visit_key()
        rows = [r for r in visit.rows if r.episodes or r.start_episodes or r.end_episodes]
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        columns = [
            (QCoreApplication.translate("Report", "Region (patient's side)"), 24.0, left),
            (QCoreApplication.translate("Report", "Start: mean (episodes)"), 12.0, centre),
            (QCoreApplication.translate("Report", "End: mean (episodes)"), 12.0, centre),
            (QCoreApplication.translate("Report", "Average (episodes)"), 12.0, centre),
            (QCoreApplication.translate("Report", "Change"), 9.0, centre),
            (QCoreApplication.translate("Report", "Better / worse"), 10.0, centre),
        ]
        table = []
        for r in rows:
            verdict = r.verdict
            if r.start_episodes == 0 and r.end_episodes > 0:
                verdict_text = f"{words.verdict(verdict)} ({words.verdict('new')})"
            elif r.end_episodes == 0 and r.start_episodes > 0:
                verdict_text = f"{words.verdict(verdict)} ({words.verdict('gone')})"
            else:
                verdict_text = words.verdict(verdict)
            sign = "+" if r.change > 0 else ""
            table.append([
                words.region(r.region_id),
                f"{words.number(r.start)} ({r.start_episodes})",
                f"{words.number(r.end)} ({r.end_episodes})",
                f"{words.number(r.mean)} ({r.episodes})",
                sign + words.number(r.change),
                verdict_text,
            ])
        self._table(QCoreApplication.translate("Report", "The figures behind the maps"), columns, table,
                    empty=QCoreApplication.translate("Report", "No region was marked in this period."))

    def _visit_key(self) -> None:
        ctx = self.ctx
        h = ctx.pt(16)
        items = [("level", 2.0, QCoreApplication.translate("Report", "mild")), ("level", 5.0, QCoreApplication.translate("Report", "moderate")),
                 ("level", 8.5, QCoreApplication.translate("Report", "severe")), ("change", -1.0, words.verdict("better")),
                 ("change", 1.0, words.verdict("worse")), ("change", 0.0, words.verdict("unchanged"))]

        def draw(p: QPainter, top: float) -> None:
            x = 0.0
            p.setFont(self.f_small)
            for style, value, label in items:
                box = QRectF(x, top + ctx.pt(3), ctx.pt(14), ctx.pt(9))
                path = QPainterPath()
                path.addRect(box)
                _paint_value(p, path, value, style, ctx.u)
                p.setPen(INK)
                width = ctx.metrics(self.f_small).horizontalAdvance(label) + ctx.pt(4)
                p.drawText(QRectF(x + ctx.pt(17), top, width, h), Qt.AlignmentFlag.AlignVCenter,
                           label)
                x += ctx.pt(30) + width

        self.flow.place(h, draw)

    # overall pain and fatigue, triggers, durations ---------------------------------------------
    def overall_block(self) -> None:
        ctx, o = self.ctx, self.data.overall
        if o is None or not o.points:
            return
        pain, fatigue = o.series("intensity"), o.series("fatigue")
        chart = len(pain) >= MIN_CHART_POINTS or len(fatigue) >= MIN_CHART_POINTS
        chart_h = ctx.pt(58 * MM) if chart else 0.0
        self._section_title(QCoreApplication.translate("Report", "Overall pain and fatigue"),
                            chart_h or ctx.metrics(self.f_body).height() * 2)
        lines = []
        for name, series, which in ((QCoreApplication.translate("Report", "Overall pain"), pain, "intensity"),
                                    (QCoreApplication.translate("Report", "Fatigue"), fatigue, "fatigue")):
            if not series:
                lines.append(QCoreApplication.translate("Report", "%1: not given.").replace("%1", name))
                continue
            text = QCoreApplication.translate("Report", "%1: mean %2, highest %3, lowest %4 (%5).")
            values = [v for _t, v in series]
            lines.append(text.replace("%1", name).replace("%2", words.out_of_ten(o.mean(which), 1))
                         .replace("%3", words.out_of_ten(max(values)))
                         .replace("%4", words.out_of_ten(min(values)))
                         .replace("%5", words.episodes(len(values))))
        if chart:
            series_list = [(QCoreApplication.translate("Report", "overall pain"), pain, "solid"),
                           (QCoreApplication.translate("Report", "fatigue"), fatigue, "dash")]
            if max(len(pain), len(fatigue)) > TREND_AFTER_POINTS:
                # many episodes: each as a faint dot, the weekly (monthly) means as lines
                every = pain + fatigue
                monthly = (max(tm for tm, _v in every) - min(tm for tm, _v in every)).days > 2 * 365
                series_list = [
                    (QCoreApplication.translate("Report", "overall pain, per episode"), pain, "points"),
                    (QCoreApplication.translate("Report", "fatigue, per episode"), fatigue, "points"),
                    ((QCoreApplication.translate("Report", "overall pain, monthly mean") if monthly else
                      QCoreApplication.translate("Report", "overall pain, weekly mean")),
                     _binned(pain, monthly), "solid"),
                    ((QCoreApplication.translate("Report", "fatigue, monthly mean") if monthly else
                      QCoreApplication.translate("Report", "fatigue, weekly mean")),
                     _binned(fatigue, monthly), "dash"),
                ]
            self.flow.place(chart_h, lambda p, top: _paint_lines_chart(
                p, ctx, QRectF(0, top, ctx.width, chart_h - ctx.pt(4)), series_list, 10,
                self.data.period_start, self.data.period_end))
        for line in lines:
            self._paragraph(line, self.f_body, INK)
        if o.kinds:
            self._paragraph(QCoreApplication.translate("Report", "Kinds of episode: %1.").replace("%1", ", ".join(
                f"{words.episode_kind(k)} {n}" for k, n in o.kinds)), self.f_body, INK)
        if o.durations:
            d = sorted(o.durations)
            median = d[len(d) // 2] if len(d) % 2 else (d[len(d) // 2 - 1] + d[len(d) // 2]) / 2
            text = QCoreApplication.translate("Report", "Durations (given for %1 of %2): median %3, shortest %4, longest %5.")
            self._paragraph(text.replace("%1", str(len(d))).replace("%2", str(len(o.points)))
                            .replace("%3", words.minutes(median)).replace("%4", words.minutes(d[0]))
                            .replace("%5", words.minutes(d[-1])), self.f_body, INK)
        else:
            self._paragraph(QCoreApplication.translate("Report", "No duration was given."), self.f_body, INK)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        rows = [[words.trigger(text), str(n), words.out_of_ten(mean, 1)]
                for text, n, mean in o.triggers]
        self._table(QCoreApplication.translate("Report", "Triggers the person named"),
                    [(QCoreApplication.translate("Report", "Trigger"), 50.0, left), (QCoreApplication.translate("Report", "Episodes"), 15.0, centre),
                     (QCoreApplication.translate("Report", "Mean intensity of those episodes"), 20.0, centre)],
                    rows, empty=QCoreApplication.translate("Report", "No trigger was named in this period."))

    # outcome measures ----------------------------------------------------------------------------
    def outcomes_block(self) -> None:
        ctx, d = self.ctx, self.data
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        rows = []
        for line in d.psfs:
            if line.ratings:
                (d0, s0), (d1, s1) = line.ratings[0], line.ratings[-1]
                change = s1 - s0
                rows.append([line.name, f"{s0} ({words.day(d0)})", f"{s1} ({words.day(d1)})",
                             ("+" if change > 0 else "") + str(change), str(len(line.ratings))])
            else:
                rows.append([line.name, "–", "–", "–", "0"])
        self._table(
            QCoreApplication.translate("Report", "Patient-Specific Functional Scale (PSFS)"),
            [(QCoreApplication.translate("Report", "Activity"), 34.0, left), (QCoreApplication.translate("Report", "First rating"), 17.0, centre),
             (QCoreApplication.translate("Report", "Latest rating"), 17.0, centre), (QCoreApplication.translate("Report", "Change"), 9.0, centre),
             (QCoreApplication.translate("Report", "Ratings"), 9.0, centre)],
            rows, empty=QCoreApplication.translate("Report", "No PSFS activity was rated."))
        if d.psfs:
            firsts = [x.first for x in d.psfs if x.first is not None]
            lasts = [x.last for x in d.psfs if x.last is not None]
            text = QCoreApplication.translate("Report", "0 = unable to do the activity, 10 = able to do it as before the "
                     "problem. A change of about 2 points in the mean, or 3 in one activity, is "
                     "beyond measurement error.")
            if firsts and lasts:
                text = QCoreApplication.translate("Report", "Mean score: %1 first, %2 latest.").replace(
                    "%1", words.number(sum(firsts) / len(firsts))).replace(
                    "%2", words.number(sum(lasts) / len(lasts))) + " " + text
            self._paragraph(text, self.f_small)
            charted = [(x.name, [(datetime.combine(day, datetime.min.time()), s)
                                 for day, s in x.ratings], "solid")
                       for x in d.psfs if len(x.ratings) >= MIN_CHART_POINTS]
            if charted:
                h = ctx.pt(50 * MM)
                self.flow.ensure(h)
                self.flow.place(h, lambda p, top: _paint_lines_chart(
                    p, ctx, QRectF(0, top, ctx.width, h - ctx.pt(4)), charted, 10,
                    d.period_start, d.period_end))
        rows = [[words.day(day), f"{score}: {words.pgic(score)}", note or "–"]
                for day, score, note in d.pgic]
        self._table(
            QCoreApplication.translate("Report", "Patient Global Impression of Change (PGIC)"),
            [(QCoreApplication.translate("Report", "Date"), 16.0, left), (QCoreApplication.translate("Report", "Rating"), 30.0, left),
             (QCoreApplication.translate("Report", "Note"), 40.0, left)],
            rows, empty=QCoreApplication.translate("Report", "No PGIC was recorded in this period."))
        if d.pgic:
            self._paragraph(QCoreApplication.translate("Report", "Since starting treatment, overall: 1 = very much improved, "
                              "4 = no change, 7 = very much worse (NINDS numbering)."), self.f_small)

    # the person's notes --------------------------------------------------------------------------
    def patient_notes_block(self) -> None:
        notes = self.data.patient_notes
        chosen = self.options.note_ids
        if chosen is not None:
            notes = [n for n in notes if n.episode_id in chosen]
        if not notes:
            return
        ctx = self.ctx
        first_h = ctx.text_height(self.f_body, ctx.width, notes[0].text) + ctx.pt(14)
        self._section_title(QCoreApplication.translate("Report", "The person's notes"), first_h)
        for note in notes:
            head = f"{words.day_time(note.local_time)} · {words.episode_kind(note.kind)}"
            if note.intensity is not None:
                head += f" · {words.out_of_ten(note.intensity)}"
            head_h = ctx.metrics(self.f_small_bold).height()
            body_h = ctx.text_height(self.f_body, ctx.width - ctx.pt(8), note.text) + ctx.pt(4)

            def draw(p: QPainter, top: float, head: str = head, text: str = note.text,
                     head_h: float = head_h, body_h: float = body_h) -> None:
                p.setPen(MUTED)
                p.setFont(self.f_small_bold)
                p.drawText(QRectF(0, top, ctx.width, head_h), 0, head)
                p.setPen(INK)
                p.setFont(self.f_body)
                p.drawText(QRectF(ctx.pt(8), top + head_h, ctx.width - ctx.pt(8), body_h),
                           int(Qt.TextFlag.TextWordWrap), text)

            self.flow.place(head_h + body_h, draw)  # a note is never cut between pages

    # the self-care plan ---------------------------------------------------------------------------
    def plan_pages(self) -> None:
        """The person's own sheet, in large type, from a new page."""
        ctx, d = self.ctx, self.data
        big_title, big_head, big_body = _font(22, bold=True), _font(16, bold=True), _font(13)
        big_bold = _font(13, bold=True)
        self.flow.fresh_page()
        title_h = ctx.metrics(big_title).height() + ctx.pt(6)
        sub = self.person_line()
        sub = (sub + " · " if sub else "") + words.day(d.printed_on)

        def draw_title(p: QPainter, top: float) -> None:
            p.setPen(INK)
            p.setFont(big_title)
            p.drawText(QRectF(0, top, ctx.width, title_h), 0, QCoreApplication.translate("Report", "My self-care plan"))
            p.setFont(self.f_body)
            p.drawText(QRectF(0, top, ctx.width, title_h), Qt.AlignmentFlag.AlignRight, sub)

        self.flow.place(title_h, draw_title)
        if not d.plan:
            self._paragraph(QCoreApplication.translate("Report", "No therapy was chosen for the plan."), big_body, INK)
        for item in d.plan:
            blocks: list[tuple[str, QFont, float]] = [(words.therapy(item.name, item.key), big_head, 0.0)]
            if item.summary:
                blocks.append((item.summary, big_body, 0.0))
            for n, step in enumerate(item.steps, start=1):
                blocks.append((f"{n}. {step}", big_body, ctx.pt(10)))
            if item.duration:
                blocks.append((QCoreApplication.translate("Report", "How long: %1").replace("%1", item.duration), big_bold, 0.0))
            if item.cautions:
                blocks.append((QCoreApplication.translate("Report", "Take care:"), big_bold, 0.0))
                blocks += [(f"• {c}", big_body, ctx.pt(10)) for c in item.cautions]
            heights = [ctx.text_height(f, ctx.width - ind, text) + ctx.pt(3) for text, f, ind in blocks]
            total = sum(heights) + ctx.pt(12)
            if total <= self.flow.bottom - self.flow.top:
                self.flow.ensure(total)  # a therapy stays on one page when it can
            self.flow.gap(10)
            for text, font, indent in blocks:
                self._paragraph(text, font, INK, indent)
        if d.warning_signs:
            lines = [QCoreApplication.translate("Report", "Stop and get medical help at once if you have:")] + [
                f"• {w}" for w in d.warning_signs]
            fonts = [big_bold] + [big_body] * len(d.warning_signs)
            heights = [ctx.text_height(f, ctx.width - ctx.pt(16), x) + ctx.pt(3)
                       for x, f in zip(lines, fonts, strict=True)]
            box_h = sum(heights) + ctx.pt(12)
            self.flow.gap(12)
            self.flow.ensure(box_h)

            def draw_box(p: QPainter, top: float) -> None:
                p.setPen(ctx.pen(INK, 2.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(0, top, ctx.width, box_h))
                y = top + ctx.pt(6)
                for text, font, h in zip(lines, fonts, heights, strict=True):
                    p.setFont(font)
                    p.setPen(INK)
                    p.drawText(QRectF(ctx.pt(8), y, ctx.width - ctx.pt(16), h),
                               int(Qt.TextFlag.TextWordWrap), text)
                    y += h

            self.flow.place(box_h, draw_box)

    # one-page summary ------------------------------------------------------------------------------
    def summary_lines(self) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
        """(the chart's numbered areas and trigger points, the figures of the period)."""
        d = self.data
        chart: list[tuple[str, bool]] = []
        out = chart
        for r in d.symptoms[:8]:
            where = ", ".join(words.region(x) for x in r.regions[:1]) or words.view_name(r.view)
            bits = [words.out_of_ten(r.intensity)]
            if r.constancy:
                bits.append(words.constancy(r.constancy))
            if r.depth:
                bits.append(words.depth(r.depth))
            if r.aggravating:
                bits.append(QCoreApplication.translate("Report", "worse with %1").replace(
                    "%1", ", ".join(words.aggravating(k) for k in r.aggravating[:3])))
            if r.easing:
                bits.append(QCoreApplication.translate("Report", "eased by %1").replace(
                    "%1", ", ".join(words.easing(k) for k in r.easing[:3])))
            if r.daily_pattern:
                bits.append(", ".join(words.daily(k) for k in r.daily_pattern))
            out.append((f"P{r.number} {words.kind(r.kind)}, {where}: " + "; ".join(bits), False))
        for tp in d.trigger_points[:4]:
            found = [words.exam_finding(k) for k, v in tp.exam.items() if v == "yes"]
            text = f"TP{tp.number} {words.muscle(tp.muscle_key) or words.kind('trigger_point')} " \
                   f"({words.tp_state(tp.state)})"
            if found:
                text += ": " + ", ".join(found)
            out.append((text, False))
        out = []
        v = d.visit
        if v is not None:
            better = sum(1 for r in v.rows if r.verdict == "better")
            worse = sum(1 for r in v.rows if r.verdict == "worse")
            text = QCoreApplication.translate("Report", "Since the last visit: mean episode intensity %1 → %2; regions "
                     "better %3, worse %4.")
            out.append((text.replace("%1", words.out_of_ten(v.start_overall, 1))
                        .replace("%2", words.out_of_ten(v.end_overall, 1))
                        .replace("%3", str(better)).replace("%4", str(worse)), True))
        o = d.overall
        if o is not None and o.points:
            text = QCoreApplication.translate("Report", "Overall pain: mean %1; fatigue: mean %2 (%3).")
            out.append((text.replace("%1", words.out_of_ten(o.mean("intensity"), 1))
                        .replace("%2", words.out_of_ten(o.mean("fatigue"), 1))
                        .replace("%3", words.episodes(len(o.points))), False))
            if o.triggers:
                out.append((QCoreApplication.translate("Report", "Triggers: %1.").replace("%1", ", ".join(
                    f"{words.trigger(x)} ({n})" for x, n, _m in o.triggers[:5])), False))
        if d.pgic:
            day, score, _note = d.pgic[-1]
            out.append((QCoreApplication.translate("Report", "PGIC on %1: %2").replace("%1", words.day(day)).replace(
                "%2", f"{score}: {words.pgic(score)}"), True))
        if d.psfs:
            parts = [f"{x.name} {x.first}→{x.last}" for x in d.psfs if x.ratings]
            if parts:
                out.append((QCoreApplication.translate("Report", "PSFS: %1").replace("%1", "; ".join(parts)), False))
        for x in d.therapies[:4]:
            text = QCoreApplication.translate("Report", "%1: %2 times, better %3, same %4, worse %5")
            out.append((text.replace("%1", words.therapy(x.name, x.key)).replace("%2", str(x.uses))
                        .replace("%3", str(x.better)).replace("%4", str(x.same))
                        .replace("%5", str(x.worse)), False))
        return chart, out

    # charts ----------------------------------------------------------------------------------
    def charts(self) -> None:
        ctx, d = self.ctx, self.data
        if not d.histories:
            return
        gap = ctx.pt(10)
        w = (ctx.width - gap) / 2
        h = w * 0.55
        self._section_title(QCoreApplication.translate(
            "Report", "Intensity over time, most affected regions"), h)
        for i in range(0, len(d.histories), 2):
            pair = d.histories[i:i + 2]

            def draw(p: QPainter, top: float, pair: Sequence[Any] = pair) -> None:
                for k, history in enumerate(pair):
                    rect = QRectF(k * (w + gap), top, w, h)
                    if self.options.matplotlib_charts:
                        _draw_chart(p, history, rect, ctx)
                    else:
                        _paint_chart(p, history, rect, ctx)

            self.flow.place(h + ctx.pt(6), draw)

    # fibromyalgia -----------------------------------------------------------------------------
    def _fibro_lines(self) -> list[tuple[str, bool]]:
        """(text, bold) lines of the latest assessment, in plain words."""
        from bodymap.anatomy import scores
        from bodymap.i18n.language import current

        lang = current()
        f = self.data.fibro
        assert f is not None
        s = f.summary
        first, last = scores.wpi_window(f.at)
        if s.wpi_source == "assessment" and s.assessment is not None:
            source = (QCoreApplication.translate("Report", "confirmed by the patient in the assessment of %1, adjusted "
                        "from the map") if s.assessment.areas_adjusted else
                      QCoreApplication.translate("Report", "confirmed by the patient in the assessment of %1")).replace(
                "%1", words.day(s.assessment.assessed_on))
        else:
            source = QCoreApplication.translate("Report", "from the marks on the map")
        names = "; ".join(scores.area_name(a, lang) for a in s.wpi_areas) or QCoreApplication.translate("Report", "none")
        lines = [
            (f"{scores.term('wpi', lang)}: {s.wpi}/19 ({source}; {words.span(first, last)})", True),
            (QCoreApplication.translate("Report", "Areas: %1").replace("%1", names), False),
        ]
        if s.sss is None:
            lines.append((QCoreApplication.translate("Report", "%1: not known (no questionnaire recorded)").replace(
                "%1", scores.term("sss", lang)), True))
            lines.append((QCoreApplication.translate("Report", "FS (WPI + SSS): not known"), False))
        else:
            sss_day = words.day(s.sss_assessment.assessed_on) if s.sss_assessment else ""
            lines.append((QCoreApplication.translate("Report", "%1: %2/12 (answered on %3)").replace(
                "%1", scores.term("sss", lang)).replace("%2", str(s.sss)).replace("%3", sss_day),
                True))
            lines.append((QCoreApplication.translate("Report", "FS (WPI + SSS): %1/31").replace("%1", str(s.fs)), False))
        regions = len(s.summary.body_regions)
        lines.append(((QCoreApplication.translate("Report", "Generalized pain: yes (%1 of 5 regions, jaw, chest and "
                         "abdomen aside)") if s.generalized_pain else
                       QCoreApplication.translate("Report", "Generalized pain: no (%1 of 5 regions, jaw, chest and "
                         "abdomen aside)")).replace("%1", str(regions)), False))
        months = {True: QCoreApplication.translate("Report", "yes"), False: QCoreApplication.translate("Report", "no"),
                  None: QCoreApplication.translate("Report", "not known")}[s.three_months]
        why = {"confirmed": QCoreApplication.translate("Report", "confirmed by the patient"),
               "diary": QCoreApplication.translate("Report", "as the diary shows")}.get(s.three_months_source or "", "")
        text = QCoreApplication.translate("Report", "Symptoms for at least 3 months: %1").replace("%1", months)
        lines.append((text + (f" ({why})" if why else ""), False))
        lines.append((QCoreApplication.translate("Report", "2016 criteria: %1").replace(
            "%1", scores.criteria_sentence(s.criteria_2016_met, lang)), True))
        exam = s.tender_exam
        if exam is not None:
            lines.append((QCoreApplication.translate("Report", "%1: %2/18 tender on %3 (no longer part of the 2010/2016 "
                            "criteria; not trigger points)").replace(
                "%1", scores.term("tender_points", lang)).replace("%2", str(exam.count)).replace(
                "%3", words.day(exam.examined_on)), False))
        return lines

    def fibro_block(self) -> None:
        """The latest assessment (WPI with its areas on a small body, SSS, FS, the 2016 summary
        as information) and WPI, SSS and FS over time with the 2016 thresholds."""
        ctx, f = self.ctx, self.data.fibro
        if f is None:
            return
        lines = self._fibro_lines()
        body_w = ctx.pt(62 * MM)
        text_w = ctx.width - body_w - ctx.pt(8)
        heights = [ctx.text_height(self.f_bold if bold else self.f_body, text_w, t) + ctx.pt(2)
                   for t, bold in lines]
        text_h = sum(heights)
        body_h = body_w * VIEWS["front"].height / (2 * VIEWS["front"].width)
        height = max(text_h, body_h + ctx.metrics(self.f_caption).height() * 1.3)
        self._section_title(QCoreApplication.translate(
            "Report", "Fibromyalgia measures for %1 (information, not a diagnosis)").replace(
            "%1", words.day(f.at)), height)
        areas = set(f.summary.wpi_areas)

        def draw(p: QPainter, top: float) -> None:
            col = (body_w - ctx.pt(4)) / 2
            for i, view_id in enumerate(MAIN_VIEWS):
                rect = QRectF(i * (col + ctx.pt(4)), top, col, body_h)
                placed = draw_view(p, ctx, view_id, rect, [])
                _paint_wpi_areas(p, ctx, view_id, placed, areas)
            p.setPen(MUTED)
            p.setFont(self.f_caption)
            p.drawText(QRectF(0, top + body_h + ctx.pt(1), body_w, ctx.pt(12)),
                       Qt.AlignmentFlag.AlignHCenter,
                       QCoreApplication.translate("Report", "WPI areas counted (front, back)"))
            y = top
            for (text, bold), h in zip(lines, heights, strict=True):
                p.setPen(INK)
                p.setFont(self.f_bold if bold else self.f_body)
                p.drawText(QRectF(body_w + ctx.pt(8), y, text_w, h), int(Qt.TextFlag.TextWordWrap),
                           text)
                y += h

        self.flow.place(height, draw)
        self.flow.gap(6)
        series = list(f.series)
        if len(series) < MIN_CHART_POINTS:
            return  # too few assessments for a trend: the figures above say it all
        chart_h = ctx.pt(62 * MM)
        self.flow.ensure(chart_h)
        self.flow.place(chart_h, lambda p, top: _paint_fibro_trend(
            p, series, QRectF(0, top, ctx.width, chart_h - ctx.pt(4)), ctx))
        self._paragraph(QCoreApplication.translate(
            "Report",
            "Dashed lines: the 2016 thresholds (WPI 7 or more with SSS 5 or more, or WPI 4 to 6 "
            "with SSS 9 or more; generalized pain and 3 months are needed too). "
            "These are the criteria doctors use; talk to your doctor about what they mean for "
            "you."), self.f_small)

    # notes -------------------------------------------------------------------------------------
    def notes_box(self) -> None:
        ctx = self.ctx
        minimum = ctx.pt(55 * MM)
        title_h = ctx.metrics(self.f_head).height() + ctx.pt(4)
        self.flow.gap(10)
        if self.flow.left() < minimum + title_h:
            self.flow.fresh_page()
        height = min(self.flow.left() - title_h, ctx.pt(150 * MM))
        line_gap = ctx.pt(9 * MM)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(INK)
            p.setFont(self.f_head)
            p.drawText(QRectF(0, top, ctx.width, title_h), 0,
                       QCoreApplication.translate("Report", "Therapist's notes"))
            box = QRectF(0, top + title_h, ctx.width, height - ctx.pt(2))
            p.setPen(ctx.pen(INK, 0.8))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(box)
            p.setPen(ctx.pen(RULE, 0.4))
            y = box.top() + line_gap
            while y < box.bottom() - ctx.pt(4):
                p.drawLine(QPointF(box.left() + ctx.pt(6), y), QPointF(box.right() - ctx.pt(6), y))
                y += line_gap

        self.flow.place(title_h + height, draw)

    # footer ------------------------------------------------------------------------------------
    def footer(self, p: QPainter, number: int, total: int) -> None:
        ctx = self.ctx
        top = ctx.height - self.footer_h + ctx.pt(4)
        p.setPen(ctx.pen(RULE, 0.5))
        p.drawLine(QPointF(0, top), QPointF(ctx.width, top))
        p.setPen(MUTED)
        p.setFont(self.f_tiny)
        rect = QRectF(0, top + ctx.pt(2), ctx.width, self.footer_h - ctx.pt(6))
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QCoreApplication.translate(
                       "Report", "Recorded by the person with bodymap: a record, not a diagnosis"))
        p.setFont(self.f_small)
        p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   QCoreApplication.translate("Report", "Page %1 of %2").replace(
                       "%1", str(number)).replace("%2", str(total)))


def _warning_texts(w: Any) -> tuple[str, str]:
    """A warning's title and action (the model picked them in the language of the run)."""
    return w.title, w.action


#: Intensity shades of the since-last-visit maps (greys print; the orange helps on screen).
LEVEL_COLOUR = QColor("#E69F00")
BETTER_COLOUR = QColor("#0072B2")
WORSE_COLOUR = QColor("#B2182B")


def _paint_value(p: QPainter, path: QPainterPath, value: float, style: str, unit: float) -> None:
    """One region of a since-last-visit map: shaded by intensity ("level"), or better (blue,
    hatched) / worse (red, cross-hatched) / unchanged (light grey) for "change"."""
    p.save()
    if style == "level":
        f = max(0.0, min(10.0, value)) / 10
        light, dark = (255, 236, 196), (160, 70, 0)  # one hue, pale to deep: greys in print
        colour = QColor(*(round(a + (b - a) * f) for a, b in zip(light, dark, strict=True)))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(path)
    elif value < 0:
        colour = QColor(BETTER_COLOUR)
        colour.setAlphaF(0.25)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(path)
        _hatch(p, path, QColor(BETTER_COLOUR).darker(120), 2.6 * unit, 0.6 * unit)
    elif value > 0:
        colour = QColor(WORSE_COLOUR)
        colour.setAlphaF(0.45)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(path)
        # cross-hatched: worse reads apart from better (single hatch) in black and white too
        _hatch(p, path, QColor(WORSE_COLOUR).darker(130), 2.2 * unit, 0.6 * unit)
        mirrored = QTransform(-1, 0, 0, 1, 2 * path.boundingRect().center().x(), 0)
        p.save()
        p.setClipPath(path, Qt.ClipOperation.IntersectClip)
        p.setTransform(mirrored, True)
        _hatch(p, mirrored.map(path), QColor(WORSE_COLOUR).darker(130), 2.2 * unit, 0.6 * unit)
        p.restore()
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#d9d9d9"))
        p.drawPath(path)
    pen = QPen(QColor("#333333"), 0.4 * unit)
    pen.setCosmetic(False)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.restore()


def _paint_region_values(p: QPainter, ctx: _Ctx, view_id: str, placed: QRectF,
                         values: dict[str, float], style: str) -> None:
    """Fill the regions of a body view drawn at ``placed`` with their values."""
    from bodymap.anatomy import regions as anatomy
    from bodymap.map.scene import region_path

    view = VIEWS[view_id]
    scale = placed.width() / view.width
    shown = set(anatomy.regions_in_view(view_id))
    p.save()
    p.translate(placed.topLeft())
    p.scale(scale, scale)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    for region_id, value in values.items():
        if region_id not in shown or (style == "level" and value <= 0):
            continue
        _paint_value(p, region_path(view_id, region_id), value, style, ctx.u / scale)
    p.restore()


def _paint_lines_chart(
    p: QPainter, ctx: _Ctx, rect: QRectF,
    series: Sequence[tuple[str, Sequence[tuple[Any, float]], str]],
    ymax: int, first: date | None, last: date | None,
) -> None:
    """Values 0..``ymax`` over time, one line per series (solid, dashed, dotted; circles,
    squares, triangles), so they tell apart in black and white."""
    small = _font(6.5)
    fm = ctx.metrics(small)
    styles = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
              Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine]
    greys = [QColor("#1a1a1a"), QColor("#555555"), QColor("#333333"), QColor("#777777"),
             QColor("#444444")]
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    key_h = fm.height() * (1.6 if len(series) <= 2 else 2.9)
    plot = QRectF(rect.left() + fm.horizontalAdvance("10") + ctx.pt(6), rect.top() + ctx.pt(3),
                  0, 0)
    plot.setRight(rect.right() - ctx.pt(4))
    plot.setBottom(rect.bottom() - fm.height() * 1.4 - key_h)
    times = [tm for _n, pts, _s in series for tm, _v in pts]
    if not times:
        p.restore()
        return
    t0 = min(times).toordinal() - 1.0
    t1 = max(times).toordinal() + 1.0
    if first is not None:
        t0 = min(t0, float(first.toordinal()))
    if last is not None:
        t1 = max(t1, float(last.toordinal()) + 1)
    t1 = max(t1, t0 + 7)

    def x_of(tm: Any) -> float:
        ordinal = tm.toordinal() + (tm.hour * 60 + tm.minute) / 1440.0
        return plot.left() + (ordinal - t0) / (t1 - t0) * plot.width()

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * v / ymax

    p.setFont(small)
    _level_grid(p, ctx, rect, plot, fm, ymax)
    p.setPen(MUTED)
    d0, d1 = date.fromordinal(int(t0)), date.fromordinal(int(t1) - 1)
    p.drawText(QRectF(plot.left(), plot.bottom() + ctx.pt(2), plot.width(), fm.height()),
               Qt.AlignmentFlag.AlignLeft, words.day(d0))
    p.drawText(QRectF(plot.left(), plot.bottom() + ctx.pt(2), plot.width(), fm.height()),
               Qt.AlignmentFlag.AlignRight, words.day(d1))
    key_x = plot.left()
    key_y = rect.bottom() - key_h + fm.height() * 0.8

    def key_room(label: str) -> None:
        """Start a second key line when this entry would run past the chart."""
        nonlocal key_x, key_y
        if key_x + ctx.pt(24) + fm.horizontalAdvance(label) > rect.right():
            key_x = plot.left()
            key_y += fm.height() * 1.3
    r = ctx.pt(1.7)
    lines = 0
    for i, (name, pts, style) in enumerate(series):
        ordered = sorted(pts)
        dots = style == "points"
        if dots:  # faint and small, no line: the raw episodes behind the means
            colour = QColor("#9a9a9a")
            shape = i
            p.setPen(ctx.pen(colour, 0.35))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for tm, v in ordered:
                _marker(p, QPointF(x_of(tm), y_of(v)), r * 0.6, shape)
            label = f"{name} ({len(ordered)})"
            key_room(label)
            _marker(p, QPointF(key_x + ctx.pt(6), key_y), r * 0.6, shape)
            p.setPen(MUTED)
            p.drawText(QPointF(key_x + ctx.pt(15), key_y + fm.ascent() / 2 - ctx.pt(0.5)), label)
            key_x += ctx.pt(24) + fm.horizontalAdvance(label)
            continue
        colour = greys[lines % len(greys)]
        pen = ctx.pen(colour, 1.0, styles[lines % len(styles)])
        i = lines
        lines += 1
        if len(ordered) > 1:
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(QPolygonF([QPointF(x_of(tm), y_of(v)) for tm, v in ordered]))
        p.setPen(ctx.pen(colour, 0.6))
        p.setBrush(QColor("#ffffff"))
        for tm, v in ordered:
            _marker(p, QPointF(x_of(tm), y_of(v)), r, i)
        key_room(f"{name} ({len(ordered)})")
        p.setPen(pen)
        p.drawLine(QPointF(key_x, key_y), QPointF(key_x + ctx.pt(12), key_y))
        p.setPen(ctx.pen(colour, 0.6))
        _marker(p, QPointF(key_x + ctx.pt(6), key_y), r, i)
        p.setPen(MUTED)
        label = f"{name} ({len(ordered)})"
        p.drawText(QPointF(key_x + ctx.pt(15), key_y + fm.ascent() / 2 - ctx.pt(0.5)), label)
        key_x += ctx.pt(24) + fm.horizontalAdvance(label)
    p.restore()


#: Above this many episodes a chart of the period shows weekly (or monthly) means as lines.
TREND_AFTER_POINTS = 40


def _binned(series: Sequence[tuple[datetime, int]], monthly: bool) -> list[tuple[datetime, float]]:
    """Mean per ISO week (or calendar month), dated at its middle."""
    from datetime import timedelta

    sums: dict[tuple[int, int], list[float]] = {}
    for tm, v in series:
        key = (tm.year, tm.month) if monthly else tuple(tm.isocalendar())[:2]
        acc = sums.setdefault(key, [0.0, 0.0])  # type: ignore[arg-type]
        acc[0] += v
        acc[1] += 1
    out = []
    for (a, b), (total, n) in sorted(sums.items()):
        middle = (datetime(a, b, 15) if monthly
                  else datetime.fromisocalendar(a, b, 4))
        out.append((middle + timedelta(hours=12), total / n))
    return out


def _marker(p: QPainter, c: QPointF, r: float, index: int) -> None:
    shape = index % 3
    if shape == 0:
        p.drawEllipse(c, r, r)
    elif shape == 1:
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
    else:
        p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r * 1.2), QPointF(c.x() + r * 1.1, c.y() + r * 0.8),
                                 QPointF(c.x() - r * 1.1, c.y() + r * 0.8)]))


def muscle_sources_text(names: Sequence[str]) -> str:
    """'Muscle patterns: ...' with the full citation of every source of the named muscles (atlas
    names or keys), each once, in the order met; "" when none is in the atlas."""
    try:
        from bodymap.anatomy import atlas
    except ImportError:
        return ""
    keys: dict[str, None] = {}
    for name in dict.fromkeys(names):
        try:
            muscle = atlas.get(name)
        except KeyError:
            continue
        keys.update(dict.fromkeys(muscle.sources))
    if not keys:
        return ""
    return QCoreApplication.translate("Report", "Muscle referral patterns from: %1").replace(
        "%1", "; ".join(atlas.citation(k) for k in keys))


def _month_means(points: Sequence[Any]) -> list[tuple[float, float]]:
    """(time as ordinal of the month's middle, mean intensity) per calendar month."""
    sums: dict[tuple[int, int], list[float]] = {}
    for point in points:
        t = point.local_time
        acc = sums.setdefault((t.year, t.month), [0.0, 0.0])
        acc[0] += point.intensity
        acc[1] += 1
    out = []
    for (year, month), (total, n) in sorted(sums.items()):
        out.append((date(year, month, 15).toordinal(), total / n))
    return out


def _paint_chart(p: QPainter, history: Any, rect: QRectF, ctx: _Ctx) -> None:
    """Intensity per episode of one region over time, drawn with the painter (vector, fast).

    Grey open circles are the episodes; the black line is the trend (the 7-episode moving
    average of the History tab, or the monthly mean over long periods).  Shapes and line styles
    tell them apart in black and white.
    """
    title_font = _font(8.5, bold=True)
    small = _font(6.5)
    fm = ctx.metrics(small)
    title_h = ctx.metrics(title_font).height()
    p.setPen(INK)
    p.setFont(title_font)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), 0,
               words.region(history.region_id))
    plot = QRectF(rect.left() + fm.horizontalAdvance("10") + ctx.pt(6), rect.top() + title_h + ctx.pt(3),
                  0, 0)
    plot.setRight(rect.right() - ctx.pt(4))
    plot.setBottom(rect.bottom() - 2.4 * fm.height())
    points = list(history.points)
    p.setFont(small)
    _level_grid(p, ctx, rect, plot, fm, 10)
    if not points:
        p.setPen(MUTED)
        p.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                   QCoreApplication.translate("Report", "No episodes in this period"))
        return
    first = points[0].local_time
    last = points[-1].local_time
    t0 = first.toordinal() - 1.0
    t1 = max(last.toordinal() + 1.0, t0 + 7)
    if history.start is not None:
        t0 = min(t0, history.start.toordinal())
    if history.end is not None:
        t1 = max(t1, history.end.toordinal())

    def x_of(ordinal: float) -> float:
        return plot.left() + (ordinal - t0) / (t1 - t0) * plot.width()

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / 10

    # x ticks: years over long periods, months otherwise
    years = (t1 - t0) > 400
    p.setFont(small)
    d0 = date.fromordinal(int(t0))
    tick = date(d0.year + 1, 1, 1) if years else date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1)
    ticks = []
    while tick.toordinal() <= t1:
        ticks.append(tick)
        tick = date(tick.year + 1, 1, 1) if years else date(tick.year + (tick.month == 12),
                                                         tick.month % 12 + 1, 1)
    step = max(1, math.ceil(len(ticks) / 7))
    for tick in ticks[::step]:
        x = x_of(tick.toordinal())
        p.setPen(ctx.pen(INK, 0.5))
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + ctx.pt(2)))
        p.setPen(MUTED)
        label = str(tick.year) if years else QLocale().toString(
            QDate(tick.year, tick.month, 1), "MMM yyyy" if tick.month == 1 else "MMM")
        p.drawText(QRectF(x - ctx.pt(20), plot.bottom() + ctx.pt(2), ctx.pt(40), fm.height()),
                   Qt.AlignmentFlag.AlignHCenter, label)
    # episodes
    radius = ctx.pt(1.1 if len(points) > 300 else 1.6)
    p.setPen(ctx.pen(QColor("#8a8a8a"), 0.35))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for point in points:
        t = point.local_time
        ordinal = t.toordinal() + (t.hour * 60 + t.minute) / 1440.0
        p.drawEllipse(QPointF(x_of(ordinal), y_of(point.intensity)), radius, radius)
    # trend
    if (t1 - t0) > 180:
        trend = _month_means(points)
        trend_label = QCoreApplication.translate("Report", "monthly mean")
    else:
        trend = [
            (pt.local_time.toordinal() + (pt.local_time.hour * 60 + pt.local_time.minute) / 1440.0,
             avg)
            for pt, avg in zip(points, history.moving_average, strict=False)
        ]
        trend_label = QCoreApplication.translate(
            "Report", "moving average (%1 episodes)").replace("%1", str(history.window))
    if len(trend) > 1:
        p.setPen(ctx.pen(INK, 1.2))
        p.drawPolyline(QPolygonF([QPointF(x_of(t), y_of(v)) for t, v in trend]))
    # key
    key_y = rect.bottom() - fm.height() * 0.9
    x = plot.left()
    p.setPen(ctx.pen(QColor("#8a8a8a"), 0.35))
    p.drawEllipse(QPointF(x + ctx.pt(3), key_y), ctx.pt(1.6), ctx.pt(1.6))
    p.setPen(MUTED)
    text1 = QCoreApplication.translate("Report", "episode (%1), intensity 0-10").replace(
        "%1", str(len(points)))
    p.drawText(QPointF(x + ctx.pt(7), key_y + fm.ascent() / 2 - ctx.pt(0.5)), text1)
    x += ctx.pt(10) + fm.horizontalAdvance(text1) + ctx.pt(8)
    p.setPen(ctx.pen(INK, 1.2))
    p.drawLine(QPointF(x, key_y), QPointF(x + ctx.pt(10), key_y))
    p.setPen(MUTED)
    p.drawText(QPointF(x + ctx.pt(13), key_y + fm.ascent() / 2 - ctx.pt(0.5)), trend_label)


def _paint_wpi_areas(p: QPainter, ctx: _Ctx, view_id: str, placed: QRectF, areas: set[str]) -> None:
    """Tint and outline the counted WPI areas on a body view drawn at ``placed``."""
    from bodymap.anatomy import regions as anatomy
    from bodymap.map.fibro_overlay import AREA_COLOUR, area_paths

    view = VIEWS[view_id]
    scale = placed.width() / view.width
    p.save()
    p.translate(placed.topLeft())
    p.scale(scale, scale)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(AREA_COLOUR)
    fill.setAlphaF(0.55)
    pen = QPen(QColor("#1a1a1a"), 0.9 * ctx.u / scale)
    pen.setCosmetic(False)
    for area, path in area_paths(view_id, anatomy.regions_in_view(view_id)).items():
        if area in areas:
            p.setPen(pen)
            p.setBrush(fill)
            p.drawPath(path)
    p.restore()


def _level_grid(p: QPainter, ctx: _Ctx, rect: QRectF, plot: QRectF, fm: Any, ymax: int) -> None:
    """A chart's faint lines every two levels from 0 to ``ymax``, their numbers on the left in
    the current font, and the two axes."""
    for level in range(0, ymax + 1, 2):
        y = plot.bottom() - plot.height() * level / ymax
        p.setPen(ctx.pen(QColor("#d0d0d0"), 0.35))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - ctx.pt(3),
                          fm.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   str(level))
    p.setPen(ctx.pen(INK, 0.6))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())


def _paint_fibro_trend(p: QPainter, series: Sequence[Any], rect: QRectF, ctx: _Ctx) -> None:
    """WPI, SSS and FS of the assessments over time: three strips sharing the time axis, the
    2016 thresholds dashed; circles, squares and triangles tell the series apart in grey."""
    small = _font(6.5)
    title_font = _font(8.5, bold=True)
    fm = ctx.metrics(small)
    title_h = ctx.metrics(title_font).height()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(INK)
    p.setFont(title_font)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), 0,
               QCoreApplication.translate("Report", "WPI, SSS and FS over time"))
    label_w = fm.horizontalAdvance("WPI (0-19)") * 1.25 + ctx.pt(8)
    note_w = fm.horizontalAdvance("9: with WPI 4-6") * 1.25 + ctx.pt(8)
    left, right = rect.left() + label_w, rect.right() - note_w
    top, bottom = rect.top() + title_h + ctx.pt(3), rect.bottom() - fm.height() * 1.6
    strips = (("WPI (0-19)", 19, "wpi", ((7, QCoreApplication.translate("Report", "7: with SSS 5+")),
                                         (4, QCoreApplication.translate("Report", "4: with SSS 9+"))), "o"),
              ("SSS (0-12)", 12, "sss", ((5, QCoreApplication.translate("Report", "5: with WPI 7+")),
                                         (9, QCoreApplication.translate("Report", "9: with WPI 4-6"))), "s"),
              ("FS (0-31)", 31, "fs", (), "^"))
    gap = ctx.pt(5)
    strip_h = (bottom - top - 2 * gap) / 3
    days = [a.assessed_on.toordinal() for a in series]
    t0, t1 = (min(days) - 3, max(days) + 3) if days else (0, 1)
    if t1 - t0 < 14:
        t0, t1 = t0 - (14 - (t1 - t0)) / 2, t1 + (14 - (t1 - t0)) / 2

    def x_of(ordinal: float) -> float:
        return left + (ordinal - t0) / (t1 - t0) * (right - left)

    p.setFont(small)
    for i, (label, vmax, key, thresholds, shape) in enumerate(strips):
        s_top = top + i * (strip_h + gap)

        def y_of(v: float, s_top: float = s_top, vmax: int = vmax) -> float:
            return s_top + strip_h - strip_h * v / vmax

        p.setPen(ctx.pen(RULE, 0.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(left, s_top, right - left, strip_h))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), s_top, label_w - ctx.pt(3), strip_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for value, text in thresholds:
            y = y_of(value)
            p.setPen(ctx.pen(INK, 0.6, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(left, y), QPointF(right, y))
            p.setPen(INK)
            p.drawText(QRectF(right + ctx.pt(3), y - fm.height() / 2, note_w, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        pts = [(a.assessed_on.toordinal(), getattr(a, "sss_score" if key == "sss" else key))
               for a in series]
        pts = [(t, v) for t, v in pts if v is not None]
        if len(pts) > 1:
            p.setPen(ctx.pen(INK, 0.9))
            p.drawPolyline(QPolygonF([QPointF(x_of(t), y_of(v)) for t, v in pts]))
        r = ctx.pt(1.8)
        p.setPen(ctx.pen(INK, 0.6))
        p.setBrush(QColor("#ffffff"))
        for t, v in pts:
            c = QPointF(x_of(t), y_of(v))
            if shape == "o":
                p.drawEllipse(c, r, r)
            elif shape == "s":
                p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
            else:
                p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r * 1.2),
                                         QPointF(c.x() + r * 1.1, c.y() + r * 0.8),
                                         QPointF(c.x() - r * 1.1, c.y() + r * 0.8)]))
        if i == 0 and not series:
            p.setPen(MUTED)
            p.drawText(QRectF(left, s_top, right - left, strip_h), Qt.AlignmentFlag.AlignCenter,
                       QCoreApplication.translate("Report", "No assessment saved in this period"))
    if days:
        p.setPen(MUTED)
        first, last = date.fromordinal(min(days)), date.fromordinal(max(days))
        p.drawText(QRectF(left, bottom + ctx.pt(2), right - left, fm.height()),
                   Qt.AlignmentFlag.AlignLeft, words.day(first))
        if last != first:
            p.drawText(QRectF(left, bottom + ctx.pt(2), right - left, fm.height()),
                       Qt.AlignmentFlag.AlignRight, words.day(last))
    p.restore()


def _draw_chart(p: QPainter, history: Any, rect: QRectF, ctx: _Ctx) -> None:
    """A history timeline as vector SVG (text kept as text), or a framed note if unavailable."""
    svg = chart_svg(history, rect.width() / ctx.dpi, rect.height() / ctx.dpi)
    renderer = QSvgRenderer(svg)
    if renderer.isValid():
        renderer.render(p, rect)
    p.setPen(ctx.pen(RULE, 0.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(rect)


def chart_svg(history: Any, width_in: float, height_in: float) -> bytes:
    import io

    import matplotlib
    from matplotlib.figure import Figure  # noqa: F401 - imported for its side effect on backends

    from bodymap.charts.history import timeline_figure
    from bodymap.charts.theme import ChartTheme

    # Greys and line styles that photocopy; the points and the average differ in shape too.
    theme = ChartTheme("#ffffff", "#1a1a1a", "#cccccc", "#7a7a7a", "#000000", "#555555")
    figure = timeline_figure(history, theme, size=(width_in, height_in), dpi=72,
                             texts={"title": QCoreApplication.translate(
                                 "Report", "%1: intensity per episode").replace(
                                 "%1", words.region(history.region_id))})
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 7}):
        figure.savefig(buffer, format="svg", facecolor="#ffffff")
    return buffer.getvalue()


def render_report(
    painter: QPainter,
    layout: QPageLayout,
    data: ReportData,
    options: ReportOptions | None = None,
    new_page: Callable[[], Any] | None = None,
    only_page: int | None = None,
    placements: list[tuple[str, PlacedLabel]] | None = None,
) -> int:
    """Draw the report onto ``painter`` page by page; returns the number of pages.

    The painter's origin must be the top-left of the page's paintable rectangle (as it is for a
    ``QPrinter`` and a ``QPdfWriter``).  ``new_page`` (e.g. ``printer.newPage``) is called
    between pages; with ``only_page`` (0-based) just that page is drawn and ``new_page`` is not
    called (for images).  ``placements`` (a list) receives every label the placement pass put
    on the body chart, as (view id, label) in page coordinates, for checks.
    """
    options = options or ReportOptions()
    report = _Report(painter, layout, data, options)
    pages = report.build()
    if placements is not None:
        placements.extend(report.placements)
    total = len(pages)
    first = True
    for number, steps in enumerate(pages, start=1):
        if only_page is not None and number - 1 != only_page:
            continue
        if not first and new_page is not None:
            new_page()
        first = False
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for step in steps:
            painter.save()
            step(painter)
            painter.restore()
        report.running_header(painter)
        report.footer(painter, number, total)
        painter.restore()
    return total

