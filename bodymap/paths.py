"""Where bodymap keeps its files.

The database lives in the user data directory given by platformdirs unless ``--db`` or the
``BODYMAP_DB`` environment variable names another file or an SQLAlchemy URL.  Every directory we
create is owner-only (0700): the diary is health data.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "bodymap"
APP_AUTHOR = "bodymap"
DB_ENV = "BODYMAP_DB"
DEFAULT_DB_NAME = "bodymap.sqlite3"


def data_dir() -> Path:
    """The per-user data directory, created owner-only if missing."""
    return ensure_private_dir(user_data_path(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return ensure_private_dir(user_log_path(APP_NAME, APP_AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def resolve_db(arg: str | None) -> str:
    """The database the user asked for: ``--db`` first, then ``BODYMAP_DB``, then the default.

    Returns an SQLAlchemy URL.  A plain path becomes an absolute ``sqlite:///`` URL.
    """
    value = arg or os.environ.get(DB_ENV) or str(default_db_path())
    return db_url(value)


def db_url(value: str) -> str:
    """An SQLAlchemy URL for a path or URL.  A bare ``postgresql://`` (or ``postgres://``) URL
    means psycopg 3, the driver bodymap's ``postgres`` extra installs."""
    for bare in ("postgresql://", "postgres://"):
        if value.startswith(bare):
            return "postgresql+psycopg://" + value[len(bare):]
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for in-memory and other databases."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if rest in ("", ":memory:"):
        return None
    return Path(rest)


def backup_dir_for(db_file: Path) -> Path:
    """Backups sit next to the database, in an owner-only ``backups`` folder."""
    return ensure_private_dir(db_file.parent / "backups")
