"""The typed queries behind the physiotherapist's report (SQLAlchemy Core, both engines).

:func:`report_rows` gathers, for one person and either one episode or a period, the grouped rows
that :mod:`bodymap.report.model` folds into the report: per region and episode the peak
intensity, the mark kinds, the latest trigger-point state, the muscles, the pain qualities, the
period's marks (points with their coordinates, areas by their main region) and the therapy
outcomes.  Nothing here knows about pages or Qt.  Times are naive UTC; ``local`` columns are the
person's clock time, computed in Python from the stored offset (no engine's date arithmetic).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import case, func, null, select
from sqlalchemy.orm import Session, aliased

from bodymap.store.driver_rows import plain_rows, streamed_rows
from bodymap.store.history import therapy_outcome_statement
from bodymap.store.models import (
    Episode,
    Mark,
    MarkQuality,
    MarkRegion,
    RegionEpisodeTally,
    Therapy,
    TherapyUse,
)
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
    the database, the muscle of a referred area's trigger point joined), as the driver's
    tuples, and the rows are folded here into every section's figures (the table by region,
    the places of the map, the charts' series, the since-last-visit windows, the warnings'
    input): at fifty years a hundred thousand rows read once, instead of the mark-and-region
    join scanned by a query per section.  The pain qualities are summed from the
    ``region_episode_tally`` summary (the counts per episode, region and quality: a narrow
    index instead of the marks joined with their qualities)."""
    e, m, r = Episode.__table__, Mark.__table__, MarkRegion.__table__
    y = RegionEpisodeTally.__table__

    def scoped(query: Any) -> Any:
        return _scope(query, profile_id, start, end, episode_id)

    is_area = m.c.kind.in_(AREA_KINDS)
    # a point's coordinates, read by the database from its geometry (an area's is never
    # loaded here; decoding the JSON in Python cost more than the query).  Its type is not
    # read: a valid geometry is a point with coordinates or an area without them.
    if with_marks:
        shape: list[Any] = [
            case((is_area, None), else_=m.c.geometry["x"].as_float()),
            case((is_area, None), else_=m.c.geometry["y"].as_float()),
        ]
    else:
        shape = [null(), null()]
    source = aliased(m, name="source")

    def marks_q(by_place: bool) -> Any:
        """One row per mark and region (a mark without regions once), a mark's rows together,
        the marks in the report's order: by start, then place in the episode, then id.  In
        the order of the indexes (start, episode, mark id) the database does not sort them
        (about a seventh of the query); that is the same order unless two episodes started at the
        same time (``by_place`` is then asked for) or an episode's ids are not in the order of
        its places (bodymap's writers insert them so; the fold notices otherwise)."""
        order = ((e.c.started_at, m.c.position, m.c.id) if by_place
                 else (e.c.started_at, e.c.id, m.c.id))
        return scoped(
            select(m.c.id, m.c.episode_id, m.c.kind, m.c.view, m.c.intensity, m.c.tp_state,
                   m.c.spasm_kind, m.c.muscle_key, m.c.source_mark_id, *shape, r.c.region_id,
                   r.c.share, source.c.muscle_key, m.c.position)
            .select_from(m.join(e, e.c.id == m.c.episode_id)
                         .outerjoin(r, r.c.mark_id == m.c.id)
                         .outerjoin(source, source.c.id == m.c.source_mark_id))
            .order_by(*order)
        )

    tally = [y.c.profile_id == profile_id, y.c.topic == "quality"]
    if episode_id is not None:
        tally.append(y.c.episode_id == episode_id)
    qualities_q = within_range(
        select(y.c.region_id, y.c.quality, func.sum(y.c.n))
        .where(*tally)
        .group_by(y.c.region_id, y.c.quality),
        start, end, y.c.started_at,
    )
    with diary.session() as s:
        connection = s.connection()
        episodes = _summaries(s, profile_id, start, end, episode_id)
        by_place = _equal_starts(episodes)
        while True:
            try:
                with streamed_rows(connection, marks_q(by_place)) as mark_rows:
                    rows = _fold(episodes, mark_rows, with_marks, checked=not by_place)
                break
            except _OutOfPlace:
                by_place = True
        quality_rows = [(a, b, int(n)) for a, b, n in plain_rows(connection, qualities_q)]
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
    rows.qualities = quality_rows
    rows.therapies = therapies
    return rows


class _OutOfPlace(Exception):
    """An episode's marks read in the order of their ids are not in the order of their places."""


def _equal_starts(episodes: list[EpisodeSummary]) -> bool:
    """Whether two of the episodes (in their order: start, then id) started at the same time."""
    return any(a.started_at == b.started_at for a, b in zip(episodes, episodes[1:], strict=False))


def _fold(
    episodes: list[EpisodeSummary],
    mark_rows: Iterable[Any],
    with_marks: bool,
    *,
    checked: bool = False,
) -> ReportRows:
    """The figures of :class:`ReportRows` from the rows read once (one per mark and region,
    in the order of the marks), and the period's marks.  Fifty years are a hundred thousand
    rows: the loop does the least it can per row (one unpacking, a few dictionary look-ups,
    each mark's tuple made directly) and the rest per episode and per region."""
    started_of = {ep.episode_id: ep.started_at for ep in episodes}
    local_of = {ep.episode_id: ep.local_time for ep in episodes}
    # per region: (episode, peak, marks) of each episode touching it, in the rows' order, and
    # the table's figures (see _flush); an episode's own figures are gathered while its rows
    # last (region -> [peak, marks])
    region_episodes: dict[str, list[tuple[int, int, int]]] = {}
    totals: dict[str, list[Any]] = {}
    here: dict[str, list[int]] = {}
    here_eid = -1
    done: set[int] = set()
    mixed = False  # two episodes' rows came mixed (they started at the same time)
    # (region, kind, muscle, own muscle, state) -> marks
    combos: dict[tuple[str, str, str | None, str | None, str | None], int] = {}
    latest_tp: dict[str, tuple[datetime, int, str | None]] = {}
    marks: list[PeriodMark] = []
    append = marks.append
    make = tuple.__new__
    area_kinds = frozenset(AREA_KINDS)
    last = None
    count = 0
    muscle: str | None = None
    area = False
    # the region an area covers most (ties: the first id) so far, and its share
    main_region: str | None = None
    main_share = 0.0
    place = -1
    for (mid, eid, kind, view, intensity, state, spasm, key, src, x, y, region, share,
         source_muscle, position) in mark_rows:
        if mid != last:  # a mark's first row
            last = mid
            count += 1
            muscle = key if key is not None else source_muscle
            area = kind in area_kinds
            if area:
                main_region, main_share = region, share
            if with_marks:
                if area:
                    append(make(PeriodMark, (mid, kind, view, intensity, state, spasm, key, src,
                                             "area", None, None, region, source_muscle)))
                elif x is None:  # an area drawn for a kind usually marked as a point
                    append(make(PeriodMark, (mid, kind, view, intensity, state, spasm, key, src,
                                             "area", None, None, None, source_muscle)))
                else:
                    # (the database's CAST gives floats)
                    append(make(PeriodMark, (mid, kind, view, intensity, state, spasm, key, src,
                                             "point", x, y, None, source_muscle)))
            if eid != here_eid:  # the next episode's rows
                if here:
                    _flush(region_episodes, totals, here_eid, local_of[here_eid], here)
                here = {}
                done.add(here_eid)
                here_eid = eid
                mixed = mixed or eid in done
            elif checked and position < place:  # rows by id, not in their places' order
                raise _OutOfPlace
            place = position
        elif area and (share > main_share or (share == main_share and region < main_region)):
            main_region, main_share = region, share
            if with_marks:
                marks[-1] = marks[-1]._replace(main_region=region)
        if region is None:
            continue
        figures = here.get(region)
        if figures is None:
            here[region] = [intensity, 1]
        else:
            if intensity > figures[0]:
                figures[0] = intensity
            figures[1] += 1
        combo = (region, kind, muscle, key, state)
        combos[combo] = combos.get(combo, 0) + 1
        if kind == "trigger_point":
            # the state of the latest trigger point: by start, then mark id (the rows come
            # by start: a later start is a later trigger point)
            started = started_of[eid]
            held = latest_tp.get(region)
            if held is None or held[0] != started or held[1] < mid:
                latest_tp[region] = (started, mid, state)
    if here:
        _flush(region_episodes, totals, here_eid, local_of[here_eid], here)
    if mixed:  # an episode's figures came in more than one run: gathered again
        region_episodes = _merged(region_episodes)
        totals = {}
        again: dict[str, list[tuple[int, int, int]]] = {}
        for region, found in region_episodes.items():
            for eid, peak, n in found:
                _flush(again, totals, eid, local_of[eid], {region: [peak, n]})
    # in the order of ``episodes`` (start, then id): the order of the rows, unless two
    # episodes started at the same time; the latest episode's peak is the last one's
    if _equal_starts(episodes):
        position = {ep.episode_id: i for i, ep in enumerate(episodes)}
        for region, found in region_episodes.items():
            found.sort(key=lambda t: position[t[0]])
            totals[region][5] = found[-1][1]
    regions: list[tuple[str, int, int, int, datetime, datetime, int]] = [
        (region, *totals[region]) for region in sorted(totals)
    ]
    kinds: dict[tuple[str, str], int] = {}
    muscles: dict[tuple[str, str], int] = {}
    points: dict[str, list[tuple[str | None, str | None, int]]] = {}
    for (region, kind, with_source, own, state), n in combos.items():
        kinds[(region, kind)] = kinds.get((region, kind), 0) + n
        if with_source is not None:
            muscles[(region, with_source)] = muscles.get((region, with_source), 0) + n
        if kind == "trigger_point":
            points.setdefault(region, []).append((own, state, n))
    return ReportRows(
        totals=ReportTotals(
            len(episodes), count,
            episodes[0].started_at if episodes else None,
            episodes[-1].started_at if episodes else None,
        ),
        regions=regions,
        kinds=sorted((region, kind, n) for (region, kind), n in kinds.items()),
        tp_states=[(region, held[2]) for region, held in sorted(latest_tp.items())],
        muscles=sorted((region, key, n) for (region, key), n in muscles.items()),
        marks=marks,
        episodes=episodes,
        region_episodes=region_episodes,
        region_trigger_points=points,
    )


def _flush(region_episodes: dict[str, list[tuple[int, int, int]]], totals: dict[str, list[Any]],
           episode_id: int, local: datetime, figures: dict[str, list[int]]) -> None:
    """An episode's (peak, marks) per region, onto each region's list and into its figures of
    the table by region: [episodes, peak, sum of the episodes' peaks, first local time, last
    local time, the last episode's peak] (counted here, once per episode and region, rather
    than read again from the lists)."""
    for region, (peak, n) in figures.items():
        found = region_episodes.get(region)
        if found is None:
            region_episodes[region] = [(episode_id, peak, n)]
            totals[region] = [1, peak, peak, local, local, peak]
        else:
            found.append((episode_id, peak, n))
            held = totals[region]
            held[0] += 1
            if peak > held[1]:
                held[1] = peak
            held[2] += peak
            if local < held[3]:
                held[3] = local
            elif local > held[4]:
                held[4] = local
            held[5] = peak


def _merged(
    region_episodes: dict[str, list[tuple[int, int, int]]],
) -> dict[str, list[tuple[int, int, int]]]:
    """One (episode, peak, marks) per region and episode, when the rows of episodes that
    started at the same time came mixed (an episode's figures gathered in several runs)."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    for region, found in region_episodes.items():
        merged: dict[int, list[int]] = {}
        for eid, peak, n in found:
            held = merged.get(eid)
            if held is None:
                merged[eid] = [peak, n]
            else:
                held[0] = max(held[0], peak)
                held[1] += n
        out[region] = [(eid, peak, n) for eid, (peak, n) in merged.items()]
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
    # each episode's triggers in their order; the episodes in the order of the index (no sort)
    triggers_q = _scope(
        select(t.c.episode_id, t.c.trigger).select_from(t.join(e, e.c.id == t.c.episode_id))
        .order_by(e.c.started_at, e.c.id, t.c.position),
        profile_id, start, end, episode_id,
    )
    connection = s.connection()
    rows = plain_rows(connection, statement)
    by_episode: dict[int, list[str]] = {}
    for eid, trigger in plain_rows(connection, triggers_q):
        found = by_episode.get(eid)
        if found is None:
            by_episode[eid] = [trigger]
        else:
            found.append(trigger)
    # the driver's values are already the fields' types (integer columns, text); a tuple made
    # directly and one timedelta per clock offset: fifty years are eighteen thousand episodes
    make = tuple.__new__
    shifts: dict[int, timedelta] = {}
    out: list[EpisodeSummary] = []
    append = out.append
    for eid, started, offset, kind, intensity, fatigue, duration, notes in rows:
        shift = shifts.get(offset)
        if shift is None:
            shift = shifts[offset] = timedelta(minutes=offset)  # NOT NULL
        found = by_episode.get(eid)
        append(make(EpisodeSummary, (
            eid, started, started + shift, kind, intensity, fatigue, duration, notes or "",
            () if found is None else tuple(found), offset,
        )))
    return out


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
    history reads them (the ``"therapies"`` statement of ``region_queries``, made once)."""
    from bodymap.store.history import region_queries

    out: dict[str, list[tuple[Any, ...]]] = {}
    with diary.session() as s:
        run = s.connection().execute
        for region in dict.fromkeys(regions):
            statements, values = region_queries(profile_id, region, start, end)
            out[region] = [tuple(row) for row in run(statements["therapies"], values)]
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
    return started + timedelta(minutes=offset), regions
