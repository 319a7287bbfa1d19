"""The episode database: round trips, bad input, pragmas, permissions, migrations."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from bodymap.store.errors import (
    ConflictError,
    DamagedDatabase,
    NewerDatabase,
    NotABodymapDatabase,
    ValidationError,
)
from bodymap.store.models import Base
from bodymap.store.records import (
    EpisodeRecord,
    MarkRecord,
    TherapyRecord,
    TherapyUseRecord,
    to_utc,
)
from bodymap.store.service import Diary


def point(x: float, y: float) -> dict[str, object]:
    return {"type": "point", "x": x, "y": y}


def make_episode(diary: Diary, **changes: object) -> EpisodeRecord:
    profile = diary.default_profile()
    heat = diary.add_therapy(TherapyRecord(None, "Heat", "home", key="heat", builtin=True))
    trigger = MarkRecord(
        kind="trigger_point",
        view="front",
        geometry=point(210.5, 160.25),
        intensity=7,
        regions={"neck_side.right": 0.02},
        qualities=["aching", "tight"],
        tp_state="active",
        muscle_key="sternocleidomastoid",
        note="worse when turning the head",
    )
    area = MarkRecord(
        kind="referred_area",
        view="front",
        geometry={"type": "area", "polygons": [[[250, 80], [270, 80], [270, 95], [250, 95]]]},
        intensity=5,
        regions={"orbit.right": 0.6, "forehead": 0.1},
        qualities=["throbbing"],
        source_uuid=trigger.uuid,
    )
    spasm = MarkRecord(
        kind="spasm", view="back", geometry=point(330, 700), intensity=4, spasm_kind="random"
    )
    started, offset = to_utc(datetime(2026, 3, 1, 7, 30, tzinfo=timezone(timedelta(hours=1))))
    record = EpisodeRecord(
        profile_id=profile.id or 0,
        started_at=started,
        utc_offset_minutes=offset,
        duration_minutes=90,
        kind="flare",
        intensity=6,
        fatigue=8,
        triggers=["poor sleep", "cold or weather change"],
        notes="woke up with it",
        marks=[trigger, area, spasm],
        therapy_uses=[
            TherapyUseRecord(
                therapy_id=heat.id or 0,
                used_at=started + timedelta(hours=1),
                duration_minutes=20,
                regions=["neck_side.right"],
                outcome="better",
                relief=4,
                note="hot pack",
            )
        ],
    )
    for key, value in changes.items():
        setattr(record, key, value)
    return record


def test_episode_round_trips_with_marks_links_and_therapy_uses(any_diary: Diary) -> None:
    diary = any_diary
    record = make_episode(diary)
    saved = diary.save_episode(record)
    assert saved.id is not None and saved.version == 1
    again = diary.get_episode(saved.id)
    assert again.started_at == datetime(2026, 3, 1, 6, 30)
    assert again.utc_offset_minutes == 60
    assert again.local_start.hour == 7
    assert (again.kind, again.intensity, again.fatigue, again.duration_minutes) == (
        "flare",
        6,
        8,
        90,
    )
    assert again.triggers == ["poor sleep", "cold or weather change"]
    assert [m.kind for m in again.marks] == ["trigger_point", "referred_area", "spasm"]
    trigger, area, spasm = again.marks
    assert trigger.geometry == {"type": "point", "x": 210.5, "y": 160.25}
    assert trigger.qualities == ["aching", "tight"]
    assert trigger.muscle_key == "sternocleidomastoid" and trigger.tp_state == "active"
    assert area.source_uuid == trigger.uuid
    assert area.regions == {"orbit.right": 0.6, "forehead": 0.1}
    assert spasm.spasm_kind == "random"
    assert [m.uuid for m in again.marks] == [m.uuid for m in record.marks]
    (use,) = again.therapy_uses
    assert (use.therapy_name, use.outcome, use.relief, use.regions) == (
        "Heat",
        "better",
        4,
        ["neck_side.right"],
    )


def test_update_replaces_marks_and_detects_conflicts(any_diary: Diary) -> None:
    diary = any_diary
    saved = diary.save_episode(make_episode(diary))
    saved.marks = saved.marks[:1]
    saved.intensity = 3
    updated = diary.save_episode(saved)
    assert updated.version == 2 and len(updated.marks) == 1 and updated.intensity == 3
    stale = diary.get_episode(updated.id or 0)
    stale.version = 1
    with pytest.raises(ConflictError):
        diary.save_episode(stale)
    assert diary.get_episode(updated.id or 0).intensity == 3


def test_list_episodes_by_date_range_and_region_query(any_diary: Diary) -> None:
    diary = any_diary
    profile = diary.default_profile()
    for day in range(5):
        diary.save_episode(make_episode(diary, started_at=datetime(2026, 3, 1 + day, 8)))
    # two episodes on one day are normal
    diary.save_episode(make_episode(diary, started_at=datetime(2026, 3, 3, 20)))
    listed = diary.list_episodes(profile.id or 0, datetime(2026, 3, 2), datetime(2026, 3, 4))
    assert [e.started_at for e in listed] == [
        datetime(2026, 3, 3, 20),
        datetime(2026, 3, 3, 8),
        datetime(2026, 3, 2, 8),
    ]
    assert all(e.mark_count == 3 for e in listed)
    marks = diary.marks_in_region(profile.id or 0, "orbit.right", datetime(2026, 3, 2))
    assert len(marks) == 5 and {m.kind for m in marks} == {"referred_area"}
    assert marks[0].share == 0.6


def test_delete_episode_removes_its_marks_and_uses(any_diary: Diary) -> None:
    diary = any_diary
    saved = diary.save_episode(make_episode(diary))
    diary.delete_episode(saved.id or 0)
    with diary.engine.connect() as conn:
        for table in ("episode", "mark", "mark_region", "therapy_use", "therapy_use_region"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"intensity": 11}, "intensity"),
        ({"intensity": "7"}, "intensity"),
        ({"fatigue": -1}, "fatigue"),
        ({"duration_minutes": -5}, "duration_minutes"),
        ({"kind": "earthquake"}, "kind"),
        ({"triggers": "stress"}, "triggers"),
        # the bounds an import applies too: what the service saves always imports again
        ({"duration_minutes": 10_000_001}, "duration_minutes"),
        ({"utc_offset_minutes": 16 * 60 + 1}, "utc_offset_minutes"),
        ({"triggers": ["x" * 201]}, "triggers[0]"),
        ({"triggers": ["  "]}, "triggers[0]"),
        ({"notes": "nul \x00 inside"}, "notes"),
        ({"started_at": datetime(1899, 12, 31, 23, 59)}, "started_at"),
        ({"started_at": datetime(3000, 1, 1)}, "started_at"),
        ({"uuid": "not-a-uuid"}, "uuid"),
        ({"uuid": "6F9619FF-8B86-D011-B42D-00C04FC964FF"}, "uuid"),
    ],
)
def test_bad_episode_values_name_the_field_and_write_nothing(
    any_diary: Diary, change: dict[str, object], field: str
) -> None:
    diary = any_diary
    record = make_episode(diary, **change)
    with pytest.raises(ValidationError) as info:
        diary.save_episode(record)
    assert info.value.field == field
    assert diary.list_episodes(diary.default_profile().id or 0) == []


@pytest.mark.parametrize(
    ("mark_change", "field"),
    [
        ({"kind": "bruise"}, "marks[0].kind"),
        ({"intensity": 12}, "marks[0].intensity"),
        ({"tp_state": "sleepy"}, "marks[0].tp_state"),
        ({"geometry": {"type": "point", "x": "a", "y": 1}}, "marks[0].geometry.x"),
        ({"regions": {"orbit.right": 1.5}}, "marks[0].regions[orbit.right]"),
        ({"view": "sideways"}, "marks[0].view"),
        ({"view": "f" * 33}, "marks[0].view"),
        ({"muscle_key": "m" * 65}, "marks[0].muscle_key"),
        ({"regions": {"no.such.region": 0.5}}, "marks[0].regions"),
        ({"regions": {"sole.left": 0.5}}, "marks[0].regions"),  # real, but not in the front view
        ({"geometry": {"type": "point", "x": 1e6 + 1, "y": 1}}, "marks[0].geometry.x"),
        ({"geometry": {"type": "point", "x": float("nan"), "y": 1}}, "marks[0].geometry.x"),
        ({"geometry": {"type": "point", "x": 1, "y": 2, "extra": 3}}, "marks[0].geometry.'extra'"),
        ({"geometry": {"type": "area", "polygons": [[[0, 0], [1, 1]]]}},
         "marks[0].geometry.polygons[0]"),
        ({"qualities": ["q" * 201]}, "marks[0].qualities[0]"),
        ({"note": "\ud800"}, "marks[0].note"),
        ({"source_uuid": "00000000-0000-4000-8000-000000000000"}, "marks[0].source"),
    ],
)
def test_bad_mark_values_name_the_field(
    any_diary: Diary, mark_change: dict[str, object], field: str
) -> None:
    diary = any_diary
    record = make_episode(diary)
    for key, value in mark_change.items():
        setattr(record.marks[0], key, value)
    with pytest.raises(ValidationError) as info:
        diary.save_episode(record)
    assert info.value.field == field
    with diary.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM mark")).scalar() == 0


def test_bad_therapy_use_is_refused(any_diary: Diary) -> None:
    diary = any_diary
    record = make_episode(diary)
    record.therapy_uses[0].relief = 15
    with pytest.raises(ValidationError, match="relief"):
        diary.save_episode(record)


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("self", "a mark cannot link to itself"),
        ("spasm", "links to a spasm, not a trigger point"),
        ("elsewhere", "links to a trigger point that is not in this episode"),
    ],
)
def test_a_link_runs_from_a_referred_area_to_a_trigger_point_of_the_episode(
    diary: Diary, link: str, message: str
) -> None:
    record = make_episode(diary)
    area = record.marks[1]
    area.source_uuid = {"self": area.uuid, "spasm": record.marks[2].uuid,
                        "elsewhere": make_episode(diary).marks[0].uuid}[link]
    with pytest.raises(ValidationError, match=message) as info:
        diary.save_episode(record)
    assert info.value.field == "marks[1].source"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"relief": 15}, "therapy_uses[0].relief"),
        ({"regions": ["nowhere"]}, "therapy_uses[0].regions[0]"),
        ({"dose": "d" * 201}, "therapy_uses[0].dose"),
        ({"duration_minutes": 10_000_001}, "therapy_uses[0].duration_minutes"),
        ({"used_at": datetime(1800, 1, 1)}, "therapy_uses[0].used_at"),
        ({"utc_offset_minutes": -16 * 60 - 1}, "therapy_uses[0].utc_offset_minutes"),
    ],
)
def test_bad_therapy_use_values_name_the_field(
    diary: Diary, change: dict[str, object], field: str
) -> None:
    record = make_episode(diary)
    for key, value in change.items():
        setattr(record.therapy_uses[0], key, value)
    with pytest.raises(ValidationError) as info:
        diary.save_episode(record)
    assert info.value.field == field


def test_pragmas_on_every_connection(diary: Diary) -> None:
    with diary.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_database_files_are_owner_only(diary: Diary, db_path: Path) -> None:
    diary.save_episode(make_episode(diary))
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert db_path in files and len(files) >= 2  # the -wal file exists while open
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_upgrade_from_empty_equals_the_models(any_diary: Diary) -> None:
    diary = any_diary
    with diary.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    content = b"this is a shopping list, not a database\n" * 100
    path.write_bytes(content)
    with pytest.raises(NotABodymapDatabase, match="not an SQLite file"):
        Diary.open(f"sqlite:///{path}")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotABodymapDatabase, match="not one written by bodymap"):
        Diary.open(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_damaged_database_is_refused_and_left_untouched(diary: Diary, db_path: Path) -> None:
    for day in range(40):
        diary.save_episode(make_episode(diary, started_at=datetime(2026, 1, 1) + timedelta(day)))
    diary.close()
    raw = bytearray(db_path.read_bytes())
    # scribble over the middle pages, leaving the header valid
    for offset in range(4096 * 3, min(len(raw), 4096 * 8), 7):
        raw[offset] = 0xA5
    db_path.write_bytes(bytes(raw))
    with pytest.raises((DamagedDatabase, NotABodymapDatabase)):
        Diary.open(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == bytes(raw)


def test_newer_database_is_refused_never_downgraded(diary: Diary, db_path: Path) -> None:
    diary.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabase, match="newer version of bodymap"):
        Diary.open(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == before


def test_older_schema_is_backed_up_before_upgrading(
    diary: Diary, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the file is behind head it is copied with the backup API (WAL content included)."""
    import bodymap.store.database as database

    diary.save_episode(make_episode(diary))  # still in the WAL: the engine stays open
    calls: list[str] = []
    known, _head = database.known_revisions()  # a newer bodymap with one more revision, 9999
    monkeypatch.setattr(database, "known_revisions", lambda: (known | {"9999"}, "9999"))
    monkeypatch.setattr(database, "upgrade", lambda engine: calls.append("upgrade"))
    database.open_database(f"sqlite:///{db_path}").dispose()
    (backup,) = (db_path.parent / "backups").glob("*.sqlite3")
    assert "before-9999" in backup.name
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM episode").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM mark").fetchone() == (3,)
    conn.close()
    assert calls == ["upgrade"]


def test_database_at_head_is_not_backed_up_again(diary: Diary, db_path: Path) -> None:
    diary.close()
    Diary.open(f"sqlite:///{db_path}").close()
    assert not list((db_path.parent / "backups").glob("*.sqlite3"))


def test_saving_an_episode_keeps_a_rating_made_elsewhere(any_diary: Diary) -> None:
    """Rated in the therapies panel while the episode was open: a later save keeps the rating."""
    diary = any_diary
    from bodymap.store.therapy_log import rate_use

    record = make_episode(diary)
    record.therapy_uses[0].outcome = None
    record.therapy_uses[0].relief = None
    saved = diary.save_episode(record)
    use_id = saved.therapy_uses[0].id or 0
    rate_use(diary, use_id, "better", 8)
    saved.notes = "edited later"
    again = diary.save_episode(saved)  # the window's copy still says "not rated"
    (use,) = again.therapy_uses
    assert (use.outcome, use.relief, use.id) == ("better", 8, use_id)
    again.therapy_uses = []
    assert diary.save_episode(again).therapy_uses == []


@pytest.mark.parametrize("saved_before", [False, True], ids=["new", "edited"])
@pytest.mark.parametrize("missing", ["profile", "therapy"])
def test_a_save_naming_an_unknown_person_or_therapy_is_refused_by_one_check(
    any_diary: Diary, saved_before: bool, missing: str
) -> None:
    """The person and the therapies of a save are looked up once (bulk.check_references), for a
    new episode and for one saved before alike; the refusal is a phrase the window translates,
    and nothing is written."""
    from dataclasses import replace

    from sqlalchemy import event

    diary = any_diary
    record = make_episode(diary)
    if saved_before:
        record = diary.save_episode(record)
    if missing == "profile":
        record = replace(record, profile_id=999)
        field, template, params = "profile", "no profile with id {profile_id}", {"profile_id": "999"}
    else:
        record.therapy_uses[0].therapy_id = 998
        field, template, params = "therapy_uses.therapy", "unknown therapy {ids}", {"ids": "998"}
    before = diary.list_episodes(diary.default_profile().id or 0)
    lookups: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:  # noqa: ANN001
        table = "profile" if missing == "profile" else "therapy"
        if statement.split()[:4] == ["SELECT", f"{table}.id", "FROM", table]:
            lookups.append(statement)

    event.listen(diary.engine, "before_cursor_execute", seen)
    try:
        with pytest.raises(ValidationError) as info:
            diary.save_episode(record)
    finally:
        event.remove(diary.engine, "before_cursor_execute", seen)
    assert info.value.field == field
    assert (info.value.template, info.value.params) == (template, params)
    assert len(lookups) == 1, lookups
    assert diary.list_episodes(diary.default_profile().id or 0) == before
    if saved_before:
        assert diary.get_episode(record.id or 0).version == record.version  # not bumped


@pytest.mark.parametrize("saved_before", [False, True], ids=["new", "edited"])
def test_a_save_looks_its_person_and_therapies_up_once(any_diary: Diary, saved_before: bool) -> None:
    from sqlalchemy import event

    diary = any_diary
    record = make_episode(diary)
    if saved_before:
        record = diary.save_episode(record)
    lookups: dict[str, int] = {"profile": 0, "therapy": 0}
    seen_statements: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:  # noqa: ANN001
        for table in lookups:  # a look-up of ids (not the read-back of the saved episode)
            if statement.split()[:4] == ["SELECT", f"{table}.id", "FROM", table]:
                lookups[table] += 1
                seen_statements.append(statement)

    event.listen(diary.engine, "before_cursor_execute", seen)
    try:
        saved = diary.save_episode(record)
    finally:
        event.remove(diary.engine, "before_cursor_execute", seen)
    assert saved.therapy_uses[0].therapy_id == record.therapy_uses[0].therapy_id
    assert lookups == {"profile": 1, "therapy": 1}, seen_statements
