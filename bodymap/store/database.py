"""Opening a diary database safely.

Start-up goes: look at the file read-only (is it SQLite at all? damaged? ours? written by a newer
bodymap?) without changing a byte of it; then, if the schema is behind, back it up with the sqlite3
backup API and upgrade it with Alembic on the app's own connection.  Anything wrong raises a
:class:`~bodymap.store.errors.DatabaseFileError` whose message can be shown as it is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from bodymap.paths import backup_dir_for, sqlite_file
from bodymap.store.engine import create_private_file, make_engine
from bodymap.store.errors import DamagedDatabase, NewerDatabase, NotABodymapDatabase

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
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    if revision is not None:
        known, _head = known_revisions()
        if revision not in known:
            raise NewerDatabase(
                f"{path} was written by a newer version of bodymap (schema {revision}). "
                "Please update bodymap to open it; the file was not changed."
            )
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


def upgrade(engine: Engine) -> None:
    """Bring the schema to head on ``engine``, foreign keys off during the migration."""
    from alembic import command

    config = _alembic_config()
    with engine.connect() as conn:
        # Must run before the migration's BEGIN: SQLite ignores it inside a transaction.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        conn.commit()
        violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        if violations:
            raise DamagedDatabase(
                f"the upgrade left {len(violations)} broken references; "
                "the backup made before it is intact"
            )


def open_database(url: str) -> Engine:
    """Check, back up if needed, migrate, and return a ready engine for ``url``."""
    path = sqlite_file(url)
    if path is None:
        engine = make_engine(url)
        upgrade(engine)
        return engine
    state = inspect_file(path)
    if not state.exists or state.revision is None:
        create_private_file(path)
    else:
        _known, head = known_revisions()
        if state.revision != head:
            backup_file(path, timestamped_backup_path(path, f"before-{head}"))
    engine = make_engine(url)
    upgrade(engine)
    return engine
