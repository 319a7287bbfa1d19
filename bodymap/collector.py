"""Python's cycle collector: paused for the length of a large job, and kept off what lives as
long as the program (Qt-free).

A report of fifty years or an import of thirty makes hundreds of thousands of small lists,
dicts and tuples, none of them in a reference cycle; every few hundred new objects set off the
collector, and its full passes walked every object made so far (a third of a fifty-year
report's time, about 6 % of an import's instructions).  Reference counting frees all of them
as before; only the search for cycles waits until the job is done.

The collector also runs on whichever thread happens to allocate, holding the interpreter lock
for the whole pass: once the window has imported SQLAlchemy, matplotlib and the panels, a full
pass walks about a million objects (the modules' functions, classes and constants) for
70-160 ms, in which the window cannot run a line of Python.  :func:`freeze` moves what exists
at the end of start-up into the interpreter's permanent generation (``gc.freeze``), which the
passes skip; objects made afterwards are collected as before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
#: Jobs (on any thread) running inside :func:`paused` now.
_pausers = 0
#: The collector was on when the first of them began: the last one to end turns it on again.
_was_enabled = False


def _pause() -> None:
    global _pausers, _was_enabled
    with _lock:
        if _pausers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausers += 1


def _resume() -> None:
    global _pausers
    with _lock:
        _pausers -= 1
        if _pausers == 0 and _was_enabled:
            gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off while the block runs, then as it was found.  Blocks may overlap
    on several threads (an export while the warm-up imports): the collector comes back on
    when the last of them ends, and only if it was on when the first began."""
    _pause()
    try:
        yield
    finally:
        _resume()


#: The window's start-up is paused now (:func:`pause_start_up`), until :func:`end_start_up`.
_start_up_paused = False


def pause_start_up() -> None:
    """The collector off from the application's creation until the window settles
    (:func:`end_start_up`), as inside :func:`paused`.  Start-up makes the Python types of
    PySide's enums (about 4,000 members before the window is usable) and the window's
    widgets, all of them living as long as the program: the passes they set off walked them
    again and again (about 10 ms of CPU before the window was usable, at ten years) only to
    find nothing to free.  A second call while paused does nothing."""
    global _start_up_paused
    with _lock:
        if _start_up_paused:
            return
        _start_up_paused = True
    _pause()


def end_start_up() -> None:
    """End the pause of :func:`pause_start_up` (the window settled, or the fallback timer of a
    window that never did); nothing if it is not paused."""
    global _start_up_paused
    with _lock:
        if not _start_up_paused:
            return
        _start_up_paused = False
    _resume()


def freeze() -> None:
    """Keep every object that exists now out of the collector's passes from here on: called
    when start-up is over (the window usable, the diary open, the warm-up's imports done), so
    that what lives as long as the program is not walked again and again.  Cyclic garbage
    among those objects is no longer looked for; everything else is freed as before."""
    gc.freeze()
