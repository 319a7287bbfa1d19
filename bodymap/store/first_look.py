"""A first look at an SQLite diary with the standard library alone, before SQLAlchemy is loaded.

Importing SQLAlchemy and the store takes about a third of a second of CPU, more than the rest
of the start.  The window needs little to be usable: whose diary it is and the first page of
the diary list.  :func:`look` reads those through ``sqlite3`` on a read-only connection, in one
read transaction, if the file is plainly a healthy bodymap diary at the head revision; the
window attaches at once with an :class:`OpeningDiary` standing in for the
:class:`~bodymap.store.service.Diary`, which is opened (checked, seeded, backed up) right after
on the loader's thread.  Anything unusual (no file yet, an empty one, another revision, a
missing table, a busy or unreadable file, a database server) is no first look: ``None``, and
the diary opens as before, with its own checks and messages.

The SQL here reads exactly what :meth:`Diary.default_profile`, :meth:`Diary.list_profiles` and
:meth:`Diary.list_episodes` read (``tests/test_first_look.py`` compares them).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bodymap.paths import sqlite_file
from bodymap.phrases import Phrase, frame
from bodymap.store.records import EpisodeSummary, ProfileRecord, conditions_list
from bodymap.store.sqlite_plain import OUR_TABLES, is_writable_here, known_revisions, read_only_uri

if TYPE_CHECKING:
    from bodymap.store.service import Diary

_PROFILE_COLUMNS = "id, name, uuid, created_at, birth_year, conditions"
# As Diary.list_episodes: newest first, the marks counted per listed episode.
_EPISODES = (
    "SELECT e.id, e.uuid, e.started_at, e.utc_offset_minutes, e.kind, e.intensity, e.fatigue, "
    "(SELECT count(m.id) FROM mark AS m WHERE m.episode_id = e.id) "
    "FROM episode AS e WHERE e.profile_id = ? "
    "ORDER BY e.started_at DESC, e.id DESC LIMIT ?"
)


@dataclass(frozen=True)
class FirstLook:
    """What the window needs of a diary to be usable, read before the diary is opened."""

    url: str
    path: Path
    #: The file cannot be written here: the diary will open for viewing only.
    read_only: bool
    #: The first person (``Diary.default_profile``).
    person: ProfileRecord
    #: Everyone, by name (``Diary.list_profiles``).
    people: tuple[ProfileRecord, ...]
    #: ``person``'s newest episodes, at most ``limit`` (``Diary.list_episodes(id, limit=limit)``).
    episodes: tuple[EpisodeSummary, ...]
    limit: int


def look(url: str, limit: int) -> FirstLook | None:
    """A first look at the SQLite diary at ``url`` (its first ``limit`` episodes), or None
    whenever the diary should rather be opened the usual way."""
    path = sqlite_file(url)
    if path is None:
        return None
    try:
        # A folder, a device or a pipe (which would hang), a new or an empty file: the usual way.
        if not path.is_file() or path.stat().st_size == 0:
            return None
        # timeout=0: a file another program is writing is not waited for here.
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=0)
    except (OSError, sqlite3.Error):
        return None
    try:
        return _read(conn, url, path, limit)
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, url: str, path: Path, limit: int) -> FirstLook | None:
    conn.execute("BEGIN")  # one snapshot for everything read below
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not OUR_TABLES | {"alembic_version"} <= tables:
        return None
    stamps = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    _known, head = known_revisions()
    if stamps != [(head,)]:
        return None  # behind (an upgrade first), newer, or not stamped: Diary.open decides
    first = conn.execute(f"SELECT {_PROFILE_COLUMNS} FROM profile ORDER BY id LIMIT 1").fetchone()
    if first is None:
        return None  # nobody yet: Diary.open's default_profile makes "Me"
    person = _profile(first)
    people = tuple(
        _profile(row)
        for row in conn.execute(f"SELECT {_PROFILE_COLUMNS} FROM profile ORDER BY name")
    )
    episodes = tuple(
        EpisodeSummary(
            id=row[0], uuid=row[1], started_at=_datetime(row[2]), utc_offset_minutes=row[3],
            kind=row[4], intensity=row[5], fatigue=row[6], mark_count=row[7],
        )
        for row in conn.execute(_EPISODES, (person.id, limit))
    )
    return FirstLook(
        url=url, path=path, read_only=not is_writable_here(path), person=person,
        people=people, episodes=episodes, limit=limit,
    )


def _datetime(value: Any) -> datetime:
    # SQLAlchemy's SQLite DateTime is stored as ISO text and read with fromisoformat.
    if not isinstance(value, str):
        raise TypeError(value)
    return datetime.fromisoformat(value)


def _profile(row: tuple[Any, ...]) -> ProfileRecord:
    return ProfileRecord(
        id=row[0], name=row[1], uuid=row[2],
        created_at=None if row[3] is None else _datetime(row[3]),
        birth_year=row[4], conditions=conditions_list(row[5]),
    )


class OpeningDiary:
    """Stands in for the :class:`~bodymap.store.service.Diary` the first look saw, while the
    loader opens it.

    What the window asks at once is answered from the first look: ``url``, ``db_file``,
    ``on_server``, ``read_only``, :meth:`describe`, :meth:`default_profile`,
    :meth:`list_profiles`, and the diary list's first page, handed out once
    (:meth:`take_first_page`).  Every other attribute is a method of the diary: calling it waits
    until the diary is open and calls the real one (so a job queued on the worker meanwhile
    simply runs a little later), or raises what the open raised.  Once open, the window puts
    the real diary in its place (:meth:`bodymap.ui.context.DiaryContext.diary_opened`).

    Until the diary is open nothing can have been written to it (every write waits here), so
    the people the first look read are still the diary's.
    """

    on_server = False

    def __init__(self, first: FirstLook) -> None:
        self.first = first
        self.url = first.url
        self.read_only = first.read_only
        self._first_page: tuple[EpisodeSummary, ...] | None = first.episodes
        self._done = threading.Event()
        self._real: Diary | None = None
        self._error: BaseException | None = None

    # -- what the first look answers --------------------------------------------------------

    @property
    def db_file(self) -> Path:
        return self.first.path

    def describe(self) -> str:
        return str(self.describe_phrase())

    def describe_phrase(self) -> Phrase:
        return frame("{path}", path=str(self.first.path))  # as Diary's for an SQLite file

    def default_profile(self) -> ProfileRecord:
        return self._real.default_profile() if self._real is not None else self.first.person

    def list_profiles(self) -> list[ProfileRecord]:
        return self._real.list_profiles() if self._real is not None else list(self.first.people)

    def take_first_page(self, profile_id: int, limit: int) -> list[EpisodeSummary] | None:
        """The diary list's first read (``list_episodes(profile_id, limit=limit)``) if the first
        look has it; once only: a later read (after a save) asks the diary."""
        rows, self._first_page = self._first_page, None
        if rows is None or profile_id != self.first.person.id or limit != self.first.limit:
            return None
        return list(rows)

    # -- the real diary -----------------------------------------------------------------------

    @property
    def engine(self) -> Any:
        """The real diary's engine: waits for the open (the window's own code reads it only
        when it replaces the diary file, never in the first half second)."""
        return self.wait().engine

    @property
    def real(self) -> Diary | None:
        """The diary once open (None before, or if the open failed)."""
        return self._real

    def opening(self) -> bool:
        """The loader is still opening the diary."""
        return not self._done.is_set()

    def opened(self, diary: Diary) -> None:
        """Called by the loader's thread: the diary is open; waiting calls go on with it."""
        self._real = diary
        self._done.set()

    def failed(self, error: BaseException) -> None:
        """Called by the loader's thread: the open failed; waiting calls raise ``error``."""
        if not self._done.is_set():
            self._error = error
            self._done.set()

    def wait(self) -> Diary:
        """The open diary, once it is (on a worker thread); raises what the open raised."""
        self._done.wait()
        if self._real is None:
            raise self._error or RuntimeError("the diary was not opened")
        return self._real

    def close(self) -> None:
        """Close the diary if it was opened (waits for an open still under way)."""
        self._done.wait()
        if self._real is not None:
            self._real.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        real = self._real
        if real is not None:
            return getattr(real, name)

        def when_open(*args: Any, **kwargs: Any) -> Any:
            return getattr(self.wait(), name)(*args, **kwargs)

        when_open.__name__ = name
        return when_open


def still_opening(diary: object) -> bool:
    """``diary`` stands in for one that is still being opened (for the window and benchmarks)."""
    return isinstance(diary, OpeningDiary) and diary.opening()
