"""The application's look without an application-wide style sheet (issue 18): a checked tool or
push button in the highlight of ``selected_colours``, and in the dark readable check boxes and
radio buttons, drawn by :class:`bodymap.ui.checked_style.CheckedStyle`, following the scheme."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from bodymap.ui import palette as colours
from bodymap.ui.checked_style import CheckedLooks, CheckedStyle, draw_check_boxes, use_looks

Role = QPalette.ColorRole


@pytest.fixture
def app() -> Iterator[QApplication]:
    from bodymap.app import create_application

    application = create_application()
    yield application
    colours.install(application).apply("system")


def _close(a: QColor, b: QColor, within: int = 12) -> bool:
    return (abs(a.red() - b.red()) < within and abs(a.green() - b.green()) < within
            and abs(a.blue() - b.blue()) < within)


def _shown(qtbot: Any, widget: QWidget) -> QImage:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


def _most_common(image: QImage) -> QColor:
    """The colour most of the image is painted in: a button's background."""
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _indicator_centre(widget: QCheckBox | QRadioButton, element: QStyle.SubElement) -> QPoint:
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    return widget.style().subElementRect(element, option, widget).center()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_style_sheet_and_a_checked_button_is_drawn_in_the_highlight(
    qtbot: Any, app: QApplication, scheme: str
) -> None:
    colours.install(app).apply(scheme)
    assert app.styleSheet() == ""  # a sheet makes every widget dearer to build
    assert isinstance(app.style(), CheckedStyle)
    assert colours.is_dark(app.palette()) == (scheme == "dark")
    background, _text = colours.selected_colours(app.palette())
    for kind in (QToolButton, QPushButton):
        checked, plain = kind(), kind()
        for button in (checked, plain):
            button.setText("Paint pain")
            button.setCheckable(True)
        checked.setChecked(True)
        inside = _most_common(_shown(qtbot, checked))
        assert _close(inside, background), (kind, inside.name(), background.name())
        assert not _close(_most_common(_shown(qtbot, plain)), background), kind


def test_the_checked_look_follows_a_change_of_scheme(qtbot: Any, app: QApplication) -> None:
    appearance = colours.install(app)
    appearance.apply("light")
    button = QToolButton()
    button.setText("7")
    button.setCheckable(True)
    button.setChecked(True)
    light = colours.selected_colours(app.palette())[0]
    assert _close(_most_common(_shown(qtbot, button)), light)
    appearance.apply("dark")
    dark = colours.selected_colours(app.palette())[0]
    assert not _close(light, dark)
    assert _close(_most_common(button.grab().toImage()), dark)
    assert app.styleSheet() == ""


def test_a_checkable_button_has_room_for_its_bold_label(qtbot: Any, app: QApplication) -> None:
    """The checked label is bold, so wider: the button's size allows for it, checked or not."""
    colours.install(app).apply("light")
    text = "Fill region with pain"
    font = QToolButton().font()
    bold = QFont(font)
    bold.setBold(True)
    extra = QFontMetrics(bold).horizontalAdvance(text) - QFontMetrics(font).horizontalAdvance(text)
    assert extra > 0
    for kind in (QToolButton, QPushButton):
        checkable, plain = kind(), kind()
        checkable.setText(text)
        plain.setText(text)
        checkable.setCheckable(True)
        width = checkable.sizeHint().width()
        assert width == plain.sizeHint().width() + extra, kind
        checkable.setChecked(True)
        assert checkable.sizeHint().width() == width


def test_dark_check_boxes_and_radio_buttons_are_readable(qtbot: Any, app: QApplication) -> None:
    colours.install(app).apply("dark")
    palette = app.palette()
    background, _text = colours.selected_colours(palette)
    base = palette.color(Role.Base)
    on, off = QCheckBox("on"), QCheckBox("off")
    on.setChecked(True)
    image = _shown(qtbot, on)
    corner = _indicator_centre(on, QStyle.SubElement.SE_CheckBoxIndicator) - QPoint(4, 4)
    assert _close(image.pixelColor(corner), background)
    image = _shown(qtbot, off)
    assert _close(image.pixelColor(corner), base)
    # the edge of an empty box stands out from the field (Fusion's does not, in the dark)
    centre = _indicator_centre(off, QStyle.SubElement.SE_CheckBoxIndicator)
    row = [image.pixelColor(x, centre.y()) for x in range(0, centre.x())]
    assert max(colours.contrast_ratio(c, base) for c in row) >= 2.5

    radio_on, radio_off = QRadioButton("on"), QRadioButton("off")
    radio_on.setChecked(True)
    image = _shown(qtbot, radio_on)
    middle = _indicator_centre(radio_on, QStyle.SubElement.SE_RadioButtonIndicator)
    assert _close(image.pixelColor(middle), background)
    assert _close(_shown(qtbot, radio_off).pixelColor(middle), base)

    # the check boxes of a list that asks for them, as the triggers list does
    items = QListWidget()
    draw_check_boxes(items)
    item = QListWidgetItem("poor sleep", items)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    image = _shown(qtbot, items)
    rect = items.visualItemRect(item)
    viewport = items.viewport().pos()
    # the indicator is the first square of the row: some pixel of it is in the highlight
    square = [image.pixelColor(viewport.x() + x, viewport.y() + y)
              for x in range(rect.left(), rect.left() + rect.height())
              for y in range(rect.top(), rect.bottom())]
    assert any(_close(c, background, 8) for c in square)


def test_light_check_boxes_are_left_to_the_style(qtbot: Any, app: QApplication) -> None:
    """In the light the style's own check box (the sheet had no rule for it either)."""
    colours.install(app).apply("light")
    background, _text = colours.selected_colours(app.palette())
    on = QCheckBox("on")
    on.setChecked(True)
    image = _shown(qtbot, on)
    corner = _indicator_centre(on, QStyle.SubElement.SE_CheckBoxIndicator) - QPoint(4, 4)
    assert not _close(image.pixelColor(corner), background)


def test_only_the_widgets_with_a_look_of_ours_are_drawn_in_python(qtbot: Any, app: QApplication) -> None:
    """The application's style draws in C++; the buttons, check boxes, radio buttons and the
    lists that ask for it take the looks' style as they are polished (a style written in Python
    is called for every frame, cell and size hint of a widget)."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    colours.install(app).apply("dark")
    style = app.style()
    assert isinstance(style, CheckedStyle)
    form = QWidget()
    layout = QVBoxLayout(form)
    shown = {
        "tool": QToolButton(), "push": QPushButton("Save"), "check": QCheckBox("poor sleep"),
        "radio": QRadioButton("left"), "asked": QListWidget(), "label": QLabel("Notes"),
        "field": QLineEdit(), "list": QListWidget(),
    }
    draw_check_boxes(shown["asked"])
    for widget in shown.values():
        layout.addWidget(widget)
    _shown(qtbot, form)
    looks = {name for name, widget in shown.items() if isinstance(widget.style(), CheckedLooks)}
    assert looks == {"tool", "push", "check", "radio", "asked"}
    for name in ("label", "field", "list"):
        assert shown[name].style() is style, name
    # every widget with the looks shares the one looks' style, kept when the scheme changes
    assert len({id(shown[name].style()) for name in looks}) == 1
    colours.install(app).apply("light")
    assert shown["push"].style() is style.looks
    assert app.style() is style


def test_a_checked_button_under_a_style_sheet_keeps_the_look(qtbot: Any, app: QApplication) -> None:
    """A panel with a style sheet that asked for the looks first (as the therapy panel does):
    the sheet wraps the looks, and its checked buttons are drawn in the highlight."""
    colours.install(app).apply("light")
    background, _text = colours.selected_colours(app.palette())
    for asked in (True, False):
        panel = QWidget()
        if asked:
            use_looks(panel)
        panel.setStyleSheet("QLabel { color: palette(mid); }")
        button = QToolButton(panel)
        button.setText("Log a use")
        button.setCheckable(True)
        button.setChecked(True)
        _shown(qtbot, panel)
        assert _close(_most_common(button.grab().toImage()), background) == asked
