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
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from bodymap.phrases import Phrase, frame, phrase

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class _SaidError(OSError):
    """An ``OSError`` of ours: its text is an English sentence, ``phrase`` the same sentence
    for a caller with translations (``ui.labels.store_message``)."""

    def __init__(self, message: str | Phrase) -> None:
        self.phrase: Phrase | None = message if isinstance(message, Phrase) else None
        super().__init__(str(message))


def _said(template: str, **params: object) -> Phrase:
    """A sentence of this module: ``template`` is marked under "files" in runtime_strings.py."""
    return phrase("files", template, **params)


class UnsafeTarget(_SaidError):
    """The target is not an ordinary file we may replace (a link, a FIFO, a device, a folder)."""


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and its missing parents) owner-only; refuse a non-folder.

    Every folder this creates is 0700, the parents too (``Path.mkdir(parents=True)`` would
    make them with the umask's mode) and whatever the umask; folders that exist are left as
    they are.
    """
    folder = Path(folder)
    if folder.is_symlink() and not folder.is_dir():
        raise UnsafeTarget(_said("{path} is a link to something that is not a folder", path=folder))
    if folder.exists() and not folder.is_dir():
        raise UnsafeTarget(_said("{path} exists and is not a folder", path=folder))
    missing: list[Path] = []
    here = folder
    while not here.exists() and not here.is_symlink() and here != here.parent:
        missing.append(here)
        here = here.parent
    if here.exists() and not here.is_dir():
        raise UnsafeTarget(_said("{path} exists and is not a folder", path=here))
    for part in reversed(missing):
        try:
            part.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            if not part.is_dir():
                raise UnsafeTarget(_said("{path} exists and is not a folder", path=part)) from None
            continue
        os.chmod(part, PRIVATE_DIR)  # mkdir's mode is masked by the umask
    return folder


def check_target(path: Path) -> None:
    """Raise :class:`UnsafeTarget` unless ``path`` is absent or an ordinary file (not a link)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeTarget(
            _said("{path} is a symbolic link; bodymap does not write through links", path=path))
    if stat.S_ISDIR(info.st_mode):
        raise UnsafeTarget(_said("{path} is a folder, not a file", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeTarget(
            _said("{path} is not an ordinary file (a device, a pipe or a socket)", path=path))


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
        _fsync_file(temp)  # a full disk may only show now (delayed allocation): not renamed
        os.chmod(temp, PRIVATE_FILE)  # a writer that recreated the file may have widened it
        check_target(path)  # it could have become a link meanwhile
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


class IncompleteWrite(_SaidError):
    """A writer that does not report its own errors (``QPdfWriter``) left a file cut short."""


def check_complete(temp: Path, target: Path, ending: bytes) -> None:
    """Raise :class:`IncompleteWrite` unless the written ``temp`` ends with ``ending`` (a PDF
    with ``%%EOF``): a full disk must never leave a cut-short file reported as written."""
    try:
        with open(temp, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 1024))
            tail = handle.read()
    except OSError as exc:
        raise IncompleteWrite(_said("{path} could not be written: {reason}", path=target,
                                    reason=os_error_phrase(exc))) from exc
    if size == 0 or ending not in tail:
        raise IncompleteWrite(_said(
            "{path} could not be written whole (the disk may be full or the file too big)",
            path=target))


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


def _fsync_file(path: Path) -> None:
    """Flush a written file to the disk; an error (``ENOSPC``, ``EIO``) is raised."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


# -- reading a file a person gave us --------------------------------------------------------------

#: The largest file bodymap reads as an import (documented in docs/data-safety.md).
MAX_READ_BYTES = 256 * 1024 * 1024


class UnsafeSource(_SaidError):
    """The file to read is not an ordinary file (a FIFO, a device, a folder) or is too big."""


def open_regular_file(path: Path, limit: int = MAX_READ_BYTES) -> IO[bytes]:
    """``path`` open for reading in binary, refusing anything but an ordinary file of at most
    ``limit`` bytes (checked on the open descriptor, before a byte is read, as
    :func:`read_regular_file` does); for readers that take a file a piece at a time."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnsafeSource(_said("{path} is a folder, not a file", path=path))
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeSource(_said(
                "{path} is not an ordinary file (a device, a pipe or a socket); bodymap reads "
                "only ordinary files", path=path))
        if info.st_size > limit:
            raise UnsafeSource(_said(
                "{path} is too big ({size} MB; bodymap reads files of at most {limit} MB)",
                path=path, size=info.st_size // (1024 * 1024), limit=limit // (1024 * 1024)))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular_file(path: Path, limit: int = MAX_READ_BYTES) -> bytes:
    """The bytes of ``path``, refusing anything but an ordinary file of at most ``limit`` bytes.

    The file is opened without blocking (a FIFO with no writer would wait forever) and checked
    with ``fstat`` on the open descriptor before a byte is read, so ``/dev/zero``, a FIFO or a
    folder is refused at once and an endless or huge file never fills the memory.  A link is
    followed (reading through a link harms nothing); what it points at must be an ordinary file.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnsafeSource(_said("{path} is a folder, not a file", path=path))
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeSource(_said(
                "{path} is not an ordinary file (a device, a pipe or a socket); bodymap reads "
                "only ordinary files", path=path))
        if info.st_size > limit:
            raise UnsafeSource(_said(
                "{path} is too big ({size} MB; bodymap reads files of at most {limit} MB)",
                path=path, size=info.st_size // (1024 * 1024), limit=limit // (1024 * 1024)))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while we read it
                raise UnsafeSource(_said(
                    "{path} is too big (bodymap reads files of at most {limit} MB)",
                    path=path, limit=limit // (1024 * 1024)))
        return b"".join(chunks)
    finally:
        os.close(fd)


def existing_kind(path: Path) -> str | None:
    """What is at ``path`` once links are followed: None (nothing), "file", "folder" or
    "special" (a device, a FIFO or a socket).  Nothing is opened."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISREG(info.st_mode):
        return "file"
    if stat.S_ISDIR(info.st_mode):
        return "folder"
    return "special"


# -- leftovers of a killed run --------------------------------------------------------------------

#: Suffixes :func:`write_via_temp` is called with in bodymap (``.part`` by default).
TEMP_SUFFIXES = (".part", ".restore", ".pdf")
#: ``.<target name>.<8 random characters from mkstemp><suffix>``, maybe with SQLite's companions
#: of a ``.restore`` copy.
_TEMP_NAME = re.compile(
    r"^\..+\.[a-z0-9_]{8}(?:" + "|".join(re.escape(s) for s in TEMP_SUFFIXES) + r")"
    r"(?:-wal|-shm|-journal)?$"
)
#: Only temporary files untouched for this long are removed (a live writer is much faster).
STALE_TEMP_SECONDS = 3600


def is_temp_name(name: str) -> bool:
    """True for a name :func:`write_via_temp` makes (``.diary.sqlite3.k3j_9xq2.part``)."""
    return _TEMP_NAME.match(name) is not None


def clean_stale_temps(folder: Path, max_age: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove our own temporary files older than ``max_age`` seconds from ``folder``.

    Only ordinary files (never links or folders) whose name matches :func:`is_temp_name` and
    that belong to this user; a folder that cannot be read is left alone.  Returns what was
    removed.
    """
    import time

    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_temp_name(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                continue
            if now - info.st_mtime < max_age:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


# -- saying what went wrong -----------------------------------------------------------------------


#: What an OS error means, keyed by the errno's name; each phrase is marked under "files" in
#: bodymap/i18n/runtime_strings.py (the OS's own strerror is English and not in our words).
OS_REASONS: dict[str, str] = {
    "ENOSPC": "the disk is full",
    "EDQUOT": "the disk quota is used up",
    "EROFS": "the disk or folder is read-only",
    "EACCES": "permission denied",
    "EPERM": "permission denied",
    "ENOENT": "there is no such file or folder",
    "ENOTDIR": "a part of the path is not a folder",
    "EISDIR": "it is a folder, not a file",
    "ENAMETOOLONG": "the file name is too long",
    "ELOOP": "it is a symbolic link (or too many links)",
    "EIO": "the disk reported an input/output error",
    "ENXIO": "it is a device or pipe that nobody is at the other end of",
    "EEXIST": "it exists already",
    "EFBIG": "the file would be too large",
    "EMFILE": "too many files are open",
    "ENFILE": "too many files are open",
    "EBUSY": "it is in use by another program",
    "ETXTBSY": "it is in use by another program",
    "EXDEV": "it is on another disk",
    "ENOTEMPTY": "the folder is not empty",
}


def os_error_reason(exc: OSError) -> Phrase:
    """Why an ``OSError`` happened, as a phrase, without the file's name."""
    import errno

    if isinstance(exc, _SaidError):
        return exc.phrase if exc.phrase is not None else frame("{text}", text=str(exc))
    name = errno.errorcode.get(exc.errno or -1)
    if name in OS_REASONS:
        return _said(OS_REASONS[name])
    if name is not None:
        return _said("the system reported an error ({name})", name=name)
    return frame("{text}", text=exc.strerror or str(exc) or type(exc).__name__)


def os_error_phrase(exc: OSError) -> Phrase:
    """What an ``OSError`` means, naming its file (no errno numbers, no traceback)."""
    reason = os_error_reason(exc)
    if isinstance(exc, _SaidError):
        return reason
    where = exc.filename if exc.filename not in (None, "") else None
    return frame("{path}: {reason}", path=where, reason=reason) if where is not None else reason


def os_error_sentence(exc: OSError) -> str:
    """What an ``OSError`` means, in words, naming its file (no errno numbers, no traceback)."""
    return str(os_error_phrase(exc))
