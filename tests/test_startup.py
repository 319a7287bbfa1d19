"""Start-up (issue 18): what the window does before and right after the diary is open.

* the schema head is read from the migration scripts, and Alembic is imported only when a diary
  really needs an upgrade;
* the panels not on show are built when first needed (their dock comes on show, or they are
  asked for), else in the background once the window is usable, one per turn;
* the marking tools' one-letter keys work only once the diary is open and the welcome done;
* the first window (no saved geometry) starts maximised on an ordinary screen.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bodymap.store import database
from bodymap.store.service import Diary
from bodymap.ui.main_window import MainWindow
from bodymap.ui.panels.registry import EAGER_PANELS, PANELS


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(database._alembic_config())
    known, head = database.known_revisions()
    assert head == script.get_current_head()
    assert known == {rev.revision for rev in script.walk_revisions()}


def test_a_diary_at_head_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    Diary.open(url).close()  # made and upgraded (Alembic) here
    code = (
        "import sys\n"
        "from bodymap.store.service import Diary\n"
        f"diary = Diary.open({url!r})\n"
        "assert diary.default_profile() is not None\n"
        "diary.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_a_diary_behind_head_is_still_upgraded(tmp_path: Path) -> None:
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:  # a diary of the bodymap before the last migration
        config = database._alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.commit()
    engine.dispose()
    diary = Diary.open(f"sqlite:///{path}")
    try:
        with sqlite3.connect(path) as conn:
            stamp = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert stamp == database.known_revisions()[1] != "0004"
        assert "pgic_rating" in tables  # made by 0005
    finally:
        diary.close()


@pytest.fixture
def window(qtbot, diary: Diary) -> MainWindow:
    from bodymap.app import create_application

    create_application()
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_only_the_panels_on_show_are_built_at_once(qtbot, diary: Diary) -> None:
    from bodymap.app import create_application

    create_application()
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.show()
    built = set(dict.keys(w.panels))
    assert set(EAGER_PANELS) <= built
    assert built < {spec.name for spec in PANELS}  # the others come later
    assert set(w.docks) == {spec.name for spec in PANELS}  # every dock (tab) is there
    # asked for, a panel is built there and then
    panel = w.history_panel
    assert w.panels["history_dock"] is panel
    assert w.docks["history_dock"].widget().widget() is panel  # inside its scroll area
    # and in the background, one per turn, the rest
    qtbot.waitUntil(lambda: len(dict.keys(w.panels)) == len(PANELS), timeout=15000)
    assert "report_actions" in w.__dict__ and "data_actions" in w.__dict__
    texts = [a.text() for a in w.file_menu.actions()]
    assert texts.index(w.report_actions.actions()[0].text()) < texts.index(
        w.data_actions.actions()[0].text()) < texts.index(w.profile_menu.menuAction().text())


def test_a_dock_brought_forward_builds_and_reads_its_panel(
    qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(MainWindow, "_build_later", lambda self: None)  # none in the background
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "heatmap_dock" not in window.panels
    window.docks["heatmap_dock"].raise_()
    qtbot.waitUntil(lambda: "heatmap_dock" in window.panels, timeout=3000)
    panel = window.panels["heatmap_dock"]
    # the heat map colours the body while on show: built on show, it must know it is shown
    qtbot.waitUntil(lambda: panel.active, timeout=5000)
    qtbot.waitUntil(lambda: panel.shown_person_id() == window.context.person_id, timeout=10000)


def test_the_file_menu_has_its_actions_when_opened(qtbot, window: MainWindow) -> None:
    window.file_menu.aboutToShow.emit()
    assert "report_actions" in window.__dict__ and "data_actions" in window.__dict__
    assert window.report_actions.print_action in window.file_menu.actions()


def test_tool_keys_wait_for_the_diary_and_the_welcome(qtbot, diary: Diary) -> None:
    from bodymap.app import create_application
    from bodymap.map.tool_kinds import Tool

    create_application()
    w = MainWindow()  # the diary still opening
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    trigger = w.tool_actions[Tool.TRIGGER_POINT]
    assert trigger.shortcut().isEmpty()
    QTest.keyClick(w.map_widget.current_view(), Qt.Key.Key_T)
    assert not trigger.isChecked()  # a "t" typed while the diary opens is not a tool
    w.welcome_on_start = True  # first start: the welcome comes once the diary is open
    w.attach_diary(diary)
    qtbot.waitUntil(lambda: getattr(w, "welcome", None) is not None, timeout=5000)
    assert trigger.shortcut().isEmpty()  # not while the welcome is up
    w.welcome.reject()
    assert trigger.shortcut().toString() == "T"


def test_tool_keys_work_at_once_when_no_welcome_comes(window: MainWindow) -> None:
    from bodymap.map.tool_kinds import Tool

    assert window.tool_actions[Tool.TRIGGER_POINT].shortcut().toString() == "T"


def test_the_first_window_starts_maximised(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from bodymap.app import create_application, start_main_window
    from bodymap.ui import main_window

    create_application()
    w = start_main_window(f"sqlite:///{tmp_path / 'diary.sqlite3'}")
    qtbot.addWidget(w)
    screen = w.screen().availableGeometry()
    ordinary = (screen.width() <= main_window.MAXIMISED_UP_TO[0]
                and screen.height() <= main_window.MAXIMISED_UP_TO[1])
    assert w.first_start
    assert bool(w.windowState() & Qt.WindowState.WindowMaximized) == ordinary
    assert w.width() <= screen.width() and w.height() <= screen.height()
    qtbot.waitUntil(lambda: w.diary is not None, timeout=20000)  # opened, attached
    qtbot.waitUntil(lambda: not w.ops.pending(), timeout=10000)
    # the next start restores the window as it was left (here: not maximised)
    w.showNormal()
    QSettings().setValue("main_window/geometry", w.saveGeometry())
    again = MainWindow()
    qtbot.addWidget(again)
    again.show_at_start()
    assert not again.first_start
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    w.close()
    w.diary.close()
