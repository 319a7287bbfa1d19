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
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, MetaData, Table, func, inspect, select
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, NoSuchModuleError, OperationalError

from bodymap.paths import backup_dir_for, sqlite_file
from bodymap.store.engine import create_private_file, make_engine
from bodymap.store.errors import (
    ConnectionFailed,
    DamagedDatabase,
    NewerDatabase,
    NotABodymapDatabase,
    StoreError,
)

if TYPE_CHECKING:
    from alembic.config import Config

#: Tables every bodymap database has; a file with other tables and no alembic stamp is not ours.
OUR_TABLES = frozenset({"profile", "episode", "mark", "mark_region", "therapy", "therapy_use"})


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None  # None: empty (new) database


def _alembic_config() -> Config:
    # Alembic is imported only when a database is opened, not at program start.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "bodymap.store:migrations")
    return config


def known_revisions() -> tuple[set[str], str]:
    """All revisions this version of bodymap knows, and the head."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    assert head is not None
    return {rev.revision for rev in script.walk_revisions()}, head


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` read-only and raise if it is not a usable bodymap database."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revision=None)
    try:
        # Quoted: a "#" or "?" in the name must not start a fragment or a query of the URI.
        uri = "file:" + urllib.parse.quote(str(path.absolute())) + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotABodymapDatabase(f"{path} cannot be opened as a database: {exc}") from exc
    try:
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.DatabaseError as exc:
            raise NotABodymapDatabase(
                f"{path} is not a bodymap database (it is not an SQLite file at all)."
            ) from exc
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise DamagedDatabase(f"{path} is damaged: {exc}") from exc
        if [tuple(row) for row in check] != [("ok",)]:
            problems = "; ".join(str(row[0]) for row in check[:3])
            raise DamagedDatabase(f"{path} is damaged ({problems}).")
        if not tables:
            return FileState(exists=True, revision=None)
        if "alembic_version" not in tables or not OUR_TABLES <= tables:
            raise NotABodymapDatabase(
                f"{path} is an SQLite database, but not one written by bodymap."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    revision = row[0] if row else None
    check_revision(revision, str(path))
    return FileState(exists=True, revision=revision)


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live database with the sqlite3 backup API (a plain file copy misses WAL content)."""
    create_private_file(target)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def timestamped_backup_path(db_file: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(db_file) / f"{db_file.stem}-{stamp}-{reason}.sqlite3"


#: The key of PostgreSQL's advisory lock held while a diary's schema is upgraded.
MIGRATION_LOCK_KEY = 0x626F64796D6170  # "bodymap"


def check_revision(revision: str | None, where: str) -> None:
    """Refuse a schema this bodymap does not know (a newer bodymap wrote it)."""
    if revision is None:
        return
    known, _head = known_revisions()
    if revision not in known:
        raise NewerDatabase(
            f"{where} was written by a newer version of bodymap (schema {revision}). "
            "Please update bodymap to open it; nothing was changed."
        )


def _stored_revision(conn: Connection, where: str) -> str | None:
    """The schema revision stamped in a server database; refuse one that is not ours."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables or not OUR_TABLES <= tables:
        raise NotABodymapDatabase(
            f"{where} already holds tables that bodymap did not write; "
            "use an empty database of its own for bodymap."
        )
    version = Table("alembic_version", MetaData(), autoload_with=conn)
    return conn.execute(select(version.c.version_num)).scalar()


def describe(url: str) -> str:
    """The database as a person would name it: "database "practice" on db.example.org"."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "the database"
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database or "an in-memory database")
    host = parsed.host or parsed.query.get("host") or "this computer"
    if parsed.query.get("service"):
        return f'the database of service "{parsed.query["service"]}"'
    name = parsed.database or parsed.username or "(default)"
    return f'database "{name}" on {host}' + (f":{parsed.port}" if parsed.port else "")


def connection_failure(url: str, exc: BaseException) -> ConnectionFailed:
    """One sentence for a connection that failed, naming host and database, never a password."""
    where = describe(url)
    detail = str(getattr(exc, "orig", exc) or exc).lower()
    if "password" in detail or "authentication" in detail:
        reason = "the server refused the user name or password"
    elif "does not exist" in detail and "database" in detail:
        reason = "the server has no such database (create it first, see docs/clinic.md)"
    elif "role" in detail and "does not exist" in detail:
        reason = "the server has no such user"
    elif "ssl" in detail:
        reason = "a secure (TLS) connection could not be made"
    elif "timeout" in detail or "timed out" in detail:
        reason = "the server did not answer in time"
    else:
        reason = "the server could not be reached (is it running, and is the address right?)"
    return ConnectionFailed(f"Could not open the {where}: {reason}.")


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
            raise DamagedDatabase(
                f"the upgrade left {len(violations)} broken references; "
                "the backup made before it is intact"
            )


def _upgrade_server(engine: Engine) -> None:
    """One transaction under an advisory lock: the first machine migrates, the others wait."""
    where = describe(engine.url.render_as_string(hide_password=True))
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
        raise StoreError(
            f"bodymap cannot talk to {describe(url)}: its database driver is not installed "
            "(for PostgreSQL: pip install 'bodymap[postgres]' and use postgresql+psycopg://)."
        ) from exc
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"{url.split('@')[-1]!r} is not a database address bodymap understands.") from exc
    except ImportError as exc:
        raise StoreError(
            f"bodymap cannot talk to {describe(url)}: its database driver is not installed "
            f"({exc.name or exc})."
        ) from exc


def open_database(url: str) -> Engine:
    """Check, back up if needed, migrate, seed the catalogue, and return a ready engine."""
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
        return engine
    state = inspect_file(path)
    if not state.exists or state.revision is None:
        create_private_file(path)
    else:
        _known, head = known_revisions()
        if state.revision != head:
            backup_file(path, timestamped_backup_path(path, f"before-{head}"))
    engine = make_engine(url)
    try:
        upgrade(engine)
        catalogue.seed(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine
