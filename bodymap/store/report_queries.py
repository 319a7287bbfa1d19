"""The typed queries behind the physiotherapist's report (SQLAlchemy Core, both engines).

:func:`report_rows` gathers, for one person and either one episode or a period, the grouped rows
that :mod:`bodymap.report.model` folds into the report: per region and episode the peak
intensity, the mark kinds, the latest trigger-point state, the muscles, the pain qualities, the
period's marks (points with their coordinates, areas by their main region) and the therapy
outcomes.  Nothing here knows about pages or Qt.  Times are naive UTC; ``local`` columns are the
person's clock time, computed in Python from the stored offset (no engine's date arithmetic).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, String, case, distinct, func, select, type_coerce
from sqlalchemy.orm import aliased

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


@dataclass(frozen=True)
class PeriodMark:
    """A mark of the period, enough to group it by place without loading its geometry."""

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
    """Every grouped row the report needs, in one read transaction."""
    e, m, r, q = Episode.__table__, Mark.__table__, MarkRegion.__table__, MarkQuality.__table__
    joined = r.join(m, m.c.id == r.c.mark_id).join(e, e.c.id == m.c.episode_id)

    def scoped(query: Any) -> Any:
        return _scope(query, profile_id, start, end, episode_id)

    totals_q = scoped(
        select(
            func.count(distinct(e.c.id)), func.count(m.c.id),
            func.min(e.c.started_at), func.max(e.c.started_at),
        ).select_from(e.outerjoin(m, m.c.episode_id == e.c.id))
    )
    per_episode = scoped(
        select(r.c.region_id.label("region_id"), m.c.episode_id.label("episode_id"),
               e.c.started_at.label("started_at"), e.c.utc_offset_minutes.label("offset"),
               func.max(m.c.intensity).label("peak"),
               func.row_number().over(
                   partition_by=r.c.region_id,
                   order_by=(e.c.started_at.desc(), m.c.episode_id.desc()),
               ).label("rn"))
        .select_from(joined)
        .group_by(r.c.region_id, m.c.episode_id, e.c.started_at, e.c.utc_offset_minutes)
    ).subquery("per_episode")
    # folded in the database per region and clock offset (within one offset the local order
    # is the UTC order), the offsets in Python: no engine's date arithmetic; the latest
    # episode's peak sits in one of the groups
    regions_q = select(
        per_episode.c.region_id, per_episode.c.offset, func.count(),
        func.max(per_episode.c.peak), func.sum(per_episode.c.peak),
        func.min(per_episode.c.started_at), func.max(per_episode.c.started_at),
        func.max(case((per_episode.c.rn == 1, per_episode.c.peak), else_=None)),
    ).group_by(per_episode.c.region_id, per_episode.c.offset)
    kinds_q = scoped(
        select(r.c.region_id, m.c.kind, func.count()).select_from(joined)
        .group_by(r.c.region_id, m.c.kind)
    )
    ranked = scoped(
        select(
            r.c.region_id.label("region_id"),
            m.c.tp_state.label("tp_state"),
            func.row_number().over(
                partition_by=r.c.region_id, order_by=(e.c.started_at.desc(), m.c.id.desc())
            ).label("rn"),
        )
        .select_from(joined)
        .where(m.c.kind == "trigger_point")
    ).subquery("ranked")
    states_q = select(ranked.c.region_id, ranked.c.tp_state).where(ranked.c.rn == 1)
    source = aliased(Mark.__table__, name="source")
    muscle = func.coalesce(m.c.muscle_key, source.c.muscle_key)
    muscles_q = scoped(
        select(r.c.region_id, muscle, func.count())
        .select_from(joined.outerjoin(source, source.c.id == m.c.source_mark_id))
        .where(muscle.is_not(None))
        .group_by(r.c.region_id, muscle)
    )
    qualities_q = scoped(
        select(r.c.region_id, q.c.quality, func.count())
        .select_from(joined.join(q, q.c.mark_id == m.c.id))
        .group_by(r.c.region_id, q.c.quality)
    )
    with diary.session() as s:
        first, count_marks, lo, hi = s.execute(totals_q).one()
        rows = ReportRows(
            totals=ReportTotals(int(first or 0), int(count_marks or 0), lo, hi),
            regions=_region_totals(s.execute(regions_q)),
            kinds=[(a, b, int(n)) for a, b, n in s.execute(kinds_q)],
            tp_states=[(a, b) for a, b in s.execute(states_q)],
            muscles=[(a, b, int(n)) for a, b, n in s.execute(muscles_q)],
            qualities=[(a, b, int(n)) for a, b, n in s.execute(qualities_q)],
        )
        if with_marks:
            rows.marks = [_period_mark(row) for row in s.execute(_marks_statement(scoped))]
        if with_therapies:
            u, t = TherapyUse.__table__, Therapy.__table__
            where: list[Any] = [u.c.profile_id == profile_id]
            if episode_id is not None:
                where.append(u.c.episode_id == episode_id)
            rows.therapies = list(
                s.execute(
                    therapy_outcome_statement(
                        select_from=u.join(t, t.c.id == u.c.therapy_id),
                        where=where, start=start, end=end,
                    )
                ).all()
            )
    return rows


def _region_totals(
    groups: Iterable[Any],
) -> list[tuple[str, int, int, int, datetime, datetime, int]]:
    """Per region, from its (region, offset, episodes, peak, sum, first UTC, last UTC, latest
    peak or None) groups: the figures of :attr:`ReportRows.regions`, by region id."""
    latest_peak: dict[str, int] = {}
    folded: dict[str, list[Any]] = {}
    for region, offset, episodes, peak, total, lo, hi, latest in groups:
        if latest is not None:
            latest_peak[region] = int(latest)
        first = lo + timedelta(minutes=offset)
        last = hi + timedelta(minutes=offset)
        f = folded.get(region)
        if f is None:
            folded[region] = [int(episodes), int(peak), int(total), first, last]
            continue
        f[0] += int(episodes)
        f[1] = max(f[1], int(peak))
        f[2] += int(total)
        f[3] = min(f[3], first)
        f[4] = max(f[4], last)
    return [(region, *folded[region], latest_peak[region])
            for region in sorted(folded)]


def _marks_statement(scoped: Any) -> Select[Any]:
    e, m, r = Episode.__table__, Mark.__table__, MarkRegion.__table__
    source = aliased(Mark.__table__, name="source")
    is_area = m.c.kind.in_(AREA_KINDS)
    main_region = (
        select(r.c.region_id)
        .where(r.c.mark_id == m.c.id)
        .order_by(r.c.share.desc(), r.c.region_id)
        .limit(1)
        .scalar_subquery()
    )
    statement: Select[Any] = scoped(
        select(
            m.c.id, m.c.kind, m.c.view, m.c.intensity, m.c.tp_state, m.c.spasm_kind,
            m.c.muscle_key, m.c.source_mark_id,
            # a point's geometry is a few bytes; an area's is never loaded here.  As text:
            # decoded below (SQLAlchemy's JSON result processing costs more than the query;
            # PostgreSQL's driver hands a dict already)
            type_coerce(case((is_area, None), else_=m.c.geometry), String).label("point"),
            case((is_area, main_region), else_=None).label("main_region"),
            source.c.muscle_key,
        )
        .select_from(
            m.join(e, e.c.id == m.c.episode_id)
            .outerjoin(source, source.c.id == m.c.source_mark_id)
        )
        .order_by(e.c.started_at, m.c.position, m.c.id)
    )
    return statement


def _period_mark(row: Any) -> PeriodMark:
    mid, kind, view, intensity, state, spasm, muscle, src, point, region, src_muscle = row
    x = y = None
    gtype = "area"
    if isinstance(point, str):
        point = json.loads(point)
    if isinstance(point, dict):
        gtype = str(point.get("type", "point"))
        x, y = point.get("x"), point.get("y")
    return PeriodMark(
        mark_id=mid, kind=kind, view=view, intensity=int(intensity), tp_state=state,
        spasm_kind=spasm, muscle_key=muscle, source_mark_id=src, geometry_type=gtype,
        x=None if x is None else float(x), y=None if y is None else float(y),
        main_region=region, source_muscle=src_muscle,
    )


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


@dataclass(frozen=True)
class EpisodeSummary:
    """One episode of the period, for the overall pain and fatigue, triggers, durations and the
    person's notes (no marks)."""

    episode_id: int
    started_at: datetime  # naive UTC
    local_time: datetime  # the person's clock time (naive)
    kind: str
    intensity: int | None
    fatigue: int | None
    duration_minutes: int | None
    notes: str
    triggers: tuple[str, ...] = ()


def episode_summaries(
    diary: Diary,
    profile_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    episode_id: int | None = None,
) -> list[EpisodeSummary]:
    """The episodes of the period (or the one episode), oldest first, with their triggers."""
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
    with diary.session() as s:
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
                .options(selectinload(Mark.regions), selectinload(Mark.quality_rows))
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
