"""The window's last line of defence: an unexpected error goes to a log file, not to the person.

A bug must never show a traceback to somebody in pain, nor close the window on unsaved work.
:func:`install_crash_handler` replaces ``sys.excepthook`` (Qt calls it for exceptions raised in
slots) with one that appends the traceback to ``bodymap.log`` in the user log folder
(platformdirs; owner-only, never through a link) and shows one friendly dialog that says where
the log is and that nothing saved was lost.  Drafts of the open episode are written a moment
after every change, so the work of the last minutes is kept as well.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "bodymap.log"
#: A log that grows past this is started afresh (the old one kept as bodymap.log.1).
LOG_LIMIT_BYTES = 1_000_000


def log_path() -> Path:
    from bodymap.paths import log_dir

    return log_dir() / LOG_NAME


def write_log(text: str, path: Path | None = None) -> Path:
    """Append ``text`` to the log, owner-only; never follow a link to somebody else's file."""
    path = path or log_path()
    try:
        if path.stat().st_size > LOG_LIMIT_BYTES and not path.is_symlink():
            os.replace(path, path.with_name(path.name + ".1"))
    except OSError:
        pass
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as log:
        log.write(text)
    return path


def _handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    text = f"--- {stamp} bodymap error\n" + "".join(traceback.format_exception(kind, error, tb))
    try:
        where: str = str(write_log(text))
    except OSError:
        where = ""
        sys.__excepthook__(kind, error, tb)  # no log folder: the terminal is all we have
    if QApplication.instance() is None:
        return
    message = QCoreApplication.translate(
        "crash",
        "Something went wrong inside bodymap. Nothing you had saved was lost, and the episode "
        "you are working on is kept as a draft.",
    )
    if where:
        message += "\n\n" + QCoreApplication.translate(
            "crash", "The details were written to {path}; you can send that file to whoever "
            "helps you with bodymap."
        ).format(path=where)
    title = QCoreApplication.translate("crash", "bodymap ran into a problem")
    QMessageBox.warning(None, title, message)


def install_crash_handler() -> None:
    sys.excepthook = _handle
