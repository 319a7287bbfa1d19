"""Writing many new episodes at once: the one bulk writer, shared by the demo and the importer.

``Diary.save_episode`` writes one episode per transaction and reads it back, right for the GUI
and far too slow for ten years of sample data or a large import.  :func:`write_episodes` takes
records (checked with the same ``validate`` as the service, so nothing the service would refuse
gets in this way either) and writes them with a few executemany statements per chunk: episodes,
their triggers, marks, mark regions, pain qualities, the links from referred areas to their
trigger points, therapy uses and their regions.

Every id comes from the database (``INSERT ... RETURNING`` with ``sort_by_parameter_order``,
SQLAlchemy's "insertmanyvalues", on SQLite 3.35+ and on PostgreSQL), never from ``max(id) + 1``,
which breaks with a second writer and with PostgreSQL's sequences.  Core inserts rather than
ORM objects: writing ten years of demo data (3,600 episodes, 19,000 marks) took 1.1 s this way
against 11.8 s with ``session.add_all`` + ``flush`` on SQLite, and 4.8 s against 12.9 s on a
local PostgreSQL (the ORM also batches with insertmanyvalues, but builds, tracks and cascades
an object per row).

Nothing here commits: the caller's session is the one transaction, so a failure (or a progress
callback that raises to cancel) leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from bodymap.store.errors import ValidationError
from bodymap.store.models import (
    FACTOR_LISTS,
    Episode,
    EpisodeClearedRegion,
    EpisodeTrigger,
    FibroAssessment,
    FibroAssessmentArea,
    Mark,
    MarkFactor,
    MarkQuality,
    MarkRegion,
    PgicRating,
    Profile,
    PsfsActivity,
    PsfsRating,
    TenderExam,
    TenderExamSite,
    Therapy,
    TherapyUse,
    TherapyUseRegion,
)
from bodymap.store.records import (
    EXAM_FINDINGS,
    AssessmentRecord,
    EpisodeRecord,
    MarkRecord,
    PgicRecord,
    PsfsActivityRecord,
    PsfsRatingRecord,
    TenderExamRecord,
    TherapyUseRecord,
)

#: Called as ``progress(written, total)`` after every chunk; raising from it cancels.
Progress = Callable[[int, int], None]

#: Episodes per round of statements: large enough for speed, small enough for steady progress.
CHUNK = 250
#: Ids per ``IN (...)`` when checking what exists: under every engine's parameter limit.
_IN_LIMIT = 500

_EPISODE: Table = Episode.__table__  # type: ignore[assignment]
_TRIGGER: Table = EpisodeTrigger.__table__  # type: ignore[assignment]
_MARK: Table = Mark.__table__  # type: ignore[assignment]
_QUALITY: Table = MarkQuality.__table__  # type: ignore[assignment]
_MARK_REGION: Table = MarkRegion.__table__  # type: ignore[assignment]
_USE: Table = TherapyUse.__table__  # type: ignore[assignment]
_USE_REGION: Table = TherapyUseRegion.__table__  # type: ignore[assignment]
_ASSESSMENT: Table = FibroAssessment.__table__  # type: ignore[assignment]
_ASSESSMENT_AREA: Table = FibroAssessmentArea.__table__  # type: ignore[assignment]
_EXAM: Table = TenderExam.__table__  # type: ignore[assignment]
_EXAM_SITE: Table = TenderExamSite.__table__  # type: ignore[assignment]
_FACTOR: Table = MarkFactor.__table__  # type: ignore[assignment]
_CLEARED: Table = EpisodeClearedRegion.__table__  # type: ignore[assignment]
_PSFS_ACTIVITY: Table = PsfsActivity.__table__  # type: ignore[assignment]
_PSFS_RATING: Table = PsfsRating.__table__  # type: ignore[assignment]
_PGIC: Table = PgicRating.__table__  # type: ignore[assignment]


def mark_chart_columns(m: MarkRecord) -> dict[str, Any]:
    """The body-chart and examination columns of a mark row (all but the links), shared by
    this writer and ``Diary.save_episode`` so both store a record the same way."""
    columns: dict[str, Any] = {
        "rank": m.rank,
        "constancy": m.constancy,
        "depth": m.depth,
        "aggravating_note": m.aggravating_note,
        "easing_note": m.easing_note,
        "morning_stiffness_minutes": m.morning_stiffness_minutes,
        "pressure_threshold": m.pressure_threshold,
    }
    for finding in EXAM_FINDINGS:
        answer = m.exam.get(finding)
        columns[f"exam_{finding}"] = None if answer is None else answer == "yes"
    return columns


def mark_factor_rows(m: MarkRecord) -> list[dict[str, Any]]:
    """The ``mark_factor`` rows of a mark (without ``mark_id``): its aggravating and easing
    factors and 24-hour pattern, each in the person's order."""
    lists = {"aggravating": m.aggravating, "easing": m.easing, "daily_pattern": m.daily_pattern}
    return [
        {"kind": kind, "position": position, "factor": factor}
        for kind in FACTOR_LISTS
        for position, factor in enumerate(lists[kind])
    ]


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _resolver(mapping: Mapping[int, int] | None, what: str, field: str) -> Callable[[int], int]:
    """``record id -> database id``: the identity without a mapping, else a checked look-up."""
    if mapping is None:
        return lambda key: key

    def resolve(key: int) -> int:
        try:
            return mapping[key]
        except KeyError:
            raise ValidationError(field, f"no {what} is given for {key}") from None

    return resolve


def _check_exist(session: Session, model: Any, ids: Collection[int], field: str, what: str) -> None:
    wanted = sorted(set(ids))
    found: set[int] = set()
    for i in range(0, len(wanted), _IN_LIMIT):
        part = wanted[i : i + _IN_LIMIT]
        found.update(session.scalars(select(model.id).where(model.id.in_(part))))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ValidationError(field, f"no {what} with id {missing[0]}")


def write_episodes(
    session: Session,
    records: Sequence[EpisodeRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    therapy_ids: Mapping[int, int] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    chunk: int = CHUNK,
    validated: bool = False,
) -> list[int]:
    """Insert new episodes with everything they hold; return their ids, in order.

    ``profile_ids`` and ``therapy_ids`` turn the records' ``profile_id`` and ``therapy_id`` into
    database ids (the importer numbers them by their place in the file); without them the
    records already hold database ids.  Every record is validated, and every profile and
    therapy looked up, before the first row is written.  ``created_at`` / ``updated_at`` /
    ``version`` are the records' when set (an import keeps the file's), else now and 1.
    ``validated``: the caller has just run the records' own ``validate`` on every record (the
    importer, which names the place in the file), so it is not run a second time.
    """
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"episodes[{index}].id", "only new episodes are written in bulk")
        if not validated:
            record.validate(f"episodes[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    therapy_of = _resolver(therapy_ids, "therapy", "therapy_uses.therapy")
    profiles = [profile_of(r.profile_id) for r in records]
    therapies = {therapy_of(u.therapy_id) for r in records for u in r.therapy_uses}
    _check_exist(session, Profile, profiles, "profile", "profile")
    _check_exist(session, Therapy, therapies, "therapy_uses.therapy", "therapy")
    now = now or _utcnow()
    ids: list[int] = []
    for start in range(0, len(records), max(1, chunk)):
        part = records[start : start + chunk]
        ids += _write_chunk(session, part, profiles[start : start + chunk], therapy_of, now)
        if progress is not None:
            progress(len(ids), len(records))
    return ids


def write_therapy_uses(
    session: Session,
    uses: Sequence[TherapyUseRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    therapy_ids: Mapping[int, int] | None = None,
) -> list[int]:
    """Insert therapy uses that belong to no episode (``profile_id`` set, ``episode_id`` None)."""
    for index, use in enumerate(uses):
        where = f"therapy_uses[{index}]"
        if use.id is not None or use.episode_id is not None:
            raise ValidationError(f"{where}.id", "only new uses of no episode are written here")
        if use.profile_id is None:
            raise ValidationError(f"{where}.profile", "must name a profile")
        use.validate(where)
    profile_of = _resolver(profile_ids, "profile", "profile")
    therapy_of = _resolver(therapy_ids, "therapy", "therapy_uses.therapy")
    rows = [(u, profile_of(u.profile_id or 0), None) for u in uses]
    _check_exist(session, Profile, [p for _u, p, _e in rows], "profile", "profile")
    _check_exist(
        session, Therapy, {therapy_of(u.therapy_id) for u in uses}, "therapy_uses.therapy",
        "therapy",
    )
    return _insert_uses(session, rows, therapy_of)


def _returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows``; their new ids in the order of ``rows``, whatever the engine."""
    if not rows:
        return []
    if "uuid" in table.c and all("uuid" in row for row in rows):
        # Inserted as one executemany (the driver's fast path) and matched back by uuid
        # (unique).  RETURNING in the order of ``rows`` makes SQLite insert one row per
        # statement, and RETURNING in any order still processes every row in Python.
        session.execute(insert(table), rows)
        uuids = [row["uuid"] for row in rows]
        by_uuid: dict[str, int] = {}
        for start in range(0, len(uuids), 500):
            by_uuid.update(
                (uuid, id_)
                for id_, uuid in session.execute(
                    select(table.c.id, table.c.uuid).where(
                        table.c.uuid.in_(uuids[start : start + 500])
                    )
                )
            )
        return [by_uuid[uuid] for uuid in uuids]
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(statement, rows).scalars().all())


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table), rows)


def _write_chunk(
    session: Session,
    records: Sequence[EpisodeRecord],
    profiles: Sequence[int],
    therapy_of: Callable[[int], int],
    now: datetime,
) -> list[int]:
    episode_ids = _returning_ids(
        session,
        _EPISODE,
        [
            {
                "uuid": r.uuid,
                "profile_id": profile_id,
                "started_at": r.started_at,
                "utc_offset_minutes": r.utc_offset_minutes,
                "duration_minutes": r.duration_minutes,
                "kind": r.kind,
                "intensity": r.intensity,
                "fatigue": r.fatigue,
                "notes": r.notes,
                "created_at": r.created_at or now,
                "updated_at": r.updated_at or r.created_at or now,
                "version": max(1, r.version),
            }
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
    _insert(
        session,
        _TRIGGER,
        [
            {"episode_id": episode_id, "position": position, "trigger": trigger}
            for r, episode_id in zip(records, episode_ids, strict=True)
            for position, trigger in enumerate(r.triggers)
        ],
    )
    marks = [
        (m, episode_id, position)
        for r, episode_id in zip(records, episode_ids, strict=True)
        for position, m in enumerate(r.marks)
    ]
    # Links are set after the insert: a referred area may be drawn before its trigger point.
    mark_ids = _returning_ids(
        session,
        _MARK,
        [
            {
                "uuid": m.uuid,
                "episode_id": episode_id,
                "position": position,
                "kind": m.kind,
                "view": m.view,
                "geometry": m.geometry,
                "intensity": m.intensity,
                "tp_state": m.tp_state,
                "spasm_kind": m.spasm_kind,
                "muscle_key": m.muscle_key,
                "source_mark_id": None,
                "brought_on_by_id": None,
                "note": m.note,
                **mark_chart_columns(m),
            }
            for m, episode_id, position in marks
        ],
    )
    # Mark uuids are unique within an episode (validated) and in the table (a constraint).
    id_of = {(episode_id, m.uuid): mark_id for (m, episode_id, _p), mark_id in zip(marks, mark_ids, strict=True)}
    _insert(
        session,
        _MARK_REGION,
        [
            {"mark_id": mark_id, "region_id": region, "share": float(share)}
            for (m, _e, _p), mark_id in zip(marks, mark_ids, strict=True)
            for region, share in m.regions.items()
        ],
    )
    _insert(
        session,
        _QUALITY,
        [
            {"mark_id": mark_id, "position": position, "quality": quality}
            for (m, _e, _p), mark_id in zip(marks, mark_ids, strict=True)
            for position, quality in enumerate(m.qualities)
        ],
    )
    _insert(
        session,
        _FACTOR,
        [
            {"mark_id": mark_id, **row}
            for (m, _e, _p), mark_id in zip(marks, mark_ids, strict=True)
            for row in mark_factor_rows(m)
        ],
    )
    _insert(
        session,
        _CLEARED,
        [
            {"episode_id": episode_id, "region_id": region}
            for r, episode_id in zip(records, episode_ids, strict=True)
            for region in dict.fromkeys(r.cleared_regions)
        ],
    )
    links = [
        {"b_id": mark_id, "b_source": id_of[(episode_id, m.source_uuid)]}
        for (m, episode_id, _p), mark_id in zip(marks, mark_ids, strict=True)
        if m.source_uuid is not None
    ]
    if links:
        session.execute(
            update(_MARK)
            .where(_MARK.c.id == bindparam("b_id"))
            .values(source_mark_id=bindparam("b_source")),
            links,
        )
    causes = [
        {"b_id": mark_id, "b_cause": id_of[(episode_id, m.brought_on_by)]}
        for (m, episode_id, _p), mark_id in zip(marks, mark_ids, strict=True)
        if m.brought_on_by is not None
    ]
    if causes:
        session.execute(
            update(_MARK)
            .where(_MARK.c.id == bindparam("b_id"))
            .values(brought_on_by_id=bindparam("b_cause")),
            causes,
        )
    _insert_uses(
        session,
        [
            (u, profile_id, episode_id)
            for r, profile_id, episode_id in zip(records, profiles, episode_ids, strict=True)
            for u in r.therapy_uses
        ],
        therapy_of,
    )
    return episode_ids


def _insert_uses(
    session: Session,
    rows: Sequence[tuple[TherapyUseRecord, int, int | None]],
    therapy_of: Callable[[int], int],
) -> list[int]:
    use_ids = _returning_ids(
        session,
        _USE,
        [
            {
                "uuid": u.uuid,
                "profile_id": profile_id,
                "episode_id": episode_id,
                "therapy_id": therapy_of(u.therapy_id),
                "used_at": u.used_at,
                "utc_offset_minutes": u.utc_offset_minutes,
                "duration_minutes": u.duration_minutes,
                "dose": u.dose,
                "outcome": u.outcome,
                "relief": u.relief,
                "note": u.note,
            }
            for u, profile_id, episode_id in rows
        ],
    )
    _insert(
        session,
        _USE_REGION,
        [
            # A region named twice is one region: the table's key is (use, region).
            {"use_id": use_id, "region_id": region}
            for (u, _p, _e), use_id in zip(rows, use_ids, strict=True)
            for region in dict.fromkeys(u.regions)
        ],
    )
    return use_ids


# -- fibromyalgia assessments and tender-point exams --------------------------------------------


def write_assessments(
    session: Session,
    records: Sequence[AssessmentRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Insert new fibromyalgia assessments with their areas; return their ids, in order.

    Like :func:`write_episodes`: validated first, profiles mapped and looked up, ``created_at``
    the record's when set (an import keeps the file's) else now.
    """
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"assessments[{index}].id", "only new assessments are written here")
        record.validate(f"assessments[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(r.profile_id) for r in records]
    _check_exist(session, Profile, profiles, "profile", "profile")
    now = now or _utcnow()
    ids = _returning_ids(
        session,
        _ASSESSMENT,
        [
            {
                "uuid": r.uuid,
                "profile_id": profile_id,
                "assessed_on": r.assessed_on,
                "created_at": r.created_at or now,
                "areas_adjusted": r.areas_adjusted,
                **{name: getattr(r, name) for name in AssessmentRecord.SSS_FIELDS},
                "symptoms_3_months": r.symptoms_3_months,
                "note": r.note,
            }
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
    _insert(
        session,
        _ASSESSMENT_AREA,
        [
            {"assessment_id": assessment_id, "area_id": area}
            for r, assessment_id in zip(records, ids, strict=True)
            for area in dict.fromkeys(r.areas)
        ],
    )
    return ids


def write_tender_exams(
    session: Session,
    records: Sequence[TenderExamRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Insert new tender-point exams with their sites; return their ids, in order."""
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"tender_exams[{index}].id", "only new exams are written here")
        record.validate(f"tender_exams[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(r.profile_id) for r in records]
    _check_exist(session, Profile, profiles, "profile", "profile")
    now = now or _utcnow()
    ids = _returning_ids(
        session,
        _EXAM,
        [
            {
                "uuid": r.uuid,
                "profile_id": profile_id,
                "examined_on": r.examined_on,
                "created_at": r.created_at or now,
                "note": r.note,
            }
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
    _insert(
        session,
        _EXAM_SITE,
        [
            {"exam_id": exam_id, "site_id": site.site, "tender": site.tender,
             "intensity": site.intensity}
            for r, exam_id in zip(records, ids, strict=True)
            for site in r.sites
        ],
    )
    return ids


# -- outcome measures: PSFS and PGIC -------------------------------------------------------------


def write_psfs(
    session: Session,
    activities: Sequence[PsfsActivityRecord],
    ratings: Sequence[PsfsRatingRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
    activity_ids: Mapping[int, int] | None = None,
) -> list[int]:
    """Insert new PSFS activities and then ratings; return the activities' ids, in order.

    ``activity_ids`` maps a rating's ``activity_id`` to a database id; without it a rating's
    ``activity_id`` is the index of its activity in ``activities`` (how the demo and the
    importer number them), unless ``activities`` is empty (then database ids).  The limit of
    ``PSFS_MAX_ACTIVITIES`` in use at a time is the service's rule (see ``outcomes``).
    """
    for index, activity in enumerate(activities):
        if activity.id is not None:
            raise ValidationError(f"psfs[{index}].id", "only new activities are written here")
        activity.validate(f"psfs[{index}]")
    for index, rating in enumerate(ratings):
        if rating.id is not None:
            raise ValidationError(f"psfs_ratings[{index}].id", "only new ratings are written here")
        rating.validate(f"psfs_ratings[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(a.profile_id) for a in activities]
    _check_exist(session, Profile, profiles, "profile", "profile")
    ids = _returning_ids(
        session,
        _PSFS_ACTIVITY,
        [
            {
                "uuid": a.uuid,
                "profile_id": profile_id,
                "name": a.name.strip(),
                "added_on": a.added_on,
                "retired_on": a.retired_on,
            }
            for a, profile_id in zip(activities, profiles, strict=True)
        ],
    )
    if activity_ids is not None:
        activity_of = _resolver(activity_ids, "PSFS activity", "psfs_ratings.activity")
    elif activities:
        activity_of = _resolver(dict(enumerate(ids)), "PSFS activity", "psfs_ratings.activity")
    else:
        activity_of = _resolver(None, "PSFS activity", "psfs_ratings.activity")
        _check_exist(
            session, PsfsActivity, {r.activity_id for r in ratings}, "psfs_ratings.activity",
            "PSFS activity",
        )
    seen: set[tuple[int, object]] = set()
    rows = []
    for index, r in enumerate(ratings):
        activity_id = activity_of(r.activity_id)
        if (activity_id, r.rated_on) in seen:
            raise ValidationError(
                f"psfs_ratings[{index}].rated_on", "the activity is rated twice on this day"
            )
        seen.add((activity_id, r.rated_on))
        rows.append(
            {"uuid": r.uuid, "activity_id": activity_id, "rated_on": r.rated_on, "score": r.score}
        )
    _insert(session, _PSFS_RATING, rows)
    return ids


def write_pgic(
    session: Session,
    records: Sequence[PgicRecord],
    *,
    profile_ids: Mapping[int, int] | None = None,
) -> list[int]:
    """Insert new PGIC ratings; return their ids, in order."""
    for index, record in enumerate(records):
        if record.id is not None:
            raise ValidationError(f"pgic[{index}].id", "only new ratings are written here")
        record.validate(f"pgic[{index}]")
    profile_of = _resolver(profile_ids, "profile", "profile")
    profiles = [profile_of(r.profile_id) for r in records]
    _check_exist(session, Profile, profiles, "profile", "profile")
    return _returning_ids(
        session,
        _PGIC,
        [
            {
                "uuid": r.uuid,
                "profile_id": profile_id,
                "rated_on": r.rated_on,
                "score": r.score,
                "note": r.note,
            }
            for r, profile_id in zip(records, profiles, strict=True)
        ],
    )
