"""A region's history and the heat map against a straightforward reference computation.

The reference reads every episode back as a record (``Diary.get_episode``) and works the
figures out in plain Python from the definitions in ``bodymap.store.history``; the store's
aggregate queries (and the derived ``region_episode`` summary they read) must give exactly the
same answer, on SQLite and PostgreSQL, on a sample diary and after every kind of change a person
makes: save, edit, delete, undo (saving the old record again), import, and removing a person.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from bodymap import demo
from bodymap.anatomy import regions
from bodymap.store import history, region_summary, transfer
from bodymap.store.records import EpisodeRecord, MarkRecord
from bodymap.store.service import Diary

END = datetime(2026, 1, 1)
RANGES: list[tuple[datetime | None, datetime | None]] = [
    (None, END),
    (datetime(2025, 9, 1), datetime(2025, 11, 15)),  # monthly bars
    (datetime(2025, 10, 6, 12), datetime(2025, 11, 2)),  # weekly bars, a start mid-day
]


@dataclass
class Ref:
    """The figures of one region over one range, worked out from the records."""

    points: list[tuple[datetime, int, int]]  # (local time, intensity here, episode id)
    episodes: list[tuple[int, datetime, int, str, int | None, int, int]]  # newest first
    qualities: dict[str, int]
    trigger_points: dict[tuple[str | None, str | None], int]
    frequency: dict[date, tuple[int, int]]  # bin start -> (episodes, distinct days)


def _records(diary: Diary, pid: int) -> list[EpisodeRecord]:
    ids = [e.id for e in diary.list_episodes(pid)]
    return [diary.get_episode(i) for i in ids]


def _inside(r: EpisodeRecord, start: datetime | None, end: datetime | None) -> bool:
    return (start is None or r.started_at >= start) and (end is None or r.started_at < end)


def _region_marks(r: EpisodeRecord, region: str) -> list[MarkRecord]:
    return [m for m in r.marks if region in m.regions]


def reference_history(
    records: list[EpisodeRecord], region: str, start: datetime | None, end: datetime | None
) -> Ref:
    touched = [
        (r, marks) for r in records if _inside(r, start, end)
        for marks in [_region_marks(r, region)] if marks
    ]
    touched.sort(key=lambda rm: (rm[0].started_at, rm[0].id))
    points, episodes = [], []
    qualities: Counter[str] = Counter()
    tps: Counter[tuple[str | None, str | None]] = Counter()
    for r, marks in touched:
        local = r.started_at + timedelta(minutes=r.utc_offset_minutes)
        peak = max(m.intensity for m in marks)
        assert r.id is not None
        points.append((local, peak, r.id))
        episodes.append((r.id, local, r.utc_offset_minutes, r.kind, r.intensity, peak, len(marks)))
        for m in marks:
            qualities.update(m.qualities)
            if m.kind == "trigger_point":
                tps[(m.muscle_key, m.tp_state)] += 1
    episodes.reverse()
    stop = end if end is not None else history.utcnow()
    first = start if start is not None else min((r.started_at for r in records), default=None)
    span = 1.0 if first is None else max(1.0, (stop - first).total_seconds() / 86400.0)
    weekly = span <= history.WEEKLY_UP_TO_DAYS
    bins: dict[date, list[int]] = defaultdict(list)
    for local, _peak, _eid in points:
        day = local.date()
        key = day - timedelta(days=day.weekday()) if weekly else day.replace(day=1)
        bins[key].append(day.toordinal())
    return Ref(
        points, episodes, dict(qualities), dict(tps),
        {k: (len(v), len(set(v))) for k, v in bins.items()},
    )


def reference_heatmap(
    records: list[EpisodeRecord], start: datetime | None, end: datetime | None
) -> dict[str, tuple[int, float, int]]:
    """Region -> (episodes touching it, mean and peak of the per-episode intensities)."""
    peaks: dict[str, list[int]] = defaultdict(list)
    for r in records:
        if not _inside(r, start, end):
            continue
        per_region: dict[str, int] = {}
        for m in r.marks:
            for region in m.regions:
                per_region[region] = max(per_region.get(region, 0), m.intensity)
        for region, peak in per_region.items():
            peaks[region].append(peak)
    return {k: (len(v), sum(v) / len(v), max(v)) for k, v in peaks.items()}


def assert_matches_reference(diary: Diary, pid: int, regions: list[str] | None = None) -> None:
    # The derived summary holds exactly what the marks say, row for row.
    with diary.session() as s:
        assert region_summary.differences(s) == []
    records = _records(diary, pid)
    for start, end in RANGES:
        expected_heat = reference_heatmap(records, start, end)
        figures = history.region_figures(diary, pid, start, end)
        assert {k: (f.episodes, f.peak) for k, f in figures.items()} == {
            k: (n, peak) for k, (n, _mean, peak) in expected_heat.items()
        }
        for k, (_n, mean, _peak) in expected_heat.items():
            assert figures[k].mean == pytest.approx(mean, rel=1e-12, abs=0), k
        mean_map = history.heatmap(diary, pid, start, end, "mean")
        assert mean_map == pytest.approx({k: v[1] for k, v in expected_heat.items()}, rel=1e-12)
        wanted = regions if regions is not None else sorted(expected_heat)
        for region in wanted:
            ref = reference_history(records, region, start, end)
            h = history.region_history(diary, pid, region, start, end)
            assert [tuple(p) for p in h.points] == ref.points, region
            assert [tuple(e) for e in h.episodes] == ref.episodes, region
            assert {q.quality: q.count for q in h.qualities} == ref.qualities, region
            assert [q.count for q in h.qualities] == sorted(ref.qualities.values(), reverse=True)
            assert {(t.muscle_key, t.state): t.count for t in h.trigger_points} == (
                ref.trigger_points
            ), region
            assert {b.start: (b.episodes, b.days) for b in h.frequency if b.episodes} == (
                ref.frequency
            ), region
            assert sum(b.episodes for b in h.frequency) == len(ref.points)
            assert h.moving_average == pytest.approx(
                history.moving_average([p[1] for p in ref.points], h.window)
            )
            if ref.points:
                f = figures[region]
                assert (f.episodes, f.peak) == (h.episode_count, h.peak_intensity)
                assert f.per_week == pytest.approx(h.per_week)


@pytest.fixture
def sample(any_diary: Diary) -> tuple[Diary, int]:
    """A quarter of a year of sample data (a few hundred marks) on both engines."""
    result = demo.generate(any_diary, years=0.25, seed=3, end=END.date())
    assert result.episodes > 50
    pid = any_diary.default_profile().id
    people = {p.name: p.id for p in any_diary.list_profiles()}
    pid = people.get(demo.DEFAULT_PROFILE, pid)
    assert pid is not None
    return any_diary, pid


def _busiest(diary: Diary, pid: int, n: int) -> list[str]:
    figures = history.region_figures(diary, pid, None, END)
    return sorted(figures, key=lambda r: (-figures[r].episodes, r))[:n]


def test_sample_diary_matches_reference(sample: tuple[Diary, int]) -> None:
    diary, pid = sample
    assert_matches_reference(diary, pid)
    # The open end ("until now") too, for the busiest region.
    region = _busiest(diary, pid, 1)[0]
    ref = reference_history(_records(diary, pid), region, None, None)
    h = history.region_history(diary, pid, region)
    assert [tuple(p) for p in h.points] == ref.points


def _mark(region: str, intensity: int, kind: str = "trigger_point", **kw: object) -> MarkRecord:
    extra: dict[str, object] = {"tp_state": "active", "muscle_key": "upper_trapezius"}
    if kind != "trigger_point":
        extra = {"spasm_kind": "random"} if kind == "spasm" else {}
    extra.update(kw)
    return MarkRecord(
        kind=kind, view=sorted(regions.REGIONS[region].views)[0], geometry={"type": "point", "x": 100.0, "y": 100.0},
        intensity=intensity, regions={region: 0.0}, qualities=["aching"],
        **extra,  # type: ignore[arg-type]
    )


def test_every_change_keeps_the_figures_right(sample: tuple[Diary, int]) -> None:
    """Save, edit (time, marks, intensities, person), delete and undo, each checked."""
    diary, pid = sample
    busy = _busiest(diary, pid, 3)
    watch = [*busy, "calf.left"]
    # Save a new episode touching two busy regions.
    new = diary.save_episode(EpisodeRecord(
        profile_id=pid, started_at=datetime(2025, 10, 20, 8), utc_offset_minutes=120,
        intensity=7, marks=[_mark(busy[0], 9), _mark(busy[0], 3, "spasm"), _mark(busy[1], 2)],
    ))
    assert_matches_reference(diary, pid, watch)
    # Edit it: another time (into another range), other marks and intensities.
    assert new.id is not None
    edited = diary.save_episode(EpisodeRecord(
        profile_id=pid, started_at=datetime(2025, 9, 2, 23, 30), utc_offset_minutes=-300,
        intensity=4, id=new.id, uuid=new.uuid, version=new.version,
        marks=[_mark(busy[1], 10), _mark("calf.left", 1, "spasm")],
    ))
    assert_matches_reference(diary, pid, watch)
    # Edit an existing sample episode: drop its marks of the busiest region.
    victim = next(
        r for r in _records(diary, pid) if any(busy[0] in m.regions for m in r.marks)
        and r.id != new.id
    )
    before = copy.deepcopy(victim)
    victim.marks = [m for m in victim.marks if busy[0] not in m.regions]
    kept = {m.uuid for m in victim.marks}
    for m in victim.marks:
        m.id = None
        m.source_uuid = m.source_uuid if m.source_uuid in kept else None
        m.brought_on_by = m.brought_on_by if m.brought_on_by in kept else None
    diary.save_episode(victim)
    assert_matches_reference(diary, pid, watch)
    # Delete, then undo the delete (the window saves the old record again, as new).
    diary.delete_episode(edited.id)  # type: ignore[arg-type]
    assert_matches_reference(diary, pid, watch)
    edited.id = None
    edited.version = 0
    for m in edited.marks:
        m.id = None
    diary.save_episode(edited)
    assert_matches_reference(diary, pid, watch)
    # Undo the edit of the sample episode (save its old content over the new version).
    current = diary.get_episode(before.id)  # type: ignore[arg-type]
    before.version = current.version
    for m in before.marks:
        m.id = None
    diary.save_episode(before)
    assert_matches_reference(diary, pid, watch)


def test_move_to_another_person_and_remove_a_person(sample: tuple[Diary, int]) -> None:
    diary, pid = sample
    other = diary.create_profile("Second person")
    assert other.id is not None
    busy = _busiest(diary, pid, 1)[0]
    moved = next(r for r in _records(diary, pid) if any(busy in m.regions for m in r.marks))
    moved.profile_id = other.id
    for m in moved.marks:
        m.id = None
    diary.save_episode(moved)
    assert_matches_reference(diary, pid, [busy])
    assert_matches_reference(diary, other.id, [busy])
    diary.save_episode(EpisodeRecord(
        profile_id=other.id, started_at=datetime(2025, 10, 1), marks=[_mark(busy, 8)],
    ))
    assert_matches_reference(diary, other.id, [busy])
    diary.remove_profile(other.id)
    assert_matches_reference(diary, pid, [busy])
    assert history.region_figures(diary, other.id, None, END) == {}


def test_import_keeps_the_figures_right(sample: tuple[Diary, int], tmp_path, new_db_url) -> None:
    """An export imported into an empty diary, and again (nothing new), gives the same figures."""
    diary, pid = sample
    out = tmp_path / "export.json"
    transfer.export_json(diary, out)
    target = Diary.open(new_db_url("imported"))
    try:
        transfer.apply_plan(target, transfer.read_export(out))
        people = {p.name: p.id for p in target.list_profiles()}
        name = next(p.name for p in diary.list_profiles() if p.id == pid)
        tid = people[name]
        assert tid is not None
        assert_matches_reference(target, tid)
        ours = history.region_figures(diary, pid, None, END)
        assert history.region_figures(target, tid, None, END) == ours
        # Importing the same file again adds nothing and changes no figure.
        transfer.apply_plan(target, transfer.read_export(out))
        assert history.region_figures(target, tid, None, END) == ours
    finally:
        target.close()


def _anew(records: list[EpisodeRecord]) -> list[EpisodeRecord]:
    """Copies of ``records`` as new episodes a year and a month later: no ids, new uuids (the
    links between their marks kept)."""
    from bodymap.store.records import new_uuid

    out = [copy.deepcopy(r) for r in records]
    for r in out:
        r.id, r.uuid, r.started_at = None, new_uuid(), r.started_at + timedelta(days=400)
        renamed = {m.uuid: new_uuid() for m in r.marks}
        for m in r.marks:
            m.id, m.uuid = None, renamed[m.uuid]
            m.source_uuid = renamed.get(m.source_uuid or "", m.source_uuid)
            m.brought_on_by = renamed.get(m.brought_on_by or "", m.brought_on_by)
        for u in r.therapy_uses:
            u.id, u.episode_id, u.uuid = None, None, new_uuid()
    return out


def test_the_bulk_writer_looks_for_no_summary_rows_of_the_episodes_it_inserts(
    sample: tuple[Diary, int],
) -> None:
    """Episodes the bulk writer has just inserted can have no summary rows yet, so it deletes
    none, and the summary of the diary it writes into, with episodes of its own, stays right
    (both engines)."""
    from sqlalchemy import event

    from bodymap.store import bulk

    diary, pid = sample
    more = _anew(_records(diary, pid)[:40])
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, sql: str, *_rest: object) -> None:
        statements.append(sql)

    event.listen(diary.engine, "before_cursor_execute", seen)
    try:
        with diary.session() as s:
            bulk.write_episodes(s, more)
    finally:
        event.remove(diary.engine, "before_cursor_execute", seen)
    assert any(sql.startswith("INSERT INTO region_episode_tally") for sql in statements)
    assert not [sql for sql in statements if sql.lstrip().upper().startswith("DELETE")]
    with diary.session() as s:
        assert region_summary.differences(s) == []
    assert_matches_reference(diary, pid)


def _without_ids(record: EpisodeRecord) -> EpisodeRecord:
    out = copy.deepcopy(record)
    out.id, out.version, out.created_at, out.updated_at = None, 0, None, None
    for m in out.marks:
        m.id = None
    for u in out.therapy_uses:
        u.id = u.episode_id = None
        u.profile_id = None
    return out


def test_saving_a_new_episode_writes_it_as_the_bulk_writer_does(sample: tuple[Diary, int]) -> None:
    """A new episode's save goes through the bulk writer: nothing is deleted first (it has no
    rows yet), the episode read back is the one given (marks, links, qualities, factors,
    therapy uses), its times are the save's even when the record carries others, and the
    summary stays right (both engines)."""
    from sqlalchemy import event

    from bodymap.store.models import Episode
    from bodymap.store.service import utcnow

    diary, pid = sample
    given = max(_anew(_records(diary, pid)),
                key=lambda r: (len(r.therapy_uses) > 0, sum(m.source_uuid is not None for m in r.marks),
                               len(r.marks)))
    assert given.marks and given.therapy_uses
    given.created_at = given.updated_at = datetime(2001, 1, 1)  # only an import keeps these
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, sql: str, *_rest: object) -> None:
        statements.append(sql)

    before = utcnow().replace(microsecond=0)
    event.listen(diary.engine, "before_cursor_execute", seen)
    try:
        saved = diary.save_episode(copy.deepcopy(given))
    finally:
        event.remove(diary.engine, "before_cursor_execute", seen)
    assert not [sql for sql in statements if sql.lstrip().upper().startswith("DELETE")]
    assert saved.id is not None and saved.version == 1
    with diary.session() as s:
        row = s.get(Episode, saved.id)
        assert row is not None and row.created_at >= before and row.updated_at == row.created_at
    assert all(m.id is not None for m in saved.marks)
    assert _without_ids(saved) == _without_ids(given)
    assert diary.get_episode(saved.id) == saved
    with diary.session() as s:
        assert region_summary.differences(s) == []
    assert_matches_reference(diary, pid)


def test_differences_sees_a_stale_summary(sample: tuple[Diary, int]) -> None:
    """The check the other tests rely on finds a summary row that no longer matches."""
    diary, pid = sample
    region = _busiest(diary, pid, 1)[0]
    with diary.session() as s:
        assert region_summary.differences(s) == []
        # Forget one episode's summary: what a writer that skipped refresh would leave.
        eid = history.region_history(diary, pid, region, None, END).points[0].episode_id
        s.execute(
            region_summary._SUMMARY.delete().where(region_summary._SUMMARY.c.episode_id == eid)
        )
        found = region_summary.differences(s)
        assert found and {(t, kind) for t, kind, _row in found} == {("region_episode", "missing")}
        assert all(row[0] == eid for _t, _k, row in found)
        region_summary.refresh(s, [eid])
        assert region_summary.differences(s) == []


def test_upgrading_a_0005_diary_fills_the_summary(db_url: str) -> None:
    """A diary written before migration 0006 (its marks, no summary) gets a summary that
    matches its marks, on both engines, and the same figures as the reference."""
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from bodymap.store import database

    diary = Diary.open(db_url)
    try:
        demo.generate(diary, years=0.15, seed=5, end=END.date())
    finally:
        diary.close()
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            config = database._alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0005")
        tables = set(inspect(engine).get_table_names())
        assert "region_episode" not in tables and "mark_region" in tables
    finally:
        engine.dispose()
    diary = Diary.open(db_url)
    try:
        pid = {p.name: p.id for p in diary.list_profiles()}[demo.DEFAULT_PROFILE]
        assert pid is not None
        with diary.session() as s:
            assert s.execute(region_summary.raw_rows()).first() is not None
        assert_matches_reference(diary, pid)
    finally:
        diary.close()


def test_history_and_heat_map_read_only_the_summary_indexes(tmp_path) -> None:
    """What keeps fifty years flat: on SQLite every statement behind a region's history and the
    heat map is answered from a covering index of the summary (or the therapy tables), never
    by walking the marks, whatever the range."""
    import sqlite3

    from sqlalchemy.dialects import sqlite

    path = tmp_path / "plan.sqlite3"
    Diary.open(f"sqlite:///{path}").close()
    conn = sqlite3.connect(path)
    try:
        for start, end in [(None, None), (datetime(2025, 1, 1), END)]:
            statements = dict(history.region_statements(1, "neck_side.left", start, end))
            statements["heat map"] = history.heatmap_statement(1, start, end)
            for name, statement in statements.items():
                sql = str(statement.compile(
                    dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
                ))
                plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
                reads = [line for line in plan if line.startswith(("SEARCH", "SCAN"))]
                assert reads, (name, plan)
                for line in reads:
                    table = line.split()[1]
                    assert "mark" not in table, (name, plan)
                    if table.startswith("region_episode") or table == "episode":
                        assert "COVERING INDEX" in line, (name, plan)
    finally:
        conn.close()
