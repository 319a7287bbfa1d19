"""Issue 19: bad command lines end in one sentence, never a traceback, SQL or a hang.

A table of more than a hundred bad (and a few good) command lines, each run as ``python -m
bodymap`` in a subprocess with a timeout: huge numbers, impossible dates, ``--db ""``,
``/dev/null``, a folder, a FIFO, a symlink or someone's notes as the diary, unknown and
unreachable database URLs, a diary another process holds the write lock of (``BEGIN
IMMEDIATE`` in this test), a folder, ``/dev/full``, a FIFO or a link as ``--out``, endless and
malformed imports, missing files.  Each must exit with the expected status, print no
``Traceback`` and no SQL, and end within seconds; files that must not be touched are compared by
sha256.  Then: ``--debug`` keeps the traceback, a closed pipe is quiet, a PDF cut short by a full
disk is an error, and folders made for ``--out`` are 0700.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: What would show SQL to a person (uppercase statements and SQLAlchemy's decorations).
SQL = re.compile(
    r"\[SQL:|\[parameters:|sqlalche\.me|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|"
    r"\bDELETE FROM\b|\bPRAGMA\b|\bCREATE TABLE\b|\bBEGIN\b|\bsqlite3\.\w+Error\b|OperationalError"
)
SECONDS = 20  # every case must end well within this (a locked diary waits 5 s)


@dataclass(frozen=True)
class World:
    root: Path
    good: Path
    locked: Path
    bk: Path
    export: Path

    def sub(self, text: str) -> str:
        out = self.root / "out"
        return text.format(
            good=self.good, locked=self.locked, bk=self.bk, json=self.export, out=out,
            missing=self.root / "missing.sqlite3", nodir=self.root / "no" / "such",
            notes=self.root / "notes.txt", fifo=self.root / "pipe.sqlite3",
            folder=self.root / "folder", link=self.root / "link.sqlite3",
            empty=self.root / "empty.sqlite3", victim=self.root / "victim.txt",
            fifo_out=self.root / "out-pipe.json", link_out=self.root / "out-link.json",
            fifo_pdf=self.root / "pipe.pdf", folder_pdf=self.root / "folder.pdf",
            fifo_in=self.root / "in-pipe.json", deep=self.root / "deep.json",
            bad=self.root / "bad.json", binary=self.root / "binary.json",
            year1=self.root / "year1.json", year9999=self.root / "year9999.json",
            scratch=self.root / "scratch.sqlite3",
        )


def _run(args: list[str], env: dict[str, str], timeout: float = 60) -> tuple[int, str, str, float]:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "bodymap", *args], capture_output=True, text=True,
        env=env, timeout=timeout, cwd=env["BODYMAP_TEST_CWD"], stdin=subprocess.DEVNULL,
    )
    return proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("cli-home")
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith(("BODYMAP", "XDG_"))
    }
    environ.update(
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
        BODYMAP_TEST_CWD=str(home), LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8",
    )
    return environ


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Iterator[World]:
    root = tmp_path_factory.mktemp("cli-world")
    good = root / "good.sqlite3"
    code, _out, err, _t = _run(["--db", str(good), "demo", "--years", "0.1"], env)
    assert code == 0, err
    locked = root / "locked.sqlite3"
    code, _out, err, _t = _run(["--db", str(locked), "demo", "--years", "0.05"], env)
    assert code == 0, err
    bk = root / "good-backup.sqlite3"
    assert _run(["--db", str(good), "backup", "--out", str(bk)], env)[0] == 0
    export = root / "good.json"
    assert _run(["--db", str(good), "export", "--out", str(export)], env)[0] == 0
    (root / "out").mkdir()
    (root / "notes.txt").write_text("my own notes, not a diary\n")
    (root / "victim.txt").write_text("someone else's file\n")
    (root / "link.sqlite3").symlink_to(root / "victim.txt")
    (root / "out-link.json").symlink_to(root / "victim.txt")
    (root / "empty.sqlite3").write_bytes(b"")
    (root / "folder").mkdir()
    (root / "folder.pdf").mkdir()
    for name in ("pipe.sqlite3", "out-pipe.json", "pipe.pdf", "in-pipe.json"):
        os.mkfifo(root / name)
    (root / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    text = export.read_text()
    (root / "bad.json").write_text(text[: len(text) // 2])
    (root / "binary.json").write_bytes(bytes(range(256)) * 100)
    doc = json.loads(text)
    for name, when in (("year1.json", "0001-01-01T00:00:00Z"),
                       ("year9999.json", "9999-12-31T23:59:00-01:00")):
        changed = json.loads(json.dumps(doc))
        changed["profiles"][0]["episodes"][0]["started_at"] = when
        (root / name).write_text(json.dumps(changed))
    # another process (this one) holds the write lock of "locked" for the whole table
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield World(root, good, locked, bk, export)
    holder.execute("ROLLBACK")
    holder.close()


OK = {0}
USAGE = {2}
REFUSED = {1}
BAD = {1, 2}


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    codes: frozenset[int]
    says: str = ""  # a word the message must contain
    untouched: tuple[str, ...] = ()  # placeholders of files whose bytes must not change
    absent: tuple[str, ...] = ()  # placeholders of paths that must not appear

    @property
    def id(self) -> str:
        return " ".join(self.args)[:90]


def case(args: str | list[str], codes: set[int], says: str = "", untouched: tuple[str, ...] = (),
         absent: tuple[str, ...] = ()) -> Case:
    parts = args.split() if isinstance(args, str) else args
    return Case(tuple(parts), frozenset(codes), says, untouched, absent)


CASES: list[Case] = [
    # -- the diary: empty, devices, pipes, folders, links, other people's files
    case(["--db", "", "heatmap"], USAGE, "empty"),
    case(["--db", "   ", "history", "neck_back.right"], USAGE, "empty"),
    case(["--db", "", "export", "--out", "{out}/x.json"], USAGE, "empty"),
    case(["--db", "", "import", "{json}"], USAGE, "empty"),
    case(["--db", "", "restore", "{bk}"], USAGE, "empty"),
    case(["--db", ""], USAGE, "empty"),
    case("--db /dev/null heatmap", REFUSED, "device"),
    case("--db /dev/null backup", REFUSED, "device", absent=("/dev/backups",)),
    case("--db /dev/null export --out {out}/null.json", REFUSED, "device"),
    case("--db /dev/null import {json}", REFUSED, "device"),
    case("--db /dev/null restore {bk}", REFUSED, "device"),
    case("--db /dev/null demo --years 0.01", REFUSED, "device"),
    case("--db /dev/zero therapy list", REFUSED, "device"),
    case("--db {folder} heatmap", REFUSED, "folder"),
    case("--db {folder} demo --years 0.01", REFUSED, "folder"),
    case("--db {folder} backup", REFUSED, "folder"),
    case("--db {folder} restore {bk}", REFUSED, "folder"),
    case("--db {fifo} heatmap", REFUSED, "pipe"),
    case("--db {fifo} backup", REFUSED, "pipe"),
    case("--db {fifo} import {json}", REFUSED, "pipe"),
    case("--db {fifo} restore {bk}", REFUSED, "pipe"),
    case("--db {fifo} demo --years 0.01", REFUSED, "pipe"),
    case("--db {notes} heatmap", REFUSED, "not", untouched=("{notes}",)),
    case("--db {notes} restore {bk}", REFUSED, "not", untouched=("{notes}",)),
    case("--db {notes} import {json}", REFUSED, "not", untouched=("{notes}",)),
    case("--db {notes} demo --years 0.01", REFUSED, "not", untouched=("{notes}",)),
    case("--db {notes} backup --out {out}/notes-bk.sqlite3", REFUSED, "", untouched=("{notes}",),
         absent=("{out}/notes-bk.sqlite3",)),
    case("--db {link} restore {bk}", REFUSED, "symbolic link", untouched=("{victim}",)),
    case("--db {link} heatmap", REFUSED, "", untouched=("{victim}",)),
    case("--db {link} import {json}", REFUSED, "", untouched=("{victim}",)),
    case("--db {missing} heatmap", REFUSED, "no diary", absent=("{missing}",)),
    case("--db {missing} history neck_back.right", REFUSED, "no diary", absent=("{missing}",)),
    case("--db {missing} report --out {out}/missing.pdf", REFUSED, "no diary",
         absent=("{missing}", "{out}/missing.pdf")),
    case("--db {missing} export --out {out}/missing.json", REFUSED, "no diary",
         absent=("{missing}", "{out}/missing.json")),
    # suggest shows what applies to anyone when there is no diary yet, and says so
    case("--db {missing} suggest neck_back.right", {0, 1}, "no diary", absent=("{missing}",)),
    case("--db {missing} therapy list", REFUSED, "no diary", absent=("{missing}",)),
    case("--db {missing} therapy unrated", REFUSED, "no diary", absent=("{missing}",)),
    case("--db {missing} backup", REFUSED, "no database", absent=("{missing}",)),
    case("--db {missing} backup --list", {0, 1}, absent=("{missing}",)),
    case("--db {nodir}/x.sqlite3 heatmap", REFUSED, "no diary", absent=("{nodir}",)),
    case("--db {empty} restore {missing}", REFUSED, "no backup"),
    case(["--db", "sqlite:///{missing}", "heatmap"], REFUSED, "no diary", absent=("{missing}",)),
    # -- database addresses
    case("--db foo://bar/baz heatmap", REFUSED, "database"),
    case("--db http://example.org/diary heatmap", REFUSED, "database"),
    case("--db mysql://user@127.0.0.1:1/x heatmap", REFUSED),
    case("--db oracle://scott@127.0.0.1:1/x demo --years 0.01", REFUSED),
    case("--db postgresql+psycopg://127.0.0.1:1/x heatmap", REFUSED, "reach"),
    case("--db postgresql://127.0.0.1:1/x backup", REFUSED, "reach"),
    case("--db postgresql://127.0.0.1:1/x import {json}", REFUSED, "reach"),
    case("--db postgresql://127.0.0.1:1/x restore {bk}", USAGE, "server"),
    case("--db postgresql://127.0.0.1:99999999/x heatmap", REFUSED),
    case("--db postgresql://[::1/x heatmap", REFUSED),
    case("--db postgresql+nosuchdriver://127.0.0.1:1/x heatmap", REFUSED),
    case("--db sqlite+nosuch:///{missing} heatmap", REFUSED),
    case(["--db", "sqlite://", "heatmap"], OK),  # in memory: allowed, empty
    # -- the locked diary (another process is writing)
    case("--db {locked} heatmap", OK),
    case("--db {locked} demo --years 0.01 --profile L", REFUSED, "writing"),
    case("--db {locked} therapy add Foo", REFUSED, "writing"),
    case("--db {locked} import {json}", REFUSED),
    case("--db {locked} restore {bk}", REFUSED, "writing"),
    # -- dates
    case("--db {good} heatmap --from 2026-13-01", USAGE, "not a date"),
    case("--db {good} heatmap --from 0001-01-01", USAGE, "out of range"),
    case("--db {good} heatmap --to 9999-12-31", USAGE, "out of range"),
    case("--db {good} heatmap --from 2026-05-01 --to 2026-04-01", USAGE),
    case("--db {good} heatmap --from yesterday", USAGE),
    case("--db {good} heatmap --from 2026-01-01 --to 2026-01-01", OK),
    case("--db {good} history neck_back.right --from 1899-12-31", USAGE, "out of range"),
    case("--db {good} history neck_back.right --to 3000-01-01", USAGE, "out of range"),
    case("--db {good} export --from 0001-01-01 --out {out}/d.json", USAGE),
    case("--db {good} export --from 2026-02-30 --out {out}/d.json", USAGE),
    case("--db {good} export --to 10000-01-01 --out {out}/d.json", USAGE),
    case("--db {good} export --from 2026-05-01 --to 2026-04-01 --out {out}/d.json", USAGE),
    case("--db {good} report --from 9999-12-31 --out {out}/d.pdf", USAGE),
    case("--db {good} report --from 2026-01-01 --episode 1 --out {out}/d.pdf", USAGE),
    case("--db {good} therapy log heat --region neck_back.right --at 0001-01-01T00:00", USAGE),
    case("--db {good} therapy log heat --region neck_back.right --at 9999-12-31T23:59", USAGE),
    case(["--db", "{good}", "therapy", "log", "heat", "--region", "neck_back.right",
          "--at", "2026-01-01T00:00+23:00"], USAGE),
    case("--db {good} therapy log heat --region neck_back.right --at soon", USAGE),
    # -- numbers
    case("--db {good} report --episode 99999999999999999999999 --out {out}/e.pdf", USAGE),
    case("--db {good} report --episode -5 --out {out}/e.pdf", USAGE),
    case("--db {good} report --episode abc --out {out}/e.pdf", USAGE),
    case("--db {good} report --episode 9223372036854775807 --out {out}/e.pdf", USAGE, "episode"),
    case("--db {good} therapy log heat --region neck_back.right --minutes 99999999999999999999",
         USAGE),
    case("--db {good} therapy log heat --region neck_back.right --minutes -1", USAGE),
    case("--db {good} therapy rate 99999999999999999999999 better", USAGE),
    case("--db {good} therapy rate 9223372036854775807 better", USAGE),
    case("--db {good} therapy rate 1 better --relief 99999999999999999999", USAGE),
    case("--db {good} therapy rate 1 maybe", USAGE),
    case("--db {good} demo --years 1e308", USAGE),
    case("--db {good} demo --years nan", USAGE),
    case("--db {good} demo --years inf", USAGE),
    case("--db {good} demo --years -1", USAGE),
    case("--db {scratch} demo --years 0.01 --seed 99999999999999999999999999", OK),
    case("atlas refer neck_back.right --limit 99999999999999999999", OK),
    case("atlas refer neck_back.right --limit -1", USAGE),
    case("atlas refer neck_back.right=abc", USAGE),
    case("atlas show nosuchmuscle", USAGE),
    case("locate front 1e999 1e999", REFUSED),
    case("locate front nan nan", REFUSED),
    case("locate nowhere 1 2", USAGE),
    case("regions --view nowhere", USAGE),
    # -- names and choices
    case("--db {good} heatmap --metric nope", USAGE),
    case("--db {good} history nowhere", USAGE),
    case("--db {good} history neck_back.right --profile Nobody", USAGE, "Nobody"),
    case("--db {good} heatmap --profile Nobody", USAGE, "Nobody"),
    case("--db {good} export --profile Nobody --out {out}/nobody.json", REFUSED),
    case("--db {good} therapy log nosuchtherapy --region neck_back.right", USAGE),
    case("--db {good} therapy log heat --region nowhere", USAGE),
    case(["--db", "{good}", "therapy", "add", ""], USAGE),
    case(["--db", "{good}", "therapy", "add", "x" * 500], USAGE),
    case("--db {good} suggest nowhere", USAGE),
    case("--db {good} suggest", USAGE),
    # -- outputs
    case("--db {good} report --sections nope --out {out}/s.pdf", USAGE),
    case("--db {good} report --out {out}/r.txt", USAGE),
    case("--db {good} report --out {folder_pdf}", USAGE, "folder"),
    case("--db {good} report --out {fifo_pdf}", REFUSED, "pipe"),
    case("--db {good} report --out {nodir}/r.pdf", USAGE, "does not exist"),
    case("--db {good} export --out {folder}", REFUSED, "folder"),
    case("--db {good} export --out /dev/full", REFUSED, "not an ordinary file"),
    case("--db {good} export --out /dev/null", REFUSED, "not an ordinary file"),
    case("--db {good} export --out {fifo_out}", REFUSED, "not an ordinary file"),
    case("--db {good} export --out {link_out}", REFUSED, "symbolic link", untouched=("{victim}",)),
    case("--db {good} export --format csv --out {notes}", REFUSED, untouched=("{notes}",)),
    case("--db {good} export --format xml --out {out}/x.xml", USAGE),
    case("--db {good} backup --out {folder}", REFUSED, "folder"),
    case("--db {good} backup --out /dev/full", REFUSED, "not an ordinary file"),
    case("--db {good} backup --out {link_out}", REFUSED, "symbolic link", untouched=("{victim}",)),
    case("--db {good} backup --out {fifo_out}", REFUSED, "not an ordinary file"),
    # -- imports
    case("--db {good} import {missing}", REFUSED, "no such file"),
    case("--db {good} import /dev/zero", REFUSED, "not an ordinary file"),
    case("--db {good} import /dev/null", REFUSED, "not an ordinary file"),
    case("--db {good} import {fifo_in}", REFUSED, "not an ordinary file"),
    case("--db {good} import {folder}", REFUSED, "folder"),
    case("--db {good} import {notes}", REFUSED, "JSON"),
    case("--db {good} import {deep}", REFUSED, "nested"),
    case("--db {good} import {bad}", REFUSED, "JSON"),
    case("--db {good} import {binary}", REFUSED),
    case("--db {good} import {year1}", REFUSED, "started_at"),
    case("--db {good} import {year9999}", REFUSED, "started_at"),
    # -- restores
    case("--db {scratch} restore {missing}", REFUSED, "no backup"),
    case("--db {good} restore {notes}", REFUSED, "", untouched=("{good}",)),
    case("--db {good} restore /dev/zero", REFUSED, "pipe", untouched=("{good}",)),
    case("--db {good} restore {fifo_in}", REFUSED, "pipe", untouched=("{good}",)),
    case("--db {good} restore {json}", REFUSED, "JSON", untouched=("{good}",)),
    case("--db {good} restore {folder}", REFUSED, "", untouched=("{good}",)),
    case("--db {good} restore {victim}", REFUSED, "", untouched=("{good}",)),
    # -- usage
    case("--nonsense", USAGE),
    case("frobnicate", USAGE),
    case("therapy", USAGE),
    case("atlas", USAGE),
    case("--db {good} history", USAGE),
    case("--db {good} report --out", USAGE),  # without --out it writes the default name
    case("--db {good} export", USAGE),
    case("--db {good} restore", USAGE),
    # -- and things that work
    case("--db {good} heatmap --json", OK),
    case("--db {good} therapy list", OK),
    case("--db {good} export --out {out}/deep/er/x.json", OK),
]


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 100
    assert len({c.args for c in CASES}) == len(CASES)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_bad_command_line_ends_in_one_sentence(c: Case, world: World, env: dict[str, str]) -> None:
    args = [world.sub(a) for a in c.args]
    watched = {Path(world.sub(p)): _digest(Path(world.sub(p))) for p in c.untouched}
    code, _out, err, seconds = _run(args, env, timeout=SECONDS + 30)
    assert code in c.codes, f"exit {code}, stderr: {err}"
    assert "Traceback" not in err, err
    assert not SQL.search(err), err
    assert seconds < SECONDS
    if code != 0:
        assert err.strip(), "an error must say something"
        if code == 1:
            lines = [line for line in err.splitlines() if line.strip()]
            assert len(lines) <= 2 and lines[0].startswith("bodymap"), err
    if c.says:
        assert c.says.lower() in err.lower(), err
    for path, digest in watched.items():
        assert _digest(path) == digest, f"{path} was changed"
    for path_text in c.absent:
        assert not Path(world.sub(path_text)).exists()
    assert "secret" not in err


def test_a_password_never_shows(env: dict[str, str]) -> None:
    code, _out, err, _t = _run(["--db", "postgresql://me:hunter2@127.0.0.1:1/x", "heatmap"], env)
    assert code == 1 and "hunter2" not in err and "Traceback" not in err


def test_debug_keeps_the_traceback(world: World, env: dict[str, str]) -> None:
    code, _out, err, _t = _run(["--debug", "--db", "", "heatmap"], env)
    assert code == 2 and "Traceback" in err and err.rstrip().splitlines()[-1].startswith("bodymap:")
    code, _out, err, _t = _run(["--db", "", "heatmap"], env)
    assert code == 2 and "Traceback" not in err


def test_a_closed_pipe_is_quiet(world: World, env: dict[str, str]) -> None:
    for args in (["--db", str(world.good), "heatmap"], ["regions"], ["atlas", "list"],
                 ["--db", str(world.good), "export", "--out", str(world.root / "out" / "p.json")]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "bodymap", *args], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=env, cwd=env["BODYMAP_TEST_CWD"],
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()  # like `| head -c 10`
        err = proc.stderr.read().decode()
        code = proc.wait(30)
        assert code in (0, 141), err
        assert err == "", err


def test_a_pdf_cut_short_by_a_full_disk_is_an_error(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bodymap import files
    from bodymap.app import main

    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF the old one %%EOF")
    before = out.read_bytes()

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_fsync_file", full)
    code = main(["--db", str(world.good), "report", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "the disk is full" in err and "no PDF was written" in err
    assert out.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_pdf_the_writer_left_short_is_an_error(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """QPdfWriter does not report a failed write: the file is checked for its end."""
    from bodymap import files
    from bodymap.app import main

    real = files.check_complete

    def cut(temp: Path, target: Path, ending: bytes) -> None:
        data = temp.read_bytes()
        temp.write_bytes(data[: len(data) // 2])  # what a full disk leaves
        real(temp, target, ending)

    import bodymap.report.export as export

    monkeypatch.setattr(export, "check_complete", cut)
    out = tmp_path / "report.pdf"
    code = main(["--db", str(world.good), "report", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "could not be written whole" in err and not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_real_size_limit_cuts_the_pdf_and_it_is_not_written(world: World, env: dict[str, str],
                                                              tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes the writes fail as a full disk would (EFBIG), without root."""
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))\n"
        "from bodymap.app import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    out = tmp_path / "r.pdf"
    proc = subprocess.run([sys.executable, "-c", script, "--db", str(world.good), "report",
                           "--out", str(out)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists() and list(tmp_path.iterdir()) == []


def test_folders_made_for_out_are_owner_only(world: World, env: dict[str, str]) -> None:
    base = world.root / "out" / "private"
    code, _out, err, _t = _run(["--db", str(world.good), "export", "--out",
                                str(base / "a" / "b" / "x.json")], {**env}, timeout=60)
    assert code == 0, err
    for folder in (base, base / "a", base / "a" / "b"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    code, _out, err, _t = _run(["--db", str(world.good), "export", "--format", "csv", "--out",
                                str(base / "csv" / "tables")], env, timeout=60)
    assert code == 0, err
    assert stat.S_IMODE((base / "csv").stat().st_mode) == 0o700
    assert stat.S_IMODE((base / "csv" / "tables").stat().st_mode) == 0o700
    code, _out, err, _t = _run(["--db", str(world.good), "backup", "--out",
                                str(base / "bk" / "b.sqlite3")], env, timeout=60)
    assert code == 0, err
    assert stat.S_IMODE((base / "bk").stat().st_mode) == 0o700


def test_the_locked_diary_was_not_changed_and_its_writer_still_holds(world: World) -> None:
    check = sqlite3.connect(f"file:{world.locked}?mode=ro", uri=True)
    assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    check.close()
