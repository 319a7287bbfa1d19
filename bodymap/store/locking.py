"""Is a diary open in another bodymap?  The window's lock file, read without Qt.

The window takes ``<diary>.lock`` with ``QLockFile`` (:mod:`bodymap.ui.instance`) before the
diary opens and keeps it until it quits.  ``QLockFile`` writes its process id, application name
and host name into the file and, on Unix, holds an exclusive ``flock`` (and an ``fcntl`` lock)
on it while the lock is held.  The command line must not replace a diary under an open window,
but should not need Qt to find out, so this module reads the same file the way ``QLockFile``
does:

* the file is absent: nobody holds the diary;
* the ``flock`` is held: a live bodymap holds it (the kernel drops the lock when a process
  dies, so this never mistakes a crashed window for a live one);
* the lock is free but the file names a live process on this host: held too, to be safe (a
  file system without ``flock`` support);
* otherwise it is stale (left by a killed bodymap).

:func:`hold` takes the same lock for the length of a ``restore``, in the same format, so that a
window started meanwhile is refused just as it would be by another window.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bodymap.files import ensure_private_dir
from bodymap.store.errors import StoreError, say


class DiaryInUse(StoreError):
    """The diary is open in another bodymap; nothing was changed."""


@dataclass(frozen=True)
class LockInfo:
    pid: int
    app: str
    host: str


def lock_path_for(db_file: Path) -> Path:
    """``<diary>.lock``: the same name :mod:`bodymap.ui.instance` uses."""
    db_file = Path(db_file)
    return db_file.with_name(db_file.name + ".lock")


def read_lock_info(lock_file: Path) -> LockInfo | None:
    """The process id, application and host written in a lock file; None if unreadable."""
    try:
        with open(lock_file, "rb") as handle:
            text = handle.read(4096).decode("utf-8", "replace")
    except OSError:
        return None
    lines = text.splitlines()
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    return LockInfo(pid, lines[1] if len(lines) > 1 else "", lines[2] if len(lines) > 2 else "")


def process_alive(pid: int) -> bool:
    """True if a process with this id runs on this machine (another user's counts too)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # somebody else's live process
    except OverflowError:
        return False
    return True


def _flock_held(lock_file: Path) -> bool | None:
    """True if another process holds the lock file's ``flock``; None if it cannot be tested."""
    try:
        fd = os.open(lock_file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return True
            return None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def holder(db_file: Path) -> LockInfo | None:
    """Who holds the diary's lock (a live bodymap), or None if nobody does.

    The same rule as the window's (:class:`bodymap.ui.instance.DiaryLock`): a lock is stale
    only if it names this host and a process that is gone; a held ``flock`` is always live.
    """
    lock_file = lock_path_for(db_file)
    if not os.path.lexists(lock_file):
        return None
    info = read_lock_info(lock_file)
    if info is not None and info.pid == os.getpid() and info.host in ("", socket.gethostname()):
        return None  # this process holds it (the window restoring its own diary)
    if _flock_held(lock_file):
        return info or LockInfo(0, "", "")
    if info is None:
        return None  # empty or unreadable, and nobody holds its flock
    if info.host not in ("", socket.gethostname()):
        return info  # another machine's lock on a shared folder: cannot tell, so respect it
    if info.pid != os.getpid() and process_alive(info.pid):
        return info
    return None


def refuse_if_open(db_file: Path, doing: str = "replace it") -> None:
    """Raise :class:`DiaryInUse` if another bodymap has the diary open."""
    info = holder(db_file)
    if info is not None:
        doings = {"replace it": say("replace it"), "restore the backup": say("restore the backup")}
        then = doings.get(doing) or doing
        if info.pid > 0:
            raise DiaryInUse(say(
                "{path} is open in another bodymap (process {pid}); close that window first, "
                "then {doing}.", path=db_file, pid=str(info.pid), doing=then))
        raise DiaryInUse(say(
            "{path} is open in another bodymap; close that window first, then {doing}.",
            path=db_file, doing=then))


def _app_name() -> str:
    with contextlib.suppress(OSError):
        return os.path.basename(os.readlink("/proc/self/exe"))
    return Path(sys.executable).name or "bodymap"


@contextlib.contextmanager
def hold(db_file: Path) -> Iterator[Path]:
    """Hold the diary's lock (``QLockFile``'s format, ``flock``-ed) for the block.

    Raises :class:`DiaryInUse` if a live bodymap holds it; a stale lock is taken over.
    """
    lock_file = lock_path_for(db_file)
    ensure_private_dir(lock_file.parent)
    mine = read_lock_info(lock_file) if os.path.lexists(lock_file) else None
    if mine is not None and mine.pid == os.getpid() and mine.host in ("", socket.gethostname()):
        yield lock_file  # this process holds it already (the window's DiaryLock): keep it so
        return
    for _attempt in range(3):
        refuse_if_open(db_file)
        try:
            fd = os.open(
                lock_file,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                0o600,
            )
        except FileExistsError:
            # Stale (refuse_if_open said nobody holds it): remove it as QLockFile would.
            with contextlib.suppress(OSError):
                stale = os.open(lock_file, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
                try:
                    fcntl.flock(stale, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    os.unlink(lock_file)
                finally:
                    os.close(stale)
            continue
        break
    else:
        raise DiaryInUse(
            say("{path} is being opened by another bodymap; try again in a moment.", path=db_file))
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, f"{os.getpid()}\n{_app_name()}\n{socket.gethostname()}\n".encode())
        yield lock_file
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_file)
        os.close(fd)
