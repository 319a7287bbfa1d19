"""Imports on a background thread that give way to the window.

A thread importing modules holds the interpreter lock nearly all the time.  The UI thread needs
that lock at every call from Qt into Python (each mark's paint, each slot, each event filter)
and waits up to the switch interval for it each time, so a paint that calls Python a hundred
times while matplotlib is importing on another thread stops the window for a hundred of those
waits.

Inside :func:`gated`, a thread's imports go one module at a time, each only once the UI thread
has come back to its event loop: before a module is found (a finder first in
``sys.meta_path``, put there once by the first :func:`gated` and never taken out, since other
threads iterate that list while they import; it returns at once on threads not gated) the
thread posts a low-priority event to the UI thread and waits, without the interpreter lock and
without the import system's global lock, until the UI thread has taken it, that is after the
paints and the input already queued; it then imports for :data:`TURN_S` before it asks again.
While the window is busy the thread is at most that and one module's import behind; while it
is idle the thread imports at nearly full speed.

The gate never makes another thread wait on the gated one for long: a waiting thread goes on
within :data:`POLL_S` once the UI thread is in the import system's code or in ``threading``'s
(importing, waiting for a module's lock or the global lock, on an event, a join) or any other
thread waits for a module's lock (the gated thread may hold it); one module waits at most
:data:`MAX_WAIT_S`.  Once the UI thread has not answered a turn for :data:`GIVE_UP_S` (no event
loop runs, e.g. in a test), the gate stays open, still posting a turn event, until one is
answered, then gates again.  It opens for good when the application is about to quit, and if
anything in it fails (the import asked about then goes on as without the gate).
"""

from __future__ import annotations

import _frozen_importlib  # the import system's own module: which thread waits for which lock
import _imp  # the import system's global lock
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
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
#: After this long (seconds) without an answer to a turn, the gate stays open until the UI
#: thread answers one again (no event loop runs meanwhile).
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

    def __init__(self, answered: Callable[[], None]) -> None:
        super().__init__()
        self._answered = answered

    def event(self, event: QEvent) -> bool:
        if event.type() == _TURN:
            self._answered()
            return True
        return super().event(event)


class ImportGate:
    """The gate and its finder; :func:`gate` is the one the program uses."""

    def __init__(self) -> None:
        app = QCoreApplication.instance()
        self._waiting: deque[threading.Event] = deque()
        self._answer = _TurnAnswer(self._answered)
        if app is not None:
            self._answer.moveToThread(app.thread())
            app.aboutToQuit.connect(self.open_for_good)
        self.ui_thread = threading.main_thread().ident
        #: Threads whose imports go through the gate (ident -> nesting depth of gated()); read
        #: without the lock (one dict lookup per import), changed under it.
        self._threads: dict[int, int] = {}
        self._lock = threading.Lock()
        self._installed = False
        self._inside = threading.local()  # a turn being waited for on this thread
        #: When the oldest turn event not answered yet was posted (None: all answered).
        self._asked_at: float | None = None
        #: No answer for GIVE_UP_S: no waiting until the UI thread answers a turn again.
        self.given_up = False
        self.is_open = app is None
        #: Turns taken (modules let through after the UI thread answered), for tests.
        self.turns = 0

    def open_for_good(self) -> None:
        """No more waiting (the application is about to quit, or the gate failed)."""
        self.is_open = True
        while self._waiting:
            self._waiting.popleft().set()

    def _answered(self) -> None:
        """On the UI thread: a turn event was taken; the gate waits again from now on."""
        self._asked_at = None
        self.given_up = False
        while self._waiting:
            self._waiting.popleft().set()

    def gates_this_thread(self) -> bool:
        """Do the current thread's imports go through the gate?"""
        return threading.get_ident() in self._threads

    # -- the finder ----------------------------------------------------------------------

    def find_spec(self, _name: str, _path: Any = None, _target: Any = None) -> None:
        if threading.get_ident() in self._threads:
            self.wait_turn()
        return None  # found by the finders after this one

    # -- turns ---------------------------------------------------------------------------

    def wait_turn(self) -> None:
        """Wait until the UI thread has come back to its event loop (on a gated thread; the
        UI thread itself never waits).  Never raises: a failing gate opens for good."""
        if self.is_open or threading.get_ident() == self.ui_thread:
            return
        if getattr(self._inside, "waiting", False):
            return  # an import made while posting the turn: not gated again
        self._inside.waiting = True
        try:
            # A finder is asked under the import system's global lock: without it while
            # waiting, so that other threads' imports (the worker's, the chart thread's) go on.
            try:
                _imp.release_lock()
            except RuntimeError:  # not held: not called by the import system
                released = False
            else:
                released = True
            try:
                self._wait()
            finally:
                if released:
                    _imp.acquire_lock()
        except Exception:  # noqa: BLE001 - never break the import being asked about
            self.open_for_good()
        finally:
            self._inside.waiting = False

    def _wait(self) -> None:
        if time.monotonic() - getattr(self._inside, "granted", -1.0) < TURN_S:
            return  # within the turn the UI thread gave last
        if self.given_up:
            if self._asked_at is None:  # one turn event out, to see when the UI thread is back
                self._post(None)
            return
        if self._ui_blocked():
            return
        turn = threading.Event()
        if not self._post(turn):
            return
        waited_since = time.monotonic()
        while not turn.wait(POLL_S):
            if self.is_open or self.given_up or self._ui_blocked():
                return
            now = time.monotonic()
            if now - waited_since >= MAX_WAIT_S:
                asked_at = self._asked_at
                if asked_at is not None and now - asked_at >= GIVE_UP_S:
                    self.given_up = True  # until the UI thread answers a turn again
                return
        if self.is_open:
            return
        self.turns += 1
        self._inside.granted = time.monotonic()

    def _post(self, turn: threading.Event | None) -> bool:
        """Post a turn event (``turn`` set once the UI thread takes it); False if the
        application is gone (the gate is then open for good)."""
        if turn is not None:
            self._waiting.append(turn)
        if self._asked_at is None:
            self._asked_at = time.monotonic()
        try:
            QCoreApplication.postEvent(self._answer, QEvent(_TURN), _LOW)
        except RuntimeError:  # the application (and the answering object) is gone
            self.open_for_good()
            return False
        return True

    def _ui_blocked(self) -> bool:
        """Is the UI thread waiting, in Python, for something the asking thread may hold: a
        module's import lock, the import system's own lock, an event, a thread's end?  Or is
        any other thread waiting for a module's lock (the asking thread may hold it)?"""
        ui = self.ui_thread
        if ui is None:
            return False
        blocking_on = getattr(_frozen_importlib, "_blocking_on", None)
        if blocking_on:
            me = threading.get_ident()
            if any(ident != me for ident in list(blocking_on)):
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
        with self._lock:
            if not self._installed:
                # Once, and never taken out: other threads iterate sys.meta_path itself
                # while they import, and a finder removed meanwhile makes them skip the next.
                sys.meta_path.insert(0, self)
                self._installed = True
            self._threads[ident] = self._threads.get(ident, 0) + 1
        try:
            yield self
        finally:
            with self._lock:
                depth = self._threads.pop(ident) - 1
                if depth:
                    self._threads[ident] = depth


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
