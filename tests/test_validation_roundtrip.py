"""One validation for every writer: what the service saves, the export writes and the import takes.

Property tests (hypothesis):

* episodes generated anywhere inside what ``EpisodeRecord.validate`` accepts (every view, real
  regions of that view, durations and offsets at their bounds, texts at their length limits,
  any unicode a database can store, links from referred areas to trigger points) are saved
  with ``Diary.save_episode``, exported as JSON and imported into an empty diary: the import
  takes all of it and gives back identical data;
* a value outside those bounds is refused by the service and by the importer, naming the same
  field (the importer's place in the file is the service's field name after the episode's
  place), and neither writes anything.
"""

from __future__ import annotations

import copy
import math
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from test_transfer import all_records, without_stamp

from bodymap.anatomy import regions as anatomy
from bodymap.store import transfer
from bodymap.store.engine import make_engine
from bodymap.store.errors import ValidationError
from bodymap.store.models import Episode, Therapy
from bodymap.store.records import (
    AGGRAVATING_FACTORS,
    CONSTANCIES,
    DAILY_PATTERNS,
    DEPTHS,
    EASING_FACTORS,
    EPISODE_KINDS,
    EXAM_ANSWERS,
    EXAM_FINDINGS,
    LIMITS,
    LINKED_KINDS,
    MARK_KINDS,
    MAX_COORDINATE,
    MAX_MINUTES,
    MAX_OFFSET,
    MAX_RANK,
    MAX_STIFFNESS_MINUTES,
    OUTCOMES,
    PRESSURE_THRESHOLD_RANGE,
    SPASM_KINDS,
    SYMPTOM_KINDS,
    TP_STATES,
    EpisodeRecord,
    MarkRecord,
    TherapyRecord,
    TherapyUseRecord,
)
from bodymap.store.service import Diary

VIEWS = sorted(anatomy.VIEWS)
ALL_REGIONS = sorted(anatomy.REGIONS)
FIRST = datetime(1900, 1, 1)
LAST = datetime(2999, 12, 31, 23, 59, 59, 999_999)

# -- strategies: everything validate() accepts --------------------------------------------------

#: Any character a database stores: no lone surrogates (not UTF-8), no NUL (PostgreSQL).
_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


def text(limit: int | None = None, *, empty: bool = True) -> st.SearchStrategy[str]:
    """Text up to ``limit`` characters, often exactly at the limit."""
    low = 0 if empty else 1
    short = st.text(_char, min_size=low, max_size=12)
    if limit is None:
        return short | st.text(_char, min_size=low, max_size=400)
    return (short.filter(lambda t: len(t) <= limit)
            | st.text(_char, min_size=limit, max_size=limit)).filter(lambda t: empty or t.strip())


words = st.lists(text(LIMITS["word"], empty=False), max_size=3)
scale = st.integers(0, 10)
duration = st.none() | st.integers(0, MAX_MINUTES) | st.sampled_from([0, MAX_MINUTES])
offset = st.integers(-MAX_OFFSET, MAX_OFFSET) | st.sampled_from([-MAX_OFFSET, MAX_OFFSET])
moment = st.datetimes(min_value=FIRST, max_value=LAST) | st.sampled_from([FIRST, LAST])
coordinate = (
    st.floats(-MAX_COORDINATE, MAX_COORDINATE, allow_nan=False)
    | st.integers(-int(MAX_COORDINATE), int(MAX_COORDINATE))
    | st.sampled_from([-MAX_COORDINATE, MAX_COORDINATE, 0.1, 250.5])
)
point = st.tuples(coordinate, coordinate).map(list)
geometry = st.one_of(
    st.builds(lambda x, y: {"type": "point", "x": x, "y": y}, coordinate, coordinate),
    st.lists(st.lists(point, min_size=3, max_size=5), min_size=1, max_size=2).map(
        lambda rings: {"type": "area", "polygons": rings}
    ),
)


def keys(choices: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    """A few keys of a vocabulary, each once, in any order."""
    return st.lists(st.sampled_from(choices), max_size=4, unique=True)


@st.composite
def chart(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    """The body-chart fields of a symptom mark, or the examination of a trigger point (the
    P-number and the "brought on by" link are drawn by the episode)."""
    if kind in SYMPTOM_KINDS:
        return {
            "constancy": draw(st.none() | st.sampled_from(CONSTANCIES)),
            "depth": draw(st.none() | st.sampled_from(DEPTHS)),
            "aggravating": draw(keys(AGGRAVATING_FACTORS)),
            "aggravating_note": draw(text()),
            "easing": draw(keys(EASING_FACTORS)),
            "easing_note": draw(text()),
            "daily_pattern": draw(keys(DAILY_PATTERNS)),
            "morning_stiffness_minutes": draw(
                st.none() | st.integers(0, MAX_STIFFNESS_MINUTES)
                | st.sampled_from([0, MAX_STIFFNESS_MINUTES])
            ),
        }
    if kind == "trigger_point":
        low, high = PRESSURE_THRESHOLD_RANGE
        return {
            "exam": draw(st.dictionaries(st.sampled_from(EXAM_FINDINGS),
                                         st.sampled_from(EXAM_ANSWERS), max_size=5)),
            "pressure_threshold": draw(st.none() | st.floats(low, high) | st.sampled_from([low, high])),
        }
    return {}


@st.composite
def marks(draw: st.DrawFn) -> MarkRecord:
    kind = draw(st.sampled_from(MARK_KINDS))
    view = draw(st.sampled_from(VIEWS))
    return MarkRecord(
        **draw(chart(kind)),
        kind=kind,
        view=view,
        geometry=draw(geometry),
        intensity=draw(scale),
        regions=draw(st.dictionaries(
            st.sampled_from(anatomy.regions_in_view(view)),
            st.floats(0, 1) | st.sampled_from([0.0, 1.0]), max_size=4,
        )),
        qualities=draw(words),
        tp_state=draw(st.sampled_from(TP_STATES) if kind == "trigger_point"
                      else st.none() | st.sampled_from(TP_STATES)),
        spasm_kind=draw(st.none() | st.sampled_from(SPASM_KINDS)),
        muscle_key=draw(st.none() | text(LIMITS["muscle_key"])),
        note=draw(text()),
    )


def uses(therapy_ids: list[int]) -> st.SearchStrategy[TherapyUseRecord]:
    return st.builds(
        TherapyUseRecord,
        therapy_id=st.sampled_from(therapy_ids),
        used_at=moment,
        utc_offset_minutes=offset,
        duration_minutes=duration,
        regions=st.lists(st.sampled_from(ALL_REGIONS), max_size=3, unique=True).map(sorted),
        dose=text(LIMITS["dose"]),
        outcome=st.none() | st.sampled_from(OUTCOMES),
        relief=st.none() | scale,
        note=text(),
    )


@st.composite
def episodes(draw: st.DrawFn, therapy_ids: list[int], min_marks: int = 0) -> EpisodeRecord:
    drawn = draw(st.lists(marks(), min_size=min_marks, max_size=4))
    points = [m.uuid for m in drawn if m.kind == "trigger_point"]
    for m in drawn:  # some referred areas come from a trigger point of the episode
        if m.kind in LINKED_KINDS and points and draw(st.booleans()):
            m.source_uuid = draw(st.sampled_from(points))
    # P-numbers: unique, any in 1..MAX_RANK, some symptoms unnumbered; "brought on by" an
    # earlier symptom only, so the links never loop
    symptoms = [m for m in drawn if m.kind in SYMPTOM_KINDS]
    ranks = draw(st.lists(st.integers(1, MAX_RANK) | st.just(MAX_RANK), min_size=len(symptoms),
                          max_size=len(symptoms), unique=True))
    for index, (m, rank) in enumerate(zip(symptoms, ranks, strict=True)):
        m.rank = rank if draw(st.booleans()) else None
        if index and draw(st.booleans()):
            m.brought_on_by = draw(st.sampled_from(symptoms[:index])).uuid
    return EpisodeRecord(
        profile_id=0,  # set to the diary's profile when saved
        started_at=draw(moment),
        utc_offset_minutes=draw(offset),
        duration_minutes=draw(duration),
        kind=draw(st.sampled_from(EPISODE_KINDS)),
        intensity=draw(st.none() | scale),
        fatigue=draw(st.none() | scale),
        triggers=draw(words),
        notes=draw(text()),
        marks=drawn,
        therapy_uses=draw(st.lists(uses(therapy_ids), max_size=2)),
        cleared_regions=draw(st.lists(st.sampled_from(ALL_REGIONS), max_size=4, unique=True)),
    )


# -- diaries: made once, copied per example (opening and migrating costs more than the test) ----

_TEMPLATES: dict[str, Any] = {}


def _templates(factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not _TEMPLATES:
        base = factory.mktemp("templates")
        empty = base / "empty.sqlite3"
        Diary.open(f"sqlite:///{empty}").close()
        source = base / "source.sqlite3"
        d = Diary.open(f"sqlite:///{source}")
        profile = d.create_profile("Ünïcode — 😀 profile")
        own = d.add_therapy(TherapyRecord(None, "x" * LIMITS["name"], "medication"))
        builtin = next(t for t in d.list_therapies() if t.key == "heat")
        d.close()
        _TEMPLATES.update(empty=empty, source=source, profile=profile.id,
                          therapies=[own.id, builtin.id])
    return _TEMPLATES


def _copy(template: Path, work: Path, name: str) -> Diary:
    target = work / name
    shutil.copyfile(template, target)
    return Diary(make_engine(f"sqlite:///{target}"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_whatever_the_service_saves_exports_and_imports_identically(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    t = _templates(tmp_path_factory)
    batch = data.draw(st.lists(episodes(t["therapies"]), min_size=1, max_size=3))
    work = tmp_path_factory.mktemp("rt")
    source = _copy(t["source"], work, "source.sqlite3")
    for record in batch:
        record.profile_id = t["profile"]
        source.save_episode(record)
    document = transfer.build_export(source)
    target = _copy(t["empty"], work, "target.sqlite3")
    try:
        # through JSON text, as a file would carry it
        result = transfer.import_bytes(target, _json(document))
        assert result.added["episodes"] == len(batch)
        assert result.added["marks"] == sum(len(r.marks) for r in batch)
        assert result.added["therapy_uses"] == sum(len(r.therapy_uses) for r in batch)
        assert all_records(target) == all_records(source)
        assert without_stamp(transfer.build_export(target)) == without_stamp(document)
    finally:
        source.close()
        target.close()


def _json(document: dict[str, Any]) -> bytes:
    import json

    return json.dumps(document, ensure_ascii=False).encode("utf-8")


# -- invalid values: the same field refused by both doors --------------------------------------

#: Each mutation spoils an episode record and the same episode in the file the same way; values
#: are drawn from outside the bounds.  (record, episode JSON, value) -> None
Mutation = Callable[[EpisodeRecord, dict[str, Any], Any], None]


def _set_both(path: str, json_key: str | None = None) -> Mutation:
    """Set ``path`` (``marks[0].view``) in the record and the same place in the JSON episode."""

    def apply(record: EpisodeRecord, doc: dict[str, Any], value: Any) -> None:
        *parents, last = path.split(".")
        node: Any = record
        jnode: Any = doc
        for part in parents:
            name, _, index = part.partition("[")
            node = getattr(node, name)[int(index[:-1])]
            jnode = jnode[name][int(index[:-1])]
        setattr(node, last, value)
        jvalue = transfer.format_time(value) if isinstance(value, datetime) else value
        jnode[json_key or last] = jvalue

    return apply


#: The body-chart and examination fields of a mark with their empty values: a mutation that
#: changes a mark's kind clears them, so only the spoiled value is wrong.
_CHART_EMPTY: dict[str, Any] = {
    "rank": None, "constancy": None, "depth": None, "aggravating": [], "aggravating_note": "",
    "easing": [], "easing_note": "", "daily_pattern": [], "morning_stiffness_minutes": None,
    "brought_on_by": None, "exam": {}, "pressure_threshold": None,
}


def _clear_chart(record: EpisodeRecord, doc: dict[str, Any]) -> None:
    """The first mark without body-chart fields, and no other mark brought on by it or
    linked to it (its kind is about to change)."""
    mark, jmark = record.marks[0], doc["marks"][0]
    for name, empty in _CHART_EMPTY.items():
        setattr(mark, name, copy.copy(empty))
    jmark.update(copy.deepcopy(_CHART_EMPTY))
    for other, jother in zip(record.marks[1:], doc["marks"][1:], strict=True):
        if other.brought_on_by == mark.uuid:
            other.brought_on_by = jother["brought_on_by"] = None
        if other.source_uuid == mark.uuid:
            other.source_uuid = jother["source"] = None


def _link(kind: str, to_self: bool) -> Mutation:
    def apply(record: EpisodeRecord, doc: dict[str, Any], value: Any) -> None:
        _clear_chart(record, doc)
        mark, jmark = record.marks[0], doc["marks"][0]
        source = mark.uuid if to_self else value
        mark.kind, mark.source_uuid = kind, source
        jmark["kind"], jmark["source"] = kind, source

    return apply


def _cause_self(record: EpisodeRecord, doc: dict[str, Any], _value: Any) -> None:
    """The first mark made a symptom brought on by itself (in the record and the file)."""
    _clear_chart(record, doc)
    mark, jmark = record.marks[0], doc["marks"][0]
    mark.kind = jmark["kind"] = "pain"
    mark.source_uuid = jmark["source"] = None
    mark.brought_on_by = jmark["brought_on_by"] = mark.uuid


def _two_p1(record: EpisodeRecord, doc: dict[str, Any], _value: Any) -> None:
    """The first two marks both made symptom areas numbered P1."""
    for other, jother in zip(record.marks, doc["marks"], strict=True):  # nothing else is P1
        if other.rank == 1:
            other.rank = jother["rank"] = None
    for index in (0, 1):
        record.marks[0], record.marks[index] = record.marks[index], record.marks[0]
        doc["marks"][0], doc["marks"][index] = doc["marks"][index], doc["marks"][0]
        _clear_chart(record, doc)
        record.marks[0].kind = doc["marks"][0]["kind"] = "pain"
        record.marks[0].source_uuid = doc["marks"][0]["source"] = None
        record.marks[0].rank = doc["marks"][0]["rank"] = 1
        record.marks[0], record.marks[index] = record.marks[index], record.marks[0]
        doc["marks"][0], doc["marks"][index] = doc["marks"][index], doc["marks"][0]


def _other_view_region(record: EpisodeRecord) -> str:
    view = record.marks[0].view
    return next(r for r in ALL_REGIONS if view not in anatomy.REGIONS[r].views)


too_long = lambda limit: st.integers(limit + 1, limit + 50).map(lambda n: "é" * n)  # noqa: E731

BAD: list[tuple[str, Mutation, st.SearchStrategy[Any]]] = [
    ("duration_minutes", _set_both("duration_minutes"),
     st.integers(MAX_MINUTES + 1, 2**62) | st.integers(max_value=-1)),
    ("utc_offset_minutes", _set_both("utc_offset_minutes"),
     st.integers(MAX_OFFSET + 1, 10**30) | st.integers(max_value=-MAX_OFFSET - 1)),
    ("intensity", _set_both("intensity"), st.integers(11, 10**6) | st.booleans() | st.just("7")),
    ("started_at", _set_both("started_at"),
     st.datetimes(max_value=FIRST - timedelta(microseconds=1))
     | st.datetimes(min_value=LAST + timedelta(microseconds=1))),
    ("triggers[0]", _set_both("triggers"), too_long(LIMITS["word"]).map(lambda t: [t])),
    ("notes", _set_both("notes"), st.sampled_from(["a\x00b", "\x00"])),
    ("marks[0].view", _set_both("marks[0].view"),
     text(40, empty=False).filter(lambda v: v not in anatomy.VIEWS)),
    ("marks[0].muscle_key", _set_both("marks[0].muscle_key"), too_long(LIMITS["muscle_key"])),
    ("marks[0].regions", _set_both("marks[0].regions"),
     st.sampled_from(["no.such.region", "x" * 65]).map(lambda r: {r: 0.5})),
    ("marks[0].regions[orbit.right]", _set_both("marks[0].regions"),
     (st.floats(1.0, exclude_min=True) | st.floats(max_value=0, exclude_max=True)
      | st.just(math.nan)).map(lambda share: {"orbit.right": share})),
    ("marks[0].geometry.x", _set_both("marks[0].geometry"),
     (st.floats(MAX_COORDINATE, exclude_min=True) | st.just(math.inf) | st.just(math.nan)
      | st.just("1") | st.just(10**400) | st.just(-(10**400))  # no float holds these
      ).map(lambda x: {"type": "point", "x": x, "y": 1})),
    ("marks[0].note", _set_both("marks[0].note"), st.just("\ud800")),
    ("marks[0].source", _link("spasm", to_self=False), st.uuids().map(str)),
    ("marks[0].source", _link("referred_area", to_self=True), st.none()),
    ("marks[0].source", _link("referred_area", to_self=False),
     st.just("00000000-0000-4000-8000-000000000000")),
    ("marks[0].tp_state", _set_both("marks[0].tp_state"), st.just("sleepy")),
    ("therapy_uses[0].regions[0]", _set_both("therapy_uses[0].regions"),
     st.sampled_from([["nowhere"], ["é" * 65], [7]])),
    ("therapy_uses[0].dose", _set_both("therapy_uses[0].dose"), too_long(LIMITS["dose"])),
    ("therapy_uses[0].relief", _set_both("therapy_uses[0].relief"), st.integers(11, 99)),
    # the body chart (format version 3)
    ("marks[0].rank", _set_both("marks[0].rank"),
     st.integers(MAX_RANK + 1, 10**6) | st.integers(max_value=0) | st.just(True)),
    ("marks[0].constancy", _set_both("marks[0].constancy"), st.just("sometimes")),
    ("marks[0].depth", _set_both("marks[0].depth"), st.just("medium")),
    ("marks[0].aggravating[0]", _set_both("marks[0].aggravating"),
     st.sampled_from([["gardening"], [7], ["Sitting"]])),
    ("marks[0].easing", _set_both("marks[0].easing"), st.just("heat")),
    ("marks[0].daily_pattern[1]", _set_both("marks[0].daily_pattern"),
     st.just(["night", "night"])),
    ("marks[0].morning_stiffness_minutes", _set_both("marks[0].morning_stiffness_minutes"),
     st.integers(MAX_STIFFNESS_MINUTES + 1, 10**9) | st.integers(max_value=-1)),
    ("marks[0].exam", _set_both("marks[0].exam"), st.just({"jump_sign": "yes"})),
    ("marks[0].exam.taut_band", _set_both("marks[0].exam"),
     st.sampled_from([{"taut_band": "maybe"}, {"taut_band": True}])),
    ("marks[0].pressure_threshold", _set_both("marks[0].pressure_threshold"),
     st.floats(20, 1e300, exclude_min=True) | st.floats(-5, 0.1, exclude_max=True)),
    ("marks[0].brought_on_by", _set_both("marks[0].brought_on_by"), st.just("p1")),
    ("marks[0].brought_on_by", _cause_self, st.none()),
    ("marks[1].rank", _two_p1, st.none()),
    ("cleared_regions[0]", _set_both("cleared_regions"),
     st.sampled_from([["nowhere"], ["é" * 65], [3]])),
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data(), case=st.sampled_from(BAD))
def test_a_value_out_of_bounds_is_refused_by_both_doors_with_the_same_field(
    data: st.DataObject, case: tuple[str, Mutation, st.SearchStrategy[Any]],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    field, mutate, values = case
    t = _templates(tmp_path_factory)
    record = data.draw(episodes(t["therapies"], min_marks=2 if field == "marks[1].rank" else 1))
    record.profile_id = t["profile"]
    if field.startswith("therapy_uses") and not record.therapy_uses:
        record.therapy_uses = [data.draw(uses(t["therapies"]))]
    if field.startswith("marks[0].regions["):
        record.marks[0].view = "front"  # orbit.right is drawn there
        record.marks[0].regions = {}  # the regions drawn were of the other view
    if field.startswith("triggers") and not record.triggers:
        record.triggers = ["stress"]
    work = tmp_path_factory.mktemp("bad")
    source = _copy(t["source"], work, "source.sqlite3")
    target = _copy(t["empty"], work, "target.sqlite3")
    try:
        saved = source.save_episode(copy.deepcopy(record))
        document = transfer.build_export(source)
        episode_json = document["profiles"][-1]["episodes"][-1]
        assert episode_json["uuid"] == saved.uuid
        mutate(saved, episode_json, data.draw(values))
        before = source.get_episode(saved.id or 0)

        with pytest.raises(ValidationError) as by_service:
            source.save_episode(saved)
        assert by_service.value.field == field
        assert source.get_episode(saved.id or 0) == before

        place = f"profiles[{len(document['profiles']) - 1}].episodes[0]"
        with pytest.raises(transfer.TransferError) as by_import:
            transfer.import_document(target, document)
        assert by_import.value.where == f"{place}.{field}"
        assert by_import.value.message == by_service.value.message
        assert target.list_profiles() == []
        with target.session() as s:
            assert s.scalar(select(func.count(Episode.id))) == 0
            assert not s.scalar(select(func.count(Therapy.id)).where(Therapy.key.is_(None)))
    finally:
        source.close()
        target.close()


def test_other_view_region_is_refused_by_both(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A real region, but not one drawn in the mark's view (a sole in the front view)."""
    t = _templates(tmp_path_factory)
    work = tmp_path_factory.mktemp("view")
    source = _copy(t["source"], work, "source.sqlite3")
    target = _copy(t["empty"], work, "target.sqlite3")
    try:
        mark = MarkRecord(kind="spasm", view="front", geometry={"type": "point", "x": 1, "y": 2},
                          intensity=3)
        saved = source.save_episode(EpisodeRecord(profile_id=t["profile"],
                                                  started_at=datetime(2026, 1, 1), marks=[mark]))
        document = transfer.build_export(source)
        region = _other_view_region(saved)
        saved.marks[0].regions = {region: 0.2}
        document["profiles"][-1]["episodes"][0]["marks"][0]["regions"] = {region: 0.2}
        with pytest.raises(ValidationError, match="not drawn in the 'front' view") as a:
            source.save_episode(saved)
        with pytest.raises(transfer.TransferError, match="not drawn in the 'front' view") as b:
            transfer.import_document(target, document)
        assert b.value.where.endswith("." + a.value.field)
    finally:
        source.close()
        target.close()


def _extreme_episode(profile_id: int, therapy_ids: list[int]) -> EpisodeRecord:
    """Every bound at once: the longest texts, the widest numbers, the first and last days."""
    long = "ü😀" * 100  # 200 characters, 4 and 2 bytes each in UTF-8
    point = MarkRecord(
        kind="trigger_point", view="head_left", tp_state="latent", intensity=10,
        geometry={"type": "point", "x": -MAX_COORDINATE, "y": MAX_COORDINATE},
        regions={r: 1.0 for r in anatomy.regions_in_view("head_left")[:3]},
        qualities=[long, "x" * LIMITS["word"], " spaced "], muscle_key="m" * LIMITS["muscle_key"],
        note="\u202etext that runs backwards\n\ttab", spasm_kind="random",
    )
    area = MarkRecord(
        kind="referred_area", view="head_left", intensity=0, source_uuid=point.uuid,
        geometry={"type": "area", "polygons": [[[0, 0], [1e-9, 5e-324], [123456.75, -0.0]]]},
        regions={anatomy.regions_in_view("head_left")[-1]: 0.0},
    )
    sole = MarkRecord(kind="tender_point", view="soles", intensity=5,
                      geometry={"type": "point", "x": 0.1, "y": 0.2},
                      regions={anatomy.regions_in_view("soles")[0]: 0.5})
    return EpisodeRecord(
        profile_id=profile_id, started_at=LAST, utc_offset_minutes=MAX_OFFSET,
        duration_minutes=MAX_MINUTES, kind="other", intensity=0, fatigue=10,
        triggers=[long] * 3, notes="é" * 20_000, marks=[area, point, sole],
        therapy_uses=[
            TherapyUseRecord(therapy_id=therapy_ids[0], used_at=FIRST,
                             utc_offset_minutes=-MAX_OFFSET, duration_minutes=0,
                             regions=ALL_REGIONS[:5], dose="d" * LIMITS["dose"], outcome="worse",
                             relief=0, note=long),
        ],
    )


def test_every_bound_at_once_round_trips_on_both_engines(
    any_diary: Diary, new_db_url: Callable[..., str]
) -> None:
    """On PostgreSQL too: VARCHAR limits count characters, timestamps span 1900 to 2999."""
    profile = any_diary.create_profile("p" * LIMITS["name"])
    own = any_diary.add_therapy(TherapyRecord(None, "t" * LIMITS["name"], "medication"))
    saved = any_diary.save_episode(_extreme_episode(profile.id or 0, [own.id or 0]))
    assert saved.duration_minutes == MAX_MINUTES and saved.started_at == LAST
    document = transfer.build_export(any_diary)
    target = Diary.open(new_db_url("target"))
    try:
        result = transfer.import_bytes(target, _json(document))
        assert (result.added["episodes"], result.added["marks"]) == (1, 3)
        assert all_records(target) == all_records(any_diary)
        assert without_stamp(transfer.build_export(target)) == without_stamp(document)
    finally:
        target.close()


def test_a_whole_number_no_float_holds_is_refused_by_name(tmp_path: Path) -> None:
    """A crafted file's 400-digit coordinate is a clear refusal naming the field at both doors
    (it was an OverflowError: "something went wrong"), and nothing is written."""
    diary = Diary.open(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    try:
        person = diary.create_profile("Ann")
        saved = diary.save_episode(EpisodeRecord(
            profile_id=person.id or 0, started_at=datetime(2025, 5, 1, 9), marks=[MarkRecord(
                kind="spasm", view="front", geometry={"type": "point", "x": 10.0, "y": 20.0},
                intensity=3)]))
        document = transfer.build_export(diary)
        for huge in (10**400, -(10**400)):
            saved.marks[0].geometry = {"type": "point", "x": huge, "y": 20.0}
            with pytest.raises(ValidationError) as by_service:
                diary.save_episode(copy.deepcopy(saved))
            assert by_service.value.field == "marks[0].geometry.x"
            assert "finite" in str(by_service.value)
            crafted = copy.deepcopy(document)
            crafted["profiles"][-1]["episodes"][-1]["marks"][0]["geometry"]["x"] = huge
            with pytest.raises(transfer.TransferError) as by_import:
                transfer.import_document(diary, crafted)
            assert by_import.value.where.endswith("marks[0].geometry.x")
        assert [m.geometry for m in diary.get_episode(saved.id or 0).marks] == [
            {"type": "point", "x": 10.0, "y": 20.0}]
    finally:
        diary.close()
