"""Every file bodymap writes goes through here: owner-only, whole or not at all, never through a link.

The diary, its backups, drafts, exports, charts and PDFs are health data.  Each is written to a
temporary file beside its target (created 0600 with ``O_EXCL``, so nobody else's file is ever
opened), flushed to disk, then renamed over the target.  The rename replaces a directory entry:
it never writes *through* a symbolic link, and we refuse targets that are not ordinary files of
ours (a link, a FIFO, a device, a folder), so an export can never overwrite ``/dev/full`` or a
system file a link points at.  Folders we create are 0700.

No Qt here: the CLI, the store and the GUI all use these functions.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class UnsafeTarget(OSError):
    """The target is not an ordinary file we may replace (a link, a FIFO, a device, a folder)."""


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and its parents) owner-only if it does not exist; refuse a non-folder."""
    folder = Path(folder)
    if folder.is_symlink() and not folder.is_dir():
        raise UnsafeTarget(f"{folder} is a link to something that is not a folder")
    if folder.exists() and not folder.is_dir():
        raise UnsafeTarget(f"{folder} exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return folder


def check_target(path: Path) -> None:
    """Raise :class:`UnsafeTarget` unless ``path`` is absent or an ordinary file (not a link)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeTarget(f"{path} is a symbolic link; bodymap does not write through links")
    if stat.S_ISDIR(info.st_mode):
        raise UnsafeTarget(f"{path} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeTarget(f"{path} is not an ordinary file (a device, a pipe or a socket)")


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file if there is none (for SQLite to open); never follow links.

    SQLite creates its ``-wal`` and ``-shm`` files with the database file's mode, so this one
    decision covers them too.
    """
    path = Path(path)
    check_target(path)
    ensure_private_dir(path.parent)
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    os.close(fd)


@contextmanager
def private_output(path: Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Write ``path`` atomically and owner-only: ``with private_output(p) as f: f.write(...)``.

    The file appears whole when the block ends without an error, and not at all (the old one
    kept) when it raises.  ``mode`` is ``"w"`` (text, UTF-8 unless ``encoding`` is given) or
    ``"wb"``.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"private_output writes with 'w' or 'wb', not {mode!r}")
    path = Path(path)
    check_target(path)
    ensure_private_dir(path.parent)
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    with write_via_temp(path) as temp:
        with open(temp, mode, **kwargs) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())


@contextmanager
def write_via_temp(path: Path, suffix: str = ".part") -> Iterator[Path]:
    """A fresh owner-only temporary path beside ``path``, renamed over it if the block succeeds.

    For writers that want a file name rather than a file object (``QPdfWriter``, matplotlib,
    the sqlite3 backup API).  The caller writes to the yielded path; on success it is made
    0600 and renamed over ``path``; on an error it is removed.
    """
    path = Path(path)
    check_target(path)
    ensure_private_dir(path.parent)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)  # mkstemp made it 0600 with O_EXCL: nobody else's file
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, PRIVATE_FILE)  # a writer that recreated the file may have widened it
        check_target(path)  # it could have become a link meanwhile
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def write_private(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically and owner-only; return the path."""
    if isinstance(data, str):
        with private_output(path, "w") as out:
            out.write(data)
    else:
        with private_output(path, "wb") as out:
            out.write(data)
    return Path(path)


def write_private_with(path: Path, writer: Callable[[Path], object]) -> Path:
    """Let ``writer(temp_path)`` write the file, then put it in place atomically, owner-only."""
    with write_via_temp(path) as temp:
        writer(temp)
    return Path(path)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (best effort: not every system lets a folder be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
