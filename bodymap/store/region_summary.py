"""The ``region_episode`` summary: one row per episode and region its marks touch.

It holds nothing new (copies of the episode's person, start, offset, kind and intensity; the
highest intensity and the number of its marks in the region), so a region's history and the
heat map read one narrow index instead of walking every mark of fifty years.  To keep it from ever going stale there is one way in:

* :func:`refresh` recomputes the rows of the given episodes *from their marks, in the database*
  (``region_episode`` and ``region_episode_tally``: the qualities and trigger points there),
  in the caller's transaction.  Every writer of episodes or marks calls it before committing:
  ``Diary.save_episode`` (new, edited, undone) and the bulk writer (``bulk.write_episodes``:
  import, sample diary).  A delete needs nothing: the rows go with their episode (ON DELETE
  CASCADE), and with it a person's.
* :func:`differences` compares the table with the same computation over the raw rows (the
  tests run it after every kind of change, on both engines).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from functools import cache
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    literal,
    null,
    select,
)
from sqlalchemy.orm import Session

from bodymap.store.models import (
    Episode,
    Mark,
    MarkQuality,
    MarkRegion,
    RegionEpisode,
    RegionEpisodeTally,
)

_SUMMARY: Table = RegionEpisode.__table__  # type: ignore[assignment]
_TALLY: Table = RegionEpisodeTally.__table__  # type: ignore[assignment]
_COLUMNS = (
    "episode_id", "region_id", "profile_id", "started_at", "utc_offset_minutes", "kind",
    "intensity", "peak", "marks",
)
_TALLY_COLUMNS = (
    "episode_id", "region_id", "profile_id", "started_at", "topic", "quality", "muscle_key",
    "tp_state", "n",
)
#: Episodes per statement (a bound parameter each; well inside every engine's limit).
_BATCH = 500


def _rows_statement(among: Callable[[Any], Any] | None) -> Any:
    """The select of :func:`raw_rows`; ``among(episode id column)`` is the episodes' filter."""
    e, m, r = Episode.__table__, Mark.__table__, MarkRegion.__table__
    keys = (
        e.c.id, r.c.region_id, e.c.profile_id, e.c.started_at, e.c.utc_offset_minutes, e.c.kind,
        e.c.intensity,
    )
    statement = (
        select(*keys, func.max(m.c.intensity), func.count())
        .select_from(e.join(m, m.c.episode_id == e.c.id).join(r, r.c.mark_id == m.c.id))
        .group_by(*keys)
    )
    if among is not None:
        statement = statement.where(among(e.c.id))
    return statement


def _tally_statements(among: Callable[[Any], Any] | None) -> list[Any]:
    """The selects of :func:`raw_tallies`, filtered as in :func:`_rows_statement`."""
    e, m, r, q = Episode.__table__, Mark.__table__, MarkRegion.__table__, MarkQuality.__table__
    here = e.join(m, m.c.episode_id == e.c.id).join(r, r.c.mark_id == m.c.id)
    keys = (e.c.id, r.c.region_id, e.c.profile_id, e.c.started_at)
    qualities = (
        select(
            *keys, literal("quality", String(16)), q.c.quality, null(), null(), func.count()
        )
        .select_from(here.join(q, q.c.mark_id == m.c.id))
        .group_by(*keys, q.c.quality)
    )
    trigger_points = (
        select(
            *keys, literal("trigger_point", String(16)), null(), m.c.muscle_key, m.c.tp_state,
            func.count(),
        )
        .select_from(here)
        .where(m.c.kind == "trigger_point")
        .group_by(*keys, m.c.muscle_key, m.c.tp_state)
    )
    if among is not None:
        qualities, trigger_points = qualities.where(among(e.c.id)), trigger_points.where(among(e.c.id))
    return [qualities, trigger_points]


def _among(episode_ids: Collection[int]) -> Callable[[Any], Any]:
    """The filter ``column IN (episode_ids)``."""
    ids = list(episode_ids)

    def among(column: Any) -> Any:
        return column.in_(ids)

    return among


def _in(episode_ids: Collection[int] | None) -> Callable[[Any], Any] | None:
    return None if episode_ids is None else _among(episode_ids)


def raw_rows(episode_ids: Collection[int] | None = None) -> Any:
    """The summary's rows worked out from episode -> mark -> mark_region (all episodes, or the
    given ones), in the order of :data:`_COLUMNS`."""
    return _rows_statement(_in(episode_ids))


def raw_tallies(episode_ids: Collection[int] | None = None) -> list[Any]:
    """The tally's rows worked out from the marks, in the order of :data:`_TALLY_COLUMNS`: one
    statement for the qualities, one for the trigger points."""
    return _tally_statements(_in(episode_ids))


def _statements(among: Callable[[Any], Any]) -> list[Any]:
    """What :func:`refresh` runs for the episodes ``among`` picks: out with their rows, in
    with the rows worked out again."""
    return [
        delete(_SUMMARY).where(among(_SUMMARY.c.episode_id)),
        insert(_SUMMARY).from_select(list(_COLUMNS), _rows_statement(among)),
        delete(_TALLY).where(among(_TALLY.c.episode_id)),
        *(
            insert(_TALLY).from_select(list(_TALLY_COLUMNS), statement)
            for statement in _tally_statements(among)
        ),
    ]


@cache
def _statements_between(new: bool = False) -> list[Any]:
    """:func:`_statements` of the episodes with ids from ``:first`` to ``:last``, built once
    (building and compiling them for every batch of an import was a fifth of the summary's
    time); ``new``: without the deletes (see :func:`refresh`)."""
    first, last = bindparam("first", type_=Integer), bindparam("last", type_=Integer)
    statements = _statements(lambda column: column.between(first, last))
    return [s for s in statements if not (new and s.is_delete)]


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    """Sorted, distinct ``ids`` as runs of consecutive ids, ``(first, last)``."""
    runs: list[tuple[int, int]] = []
    first = last = ids[0]
    for i in ids[1:]:
        if i != last + 1:
            runs.append((first, last))
            first = i
        last = i
    runs.append((first, last))
    return runs


def refresh(session: Session, episode_ids: Iterable[int], *, new: bool = False) -> None:
    """Recompute the summary rows of ``episode_ids`` from their marks (in this transaction).

    Call it after the episodes and their marks are written (flushed), whatever changed: new
    episode, new time, person, marks or intensities.  An id with no episode any more leaves no
    row.  ``new``: the episodes were inserted in this transaction (the bulk writer), so no row
    of theirs can be there yet (a deleted episode's rows went with it) and the deletes are not
    run.
    """
    ids = sorted(set(episode_ids))
    if not ids:
        return
    session.flush()
    runs = _runs(ids)
    if len(runs) == 1 or len(runs) * 4 <= len(ids):
        # Ids one after another (a bulk write numbers its episodes so; one saved episode is a
        # run of one): a range per run, in statements built once.
        connection = session.connection()
        for first, last in runs:
            for statement in _statements_between(new):
                connection.execute(statement, {"first": first, "last": last})
        return
    for start in range(0, len(ids), _BATCH):
        for statement in _statements(_among(ids[start : start + _BATCH])):
            if not (new and statement.is_delete):
                session.execute(statement)


def differences(session: Session) -> list[tuple[str, str, tuple[Any, ...]]]:
    """Rows where the summary tables and the raw computation disagree: (table, "missing", row)
    for a row a table lacks or holds otherwise, (table, "extra", row) for one it should not
    hold.  Empty when both tables are exactly what the marks say."""
    out: list[tuple[str, str, tuple[Any, ...]]] = []
    checks = [
        (_SUMMARY, _COLUMNS, [raw_rows()]),
        (_TALLY, _TALLY_COLUMNS, raw_tallies()),
    ]
    for table, columns, statements in checks:
        stored = Counter(
            tuple(row) for row in session.execute(select(*(table.c[c] for c in columns)))
        )
        expected: Counter[tuple[Any, ...]] = Counter()
        for statement in statements:
            expected.update(tuple(row) for row in session.execute(statement))
        out += [(table.name, "missing", row) for row in (expected - stored).elements()]
        out += [(table.name, "extra", row) for row in (stored - expected).elements()]
    return sorted(out, key=repr)
