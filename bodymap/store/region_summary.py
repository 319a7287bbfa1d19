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
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import String, Table, delete, func, insert, literal, null, select
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


def raw_rows(episode_ids: Collection[int] | None = None) -> Any:
    """The summary's rows worked out from episode -> mark -> mark_region (all episodes, or the
    given ones), in the order of :data:`_COLUMNS`."""
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
    if episode_ids is not None:
        statement = statement.where(e.c.id.in_(list(episode_ids)))
    return statement


def raw_tallies(episode_ids: Collection[int] | None = None) -> list[Any]:
    """The tally's rows worked out from the marks, in the order of :data:`_TALLY_COLUMNS`: one
    statement for the qualities, one for the trigger points."""
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
    if episode_ids is not None:
        wanted = e.c.id.in_(list(episode_ids))
        qualities, trigger_points = qualities.where(wanted), trigger_points.where(wanted)
    return [qualities, trigger_points]


def refresh(session: Session, episode_ids: Iterable[int]) -> None:
    """Recompute the summary rows of ``episode_ids`` from their marks (in this transaction).

    Call it after the episodes and their marks are written (flushed), whatever changed: new
    episode, new time, person, marks or intensities.  An id with no episode any more leaves no
    row.
    """
    ids = sorted(set(episode_ids))
    if not ids:
        return
    session.flush()
    for start in range(0, len(ids), _BATCH):
        part = ids[start : start + _BATCH]
        session.execute(delete(_SUMMARY).where(_SUMMARY.c.episode_id.in_(part)))
        session.execute(insert(_SUMMARY).from_select(list(_COLUMNS), raw_rows(part)))
        session.execute(delete(_TALLY).where(_TALLY.c.episode_id.in_(part)))
        for statement in raw_tallies(part):
            session.execute(insert(_TALLY).from_select(list(_TALLY_COLUMNS), statement))


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
