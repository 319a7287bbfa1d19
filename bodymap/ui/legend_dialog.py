"""Help > Symbols and tools: what each mark on the map means, and how to use the map.

The symbols are drawn by the same functions as the map and the printed report, so this legend
cannot drift from what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap.map.atlas_overlay import ZONE_COLOUR
from bodymap.map.marks import (
    KIND_COLOURS,
    paint_area,
    paint_mark_symbol,
    paint_symptom_badge,
    paint_tick,
    symptom_label,
)
from bodymap.store.records import MarkRecord

SIZE = 34


def _point(kind: str, intensity: int, **extra: str) -> MarkRecord:
    return MarkRecord(kind, "front", {"type": "point", "x": 0, "y": 0}, intensity, **extra)


def _pixmap(draw) -> QPixmap:  # noqa: ANN001 - a function of the painter
    pixmap = QPixmap(SIZE * 2, SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return pixmap


def symbol_pixmap(mark: MarkRecord) -> QPixmap:
    return _pixmap(lambda p: paint_mark_symbol(p, mark, QPointF(SIZE / 2, SIZE / 2), 1.8))


def area_pixmap(kind: str = "referred_area") -> QPixmap:
    mark = MarkRecord(kind, "front", {"type": "area", "polygons": []}, 7)

    def draw(p: QPainter) -> None:
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(4, 7, SIZE - 8, SIZE - 14), 6, 6)
        # the map's own drawing, a little finer: the legend is smaller than an area on the map
        paint_area(p, mark, shape, unit=0.75)

    return _pixmap(draw)


def tick_pixmap() -> QPixmap:
    return _pixmap(lambda p: paint_tick(p, QPointF(SIZE / 2, SIZE / 2), SIZE * 0.7))


def number_pixmap() -> QPixmap:
    def draw(p: QPainter) -> None:
        area_mark = MarkRecord("pain", "front", {"type": "area", "polygons": []}, 6)
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(2, 9, SIZE * 0.45, SIZE - 18), 4, 4)
        paint_area(p, area_mark, shape)
        paint_symptom_badge(p, QRectF(SIZE * 0.5, SIZE / 2 - 7, SIZE * 0.48, 14), symptom_label(1),
                            "pain", 10)

    return _pixmap(draw)


def link_pixmap() -> QPixmap:
    def draw(p: QPainter) -> None:
        colour = QColor(KIND_COLOURS["trigger_point"]).darker(130)
        p.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(4, SIZE / 2), QPointF(SIZE - 8, SIZE / 2))
        p.setPen(QPen(colour, 1.2))
        p.setBrush(colour)
        p.drawPolygon([QPointF(SIZE - 3, SIZE / 2), QPointF(SIZE - 10, SIZE / 2 - 4), QPointF(SIZE - 10, SIZE / 2 + 4)])

    return _pixmap(draw)


def zone_pixmap(essential: bool) -> QPixmap:
    def draw(p: QPainter) -> None:
        rect = QRectF(4, 7, SIZE - 8, SIZE - 14)
        fill = QColor(ZONE_COLOUR)
        fill.setAlphaF(0.55 if essential else 0.22)
        pattern = Qt.BrushStyle.FDiagPattern if essential else Qt.BrushStyle.Dense6Pattern
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRect(rect)
        p.setBrush(QBrush(QColor(ZONE_COLOUR).darker(170), pattern))
        p.drawRect(rect)
        pen = QPen(QColor(ZONE_COLOUR).darker(150), 1.2)
        if not essential:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)

    return _pixmap(draw)


class LegendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Symbols and tools"))
        rows = [
            (area_pixmap("pain"), self.tr("Pain: where it hurts, painted with the brush or a whole region filled; a plain tint with a solid edge, stronger when worse. Use it when you do not know (or do not think) that the pain comes from a trigger point.")),
            (symbol_pixmap(_point("trigger_point", 7, tp_state="active")),
             self.tr("Trigger point, active: it hurts by itself. The number is its intensity, 0 (no pain) to 10 (worst imaginable); the stronger the colour, the worse.")),
            (symbol_pixmap(_point("trigger_point", 4, tp_state="latent")),
             self.tr("Trigger point, latent: it hurts only when pressed.")),
            (symbol_pixmap(_point("trigger_point", 2, tp_state="resolved")),
             self.tr("Trigger point, resolved: it no longer hurts.")),
            (area_pixmap(), self.tr("Referred-pain area: where the pain is felt, painted with the brush or a whole region filled; hatched, darker when worse.")),
            (area_pixmap("paraesthesia"), self.tr("Pins and needles (paraesthesia): tingling or prickling, painted like pain; dotted, with a dotted edge.")),
            (area_pixmap("numbness"), self.tr("Numbness: an area with less or no feeling, painted like pain; cross-hatched with the letter N.")),
            (number_pixmap(), self.tr("P1, P2…: the number of each symptom area in this episode, P1 the one that matters most. Renumber them by dragging them in the Mark panel's list, or with Alt+Up and Alt+Down.")),
            (tick_pixmap(), self.tr("Tick: a region asked about and found clear of symptoms in this episode (the Cleared tool). A region with a symptom cannot be ticked.")),
            (link_pixmap(), self.tr("Link: from a trigger point to the area it sends pain to.")),
            (symbol_pixmap(_point("spasm", 6, spasm_kind="random")),
             self.tr("Spasm: a chronic tight muscle or a random spasm.")),
            (symbol_pixmap(_point("tender_point", 5)),
             self.tr("Tender point (fibromyalgia): sore to pressure, and not the same as a trigger point.")),
            (zone_pixmap(True), self.tr("Atlas: where a muscle nearly always sends pain.")),
            (zone_pixmap(False), self.tr("Atlas: where it sometimes does.")),
        ]
        content = QWidget()
        grid = QGridLayout(content)
        for row, (pixmap, text) in enumerate(rows):
            icon = QLabel()
            icon.setPixmap(pixmap)
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        how = QLabel(
            self.tr(
                "<p><b>Left and right are always the patient's</b>: on the front view your "
                "right is on the left of the picture. R and L are printed on every view.</p>"
                "<p><b>Tools</b> (keys): Select (S), Paint pain (A), Fill region with pain (G), "
                "Trigger point (T), Paint referred pain (B), Fill region (F), Erase (E), "
                "Spasm (P), Tender point (N), Paint pins and needles (I), Fill region with pins "
                "and needles (Shift+I), Paint numbness (U), Fill region with numbness (Shift+U), "
                "Cleared (K).</p>"
                "<p><b>The map</b>: zoom with the wheel or + and -, 0 shows the whole body; "
                "move with the middle button or Space and drag; the arrow keys move between "
                "regions and Enter picks one. With a mark selected, 1 to 9 set its intensity, "
                "Delete removes it, Ctrl+Z undoes.</p>"
                "<p><b>Quickest entry</b>: click the spot, click its intensity, Save.</p>"
            )
        )
        how.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        grid.addWidget(how, len(rows), 0, 1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = 720 if screen is None else min(720, int(screen.height() * 0.9))
        self.resize(620, height)
