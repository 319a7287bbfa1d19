"""Backups of the diary database, restoring one, and moving a damaged file out of the way.

Backups are copies made with the sqlite3 backup API (a plain file copy can miss what is still in
the write-ahead log), kept owner-only in the ``backups`` folder beside the database and named
``<stem>-<YYYYmmdd-HHMMSS-micro>-<reason>.sqlite3`` with the time in UTC.  Reasons:

* ``daily``: at most one a day while the program is in use (:func:`daily_backup`);
* ``before-<revision>``: made by :mod:`bodymap.store.database` before a schema upgrade;
* ``before-restore``: the file that was current when another backup was restored;
* ``manual``: "Back up now" without a chosen file.

On a database server there is no file to copy: :func:`backup_diary` writes a full JSON export
instead (see the end of this module).

:func:`rotate` keeps the newest ``keep`` automatic backups (daily, before-upgrade and
before-restore); backups made by hand are never deleted.  Nothing here ever overwrites a file:
a restore first keeps the current file as a backup, and a damaged file is renamed aside.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.files import (
    UnsafeTarget,
    ensure_private_dir,
    existing_kind,
    os_error_phrase,
    write_via_temp,
)
from bodymap.paths import backup_dir_for, data_dir
from bodymap.phrases import Phrase, of_error
from bodymap.store import locking
from bodymap.store.database import (
    backup_file,
    inspect_file,
    read_only_uri,
    timestamped_backup_path,
)
from bodymap.store.errors import (
    DamagedDatabase,
    DatabaseFileError,
    NewerDatabase,
    StoreError,
    say,
)

if TYPE_CHECKING:
    from bodymap.store.service import Diary

DEFAULT_KEEP = 10
AUTOMATIC_PREFIXES = ("daily", "before-")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.sqlite3$")


class BackupError(StoreError):
    """A backup could not be made or restored; the diary file was left as it was."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # naive UTC
    reason: str
    size: int
    ok: bool
    problem: str = ""
    episodes: int | None = None

    @property
    def automatic(self) -> bool:
        return self.reason.startswith(AUTOMATIC_PREFIXES)

    @property
    def local_created(self) -> datetime:
        return self.created.replace(tzinfo=UTC).astimezone()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def check_file(path: Path) -> tuple[bool, str, int | None]:
    """Open ``path`` read-only and run ``PRAGMA quick_check``: (ok, problem, episode count)."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)  # quoted: "#", "?" stay in the name
    except sqlite3.Error as exc:
        return False, str(exc), None
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            return False, "; ".join(str(r[0]) for r in rows[:3]), None
        try:
            episodes = conn.execute("SELECT count(*) FROM episode").fetchone()[0]
        except sqlite3.DatabaseError:
            return False, "not a bodymap database", None
        return True, "", int(episodes)
    except sqlite3.DatabaseError as exc:
        return False, str(exc), None
    finally:
        conn.close()


def _parse(path: Path, stem: str) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    return created, match["reason"]


def _named_backups(db_file: Path) -> list[tuple[datetime, str, Path]]:
    folder = db_file.parent / "backups"
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{db_file.stem}-*.sqlite3"):
        parsed = _parse(path, db_file.stem)
        if parsed is not None:
            found.append((parsed[0], parsed[1], path))
    found.sort(key=lambda item: (item[0], item[2].name), reverse=True)
    return found


def list_backups(db_file: Path, *, check: bool = True) -> list[BackupInfo]:
    """The backups of ``db_file``, newest first, each checked with ``PRAGMA quick_check``."""
    result = []
    for created, reason, path in _named_backups(Path(db_file)):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        ok, problem, episodes = check_file(path) if check else (True, "", None)
        result.append(BackupInfo(path, created, reason, size, ok, problem, episodes))
    return result


def newest_good_backup(db_file: Path) -> BackupInfo | None:
    for info in list_backups(db_file):
        if info.ok:
            return info
    return None


def backup_now(db_file: Path, out: Path | None = None, reason: str = "manual") -> Path:
    """Copy the database with the backup API to ``out`` (default: a new file in ``backups/``).

    The copy is written to a temporary file beside the target and renamed over it
    (:func:`bodymap.files.write_via_temp`), so ``out`` is whole or untouched; it is owner-only.
    A target that is a link, a FIFO, a device or a folder is refused.
    """
    db_file = Path(db_file)
    kind = existing_kind(db_file)
    if kind is None:
        raise BackupError(say("there is no database at {path} to back up", path=db_file))
    if kind != "file":
        # Checked before anything is made: a backups folder under /dev is never created.
        raise BackupError(
            say("{path} is a folder, not a diary file; nothing was backed up", path=db_file)
            if kind == "folder" else
            say("{path} is a device, a pipe or a socket, not a diary file; nothing was backed up",
                path=db_file))
    try:
        target = Path(out) if out is not None else timestamped_backup_path(db_file, reason)
        with write_via_temp(target) as temp:
            backup_file(db_file, temp)
    except sqlite3.Error as exc:
        raise BackupError(say("the backup of {path} failed: {reason}", path=db_file,
                              reason=_sqlite_reason(exc))) from exc
    except UnsafeTarget as exc:
        raise BackupError(say("cannot write the backup: {reason}", reason=of_error(exc))) from exc
    except OSError as exc:
        raise BackupError(
            say("cannot write the backup: {reason}", reason=os_error_phrase(exc))) from exc
    except DatabaseFileError as exc:
        raise BackupError(
            say("cannot back up {path}: {reason}", path=db_file, reason=of_error(exc))) from exc
    return target


def rotate(db_file: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; backups made by hand stay."""
    removed = []
    automatic = [path for _c, reason, path in _named_backups(Path(db_file)) if reason.startswith(AUTOMATIC_PREFIXES)]
    for path in automatic[max(keep, 1):]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def daily_backup(
    db_file: Path, keep: int = DEFAULT_KEEP, today: date | None = None
) -> Path | None:
    """Back up once a (local) day while the diary is in use, then rotate; None if done today."""
    db_file = Path(db_file)
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    today = today or datetime.now().date()
    for created, reason, _path in _named_backups(db_file):
        if reason == "daily" and created.replace(tzinfo=UTC).astimezone().date() == today:
            return None
    made = backup_now(db_file, reason="daily")
    rotate(db_file, keep)
    return made


def _stamp() -> str:
    return _now().strftime("%Y%m%d-%H%M%S")


def _link_aside(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target`` without ever replacing an existing ``target``."""
    try:
        os.link(source, target)  # fails if target exists
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def move_aside_damaged(db_file: Path) -> Path:
    """Rename a damaged database (and its -wal / -shm) to ``<name>.damaged-<timestamp>``.

    Never overwrites: if the name is taken, a counter is added.  Returns the new main file.
    """
    db_file = Path(db_file)
    stamp = _stamp()
    for attempt in range(1000):
        suffix = f".damaged-{stamp}" + (f"-{attempt}" if attempt else "")
        target = db_file.with_name(db_file.name + suffix)
        companions = [db_file.with_name(target.name + end) for end in ("-wal", "-shm")]
        if target.exists() or any(c.exists() for c in companions):
            continue
        try:
            _link_aside(db_file, target)
        except FileExistsError:
            continue
        for end, companion in zip(("-wal", "-shm"), companions, strict=True):
            source = db_file.with_name(db_file.name + end)
            if source.exists():
                _link_aside(source, companion)
        return target
    raise BackupError(say("could not find a free name to move {path} aside", path=db_file))


def _remove_companions(db_file: Path) -> None:
    for end in ("-wal", "-shm", "-journal"):
        db_file.with_name(db_file.name + end).unlink(missing_ok=True)


def restore(db_file: Path, backup: Path) -> Path | None:
    """Replace the database with ``backup``.

    The backup is checked first (a damaged, foreign or newer file is refused and nothing is
    changed).  The current file is kept as a ``before-restore`` backup, or moved aside as
    damaged if it cannot be read; then a checked copy of the backup replaces it atomically
    (``os.replace``) and stale ``-wal`` / ``-shm`` files are removed.  Close every connection
    to the database first.  Returns where the previous file was kept (None if there was none).
    """
    db_file = Path(db_file)
    backup = Path(backup)
    if existing_kind(backup) == "special":
        raise BackupError(say("{path} is a device, a pipe or a socket, not a backup", path=backup))
    if not backup.is_file():
        raise BackupError(say("there is no backup at {path}", path=backup))
    check_replaceable(db_file)
    ok, problem, _episodes = check_file(backup)
    if not ok:
        raise BackupError(say("{path} cannot be restored: it is damaged or not a diary ({problem})",
                              path=backup, problem=str(problem)))
    try:
        state = inspect_file(backup)
    except DatabaseFileError as exc:
        raise BackupError(
            say("{path} cannot be restored: {reason}", path=backup, reason=of_error(exc))) from exc
    if state.revision is None:
        raise BackupError(say("{path} is an empty database, not a diary backup", path=backup))

    # A checked copy of the backup, beside the database, before anything is touched; it is
    # renamed over the database only once the current file has been kept.  The diary's lock is
    # held throughout, so no window opens it meanwhile.
    kept: Path | None = None
    temp: Path | None = None
    try:
        with locking.hold(db_file), write_via_temp(db_file, suffix=".restore") as temp:
            check_replaceable(db_file, check_lock=False)  # again, under our own lock
            _refuse_if_writing(db_file)
            backup_file(backup, temp)
            conn = sqlite3.connect(temp)
            try:
                conn.execute("PRAGMA journal_mode=DELETE")  # a self-contained file
                good = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            finally:
                conn.close()
            if not good:
                raise BackupError(say(
                    "the copy of {path} did not pass the check; nothing was changed", path=backup))
            if db_file.exists() and db_file.stat().st_size > 0:
                current_ok, _problem, _n = check_file(db_file)
                if current_ok:
                    try:
                        kept = backup_now(db_file, reason="before-restore")
                    except (BackupError, sqlite3.Error):
                        kept = None
                if kept is None:
                    kept = move_aside_damaged(db_file)
            _remove_companions(db_file)
    except UnsafeTarget as exc:
        raise BackupError(say("cannot restore over {path}: {reason}", path=db_file,
                              reason=of_error(exc))) from exc
    except locking.DiaryInUse as exc:
        raise BackupError(of_error(exc)) from exc
    except sqlite3.Error as exc:
        raise BackupError(say("the restore failed: {reason}", reason=_sqlite_reason(exc))) from exc
    except OSError as exc:
        raise BackupError(say("the restore failed: {reason}", reason=os_error_phrase(exc))) from exc
    finally:
        if temp is not None:
            _remove_companions(temp)
    return kept


def _refuse_if_writing(db_file: Path) -> None:
    """Refuse while another program holds the diary's write lock (a transaction under way
    would be lost with the file it writes into)."""
    if existing_kind(db_file) != "file" or db_file.stat().st_size == 0:
        return
    conn = sqlite3.connect(db_file, timeout=1.0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        from bodymap.store.database import sqlite_problem_phrase

        problem = sqlite_problem_phrase(exc) or say("it cannot be locked for the restore")
        raise BackupError(say("{path} is not replaced: {reason}", path=db_file, reason=problem)) from exc
    finally:
        conn.close()


def check_replaceable(db_file: Path, *, check_lock: bool = True) -> None:
    """Refuse to replace anything but a bodymap diary (or nothing, or an empty file).

    Never a symbolic link (its target could be any file), a folder, a device or a FIFO, an
    ordinary file that is not an SQLite diary of bodymap's (``notes.txt``, another app's
    database), or a diary open in another bodymap (:mod:`bodymap.store.locking`).  A damaged
    diary may be replaced: it is moved aside first, never deleted.
    """
    db_file = Path(db_file)
    if os.path.islink(db_file):
        raise BackupError(say(
            "{path} is a symbolic link; restore replaces only a diary file itself, never "
            "what a link points at (give the real file's name)", path=db_file))
    kind = existing_kind(db_file)
    if kind == "folder":
        raise BackupError(say("{path} is a folder, not a diary file", path=db_file))
    if kind == "special":
        raise BackupError(say("{path} is a device, a pipe or a socket, not a diary file", path=db_file))
    try:
        if check_lock:
            locking.refuse_if_open(db_file, "restore the backup")
    except locking.DiaryInUse as exc:
        raise BackupError(of_error(exc)) from exc
    if kind is None:
        return
    try:
        inspect_file(db_file)
    except (DamagedDatabase, NewerDatabase):
        return  # a diary all the same: kept as a backup or moved aside, never lost
    except DatabaseFileError as exc:
        raise BackupError(
            say("{path} is not replaced: {reason}", path=db_file, reason=of_error(exc))) from exc


def backups_folder(db_file: Path) -> Path:
    return backup_dir_for(Path(db_file))


# -- a diary on a database server --------------------------------------------------------------
#
# There is no file to copy on PostgreSQL, and the server's own backups (pg_dump, done by whoever
# runs the server) are the practice's safety net.  "Back up now" there writes the person's own
# copy as a full JSON export, which any bodymap can import; restoring it means importing it.

_JSON_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.json$")


def server_backups_folder() -> Path:
    """Where JSON backups of server diaries go: ``backups/`` in the user data folder (0700)."""
    return ensure_private_dir(data_dir() / "backups")


def _server_stem(diary: Diary) -> str:
    """The database's name, made safe for a file name (``practice``, ``my_db``)."""
    name = diary.engine.url.database or "diary"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(name).name).strip("._-") or "diary"


def json_backup_path(diary: Diary, reason: str = "manual") -> Path:
    stamp = _now().strftime("%Y%m%d-%H%M%S-%f")
    return server_backups_folder() / f"{_server_stem(diary)}-{stamp}-{reason}.json"


def backup_diary(diary: Diary, out: Path | None = None) -> Path:
    """Back up ``diary`` now: its file with the backup API on SQLite (:func:`backup_now`), a
    full JSON export into :func:`server_backups_folder` on a database server.

    ``out`` chooses the file instead.  Returns the backup's path; raises :class:`BackupError`.
    """
    db_file = diary.db_file
    if db_file is not None:
        return backup_now(db_file, out)
    from bodymap.store.transfer import TransferError, export_json

    target = Path(out) if out is not None else json_backup_path(diary)
    try:
        export_json(diary, target)
    except TransferError as exc:
        raise BackupError(say("the backup failed: {reason}", reason=of_error(exc))) from exc
    return target


def list_server_backups(diary: Diary) -> list[BackupInfo]:
    """The JSON backups of a server diary made on this computer, newest first (not opened)."""
    folder = data_dir() / "backups"
    stem = _server_stem(diary)
    found: list[BackupInfo] = []
    for path in folder.glob(f"{stem}-*.json") if folder.is_dir() else ():
        match = _JSON_NAME.match(path.name)
        if match is None or match["stem"] != stem:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        found.append(BackupInfo(path, created, match["reason"], size, ok=True))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def _sqlite_reason(exc: BaseException) -> Phrase:
    """What an SQLite error says about the file or the disk, or its own text."""
    from bodymap.store.database import sqlite_problem_phrase

    return sqlite_problem_phrase(exc) or of_error(exc)
