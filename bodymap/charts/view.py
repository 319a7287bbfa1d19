"""A matplotlib chart on screen, drawn off the UI thread.

``ChartView(figure)`` is a plain ``QWidget`` that shows an image of a ``matplotlib.figure.Figure``.
The image is drawn with the Agg backend (``FigureCanvasAgg``) on one daemon thread of its own
("bodymap-charts"), never on the UI thread: matplotlib's layout and text drawing of a single
chart take 100-300 ms, which ``FigureCanvasQTAgg`` spends in the widget's paint event, where the
window cannot answer.  matplotlib allows this when each figure is used by one thread at a time:
the figures are built on the database worker, handed over, and from then on only this thread
draws them (:func:`figure_lock` serialises the rare use from elsewhere, such as an export).

The widget keeps the last image until the next one is there (scaled to the new size meanwhile),
draws again when it is resized (once the size has settled) and only while it is visible; a new
figure replaces the old one.  ``drawn`` is emitted each time an image of the current figure at
the current size is on show; :meth:`wait_drawn` waits for it (tests).
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodymap.worker_thread import WorkerThread

#: How long a size must hold before the chart is drawn again for it (ms).
RESIZE_SETTLE_MS = 60

_locks: weakref.WeakKeyDictionary[Any, threading.RLock] = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


def figure_lock(figure: Any) -> threading.RLock:
    """The lock held while ``figure`` is drawn or saved (one thread at a time per figure)."""
    with _locks_guard:
        lock = _locks.get(figure)
        if lock is None:
            lock = _locks[figure] = threading.RLock()
        return lock


def render_figure(figure: Any, width: int, height: int, ratio: float = 1.0) -> QImage:
    """The figure drawn with Agg at ``width`` x ``height`` logical pixels (``ratio`` device
    pixels each) as a ``QImage``; safe on any thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with figure_lock(figure):
        base_dpi = getattr(figure, "_bodymap_base_dpi", None)
        if base_dpi is None:
            base_dpi = figure._bodymap_base_dpi = float(figure.dpi)
        canvas = FigureCanvasAgg(figure)
        figure.set_dpi(base_dpi * ratio)
        figure.set_size_inches(max(width, 1) / base_dpi, max(height, 1) / base_dpi, forward=False)
        try:
            canvas.draw()
            buffer = canvas.buffer_rgba()
            w, h = int(buffer.shape[1]), int(buffer.shape[0])
            image = QImage(bytes(buffer), w, h, w * 4, QImage.Format.Format_RGBA8888).copy()
        finally:
            figure.set_dpi(base_dpi)
    image.setDevicePixelRatio(ratio)
    return image


def _no_wait() -> None:
    return None


#: Called on the chart thread before each drawing; the window sets it to wait for the UI
#: thread's next turn (:func:`bodymap.ui.import_gate.wait_turn`), so that a chart is drawn
#: once the paints and input already queued are done, not while they wait for the interpreter
#: lock behind it.  Never raises.
before_drawing: Callable[[], None] = _no_wait

Request = tuple[int, QSize, float]  # (figure generation, logical size, device pixel ratio)


class _Job:
    __slots__ = ("figure", "request", "token")

    def __init__(self, token: int, figure: Any, request: Request) -> None:
        self.token = token
        self.figure = figure
        self.request = request


class _Renderer(QObject):
    """One drawing thread for every chart view; the newest request of a view wins.

    The thread never touches a widget: it knows a view by a number, and the image goes back to
    the UI thread through a queued signal, where the view is looked up."""

    _done = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self._worker: WorkerThread[_Job] = WorkerThread("bodymap-charts", self._draw)
        self._wake = self._worker.lock  # also guards _latest, which the thread reads
        self._latest: dict[int, Request] = {}
        self._views: weakref.WeakValueDictionary[int, ChartView] = weakref.WeakValueDictionary()
        self._tokens = itertools.count(1)
        self._done.connect(self._deliver)

    def register(self, view: ChartView) -> int:
        token = next(self._tokens)
        self._views[token] = view
        return token

    def submit(self, job: _Job) -> None:
        with self._wake:
            self._latest[job.token] = job.request
            # an older request of the same view is not drawn at all
            self._worker.submit(job, keep=lambda queued: queued.token != job.token)

    def _draw(self, job: _Job) -> None:
        with self._wake:
            if self._latest.get(job.token) != job.request:
                return
        _generation, size, ratio = job.request
        before_drawing()
        with self._wake:
            if self._latest.get(job.token) != job.request:
                return  # a newer request came while it waited
        try:
            image: QImage | None = render_figure(job.figure, size.width(), size.height(), ratio)
        except Exception:  # noqa: BLE001 - a chart that cannot be drawn shows nothing
            import logging

            logging.getLogger(__name__).exception("chart could not be drawn")
            image = None
        self._done.emit(job, image)

    def _deliver(self, job: _Job, image: QImage | None) -> None:
        with self._wake:
            if self._latest.get(job.token) == job.request:
                del self._latest[job.token]
        view = self._views.get(job.token)
        if view is not None and shiboken6.isValid(view):  # its panel may be gone
            view._image_ready(job.request, image)


_renderer: _Renderer | None = None


def _the_renderer() -> _Renderer:
    global _renderer
    if _renderer is None:
        _renderer = _Renderer()
        app = QCoreApplication.instance()
        if app is not None:
            _renderer.moveToThread(app.thread())
    return _renderer


class ChartView(QWidget):
    """Shows a matplotlib figure as an image drawn on the chart thread."""

    #: An image of the current figure at the current size is on show.
    drawn = Signal()

    def __init__(self, figure: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self._image: QImage | None = None
        self._image_generation = -1
        self._image_size = QSize()
        self._generation = 0
        self._asked: Request | None = None
        self._background = QColor(self.palette().base().color())
        self._token = _the_renderer().register(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_SETTLE_MS)
        self._settle.timeout.connect(self._ask)
        if figure is not None:
            self._background = _face(figure)
            self._schedule(0)

    # -- public -------------------------------------------------------------------------------
    def set_figure(self, figure: Any) -> None:
        """Show another figure (the old image stays until the new one is drawn)."""
        self.figure = figure
        self._background = _face(figure)
        self._generation += 1
        self._schedule(0)

    def image(self) -> QImage | None:
        """The image on show (None before the first one is drawn)."""
        return self._image

    def is_current(self) -> bool:
        """The image on show is of the current figure at the current size."""
        return (self._image is not None and self._image_generation == self._generation
                and self._image_size == self.size())

    def wait_drawn(self, msecs: int = 10000) -> bool:
        """Run the event loop until the current figure is on show (tests)."""
        import time

        deadline = time.monotonic() + msecs / 1000
        while not self.is_current() and time.monotonic() < deadline:
            if self.isVisible() and not self._settle.isActive() and self._asked is None:
                self._ask()
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return self.is_current()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.figure is None:
            return QSize(400, 240)
        width, height = self.figure.get_size_inches()
        dpi = getattr(self.figure, "_bodymap_base_dpi", None) or self.figure.dpi
        return QSize(int(width * dpi), int(height * dpi))

    # -- Qt -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._schedule(RESIZE_SETTLE_MS if self._image is not None else 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.is_current():
            self._schedule(0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._background)
        if self._image is not None:
            if self._image_size == self.size():
                painter.drawImage(0, 0, self._image)
            else:  # a new size: the old image stretched until the new one comes
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(self.rect()), self._image)
        painter.end()

    # -- drawing ------------------------------------------------------------------------------
    def _schedule(self, delay: int) -> None:
        self._settle.start(delay)

    def _ask(self) -> None:
        if self.figure is None or not self.isVisible() or self.width() < 2 or self.height() < 2:
            return
        ratio = float(self.devicePixelRatioF())
        request = (self._generation, QSize(self.size()), ratio)
        if self.is_current() or self._asked == request:
            return
        self._asked = request
        _the_renderer().submit(_Job(self._token, self.figure, request))

    def _image_ready(self, request: Request, image: QImage | None) -> None:
        if self._asked == request:
            self._asked = None
        generation, size, _ratio = request
        if image is None or generation != self._generation:
            return
        self._image = image
        self._image_generation = generation
        self._image_size = size
        self.update()
        if self.is_current():
            self.drawn.emit()
        elif self.isVisible():
            self._schedule(0)


def _face(figure: Any) -> QColor:
    """The figure's background colour (painted before its first image is there)."""
    from matplotlib.colors import to_hex

    return QColor(to_hex(figure.get_facecolor()))
