"""Quitting: at once when the window closes, and gently on SIGTERM / SIGINT.

* A signal (a logout sends SIGTERM, Ctrl+C in the terminal SIGINT) closes the window as its
  close button does, without a question: an episode with unsaved changes is kept as a draft
  (offered again at the next start), the window's place is remembered, the database worker is
  told to stop, and the program exits with 0.  Python runs a signal handler only when the
  interpreter has control, which it has not while Qt waits for events; so the C-level handler
  writes the signal's number into a socket (:func:`signal.set_wakeup_fd`) and a
  ``QSocketNotifier`` on the other end wakes the event loop.
* Once the window is closed and the diary is closed, :func:`leave_now` ends the process with
  ``os._exit``: the interpreter's own tear-down (destroying tens of thousands of Qt and Python
  objects one by one, matplotlib included) took about two seconds and does nothing the person
  needs.  Everything that matters is written before: the draft, the settings (synced), the
  diary (closed, so SQLite has checkpointed its journal), the log (flushed).  Background work
  is not waited on: the database worker is a daemon thread, and a transaction it had not
  finished is rolled back by the database.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: The signals that close the window as its close button does.
CLOSING_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class SignalCloser(QObject):
    """Turns SIGTERM / SIGINT into a gentle close of ``window()`` on the UI thread."""

    def __init__(self, window: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Any] = {}
        for number in CLOSING_SIGNALS:
            # The Python-level handler has nothing to do: the wakeup byte does the work.
            self._previous[number] = signal.signal(number, _ignore)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self.received: list[int] = []

    def _woken(self, *_args: object) -> None:
        try:
            data = self._read.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        numbers = [b for b in data if b in {int(s) for s in CLOSING_SIGNALS}]
        if not numbers:
            return
        self.received.extend(numbers)
        # Leave the notifier's slot first: a modal dialog's own event loop may be running.
        QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        window = self._window()
        # A question on screen (an unsaved episode, a file dialog) is answered "cancel": its
        # work is kept as a draft below, and nothing is half done.
        for _ in range(8):
            modal = QApplication.activeModalWidget()
            if modal is None or modal is window:
                break
            modal.close()
        if window is None or not window.isVisible():
            QApplication.quit()
            return
        keep = getattr(window, "close_keeping_draft", None)
        if callable(keep):
            keep()
        else:
            window.close()

    def uninstall(self) -> None:
        """Give the signals back (tests; the process normally ends with them installed)."""
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()


def _ignore(_number: int, _frame: object) -> None:
    pass


def leave_now(code: int) -> None:
    """End the process now with ``code``, after flushing what must reach the disk."""
    import logging

    from PySide6.QtCore import QSettings

    QSettings().sync()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)
