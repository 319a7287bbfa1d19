"""Rows as the database driver gives them: plain tuples, each value converted only where its
column's type needs it for the dialect (SQLite's text of a datetime, its 0/1 of a boolean).

What ``connection.execute(statement).all()`` holds, without a row object per row: the report
reads a hundred thousand marks at fifty years and the export a quarter of a million rows, and
SQLAlchemy's rows were a third of the time.  The report and the figures go through
``execute`` (parameters processed, the compiled form cached per engine) and fetch bare
(:func:`plain_rows`, :func:`streamed_rows`); the export runs its own compiled statements and
converts with :func:`column_processors` and :func:`converted`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError, InvalidRequestError

Processors = list[tuple[int, Callable[[Any], Any]]]


def column_processors(connection: Connection, statement: Any,
                      description: Sequence[Any]) -> Processors:
    """(column index, result processor) of the columns whose type converts the driver's value
    for this dialect; ``description`` is the cursor's (PostgreSQL's processors choose by the
    driver's type of each column)."""
    dialect = connection.dialect
    return [
        (index, process)
        for index, (column, entry) in enumerate(
            zip(statement.selected_columns, description, strict=True)
        )
        if (process := column.type.dialect_impl(dialect).result_processor(dialect, entry[1]))
        is not None
    ]


def converted(rows: list[tuple[Any, ...]], processors: Processors) -> list[tuple[Any, ...]]:
    """``rows`` with the values of ``processors``' columns converted (the rows themselves when
    there is nothing to convert)."""
    if not processors or not rows:
        return rows
    if len(processors) == 1:
        index, process = processors[0]
        return [(*row[:index], process(row[index]), *row[index + 1:]) for row in rows]
    out = []
    for row in rows:
        values = list(row)
        for index, process in processors:
            values[index] = process(values[index])
        out.append(tuple(values))
    return out


def plain_rows(connection: Connection, statement: Any,
               parameters: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """The rows of ``statement`` as converted driver tuples (see the module's docstring)."""
    rows, processors = _fetched(connection, statement, parameters)
    return converted(rows, processors)


def plain_columns(connection: Connection, statement: Any,
                  parameters: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """The values of ``statement``'s rows column by column (a tuple per selected column, empty
    when there is no row), converted a column at a time: for a caller that takes the rows
    apart into columns anyway (a region's history, thousands of rows at fifty years)."""
    return _as_columns(statement, *_fetched(connection, statement, parameters))


def _as_columns(statement: Any, rows: list[tuple[Any, ...]],
                processors: Processors) -> list[tuple[Any, ...]]:
    """``rows`` as a tuple per selected column, converted a column at a time."""
    if not rows:
        return [() for _column in statement.selected_columns]
    columns = list(zip(*rows, strict=True))
    for index, process in processors:
        columns[index] = tuple(map(process, columns[index]))
    return columns


def _fetched(connection: Connection, statement: Any,
             parameters: dict[str, Any] | None) -> tuple[list[tuple[Any, ...]], Processors]:
    result = connection.execute(statement, parameters)
    try:
        cursor = result.cursor
        processors = column_processors(connection, statement, cursor.description)
        rows = cast("list[tuple[Any, ...]]", cursor.fetchall())
    finally:
        result.close()
    return rows, processors


@contextmanager
def streamed_rows(connection: Connection, statement: Any) -> Iterator[Iterable[tuple[Any, ...]]]:
    """The rows of :func:`plain_rows`, as the driver's cursor gives them one at a time when no
    column needs converting: a row let go once used is memory used again at once, instead of
    a hundred thousand rows held (and read back from far in memory) before the first is
    used."""
    result = connection.execute(statement)
    try:
        cursor = result.cursor
        processors = column_processors(connection, statement, cursor.description)
        if processors:
            yield converted(cast("list[tuple[Any, ...]]", cursor.fetchall()), processors)
        else:
            yield cast("Iterable[tuple[Any, ...]]", cursor)
    finally:
        result.close()


# -- statements built once, run on the driver's cursor -------------------------------------------
#
# ``connection.execute(statement)`` costs about 45 us a statement of SQLAlchemy's own work (the
# compiled form looked up by its cache key, the parameters processed, a result object made)
# before the driver is reached; the driver's ``execute`` costs 2 us.  A region's history runs four
# or five short statements, and that work was as much again as SQLite's.  A statement built once
# and kept (a module's shared statements, never one built for each call) is compiled once per
# dialect here; each run binds its values as SQLAlchemy would, on the driver's cursor.


@dataclass(frozen=True)
class Prepared:
    """A kept statement compiled for one dialect, and how its values reach the driver."""

    sql: str
    #: The parameters' names in the driver's order (positional: a name used twice is there
    #: twice), or each name once (named).
    names: tuple[str, ...]
    named: bool
    #: Each parameter's value as compiled: the statement's own literals (``topic = 'quality'``
    #: is a parameter too); the caller gives the others.
    fixed: Mapping[str, Any]
    #: The parameters the caller must give (a ``bindparam`` without a value).
    required: frozenset[str]
    #: (name, bind processor) of the parameters whose type converts a value for the dialect,
    #: each name once.
    processors: tuple[tuple[str, Callable[[Any], Any]], ...]

    def parameters(self, values: Mapping[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        missing = self.required.difference(values)
        if missing:  # as ``execute`` says it, rather than a NULL that finds nothing
            raise InvalidRequestError(
                f"A value is required for bind parameter {sorted(missing)[0]!r}")
        given = {**self.fixed, **values}
        for name, process in self.processors:
            given[name] = process(given[name])
        if self.named:
            return {name: given[name] for name in self.names}
        return tuple([given[name] for name in self.names])


@dataclass
class _Kept:
    """A kept statement (held, so that its id stays its own while it is cached), its
    :class:`Prepared`, and its result processors once a cursor has described its columns."""

    statement: Any
    prepared: Prepared
    result_processors: Processors | None = None


#: Per dialect, per kept statement (by identity).
_PREPARED: weakref.WeakKeyDictionary[Dialect, dict[int, _Kept]] = weakref.WeakKeyDictionary()
#: More kept statements than any module has: a caller passing statements built per call would
#: fill the cache, so it is emptied then (and the statements compiled again).
_PREPARED_LIMIT = 256


def _kept(dialect: Dialect, statement: Any) -> _Kept:
    """``statement`` (kept by its caller) compiled for ``dialect`` once."""
    cache = _PREPARED.setdefault(dialect, {})
    kept = cache.get(id(statement))
    if kept is not None and kept.statement is statement:
        return kept
    compiled = statement.compile(dialect=dialect)
    if compiled.post_compile_params or compiled.literal_execute_params or (
        compiled.escaped_bind_names
    ):
        # An expanding IN list, a value written into the text, a name the dialect must
        # rewrite: what SQLAlchemy does at execution, which the driver's cursor does not.
        raise ValueError("this statement needs SQLAlchemy's own execution (execute, plain_rows)")
    by_name = {name: bind for bind, name in compiled.bind_names.items()}
    names = tuple(compiled.positiontup) if compiled.positional else tuple(by_name)
    processors = tuple(
        (name, process)
        for name in dict.fromkeys(names)
        if (process := by_name[name].type.dialect_impl(dialect).bind_processor(dialect))
        is not None
    )
    found = Prepared(
        sql=compiled.string, names=names, named=not compiled.positional,
        fixed=MappingProxyType({name: by_name[name].effective_value for name in names}),
        required=frozenset(name for name in names if by_name[name].required),
        processors=processors,
    )
    if len(cache) >= _PREPARED_LIMIT:
        cache.clear()
    kept = cache[id(statement)] = _Kept(statement, found)
    return kept


def prepared_rows(connection: Connection, statement: Any,
                  values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """:func:`plain_rows` of a kept statement, run on the driver's cursor (see above)."""
    rows, processors = _run_prepared(connection, statement, values)
    return converted(rows, processors)


def prepared_columns(connection: Connection, statement: Any,
                     values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """:func:`plain_columns` of a kept statement, run on the driver's cursor (see above)."""
    return _as_columns(statement, *_run_prepared(connection, statement, values))


def _run_prepared(connection: Connection, statement: Any,
                  values: Mapping[str, Any]) -> tuple[list[tuple[Any, ...]], Processors]:
    dialect = connection.dialect
    kept = _kept(dialect, statement)
    p = kept.prepared
    parameters = p.parameters(values)
    dbapi_error = dialect.loaded_dbapi.Error
    cursor = None
    try:
        cursor = connection.connection.cursor()
        cursor.execute(p.sql, parameters)
        rows = cast("list[tuple[Any, ...]]", cursor.fetchall())
        if kept.result_processors is None:
            kept.result_processors = column_processors(connection, statement, cursor.description)
    except dbapi_error as exc:
        # The driver's error as SQLAlchemy's, as ``execute`` raises it (callers tell a busy
        # or unreachable diary by it); a lost server's connection is not used again.
        lost = dialect.is_disconnect(exc, connection.connection, cursor)
        _close_quietly(cursor, dbapi_error)
        cursor = None
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            p.sql, parameters, exc, dbapi_error, connection_invalidated=lost, dialect=dialect
        ) from exc
    finally:
        _close_quietly(cursor, dbapi_error)
    return rows, kept.result_processors


def _close_quietly(cursor: Any, dbapi_error: type[Exception]) -> None:
    """Close ``cursor`` (if any); a connection already closed or lost refuses, and that must
    not take the place of the error being raised."""
    if cursor is not None:
        with suppress(dbapi_error):
            cursor.close()
