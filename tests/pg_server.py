"""A throwaway PostgreSQL server for the tests and the benchmarks.

``start()`` finds the server binaries (Debian keeps them in ``/usr/lib/postgresql/<ver>/bin``),
runs ``initdb`` and ``pg_ctl`` in a fresh temp folder as an unprivileged user (``initdb`` refuses
to run as root; as root the cluster belongs to the ``postgres`` user that Debian's package
creates), listens on 127.0.0.1 only, on a free port, with scram-sha-256 passwords, and returns a
:class:`Server`.  ``Server.create_database()`` makes a fresh empty database from ``template0``
owned by an ordinary role (NOSUPERUSER NOCREATEDB NOCREATEROLE, as in docs/clinic.md) and returns
its ``postgresql+psycopg://`` URL; ``drop_database()`` removes it; ``stop()`` ends the server it
started and removes the folder.

``BODYMAP_TEST_PG_URL`` points at an existing server instead (the URL of a maintenance database
whose role may CREATE DATABASE); the test databases are then made there and dropped again.

When neither is possible, :class:`Unavailable` says why in one line.  Used by tests/conftest.py
and benchmarks/bench_postgres.py; it imports only the standard library until a server is up.
"""

from __future__ import annotations

import atexit
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_URL = "BODYMAP_TEST_PG_URL"
ENV_BIN = "BODYMAP_TEST_PG_BIN"
HOW_TO_ENABLE = "apt-get install postgresql, or set BODYMAP_TEST_PG_URL"
APP_ROLE = "bodymap_test"
SERVER_USER = "postgres"  # the unprivileged owner of the cluster when we run as root


class Unavailable(RuntimeError):
    """No PostgreSQL server can be had; the message is one line fit for a skip reason."""


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: $BODYMAP_TEST_PG_BIN, Debian's, then PATH."""
    candidates: list[Path] = []
    if os.environ.get(ENV_BIN):
        candidates.append(Path(os.environ[ENV_BIN]))

    def version_key(path: str) -> tuple[int, ...]:
        ver = Path(path).parent.name
        return tuple(int(p) for p in ver.split(".") if p.isdigit())

    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version_key, reverse=True)
    candidates += [Path(p) for p in debian]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(os.path.realpath(on_path)).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _make_url(user: str, password: str, host: str, port: int, database: str) -> str:
    from sqlalchemy.engine import URL

    return URL.create(
        "postgresql+psycopg", username=user, password=password, host=host, port=port,
        database=database,
    ).render_as_string(hide_password=False)


@dataclass
class Server:
    """A PostgreSQL server to make test databases on."""

    admin_url: str  # a superuser (or CREATEDB) role on a maintenance database
    host: str
    port: int
    app_user: str | None  # the ordinary role that owns the test databases (None: the admin's)
    app_password: str | None
    folder: Path | None = None  # set when we started the server ourselves
    bin_dir: Path | None = None
    _engine: Any = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)

    @property
    def started_here(self) -> bool:
        return self.folder is not None

    def admin_engine(self) -> Any:
        if self._engine is None:
            from sqlalchemy import create_engine

            self._engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT",
                                         pool_pre_ping=True)
        return self._engine

    def execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin_engine().connect() as conn:
            conn.execute(text(sql))

    def url(self, database: str) -> str:
        from sqlalchemy.engine import make_url

        if self.app_user is None:
            return make_url(self.admin_url).set(database=database).render_as_string(
                hide_password=False)
        return _make_url(self.app_user, self.app_password or "", self.host, self.port, database)

    def create_database(self, prefix: str = "bodymap_test") -> str:
        """A fresh, empty database (from template0); returns its URL."""
        name = f"{prefix}_{secrets.token_hex(6)}"
        owner = f' OWNER "{self.app_user}"' if self.app_user else ""
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'{owner}')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        if name:
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._engine is not None:
            self._engine.dispose()
        if self.folder is None or self.bin_dir is None:
            return
        _as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                   "immediate", "-w", "stop"], check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _owner_ids() -> tuple[int, int] | None:
    """(uid, gid) to run the server as, or None to run as ourselves (not root)."""
    if os.geteuid() != 0:
        return None
    import pwd

    try:
        entry = pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise Unavailable(
            f"running as root and there is no {SERVER_USER!r} user to own the server "
            f"({HOW_TO_ENABLE})"
        ) from None
    return entry.pw_uid, entry.pw_gid


def _as_owner(argv: list[str], check: bool = True, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    ids = _owner_ids()
    extra: dict[str, Any] = {}
    if ids is not None:
        extra = {"user": ids[0], "group": ids[1], "extra_groups": []}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(LC_ALL="C", LANG="C")
    return subprocess.run(
        argv, check=check, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env,
        start_new_session=True, timeout=120, cwd="/", **extra, **kwargs,
    )


def _start_local(bin_dir: Path, durable: bool) -> Server:
    ids = _owner_ids()
    folder = Path(tempfile.mkdtemp(prefix="bodymap-pg-"))
    if ids is not None:
        os.chown(folder, *ids)
    admin_password = secrets.token_urlsafe(18)
    app_password = secrets.token_urlsafe(18)
    pwfile = folder / "pw"
    pwfile.write_text(admin_password + "\n")
    os.chmod(pwfile, 0o600)
    if ids is not None:
        os.chown(pwfile, *ids)
    try:
        _as_owner([
            str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
            f"--pwfile={pwfile}", "--auth-host=scram-sha-256", "--auth-local=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        ])
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        last = (exc.stderr or exc.stdout or "").strip().splitlines()[-1:] or ["?"]
        raise Unavailable(f"initdb failed: {last[0]}") from exc
    pwfile.unlink()
    last_error = ""
    for _attempt in range(3):
        port = free_port()
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=60"
        if not durable:  # a test server: nothing to keep if the machine crashes
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        done = _as_owner([
            str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "server.log"),
            "-w", "-t", "60", "-o", options, "start",
        ], check=False)
        if done.returncode == 0:
            server = Server(
                admin_url=_make_url("postgres", admin_password, "127.0.0.1", port, "postgres"),
                host="127.0.0.1", port=port, app_user=APP_ROLE, app_password=app_password,
                folder=folder, bin_dir=bin_dir,
            )
            atexit.register(server.stop)  # in case the caller never gets to stop it
            try:
                server.execute(
                    f"CREATE ROLE {APP_ROLE} LOGIN PASSWORD '{app_password}' "
                    "NOSUPERUSER NOCREATEDB NOCREATEROLE"
                )
            except Exception:
                server.stop()
                raise
            return server
        log = folder / "server.log"
        tail = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else []
        last_error = (tail or [done.stderr.strip()])[0] if (tail or done.stderr) else "?"
        time.sleep(0.2)
    shutil.rmtree(folder, ignore_errors=True)
    raise Unavailable(f"pg_ctl could not start a server: {last_error}")


def start(durable: bool = False) -> Server:
    """An existing server from $BODYMAP_TEST_PG_URL, or a throwaway one started here.

    ``durable=False`` (the tests) turns fsync and synchronous commits off for speed; the
    benchmarks ask for ``durable=True``, a server's defaults, as a practice would run it.
    """
    url = os.environ.get(ENV_URL)
    if url:
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        server = Server(
            admin_url=url, host=parsed.host or "localhost", port=parsed.port or 5432,
            app_user=None, app_password=None,
        )
        try:
            server.execute("SELECT 1")
        except Exception as exc:
            raise Unavailable(
                f"{ENV_URL} names a server that cannot be used "
                f"(host {parsed.host}, database {parsed.database}): {type(exc).__name__}"
            ) from None
        return server
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise Unavailable(f"no PostgreSQL server binaries ({HOW_TO_ENABLE})")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg is not installed (pip install -e '.[test]')") from None
    return _start_local(bin_dir, durable)
