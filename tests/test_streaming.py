"""Large exports and imports are streamed: the file written a batch of episodes at a time and
read one episode at a time, with the same result as the whole-document export and import, a
cancel that writes nothing, and a progress line on a terminal."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from test_transfer import fill, open_empty, without_stamp

from bodymap import demo
from bodymap.commands.data import terminal_progress
from bodymap.store import file_reading, transfer
from bodymap.store.service import Diary
from bodymap.store.transfer import TransferCancelled, TransferError


def _parsed(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _demo(path: Path, years: float = 1.0) -> Diary:
    diary = Diary.open(f"sqlite:///{path}")
    demo.generate(diary, years=years, seed=3, end=date(2026, 1, 1))
    return diary


def _exported_demo(tmp_path: Path, years: float) -> Path:
    """A sample diary of ``years`` exported to ``demo.json`` in ``tmp_path`` (the diary closed)."""
    source = _demo(tmp_path / "demo.sqlite3", years=years)
    out = tmp_path / "demo.json"
    transfer.export_json(source, out)
    source.close()
    return out


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        return {
            table: con.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: S608
            for table in ("episode", "mark", "therapy_use", "mark_region", "profile")
        }


@pytest.mark.parametrize(
    "scope",
    [{}, {"profile": "Me"}, {"start": date(2025, 12, 31), "end": date(2026, 1, 2)}],
    ids=["everything", "one profile", "some days"],
)
def test_streamed_export_is_the_whole_document_export(tmp_path: Path, scope: dict) -> None:
    diary = open_empty(tmp_path / "full.sqlite3")
    fill(diary, episodes=9)
    whole = transfer.build_export(diary, **scope)
    out = tmp_path / "export.json"
    summary = transfer.export_json(diary, out, **scope)
    streamed = _parsed(out)
    assert without_stamp(streamed) == without_stamp(whole)
    assert summary.episodes == sum(len(p["episodes"]) for p in whole["profiles"])
    assert summary.marks == sum(len(e["marks"]) for p in whole["profiles"] for e in p["episodes"])
    diary.close()


def test_streamed_export_is_the_whole_document_export_on_both_engines(
    any_diary: Diary, tmp_path: Path
) -> None:
    """The streamed export reads plain rows from the driver (each engine has its own types for
    times, booleans and numbers); the whole-document export reads the ORM models."""
    fill(any_diary, episodes=9)
    out = tmp_path / "export.json"
    transfer.export_json(any_diary, out)
    assert without_stamp(_parsed(out)) == without_stamp(transfer.build_export(any_diary))


def test_streamed_export_of_a_sample_diary_across_batches(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(transfer, "EXPORT_BATCH", 7)  # many batches, one cut inside a day
    diary = _demo(tmp_path / "demo.sqlite3", years=0.5)
    out = tmp_path / "demo.json"
    transfer.export_json(diary, out)
    assert without_stamp(_parsed(out)) == without_stamp(transfer.build_export(diary))
    diary.close()


def test_the_export_runs_with_the_collector_paused_and_gives_it_back(
    tmp_path: Path, monkeypatch
) -> None:
    """Its many small rows and dicts are made with no collector passes over them; the
    collector is on again afterwards, also after a cancel."""
    import gc

    diary = _demo(tmp_path / "demo.sqlite3", years=0.2)
    seen: list[bool] = []

    def progress(done: int, total: int) -> None:
        seen.append(gc.isenabled())

    transfer.export_json(diary, tmp_path / "out.json", progress=progress)
    assert seen and not any(seen) and gc.isenabled()

    def cancel(done: int, total: int) -> None:
        raise TransferCancelled()

    with pytest.raises(TransferCancelled):
        transfer.export_json(diary, tmp_path / "cancelled.json", progress=cancel)
    assert gc.isenabled() and not (tmp_path / "cancelled.json").exists()
    diary.close()


def test_streamed_import_round_trips_and_merges(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(file_reading, "BATCH", 5)  # episodes written in several batches
    source = _demo(tmp_path / "demo.sqlite3", years=0.5)
    out = tmp_path / "demo.json"
    transfer.export_json(source, out)
    document = transfer.build_export(source)
    source.close()
    plan = transfer.read_export(out)
    assert isinstance(plan, transfer.StreamPlan)  # our own file is read as a stream
    target = open_empty(tmp_path / "target.sqlite3")
    summary = transfer.apply_plan(target, plan)
    episodes = sum(len(p["episodes"]) for p in document["profiles"])
    assert summary.added["episodes"] == episodes > 20
    assert without_stamp(transfer.build_export(target)) == without_stamp(document)
    again = transfer.import_file(target, out)  # merged by uuid: nothing twice
    assert not again.changed and again.skipped["episodes"] == episodes
    target.close()


def test_a_file_in_another_key_order_is_still_imported(tmp_path: Path) -> None:
    source = open_empty(tmp_path / "full.sqlite3")
    fill(source, episodes=5)
    document = transfer.build_export(source)
    source.close()
    # "profiles" first, and each profile's episodes before its own keys
    reordered = {"profiles": [], **{k: v for k, v in document.items() if k != "profiles"}}
    for p in document["profiles"]:
        reordered["profiles"].append(
            {"episodes": p["episodes"], **{k: v for k, v in p.items() if k != "episodes"}}
        )
    out = tmp_path / "reordered.json"
    out.write_text(json.dumps(reordered), encoding="utf-8")
    target = open_empty(tmp_path / "target.sqlite3")
    transfer.import_file(target, out)
    assert without_stamp(transfer.build_export(target)) == without_stamp(document)
    # episodes before the profile's keys, in a file that is otherwise streamed
    late = dict(document)
    late["profiles"] = reordered["profiles"]
    out.write_text(json.dumps(late), encoding="utf-8")
    other = open_empty(tmp_path / "other.sqlite3")
    assert isinstance(transfer.read_export(out), transfer.StreamPlan)
    transfer.import_file(other, out)
    assert without_stamp(transfer.build_export(other)) == without_stamp(document)
    target.close()
    other.close()


def test_a_mistake_late_in_the_file_imports_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(file_reading, "BATCH", 3)  # batches are written before the mistake is read
    out = _exported_demo(tmp_path, years=0.3)
    document = _parsed(out)
    episodes = document["profiles"][0]["episodes"]
    last = len(episodes) - 1
    episodes[last]["marks"][0]["intensity"] = 11
    out.write_text(json.dumps(document), encoding="utf-8")
    target_path = tmp_path / "target.sqlite3"
    open_empty(target_path).close()
    before = _counts(target_path)
    target = open_empty(target_path)
    with pytest.raises(TransferError, match=rf"profiles\[0\]\.episodes\[{last}\]\.marks\[0\]"):
        transfer.import_file(target, out)
    target.close()
    assert _counts(target_path) == before
    # cut short: the place is named, nothing is written
    text = out.read_text(encoding="utf-8")
    out.write_text(text[: len(text) // 2], encoding="utf-8")
    target = open_empty(target_path)
    with pytest.raises(TransferError, match="not valid JSON .*line"):
        transfer.import_file(target, out)
    target.close()
    assert _counts(target_path) == before


def _cancel_after(calls: int):  # noqa: ANN202 - a progress callback
    seen = {"n": 0}

    def progress(done: int, total: int) -> None:
        seen["n"] += 1
        if seen["n"] > calls:
            raise TransferCancelled()

    return progress


def test_a_cancelled_export_writes_nothing(tmp_path: Path) -> None:
    diary = _demo(tmp_path / "demo.sqlite3", years=0.5)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "export.json"
    with pytest.raises(TransferCancelled):
        transfer.export_json(diary, out, progress=_cancel_after(3))
    assert list(folder.iterdir()) == []  # no file, no temporary file left behind
    out.write_text("an older export", encoding="utf-8")
    with pytest.raises(TransferCancelled):
        transfer.export_json(diary, out, progress=_cancel_after(3))
    assert out.read_text(encoding="utf-8") == "an older export"
    assert [p.name for p in folder.iterdir()] == ["export.json"]
    diary.close()


def test_a_cancelled_import_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(file_reading, "BATCH", 3)
    out = _exported_demo(tmp_path, years=0.5)
    target_path = tmp_path / "target.sqlite3"
    open_empty(target_path).close()
    before = _counts(target_path)
    with sqlite3.connect(target_path) as con:
        indexes = _indexes(con)
    target = open_empty(target_path)
    with pytest.raises(TransferCancelled):
        transfer.apply_plan(target, transfer.read_export(out), progress=_cancel_after(3))
    target.close()
    assert _counts(target_path) == before
    with sqlite3.connect(target_path) as con:  # the lookup indexes dropped for it are back
        assert _indexes(con) == indexes


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    diary = _demo(tmp_path / "demo.sqlite3", years=0.3)
    steps: list[tuple[int, int]] = []
    out = tmp_path / "x.json"
    transfer.export_json(diary, out, progress=lambda d, t: steps.append((d, t)))
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1] > 0
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    steps.clear()
    target = open_empty(tmp_path / "target.sqlite3")
    transfer.import_file(target, out, progress=lambda d, t: steps.append((d, t)))
    episodes = sum(len(p["episodes"]) for p in _parsed(out)["profiles"])
    assert steps[-1] == (episodes, episodes) and len(steps) > 2
    assert all(d <= t for d, t in steps)
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    diary.close()
    target.close()


def _comparable_text(path: Path) -> str:
    """The file's text without its time of export, built-in therapies named by their key
    (every diary has the built-in catalogue under uuids of its own; an import matches them by
    key)."""
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith(' "exported_at": ')]
    text = "".join(lines)
    for therapy in _parsed(path)["therapies"]:
        if therapy["key"] is not None:
            text = text.replace(therapy["uuid"], f"builtin:{therapy['key']}")
    return text


def test_a_year_exported_imported_and_exported_again_is_the_same_file(
    any_diary: Diary, new_db_url: Any, tmp_path: Path
) -> None:
    demo.generate(any_diary, years=1.0, seed=5, end=date(2026, 1, 1))
    first = tmp_path / "first.json"
    transfer.export_json(any_diary, first)
    target = Diary.open(new_db_url("again"))
    try:
        summary = transfer.import_file(target, first)
        document = _parsed(first)
        assert summary.added["episodes"] == sum(len(p["episodes"]) for p in document["profiles"]) > 300
        second = tmp_path / "second.json"
        transfer.export_json(target, second)
    finally:
        target.close()
    assert _comparable_text(second) == _comparable_text(first)


def test_links_to_marks_drawn_later_are_imported(
    any_diary: Diary, new_db_url: Any, tmp_path: Path
) -> None:
    """A referred area drawn before its trigger point, and a symptom brought on by one drawn
    after it: the links point forward in the file and are set after the marks are written."""
    from bodymap.store.records import EpisodeRecord, MarkRecord

    point = {"type": "point", "x": 210.5, "y": 160.25}
    trigger = MarkRecord(kind="trigger_point", view="front", geometry=point, intensity=7,
                         regions={"neck_side.right": 0.02}, tp_state="active")
    later_pain = MarkRecord(kind="pain", view="front", geometry=point, intensity=3,
                            regions={"neck_side.right": 0.5}, rank=2)
    area = MarkRecord(kind="referred_area", view="front", geometry=point, intensity=5,
                      regions={"forehead": 0.1}, source_uuid=trigger.uuid, rank=1,
                      brought_on_by=later_pain.uuid)
    me = any_diary.default_profile()
    any_diary.save_episode(EpisodeRecord(
        profile_id=me.id or 0, started_at=datetime(2025, 12, 30, 22, 30),
        marks=[area, trigger, later_pain],
    ))
    out = tmp_path / "links.json"
    transfer.export_json(any_diary, out)
    target = Diary.open(new_db_url("again"))
    try:
        transfer.import_file(target, out)
        (episode,) = target.list_episodes(target.default_profile().id or 0)
        marks = target.get_episode(episode.id or 0).marks
    finally:
        target.close()
    assert [m.uuid for m in marks] == [area.uuid, trigger.uuid, later_pain.uuid]
    assert marks[0].source_uuid == trigger.uuid
    assert marks[0].brought_on_by == later_pain.uuid


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_cli_shows_progress_on_a_terminal_only(monkeypatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert terminal_progress("exporting") is None
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    report = terminal_progress("exporting")
    assert report is not None
    for done in (0, 10, 11, 50, 100):
        report(done, 100)
    assert terminal.getvalue() == (
        "\rexporting: 0%\rexporting: 10%\rexporting: 11%\rexporting: 50%\rexporting: 100%\n"
    )


def _progress_on_a_terminal(monkeypatch, label: str) -> tuple[_Terminal, Any]:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    report = terminal_progress(label)
    assert report is not None
    return terminal, report


def test_the_progress_line_shows_nothing_until_something_is_known(monkeypatch) -> None:
    # An import reports (0, 0) before it has read anything: not "100 %".
    terminal, report = _progress_on_a_terminal(monkeypatch, "importing")
    report(0, 0)
    assert terminal.getvalue() == ""
    report(25, 100)
    report(100, 100)
    report.close()  # the line ended at 100 %: nothing more
    assert terminal.getvalue() == "\rimporting: 25%\rimporting: 100%\n"


def test_a_progress_line_cut_short_is_ended_before_what_follows(monkeypatch) -> None:
    terminal, report = _progress_on_a_terminal(monkeypatch, "exporting")
    report(66, 100)
    report.close()
    report.close()
    assert terminal.getvalue() == "\rexporting: 66%\n"


def test_the_cli_import_on_a_terminal_counts_up_to_100_once(
    tmp_path: Path, monkeypatch, qapp: object
) -> None:
    # qapp: the command line makes a QCoreApplication when there is none, and a QApplication
    # made after it by a later test would abort the run
    from bodymap.app import main

    source = Diary.open(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    try:
        demo.generate(source, years=0.3, seed=1, end=date(2026, 1, 1))
        transfer.export_json(source, tmp_path / "all.json")
    finally:
        source.close()
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code = main(["--db", str(tmp_path / "target.sqlite3"), "import", str(tmp_path / "all.json")])
    assert code == 0
    shown = terminal.getvalue()
    percents = [int(part.split(": ")[1].rstrip("%\n")) for part in shown.split("\r") if part]
    assert len(percents) > 1 and percents[0] < 100, shown
    assert percents == sorted(percents) and percents.count(100) == 1, shown
    assert shown.endswith("100%\n"), shown


def _with_new_episode_uuids(document: dict[str, Any]) -> dict[str, Any]:
    """The document with fresh uuids for its episodes (their marks and uses keep theirs)."""
    import uuid

    for p in document["profiles"]:
        for e in p["episodes"]:
            e["uuid"] = str(uuid.uuid4())
    return document


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "whole"])
def test_a_mark_already_in_the_diary_under_another_episode_refuses_the_import(
    tmp_path: Path, streamed: bool
) -> None:
    """The look-ups by uuid are skipped only in a diary without episodes: here the diary has
    the marks, under episodes the file does not name."""
    out = _exported_demo(tmp_path, years=0.2)
    out.write_text(json.dumps(_with_new_episode_uuids(_parsed(out))), encoding="utf-8")
    target_path = tmp_path / "demo.sqlite3"
    before = _counts(target_path)
    target = open_empty(target_path)
    with pytest.raises(TransferError, match="is already part of another episode"):
        if streamed:
            transfer.import_file(target, out)
        else:
            transfer.import_document(target, _parsed(out))
    target.close()
    assert _counts(target_path) == before


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "whole"])
def test_a_use_already_in_a_diary_without_episodes_refuses_the_import(
    tmp_path: Path, streamed: bool
) -> None:
    """A therapy use of no episode is there without any episode: the uses are looked up in
    such a diary."""
    from bodymap.store.models import TherapyUse

    out = _exported_demo(tmp_path, years=0.2)
    document = _parsed(out)
    taken = next(u for e in document["profiles"][0]["episodes"] for u in e["therapy_uses"])
    target_path = tmp_path / "target.sqlite3"
    target = open_empty(target_path)
    profile = target.default_profile()
    therapy = target.list_therapies()[0]
    with target.session() as s:
        s.add(TherapyUse(
            uuid=taken["uuid"], profile_id=profile.id, episode_id=None, therapy_id=therapy.id,
            used_at=datetime(2026, 1, 2, 9, 0), utc_offset_minutes=0, dose="", note="",
        ))
    target.close()
    before = _counts(target_path)
    target = open_empty(target_path)
    with pytest.raises(TransferError, match="is already recorded elsewhere"):
        if streamed:
            transfer.import_file(target, out)
        else:
            transfer.import_document(target, document)
    target.close()
    assert _counts(target_path) == before


def test_progress_comes_every_25_episodes_read(tmp_path: Path) -> None:
    diary = _demo(tmp_path / "demo.sqlite3", years=0.5)
    out = tmp_path / "x.json"
    transfer.export_json(diary, out)
    diary.close()
    steps: list[int] = []
    target = open_empty(tmp_path / "target.sqlite3")
    transfer.import_file(target, out, progress=lambda d, _t: steps.append(d))
    target.close()
    episodes = sum(len(p["episodes"]) for p in _parsed(out)["profiles"])
    assert episodes > 100
    assert steps == [0, *range(25, episodes + 1, 25), episodes]


@pytest.mark.parametrize("count", [1, 16, 17, 300, 501])
def test_written_episodes_are_matched_back_to_their_ids_by_uuid(tmp_path: Path, count: int) -> None:
    """The bulk writer finds the ids of what it inserted with ``IN`` lists of a few sizes (the
    last one filled up): every count gets each record its own id, in order."""
    from sqlalchemy import select

    from bodymap.store import bulk
    from bodymap.store.models import Episode
    from bodymap.store.records import EpisodeRecord

    diary = open_empty(tmp_path / "d.sqlite3")
    profile = diary.default_profile().id or 0
    records = [
        EpisodeRecord(profile_id=profile, started_at=datetime(2025, 1, 1 + i % 28, 8))
        for i in range(count)
    ]
    with diary.session() as s:
        ids = bulk.write_episodes(s, records)
        stored = {uuid: id_ for uuid, id_ in s.execute(select(Episode.uuid, Episode.id))}
    assert ids == [stored[r.uuid] for r in records]
    assert len(set(ids)) == count
    diary.close()


def test_the_summary_of_episodes_given_in_runs_is_theirs_only(tmp_path: Path) -> None:
    """``region_summary.refresh`` takes ids one after another as ranges: the episodes of the
    ranges get their rows, one between two ranges is left alone."""
    from sqlalchemy import delete, event, select

    from bodymap.store import region_summary
    from bodymap.store.models import Episode, RegionEpisode, RegionEpisodeTally

    diary = _demo(tmp_path / "demo.sqlite3", years=0.3)
    with diary.session() as s:
        ids = sorted(s.scalars(select(Episode.id)))
        assert len(ids) > 20 and ids == list(range(ids[0], ids[0] + len(ids)))
        assert region_summary.differences(s) == []
        s.execute(delete(RegionEpisode))
        s.execute(delete(RegionEpisodeTally))
        left_out = ids[5]
        region_summary.refresh(s, [i for i in ids if i != left_out])  # two runs
        missing = region_summary.differences(s)
        assert missing and {row[2][0] for row in missing} == {left_out}
        assert {kind for _table, kind, _row in missing} == {"missing"}
        region_summary.refresh(s, [left_out])  # one id: a run of one
        assert region_summary.differences(s) == []
        # Ids far apart (runs more than a quarter of the ids): IN lists.
        s.execute(delete(RegionEpisode))
        s.execute(delete(RegionEpisodeTally))
        region_summary.refresh(s, ids[::2])
        assert {row[2][0] for row in region_summary.differences(s)} == set(ids[1::2])
        sent: list[str] = []

        def seen(_conn: object, _cursor: object, sql: str, *_rest: object) -> None:
            sent.append(sql)

        event.listen(diary.engine, "before_cursor_execute", seen)
        try:
            region_summary.refresh(s, ids[1::2], new=True)  # none of theirs there: no deletes
        finally:
            event.remove(diary.engine, "before_cursor_execute", seen)
        assert sent and not [sql for sql in sent if sql.lstrip().upper().startswith("DELETE")]
        assert region_summary.differences(s) == []
    diary.close()


@pytest.mark.parametrize("count", [1, 15, 16, 17, 90, 300, 700])
def test_rows_inserted_many_at_a_time_are_all_there_in_order(tmp_path: Path, count: int) -> None:
    """SQLite is given the rows of a plain insert in statements of 256, 64 and 16 rows and the
    rest one by one: every count of rows arrives whole, each with its own values."""
    from sqlalchemy import select

    from bodymap.store import bulk
    from bodymap.store.models import EpisodeTrigger
    from bodymap.store.records import EpisodeRecord

    diary = open_empty(tmp_path / "d.sqlite3")
    profile = diary.default_profile().id or 0
    records = [
        EpisodeRecord(
            profile_id=profile, started_at=datetime(2025, 1, 1 + i % 28, 8),
            triggers=[f"cause {i}", f"also {i}"][: 1 + i % 2],
        )
        for i in range(count)
    ]
    with diary.session() as s:
        ids = bulk.write_episodes(s, records, chunk=1000)
        stored = s.execute(
            select(EpisodeTrigger.episode_id, EpisodeTrigger.position, EpisodeTrigger.trigger)
            .order_by(EpisodeTrigger.episode_id, EpisodeTrigger.position)
        ).all()
    expected = [
        (episode_id, position, trigger)
        for r, episode_id in zip(records, ids, strict=True)
        for position, trigger in enumerate(r.triggers)
    ]
    assert [tuple(row) for row in stored] == expected
    diary.close()


def _temporary_files_open() -> list[str]:
    """SQLite's temporary files this process has open (it names them ``etilqs_...`` and
    unlinks them at once, so only the open descriptors show them)."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed meanwhile (the directory's own descriptor)
            continue
        if "etilqs_" in target:
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize("in_memory", [True, False], ids=["in memory", "in files (control)"])
def test_an_import_keeps_its_statement_journals_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: bool
) -> None:
    """Each statement that writes many rows keeps a journal of the pages it changed; SQLite
    put those of a large import in temporary files (504 MB written for a diary of 73 MB at
    thirty years).  Now they stay in memory while the import runs, and the connection's
    settings are as before once it is done.  The control, with the journals let go to files,
    shows that this import does make such files."""
    from bodymap.store import bulk

    if not in_memory:
        monkeypatch.setattr(bulk, "LARGE_WRITE_TEMP_STORE", 1)  # FILE
    out = _exported_demo(tmp_path, years=1.0)
    target = open_empty(tmp_path / "target.sqlite3")
    seen: list[str] = []  # after every chunk written, while the transaction is open

    def look(_done: int, _total: int) -> None:
        seen.extend(_temporary_files_open())

    summary = transfer.import_file(target, out, progress=look)
    assert summary.added["episodes"] > 300
    assert bool(seen) != in_memory
    assert target.engine.pool.checkedin() == 1  # the import's own connection, handed back
    with target.session() as s:
        connection = s.connection()
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar_one() == 0
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == -2000
    target.close()


def test_an_import_is_kept_when_its_connection_cannot_set_its_temporary_storage_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite refuses to change the temporary storage inside a transaction once the
    connection has opened its temporary database; putting the setting back must not undo an
    import that wrote everything."""
    from bodymap.store import region_summary

    out = _exported_demo(tmp_path, years=0.2)
    target = open_empty(tmp_path / "target.sqlite3")
    real_refresh = region_summary.refresh

    def refresh_with_a_temporary_table(session, episode_ids, **how):  # noqa: ANN001, ANN003, ANN202
        session.connection().exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS probe (x)")
        return real_refresh(session, episode_ids, **how)

    monkeypatch.setattr(region_summary, "refresh", refresh_with_a_temporary_table)
    summary = transfer.import_file(target, out)
    assert summary.added["episodes"] > 10
    assert target.engine.pool.checkedin() == 1  # the import's own connection, handed back
    with target.session() as s:  # refused indeed: the connection kept it in memory
        assert s.connection().exec_driver_sql("PRAGMA temp_store").scalar_one() == 2
    target.close()
    assert _counts(tmp_path / "target.sqlite3")["episode"] == summary.added["episodes"]


def _indexes(connection: Any) -> set[tuple[str, str]]:
    """The diary's indexes as (name, how it is made), as the connection (SQLAlchemy's, or
    the standard library's on SQLite) sees them."""
    if isinstance(connection, sqlite3.Connection):
        return set(connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    else:
        rows = connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        )
    return {(name, sql) for name, sql in rows}


#: Lookup indexes of the tables an import fills (none of them a constraint).
_LOOKUPS = {"ix_mark_episode_id", "ix_mark_region_region", "ix_region_episode_history",
            "ix_region_episode_tally_history", "ix_therapy_use_episode_id"}


@pytest.mark.parametrize("empty", [True, False], ids=["into an empty diary", "into one in use"])
def test_an_import_makes_the_lookup_indexes_of_an_empty_diary_once_at_the_end(
    any_diary: Diary, new_db_url: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    empty: bool,
) -> None:
    """Into an empty SQLite diary the lookup indexes of the tables an import fills are dropped
    in its transaction and made again at its end (sorting the rows once instead of placing
    each at random); the constraints stay.  On PostgreSQL, or into a diary that holds
    episodes, every index stays all along.  Either way the diary ends with exactly the
    indexes it began with, and its summary agrees with its marks."""
    from bodymap.store import region_summary

    demo.generate(any_diary, years=0.3, seed=4, end=date(2026, 1, 1))
    out = tmp_path / "demo.json"
    transfer.export_json(any_diary, out)
    target = Diary.open(new_db_url("target"))
    if not empty:
        demo.generate(target, years=0.1, seed=9, end=date(2025, 1, 1))
    with target.session() as s:
        at_first = _indexes(s.connection())
    assert {name for name, _sql in at_first} >= _LOOKUPS
    during: list[set[tuple[str, str]]] = []
    real_refresh = region_summary.refresh

    def refresh_and_look(session, episode_ids, **how):  # noqa: ANN001, ANN003, ANN202
        during.append(_indexes(session.connection()))
        return real_refresh(session, episode_ids, **how)

    monkeypatch.setattr(region_summary, "refresh", refresh_and_look)
    try:
        summary = transfer.import_file(target, out)
        assert summary.added["episodes"] > 50 and during
        built_after = empty and target.engine.dialect.name == "sqlite"
        for seen in during:
            gone = {name for name, _sql in at_first - seen}
            if built_after:  # the lookups gone; a constraint (the marks' ranks) kept
                assert gone >= _LOOKUPS and "ix_mark_episode_rank" not in gone
            else:
                assert gone == set()
            assert seen <= at_first  # nothing else made or changed meanwhile
        with target.session() as s:
            assert _indexes(s.connection()) == at_first
            assert region_summary.differences(s) == []
    finally:
        target.close()


_KILLED_IMPORT = r"""
import os, signal, sys
from pathlib import Path
from bodymap.store import transfer
from bodymap.store.service import Diary
calls = []
def progress(done, total):
    calls.append(done)
    if len(calls) == 4:  # rows of several batches written, the lookup indexes dropped
        print(done, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
transfer.import_file(Diary.open(sys.argv[1]), Path(sys.argv[2]), progress=progress)
"""


def test_an_import_killed_halfway_leaves_the_diary_with_every_index(tmp_path: Path) -> None:
    """A process killed in the middle of an import into an empty diary (its lookup indexes
    dropped, rows of several batches written) leaves the diary as it was: no episode, every
    index, nothing SQLite's check finds wrong."""
    import subprocess
    import sys

    out = _exported_demo(tmp_path, years=1.0)
    target_path = tmp_path / "target.sqlite3"
    open_empty(target_path).close()
    with sqlite3.connect(target_path) as con:
        indexes = _indexes(con)
    before = _counts(target_path)
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_IMPORT, f"sqlite:///{target_path}", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert killed.returncode == -9, killed.stderr
    assert int(killed.stdout) > 0  # it was killed halfway, not before it began
    with sqlite3.connect(target_path) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert _indexes(con) == indexes
    assert _counts(target_path) == before
    target = open_empty(target_path)  # and it imports whole afterwards
    try:
        assert transfer.import_file(target, out).added["episodes"] > 300
    finally:
        target.close()


def test_an_import_holds_the_write_lock_from_before_it_looks_whether_the_diary_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import into an empty diary skips the look-ups by uuid and makes the lookup indexes
    at the end; a second writer adding an episode between the look and the first row would
    break both grounds, so the look is made under the write lock."""
    out = _exported_demo(tmp_path, years=0.1)
    target_path = tmp_path / "target.sqlite3"
    target = open_empty(target_path)
    refused: list[str] = []
    real_read = transfer._Before.read

    def read_while_another_tries(s):  # noqa: ANN001, ANN202
        other = sqlite3.connect(target_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            refused.append(str(exc))
        finally:
            other.close()
        return real_read(s)

    monkeypatch.setattr(transfer._Before, "read", staticmethod(read_while_another_tries))
    try:
        assert transfer.import_file(target, out).added["episodes"] > 10
    finally:
        target.close()
    assert refused == ["database is locked"]


_READ_ALONE = r"""
import sys
from pathlib import Path
from bodymap.store import file_reading
from bodymap.store.json_stream import JsonStream
plan = file_reading.read_export(Path(sys.argv[1]))
with file_reading.open_export(plan.path) as handle:
    stream = JsonStream(handle, parse_constant=file_reading.reject_constant)
    episodes = sum(len(step.episodes) for step in file_reading.read_stream(stream, plan))
print(episodes, "sqlalchemy" in sys.modules)
"""


def test_a_file_is_read_and_checked_without_the_database_layer(tmp_path: Path) -> None:
    """Reading an export into checked records (``file_reading``) needs no SQLAlchemy: a
    process of its own can read a file without the database layer's import (250-300 ms)."""
    import subprocess
    import sys

    out = _exported_demo(tmp_path, years=0.2)
    found = subprocess.run(
        [sys.executable, "-c", _READ_ALONE, str(out)],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout.split()
    assert found == [str(sum(len(p["episodes"]) for p in _parsed(out)["profiles"])), "False"]


@pytest.fixture
def read_apart(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file imported into SQLite is read by a process of its own, whatever its size;
    the list says each time the import read in this process instead."""
    monkeypatch.setattr(file_reading, "READ_APART_FROM_BYTES", 0)
    here: list[str] = []
    real_here = file_reading.read_here

    def read_here(plan):  # noqa: ANN001, ANN202
        here.append(str(plan.path))
        return real_here(plan)

    monkeypatch.setattr(file_reading, "read_here", read_here)
    return here


def test_a_large_file_read_apart_imports_the_same_diary(
    tmp_path: Path, read_apart: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file into SQLite is read, parsed and checked by a second process while this
    one writes; the diary is the one a reading in this process makes: the same file when
    exported again, the summary agreeing with the marks, every geometry stored as the same
    text."""
    from bodymap.store import region_summary

    out = _exported_demo(tmp_path, years=1.0)
    apart = open_empty(tmp_path / "apart.sqlite3")
    summary = transfer.import_file(apart, out)
    assert read_apart == [] and summary.added["episodes"] > 300
    monkeypatch.setattr(file_reading, "READ_APART_FROM_BYTES", 1 << 62)
    here = open_empty(tmp_path / "here.sqlite3")
    assert transfer.import_file(here, out).added == summary.added
    assert read_apart == [str(out)]
    for diary, name in ((apart, "apart.json"), (here, "here.json")):
        with diary.session() as s:
            assert region_summary.differences(s) == []
        transfer.export_json(diary, tmp_path / name)
        diary.close()
    assert _comparable_text(tmp_path / "apart.json") == _comparable_text(tmp_path / "here.json")
    geometries = []
    for name in ("apart.sqlite3", "here.sqlite3"):
        with sqlite3.connect(tmp_path / name) as con:
            geometries.append(con.execute("select uuid, geometry from mark order by uuid").fetchall())
    assert geometries[0] == geometries[1]


def test_a_mistake_read_apart_is_told_as_when_read_here(
    tmp_path: Path, read_apart: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second process's refusal of a file is the same TransferError, its place in the file
    and its words (a phrase the window translates), and nothing is imported."""
    out = _exported_demo(tmp_path, years=0.3)
    document = _parsed(out)
    document["profiles"][0]["episodes"][-1]["marks"][0]["intensity"] = 11
    out.write_text(json.dumps(document), encoding="utf-8")
    target_path = tmp_path / "target.sqlite3"
    open_empty(target_path).close()
    before = _counts(target_path)
    told = []
    for threshold in (0, 1 << 62):
        monkeypatch.setattr(file_reading, "READ_APART_FROM_BYTES", threshold)
        target = open_empty(target_path)
        with pytest.raises(TransferError) as caught:
            transfer.import_file(target, out)
        target.close()
        told.append((str(caught.value), caught.value.where, caught.value.phrase))
    assert told[0] == told[1] and "intensity" in told[0][0] and told[0][2] is not None
    assert read_apart == [str(out)]  # the second time only
    assert _counts(target_path) == before


def _readers(*, of_this_process: bool = False, holding: Path | None = None) -> list[int]:
    """The import's reading processes still there: this process's children only, or those
    holding ``holding`` open (a reader outlives a parent that ended, under another parent)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if b"bodymap.store.read_child" not in (entry / "cmdline").read_bytes():
                continue
            if of_this_process:
                status = (entry / "status").read_text()
                parent = next(int(line.split()[1]) for line in status.splitlines()
                              if line.startswith("PPid:"))
                if parent != os.getpid():
                    continue
            if holding is not None and not any(
                os.readlink(fd) == str(holding) for fd in (entry / "fd").iterdir()
            ):
                continue
        except OSError:
            continue
        found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_cancel_while_read_apart_writes_nothing_and_leaves_no_reader(
    tmp_path: Path, read_apart: list[str]
) -> None:
    out = _exported_demo(tmp_path, years=1.0)
    target_path = tmp_path / "target.sqlite3"
    open_empty(target_path).close()
    before = _counts(target_path)
    target = open_empty(target_path)
    with pytest.raises(TransferCancelled):
        transfer.import_file(target, out, progress=_cancel_after(4))
    target.close()
    assert _counts(target_path) == before and read_apart == []
    assert _readers(of_this_process=True) == []


_READY_THEN_GONE = (
    "import pickle, sys; pickle.load(sys.stdin.buffer); "
    "pickle.dump(('ready', None), sys.stdout.buffer); sys.stdout.flush()"
)


def test_a_reader_that_stops_without_a_word_imports_nothing(
    tmp_path: Path, read_apart: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reading process that ends before the end of the file (killed, out of memory) is
    told in words, and nothing is imported."""
    import sys

    out = _exported_demo(tmp_path, years=0.3)
    monkeypatch.setattr(file_reading, "READER_COMMAND", (sys.executable, "-c", _READY_THEN_GONE))
    target_path = tmp_path / "target.sqlite3"
    open_empty(target_path).close()
    before = _counts(target_path)
    target = open_empty(target_path)
    with pytest.raises(TransferError, match="reader stopped before the end of the file"):
        transfer.import_file(target, out)
    target.close()
    assert _counts(target_path) == before


@pytest.mark.parametrize("command", [
    ("{tmp}/no-such-reader",),  # no such program
    ("{python}", "-c", "import sys; sys.exit(1)"),  # a Python that cannot import the reader
], ids=["no program", "no reader module"])
def test_a_reader_that_cannot_start_leaves_the_reading_to_this_process(
    tmp_path: Path, read_apart: list[str], monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    import sys

    out = _exported_demo(tmp_path, years=0.3)
    monkeypatch.setattr(file_reading, "READER_COMMAND", tuple(
        part.format(tmp=tmp_path, python=sys.executable) for part in command))
    target = open_empty(tmp_path / "target.sqlite3")
    try:
        assert transfer.import_file(target, out).added["episodes"] > 50
    finally:
        target.close()
    assert read_apart == [str(out)]


def test_into_a_diary_in_use_the_file_is_read_in_this_process(
    tmp_path: Path, read_apart: list[str]
) -> None:
    """Much of a file may be in a diary in use already (importing it again): the second
    process's pickling and geometry texts would only be waited for.  Into a diary without
    episodes everything will be written, and the file is read apart."""
    out = _exported_demo(tmp_path, years=0.3)
    target = open_empty(tmp_path / "target.sqlite3")
    try:
        first = transfer.import_file(target, out)
        assert read_apart == []  # the diary had no episode yet
        again = transfer.import_file(target, out)
    finally:
        target.close()
    assert read_apart == [str(out)]
    assert again.added["episodes"] == 0 and again.skipped["episodes"] == first.added["episodes"]


def test_on_a_database_server_the_file_is_read_in_this_process(
    any_diary: Diary, new_db_url: Any, tmp_path: Path, read_apart: list[str]
) -> None:
    """Only an import into SQLite reads apart: a server's writes wait on the server more than
    on the reading, and its driver takes a geometry as a value, not as text."""
    demo.generate(any_diary, years=0.2, seed=6, end=date(2026, 1, 1))
    out = tmp_path / "demo.json"
    transfer.export_json(any_diary, out)
    target = Diary.open(new_db_url("target"))
    try:
        assert transfer.import_file(target, out).added["episodes"] > 50
        on_sqlite = target.engine.dialect.name == "sqlite"
    finally:
        target.close()
    assert read_apart == ([] if on_sqlite else [str(out)])


_QUIT_WHILE_READ_APART = r"""
import os, sys
from pathlib import Path
from bodymap.store import file_reading, transfer
from bodymap.store.service import Diary
file_reading.READ_APART_FROM_BYTES = 0
calls = []
def progress(done, total):
    calls.append(done)
    if len(calls) == 3:  # the reader is running: the program ends as the window's quit does
        print(done, flush=True)
        os._exit(0)
transfer.import_file(Diary.open(sys.argv[1]), Path(sys.argv[2]), progress=progress)
"""


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_program_ending_during_an_import_read_apart_leaves_no_reader(tmp_path: Path) -> None:
    """The window's quit ends the process at once (``os._exit``); the reading process then
    finds nobody to hand its records to and ends too, and the diary is as it was."""
    import subprocess
    import sys
    import time

    out = _exported_demo(tmp_path, years=2.0)
    target_path = tmp_path / "target.sqlite3"
    open_empty(target_path).close()
    before = _counts(target_path)
    ended = subprocess.run(
        [sys.executable, "-c", _QUIT_WHILE_READ_APART, f"sqlite:///{target_path}", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert ended.returncode == 0 and int(ended.stdout) >= 0, ended.stderr

    deadline = time.monotonic() + 10
    while _readers(holding=out) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _readers(holding=out) == []
    assert _counts(target_path) == before
