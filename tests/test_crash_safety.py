"""Crash safety and concurrency.

The kill test runs a child process that saves (or imports) episodes and kills it with SIGKILL at
random moments, more than 50 times.  After every kill the database must pass
``PRAGMA integrity_check``, every episode must be whole (the writer gives each episode N marks and
writes N in its notes), and everything the child reported as saved must be there.

Two ``Diary`` objects (and two processes) on one file: a change made in one is seen by the other,
and a save based on a stale read raises ``ConflictError`` instead of overwriting.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_transfer import episode

from bodymap.store import transfer
from bodymap.store.errors import ConflictError
from bodymap.store.records import EpisodeRecord, MarkRecord
from bodymap.store.service import Diary

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

SAVE_KILLS_PER_WORKER = 9
IMPORT_KILLS_PER_WORKER = 4
WORKERS = 4
IMPORT_EPISODES = 300

OUTCOMES: list[str] = []

CHILD = textwrap.dedent(
    """
    import random, sys
    from datetime import datetime, timedelta
    from bodymap.store.engine import make_engine
    from bodymap.store.records import EpisodeRecord, MarkRecord
    from bodymap.store.service import Diary

    mode, db, arg = sys.argv[1], sys.argv[2], sys.argv[3]
    diary = Diary(make_engine("sqlite:///" + db))

    def marks(n):
        return [
            MarkRecord(kind="spasm", view="back", geometry={"type": "point", "x": i, "y": i},
                       intensity=i % 11, spasm_kind="random", regions={"neck_back.left": 0.5})
            for i in range(n)
        ]

    if mode == "save":
        rng = random.Random(int(arg))
        profile = diary.default_profile()
        start = datetime(2000, 1, 1) + timedelta(days=int(arg))  # later in every run
        warm = diary.save_episode(EpisodeRecord(profile_id=profile.id, started_at=start,
                                                notes="marks=2", marks=marks(2)))
        print("saved", warm.uuid, 2, flush=True)
        print("ready", flush=True)
        i = 0
        while True:
            i += 1
            n = rng.randint(1, 12)
            if i % 3 == 0:  # rewrite an existing episode with a different number of marks
                record = diary.latest_episode(profile.id)
                record.marks = marks(n)
                record.notes = f"marks={n}"
                diary.save_episode(record)
                print("updated", record.uuid, n, flush=True)
            else:
                record = EpisodeRecord(profile_id=profile.id, started_at=start + timedelta(minutes=i),
                                       notes=f"marks={n}", marks=marks(n))
                saved = diary.save_episode(record)
                print("saved", saved.uuid, n, flush=True)
    else:
        from bodymap.store.transfer import import_file
        print("ready", flush=True)
        summary = import_file(diary, arg)
        print("done", summary.added["episodes"], flush=True)
    """
)


def check_whole(db: Path) -> dict[str, int]:
    """Integrity and all-or-nothing; returns uuid -> mark count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT e.uuid, e.notes, (SELECT count(*) FROM mark m WHERE m.episode_id = e.id), "
            "(SELECT count(*) FROM mark_region r JOIN mark m ON m.id = r.mark_id "
            " WHERE m.episode_id = e.id) FROM episode e"
        ).fetchall()
    finally:
        conn.close()
    counts = {}
    for uuid, notes, marks, regions in rows:
        intended = int(notes.split("=")[1])
        assert marks == intended, f"episode {uuid} has {marks} marks, its writer meant {intended}"
        assert regions == intended
        counts[uuid] = marks
    return counts


def run_child(args: list[str], script: Path, delay: float) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    child = subprocess.Popen(
        [sys.executable, str(script), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    early = []
    while first.startswith("saved"):
        early.append(first.strip())
        first = child.stdout.readline()
    if first.strip() != "ready":
        child.kill()
        raise AssertionError(f"child did not start: {first!r} {child.stderr.read() if child.stderr else ''}")
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=30)
    assert child.returncode in (-signal.SIGKILL, 0), _err
    # A line is "reported" only once its newline is out: the kill can cut the last one short.
    complete = out.split("\n")[:-1]
    return early + [line for line in complete if line.strip()]


def save_worker(db: Path, script: Path, seed: int) -> int:
    rng = random.Random(seed)
    kills = 0
    for run in range(SAVE_KILLS_PER_WORKER):
        lines = run_child(["save", str(db), str(seed * 1000 + run)], script, rng.uniform(0.0, 0.3))
        kills += 1
        counts = check_whole(db)
        OUTCOMES.append(f"saves={len(lines)}")
        latest: dict[str, int] = {}
        newest = None
        for line in lines:
            word, uuid, n = line.split()
            latest[uuid] = int(n)
            if word == "saved":
                newest = uuid
        for uuid, n in latest.items():
            # committed data is never lost ...
            assert uuid in counts, f"episode {uuid} was reported saved but is gone"
            # ... and is exactly what was reported last, except for the newest episode, which a
            # rewrite may have changed (committed) just before the kill, before it was reported
            if uuid != newest:
                assert counts[uuid] == n, f"episode {uuid} has {counts[uuid]} marks, saved {n}"
    return kills


def import_worker(template: Path, work: Path, export: Path, script: Path, seed: int) -> int:
    rng = random.Random(seed)
    kills = 0
    for run in range(IMPORT_KILLS_PER_WORKER):
        db = work / f"import-{seed}-{run}.sqlite3"
        shutil.copyfile(template, db)
        before = check_whole(db)
        lines = run_child(["import", str(db), str(export)], script, rng.uniform(0.0, 1.4))
        kills += 1
        after = check_whole(db)
        added = len(after) - len(before)
        assert added in (0, IMPORT_EPISODES), f"a killed import left {added} episodes"
        OUTCOMES.append("import-complete" if added else "import-none")
        if any(line.startswith("done") for line in lines):
            assert added == IMPORT_EPISODES
        assert set(before) <= set(after)
    return kills


def test_killing_a_writer_at_random_moments_loses_nothing_committed(
    tmp_path: Path,
) -> None:
    started = time.monotonic()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    # databases for the savers, and a template + a large file for the importers
    save_dbs = []
    for w in range(WORKERS):
        db = tmp_path / f"save-{w}.sqlite3"
        d = Diary.open(f"sqlite:///{db}")
        d.default_profile()
        d.close()
        save_dbs.append(db)
    template = tmp_path / "template.sqlite3"
    d = Diary.open(f"sqlite:///{template}")
    me = d.default_profile()
    d.save_episode(EpisodeRecord(profile_id=me.id or 0, started_at=datetime(2025, 1, 1), notes="marks=1",
                                 marks=[MarkRecord(kind="spasm", view="back",
                                                   geometry={"type": "point", "x": 1, "y": 1},
                                                   intensity=3, regions={"neck_back.left": 0.5})]))
    d.close()
    source = Diary.open(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    profile = source.default_profile()
    rng = random.Random(7)
    for i in range(IMPORT_EPISODES):
        n = rng.randint(1, 12)
        source.save_episode(
            EpisodeRecord(
                profile_id=profile.id or 0, started_at=datetime(2024, 1, 1) + timedelta(hours=i),
                notes=f"marks={n}",
                marks=[MarkRecord(kind="spasm", view="back", geometry={"type": "point", "x": j, "y": j},
                                  intensity=j % 11, regions={"neck_back.left": 0.5}) for j in range(n)],
            )
        )
    export = tmp_path / "big.json"
    transfer.export_json(source, export)
    source.close()

    with ThreadPoolExecutor(max_workers=WORKERS * 2) as pool:
        futures = [pool.submit(save_worker, save_dbs[w], script, w + 1) for w in range(WORKERS)]
        futures += [
            pool.submit(import_worker, template, tmp_path, export, script, 100 + w)
            for w in range(WORKERS)
        ]
        kills = sum(f.result() for f in futures)
    elapsed = time.monotonic() - started
    imports = [o for o in OUTCOMES if o.startswith("import")]
    saves = sum(int(o.split("=")[1]) for o in OUTCOMES if o.startswith("saves"))
    print(
        f"\nkill test: {kills} kills in {elapsed:.1f} s; {saves} saves reported before the kills; "
        f"imports killed before commit {imports.count('import-none')}, "
        f"after commit {imports.count('import-complete')}"
    )
    assert kills >= 50
    # the databases still open normally and hold what the checks saw
    for db in save_dbs:
        d = Diary.open(f"sqlite:///{db}")
        assert d.list_episodes(d.default_profile().id or 0)
        d.close()
    assert elapsed < 90


# -- two sessions / two processes on one database ----------------------------------------------


def test_two_diaries_on_one_file_see_each_other_and_never_overwrite(db_path: Path) -> None:
    a = Diary.open(f"sqlite:///{db_path}")
    b = Diary.open(f"sqlite:///{db_path}")
    me = a.default_profile()
    saved = a.save_episode(episode(a, me.id or 0, datetime(2026, 3, 1)))
    # B sees A's new episode
    in_b = b.get_episode(saved.id or 0)
    assert in_b.notes == saved.notes and len(in_b.marks) == 3
    # both open the same episode; A saves first
    in_a = a.get_episode(saved.id or 0)
    in_a.notes = "changed in window A"
    a.save_episode(in_a)
    in_b.notes = "changed in window B"
    in_b.marks = in_b.marks[:1]
    with pytest.raises(ConflictError):
        b.save_episode(in_b)
    # nothing of B's stale save got in; B now reads A's version
    fresh = b.get_episode(saved.id or 0)
    assert fresh.notes == "changed in window A" and len(fresh.marks) == 3
    fresh.notes = "B, after reloading"
    b.save_episode(fresh)
    assert a.get_episode(saved.id or 0).notes == "B, after reloading"
    a.close()
    b.close()


def test_a_change_in_another_process_is_seen_or_reported(db_path: Path, tmp_path: Path) -> None:
    mine = Diary.open(f"sqlite:///{db_path}")
    me = mine.default_profile()
    saved = mine.save_episode(episode(mine, me.id or 0, datetime(2026, 3, 1)))
    script = tmp_path / "other.py"
    script.write_text(
        textwrap.dedent(
            f"""
            from bodymap.store.service import Diary
            d = Diary.open("sqlite:///{db_path}")
            r = d.get_episode({saved.id})
            r.notes = "from the other process"
            d.save_episode(r)
            d.close()
            """
        )
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    subprocess.run([sys.executable, str(script)], check=True, env=env, timeout=60)
    assert mine.get_episode(saved.id or 0).notes == "from the other process"
    saved.notes = "stale edit"
    with pytest.raises(ConflictError):
        mine.save_episode(saved)
    assert mine.get_episode(saved.id or 0).notes == "from the other process"
    mine.close()
