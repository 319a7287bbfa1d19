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


# -- on a PostgreSQL server: only the server named in the URL ----------------------------------


def _tcp_peers() -> set[tuple[str, int]]:
    """The remote (host, port) of every TCP connection this process has open (Linux /proc)."""
    import ipaddress
    import os

    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    peers = set()
    for table, width in (("/proc/self/net/tcp", 4), ("/proc/self/net/tcp6", 16)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[9] not in inodes or fields[3] == "0A":  # 0A: listening
                continue
            host_hex, port_hex = fields[2].split(":")
            raw = bytes.fromhex(host_hex)
            # /proc prints each 32-bit word in host (little-endian) order
            raw = b"".join(raw[i:i + 4][::-1] for i in range(0, width, 4))
            address = ipaddress.ip_address(raw)
            if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
                address = address.ipv4_mapped
            peers.add((str(address), int(port_hex, 16)))
    return peers


@pytest.fixture
def only_the_server(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record (and refuse) every Python-level connection that is not to the URL's server."""
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    allowed = {(url.host, url.port)}
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_create_connection = socket.create_connection

    def checked_connect(self: socket.socket, address: Any) -> None:
        if self.family != getattr(socket, "AF_UNIX", None) and tuple(address[:2]) not in allowed:
            attempts.append(f"connect({address})")
            raise OSError("only the database server may be contacted")
        real_connect(self, address)

    def checked_create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if tuple(address[:2]) not in allowed:
            attempts.append(f"create_connection({address})")
            raise OSError("only the database server may be contacted")
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", checked_connect)
    monkeypatch.setattr(socket, "create_connection", checked_create_connection)
    yield attempts


@pytest.mark.postgresql
def test_the_server_checker_refuses_other_hosts(only_the_server: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError):
            s.connect(("192.0.2.1", 5432))
    finally:
        s.close()
    assert len(only_the_server) == 2


@pytest.mark.postgresql
@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="needs Linux /proc")
def test_on_postgresql_only_the_server_in_the_url_is_contacted(
    only_the_server: list[str], pg_url: str, tmp_path: Path, qtbot: Any
) -> None:
    """libpq opens its sockets in C, out of the monkeypatch's reach: so besides refusing every
    Python-level connection elsewhere, the process's open TCP connections are read from /proc
    while the diary and its window are in use, and each must go to the server in the URL."""
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    server = ("127.0.0.1" if url.host == "localhost" else str(url.host), int(url.port or 5432))
    seen: set[tuple[str, int]] = set()
    diary = Diary.open(pg_url)
    seen |= _tcp_peers()
    fill(diary, episodes=4)
    me = diary.default_profile()
    for day in range(3):
        diary.save_episode(episode(diary, me.id or 0, datetime(2026, 4, 1) + timedelta(days=day)))
    transfer.export_json(diary, tmp_path / "out" / "diary.json")
    transfer.export_csv(diary, tmp_path / "out" / "tables.zip")
    seen |= _tcp_peers()
    main_window = pytest.importorskip("bodymap.ui.main_window")
    window = main_window.MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    seen |= _tcp_peers()
    window.close()
    diary.close()

    assert only_the_server == []
    assert server in seen  # the check did see the diary's own connection
    assert seen <= {server}, f"connections to other hosts: {sorted(seen - {server})}"
    for path in (tmp_path / "out" / "diary.json", tmp_path / "out" / "tables.zip"):
        assert mode(path) == 0o600, path
