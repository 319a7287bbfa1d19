"""The typed queries behind the physiotherapist's report (SQLAlchemy Core, both engines).

:func:`report_rows` gathers, for one person and either one episode or a period, the grouped rows
that :mod:`bodymap.report.model` folds into the report: per region and episode the peak
intensity, the mark kinds, the latest trigger-point state, the muscles, the pain qualities, the
period's marks (points with their coordinates, areas by their main region) and the therapy
outcomes.  Nothing here knows about pages or Qt.  Times are naive UTC; ``local`` columns are the
person's clock time, computed in Python from the stored offset (no engine's date arithmetic).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, distinct, func, select
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
    #: (region, episode id, started_at UTC, local time, peak intensity of the region there)
    regions: list[tuple[str, int, datetime, datetime, int]] = field(default_factory=list)
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
    regions_q = scoped(
        select(r.c.region_id, m.c.episode_id, e.c.started_at, e.c.utc_offset_minutes,
               func.max(m.c.intensity))
        .select_from(joined)
        .group_by(r.c.region_id, m.c.episode_id, e.c.started_at, e.c.utc_offset_minutes)
    )
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
            regions=[
                (region, eid, started, started + timedelta(minutes=offset), int(peak))
                for region, eid, started, offset, peak in s.execute(regions_q)
            ],
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
            # a point's geometry is a few bytes; an area's is never loaded here
            case((is_area, None), else_=m.c.geometry).label("point"),
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
) -> dict[int, EpisodeMarks]:
    """Per episode with marks: the regions its marks touch and their pain qualities."""
    e, m, r, q = Episode.__table__, Mark.__table__, MarkRegion.__table__, MarkQuality.__table__
    out: dict[int, EpisodeMarks] = {}
    with diary.session() as s:
        region_rows = s.execute(_scope(
            select(e.c.id, e.c.started_at, e.c.utc_offset_minutes, r.c.region_id)
            .select_from(e.join(m, m.c.episode_id == e.c.id).join(r, r.c.mark_id == m.c.id)),
            profile_id, start, end, episode_id,
        ))
        for eid, started, offset, region in region_rows:
            out.setdefault(eid, EpisodeMarks(started, offset)).regions.append(region)
        quality_rows = s.execute(_scope(
            select(e.c.id, q.c.quality)
            .select_from(e.join(m, m.c.episode_id == e.c.id).join(q, q.c.mark_id == m.c.id)),
            profile_id, start, end, episode_id,
        ))
        for eid, quality in quality_rows:
            if eid in out:
                out[eid].qualities.append(quality)
    return out
