"""Imports on a background thread that give way to the window.

A thread importing modules holds the interpreter lock nearly all the time.  The UI thread needs
that lock at every call from Qt into Python (each mark's paint, each slot, each event filter)
and waits up to the switch interval for it each time, so a paint that calls Python a hundred
times while matplotlib is importing on another thread stops the window for a hundred of those
waits.

Inside :func:`gated`, a thread's imports go one module at a time, each only once the UI thread
has come back to its event loop: before a module is found (a finder first in
``sys.meta_path``, active only on the gated threads) the thread posts a low-priority event to
the UI thread and waits, without the lock, until the UI thread has taken it, that is after the
paints and the input already queued; it then imports for :data:`TURN_S` before it asks again.
While the window is busy the thread is at most that and one module's import behind; while it
is idle the thread imports at nearly full speed.

The gate never makes the UI thread wait on the gated thread: a finder is asked under the import
system's own lock, so a thread waiting in the gate holds every other thread's first import of a
module; the gate opens while the UI thread is importing or otherwise blocked in Python (on a
module's lock the gated thread holds, on an event, a join), when the application is about to
quit, and for good once the UI thread has not answered for :data:`GIVE_UP_S` in a row (no event
loop runs, e.g. in a test).
"""

from __future__ import annotations

import _frozen_importlib  # the import system's own module: which thread waits for which lock
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

#: After the UI thread's answer, a gated thread imports without asking again for this long
#: (seconds): a handshake per module made the imports several times slower on a loaded
#: machine (two thread switches each), and a few milliseconds of sharing the lock are not felt.
TURN_S = 0.005
#: How long one module waits for the UI thread before it goes on anyway (seconds).
MAX_WAIT_S = 0.25
#: After this long without an answer in a row, the gate stays open (no event loop runs).
GIVE_UP_S = 1.0
#: How often a waiting thread looks whether the UI thread is blocked (seconds).
POLL_S = 0.005

_TURN = QEvent.Type(QEvent.registerEventType())
#: After the paints (Qt posts its update requests at low priority) and input already queued.
_LOW = int(Qt.EventPriority.LowEventPriority.value)
_THREADING_FILE = threading.__file__
#: The import system's frames (``<frozen importlib._bootstrap>``...): the UI thread importing.
_IMPORT_SYSTEM = "<frozen importlib"


class _TurnAnswer(QObject):
    """Lives in the UI thread; each turn event it receives lets the waiting threads go on."""

    def __init__(self, waiting: deque[threading.Event]) -> None:
        super().__init__()
        self._waiting = waiting

    def event(self, event: QEvent) -> bool:
        if event.type() == _TURN:
            while self._waiting:
                self._waiting.popleft().set()
            return True
        return super().event(event)


class ImportGate:
    """The gate and its finder; :func:`gate` is the one the program uses."""

    def __init__(self) -> None:
        app = QCoreApplication.instance()
        self._waiting: deque[threading.Event] = deque()
        self._answer = _TurnAnswer(self._waiting)
        if app is not None:
            self._answer.moveToThread(app.thread())
            app.aboutToQuit.connect(self.open_for_good)
        self.ui_thread = threading.main_thread().ident
        #: Threads whose imports go through the gate (ident -> nesting depth of gated()).
        self._threads: dict[int, int] = {}
        self._inside = threading.local()  # a turn being waited for on this thread
        self._silent_s = 0.0  # seconds the UI thread has not answered, in a row
        self.is_open = app is None
        #: Turns taken (modules let through after the UI thread answered), for tests.
        self.turns = 0

    def open_for_good(self) -> None:
        """No more waiting (quit, or no event loop answers)."""
        self.is_open = True
        while self._waiting:
            self._waiting.popleft().set()

    # -- the finder ----------------------------------------------------------------------

    def find_spec(self, _name: str, _path: Any = None, _target: Any = None) -> None:
        if threading.get_ident() in self._threads:
            self.wait_turn()
        return None  # found by the finders after this one

    # -- turns ---------------------------------------------------------------------------

    def wait_turn(self) -> None:
        """Wait until the UI thread has come back to its event loop (on a gated thread; the
        UI thread itself never waits)."""
        if self.is_open or threading.get_ident() == self.ui_thread:
            return
        if getattr(self._inside, "waiting", False):
            return  # an import made while posting the turn: not gated again
        self._inside.waiting = True
        try:
            self._wait()
        finally:
            self._inside.waiting = False

    def _wait(self) -> None:
        if time.monotonic() - getattr(self._inside, "granted", -1.0) < TURN_S:
            return  # within the turn the UI thread gave last
        if self._ui_blocked():
            return
        turn = threading.Event()
        self._waiting.append(turn)
        try:
            QCoreApplication.postEvent(self._answer, QEvent(_TURN), _LOW)
        except RuntimeError:  # the application (and the answering object) is gone
            self.open_for_good()
            return
        waited = 0.0
        while not turn.wait(POLL_S):
            waited += POLL_S
            if self.is_open or self._ui_blocked():
                return
            if waited >= MAX_WAIT_S:
                self._silent_s += waited
                if self._silent_s >= GIVE_UP_S:
                    self.open_for_good()
                return
        self._silent_s = 0.0
        self.turns += 1
        self._inside.granted = time.monotonic()

    def _ui_blocked(self) -> bool:
        """Is the UI thread waiting, in Python, for something the asking thread may hold: a
        module's import lock, the import system's own lock (held by whoever is in a finder,
        this gate's included), an event, a thread's end?"""
        ui = self.ui_thread
        if ui is None:
            return False
        blocking_on = getattr(_frozen_importlib, "_blocking_on", None)
        if blocking_on is not None and blocking_on.get(ui):
            return True
        frame: FrameType | None = sys._current_frames().get(ui)
        if frame is None:
            return False
        name = frame.f_code.co_filename
        return name == _THREADING_FILE or name.startswith(_IMPORT_SYSTEM)

    # -- the threads ---------------------------------------------------------------------

    @contextmanager
    def gated(self) -> Iterator[ImportGate]:
        """The current thread's imports take turns with the UI thread while inside."""
        ident = threading.get_ident()
        if ident == self.ui_thread:
            yield self
            return
        self._threads[ident] = self._threads.get(ident, 0) + 1
        if self not in sys.meta_path:
            sys.meta_path.insert(0, self)
        try:
            yield self
        finally:
            depth = self._threads.pop(ident) - 1
            if depth:
                self._threads[ident] = depth
            elif not self._threads:
                try:
                    sys.meta_path.remove(self)
                except ValueError:
                    pass


_gate: ImportGate | None = None
_gate_lock = threading.Lock()


def gate() -> ImportGate:
    """The program's gate (made on first use, answering on the application's thread)."""
    global _gate
    with _gate_lock:
        if _gate is None:
            _gate = ImportGate()
        return _gate


def gated() -> Any:
    """``with gated():`` the current thread's imports take turns with the UI thread."""
    return gate().gated()


def wait_turn() -> None:
    """On a gated thread: wait for the UI thread's next turn before a long piece of work that
    is not an import."""
    gate().wait_turn()
