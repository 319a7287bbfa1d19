"""Export and import: the whole diary (or one profile, or some dates) as JSON or CSV.

JSON is the complete, versioned format (see ``docs/export-format.md`` and
``docs/bodymap-export.schema.json``): every profile, episode, mark (geometry, regions with their
shares, the link to its source trigger point), therapy and therapy use, each under its stable
uuid.  CSV is for spreadsheets: three tables, with cells that a spreadsheet would run as a
formula neutralised.

Importing reads the whole file, upgrades it step by step from the version that wrote it, turns
it into records and validates all of it, with the records' own ``validate`` (the checks every
writer uses, so the import takes exactly what a save would take), before a single row is
written; then it writes everything in one transaction with the store's bulk writer
(:mod:`bodymap.store.bulk`).  What the database has already (same uuid; a therapy with the same uuid or catalogue
key; a profile with the same uuid or name) is not duplicated.  Any problem raises
:class:`TransferError` whose message names the place in the file, and the database is unchanged.

Files we write are owner-only (0600) and appear whole or not at all (written beside the target,
then renamed over it, by :mod:`bodymap.files`, which refuses a link, a FIFO, a device or a
folder as the target).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from bodymap.files import (
    MAX_READ_BYTES,
    UnsafeSource,
    ensure_private_dir,
    os_error_sentence,
    private_output,
    read_regular_file,
)
from bodymap.store import bulk
from bodymap.store.errors import StoreError, ValidationError
from bodymap.store.models import (
    Episode,
    FibroAssessment,
    Mark,
    Profile,
    TenderExam,
    Therapy,
    TherapyUse,
)
from bodymap.store.records import (
    FIRST_DAY,
    LAST_DAY,
    MAX_OFFSET,
    AssessmentRecord,
    EpisodeRecord,
    MarkRecord,
    ProfileRecord,
    TenderExamRecord,
    TenderSiteRecord,
    TherapyRecord,
    TherapyUseRecord,
    check_uuid,
    conditions_list,
    conditions_text,
    kind_of,
    short,
)

FORMAT_NAME = "bodymap"
#: The version this bodymap writes.  Files of older versions are upgraded by ``UPGRADES``.
#: 2: the plain "pain" mark kind; per profile, fibromyalgia "assessments" and "tender_exams".
FORMAT_VERSION = 2

#: Called as ``progress(done, total)`` while exporting or importing.
Progress = Callable[[int, int], None]

CSV_TABLES = ("episodes.csv", "marks.csv", "therapy_uses.csv")
#: The largest import file (documented in docs/data-safety.md), checked before it is read.
MAX_IMPORT_BYTES = MAX_READ_BYTES
#: The deepest nesting of lists and objects an import may have; an export has about 10.
MAX_NESTING = 64
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class TransferError(StoreError):
    """An export or import could not be done; for an import, nothing was written.

    ``where`` is the place in the file (``profiles[0].episodes[3].marks[1].intensity``) or "".
    """

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message


class TransferCancelled(TransferError):
    """The person cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


@dataclass
class ImportSummary:
    """What an import added and what it found already there, per kind of record."""

    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    KINDS = ("profiles", "therapies", "episodes", "marks", "therapy_uses")
    #: Counted (and listed) only when the file holds any: a file without them reads as before.
    OPTIONAL_KINDS = ("assessments", "tender_exams")

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
        raise TransferError(f"there is no profile called {profile!r}")
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
    }


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


def build_export(
    diary: Any,
    *,
    profile: str | None = None,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """The export document as a Python dict (what :func:`export_json` writes).

    ``profile`` limits it to one profile (by name); ``start`` and ``end`` (both inclusive) to the
    episodes and therapy uses whose *local* date falls in that range.  The therapies are the
    whole catalogue for an export of every profile; for one profile only the built-in ones and
    those the export's uses name, so one person's export never carries a therapy (and its text)
    that another person added to the shared catalogue.
    """
    if start is not None and end is not None and end < start:
        raise TransferError("the end date is before the start date")
    low, high = _query_window(start, end)
    with diary.session() as s:
        therapies = list(s.scalars(select(Therapy).order_by(Therapy.id)))
        therapy_uuid = {t.id: t.uuid for t in therapies}
        profiles = _profiles_in_scope(s, profile)
        profile_ids = [p.id for p in profiles]
        total = 0
        if profile_ids:
            count_query = select(Episode.id).where(Episode.profile_id.in_(profile_ids))
            if low is not None:
                count_query = count_query.where(Episode.started_at >= low)
            if high is not None:
                count_query = count_query.where(Episode.started_at < high)
            total = len(s.scalars(count_query).all())
        done = 0
        if progress is not None:
            progress(0, total)
        out_profiles = []
        for p in profiles:
            query = (
                select(Episode)
                .where(Episode.profile_id == p.id)
                .order_by(Episode.started_at, Episode.id)
                .options(
                    selectinload(Episode.marks).selectinload(Mark.regions),
                    selectinload(Episode.marks).selectinload(Mark.quality_rows),
                    selectinload(Episode.trigger_rows),
                    selectinload(Episode.therapy_uses).selectinload(TherapyUse.regions),
                )
            )
            if low is not None:
                query = query.where(Episode.started_at >= low)
            if high is not None:
                query = query.where(Episode.started_at < high)
            episodes = []
            for e in s.scalars(query):
                done += 1
                if _in_range(e.started_at, e.utc_offset_minutes, start, end):
                    episodes.append(_episode_json(e, therapy_uuid))
                if progress is not None and (done % 25 == 0 or done == total):
                    progress(done, total)
            loose = s.scalars(
                select(TherapyUse)
                .where(TherapyUse.profile_id == p.id, TherapyUse.episode_id.is_(None))
                .order_by(TherapyUse.used_at, TherapyUse.id)
                .options(selectinload(TherapyUse.regions))
            )
            out_profiles.append(
                {
                    "uuid": p.uuid,
                    "name": p.name,
                    "created_at": format_time(p.created_at),
                    "birth_year": p.birth_year,
                    "conditions": conditions_list(p.conditions),
                    "episodes": episodes,
                    "therapy_uses": [
                        _use_json(u, therapy_uuid)
                        for u in loose
                        if _in_range(u.used_at, u.utc_offset_minutes, start, end)
                    ],
                    **_fibro_json(s, p.id, start, end),
                }
            )
        if progress is not None:
            progress(total, total)
        if profile is not None:
            used = {
                u["therapy"]
                for p_out in out_profiles
                for u in [*p_out["therapy_uses"], *(x for e in p_out["episodes"] for x in e["therapy_uses"])]
            }
            therapies = [t for t in therapies if t.builtin or t.uuid in used]
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
            "therapies": [
                {
                    "uuid": t.uuid,
                    "key": t.key,
                    "name": t.name,
                    "category": t.category,
                    "builtin": bool(t.builtin),
                }
                for t in therapies
            ],
            "profiles": out_profiles,
        }


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


def export_json(
    diary: Any,
    out: Path,
    *,
    profile: str | None = None,
    start: date | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the JSON export to ``out`` (0600, whole or not at all)."""
    document = build_export(diary, profile=profile, start=start, end=end, progress=progress)
    out = Path(out)
    try:
        with private_output(out, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    except OSError as exc:
        raise TransferError(f"cannot write {out}: {_os_reason(exc)}") from exc
    return _counts(document, out)


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
        ]
    ]
    marks: list[list[object]] = [
        [
            "mark_uuid", "episode_uuid", "profile", "local_start", "position", "kind", "view",
            "geometry_type", "x", "y", "geometry", "intensity", "regions", "qualities",
            "tp_state", "spasm_kind", "muscle_key", "source_mark_uuid", "note",
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
                        m["note"],
                    ]
                )
            for u in e["therapy_uses"]:
                uses.append(use_row(u, e["uuid"], p["name"]))
        for u in p["therapy_uses"]:
            uses.append(use_row(u, "", p["name"]))
    return {"episodes.csv": episodes, "marks.csv": marks, "therapy_uses.csv": uses}


def _blank(value: object) -> object:
    return "" if value is None else value


def _csv_text(rows: Iterable[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    # A byte-order mark tells spreadsheet programs the file is UTF-8.
    return "\ufeff" + buffer.getvalue()


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
        raise TransferError(f"cannot write {out}: {_os_reason(exc)}") from exc
    return _counts(document, out)


# -- reading and upgrading ----------------------------------------------------------------------


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"[\[{][\]}]")


def check_nesting(text: str, limit: int = MAX_NESTING) -> None:
    """Refuse JSON nested deeper than ``limit`` lists and objects, before it is parsed.

    Strings are taken out (a bracket in a note does not count), then every pass takes away the
    innermost pairs of brackets; what is left after ``limit`` passes is nested deeper.  All in
    the regular-expression engine, so a 256 MB file is checked in about a second.  Brackets that
    do not match are left for the parser to report with its line and column.
    """
    brackets = _NOT_BRACKETS.sub("", _JSON_STRING.sub("", text))
    for _level in range(limit):
        if not brackets:
            return
        reduced = _INNERMOST.sub("", brackets)
        if len(reduced) == len(brackets):
            return  # unbalanced: json.loads names the place
        brackets = reduced
    if brackets and _INNERMOST.search(brackets):
        raise TransferError(
            f"the file is nested more than {limit} levels deep, which no bodymap export is"
        )


def parse_document(data: bytes | str) -> Any:
    """Parse JSON text, turning every way it can be broken into a :class:`TransferError`."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TransferError(
                f"the file is not a bodymap export (not UTF-8 text; byte {exc.start})"
            ) from exc
    check_nesting(data)
    try:
        return json.loads(data, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise TransferError(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "it may be cut short or damaged"
        ) from exc
    except ValueError as exc:
        raise TransferError(f"the file is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise TransferError("the file is nested too deeply to be a bodymap export") from exc


def _upgrade_1_to_2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the "pain" mark kind and, per profile, ``assessments`` and
    ``tender_exams`` (both may be left out).  A version-1 file has none of them, so its data
    stays as it is; only the version moves on."""
    upgraded = dict(document)
    upgraded["version"] = 2
    return upgraded


#: ``UPGRADES[n]`` turns a version-n document into version n + 1; the reader applies them one
#: after another, so any older file comes up to :data:`FORMAT_VERSION`.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}
OLDEST_READABLE = 1


def upgrade_document(document: Any) -> dict[str, Any]:
    """Check the header and bring an older document up to :data:`FORMAT_VERSION` step by step."""
    if not isinstance(document, dict):
        raise TransferError("the file is JSON but not a bodymap export (expected an object)")
    if document.get("format") != FORMAT_NAME:
        raise TransferError('must be "bodymap": this is not a bodymap export', "format")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise TransferError("must be a whole number", "version")
    if version > FORMAT_VERSION:
        raise TransferError(
            f"the file was written by a newer bodymap (format version {version}; this one "
            f"reads up to {FORMAT_VERSION}); please update bodymap to import it",
            "version",
        )
    if version < OLDEST_READABLE:
        raise TransferError(f"unknown format version {version}", "version")
    upgraded: dict[str, Any] = document
    while version < FORMAT_VERSION:
        upgraded = UPGRADES[version](upgraded)
        version += 1
    return upgraded


# -- reading the file into records --------------------------------------------------------------
#
# Only what is about the file lives here: JSON types of the containers, keys that must be
# present and the defaults of those that may be left out, uuids present and unique within the
# file, times as ISO 8601 text, links by uuid.  Every value is then checked by the records' own
# ``validate`` (bodymap.store.records), the one set of bounds every writer uses, with the place
# in the file as the prefix of the field name.


class _Reader:
    """Structure checks that name the place in the file."""

    @staticmethod
    def obj(value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise TransferError(f"must be an object, not {kind_of(value)}", where)
        return value

    @staticmethod
    def array(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise TransferError(f"must be a list, not {kind_of(value)}", where)
        return value

    @staticmethod
    def required(d: dict[str, Any], key: str, where: str) -> Any:
        if key not in d:
            raise TransferError("is missing", f"{where}.{key}" if where else key)
        return d[key]

    @staticmethod
    def uuid(value: Any, where: str, seen: set[str] | None = None) -> str:
        """A uuid, lower-cased (the file may spell it in capitals), once in the whole file."""
        text = value.lower() if isinstance(value, str) else value
        try:
            check_uuid(where, text)
        except ValidationError as exc:
            raise TransferError(exc.message, where) from exc
        if seen is not None:
            if text in seen:
                raise TransferError("the same uuid appears twice in the file", where)
            seen.add(text)
        return str(text)

    @staticmethod
    def time(value: Any, where: str) -> datetime:
        if not isinstance(value, str):
            raise TransferError(f"must be a date and time, not {kind_of(value)}", where)
        try:
            return parse_time(value)
        except (ValueError, OverflowError) as exc:
            raise TransferError(f"{short(value)} is not an ISO 8601 date and time", where) from exc

    @classmethod
    def opt_time(cls, d: dict[str, Any], key: str, where: str) -> datetime | None:
        value = d.get(key)
        return None if value is None else cls.time(value, f"{where}.{key}")


R = _Reader


def parse_time(value: str) -> datetime:
    """ISO 8601 text (``Z``, an offset, or naive meaning UTC) as a naive UTC datetime."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _checked(check: Callable[[str], None], where: str) -> None:
    """Run a record's ``validate(where)``; its complaint becomes one about the file."""
    try:
        check(where)
    except ValidationError as exc:
        raise TransferError(exc.message, exc.field) from exc


@dataclass
class _ProfilePlan:
    """A profile of the file with its episodes and its uses of no episode.

    In the records ``profile_id`` is the profile's index in the file and ``therapy_id`` the
    therapy's index in the file's therapies; the import maps both to database ids.
    """

    record: ProfileRecord
    episodes: list[EpisodeRecord]
    therapy_uses: list[TherapyUseRecord]
    assessments: list[AssessmentRecord] = field(default_factory=list)
    tender_exams: list[TenderExamRecord] = field(default_factory=list)


@dataclass
class _Plan:
    """A validated document, with everything needed to write it."""

    therapies: list[TherapyRecord]
    profiles: list[_ProfilePlan]
    episode_count: int


@dataclass
class _Seen:
    """Uuids met so far in the file, per kind of record: each may appear once."""

    episodes: set[str] = field(default_factory=set)
    marks: set[str] = field(default_factory=set)
    uses: set[str] = field(default_factory=set)
    assessments: set[str] = field(default_factory=set)
    tender_exams: set[str] = field(default_factory=set)


def _use_record(
    u: Any, where: str, therapy_index: dict[str, int], profile: int, seen: set[str]
) -> TherapyUseRecord:
    u = R.obj(u, where)
    uid = R.uuid(R.required(u, "uuid", where), f"{where}.uuid", seen)
    therapy = R.uuid(R.required(u, "therapy", where), f"{where}.therapy")
    if therapy not in therapy_index:
        raise TransferError("names a therapy that is not in the file's therapies", f"{where}.therapy")
    return TherapyUseRecord(
        uuid=uid,
        therapy_id=therapy_index[therapy],
        profile_id=profile,
        used_at=R.time(R.required(u, "used_at", where), f"{where}.used_at"),
        utc_offset_minutes=u.get("utc_offset_minutes", 0),
        duration_minutes=u.get("duration_minutes"),
        dose=u.get("dose", ""),
        outcome=u.get("outcome"),
        relief=u.get("relief"),
        regions=u.get("regions", []),
        note=u.get("note", ""),
    )


def _mark_record(m: Any, where: str, seen: set[str]) -> MarkRecord:
    m = R.obj(m, where)
    uid = R.uuid(R.required(m, "uuid", where), f"{where}.uuid", seen)
    source = m.get("source")
    return MarkRecord(
        uuid=uid,
        kind=R.required(m, "kind", where),
        view=R.required(m, "view", where),
        geometry=R.required(m, "geometry", where),
        intensity=R.required(m, "intensity", where),
        regions=m.get("regions", {}),
        qualities=m.get("qualities", []),
        tp_state=m.get("tp_state"),
        spasm_kind=m.get("spasm_kind"),
        muscle_key=m.get("muscle_key"),
        source_uuid=source.lower() if isinstance(source, str) else source,
        note=m.get("note", ""),
    )


def _episode_record(
    e: Any, where: str, therapy_index: dict[str, int], profile: int, seen: _Seen
) -> EpisodeRecord:
    e = R.obj(e, where)
    uid = R.uuid(R.required(e, "uuid", where), f"{where}.uuid", seen.episodes)
    started = R.time(R.required(e, "started_at", where), f"{where}.started_at")
    record = EpisodeRecord(
        uuid=uid,
        profile_id=profile,
        started_at=started,
        utc_offset_minutes=e.get("utc_offset_minutes", 0),
        duration_minutes=e.get("duration_minutes"),
        kind=R.required(e, "kind", where),
        intensity=e.get("intensity"),
        fatigue=e.get("fatigue"),
        triggers=e.get("triggers", []),
        notes=e.get("notes", ""),
        created_at=R.opt_time(e, "created_at", where),
        updated_at=R.opt_time(e, "updated_at", where),
        version=e.get("version", 1),
        marks=[
            _mark_record(m, f"{where}.marks[{i}]", seen.marks)
            for i, m in enumerate(R.array(e.get("marks", []), f"{where}.marks"))
        ],
        therapy_uses=[
            _use_record(u, f"{where}.therapy_uses[{i}]", therapy_index, profile, seen.uses)
            for i, u in enumerate(R.array(e.get("therapy_uses", []), f"{where}.therapy_uses"))
        ],
    )
    _checked(record.validate, where)
    if record.version < 1:  # 0 means "never saved" in a record; a file holds saved episodes
        raise TransferError(f"must be at least 1, not {record.version}", f"{where}.version")
    return record


def _read_day(value: Any, where: str) -> date:
    """A local calendar day written as YYYY-MM-DD."""
    if not isinstance(value, str):
        raise TransferError(f"must be a date (YYYY-MM-DD), not {kind_of(value)}", where)
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise TransferError(f"{short(value)} is not a date (YYYY-MM-DD)", where) from exc


def _assessment_from_json(a: Any, where: str, profile: int, seen: set[str]) -> AssessmentRecord:
    a = R.obj(a, where)
    record = AssessmentRecord(
        uuid=R.uuid(R.required(a, "uuid", where), f"{where}.uuid", seen),
        profile_id=profile,
        assessed_on=_read_day(R.required(a, "assessed_on", where), f"{where}.assessed_on"),
        created_at=R.opt_time(a, "created_at", where),
        areas=a.get("areas", []),
        areas_adjusted=a.get("areas_adjusted", False),
        symptoms_3_months=a.get("symptoms_3_months"),
        note=a.get("note", ""),
    )
    sss = a.get("sss")
    if sss is not None:
        sss = R.obj(sss, f"{where}.sss")
        for name in AssessmentRecord.SSS_FIELDS:
            setattr(record, name, R.required(sss, name, f"{where}.sss"))
    _checked(record.validate, where)
    return record


def _tender_exam_from_json(e: Any, where: str, profile: int, seen: set[str]) -> TenderExamRecord:
    e = R.obj(e, where)
    sites = []
    for k, site in enumerate(R.array(e.get("sites", []), f"{where}.sites")):
        site_where = f"{where}.sites[{k}]"
        site = R.obj(site, site_where)
        sites.append(TenderSiteRecord(
            site=R.required(site, "site", site_where),
            tender=R.required(site, "tender", site_where),
            intensity=site.get("intensity"),
        ))
    record = TenderExamRecord(
        uuid=R.uuid(R.required(e, "uuid", where), f"{where}.uuid", seen),
        profile_id=profile,
        examined_on=_read_day(R.required(e, "examined_on", where), f"{where}.examined_on"),
        created_at=R.opt_time(e, "created_at", where),
        sites=sites,
        note=e.get("note", ""),
    )
    _checked(record.validate, where)
    return record


def _therapy_records(doc: dict[str, Any]) -> list[TherapyRecord]:
    therapies: list[TherapyRecord] = []
    seen: set[str] = set()
    keys: set[str] = set()
    for i, t in enumerate(R.array(doc.get("therapies", []), "therapies")):
        where = f"therapies[{i}]"
        t = R.obj(t, where)
        record = TherapyRecord(
            id=None,
            uuid=R.uuid(R.required(t, "uuid", where), f"{where}.uuid", seen),
            key=t.get("key"),
            name=R.required(t, "name", where),
            category=R.required(t, "category", where),
            builtin=t.get("builtin", False),
        )
        _checked(record.validate, where)
        if record.key is not None:
            if record.key in keys:
                raise TransferError("the same key appears twice in the file", f"{where}.key")
            keys.add(record.key)
        record.name = record.name.strip()
        therapies.append(record)
    return therapies


def validate_document(document: Any) -> _Plan:
    """Check every value of an (upgraded) document; raise :class:`TransferError` naming where."""
    doc = upgrade_document(document)
    therapies = _therapy_records(doc)
    therapy_index = {t.uuid: index for index, t in enumerate(therapies)}
    seen = _Seen()
    profile_uuids: set[str] = set()
    names: set[str] = set()
    profiles: list[_ProfilePlan] = []
    episode_count = 0
    for i, p in enumerate(R.array(R.required(doc, "profiles", ""), "profiles")):
        where = f"profiles[{i}]"
        p = R.obj(p, where)
        record = ProfileRecord(
            id=None,
            uuid=R.uuid(R.required(p, "uuid", where), f"{where}.uuid", profile_uuids),
            name=R.required(p, "name", where),
            created_at=R.opt_time(p, "created_at", where),
            # Files before the profile details have neither: no year, no conditions.
            birth_year=p.get("birth_year"),
            conditions=p.get("conditions", []),
        )
        _checked(record.validate, where)
        record.name = record.name.strip()
        if record.name in names:
            raise TransferError("two profiles in the file have this name", f"{where}.name")
        names.add(record.name)
        episodes = [
            _episode_record(e, f"{where}.episodes[{j}]", therapy_index, i, seen)
            for j, e in enumerate(R.array(p.get("episodes", []), f"{where}.episodes"))
        ]
        loose = []
        for j, u in enumerate(R.array(p.get("therapy_uses", []), f"{where}.therapy_uses")):
            use_where = f"{where}.therapy_uses[{j}]"
            use = _use_record(u, use_where, therapy_index, i, seen.uses)
            _checked(use.validate, use_where)
            loose.append(use)
        episode_count += len(episodes)
        assessments = [
            _assessment_from_json(a, f"{where}.assessments[{j}]", i, seen.assessments)
            for j, a in enumerate(R.array(p.get("assessments", []), f"{where}.assessments"))
        ]
        exams = [
            _tender_exam_from_json(x, f"{where}.tender_exams[{j}]", i, seen.tender_exams)
            for j, x in enumerate(R.array(p.get("tender_exams", []), f"{where}.tender_exams"))
        ]
        profiles.append(_ProfilePlan(record, episodes, loose, assessments, exams))
    return _Plan(therapies=therapies, profiles=profiles, episode_count=episode_count)


def read_export(path: Path) -> _Plan:
    """Read, upgrade and validate an export file; nothing is written anywhere."""
    return validate_document(parse_document(read_import_bytes(path)))


def _os_reason(exc: OSError) -> str:
    """Why a write failed, without repeating the file's name ("the disk is full")."""
    if isinstance(exc, UnsafeSource) or exc.filename is None:
        return os_error_sentence(exc)
    exc = OSError(exc.errno, exc.strerror)
    return os_error_sentence(exc)


def read_import_bytes(path: Path) -> bytes:
    """The bytes of an import file: an ordinary file of at most :data:`MAX_IMPORT_BYTES`,
    checked before a byte is read (a FIFO or ``/dev/zero`` is refused at once)."""
    try:
        return read_regular_file(Path(path), MAX_IMPORT_BYTES)
    except UnsafeSource as exc:
        raise TransferError(str(exc)) from exc
    except OSError as exc:
        raise TransferError(f"cannot read {path}: {os_error_sentence(exc)}") from exc


# -- writing ------------------------------------------------------------------------------------


def _where_uuid_exists(s: Session, model: Any, uuids: set[str]) -> set[str]:
    found: set[str] = set()
    items = sorted(uuids)
    for i in range(0, len(items), 500):
        found.update(s.scalars(select(model.uuid).where(model.uuid.in_(items[i : i + 500]))))
    return found


def apply_plan(diary: Any, plan: _Plan, progress: Progress | None = None) -> ImportSummary:
    """Write a validated plan in one transaction, skipping what the database has already."""
    summary = ImportSummary()
    total = plan.episode_count
    now = _utcnow()
    if progress is not None:
        progress(0, total)
    with diary.session() as s:
        # -- every check against the database first, before the first write
        all_episodes = [e for p in plan.profiles for e in p.episodes]
        existing_episodes = _where_uuid_exists(s, Episode, {e.uuid for e in all_episodes})
        new_episodes = [e for e in all_episodes if e.uuid not in existing_episodes]
        clash = _where_uuid_exists(s, Mark, {m.uuid for e in new_episodes for m in e.marks})
        if clash:
            raise TransferError(
                f"mark {sorted(clash)[0]} of a new episode is already part of another episode "
                "in this diary; the file and the diary disagree, nothing was imported"
            )
        clash = _where_uuid_exists(
            s, TherapyUse, {u.uuid for e in new_episodes for u in e.therapy_uses}
        )
        if clash:
            raise TransferError(
                f"therapy use {sorted(clash)[0]} of a new episode is already recorded elsewhere "
                "in this diary; nothing was imported"
            )
        loose = [u for p in plan.profiles for u in p.therapy_uses]
        existing_loose = _where_uuid_exists(s, TherapyUse, {u.uuid for u in loose})

        # -- therapies: same uuid, else same catalogue key, else new
        therapy_ids: dict[int, int] = {}
        for index, t in enumerate(plan.therapies):
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

        # -- profiles: same uuid, else same name, else new
        profile_ids: dict[int, int] = {}
        for index, p in enumerate(plan.profiles):
            profile = s.scalar(select(Profile).where(Profile.uuid == p.record.uuid))
            if profile is None:
                profile = s.scalar(select(Profile).where(Profile.name == p.record.name))
            if profile is None:
                profile = Profile(
                    uuid=p.record.uuid, name=p.record.name, created_at=p.record.created_at or now,
                    birth_year=p.record.birth_year,
                    conditions=conditions_text(p.record.conditions),
                )
                s.add(profile)
                s.flush()
                summary.added["profiles"] += 1
            else:
                summary.skipped["profiles"] += 1
                if profile.birth_year is None and not profile.conditions:
                    # The diary's own details win; a profile without any takes the file's.
                    profile.birth_year = p.record.birth_year
                    profile.conditions = conditions_text(p.record.conditions)
            profile_ids[index] = profile.id
        for e in all_episodes:
            counts = summary.skipped if e.uuid in existing_episodes else summary.added
            counts["episodes"] += 1
            counts["marks"] += len(e.marks)
            counts["therapy_uses"] += len(e.therapy_uses)
        new_loose = [u for u in loose if u.uuid not in existing_loose]
        summary.added["therapy_uses"] += len(new_loose)
        summary.skipped["therapy_uses"] += len(loose) - len(new_loose)

        bulk.write_therapy_uses(s, new_loose, profile_ids=profile_ids, therapy_ids=therapy_ids)
        _write_fibro(s, plan, profile_ids, summary, now)
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
            chunk=_CHUNK,
        )
    return summary


def _write_fibro(
    s: Session, plan: _Plan, profile_ids: dict[int, int], summary: ImportSummary, now: datetime
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


#: Episodes per round of inserts during an import: a progress step about every tenth of a second.
_CHUNK = 100


def import_document(diary: Any, document: Any, progress: Progress | None = None) -> ImportSummary:
    """Validate a parsed document whole, then write it all or nothing."""
    plan = validate_document(document)
    try:
        return apply_plan(diary, plan, progress)
    except SQLAlchemyError as exc:  # the database refused: the transaction was rolled back
        raise TransferError(
            f"the database refused the import ({exc.__class__.__name__}); nothing was written"
        ) from exc


def import_bytes(diary: Any, data: bytes | str, progress: Progress | None = None) -> ImportSummary:
    return import_document(diary, parse_document(data), progress)


def import_file(diary: Any, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Import a JSON export file: validated whole, then written all or nothing.

    Raises :class:`TransferError` (the database unchanged) if the file is malformed.
    """
    return import_bytes(diary, read_import_bytes(path), progress)


def parse_date(text: str) -> date:
    """A date given on the command line or in a form (YYYY-MM-DD)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise TransferError(f"{text!r} is not a date (use YYYY-MM-DD)") from exc
    if not FIRST_DAY <= day <= LAST_DAY:
        raise TransferError(f"{text} is out of range ({FIRST_DAY.year} to {LAST_DAY.year})")
    return day
