"""Export and import: the whole diary (or one profile, or some dates) as JSON or CSV.

JSON is the complete, versioned format (see ``docs/export-format.md`` and
``docs/bodymap-export.schema.json``): every profile, episode, mark (geometry, regions with their
shares, the link to its source trigger point), therapy and therapy use, each under its stable
uuid.  CSV is for spreadsheets: three tables, with cells that a spreadsheet would run as a
formula neutralised.

Importing reads the whole file, upgrades it step by step from the version that wrote it, and
validates all of it before a single row is written; then it writes everything in one
transaction.  What the database has already (same uuid; a therapy with the same uuid or catalogue
key; a profile with the same uuid or name) is not duplicated.  Any problem raises
:class:`TransferError` whose message names the place in the file, and the database is unchanged.

Files we write are owner-only (0600) and appear whole or not at all (written beside the target,
then renamed over it).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
import uuid as uuid_module
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from bodymap.anatomy import regions as anatomy
from bodymap.store.errors import StoreError
from bodymap.store.models import (
    Episode,
    Mark,
    MarkRegion,
    Profile,
    Therapy,
    TherapyUse,
    TherapyUseRegion,
)
from bodymap.store.records import (
    EPISODE_KINDS,
    FIRST_DAY,
    LAST_DAY,
    MARK_KINDS,
    OUTCOMES,
    SPASM_KINDS,
    THERAPY_CATEGORIES,
    TP_STATES,
)

FORMAT_NAME = "bodymap"
#: The version this bodymap writes.  Files of older versions are upgraded by ``UPGRADES``.
FORMAT_VERSION = 1

#: Called as ``progress(done, total)`` while exporting or importing.
Progress = Callable[[int, int], None]

#: Bounds that keep every value inside what SQLite and the models accept.
MAX_MINUTES = 10_000_000  # about 19 years
MAX_OFFSET = 16 * 60
MAX_COORDINATE = 1_000_000.0
MAX_VERSION = 2**31 - 1
_LIMITS = {
    "profile.name": 200,
    "therapy.name": 200,
    "therapy.key": 64,
    "view": 32,
    "muscle_key": 64,
    "region": 64,
    "dose": 200,
    "word": 200,
}

CSV_TABLES = ("episodes.csv", "marks.csv", "therapy_uses.csv")
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
        }
        return [
            f"{names[k]}: {self.added[k]} added, {self.skipped[k]} already there"
            for k in self.KINDS
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
        "qualities": list(m.qualities or []),
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
        "triggers": list(e.triggers or []),
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
    episodes and therapy uses whose *local* date falls in that range.  Therapies are always the
    whole catalogue, so that every use can name its therapy.
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
                    "episodes": episodes,
                    "therapy_uses": [
                        _use_json(u, therapy_uuid)
                        for u in loose
                        if _in_range(u.used_at, u.utc_offset_minutes, start, end)
                    ],
                }
            )
        if progress is not None:
            progress(total, total)
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


@contextmanager
def private_output(path: Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Write ``path`` whole or not at all, owner-only: a 0600 temp file beside it, renamed over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    temp = Path(temp_name)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)


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
        raise TransferError(f"cannot write {out}: {exc.strerror or exc}") from exc
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
            if out.exists() and not out.is_dir():
                raise TransferError(f"{out} exists and is not a folder")
            out.mkdir(parents=True, exist_ok=True, mode=0o700)
            for name, text in tables.items():
                with private_output(out / name, "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
    except OSError as exc:
        raise TransferError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return _counts(document, out)


# -- reading and upgrading ----------------------------------------------------------------------


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_document(data: bytes | str) -> Any:
    """Parse JSON text, turning every way it can be broken into a :class:`TransferError`."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TransferError(
                f"the file is not a bodymap export (not UTF-8 text; byte {exc.start})"
            ) from exc
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


#: ``UPGRADES[n]`` turns a version-n document into version n + 1.  Version 1 is the first
#: published format, so there is nothing to upgrade yet; when version 2 comes, add
#: ``UPGRADES[1] = _upgrade_1_to_2`` and the reader will take any version-1 file up to date.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
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


# -- validation ---------------------------------------------------------------------------------


class _Checker:
    """Type and range checks that name the place in the file."""

    @staticmethod
    def obj(value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise TransferError(f"must be an object, not {_kind(value)}", where)
        return value

    @staticmethod
    def array(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise TransferError(f"must be a list, not {_kind(value)}", where)
        return value

    @staticmethod
    def required(d: dict[str, Any], key: str, where: str) -> Any:
        if key not in d:
            raise TransferError("is missing", f"{where}.{key}" if where else key)
        return d[key]

    @staticmethod
    def text(value: Any, where: str, *, limit: int | None = None, empty: bool = True) -> str:
        if not isinstance(value, str):
            raise TransferError(f"must be text, not {_kind(value)}", where)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise TransferError("contains characters that are not valid text", where) from exc
        if not empty and not value.strip():
            raise TransferError("cannot be empty", where)
        if limit is not None and len(value) > limit:
            raise TransferError(f"is too long (at most {limit} characters)", where)
        return value

    @classmethod
    def opt_text(cls, value: Any, where: str, *, limit: int | None = None) -> str | None:
        return None if value is None else cls.text(value, where, limit=limit)

    @staticmethod
    def integer(value: Any, where: str, low: int, high: int, what: str = "") -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TransferError(f"must be a whole number, not {_kind(value)}", where)
        if not low <= value <= high:
            raise TransferError(what or f"must be from {low} to {high}", where)
        return value

    @classmethod
    def opt_integer(cls, value: Any, where: str, low: int, high: int, what: str = "") -> int | None:
        return None if value is None else cls.integer(value, where, low, high, what)

    @staticmethod
    def number(value: Any, where: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TransferError(f"must be a number, not {_kind(value)}", where)
        if isinstance(value, float) and not math.isfinite(value):
            raise TransferError("must be a finite number", where)
        if not low <= value <= high:
            raise TransferError(f"must be from {low:g} to {high:g}", where)
        return float(value)

    @staticmethod
    def choice(value: Any, where: str, choices: tuple[str, ...], optional: bool = False) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str) or value not in choices:
            raise TransferError(f"{_short(value)} is not one of: {', '.join(choices)}", where)
        return value

    @staticmethod
    def uuid(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise TransferError(f"must be a uuid, not {_kind(value)}", where)
        try:
            parsed = uuid_module.UUID(value)
        except ValueError as exc:
            raise TransferError(f"{_short(value)} is not a uuid", where) from exc
        if str(parsed) != value.lower() or len(value) != 36:
            raise TransferError(f"{_short(value)} is not a uuid in canonical form", where)
        return value.lower()

    @staticmethod
    def time(value: Any, where: str) -> datetime:
        if not isinstance(value, str):
            raise TransferError(f"must be a date and time, not {_kind(value)}", where)
        try:
            return parse_time(value)
        except ValueError as exc:
            raise TransferError(f"{_short(value)} is not an ISO 8601 date and time", where) from exc

    @classmethod
    def words(cls, value: Any, where: str) -> list[str]:
        items = cls.array(value, where)
        return [
            cls.text(item, f"{where}[{i}]", limit=_LIMITS["word"], empty=False)
            for i, item in enumerate(items)
        ]


def parse_time(value: str) -> datetime:
    """ISO 8601 text (``Z``, an offset, or naive meaning UTC) as a naive UTC datetime."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _kind(value: Any) -> str:
    return {
        type(None): "null",
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


C = _Checker


def _validate_geometry(value: Any, where: str) -> dict[str, Any]:
    g = C.obj(value, where)
    kind = g.get("type")
    if kind == "point":
        C.number(C.required(g, "x", where), f"{where}.x", -MAX_COORDINATE, MAX_COORDINATE)
        C.number(C.required(g, "y", where), f"{where}.y", -MAX_COORDINATE, MAX_COORDINATE)
    elif kind == "area":
        polygons = C.array(C.required(g, "polygons", where), f"{where}.polygons")
        if not polygons:
            raise TransferError("an area needs at least one polygon", f"{where}.polygons")
        for i, ring in enumerate(polygons):
            ring_where = f"{where}.polygons[{i}]"
            C.array(ring, ring_where)
            if len(ring) < 3:
                raise TransferError("a polygon needs at least three points", ring_where)
            for j, point in enumerate(ring):
                point_where = f"{ring_where}[{j}]"
                if not isinstance(point, list) or len(point) != 2:
                    raise TransferError("must be a point [x, y]", point_where)
                C.number(point[0], f"{point_where}[0]", -MAX_COORDINATE, MAX_COORDINATE)
                C.number(point[1], f"{point_where}[1]", -MAX_COORDINATE, MAX_COORDINATE)
    else:
        raise TransferError(f"unknown geometry type {_short(kind)} (point or area)", f"{where}.type")
    return g


@dataclass
class _Plan:
    """A validated document, with everything needed to write it."""

    therapies: list[dict[str, Any]]
    profiles: list[dict[str, Any]]
    episode_count: int


def _scale(d: dict[str, Any], key: str, where: str, optional: bool = True) -> int | None:
    value = d.get(key) if optional else C.required(d, key, where)
    if value is None and optional:
        return None
    return C.integer(value, f"{where}.{key}", 0, 10, "must be from 0 to 10")


def _validate_use(
    u: Any, where: str, therapy_uuids: set[str], seen: set[str]
) -> dict[str, Any]:
    u = C.obj(u, where)
    uid = C.uuid(C.required(u, "uuid", where), f"{where}.uuid")
    if uid in seen:
        raise TransferError("the same uuid appears twice in the file", f"{where}.uuid")
    seen.add(uid)
    therapy = C.uuid(C.required(u, "therapy", where), f"{where}.therapy")
    if therapy not in therapy_uuids:
        raise TransferError("names a therapy that is not in the file's therapies", f"{where}.therapy")
    regions = C.array(u.get("regions", []), f"{where}.regions")
    for i, r in enumerate(regions):
        C.text(r, f"{where}.regions[{i}]", limit=_LIMITS["region"], empty=False)
    return {
        "uuid": uid,
        "therapy": therapy,
        "used_at": C.time(C.required(u, "used_at", where), f"{where}.used_at"),
        "utc_offset_minutes": C.integer(
            u.get("utc_offset_minutes", 0), f"{where}.utc_offset_minutes", -MAX_OFFSET, MAX_OFFSET,
            "must be within +/- 16 hours",
        ),
        "duration_minutes": C.opt_integer(
            u.get("duration_minutes"), f"{where}.duration_minutes", 0, MAX_MINUTES
        ),
        "dose": C.text(u.get("dose", ""), f"{where}.dose", limit=_LIMITS["dose"]),
        "outcome": C.choice(u.get("outcome"), f"{where}.outcome", OUTCOMES, optional=True),
        "relief": _scale(u, "relief", where),
        "regions": list(dict.fromkeys(regions)),
        "note": C.text(u.get("note", ""), f"{where}.note"),
    }


def _validate_mark(m: Any, where: str, seen: set[str]) -> dict[str, Any]:
    m = C.obj(m, where)
    uid = C.uuid(C.required(m, "uuid", where), f"{where}.uuid")
    if uid in seen:
        raise TransferError("the same uuid appears twice in the file", f"{where}.uuid")
    seen.add(uid)
    kind = C.choice(C.required(m, "kind", where), f"{where}.kind", MARK_KINDS)
    tp_state = C.choice(m.get("tp_state"), f"{where}.tp_state", TP_STATES, optional=True)
    if kind == "trigger_point" and tp_state is None:
        raise TransferError("a trigger point needs a state", f"{where}.tp_state")
    regions = C.obj(m.get("regions", {}), f"{where}.regions")
    shares = {}
    for region, share in regions.items():
        C.text(region, f"{where}.regions", limit=_LIMITS["region"], empty=False)
        if region not in anatomy.REGIONS:
            raise TransferError(f"{region!r} is not a region of the body map", f"{where}.regions")
        shares[region] = C.number(share, f"{where}.regions[{region}]", 0.0, 1.0)
    source = m.get("source")
    view = C.text(C.required(m, "view", where), f"{where}.view", limit=_LIMITS["view"], empty=False)
    if view not in anatomy.VIEWS:
        raise TransferError(
            f"{view!r} is not a view of the body map ({', '.join(anatomy.VIEWS)})", f"{where}.view"
        )
    return {
        "uuid": uid,
        "kind": kind,
        "view": view,
        "geometry": _validate_geometry(C.required(m, "geometry", where), f"{where}.geometry"),
        "intensity": _scale(m, "intensity", where, optional=False),
        "regions": {r: regions[r] for r in shares},
        "qualities": C.words(m.get("qualities", []), f"{where}.qualities"),
        "tp_state": tp_state,
        "spasm_kind": C.choice(m.get("spasm_kind"), f"{where}.spasm_kind", SPASM_KINDS, optional=True),
        "muscle_key": C.opt_text(m.get("muscle_key"), f"{where}.muscle_key", limit=_LIMITS["muscle_key"]),
        "source": None if source is None else C.uuid(source, f"{where}.source"),
        "note": C.text(m.get("note", ""), f"{where}.note"),
    }


def _validate_episode(
    e: Any, where: str, therapy_uuids: set[str], seen: dict[str, set[str]]
) -> dict[str, Any]:
    e = C.obj(e, where)
    uid = C.uuid(C.required(e, "uuid", where), f"{where}.uuid")
    if uid in seen["episodes"]:
        raise TransferError("the same uuid appears twice in the file", f"{where}.uuid")
    seen["episodes"].add(uid)
    started = C.time(C.required(e, "started_at", where), f"{where}.started_at")
    marks = [
        _validate_mark(m, f"{where}.marks[{i}]", seen["marks"])
        for i, m in enumerate(C.array(e.get("marks", []), f"{where}.marks"))
    ]
    in_episode = {m["uuid"] for m in marks}
    for i, m in enumerate(marks):
        if m["source"] is not None and m["source"] not in in_episode:
            raise TransferError(
                "links to a trigger point that is not in this episode", f"{where}.marks[{i}].source"
            )
    created = C.time(e["created_at"], f"{where}.created_at") if e.get("created_at") is not None else None
    updated = C.time(e["updated_at"], f"{where}.updated_at") if e.get("updated_at") is not None else None
    return {
        "uuid": uid,
        "started_at": started,
        "utc_offset_minutes": C.integer(
            e.get("utc_offset_minutes", 0), f"{where}.utc_offset_minutes", -MAX_OFFSET, MAX_OFFSET,
            "must be within +/- 16 hours",
        ),
        "duration_minutes": C.opt_integer(
            e.get("duration_minutes"), f"{where}.duration_minutes", 0, MAX_MINUTES
        ),
        "kind": C.choice(C.required(e, "kind", where), f"{where}.kind", EPISODE_KINDS),
        "intensity": _scale(e, "intensity", where),
        "fatigue": _scale(e, "fatigue", where),
        "triggers": C.words(e.get("triggers", []), f"{where}.triggers"),
        "notes": C.text(e.get("notes", ""), f"{where}.notes"),
        "created_at": created,
        "updated_at": updated,
        "version": C.integer(e.get("version", 1), f"{where}.version", 1, MAX_VERSION),
        "marks": marks,
        "therapy_uses": [
            _validate_use(u, f"{where}.therapy_uses[{i}]", therapy_uuids, seen["uses"])
            for i, u in enumerate(C.array(e.get("therapy_uses", []), f"{where}.therapy_uses"))
        ],
    }


def validate_document(document: Any) -> _Plan:
    """Check every value of an (upgraded) document; raise :class:`TransferError` naming where."""
    doc = upgrade_document(document)
    therapies = []
    therapy_uuids: set[str] = set()
    keys: set[str] = set()
    for i, t in enumerate(C.array(doc.get("therapies", []), "therapies")):
        where = f"therapies[{i}]"
        t = C.obj(t, where)
        uid = C.uuid(C.required(t, "uuid", where), f"{where}.uuid")
        if uid in therapy_uuids:
            raise TransferError("the same uuid appears twice in the file", f"{where}.uuid")
        therapy_uuids.add(uid)
        key = C.opt_text(t.get("key"), f"{where}.key", limit=_LIMITS["therapy.key"])
        if key is not None:
            if key in keys:
                raise TransferError("the same key appears twice in the file", f"{where}.key")
            keys.add(key)
        builtin = t.get("builtin", False)
        if not isinstance(builtin, bool):
            raise TransferError(f"must be true or false, not {_kind(builtin)}", f"{where}.builtin")
        therapies.append(
            {
                "uuid": uid,
                "key": key,
                "name": C.text(
                    C.required(t, "name", where), f"{where}.name", limit=_LIMITS["therapy.name"],
                    empty=False,
                ).strip(),
                "category": C.choice(
                    C.required(t, "category", where), f"{where}.category", THERAPY_CATEGORIES
                ),
                "builtin": builtin,
            }
        )
    seen: dict[str, set[str]] = {"episodes": set(), "marks": set(), "uses": set()}
    profile_uuids: set[str] = set()
    names: set[str] = set()
    profiles = []
    episode_count = 0
    for i, p in enumerate(C.array(C.required(doc, "profiles", ""), "profiles")):
        where = f"profiles[{i}]"
        p = C.obj(p, where)
        uid = C.uuid(C.required(p, "uuid", where), f"{where}.uuid")
        if uid in profile_uuids:
            raise TransferError("the same uuid appears twice in the file", f"{where}.uuid")
        profile_uuids.add(uid)
        name = C.text(
            C.required(p, "name", where), f"{where}.name", limit=_LIMITS["profile.name"], empty=False
        ).strip()
        if name in names:
            raise TransferError("two profiles in the file have this name", f"{where}.name")
        names.add(name)
        created = p.get("created_at")
        episodes = [
            _validate_episode(e, f"{where}.episodes[{j}]", therapy_uuids, seen)
            for j, e in enumerate(C.array(p.get("episodes", []), f"{where}.episodes"))
        ]
        episode_count += len(episodes)
        profiles.append(
            {
                "uuid": uid,
                "name": name,
                "created_at": None if created is None else C.time(created, f"{where}.created_at"),
                "episodes": episodes,
                "therapy_uses": [
                    _validate_use(u, f"{where}.therapy_uses[{j}]", therapy_uuids, seen["uses"])
                    for j, u in enumerate(
                        C.array(p.get("therapy_uses", []), f"{where}.therapy_uses")
                    )
                ],
            }
        )
    return _Plan(therapies=therapies, profiles=profiles, episode_count=episode_count)


def read_export(path: Path) -> _Plan:
    """Read, upgrade and validate an export file; nothing is written anywhere."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TransferError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return validate_document(parse_document(data))


# -- writing ------------------------------------------------------------------------------------


def _where_uuid_exists(s: Session, model: Any, uuids: set[str]) -> set[str]:
    found: set[str] = set()
    items = list(uuids)
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
        all_episodes = [e for p in plan.profiles for e in p["episodes"]]
        existing_episodes = _where_uuid_exists(s, Episode, {e["uuid"] for e in all_episodes})
        new_episodes = [e for e in all_episodes if e["uuid"] not in existing_episodes]
        new_mark_uuids = {m["uuid"] for e in new_episodes for m in e["marks"]}
        clash = _where_uuid_exists(s, Mark, new_mark_uuids)
        if clash:
            raise TransferError(
                f"mark {sorted(clash)[0]} of a new episode is already part of another episode "
                "in this diary; the file and the diary disagree, nothing was imported"
            )
        use_uuids = {u["uuid"] for e in new_episodes for u in e["therapy_uses"]}
        clash = _where_uuid_exists(s, TherapyUse, use_uuids)
        if clash:
            raise TransferError(
                f"therapy use {sorted(clash)[0]} of a new episode is already recorded elsewhere "
                "in this diary; nothing was imported"
            )
        loose = {u["uuid"] for p in plan.profiles for u in p["therapy_uses"]}
        existing_loose = _where_uuid_exists(s, TherapyUse, loose)

        # -- therapies: same uuid, else same catalogue key, else new
        therapy_id: dict[str, int] = {}
        for t in plan.therapies:
            found = s.scalar(select(Therapy).where(Therapy.uuid == t["uuid"]))
            if found is None and t["key"] is not None:
                found = s.scalar(select(Therapy).where(Therapy.key == t["key"]))
            if found is None:
                found = Therapy(
                    uuid=t["uuid"], key=t["key"], name=t["name"], category=t["category"],
                    builtin=t["builtin"],
                )
                s.add(found)
                s.flush()
                summary.added["therapies"] += 1
            else:
                summary.skipped["therapies"] += 1
            therapy_id[t["uuid"]] = found.id

        pending: list[tuple[dict[str, Any], int]] = []
        for p in plan.profiles:
            profile = s.scalar(select(Profile).where(Profile.uuid == p["uuid"]))
            if profile is None:
                profile = s.scalar(select(Profile).where(Profile.name == p["name"]))
            if profile is None:
                profile = Profile(uuid=p["uuid"], name=p["name"], created_at=p["created_at"] or now)
                s.add(profile)
                s.flush()
                summary.added["profiles"] += 1
            else:
                summary.skipped["profiles"] += 1
            for e in p["episodes"]:
                if e["uuid"] in existing_episodes:
                    summary.skipped["episodes"] += 1
                    summary.skipped["marks"] += len(e["marks"])
                    summary.skipped["therapy_uses"] += len(e["therapy_uses"])
                else:
                    pending.append((e, profile.id))
                    summary.added["episodes"] += 1
                    summary.added["marks"] += len(e["marks"])
                    summary.added["therapy_uses"] += len(e["therapy_uses"])
            loose_rows: list[tuple[dict[str, Any], int, int | None]] = []
            for u in p["therapy_uses"]:
                if u["uuid"] in existing_loose:
                    summary.skipped["therapy_uses"] += 1
                else:
                    loose_rows.append((u, profile.id, None))
                    summary.added["therapy_uses"] += 1
            _insert_uses(s, loose_rows, therapy_id)
        done = total - len(pending)
        if progress is not None:
            progress(done, total)
        for i in range(0, len(pending), _CHUNK):
            chunk = pending[i : i + _CHUNK]
            _insert_episodes(s, chunk, therapy_id, now)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return summary


_CHUNK = 100


def _insert_uses(
    s: Session, rows: list[tuple[dict[str, Any], int, int | None]], therapy_id: dict[str, int]
) -> None:
    if not rows:
        return
    ids = (
        s.execute(
            insert(TherapyUse).returning(TherapyUse.id, sort_by_parameter_order=True),
            [
                {
                    "uuid": u["uuid"],
                    "profile_id": profile_id,
                    "episode_id": episode_id,
                    "therapy_id": therapy_id[u["therapy"]],
                    "used_at": u["used_at"],
                    "utc_offset_minutes": u["utc_offset_minutes"],
                    "duration_minutes": u["duration_minutes"],
                    "dose": u["dose"],
                    "outcome": u["outcome"],
                    "relief": u["relief"],
                    "note": u["note"],
                }
                for u, profile_id, episode_id in rows
            ],
        )
        .scalars()
        .all()
    )
    regions = [
        {"use_id": use_id, "region_id": r}
        for use_id, (u, _p, _e) in zip(ids, rows, strict=True)
        for r in u["regions"]
    ]
    if regions:
        s.execute(insert(TherapyUseRegion), regions)


def _insert_episodes(
    s: Session, chunk: list[tuple[dict[str, Any], int]], therapy_id: dict[str, int], now: datetime
) -> None:
    """Insert whole episodes (marks, regions, links, therapy uses) with a few bulk statements."""
    episode_ids = (
        s.execute(
            insert(Episode).returning(Episode.id, sort_by_parameter_order=True),
            [
                {
                    "uuid": e["uuid"],
                    "profile_id": profile_id,
                    "started_at": e["started_at"],
                    "utc_offset_minutes": e["utc_offset_minutes"],
                    "duration_minutes": e["duration_minutes"],
                    "kind": e["kind"],
                    "intensity": e["intensity"],
                    "fatigue": e["fatigue"],
                    "triggers": e["triggers"],
                    "notes": e["notes"],
                    "created_at": e["created_at"] or now,
                    "updated_at": e["updated_at"] or e["created_at"] or now,
                    "version": e["version"],
                }
                for e, profile_id in chunk
            ],
        )
        .scalars()
        .all()
    )
    marks = [
        (m, episode_id, position)
        for (e, _p), episode_id in zip(chunk, episode_ids, strict=True)
        for position, m in enumerate(e["marks"])
    ]
    if marks:
        mark_ids = (
            s.execute(
                insert(Mark).returning(Mark.id, sort_by_parameter_order=True),
                [
                    {
                        "uuid": m["uuid"],
                        "episode_id": episode_id,
                        "position": position,
                        "kind": m["kind"],
                        "view": m["view"],
                        "geometry": m["geometry"],
                        "intensity": m["intensity"],
                        "qualities": m["qualities"],
                        "tp_state": m["tp_state"],
                        "spasm_kind": m["spasm_kind"],
                        "muscle_key": m["muscle_key"],
                        "note": m["note"],
                    }
                    for m, episode_id, position in marks
                ],
            )
            .scalars()
            .all()
        )
        id_by_uuid = {m["uuid"]: mark_id for (m, _e, _p), mark_id in zip(marks, mark_ids, strict=True)}
        regions = [
            {"mark_id": id_by_uuid[m["uuid"]], "region_id": r, "share": float(v)}
            for m, _e, _p in marks
            for r, v in m["regions"].items()
        ]
        if regions:
            s.execute(insert(MarkRegion), regions)
        links = [
            {"id": id_by_uuid[m["uuid"]], "source_mark_id": id_by_uuid[m["source"]]}
            for m, _e, _p in marks
            if m["source"] is not None
        ]
        if links:
            s.execute(update(Mark), links)
    _insert_uses(
        s,
        [
            (u, profile_id, episode_id)
            for (e, profile_id), episode_id in zip(chunk, episode_ids, strict=True)
            for u in e["therapy_uses"]
        ],
        therapy_id,
    )


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
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TransferError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return import_bytes(diary, data, progress)


def parse_date(text: str) -> date:
    """A date given on the command line or in a form (YYYY-MM-DD)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise TransferError(f"{text!r} is not a date (use YYYY-MM-DD)") from exc
    if not FIRST_DAY <= day <= LAST_DAY:
        raise TransferError(f"{text} is out of range ({FIRST_DAY.year} to {LAST_DAY.year})")
    return day
