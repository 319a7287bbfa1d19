"""Therapy uses outside an episode: log a try, rate it later, and count what helped where.

Service functions on a :class:`~bodymap.store.service.Diary`; the GUI and the CLI both call
them.  Each writes in one transaction and validates before writing anything.  Everything
returned is a plain record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import selectinload

from bodymap.store.errors import NotFoundError, invalid, say
from bodymap.store.models import Episode, Profile, Therapy, TherapyUse, TherapyUseRegion
from bodymap.store.records import (
    OUTCOMES,
    THERAPY_CATEGORIES,
    TherapyRecord,
    TherapyUseRecord,
)
from bodymap.store.service import Diary, therapy_record, therapy_use_record, utcnow

#: Nothing is claimed about a therapy from fewer rated uses than this.
MIN_RATED_USES = 3


@dataclass(frozen=True)
class TherapyStats:
    """How one therapy went for a person in a set of regions."""

    therapy_id: int
    key: str | None
    name: str
    category: str
    builtin: bool
    uses: int  # every logged use
    rated: int  # uses with an outcome
    better: int
    same: int
    worse: int
    mean_relief: float | None  # mean of the relief scores given (0..10), None if none
    last_used: datetime | None  # naive UTC

    @property
    def better_share(self) -> float:
        return self.better / self.rated if self.rated else 0.0

    @property
    def enough(self) -> bool:
        """True when there are enough rated uses to say anything at all."""
        return self.rated >= MIN_RATED_USES


def _check_regions(regions: object) -> list[str]:
    if isinstance(regions, str) or not isinstance(regions, Iterable):
        raise invalid("regions", "must be a list of region ids")
    out = list(dict.fromkeys(regions))
    if not out:
        raise invalid("regions", "say where you used it (at least one region)")
    for r in out:
        if not isinstance(r, str) or not r.strip():
            raise invalid("regions", "bad region id {value}", value=repr(r))
    try:
        from bodymap.anatomy.regions import REGIONS
    except ImportError:  # the region catalogue is not part of this build yet
        return out
    unknown = [r for r in out if r not in REGIONS]
    if unknown:
        raise invalid("regions", "unknown region {value}", value=", ".join(unknown))
    return out


def _check_text(field_name: str, value: object, limit: int | None = None) -> str:
    if not isinstance(value, str):
        raise invalid(field_name, "must be text")
    if limit is not None and len(value) > limit:
        raise invalid(field_name, "is too long (at most {limit} characters)", limit=str(limit))
    return value


def log_use(
    diary: Diary,
    profile_id: int,
    therapy_id: int,
    used_at_utc: datetime,
    offset_minutes: int,
    regions: Iterable[str],
    duration_minutes: int | None = None,
    episode_id: int | None = None,
    dose: str = "",
    note: str = "",
) -> TherapyUseRecord:
    """Record that the person tried a therapy (not yet rated), in one transaction."""
    region_ids = _check_regions(regions)
    record = TherapyUseRecord(
        therapy_id=therapy_id,
        used_at=used_at_utc,
        utc_offset_minutes=offset_minutes,
        duration_minutes=duration_minutes,
        regions=region_ids,
        dose=_check_text("dose", dose, 200),
        note=_check_text("note", note),
        episode_id=episode_id,
        profile_id=profile_id,
    )
    record.validate()
    if used_at_utc.tzinfo is not None:
        raise invalid("used_at", "must be naive UTC (use records.to_utc)")
    if (
        isinstance(offset_minutes, bool)
        or not isinstance(offset_minutes, int)
        or not -16 * 60 <= offset_minutes <= 16 * 60
    ):
        raise invalid("utc_offset_minutes", "must be within +/- 16 hours")
    with diary.session() as s:
        if s.get(Profile, profile_id) is None:
            raise invalid("profile", "no profile with id {profile_id}", profile_id=str(profile_id))
        therapy = s.get(Therapy, therapy_id)
        if therapy is None:
            raise invalid("therapy", "no therapy with id {therapy_id}", therapy_id=str(therapy_id))
        if episode_id is not None:
            episode = s.get(Episode, episode_id)
            if episode is None or episode.profile_id != profile_id:
                raise invalid("episode", "no episode {episode_id} for this profile", episode_id=str(episode_id))
        use = TherapyUse(
            uuid=record.uuid,
            profile_id=profile_id,
            episode_id=episode_id,
            therapy_id=therapy_id,
            used_at=used_at_utc,
            utc_offset_minutes=offset_minutes,
            duration_minutes=duration_minutes,
            dose=record.dose,
            note=record.note,
            regions=[TherapyUseRegion(region_id=r) for r in region_ids],
        )
        s.add(use)
        s.flush()
        return therapy_use_record(use, therapy.name)


def rate_use(
    diary: Diary, use_id: int, outcome: str, relief: int | None = None
) -> TherapyUseRecord:
    """Say how a try went: better, same or worse, and optionally relief from 0 to 10."""
    if outcome not in OUTCOMES:
        raise invalid("outcome", "{value} is not one of: {choices}", value=repr(outcome),
                      choices=", ".join(OUTCOMES))
    if relief is not None and (
        isinstance(relief, bool) or not isinstance(relief, int) or not 0 <= relief <= 10
    ):
        raise invalid("relief", "must be a whole number from 0 to 10, not {relief}", relief=repr(relief))
    with diary.session() as s:
        use = s.get(TherapyUse, use_id)
        if use is None:
            raise NotFoundError(say("no therapy use with id {use_id}", use_id=str(use_id)))
        use.outcome = outcome
        use.relief = relief
        s.flush()
        return therapy_use_record(use, use.therapy.name)


def unrated_uses(
    diary: Diary,
    profile_id: int,
    older_than: timedelta = timedelta(hours=1),
    now: datetime | None = None,
    limit: int = 50,
) -> list[TherapyUseRecord]:
    """Uses not rated yet and at least ``older_than`` old (time to feel the effect), newest first."""
    cutoff = (now or utcnow()) - older_than
    with diary.session() as s:
        rows = s.execute(
            select(TherapyUse, Therapy.name)
            .join(Therapy, Therapy.id == TherapyUse.therapy_id)
            .where(
                TherapyUse.profile_id == profile_id,
                TherapyUse.outcome.is_(None),
                TherapyUse.used_at <= cutoff,
            )
            .order_by(TherapyUse.used_at.desc(), TherapyUse.id.desc())
            .limit(limit)
            .options(selectinload(TherapyUse.regions))
        ).all()
        return [therapy_use_record(u, name) for u, name in rows]


def get_use(diary: Diary, use_id: int) -> TherapyUseRecord:
    with diary.session() as s:
        use = s.get(TherapyUse, use_id)
        if use is None:
            raise NotFoundError(say("no therapy use with id {use_id}", use_id=str(use_id)))
        return therapy_use_record(use, use.therapy.name)


def helped_here(
    diary: Diary,
    profile_id: int,
    region_ids: Iterable[str],
    since: datetime | None = None,
) -> list[TherapyStats]:
    """Per therapy used in any of ``region_ids``: uses, ratings and mean relief.

    One grouped query; a use that covers several of the regions counts once.  Ordered by
    therapy name (ranking is the caller's business, see :mod:`bodymap.suggest`).
    """
    ids = list(dict.fromkeys(region_ids))
    if not ids:
        return []
    in_regions = (
        select(TherapyUseRegion.use_id)
        .where(TherapyUseRegion.region_id.in_(ids))
        .distinct()
        .subquery()
    )
    rated = TherapyUse.outcome.is_not(None)
    query = (
        select(
            Therapy.id,
            Therapy.key,
            Therapy.name,
            Therapy.category,
            Therapy.builtin,
            func.count(TherapyUse.id),
            func.count(TherapyUse.outcome),
            func.sum(case((TherapyUse.outcome == "better", 1), else_=0)),
            func.sum(case((TherapyUse.outcome == "same", 1), else_=0)),
            func.sum(case((TherapyUse.outcome == "worse", 1), else_=0)),
            func.avg(case((and_(rated, TherapyUse.relief.is_not(None)), TherapyUse.relief))),
            func.max(TherapyUse.used_at),
        )
        .select_from(TherapyUse)
        .join(in_regions, in_regions.c.use_id == TherapyUse.id)
        .join(Therapy, Therapy.id == TherapyUse.therapy_id)
        .where(TherapyUse.profile_id == profile_id)
        .group_by(Therapy.id, Therapy.key, Therapy.name, Therapy.category, Therapy.builtin)
        .order_by(Therapy.name, Therapy.id)
    )
    if since is not None:
        query = query.where(TherapyUse.used_at >= since)
    with diary.session() as s:
        return [
            TherapyStats(
                therapy_id=row[0],
                key=row[1],
                name=row[2],
                category=row[3],
                builtin=bool(row[4]),
                uses=int(row[5]),
                rated=int(row[6]),
                better=int(row[7] or 0),
                same=int(row[8] or 0),
                worse=int(row[9] or 0),
                mean_relief=None if row[10] is None else float(row[10]),
                last_used=row[11],
            )
            for row in s.execute(query)
        ]


def add_own_therapy(diary: Diary, name: str, category: str) -> TherapyRecord:
    """A therapy of the person's own (medications included): recorded, never suggested.

    The same name in the same category (ignoring case) returns the existing one.
    """
    if not isinstance(name, str) or not name.strip():
        raise invalid("therapy.name", "cannot be empty")
    name = " ".join(name.split())
    if len(name) > 200:
        raise invalid("therapy.name", "is too long (at most 200 characters)")
    if category not in THERAPY_CATEGORIES:
        raise invalid("therapy.category", "{value} is not one of: {choices}", value=repr(category),
                      choices=", ".join(THERAPY_CATEGORIES))
    with diary.session() as s:
        existing = s.scalar(
            select(Therapy)
            .where(
                func.lower(Therapy.name) == name.lower(),
                Therapy.category == category,
                Therapy.builtin.is_(False),
            )
            .order_by(Therapy.id)
            .limit(1)
        )
        if existing is not None:
            return therapy_record(existing)
    return diary.add_therapy(TherapyRecord(None, name, category, key=None, builtin=False))


def find_therapy(diary: Diary, key_or_name: str) -> TherapyRecord:
    """A therapy by catalogue key, or by name (ignoring case); NotFoundError otherwise."""
    text = " ".join((key_or_name or "").split())
    if not text:
        raise NotFoundError(say("no therapy named"))
    with diary.session() as s:
        t = s.scalar(select(Therapy).where(Therapy.key == text))
        if t is None:
            t = s.scalar(
                select(Therapy)
                .where(func.lower(Therapy.name) == text.lower())
                .order_by(Therapy.builtin.desc(), Therapy.id)
                .limit(1)
            )
        if t is None:
            raise NotFoundError(say("no therapy called {key_or_name}", key_or_name=repr(key_or_name)))
        return therapy_record(t)
