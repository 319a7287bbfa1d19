"""Export and import: complete round trips, merging without duplicates, clear refusals, CSV."""

from __future__ import annotations

import argparse
import copy
import csv
import dataclasses
import io
import json
import re
import shutil
import sqlite3
import stat
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.store import file_reading, transfer
from bodymap.store.engine import make_engine
from bodymap.store.errors import StoreError
from bodymap.store.models import TherapyUse
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyRecord, TherapyUseRecord
from bodymap.store.service import Diary
from bodymap.store.transfer import TransferError

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "bodymap-export.schema.json"


# -- a diary with a bit of everything ------------------------------------------------------------


def episode(
    diary: Diary,
    profile_id: int,
    started: datetime,
    *,
    therapy_id: int | None = None,
    offset: int = 60,
    notes: str = "woke up with it",
    marks: int | None = None,
) -> EpisodeRecord:
    trigger = MarkRecord(
        kind="trigger_point", view="front", geometry={"type": "point", "x": 210.5, "y": 160.25},
        intensity=7, regions={"neck_side.right": 0.02}, qualities=["aching", "tight"],
        tp_state="active", muscle_key="sternocleidomastoid", note="worse turning the head",
        exam={"taut_band": "yes", "recognised_pain": "yes", "twitch_response": "no"},
        pressure_threshold=2.75,
    )
    area = MarkRecord(
        kind="referred_area", view="front",
        geometry={"type": "area", "polygons": [[[250, 80], [270.5, 80], [270, 95.25], [250, 95]]]},
        intensity=5, regions={"orbit.right": 0.6, "forehead": 0.1}, qualities=["throbbing"],
        source_uuid=trigger.uuid, rank=1, constancy="intermittent", depth="deep",
        aggravating=["screen_work", "stress"], aggravating_note="=after an hour",
        easing=["heat"], easing_note="dark room", daily_pattern=["evening"],
        morning_stiffness_minutes=15,
    )
    spasm = MarkRecord(
        kind="spasm", view="back", geometry={"type": "point", "x": 330, "y": 700}, intensity=4,
        spasm_kind="random",
    )
    all_marks = [trigger, area, spasm]
    if marks is not None:
        all_marks = [
            MarkRecord(kind="spasm", view="back", geometry={"type": "point", "x": i, "y": i},
                       intensity=i % 11, spasm_kind="chronic")
            for i in range(marks)
        ]
    uses = []
    if therapy_id is not None:
        uses.append(
            TherapyUseRecord(
                therapy_id=therapy_id, used_at=started + timedelta(hours=1), utc_offset_minutes=offset,
                duration_minutes=20, regions=["neck_side.right", "orbit.right"], outcome="better",
                relief=4, dose="", note="hot pack",
            )
        )
    return EpisodeRecord(
        profile_id=profile_id, started_at=started, utc_offset_minutes=offset,
        duration_minutes=90, kind="flare", intensity=6, fatigue=8,
        triggers=["poor sleep", "cold or weather change"], notes=notes, marks=all_marks,
        therapy_uses=uses, cleared_regions=["jaw.left", "jaw.right"] if marks is None else [],
    )


def fill(diary: Diary, episodes: int = 6) -> None:
    """Two profiles, a built-in and a home-made therapy, episodes with links and uses."""
    me = diary.default_profile()
    other = diary.create_profile("Ana — physio client")
    heat = diary.add_therapy(TherapyRecord(None, "Heat", "home", key="heat", builtin=True))
    own = diary.add_therapy(TherapyRecord(None, "Warm bath with salts", "home"))
    start = datetime(2025, 12, 30, 22, 30)
    for i in range(episodes):
        p = me if i % 3 else other
        t = heat if i % 2 else own
        diary.save_episode(
            episode(diary, p.id or 0, start + timedelta(days=i, minutes=7 * i),
                    therapy_id=t.id, offset=[60, -300, 330][i % 3],
                    notes=f"night {i}: é ü 😀 =SUM(A1)" if i == 2 else f"night {i}")
        )
    # the outcome measures: two PSFS activities re-rated, one retired; PGIC at two follow-ups
    stairs = diary.add_psfs_activity(me.id or 0, "Climbing stairs", date(2025, 12, 1))
    typing = diary.add_psfs_activity(me.id or 0, "Typing for an hour", date(2025, 12, 1))
    for day, a, b in ((date(2025, 12, 1), 3, 2), (date(2026, 1, 1), 5, 4)):
        diary.rate_psfs(stairs.id or 0, day, a)
        diary.rate_psfs(typing.id or 0, day, b)
    diary.retire_psfs_activity(typing.id or 0, date(2026, 1, 2))
    diary.add_pgic(me.id or 0, date(2026, 1, 1), 3, "=a bit better")
    diary.add_pgic(other.id or 0, date(2026, 1, 3), 5)
    # a therapy use not tied to any episode (the model allows it)
    with diary.session() as s:
        s.add(
            TherapyUse(
                profile_id=me.id, episode_id=None, therapy_id=heat.id,
                used_at=datetime(2026, 1, 2, 9, 0), utc_offset_minutes=60, dose="", note="morning",
            )
        )


def open_empty(path: Path) -> Diary:
    return Diary.open(f"sqlite:///{path}")


def without_stamp(document: dict[str, Any]) -> dict[str, Any]:
    """The document without its time of export, built-in therapies named by their key.

    Every diary gets the built-in catalogue when it opens, each entry under a uuid of its own;
    an import matches built-ins by key, so two diaries agree on keys, not on those uuids.
    """
    document = copy.deepcopy(document)
    document.pop("exported_at")
    name = {t["uuid"]: t["key"] or t["uuid"] for t in document["therapies"]}
    for t in document["therapies"]:
        t["uuid"] = name[t["uuid"]]
    document["therapies"].sort(key=lambda t: t["uuid"])
    for p in document["profiles"]:
        uses = p["therapy_uses"] + [u for e in p["episodes"] for u in e["therapy_uses"]]
        for u in uses:
            u["therapy"] = name[u["therapy"]]
    return document


def builtin_count() -> int:
    from bodymap.anatomy.therapies import catalogue

    return len(catalogue())


def table_dump(db_file: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db_file)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def comparable(record: EpisodeRecord, profile_name: str, therapy_names: dict[int, str]) -> dict[str, Any]:
    """An episode record without the database's own ids."""
    return {
        "profile": profile_name,
        "uuid": record.uuid,
        "version": record.version,
        "fields": (record.started_at, record.utc_offset_minutes, record.duration_minutes,
                   record.kind, record.intensity, record.fatigue, record.triggers, record.notes,
                   record.cleared_regions),
        # every field of every mark (the body chart's too), only the database's id left out
        "marks": [
            {k: v for k, v in dataclasses.asdict(m).items() if k != "id"} for m in record.marks
        ],
        "uses": [
            (u.uuid, therapy_names[u.therapy_id], u.used_at, u.utc_offset_minutes,
             u.duration_minutes, sorted(u.regions), u.dose, u.outcome, u.relief, u.note)
            for u in record.therapy_uses
        ],
    }


def all_records(diary: Diary) -> list[dict[str, Any]]:
    names = {t.id: t.name for t in diary.list_therapies()}
    out = []
    for p in diary.list_profiles():
        for summary in diary.list_episodes(p.id or 0):
            out.append(comparable(diary.get_episode(summary.id), p.name, names))
    return sorted(out, key=lambda r: r["uuid"])


def all_outcomes(diary: Diary) -> dict[str, Any]:
    """Every profile's PSFS activities, ratings and PGIC ratings, without database ids."""
    out: dict[str, Any] = {}
    for p in diary.list_profiles():
        out[p.name] = {
            "psfs": [(a.uuid, a.name, a.added_on, a.retired_on)
                     for a in diary.psfs_activities(p.id or 0)],
            "ratings": [(r.uuid, r.activity_uuid, r.rated_on, r.score)
                        for r in diary.psfs_ratings(p.id or 0)],
            "pgic": [(x.uuid, x.rated_on, x.score, x.note) for x in diary.pgic_ratings(p.id or 0)],
        }
    return out


@pytest.fixture
def full(any_diary: Diary) -> Diary:
    diary = any_diary
    fill(diary)
    return diary


# -- round trips --------------------------------------------------------------------------------


def test_export_then_import_into_an_empty_database_gives_back_identical_data(
    full: Diary, tmp_path: Path
) -> None:
    out = tmp_path / "all.json"
    summary = transfer.export_json(full, out)
    assert (summary.profiles, summary.episodes, summary.marks, summary.therapy_uses) == (2, 6, 18, 7)
    target = open_empty(tmp_path / "new.sqlite3")
    result = transfer.import_file(target, out)
    assert result.added == {"profiles": 2, "therapies": 1, "episodes": 6, "marks": 18, "therapy_uses": 7,
                            "psfs_activities": 2, "psfs_ratings": 4, "pgic_ratings": 2}
    # the built-in therapies are in every diary already: matched by key, not added again
    assert result.skipped == {"profiles": 0, "therapies": builtin_count(), "episodes": 0,
                              "marks": 0, "therapy_uses": 0, "psfs_activities": 0,
                              "psfs_ratings": 0, "pgic_ratings": 0}
    again = transfer.build_export(target)
    assert without_stamp(again) == without_stamp(json.loads(out.read_text(encoding="utf-8")))
    assert all_records(target) == all_records(full)
    assert all_outcomes(target) == all_outcomes(full)
    assert all_outcomes(target)["Me"]["psfs"][1][3] == date(2026, 1, 2)  # retired, kept
    # the source link, the shares and the non-ASCII notes survived
    first = json.loads(out.read_text(encoding="utf-8"))["profiles"][0]["episodes"][0]
    assert first["marks"][1]["source"] == first["marks"][0]["uuid"]
    assert first["marks"][1]["regions"] == {"forehead": 0.1, "orbit.right": 0.6}
    assert any("😀" in e["notes"] for p in again["profiles"] for e in p["episodes"])
    target.close()


def test_importing_twice_adds_nothing_the_second_time(full: Diary, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    transfer.export_json(full, out)
    target = open_empty(tmp_path / "new.sqlite3")
    transfer.import_file(target, out)
    target.close()
    before = table_dump(tmp_path / "new.sqlite3")
    target = open_empty(tmp_path / "new.sqlite3")
    second = transfer.import_file(target, out)
    target.close()
    assert not second.changed
    assert second.skipped == {"profiles": 2, "therapies": builtin_count() + 1, "episodes": 6,
                              "marks": 18, "therapy_uses": 7, "psfs_activities": 2,
                              "psfs_ratings": 4, "pgic_ratings": 2}
    assert table_dump(tmp_path / "new.sqlite3") == before


def test_merge_into_a_diary_with_other_data_keeps_both(full: Diary, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    transfer.export_json(full, out)
    target = open_empty(tmp_path / "other.sqlite3")
    me = target.default_profile()  # "Me" again, but with its own uuid
    heat = target.add_therapy(TherapyRecord(None, "Heat pad", "home", key="heat", builtin=True))
    mine = target.save_episode(episode(target, me.id or 0, datetime(2024, 5, 1, 8), therapy_id=heat.id))
    result = transfer.import_file(target, out)
    # "Me" is matched by name, "heat" by its catalogue key: no duplicates
    assert result.skipped["profiles"] == 1 and result.added["profiles"] == 1
    assert result.skipped["therapies"] == builtin_count() and result.added["therapies"] == 1
    assert [t.key for t in target.list_therapies()].count("heat") == 1
    assert sorted(p.name for p in target.list_profiles()) == ["Ana — physio client", "Me"]
    assert target.get_episode(mine.id or 0).notes == mine.notes
    mine_uuids = {r["uuid"] for r in all_records(target)}
    assert mine_uuids == {r["uuid"] for r in all_records(full)} | {mine.uuid}
    # uses of the imported "heat" now point at the diary's own "heat"
    by_uuid = {r["uuid"]: r for r in all_records(target)}
    assert all(u[1] in (heat.name, "Warm bath with salts") for r in by_uuid.values() for u in r["uses"])
    target.close()


def test_export_one_profile_and_a_range_of_local_dates(full: Diary, tmp_path: Path) -> None:
    only_me = transfer.build_export(full, profile="Me")
    assert [p["name"] for p in only_me["profiles"]] == ["Me"]
    assert len(only_me["profiles"][0]["episodes"]) == 4
    # episode 0 starts 2025-12-30 22:30 UTC at +60: locally it is already 2025-12-30 23:30;
    # episode 1 starts 2025-12-31 22:37 UTC at -300: locally 2025-12-31 17:37
    # episode 2 starts 2026-01-01 22:44 UTC at +330: locally 2026-01-02 04:14 (in range);
    # episode 3 starts 2026-01-02 22:51 UTC at +60: locally 2026-01-02 23:51 (in range);
    # episode 4 starts 2026-01-03 22:58 UTC at -300: locally 2026-01-03 17:58
    doc = transfer.build_export(full, start=date(2026, 1, 2), end=date(2026, 1, 2))
    got = sorted(e["started_at"] for p in doc["profiles"] for e in p["episodes"])
    assert got == ["2026-01-01T22:44:00Z", "2026-01-02T22:51:00Z"]
    assert doc["scope"] == {"profile": None, "from": "2026-01-02", "to": "2026-01-02"}
    assert [u["note"] for p in doc["profiles"] for u in p["therapy_uses"]] == ["morning"]
    with pytest.raises(TransferError, match="no profile called 'Nobody'"):
        transfer.build_export(full, profile="Nobody")


def test_progress_is_reported_up_to_the_total(full: Diary, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    transfer.export_json(full, tmp_path / "a.json", progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 6) and calls[-1] == (6, 6)
    calls.clear()
    target = open_empty(tmp_path / "n.sqlite3")
    transfer.import_file(target, tmp_path / "a.json", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (6, 6) and all(a <= b for (a, _), (b, _) in zip(calls, calls[1:], strict=False))
    target.close()


def test_cancelling_an_import_through_progress_writes_nothing(full: Diary, tmp_path: Path) -> None:
    transfer.export_json(full, tmp_path / "a.json")
    target = open_empty(tmp_path / "n.sqlite3")
    target.close()
    before = table_dump(tmp_path / "n.sqlite3")
    target = open_empty(tmp_path / "n.sqlite3")

    def cancel(done: int, total: int) -> None:
        if done:
            raise transfer.TransferCancelled()

    with pytest.raises(TransferError, match="cancelled"):
        transfer.import_file(target, tmp_path / "a.json", progress=cancel)
    target.close()
    assert table_dump(tmp_path / "n.sqlite3") == before


def test_exports_are_owner_only_and_valid_against_the_schema(full: Diary, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    transfer.export_json(full, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*part"))
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema_errors(document, schema) == []
    # and the checker can fail: a mark out of range is caught by the schema too
    broken = copy.deepcopy(document)
    broken["profiles"][0]["episodes"][0]["marks"][0]["intensity"] = 11
    assert schema_errors(broken, schema)


# -- refusals -----------------------------------------------------------------------------------


@pytest.fixture
def exported(full: Diary, tmp_path: Path) -> dict[str, Any]:
    transfer.export_json(full, tmp_path / "all.json")
    return json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))


def _set(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    document = copy.deepcopy(document)
    parts = re.findall(r"\w+|\[\d+\]", path)
    node: Any = document
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    last = parts[-1]
    if value is _DELETE:
        del node[last]
    elif last.startswith("["):
        node[int(last[1:-1])] = value
    else:
        node[last] = value
    return document


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("profiles[0].episodes[2].marks[1].intensity", 11,
         "profiles[0].episodes[2].marks[1].intensity: must be from 0 to 10"),
        ("profiles[1].episodes[0].kind", "party",
         "profiles[1].episodes[0].kind: 'party' is not one of"),
        ("profiles[0].episodes[0].marks[1].source", "00000000-0000-4000-8000-000000000000",
         "profiles[0].episodes[0].marks[1].source: links to a trigger point that is not in this episode"),
        ("profiles[0].episodes[0].uuid", "not-a-uuid", "profiles[0].episodes[0].uuid: 'not-a-uuid' is not a uuid"),
        ("profiles[0].episodes[0].started_at", _DELETE, "profiles[0].episodes[0].started_at: is missing"),
        ("profiles[0].episodes[0].started_at", "yesterday", "is not an ISO 8601 date and time"),
        ("profiles[0].episodes[0].marks[0].geometry", {"type": "point", "x": "1", "y": 2},
         "profiles[0].episodes[0].marks[0].geometry.x: must be a number, not text"),
        ("profiles[0].episodes[0].marks[1].regions", {"forehead": 1.5},
         "profiles[0].episodes[0].marks[1].regions[forehead]: must be from 0 to 1"),
        ("profiles[0].episodes[0].therapy_uses[0].therapy", "00000000-0000-4000-8000-000000000000",
         "names a therapy that is not in the file's therapies"),
        ("profiles[0].episodes[0].utc_offset_minutes", 10**30, "must be within +/- 16 hours"),
        ("profiles[0].episodes[0].intensity", True, "must be a whole number, not true/false"),
        ("therapies[0].category", "magic", "therapies[0].category"),
        ("version", 99, "written by a newer bodymap"),
        ("format", "other", "not a bodymap export"),
        ("profiles", _DELETE, "profiles: is missing"),
        ("profiles[0].episodes[0].marks[0].view", "sideways",
         "profiles[0].episodes[0].marks[0].view: 'sideways' is not a view of the body map"),
        ("profiles[0].episodes[0].marks[1].regions", {"no.such.region": 0.5},
         "'no.such.region' is not a region of the body map"),
        # the bounds the service applies too (one validate() for every writer)
        ("profiles[0].episodes[0].duration_minutes", 10_000_001,
         "profiles[0].episodes[0].duration_minutes: must be from 0 to 10000000 minutes"),
        ("profiles[0].episodes[0].marks[0].muscle_key", "m" * 65,
         "profiles[0].episodes[0].marks[0].muscle_key: is too long (65 characters, at most 64)"),
        ("profiles[0].episodes[0].marks[2].regions", {"neck_side.left": 0.5},
         "profiles[0].episodes[0].marks[2].regions: 'neck_side.left' is not drawn in the 'back' view"),
        ("profiles[0].episodes[0].marks[2].source", "__mark0__",
         "profiles[0].episodes[0].marks[2].source: only a referred-pain area, pins and needles or numbness links to a trigger point"),
        ("profiles[0].episodes[0].marks[1].source", "__mark1__",
         "profiles[0].episodes[0].marks[1].source: a mark cannot link to itself"),
        ("profiles[0].episodes[0].started_at", "1899-12-31T23:59:59Z",
         "profiles[0].episodes[0].started_at: 1899-12-31T23:59:59 is out of range"),
        ("profiles[0].episodes[0].notes", "a\x00b", "profiles[0].episodes[0].notes: contains a NUL"),
        ("profiles[0].episodes[0].version", 0, "profiles[0].episodes[0].version: must be at least 1"),
        ("profiles[0].episodes[0].therapy_uses[0].regions", ["sole.left", "nowhere"],
         "profiles[0].episodes[0].therapy_uses[0].regions[1]: 'nowhere' is not a region"),
        ("therapies[1].name", "n" * 201, "therapies[1].name: is too long"),
        # the body chart and the outcome measures (version 3): the same checks as a save
        ("profiles[0].episodes[0].marks[1].rank", 0,
         "profiles[0].episodes[0].marks[1].rank: must be from 1 to 99, not 0"),
        ("profiles[0].episodes[0].marks[2].rank", 2,
         "profiles[0].episodes[0].marks[2].rank: only a symptom area"),
        ("profiles[0].episodes[0].marks[1].aggravating", ["gardening"],
         "profiles[0].episodes[0].marks[1].aggravating[0]: 'gardening' is not one of"),
        ("profiles[0].episodes[0].marks[1].daily_pattern", ["noon"],
         "profiles[0].episodes[0].marks[1].daily_pattern[0]: 'noon' is not one of"),
        ("profiles[0].episodes[0].marks[1].morning_stiffness_minutes", 1441,
         "profiles[0].episodes[0].marks[1].morning_stiffness_minutes: must be from 0 to 1440"),
        ("profiles[0].episodes[0].marks[1].brought_on_by", "__mark1__",
         "profiles[0].episodes[0].marks[1].brought_on_by: a symptom cannot be brought on by itself"),
        ("profiles[0].episodes[0].marks[1].brought_on_by", "__mark0__",
         "profiles[0].episodes[0].marks[1].brought_on_by: names no other symptom area"),
        ("profiles[0].episodes[0].marks[1].exam", {"taut_band": "yes"},
         "profiles[0].episodes[0].marks[1].exam: only a trigger point is examined"),
        ("profiles[0].episodes[0].marks[0].exam", {"taut_band": "perhaps"},
         "profiles[0].episodes[0].marks[0].exam.taut_band: 'perhaps' is not one of: yes, no"),
        ("profiles[0].episodes[0].marks[0].pressure_threshold", 99,
         "profiles[0].episodes[0].marks[0].pressure_threshold: must be from 0.1 to 20"),
        ("profiles[0].episodes[0].cleared_regions", ["elbow"],
         "profiles[0].episodes[0].cleared_regions[0]: 'elbow' is not a region of the body map"),
        ("profiles[0].psfs[0].ratings[0].score", 11,
         "profiles[0].psfs[0].ratings[0].score: must be from 0 to 10"),
        ("profiles[0].psfs[0].ratings[1].rated_on", "2025-12-01",
         "profiles[0].psfs[0].ratings[1].rated_on: the activity is rated twice on this day"),
        ("profiles[0].psfs[0].name", " ", "profiles[0].psfs[0].name: cannot be empty"),
        ("profiles[0].psfs[1].retired_on", "2025-01-01",
         "profiles[0].psfs[1].retired_on: is before the day the activity was added"),
        ("profiles[0].psfs[0].added_on", _DELETE, "profiles[0].psfs[0].added_on: is missing"),
        ("profiles[0].pgic[0].score", 8, "profiles[0].pgic[0].score: must be from 1"),
        ("profiles[0].pgic[0].rated_on", "soon", "profiles[0].pgic[0].rated_on: 'soon' is not a date"),
    ],
)
def test_malformed_files_are_refused_with_a_message_naming_where(
    exported: dict[str, Any], diary: Diary, db_path: Path, tmp_path: Path,
    path: str, value: Any, message: str,
) -> None:
    if isinstance(value, str) and value.startswith("__mark"):  # the uuid of a mark of the episode
        value = exported["profiles"][0]["episodes"][0]["marks"][int(value[6])]["uuid"]
    bad = _set(exported, path, value)
    target = open_empty(tmp_path / "target.sqlite3")
    target.close()
    before = table_dump(tmp_path / "target.sqlite3")
    target = open_empty(tmp_path / "target.sqlite3")
    with pytest.raises(TransferError) as info:
        transfer.import_bytes(target, json.dumps(bad))
    target.close()
    assert message in str(info.value)
    assert isinstance(info.value, StoreError)
    assert table_dump(tmp_path / "target.sqlite3") == before


def test_a_duplicate_uuid_later_in_the_file_stops_everything(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    bad = copy.deepcopy(exported)
    last = bad["profiles"][-1]["episodes"][-1]
    last["marks"][0]["uuid"] = bad["profiles"][0]["episodes"][0]["marks"][0]["uuid"]
    target = open_empty(tmp_path / "t.sqlite3")
    with pytest.raises(TransferError, match="appears twice"):
        transfer.import_bytes(target, json.dumps(bad))
    assert target.list_profiles() == []  # not even the first, valid profile was written
    target.close()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"format": "bodymap", "version": 1, "profiles": [', "not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        (b"[1, 2, 3]", "expected an object"),
        (b'{"format": "bodymap", "version": NaN}', "not valid JSON"),
        (b"[" * 100_000, "nested too deeply"),
        (b"", "not valid JSON"),
    ],
)
def test_broken_files_are_refused(any_diary: Diary, data: bytes, message: str) -> None:
    diary = any_diary
    with pytest.raises(TransferError, match=message):
        transfer.import_bytes(diary, data)


_V3_MARK_KEYS = (
    "rank", "constancy", "depth", "aggravating", "aggravating_note", "easing", "easing_note",
    "daily_pattern", "morning_stiffness_minutes", "brought_on_by", "exam", "pressure_threshold",
)


def test_version_3_writes_the_chart_only_where_it_belongs(exported: dict[str, Any]) -> None:
    assert exported["version"] == transfer.FORMAT_VERSION == 3
    first = exported["profiles"][0]["episodes"][0]
    trigger, area, spasm = first["marks"]
    assert trigger["exam"] == {"taut_band": "yes", "recognised_pain": "yes", "twitch_response": "no"}
    assert trigger["pressure_threshold"] == 2.75 and "rank" not in trigger
    assert (area["rank"], area["constancy"], area["depth"]) == (1, "intermittent", "deep")
    assert area["aggravating"] == ["screen_work", "stress"] and area["easing"] == ["heat"]
    assert area["daily_pattern"] == ["evening"] and area["morning_stiffness_minutes"] == 15
    assert area["brought_on_by"] is None and "exam" not in area
    assert not set(_V3_MARK_KEYS) & set(spasm)
    assert first["cleared_regions"] == ["jaw.left", "jaw.right"]
    me = exported["profiles"][0]
    assert [a["name"] for a in me["psfs"]] == ["Climbing stairs", "Typing for an hour"]
    assert [(r["rated_on"], r["score"]) for r in me["psfs"][0]["ratings"]] == [
        ("2025-12-01", 3), ("2026-01-01", 5)]
    assert me["psfs"][1]["retired_on"] == "2026-01-02"
    assert [(x["rated_on"], x["score"], x["note"]) for x in me["pgic"]] == [
        ("2026-01-01", 3, "=a bit better")]


@pytest.mark.parametrize("version", [1, 2])
def test_files_of_versions_1_and_2_still_import(
    exported: dict[str, Any], tmp_path: Path, version: int
) -> None:
    """An older file has none of the version-3 keys: its marks come in unnumbered."""
    old = copy.deepcopy(exported)
    old["version"] = version
    for p in old["profiles"]:
        del p["psfs"], p["pgic"]
        if version == 1:
            del p["assessments"], p["tender_exams"], p["birth_year"], p["conditions"]
        for e in p["episodes"]:
            del e["cleared_regions"]
            for m in e["marks"]:
                for key in _V3_MARK_KEYS:
                    m.pop(key, None)
    target = open_empty(tmp_path / "t.sqlite3")
    try:
        summary = transfer.import_bytes(target, json.dumps(old))
        assert summary.added["episodes"] == 6 and "psfs_activities" not in summary.added
        records = [target.get_episode(e.id) for p in target.list_profiles()
                   for e in target.list_episodes(p.id or 0)]
        assert len(records) == 6
        for record in records:
            assert record.cleared_regions == []
            trigger, area, _spasm = record.marks
            assert trigger.exam == {} and trigger.pressure_threshold is None
            assert (area.rank, area.constancy, area.aggravating, area.aggravating_note) == (
                None, None, [], "")
            assert area.source_uuid == trigger.uuid  # what version 1 had is all there
        again = transfer.build_export(target)
        assert again["version"] == 3 and again["profiles"][0]["psfs"] == []
    finally:
        target.close()


def test_importing_psfs_keeps_the_diarys_rating_of_the_same_day(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    target = open_empty(tmp_path / "t.sqlite3")
    try:
        transfer.import_bytes(target, json.dumps(exported))
        me = target.profile_by_name("Me")
        stairs = target.psfs_activities(me.id or 0)[0]
        # the person rated again in this diary; the file has a different rating of that day
        changed = copy.deepcopy(exported)
        changed["profiles"][0]["psfs"][0]["ratings"].append(
            {"uuid": "0f0f0f0f-0000-4000-8000-000000000001", "rated_on": "2026-02-01", "score": 9})
        target.rate_psfs(stairs.id or 0, date(2026, 2, 1), 6)
        summary = transfer.import_bytes(target, json.dumps(changed))
        assert summary.added["psfs_ratings"] == 0 and summary.skipped["psfs_ratings"] == 5
        assert [r.score for r in target.psfs_ratings(me.id or 0, activity_id=stairs.id)] == [3, 5, 6]
    finally:
        target.close()


def test_older_versions_are_upgraded_step_by_step(
    exported: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A (made-up) version 0 that called episodes "sittings" reads through the upgrade chain."""

    def zero_to_one(doc: dict[str, Any]) -> dict[str, Any]:
        doc = copy.deepcopy(doc)
        for p in doc["profiles"]:
            p["episodes"] = p.pop("sittings")
        doc["version"] = 1
        return doc

    monkeypatch.setattr(file_reading, "UPGRADES", {**file_reading.UPGRADES, 0: zero_to_one})
    monkeypatch.setattr(file_reading, "OLDEST_READABLE", 0)
    old = copy.deepcopy(exported)
    old["version"] = 0
    for p in old["profiles"]:
        p["sittings"] = p.pop("episodes")
    target = open_empty(tmp_path / "t.sqlite3")
    assert transfer.import_bytes(target, json.dumps(old)).added["episodes"] == 6
    target.close()


# -- property tests: random damage never gives a traceback or a partial write -------------------

_TEMPLATE: dict[str, Any] = {}


def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    """A valid export and a closed target database (with data of its own), made once."""
    if not _TEMPLATE:
        base = tmp_path_factory.mktemp("hypothesis")
        source = open_empty(base / "source.sqlite3")
        fill(source, episodes=4)
        document = transfer.build_export(source)
        source.close()
        target = open_empty(base / "target.sqlite3")
        me = target.default_profile()
        target.save_episode(episode(target, me.id or 0, datetime(2024, 1, 1)))
        target.close()
        _TEMPLATE.update(document=document, target=base / "target.sqlite3")
    return _TEMPLATE["document"], _TEMPLATE["target"]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


_junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20) | st.sampled_from(["", "00000000-0000-4000-8000-000000000000",
                                               "2026-13-45T99:00:00Z", "\ud800", "=cmd|calc"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=5,
)


@st.composite
def mutated(draw: st.DrawFn, document: dict[str, Any]) -> bytes:
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(doc)
        path = draw(st.sampled_from(paths))
        if not path:
            continue
        parent: Any = doc
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "duplicate", "swap_uuid"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif action == "swap_uuid":
            parent[path[-1]] = draw(st.uuids()).hex if draw(st.booleans()) else str(draw(st.uuids()))
        else:
            parent[path[-1]] = draw(_junk)
    text = json.dumps(doc)
    if draw(st.booleans()) and draw(st.integers(0, 9)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text.encode("utf-8", "surrogatepass")


def _attempt(data: bytes, target_template: Path, work: Path) -> None:
    db = work / "t.sqlite3"
    shutil.copyfile(target_template, db)
    before_rows = table_dump(db)
    before_bytes = db.read_bytes()
    diary = Diary(make_engine(f"sqlite:///{db}"))
    try:
        transfer.import_bytes(diary, data)
    except TransferError as exc:
        diary.close()
        assert str(exc)
        assert table_dump(db) == before_rows
        assert db.read_bytes() == before_bytes
    else:
        diary.close()
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()
    for p in work.glob("t.sqlite3*"):
        p.unlink()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_exports_never_crash_and_never_half_write(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    document, target = _template(tmp_path_factory)
    work = tmp_path_factory.mktemp("m")
    _attempt(data.draw(mutated(document)), target, work)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_bytes_never_crash_and_never_write(
    blob: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _document, target = _template(tmp_path_factory)
    work = tmp_path_factory.mktemp("b")
    _attempt(blob, target, work)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0, 1, exclude_max=True))
def test_truncated_exports_are_refused(cut: float, tmp_path_factory: pytest.TempPathFactory) -> None:
    document, target = _template(tmp_path_factory)
    text = json.dumps(document).encode()
    work = tmp_path_factory.mktemp("c")
    with pytest.raises(TransferError):
        transfer.parse_document(text[: int(len(text) * cut)])
    _attempt(text[: int(len(text) * cut)], target, work)


# -- CSV ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
        (-300, -300),
        (None, None),
    ],
)
def test_neutralise(cell: object, safe: object) -> None:
    assert transfer.neutralise(cell) == safe


def _read_tables_from_zip(path: Path) -> dict[str, list[list[str]]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
        }


def test_csv_export_as_zip_and_folder(full: Diary, tmp_path: Path) -> None:
    # put formula-looking text everywhere a user can type
    me = full.default_profile()
    e = episode(full, me.id or 0, datetime(2026, 2, 1), notes="=1+2")
    e.triggers = ["@stress", "-cold"]
    e.marks[0].note = "+risky"
    e.marks[0].muscle_key = "=evil()"
    full.save_episode(e)
    zipped = transfer.export_csv(full, tmp_path / "tables.zip")
    assert zipped.episodes == 7
    assert stat.S_IMODE((tmp_path / "tables.zip").stat().st_mode) == 0o600
    tables = _read_tables_from_zip(tmp_path / "tables.zip")
    assert sorted(tables) == sorted(transfer.CSV_TABLES)
    episodes, marks, uses = tables["episodes.csv"], tables["marks.csv"], tables["therapy_uses.csv"]
    assert len(episodes) == 1 + 7 and len(marks) == 1 + 21 and len(uses) == 1 + 7
    for table in tables.values():
        for row in table[1:]:
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                assert not (cell.startswith("-") and not _is_number(cell)), cell
    row = next(r for r in episodes if r[episodes[0].index("notes")] == "'=1+2")
    assert row[episodes[0].index("triggers")] == "'@stress; -cold"
    assert row[episodes[0].index("utc_offset_minutes")] == "60"
    assert any(r[marks[0].index("muscle_key")] == "'=evil()" for r in marks)
    assert any(r[marks[0].index("note")] == "'+risky" for r in marks)
    negative = next(r for r in episodes[1:] if r[episodes[0].index("utc_offset_minutes")] == "-300")
    assert negative  # numbers stay numbers
    # the body chart: P-number, attributes and the examination, text neutralised too
    head = marks[0]
    area = next(r for r in marks[1:] if r[head.index("kind")] == "referred_area")
    assert area[head.index("rank")] == "P1" and area[head.index("depth")] == "deep"
    assert area[head.index("aggravating")] == "screen_work; stress"
    assert area[head.index("aggravating_note")] == "'=after an hour"
    point = next(r for r in marks[1:] if r[head.index("kind")] == "trigger_point")
    assert point[head.index("exam")] == "taut_band=yes; recognised_pain=yes; twitch_response=no"
    assert point[head.index("pressure_threshold")] == "2.75" and point[head.index("rank")] == ""
    assert row[episodes[0].index("cleared_regions")] == "jaw.left; jaw.right"

    folder = tmp_path / "tables"
    transfer.export_csv(full, folder)
    for name in transfer.CSV_TABLES:
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
        rows = list(csv.reader(io.StringIO((folder / name).read_text(encoding="utf-8-sig"))))
        assert rows == tables[name]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# -- command line -------------------------------------------------------------------------------


def _run(argv: list[str]) -> int:
    from bodymap.commands import data

    parser = argparse.ArgumentParser(prog="bodymap")
    parser.add_argument("--db", default=None)
    data.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_command_line_export_import_backup_restore(
    full: Diary, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.json"
    assert _run(["--db", db_url, "export", "--out", str(out)]) == 0
    assert "exported 6 episodes" in capsys.readouterr().out
    assert _run(["--db", db_url, "export", "--format", "csv", "--out", str(tmp_path / "c.zip"),
                 "--profile", "Me", "--from", "2025-12-01", "--to", "2026-12-31"]) == 0
    assert "exported 4 episodes" in capsys.readouterr().out
    assert _run(["export", "--db", db_url, "--out", str(tmp_path / "n.json"), "--profile", "Nobody"]) == 1
    assert "no profile called 'Nobody'" in capsys.readouterr().err

    other = tmp_path / "other.sqlite3"
    assert _run(["--db", str(other), "import", str(out)]) == 0
    assert "episodes: 6 added, 0 already there" in capsys.readouterr().out
    assert _run(["--db", str(other), "import", "--json", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["skipped"]["episodes"] == 6

    bad = _set(json.loads(out.read_text(encoding="utf-8")), "profiles[0].episodes[1].marks[2].intensity", -1)
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    before = table_dump(other)
    assert _run(["--db", str(other), "import", str(tmp_path / "bad.json")]) == 1
    err = capsys.readouterr().err
    assert "profiles[0].episodes[1].marks[2].intensity: must be from 0 to 10" in err
    assert "not changed" in err
    assert table_dump(other) == before

    backup = tmp_path / "b.sqlite3"
    assert _run(["--db", str(other), "backup", "--out", str(backup)]) == 0
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    d = Diary.open(f"sqlite:///{other}")
    d.delete_episode(d.list_episodes(d.default_profile().id or 0)[0].id)
    d.close()
    assert _run(["--db", str(other), "restore", str(backup)]) == 0
    assert "previous diary was kept" in capsys.readouterr().out
    assert table_dump(other) == before
    assert _run(["--db", str(other), "backup", "--list"]) == 0
    assert "before-restore" in capsys.readouterr().out
    assert _run(["--db", str(other), "restore", str(tmp_path / "bad.json")]) == 1


# -- a tiny JSON Schema checker (the subset our schema uses) ------------------------------------


def schema_errors(value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None,
                  where: str = "$") -> list[str]:
    try:  # use the real thing when it happens to be installed
        import jsonschema  # type: ignore[import-untyped]
    except ImportError:
        pass
    else:
        if root is None:
            validator = jsonschema.Draft202012Validator(schema)
            return [e.message for e in validator.iter_errors(value)]
    root = root or schema
    errors: list[str] = []
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        errors += schema_errors(value, target, root, where)
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        checks = {
            "object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
            "string": lambda v: isinstance(v, str), "boolean": lambda v: isinstance(v, bool),
            "null": lambda v: v is None,
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        }
        if not any(checks[n](value) for n in names):
            return [f"{where}: not {types}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: not in {schema['enum']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{where}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{where}: above maximum")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", 1 << 60):
            errors.append(f"{where}: bad length")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 1 << 60):
            errors.append(f"{where}: bad number of items")
        if "items" in schema:
            for i, item in enumerate(value):
                errors += schema_errors(item, schema["items"], root, f"{where}[{i}]")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}: {key} missing")
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                errors += schema_errors(item, props[key], root, f"{where}.{key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += schema_errors(item, schema["additionalProperties"], root, f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: unexpected {key}")
    if "oneOf" in schema:
        matches = sum(not schema_errors(value, s, root, where) for s in schema["oneOf"])
        if matches != 1:
            errors.append(f"{where}: matches {matches} of oneOf")
    if "anyOf" in schema and all(schema_errors(value, s, root, where) for s in schema["anyOf"]):
        errors.append(f"{where}: matches none of anyOf")
    return errors


# -- unsafe targets ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["symlink", "fifo", "device", "folder"])
def test_export_to_a_link_fifo_device_or_folder_is_refused(
    kind: str, full: Diary, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    victim = tmp_path / "someone-elses.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "out.json"
    if kind == "symlink":
        target.symlink_to(victim)
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        target = Path("/dev/null")
    else:
        target.mkdir()
    with pytest.raises(TransferError, match="cannot write") as info:
        transfer.export_json(full, target)
    assert {"symlink": "symbolic link", "fifo": "not an ordinary file", "device": "not an ordinary file",
            "folder": "is a folder"}[kind] in str(info.value)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not list(tmp_path.glob(".*part")) and not list(Path("/dev").glob(".null.*"))
    # the command line says so in one line, exit status 1
    url = full.engine.url.render_as_string(hide_password=False)  # the same diary, either engine
    assert _run(["--db", url, "export", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err
    if kind != "folder":  # a folder is where a CSV export goes
        # refused before anything is written: a CSV export goes into a .zip or a folder
        with pytest.raises(TransferError, match="CSV tables go into a .zip file or a folder"):
            transfer.export_csv(full, target)
    if kind == "symlink":  # and a .zip that is a link is refused when it is written
        zipped = tmp_path / "out.zip"
        zipped.symlink_to(victim)
        with pytest.raises(TransferError, match="cannot write"):
            transfer.export_csv(full, zipped)
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_csv_into_a_file_that_is_not_a_folder_is_refused(full: Diary, tmp_path: Path) -> None:
    plain = tmp_path / "tables"
    plain.write_text("a file", encoding="utf-8")
    with pytest.raises(TransferError, match="is a file: CSV tables go into a .zip file or a folder"):
        transfer.export_csv(full, plain)
    assert plain.read_text(encoding="utf-8") == "a file"


def test_round_trip_between_engines(
    any_diary: Diary, new_db_url: Any, tmp_path: Path
) -> None:
    """Export from either engine, import into a fresh database of the same engine and into an
    SQLite file: the same records everywhere (ids from each database's own sequence)."""
    fill(any_diary)
    out = tmp_path / "all.json"
    transfer.export_json(any_diary, out)
    for url in (new_db_url("again"), f"sqlite:///{tmp_path / 'file.sqlite3'}"):
        target = Diary.open(url)
        try:
            assert transfer.import_file(target, out).added["episodes"] == 6
            assert all_records(target) == all_records(any_diary)
            assert all_outcomes(target) == all_outcomes(any_diary)
            assert without_stamp(transfer.build_export(target)) == without_stamp(
                json.loads(out.read_text(encoding="utf-8"))
            )
            # the service's next save takes the next id the database gives
            me = target.profile_by_name("Me")
            saved = target.save_episode(episode(target, me.id or 0, datetime(2026, 6, 1)))
            assert saved.id not in {e.id for e in target.list_episodes(me.id or 0)} - {saved.id}
        finally:
            target.close()
