"""The report's grouped rows as the queries before issue 18 read them: one aggregate query per
section over the mark-and-region join (kept verbatim as the reference the one-pass
:func:`bodymap.store.report_queries.report_rows` is compared with, on both engines)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, String, case, distinct, func, select, type_coerce
from sqlalchemy.orm import aliased

from bodymap.store.history import therapy_outcome_statement
from bodymap.store.models import Episode, Mark, MarkQuality, MarkRegion, Therapy, TherapyUse
from bodymap.store.report_queries import AREA_KINDS, PeriodMark, ReportTotals
from bodymap.store.service import Diary, within_range


@dataclass
class ReportRows:
    totals: ReportTotals
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


