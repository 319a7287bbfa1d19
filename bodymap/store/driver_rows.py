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

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy.engine import Connection

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
    rows, processors = _fetched(connection, statement, parameters)
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
