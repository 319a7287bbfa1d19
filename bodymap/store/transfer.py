"""Export and import: the whole diary (or one profile, or some dates) as JSON or CSV.

JSON is the complete, versioned format (see ``docs/export-format.md`` and
``docs/bodymap-export.schema.json``): every profile, episode, mark (geometry, regions with their
shares, the link to its source trigger point), therapy and therapy use, each under its stable
uuid.  CSV is for spreadsheets: three tables, with cells that a spreadsheet would run as a
formula neutralised.

Importing: :mod:`bodymap.store.file_reading` reads the file (upgraded step by step from the
version that wrote it) into records checked by their own ``validate`` (the checks every writer
uses, so the import takes exactly what a save would take): a file bodymap wrote a batch of
episodes at a time, any other whole before a row is written.  This module writes them with the
store's bulk writer (:mod:`bodymap.store.bulk`), a batch at a time as they are read, in one
transaction: a mistake anywhere in the file, or a cancel, leaves the database unchanged.  What
the database has already (same uuid; a therapy with the same uuid or catalogue key; a profile
with the same uuid or name) is not duplicated.  Any problem raises :class:`TransferError`
whose message names the place in the file.

Files we write are owner-only (0600) and appear whole or not at all (written beside the target,
then renamed over it, by :mod:`bodymap.files`, which refuses a link, a FIFO, a device or a
folder as the target).
"""

from __future__ import annotations

import csv
import io
import json
import uuid as uuid_module
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Text, bindparam, cast, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from bodymap import collector
from bodymap.files import (
    ensure_private_dir,
    os_error_reason,
    private_output,
)
from bodymap.store import bulk, file_reading
from bodymap.store.driver_rows import column_processors, converted
from bodymap.store.errors import say
from bodymap.store.file_reading import Plan, ProfilePlan, StreamPlan
from bodymap.store.models import (
    Episode,
    EpisodeClearedRegion,
    EpisodeTrigger,
    FibroAssessment,
    Mark,
    MarkFactor,
    MarkQuality,
    MarkRegion,
    PgicRating,
    Profile,
    PsfsActivity,
    PsfsRating,
    TenderExam,
    Therapy,
    TherapyUse,
    TherapyUseRegion,
)
from bodymap.store.records import (
    EXAM_FINDINGS,
    FIRST_DAY,
    LAST_DAY,
    MAX_OFFSET,
    SYMPTOM_KINDS,
    AssessmentRecord,
    EpisodeRecord,
    ProfileRecord,
    PsfsRatingRecord,
    TenderExamRecord,
    TherapyRecord,
    conditions_list,
    conditions_text,
)

# The import's reading is bodymap.store.file_reading; its names stay reachable here, where
# the window, the command line and the backups have always found them.
FORMAT_NAME = file_reading.FORMAT_NAME
FORMAT_VERSION = file_reading.FORMAT_VERSION
MAX_IMPORT_BYTES = file_reading.MAX_IMPORT_BYTES
UPGRADES = file_reading.UPGRADES
TransferCancelled = file_reading.TransferCancelled
TransferError = file_reading.TransferError
check_nesting = file_reading.check_nesting
parse_document = file_reading.parse_document
parse_time = file_reading.parse_time
read_export = file_reading.read_export
validate_document = file_reading.validate_document

#: Called as ``progress(done, total)`` while exporting or importing.
Progress = Callable[[int, int], None]

CSV_TABLES = ("episodes.csv", "marks.csv", "therapy_uses.csv")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ImportSummary:
    """What an import added and what it found already there, per kind of record."""

    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    KINDS = ("profiles", "therapies", "episodes", "marks", "therapy_uses")
    #: Counted (and listed) only when the file holds any: a file without them reads as before.
    OPTIONAL_KINDS = (
        "assessments", "tender_exams", "psfs_activities", "psfs_ratings", "pgic_ratings",
    )

    def __post_init__(self) -> None:
        for kind in self.KINDS:
            self.added.setdefault(kind, 0)
            self.skipped.setdefault(kind, 0)

    @property
    def changed(self) -> bool:
        return any(self.added.values())

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {"added": dict(self.added), "skipped": dict(self.skipped)}

    def lines(self) -> list[str]:
        names = {
            "profiles": "profiles",
            "therapies": "therapies",
            "episodes": "episodes",
            "marks": "marks",
            "therapy_uses": "therapy uses",
            "assessments": "fibromyalgia assessments",
            "tender_exams": "tender-point exams",
            "psfs_activities": "PSFS activities",
            "psfs_ratings": "PSFS ratings",
            "pgic_ratings": "PGIC ratings",
        }
        kinds = list(self.KINDS) + [
            k for k in self.OPTIONAL_KINDS if k in self.added or k in self.skipped
        ]
        return [
            f"{names[k]}: {self.added.get(k, 0)} added, {self.skipped.get(k, 0)} already there"
            for k in kinds
        ]

    def __str__(self) -> str:
        return "\n".join(self.lines())


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    profiles: int
    episodes: int
    marks: int
    therapy_uses: int


# -- time helpers -------------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def format_time(value: datetime) -> str:
    """A naive UTC time as ISO 8601 with a ``Z``."""
    return value.isoformat() + "Z"


def _local_date(started_at: datetime, offset_minutes: int) -> date:
    return (started_at + timedelta(minutes=offset_minutes)).date()


# -- export -------------------------------------------------------------------------------------


def _profiles_in_scope(s: Session, profile: str | None) -> list[Profile]:
    query = select(Profile).order_by(Profile.id)
    if profile is not None:
        query = query.where(Profile.name == profile)
    rows = list(s.scalars(query))
    if profile is not None and not rows:
        raise TransferError(say("there is no profile called {name}", name=repr(profile)))
    return rows


def _in_range(when: datetime, offset: int, start: date | None, end: date | None) -> bool:
    day = _local_date(when, offset)
    return (start is None or day >= start) and (end is None or day <= end)


def _query_window(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """A UTC window wide enough for any local offset; the exact filter runs on local dates."""
    margin = timedelta(minutes=MAX_OFFSET + 1)
    low = None if start is None else datetime.combine(start, datetime.min.time()) - margin
    high = None if end is None else datetime.combine(end, datetime.min.time()) + timedelta(1) + margin
    return low, high


def _mark_json(m: Mark, uuid_by_id: dict[int, str]) -> dict[str, Any]:
    return {
        "uuid": m.uuid,
        "kind": m.kind,
        "view": m.view,
        "geometry": m.geometry,
        "intensity": m.intensity,
        "regions": {r.region_id: r.share for r in sorted(m.regions, key=lambda r: r.region_id)},
        "qualities": m.qualities,
        "tp_state": m.tp_state,
        "spasm_kind": m.spasm_kind,
        "muscle_key": m.muscle_key,
        "source": uuid_by_id.get(m.source_mark_id) if m.source_mark_id is not None else None,
        "note": m.note or "",
        **_chart_json(m, uuid_by_id),
    }


def _chart_json(m: Mark, uuid_by_id: dict[int, str]) -> dict[str, Any]:
    """The body-chart keys of a symptom mark, or the examination of a trigger point; other
    kinds have neither (and a file may leave them out: they default to empty)."""
    if m.kind in SYMPTOM_KINDS:
        return {
            "rank": m.rank,
            "constancy": m.constancy,
            "depth": m.depth,
            "aggravating": m.factors("aggravating"),
            "aggravating_note": m.aggravating_note or "",
            "easing": m.factors("easing"),
            "easing_note": m.easing_note or "",
            "daily_pattern": m.factors("daily_pattern"),
            "morning_stiffness_minutes": m.morning_stiffness_minutes,
            "brought_on_by": (
                uuid_by_id.get(m.brought_on_by_id) if m.brought_on_by_id is not None else None
            ),
        }
    if m.kind == "trigger_point":
        return {"exam": m.exam, "pressure_threshold": m.pressure_threshold}
    return {}


def _use_json(u: TherapyUse, therapy_uuid: dict[int, str]) -> dict[str, Any]:
    return {
        "uuid": u.uuid,
        "therapy": therapy_uuid[u.therapy_id],
        "used_at": format_time(u.used_at),
        "utc_offset_minutes": u.utc_offset_minutes,
        "duration_minutes": u.duration_minutes,
        "dose": u.dose or "",
        "outcome": u.outcome,
        "relief": u.relief,
        "regions": sorted(r.region_id for r in u.regions),
        "note": u.note or "",
    }


def _episode_json(e: Episode, therapy_uuid: dict[int, str]) -> dict[str, Any]:
    uuid_by_id = {m.id: m.uuid for m in e.marks}
    # A referred area may point at a trigger point of another episode only through corrupt data;
    # the export never writes a link that would not resolve inside the episode.
    return {
        "uuid": e.uuid,
        "started_at": format_time(e.started_at),
        "utc_offset_minutes": e.utc_offset_minutes,
        "duration_minutes": e.duration_minutes,
        "kind": e.kind,
        "intensity": e.intensity,
        "fatigue": e.fatigue,
        "triggers": e.triggers,
        "notes": e.notes or "",
        "cleared_regions": e.cleared_regions,
        "created_at": format_time(e.created_at),
        "updated_at": format_time(e.updated_at),
        "version": e.version,
        "marks": [_mark_json(m, uuid_by_id) for m in sorted(e.marks, key=lambda m: m.position)],
        "therapy_uses": [
            _use_json(u, therapy_uuid)
            for u in sorted(e.therapy_uses, key=lambda u: (u.used_at, u.id))
        ],
    }


def _assessment_json(a: AssessmentRecord) -> dict[str, Any]:
    sss = a.sss
    return {
        "uuid": a.uuid,
        "assessed_on": a.assessed_on.isoformat(),
        "created_at": format_time(a.created_at) if a.created_at else None,
        "areas": a.sorted_areas(),
        "areas_adjusted": a.areas_adjusted,
        "sss": None if sss is None else sss.as_dict(),
        "symptoms_3_months": a.symptoms_3_months,
        "note": a.note,
    }


def _tender_exam_json(e: TenderExamRecord) -> dict[str, Any]:
    return {
        "uuid": e.uuid,
        "examined_on": e.examined_on.isoformat(),
        "created_at": format_time(e.created_at) if e.created_at else None,
        "sites": [
            {"site": site.site, "tender": site.tender, "intensity": site.intensity}
            for site in e.sites
        ],
        "note": e.note,
    }


def _fibro_json(
    s: Session, profile_id: int, start: date | None, end: date | None
) -> dict[str, Any]:
    """A profile's assessments and tender-point exams of the scope (their days are local)."""
    from bodymap.store.assessments import assessment_record, tender_exam_record

    assessments = select(FibroAssessment).where(FibroAssessment.profile_id == profile_id)
    exams = select(TenderExam).where(TenderExam.profile_id == profile_id)
    if start is not None:
        assessments = assessments.where(FibroAssessment.assessed_on >= start)
        exams = exams.where(TenderExam.examined_on >= start)
    if end is not None:
        assessments = assessments.where(FibroAssessment.assessed_on <= end)
        exams = exams.where(TenderExam.examined_on <= end)
    return {
        "assessments": [
            _assessment_json(assessment_record(a))
            for a in s.scalars(
                assessments.order_by(FibroAssessment.assessed_on, FibroAssessment.id)
                .options(selectinload(FibroAssessment.area_rows))
            )
        ],
        "tender_exams": [
            _tender_exam_json(tender_exam_record(e))
            for e in s.scalars(
                exams.order_by(TenderExam.examined_on, TenderExam.id)
                .options(selectinload(TenderExam.site_rows))
            )
        ],
    }


def _outcomes_json(
    s: Session, profile_id: int, start: date | None, end: date | None
) -> dict[str, Any]:
    """A profile's PSFS activities (those in use at some time in the scope, with the ratings of
    the scope) and PGIC ratings of the scope; days are local calendar days."""
    from bodymap.store.outcomes import pgic_record, psfs_activity_record

    activities = (
        select(PsfsActivity)
        .where(PsfsActivity.profile_id == profile_id)
        .order_by(PsfsActivity.added_on, PsfsActivity.id)
        .options(selectinload(PsfsActivity.rating_rows))
    )
    pgic = select(PgicRating).where(PgicRating.profile_id == profile_id)
    if start is not None:
        activities = activities.where(
            (PsfsActivity.retired_on.is_(None)) | (PsfsActivity.retired_on > start)
        )
        pgic = pgic.where(PgicRating.rated_on >= start)
    if end is not None:
        activities = activities.where(PsfsActivity.added_on <= end)
        pgic = pgic.where(PgicRating.rated_on <= end)
    psfs = []
    for row in s.scalars(activities):
        a = psfs_activity_record(row)
        psfs.append({
            "uuid": a.uuid,
            "name": a.name,
            "added_on": a.added_on.isoformat(),
            "retired_on": a.retired_on.isoformat() if a.retired_on else None,
            "ratings": [
                {"uuid": r.uuid, "rated_on": r.rated_on.isoformat(), "score": r.score}
                for r in row.rating_rows
                if (start is None or r.rated_on >= start) and (end is None or r.rated_on <= end)
            ],
        })
    return {
        "psfs": psfs,
        "pgic": [
            {"uuid": r.uuid, "rated_on": r.rated_on.isoformat(), "score": r.score, "note": r.note}
            for r in map(pgic_record, s.scalars(pgic.order_by(PgicRating.rated_on, PgicRating.id)))
        ],
    }


def _episode_options() -> list[Any]:
    """How an export loads an episode's rows: everything it writes, in a few queries per batch
    (without them every episode and mark would cost a query of its own)."""
    return [
        selectinload(Episode.marks).selectinload(Mark.regions),
        selectinload(Episode.marks).selectinload(Mark.quality_rows),
        selectinload(Episode.marks).selectinload(Mark.factor_rows),
        selectinload(Episode.trigger_rows),
        selectinload(Episode.cleared_rows),
        selectinload(Episode.therapy_uses).selectinload(TherapyUse.regions),
    ]


#: Episodes loaded (and written) per round of an export: the memory an export needs is that of
#: one batch, whatever the size of the diary.
EXPORT_BATCH = 400


@dataclass
class _ExportScope:
    """What an export covers, read before the first episode is written."""

    therapies: list[dict[str, Any]]
    therapy_uuid: dict[int, str]
    #: per profile in scope: (its head, its id, the ids of its episodes in scope, in order)
    profiles: list[tuple[dict[str, Any], int, list[int]]]
    #: episodes in scope (the unit of the progress callback)
    total: int


def _export_scope(
    s: Session, profile: str | None, start: date | None, end: date | None
) -> _ExportScope:
    low, high = _query_window(start, end)
    therapies = list(s.scalars(select(Therapy).order_by(Therapy.id)))
    therapy_uuid = {t.id: t.uuid for t in therapies}
    profiles = []
    total = 0
    used: set[int] = set()
    for p in _profiles_in_scope(s, profile):
        query = (
            select(Episode.id, Episode.started_at, Episode.utc_offset_minutes)
            .where(Episode.profile_id == p.id)
            .order_by(Episode.started_at, Episode.id)
        )
        if low is not None:
            query = query.where(Episode.started_at >= low)
        if high is not None:
            query = query.where(Episode.started_at < high)
        ids = [
            row.id for row in s.execute(query)
            if _in_range(row.started_at, row.utc_offset_minutes, start, end)
        ]
        total += len(ids)
        if profile is not None:
            # The therapies this person's export names: those of the episodes in scope and of
            # the uses of no episode in scope (one person's export carries no one else's).
            in_scope = set(ids)
            for therapy_id, episode_id in s.execute(
                select(TherapyUse.therapy_id, TherapyUse.episode_id)
                .where(TherapyUse.profile_id == p.id, TherapyUse.episode_id.is_not(None))
            ):
                if episode_id in in_scope:
                    used.add(therapy_id)
            for therapy_id, used_at, offset in s.execute(
                select(TherapyUse.therapy_id, TherapyUse.used_at, TherapyUse.utc_offset_minutes)
                .where(TherapyUse.profile_id == p.id, TherapyUse.episode_id.is_(None))
            ):
                if _in_range(used_at, offset, start, end):
                    used.add(therapy_id)
        head = {
            "uuid": p.uuid,
            "name": p.name,
            "created_at": format_time(p.created_at),
            "birth_year": p.birth_year,
            "conditions": conditions_list(p.conditions),
        }
        profiles.append((head, p.id, ids))
    if profile is not None:
        therapies = [t for t in therapies if t.builtin or t.id in used]
    return _ExportScope(
        therapies=[
            {
                "uuid": t.uuid,
                "key": t.key,
                "name": t.name,
                "category": t.category,
                "builtin": bool(t.builtin),
            }
            for t in therapies
        ],
        therapy_uuid=therapy_uuid,
        profiles=profiles,
        total=total,
    )


def _document_head(
    scope: _ExportScope, profile: str | None, start: date | None, end: date | None
) -> dict[str, Any]:
    """The keys of the document before its profiles."""
    from bodymap import __version__

    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_time(_utcnow()),
        "generator": f"bodymap {__version__}",
        "scope": {
            "profile": profile,
            "from": start.isoformat() if start else None,
            "to": end.isoformat() if end else None,
        },
        "therapies": scope.therapies,
    }


def _profile_tail(
    s: Session, profile_id: int, therapy_uuid: dict[int, str], start: date | None,
    end: date | None,
) -> dict[str, Any]:
    """A profile's keys after its episodes: its uses of no episode, its fibromyalgia
    assessments and tender-point exams, its outcome measures."""
    loose = s.scalars(
        select(TherapyUse)
        .where(TherapyUse.profile_id == profile_id, TherapyUse.episode_id.is_(None))
        .order_by(TherapyUse.used_at, TherapyUse.id)
        .options(selectinload(TherapyUse.regions))
    )
    return {
        "therapy_uses": [
            _use_json(u, therapy_uuid)
            for u in loose
            if _in_range(u.used_at, u.utc_offset_minutes, start, end)
        ],
        **_fibro_json(s, profile_id, start, end),
        **_outcomes_json(s, profile_id, start, end),
    }


class _Counter:
    """Progress over the episodes of an export: ``progress(done, total)`` every 25."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        if progress is not None:
            progress(0, total)

    def step(self, count: int) -> None:
        for _ in range(count):
            self.done += 1
            if self.progress is not None and (self.done % 25 == 0 or self.done == self.total):
                self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


class _RawJSON:
    """JSON columns read as the text stored (a mark's geometry is most of an export's bytes):
    each value becomes a placeholder string that :meth:`fill` swaps for the stored text in the
    encoded episode, so it is neither parsed nor encoded again.

    The placeholders are all the same (a random token): the encoder writes them in the order
    they were handed out, so :meth:`fill` puts the texts back in that order, one encoded
    episode after another."""

    def __init__(self) -> None:
        self.token = uuid_module.uuid4().hex
        self.texts: list[str] = []
        self._used = 0
        self._placeholder = f"\x00{self.token}\x00"
        self._encoded = json.dumps(self._placeholder)

    def hold(self, text: str | None) -> str | None:
        if text is None:
            return None
        self.texts.append(text)
        return self._placeholder

    def fill(self, encoded: str) -> str:
        """``encoded`` (the next episode held for) with its stored texts in place."""
        parts = encoded.split(self._encoded)
        count = len(parts) - 1
        if not count:
            return encoded
        texts = self.texts[self._used : self._used + count]
        if len(texts) != count:  # cannot be: no stored text holds a NUL character
            raise RuntimeError("an export placeholder without its text")
        self._used += count
        out = [parts[0]]
        for text, part in zip(texts, parts[1:], strict=True):
            out.append(text)
            out.append(part)
        return "".join(out)

    def clear(self) -> None:
        """Forget the texts held (before the next batch is read)."""
        self.texts = []
        self._used = 0


def _grouped(rows: Iterable[Any]) -> dict[Any, list[Any]]:
    """``{first value: [second value, ...]}`` of two-column rows, in the rows' order."""
    out: dict[Any, list[Any]] = {}
    for key, value in rows:
        found = out.get(key)
        if found is None:
            out[key] = [value]
        else:
            found.append(value)
    return out


_EXPORT_EMPTY: list[Any] = []


def _plain_rows(conn: Connection, statement: Any) -> list[tuple[Any, ...]]:
    """The rows of ``statement`` (a select whose parameters are ids) as the driver's tuples,
    each value converted only where its column's type has a result processor for the dialect
    (SQLite's text of a datetime, its 0/1 of a boolean): what ``conn.execute`` returns, without
    a row object per row (an export reads a quarter of a million rows)."""
    dialect = conn.dialect
    compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    if any(type(value) is not int for value in params.values()):
        raise TypeError("only ids are passed to the driver as they are")
    args = tuple(params[name] for name in compiled.positiontup) if compiled.positional else params
    result = conn.exec_driver_sql(compiled.string, args)
    try:
        processors = column_processors(conn, statement, result.cursor.description)
        rows: list[tuple[Any, ...]] = list(result.cursor.fetchall())
    finally:
        result.close()
    return converted(rows, processors)


def _episodes_json(
    s: Session, ids: list[int], therapy_uuid: dict[int, str], raw: _RawJSON | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """The episodes ``ids`` as export dicts, a batch at a time; the rows of a batch are let go
    before the next is read.  ``raw``: a mark's geometry stays a placeholder of its stored text.

    The same dicts as :func:`_episode_json` makes of the models (:func:`_episodes_orm_json`;
    the tests compare the two), read with one plain query per table and batch and put
    together from tuples: no ORM objects and no object per row (building a quarter of a
    million of them was most of an export's time).  A new child table an export writes is
    read here and in :func:`_episode_options`.
    """
    e, m = Episode.__table__, Mark.__table__
    trig, clear = EpisodeTrigger.__table__, EpisodeClearedRegion.__table__
    reg, qual, fac = MarkRegion.__table__, MarkQuality.__table__, MarkFactor.__table__
    use, use_reg = TherapyUse.__table__, TherapyUseRegion.__table__
    geometry: Any = m.c.geometry if raw is None else cast(m.c.geometry, Text)
    exam_columns = [m.c[f"exam_{finding}"] for finding in EXAM_FINDINGS]
    symptoms = frozenset(SYMPTOM_KINDS)
    conn = s.connection()  # Core rows: no ORM bookkeeping
    for i in range(0, len(ids), EXPORT_BATCH):
        chunk = ids[i : i + EXPORT_BATCH]
        if raw is not None:
            raw.clear()
        hold = raw.hold if raw is not None else None
        in_chunk = m.c.episode_id.in_(chunk)
        triggers = _grouped(_plain_rows(conn,
            select(trig.c.episode_id, trig.c.trigger).where(trig.c.episode_id.in_(chunk))
            .order_by(trig.c.episode_id, trig.c.position)
        ))
        cleared = _grouped(_plain_rows(conn,
            select(clear.c.episode_id, clear.c.region_id).where(clear.c.episode_id.in_(chunk))
            .order_by(clear.c.episode_id, clear.c.region_id)
        ))
        regions = _grouped(
            (mark_id, (region, share)) for mark_id, region, share in _plain_rows(conn,
                select(reg.c.mark_id, reg.c.region_id, reg.c.share)
                .join(m, m.c.id == reg.c.mark_id).where(in_chunk)
            )
        )
        qualities = _grouped(_plain_rows(conn,
            select(qual.c.mark_id, qual.c.quality).join(m, m.c.id == qual.c.mark_id)
            .where(in_chunk).order_by(qual.c.mark_id, qual.c.position)
        ))
        factors: dict[tuple[int, str], list[str]] = _grouped(
            ((mark_id, kind), factor) for mark_id, kind, factor in _plain_rows(conn,
                select(fac.c.mark_id, fac.c.kind, fac.c.factor).join(m, m.c.id == fac.c.mark_id)
                .where(in_chunk).order_by(fac.c.mark_id, fac.c.position)
            )
        )
        use_regions = _grouped(_plain_rows(conn,
            select(use_reg.c.use_id, use_reg.c.region_id)
            .join(use, use.c.id == use_reg.c.use_id).where(use.c.episode_id.in_(chunk))
        ))
        uses: dict[int, list[dict[str, Any]]] = {}
        for (u_id, u_episode, u_uuid, u_therapy, used_at, u_offset, u_duration, dose, outcome,
             relief, u_note) in _plain_rows(conn,
            select(
                use.c.id, use.c.episode_id, use.c.uuid, use.c.therapy_id, use.c.used_at,
                use.c.utc_offset_minutes, use.c.duration_minutes, use.c.dose, use.c.outcome,
                use.c.relief, use.c.note,
            ).where(use.c.episode_id.in_(chunk))
            .order_by(use.c.episode_id, use.c.used_at, use.c.id)
        ):
            uses.setdefault(u_episode, []).append({
                "uuid": u_uuid,
                "therapy": therapy_uuid[u_therapy],
                "used_at": used_at.isoformat() + "Z",
                "utc_offset_minutes": u_offset,
                "duration_minutes": u_duration,
                "dose": dose or "",
                "outcome": outcome,
                "relief": relief,
                "regions": sorted(use_regions.get(u_id, _EXPORT_EMPTY)),
                "note": u_note or "",
            })
        marks: dict[int, list[tuple[Any, ...]]] = {}
        for row in _plain_rows(conn,
            select(
                m.c.episode_id, m.c.id, m.c.uuid, m.c.kind, m.c.view, geometry, m.c.intensity,
                m.c.tp_state, m.c.spasm_kind, m.c.muscle_key, m.c.source_mark_id, m.c.note,
                m.c.rank, m.c.constancy, m.c.depth, m.c.aggravating_note, m.c.easing_note,
                m.c.morning_stiffness_minutes, m.c.brought_on_by_id, m.c.pressure_threshold,
                *exam_columns,
            ).where(in_chunk).order_by(m.c.episode_id, m.c.position)
        ):
            found = marks.get(row[0])
            if found is None:
                marks[row[0]] = [row]
            else:
                found.append(row)
        batch = []
        for (e_id, e_uuid, started_at, offset, duration, kind, intensity, fatigue, notes,
             created_at, updated_at, version) in _plain_rows(conn,
            select(
                e.c.id, e.c.uuid, e.c.started_at, e.c.utc_offset_minutes, e.c.duration_minutes,
                e.c.kind, e.c.intensity, e.c.fatigue, e.c.notes, e.c.created_at, e.c.updated_at,
                e.c.version,
            ).where(e.c.id.in_(chunk)).order_by(e.c.started_at, e.c.id)
        ):
            rows = marks.get(e_id, _EXPORT_EMPTY)
            # A referred area may point at a trigger point of another episode only through
            # corrupt data; the export never writes a link that would not resolve inside it.
            uuid_by_id = {row[1]: row[2] for row in rows}
            out_marks = []
            for (_e, m_id, m_uuid, m_kind, view, geo, m_intensity, tp_state, spasm_kind,
                 muscle_key, source_id, m_note, rank, constancy, depth, aggravating_note,
                 easing_note, stiffness, cause_id, threshold, *exam) in rows:
                shares = regions.get(m_id)
                mark = {
                    "uuid": m_uuid,
                    "kind": m_kind,
                    "view": view,
                    "geometry": geo if hold is None else hold(geo),
                    "intensity": m_intensity,
                    "regions": {} if shares is None else dict(sorted(shares)),
                    "qualities": qualities.get(m_id, []),
                    "tp_state": tp_state,
                    "spasm_kind": spasm_kind,
                    "muscle_key": muscle_key,
                    "source": uuid_by_id.get(source_id) if source_id is not None else None,
                    "note": m_note or "",
                }
                if m_kind in symptoms:
                    mark["rank"] = rank
                    mark["constancy"] = constancy
                    mark["depth"] = depth
                    mark["aggravating"] = factors.get((m_id, "aggravating"), [])
                    mark["aggravating_note"] = aggravating_note or ""
                    mark["easing"] = factors.get((m_id, "easing"), [])
                    mark["easing_note"] = easing_note or ""
                    mark["daily_pattern"] = factors.get((m_id, "daily_pattern"), [])
                    mark["morning_stiffness_minutes"] = stiffness
                    mark["brought_on_by"] = (
                        uuid_by_id.get(cause_id) if cause_id is not None else None
                    )
                elif m_kind == "trigger_point":
                    mark["exam"] = {
                        finding: "yes" if answer else "no"
                        for finding, answer in zip(EXAM_FINDINGS, exam, strict=True)
                        if answer is not None
                    }
                    mark["pressure_threshold"] = threshold
                out_marks.append(mark)
            batch.append({
                "uuid": e_uuid,
                "started_at": started_at.isoformat() + "Z",
                "utc_offset_minutes": offset,
                "duration_minutes": duration,
                "kind": kind,
                "intensity": intensity,
                "fatigue": fatigue,
                "triggers": triggers.get(e_id, []),
                "notes": notes or "",
                "cleared_regions": cleared.get(e_id, []),
                "created_at": created_at.isoformat() + "Z",
                "updated_at": updated_at.isoformat() + "Z",
                "version": version,
                "marks": out_marks,
                "therapy_uses": uses.get(e_id, []),
            })
        yield batch


def _episodes_orm_json(
    s: Session, ids: list[int], therapy_uuid: dict[int, str]
) -> Iterator[list[dict[str, Any]]]:
    """The same as :func:`_episodes_json` through the ORM models (the whole-document export and
    CSV, and the reference the streamed export is tested against)."""
    for i in range(0, len(ids), EXPORT_BATCH):
        chunk = ids[i : i + EXPORT_BATCH]
        batch = [
            _episode_json(e, therapy_uuid)
            for e in s.scalars(
                select(Episode)
                .where(Episode.id.in_(chunk))
                .order_by(Episode.started_at, Episode.id)
                .options(*_episode_options())
            )
        ]
        s.expunge_all()
        yield batch


def build_export(
    diary: Any,
    *,
    profile: str | None = None,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """The export document as a Python dict (what :func:`export_json` writes, streamed),
    read through the ORM models.

    ``profile`` limits it to one profile (by name); ``start`` and ``end`` (both inclusive) to the
    episodes and therapy uses whose *local* date falls in that range.  The therapies are the
    whole catalogue for an export of every profile; for one profile only the built-in ones and
    those the export's uses name, so one person's export never carries a therapy (and its text)
    that another person added to the shared catalogue.
    """
    if start is not None and end is not None and end < start:
        raise TransferError(say("the end date is before the start date"))
    with diary.session() as s:
        scope = _export_scope(s, profile, start, end)
        counter = _Counter(scope.total, progress)
        out_profiles = []
        for head, profile_id, ids in scope.profiles:
            episodes: list[dict[str, Any]] = []
            for batch in _episodes_orm_json(s, ids, scope.therapy_uuid):
                episodes.extend(batch)
                counter.step(len(batch))
            out_profiles.append(
                {**head, "episodes": episodes,
                 **_profile_tail(s, profile_id, scope.therapy_uuid, start, end)}
            )
        counter.finish()
        return {**_document_head(scope, profile, start, end), "profiles": out_profiles}


def _counts(document: dict[str, Any], path: Path) -> ExportSummary:
    episodes = [e for p in document["profiles"] for e in p["episodes"]]
    return ExportSummary(
        path=path,
        profiles=len(document["profiles"]),
        episodes=len(episodes),
        marks=sum(len(e["marks"]) for e in episodes),
        therapy_uses=sum(len(e["therapy_uses"]) for e in episodes)
        + sum(len(p["therapy_uses"]) for p in document["profiles"]),
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _dump(value: Any) -> str:
    return _ENCODER.encode(value)


def export_json(
    diary: Any,
    out: Path,
    *,
    profile: str | None = None,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the JSON export to ``out`` (0600, whole or not at all), streamed.

    The document is the one :func:`build_export` returns, written a batch of episodes at a
    time (one episode a line), so the memory needed does not grow with the diary.  It goes to
    a temporary file beside ``out`` that is renamed over it at the end; an error or a cancel
    (:class:`TransferCancelled` from ``progress``) removes the temporary file and leaves
    ``out`` as it was.
    """
    if start is not None and end is not None and end < start:
        raise TransferError(say("the end date is before the start date"))
    out = Path(out)
    episodes = marks = uses = 0
    try:
        # a quarter of a million rows' tuples and dicts, none in a cycle: no collector passes
        with collector.paused(), diary.session() as s, \
                private_output(out, "w", encoding="utf-8") as handle:
            scope = _export_scope(s, profile, start, end)
            counter = _Counter(scope.total, progress)
            raw = _RawJSON()
            write = handle.write
            write("{\n")
            for key, value in _document_head(scope, profile, start, end).items():
                if key == "therapies":
                    write(' "therapies": [')
                    write(",".join(f"\n  {_dump(t)}" for t in value))
                    write("\n ],\n")
                else:
                    write(f" {_dump(key)}: {_dump(value)},\n")
            write(' "profiles": [')
            for number, (head, profile_id, ids) in enumerate(scope.profiles):
                write("\n  {" if number == 0 else ",\n  {")
                for key, value in head.items():
                    write(f"{_dump(key)}: {_dump(value)}, ")
                write('"episodes": [')
                first = True
                for batch in _episodes_json(s, ids, scope.therapy_uuid, raw):
                    for e in batch:
                        write("\n   " if first else ",\n   ")
                        first = False
                        write(raw.fill(_dump(e)))
                        marks += len(e["marks"])
                        uses += len(e["therapy_uses"])
                    episodes += len(batch)
                    counter.step(len(batch))
                write("\n  ]" if not first else "]")
                tail = _profile_tail(s, profile_id, scope.therapy_uuid, start, end)
                uses += len(tail["therapy_uses"])
                for key, value in tail.items():
                    write(f",\n  {_dump(key)}: {_dump(value)}")
                write("}")
            write("\n ]\n}\n" if scope.profiles else "]\n}\n")
            counter.finish()
    except OSError as exc:
        raise TransferError(say("cannot write {path}: {reason}", path=out, reason=os_error_reason(exc))) from exc
    return ExportSummary(
        path=out, profiles=len(scope.profiles), episodes=episodes, marks=marks,
        therapy_uses=uses,
    )


# -- CSV ----------------------------------------------------------------------------------------


def neutralise(value: object) -> object:
    """A cell value safe for a spreadsheet: text a spreadsheet would run as a formula gets a
    leading apostrophe.  Numbers and empty cells are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _local_text(when: datetime, offset: int) -> str:
    sign = "+" if offset >= 0 else "-"
    hours, minutes = divmod(abs(offset), 60)
    return (when + timedelta(minutes=offset)).strftime("%Y-%m-%d %H:%M") + f" {sign}{hours:02d}:{minutes:02d}"


def csv_tables(document: dict[str, Any]) -> dict[str, list[list[object]]]:
    """The three CSV tables (header row first) of an export document, not yet neutralised."""
    therapy = {t["uuid"]: t for t in document["therapies"]}
    episodes: list[list[object]] = [
        [
            "episode_uuid", "profile", "local_start", "started_at_utc", "utc_offset_minutes",
            "duration_minutes", "kind", "intensity", "fatigue", "triggers", "notes", "marks",
            "cleared_regions",
        ]
    ]
    marks: list[list[object]] = [
        [
            "mark_uuid", "episode_uuid", "profile", "local_start", "position", "kind", "view",
            "geometry_type", "x", "y", "geometry", "intensity", "regions", "qualities",
            "tp_state", "spasm_kind", "muscle_key", "source_mark_uuid", "note",
            "rank", "constancy", "depth", "aggravating", "aggravating_note", "easing",
            "easing_note", "daily_pattern", "morning_stiffness_minutes",
            "brought_on_by_mark_uuid", "exam", "pressure_threshold",
        ]
    ]
    uses: list[list[object]] = [
        [
            "use_uuid", "episode_uuid", "profile", "local_time", "used_at_utc",
            "utc_offset_minutes", "therapy", "category", "duration_minutes", "dose", "outcome",
            "relief", "regions", "note",
        ]
    ]

    def use_row(u: dict[str, Any], episode_uuid: str, profile: str) -> list[object]:
        t = therapy.get(u["therapy"], {})
        return [
            u["uuid"], episode_uuid, profile,
            _local_text(parse_time(u["used_at"]), u["utc_offset_minutes"]),
            u["used_at"], u["utc_offset_minutes"], t.get("name", ""), t.get("category", ""),
            _blank(u["duration_minutes"]), u["dose"], _blank(u["outcome"]),
            _blank(u["relief"]), "; ".join(u["regions"]), u["note"],
        ]

    for p in document["profiles"]:
        for e in p["episodes"]:
            local = _local_text(parse_time(e["started_at"]), e["utc_offset_minutes"])
            episodes.append(
                [
                    e["uuid"], p["name"], local, e["started_at"], e["utc_offset_minutes"],
                    _blank(e["duration_minutes"]), e["kind"], _blank(e["intensity"]),
                    _blank(e["fatigue"]), "; ".join(e["triggers"]), e["notes"], len(e["marks"]),
                    "; ".join(e.get("cleared_regions", [])),
                ]
            )
            for position, m in enumerate(e["marks"]):
                g = m["geometry"]
                is_point = g.get("type") == "point"
                marks.append(
                    [
                        m["uuid"], e["uuid"], p["name"], local, position, m["kind"], m["view"],
                        g.get("type", ""), g.get("x", "") if is_point else "",
                        g.get("y", "") if is_point else "",
                        json.dumps(g, separators=(",", ":")), m["intensity"],
                        "; ".join(f"{r}={s:g}" for r, s in m["regions"].items()),
                        "; ".join(m["qualities"]), _blank(m["tp_state"]),
                        _blank(m["spasm_kind"]), _blank(m["muscle_key"]), _blank(m["source"]),
                        m["note"], *_chart_cells(m),
                    ]
                )
            for u in e["therapy_uses"]:
                uses.append(use_row(u, e["uuid"], p["name"]))
        for u in p["therapy_uses"]:
            uses.append(use_row(u, "", p["name"]))
    return {"episodes.csv": episodes, "marks.csv": marks, "therapy_uses.csv": uses}


def _chart_cells(m: dict[str, Any]) -> list[object]:
    """The body-chart cells of a mark row: P-number, attributes, examination (blank if none)."""
    rank = m.get("rank")
    exam = m.get("exam") or {}
    return [
        "" if rank is None else f"P{rank}",
        _blank(m.get("constancy")), _blank(m.get("depth")),
        "; ".join(m.get("aggravating", [])), m.get("aggravating_note", ""),
        "; ".join(m.get("easing", [])), m.get("easing_note", ""),
        "; ".join(m.get("daily_pattern", [])), _blank(m.get("morning_stiffness_minutes")),
        _blank(m.get("brought_on_by")),
        "; ".join(f"{finding}={answer}" for finding, answer in exam.items()),
        _blank(m.get("pressure_threshold")),
    ]


def _blank(value: object) -> object:
    return "" if value is None else value


def _csv_text(rows: Iterable[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    # A byte-order mark tells spreadsheet programs the file is UTF-8.
    return "\ufeff" + buffer.getvalue()


class CsvTargetError(TransferError):
    """``--out`` for CSV names neither a ``.zip`` nor a folder. ``problem`` is ``"file"`` (an
    existing file) or ``"extension"`` (a new name with another extension), and ``suggestion``
    the ``.zip`` name to use, so a caller can say it in the person's language."""

    def __init__(self, out: Path, problem: str) -> None:
        self.out = out
        self.problem = problem
        self.suggestion = out.with_suffix(".zip").name
        if problem == "file":
            text = say("{path} is a file: CSV tables go into a .zip file or a folder "
                       "(for example {suggestion})", path=out, suggestion=self.suggestion)
        else:
            text = say("CSV tables go into a .zip file or a folder, and {name} is neither: "
                       "use {suggestion} for a zip file, or a name without an extension "
                       "for a folder", name=out.name, suggestion=self.suggestion)
        super().__init__(text)


def check_csv_target(out: Path) -> None:
    """The CSV tables go into a ``.zip`` or a folder; refuse any other name before writing.

    ``--out demo.csv`` used to become a folder called ``demo.csv``, which nobody expects: a
    name with another extension, or an existing file that is not a ``.zip``, is an error.
    """
    if out.suffix.lower() == ".zip":
        return
    if out.is_dir() and not out.is_symlink():
        return
    if out.exists() or out.is_symlink():
        raise CsvTargetError(out, "file")
    if out.suffix:
        raise CsvTargetError(out, "extension")


def export_csv(
    diary: Any,
    out: Path,
    *,
    profile: str | None = None,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write episodes.csv, marks.csv and therapy_uses.csv into a ``.zip`` file or a folder."""
    check_csv_target(Path(out))
    document = build_export(diary, profile=profile, start=start, end=end, progress=progress)
    tables = {name: _csv_text(rows) for name, rows in csv_tables(document).items()}
    out = Path(out)
    try:
        if out.suffix.lower() == ".zip":
            with private_output(out, "wb") as handle:
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                    for name, text in tables.items():
                        archive.writestr(name, text.encode("utf-8"))
        else:
            ensure_private_dir(out)  # refuses a file or a link where the folder should be
            for name, text in tables.items():
                with private_output(out / name, "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
    except OSError as exc:
        raise TransferError(say("cannot write {path}: {reason}", path=out, reason=os_error_reason(exc))) from exc
    return _counts(document, out)


def _apply_stream(
    diary: Any, plan: StreamPlan, progress: Progress | None
) -> ImportSummary:
    """Write a streamed file in one transaction, a batch of episodes at a time as
    :func:`read_stream` reads and checks them.

    A large file into an empty SQLite diary is read in a process of its own
    (:func:`file_reading.read_apart`).
    (Reading the next batch on a thread of its own while this one is written made the import
    slower, not faster: the driver lets go of the interpreter lock for every row it writes,
    and takes it back only when the reading thread gives it up, up to 5 ms later.)"""
    summary = ImportSummary()
    now = _utcnow()
    if progress is not None:
        progress(0, 0)
    small: list[ProfilePlan] = []
    profile_ids: dict[int, int] = {}
    therapy_ids: dict[int, int] = {}
    episode_count = 0
    with diary.session() as s, bulk.large_write(s):
        # The write lock before the look: no other writer can add an episode between the
        # look that finds the diary empty and the rows written on that ground.
        bulk.hold_write_lock(s.connection())
        before = _Before.read(s)
        # Into a diary without episodes, the tables' lookup indexes are made once at the end.
        deferred = nullcontext() if before.episodes else bulk.indexes_built_after(s)
        with deferred:
            # A large file into an SQLite diary without episodes (everything in it will be
            # written) is read by a process of its own while this one writes
            # (file_reading.read_apart); its geometries come as the text SQLite keeps.  Into a
            # diary in use much of a file may be there already, and the second process's
            # pickling and texts (about 40 % more than reading here) would be waited for; on
            # a server the writes wait on the server more than on the reading.
            apart = (
                not before.episodes
                and plan.size >= file_reading.READ_APART_FROM_BYTES
                and s.connection().dialect.name == "sqlite"
            )
            steps = (file_reading.read_apart if apart else file_reading.read_here)(plan)
            try:
                for step in steps:
                    if step.kind == "episodes":
                        _write_episode_batch(
                            s, step.episodes, profile_ids, therapy_ids, summary, now, before
                        )
                    elif step.kind == "profile" and step.profile is not None:
                        profile_ids[step.index] = _write_profile(s, step.profile, summary, now)
                    elif step.kind == "header":
                        therapy_ids = _write_therapies(s, plan.therapies, summary)
                    elif step.kind == "extras" and step.extras is not None:
                        small.append(step.extras)
                    elif step.kind == "end":
                        episode_count = step.done
                    if progress is not None and step.kind in ("episodes", "read") and (
                        step.done % file_reading.PROGRESS_STEP == 0
                    ):
                        progress(step.done, step.total)
            finally:
                steps.close()
            _write_loose_and_extras(
                s, Plan(plan.therapies, small, episode_count), profile_ids, therapy_ids, summary,
                now, before,
            )
        if progress is not None:  # still inside the transaction: a cancel now writes nothing
            progress(episode_count, episode_count)
    return summary


# -- writing ------------------------------------------------------------------------------------


def _where_uuid_exists(s: Session, model: Any, uuids: set[str]) -> set[str]:
    found: set[str] = set()
    items = sorted(uuids)
    # One statement with an expanding parameter: the uuids go to the driver as they are.
    statement = select(model.uuid).where(model.uuid.in_(bindparam("uuids", expanding=True)))
    for i in range(0, len(items), 500):
        found.update(s.scalars(statement, {"uuids": items[i : i + 500]}).all())
    return found


def _write_therapies(
    s: Session, therapies: list[TherapyRecord], summary: ImportSummary
) -> dict[int, int]:
    """The file's therapies in the diary (same uuid, else same catalogue key, else new): their
    database ids by their index in the file."""
    therapy_ids: dict[int, int] = {}
    for index, t in enumerate(therapies):
        found = s.scalar(select(Therapy).where(Therapy.uuid == t.uuid))
        if found is None and t.key is not None:
            found = s.scalar(select(Therapy).where(Therapy.key == t.key))
        if found is None:
            found = Therapy(
                uuid=t.uuid, key=t.key, name=t.name, category=t.category, builtin=t.builtin
            )
            s.add(found)
            s.flush()
            summary.added["therapies"] += 1
        else:
            summary.skipped["therapies"] += 1
        therapy_ids[index] = found.id
    return therapy_ids


def _write_profile(
    s: Session, record: ProfileRecord, summary: ImportSummary, now: datetime
) -> int:
    """The file's profile in the diary (same uuid, else same name, else new): its id."""
    profile = s.scalar(select(Profile).where(Profile.uuid == record.uuid))
    if profile is None:
        profile = s.scalar(select(Profile).where(Profile.name == record.name))
    if profile is None:
        profile = Profile(
            uuid=record.uuid, name=record.name, created_at=record.created_at or now,
            birth_year=record.birth_year,
            conditions=conditions_text(record.conditions),
        )
        s.add(profile)
        s.flush()
        summary.added["profiles"] += 1
    else:
        summary.skipped["profiles"] += 1
        if profile.birth_year is None and not profile.conditions:
            # The diary's own details win; a profile without any takes the file's.
            profile.birth_year = record.birth_year
            profile.conditions = conditions_text(record.conditions)
    return profile.id


@dataclass(frozen=True)
class _Before:
    """Whether the diary held any episode, and any therapy use, when the import began (read
    in its transaction).  What an import writes has uuids unique in the file (checked as it is
    read), so in a diary that had none of them nothing of the file can be there already: the
    look-ups by uuid are skipped (a third of the statements of an import into an empty diary).
    A mark belongs to an episode, so no episode means no mark either."""

    episodes: bool
    uses: bool

    @classmethod
    def read(cls, s: Session) -> _Before:
        return cls(
            episodes=s.scalar(select(Episode.id).limit(1)) is not None,
            uses=s.scalar(select(TherapyUse.id).limit(1)) is not None,
        )


def _new_episodes(
    s: Session, episodes: list[EpisodeRecord], summary: ImportSummary, before: _Before
) -> list[EpisodeRecord]:
    """The episodes the diary does not have yet (by uuid), counted in ``summary``; refused if
    a new episode's mark or therapy use is already recorded elsewhere in the diary."""
    if before.episodes:
        existing = _where_uuid_exists(s, Episode, {e.uuid for e in episodes})
        new = [e for e in episodes if e.uuid not in existing]
        clash = _where_uuid_exists(s, Mark, {m.uuid for e in new for m in e.marks})
    else:
        existing, new, clash = set(), list(episodes), set()
    if clash:
        raise TransferError(say(
            "mark {uuid} of a new episode is already part of another episode "
            "in this diary; the file and the diary disagree, nothing was imported",
            uuid=sorted(clash)[0]))
    if before.uses:
        clash = _where_uuid_exists(s, TherapyUse, {u.uuid for e in new for u in e.therapy_uses})
    if clash:
        raise TransferError(say(
            "therapy use {uuid} of a new episode is already recorded elsewhere "
            "in this diary; nothing was imported", uuid=sorted(clash)[0]))
    for e in episodes:
        counts = summary.skipped if e.uuid in existing else summary.added
        counts["episodes"] += 1
        counts["marks"] += len(e.marks)
        counts["therapy_uses"] += len(e.therapy_uses)
    return new


def _write_episode_batch(
    s: Session, episodes: list[EpisodeRecord], profile_ids: dict[int, int],
    therapy_ids: dict[int, int], summary: ImportSummary, now: datetime, before: _Before,
) -> None:
    """One batch of a streamed import, through the bulk writer."""
    if not episodes:
        return
    new = _new_episodes(s, episodes, summary, before)
    bulk.write_episodes(
        s, new, profile_ids=profile_ids, therapy_ids=therapy_ids, now=now, chunk=file_reading.BATCH,
        validated=True,  # by _episode_record, with the same validate
    )


def _write_loose_and_extras(
    s: Session, plan: Plan, profile_ids: dict[int, int], therapy_ids: dict[int, int],
    summary: ImportSummary, now: datetime, before: _Before,
) -> None:
    """The uses of no episode, the assessments and exams, the outcome measures."""
    loose = [u for p in plan.profiles for u in p.therapy_uses]
    existing_loose = (
        _where_uuid_exists(s, TherapyUse, {u.uuid for u in loose}) if before.uses else set()
    )
    new_loose = [u for u in loose if u.uuid not in existing_loose]
    summary.added["therapy_uses"] += len(new_loose)
    summary.skipped["therapy_uses"] += len(loose) - len(new_loose)
    bulk.write_therapy_uses(s, new_loose, profile_ids=profile_ids, therapy_ids=therapy_ids)
    _write_fibro(s, plan, profile_ids, summary, now)
    _write_outcomes(s, plan, profile_ids, summary)


def apply_plan(
    diary: Any, plan: Plan | StreamPlan, progress: Progress | None = None
) -> ImportSummary:
    """Write a checked plan (or a streamed file, read and checked as it is written) in one
    transaction, skipping what the database has already.  ``progress(done, total)`` counts
    episodes (for a stream the total is estimated from the share of the file read, until the
    end); :class:`TransferCancelled` raised from it rolls everything back."""
    with collector.paused():
        if isinstance(plan, StreamPlan):
            return _apply_stream(diary, plan, progress)
        return _apply_whole(diary, plan, progress)


def _apply_whole(diary: Any, plan: Plan, progress: Progress | None) -> ImportSummary:
    """:func:`apply_plan` of a document read and checked whole."""
    summary = ImportSummary()
    total = plan.episode_count
    now = _utcnow()
    if progress is not None:
        progress(0, total)
    with diary.session() as s, bulk.large_write(s):
        # -- every check against the database first, before the first write
        all_episodes = [e for p in plan.profiles for e in p.episodes]
        before = _Before.read(s)
        new_episodes = _new_episodes(s, all_episodes, summary, before)
        therapy_ids = _write_therapies(s, plan.therapies, summary)
        profile_ids = {
            index: _write_profile(s, p.record, summary, now)
            for index, p in enumerate(plan.profiles)
        }
        _write_loose_and_extras(s, plan, profile_ids, therapy_ids, summary, now, before)
        already = total - len(new_episodes)
        if progress is not None:
            progress(already, total)
        bulk.write_episodes(
            s,
            new_episodes,
            profile_ids=profile_ids,
            therapy_ids=therapy_ids,
            now=now,
            progress=None if progress is None else (lambda done, _n: progress(already + done, total)),
            chunk=file_reading.BATCH,
            validated=True,  # by validate_document, with the same validate
        )
    return summary


def _write_fibro(
    s: Session, plan: Plan, profile_ids: dict[int, int], summary: ImportSummary, now: datetime
) -> None:
    """Add the assessments and tender-point exams the diary does not have (matched by uuid)."""
    assessments = [a for p in plan.profiles for a in p.assessments]
    if assessments:
        existing = _where_uuid_exists(s, FibroAssessment, {a.uuid for a in assessments})
        new_assessments = [a for a in assessments if a.uuid not in existing]
        summary.added["assessments"] = len(new_assessments)
        summary.skipped["assessments"] = len(assessments) - len(new_assessments)
        bulk.write_assessments(s, new_assessments, profile_ids=profile_ids, now=now)
    exams = [x for p in plan.profiles for x in p.tender_exams]
    if exams:
        existing = _where_uuid_exists(s, TenderExam, {x.uuid for x in exams})
        new_exams = [x for x in exams if x.uuid not in existing]
        summary.added["tender_exams"] = len(new_exams)
        summary.skipped["tender_exams"] = len(exams) - len(new_exams)
        bulk.write_tender_exams(s, new_exams, profile_ids=profile_ids, now=now)


def _write_outcomes(
    s: Session, plan: Plan, profile_ids: dict[int, int], summary: ImportSummary
) -> None:
    """Add the PSFS activities, PSFS ratings and PGIC ratings the diary does not have (matched
    by uuid).  A rating of an activity the diary has already is added unless the diary has a
    rating of that activity on that day (the diary's own wins)."""
    pairs = [(p_index, a, r) for p_index, p in enumerate(plan.profiles) for a, r in p.psfs]
    if pairs:
        existing = {
            row.uuid: row
            for chunk in range(0, len(pairs), 500)
            for row in s.scalars(
                select(PsfsActivity).where(
                    PsfsActivity.uuid.in_([a.uuid for _p, a, _r in pairs[chunk:chunk + 500]])
                )
            )
        }
        new_activities = [a for _p, a, _r in pairs if a.uuid not in existing]
        summary.added["psfs_activities"] = len(new_activities)
        summary.skipped["psfs_activities"] = len(pairs) - len(new_activities)
        ids = bulk.write_psfs(
            s, new_activities, [], profile_ids=profile_ids, activity_ids={}
        )
        db_id = dict(zip((a.uuid for a in new_activities), ids, strict=True))
        db_id.update({u: row.id for u, row in existing.items()})
        taken = {
            (activity_id, day)
            for activity_id, day in s.execute(
                select(PsfsRating.activity_id, PsfsRating.rated_on).where(
                    PsfsRating.activity_id.in_([row.id for row in existing.values()])
                )
            )
        } if existing else set()
        all_ratings = [(a, r) for _p, a, rs in pairs for r in rs]
        known = _where_uuid_exists(s, PsfsRating, {r.uuid for _a, r in all_ratings})
        new_ratings: list[PsfsRatingRecord] = []
        for a, r in all_ratings:
            key = (db_id[a.uuid], r.rated_on)
            if r.uuid in known or key in taken:
                continue
            taken.add(key)
            new_ratings.append(
                PsfsRatingRecord(
                    uuid=r.uuid, activity_id=db_id[a.uuid], rated_on=r.rated_on, score=r.score
                )
            )
        summary.added["psfs_ratings"] = len(new_ratings)
        summary.skipped["psfs_ratings"] = len(all_ratings) - len(new_ratings)
        bulk.write_psfs(s, [], new_ratings)
    pgic = [x for p in plan.profiles for x in p.pgic]
    if pgic:
        existing_pgic = _where_uuid_exists(s, PgicRating, {x.uuid for x in pgic})
        new_pgic = [x for x in pgic if x.uuid not in existing_pgic]
        summary.added["pgic_ratings"] = len(new_pgic)
        summary.skipped["pgic_ratings"] = len(pgic) - len(new_pgic)
        bulk.write_pgic(s, new_pgic, profile_ids=profile_ids)


def import_document(diary: Any, document: Any, progress: Progress | None = None) -> ImportSummary:
    """Validate a parsed document whole, then write it all or nothing."""
    return _apply_or_refuse(diary, validate_document(document), progress)


def _apply_or_refuse(
    diary: Any, plan: Plan | StreamPlan, progress: Progress | None
) -> ImportSummary:
    try:
        return apply_plan(diary, plan, progress)
    except SQLAlchemyError as exc:  # the database refused: the transaction was rolled back
        raise TransferError(say(
            "the database refused the import ({error}); nothing was written",
            error=exc.__class__.__name__)) from exc


def import_bytes(diary: Any, data: bytes | str, progress: Progress | None = None) -> ImportSummary:
    return import_document(diary, parse_document(data), progress)


def import_file(diary: Any, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Import a JSON export file, streamed (:func:`read_export`), all or nothing.

    Raises :class:`TransferError` (the database unchanged) if the file is malformed.
    """
    return _apply_or_refuse(diary, read_export(path), progress)


def parse_date(text: str) -> date:
    """A date given on the command line or in a form (YYYY-MM-DD)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise TransferError(say("{value} is not a date (use YYYY-MM-DD)", value=repr(text))) from exc
    if not FIRST_DAY <= day <= LAST_DAY:
        raise TransferError(say("{date} is out of range ({first} to {last})", date=text,
                                first=FIRST_DAY.year, last=LAST_DAY.year))
    return day
