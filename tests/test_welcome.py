"""The first-start welcome, the sample diary's label, readable colours in light, dark and high
contrast, and room for every panel at 1366x768 (issue 17).  Real widgets through pytest-qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QToolButton

from bodymap.store.service import Diary
from bodymap.ui import palette as colours
from bodymap.ui.main_window import MainWindow
from bodymap.ui.welcome import WELCOME_SETTING, WelcomeDialog


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


# -- the welcome ---------------------------------------------------------------------------

def test_the_welcome_comes_once_and_its_name_reaches_the_profile_and_the_report(
    qtbot: Any, window: MainWindow, diary: Diary
) -> None:
    from bodymap.report.model import build_report

    assert window.context.person.name == "Me"
    assert not QSettings().value(WELCOME_SETTING, False, type=bool)
    window.offer_welcome()
    dialog = window.welcome
    assert isinstance(dialog, WelcomeDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    # the four kinds, each with its picture
    assert set(dialog.pictures) == {"pain", "trigger_point", "referred", "tender"}
    assert all(not label.pixmap().isNull() for label in dialog.pictures.values())
    assert dialog.name.text() == ""  # "Me" is not offered as a name
    qtbot.keyClicks(dialog.name, "  Anna   Rossi ")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)

    assert window.context.person.name == "Anna Rossi"
    assert [p.name for p in diary.list_profiles()] == ["Anna Rossi"]
    assert window.windowTitle().replace("[*]", "") == "Anna Rossi — bodymap"
    report = build_report(diary, window.context.person_id)
    assert report.person_name == "Anna Rossi"
    assert "Me" != report.person
    # once: a second start does not show it again
    assert QSettings().value(WELCOME_SETTING, False, type=bool)
    window.welcome = None
    window.offer_welcome()
    assert window.welcome is None


def test_skipping_the_welcome_also_counts_and_changes_nothing(
    qtbot: Any, window: MainWindow, diary: Diary
) -> None:
    window.offer_welcome()
    dialog = window.welcome
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [p.name for p in diary.list_profiles()] == ["Me"]
    assert QSettings().value(WELCOME_SETTING, False, type=bool)
    # Help > Welcome shows it again on purpose
    window.welcome_action.trigger()
    assert window.welcome is not dialog and window.welcome.isVisible()


def test_a_name_already_taken_is_said_in_the_welcome(
    qtbot: Any, window: MainWindow, diary: Diary
) -> None:
    diary.create_profile("Bruno")
    window.offer_welcome()
    dialog = window.welcome
    dialog.name.setText("Bruno")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "Bruno" in dialog.error.text()
    assert dialog.isVisible() and window.context.person.name == "Me"


def test_the_welcome_leads_to_symbols_and_tools(qtbot: Any, window: MainWindow, monkeypatch) -> None:
    shown: list[bool] = []
    monkeypatch.setattr(window, "show_legend", lambda: shown.append(True))
    window.offer_welcome()
    window.welcome.show_symbols.disconnect()
    window.welcome.show_symbols.connect(window.show_legend)
    qtbot.mouseClick(window.welcome.symbols_button, Qt.MouseButton.LeftButton)
    assert shown == [True]


def test_the_sample_diary_is_its_own_file_and_its_window_says_sample_data(
    qtbot: Any, window: MainWindow, diary: Diary
) -> None:
    from bodymap import paths

    window.offer_welcome()
    dialog = window.welcome
    opened: list[Path] = []
    dialog.open_sample = lambda path: opened.append(path) or True
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    sample = Path(paths.sample_db_path())
    assert opened == [sample] and sample.exists()
    assert sample != diary.db_file
    assert diary.latest_episode(window.context.person_id) is None  # the real diary is untouched

    from bodymap.paths import db_url

    sample_diary = Diary.open(db_url(str(sample)))
    try:
        assert sample_diary.list_profiles()
        w = MainWindow(sample_diary)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: not w.ops.pending(), timeout=10000)
        assert w.sample
        assert w.windowTitle().startswith("Sample data")
        assert w.sample_banner.isVisible() and "Sample data" in w.sample_banner.text()
        assert not window.sample and not hasattr(window, "sample_banner")
        w.close()
    finally:
        sample_diary.close()


# -- colours -------------------------------------------------------------------------------

PALETTES = {"light": colours.light_palette, "dark": colours.dark_palette,
            "high contrast": colours.high_contrast_palette}


@pytest.mark.parametrize("name", list(PALETTES))
def test_states_are_readable_in_every_palette(name: str) -> None:
    palette = PALETTES[name]()
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    background, text = colours.selected_colours(palette)
    assert colours.contrast_ratio(text, background) >= 4.5
    for on in (window, base):
        assert colours.contrast_ratio(colours.warning_colour(palette), on) >= 4.5
        assert colours.contrast_ratio(colours.hint_colour(palette), on) >= 4.5
    # the selected button differs from an unselected one, not only by a shade
    assert colours.contrast_ratio(background, palette.color(QPalette.ColorRole.Button)) >= 1.5
    # what the window really gets (readable()): quiet texts drawn in Mid or placeholder pass
    used = colours.readable(palette)
    for role in (QPalette.ColorRole.Mid, QPalette.ColorRole.PlaceholderText):
        assert colours.contrast_ratio(used.color(role), used.color(QPalette.ColorRole.Window)) >= 4.5
    assert colours.contrast_ratio(used.color(QPalette.ColorRole.HighlightedText),
                                  used.color(QPalette.ColorRole.Highlight)) >= 4.5


def test_a_weak_system_palette_is_made_readable() -> None:
    """Following the system: a stock light palette whose quiet texts fall short gets them fixed."""
    stock = QPalette(QColor("#efefef"))  # Qt builds a whole palette from one button colour
    stock.setColor(QPalette.ColorRole.Mid, QColor("#b8b8b8"))
    stock.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    stock.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    window = stock.color(QPalette.ColorRole.Window)
    assert colours.contrast_ratio(stock.color(QPalette.ColorRole.Mid), window) < 4.5
    fixed = colours.palette_for("system", stock)
    assert colours.contrast_ratio(fixed.color(QPalette.ColorRole.Mid), window) >= 4.5
    assert colours.contrast_ratio(fixed.color(QPalette.ColorRole.HighlightedText),
                                  fixed.color(QPalette.ColorRole.Highlight)) >= 4.5
    assert fixed.color(QPalette.ColorRole.Window) == window  # the rest stays the system's


def test_contrast_formula_and_a_palette_that_needs_help() -> None:
    assert colours.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert colours.contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # Qt's stock highlight under white text is under AA: the selected colours fix it
    weak = QPalette()
    weak.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    weak.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    assert colours.contrast_ratio(QColor("#ffffff"), QColor("#308cc6")) < 4.5
    background, text = colours.selected_colours(weak)
    assert colours.contrast_ratio(text, background) >= 4.5
    # the old caution brown on a dark window is what the issue saw
    dark = colours.dark_palette()
    assert colours.contrast_ratio(QColor("#7a3b00"), dark.color(QPalette.ColorRole.Window)) < 2


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_selected_intensity_button_is_drawn_in_readable_colours(
    qtbot: Any, window: MainWindow, scheme: str
) -> None:
    """Forced light or dark (View > Appearance): the checked 0-10 button as painted."""
    window.scheme_actions[scheme].trigger()
    try:
        app = QApplication.instance()
        assert colours.is_dark(app.palette()) == (scheme == "dark")
        panel = window.episode_panel
        window.docks["episode_dock"].raise_()
        qtbot.waitUntil(panel.isVisible, timeout=3000)
        panel.intensity_group.button(7).click()
        button: QToolButton = panel.intensity_group.button(7)
        other: QToolButton = panel.intensity_group.button(3)
        assert button.isChecked()
        background, text = colours.selected_colours(app.palette())
        image = button.grab().toImage()
        centre = image.pixelColor(3, image.height() // 2)
        assert abs(centre.red() - background.red()) < 12
        assert abs(centre.green() - background.green()) < 12
        assert abs(centre.blue() - background.blue()) < 12
        plain = other.grab().toImage().pixelColor(3, image.height() // 2)
        assert colours.contrast_ratio(centre, plain) >= 1.5
        assert colours.contrast_ratio(text, centre) >= 4.5
        # the caution of the atlas and the refused-date message follow the palette
        caution = window.atlas_panel.caution.styleSheet()
        assert colours.hint_colour(window.atlas_panel.palette()).name() in caution
        assert QSettings().value(colours.SCHEME_SETTING) == scheme
    finally:
        window.scheme_actions["system"].trigger()


# -- room ----------------------------------------------------------------------------------

def test_every_panel_fits_a_1366x768_screen(qtbot: Any, window: MainWindow) -> None:
    window.resize(1366, 768)
    qtbot.wait(50)
    for name, dock in window.docks.items():
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: d.widget().isVisible(), timeout=3000)
        qtbot.wait(20)
        panel = window.panels[name]
        hint = panel.minimumSizeHint()
        # never sideways: the panel's least width is within the column
        area = dock.widget() if isinstance(dock.widget(), QScrollArea) else None
        room = area.viewport().width() if area is not None else dock.width()
        assert hint.width() <= room, (name, hint.width(), room)
        assert hint.width() <= 1366 // 2, name
        # and every panel within the screen's height (the Fibromyalgia sheet's pages scroll
        # inside their tabs, its save buttons stay below them)
        assert hint.height() <= 768 - 120, (name, hint.height())


def test_no_panel_scrolls_at_1366x768_and_the_atlas_has_no_scroll_area_around_it(
    qtbot: Any, window: MainWindow
) -> None:
    window.resize(1366, 768)
    atlas = window.docks["atlas_dock"]
    panel = window.atlas_panel  # built when first asked for (its dock holds a placeholder before)
    assert atlas.widget() is panel  # its lists scroll, the dock does not
    parent = window.atlas_panel.parentWidget()
    while parent is not None:
        assert not isinstance(parent, QScrollArea)
        parent = parent.parentWidget()
    for name in ("episode_dock", "therapy_dock", "history_dock", "heatmap_dock", "atlas_dock"):
        dock = window.docks[name]
        dock.raise_()
        qtbot.waitUntil(lambda n=name: window.panels[n].isVisible(), timeout=3000)
        qtbot.wait(50)
        area = dock.widget()
        if isinstance(area, QScrollArea):
            assert not area.horizontalScrollBar().isVisible(), name
            assert not area.verticalScrollBar().isVisible(), name
        # everything of the panel is inside the column
        panel = window.panels[name]
        assert panel.minimumSizeHint().height() <= dock.height(), name


def test_undo_and_redo_keep_their_width(qtbot: Any, window: MainWindow) -> None:
    from bodymap.anatomy import regions as anatomy
    from bodymap.map.tool_kinds import Tool

    undo = window.tool_bar.widgetForAction(window.undo_action)
    width = undo.width()
    window.tool_actions[Tool.TRIGGER_POINT].trigger()
    x, y = anatomy.inside_point("back", "calf.left")
    view = window.map_widget.show_view("back")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(x, y))
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() != "&Undo"  # the menu says what it undoes
    assert undo.width() == width and undo.text() == "Undo"


def test_the_tool_bar_has_our_icons(qtbot: Any, window: MainWindow) -> None:
    tools = [a for a in window.tool_bar.actions() if a.data()]
    assert tools and all(not a.icon().isNull() for a in tools)
    for action in (window.new_action, window.save_action, window.undo_action, window.redo_action):
        assert not action.icon().isNull()
    from bodymap.map.tool_kinds import Tool

    def worded() -> set[str]:
        return {a.text() for a in tools if window.tool_bar.widgetForAction(a).toolButtonStyle()
                == Qt.ToolButtonStyle.ToolButtonTextBesideIcon}

    # at 1366 the bar fits the window, Select and Paint pain keep their words
    window.resize(1366, 768)
    qtbot.wait(20)
    assert window.tool_bar.sizeHint().width() <= 1366
    small = worded()
    for tool in (Tool.SELECT, Tool.PAIN_BRUSH):
        assert window.tool_actions[tool].text() in small
    # at 1920 more of them have their words, and the bar still fits
    window.resize(1920, 1080)
    qtbot.wait(20)
    assert worded() > small
    assert window.tool_bar.sizeHint().width() <= 1920


def test_every_panel_fits_the_column_in_italian_too(qtbot: Any, diary: Diary, monkeypatch) -> None:
    """Longer words: still nothing wider than the column beside the map at 1366x768."""
    from PySide6.QtCore import QLocale

    import bodymap.resources
    from bodymap.app import create_application
    from bodymap.i18n import language

    app = create_application()
    saved_language, saved_locale = language.current(), QLocale()
    saved_font = app.font()
    from PySide6.QtGui import QFont

    app.setFont(QFont("DejaVu Sans", 11))  # a desktop's font, wider than the test platform's
    language.choose("it")
    QLocale.setDefault(QLocale("it_IT"))
    bodymap.resources.install_translator(app, "it")
    try:
        monkeypatch.setattr(QMessageBox, "question",
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
        w = MainWindow(diary)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitUntil(lambda: not w.ops.pending(), timeout=10000)
        assert w.episode_panel.status.text() != "New episode, not saved yet"  # Italian indeed
        for name in ("episode_dock", "therapy_dock", "history_dock", "heatmap_dock", "atlas_dock"):
            dock = w.docks[name]
            dock.raise_()
            qtbot.waitUntil(lambda n=name: w.panels[n].isVisible(), timeout=3000)
            qtbot.wait(30)
            area = dock.widget()
            room = area.viewport().width() if isinstance(area, QScrollArea) else dock.width()
            assert w.panels[name].minimumSizeHint().width() <= room, name
            assert w.panels[name].width() <= room, name
        assert w.tool_bar.sizeHint().width() <= 1366
    finally:
        language.choose(saved_language)
        QLocale.setDefault(saved_locale)
        bodymap.resources.install_translator(app, saved_language)
        app.setFont(saved_font)
