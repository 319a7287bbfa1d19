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
    QVBoxLayout,
    QWidget,
)

from bodymap.map.atlas_overlay import ZONE_COLOUR
from bodymap.map.marks import KIND_COLOURS, area_brushes, paint_mark_symbol
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
        fill, hatch, outline = area_brushes(mark)
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(4, 7, SIZE - 8, SIZE - 14), 6, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawPath(shape)
        p.setBrush(hatch)
        p.drawPath(shape)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(outline)
        p.drawPath(shape)

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
            (link_pixmap(), self.tr("Link: from a trigger point to the area it sends pain to.")),
            (symbol_pixmap(_point("spasm", 6, spasm_kind="random")),
             self.tr("Spasm: a chronic tight muscle or a random spasm.")),
            (symbol_pixmap(_point("tender_point", 5)),
             self.tr("Tender point (fibromyalgia): sore to pressure, and not the same as a trigger point.")),
            (zone_pixmap(True), self.tr("Atlas: where a muscle nearly always sends pain.")),
            (zone_pixmap(False), self.tr("Atlas: where it sometimes does.")),
        ]
        grid = QGridLayout()
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
                "Spasm (P), Tender point (N).</p>"
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
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(how)
        layout.addWidget(buttons)
        self.resize(560, 640)
