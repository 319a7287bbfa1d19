"""Backups, rotation, restore and moving a damaged diary aside."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from test_transfer import episode, fill, table_dump

from bodymap.store import backup
from bodymap.store.backup import BackupError
from bodymap.store.errors import DamagedDatabase, NotABodymapDatabase
from bodymap.store.service import Diary


def count(db: Path, table: str = "episode") -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(raw), 5):
        raw[offset] = 0xA5
    path.write_bytes(bytes(raw))


@pytest.fixture
def filled(diary: Diary) -> Diary:
    fill(diary, episodes=12)
    return diary


def test_backup_now_copies_what_is_still_in_the_wal_and_is_owner_only(
    filled: Diary, db_path: Path
) -> None:
    # the diary is open: recent saves sit in the -wal file, not yet in the main file
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    made = backup.backup_now(db_path)
    assert made.parent == db_path.parent / "backups"
    assert made.name.startswith("diary-") and made.name.endswith("-manual.sqlite3")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert count(made) == 12 and count(made, "mark") == 36
    out = db_path.parent / "elsewhere" / "copy.sqlite3"
    assert backup.backup_now(db_path, out) == out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and count(out) == 12
    assert not list(out.parent.glob(".*part"))


def test_daily_backup_at_most_once_a_day_and_rotation_keeps_the_newest(
    filled: Diary, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = backup.daily_backup(db_path, keep=3)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert backup.daily_backup(db_path, keep=3) is None  # same day: nothing new
    # older automatic backups (daily and before an upgrade) and one made by hand
    folder = db_path.parent / "backups"
    for day in range(1, 6):
        stamp = (datetime(2026, 1, 1) + timedelta(days=day)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"diary-{stamp}-daily.sqlite3").write_bytes(first.read_bytes())
    (folder / "diary-20250101-000000-000000-before-0002.sqlite3").write_bytes(first.read_bytes())
    (folder / "diary-20240101-000000-000000-manual.sqlite3").write_bytes(first.read_bytes())
    (folder / "unrelated.txt").write_text("keep me")
    removed = backup.rotate(db_path, keep=3)
    assert len(removed) == 4  # 7 automatic, keep 3
    names = sorted(p.name for p in folder.iterdir())
    assert "unrelated.txt" in names
    assert "diary-20240101-000000-000000-manual.sqlite3" in names  # by hand: never rotated
    assert "diary-20250101-000000-000000-before-0002.sqlite3" not in names  # the oldest goes
    assert first.name in names
    # tomorrow a new daily backup is made
    tomorrow = date.today() + timedelta(days=1)
    assert backup.daily_backup(db_path, keep=3, today=tomorrow) is not None


def test_list_backups_newest_first_and_checked(filled: Diary, db_path: Path) -> None:
    older = backup.backup_now(db_path)
    filled.save_episode(episode(filled, filled.default_profile().id or 0, datetime(2026, 6, 1)))
    newer = backup.backup_now(db_path, reason="daily")
    broken = db_path.parent / "backups" / "diary-20300101-000000-000000-daily.sqlite3"
    broken.write_bytes(newer.read_bytes())
    damage(broken)
    infos = backup.list_backups(db_path)
    assert [i.path for i in infos] == [broken, newer, older]
    assert [i.ok for i in infos] == [False, True, True]
    assert [i.episodes for i in infos[1:]] == [13, 12]
    assert infos[1].size == newer.stat().st_size
    assert backup.newest_good_backup(db_path).path == newer  # type: ignore[union-attr]


def test_restore_keeps_the_current_file_first_and_replaces_it(
    filled: Diary, db_path: Path
) -> None:
    saved = backup.backup_now(db_path)
    before = table_dump(saved)
    filled.save_episode(episode(filled, filled.default_profile().id or 0, datetime(2026, 6, 1)))
    filled.close()
    assert count(db_path) == 13
    kept = backup.restore(db_path, saved)
    assert kept is not None and "before-restore" in kept.name and count(kept) == 13
    assert table_dump(db_path) == before
    assert not Path(str(db_path) + "-wal").exists() and not Path(str(db_path) + "-shm").exists()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    reopened = Diary.open(f"sqlite:///{db_path}")
    assert len(reopened.list_episodes(reopened.default_profile().id or 0)) == 8
    reopened.close()


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(
    filled: Diary, db_path: Path, tmp_path: Path
) -> None:
    filled.close()
    before = db_path.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(before)
    damage(bad)
    with pytest.raises(BackupError):
        backup.restore(db_path, bad)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError):
        backup.restore(db_path, foreign)
    text = tmp_path / "text.sqlite3"
    text.write_text("hello")
    with pytest.raises(BackupError):
        backup.restore(db_path, text)
    with pytest.raises(BackupError):
        backup.restore(db_path, tmp_path / "missing.sqlite3")
    assert db_path.read_bytes() == before
    assert not list((db_path.parent / "backups").glob("*before-restore*"))


def test_move_aside_never_overwrites(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    for round_ in range(3):
        db.write_text(f"damaged {round_}")
        Path(str(db) + "-wal").write_text(f"wal {round_}")
        aside = backup.move_aside_damaged(db)
        assert not db.exists() and not Path(str(db) + "-wal").exists()
        assert aside.read_text() == f"damaged {round_}"
        assert Path(str(aside) + "-wal").read_text() == f"wal {round_}"
        assert aside.name.startswith("d.sqlite3.damaged-")
    assert len(list(tmp_path.glob("d.sqlite3.damaged-*"))) == 6


def test_damaged_diary_recovers_from_the_newest_good_backup(
    filled: Diary, db_path: Path
) -> None:
    good = backup.backup_now(db_path, reason="daily")
    expected = table_dump(good)
    filled.close()
    damage(db_path)
    damaged_bytes = db_path.read_bytes()
    with pytest.raises((DamagedDatabase, NotABodymapDatabase)):
        Diary.open(f"sqlite:///{db_path}")
    newest = backup.newest_good_backup(db_path)
    assert newest is not None and newest.path == good
    aside = backup.move_aside_damaged(db_path)
    backup.restore(db_path, newest.path)
    assert aside.read_bytes() == damaged_bytes  # the damaged file still exists, untouched
    assert table_dump(db_path) == expected
    diary = Diary.open(f"sqlite:///{db_path}")
    assert len(diary.list_episodes(diary.default_profile().id or 0)) == 8
    diary.close()


def test_restore_over_a_damaged_current_file_moves_it_aside(
    filled: Diary, db_path: Path
) -> None:
    good = backup.backup_now(db_path)
    filled.close()
    damage(db_path)
    damaged_bytes = db_path.read_bytes()
    kept = backup.restore(db_path, good)
    assert kept is not None and ".damaged-" in kept.name and kept.read_bytes() == damaged_bytes
    assert count(db_path) == 12


def test_backup_diary_on_sqlite_is_the_file_copy(filled: Diary, db_path: Path) -> None:
    made = backup.backup_diary(filled)
    assert made.parent == db_path.parent / "backups" and made.name.endswith("-manual.sqlite3")
    assert count(made) == 12
    out = db_path.parent / "chosen.sqlite3"
    assert backup.backup_diary(filled, out) == out and count(out) == 12


def test_backup_to_a_link_or_a_folder_is_refused(filled: Diary, db_path: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(victim)
    with pytest.raises(BackupError, match="symbolic link"):
        backup.backup_now(db_path, link)
    with pytest.raises(BackupError, match="folder"):
        backup.backup_now(db_path, tmp_path)
    assert victim.read_bytes() == b"keep"
    assert not list(tmp_path.glob(".*part"))


def _cli(argv: list[str]) -> int:
    import argparse

    from bodymap.commands import data

    parser = argparse.ArgumentParser(prog="bodymap")
    parser.add_argument("--db", default=None)
    data.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.mark.postgresql
def test_backup_of_a_server_diary_is_a_json_export(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.engine import make_url

    from bodymap.paths import data_dir
    from bodymap.store import transfer

    server = Diary.open(pg_url)
    fill(server, episodes=5)
    made = backup.backup_diary(server)
    name = make_url(pg_url).database
    assert made.parent == data_dir() / "backups"
    assert made.name.startswith(f"{name}-") and made.name.endswith("-manual.json")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert [b.path for b in backup.list_server_backups(server)] == [made]
    # it is a complete export: importing it into an empty diary gives everything back
    copy = Diary.open(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    assert transfer.import_file(copy, made).added["episodes"] == 5
    copy.close()
    server.close()

    assert _cli(["--db", pg_url, "backup"]) == 0
    out = capsys.readouterr().out
    assert "bodymap import" in out and "pg_dump" in out and "password" not in out
    assert _cli(["--db", pg_url, "backup", "--list"]) == 0
    assert str(made) in capsys.readouterr().out
    assert _cli(["--db", pg_url, "restore", str(made)]) == 2
    err = capsys.readouterr().err
    assert "bodymap import" in err and "pg_dump" in err


def test_restore_of_a_json_export_points_to_import(
    filled: Diary, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bodymap.store import transfer

    transfer.export_json(filled, tmp_path / "all.json")
    before = table_dump(db_path)
    assert _cli(["--db", str(db_path), "restore", str(tmp_path / "all.json")]) == 1
    assert "bodymap import" in capsys.readouterr().err
    assert table_dump(db_path) == before
