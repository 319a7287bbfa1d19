"""Where bodymap keeps its files.

The database lives in the user data directory given by platformdirs unless ``--db`` or the
``BODYMAP_DB`` environment variable names another file or an SQLAlchemy URL.  Every directory we
create is owner-only (0700): the diary is health data.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from bodymap.files import ensure_private_dir as _ensure_private_dir
from bodymap.phrases import Phrase, phrase

APP_NAME = "bodymap"
APP_AUTHOR = "bodymap"
DB_ENV = "BODYMAP_DB"
DEFAULT_DB_NAME = "bodymap.sqlite3"
#: The sample diary (``bodymap demo`` without ``--db``, the welcome's "try a sample diary"):
#: its own file beside the real diary, never mixed into it.
SAMPLE_DB_NAME = "sample-diary.sqlite3"


def data_dir() -> Path:
    """The per-user data directory, created owner-only if missing."""
    return ensure_private_dir(user_data_path(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return ensure_private_dir(user_log_path(APP_NAME, APP_AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and its missing parents owner-only (0700): :mod:`bodymap.files`."""
    return _ensure_private_dir(path)


class BadDiaryAddress(ValueError):
    """``--db`` or ``BODYMAP_DB`` names no usable diary (empty, or not a path or URL).

    ``phrase``: the sentence marked under "files" in runtime_strings.py, for translation.
    """

    def __init__(self, message: Phrase) -> None:
        self.phrase = message
        super().__init__(str(message))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def sample_db_path() -> Path:
    """The sample diary's file, in the same data folder as the person's own diary."""
    return data_dir() / SAMPLE_DB_NAME


def is_sample_diary(url: str) -> bool:
    """Whether ``url`` is the sample diary, so the window can label it as sample data."""
    path = sqlite_file(url)
    return path is not None and path == absolute_path(str(sample_db_path()))


def own_diary_url() -> str:
    """The person's real diary: what ``bodymap`` opens with no ``--db`` (``BODYMAP_DB`` or the
    default file)."""
    return resolve_db(None)


def resolve_db(arg: str | None) -> str:
    """The database the user asked for: ``--db`` first, then ``BODYMAP_DB``, then the default.

    Returns an SQLAlchemy URL.  A plain path becomes an absolute ``sqlite:///`` URL.
    """
    if arg is not None:
        if not arg.strip():
            raise BadDiaryAddress(phrase("files", "--db is empty: name a diary file or a database URL"))
        return db_url(arg)
    env = os.environ.get(DB_ENV)
    if env is not None:
        if not env.strip():
            raise BadDiaryAddress(phrase(
                "files", "{name} is set but empty: name a diary file or unset it", name=DB_ENV))
        return db_url(env)
    return db_url(str(default_db_path()))


#: ``scheme://`` of a URL; anything else is a file name (even with ``:`` or ``?`` in it).
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: SQLAlchemy's SQLite URLs: ``sqlite:///path`` or ``sqlite+driver:///path``.
_SQLITE_URL = re.compile(r"^sqlite(?:\+\w+)?:///")


def db_url(value: str) -> str:
    """An SQLAlchemy URL for a path or URL.  A bare ``postgresql://`` (or ``postgres://``) URL
    means psycopg 3, the driver bodymap's ``postgres`` extra installs.

    A path becomes an absolute ``sqlite:///`` URL with the path percent-quoted the way
    SQLAlchemy quotes and unquotes a URL's database part, so a ``?``, ``#``, ``%``, a space or
    any letter in a file name stays part of the name (``diary?mode=ro.sqlite3`` is that file,
    not ``diary`` with a query).
    """
    if not value or not value.strip():
        raise BadDiaryAddress(
            phrase("files", "the diary is named by an empty text: name a file or a URL"))
    if "\x00" in value:
        raise BadDiaryAddress(phrase("files", "the diary's name contains a NUL character"))
    for bare in ("postgresql://", "postgres://"):
        if value.startswith(bare):
            return "postgresql+psycopg://" + value[len(bare):]
    if _URL.match(value):
        return value
    return sqlite_url(absolute_path(value))


def absolute_path(value: str) -> Path:
    """``value`` as an absolute path whose folder is resolved but whose last part is not: a
    diary given as a symbolic link stays that link (``restore`` refuses to replace a link's
    target), while ``..`` and linked folders are made plain."""
    path = Path(value).expanduser().absolute()
    if path.name in ("", ".", ".."):
        return path.resolve()
    return path.parent.resolve() / path.name


def sqlite_url(path: Path) -> str:
    """The ``sqlite:///`` URL of exactly this file (quoted as SQLAlchemy unquotes it)."""
    return "sqlite:///" + urllib.parse.quote(str(path), safe=" +/")


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for in-memory and other databases."""
    match = _SQLITE_URL.match(url)
    if match is None:
        return None
    rest = urllib.parse.unquote(url[match.end():].split("?", 1)[0])
    if rest in ("", ":memory:") or rest.startswith("file:"):
        return None
    return Path(rest)


def backup_dir_for(db_file: Path) -> Path:
    """Backups sit next to the database, in an owner-only ``backups`` folder."""
    return ensure_private_dir(db_file.parent / "backups")
