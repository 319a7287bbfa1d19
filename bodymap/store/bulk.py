"""Writing new episodes: the one writer of new episodes, shared by the save, the demo and the
importer.

``Diary.save_episode`` hands it a new episode (and reads it back); the demo and the importer
hand it thousands in one transaction.  :func:`write_episodes` takes
records (checked with the same ``validate`` as the service, so nothing the service would refuse
gets in this way either) and writes them with a few executemany statements per chunk: episodes,
their triggers, marks, mark regions, pain qualities, the links from referred areas to their
trigger points, therapy uses and their regions.

Every id is the database's to give: :func:`new_ids` takes a chunk's ids before its rows are
inserted, from the table's sequence on PostgreSQL, and on SQLite as the numbers after the
table's largest id while the transaction holds the write lock, so neither a second writer nor
PostgreSQL's own numbering can hand them out again.  Core inserts rather than
ORM objects: writing ten years of demo data (3,600 episodes, 19,000 marks) took 1.1 s this way
against 11.8 s with ``session.add_all`` + ``flush`` on SQLite, and 4.8 s against 12.9 s on a
local PostgreSQL (the ORM also batches with insertmanyvalues, but builds, tracks and cascades
an object per row).  The rows themselves go to SQLite as multi-row INSERTs
(:func:`_insert_grouped`) and to PostgreSQL, from :data:`COPY_AT_LEAST` rows on, as one
``COPY ... FROM STDIN`` each (:func:`_copy_rows`): the sample diary of ten years on a local
server 4.9 -> 3.1 s, the import of thirty years 14.3-14.6 -> 9.3 s (docs/speed.md).

Nothing here commits: the caller's session is the one transaction, so a failure (or a progress
callback that raises to cancel) leaves the database as it was.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Table, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bodymap.store import region_summary
from bodymap.store.errors import ValidationError, invalid
from bodymap.store.models import (
    FACTOR_LISTS,
    Episode,
    EpisodeClearedRegion,
    EpisodeTrigger,
    FibroAssessment,
    FibroAssessmentArea,
    Mark,
    MarkFactor,
    MarkQuality,
    MarkRegion,
    PgicRating,
    Profile,
    PsfsActivity,
    PsfsRating,
    RegionEpisode,
    RegionEpisodeTally,
    TenderExam,
    TenderExamSite,
    Therapy,
    TherapyUse,
    TherapyUseRegion,
)
from bodymap.store.records import (
    EXAM_FINDINGS,
    AssessmentRecord,
    EpisodeRecord,
    JsonText,
    MarkRecord,
    PgicRecord,
    PsfsActivityRecord,
    PsfsRatingRecord,
    TenderExamRecord,
    TherapyUseRecord,
    json_text,
)

#: Called as ``progress(written, total)`` after every chunk; raising from it cancels.
Progress = Callable[[int, int], None]

#: Episodes per round of statements: large enough for speed, small enough for steady progress.
CHUNK = 250
#: Ids per ``IN (...)`` when checking what exists: under every engine's parameter limit.
_IN_LIMIT = 500

_EPISODE: Table = Episode.__table__  # type: ignore[assignment]
_TRIGGER: Table = EpisodeTrigger.__table__  # type: ignore[assignment]
_MARK: Table = Mark.__table__  # type: ignore[assignment]
_QUALITY: Table = MarkQuality.__table__  # type: ignore[assignment]
_MARK_REGION: Table = MarkRegion.__table__  # type: ignore[assignment]
_USE: Table = TherapyUse.__table__  # type: ignore[assignment]
_USE_REGION: Table = TherapyUseRegion.__table__  # type: ignore[assignment]
_ASSESSMENT: Table = FibroAssessment.__table__  # type: ignore[assignment]
_ASSESSMENT_AREA: Table = FibroAssessmentArea.__table__  # type: ignore[assignment]
_EXAM: Table = TenderExam.__table__  # type: ignore[assignment]
_EXAM_SITE: Table = TenderExamSite.__table__  # type: ignore[assignment]
_FACTOR: Table = MarkFactor.__table__  # type: ignore[assignment]
_CLEARED: Table = EpisodeClearedRegion.__table__  # type: ignore[assignment]
_PSFS_ACTIVITY: Table = PsfsActivity.__table__  # type: ignore[assignment]
_PSFS_RATING: Table = PsfsRating.__table__  # type: ignore[assignment]
_PGIC: Table = PgicRating.__table__  # type: ignore[assignment]


def mark_chart_columns(m: MarkRecord) -> dict[str, Any]:
    """The body-chart and examination columns of a mark row (all but the links), shared by
    this writer and ``Diary.save_episode`` so both store a record the same way."""
    columns: dict[str, Any] = {
        "rank": m.rank,
        "constancy": m.constancy,
        "depth": m.depth,
        "aggravating_note": m.aggravating_note,
        "easing_note": m.easing_note,
        "morning_stiffness_minutes": m.morning_stiffness_minutes,
        "pressure_threshold": m.pressure_threshold,
    }
    for finding in EXAM_FINDINGS:
        answer = m.exam.get(finding)
        columns[f"exam_{finding}"] = None if answer is None else answer == "yes"
    return columns


def mark_factor_rows(m: MarkRecord) -> list[dict[str, Any]]:
    """The ``mark_factor`` rows of a mark (without ``mark_id``): its aggravating and easing
    factors and 24-hour pattern, each in the person's order."""
    lists = {"aggravating": m.aggravating, "easing": m.easing, "daily_pattern": m.daily_pattern}
    return [
        {"kind": kind, "position": position, "factor": factor}
        for kind in FACTOR_LISTS
        for position, factor in enumerate(lists[kind])
    ]


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _resolver(mapping: Mapping[int, int] | None, what: str, field: str) -> Callable[[int], int]:
    """``record id -> database id``: the identity without a mapping, else a checked look-up."""
    if mapping is None:
        return lambda key: key

    def resolve(key: int) -> int:
        try:
            return mapping[key]
        except KeyError:
            raise ValidationError(field, f"no {what} is given for {key}") from None

    return resolve


@cache
def _ids_among(table: Table) -> Any:
    """``SELECT id FROM table WHERE id IN :ids``, built once: an import checks its person and
    therapies for every batch, and building the statement and the ORM's execution each time
    cost twice what this does."""
    return select(table.c.id).where(table.c.id.in_(bindparam("ids", expanding=True)))


def _check_exist(session: Session, model: Any, ids: Collection[int], field: str, what: str) -> None:
    wanted = sorted(set(ids))
    found: set[int] = set()
    connection = session.connection()
    statement = _ids_among(model.__table__)
    for i in range(0, len(wanted), _IN_LIMIT):
        part = wanted[i : i + _IN_LIMIT]
        found.update(connection.execute(statement, {"ids": part}).scalars())
    missing = [i for i in wanted if i not in found]
    if not missing:
        return
    # In the person's words where a person can meet it (a save, an import's people and
    # therapies): phrases marked for translation in bodymap/i18n/runtime_strings.py.
    if model is Profile:
        raise invalid(field, "no profile with id {profile_id}", profile_id=str(missing[0]))
    if model is Therapy:
        raise invalid(field, "unknown therapy {ids}", ids=", ".join(map(str, missing)))
    raise ValidationError(field, f"no {what} with id {missing[0]}")


def check_references(session: Session, profiles: Collection[int], therapies: Collection[int]) -> None:
    """Every profile and therapy named (database ids) exists, else ValidationError and
    nothing written: the one check of an episode's references, for the bulk writer and for
    the save of an episode saved before (``Diary.save_episode``)."""
    _check_exist(session, Profile, profiles, "profile", "profile")
    _check_exist(session, Therapy, therapies, "therapy_uses.therapy", "therapy")


def write_episodes(
    session: Session,
    records: Sequence[EpisodeRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    therapy_ids: Mapping[int, int] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    chunk: int = CHUNK,
    validated: bool = False,
) -> list[int]:
    """Insert new episodes with everything they hold; return their ids, in order.

    ``profile_ids`` and ``therapy_ids`` turn the records' ``profile_id`` and ``therapy_id`` into
    database ids (the importer numbers them by their place in the file); without them the
    records already hold database ids.  Every record is validated, and every profile and
    therapy looked up, before the first row is written.  ``created_at`` / ``updated_at`` /
    ``version`` are the records' when set (an import keeps the file's), else now and 1.
    ``validated``: the caller has just run the records' own ``validate`` on every record (the
    importer, which names the place in the file), so it is not run a second time.
    """
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"episodes[{index}].id", "only new episodes are written in bulk")
        if not validated:
            record.validate(f"episodes[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    therapy_of = _resolver(therapy_ids, "therapy", "therapy_uses.therapy")
    profiles = [profile_of(r.profile_id) for r in records]
    therapies = {therapy_of(u.therapy_id) for r in records for u in r.therapy_uses}
    check_references(session, profiles, therapies)
    now = now or _utcnow()
    ids: list[int] = []
    for start in range(0, len(records), max(1, chunk)):
        part = records[start : start + chunk]
        ids += _write_chunk(session, part, profiles[start : start + chunk], therapy_of, now)
        if progress is not None:
            progress(len(ids), len(records))
    return ids


def write_therapy_uses(
    session: Session,
    uses: Sequence[TherapyUseRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    therapy_ids: Mapping[int, int] | None = None,
) -> list[int]:
    """Insert therapy uses that belong to no episode (``profile_id`` set, ``episode_id`` None)."""
    for index, use in enumerate(uses):
        where = f"therapy_uses[{index}]"
        if use.id is not None or use.episode_id is not None:
            raise ValidationError(f"{where}.id", "only new uses of no episode are written here")
        if use.profile_id is None:
            raise ValidationError(f"{where}.profile", "must name a profile")
        use.validate(where)
    profile_of = _resolver(profile_ids, "profile", "profile")
    therapy_of = _resolver(therapy_ids, "therapy", "therapy_uses.therapy")
    rows = [(u, profile_of(u.profile_id or 0), None) for u in uses]
    _check_exist(session, Profile, [p for _u, p, _e in rows], "profile", "profile")
    _check_exist(
        session, Therapy, {therapy_of(u.therapy_id) for u in uses}, "therapy_uses.therapy",
        "therapy",
    )
    return _insert_uses(session, rows, therapy_of)


def _returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (dicts of the same columns) under ids taken for them (:func:`new_ids`);
    those ids, in the order of ``rows``, whatever the engine."""
    if not rows:
        return []
    names = tuple(rows[0])
    return _insert_ids(session, table, names, [tuple(row[n] for n in names) for row in rows])


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        names = tuple(rows[0])
        _insert_tuples(session, table, names, [tuple(row[n] for n in names) for row in rows])


# -- executemany of plain tuples ----------------------------------------------------------------
#
# ``session.execute(insert(table), list_of_dicts)`` processes every parameter of every row in
# Python (SQLAlchemy's construct_params): for the quarter of a million rows of thirty years that
# was most of an import's time.  Here a statement is compiled once per dialect and its rows go to
# the driver's own ``executemany`` (``exec_driver_sql``: the same connection and transaction,
# the engine's events and error wrapping), each value converted only where the column's type has
# a bind processor for the dialect (SQLite's text for a datetime, JSON text for a JSON column),
# so a row is stored exactly as ``session.execute`` would store it, on SQLite and PostgreSQL.


@dataclass(frozen=True)
class _Compiled:
    sql: str
    #: The rows' order of values -> the driver's: None when the same (or the driver's
    #: parameters are named).
    order: tuple[int, ...] | None
    #: ``(index in the row, processor, whether None stays None)`` of the values a processor
    #: converts (a processor that keeps None is not called for it).
    processors: tuple[tuple[int, Callable[[Any], Any], bool], ...]
    #: Named parameters (psycopg's ``%(name)s``): rows are passed as dicts of ``names``.
    named: bool
    names: tuple[str, ...]


_COMPILED: weakref.WeakKeyDictionary[Dialect, dict[Any, _Compiled]] = weakref.WeakKeyDictionary()


def _compiled(
    dialect: Dialect, key: Any, statement: Callable[[], Any], names: tuple[str, ...],
    columns: tuple[str, ...],
) -> _Compiled:
    """``statement()`` (an insert of the columns ``columns`` and whatever parameters its
    ``values`` bind, or any statement), whose bound parameters are ``names``, built and
    compiled for ``dialect`` once and kept under ``key``."""
    cache = _COMPILED.setdefault(dialect, {})
    found = cache.get(key)
    if found is not None:
        return found
    compiled = statement().compile(dialect=dialect, column_keys=list(columns), for_executemany=True)
    binds = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
    if sorted(binds) != sorted(names):
        # A column with a Python-side default that the rows do not give would be left out.
        raise RuntimeError(f"{key}: the statement takes {binds}, the rows give {list(names)}")
    processors = []
    for index, name in enumerate(names):
        kind = compiled.binds[name].type.dialect_impl(dialect)
        process = kind.bind_processor(dialect)
        if process is not None and _dumps_plainly(kind, dialect):
            process = _json_text(process)
        if process is not None:
            processors.append((index, process, process(None) is None))
    order = None
    if compiled.positional and binds != list(names):
        order = tuple(names.index(name) for name in binds)
        if len(order) < 2:  # one value: itemgetter would give it bare
            raise RuntimeError(f"{key}: one parameter in another place")
    found = _Compiled(
        sql=compiled.string, order=order, processors=tuple(processors),
        named=not compiled.positional, names=names,
    )
    cache[key] = found
    return found


def _dumps_plainly(kind: Any, dialect: Dialect) -> bool:
    """Whether a bound value of the type ``kind`` goes to ``dialect``'s driver as the text of
    ``json.dumps`` (SQLAlchemy's JSON on SQLite with no serializer of the engine's own;
    psycopg is handed the value, which it writes itself)."""
    return (
        isinstance(kind, JSON) and dialect.name == "sqlite"
        and getattr(dialect, "_json_serializer", None) is None
    )


def _json_text(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLAlchemy's JSON bind ``process`` for a dict or a list (a mark's geometry) by
    :func:`~bodymap.store.records.json_text`, the same text made by an encoder made once; a
    :class:`~bodymap.store.records.JsonText` (made so by the import's reading process) as it
    is; anything else (None, SQLAlchemy's ``JSON.NULL``) as ``process`` binds it."""

    def text(value: Any) -> Any:
        if type(value) is dict or type(value) is list:
            return json_text(value)
        if type(value) is JsonText:
            return str.__str__(value)
        return process(value)

    return text


def _execute_many(
    session: Session, key: Any, statement: Callable[[], Any], names: tuple[str, ...],
    rows: Sequence[tuple[Any, ...]], columns: tuple[str, ...] = (), *, grouped: bool = False,
    table: str | None = None,
) -> None:
    """Run ``statement()`` (built once per dialect) for every row, one executemany; an
    insert names the ``columns`` the rows give (see :func:`_compiled`).  ``grouped``: a plain
    insert of one row, which SQLite is given many rows at a time (:func:`_insert_grouped`),
    and PostgreSQL, from :data:`COPY_AT_LEAST` rows, through ``COPY`` into ``table``
    (:func:`_copy_rows`)."""
    if not rows:
        return
    connection = session.connection()
    c = _compiled(connection.dialect, key, statement, names, columns)
    params: Sequence[Any] = rows
    if c.processors:
        converted = []
        for row in rows:
            values = list(row)
            for index, process, keeps_none in c.processors:
                value = values[index]
                if value is not None or not keeps_none:
                    values[index] = process(value)
            converted.append(tuple(values))
        params = converted
    if grouped and table is not None and len(params) >= COPY_AT_LEAST and copies(connection.dialect):
        _copy_rows(connection, table, names, params)
        return
    if c.order is not None:
        pick = itemgetter(*c.order)  # more than one value: a tuple
        params = [pick(row) for row in params]
    if c.named:
        params = [dict(zip(c.names, row, strict=True)) for row in params]
    elif connection.dialect.name == "sqlite":
        _bind_none_quickly()
        if grouped:
            params = _insert_grouped(connection, c.sql, params)
            if not params:
                return
    connection.exec_driver_sql(c.sql, params)


#: From how many rows an insert goes to PostgreSQL through ``COPY`` (:func:`_copy_rows`).
COPY_AT_LEAST = 8


def copies(dialect: Dialect) -> bool:
    """Whether inserts go through ``COPY`` on ``dialect``: PostgreSQL through psycopg 3 (the
    driver bodymap installs and names for a bare ``postgresql://``); another driver named in
    the URL keeps the INSERTs."""
    return dialect.name == "postgresql" and dialect.driver == "psycopg"


def _copy_rows(
    connection: Any, table: str, names: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
) -> None:
    """``rows`` (the values of the columns ``names``, each already as the insert would bind
    it) into ``table`` with PostgreSQL's ``COPY ... FROM STDIN``, in this transaction: the
    server takes them as one stream instead of an INSERT each, as its manual advises for a
    large load (psycopg's ``Cursor.copy``).  The values are sent as text, which the server
    reads by each column's type, as it reads the INSERT's parameters.

    The driver's errors come out as SQLAlchemy's (an ``IntegrityError`` for a broken
    constraint, an ``OperationalError`` for a lost server), as they would from an INSERT: the
    window and the command line put those into words."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.exc import DBAPIError

    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, names)))
    raw = connection.connection.driver_connection
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            write = copy.write_row
            for row in rows:
                write(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(
            f"COPY {table} ({', '.join(names)}) FROM STDIN", None, exc, psycopg.Error,
            dialect=connection.dialect,
        ) from exc


@cache
def _bind_none_quickly() -> None:
    """Have the sqlite3 module bind None (NULL) without looking for a way to adapt it.

    The module binds int, float and text as they are, but for anything else, None included, it
    asks its registry of adapters and then the value and the protocol for ``__adapt__`` and
    ``__conform__``; on Python 3.11 the failed look-up on the protocol type formats an
    ``AttributeError`` and throws it away, some 2,000 instructions per NULL (a mark row has a
    dozen: 7 % of an import).  An adapter registered for ``NoneType`` is found at the first
    step; it returns None, which is bound as NULL, as before (the registry is the process's,
    and this is what binding None does anyway)."""
    import sqlite3

    sqlite3.register_adapter(type(None), _NONE_ADAPTER.get)


#: ``_NONE_ADAPTER.get(None)`` is None: an adapter written in C (a lambda would cost a Python call).
_NONE_ADAPTER: dict[None, None] = {}


#: Rows per statement of :func:`_insert_grouped`, largest first, each at most
#: ``_GROUP_PARAMETERS`` values (999: the limit of SQLite builds before 3.32).
_GROUP_SIZES = (256, 64, 16)
_GROUP_PARAMETERS = 999
_GROUPED_SQL: dict[tuple[str, int], str] = {}


def _insert_grouped(
    connection: Any, sql: str, rows: Sequence[tuple[Any, ...]]
) -> Sequence[tuple[Any, ...]]:
    """Insert most of ``rows`` with ``INSERT ... VALUES (...), (...), ...`` statements of a few
    fixed sizes (``sql`` inserts one row, with ``?`` parameters); the rows left over (fewer than
    the smallest size) are returned for an executemany.  SQLite runs one statement of many rows
    in about two thirds of the time of an executemany of them (a step and a reset per row)."""
    head, _sep, group = sql.rpartition(" VALUES ")
    if not rows or not (group.startswith("(") and group.endswith(")")) or set(group[1:-1]) - set("?, "):
        return rows
    width = len(rows[0])
    start = 0
    for size in _GROUP_SIZES:
        size = min(size, _GROUP_PARAMETERS // width)
        if size < 2:
            break
        statement = _GROUPED_SQL.get((sql, size))
        while len(rows) - start >= size:
            if statement is None:
                statement = _GROUPED_SQL[(sql, size)] = f"{head} VALUES {', '.join([group] * size)}"
            connection.exec_driver_sql(
                statement, tuple(chain.from_iterable(rows[start : start + size]))
            )
            start += size
    return rows[start:]


#: SQLite's page cache while a large batch is written, in KiB (its default is 2 MiB): with the
#: default a large import spills dirty pages of the indexes to the WAL again and again, and
#: re-reads them (a third of an import of thirty years).  The memory is given back afterwards.
LARGE_WRITE_CACHE_KIB = 32 * 1024
#: SQLite's ``temp_store`` while a large batch is written: 2, in memory (see :func:`large_write`).
LARGE_WRITE_TEMP_STORE = 2


@contextmanager
def large_write(session: Session) -> Iterator[None]:
    """Around many chunks of writes in one transaction: on SQLite a larger page cache for the
    connection and its temporary storage in memory, both set back when done; nothing on
    PostgreSQL (the server's own settings rule).

    Temporary storage in memory: every statement that writes many rows (a chunk's
    ``INSERT ... VALUES (...), (...)``, the summary's ``INSERT ... SELECT``) keeps a statement
    journal of the pages it changes, so that it alone can be undone; past 64 KiB SQLite puts
    it in a temporary file.  An import of thirty years wrote 504 MB to such files (245,000
    writes) for a diary of 73 MB; in memory each journal lives only as long as its statement
    (the process's peak memory the same with or without) and the import took 0.3-1.1 s less
    in four interleaved pairs.  SQLite refuses to change the setting inside a transaction once
    the connection has opened its temporary database (nothing of ours does): then the write
    goes on without it, or the connection keeps it, and the write is never undone for it.

    The tables' CHECK constraints stay on although every imported row has passed the one
    validation: skipping them (``PRAGMA ignore_check_constraints``) saved a tenth of an
    import's instructions, not worth the database's own second line against a slip there."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    temp_store = int(connection.exec_driver_sql("PRAGMA temp_store").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size=-{LARGE_WRITE_CACHE_KIB}")
    changed = False
    try:
        # Changing it drops the connection's TEMP tables: bodymap makes none.
        changed = _set_temp_store(connection, LARGE_WRITE_TEMP_STORE)
        yield
    finally:
        if not (connection.closed or connection.invalidated):
            connection.exec_driver_sql(f"PRAGMA cache_size={cache}")
            if changed:
                _set_temp_store(connection, temp_store)


#: The tables an import into an empty diary fills, whose lookup indexes are built after the
#: rows are in (:func:`indexes_built_after`).
_FILLED_BY_EPISODES: tuple[str, ...] = tuple(
    table.name
    for table in (
        _EPISODE, _TRIGGER, _CLEARED, _MARK, _QUALITY, _MARK_REGION, _FACTOR, _USE, _USE_REGION
    )
) + (RegionEpisode.__tablename__, RegionEpisodeTally.__tablename__)


@contextmanager
def indexes_built_after(session: Session) -> Iterator[None]:
    """Around a large write into tables that hold (next to) nothing yet, on SQLite: their
    plain lookup indexes are dropped inside the transaction and made again, from the text
    they were made with, once the rows are in.  Nothing on PostgreSQL, where a dropped index
    locks the table against the practice's other machines for the whole import.

    Building an index from rows already there sorts them once; keeping it while rows arrive
    puts each row into it at a random place.  An import of thirty years into an empty diary,
    two interleaved pairs: 4.37 / 4.44 -> 3.87 / 3.97 s, the thirteen indexes made again in
    0.35 s of that.  Indexes that are a constraint (UNIQUE, the primary keys) stay, so a clash
    is still refused at the row that brings it.  The drop and the making are part of the transaction: a cancel, an error,
    a crash or a kill before the commit leaves the diary with every index it had (SQLite's
    schema changes are transactional like its rows).  Only for a write into (next to) empty
    tables: making an index again reads every row the table already holds."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    hold_write_lock(connection)  # the drops inside the transaction, undone with it
    dropped: list[str] = []
    for table in _FILLED_BY_EPISODES:
        # origin 'c': made by CREATE INDEX (not a UNIQUE constraint, not a primary key).
        for _seq, name, unique, origin, _partial in connection.exec_driver_sql(
            f'PRAGMA index_list("{table}")'
        ).all():
            if origin != "c" or unique:
                continue
            sql = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).scalar_one()
            quoted = name.replace('"', '""')
            connection.exec_driver_sql(f'DROP INDEX "{quoted}"')
            dropped.append(sql)
    yield  # an exception here rolls the drops back with the rows: nothing to make again
    for sql in dropped:
        connection.exec_driver_sql(sql)


def _set_temp_store(connection: Connection, value: int) -> bool:
    """``PRAGMA temp_store=value``; False when SQLite refuses it (see :func:`large_write`)."""
    try:
        connection.exec_driver_sql(f"PRAGMA temp_store={int(value)}")
    except OperationalError:
        return False
    return True


def _insert_tuples(
    session: Session, table: Table, names: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert ``rows``, each the values of the columns ``names`` in that order."""
    _execute_many(
        session, ("insert", table.name, names), lambda: insert(table), names, rows, names,
        grouped=True, table=table.name,
    )


def _insert_ids(
    session: Session, table: Table, names: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
) -> list[int]:
    """Insert ``rows`` (each the values of the columns ``names``) under ids taken for them by
    :func:`new_ids`; those ids, in the order of ``rows``."""
    ids = new_ids(session, table, len(rows))
    _insert_tuples(session, table, ("id", *names), [
        (id_, *row) for id_, row in zip(ids, rows, strict=True)
    ])
    return ids


def new_ids(session: Session, table: Table, count: int) -> list[int]:
    """Ids for ``count`` new rows of ``table``, ascending, that no other writer can take.

    PostgreSQL: ``count`` values of the column's sequence, one statement (``nextval`` is never
    handed out twice, whoever else inserts meanwhile).  SQLite: the ``count`` numbers after the
    table's largest id, read in a transaction that holds the database's write lock (taken here
    with ``BEGIN IMMEDIATE`` if nothing has been written yet: the driver begins a transaction
    only at the first write), so no other connection can insert until it ends.  Knowing the
    ids before the insert is what lets a chunk go to SQLite as a few multi-row statements, its
    marks' links set in the same rows, without reading the new ids back by uuid (8 % of the
    instructions of an import of ten years, docs/speed.md).
    """
    if count <= 0:
        return []
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        drawn = connection.execute(_sequence_values(table), {"n": count}).scalars().all()
        return sorted(drawn)
    hold_write_lock(connection)
    last = connection.execute(_largest_id(table)).scalar()
    first = (last or 0) + 1
    return list(range(first, first + count))


def hold_write_lock(connection: Connection) -> None:
    """On SQLite, begin the transaction now with ``BEGIN IMMEDIATE`` (the database's write
    lock) unless it has begun: the driver begins one only at the first INSERT, UPDATE or
    DELETE, so a read or a schema change before it would run on its own, outside the
    transaction (and a dropped index stay dropped after a rollback).  Nothing on PostgreSQL,
    where every statement is in the transaction."""
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.driver_connection
    if raw is not None and not raw.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


@cache
def _largest_id(table: Table) -> Any:
    return select(func.max(table.c.id))


@cache
def _sequence_values(table: Table) -> Any:
    """``count`` values of the sequence behind ``table.id`` (``:n`` of them)."""
    sequence = func.pg_get_serial_sequence(table.name, "id")
    return select(func.nextval(sequence)).select_from(func.generate_series(1, bindparam("n")))


_EPISODE_COLUMNS = (
    "uuid", "profile_id", "started_at", "utc_offset_minutes", "duration_minutes", "kind",
    "intensity", "fatigue", "notes", "created_at", "updated_at", "version",
)
#: A mark row's columns, in the order of the tuples ``_write_chunk`` builds.
_MARK_ROW_COLUMNS = (
    "id", "uuid", "episode_id", "position", "kind", "view", "geometry", "intensity", "tp_state",
    "spasm_kind", "muscle_key", "note", "rank", "constancy", "depth", "aggravating_note",
    "easing_note", "morning_stiffness_minutes",
    *(f"exam_{finding}" for finding in EXAM_FINDINGS),
    "pressure_threshold", "source_mark_id", "brought_on_by_id",
)
_NOT_EXAMINED = (None,) * len(EXAM_FINDINGS)
_USE_COLUMNS = (
    "uuid", "profile_id", "episode_id", "therapy_id", "used_at", "utc_offset_minutes",
    "duration_minutes", "dose", "outcome", "relief", "note",
)


def _exam_values(exam: Mapping[str, str]) -> tuple[bool | None, ...]:
    """The ``exam_*`` columns of a mark, as :func:`mark_chart_columns` has them."""
    if not exam:
        return _NOT_EXAMINED
    return tuple(
        None if (answer := exam.get(finding)) is None else answer == "yes"
        for finding in EXAM_FINDINGS
    )


def _set_links(session: Session, column: str, links: list[tuple[int, int]]) -> None:
    """``mark.<column> = target`` for every ``(target, mark id)``."""
    _execute_many(
        session,
        ("link", column),
        lambda: update(_MARK).where(_MARK.c.id == bindparam("b_id")).values(
            {column: bindparam("b_target")}
        ),
        ("b_target", "b_id"),
        links,
    )


def _write_chunk(
    session: Session,
    records: Sequence[EpisodeRecord],
    profiles: Sequence[int],
    therapy_of: Callable[[int], int],
    now: datetime,
) -> list[int]:
    episode_ids = _insert_ids(
        session,
        _EPISODE,
        _EPISODE_COLUMNS,
        [
            (
                r.uuid, profile_id, r.started_at, r.utc_offset_minutes, r.duration_minutes,
                r.kind, r.intensity, r.fatigue, r.notes, r.created_at or now,
                r.updated_at or r.created_at or now, max(1, r.version),
            )
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
    pairs = list(zip(records, episode_ids, strict=True))
    _insert_tuples(
        session,
        _TRIGGER,
        ("episode_id", "position", "trigger"),
        [
            (episode_id, position, trigger)
            for r, episode_id in pairs
            for position, trigger in enumerate(r.triggers)
        ],
    )
    # The marks' ids are known before the insert (new_ids), so a link to a mark drawn earlier
    # (every link the window makes: a referred area is drawn from its trigger point) goes in
    # with the row itself.  A link to a mark drawn later is set after the insert: each
    # statement's foreign keys are checked at its end, and an episode's marks may be split
    # between two statements.
    taken = iter(new_ids(session, _MARK, sum(len(r.marks) for r in records)))
    later: list[tuple[str, int, int]] = []  # (column, target id, mark id)
    mark_rows = []
    written: list[tuple[MarkRecord, int, int]] = []  # (mark, episode id, mark id)
    for r, episode_id in pairs:
        # Mark uuids are unique within an episode (validated), and a link names a mark of
        # its own episode.
        id_of = {m.uuid: next(taken) for m in r.marks}
        drawn: set[str] = set()  # the uuids of the episode's marks inserted before this one
        for position, m in enumerate(r.marks):
            mark_id = id_of[m.uuid]
            source = cause = None
            if m.source_uuid is not None:
                source = id_of[m.source_uuid]
                if m.source_uuid not in drawn:
                    later.append(("source_mark_id", source, mark_id))
                    source = None
            if m.brought_on_by is not None:
                cause = id_of[m.brought_on_by]
                if m.brought_on_by not in drawn:
                    later.append(("brought_on_by_id", cause, mark_id))
                    cause = None
            drawn.add(m.uuid)
            written.append((m, episode_id, mark_id))
            mark_rows.append((
                mark_id, m.uuid, episode_id, position, m.kind, m.view, m.geometry, m.intensity,
                m.tp_state, m.spasm_kind, m.muscle_key, m.note, m.rank, m.constancy, m.depth,
                m.aggravating_note, m.easing_note, m.morning_stiffness_minutes,
                *_exam_values(m.exam), m.pressure_threshold, source, cause,
            ))
    _insert_tuples(session, _MARK, _MARK_ROW_COLUMNS, mark_rows)
    _insert_tuples(
        session,
        _MARK_REGION,
        ("mark_id", "region_id", "share"),
        [
            (mark_id, region, float(share))
            for m, _e, mark_id in written
            for region, share in m.regions.items()
        ],
    )
    _insert_tuples(
        session,
        _QUALITY,
        ("mark_id", "position", "quality"),
        [
            (mark_id, position, quality)
            for m, _e, mark_id in written
            for position, quality in enumerate(m.qualities)
        ],
    )
    factor_rows = []
    for m, _e, mark_id in written:
        if m.aggravating or m.easing or m.daily_pattern:
            factor_rows += [
                (mark_id, row["kind"], row["position"], row["factor"]) for row in mark_factor_rows(m)
            ]
    _insert_tuples(session, _FACTOR, ("mark_id", "kind", "position", "factor"), factor_rows)
    _insert_tuples(
        session,
        _CLEARED,
        ("episode_id", "region_id"),
        [
            (episode_id, region)
            for r, episode_id in pairs
            for region in dict.fromkeys(r.cleared_regions)
        ],
    )
    for column in ("source_mark_id", "brought_on_by_id"):
        _set_links(session, column, [
            (target, mark_id) for name, target, mark_id in later if name == column
        ])
    _insert_uses(
        session,
        [
            (u, profile_id, episode_id)
            for r, profile_id, episode_id in zip(records, profiles, episode_ids, strict=True)
            for u in r.therapy_uses
        ],
        therapy_of,
    )
    # The derived per-region summary of these episodes, in this transaction (the one place).
    region_summary.refresh(session, episode_ids, new=True)
    return episode_ids


def _insert_uses(
    session: Session,
    rows: Sequence[tuple[TherapyUseRecord, int, int | None]],
    therapy_of: Callable[[int], int],
) -> list[int]:
    use_ids = _insert_ids(
        session,
        _USE,
        _USE_COLUMNS,
        [
            (
                u.uuid, profile_id, episode_id, therapy_of(u.therapy_id), u.used_at,
                u.utc_offset_minutes, u.duration_minutes, u.dose, u.outcome, u.relief, u.note,
            )
            for u, profile_id, episode_id in rows
        ],
    )
    _insert_tuples(
        session,
        _USE_REGION,
        ("use_id", "region_id"),
        [
            # A region named twice is one region: the table's key is (use, region).
            (use_id, region)
            for (u, _p, _e), use_id in zip(rows, use_ids, strict=True)
            for region in dict.fromkeys(u.regions)
        ],
    )
    return use_ids


# -- fibromyalgia assessments and tender-point exams --------------------------------------------


def write_assessments(
    session: Session,
    records: Sequence[AssessmentRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Insert new fibromyalgia assessments with their areas; return their ids, in order.

    Like :func:`write_episodes`: validated first, profiles mapped and looked up, ``created_at``
    the record's when set (an import keeps the file's) else now.
    """
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"assessments[{index}].id", "only new assessments are written here")
        record.validate(f"assessments[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(r.profile_id) for r in records]
    _check_exist(session, Profile, profiles, "profile", "profile")
    now = now or _utcnow()
    ids = _returning_ids(
        session,
        _ASSESSMENT,
        [
            {
                "uuid": r.uuid,
                "profile_id": profile_id,
                "assessed_on": r.assessed_on,
                "created_at": r.created_at or now,
                "areas_adjusted": r.areas_adjusted,
                **{name: getattr(r, name) for name in AssessmentRecord.SSS_FIELDS},
                "symptoms_3_months": r.symptoms_3_months,
                "note": r.note,
            }
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
    _insert(
        session,
        _ASSESSMENT_AREA,
        [
            {"assessment_id": assessment_id, "area_id": area}
            for r, assessment_id in zip(records, ids, strict=True)
            for area in dict.fromkeys(r.areas)
        ],
    )
    return ids


def write_tender_exams(
    session: Session,
    records: Sequence[TenderExamRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Insert new tender-point exams with their sites; return their ids, in order."""
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"tender_exams[{index}].id", "only new exams are written here")
        record.validate(f"tender_exams[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(r.profile_id) for r in records]
    _check_exist(session, Profile, profiles, "profile", "profile")
    now = now or _utcnow()
    ids = _returning_ids(
        session,
        _EXAM,
        [
            {
                "uuid": r.uuid,
                "profile_id": profile_id,
                "examined_on": r.examined_on,
                "created_at": r.created_at or now,
                "note": r.note,
            }
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
    _insert(
        session,
        _EXAM_SITE,
        [
            {"exam_id": exam_id, "site_id": site.site, "tender": site.tender,
             "intensity": site.intensity}
            for r, exam_id in zip(records, ids, strict=True)
            for site in r.sites
        ],
    )
    return ids


# -- outcome measures: PSFS and PGIC -------------------------------------------------------------


def write_psfs(
    session: Session,
    activities: Sequence[PsfsActivityRecord],
    ratings: Sequence[PsfsRatingRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    activity_ids: Mapping[int, int] | None = None,
) -> list[int]:
    """Insert new PSFS activities and then ratings; return the activities' ids, in order.

    ``activity_ids`` maps a rating's ``activity_id`` to a database id; without it a rating's
    ``activity_id`` is the index of its activity in ``activities`` (how the demo and the
    importer number them), unless ``activities`` is empty (then database ids).  The limit of
    ``PSFS_MAX_ACTIVITIES`` in use at a time is the service's rule (see ``outcomes``).
    """
    for index, activity in enumerate(activities):
        if activity.id is not None:
            raise ValidationError(f"psfs[{index}].id", "only new activities are written here")
        activity.validate(f"psfs[{index}]")
    for index, rating in enumerate(ratings):
        if rating.id is not None:
            raise ValidationError(f"psfs_ratings[{index}].id", "only new ratings are written here")
        rating.validate(f"psfs_ratings[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(a.profile_id) for a in activities]
    _check_exist(session, Profile, profiles, "profile", "profile")
    ids = _returning_ids(
        session,
        _PSFS_ACTIVITY,
        [
            {
                "uuid": a.uuid,
                "profile_id": profile_id,
                "name": a.name.strip(),
                "added_on": a.added_on,
                "retired_on": a.retired_on,
            }
            for a, profile_id in zip(activities, profiles, strict=True)
        ],
    )
    if activity_ids is not None:
        activity_of = _resolver(activity_ids, "PSFS activity", "psfs_ratings.activity")
    elif activities:
        activity_of = _resolver(dict(enumerate(ids)), "PSFS activity", "psfs_ratings.activity")
    else:
        activity_of = _resolver(None, "PSFS activity", "psfs_ratings.activity")
        _check_exist(
            session, PsfsActivity, {r.activity_id for r in ratings}, "psfs_ratings.activity",
            "PSFS activity",
        )
    seen: set[tuple[int, object]] = set()
    rows = []
    for index, r in enumerate(ratings):
        activity_id = activity_of(r.activity_id)
        if (activity_id, r.rated_on) in seen:
            raise ValidationError(
                f"psfs_ratings[{index}].rated_on", "the activity is rated twice on this day"
            )
        seen.add((activity_id, r.rated_on))
        rows.append(
            {"uuid": r.uuid, "activity_id": activity_id, "rated_on": r.rated_on, "score": r.score}
        )
    _insert(session, _PSFS_RATING, rows)
    return ids


def write_pgic(
    session: Session,
    records: Sequence[PgicRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
) -> list[int]:
    """Insert new PGIC ratings; return their ids, in order."""
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"pgic[{index}].id", "only new ratings are written here")
        record.validate(f"pgic[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(r.profile_id) for r in records]
    _check_exist(session, Profile, profiles, "profile", "profile")
    return _returning_ids(
        session,
        _PGIC,
        [
            {
                "uuid": r.uuid,
                "profile_id": profile_id,
                "rated_on": r.rated_on,
                "score": r.score,
                "note": r.note,
            }
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
