"""Opening a diary database safely, on SQLite or PostgreSQL.

SQLite: look at the file read-only (is it SQLite at all? damaged? ours? written by a newer
bodymap?) without changing a byte of it; then, if the schema is behind, back it up with the sqlite3
backup API and upgrade it with Alembic on the app's own connection, foreign keys off around it.

PostgreSQL: connect (a server that cannot be reached, a wrong password or a missing database is
one clear sentence, :class:`~bodymap.store.errors.ConnectionFailed`), refuse a database that is
not ours or was written by a newer bodymap, then upgrade with Alembic inside one transaction
holding an advisory lock, so two machines starting at once do not both migrate.  There are no
pragmas on PostgreSQL; the server's own backups are the practice's safety net (docs/clinic.md).

Anything wrong raises a :class:`~bodymap.store.errors.StoreError` whose message can be shown as
it is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, MetaData, Table, func, inspect, select
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, NoSuchModuleError, OperationalError

from bodymap.files import clean_stale_temps, existing_kind, os_error_phrase
from bodymap.paths import backup_dir_for, sqlite_file
from bodymap.phrases import Phrase, frame
from bodymap.store.engine import create_private_file, make_engine
from bodymap.store.errors import (
    ConnectionFailed,
    DamagedDatabase,
    DatabaseFileError,
    NewerDatabase,
    NotABodymapDatabase,
    StoreError,
    say,
)
from bodymap.store.sqlite_plain import MIGRATIONS_DIR as MIGRATIONS_DIR
from bodymap.store.sqlite_plain import OUR_TABLES as OUR_TABLES
from bodymap.store.sqlite_plain import is_writable_here as is_writable_here
from bodymap.store.sqlite_plain import known_revisions as known_revisions
from bodymap.store.sqlite_plain import read_only_uri as read_only_uri

if TYPE_CHECKING:
    from alembic.config import Config

@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None  # None: empty (new) database
    #: True when it could only be read as an immutable file (a read-only folder, a full disk)
    immutable: bool = False


def _alembic_config() -> Config:
    # Alembic is imported only when a database is opened, not at program start.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "bodymap.store:migrations")
    return config


#: SQLite's primary result codes that mean "the file could not be read or written here", as
#: opposed to "this is not a database" (``SQLITE_NOTADB``) or "it is damaged" (``SQLITE_CORRUPT``).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind an ``sqlite3`` (or SQLAlchemy-wrapped) error."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def sqlite_problem(exc: BaseException) -> str | None:
    """What an SQLite error says about the file or the disk, in words; None if it says
    nothing of the kind (a damaged file, a constraint, a bug)."""
    problem = sqlite_problem_phrase(exc)
    return None if problem is None else str(problem)


def sqlite_problem_phrase(exc: BaseException) -> Phrase | None:
    """:func:`sqlite_problem` as a phrase (marked under "store"), for translation."""
    code = sqlite_code(exc)
    text = str(getattr(exc, "orig", exc)).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return say("the disk is full")
    if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return say("the diary or its folder is read-only")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return say("another program is writing to the diary right now (try again in a moment)")
    if code == _SQLITE_IOERR or "disk i/o error" in text:
        return say("the disk reported an error while reading or writing it (is the disk full?)")
    if code in (_SQLITE_CANTOPEN, _SQLITE_PERM) or "unable to open" in text:
        return say("it cannot be opened here (no permission, or a read-only folder)")
    return None


class DiaryUnavailable(DatabaseFileError):
    """A diary file that may be healthy cannot be read or written here (full or read-only
    disk, no permission, busy): never called damaged or "not SQLite"."""


class ReadOnlyDiary(DatabaseFileError):
    """The diary can only be viewed here (``Diary.read_only``), and what was asked needs to
    write it (a save, an import, an upgrade); nothing was written."""


class NoSuchDiary(DatabaseFileError):
    """A command that only reads was given a diary file that does not exist."""


def check_diary_path(path: Path) -> None:
    """Refuse a diary "file" that is a folder, a device, a FIFO or a socket, before SQLite
    opens it (a FIFO would hang, ``/dev/null`` would swallow the diary)."""
    kind = existing_kind(path)
    if kind == "folder":
        raise NotABodymapDatabase(say("{path} is a folder, not a diary file.", path=path))
    if kind == "special":
        raise NotABodymapDatabase(
            say("{path} is a device, a pipe or a socket, not a diary file; nothing was written.",
                path=path)
        )


def _wal_is_empty(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _read_tables(path: Path, *, immutable: bool) -> tuple[sqlite3.Connection, set[str]]:
    conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except BaseException:
        conn.close()
        raise
    return conn, tables


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` read-only and raise if it is not a usable bodymap database.

    A file that cannot be read *here* (a read-only folder without the diary's ``-shm``, a full
    disk, no permission) is not called damaged or foreign: if it has no pending write-ahead log
    it is read as an immutable file instead, else :class:`DiaryUnavailable` names the cause.
    """
    check_diary_path(path)
    try:
        if not path.exists() or path.stat().st_size == 0:
            return FileState(exists=path.exists(), revision=None)
    except OSError as exc:
        raise DiaryUnavailable(
            say("{path} cannot be read: {reason}.", path=path, reason=os_error_phrase(exc))
        ) from exc
    immutable = False
    try:
        try:
            conn, tables = _read_tables(path, immutable=False)
        except sqlite3.Error as exc:
            if sqlite_problem(exc) is None or not _wal_is_empty(path):
                raise
            conn, tables = _read_tables(path, immutable=True)  # nothing pending: exact
            immutable = True
    except sqlite3.DatabaseError as exc:
        problem = sqlite_problem_phrase(exc)
        if problem is not None:
            raise DiaryUnavailable(
                say("{path} cannot be read: {reason}.", path=path, reason=problem)) from exc
        code = sqlite_code(exc)
        if code == _SQLITE_CORRUPT:
            raise DamagedDatabase(say("{path} is damaged: {detail}", path=path, detail=str(exc))) from exc
        raise NotABodymapDatabase(
            say("{path} is not a bodymap database (it is not an SQLite file at all).", path=path)
        ) from exc
    except sqlite3.Error as exc:
        raise DiaryUnavailable(
            say("{path} cannot be read: {reason}.", path=path, reason=frame("{e}", e=exc))
        ) from exc
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            problem = sqlite_problem_phrase(exc)
            if problem is not None:
                raise DiaryUnavailable(
                    say("{path} cannot be read: {reason}.", path=path, reason=problem)) from exc
            raise DamagedDatabase(say("{path} is damaged: {detail}", path=path, detail=str(exc))) from exc
        if [tuple(row) for row in check] != [("ok",)]:
            problems = "; ".join(str(row[0]) for row in check[:3])
            raise DamagedDatabase(say("{path} is damaged ({detail}).", path=path, detail=problems))
        if not tables:
            return FileState(exists=True, revision=None, immutable=immutable)
        if "alembic_version" not in tables or not OUR_TABLES <= tables:
            raise NotABodymapDatabase(
                say("{path} is an SQLite database, but not one written by bodymap.", path=path)
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    revision = row[0] if row else None
    check_revision(revision, str(path))
    return FileState(exists=True, revision=revision, immutable=immutable)


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live database with the sqlite3 backup API (a plain file copy misses WAL content)."""
    check_diary_path(source)
    create_private_file(target)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    dst = sqlite3.connect(target)
    try:
        try:
            with dst:
                src.backup(dst)
        except sqlite3.Error as exc:
            if sqlite_problem(exc) is None or not _wal_is_empty(source):
                raise
            # A read-only folder without the diary's -shm: nothing pending, read it as it is.
            src.close()
            src = sqlite3.connect(read_only_uri(source, immutable=True), uri=True)
            with dst:
                src.backup(dst)
        # A single self-contained file (no -wal to go with it), which opens on read-only media.
        dst.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        dst.close()
        src.close()
    return target


def timestamped_backup_path(db_file: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(db_file) / f"{db_file.stem}-{stamp}-{reason}.sqlite3"


#: The key of PostgreSQL's advisory lock held while a diary's schema is upgraded.
MIGRATION_LOCK_KEY = 0x626F64796D6170  # "bodymap"


def check_revision(revision: str | None, where: str | Phrase) -> None:
    """Refuse a schema this bodymap does not know (a newer bodymap wrote it)."""
    if revision is None:
        return
    known, _head = known_revisions()
    if revision not in known:
        raise NewerDatabase(say(
            "{where} was written by a newer version of bodymap (schema {revision}). "
            "Please update bodymap to open it; nothing was changed.", where=where,
            revision=revision))


def _stored_revision(conn: Connection, where: str | Phrase) -> str | None:
    """The schema revision stamped in a server database; refuse one that is not ours."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables or not OUR_TABLES <= tables:
        raise NotABodymapDatabase(say(
            "{where} already holds tables that bodymap did not write; "
            "use an empty database of its own for bodymap.", where=where))
    version = Table("alembic_version", MetaData(), autoload_with=conn)
    return conn.execute(select(version.c.version_num)).scalar()


def describe(url: str) -> str:
    """The database as a person would name it: "database "practice" on db.example.org"."""
    return str(describe_phrase(url))


def describe_phrase(url: str) -> Phrase:
    """:func:`describe` as a phrase (a file's path stays as it is), for translation."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return say("the database")
    if parsed.get_backend_name() == "sqlite":
        return frame("{path}", path=parsed.database) if parsed.database else say(
            "an in-memory database")
    host = parsed.host or parsed.query.get("host")
    if parsed.query.get("service"):
        return say('the database of service "{service}"', service=str(parsed.query["service"]))
    name = parsed.database or parsed.username or "(default)"
    host_text: str | Phrase = say("this computer") if not host else str(host)
    if parsed.port:
        host_text = frame("{host}:{port}", host=host_text, port=str(parsed.port))
    return say('database "{name}" on {host}', name=name, host=host_text)


def connection_failure(url: str, exc: BaseException) -> ConnectionFailed:
    """One sentence for a connection that failed, naming host and database, never a password."""
    where = describe_phrase(url)
    detail = str(getattr(exc, "orig", exc) or exc).lower()
    if "password" in detail or "authentication" in detail:
        reason = say("the server refused the user name or password")
    elif "does not exist" in detail and "database" in detail:
        reason = say("the server has no such database (create it first, see docs/clinic.md)")
    elif "role" in detail and "does not exist" in detail:
        reason = say("the server has no such user")
    elif "ssl" in detail:
        reason = say("a secure (TLS) connection could not be made")
    elif "timeout" in detail or "timed out" in detail:
        reason = say("the server did not answer in time")
    else:
        reason = say("the server could not be reached (is it running, and is the address right?)")
    return ConnectionFailed(say("Could not open the {where}: {reason}.", where=where, reason=reason))


def upgrade(engine: Engine) -> None:
    """Bring the schema to head on ``engine`` (dialect-aware)."""
    if engine.dialect.name == "sqlite":
        _upgrade_sqlite(engine)
    else:
        _upgrade_server(engine)


def _run_alembic(conn: Connection) -> None:
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _upgrade_sqlite(engine: Engine) -> None:
    """Foreign keys off during the migration (a batch table rebuild would cascade-delete)."""
    with engine.connect() as conn:
        # Must run before the migration's BEGIN: SQLite ignores it inside a transaction.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        _run_alembic(conn)
        conn.commit()
        violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        if violations:
            raise DamagedDatabase(say(
                "the upgrade left {count} broken references; the backup made before it is intact",
                count=len(violations)))


def _upgrade_server(engine: Engine) -> None:
    """One transaction under an advisory lock: the first machine migrates, the others wait."""
    where = describe_phrase(engine.url.render_as_string(hide_password=True))
    with engine.connect() as conn:
        conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
        revision = _stored_revision(conn, where)
        check_revision(revision, where)
        _known, head = known_revisions()
        if revision != head:
            _run_alembic(conn)
        conn.commit()


def make_checked_engine(url: str) -> Engine:
    """An engine for ``url``, with the URL and the driver checked up front."""
    try:
        return make_engine(url)
    except NoSuchModuleError as exc:
        raise StoreError(say(
            "bodymap cannot talk to {where}: its database driver is not installed "
            "(for PostgreSQL: pip install 'bodymap[postgres]' and use postgresql+psycopg://).",
            where=describe_phrase(url))) from exc
    except (ArgumentError, ValueError) as exc:
        raise StoreError(say("{address} is not a database address bodymap understands.",
                             address=repr(url.split("@")[-1]))) from exc
    except ImportError as exc:
        raise StoreError(say(
            "bodymap cannot talk to {where}: its database driver is not installed ({name}).",
            where=describe_phrase(url), name=str(exc.name or exc))) from exc


def open_database(url: str) -> Engine:
    """Check, back up if needed, migrate, seed the catalogue, and return a ready engine."""
    return open_database_mode(url)[0]


def open_database_mode(
    url: str, *, create: bool = True, read_only: bool | None = None
) -> tuple[Engine, bool]:
    """Open the diary at ``url``: ``(engine, read_only)``.

    ``create=False`` refuses a diary file that does not exist (:class:`NoSuchDiary`) instead of
    making an empty one: the commands that only read use it.  ``read_only``: None decides by
    the file (a diary that cannot be written here, 0400 or in a read-only folder or on a
    read-only disk, opens for viewing); True opens it for viewing in any case.  A diary opened
    for viewing is never written, not even by the catalogue; one that needs an upgrade is
    refused (:class:`ReadOnlyDiary`).  A server diary is always opened for writing.
    """
    from bodymap.store import catalogue

    path = sqlite_file(url)
    if path is None:
        engine = make_checked_engine(url)
        try:
            upgrade(engine)
            catalogue.seed(engine)
        except (OperationalError, InterfaceError) as exc:
            engine.dispose()
            if engine.dialect.name == "sqlite":
                raise
            # from None: the driver's own message may quote the connection string
            raise connection_failure(url, exc) from None
        except BaseException:
            engine.dispose()
            raise
        return engine, False
    check_diary_path(path)
    if not create and not path.exists():
        raise NoSuchDiary(say(
            "there is no diary at {path} (nothing was created; check the name, or open "
            "bodymap once to start a diary there).", path=path))
    state = inspect_file(path)
    if read_only is None:
        read_only = state.immutable or (state.exists and not is_writable_here(path))
    if read_only:
        return _open_for_viewing(url, path, state), True
    _clean_leftovers(path)
    _known, head = known_revisions()
    if not state.exists or state.revision is None:
        try:
            create_private_file(path)
        except OSError as exc:
            raise DiaryUnavailable(
                say("cannot make a diary at {path}: {reason}.", path=path,
                    reason=os_error_phrase(exc))
            ) from exc
    else:
        if state.revision != head:
            try:
                backup_file(path, timestamped_backup_path(path, f"before-{head}"))
            except (OSError, sqlite3.Error) as exc:
                raise DiaryUnavailable(say(
                    "{path} needs an upgrade, and the backup made first could not be "
                    "written: {reason}; nothing was changed.", path=path,
                    reason=_problem_phrase(exc))) from exc
    engine = make_engine(url)
    try:
        if state.revision != head:  # Alembic is imported only for a real upgrade
            upgrade(engine)
        catalogue.seed(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine, False


def _problem_phrase(exc: BaseException) -> Phrase:
    if isinstance(exc, OSError):
        return os_error_phrase(exc)
    return sqlite_problem_phrase(exc) or say("the database refused it")


def _clean_leftovers(path: Path) -> None:
    """Temporary files of a killed run (an hour old) beside the diary, among its backups and
    in the user data folder's drafts and backups (looked at, never created)."""
    from platformdirs import user_data_path

    from bodymap.paths import APP_AUTHOR, APP_NAME

    data = user_data_path(APP_NAME, APP_AUTHOR)
    for folder in {path.parent, path.parent / "backups", data / "drafts", data / "backups"}:
        clean_stale_temps(folder)


def _set_viewing_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA query_only=ON")  # a second guard: no statement may write
    finally:
        cursor.close()


def _open_for_viewing(url: str, path: Path, state: FileState) -> Engine:
    """An engine that reads the diary through a ``mode=ro`` URI and writes nothing."""
    from sqlalchemy import create_engine, event

    if not state.exists:
        raise NoSuchDiary(say("there is no diary at {path} to view.", path=path))
    if state.revision is None:
        raise ReadOnlyDiary(
            say("{path} is an empty file and read-only: there is no diary to view.", path=path))
    _known, head = known_revisions()
    if state.revision != head:
        raise ReadOnlyDiary(say(
            "{path} needs an upgrade to this version of bodymap, but it is read-only; "
            "open it once where it can be written (or copy it), nothing was changed.", path=path))
    uri = read_only_uri(path, immutable=state.immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine(url, creator=connect)
    event.listen(engine, "connect", _set_viewing_pragmas)
    return engine


def is_read_only_error(exc: BaseException) -> bool:
    """True for SQLite's "attempt to write a readonly database" (and ``query_only``)."""
    return sqlite_code(exc) == _SQLITE_READONLY or "readonly" in str(getattr(exc, "orig", exc)).lower()


def database_error_sentence(exc: BaseException) -> str | None:
    """A database error (SQLAlchemy's or sqlite3's) in words, or None if it is not one.

    Here, not in the CLI, because only the store knows its engines and drivers; the sentence
    never quotes SQL or a connection string.
    """
    found = database_error_phrase(exc)
    return None if found is None else str(found)


def database_error_phrase(exc: BaseException) -> Phrase | None:
    """:func:`database_error_sentence` as a phrase (marked under "store"), for translation."""
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.NoSuchModuleError):
        return say("bodymap does not know that kind of database address (use a file name, "
                   "sqlite:///FILE or postgresql://...)")
    if isinstance(exc, sa_exc.ArgumentError):
        return say("the database address is not one bodymap understands")
    if isinstance(exc, sa_exc.DBAPIError | sqlite3.Error):
        orig = getattr(exc, "orig", exc)
        problem = sqlite_problem_phrase(orig) if isinstance(orig, sqlite3.Error) else None
        if problem is not None:
            return say("the diary cannot be used: {problem}", problem=problem)
        if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError) and not isinstance(
            orig, sqlite3.Error
        ):
            return say("the database server could not be reached or refused the connection "
                       "(is it running, and is the address right?)")
        return say("the database refused the operation ({error})", error=type(orig).__name__)
    if isinstance(exc, sa_exc.SQLAlchemyError):
        return say("the database refused the operation ({error})", error=type(exc).__name__)
    return None
