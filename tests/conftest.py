"""Test set-up: no real screen, and every test gets its own data dir, settings and database.

Databases: ``diary`` (and ``db_path``) is an SQLite file, for the GUI and the file-specific
tests.  Engine-agnostic tests take ``db_url`` / ``any_diary`` instead, which run once on SQLite
and once on PostgreSQL: a fresh empty database per test on one throwaway server per session that
the suite starts itself (tests/pg_server.py).  Without the server binaries the PostgreSQL runs
are skipped with one line saying how to enable them; ``BODYMAP_REQUIRE_PG=1`` (set in CI) turns
that into a failure.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pg_server  # noqa: E402  (tests/pg_server.py; pytest puts tests/ on sys.path)
import pytest  # noqa: E402

from bodymap.store.service import Diary  # noqa: E402

try:  # the tests read English texts, whatever the machine's language
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))
except ImportError:  # pragma: no cover - Qt is a dependency
    pass


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and QSettings must never touch the real user's files during tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BODYMAP_DB", raising=False)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture(autouse=True)
def _collector_thawed() -> Iterator[None]:
    """What a window froze out of the cycle collector's passes at start-up (bodymap.collector:
    in a program, objects that live as long as it) is given back after each test, so that the
    windows and diaries of one test do not stay in memory for the rest of the run."""
    yield
    import gc

    from bodymap import collector

    collector.end_start_up()  # a window made by create_application() that never settled
    gc.unfreeze()


@pytest.fixture
def run_so_far_frozen() -> None:
    """Every object the test run has made so far out of the cycle collector's passes, as a
    window's are once it has started (bodymap.collector.freeze), for a test that times quit.
    Halfway through the suite a full pass walks some 400,000 objects of earlier tests for
    300-540 ms, holding the interpreter lock: landing inside quit's 300 ms wait, it failed the
    test on a pass the program does not make (what its start-up made is frozen, and little else
    lives long).  Given back after the test (_collector_thawed)."""
    import gc

    gc.freeze()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "diary.sqlite3"


@pytest.fixture
def diary(db_path: Path) -> Iterator[Diary]:
    d = Diary.open(f"sqlite:///{db_path}")
    yield d
    d.close()


# -- both engines ------------------------------------------------------------------------------

REQUIRE_PG_ENV = "BODYMAP_REQUIRE_PG"
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
_pg_skipped: list[str] = []  # the one-line reason, once the server was found missing


@pytest.fixture(scope="session")
def pg_server_instance() -> Iterator[pg_server.Server]:
    """One PostgreSQL server for the whole session, started on first use."""
    try:
        server = pg_server.start()
    except pg_server.Unavailable as exc:
        if os.environ.get(REQUIRE_PG_ENV, "") not in ("", "0"):
            pytest.fail(f"{REQUIRE_PG_ENV} is set, but there is no PostgreSQL server: {exc}")
        reason = f"PostgreSQL tests skipped: {exc}"
        _pg_skipped.append(reason)
        pytest.skip(reason)
    yield server
    server.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _pg_skipped:
        terminalreporter.write_line(_pg_skipped[0])


class DatabaseMaker:
    """Fresh empty databases on one engine; every one made is removed at teardown."""

    def __init__(self, engine: str, folder: Path, request: pytest.FixtureRequest) -> None:
        self.engine = engine
        self.folder = folder
        self._request = request
        self._made: list[str] = []
        self._server: pg_server.Server | None = None

    @property
    def server(self) -> pg_server.Server:
        if self._server is None:
            self._server = self._request.getfixturevalue("pg_server_instance")
        return self._server

    def __call__(self, name: str = "diary") -> str:
        if self.engine == "sqlite":
            path = self.folder / f"{name}.sqlite3"
            n = 1
            while path.exists() or f"sqlite:///{path}" in self._made:
                n += 1
                path = self.folder / f"{name}-{n}.sqlite3"
            url = f"sqlite:///{path}"
        else:
            url = self.server.create_database()
        self._made.append(url)
        return url

    def cleanup(self) -> None:
        if self._server is not None:
            for url in self._made:
                if url.startswith("postgresql"):
                    self._server.drop_database(url)


@pytest.fixture(params=ENGINES)
def db_engine(request: pytest.FixtureRequest) -> Iterator[str]:
    """``"sqlite"`` or ``"postgresql"``: every test using it runs on both."""
    if request.param == "postgresql":
        request.getfixturevalue("pg_server_instance")  # skip early when there is no server
    yield request.param


@pytest.fixture
def new_db_url(
    db_engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., str]]:
    """Call it for another fresh empty database on this test's engine (its URL)."""
    maker = DatabaseMaker(db_engine, tmp_path, request)
    yield maker
    maker.cleanup()


@pytest.fixture
def db_url(new_db_url: Callable[..., str]) -> str:
    """A fresh empty database: on SQLite the file ``db_path``, on PostgreSQL its own database."""
    return new_db_url("diary")


@pytest.fixture
def any_diary(db_url: str) -> Iterator[Diary]:
    """``diary`` on both engines: the same open Diary, on SQLite and on PostgreSQL."""
    d = Diary.open(db_url)
    yield d
    d.close()


@pytest.fixture(scope="module", params=ENGINES)
def module_db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """One fresh database per module and engine, for expensive module-scoped data."""
    if request.param == "postgresql":
        request.getfixturevalue("pg_server_instance")
    maker = DatabaseMaker(request.param, tmp_path_factory.mktemp("module-db"), request)
    yield maker("module")
    maker.cleanup()


@pytest.fixture
def pg_url(pg_server_instance: pg_server.Server) -> Iterator[str]:
    """A fresh empty PostgreSQL database (only PostgreSQL), dropped after the test."""
    url = pg_server_instance.create_database()
    yield url
    pg_server_instance.drop_database(url)
