"""PostgreSQL only: what a practice server adds to the SQLite diary.

Two machines saving the same episode, a schema from a newer bodymap, a server that cannot be
used (closed port, wrong password, no such database), the command line end to end on a server,
and a PostgreSQL -> SQLite -> PostgreSQL round trip (the privacy promise on a server, that only
the server named in the URL is contacted, is in test_privacy.py).  Everything here runs on the suite's throwaway server (conftest.py);
the engine-agnostic tests elsewhere run on both engines through ``db_url`` / ``any_diary``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from typing import Any

import pg_server
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from test_transfer import episode, fill, without_stamp

from bodymap.store.service import Diary

pytestmark = pytest.mark.postgresql

ROOT = Path(__file__).resolve().parents[1]


# -- (a) two machines save the same episode -----------------------------------------------------

SAVER = textwrap.dedent(
    """
    import dataclasses, sys
    from bodymap.store.errors import ConflictError
    from bodymap.store.service import Diary

    url, episode_id, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    diary = Diary.open(url)
    record = diary.get_episode(episode_id)
    print("ready", flush=True)
    sys.stdin.readline()  # both have read the episode; now save
    changed = dataclasses.replace(record, notes=f"saved by {tag}", intensity=int(sys.argv[4]))
    try:
        diary.save_episode(changed)
    except ConflictError as exc:
        print("conflict", exc, flush=True)
    else:
        print("saved", flush=True)
    diary.close()
    """
)


def _saver(url: str, episode_id: int, tag: str, intensity: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SAVER, url, str(episode_id), tag, str(intensity)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "ready":
        _out, err = proc.communicate(timeout=60)
        pytest.fail(f"the saving process did not start: {line!r} {err[-2000:]}")


def _go(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()


def _result(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    return out.strip()


@pytest.fixture
def shared(pg_url: str) -> tuple[Diary, int]:
    diary = Diary.open(pg_url)
    me = diary.default_profile()
    saved = diary.save_episode(episode(diary, me.id or 0, datetime(2026, 3, 1, 8, 30)))
    assert saved.id is not None
    return diary, saved.id


def _marks(record: Any) -> list[tuple[str, str, int]]:
    return [(m.uuid, m.kind, m.intensity) for m in record.marks]


def test_second_machine_saving_the_same_episode_gets_a_conflict(
    shared: tuple[Diary, int], pg_url: str
) -> None:
    diary, episode_id = shared
    before = diary.get_episode(episode_id)
    first, second = _saver(pg_url, episode_id, "A", 3), _saver(pg_url, episode_id, "B", 9)
    try:
        _wait_ready(first)
        _wait_ready(second)  # both machines hold version 1
        _go(first)
        assert _result(first) == "saved"
        _go(second)
        outcome = _result(second)
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert outcome.startswith("conflict ")
    after = diary.get_episode(episode_id)
    assert (after.notes, after.intensity, after.version) == ("saved by A", 3, before.version + 1)
    assert _marks(after) == _marks(before)  # nothing lost: every mark is still there
    assert len(after.therapy_uses) == len(before.therapy_uses)
    # the second machine reopens the episode and can then save its change
    again = diary.save_episode(dataclasses.replace(after, notes="saved by B after reopening"))
    assert again.version == before.version + 2
    diary.close()


def test_two_machines_saving_at_once_one_wins_and_nothing_is_lost(
    shared: tuple[Diary, int], pg_url: str
) -> None:
    diary, episode_id = shared
    before = diary.get_episode(episode_id)
    procs = {"A": _saver(pg_url, episode_id, "A", 3), "B": _saver(pg_url, episode_id, "B", 9)}
    try:
        for proc in procs.values():
            _wait_ready(proc)
        for proc in procs.values():
            _go(proc)
        outcomes = {tag: _result(proc) for tag, proc in procs.items()}
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    winners = [tag for tag, out in outcomes.items() if out == "saved"]
    losers = [tag for tag, out in outcomes.items() if out.startswith("conflict ")]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    after = diary.get_episode(episode_id)
    assert after.notes == f"saved by {winners[0]}"
    assert after.version == before.version + 1
    assert _marks(after) == _marks(before)
    diary.close()


# -- (b) a schema from a newer bodymap --------------------------------------------------------


def test_newer_schema_is_refused_and_left_alone(pg_url: str) -> None:
    from bodymap.store.errors import NewerDatabase

    diary = Diary.open(pg_url)
    fill(diary, episodes=3)
    with diary.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
        tables = set(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )).scalars())
    diary.close()
    with pytest.raises(NewerDatabase, match="newer version of bodymap"):
        Diary.open(pg_url)
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == (
            "ffffffffffff"
        )
        assert set(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )).scalars()) == tables
        assert conn.execute(text("SELECT count(*) FROM episode")).scalar_one() == 3
    engine.dispose()


# -- (c) a server that cannot be used -----------------------------------------------------------


def _closed_port() -> int:
    return pg_server.free_port()  # bound and closed again: nothing listens there


def _bad_urls(pg_url: str) -> dict[str, tuple[str, str, str]]:
    """name -> (url, host, database); each with a password that must never be shown."""
    good = make_url(pg_url)
    secret = "Sekr3t-never-shown"
    return {
        "closed port": (
            good.set(port=_closed_port(), password=secret).render_as_string(hide_password=False),
            "127.0.0.1", good.database or "",
        ),
        "wrong password": (
            good.set(password=secret).render_as_string(hide_password=False),
            "127.0.0.1", good.database or "",
        ),
        "no such database": (
            good.set(database="no_such_diary", password=secret).render_as_string(
                hide_password=False),
            "127.0.0.1", "no_such_diary",
        ),
    }


@pytest.mark.parametrize("case", ["closed port", "wrong password", "no such database"])
def test_a_server_that_cannot_be_used_is_named_without_the_password(
    pg_url: str, case: str, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    # qapp first: the command line below would otherwise make a QCoreApplication of its own,
    # and a later test in this process could not draw (fonts need a QGuiApplication).
    from bodymap.store import errors

    failed = getattr(errors, "ConnectionFailed", None)
    assert failed is not None, "bodymap.store.errors.ConnectionFailed does not exist yet"
    url, host, database = _bad_urls(pg_url)[case]
    with pytest.raises(failed) as caught:
        Diary.open(url)
    message = str(caught.value)
    assert "\n" not in message.strip(), message
    assert host in message and database in message, message
    assert "Sekr3t" not in message and "Sekr3t" not in repr(caught.value.args)
    # the command line says the same, and exits 1
    from bodymap.app import main

    assert main(["--db", url, "history", "neck_back.right"]) == 1
    out, err = capsys.readouterr()
    assert "Sekr3t" not in out + err
    assert host in err and database in err
    assert len(err.strip().splitlines()) == 1, err


# -- (d) the command line on a server, and a round trip through SQLite --------------------------


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from bodymap.app import main

    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 0, f"bodymap {' '.join(argv[2:])} exited {code}: {err}"
    return out


def _export(url: str, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The export minus its time stamp, built-in therapies named by key.

    Every new database gets the built-in catalogue with uuids of its own, and an import matches
    catalogue entries by key; so a use of "heat" names a different uuid in each database.
    """
    _cli(["--db", url, "export", "--format", "json", "--out", str(out)], capsys)
    document: dict[str, Any] = without_stamp(json.loads(out.read_text(encoding="utf-8")))
    name = {t["uuid"]: f"key:{t['key']}" for t in document["therapies"] if t["key"]}
    for t in document["therapies"]:
        t["uuid"] = name.get(t["uuid"], t["uuid"])
    for p in document["profiles"]:
        for use in [*p["therapy_uses"], *(u for e in p["episodes"] for u in e["therapy_uses"])]:
            use["therapy"] = name.get(use["therapy"], use["therapy"])
    return document


def test_the_command_line_runs_on_postgresql_and_a_round_trip_through_sqlite_is_exact(
    pg_url: str, pg_server_instance: pg_server.Server, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], qapp: object,
) -> None:
    db = ["--db", pg_url]
    made = json.loads(_cli([*db, "demo", "--years", "1", "--json"], capsys))
    assert made["episodes"] > 100 and made["marks"] > made["episodes"]
    heat = json.loads(_cli([*db, "heatmap", "--json"], capsys))
    assert heat, "the heat map of a year of demo data is empty"
    region = _busiest_region(pg_url)
    figures = json.loads(_cli([*db, "history", region, "--json"], capsys))
    assert figures
    assert region in _cli([*db, "history", region], capsys) or figures
    pdf = tmp_path / "x.pdf"
    _cli([*db, "report", "--out", str(pdf)], capsys)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(_cli([*db, "suggest", region, "--json"], capsys))
    assert _cli([*db, "suggest", region], capsys).strip()

    first = _export(pg_url, tmp_path / "from-pg.json", capsys)
    assert sum(len(p["episodes"]) for p in first["profiles"]) == made["episodes"]
    sqlite_url = f"sqlite:///{tmp_path / 'patient.sqlite3'}"
    _cli(["--db", sqlite_url, "import", str(tmp_path / "from-pg.json")], capsys)
    second = _export(sqlite_url, tmp_path / "from-sqlite.json", capsys)
    assert second == first
    back_url = pg_server_instance.create_database()
    try:
        _cli(["--db", back_url, "import", str(tmp_path / "from-sqlite.json")], capsys)
        third = _export(back_url, tmp_path / "back-in-pg.json", capsys)
    finally:
        pg_server_instance.drop_database(back_url)
    assert third == first


def _busiest_region(url: str) -> str:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text(
                "SELECT region_id FROM mark_region GROUP BY region_id "
                "ORDER BY count(*) DESC, region_id LIMIT 1"
            )).scalar_one())
    finally:
        engine.dispose()


# -- docs/clinic.md: the practice set-up works as written ---------------------------------------


def test_the_least_privilege_role_of_the_clinic_guide_can_run_bodymap(
    pg_server_instance: pg_server.Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The role, database and schema of docs/clinic.md step 2, a service file and a ~/.pgpass:
    bodymap creates its tables in its own schema, with no password in the URL."""
    if not pg_server_instance.started_here:
        pytest.skip("needs the suite's own server (creates roles)")
    server = pg_server_instance
    suffix = os.urandom(4).hex()
    role, database, password = f"clinic_{suffix}", f"practice_{suffix}", f"pw-{suffix}-x"
    server.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' "
                   "NOSUPERUSER NOCREATEDB NOCREATEROLE")
    server.execute(f"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        server.execute(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
        server.execute(f"GRANT CONNECT ON DATABASE {database} TO {role}")
        admin = make_url(server.admin_url).set(database=database)
        from sqlalchemy import create_engine

        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
            conn.execute(text(f"CREATE SCHEMA bodymap AUTHORIZATION {role}"))
            conn.execute(text(f"ALTER ROLE {role} IN DATABASE {database} SET search_path = bodymap"))
        service_file = tmp_path / "pg_service.conf"
        service_file.write_text(
            f"[practice]\nhost={server.host}\nport={server.port}\ndbname={database}\n"
            f"user={role}\n"
        )
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"{server.host}:{server.port}:{database}:{role}:{password}\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGSERVICEFILE", str(service_file))
        monkeypatch.setenv("PGPASSFILE", str(pgpass))

        diary = Diary.open("postgresql+psycopg:///?service=practice")
        fill(diary, episodes=3)
        assert len(diary.list_profiles()) == 2
        diary.close()
        with engine.connect() as conn:
            schemas = set(conn.execute(text(
                "SELECT schemaname FROM pg_tables WHERE tablename IN ('episode', 'alembic_version')"
            )).scalars())
        assert schemas == {"bodymap"}
        engine.dispose()
    finally:
        server.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        server.execute(f"DROP ROLE IF EXISTS {role}")
