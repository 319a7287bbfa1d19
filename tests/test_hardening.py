"""Issue 19, store and file side: the wrong file, endless input, read-only and full disks, privacy.

Each promise is tested where it lives: bodymap.files (reading, writing, temp files, folders),
bodymap.paths (file names with ``#``, ``?``, ``%``), bodymap.store.database (inspection,
read-only opening), bodymap.store.backup (restore's refusals, single-file backups),
bodymap.store.locking (the window's lock, without Qt) and bodymap.store.transfer (imports).
Targets that must not be touched are compared by sha256 before and after.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from bodymap import files
from bodymap.paths import BadDiaryAddress, db_url, resolve_db, sqlite_file
from bodymap.store import backup, database, locking, transfer
from bodymap.store.database import (
    DiaryUnavailable,
    NoSuchDiary,
    NotABodymapDatabase,
    ReadOnlyDiary,
    inspect_file,
)
from bodymap.store.errors import StoreError
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyUseRecord
from bodymap.store.service import Diary

REPO = Path(__file__).resolve().parents[1]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def episode(diary: Diary, when: datetime = datetime(2026, 3, 1, 9)) -> EpisodeRecord:
    profile = diary.default_profile()
    assert profile.id is not None
    return EpisodeRecord(
        profile_id=profile.id,
        started_at=when,
        intensity=5,
        marks=[MarkRecord(kind="spasm", view="front", geometry={"type": "point", "x": 1, "y": 2},
                          intensity=4)],
    )


@pytest.fixture
def saved(db_path: Path) -> Path:
    """A diary file with one episode, closed."""
    d = Diary.open(db_url(str(db_path)))
    d.save_episode(episode(d))
    d.close()
    return db_path


# -- paths are paths ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["diary?mode=ro.sqlite3", "other#app.db", "50% off.sqlite3", "a%41b.db",
             "with space.db", "Tagebuch-Schmerz-äöü.sqlite3", "日記.db", "x?y#z%20.db"],
)
def test_a_file_name_with_url_characters_opens_exactly_that_file(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    url = db_url(str(target))
    assert sqlite_file(url) == target
    d = Diary.open(url)
    d.save_episode(episode(d))
    d.close()
    made = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert made == [name]  # no "diary" without the query, no "other" without the fragment
    assert inspect_file(target).revision is not None
    again = Diary.open(url, create=False)
    assert len(again.list_episodes(again.default_profile().id or 0)) == 1
    again.close()


def test_another_apps_database_with_a_hash_in_its_name_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "other#app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = sha(other)
    with pytest.raises(NotABodymapDatabase):
        Diary.open(db_url(str(other)))
    assert sha(other) == before
    assert not (tmp_path / "other").exists()
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    conn.close()


def test_the_read_only_inspection_quotes_its_uri(tmp_path: Path) -> None:
    assert "%23" in database.read_only_uri(tmp_path / "a#b") and "%3F" in database.read_only_uri(
        tmp_path / "a?b")


def test_an_empty_db_argument_is_an_error_not_the_default_diary(monkeypatch: pytest.MonkeyPatch) -> None:
    for value in ("", "   "):
        with pytest.raises(BadDiaryAddress):
            resolve_db(value)
    monkeypatch.setenv("BODYMAP_DB", "")
    with pytest.raises(BadDiaryAddress):
        resolve_db(None)


def test_a_read_command_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    with pytest.raises(NoSuchDiary, match="no diary"):
        Diary.open(db_url(str(missing)), create=False)
    assert not missing.exists() and list(tmp_path.iterdir()) == []


# -- devices, FIFOs, folders as the diary --------------------------------------------------------


@pytest.mark.parametrize("kind", ["dev-null", "fifo", "folder"])
def test_a_device_fifo_or_folder_is_never_opened_as_the_diary(tmp_path: Path, kind: str) -> None:
    if kind == "dev-null":
        target = Path("/dev/null")
    elif kind == "fifo":
        target = tmp_path / "pipe.sqlite3"
        os.mkfifo(target)
    else:
        target = tmp_path / "folder.sqlite3"
        target.mkdir()
    started = time.monotonic()
    with pytest.raises(NotABodymapDatabase):
        Diary.open(db_url(str(target)))
    with pytest.raises(backup.BackupError):
        backup.backup_now(target)
    assert time.monotonic() - started < 5
    assert not Path("/dev/backups").exists()
    assert not (tmp_path / "backups").exists()


# -- restore: only a bodymap diary, never through a link, never under a window ------------------


def test_restore_through_a_symlink_is_refused_and_the_target_untouched(tmp_path: Path, saved: Path) -> None:
    good = backup.backup_now(saved)
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(victim)
    before = sha(victim)
    with pytest.raises(backup.BackupError, match="symbolic link"):
        backup.restore(link, good)
    assert sha(victim) == before and link.is_symlink()
    # a link to a real diary: also refused (the link is not replaced, the diary not touched)
    diary_link = tmp_path / "diary-link.sqlite3"
    diary_link.symlink_to(saved)
    diary_before = sha(saved)
    with pytest.raises(backup.BackupError, match="symbolic link"):
        backup.restore(diary_link, good)
    assert sha(saved) == diary_before and diary_link.is_symlink()


@pytest.mark.parametrize("content", [b"my notes\n", b"SQLite format 3\x00 but not really" * 50])
def test_restore_over_an_ordinary_non_diary_file_is_refused(
    tmp_path: Path, saved: Path, content: bytes
) -> None:
    good = backup.backup_now(saved)
    notes = tmp_path / "notes.txt"
    notes.write_bytes(content)
    before = sha(notes)
    with pytest.raises(backup.BackupError, match="not replaced"):
        backup.restore(notes, good)
    assert sha(notes) == before
    assert not list(tmp_path.glob(".notes.txt.*"))


def test_restore_over_another_apps_database_is_refused(tmp_path: Path, saved: Path) -> None:
    good = backup.backup_now(saved)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = sha(other)
    with pytest.raises(backup.BackupError, match="not one written by bodymap"):
        backup.restore(other, good)
    assert sha(other) == before


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_restore_over_a_fifo_device_or_folder_is_refused(tmp_path: Path, saved: Path, kind: str) -> None:
    good = backup.backup_now(saved)
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif kind == "device":
        target = Path("/dev/null")
    else:
        target = tmp_path / "folder"
        target.mkdir()
    with pytest.raises(backup.BackupError):
        backup.restore(target, good)
    assert target.exists() and not stat.S_ISREG(os.stat(target).st_mode)


def test_a_fifo_as_the_backup_to_restore_is_refused_at_once(tmp_path: Path, saved: Path) -> None:
    fifo = tmp_path / "backup.sqlite3"
    os.mkfifo(fifo)
    before = sha(saved)
    started = time.monotonic()
    with pytest.raises(backup.BackupError, match="pipe"):
        backup.restore(saved, fifo)
    assert time.monotonic() - started < 2 and sha(saved) == before


HOLD_WITH_QT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from bodymap.ui.instance import DiaryLock
    app = QCoreApplication(["bodymap"])
    lock = DiaryLock(Path(sys.argv[1]))
    assert lock.acquire()
    print("held", flush=True)
    sys.stdin.readline()
    lock.release()
    """
)


def _holder(script: str, db_file: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(db_file)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_restore_is_refused_while_a_window_holds_the_diary(saved: Path) -> None:
    good = backup.backup_now(saved)
    d = Diary.open(db_url(str(saved)))
    d.save_episode(episode(d, datetime(2026, 4, 1)))
    d.close()
    before = sha(saved)
    window = _holder(HOLD_WITH_QT, saved)  # another process, with the window's QLockFile
    try:
        assert locking.holder(saved) is not None
        with pytest.raises(backup.BackupError, match="open in another bodymap"):
            backup.restore(saved, good)
        assert sha(saved) == before
    finally:
        assert window.stdin is not None
        window.stdin.write("\n")
        window.stdin.close()
        window.wait(10)
    assert locking.holder(saved) is None
    backup.restore(saved, good)  # the window has gone: now it may


def test_a_lock_left_by_a_killed_window_is_stale(saved: Path) -> None:
    window = _holder(HOLD_WITH_QT, saved)
    window.kill()
    window.wait(10)
    assert locking.lock_path_for(saved).exists()  # QLockFile's file stays behind
    assert locking.holder(saved) is None
    backup.restore(saved, backup.backup_now(saved))


def test_a_window_cannot_take_the_diary_while_a_restore_holds_it(saved: Path) -> None:
    """restore holds the same lock file, so a window starting meanwhile is refused."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from bodymap.ui.instance import DiaryLock
        app = QCoreApplication(["bodymap"])
        print("taken" if DiaryLock(Path(sys.argv[1])).acquire() else "refused")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    with locking.hold(saved):
        out = subprocess.run([sys.executable, "-c", script, str(saved)], capture_output=True,
                             text=True, env=env, timeout=60)
        assert out.stdout.strip() == "refused", out.stderr
    assert not locking.lock_path_for(saved).exists()
    out = subprocess.run([sys.executable, "-c", script, str(saved)], capture_output=True,
                         text=True, env=env, timeout=60)
    assert out.stdout.strip() == "taken", out.stderr


# -- backups: single files -------------------------------------------------------------------------


def test_backups_are_single_file_databases_that_restore_from_read_only_media(
    tmp_path: Path, saved: Path
) -> None:
    made = backup.backup_now(saved)
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not Path(f"{made}-wal").exists()
    media = tmp_path / "usb"
    media.mkdir()
    copy = media / made.name
    copy.write_bytes(made.read_bytes())
    os.chmod(copy, 0o400)
    os.chmod(media, 0o500)
    try:
        target = tmp_path / "restored" / "diary.sqlite3"
        backup.restore(target, copy)
        assert sorted(p.name for p in media.iterdir()) == [made.name]  # nothing made there
    finally:
        os.chmod(media, 0o700)
    d = Diary.open(db_url(str(target)), create=False)
    assert len(d.list_episodes(d.default_profile().id or 0)) == 1
    d.close()


def test_a_backup_cut_short_by_a_full_disk_leaves_nothing(
    saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_fsync_file", full)
    out = tmp_path / "b.sqlite3"
    with pytest.raises(backup.BackupError, match="the disk is full"):
        backup.backup_now(saved, out)
    assert not out.exists() and not list(tmp_path.glob(".b.sqlite3.*"))


# -- read-only diaries open for viewing --------------------------------------------------------------


@pytest.fixture
def read_only_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The diary cannot be written here (as a 0400 file or a read-only folder would be for a
    normal user; root can write those, so the check is what is replaced)."""
    monkeypatch.setattr(database, "is_writable_here", lambda _path: False)


def test_a_read_only_diary_opens_for_viewing_and_writes_nothing(saved: Path, read_only_here: None) -> None:
    before = sha(saved)
    mtime = saved.stat().st_mtime_ns
    d = Diary.open(db_url(str(saved)), create=False)
    assert d.read_only
    profile = d.list_profiles()[0]
    assert profile.id is not None
    assert len(d.list_episodes(profile.id)) == 1
    assert len(d.list_therapies()) > 0
    with pytest.raises(ReadOnlyDiary, match="viewing only"):
        d.save_episode(episode(d, datetime(2026, 5, 1)))
    with pytest.raises(ReadOnlyDiary):
        d.create_profile("Bob")
    d.close()
    assert sha(saved) == before and saved.stat().st_mtime_ns == mtime


def test_forcing_read_only_works_on_a_writable_diary(saved: Path) -> None:
    d = Diary.open(db_url(str(saved)), read_only=True)
    assert d.read_only
    with pytest.raises(ReadOnlyDiary):
        d.save_episode(episode(d))
    d.close()
    d = Diary.open(db_url(str(saved)))
    assert not d.read_only
    d.close()


def test_a_read_only_diary_that_needs_an_upgrade_says_so(
    saved: Path, read_only_here: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    known, head = database.known_revisions()
    monkeypatch.setattr(database, "known_revisions", lambda: ({*known, "9999"}, "9999"))
    before = sha(saved)
    with pytest.raises(ReadOnlyDiary, match="needs an upgrade.*read-only"):
        Diary.open(db_url(str(saved)))
    assert sha(saved) == before and not (saved.parent / "backups").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes 0400 files and read-only folders")
def test_a_0400_diary_and_a_read_only_folder_open_for_viewing(saved: Path) -> None:
    os.chmod(saved, 0o400)
    d = Diary.open(db_url(str(saved)))
    assert d.read_only
    d.close()
    os.chmod(saved, 0o600)
    os.chmod(saved.parent, 0o500)
    try:
        d = Diary.open(db_url(str(saved)))
        assert d.read_only and d.list_profiles()
        d.close()
    finally:
        os.chmod(saved.parent, 0o700)


def test_a_diary_that_cannot_be_read_here_is_never_called_not_sqlite(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """"unable to open", "readonly", "disk I/O error", "disk is full": named as such."""
    real = database._read_tables
    for code, message, words in [
        (14, "unable to open database file", "cannot be opened here"),
        (8, "attempt to write a readonly database", "read-only"),
        (10, "disk I/O error", "disk reported an error"),
        (13, "database or disk is full", "the disk is full"),
    ]:
        def failing(path: Path, *, immutable: bool, code: int = code, message: str = message):
            if immutable:
                return real(path, immutable=True)
            exc = sqlite3.OperationalError(message)
            exc.sqlite_errorcode = code  # type: ignore[attr-defined]
            raise exc

        monkeypatch.setattr(database, "_read_tables", failing)
        state = inspect_file(saved)  # nothing pending in a WAL: read as an immutable file
        assert state.immutable and state.revision is not None
        Path(f"{saved}-wal").write_bytes(b"\0" * 100)  # something pending: not safe to skip
        with pytest.raises(DiaryUnavailable, match=words) as info:
            inspect_file(saved)
        assert "not an SQLite file" not in str(info.value)
        Path(f"{saved}-wal").unlink()
    monkeypatch.setattr(database, "_read_tables", real)
    garbage = saved.parent / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(NotABodymapDatabase, match="not an SQLite file"):
        inspect_file(garbage)


# -- imports: only regular files, bounded ------------------------------------------------------------


def test_importing_dev_zero_is_refused_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(transfer.TransferError, match="not an ordinary file"):
        transfer.read_export(Path("/dev/zero"))
    assert time.monotonic() - started < 2


def test_importing_a_fifo_is_refused_at_once_without_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    result: list[BaseException | None] = []

    def run() -> None:
        try:
            transfer.read_export(fifo)
            result.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported below
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(2)
    if thread.is_alive():  # unblock it before failing
        with open(fifo, "w"):
            pass
        pytest.fail("reading a FIFO hung")
    assert isinstance(result[0], transfer.TransferError) and "pipe" in str(result[0])


def test_a_folder_is_not_an_import(tmp_path: Path) -> None:
    with pytest.raises(transfer.TransferError, match="folder"):
        transfer.read_export(tmp_path)


def test_the_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert transfer.MAX_IMPORT_BYTES == 256 * 1024 * 1024
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(transfer.MAX_IMPORT_BYTES + 1)  # sparse: nothing is really written
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(transfer.TransferError, match="too big"):
        transfer.read_export(big)
    assert read == []  # refused on fstat alone


def test_a_file_growing_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(files.UnsafeSource, match="too big"):
        files.read_regular_file(path, limit=4096)


def test_nesting_is_limited(tmp_path: Path) -> None:
    deep = "[" * 65 + "]" * 65
    with pytest.raises(transfer.TransferError, match="nested more than 64"):
        transfer.parse_document(deep)
    transfer.check_nesting("[" * 64 + "]" * 64)  # 64 is allowed
    transfer.check_nesting('{"a": "[[[[[[[[[[' + "[" * 100 + '"}')  # brackets in text do not count
    transfer.check_nesting('["\\"[[[[", {"b": [1, 2]}]')
    huge = tmp_path / "deep.json"
    huge.write_text("[" * 1_000_000 + "]" * 1_000_000)
    started = time.monotonic()
    with pytest.raises(transfer.TransferError, match="nested"):
        transfer.read_export(huge)
    assert time.monotonic() - started < 5
    with pytest.raises(transfer.TransferError, match="not valid JSON"):
        transfer.parse_document("[[[}")  # unbalanced: the parser names the place


def _export_of(diary: Diary) -> dict:
    return transfer.build_export(diary)


def test_import_checks_geometry_keys_references_and_dates(tmp_path: Path, db_path: Path) -> None:
    """Verifying records.py's one validation through the importer (no change needed there)."""
    d = Diary.open(db_url(str(db_path)))
    profile = d.default_profile()
    heat = next(t for t in d.list_therapies() if t.key is not None)
    assert profile.id is not None and heat.id is not None
    tp = MarkRecord(kind="trigger_point", view="front", tp_state="active", intensity=5,
                    geometry={"type": "point", "x": 1, "y": 1})
    area = MarkRecord(kind="referred_area", view="front", intensity=3, source_uuid=tp.uuid,
                      geometry={"type": "area", "polygons": [[[0, 0], [1, 0], [1, 1]]]})
    record = EpisodeRecord(profile_id=profile.id, started_at=datetime(2026, 1, 1), marks=[tp, area],
                           therapy_uses=[TherapyUseRecord(therapy_id=heat.id,
                                                          used_at=datetime(2026, 1, 1),
                                                          regions=[])])
    d.save_episode(record)
    doc = _export_of(d)
    d.close()
    target = tmp_path / "empty.sqlite3"
    Diary.open(db_url(str(target))).close()  # made, seeded and checkpointed
    before = sha(target)
    into = Diary.open(db_url(str(target)))

    def refused(change, words: str) -> None:
        broken = json.loads(json.dumps(doc))
        change(broken["profiles"][0]["episodes"][0])
        with pytest.raises(transfer.TransferError, match=words):
            transfer.import_document(into, broken)

    def extra_geometry_key(e: dict) -> None:
        e["marks"][0]["geometry"]["colour"] = "\ud800"

    def self_source(e: dict) -> None:
        e["marks"][1]["source"] = e["marks"][1]["uuid"]

    def spasm_source(e: dict) -> None:
        e["marks"][0]["kind"] = "spasm"
        e["marks"][0]["tp_state"] = None

    def tp_with_source(e: dict) -> None:
        e["marks"][0]["source"] = e["marks"][1]["uuid"]

    def foreign_source(e: dict) -> None:
        e["marks"][1]["source"] = "00000000-0000-4000-8000-000000000000"

    def bad_region(e: dict) -> None:
        e["therapy_uses"][0]["regions"] = ["no_such_region"]

    refused(extra_geometry_key, "does not belong to a geometry")
    refused(self_source, "cannot link to itself")
    refused(spasm_source, "not a trigger point")
    refused(tp_with_source, "only a referred-pain area")
    refused(foreign_source, "not in this episode")
    refused(bad_region, "not a region of the body map")
    for when in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00", "1899-12-31T23:00:00Z",
                 "3000-01-01T00:00:00Z", "2999-12-31T23:00:00-16:00"]:
        refused(lambda e, when=when: e.__setitem__("started_at", when), "started_at")
    into.close()
    assert sha(target) == before


def test_the_date_bounds_survive_every_offset() -> None:
    from datetime import timedelta

    from bodymap.store.records import FIRST_DAY, LAST_DAY, MAX_OFFSET

    low = datetime.combine(FIRST_DAY, datetime.min.time())
    high = datetime.combine(LAST_DAY, datetime.max.time())
    for offset in (-MAX_OFFSET, MAX_OFFSET):
        assert (low + timedelta(minutes=offset)).year >= 1899
        assert (high + timedelta(minutes=offset)).year <= 3000


# -- leftovers, folders, privacy -------------------------------------------------------------------


def test_leftover_temp_files_are_cleaned_at_the_next_start(saved: Path) -> None:
    folder = saved.parent
    (folder / "backups").mkdir(exist_ok=True)
    old = time.time() - 2 * 3600
    leftovers = [
        folder / f".{saved.name}.k3j_9xq2.part",
        folder / f".{saved.name}.ab12cd34.restore",
        folder / f".{saved.name}.ab12cd34.restore-wal",
        folder / "backups" / ".diary-20260101-000000-000000-manual.sqlite3.zz99yy88.part",
        folder / ".report.pdf.qwertyui.pdf",
    ]
    fresh = folder / f".{saved.name}.fresh123.part"  # a writer may be busy with it right now
    keep = [folder / "notes.part", folder / ".hidden.part", folder / ".x.toolong123.part",
            folder / "ab12cd34.restore"]
    for path in [*leftovers, fresh, *keep]:
        path.write_bytes(b"x")
    for path in [*leftovers, *keep]:
        os.utime(path, (old, old))
    from platformdirs import user_data_path

    drafts = user_data_path("bodymap", "bodymap") / "drafts"
    files.ensure_private_dir(drafts)
    draft_left = drafts / ".episode-abc.json.k3j_9xq2.part"
    draft_left.write_bytes(b"x")
    os.utime(draft_left, (old, old))
    leftovers.append(draft_left)
    Diary.open(db_url(str(saved))).close()
    assert not any(p.exists() for p in leftovers)
    assert fresh.exists() and all(p.exists() for p in keep)


def test_a_read_only_start_cleans_nothing(saved: Path, read_only_here: None) -> None:
    leftover = saved.parent / f".{saved.name}.k3j_9xq2.part"
    leftover.write_bytes(b"x")
    os.utime(leftover, (time.time() - 7200,) * 2)
    Diary.open(db_url(str(saved))).close()
    assert leftover.exists()


def test_folders_made_for_output_are_owner_only_with_their_parents(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "a" / "b" / "c" / "export.json"
        files.write_private(target, "{}")
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_write_failing_with_a_full_disk_removes_its_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.json"
    target.write_text("old")

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_fsync_file", full)
    with pytest.raises(OSError) as info:
        files.write_private(target, "new")
    assert files.os_error_sentence(info.value) == "the disk is full"
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_os_errors_are_named() -> None:
    assert files.os_error_sentence(OSError(errno.EROFS, "x", "/m/f")) == "/m/f: the disk or folder is read-only"
    assert files.os_error_sentence(OSError(errno.EACCES, "x")) == "permission denied"


def test_an_export_for_one_person_carries_only_builtin_and_their_therapies(db_path: Path) -> None:
    from bodymap.store.records import TherapyRecord

    d = Diary.open(db_url(str(db_path)))
    me = d.default_profile()
    bob = d.create_profile("Bob")
    mine = d.add_therapy(TherapyRecord(id=None, name="Alice's secret tincture", category="supplement"))
    bobs = d.add_therapy(TherapyRecord(id=None, name="Bob's own stretch", category="home"))
    assert me.id is not None and bob.id is not None and mine.id is not None and bobs.id is not None
    for person, therapy in ((me.id, mine.id), (bob.id, bobs.id)):
        d.save_episode(EpisodeRecord(
            profile_id=person, started_at=datetime(2026, 2, 2),
            therapy_uses=[TherapyUseRecord(therapy_id=therapy, used_at=datetime(2026, 2, 2))]))
    only_bob = transfer.build_export(d, profile="Bob")
    names = {t["name"] for t in only_bob["therapies"]}
    assert "Bob's own stretch" in names and "Alice's secret tincture" not in names
    assert all(t["builtin"] or t["name"] == "Bob's own stretch" for t in only_bob["therapies"])
    everyone = transfer.build_export(d)
    assert {"Bob's own stretch", "Alice's secret tincture"} <= {t["name"] for t in everyone["therapies"]}
    d.close()
    # Bob's export imports cleanly into an empty diary
    empty = Diary.open(db_url(str(db_path.parent / "bob.sqlite3")))
    summary = transfer.import_document(empty, only_bob)
    assert summary.added["episodes"] == 1
    empty.close()


def test_store_errors_are_store_errors() -> None:
    assert issubclass(ReadOnlyDiary, StoreError) and issubclass(NoSuchDiary, StoreError)
    assert issubclass(locking.DiaryInUse, StoreError)


def test_the_window_restoring_its_own_diary_is_not_refused(qapp: object, saved: Path) -> None:
    """The window's process holds the lock itself: its own File > Restore goes ahead, and the
    window's lock is left in place."""
    from bodymap.ui.instance import DiaryLock

    good = backup.backup_now(saved)
    lock = DiaryLock(saved)
    assert lock.acquire()
    try:
        assert locking.holder(saved) is None  # it is ours
        backup.restore(saved, good)
        assert lock.held() and locking.lock_path_for(saved).exists()
    finally:
        lock.release()
