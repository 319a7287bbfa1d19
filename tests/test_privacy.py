"""Privacy: every file we create is owner-only, and a whole session opens no network connection."""

from __future__ import annotations

import socket
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_transfer import episode, fill

from bodymap.store import backup, transfer
from bodymap.store.records import TherapyRecord
from bodymap.store.service import Diary


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record (and refuse) every attempt to create or connect a socket."""
    attempts: list[str] = []
    real_init = socket.socket.__init__

    def refuse_init(self: socket.socket, *args: Any, **kwargs: Any) -> None:
        family = args[0] if args else kwargs.get("family", socket.AF_INET)
        if family == getattr(socket, "AF_UNIX", object()):
            # local IPC (e.g. the Qt platform plugin talking to a display) is not the network
            real_init(self, *args, **kwargs)
            return
        attempts.append(f"socket({args}, {kwargs})")
        raise OSError("network use is not allowed in bodymap")

    def refuse_connect(self: socket.socket, address: Any) -> None:
        attempts.append(f"connect({address})")
        raise OSError("network use is not allowed in bodymap")

    def refuse_create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append(f"create_connection({address})")
        raise OSError("network use is not allowed in bodymap")

    monkeypatch.setattr(socket.socket, "__init__", refuse_init)
    monkeypatch.setattr(socket.socket, "connect", refuse_connect)
    monkeypatch.setattr(socket, "create_connection", refuse_create_connection)
    yield attempts


def test_the_checker_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(no_network) == 2


def test_a_full_session_opens_no_socket_and_every_file_is_owner_only(
    no_network: list[str], tmp_path: Path
) -> None:
    db = tmp_path / "data" / "diary.sqlite3"
    diary = Diary.open(f"sqlite:///{db}")
    fill(diary, episodes=5)
    me = diary.default_profile()
    heat = diary.add_therapy(TherapyRecord(None, "Heat", "home", key="heat"))
    for day in range(5):
        diary.save_episode(
            episode(diary, me.id or 0, datetime(2026, 4, 1) + timedelta(days=day), therapy_id=heat.id)
        )
    exported = tmp_path / "out" / "diary.json"
    transfer.export_json(diary, exported)
    transfer.export_csv(diary, tmp_path / "out" / "tables.zip")
    transfer.export_csv(diary, tmp_path / "out" / "tables")
    other = Diary.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert transfer.import_file(other, exported).added["episodes"] == 10
    other.close()
    daily = backup.daily_backup(db)
    manual = backup.backup_now(db, tmp_path / "out" / "copy.sqlite3")
    diary.close()
    kept = backup.restore(db, manual)
    assert daily is not None and kept is not None
    diary = Diary.open(f"sqlite:///{db}")
    assert len(diary.list_episodes(me.id or 0)) == 8
    diary.close()

    assert no_network == []
    files = [
        db, exported, tmp_path / "out" / "tables.zip", daily, manual, kept,
        *(tmp_path / "out" / "tables").iterdir(),
    ]
    wal = Path(str(db) + "-wal")
    if wal.exists():
        files.append(wal)
    for path in files:
        assert mode(path) == 0o600, path
    assert mode(db.parent / "backups") == 0o700


def test_the_main_window_opens_no_socket(
    no_network: list[str], tmp_path: Path, qtbot: Any
) -> None:
    main_window = pytest.importorskip("bodymap.ui.main_window")
    diary = Diary.open(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    fill(diary, episodes=3)
    window = main_window.MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    window.close()
    diary.close()
    assert no_network == []
