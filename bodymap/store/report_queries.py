"""The typed queries behind the physiotherapist's report (SQLAlchemy Core, both engines).

:func:`report_rows` gathers, for one person and either one episode or a period, the grouped rows
that :mod:`bodymap.report.model` folds into the report: per region and episode the peak
intensity, the mark kinds, the latest trigger-point state, the muscles, the pain qualities, the
period's marks (points with their coordinates, areas by their main region) and the therapy
outcomes.  Nothing here knows about pages or Qt.  Times are naive UTC; ``local`` columns are the
person's clock time, computed in Python from the stored offset (no engine's date arithmetic).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import case, func, null, select
from sqlalchemy.orm import Session

from bodymap.store.history import therapy_outcome_statement
from bodymap.store.models import Episode, Mark, MarkQuality, MarkRegion, Therapy, TherapyUse
from bodymap.store.service import Diary, within_range

#: Mark kinds drawn as areas (their geometry is a long polygon list: never loaded for the
#: period map's grouping, only for the marks finally drawn).
AREA_KINDS = ("referred_area", "pain")


@dataclass(frozen=True)
class ReportTotals:
    episodes: int
    marks: int
    first_start: datetime | None  # naive UTC
    last_start: datetime | None


class PeriodMark(NamedTuple):
    """A mark of the period, enough to group it by place without loading its geometry (a
    tuple: a hundred thousand of them are made for fifty years)."""

    mark_id: int
    kind: str
    view: str
    intensity: int
    tp_state: str | None
    spasm_kind: str | None
    muscle_key: str | None
    source_mark_id: int | None
    geometry_type: str  # "point" or "area"
    x: float | None
    y: float | None
    main_region: str | None  # for an area: the region it covers most
    source_muscle: str | None  # for a referred area: its trigger point's muscle


@dataclass
class ReportRows:
    totals: ReportTotals
    #: per region: (region, episodes, peak, sum of the episodes' peaks, first local time, last
    #: local time, peak in the latest episode); an episode's peak of a region is the highest
    #: intensity of its marks there
    regions: list[tuple[str, int, int, int, datetime, datetime, int]] = field(
        default_factory=list)
    kinds: list[tuple[str, str, int]] = field(default_factory=list)
    tp_states: list[tuple[str, str | None]] = field(default_factory=list)
    muscles: list[tuple[str, str, int]] = field(default_factory=list)
    qualities: list[tuple[str, str, int]] = field(default_factory=list)
    marks: list[PeriodMark] = field(default_factory=list)  # oldest first
    therapies: list[tuple[Any, ...]] = field(default_factory=list)
    #: The episodes of the scope, oldest first (``started_at``, id), with their triggers.
    episodes: list[EpisodeSummary] = field(default_factory=list)
    #: per region: (episode id, peak there, marks there) of every episode touching it, in the
    #: order of :attr:`episodes`
    region_episodes: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)
    #: per region: (muscle key, state, count) of its trigger-point marks
    region_trigger_points: dict[str, list[tuple[str | None, str | None, int]]] = field(
        default_factory=dict)


def _scope(query: Any, profile_id: int, start: datetime | None, end: datetime | None,
           episode_id: int | None) -> Any:
    e = Episode.__table__
    query = query.where(e.c.profile_id == profile_id)
    if episode_id is not None:
        query = query.where(e.c.id == episode_id)
    return within_range(query, start, end, e.c.started_at)


def report_rows(
    diary: Diary,
    profile_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    episode_id: int | None = None,
    *,
    with_marks: bool = True,
    with_therapies: bool = True,
) -> ReportRows:
    """Every row the report needs, in one read transaction and one pass over the marks.

    The scope's episodes are read by one Core query (with their triggers), its marks with
    their regions by one more (a few columns: no area geometry, a point's coordinates read by
    the database), and the rows are folded here into every section's figures (the table by
    region, the places of the map, the charts' series, the since-last-visit windows, the
    warnings' input): at fifty years a hundred thousand rows read once, instead of the
    mark-and-region join scanned by a query per section.  The pain qualities are counted by
    the database (a GROUP BY is cheaper than reading their rows)."""
    e, m, r, q = Episode.__table__, Mark.__table__, MarkRegion.__table__, MarkQuality.__table__

    def scoped(query: Any) -> Any:
        return _scope(query, profile_id, start, end, episode_id)

    is_area = m.c.kind.in_(AREA_KINDS)
    # a point's type and coordinates, read by the database from its geometry (an area's is
    # never loaded here; decoding the JSON in Python cost more than the query)
    if with_marks:
        shape: list[Any] = [
            case((is_area, None), else_=m.c.geometry["type"].as_string()),
            case((is_area, None), else_=m.c.geometry["x"].as_float()),
            case((is_area, None), else_=m.c.geometry["y"].as_float()),
        ]
    else:
        shape = [null(), null(), null()]
    # one row per mark and region (a mark without regions once), a mark's rows together
    marks_q = scoped(
        select(m.c.id, m.c.episode_id, m.c.kind, m.c.view, m.c.intensity, m.c.tp_state,
               m.c.spasm_kind, m.c.muscle_key, m.c.source_mark_id, *shape, r.c.region_id,
               r.c.share)
        .select_from(m.join(e, e.c.id == m.c.episode_id)
                     .outerjoin(r, r.c.mark_id == m.c.id))
        .order_by(e.c.started_at, m.c.position, m.c.id)
    )
    qualities_q = scoped(
        select(r.c.region_id, q.c.quality, func.count())
        .select_from(r.join(m, m.c.id == r.c.mark_id).join(e, e.c.id == m.c.episode_id)
                     .join(q, q.c.mark_id == m.c.id))
        .group_by(r.c.region_id, q.c.quality)
    )
    with diary.session() as s:
        episodes = _summaries(s, profile_id, start, end, episode_id)
        mark_rows = s.execute(marks_q).all()
        quality_rows = [(a, b, int(n)) for a, b, n in s.execute(qualities_q)]
        muscle_of: dict[int, str | None] = {row[0]: row[7] for row in mark_rows}
        # the trigger point of a referred area outside the scope (a source is in the same
        # episode when saved; an imported or older diary may differ)
        missing = sorted({row[8] for row in mark_rows
                          if row[8] is not None and row[8] not in muscle_of})
        for chunk in range(0, len(missing), 500):  # under every engine's parameter limit
            ids = missing[chunk:chunk + 500]
            for mid, key in s.execute(select(m.c.id, m.c.muscle_key).where(m.c.id.in_(ids))):
                muscle_of[mid] = key
        therapies: list[tuple[Any, ...]] = []
        if with_therapies:
            u, t = TherapyUse.__table__, Therapy.__table__
            where: list[Any] = [u.c.profile_id == profile_id]
            if episode_id is not None:
                where.append(u.c.episode_id == episode_id)
            therapies = [tuple(row) for row in s.execute(
                therapy_outcome_statement(
                    select_from=u.join(t, t.c.id == u.c.therapy_id),
                    where=where, start=start, end=end,
                )
            )]
    rows = _fold(episodes, mark_rows, muscle_of, with_marks)
    rows.qualities = quality_rows
    rows.therapies = therapies
    return rows


def _fold(
    episodes: list[EpisodeSummary],
    mark_rows: Sequence[Any],
    muscle_of: dict[int, str | None],
    with_marks: bool,
) -> ReportRows:
    """The figures of :class:`ReportRows` from the rows read once (one per mark and region,
    in the order of the marks).  Fifty years are a hundred thousand rows: the loop does the
    least it can per row and the rest per region."""
    started_of = {ep.episode_id: ep.started_at for ep in episodes}
    # (region, episode) -> [peak, marks]; (region, kind, muscle, own muscle, state) -> marks
    touched: dict[tuple[str, int], list[int]] = {}
    combos: Counter[tuple[str, str, str | None, str | None, str | None]] = Counter()
    latest_tp: dict[str, tuple[datetime, int, str | None]] = {}
    main: dict[int, tuple[float, str]] = {}
    marks: list[Any] = []
    area_kinds = frozenset(AREA_KINDS)
    last = None
    muscle: str | None = None
    for row in mark_rows:
        mid, eid, kind, _view, intensity, state, _spasm, key, src, _t, _x, _y, region, share = row
        if mid != last:  # a mark's first row
            last = mid
            marks.append(row)
            muscle = key if key is not None or src is None else muscle_of.get(src)
        if region is None:
            continue
        figures = touched.get((region, eid))
        if figures is None:
            touched[(region, eid)] = [intensity, 1]
        else:
            if intensity > figures[0]:
                figures[0] = intensity
            figures[1] += 1
        combos[(region, kind, muscle, key, state)] += 1
        if kind == "trigger_point":
            # the state of the latest trigger point: by start, then mark id
            started = started_of[eid]
            held = latest_tp.get(region)
            if held is None or (started, mid) > held[:2]:
                latest_tp[region] = (started, mid, state)
        elif kind in area_kinds:  # the region an area covers most (ties: the first id)
            best = main.get(mid)
            if best is None or share > best[0] or (share == best[0] and region < best[1]):
                main[mid] = (share, region)

    region_episodes: dict[str, list[tuple[int, int, int]]] = {}
    for (region, eid), (peak, count) in touched.items():
        found = region_episodes.get(region)
        if found is None:
            region_episodes[region] = [(eid, peak, count)]
        else:
            found.append((eid, peak, count))
    # in the order of ``episodes`` (start, then id): the order of the rows, unless two
    # episodes started at the same time
    if any(a.started_at == b.started_at for a, b in zip(episodes, episodes[1:], strict=False)):
        position = {ep.episode_id: i for i, ep in enumerate(episodes)}
        for found in region_episodes.values():
            found.sort(key=lambda t: position[t[0]])
    local_of = {ep.episode_id: ep.local_time for ep in episodes}
    regions: list[tuple[str, int, int, int, datetime, datetime, int]] = []
    for region in sorted(region_episodes):
        found = region_episodes[region]
        peaks = [peak for _eid, peak, _n in found]
        local = [local_of[eid] for eid, _peak, _n in found]
        # the latest episode is the last one
        regions.append((region, len(found), max(peaks), sum(peaks), min(local), max(local),
                        peaks[-1]))
    kinds: Counter[tuple[str, str]] = Counter()
    muscles: Counter[tuple[str, str]] = Counter()
    points: dict[str, list[tuple[str | None, str | None, int]]] = {}
    for (region, kind, with_source, own, state), n in combos.items():
        kinds[(region, kind)] += n
        if with_source is not None:
            muscles[(region, with_source)] += n
        if kind == "trigger_point":
            points.setdefault(region, []).append((own, state, n))
    rows = ReportRows(
        totals=ReportTotals(
            len(episodes), len(marks),
            episodes[0].started_at if episodes else None,
            episodes[-1].started_at if episodes else None,
        ),
        regions=regions,
        kinds=sorted((region, kind, n) for (region, kind), n in kinds.items()),
        tp_states=[(region, held[2]) for region, held in sorted(latest_tp.items())],
        muscles=sorted((region, key, n) for (region, key), n in muscles.items()),
        episodes=episodes,
        region_episodes=region_episodes,
        region_trigger_points=points,
    )
    if with_marks:
        rows.marks = _period_marks(marks, main, muscle_of)
    return rows


def _period_marks(marks: list[Any], main: dict[int, tuple[float, str]],
                  muscle_of: dict[int, str | None]) -> list[PeriodMark]:
    """A :class:`PeriodMark` per mark's first row; written as one loop with the tuples made
    directly (``tuple.__new__``), since fifty years are a hundred thousand of them."""
    area_kinds = frozenset(AREA_KINDS)
    make = tuple.__new__
    out: list[PeriodMark] = []
    append = out.append
    for row in marks:
        mid, _eid, kind, view, intensity, state, spasm, muscle, src, gtype, x, y = row[:12]
        if kind in area_kinds:
            best = main.get(mid)
            shape, main_region = "area", (None if best is None else best[1])
        else:
            shape, main_region = str(gtype or "point"), None
        append(make(PeriodMark, (
            mid, kind, view, int(intensity), state, spasm, muscle, src, shape,
            None if x is None else float(x), None if y is None else float(y),
            main_region, muscle_of.get(src) if src else None,
        )))
    return out


def mark_geometries(diary: Diary, mark_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The geometry of the given marks (the few the period map finally draws)."""
    out: dict[int, dict[str, Any]] = {}
    with diary.session() as s:
        for chunk in range(0, len(mark_ids), 500):  # under every engine's parameter limit
            ids = mark_ids[chunk:chunk + 500]
            for mid, geometry in s.execute(
                select(Mark.id, Mark.geometry).where(Mark.id.in_(ids))
            ):
                out[mid] = geometry
    return out


@dataclass
class EpisodeMarks:
    """What an episode's marks touched, for rules that look at one episode at a time."""

    started_at: datetime  # naive UTC
    utc_offset_minutes: int
    regions: list[str] = field(default_factory=list)
    qualities: list[str] = field(default_factory=list)


def episode_marks(
    diary: Diary,
    profile_id: int,
    start: datetime | None,
    end: datetime | None,
    episode_id: int | None,
    *,
    region_filter: Callable[[str], bool] | None = None,
    with_qualities: bool = True,
) -> dict[int, EpisodeMarks]:
    """Per episode with marks: the regions its marks touch and their pain qualities.

    ``region_filter``: keep only the regions it accepts (and only the episodes with one of them),
    e.g. the regions some rule reads; ``with_qualities=False`` leaves the qualities empty."""
    e, m, r, q = Episode.__table__, Mark.__table__, MarkRegion.__table__, MarkQuality.__table__
    out: dict[int, EpisodeMarks] = {}
    with diary.session() as s:
        marked = e.join(m, m.c.episode_id == e.c.id).join(r, r.c.mark_id == m.c.id)
        regions_q = _scope(select(e.c.id, r.c.region_id).select_from(marked),
                           profile_id, start, end, episode_id)
        if region_filter is not None:
            # the region ids in use are a few hundred at most: choose them here, exactly
            used = s.scalars(select(r.c.region_id).distinct()).all()
            keep = [x for x in used if region_filter(x)]
            # "|| ''": SQLite would probe its (mark_id, region_id) index once per listed region
            # and mark, three times slower than testing each row
            regions_q = regions_q.where((r.c.region_id + "").in_(keep))
        region_rows = s.execute(regions_q).all()
        # each episode's time once (a time is parsed per row, slow on SQLite), only for the
        # episodes found
        times_q = _scope(
            select(e.c.id, e.c.started_at, e.c.utc_offset_minutes),
            profile_id, start, end, episode_id,
        )
        found_ids = sorted({eid for eid, _r in region_rows})
        if len(found_ids) < 500:  # under every engine's parameter limit; else all of them
            times_q = times_q.where(e.c.id.in_(found_ids))
        times = {eid: (started, offset) for eid, started, offset in s.execute(times_q)}
        for eid, region in region_rows:
            found = out.get(eid)
            if found is None:
                found = out[eid] = EpisodeMarks(*times[eid])
            found.regions.append(region)
        if with_qualities and out:
            quality_rows = s.execute(_scope(
                select(e.c.id, q.c.quality)
                .select_from(e.join(m, m.c.episode_id == e.c.id).join(q, q.c.mark_id == m.c.id)),
                profile_id, start, end, episode_id,
            ))
            for eid, quality in quality_rows:
                if eid in out:
                    out[eid].qualities.append(quality)
    return out


class EpisodeSummary(NamedTuple):
    """One episode of the period, for the overall pain and fatigue, triggers, durations and the
    person's notes (no marks).  A tuple: fifty years make eighteen thousand of them."""

    episode_id: int
    started_at: datetime  # naive UTC
    local_time: datetime  # the person's clock time (naive)
    kind: str
    intensity: int | None
    fatigue: int | None
    duration_minutes: int | None
    notes: str
    triggers: tuple[str, ...] = ()
    utc_offset_minutes: int = 0


def episode_summaries(
    diary: Diary,
    profile_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    episode_id: int | None = None,
) -> list[EpisodeSummary]:
    """The episodes of the period (or the one episode), oldest first, with their triggers."""
    with diary.session() as s:
        return _summaries(s, profile_id, start, end, episode_id)


def _summaries(s: Session, profile_id: int, start: datetime | None, end: datetime | None,
               episode_id: int | None) -> list[EpisodeSummary]:
    from bodymap.store.models import EpisodeTrigger

    e, t = Episode.__table__, EpisodeTrigger.__table__
    statement = _scope(
        select(e.c.id, e.c.started_at, e.c.utc_offset_minutes, e.c.kind, e.c.intensity,
               e.c.fatigue, e.c.duration_minutes, e.c.notes)
        .order_by(e.c.started_at, e.c.id),
        profile_id, start, end, episode_id,
    )
    triggers_q = _scope(
        select(t.c.episode_id, t.c.trigger).select_from(t.join(e, e.c.id == t.c.episode_id))
        .order_by(t.c.episode_id, t.c.position),
        profile_id, start, end, episode_id,
    )
    rows = s.execute(statement).all()
    by_episode: dict[int, list[str]] = {}
    for eid, trigger in s.execute(triggers_q):
        by_episode.setdefault(eid, []).append(str(trigger))
    return [
        EpisodeSummary(
            episode_id=eid, started_at=started,
            local_time=started + timedelta(minutes=offset or 0), kind=str(kind),
            intensity=None if intensity is None else int(intensity),
            fatigue=None if fatigue is None else int(fatigue),
            duration_minutes=None if duration is None else int(duration),
            notes=notes or "", triggers=tuple(by_episode.get(eid, ())),
            utc_offset_minutes=int(offset or 0),
        )
        for eid, started, offset, kind, intensity, fatigue, duration, notes in rows
    ]


def full_marks(diary: Diary, mark_ids: list[int]) -> tuple[dict[int, Any], dict[str, int]]:
    """The records (``MarkRecord``, every body-chart field) of the given marks, by id, and the
    id of every mark those records point at by uuid (``source_uuid``, ``brought_on_by``)."""
    from sqlalchemy.orm import selectinload

    from bodymap.store.service import _mark_record

    out: dict[int, Any] = {}
    uuid_by_id: dict[int, str] = {}
    with diary.session() as s:
        for chunk in range(0, len(mark_ids), 500):
            ids = mark_ids[chunk:chunk + 500]
            marks = s.scalars(
                select(Mark).where(Mark.id.in_(ids))
                .options(selectinload(Mark.regions), selectinload(Mark.quality_rows),
                         selectinload(Mark.factor_rows))
            ).all()
            linked: set[int] = {m.source_mark_id for m in marks if m.source_mark_id}
            linked |= {m.brought_on_by_id for m in marks if m.brought_on_by_id}
            if linked:
                for mid, uuid in s.execute(select(Mark.id, Mark.uuid).where(Mark.id.in_(linked))):
                    uuid_by_id[mid] = uuid
            for m in marks:
                uuid_by_id[m.id] = m.uuid
            for m in marks:
                out[m.id] = _mark_record(m, uuid_by_id)
    return out, {uuid: mid for mid, uuid in uuid_by_id.items()}


def region_therapy_rows(
    diary: Diary, profile_id: int, regions: Sequence[str], start: datetime | None,
    end: datetime | None,
) -> dict[str, list[tuple[Any, ...]]]:
    """Per region: the therapy-outcome rows of the uses on it in [start, end), as a region's
    history reads them (``region_statements(...)["therapies"]``)."""
    from bodymap.store.history import region_statements

    out: dict[str, list[tuple[Any, ...]]] = {}
    with diary.session() as s:
        for region in dict.fromkeys(regions):
            statement = region_statements(profile_id, region, start, end)["therapies"]
            out[region] = [tuple(row) for row in s.execute(statement)]
    return out


def latest_cleared_regions(
    diary: Diary, profile_id: int, start: datetime | None, end: datetime | None
) -> tuple[datetime, list[str]] | None:
    """The person's clock time and the cleared regions (ticks) of the latest episode of the
    period that ticked any; None when none did."""
    from bodymap.store.models import EpisodeClearedRegion

    e, c = Episode.__table__, EpisodeClearedRegion.__table__
    latest = _scope(
        select(e.c.id, e.c.started_at, e.c.utc_offset_minutes)
        .select_from(e.join(c, c.c.episode_id == e.c.id))
        .order_by(e.c.started_at.desc(), e.c.id.desc())
        .limit(1),
        profile_id, start, end, None,
    )
    with diary.session() as s:
        row = s.execute(latest).first()
        if row is None:
            return None
        eid, started, offset = row
        regions = [r for (r,) in s.execute(
            select(c.c.region_id).where(c.c.episode_id == eid).order_by(c.c.region_id))]
    return started + timedelta(minutes=offset or 0), regions
