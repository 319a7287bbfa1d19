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


def _imports_module(code: str, module: str) -> bool:
    """Whether ``code``, run in a fresh interpreter, leaves ``module`` imported."""
    check = f"{code}import sys\nprint({module!r} in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    return out.strip().splitlines()[-1] == "True"


def test_a_diary_at_head_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    Diary.open(url).close()  # made and upgraded (Alembic) here
    code = (
        "import sys\n"
        "from bodymap.store.service import Diary\n"
        f"diary = Diary.open({url!r})\n"
        "assert diary.default_profile() is not None\n"
        "diary.close()\n"
    )
    assert not _imports_module(code, "alembic")


def test_the_modules_a_window_attaches_with_leave_the_network_module_alone() -> None:
    """The draft of an SQLite diary is filed under the diary alone: the modules the window
    attaches with (on the way to a usable window) do not import ``socket``, which only a
    server's draft needs (the machine's name)."""
    code = (
        "import sys\n"
        "from bodymap.ui.diary_loader import WINDOW_MODULES, prepare_window_modules\n"
        "prepare_window_modules(WINDOW_MODULES)\n"
        "assert 'bodymap.ui.drafts' in sys.modules\n"
    )
    assert not _imports_module(code, "socket")


def test_looking_for_a_draft_at_start_loads_neither_openssl_nor_json(tmp_path: Path) -> None:
    """Every start names the person's draft file and looks for it before the window is usable:
    the name's SHA-256 comes without loading OpenSSL (``hashlib``), and ``json`` only when a
    draft is there to read.  The name is the same as ``hashlib`` gives."""
    import hashlib

    from bodymap.ui.drafts import draft_path_for

    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    code = (
        "from bodymap.ui.diary_loader import WINDOW_MODULES, prepare_window_modules\n"
        "prepare_window_modules(WINDOW_MODULES)\n"
        "from bodymap.ui.drafts import draft_path_for, read_draft\n"
        f"assert read_draft(draft_path_for({url!r}, 1)) is None\n"
    )
    assert not _imports_module(code, "_hashlib")
    assert not _imports_module(code, "json")
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    assert draft_path_for(url, 1).name == f"episode-{digest}.json"


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


# -- the first paint (issue 18): only what is on show is built before it -----------------------

FIRST_PAINT = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
import PySide6.QtWidgets as widgets
from bodymap.app import create_application, start_main_window
from bodymap.ui import palette
drawn = []
original = palette.ThemedIconEngine._draw
palette.ThemedIconEngine._draw = lambda self, disabled, size: (
    drawn.append((disabled, size)), original(self, disabled, size))
app = create_application()
window = start_main_window(sys.argv[1])
icons_at_construction = len(drawn)
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            # QWizard: a class nothing on show uses; PySide makes it only when it makes every
            # QtWidgets class (wrapping a widget Qt made, whose class Python has not seen).
            # json and importlib.resources: only the regions' outlines need them, later.
            later = any(name in sys.modules for name in ("json", "importlib.resources"))
            print(sorted(window.map_widget.built_views()), "QWizard" in vars(widgets),
                  icons_at_construction, later, flush=True)
            os._exit(0)
        return False
first = First()
window.map_widget.view("front").viewport().installEventFilter(first)
app.exec()
"""


def test_the_first_paint_builds_only_what_is_on_show(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, f"sqlite:///{tmp_path / 'diary.sqlite3'}"],
        capture_output=True, text=True, check=True, timeout=120, env=env,
    ).stdout
    views, every_widget_class, icons_drawn, outline_modules = (
        out.strip().splitlines()[-1].rsplit(" ", 3))
    assert views == "['back', 'front']"  # the Body tab; the close-ups when first shown
    assert every_widget_class == "False"
    assert icons_drawn == "0"  # the tool bar's icons are drawn when painted
    assert outline_modules == "False"  # imported when the outlines are first read


def _eager_icon(name: str):
    """The icon as themed_icon drew it before issue 18: every size and mode at once."""
    from PySide6.QtCore import QByteArray, QSize
    from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    from bodymap.ui import palette as themes

    colours = QGuiApplication.palette()
    svg = themes._icon_svg(name)
    icon = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        ink = colours.color(group, themes.Role.ButtonText).name().encode()
        renderer = QSvgRenderer(QByteArray(svg.replace(themes.ICON_INK.encode(), ink)))
        for size in (16, 24, 32, 48):
            pixmap = QPixmap(QSize(size, size))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def _pixels(pixmap) -> tuple[object, ...]:  # noqa: ANN001
    from PySide6.QtGui import QImage

    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return pixmap.size(), pixmap.devicePixelRatio(), bytes(image.constBits())


def test_themed_icons_are_drawn_when_shown_and_look_as_before(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QIcon, QImage, QPainter

    from bodymap.app import create_application
    from bodymap.ui import palette as themes

    create_application()
    drawn: list[tuple[bool, int]] = []
    original = themes.ThemedIconEngine._draw
    monkeypatch.setattr(themes.ThemedIconEngine, "_draw",
                        lambda self, disabled, size: (drawn.append((disabled, size)),
                                                      original(self, disabled, size)))
    icon = themes.themed_icon("save")
    assert not icon.isNull() and drawn == []
    icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal, QIcon.State.Off)
    assert drawn == [(False, 24)]  # what a tool bar at 1x shows, nothing more
    for name in ("save", "pain_brush", "sensation"):
        before = _eager_icon(name)
        asked_in_turn = themes.themed_icon(name)
        for mode in QIcon.Mode:
            for state in QIcon.State:
                for extent in (8, 16, 20, 24, 32, 48, 64):
                    for scale in (1.0, 2.0):
                        size = QSize(extent, extent)
                        expected = _pixels(before.pixmap(size, scale, mode, state))
                        fresh = themes.themed_icon(name)
                        assert _pixels(fresh.pixmap(size, scale, mode, state)) == expected
                        assert _pixels(asked_in_turn.pixmap(size, scale, mode, state)) == expected
                        assert fresh.actualSize(size, mode, state) == before.actualSize(size, mode, state)
            images = []
            for each in (before, themes.themed_icon(name)):
                image = QImage(40, 40, QImage.Format.Format_ARGB32)
                image.fill(0)
                painter = QPainter(image)
                each.paint(painter, QRect(3, 3, 30, 30), Qt.AlignmentFlag.AlignCenter, mode)
                painter.end()
                images.append(image)
            assert images[0] == images[1]
        assert themes.themed_icon(name).availableSizes() == before.availableSizes()


def test_a_changed_copy_of_a_themed_icon_outlives_the_original(qtbot) -> None:
    import gc

    from PySide6.QtGui import QPixmap

    from bodymap.app import create_application
    from bodymap.ui import palette as themes

    create_application()
    icon = themes.themed_icon("undo")
    copy = type(icon)(icon)
    copy.addPixmap(QPixmap(10, 10))  # detaches: Qt clones the engine
    del icon
    gc.collect()
    assert not copy.pixmap(24).isNull()


def test_the_tool_bar_counts_separators_as_wide_as_their_widgets(window: MainWindow) -> None:
    separators = [a for a in window.tool_bar.actions() if a.isSeparator()]
    assert separators
    for action in separators:
        widget = window.tool_bar.widgetForAction(action)
        assert widget.sizeHint().width() == window._tool_bar_separator_width()


def _episode_with(diary: Diary, view: str):  # noqa: ANN202 - (record, the mark)
    from datetime import datetime

    from bodymap.anatomy import regions as anatomy
    from bodymap.store.records import EpisodeRecord, MarkRecord

    region = anatomy.regions_in_view(view)[0]
    x, y = anatomy.inside_point(view, region)
    mark = MarkRecord(kind="trigger_point", view=view, geometry={"type": "point", "x": x, "y": y},
                      intensity=6, regions={region: 0.02}, tp_state="active")
    record = EpisodeRecord(profile_id=diary.default_profile().id,
                           started_at=datetime(2026, 3, 2, 9, 30), utc_offset_minutes=60,
                           intensity=6, marks=[mark])
    return diary.save_episode(record), mark


def test_marks_show_on_a_view_first_built_after_the_episode_opened(qtbot, diary: Diary) -> None:
    from bodymap.app import create_application

    create_application()
    saved, mark = _episode_with(diary, "soles")
    w = MainWindow()  # as at start: the window first, the diary when it is open
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert "soles" not in w.map_widget.built_views()
    w.attach_diary(diary)
    assert "soles" not in w.map_widget.built_views()  # attaching makes no close-up view
    w.open_episode(saved.id)
    qtbot.waitUntil(lambda: w.document.episode_id == saved.id, timeout=5000)
    # the mark made its view to be drawn in, before the tab is shown
    item = w.controller.layer.items[mark.uuid]
    assert item.scene() is w.map_widget.built_views()["soles"].body_scene()
    view = w.map_widget.show_view("soles")
    assert item.scene() is view.body_scene() and item.isVisible()


def test_undo_and_redo_reach_a_tab_never_shown(qtbot, diary: Diary) -> None:
    from bodymap.anatomy import regions as anatomy
    from bodymap.app import create_application
    from bodymap.map.commands import AddMarkCommand
    from bodymap.store.records import MarkRecord

    create_application()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.attach_diary(diary)
    region = anatomy.regions_in_view("head_left")[0]
    x, y = anatomy.inside_point("head_left", region)
    mark = MarkRecord(kind="spasm", view="head_left", geometry={"type": "point", "x": x, "y": y},
                      intensity=4, regions={region: 0.02}, spasm_kind="chronic")
    w.document.undo_stack.push(AddMarkCommand(w.document, mark))
    w.undo_action.trigger()
    assert mark.uuid not in w.controller.layer.items
    w.redo_action.trigger()
    view = w.map_widget.show_view("head_left")
    item = w.controller.layer.items[mark.uuid]
    assert item.scene() is view.body_scene() and item.isVisible()
    w.undo_action.trigger()
    assert item.scene() is None and mark.uuid not in w.controller.layer.items


def test_a_start_with_the_saved_layout_builds_no_panel_while_restoring_it(
    qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every start after the first restores the person's layout of the docks.  Restoring it
    puts each dock on show for a moment; that must not build every panel there and then
    (about 600 ms on the UI thread at ten years).  The panel in front comes in the background,
    before the others, and its dock says so meanwhile."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel

    from bodymap.app import create_application

    create_application()
    first = MainWindow(diary)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.docks["history_dock"].raise_()  # the person left the History tab in front
    qtbot.waitUntil(lambda: "history_dock" in first.panels, timeout=5000)
    first.close()
    assert QSettings().value("main_window/state") is not None

    monkeypatch.setattr(MainWindow, "_build_later", lambda self: None)  # none in the background
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach_diary(diary)
    qtbot.wait(200)  # the turns after attaching
    on_show = {name for name, dock in window.docks.items() if dock.isVisible()
               and not dock.visibleRegion().isEmpty()}
    assert "history_dock" in on_show and "list_dock" not in on_show
    built = set(dict.keys(window.panels))
    assert built == set(EAGER_PANELS), built  # the History panel too comes in the background
    assert window.dock_host.next_unbuilt() == "history_dock"  # but before the others
    waiting = window.docks["history_dock"].widget()
    assert isinstance(waiting, QLabel) and waiting.text() == "Opening this panel…"  # not blank
    # a tab brought to the front afterwards builds its panel, as without a saved layout
    window.docks["fibro_dock"].raise_()
    qtbot.waitUntil(lambda: "fibro_dock" in window.panels, timeout=5000)
