"""Outcome measures a physiotherapist recognises: the PSFS and the PGIC.

* **PSFS** (Patient-Specific Functional Scale, Stratford 1995): up to ``PSFS_MAX_ACTIVITIES``
  activities the person names as hard because of their problem, each rated 0 (unable to do it)
  to 10 (as well as before), re-rated over time.  The score of a day is the mean of that day's
  ratings (:func:`psfs_scores`).  An activity is *retired* rather than deleted when the person
  stops rating it, so its ratings stay in the history; a retired one frees a place.
* **PGIC** (Patient Global Impression of Change) at a follow-up: 1 = very much improved,
  4 = no change, 7 = very much worse (NINDS numbering, ``records.PGIC_LABELS``).

Days are the person's local calendar days (``date``).  Every function takes the open
:class:`~bodymap.store.service.Diary` first (the ``Diary`` methods of the same names call them)
and returns plain records; nothing returned is an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bodymap.store.errors import NotFoundError, invalid, say
from bodymap.store.models import PgicRating, Profile, PsfsActivity, PsfsRating
from bodymap.store.records import (
    PSFS_MAX_ACTIVITIES,
    PgicRecord,
    PsfsActivityRecord,
    PsfsRatingRecord,
)
from bodymap.store.service import Diary

__all__ = [
    "PsfsScore",
    "add_pgic",
    "add_psfs_activity",
    "delete_pgic",
    "delete_psfs_activity",
    "delete_psfs_rating",
    "pgic_ratings",
    "psfs_activities",
    "psfs_ratings",
    "psfs_scores",
    "rate_psfs",
    "rename_psfs_activity",
    "retire_psfs_activity",
    "unretire_psfs_activity",
]


# -- rows -> records ----------------------------------------------------------------------------


def psfs_activity_record(a: PsfsActivity) -> PsfsActivityRecord:
    return PsfsActivityRecord(
        id=a.id,
        uuid=a.uuid,
        profile_id=a.profile_id,
        name=a.name,
        added_on=a.added_on,
        retired_on=a.retired_on,
    )


def psfs_rating_record(r: PsfsRating, activity: PsfsActivity) -> PsfsRatingRecord:
    return PsfsRatingRecord(
        id=r.id,
        uuid=r.uuid,
        activity_id=r.activity_id,
        rated_on=r.rated_on,
        score=r.score,
        activity_name=activity.name,
        activity_uuid=activity.uuid,
    )


def pgic_record(r: PgicRating) -> PgicRecord:
    return PgicRecord(
        id=r.id, uuid=r.uuid, profile_id=r.profile_id, rated_on=r.rated_on, score=r.score,
        note=r.note or "",
    )


def _check_profile(s: Session, profile_id: int) -> None:
    if s.get(Profile, profile_id) is None:
        raise invalid("profile", "no profile with id {profile_id}", profile_id=str(profile_id))


def _day_range(query: Any, column: Any, start: date | None, end: date | None) -> Any:
    """``start <= column <= end`` (local days, either side open when None)."""
    if start is not None:
        query = query.where(column >= start)
    if end is not None:
        query = query.where(column <= end)
    return query


def _activity(s: Session, activity_id: int) -> PsfsActivity:
    row = s.get(PsfsActivity, activity_id)
    if row is None:
        raise NotFoundError(say("no PSFS activity with id {activity_id}", activity_id=str(activity_id)))
    return row


def _check_room(
    s: Session, record: PsfsActivityRecord, *, ignore: int | None = None
) -> None:
    """At most PSFS_MAX_ACTIVITIES in use at once, and no two in use with the same name."""
    others = [
        psfs_activity_record(a)
        for a in s.scalars(select(PsfsActivity).where(PsfsActivity.profile_id == record.profile_id))
        if a.id != ignore
    ]
    # The activities in use at some time while this one is (from its first day on).
    overlapping = [
        o for o in others
        if (o.retired_on is None or o.retired_on > record.added_on)
        and (record.retired_on is None or o.added_on < record.retired_on)
    ]
    wanted = record.name.strip().casefold()
    for other in overlapping:
        if other.name.strip().casefold() == wanted:
            raise invalid("psfs_activity.name", "an activity called {name} is already in use",
                          name=repr(other.name))
    # The most in use on any day: the count at each start of an overlapping activity.
    starts = {record.added_on} | {o.added_on for o in overlapping if o.added_on > record.added_on}
    for day in starts:
        if not record.active_on(day):
            continue
        in_use = sum(1 for o in overlapping if o.active_on(day))
        if in_use >= PSFS_MAX_ACTIVITIES:
            raise invalid("psfs_activity",
                          "{count} activities are already in use on {day}: retire one first",
                          count=PSFS_MAX_ACTIVITIES, day=day.isoformat())


# -- PSFS activities ----------------------------------------------------------------------------


def psfs_activities(
    diary: Diary, profile_id: int, *, include_retired: bool = True, on: date | None = None
) -> list[PsfsActivityRecord]:
    """The person's PSFS activities in the order they were added.  ``include_retired=False``:
    only those in use (on day ``on``, or now when None)."""
    query = (
        select(PsfsActivity)
        .where(PsfsActivity.profile_id == profile_id)
        .order_by(PsfsActivity.added_on, PsfsActivity.id)
    )
    with diary.session() as s:
        records = [psfs_activity_record(a) for a in s.scalars(query)]
    if include_retired:
        return records
    if on is None:  # not retired, or retired from a day still to come
        today = date.today()
        return [r for r in records if r.retired_on is None or r.retired_on > today]
    return [r for r in records if r.active_on(on)]


def add_psfs_activity(
    diary: Diary, profile_id: int, name: str, added_on: date
) -> PsfsActivityRecord:
    """Name a new activity from ``added_on`` on; refused when ``PSFS_MAX_ACTIVITIES`` are in use
    or one of the same name is."""
    record = PsfsActivityRecord(profile_id=profile_id, name=(name or "").strip(), added_on=added_on)
    record.validate()
    with diary.session() as s:
        _check_profile(s, profile_id)
        _check_room(s, record)
        row = PsfsActivity(
            uuid=record.uuid, profile_id=profile_id, name=record.name, added_on=added_on,
            retired_on=None,
        )
        s.add(row)
        s.flush()
        return psfs_activity_record(row)


def rename_psfs_activity(diary: Diary, activity_id: int, name: str) -> PsfsActivityRecord:
    """A new name for the same activity (its ratings stay with it)."""
    with diary.session() as s:
        row = _activity(s, activity_id)
        record = psfs_activity_record(row)
        record.name = (name or "").strip()
        record.validate()
        _check_room(s, record, ignore=row.id)
        row.name = record.name
        s.flush()
        return psfs_activity_record(row)


def retire_psfs_activity(diary: Diary, activity_id: int, retired_on: date) -> PsfsActivityRecord:
    """Stop rating an activity from ``retired_on`` on; its ratings before that day stay."""
    with diary.session() as s:
        row = _activity(s, activity_id)
        record = psfs_activity_record(row)
        record.retired_on = retired_on
        record.validate()
        later = s.scalar(
            select(func.count(PsfsRating.id)).where(
                PsfsRating.activity_id == row.id, PsfsRating.rated_on >= retired_on
            )
        )
        if later:
            raise invalid("psfs_activity.retired_on", "the activity has ratings on or after this day")
        row.retired_on = retired_on
        s.flush()
        return psfs_activity_record(row)


def unretire_psfs_activity(diary: Diary, activity_id: int) -> PsfsActivityRecord:
    """Put a retired activity back in use (refused when that makes more than the maximum)."""
    with diary.session() as s:
        row = _activity(s, activity_id)
        record = psfs_activity_record(row)
        record.retired_on = None
        _check_room(s, record, ignore=row.id)
        row.retired_on = None
        s.flush()
        return psfs_activity_record(row)


def delete_psfs_activity(diary: Diary, activity_id: int) -> None:
    """Delete an activity with all its ratings (retire it to keep them)."""
    with diary.session() as s:
        s.delete(_activity(s, activity_id))


# -- PSFS ratings -------------------------------------------------------------------------------


def rate_psfs(diary: Diary, activity_id: int, day: date, score: int) -> PsfsRatingRecord:
    """Rate an activity on ``day`` (0 unable .. 10 as before); rating it again on the same day
    replaces that day's score.  Refused before the activity was added or once it is retired."""
    with diary.session() as s:
        activity = _activity(s, activity_id)
        record = PsfsRatingRecord(activity_id=activity_id, rated_on=day, score=score)
        record.validate()
        if day < activity.added_on:
            raise invalid("psfs_rating.rated_on", "is before the activity was added ({day})",
                          day=activity.added_on.isoformat())
        if activity.retired_on is not None and day >= activity.retired_on:
            raise invalid("psfs_rating.rated_on", "the activity was retired on {day}",
                          day=activity.retired_on.isoformat())
        row = s.scalar(
            select(PsfsRating).where(
                PsfsRating.activity_id == activity_id, PsfsRating.rated_on == day
            )
        )
        if row is None:
            row = PsfsRating(uuid=record.uuid, activity_id=activity_id, rated_on=day, score=score)
            s.add(row)
        else:
            row.score = score
        s.flush()
        return psfs_rating_record(row, activity)


def psfs_ratings(
    diary: Diary, profile_id: int, start: date | None = None, end: date | None = None,
    *, activity_id: int | None = None,
) -> list[PsfsRatingRecord]:
    """The person's PSFS ratings with ``start <= rated_on <= end``, oldest first (same day: in
    the order the activities were added); only one activity's with ``activity_id``."""
    query = _day_range(
        select(PsfsRating, PsfsActivity)
        .join(PsfsActivity, PsfsActivity.id == PsfsRating.activity_id)
        .where(PsfsActivity.profile_id == profile_id)
        .order_by(PsfsRating.rated_on, PsfsActivity.added_on, PsfsActivity.id),
        PsfsRating.rated_on, start, end,
    )
    if activity_id is not None:
        query = query.where(PsfsRating.activity_id == activity_id)
    with diary.session() as s:
        return [psfs_rating_record(r, a) for r, a in s.execute(query)]


def delete_psfs_rating(diary: Diary, rating_id: int) -> None:
    with diary.session() as s:
        row = s.get(PsfsRating, rating_id)
        if row is None:
            raise NotFoundError(say("no PSFS rating with id {rating_id}", rating_id=str(rating_id)))
        s.delete(row)


@dataclass(frozen=True)
class PsfsScore:
    """The PSFS score of a day: the mean of the activities rated that day (0-10)."""

    day: date
    mean: float
    count: int
    scores: tuple[tuple[str, int], ...]  # (activity name, score) in the ratings' order


def psfs_scores(ratings: list[PsfsRatingRecord]) -> list[PsfsScore]:
    """Ratings grouped by day (oldest first), each day's mean the PSFS score."""
    by_day: dict[date, list[PsfsRatingRecord]] = {}
    for rating in ratings:
        by_day.setdefault(rating.rated_on, []).append(rating)
    return [
        PsfsScore(
            day=day,
            mean=sum(r.score for r in rows) / len(rows),
            count=len(rows),
            scores=tuple((r.activity_name, r.score) for r in rows),
        )
        for day, rows in sorted(by_day.items())
    ]


# -- PGIC ---------------------------------------------------------------------------------------


def add_pgic(
    diary: Diary, profile_id: int, day: date, score: int, note: str = ""
) -> PgicRecord:
    """Record the person's impression of change on ``day`` (1 very much improved .. 7 very much
    worse)."""
    record = PgicRecord(profile_id=profile_id, rated_on=day, score=score, note=note)
    record.validate()
    with diary.session() as s:
        _check_profile(s, profile_id)
        row = PgicRating(
            uuid=record.uuid, profile_id=profile_id, rated_on=day, score=score, note=note
        )
        s.add(row)
        s.flush()
        return pgic_record(row)


def pgic_ratings(
    diary: Diary, profile_id: int, start: date | None = None, end: date | None = None
) -> list[PgicRecord]:
    """The person's PGIC ratings with ``start <= rated_on <= end``, oldest first."""
    query = _day_range(
        select(PgicRating)
        .where(PgicRating.profile_id == profile_id)
        .order_by(PgicRating.rated_on, PgicRating.id),
        PgicRating.rated_on, start, end,
    )
    with diary.session() as s:
        return [pgic_record(r) for r in s.scalars(query)]


def delete_pgic(diary: Diary, rating_id: int) -> None:
    with diary.session() as s:
        row = s.get(PgicRating, rating_id)
        if row is None:
            raise NotFoundError(say("no PGIC rating with id {rating_id}", rating_id=str(rating_id)))
        s.delete(row)
