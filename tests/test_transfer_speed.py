"""The short cuts that make a large import fast give exactly what the long way gives: a mark
taken at a glance (``records._plain_mark``) is one the full checks take; None still goes to
SQLite as NULL."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bodymap import demo
from bodymap.store import bulk, file_reading, records, transfer
from bodymap.store.errors import ValidationError
from bodymap.store.models import Episode
from bodymap.store.records import EpisodeRecord, MarkRecord
from bodymap.store.service import Diary


@pytest.fixture(scope="module")
def sample_marks(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The marks of a few months of the sample diary, as an export file has them."""
    folder = tmp_path_factory.mktemp("marks")
    diary = Diary.open(f"sqlite:///{folder / 'demo.sqlite3'}")
    demo.generate(diary, years=0.4, seed=5, end=date(2026, 1, 1))
    out = folder / "export.json"
    transfer.export_json(diary, out)
    diary.close()
    document = json.loads(out.read_text(encoding="utf-8"))
    return [m for p in document["profiles"] for e in p["episodes"] for m in e["marks"]]


def _record(mark: dict[str, Any]) -> MarkRecord:
    return file_reading._mark_record(copy.deepcopy(mark), "mark", set())


def _passes_the_full_checks(mark: MarkRecord, monkeypatch: pytest.MonkeyPatch) -> bool:
    with monkeypatch.context() as patched:
        patched.setattr(records, "_plain_mark", lambda _mark: False)
        try:
            mark.validate("mark")
        except ValidationError:
            return False
    return True


def test_the_sample_marks_are_taken_at_a_glance(sample_marks: list[dict[str, Any]]) -> None:
    kinds = {m["kind"] for m in sample_marks}
    assert {"trigger_point", "referred_area", "pain"} <= kinds
    assert all(records._plain_mark(_record(m)) for m in sample_marks)


ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 3, 10, 11, 99, 100, 1440, 1441, 0.0, 0.5, 1.0, 1.5, 2.0,
    float("nan"), float("inf"), -float("inf"), 10**400, 1e7, "", " ", "x", "x" * 65,
    "x" * 201, "a\x00b", "\ud800", "caf\u00e9", "aching", "latent", "chronic", "constant",
    "deep", "front", "back", "yes", "no", "point", "area", "trigger_point", "referred_area",
    "pain", "spasm", [], {}, (), [1], ["aching", "aching"], ["aching", 1], [[]], {"x": 1},
    "00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000A",
]
FIELDS = [
    "kind", "view", "geometry", "intensity", "regions", "qualities", "tp_state", "spasm_kind",
    "muscle_key", "source_uuid", "note", "uuid", "rank", "constancy", "depth", "aggravating",
    "aggravating_note", "easing", "easing_note", "daily_pattern", "morning_stiffness_minutes",
    "brought_on_by", "exam", "pressure_threshold",
]


def _variants(mark: MarkRecord) -> list[MarkRecord]:
    """The mark with one thing changed, in every way of :data:`ODD_VALUES` and a few more."""
    out = []
    for name in FIELDS:
        for value in ODD_VALUES:
            changed = copy.deepcopy(mark)
            setattr(changed, name, copy.deepcopy(value))
            out.append(changed)
    for name, value in [
        ("aggravating", ["sitting"]), ("aggravating", ["sitting", "sitting"]),
        ("easing", ["rest"]), ("daily_pattern", ["morning"]),
        ("exam", {"taut_band": "yes"}), ("exam", {"taut_band": "maybe"}),
        ("exam", {"nonsense": "yes"}), ("exam", {1: "yes"}),
    ]:
        changed = copy.deepcopy(mark)
        setattr(changed, name, value)
        out.append(changed)
    geometry = mark.geometry
    if geometry.get("type") == "point":
        shapes: list[Any] = [
            {**geometry, "x": float("nan")}, {**geometry, "y": True}, {**geometry, "z": 1},
            {"type": "point", "x": 1}, {**geometry, "x": 2e6}, {**geometry, "type": "area"},
        ]
    else:
        ring = geometry["polygons"][0]
        shapes = [
            {**geometry, "polygons": []}, {**geometry, "polygons": [ring[:2]]},
            {**geometry, "polygons": [[*ring[:-1], [1.0, float("nan")]]]},
            {**geometry, "polygons": [[*ring[:-1], [1.0, True]]]},
            {**geometry, "polygons": [[*ring[:-1], [1.0, 2.0, 3.0]]]},
            {**geometry, "polygons": [ring, "ring"]}, {**geometry, "type": "point"},
            {**geometry, "extra": 1}, {"type": "area"},
        ]
    for shape in shapes:
        changed = copy.deepcopy(mark)
        changed.geometry = shape
        out.append(changed)
    regions = dict(mark.regions)
    for region, share in [("nowhere", 0.5), (next(iter(regions), "x"), 1.5), (1, 0.5)]:
        changed = copy.deepcopy(mark)
        changed.regions = {**regions, region: share}
        out.append(changed)
    return out


def test_a_mark_taken_at_a_glance_passes_every_check(
    sample_marks: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each kind of mark changed in every field, one at a time: whatever the short cut takes,
    the full checks take too (and it takes some of the changed marks: it is not just False)."""
    by_kind: dict[str, dict[str, Any]] = {}
    for m in sample_marks:
        key = m["kind"] + ("+chart" if m.get("rank") else "") + ("+exam" if m.get("exam") else "")
        by_kind.setdefault(key, m)
    taken = 0
    for m in by_kind.values():
        for variant in _variants(_record(m)):
            if records._plain_mark(variant):
                taken += 1
                assert _passes_the_full_checks(variant, monkeypatch), variant
    assert taken > len(by_kind) * 20


def test_none_is_bound_as_null_without_the_adapter_search(tmp_path: Path) -> None:
    """After a bulk write on SQLite the sqlite3 module finds None in its registry of adapters
    at once (the search it makes otherwise was 7 % of an import), and None is still NULL."""
    import sqlite3

    diary = Diary.open(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    profile = diary.default_profile().id or 0
    record = EpisodeRecord(profile_id=profile, started_at=datetime(2025, 1, 1, 8))
    with diary.session() as s:
        (episode_id,) = bulk.write_episodes(s, [record])
    adapters = getattr(sqlite3, "adapters", {})
    assert (type(None), sqlite3.PrepareProtocol) in adapters
    with diary.session() as s:
        stored = s.execute(
            select(Episode.duration_minutes, Episode.intensity).where(Episode.id == episode_id)
        ).one()
    assert tuple(stored) == (None, None)
    diary.close()
    with sqlite3.connect(tmp_path / "d.sqlite3") as con:
        assert con.execute(
            "select typeof(duration_minutes) from episode where id = ?", (episode_id,)
        ).fetchone() == ("null",)


def test_the_usual_mark_is_read_into_the_same_record_as_the_long_way(
    sample_marks: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mark of a file read at a glance and read with every step that names a problem give
    equal records, optional keys present or left out (upper-case links included)."""
    optional = ("regions", "qualities", "note", "aggravating", "easing", "exam", "rank")
    marks = [*sample_marks, *({k: v for k, v in m.items() if k not in optional}
                              for m in sample_marks[:20])]
    for mark in marks:
        if isinstance(mark.get("source"), str):
            mark = {**mark, "source": mark["source"].upper()}
        quick = file_reading._mark_record(copy.deepcopy(mark), "mark", set())
        with monkeypatch.context() as patched:
            patched.setattr(file_reading, "_is_new_canonical", lambda _uid, _seen: False)
            long_way = file_reading._mark_record(copy.deepcopy(mark), "mark", set())
        assert quick == long_way
