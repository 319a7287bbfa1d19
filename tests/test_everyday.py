"""Everyday use (issue 17): dates as typed, fresh views, confirmation where work could be lost,
readable colours, room at 1366x768, one name per thing.  Real widgets through pytest-qt."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from bodymap.anatomy import atlas
from bodymap.anatomy import regions as anatomy
from bodymap.map.tool_kinds import Tool
from bodymap.store.service import Diary
from bodymap.ui.main_window import DISCARD_SETTING, MainWindow


@pytest.fixture
def window(qtbot: Any, diary: Diary, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w.ops.pending(), timeout=10000)
    return w


def click_map(qtbot: Any, window: MainWindow, view_id: str, region: str) -> None:
    x, y = anatomy.inside_point(view_id, region)
    view = window.map_widget.show_view(view_id)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(x, y))


def bring_forward(qtbot: Any, window: MainWindow, name: str) -> None:
    window.docks[name].raise_()
    qtbot.waitUntil(lambda: window.panels[name].isVisible(), timeout=3000)


def save_and_wait(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.editor.saved, timeout=10000):
        window.save_episode()
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)


def type_when(qtbot: Any, window: MainWindow, text: str) -> None:
    field = window.episode_panel.when
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)


# -- dates ---------------------------------------------------------------------------------

def test_a_typed_date_and_time_is_taken_as_typed(qtbot: Any, window: MainWindow) -> None:
    bring_forward(qtbot, window, "episode_dock")
    doc = window.document
    type_when(qtbot, window, "2025-06-15 10:00")
    field = window.episode_panel.when
    assert field.problem() == ""
    assert field.dateTime() == QDateTime(QDate(2025, 6, 15), QTime(10, 0))
    local = doc.field("started_at").replace() + __import__("datetime").timedelta(
        minutes=doc.field("utc_offset_minutes"))
    assert local == datetime(2025, 6, 15, 10, 0)
    assert field.line.text() == "2025-06-15 10:00"


@pytest.mark.parametrize("typed", ["2026-02-31 25:99", "2026-02-31 10:00", "2026-02-03 25:99",
                                   "15/06/2025", "tomorrow", "1899-12-31 10:00",
                                   "3000-01-01 00:00"])
def test_a_wrong_or_out_of_range_date_is_refused_with_a_message_and_nothing_changes(
    qtbot: Any, window: MainWindow, typed: str
) -> None:
    bring_forward(qtbot, window, "episode_dock")
    doc = window.document
    before = (doc.field("started_at"), doc.field("utc_offset_minutes"))
    field = window.episode_panel.when
    shown = field.dateTime()
    type_when(qtbot, window, typed)
    # refused: the text stays as typed, a visible message says why, the episode is the same
    assert field.line.text() == typed
    assert field.problem()
    assert field.message.isVisible()
    assert (doc.field("started_at"), doc.field("utc_offset_minutes")) == before
    assert field.dateTime() == shown
    assert not doc.is_modified()
    # leaving the field does not quietly take something else either
    field.commit()
    assert (doc.field("started_at"), doc.field("utc_offset_minutes")) == before
    # Escape goes back to the value kept, and the message goes
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Escape)
    assert field.line.text() == shown.toString("yyyy-MM-dd HH:mm")
    assert not field.message.isVisible()


def test_the_range_limits_are_the_data_layers(qtbot: Any, window: MainWindow) -> None:
    from bodymap.store.records import FIRST_DAY, LAST_DAY

    field = window.episode_panel.when
    assert field.calendar.minimumDate() == QDate(FIRST_DAY)
    assert field.calendar.maximumDate() == QDate(LAST_DAY)
    type_when(qtbot, window, f"{FIRST_DAY.isoformat()} 08:30")
    assert field.problem() == ""
    assert field.dateTime().date() == QDate(FIRST_DAY)


def test_a_day_picked_in_the_calendar_keeps_the_time(qtbot: Any, window: MainWindow) -> None:
    field = window.episode_panel.when
    field.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(7, 45)))
    field.calendar.clicked.emit(QDate(2026, 2, 20))
    assert field.dateTime() == QDateTime(QDate(2026, 2, 20), QTime(7, 45))
    assert window.document.is_modified()


# -- fresh views ---------------------------------------------------------------------------

def test_the_heat_map_follows_a_save(qtbot: Any, window: MainWindow) -> None:
    window.tool_actions[Tool.PAIN_FILL].trigger()
    click_map(qtbot, window, "back", "calf.left")
    assert len(window.document.marks()) == 1
    bring_forward(qtbot, window, "heatmap_dock")
    panel = window.heatmap_panel
    qtbot.waitUntil(lambda: panel.active and "No episodes" in panel.summary.text(), timeout=10000)
    save_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: "calf.left" in panel.values, timeout=10000)
    assert "No episodes" not in panel.summary.text()


def test_switching_panels_keeps_the_tool(qtbot: Any, window: MainWindow) -> None:
    window.tool_actions[Tool.PAIN_BRUSH].trigger()
    for name in ("heatmap_dock", "atlas_dock", "history_dock", "episode_dock", "heatmap_dock"):
        bring_forward(qtbot, window, name)
        qtbot.wait(20)
        assert window.controller.tool is Tool.PAIN_BRUSH
        assert window.tool_actions[Tool.PAIN_BRUSH].isChecked()


def test_atlas_pattern_and_question_are_cleared_when_another_episode_opens(
    qtbot: Any, window: MainWindow
) -> None:
    window.tool_actions[Tool.PAIN_FILL].trigger()
    click_map(qtbot, window, "back", "calf.left")
    save_and_wait(qtbot, window)
    first = window.document.episode_id
    window.new_episode()
    bring_forward(qtbot, window, "atlas_dock")
    scenes = [v.body_scene() for v in window.map_widget.views().values()]
    before = [set(scene.items()) for scene in scenes]
    panel = window.atlas_panel
    panel.show_muscle(atlas.muscles()[0].key, "right")
    panel.add_region("calf.left")
    assert window.atlas_overlay.items and window._picked_items
    # the heat map keeps them off its colours while it is on show
    bring_forward(qtbot, window, "heatmap_dock")
    qtbot.waitUntil(lambda: "calf.left" in window.heatmap_panel.values, timeout=10000)
    assert not any(item.isVisible() for item in window.atlas_overlay.items)
    assert not any(item.isVisible() for item in window._picked_items)
    bring_forward(qtbot, window, "atlas_dock")
    qtbot.waitUntil(lambda: not window.heatmap_panel.active, timeout=5000)
    assert all(item.isVisible() for item in window.atlas_overlay.items)
    # another episode opens: nothing of the old question is left on the map
    window.open_episode(first)
    qtbot.waitUntil(lambda: window.document.episode_id == first, timeout=10000)
    assert window.atlas_overlay.items == []
    assert window.atlas_panel.picked == {}
    assert window._picked_items == []
    # the scenes show what they showed before the question, and the episode's own marks; the
    # heat map (its reading came back above) keeps its fills on the scenes, hidden
    from bodymap.map.scene import MARKS

    overlay = window.heatmap_panel.overlay
    heat_items = {*overlay._fills.values(), *overlay._hatches.values()}
    assert not any(item.isVisible() for item in heat_items)
    for scene, held in zip(scenes, before, strict=True):
        extra = [i for i in scene.items()
                 if i not in held and i not in heat_items and i.zValue() < MARKS - 1]
        assert extra == []


# -- confirmation --------------------------------------------------------------------------

def _answer_discard(button_text: str, tick_again: bool, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        if tick_again:
            box.findChild(QCheckBox).setChecked(True)
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)


def test_discard_asks_first_and_keep_working_keeps_the_work(qtbot: Any, window: MainWindow) -> None:
    window.tool_actions[Tool.PAIN_FILL].trigger()
    click_map(qtbot, window, "back", "calf.left")
    asked: list[str] = []
    _answer_discard("Keep working", False, asked)
    window.discard_action.trigger()
    assert asked and "Forget the changes" in asked[0]
    assert len(window.document.marks()) == 1 and window.document.is_modified()

    _answer_discard("Discard changes", False, asked)
    window.discard_action.trigger()
    qtbot.waitUntil(lambda: not window.document.marks(), timeout=5000)
    assert len(asked) == 2
    assert not QSettings().value(DISCARD_SETTING, False, type=bool)


def test_dont_ask_again_is_remembered(qtbot: Any, window: MainWindow) -> None:
    window.tool_actions[Tool.PAIN_FILL].trigger()
    click_map(qtbot, window, "back", "calf.left")
    asked: list[str] = []
    _answer_discard("Discard changes", True, asked)
    window.discard_action.trigger()
    qtbot.waitUntil(lambda: not window.document.marks(), timeout=5000)
    assert QSettings().value(DISCARD_SETTING, False, type=bool)
    click_map(qtbot, window, "back", "calf.right")
    window.ask_discard = lambda: pytest.fail("asked although told not to")  # type: ignore[assignment]
    window.discard_action.trigger()
    qtbot.waitUntil(lambda: not window.document.marks(), timeout=5000)


@pytest.mark.parametrize("tool", [Tool.SELECT, Tool.PAIN_BRUSH, Tool.REFERRED_BRUSH, Tool.ERASER])
def test_enter_on_the_map_without_a_marking_tool_adds_nothing_and_says_how(
    qtbot: Any, window: MainWindow, tool: Tool
) -> None:
    window.tool_actions[tool].trigger()
    view = window.map_widget.show_view("front")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the first Enter shows a focus region
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the second one would act on it
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert window.document.marks() == []
    assert not window.document.is_modified()
    message = window.statusBar().currentMessage()
    assert "Enter" in message or "brush" in message
    assert window.controller.tool is tool


def test_enter_with_a_marking_tool_places_the_mark(qtbot: Any, window: MainWindow) -> None:
    window.tool_actions[Tool.TRIGGER_POINT].trigger()
    view = window.map_widget.show_view("front")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [m.kind for m in window.document.marks()] == ["trigger_point"]


# -- words ---------------------------------------------------------------------------------

def test_window_title_is_the_diary_name_then_bodymap(qtbot: Any, window: MainWindow) -> None:
    title = window.windowTitle()
    name = window.context.person.name
    assert title.replace("[*]", "") == f"{name} — bodymap"
    assert title.count("bodymap") == 1


def test_one_name_for_the_everyday_kind(qtbot: Any, window: MainWindow) -> None:
    kind = window.episode_panel.kind
    assert kind.itemText(kind.findData("everyday")) == "Everyday pain"


def test_the_first_tool_is_gentle(qtbot: Any, diary: Diary) -> None:
    from bodymap.app import create_application
    from bodymap.map.tool_kinds import POINT_TOOLS

    create_application()
    w = MainWindow(diary)
    qtbot.addWidget(w)
    assert w.controller.tool in (Tool.SELECT, Tool.PAIN_BRUSH)
    assert w.controller.tool not in POINT_TOOLS


# -- history ---------------------------------------------------------------------------------

NECK = "neck_back.right"


def _episodes(diary: Diary, days: list[datetime], value: int = 5) -> int:
    from bodymap.store.records import EpisodeRecord, MarkRecord

    pid = diary.default_profile().id
    for when in days:
        mark = MarkRecord(kind="pain", view="back", geometry={"type": "point", "x": 1, "y": 1},
                          intensity=value, regions={NECK: 1.0})
        diary.save_episode(EpisodeRecord(profile_id=pid, started_at=when, utc_offset_minutes=0,
                                         kind="everyday", intensity=value, marks=[mark]))
    return int(pid or 0)


def test_history_with_all_shows_the_first_and_last_day_of_the_data(qtbot: Any, diary: Diary) -> None:
    from bodymap.ui.history_panel import HistoryPanel

    pid = _episodes(diary, [datetime(2021, 3, 4, 10), datetime(2022, 7, 1, 10),
                            datetime(2023, 11, 20, 10)])
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_range("all")
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    assert panel.date_from.date() == QDate(2021, 3, 4)
    assert panel.date_to.date() == QDate(2023, 11, 20)
    assert not panel.date_from.isEnabled()  # they say what is shown; Custom… makes them editable


def test_the_moving_average_breaks_across_a_gap_longer_than_its_window() -> None:
    from datetime import timedelta

    from bodymap.charts.history import average_segments, timeline_figure
    from bodymap.store.history import HistoryPoint, RegionHistory, moving_average

    start = datetime(2024, 1, 1, 9)
    daily = [start + timedelta(days=i) for i in range(20)]
    later = [start + timedelta(days=140 + i) for i in range(20)]  # four months without data
    points = [HistoryPoint(t, 2 if t < datetime(2024, 3, 1) else 8, i)
              for i, t in enumerate(daily + later)]
    values = [float(p.intensity) for p in points]
    history = RegionHistory(NECK, "neck", None, None, 160.0, points=points,
                            moving_average=moving_average(values, 7), window=7)
    segments = average_segments(history)
    assert [len(times) for times, _ in segments] == [20, 20]
    # the second run starts afresh: no average of the old 2s pulled into the new 8s
    assert segments[1][1][0] == 8.0 and segments[0][1][-1] == 2.0
    figure = timeline_figure(history)
    lines = figure.axes[0].get_lines()
    assert len(lines) == 2
    assert max(lines[0].get_xdata()) < min(lines[1].get_xdata())
    # without a gap it is one line
    steady = RegionHistory(NECK, "neck", None, None, 20.0, points=points[:20],
                           moving_average=moving_average(values[:20], 7), window=7)
    assert len(average_segments(steady)) == 1


def test_the_wheel_over_a_chart_scrolls_the_panel(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    _episodes(window.diary, [datetime(2025, 1, d, 10) for d in range(1, 20)])
    window.resize(1366, 640)
    bring_forward(qtbot, window, "history_dock")
    panel = window.history_panel
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    qtbot.waitUntil(lambda: "timeline" in panel._canvases, timeout=5000)
    area = window.history_dock.widget()
    bar = area.verticalScrollBar()
    panel.setMinimumHeight(area.viewport().height() + 400)  # make sure the panel can scroll
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(0)
    canvas = panel._canvases["timeline"]
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(centre, QPointF(canvas.mapToGlobal(QPoint(10, 10))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    assert bar.value() > 0


def test_history_opens_as_a_larger_window_and_goes_back(qtbot: Any, window: MainWindow) -> None:
    bring_forward(qtbot, window, "history_dock")
    panel = window.history_panel
    dock = window.history_dock
    docked = dock.size()
    panel.larger_button.click()
    screen = dock.screen().availableGeometry()
    assert dock.isFloating()
    assert dock.width() >= min(900, screen.width() - 80) and dock.width() > docked.width()
    assert dock.height() > docked.height()
    panel.larger_button.click()
    assert not dock.isFloating()


# -- therapy cards ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "it"])
def test_therapy_cards_never_reach_past_the_right_edge(qtbot: Any, diary: Diary, lang: str) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget

    import bodymap.resources
    from bodymap.anatomy import therapies
    from bodymap.i18n import language
    from bodymap.ui.therapy_panel import TherapyPanel

    therapies.ensure_catalogue(diary)
    saved_locale = QLocale()
    app = QApplication.instance()
    saved = language.current()
    language.choose(lang)
    QLocale.setDefault(QLocale("it_IT" if lang == "it" else "en_US"))
    bodymap.resources.load()
    bodymap.resources.install_translator(app, lang)
    try:
        pid = int(diary.default_profile().id or 0)
        panel = TherapyPanel(diary, pid)
        qtbot.addWidget(panel)
        panel.resize(330, 700)  # a narrow column
        panel.show()
        panel.show_for(NECK)
        qtbot.waitUntil(lambda: not panel.ops.pending() and bool(panel.cards), timeout=10000)
        qtbot.wait(50)
        if lang == "it":
            assert panel.cards[0].log_button.text() != "Log that I tried this"
        checked = 0
        for card in panel.cards:
            if not card.isVisibleTo(panel):
                continue
            assert card.geometry().right() <= panel.scroll.viewport().width() + 1
            for child in card.findChildren(QWidget):
                if child.isVisibleTo(card):
                    right = child.mapTo(card, child.rect().topRight()).x()
                    assert right <= card.width(), (child, right, card.width())
                    checked += 1
        assert checked > 10
        assert not panel.scroll.horizontalScrollBar().isVisible()
    finally:
        language.choose(saved)
        QLocale.setDefault(saved_locale)
        bodymap.resources.install_translator(app, saved)


def test_a_refused_date_stays_as_typed_while_other_fields_change(qtbot: Any, window: MainWindow) -> None:
    bring_forward(qtbot, window, "episode_dock")
    type_when(qtbot, window, "2026-02-31 25:99")
    field = window.episode_panel.when
    window.episode_panel.intensity_group.button(6).click()  # another field: the form redraws
    assert window.document.field("intensity") == 6
    assert field.line.text() == "2026-02-31 25:99" and field.message.isVisible()


def test_history_with_all_and_no_data_shows_no_old_dates(qtbot: Any, diary: Diary) -> None:
    from bodymap.ui.history_panel import HistoryPanel

    pid = int(diary.default_profile().id or 0)
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_range("all")
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    assert panel.date_from.text() == "–" and panel.date_to.text() == "–"
    panel.set_range("30d")  # a fixed range shows its days again
    assert panel.date_to.date() == QDate.currentDate()
    # the read the new range started lands here, not on a deleted panel in the next test
    qtbot.waitUntil(lambda: not panel.ops.pending(), timeout=15000)


def test_save_with_a_refused_date_saves_nothing_and_says_why(
    qtbot: Any, window: MainWindow, diary: Diary
) -> None:
    bring_forward(qtbot, window, "episode_dock")
    click_map(qtbot, window, "front", "knee_front.left")  # something to save
    before = len(diary.list_episodes(window.context.person_id))
    type_when(qtbot, window, "2026-02-31 25:99")
    assert window.save_episode() is False
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)
    assert len(diary.list_episodes(window.context.person_id)) == before
    assert "Not saved" in window.statusBar().currentMessage()
    assert window.episode_panel.when.line.text() == "2026-02-31 25:99"
    # corrected, it saves at exactly the time typed
    type_when(qtbot, window, "2025-06-15 10:00")
    save_and_wait(qtbot, window)
    assert len(diary.list_episodes(window.context.person_id)) == before + 1


# -- the Fibromyalgia panel at 1366x768 ---------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_fibro_save_buttons_are_in_sight_at_1366x768_without_scrolling(
    qtbot: Any, diary: Diary, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from PySide6.QtCore import QLocale, QRect
    from PySide6.QtWidgets import QScrollArea, QWidget

    import bodymap.resources
    from bodymap.app import create_application
    from bodymap.i18n import language
    from bodymap.ui.panels.fibro_panel import TABS

    create_application()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    saved_locale = QLocale()
    app = QApplication.instance()
    saved = language.current()
    language.choose(lang)
    QLocale.setDefault(QLocale("it_IT" if lang == "it" else "en_US"))
    bodymap.resources.load()
    bodymap.resources.install_translator(app, lang)
    try:
        w = MainWindow(diary)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: not w.ops.pending(), timeout=10000)
        bring_forward(qtbot, w, "fibro_dock")
        panel = w.panels["fibro_dock"]
        qtbot.waitUntil(lambda: panel.data is not None, timeout=10000)
        dock_area = w.docks["fibro_dock"].widget()
        assert isinstance(dock_area, QScrollArea)
        viewport = dock_area.viewport()
        if lang == "it":
            assert panel.save_button.text() != "Save assessment"
        assert viewport.height() < 500  # the short tab area below the mark editor

        def in_sight(button: QWidget) -> bool:
            top_left = button.mapTo(viewport, button.rect().topLeft())
            return button.isVisible() and viewport.rect().contains(
                QRect(top_left, button.size()))

        for tab, buttons in (("areas", [panel.save_button]), ("sss", [panel.save_button]),
                             ("tender", [panel.save_button, panel.save_exam_button])):
            panel.tabs.setCurrentIndex(TABS.index(tab))
            qtbot.wait(50)
            assert dock_area.verticalScrollBar().value() == 0
            for button in buttons:
                assert in_sight(button), (lang, tab, button.text(), viewport.size())
            assert not dock_area.horizontalScrollBar().isVisible()
            # and still so in the about 400 px a real screen leaves below the Mark dock
            assert panel.heightForWidth(viewport.width()) <= 400, (lang, tab)
        # the exam's button belongs to the tender points only
        panel.tabs.setCurrentIndex(TABS.index("areas"))
        assert not panel.save_exam_button.isVisible()
        # the long pages scroll inside their tab, the whole form is still there
        page = panel.tabs.widget(TABS.index("sss"))
        assert isinstance(page, QScrollArea)
        assert page.widget().findChild(QWidget, "sss_fatigue_3") is not None
    finally:
        language.choose(saved)
        QLocale.setDefault(saved_locale)
        bodymap.resources.install_translator(app, saved)
