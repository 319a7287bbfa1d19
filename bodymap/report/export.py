"""The report on paper, in a PDF and as images: thin wrappers around :func:`render_report`.

* :func:`write_pdf` writes through ``QPdfWriter`` (1200 dpi, vector) into a temporary file created
  owner-only (0600) beside the target, then moves it into place (:mod:`bodymap.files`): a failed
  export never leaves half a file, the diary's data is never readable by other users, and a
  target that is a link, a FIFO, a device or a folder is refused.
* :func:`paint_on_printer` is the one slot for ``QPrintPreviewDialog.paintRequested`` and for
  printing after ``QPrintDialog``.
* :func:`render_images` draws pages onto ``QImage`` (tests, docs, thumbnails), and
  :func:`render_page` one page (the print preview draws its pages with it on a thread of its
  own, so the window keeps answering).

A ``QGuiApplication`` must exist (fonts and the SVG drawings need it).  Every function here may
run on any thread: :data:`RENDER_LOCK` lets one draw at a time (the body drawings are shared,
cached ``QSvgRenderer`` objects).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter, QPdfWriter

from bodymap.files import check_complete, write_via_temp
from bodymap.report.model import ReportData
from bodymap.report.render import ReportOptions, page_layout, render_report

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PDF_RESOLUTION = 1200
#: Held while a report is drawn (the SVG renderers of the body drawings are shared).
RENDER_LOCK = threading.RLock()


def ensure_gui_application() -> None:
    """Create a ``QGuiApplication`` if none exists (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_gui_application.app = QGuiApplication(["bodymap"])  # type: ignore[attr-defined]


def pdf_title(data: ReportData, options: ReportOptions) -> str:
    """The PDF's title: what it is, whose (never the default "Me") and the period."""
    from PySide6.QtCore import QCoreApplication

    from bodymap.report import words

    what = (QCoreApplication.translate("Report", "My self-care plan")
            if options.sections == ("plan",)
            else QCoreApplication.translate("Report", "Pain map for the physiotherapist"))
    parts = [what, data.person_name, words.span(data.period_start, data.period_end)]
    return " · ".join(p for p in parts if p)


def write_pdf(
    path: str | os.PathLike[str],
    data: ReportData,
    options: ReportOptions | None = None,
    layout: QPageLayout | None = None,
) -> int:
    """Write the report as a PDF at ``path`` (mode 0600); returns the number of pages."""
    options = options or ReportOptions()
    layout = layout or page_layout(options)
    target = Path(path)
    # QPdfWriter wants a file name: it writes a 0600 temporary file beside the target, which is
    # renamed over it once the last page is done (bodymap.files refuses links, FIFOs, devices).
    with write_via_temp(target, suffix=".pdf") as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(layout)
        writer.setCreator("bodymap")
        writer.setTitle(pdf_title(data, options))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {target}")
        try:
            with RENDER_LOCK:
                pages = render_report(painter, layout, data, options, new_page=writer.newPage)
        finally:
            painter.end()
        del writer  # closes the file before it is renamed
        check_complete(tmp, target, b"%%EOF")  # QPdfWriter keeps quiet about a full disk
    return pages


def paint_on_printer(printer: QPrinter, data: ReportData, options: ReportOptions | None = None) -> int:
    """Draw the report on a printer (paper or preview) with the printer's own page layout."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        with RENDER_LOCK:
            return render_report(painter, printer.pageLayout(), data, options,
                                 new_page=printer.newPage)
    finally:
        painter.end()


def render_page(
    data: ReportData,
    options: ReportOptions | None = None,
    index: int = 0,
    dpi: float = 100,
    layout: QPageLayout | None = None,
    ratio: float = 1.0,
) -> tuple[QImage, int]:
    """Page ``index`` (0-based, margins included) as a white ``QImage`` at ``dpi`` logical dots
    per inch with ``ratio`` device pixels each, and the number of pages of the report."""
    options = options or ReportOptions()
    layout = layout or page_layout(options)
    device_dpi = round(dpi * ratio)
    full = layout.fullRectPixels(device_dpi)
    paint = layout.paintRectPixels(device_dpi)
    image = QImage(full.size(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(device_dpi / 0.0254))
    image.setDotsPerMeterY(round(device_dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(QPointF(paint.topLeft()))
    try:
        with RENDER_LOCK:
            total = render_report(painter, layout, data, options, only_page=index)
    finally:
        painter.end()
    image.setDevicePixelRatio(ratio)
    return image, total


def render_images(
    data: ReportData,
    options: ReportOptions | None = None,
    dpi: int = 100,
    layout: QPageLayout | None = None,
    pages: list[int] | None = None,
) -> list[QImage]:
    """Whole pages (margins included) as white ``QImage`` at ``dpi``, drawn by the same function."""
    options = options or ReportOptions()
    layout = layout or page_layout(options)
    images: list[QImage] = []
    index = 0
    total = None
    while total is None or index < total:
        image, total = render_page(data, options, index, dpi, layout)
        if pages is None or index in pages:
            images.append(image)
        index += 1
    return images
