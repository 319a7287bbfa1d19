"""Is the diary file still the one this window opened?  (No Qt: tested on its own.)

A restore from the command line (``bodymap restore``), another program's ``os.replace`` or a
file manager's copy puts a *new* file at the diary's path.  SQLite connections that were open
keep writing into the old file, which nobody will ever read again: every later save would be
lost while the window says "Saved".  So the window records the file's identity, its
``(st_dev, st_ino)``, when the diary opens, and compares it with ``os.stat`` of the path before
each write (on the worker, in :class:`bodymap.ui.ops.DiaryOps`) and when the window is activated.

A file rewritten in place (the same inode, e.g. ``cp backup diary.sqlite3``) keeps its identity
and is not noticed here; SQLite itself sees those changes on the next read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bodymap.store.errors import StoreError


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int


def identity_of(path: Path | str) -> FileIdentity | None:
    """The identity of the file at ``path`` (following no link of ours), or None if it is gone."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return FileIdentity(st.st_dev, st.st_ino)


class DiaryReplaced(StoreError):
    """The diary file was replaced by another program: nothing may be written into it."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"the diary file {path} was replaced by another program")
        self.path = Path(path)


class DiaryIdentity:
    """The identity of one diary file, recorded when it opened.

    ``DiaryIdentity(None)`` (a database server, or a diary in memory) never reports a change.
    """

    def __init__(self, path: Path | str | None) -> None:
        self.path = Path(path) if path is not None else None
        self.recorded: FileIdentity | None = None
        self.record()

    def record(self) -> None:
        """Take the file now at the path as the diary's (after opening or reopening it)."""
        self.recorded = identity_of(self.path) if self.path is not None else None

    def replaced(self) -> bool:
        """True if the file at the path is no longer the one recorded (or is gone)."""
        if self.path is None or self.recorded is None:
            return False
        return identity_of(self.path) != self.recorded

    def check(self) -> None:
        """Raise :class:`DiaryReplaced` if the file was replaced."""
        if self.replaced():
            assert self.path is not None
            raise DiaryReplaced(self.path)
