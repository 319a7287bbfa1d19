"""The plain "pain" mark: the pain brush is the first-start tool, paints "pain" (not referred
pain), saves, reopens and prints with its own look; the choice of tool is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QMessageBox
from test_marking import click_map, drag_map, settle

from bodymap.anatomy import regions as anatomy
from bodymap.map.marks import KIND_COLOURS, MarkItem, area_brushes
from bodymap.map.tool_kinds import Tool
from bodymap.store.records import MarkRecord
from bodymap.store.service import Diary
from bodymap.ui.main_window import TOOL_SETTING, MainWindow


def _window(qtbot, diary: Diary) -> MainWindow:
    from bodymap.app import create_application

    create_application()
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    return _window(qtbot, diary)


def test_first_start_paints_pain_and_it_saves_and_reopens(qtbot, window: MainWindow, diary: Diary) -> None:
    assert window.tool_actions[Tool.PAIN_BRUSH].isChecked()
    assert window.controller.tool is Tool.PAIN_BRUSH
    x, y = anatomy.inside_point("back", "back_lower.left")
    drag_map(qtbot, window, "back", [(x - 6, y), (x, y + 4), (x + 6, y)])
    (mark,) = window.document.marks()
    assert mark.kind == "pain" and mark.geometry["type"] == "area"
    assert "back_lower.left" in mark.regions
    # the mark panel names it; the map item has the plain look (no hatch)
    assert window.mark_panel.title.text().startswith("P1 · Pain area")
    item = window.controller.layer.item(mark.uuid)
    assert isinstance(item, MarkItem)
    fill, hatch, outline = area_brushes(mark)
    assert hatch.style().name == "NoBrush" and outline.style().name == "SolidLine"
    with qtbot.waitSignal(window.editor.saved, timeout=10000):
        window.save_episode()
    settle(qtbot, window)
    (summary,) = diary.list_episodes(window.profile.id or 0)
    stored = diary.get_episode(summary.id)
    assert [m.kind for m in stored.marks] == ["pain"]
    # reopening draws it again without error
    window.new_episode()
    settle(qtbot, window)
    window.open_episode(summary.id)
    qtbot.waitUntil(lambda: [m.kind for m in window.document.marks()] == ["pain"], timeout=10000)
    assert window.controller.layer.item(window.document.marks()[0].uuid) is not None


def test_fill_region_with_pain_and_the_referred_tools_still_paint_referred(qtbot, window: MainWindow) -> None:
    window.tool_actions[Tool.PAIN_FILL].trigger()
    x, y = anatomy.inside_point("back", "buttock.right")
    click_map(qtbot, window, "back", x, y)
    (pain,) = window.document.marks()
    assert pain.kind == "pain" and set(pain.regions) == {"buttock.right"}
    window.controller.select("")
    window.tool_actions[Tool.REFERRED_FILL].trigger()
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    kinds = sorted(m.kind for m in window.document.marks())
    assert kinds == ["pain", "referred_area"]


def test_the_chosen_tool_is_remembered(qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    first = _window(qtbot, diary)
    first.tool_actions[Tool.TRIGGER_POINT].trigger()
    assert QSettings().value(TOOL_SETTING) == "trigger_point"
    first.close()
    second = _window(qtbot, diary)
    assert second.tool_actions[Tool.TRIGGER_POINT].isChecked()
    assert second.controller.tool is Tool.TRIGGER_POINT


def test_pain_is_in_the_legend_and_the_edit_menu(qtbot, window: MainWindow) -> None:
    texts = [a.text() for a in window.edit_menu.actions()]
    assert "Paint pain" in texts and "Fill region with pain" in texts
    from bodymap.ui.legend_dialog import LegendDialog

    dialog = LegendDialog(window)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(type(window.db_label))]
    assert any(t.startswith("Pain: where it hurts") for t in labels)


def test_the_report_draws_a_pain_area(tmp_path) -> None:
    from bodymap.report.render import _paint_area  # the same look on paper

    assert "pain" in KIND_COLOURS
    image = QImage(60, 40, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainterPath

    path = QPainterPath()
    path.addRect(QRectF(5, 5, 50, 30))
    _paint_area(painter, MarkRecord("pain", "front", {"type": "area", "polygons": []}, 7), path, 1.0)
    painter.end()
    assert image.pixelColor(30, 20) != image.pixelColor(2, 2)
