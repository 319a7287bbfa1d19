"""Reading a bodymap export file into checked records: nothing here touches the database.

Two readers with one set of checks: :func:`validate_document` takes a whole parsed document
(any file, checked whole before a row is written), and the stream reader (:func:`read_export`
for the header, :func:`read_stream` for the rest) reads a file bodymap wrote one episode at a
time, a batch of :data:`BATCH` episodes at a time, for ``transfer`` to write as it goes.  Every
record is checked by its own ``validate``, the checks every writer uses.  A file of an older
format version is upgraded step by step (``UPGRADES``).  Any problem raises
:class:`TransferError`, whose message names the place in the file.

Free of SQLAlchemy (``tests/test_streaming.py`` checks it), so that a process of its own could
read a file without the database layer's import.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from bodymap.files import (
    MAX_READ_BYTES,
    UnsafeSource,
    open_regular_file,
    os_error_reason,
    read_regular_file,
)
from bodymap.phrases import Phrase, frame
from bodymap.store.errors import StoreError, ValidationError, say
from bodymap.store.json_stream import JsonStream, StreamError
from bodymap.store.records import (
    _CANONICAL_UUID,
    PSFS_MAX_ACTIVITIES,
    AssessmentRecord,
    EpisodeRecord,
    MarkRecord,
    PgicRecord,
    ProfileRecord,
    PsfsActivityRecord,
    PsfsRatingRecord,
    TenderExamRecord,
    TenderSiteRecord,
    TherapyRecord,
    TherapyUseRecord,
    check_uuid,
    kind_phrase,
    short,
)

FORMAT_NAME = "bodymap"
#: The version this bodymap writes.  Files of older versions are upgraded by ``UPGRADES``.
#: 2: the plain "pain" mark kind; per profile, fibromyalgia "assessments" and "tender_exams".
#: 3: the body chart (issue 16): "paraesthesia" and "numbness" marks; a symptom mark's "rank"
#: (P-number), "constancy", "depth", "aggravating", "easing", "daily_pattern" and more; a trigger
#: point's "exam" and "pressure_threshold"; an episode's "cleared_regions"; per profile the
#: outcome measures "psfs" and "pgic".
FORMAT_VERSION = 3
#: The largest import file (documented in docs/data-safety.md), checked before it is read.
MAX_IMPORT_BYTES = MAX_READ_BYTES
#: The deepest nesting of lists and objects an import may have; an export has about 10.
MAX_NESTING = 64


class TransferError(StoreError):
    """An export or import could not be done; for an import, nothing was written.

    ``where`` is the place in the file (``profiles[0].episodes[3].marks[1].intensity``) or "".
    """

    def __init__(self, message: str | Phrase, where: str = "") -> None:
        if isinstance(message, Phrase):  # said in full, for a caller with translations
            super().__init__(frame("{where}: {message}", where=where, message=message)
                             if where else message)
        else:
            super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = str(message)


class TransferCancelled(TransferError):
    """The person cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


#: Episodes per batch an import reads, checks and writes (a progress step about every tenth
#: of a second).
BATCH = 100
#: Episodes read between two calls of an import's ``progress`` (and a chance to cancel).
PROGRESS_STEP = 25


# -- reading and upgrading ----------------------------------------------------------------------


def reject_constant(name: str) -> float:
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
        raise TransferError(say(
            "the file is nested more than {limit} levels deep, which no bodymap export is",
            limit=limit))


def parse_document(data: bytes | str) -> Any:
    """Parse JSON text, turning every way it can be broken into a :class:`TransferError`."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TransferError(say(
                "the file is not a bodymap export (not UTF-8 text; byte {byte})", byte=exc.start
            )) from exc
    check_nesting(data)
    try:
        return json.loads(data, parse_constant=reject_constant)
    except json.JSONDecodeError as exc:
        raise TransferError(say(
            "the file is not valid JSON (line {line}, column {column}: {detail}); "
            "it may be cut short or damaged", line=exc.lineno, column=exc.colno,
            detail=_json_detail(exc.msg)
        )) from exc
    except ValueError as exc:
        raise TransferError(say("the file is not valid JSON: {detail}", detail=str(exc))) from exc
    except RecursionError as exc:
        raise TransferError(say("the file is nested too deeply to be a bodymap export")) from exc


def _upgrade_1_to_2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the "pain" mark kind and, per profile, ``assessments`` and
    ``tender_exams`` (both may be left out).  A version-1 file has none of them, so its data
    stays as it is; only the version moves on."""
    upgraded = dict(document)
    upgraded["version"] = 2
    return upgraded


def _upgrade_2_to_3(document: dict[str, Any]) -> dict[str, Any]:
    """Version 3 added the body chart (two mark kinds, a symptom mark's P-number and attributes,
    a trigger point's examination, an episode's cleared regions) and, per profile, ``psfs`` and
    ``pgic``.  Every new key may be left out and means "not recorded", so a version-2 file's
    data stays as it is: its symptom marks are unnumbered (shown P1, P2... in drawing order)."""
    upgraded = dict(document)
    upgraded["version"] = 3
    return upgraded


#: ``UPGRADES[n]`` turns a version-n document into version n + 1; the reader applies them one
#: after another, so any older file comes up to :data:`FORMAT_VERSION`.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _upgrade_1_to_2,
    2: _upgrade_2_to_3,
}
OLDEST_READABLE = 1


def upgrade_document(document: Any) -> dict[str, Any]:
    """Check the header and bring an older document up to :data:`FORMAT_VERSION` step by step."""
    if not isinstance(document, dict):
        raise TransferError(say("the file is JSON but not a bodymap export (expected an object)"))
    if document.get("format") != FORMAT_NAME:
        raise TransferError(say('must be "bodymap": this is not a bodymap export'), "format")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise TransferError(say("must be a whole number"), "version")
    if version > FORMAT_VERSION:
        raise TransferError(say(
            "the file was written by a newer bodymap (format version {version}; this one "
            "reads up to {newest}); please update bodymap to import it",
            version=version, newest=FORMAT_VERSION), "version")
    if version < OLDEST_READABLE:
        raise TransferError(say("unknown format version {version}", version=version), "version")
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
            raise TransferError(say("must be an object, not {kind}", kind=kind_phrase(value)), where)
        return value

    @staticmethod
    def array(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise TransferError(say("must be a list, not {kind}", kind=kind_phrase(value)), where)
        return value

    @staticmethod
    def required(d: dict[str, Any], key: str, where: str) -> Any:
        if key not in d:
            raise TransferError(say("is missing"), f"{where}.{key}" if where else key)
        return d[key]

    @staticmethod
    def uuid(value: Any, where: str, seen: set[str] | None = None) -> str:
        """A uuid, lower-cased (the file may spell it in capitals), once in the whole file."""
        text = value.lower() if isinstance(value, str) else value
        try:
            check_uuid(where, text)
        except ValidationError as exc:
            raise TransferError(exc.phrase or exc.message, where) from exc
        if seen is not None:
            if text in seen:
                raise TransferError(say("the same uuid appears twice in the file"), where)
            seen.add(text)
        return str(text)

    @staticmethod
    def time(value: Any, where: str) -> datetime:
        if not isinstance(value, str):
            raise TransferError(say("must be a date and time, not {kind}", kind=kind_phrase(value)), where)
        try:
            return parse_time(value)
        except (ValueError, OverflowError) as exc:
            raise TransferError(
                say("{value} is not an ISO 8601 date and time", value=short(value)), where) from exc

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
        raise TransferError(exc.phrase or exc.message, exc.field) from exc


@dataclass
class ProfilePlan:
    """A profile of the file with its episodes and its uses of no episode.

    In the records ``profile_id`` is the profile's index in the file and ``therapy_id`` the
    therapy's index in the file's therapies; the import maps both to database ids.
    """

    record: ProfileRecord
    episodes: list[EpisodeRecord]
    therapy_uses: list[TherapyUseRecord]
    assessments: list[AssessmentRecord] = field(default_factory=list)
    tender_exams: list[TenderExamRecord] = field(default_factory=list)
    #: PSFS activities, each with its ratings (``activity_id`` = the activity's index here).
    psfs: list[tuple[PsfsActivityRecord, list[PsfsRatingRecord]]] = field(default_factory=list)
    pgic: list[PgicRecord] = field(default_factory=list)


@dataclass
class Plan:
    """A validated document, with everything needed to write it."""

    therapies: list[TherapyRecord]
    profiles: list[ProfilePlan]
    episode_count: int


@dataclass
class _Seen:
    """Uuids met so far in the file, per kind of record: each may appear once."""

    episodes: set[str] = field(default_factory=set)
    marks: set[str] = field(default_factory=set)
    uses: set[str] = field(default_factory=set)
    assessments: set[str] = field(default_factory=set)
    tender_exams: set[str] = field(default_factory=set)
    psfs: set[str] = field(default_factory=set)
    psfs_ratings: set[str] = field(default_factory=set)
    pgic: set[str] = field(default_factory=set)


def _use_record(
    u: Any, where: str, therapy_index: dict[str, int], profile: int, seen: set[str]
) -> TherapyUseRecord:
    u = R.obj(u, where)
    uid = R.uuid(R.required(u, "uuid", where), f"{where}.uuid", seen)
    therapy = R.uuid(R.required(u, "therapy", where), f"{where}.therapy")
    if therapy not in therapy_index:
        raise TransferError(
            say("names a therapy that is not in the file's therapies"), f"{where}.therapy")
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


def _lower(value: Any) -> Any:
    """A uuid link as the store spells it (lower case); anything else for validate to name."""
    return value.lower() if isinstance(value, str) else value


#: The keys every mark of a file has (:func:`_mark_record` names the first one missing).
_MARK_REQUIRED = frozenset(("uuid", "kind", "view", "geometry", "intensity"))


def _mark_record(m: Any, where: str, seen: set[str]) -> MarkRecord:
    if type(m) is dict and m.keys() >= _MARK_REQUIRED and _is_new_canonical(m["uuid"], seen):
        # The usual mark (an object with every key it needs and a new uuid in canonical form)
        # skips the steps that name a problem; the record is made the same way.
        uid = m["uuid"]
        seen.add(uid)
    else:
        m = R.obj(m, where)
        uid = R.uuid(R.required(m, "uuid", where), f"{where}.uuid", seen)
        for key in ("kind", "view", "geometry", "intensity"):  # the first one missing is named
            R.required(m, key, where)
    get = m.get
    return MarkRecord(
        uuid=uid,
        kind=m["kind"],
        view=m["view"],
        geometry=m["geometry"],
        intensity=m["intensity"],
        regions=get("regions", {}),
        qualities=get("qualities", []),
        tp_state=get("tp_state"),
        spasm_kind=get("spasm_kind"),
        muscle_key=get("muscle_key"),
        source_uuid=_lower(get("source")),
        note=get("note", ""),
        # the body chart (version 3; a file may leave any of them out)
        rank=get("rank"),
        constancy=get("constancy"),
        depth=get("depth"),
        aggravating=get("aggravating", []),
        aggravating_note=get("aggravating_note", ""),
        easing=get("easing", []),
        easing_note=get("easing_note", ""),
        daily_pattern=get("daily_pattern", []),
        morning_stiffness_minutes=get("morning_stiffness_minutes"),
        brought_on_by=_lower(get("brought_on_by")),
        exam=get("exam", {}),
        pressure_threshold=get("pressure_threshold"),
    )


def _is_new_canonical(uid: Any, seen: set[str]) -> bool:
    return type(uid) is str and uid not in seen and _CANONICAL_UUID.fullmatch(uid) is not None


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
        cleared_regions=e.get("cleared_regions", []),
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
        raise TransferError(
            say("must be at least 1, not {value}", value=record.version), f"{where}.version")
    return record


def _read_day(value: Any, where: str) -> date:
    """A local calendar day written as YYYY-MM-DD."""
    if not isinstance(value, str):
        raise TransferError(say("must be a date (YYYY-MM-DD), not {kind}", kind=kind_phrase(value)), where)
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise TransferError(say("{value} is not a date (YYYY-MM-DD)", value=short(value)), where) from exc


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


def _psfs_from_json(
    items: Any, where: str, profile: int, seen: _Seen
) -> list[tuple[PsfsActivityRecord, list[PsfsRatingRecord]]]:
    """A profile's PSFS activities with their ratings; at most PSFS_MAX_ACTIVITIES in use on
    any day, one rating per activity and day."""
    out: list[tuple[PsfsActivityRecord, list[PsfsRatingRecord]]] = []
    for index, a in enumerate(R.array(items, where)):
        a_where = f"{where}[{index}]"
        a = R.obj(a, a_where)
        retired = a.get("retired_on")
        activity = PsfsActivityRecord(
            uuid=R.uuid(R.required(a, "uuid", a_where), f"{a_where}.uuid", seen.psfs),
            profile_id=profile,
            name=R.required(a, "name", a_where),
            added_on=_read_day(R.required(a, "added_on", a_where), f"{a_where}.added_on"),
            retired_on=None if retired is None else _read_day(retired, f"{a_where}.retired_on"),
        )
        _checked(activity.validate, a_where)
        activity.name = activity.name.strip()
        ratings: list[PsfsRatingRecord] = []
        days: set[date] = set()
        for k, r in enumerate(R.array(a.get("ratings", []), f"{a_where}.ratings")):
            r_where = f"{a_where}.ratings[{k}]"
            r = R.obj(r, r_where)
            rating = PsfsRatingRecord(
                uuid=R.uuid(R.required(r, "uuid", r_where), f"{r_where}.uuid", seen.psfs_ratings),
                activity_id=index,
                rated_on=_read_day(R.required(r, "rated_on", r_where), f"{r_where}.rated_on"),
                score=R.required(r, "score", r_where),
            )
            _checked(rating.validate, r_where)
            if rating.rated_on in days:
                raise TransferError(
                    say("the activity is rated twice on this day"), f"{r_where}.rated_on")
            days.add(rating.rated_on)
            ratings.append(rating)
        out.append((activity, ratings))
    for activity, _ratings in out:
        in_use = [a for a, _r in out if a.active_on(activity.added_on)]
        if len(in_use) > PSFS_MAX_ACTIVITIES:
            raise TransferError(say(
                "more than {count} activities are in use on {day}", count=PSFS_MAX_ACTIVITIES,
                day=activity.added_on.isoformat()), where)
    return out


def _pgic_from_json(items: Any, where: str, profile: int, seen: set[str]) -> list[PgicRecord]:
    out: list[PgicRecord] = []
    for index, x in enumerate(R.array(items, where)):
        x_where = f"{where}[{index}]"
        x = R.obj(x, x_where)
        record = PgicRecord(
            uuid=R.uuid(R.required(x, "uuid", x_where), f"{x_where}.uuid", seen),
            profile_id=profile,
            rated_on=_read_day(R.required(x, "rated_on", x_where), f"{x_where}.rated_on"),
            score=R.required(x, "score", x_where),
            note=x.get("note", ""),
        )
        _checked(record.validate, x_where)
        out.append(record)
    return out


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
                raise TransferError(say("the same key appears twice in the file"), f"{where}.key")
            keys.add(record.key)
        record.name = record.name.strip()
        therapies.append(record)
    return therapies


def _profile_record(
    p: dict[str, Any], where: str, profile_uuids: set[str], names: set[str]
) -> ProfileRecord:
    """A profile of the file (its own keys, not its lists), checked; its name once per file."""
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
        raise TransferError(say("two profiles in the file have this name"), f"{where}.name")
    names.add(record.name)
    return record


def _profile_extras(
    p: dict[str, Any], where: str, i: int, therapy_index: dict[str, int], seen: _Seen,
    record: ProfileRecord,
) -> ProfilePlan:
    """A profile's lists other than its episodes (uses of no episode, assessments, tender-point
    exams, outcome measures), checked; the plan's ``episodes`` are left empty."""
    loose = []
    for j, u in enumerate(R.array(p.get("therapy_uses", []), f"{where}.therapy_uses")):
        use_where = f"{where}.therapy_uses[{j}]"
        use = _use_record(u, use_where, therapy_index, i, seen.uses)
        _checked(use.validate, use_where)
        loose.append(use)
    assessments = [
        _assessment_from_json(a, f"{where}.assessments[{j}]", i, seen.assessments)
        for j, a in enumerate(R.array(p.get("assessments", []), f"{where}.assessments"))
    ]
    exams = [
        _tender_exam_from_json(x, f"{where}.tender_exams[{j}]", i, seen.tender_exams)
        for j, x in enumerate(R.array(p.get("tender_exams", []), f"{where}.tender_exams"))
    ]
    profile_plan = ProfilePlan(record, [], loose, assessments, exams)
    profile_plan.psfs = _psfs_from_json(p.get("psfs", []), f"{where}.psfs", i, seen)
    profile_plan.pgic = _pgic_from_json(p.get("pgic", []), f"{where}.pgic", i, seen.pgic)
    return profile_plan


def validate_document(document: Any) -> Plan:
    """Check every value of an (upgraded) document; raise :class:`TransferError` naming where."""
    doc = upgrade_document(document)
    therapies = _therapy_records(doc)
    therapy_index = {t.uuid: index for index, t in enumerate(therapies)}
    seen = _Seen()
    profile_uuids: set[str] = set()
    names: set[str] = set()
    profiles: list[ProfilePlan] = []
    episode_count = 0
    for i, p in enumerate(R.array(R.required(doc, "profiles", ""), "profiles")):
        where = f"profiles[{i}]"
        p = R.obj(p, where)
        record = _profile_record(p, where, profile_uuids, names)
        episodes = [
            _episode_record(e, f"{where}.episodes[{j}]", therapy_index, i, seen)
            for j, e in enumerate(R.array(p.get("episodes", []), f"{where}.episodes"))
        ]
        profile_plan = _profile_extras(p, where, i, therapy_index, seen, record)
        profile_plan.episodes = episodes
        episode_count += len(episodes)
        profiles.append(profile_plan)
    return Plan(therapies=therapies, profiles=profiles, episode_count=episode_count)


# -- reading an export as a stream --------------------------------------------------------------
#
# An export of thirty years is a few hundred megabytes of JSON; parsed whole it took several
# times that in memory.  Our own files (and any file whose header keys come before "profiles")
# are read a piece at a time instead: the header first (format, version, therapies), then each
# profile's own keys, then its episodes one by one, checked by the same per-record readers and
# written a batch at a time inside the one transaction of the import.  A problem anywhere
# raises TransferError and the transaction is rolled back, so the diary is unchanged, as
# before.  Any other file (keys in another order, an upgrade that changes more than the header)
# is read whole, as before.

#: Versions whose upgrade to the next changes the header only (so a stream can be upgraded).
HEADER_ONLY_UPGRADES = frozenset({1, 2})
#: A profile's own keys, which the exporter writes before its episodes.
_PROFILE_KEYS = ("uuid", "name", "created_at", "birth_year", "conditions")


@dataclass
class StreamPlan:
    """An export file to read as a stream; its header has been checked."""

    path: Path
    therapies: list[TherapyRecord]
    size: int


def _stream_error(exc: StreamError) -> TransferError:
    if exc.byte is not None:
        return TransferError(say(
            "the file is not a bodymap export (not UTF-8 text; byte {byte})", byte=exc.byte))
    return TransferError(say(
        "the file is not valid JSON (line {line}, column {column}: {detail}); "
        "it may be cut short or damaged", line=exc.line, column=exc.column,
        detail=_json_detail(exc.message)))


#: The JSON parser's own words (``json`` and ``json_stream`` say the same), kept as they are in
#: English and marked so that they can be translated.
_JSON_DETAILS = {
    "Expecting value": say("Expecting value"),
    "Expecting ',' delimiter": say("Expecting ',' delimiter"),
    "Expecting ':' delimiter": say("Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": say("Expecting property name enclosed in double quotes"),
    "Unterminated string starting at": say("Unterminated string starting at"),
    "Invalid control character at": say("Invalid control character at"),
    "Extra data": say("Extra data"),
    "nested too deeply": say("nested too deeply"),
}


def _json_detail(message: str) -> Phrase:
    """What the JSON parser said, in words that can be translated; any other text as it is."""
    return _JSON_DETAILS.get(message) or frame("{detail}", detail=message)


def open_export(path: Path) -> IO[bytes]:
    try:
        return open_regular_file(Path(path), MAX_IMPORT_BYTES)
    except UnsafeSource as exc:
        raise TransferError(exc.phrase or str(exc)) from exc
    except OSError as exc:
        raise TransferError(say("cannot read {path}: {reason}", path=path, reason=os_error_reason(exc))) from exc


def _read_header(stream: JsonStream) -> tuple[dict[str, Any], Iterator[str]] | None:
    """The top-level keys before "profiles" (the stream then at its value), or None when the
    file cannot be streamed (not an object, no "profiles", or a header after it)."""
    if stream.next_char() != "{":
        return None
    header: dict[str, Any] = {}
    keys = stream.object_keys()
    for key in keys:
        if key == "profiles":
            version = header.get("version")
            if "format" not in header or not isinstance(version, int) or (
                isinstance(version, bool)
            ) or "therapies" not in header:
                return None
            if version < FORMAT_VERSION and any(
                v not in HEADER_ONLY_UPGRADES for v in range(version, FORMAT_VERSION)
            ):
                return None
            return header, keys
        header[key] = stream.value()
    return None


def read_export(path: Path) -> Plan | StreamPlan:
    """Read an export file's header, upgrade and check it; nothing is written anywhere.

    For a file that can be streamed (every file bodymap writes) the rest is read, checked and
    written by :func:`apply_plan`, in one transaction; any other file is read and checked
    whole here.  Either way, a problem anywhere means nothing is imported.
    """
    path = Path(path)
    with open_export(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        try:
            found = _read_header(JsonStream(handle, parse_constant=reject_constant))
        except StreamError:
            found = None  # the whole-file reader names the problem in its words
        if found is not None:
            header, _keys = found
            doc = upgrade_document({**header, "profiles": []})
            return StreamPlan(path=path, therapies=_therapy_records(doc), size=size)
    return validate_document(parse_document(read_import_bytes(path)))


@dataclass
class _Read:
    """One step of a streamed import, in the file's order."""

    #: "header" (checked: the therapies can be written), "profile", "episodes" (a batch to
    #: write), "read" (progress only), "extras" (a profile's other lists), "end"
    kind: str
    #: the profile's index in the file
    index: int = 0
    profile: ProfileRecord | None = None
    episodes: list[EpisodeRecord] = field(default_factory=list)
    extras: ProfilePlan | None = None
    #: episodes read so far, and the estimated number in the file (exact at the end)
    done: int = 0
    total: int = 0


def read_stream(stream: JsonStream, plan: StreamPlan) -> Generator[_Read, None, None]:
    """The records of a streamed file, read and checked in the file's order, for
    :func:`_apply_stream` to write; nothing here touches the database."""
    therapy_index = {t.uuid: index for index, t in enumerate(plan.therapies)}
    seen = _Seen()
    profile_uuids: set[str] = set()
    names: set[str] = set()
    count = 0

    def read(kind: str, index: int, episodes: list[EpisodeRecord]) -> _Read:
        # The number of episodes is known at the end only: until then the total is
        # estimated from the share of the file read so far.
        estimate = count * plan.size // max(stream.bytes_read, 1)
        return _Read(kind, index, episodes=episodes, done=count, total=max(estimate, count + 1))

    try:
        found = _read_header(stream)
        if found is None:  # the file changed since its header was read
            raise TransferError(say("the file changed while it was imported; nothing was imported"))
        _header, keys = found
        yield _Read("header")
        if stream.next_char() != "[":
            R.array(stream.value(), "profiles")
        for i in stream.array_items():
            where = f"profiles[{i}]"
            if stream.next_char() != "{":
                R.obj(stream.value(), where)
            own: dict[str, Any] = {}
            record: ProfileRecord | None = None
            waiting: list[EpisodeRecord] = []  # until the profile is known
            for key in stream.object_keys():
                if key != "episodes":
                    own[key] = stream.value()
                    continue
                if record is None and all(k in own for k in _PROFILE_KEYS):
                    record = _profile_record(own, where, profile_uuids, names)
                    yield _Read("profile", i, profile=record)
                if stream.next_char() != "[":
                    R.array(stream.value(), f"{where}.episodes")
                batch: list[EpisodeRecord] = []
                for j in stream.array_items():
                    batch.append(_episode_record(
                        stream.value(), f"{where}.episodes[{j}]", therapy_index, i, seen
                    ))
                    count += 1
                    if len(batch) >= BATCH:
                        if record is None:
                            waiting.extend(batch)
                            yield read("read", i, [])
                        else:
                            yield read("episodes", i, batch)
                        batch = []
                    elif count % PROGRESS_STEP == 0:
                        yield read("read", i, [])
                if record is None:
                    waiting.extend(batch)
                elif batch:
                    yield read("episodes", i, batch)
            if record is None:
                record = _profile_record(own, where, profile_uuids, names)
                yield _Read("profile", i, profile=record)
                for k in range(0, len(waiting), BATCH):
                    yield read("episodes", i, waiting[k : k + BATCH])
            yield _Read(
                "extras", i, extras=_profile_extras(own, where, i, therapy_index, seen, record)
            )
        for _key in keys:  # whatever follows "profiles" (nothing, in our files)
            stream.value()
        if not stream.at_end():
            raise TransferError(
                say("the file goes on after the end of the export; it may be damaged"))
    except StreamError as exc:
        raise _stream_error(exc) from exc
    yield _Read("end", done=count, total=count)


def read_import_bytes(path: Path) -> bytes:
    """The bytes of an import file: an ordinary file of at most :data:`MAX_IMPORT_BYTES`,
    checked before a byte is read (a FIFO or ``/dev/zero`` is refused at once)."""
    try:
        return read_regular_file(Path(path), MAX_IMPORT_BYTES)
    except UnsafeSource as exc:
        raise TransferError(exc.phrase or str(exc)) from exc
    except OSError as exc:
        raise TransferError(say("cannot read {path}: {reason}", path=path, reason=os_error_reason(exc))) from exc


#: From what size of file an import into SQLite is read by a process of its own
#: (:func:`read_apart`): starting it costs about 60 ms, and a file of a few months is read in
#: less.  Thirty years (44 MB): 3.9 -> 2.8 s, measured on a prototype (docs/speed.md).
READ_APART_FROM_BYTES = 4 * 1024 * 1024
#: The command that starts the reading process (a test puts one that fails in its place).
READER_COMMAND = (sys.executable, "-m", "bodymap.store.read_child")


def read_here(plan: StreamPlan) -> Generator[_Read, None, None]:
    """The steps of :func:`read_stream`, read in this process."""
    with open_export(plan.path) as handle:
        yield from read_stream(JsonStream(handle, parse_constant=reject_constant), plan)


def read_apart(plan: StreamPlan) -> Generator[_Read, None, None]:
    """The steps of :func:`read_stream`, read by a process of its own
    (:mod:`bodymap.store.read_child`), each mark's geometry as its JSON text
    (:class:`~bodymap.store.records.JsonText`); in this process if that one cannot start or
    stops before it says it is ready.

    The process ends with the steps: when they are all read, and when the importer stops
    early (a cancel, an error, a quit closing this generator), killed if it has not ended.
    A file the reader refuses raises the same :class:`TransferError` as :func:`read_here`; a
    reader that stops without a word raises one that says so."""
    import pickle
    import subprocess

    env = dict(os.environ)
    home = str(Path(__file__).resolve().parents[2])  # the folder this bodymap is in
    if home not in _site_folders():  # run from its source: the same bodymap for the child
        env["PYTHONPATH"] = os.pathsep.join([home, *filter(None, [env.get("PYTHONPATH")])])
    try:
        child = subprocess.Popen(
            READER_COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env,
        )
    except OSError:
        yield from read_here(plan)
        return
    stdin, stdout = child.stdin, child.stdout
    assert stdin is not None and stdout is not None
    try:
        try:
            with stdin:
                pickle.dump(plan, stdin, protocol=pickle.HIGHEST_PROTOCOL)
            ready = pickle.load(stdout) == ("ready", None)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            ready = False
        if not ready:  # it could not start here (its Python, its modules): read in this one
            yield from read_here(plan)
            return
        while True:
            try:
                kind, value = pickle.load(stdout)
            except (EOFError, pickle.UnpicklingError, ValueError) as exc:
                raise TransferError(say(
                    "the file's reader stopped before the end of the file; nothing was imported"
                )) from exc
            if kind == "step":
                yield value
            elif kind == "done":
                return
            elif kind == "error":
                raise value
            else:
                raise RuntimeError(f"the import's reader failed: {value}")
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        stdout.close()


def _site_folders() -> set[str]:
    """The folders of installed packages, which every Python of this installation has on its
    path already (put ahead of the standard library, they could hide one of its modules)."""
    import site

    folders = [*site.getsitepackages(), site.getusersitepackages()]
    return {str(Path(folder).resolve()) for folder in folders}
