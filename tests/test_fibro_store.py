"""The store side of the fibromyalgia measures: schema 0003, the assessment and exam API, the
export format 2 (round trips, old files), on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, column, insert, select, table
from sqlalchemy.exc import IntegrityError
from test_transfer import SCHEMA, schema_errors, without_stamp

from bodymap.anatomy import scores
from bodymap.store import assessments, transfer
from bodymap.store.engine import make_engine
from bodymap.store.errors import NotFoundError, ValidationError
from bodymap.store.models import Mark, Profile
from bodymap.store.records import (
    AssessmentRecord,
    EpisodeRecord,
    MarkRecord,
    TenderExamRecord,
    TenderSiteRecord,
)
from bodymap.store.service import Diary
from bodymap.store.transfer import TransferError

SSS9 = scores.SymptomSeverity(3, 3, 1, True, True, False)


def pain(regions: dict[str, float], intensity: int = 5, kind: str = "pain") -> MarkRecord:
    return MarkRecord(
        kind=kind, view="front", intensity=intensity, regions=regions,
        geometry={"type": "area", "polygons": [[[1, 1], [5, 1], [5, 5]]]},
        tp_state="active" if kind == "trigger_point" else None,
    )


def add_episode(diary: Diary, profile_id: int, started: datetime, *marks: MarkRecord,
                offset: int = 0) -> None:
    diary.save_episode(EpisodeRecord(profile_id=profile_id, started_at=started,
                                     utc_offset_minutes=offset, marks=list(marks)))


def fill(diary: Diary) -> int:
    """A person with marks, two assessments and an exam."""
    pid = diary.default_profile().id or 0
    add_episode(diary, pid, datetime(2026, 3, 8, 9), pain({"shoulder_front.left": 0.4,
                                                          "breast.left": 0.1}))
    first = AssessmentRecord(profile_id=pid, assessed_on=date(2026, 2, 1),
                             areas=["neck", "chest"], symptoms_3_months=True, note="zuerst ✓")
    assessments.save_assessment(diary, first)
    second = assessments.assessment_from_map(diary, pid, date(2026, 3, 10))
    second.sss = SSS9
    assessments.save_assessment(diary, second)
    exam = TenderExamRecord.from_sites(pid, date(2026, 3, 9), ["occiput_left", "knee_right"])
    exam.sites[0].intensity = 7
    assessments.save_tender_exam(diary, exam)
    return pid


# -- schema ------------------------------------------------------------------------------------


def _alembic_to(conn: Any, revision: str) -> None:
    from alembic import command

    from bodymap.store.database import _alembic_config

    config = _alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, revision)


def test_a_diary_at_0002_upgrades_to_0003_and_keeps_its_marks(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            _alembic_to(conn, "0002")
            conn.commit()
        # The tables as they were at 0002 (the models have moved on since).
        profile = table("profile", column("id"), column("uuid"), column("name"),
                        column("created_at"))
        episode_t = table("episode", column("id"), column("uuid"), column("profile_id"),
                          column("started_at"), column("utc_offset_minutes"), column("kind"),
                          column("notes"), column("created_at"), column("updated_at"),
                          column("version"))
        mark_t = table("mark", column("id"), column("uuid"), column("episode_id"),
                       column("position"), column("kind"), column("view"),
                       column("geometry", JSON()), column("intensity"), column("tp_state"),
                       column("note"), column("source_mark_id"))
        region_t = table("mark_region", column("mark_id"), column("region_id"), column("share"))
        quality_t = table("mark_quality", column("mark_id"), column("position"),
                          column("quality"))
        with engine.begin() as conn:
            # ids from the database (PostgreSQL's sequences must move on with them)
            pid = conn.execute(insert(profile).returning(profile.c.id), [
                {"uuid": "00000000-0000-4000-8000-000000000001", "name": "Me",
                 "created_at": datetime(2026, 1, 1)}]).scalar_one()
            eid = conn.execute(insert(episode_t).returning(episode_t.c.id), [
                {"uuid": "00000000-0000-4000-8000-000000000002", "profile_id": pid,
                 "started_at": datetime(2026, 3, 9, 8), "utc_offset_minutes": 60,
                 "kind": "flare", "notes": "", "created_at": datetime(2026, 3, 9),
                 "updated_at": datetime(2026, 3, 9), "version": 1}]).scalar_one()
            ids = [
                conn.execute(insert(mark_t).returning(mark_t.c.id), [
                    {"uuid": f"00000000-0000-4000-8000-00000000001{n}", "episode_id": eid,
                     "position": n, "kind": kind, "view": "front",
                     "geometry": {"type": "point", "x": 1, "y": 2}, "intensity": 4,
                     "tp_state": "active" if kind == "trigger_point" else None, "note": ""}
                ]).scalar_one()
                for n, kind in enumerate(["trigger_point", "referred_area", "spasm",
                                          "tender_point"], start=1)
            ]
            conn.execute(insert(region_t), [
                {"mark_id": ids[1], "region_id": "shoulder_front.left", "share": 0.5}])
            conn.execute(insert(quality_t), [
                {"mark_id": ids[0], "position": 0, "quality": "aching"}])
            conn.execute(mark_t.update().where(mark_t.c.id == ids[1])
                         .values(source_mark_id=ids[0]))
    finally:
        engine.dispose()

    diary = Diary.open(db_url)  # upgrades to head
    try:
        with diary.engine.connect() as conn:
            from alembic.migration import MigrationContext

            from bodymap.store.database import known_revisions

            assert MigrationContext.configure(conn).get_current_revision() == known_revisions()[1]
        episode = diary.get_episode(eid)
        assert [m.kind for m in episode.marks] == [
            "trigger_point", "referred_area", "spasm", "tender_point"]
        assert episode.marks[1].source_uuid == episode.marks[0].uuid
        assert episode.marks[1].regions == {"shoulder_front.left": 0.5}
        assert episode.marks[0].qualities == ["aching"]
        assert assessments.wpi_from_map(diary, pid, date(2026, 3, 9)).sorted_areas() == [
            "shoulder_girdle_left"]
        # the new kind is stored; a kind outside the list is still refused by the database
        add_episode(diary, pid, datetime(2026, 3, 10, 8), pain({"shin.left": 0.3}, kind="pain"))
        with pytest.raises(IntegrityError), diary.engine.begin() as conn:
            conn.execute(insert(Mark.__table__), [
                {"uuid": "00000000-0000-4000-8000-000000000099", "episode_id": eid,
                 "position": 9, "kind": "itch", "view": "front",
                 "geometry": {"type": "point", "x": 1, "y": 2}, "intensity": 4, "note": ""}])
    finally:
        diary.close()


def test_the_database_keeps_sss_answers_whole_and_in_range(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    base = {"profile_id": pid, "assessed_on": date(2026, 3, 1), "created_at": datetime(2026, 3, 1),
            "areas_adjusted": False, "note": ""}
    from bodymap.store.models import FibroAssessment

    table = FibroAssessment.__table__
    for n, bad in enumerate([{"fatigue": 4, "waking_unrefreshed": 0, "cognitive": 0,
                              "headaches": True, "lower_abdominal": False, "depression": False},
                             {"fatigue": 1}]):
        with pytest.raises(IntegrityError), any_diary.engine.begin() as conn:
            conn.execute(insert(table), [{**base, **bad,
                                          "uuid": f"00000000-0000-4000-8000-00000000000{n}"}])


# -- the store API -----------------------------------------------------------------------------


def test_assessments_are_saved_listed_replaced_and_deleted(any_diary: Diary) -> None:
    diary = any_diary
    pid = fill(diary)
    listed = assessments.list_assessments(diary, pid)
    assert [a.assessed_on for a in listed] == [date(2026, 2, 1), date(2026, 3, 10)]
    first, second = listed
    assert first.areas == ["neck", "chest"] and first.sss is None and first.note == "zuerst ✓"
    assert first.wpi == 2 and first.fs is None
    assert second.areas == ["shoulder_girdle_left", "chest"] and not second.areas_adjusted
    assert second.sss == SSS9 and second.sss_score == 9 and second.fs == 11
    assert second.created_at is not None
    assert assessments.list_assessments(diary, pid, date(2026, 2, 2), date(2026, 3, 10)) == [second]
    assert assessments.latest_assessment(diary, pid, date(2026, 3, 9)) == first
    assert assessments.latest_assessment(diary, pid) == second
    assert assessments.latest_assessment(diary, pid, date(2026, 1, 1)) is None
    assert assessments.latest_assessment(diary, pid, with_sss=True) == second
    # replace: areas adjusted by the person
    second.areas = ["chest", "abdomen", "neck"]
    second.areas_adjusted = True
    second.sss = None
    saved = assessments.save_assessment(diary, second)
    assert saved.areas == ["neck", "chest", "abdomen"] and saved.areas_adjusted
    assert saved.sss is None and saved.created_at == second.created_at
    assert assessments.latest_assessment(diary, pid, with_sss=True) is None
    assessments.delete_assessment(diary, first.id or 0)
    assert assessments.list_assessments(diary, pid) == [saved]
    with pytest.raises(NotFoundError):
        assessments.delete_assessment(diary, first.id or 0)
    # a new record under a uuid the diary has is refused
    again = copy.copy(saved)
    again.id = None
    with pytest.raises(ValidationError, match="uuid"):
        assessments.save_assessment(diary, again)


def test_tender_exams_are_saved_listed_and_deleted(any_diary: Diary) -> None:
    diary = any_diary
    pid = fill(diary)
    (exam,) = assessments.list_tender_exams(diary, pid)
    assert exam.count == 2 and len(exam.sites) == 18
    assert exam.tender_sites == ["occiput_left", "knee_right"]
    assert exam.sites[0] == TenderSiteRecord("occiput_left", True, 7)
    assert scores.tender_count(exam.findings()) == 2
    assert assessments.latest_tender_exam(diary, pid, date(2026, 3, 8)) is None
    assert assessments.latest_tender_exam(diary, pid, date(2026, 3, 9)) == exam
    exam.sites = exam.sites[:3]
    assert assessments.save_tender_exam(diary, exam).sites == exam.sites
    assessments.delete_tender_exam(diary, exam.id or 0)
    assert assessments.list_tender_exams(diary, pid) == []


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"areas": ["neck", "elbow"]}, "assessment.areas[1]", "is not one of the 19 WPI areas"),
        ({"areas": ["neck", "neck"]}, "assessment.areas[1]", "more than once"),
        ({"fatigue": 1}, "assessment.sss.waking_unrefreshed", "is missing"),
        ({"fatigue": 4, "waking_unrefreshed": 0, "cognitive": 0, "headaches": False,
          "lower_abdominal": False, "depression": False}, "assessment.sss.fatigue",
         "must be from 0 to 3, not 4"),
        ({"fatigue": 1, "waking_unrefreshed": 0, "cognitive": 0, "headaches": "yes",
          "lower_abdominal": False, "depression": False}, "assessment.sss.headaches",
         "must be yes or no"),
        ({"assessed_on": datetime(2026, 1, 1)}, "assessment.assessed_on", "must be a date"),
        ({"assessed_on": date(1800, 1, 1)}, "assessment.assessed_on", "out of range"),
        ({"symptoms_3_months": "yes"}, "assessment.symptoms_3_months", "true or false"),
        ({"note": "a\x00b"}, "assessment.note", "NUL"),
    ],
)
def test_bad_assessments_name_the_field_and_write_nothing(
    any_diary: Diary, change: dict[str, Any], field: str, message: str
) -> None:
    pid = any_diary.default_profile().id or 0
    record = AssessmentRecord(profile_id=pid, assessed_on=date(2026, 3, 1))
    for key, value in change.items():
        setattr(record, key, value)
    with pytest.raises(ValidationError) as info:
        assessments.save_assessment(any_diary, record)
    assert info.value.field == field and message in info.value.message
    assert assessments.list_assessments(any_diary, pid) == []


@pytest.mark.parametrize(
    ("sites", "field", "message"),
    [
        ([TenderSiteRecord("elbow_left", True)], "tender_exam.sites[0].site", "18 tender points"),
        ([TenderSiteRecord("knee_left", True), TenderSiteRecord("knee_left", False)],
         "tender_exam.sites[1].site", "more than once"),
        ([TenderSiteRecord("knee_left", True, 11)], "tender_exam.sites[0].intensity",
         "from 0 to 10"),
        ([TenderSiteRecord("knee_left", 1)], "tender_exam.sites[0].tender",  # type: ignore[arg-type]
         "true or false"),
    ],
)
def test_bad_tender_exams_name_the_field(
    any_diary: Diary, sites: list[TenderSiteRecord], field: str, message: str
) -> None:
    pid = any_diary.default_profile().id or 0
    with pytest.raises(ValidationError) as info:
        assessments.save_tender_exam(
            any_diary, TenderExamRecord(profile_id=pid, examined_on=date(2026, 3, 1), sites=sites))
    assert info.value.field == field and message in info.value.message
    with pytest.raises(ValidationError, match="'nowhere' is not one of the 18"):
        TenderExamRecord.from_sites(pid, date(2026, 3, 1), ["nowhere"])


def test_the_summary_combines_map_assessment_and_sss(any_diary: Diary) -> None:
    diary = any_diary
    pid = fill(diary)
    s = assessments.fibro_summary(diary, pid, date(2026, 3, 10))
    assert s.map_wpi.sorted_areas() == ["shoulder_girdle_left", "chest"]
    assert s.wpi_source == "assessment" and s.assessment_in_window
    assert (s.wpi, s.sss, s.fs) == (2, 9, 11)
    assert s.three_months is True and s.three_months_source == "confirmed"  # the February answer
    assert s.generalized_pain is False and s.criteria_2016_met is False
    assert s.tender_exam is not None and s.tender_exam.count == 2
    # two weeks later: the assessment is out of the window, the map's WPI (now empty) is used,
    # the SSS is still the latest one
    later = assessments.fibro_summary(diary, pid, date(2026, 3, 24))
    assert later.wpi_source == "map" and later.wpi == 0 and later.sss == 9
    assert later.as_dict()["assessment"]["in_window"] is False
    assert assessments.pain_days(diary, pid, date(2026, 3, 24)) == [date(2026, 3, 8)]


# -- export and import ---------------------------------------------------------------------------


def test_assessments_and_exams_round_trip_through_the_export(
    any_diary: Diary, new_db_url: Callable[..., str], tmp_path: Path
) -> None:
    fill(any_diary)
    out = tmp_path / "all.json"
    transfer.export_json(any_diary, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["version"] == transfer.FORMAT_VERSION == 3  # 3: the body chart (issue 16)
    profile = document["profiles"][0]
    assert [a["assessed_on"] for a in profile["assessments"]] == ["2026-02-01", "2026-03-10"]
    assert profile["assessments"][1]["sss"] == SSS9.as_dict()
    assert profile["assessments"][0]["sss"] is None
    assert profile["tender_exams"][0]["sites"][0] == {
        "site": "occiput_left", "tender": True, "intensity": 7}
    assert schema_errors(document, json.loads(SCHEMA.read_text(encoding="utf-8"))) == []
    # scope: local dates
    scoped = transfer.build_export(any_diary, start=date(2026, 3, 1))
    assert [a["assessed_on"] for a in scoped["profiles"][0]["assessments"]] == ["2026-03-10"]

    target = Diary.open(new_db_url("target"))
    try:
        first = transfer.import_file(target, out)
        assert first.added["assessments"] == 2 and first.added["tender_exams"] == 1
        assert "fibromyalgia assessments: 2 added, 0 already there" in first.lines()
        assert without_stamp(transfer.build_export(target)) == without_stamp(document)
        second = transfer.import_file(target, out)  # merged by uuid: nothing twice
        assert second.skipped["assessments"] == 2 and second.skipped["tender_exams"] == 1
        assert not second.changed
        pid = target.default_profile().id or 0
        assert len(assessments.list_assessments(target, pid)) == 2
    finally:
        target.close()


def test_an_old_format_1_file_still_imports(
    any_diary: Diary, new_db_url: Callable[..., str]
) -> None:
    pid = any_diary.default_profile().id or 0
    add_episode(any_diary, pid, datetime(2026, 3, 9, 8),
                pain({"shin.left": 0.3}, kind="referred_area"))
    old = transfer.build_export(any_diary)
    old["version"] = 1
    for p in old["profiles"]:
        del p["assessments"], p["tender_exams"]
    target = Diary.open(new_db_url("old"))
    try:
        summary = transfer.import_document(target, old)
        assert summary.added["episodes"] == 1 and "assessments" not in summary.added
        assert [line.split(":")[0] for line in summary.lines()] == [
            "profiles", "therapies", "episodes", "marks", "therapy uses"]
        assert assessments.wpi_from_map(target, target.default_profile().id or 0,
                                        date(2026, 3, 9)).score == 1
    finally:
        target.close()
    assert transfer.UPGRADES[1](old)["version"] == 2


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("assessments[1].sss.fatigue", 5, "profiles[0].assessments[1].sss.fatigue: must be from 0 to 3"),
        ("assessments[0].sss", {"fatigue": 1}, "profiles[0].assessments[0].sss.waking_unrefreshed: is missing"),
        ("assessments[0].areas", ["knee_left"], "profiles[0].assessments[0].areas[0]: 'knee_left' is not one"),
        ("assessments[0].assessed_on", "10/03/2026", "profiles[0].assessments[0].assessed_on: '10/03/2026' is not a date"),
        ("assessments[0].uuid", "x", "profiles[0].assessments[0].uuid"),
        ("tender_exams[0].sites[3].site", "elbow", "profiles[0].tender_exams[0].sites[3].site: 'elbow'"),
        ("tender_exams[0].sites[0].intensity", 12, "profiles[0].tender_exams[0].sites[0].intensity: must be from 0 to 10"),
        ("tender_exams[0].examined_on", None, "profiles[0].tender_exams[0].examined_on: must be a date"),
    ],
)
def test_a_bad_assessment_in_a_file_is_refused_naming_where(
    any_diary: Diary, new_db_url: Callable[..., str], path: str, value: Any, message: str
) -> None:
    fill(any_diary)
    document = transfer.build_export(any_diary)
    node: Any = document["profiles"][0]
    parts = path.replace("]", "").replace("[", ".").split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    node[parts[-1]] = value
    target = Diary.open(new_db_url("bad"))
    try:
        with pytest.raises(TransferError) as info:
            transfer.import_document(target, document)
        assert message in str(info.value)
        with target.session() as s:
            assert s.scalars(select(Profile.id)).all() == []
    finally:
        target.close()
