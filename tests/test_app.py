"""Start-up: the command line answers without a display; the window opens on the default diary."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap import __version__
from bodymap.app import create_application, main
from bodymap.paths import default_db_path, resolve_db

ROOT = Path(__file__).resolve().parent.parent


def _run_without_display(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )


@pytest.mark.parametrize("entry", [["-m", "bodymap"], ["main.py"]])
def test_help_and_version_need_no_display(entry: list[str]) -> None:
    version = _run_without_display(*entry, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"bodymap {__version__}"
    helped = _run_without_display(*entry, "--help")
    assert helped.returncode == 0
    assert "--db" in helped.stdout and "regions" in helped.stdout


def test_default_database_is_in_the_user_data_dir(tmp_path: Path) -> None:
    url = resolve_db(None)
    assert url == f"sqlite:///{default_db_path()}"
    assert str(default_db_path()).startswith(os.environ["XDG_DATA_HOME"])
    assert stat.S_IMODE(default_db_path().parent.stat().st_mode) == 0o700


def test_bodymap_db_environment_and_db_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BODYMAP_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_db(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert resolve_db(str(tmp_path / "arg.sqlite3")) == f"sqlite:///{tmp_path / 'arg.sqlite3'}"
    assert resolve_db("sqlite://") == "sqlite://"


def test_window_opens_on_an_empty_default_database(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """``bodymap`` with no arguments: the window paints, then the diary opens in the data dir."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.main_window import MainWindow

    seen: list[MainWindow] = []

    def run_event_loop(self=None) -> int:  # the real loop, ended once the diary is attached
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.objectName() == "MainWindow"
            and getattr(w, "diary_loader", None) is not None
        )
        seen.append(window)
        assert window.isVisible()
        qtbot.waitUntil(lambda: window.diary is not None, timeout=20000)
        QTimer.singleShot(0, window.close)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert main([]) == 0
    (window,) = seen
    assert [m.title() for m in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu)] == [
        "&File",
        "&Edit",
        "&View",
        "&Help",
    ]
    assert default_db_path().exists()
    assert stat.S_IMODE(default_db_path().stat().st_mode) == 0o600
    assert str(default_db_path()) in window.db_label.text()
    assert window.save_action.isEnabled()


def test_unusable_database_gets_a_dialog_and_is_left_alone(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    import bodymap.ui.recovery as recovery

    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"not a database" * 50)
    messages: list[str] = []

    def choose_quit(parent, title, text, detail, choices):
        messages.append(text)
        assert [key for key, _label in choices] == [recovery.OTHER, recovery.QUIT]
        return recovery.QUIT

    monkeypatch.setattr(recovery, "ask_choice", choose_quit)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    def run_event_loop(self=None) -> int:
        qtbot.waitUntil(lambda: bool(exits), timeout=20000)
        return exits[0]

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert main(["--db", str(path)]) == 1
    assert messages and "not a bodymap database" in messages[0]
    assert path.read_bytes() == b"not a database" * 50


def test_about_box(qtbot, diary, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from bodymap.ui.main_window import MainWindow

    create_application()
    window = MainWindow(diary)
    qtbot.addWidget(window)
    seen: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: seen.append(text))
    )
    window.about_action.trigger()
    assert seen and __version__ in seen[0] and "does not diagnose" in seen[0]


def test_damaged_database_at_start_offers_the_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged diary goes to the recovery choices (newest good backup, another file, quit);
    the damaged file itself is not changed."""
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QApplication

    import bodymap.ui.recovery as recovery
    from bodymap.store.records import EpisodeRecord
    from bodymap.store.service import Diary

    path = tmp_path / "diary.sqlite3"
    diary = Diary.open(f"sqlite:///{path}")
    me = diary.default_profile()
    for day in range(40):
        diary.save_episode(
            EpisodeRecord(profile_id=me.id or 0, started_at=datetime(2026, 1, 1) + timedelta(day))
        )
    diary.close()
    raw = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(raw), 4096 * 6), 5):
        raw[offset] = 0x5A
    path.write_bytes(bytes(raw))
    offered: list[Path] = []
    monkeypatch.setattr(
        recovery, "offer_recovery", lambda file, error, parent=None: offered.append(file) or None
    )
    monkeypatch.setattr(recovery, "ask_choice", lambda *a, **k: pytest.fail("not the damaged path"))
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    def run_event_loop(self=None) -> int:
        qtbot.waitUntil(lambda: bool(exits), timeout=20000)
        return exits[0]

    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    assert main(["--db", str(path)]) == 1
    assert offered == [path]
    assert path.read_bytes() == bytes(raw)


def test_the_window_module_does_not_import_the_database_layer() -> None:
    """Start-up paints the map before SQLAlchemy is imported (the diary opens in a thread):
    importing the main window must not pull it in."""
    code = (
        "import sys, bodymap.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', 'matplotlib'))))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
