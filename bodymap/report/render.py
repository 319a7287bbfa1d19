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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import QLineF, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer

from bodymap.anatomy.regions import VIEWS
from bodymap.map.geometry import path_from_rings
from bodymap.map.marks import KIND_COLOURS, POINT_RADIUS, area_brushes, paint_mark_symbol
from bodymap.report.model import KIND_LABELS, SECTIONS, RegionRow, ReportData
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

    sections: tuple[str, ...] = SECTIONS
    paper: str = "auto"  # "auto" | "A4" | "Letter"
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


@cache
def _renderer(view_id: str) -> QSvgRenderer:
    from bodymap.map.scene import svg_source

    return QSvgRenderer(svg_source(view_id))


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
        rect = layout.paintRectPixels(round(self.dpi))
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.device = device

    def pt(self, value: float) -> float:
        return value * self.u

    def pen(self, colour: QColor, width_pt: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(colour, max(self.pt(width_pt), 0.01), style)
        pen.setCosmetic(False)
        return pen

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device) if self.device is not None else QFontMetricsF(font)

    def text_height(self, font: QFont, width: float, text: str, flags: int = 0) -> float:
        if not text:
            return self.metrics(font).height()
        rect = self.metrics(font).boundingRect(
            QRectF(0, 0, max(width, 1.0), 1e9),
            int(Qt.TextFlag.TextWordWrap) | flags,
            text,
        )
        return rect.height()


Step = Callable[[QPainter], None]


class _Flow:
    """Places blocks from the top of the page down, starting a new page when one does not fit."""

    def __init__(self, ctx: _Ctx, bottom: float) -> None:
        self.ctx = ctx
        self.bottom = bottom
        self.pages: list[list[Step]] = [[]]
        self.y = 0.0

    def left(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def ensure(self, height: float) -> None:
        if height > self.left() and self.y > 0:
            self.new_page()

    def place(self, height: float, draw: Callable[[QPainter, float], None]) -> float:
        self.ensure(height)
        top = self.y
        self.pages[-1].append(lambda p: draw(p, top))
        self.y += height
        return top

    def gap(self, points: float) -> None:
        if self.y > 0:
            self.y = min(self.bottom, self.y + self.ctx.pt(points))


# -- marks on a view -----------------------------------------------------------------------
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


def _paint_area(painter: QPainter, mark: MarkRecord, path: QPainterPath, unit: float) -> None:
    """Fill shaded by intensity, hatch and outline (colours from the screen's ``area_brushes``)."""
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


def draw_view(
    painter: QPainter, ctx: _Ctx, view_id: str, rect: QRectF, marks: Sequence[MarkRecord]
) -> QRectF:
    """Draw one body view fitted into ``rect`` (centred) with its marks; returns where it went."""
    view = VIEWS[view_id]
    scale = min(rect.width() / view.width, rect.height() / view.height)
    w, h = view.width * scale, view.height * scale
    x0 = rect.left() + (rect.width() - w) / 2
    y0 = rect.top() + (rect.height() - h) / 2
    painter.save()
    painter.translate(x0, y0)
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
            _paint_link(painter, points[mark.source_uuid], areas[mark.uuid].boundingRect().center(),
                        POINT_RADIUS * symbol_scale, unit)
    proxy = _PixelFonts(painter)
    order = {"tender_point": 0, "spasm": 1, "trigger_point": 2}
    for mark in sorted(marks, key=lambda m: (order.get(m.kind, 3), m.intensity)):
        if mark.uuid in points:
            paint_mark_symbol(proxy, mark, points[mark.uuid], symbol_scale)  # type: ignore[arg-type]
    painter.restore()
    return QRectF(x0, y0, w, h)


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
        self.footer_h = ctx.pt(16)
        self.flow = _Flow(ctx, ctx.height - self.footer_h)

    # layout ---------------------------------------------------------------------------------
    def build(self) -> list[list[Step]]:
        self.header()
        self.warnings_block()
        if "map" in self.sections:
            self.map_block()
        if "table" in self.sections:
            self.region_table()
        if "therapies" in self.sections:
            self.therapy_table()
        if "charts" in self.sections:
            self.charts()
        if "fibro" in self.sections:
            self.fibro_block()
        if "notes" in self.sections:
            self.notes_box()
        return self.flow.pages

    def header(self) -> None:
        ctx, d = self.ctx, self.data
        title = "Pain map for the physiotherapist"
        if d.mode == "episode":
            second = f"Episode: {d.episode_title}"
        else:
            second = f"Period: {d.period_text}"
        facts = f"{d.episode_count} episode{'s' if d.episode_count != 1 else ''}, " \
                f"{d.mark_count} mark{'s' if d.mark_count != 1 else ''} recorded"
        h_title = ctx.metrics(self.f_title).height()
        h_line = ctx.metrics(self.f_body).height()
        height = h_title + ctx.pt(4) + 2 * h_line + ctx.pt(6)
        notes = d.episode_notes.strip() if d.mode == "episode" else ""
        notes_h = ctx.text_height(self.f_small, ctx.width, f"Patient's notes: {notes}") if notes else 0

        def draw(p: QPainter, top: float) -> None:
            p.setPen(INK)
            p.setFont(self.f_title)
            p.drawText(QRectF(0, top, ctx.width, h_title), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            p.setFont(self.f_body)
            p.drawText(QRectF(0, top, ctx.width, h_title),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"Printed {d.printed_on.isoformat()}")
            y = top + h_title + ctx.pt(4)
            p.setFont(self.f_bold)
            p.drawText(QRectF(0, y, ctx.width, h_line), Qt.AlignmentFlag.AlignLeft, f"Name: {d.person}")
            p.setFont(self.f_body)
            p.drawText(QRectF(0, y, ctx.width, h_line), Qt.AlignmentFlag.AlignRight, facts)
            p.drawText(QRectF(0, y + h_line, ctx.width, h_line), Qt.AlignmentFlag.AlignLeft, second)
            y += 2 * h_line + ctx.pt(3)
            if notes:
                p.setFont(self.f_small)
                p.drawText(QRectF(0, y, ctx.width, notes_h), int(Qt.TextFlag.TextWordWrap),
                           f"Patient's notes: {notes}")
                y += notes_h
            p.setPen(ctx.pen(INK, 1.0))
            p.drawLine(QPointF(0, y + ctx.pt(2)), QPointF(ctx.width, y + ctx.pt(2)))

        self.flow.place(height + notes_h, draw)
        self.flow.gap(6)

    def warnings_block(self) -> None:
        """Warning signs the marks of the period raised, most urgent first, near the top; the
        urgency is said in words and by the weight of the rule, so it prints in greyscale."""
        warnings = self.data.warnings
        if not warnings:
            return
        ctx = self.ctx
        words = {"emergency": "EMERGENCY", "today": "SEE A DOCTOR TODAY",
                 "soon": "SEE A DOCTOR WITHIN DAYS"}
        widths = {"emergency": 3.0, "today": 2.0, "soon": 1.0}
        self._section_title("Warning signs raised by the marks", ctx.pt(30))
        for w in warnings:
            when = w.first.isoformat() if w.first == w.last else f"{w.first} to {w.last}"
            times = f", {w.episodes} episodes" if w.episodes > 1 else ""
            text = f"{words[w.urgency]}: {w.title} ({when}{times}). {w.action}"
            height = ctx.text_height(self.f_body, ctx.width - ctx.pt(10), text) + ctx.pt(3)

            def draw(p: QPainter, top: float, text: str = text, height: float = height,
                     width: float = widths[w.urgency]) -> None:
                p.setPen(ctx.pen(INK, width))
                p.drawLine(QPointF(ctx.pt(2), top), QPointF(ctx.pt(2), top + height - ctx.pt(2)))
                p.setPen(INK)
                p.setFont(self.f_body)
                p.drawText(QRectF(ctx.pt(10), top, ctx.width - ctx.pt(10), height),
                           int(Qt.TextFlag.TextWordWrap), text)

            self.flow.place(height, draw)
        self._paragraph(
            "Raised from where the pain was marked (and the year of birth); what the person "
            "ticked on the day is not stored. A warning sign is a reason to check, never a "
            "diagnosis.", self.f_small,
        )

    def map_block(self) -> None:
        ctx, d = self.ctx, self.data
        close = [v for v in d.views_with_marks() if v not in MAIN_VIEWS]
        gap = ctx.pt(10)
        caption_h = ctx.metrics(self.f_caption).height() * 1.3
        note = ("Each place is shown as it was last marked in the period; "
                "the table counts every episode.") if d.mode == "period" else ""
        if not any(d.marks_by_view.values()):
            note = "No marks were drawn in this period."
        note_h = (ctx.text_height(self.f_caption, ctx.width, note) + ctx.pt(2)) if note else 0.0
        # everything but the drawings, so that the legend stays on the page with the map
        fixed = caption_h + note_h + ctx.pt(2) + self._legend_height()
        if close:
            fixed += caption_h + ctx.pt(8)
        if self.flow.left() - fixed < ctx.pt(120 * MM) and self.flow.y > 0:
            self.flow.new_page()
        spare = self.flow.left() - fixed
        col_w = (ctx.width - gap) / 2
        natural = col_w * VIEWS["front"].height / VIEWS["front"].width
        close_h = 0.0
        if close:
            close_h = min(ctx.pt(52 * MM), spare * 0.27)
        main_h = min(natural, spare - close_h)
        close_h += caption_h

        def draw_main(p: QPainter, top: float) -> None:
            for i, view_id in enumerate(MAIN_VIEWS):
                rect = QRectF(i * (col_w + gap), top, col_w, main_h)
                placed = draw_view(p, ctx, view_id, rect, d.marks_by_view.get(view_id, []))
                self._caption(p, view_id, QRectF(rect.left(), placed.bottom() + ctx.pt(1),
                                                 rect.width(), caption_h))

        self.flow.place(main_h + caption_h, draw_main)
        if close:
            per = (ctx.width - gap * (len(close) - 1)) / len(close)
            box_h = close_h - caption_h

            def draw_close(p: QPainter, top: float) -> None:
                for i, view_id in enumerate(close):
                    rect = QRectF(i * (per + gap), top, per, box_h)
                    placed = draw_view(p, ctx, view_id, rect, d.marks_by_view.get(view_id, []))
                    frame = placed.adjusted(-ctx.pt(2), -ctx.pt(2), ctx.pt(2), ctx.pt(2))
                    p.setPen(ctx.pen(RULE, 0.5))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(frame)
                    self._caption(p, view_id, QRectF(rect.left(), placed.bottom() + ctx.pt(3),
                                                     rect.width(), caption_h))

            self.flow.gap(4)
            self.flow.place(close_h + ctx.pt(4), draw_close)
        if note:
            self._paragraph(note, self.f_caption)
        self.flow.gap(2)
        self.legend()

    def _caption(self, p: QPainter, view_id: str, rect: QRectF) -> None:
        side = {
            "front": "patient's right on your left",
            "back": "patient's right on your right",
            "soles": "seen from below",
        }.get(view_id, "")
        text = VIEWS[view_id].label + (f" ({side})" if side else "")
        p.setPen(MUTED)
        p.setFont(self.f_caption)
        p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def _paragraph(self, text: str, font: QFont, colour: QColor = MUTED) -> None:
        ctx = self.ctx
        height = ctx.text_height(font, ctx.width, text) + ctx.pt(2)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(colour)
            p.setFont(font)
            p.drawText(QRectF(0, top, ctx.width, height), int(Qt.TextFlag.TextWordWrap), text)

        self.flow.place(height, draw)

    # legend ----------------------------------------------------------------------------------
    def _legend_items(self) -> list[tuple[str, str, MarkRecord | None]]:
        def mark(kind: str, state: str | None = None, intensity: int = 7) -> MarkRecord:
            return MarkRecord(kind=kind, view="front", geometry={"type": "point", "x": 0, "y": 0},
                              intensity=intensity, tp_state=state)

        return [
            ("tp", "Trigger point, active (number: intensity 0-10)", mark("trigger_point", "active")),
            ("tp", "Trigger point, latent (open ring)", mark("trigger_point", "latent", 4)),
            ("tp", "Trigger point, resolved (dashed)", mark("trigger_point", "resolved", 2)),
            ("link", "Link: trigger point to the area it refers pain to", None),
            ("area", "Referred pain area (hatched; darker = stronger)", mark("referred_area")),
            ("area", "Pain area: it hurts here (plain tint, solid edge)", mark("pain")),
            ("tp", "Spasm (star)", mark("spasm")),
            ("tp", "Tender point, fibromyalgia (diamond with cross)", mark("tender_point")),
            ("rl", "R / L: the patient's right / left side", None),
        ]

    def _legend_height(self) -> float:
        rows = math.ceil(len(self._legend_items()) / 2)
        return self.ctx.metrics(self.f_small_bold).height() + rows * self.ctx.pt(15) + self.ctx.pt(8)

    def legend(self) -> None:
        ctx = self.ctx
        items = self._legend_items()
        height = self._legend_height()
        row_h = ctx.pt(15)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(ctx.pen(RULE, 0.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0, top, ctx.width, height - ctx.pt(2)))
            p.setPen(INK)
            p.setFont(self.f_small_bold)
            title_h = ctx.metrics(self.f_small_bold).height()
            p.drawText(QRectF(ctx.pt(6), top + ctx.pt(3), ctx.width, title_h), 0, "Legend")
            col_w = (ctx.width - ctx.pt(12)) / 2
            for i, (what, label, sample) in enumerate(items):
                col, row = i % 2, i // 2
                x = ctx.pt(6) + col * col_w
                cy = top + ctx.pt(4) + title_h + row * row_h + row_h / 2
                self._legend_symbol(p, what, sample, QPointF(x + ctx.pt(9), cy))
                p.setPen(INK)
                p.setFont(self.f_small)
                p.drawText(QRectF(x + ctx.pt(22), cy - row_h / 2, col_w - ctx.pt(24), row_h),
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
        elif what == "rl":
            p.setPen(ctx.pen(QColor("#564e46"), 0.8))
            p.setBrush(QColor("#f4efe9"))
            p.drawEllipse(c, ctx.pt(6), ctx.pt(6))
            p.setPen(QColor("#564e46"))
            p.setFont(self.f_small_bold)
            p.drawText(QRectF(c.x() - ctx.pt(6), c.y() - ctx.pt(6), ctx.pt(12), ctx.pt(12)),
                       Qt.AlignmentFlag.AlignCenter, "R")
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
        empty: str = "Nothing recorded.",
    ) -> None:
        """A table that continues on the next page without cutting a row; the header repeats."""
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
        self._section_title(title, header_h + first)
        if not rows:
            self._paragraph(empty, self.f_caption)
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
        if sample.kind in ("referred_area", "pain"):
            path = QPainterPath()
            path.addRoundedRect(QRectF(c.x() - ctx.pt(4.5), c.y() - ctx.pt(3.5), ctx.pt(9),
                                       ctx.pt(7)), ctx.pt(1.5), ctx.pt(1.5))
            _paint_area(p, sample, path, ctx.u * 0.7)
        else:
            p.translate(c)
            p.scale(ctx.u, ctx.u)
            paint_mark_symbol(_PixelFonts(p), sample, QPointF(0, 0),  # type: ignore[arg-type]
                              3.6 / POINT_RADIUS)
        p.restore()

    def _mini_area(self, p: QPainter, sample: MarkRecord, c: QPointF) -> None:
        ctx = self.ctx
        path = QPainterPath()
        path.addRoundedRect(QRectF(c.x() - ctx.pt(4.5), c.y() - ctx.pt(3.5), ctx.pt(9), ctx.pt(7)),
                            ctx.pt(1.5), ctx.pt(1.5))
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_area(p, sample, path, ctx.u * 0.7)
        p.restore()

    def _kind_text(self, row: RegionRow) -> str:
        parts = []
        for kind in row.kinds:
            label = KIND_LABELS.get(kind, kind)
            if kind == "trigger_point" and row.tp_state:
                label += f" ({row.tp_state})"
            parts.append(label)
        return ", ".join(parts)

    def _kind_icons(self, row: RegionRow) -> list[MarkRecord]:
        out = []
        for kind in row.kinds:
            out.append(MarkRecord(kind=kind, view="front", geometry={"type": "point", "x": 0, "y": 0},
                                  intensity=row.peak if kind != "trigger_point" else row.latest,
                                  tp_state=(row.tp_state or "active") if kind == "trigger_point" else None))
        return out

    def region_table(self) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        columns = [
            ("Region (patient's side)", 15.5, left),
            ("Kind of mark", 16.0, left),
            ("Muscle", 17.5, left),
            ("Intensity latest / peak", 8.5, centre),
            ("Pain qualities", 13.5, left),
            ("First seen", 10.5, centre),
            ("Last seen", 10.5, centre),
            ("No. of episodes", 8.5, centre),
        ]
        rows = [
            [
                r.label,
                self._kind_text(r),
                ", ".join(r.muscles) or "-",
                f"{r.latest} / {r.peak}",
                ", ".join(r.qualities) or "-",
                r.first_seen.isoformat(),
                r.last_seen.isoformat(),
                str(r.episodes),
            ]
            for r in self.data.regions
        ]
        icons = [self._kind_icons(r) for r in self.data.regions]
        self._table("By region", columns, rows, icons, icon_column=1,
                    empty="No region was marked in this period.")
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
            ("Therapy tried", 30.0, left),
            ("Times", 9.0, centre),
            ("Better", 9.0, centre),
            ("Same", 9.0, centre),
            ("Worse", 9.0, centre),
            ("No outcome noted", 12.0, centre),
            ("Mean relief (0-10)", 12.0, centre),
        ]
        rows = [
            [t.name, str(t.uses), str(t.better), str(t.same), str(t.worse), str(t.unknown),
             "-" if t.mean_relief is None else f"{t.mean_relief:.1f}"]
            for t in self.data.therapies
        ]
        self._table("Therapies tried and how they went", columns, rows,
                    empty="No therapy was logged in this period.")

    # charts ----------------------------------------------------------------------------------
    def charts(self) -> None:
        ctx, d = self.ctx, self.data
        if not d.histories:
            return
        gap = ctx.pt(10)
        w = (ctx.width - gap) / 2
        h = w * 0.55
        self._section_title("Intensity over time, most affected regions", h)
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

        f = self.data.fibro
        assert f is not None
        s = f.summary
        first, last = scores.wpi_window(f.at)
        source = ("confirmed by the patient in the assessment of "
                  f"{s.assessment.assessed_on.isoformat()}"
                  + (", adjusted from the map" if s.assessment.areas_adjusted else "")
                  if s.wpi_source == "assessment" and s.assessment is not None
                  else "from the marks on the map")
        names = "; ".join(scores.area_name(a) for a in s.wpi_areas) or "none"
        lines = [
            (f"{scores.term('wpi')}: {s.wpi}/19 ({source}; {first.isoformat()} to "
             f"{last.isoformat()})", True),
            (f"Areas: {names}", False),
        ]
        if s.sss is None:
            lines.append((f"{scores.term('sss')}: not known (no questionnaire recorded)", True))
            lines.append(("FS (WPI + SSS): not known", False))
        else:
            sss_day = s.sss_assessment.assessed_on.isoformat() if s.sss_assessment else ""
            lines.append((f"{scores.term('sss')}: {s.sss}/12 (answered on {sss_day})", True))
            lines.append((f"FS (WPI + SSS): {s.fs}/31", False))
        regions = len(s.summary.body_regions)
        lines.append((f"Generalized pain: {'yes' if s.generalized_pain else 'no'} "
                      f"({regions} of 5 regions, jaw, chest and abdomen aside)", False))
        months = {True: "yes", False: "no", None: "not known"}[s.three_months]
        why = {"confirmed": " (confirmed by the patient)", "diary": " (as the diary shows)"}.get(
            s.three_months_source or "", "")
        lines.append((f"Symptoms for at least 3 months: {months}{why}", False))
        lines.append((f"2016 criteria: {scores.criteria_sentence(s.criteria_2016_met)}", True))
        exam = s.tender_exam
        if exam is not None:
            lines.append((f"{scores.term('tender_points')}: {exam.count}/18 tender on "
                          f"{exam.examined_on.isoformat()} (no longer part of the 2010/2016 "
                          "criteria; not trigger points)", False))
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
        self._section_title(f"Fibromyalgia measures for {f.at.isoformat()} (information, not a "
                            "diagnosis)", height)
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
                       Qt.AlignmentFlag.AlignHCenter, "WPI areas counted (front, back)")
            y = top
            for (text, bold), h in zip(lines, heights, strict=True):
                p.setPen(INK)
                p.setFont(self.f_bold if bold else self.f_body)
                p.drawText(QRectF(body_w + ctx.pt(8), y, text_w, h), int(Qt.TextFlag.TextWordWrap),
                           text)
                y += h

        self.flow.place(height, draw)
        self.flow.gap(6)
        chart_h = ctx.pt(62 * MM)
        self.flow.ensure(chart_h)
        series = list(f.series)
        self.flow.place(chart_h, lambda p, top: _paint_fibro_trend(
            p, series, QRectF(0, top, ctx.width, chart_h - ctx.pt(4)), ctx))
        self._paragraph(
            "Dashed lines: the 2016 thresholds (WPI 7 or more with SSS 5 or more, or WPI 4 to 6 "
            "with SSS 9 or more; generalized pain and 3 months are needed too). "
            "These are the criteria doctors use; talk to your doctor about what they mean for "
            "you.", self.f_small)

    # notes -------------------------------------------------------------------------------------
    def notes_box(self) -> None:
        ctx = self.ctx
        minimum = ctx.pt(55 * MM)
        title_h = ctx.metrics(self.f_head).height() + ctx.pt(4)
        self.flow.gap(10)
        if self.flow.left() < minimum + title_h:
            self.flow.new_page()
        height = min(self.flow.left() - title_h, ctx.pt(150 * MM))
        line_gap = ctx.pt(9 * MM)

        def draw(p: QPainter, top: float) -> None:
            p.setPen(INK)
            p.setFont(self.f_head)
            p.drawText(QRectF(0, top, ctx.width, title_h), 0, "Therapist's notes")
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
        ctx, d = self.ctx, self.data
        top = ctx.height - self.footer_h + ctx.pt(4)
        p.setPen(ctx.pen(RULE, 0.5))
        p.drawLine(QPointF(0, top), QPointF(ctx.width, top))
        p.setPen(MUTED)
        p.setFont(self.f_tiny)
        rect = QRectF(0, top + ctx.pt(2), ctx.width, self.footer_h - ctx.pt(6))
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"{d.person} · {d.period_text} · recorded by the patient with bodymap; "
                   "a record, not a diagnosis")
        p.setFont(self.f_small)
        p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"Page {number} of {total}")


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
    return "Muscle referral patterns from: " + "; ".join(atlas.citation(k) for k in keys)


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
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), 0, history.label)
    plot = QRectF(rect.left() + fm.horizontalAdvance("10") + ctx.pt(6), rect.top() + title_h + ctx.pt(3),
                  0, 0)
    plot.setRight(rect.right() - ctx.pt(4))
    plot.setBottom(rect.bottom() - 2.4 * fm.height())
    points = list(history.points)
    p.setFont(small)
    for level in range(0, 11, 2):
        y = plot.bottom() - plot.height() * level / 10
        p.setPen(ctx.pen(QColor("#d0d0d0"), 0.35))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - ctx.pt(3),
                          fm.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   str(level))
    p.setPen(ctx.pen(INK, 0.6))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())
    if not points:
        p.setPen(MUTED)
        p.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No episodes in this period")
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
        label = str(tick.year) if years else tick.strftime("%b %Y" if tick.month == 1 else "%b")
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
        trend_label = "monthly mean"
    else:
        trend = [
            (pt.local_time.toordinal() + (pt.local_time.hour * 60 + pt.local_time.minute) / 1440.0,
             avg)
            for pt, avg in zip(points, history.moving_average, strict=False)
        ]
        trend_label = f"moving average ({history.window} episodes)"
    if len(trend) > 1:
        p.setPen(ctx.pen(INK, 1.2))
        p.drawPolyline(QPolygonF([QPointF(x_of(t), y_of(v)) for t, v in trend]))
    # key
    key_y = rect.bottom() - fm.height() * 0.9
    x = plot.left()
    p.setPen(ctx.pen(QColor("#8a8a8a"), 0.35))
    p.drawEllipse(QPointF(x + ctx.pt(3), key_y), ctx.pt(1.6), ctx.pt(1.6))
    p.setPen(MUTED)
    text1 = f"episode ({len(points)}), intensity 0-10"
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
               "WPI, SSS and FS over time")
    label_w = fm.horizontalAdvance("WPI (0-19)") * 1.25 + ctx.pt(8)
    note_w = fm.horizontalAdvance("9: with WPI 4-6") * 1.25 + ctx.pt(8)
    left, right = rect.left() + label_w, rect.right() - note_w
    top, bottom = rect.top() + title_h + ctx.pt(3), rect.bottom() - fm.height() * 1.6
    strips = (("WPI (0-19)", 19, "wpi", ((7, "7: with SSS 5+"), (4, "4: with SSS 9+")), "o"),
              ("SSS (0-12)", 12, "sss", ((5, "5: with WPI 7+"), (9, "9: with WPI 4-6")), "s"),
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
                       "No assessment saved in this period")
    if days:
        p.setPen(MUTED)
        first, last = date.fromordinal(min(days)), date.fromordinal(max(days))
        p.drawText(QRectF(left, bottom + ctx.pt(2), right - left, fm.height()),
                   Qt.AlignmentFlag.AlignLeft, first.isoformat())
        if last != first:
            p.drawText(QRectF(left, bottom + ctx.pt(2), right - left, fm.height()),
                       Qt.AlignmentFlag.AlignRight, last.isoformat())
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
                             texts={"title": f"{history.label}: intensity per episode"})
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
) -> int:
    """Draw the report onto ``painter`` page by page; returns the number of pages.

    The painter's origin must be the top-left of the page's paintable rectangle (as it is for a
    ``QPrinter`` and a ``QPdfWriter``).  ``new_page`` (e.g. ``printer.newPage``) is called
    between pages; with ``only_page`` (0-based) just that page is drawn and ``new_page`` is not
    called (for images).
    """
    options = options or ReportOptions()
    report = _Report(painter, layout, data, options)
    pages = report.build()
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
        report.footer(painter, number, total)
        painter.restore()
    return total

