"""Attaching the diary to a window on show in several short turns, not one long one (issue 18,
the stalls), with the same look: the docks on show have their panels at their first paint, the
diary list behind its tab comes a turn later, the close-up views are made in the background
after the first paint, and the first-start welcome appears whole after its pieces.  Real
widgets through pytest-qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox

from bodymap.anatomy import regions as anatomy
from bodymap.map.widget import BodyMapWidget
from bodymap.store.service import Diary
from bodymap.ui.main_window import WELCOME_PIECE_MS, MainWindow
from bodymap.ui.welcome import KINDS, WELCOME_SETTING, picture


def _window_on_show(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, diary: Diary | None,
    before_show: Callable[[MainWindow], None] | None = None,
) -> MainWindow:
    """A window on show at 1366 x 768; ``before_show`` sees it made (the diary attached, if
    any), before the event loop has run."""
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = MainWindow(diary)
    qtbot.addWidget(w)
    if before_show is not None:
        before_show(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def shown_window(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A window on show with no diary yet, as at start."""
    return _window_on_show(qtbot, monkeypatch, None)


class _FirstPaint(QObject):
    """Notes, at each dock's first paint, whether its panel was in it."""

    def __init__(self, window: MainWindow, names: tuple[str, ...]) -> None:
        super().__init__()
        self.window = window
        self.seen: dict[str, bool] = {}
        self.docks = {window.docks[name]: name for name in names}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        name = self.docks.get(watched)  # type: ignore[call-overload]
        if name is not None and event.type() == QEvent.Type.Paint and name not in self.seen:
            self.seen[name] = name in self.window.panels
        return False


def test_the_docks_on_show_have_their_panels_at_their_first_paint(
    qtbot: Any, shown_window: MainWindow, diary: Diary
) -> None:
    w = shown_window
    w.attach_diary(diary)
    # the list's dock is a tab behind the episode's: its panel comes in a turn of its own
    assert "list_dock" not in w.panels
    on_show = ("mark_dock", "episode_dock")
    watcher = _FirstPaint(w, on_show)
    for name in on_show:
        w.docks[name].installEventFilter(watcher)
    qtbot.waitUntil(lambda: set(watcher.seen) == set(on_show), timeout=5000)
    assert watcher.seen == {name: True for name in on_show}  # never an empty dock on screen
    qtbot.waitUntil(lambda: "list_dock" in w.panels, timeout=5000)
    assert w.docks["list_dock"].widget() is w.panels["list_dock"]
    qtbot.waitUntil(lambda: w.episode_list.row_count() > 0 or not w.ops.pending(), timeout=10000)


def test_a_window_attached_before_it_is_shown_builds_the_three_at_once(
    qtbot: Any, diary: Diary
) -> None:
    from bodymap.app import create_application
    from bodymap.ui.panels.registry import EAGER_PANELS

    create_application()
    w = MainWindow(diary)  # not on show yet: nothing to keep answering
    qtbot.addWidget(w)
    assert set(EAGER_PANELS) <= set(dict.keys(w.panels))


def test_the_close_up_views_are_made_in_the_background_when_asked(qtbot: Any) -> None:
    w = BodyMapWidget()
    qtbot.addWidget(w)
    w.resize(1200, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(50)
    assert set(w.built_views()) == {"front", "back"}  # not before asked
    w.build_rest_later()
    assert set(w.built_views()) == {"front", "back"}  # not in this turn
    qtbot.waitUntil(lambda: set(w.built_views()) == set(anatomy.VIEWS), timeout=5000)
    assert w.tabs.currentIndex() == 0  # the Body tab stays in front
    assert not any(w.view(v).isVisible() for v in anatomy.VIEWS if v not in ("front", "back"))
    # the views() the editor asks for at attach are those, made once
    assert all(w.views()[v] is view for v, view in w.built_views().items())


def test_attaching_makes_no_close_up_view_and_each_one_made_later_marks_and_answers_keys(
    qtbot: Any, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor and the window's keys reach the close-up views as their tabs are made
    (``MapViews.each_built``), so attaching makes none of them (start-up, issue 18)."""
    from PySide6.QtCore import Qt

    from bodymap.map.tool_kinds import Tool
    from bodymap.ui import main_window

    monkeypatch.setattr(main_window, "BUILD_LATER_MS", 60_000)  # no background build here
    w = _window_on_show(qtbot, monkeypatch, diary)
    assert w.editor is not None
    assert set(w.map_widget.built_views()) == {"front", "back"}
    # a click with the trigger-point tool on a close-up tab made when it is shown
    w.tool_actions[Tool.TRIGGER_POINT].trigger()
    region = anatomy.regions_in_view("head_right")[0]
    x, y = anatomy.inside_point("head_right", region)
    view = w.map_widget.show_view("head_right")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(x, y))
    (mark,) = w.document.marks()
    assert (mark.view, mark.kind) == ("head_right", "trigger_point")
    # in Tab's order the view made now comes after the Body tab's, not after the docks
    back = w.map_widget.view("back")
    widget = back.nextInFocusChain()
    while widget is not view and back.isAncestorOf(widget):
        widget = widget.nextInFocusChain()
    assert widget is view
    # Enter on another one, made later, without a marking tool: the window says how
    w.tool_actions[Tool.SELECT].trigger()
    soles = w.map_widget.show_view("soles")
    soles.setFocus()
    qtbot.waitUntil(soles.hasFocus, timeout=2000)
    qtbot.keyClick(soles, Qt.Key.Key_Return)  # the first Enter shows a focus region
    qtbot.keyClick(soles, Qt.Key.Key_Return)
    assert "Enter" in w.statusBar().currentMessage()
    assert len(w.document.marks()) == 1


def test_the_mark_editor_is_made_after_attaching_and_the_first_mark_shows_it(
    qtbot: Any, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The selected mark's editor is hidden at every start (no mark is selected): attaching
    makes none of it; the first mark shown makes it, with that mark's values."""
    from PySide6.QtCore import Qt

    from bodymap.map.tool_kinds import Tool
    from bodymap.ui import main_window

    monkeypatch.setattr(main_window, "BUILD_LATER_MS", 60_000)  # no background build here
    w = _window_on_show(qtbot, monkeypatch, diary)
    panel = w.mark_panel
    assert "editor" not in vars(panel)  # not made by attaching
    assert panel.hint.isVisible()
    w.tool_actions[Tool.TRIGGER_POINT].trigger()
    x, y = anatomy.inside_point("front", "neck_side.right")
    view = w.map_widget.show_view("front")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(x, y))
    (mark,) = w.document.marks()
    qtbot.waitUntil(lambda: "editor" in vars(panel) and panel.editor.isVisible(), timeout=3000)
    assert not panel.hint.isVisible()
    assert panel.intensity_group.checkedId() == mark.intensity
    assert panel.exam_section.isVisible()  # a trigger point's own section
    # a click on the editor's buttons edits the mark, as before
    qtbot.mouseClick(panel.intensity_group.button(8), Qt.MouseButton.LeftButton)
    assert w.document.mark(mark.uuid).intensity == 8
    # Tab goes from the title's buttons through the editor to the list of marks, as it reads
    stops, widget = [], panel.number_down.nextInFocusChain()
    while widget is not panel.mark_list and len(stops) < 500:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    assert widget is panel.mark_list
    assert stops and all(panel.editor.isAncestorOf(stop) for stop in stops)
    assert panel.intensity_group.button(0) in stops


def test_the_mark_editor_is_made_in_the_background_once_the_window_has_settled(
    qtbot: Any, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.ui import mark_panel as mark_panel_module

    before: set[str] = set()
    settled: list[bool] = []

    def note(w: MainWindow) -> None:  # attached, before the event loop has run
        before.update(vars(w.mark_panel))
        w.settled.connect(lambda: settled.append("editor" in vars(w.mark_panel)))

    w = _window_on_show(qtbot, monkeypatch, diary, note)
    panel = w.mark_panel
    assert before and "editor" not in before
    qtbot.waitUntil(lambda: "editor" in vars(panel), timeout=10000)
    assert settled == [False]  # made after the window settled
    assert not panel.editor.isVisible() and panel.hint.isVisible()  # no mark selected
    # what a part asked for early makes (``__getattr__``): the editor's parts, all of them
    made = {name for name in set(vars(panel)) - before if not name.startswith("_")}
    assert made == mark_panel_module._EDITOR_PARTS


def test_a_started_window_makes_the_close_up_views_once_it_has_settled(
    qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.app import create_application, start_main_window

    create_application()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = start_main_window(f"sqlite:///{tmp_path / 'diary.sqlite3'}")
    qtbot.addWidget(w)
    built_at_settle: list[set[str]] = []
    w.settled.connect(lambda: built_at_settle.append(set(w.map_widget.built_views())))
    qtbot.waitUntil(lambda: bool(built_at_settle), timeout=20000)
    assert built_at_settle == [{"front", "back"}]  # none made on the way to a usable window
    qtbot.waitUntil(lambda: set(w.map_widget.built_views()) == set(anatomy.VIEWS), timeout=5000)
    assert w.map_widget.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: w.diary is not None and not w.ops.pending(), timeout=20000)
    w.close()
    w.diary.close()


def test_the_first_start_welcome_comes_whole_after_its_pieces(
    qtbot: Any, shown_window: MainWindow, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.ui import welcome

    welcome._drawn_ahead.clear()  # nothing left from an earlier start
    w = shown_window
    QSettings().remove(WELCOME_SETTING)
    w.welcome_on_start = True
    pieces: list[bool] = []  # per piece: was the dialog there already?
    real_step = welcome.prepare_step

    def counted_step() -> bool:
        pieces.append(getattr(w, "welcome", None) is not None)
        return real_step()

    monkeypatch.setattr(welcome, "prepare_step", counted_step)

    def tool_keys() -> list[str]:
        return [action.shortcut().toString() for action in w.tool_actions.values()]

    w.attach_diary(diary)
    assert getattr(w, "welcome", None) is None  # not in the attaching turn
    assert not any(tool_keys())  # a name typed for the welcome must not change the tool
    qtbot.waitUntil(lambda: getattr(w, "welcome", None) is not None, timeout=10000)
    assert len(pieces) > 1 and not any(pieces)  # several pieces first, then the dialog
    dialog = w.welcome
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    # the pictures drawn ahead are those drawn at once
    def at_once(kind: str) -> QImage:
        label = QLabel()
        label.setPixmap(picture(kind))
        return label.pixmap().toImage()

    assert [k for k in KINDS if dialog.pictures[k].pixmap().toImage() != at_once(k)] == []
    qtbot.wait(10 * WELCOME_PIECE_MS)  # what else is due runs meanwhile
    assert dialog.isVisible() and not any(tool_keys())  # still off while the welcome is open
    dialog.reject()
    qtbot.waitUntil(lambda: all(tool_keys()), timeout=3000)  # on once it is closed


def test_a_window_closing_before_its_welcome_does_not_open_it(
    qtbot: Any, shown_window: MainWindow, diary: Diary
) -> None:
    from bodymap.ui import welcome

    welcome._drawn_ahead.clear()  # the welcome's pieces still to come
    w = shown_window
    QSettings().remove(WELCOME_SETTING)
    w.welcome_on_start = True
    w.attach_diary(diary)
    w.close_keeping_draft()  # as on SIGTERM, while the welcome's pieces are on their way
    qtbot.wait(20 * WELCOME_PIECE_MS)
    w.offer_welcome(force=True)  # nor from Help, once the window is going away
    assert getattr(w, "welcome", None) is None


def test_a_window_closed_with_its_close_button_before_its_welcome_does_not_open_it(
    qtbot: Any, shown_window: MainWindow, diary: Diary
) -> None:
    """The close button (a close event accepted at once: nothing unsaved) stops the welcome's
    pieces as a close keeping the draft does."""
    from bodymap.ui import welcome

    welcome._drawn_ahead.clear()  # the welcome's pieces still to come
    w = shown_window
    QSettings().remove(WELCOME_SETTING)
    w.welcome_on_start = True
    w.attach_diary(diary)
    assert not w.editor.document.is_modified()
    assert w.close()  # accepted in this turn, as the X button is with nothing to save
    qtbot.wait(20 * WELCOME_PIECE_MS)
    assert getattr(w, "welcome", None) is None
    w.offer_welcome(force=True)
    assert getattr(w, "welcome", None) is None
