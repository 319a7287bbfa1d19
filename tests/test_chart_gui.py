"""The physiotherapist's body chart on the map, through clicks on the real widgets (issue 16):
pins and needles and numbness painted with their own symbols, P-numbers and their renumbering,
the body-chart attributes of a symptom area, the trigger-point examination and the state it
suggests, cleared ticks, and renaming / removing a person from the Person menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from test_marking import click_map, drag_map, settle

from bodymap.anatomy import regions as anatomy
from bodymap.map.marks import KIND_COLOURS, paint_area
from bodymap.map.tool_kinds import Tool
from bodymap.store.records import (
    AGGRAVATING_FACTORS,
    DAILY_PATTERNS,
    EASING_FACTORS,
    EXAM_FINDINGS,
    EpisodeRecord,
    MarkRecord,
)
from bodymap.store.service import Diary
from bodymap.ui.main_window import MainWindow
from bodymap.ui.mark_panel import AGGRAVATING_TEXTS, DAILY_TEXTS, EASING_TEXTS, EXAM_TEXTS


@pytest.fixture
def window(qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def _save_and_read(qtbot, window: MainWindow, diary: Diary) -> EpisodeRecord:
    with qtbot.waitSignal(window.editor.saved, timeout=10000):
        window.save_episode()
    settle(qtbot, window)
    episode_id = window.document.episode_id
    assert episode_id is not None
    return diary.get_episode(episode_id)


def _paint(qtbot, window: MainWindow, tool: Tool, view: str, region: str) -> MarkRecord:
    """Paint (a brush tool) or fill (a fill tool) in the middle of a region; the new mark."""
    window.controller.select("")
    window.tool_actions[tool].trigger()
    before = {m.uuid for m in window.document.marks()}
    x, y = anatomy.inside_point(view, region)
    if tool.value.endswith("_fill"):
        click_map(qtbot, window, view, x, y)
    else:
        drag_map(qtbot, window, view, [(x - 5, y), (x, y + 3), (x + 5, y)])
    (new,) = [m for m in window.document.marks() if m.uuid not in before]
    return new


def _click(qtbot, button) -> None:  # noqa: ANN001 - any button
    """A click on a button once it is laid out (a section just shown has no size yet)."""
    qtbot.waitUntil(lambda: button.isVisible() and button.height() > 0, timeout=3000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- new kinds and their symbols ---------------------------------------------------------------


def test_pins_and_needles_and_numbness_are_placed_undone_saved_and_read_back(
    qtbot, window: MainWindow, diary: Diary
) -> None:
    doc = window.document
    placed = [
        (_paint(qtbot, window, Tool.PARAESTHESIA_BRUSH, "front", "forearm_front.right"), "paraesthesia"),
        (_paint(qtbot, window, Tool.PARAESTHESIA_FILL, "front", "thigh_outer.right"), "paraesthesia"),
        (_paint(qtbot, window, Tool.NUMBNESS_BRUSH, "back", "calf.left"), "numbness"),
        (_paint(qtbot, window, Tool.NUMBNESS_FILL, "front", "thigh_front.left"), "numbness"),
    ]
    for mark, kind in placed:
        assert mark.kind == kind and mark.geometry["type"] == "area"
    assert set(placed[1][0].regions) == {"thigh_outer.right"}  # a fill is the whole region
    # numbered in the order they were painted, the badge drawn on the map
    assert [doc.mark(m.uuid).rank for m, _ in placed] == [1, 2, 3, 4]
    assert sorted(label.text for label in window.controller.layer.labels.values()) == [
        "P1", "P2", "P3", "P4"]
    assert window.mark_panel.title.text().startswith("P4 · Numbness")
    # undo takes the last one away (and its badge), redo brings it back
    doc.undo_stack.undo()
    assert len(doc.marks()) == 3 and "P4" not in {lb.text for lb in window.controller.layer.labels.values()}
    doc.undo_stack.redo()
    assert len(doc.marks()) == 4
    saved = _save_and_read(qtbot, window, diary)
    assert sorted((m.kind, m.rank) for m in saved.marks) == [
        ("numbness", 3), ("numbness", 4), ("paraesthesia", 1), ("paraesthesia", 2)]
    # reopened: drawn again with their numbers
    window.new_episode()
    settle(qtbot, window)
    window.open_episode(int(saved.id or 0))
    qtbot.waitUntil(lambda: len(window.document.marks()) == 4, timeout=10000)
    assert len(window.controller.layer.labels) == 4
    # the Sensations button of the tool bar names the last one used and takes it on a click
    window.tool_actions[Tool.SELECT].trigger()
    window.sensation_action.trigger()
    assert window.controller.tool is Tool.NUMBNESS_FILL


def _render(kind: str) -> QImage:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRect(QRectF(10, 10, 100, 100))
    paint_area(painter, MarkRecord(kind, "front", {"type": "area", "polygons": []}, 6), path)
    painter.end()
    return image


def test_each_symptom_kind_has_its_own_look() -> None:
    images = {kind: _render(kind) for kind in ("pain", "referred_area", "paraesthesia", "numbness")}
    kinds = list(images)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1:]:
            assert images[a] != images[b], (a, b)
    # pins and needles: dark dots on a light tint, so a row through the dots changes a lot
    dots = images["paraesthesia"]
    row = [QColor(dots.pixel(x, 28)).lightness() for x in range(20, 100)]
    assert max(row) - min(row) > 60
    # numbness: the letter N in the middle, dark on a white halo
    n = images["numbness"]
    centre = [QColor(n.pixel(x, y)).lightness() for x in range(50, 70) for y in range(50, 70)]
    assert min(centre) < 90
    # and its colour is the legend's
    assert KIND_COLOURS["numbness"] != KIND_COLOURS["paraesthesia"]


def test_the_legend_explains_the_new_symbols_and_tools(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from bodymap.ui.legend_dialog import LegendDialog

    dialog = LegendDialog(window)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for words in ("Pins and needles", "Numbness", "P1, P2", "Tick", "Cleared (K)"):
        assert words in texts


# -- P-numbers -----------------------------------------------------------------------------------


def test_symptom_areas_are_renumbered_by_keys_buttons_and_the_list(qtbot, window: MainWindow, diary: Diary) -> None:
    doc, panel, controller = window.document, window.mark_panel, window.controller
    a = _paint(qtbot, window, Tool.PAIN_FILL, "back", "back_lower.left")
    b = _paint(qtbot, window, Tool.PAIN_FILL, "back", "buttock.left")
    c = _paint(qtbot, window, Tool.PARAESTHESIA_FILL, "back", "calf.left")
    numbers = doc.symptom_numbers
    assert [numbers()[m.uuid] for m in (a, b, c)] == [1, 2, 3]

    # the badge sits beside its area, never on it
    for uuid, label in controller.layer.labels.items():
        area = controller.layer.item(uuid)
        scale = window.map_widget.view("back").transform().m11()
        badge = label.badge_rect()
        rect = QRectF(label.pos().x() + badge.left() / scale, label.pos().y() + badge.top() / scale,
                      badge.width() / scale, badge.height() / scale)
        assert not area.mapToScene(area.shape()).intersects(rect)
        # ... and on no other symptom area either (there is room around these three)
        for other in (a, b, c):
            other_item = controller.layer.item(other.uuid)
            assert not other_item.mapToScene(other_item.shape()).intersects(rect)

    # Alt+Down in the mark list: P1 becomes P2
    controller.select(a.uuid)
    panel.mark_list.setFocus()
    qtbot.keyClick(panel.mark_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [numbers()[m.uuid] for m in (a, b, c)] == [2, 1, 3]
    assert panel.title.text().startswith("P2 · ")
    assert panel.mark_list.item(0).text().startswith("P1 · ")
    doc.undo_stack.undo()
    assert [numbers()[m.uuid] for m in (a, b, c)] == [1, 2, 3]

    # the arrow beside the number: P3 up to P2
    controller.select(c.uuid)
    _click(qtbot, panel.number_up)
    assert [numbers()[m.uuid] for m in (a, b, c)] == [1, 3, 2]
    assert {lb.text for u, lb in controller.layer.labels.items() if u == c.uuid} == {"P2"}

    # Alt+Up on the map moves the selected area up as well
    view = window.map_widget.show_view("back")
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [numbers()[m.uuid] for m in (a, b, c)] == [2, 3, 1]

    # dragging in the list: the list's order is the new numbering (row 2 moved to the top)
    model = panel.mark_list.model()
    assert model.moveRow(model.index(0, 0).parent(), 2, model.index(0, 0).parent(), 0)
    qtbot.waitUntil(lambda: [numbers()[m.uuid] for m in (a, b, c)] == [3, 1, 2], timeout=3000)

    # deleting P1 closes the gap; undo gives the numbers back
    controller.select(b.uuid)
    controller.delete_selected()
    assert [numbers()[m.uuid] for m in (a, c)] == [2, 1]
    assert sorted(doc.mark(u).rank for u in (a.uuid, c.uuid)) == [1, 2]
    doc.undo_stack.undo()
    assert [numbers()[m.uuid] for m in (a, b, c)] == [3, 1, 2]
    saved = _save_and_read(qtbot, window, diary)
    assert {m.uuid: m.rank for m in saved.marks} == {a.uuid: 3, b.uuid: 1, c.uuid: 2}


# -- the attributes of a symptom area -----------------------------------------------------------


def _button(group, value: str):  # noqa: ANN001, ANN202
    return next(b for b in group.buttons() if b.property("value") == value)


def test_body_chart_attributes_are_edited_undone_saved_and_read_back(
    qtbot, window: MainWindow, diary: Diary
) -> None:
    doc, panel = window.document, window.mark_panel
    first = _paint(qtbot, window, Tool.PAIN_FILL, "front", "neck_side.right")
    second = _paint(qtbot, window, Tool.NUMBNESS_FILL, "front", "forearm_front.right")
    assert window.controller.selected_uuid() == second.uuid
    assert panel.chart_section.isVisible() and not panel.exam_section.isVisible()

    _click(qtbot, _button(panel.constancy_group, "intermittent"))
    _click(qtbot, _button(panel.depth_group, "deep"))
    panel.daily_boxes["night"].click()
    panel.daily_boxes["morning"].click()
    panel.stiffness_spin.setValue(30)
    panel.aggravating_section.set_expanded(True)
    panel.aggravating_boxes["sitting"].click()
    panel.aggravating_boxes["screen_work"].click()
    panel.aggravating_note.setText("carrying bags")
    panel.aggravating_note.editingFinished.emit()
    panel.easing_section.set_expanded(True)
    panel.easing_boxes["heat"].click()
    panel.easing_note.setText("shaking the hand")
    panel.easing_note.editingFinished.emit()
    index = panel.brought_combo.findData(first.uuid)
    assert index > 0 and panel.brought_combo.itemText(index).startswith("P1 · Pain area")
    panel.brought_combo.setCurrentIndex(index)
    panel.brought_combo.activated.emit(index)
    mark = doc.mark(second.uuid)
    assert mark.constancy == "intermittent" and mark.depth == "deep"
    assert mark.daily_pattern == ["night", "morning"] and mark.morning_stiffness_minutes == 30
    assert mark.aggravating == ["sitting", "screen_work"] and mark.aggravating_note == "carrying bags"
    assert mark.easing == ["heat"] and mark.easing_note == "shaking the hand"
    assert mark.brought_on_by == first.uuid
    assert "sitting" in panel.aggravating_section.header.text().lower()

    # a second click on the chosen answer takes it back; undo puts it back
    _click(qtbot, _button(panel.depth_group, "deep"))
    assert doc.mark(second.uuid).depth is None
    doc.undo_stack.undo()
    assert doc.mark(second.uuid).depth == "deep"
    assert _button(panel.depth_group, "deep").isChecked()

    # P1 cannot be brought on by P2, which it brings on (no circle)
    window.controller.select(first.uuid)
    assert panel.brought_combo.findData(second.uuid) == -1

    saved = _save_and_read(qtbot, window, diary)
    back = next(m for m in saved.marks if m.uuid == second.uuid)
    assert (back.constancy, back.depth) == ("intermittent", "deep")
    assert back.daily_pattern == ["night", "morning"] and back.morning_stiffness_minutes == 30
    assert back.aggravating == ["sitting", "screen_work"] and back.aggravating_note == "carrying bags"
    assert back.easing == ["heat"] and back.easing_note == "shaking the hand"
    assert back.brought_on_by == first.uuid

    # the panel shows the saved values after reopening
    window.new_episode()
    settle(qtbot, window)
    window.open_episode(int(saved.id or 0))
    qtbot.waitUntil(lambda: len(window.document.marks()) == 2, timeout=10000)
    window.controller.select(second.uuid)
    assert _button(panel.constancy_group, "intermittent").isChecked()
    assert panel.stiffness_spin.value() == 30 and panel.daily_boxes["night"].isChecked()
    assert panel.brought_combo.currentData() == first.uuid


def test_every_stored_key_has_words_in_the_panel() -> None:
    assert set(AGGRAVATING_TEXTS) == set(AGGRAVATING_FACTORS)
    assert set(EASING_TEXTS) == set(EASING_FACTORS)
    assert set(DAILY_TEXTS) == set(DAILY_PATTERNS)
    assert set(EXAM_TEXTS) == set(EXAM_FINDINGS)


# -- the trigger point's examination --------------------------------------------------------------


def test_exam_findings_suggest_the_state_and_an_overrule_is_kept(qtbot, window: MainWindow, diary: Diary) -> None:
    doc, panel = window.document, window.mark_panel
    window.tool_actions[Tool.TRIGGER_POINT].trigger()
    x, y = anatomy.inside_point("back", "shoulder_top.right")
    click_map(qtbot, window, "back", x, y)
    (tp,) = doc.marks()
    assert tp.tp_state == "active" and panel.exam_section.isVisible()
    assert not panel.chart_section.isVisible()

    # "pain recognised: no" -> latent, as the suggestion; one undo step for both
    _click(qtbot, _button(panel.exam_groups["recognised_pain"], "no"))
    tp = doc.mark(tp.uuid)
    assert tp.exam == {"recognised_pain": "no"} and tp.tp_state == "latent"
    assert "Suggested by the examination: latent" in panel.suggestion_label.text()
    assert panel.use_suggestion_button.isHidden()
    doc.undo_stack.undo()
    assert doc.mark(tp.uuid).exam == {} and doc.mark(tp.uuid).tp_state == "active"
    doc.undo_stack.redo()

    # the person overrules it: active
    active = next(b for b in panel.state_group.buttons() if b.property("value") == "active")
    active.click()  # a radio button takes a click on its circle or words, not its empty width
    assert doc.mark(tp.uuid).tp_state == "active"
    assert "suggests latent" in panel.suggestion_label.text()
    assert not panel.use_suggestion_button.isHidden()
    # more findings: the overrule stays
    _click(qtbot, _button(panel.exam_groups["taut_band"], "yes"))
    _click(qtbot, _button(panel.exam_groups["twitch_response"], "no"))
    tp = doc.mark(tp.uuid)
    assert tp.tp_state == "active"
    assert tp.exam == {"recognised_pain": "no", "taut_band": "yes", "twitch_response": "no"}
    # "not tested" takes a finding out
    _click(qtbot, _button(panel.exam_groups["twitch_response"], ""))
    assert "twitch_response" not in doc.mark(tp.uuid).exam
    panel.pressure_spin.setValue(2.5)
    assert doc.mark(tp.uuid).pressure_threshold == 2.5
    assert "2 findings recorded" in panel.exam_section.header.text()

    saved = _save_and_read(qtbot, window, diary)
    (back,) = saved.marks
    assert back.tp_state == "active" and back.exam == {"recognised_pain": "no", "taut_band": "yes"}
    assert back.pressure_threshold == 2.5

    # reopened, the overrule is still an overrule; "Use the suggestion" follows the rule
    window.new_episode()
    settle(qtbot, window)
    window.open_episode(int(saved.id or 0))
    qtbot.waitUntil(lambda: len(window.document.marks()) == 1, timeout=10000)
    window.controller.select(back.uuid)
    assert not panel.use_suggestion_button.isHidden()
    _click(qtbot, panel.use_suggestion_button)
    assert window.document.mark(back.uuid).tp_state == "latent"
    # now following the rule: "recognised: yes" makes it active
    _click(qtbot, _button(panel.exam_groups["recognised_pain"], "yes"))
    assert window.document.mark(back.uuid).tp_state == "active"


# -- cleared ticks ------------------------------------------------------------------------------


def test_cleared_ticks_toggle_and_a_symptom_region_cannot_be_ticked(
    qtbot, window: MainWindow, diary: Diary
) -> None:
    doc, layer = window.document, window.controller.layer
    window.tool_actions[Tool.CLEARED].trigger()
    assert window.controller.tool is Tool.CLEARED
    x, y = anatomy.inside_point("back", "shoulder_top.left")
    click_map(qtbot, window, "back", x, y)
    assert doc.cleared_regions() == ["shoulder_top.left"]
    # drawn at the region's centre in every view that shows the region
    views = {view for view, region in layer.ticks if region == "shoulder_top.left"}
    assert "back" in views and views == set(anatomy.REGIONS["shoulder_top.left"].views) & set(
        window.map_widget.views())
    tick = layer.ticks[("back", "shoulder_top.left")]
    path = window.map_widget.view("back").body_scene().region_path("shoulder_top.left")
    assert path.contains(tick.pos())
    assert "clear" in window.statusBar().currentMessage()
    # a second click takes it away; undo and redo
    click_map(qtbot, window, "back", x, y)
    assert doc.cleared_regions() == [] and not layer.ticks
    doc.undo_stack.undo()
    assert doc.cleared_regions() == ["shoulder_top.left"] and layer.ticks
    doc.undo_stack.redo()
    assert doc.cleared_regions() == []

    # a region with a symptom cannot be ticked: the status bar says why
    _paint(qtbot, window, Tool.PAIN_FILL, "back", "calf.left")
    window.tool_actions[Tool.CLEARED].trigger()
    cx, cy = anatomy.inside_point("back", "calf.left")
    steps = doc.undo_stack.count()
    click_map(qtbot, window, "back", cx, cy)
    assert doc.cleared_regions() == [] and doc.undo_stack.count() == steps
    assert "cannot be ticked" in window.statusBar().currentMessage()

    # a ticked region painted later loses its tick in the same undo step
    kx, ky = anatomy.inside_point("front", "knee_front.right")
    click_map(qtbot, window, "front", kx, ky)
    click_map(qtbot, window, "back", x, y)
    assert doc.cleared_regions() == ["knee_front.right", "shoulder_top.left"]
    _paint(qtbot, window, Tool.NUMBNESS_FILL, "front", "knee_front.right")
    assert doc.cleared_regions() == ["shoulder_top.left"]
    assert "taken away" in window.statusBar().currentMessage()
    doc.undo_stack.undo()
    assert doc.cleared_regions() == ["knee_front.right", "shoulder_top.left"]
    assert not any(m.kind == "numbness" for m in doc.marks())
    doc.undo_stack.redo()

    saved = _save_and_read(qtbot, window, diary)
    assert saved.cleared_regions == ["shoulder_top.left"]
    window.new_episode()
    settle(qtbot, window)
    assert not layer.ticks
    window.open_episode(int(saved.id or 0))
    qtbot.waitUntil(lambda: ("back", "shoulder_top.left") in layer.ticks, timeout=10000)


# -- the Person menu -------------------------------------------------------------------------------


def _menu_action(window: MainWindow, text: str):  # noqa: ANN202
    window._fill_profile_menu()
    return next(a for a in window.profile_menu.actions() if a.text() == text)


def test_rename_a_person_from_the_person_menu(qtbot, window: MainWindow, diary: Diary) -> None:
    _menu_action(window, "Rename…").trigger()
    dialog = window.person_actions().rename_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.textValue() == window.profile.name
    # Cancel changes nothing
    buttons = dialog.findChild(QDialogButtonBox)
    _click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Cancel))
    settle(qtbot, window)
    assert [p.name for p in diary.list_profiles()] == [window.profile.name]
    # a new name
    _menu_action(window, "Rename…").trigger()
    dialog = window.person_actions().rename_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.setTextValue("Anna Rossi")
    buttons = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(window.person_actions().renamed, timeout=5000):
        _click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert [p.name for p in diary.list_profiles()] == ["Anna Rossi"]
    assert window.profile.name == "Anna Rossi"
    assert "Anna Rossi" in window.windowTitle()
    # the report's header reads the name from the diary
    from bodymap.report.model import build_report

    report = build_report(diary, window.profile.id or 0)
    assert report.person == "Anna Rossi"


def _question(qtbot, window: MainWindow) -> QMessageBox:
    actions = window.person_actions()
    qtbot.waitUntil(lambda: actions.remove_question is not None and actions.remove_question.isVisible(),
                    timeout=5000)
    return actions.remove_question


def test_remove_a_person_asks_backs_up_first_and_refuses_the_last(
    qtbot, window: MainWindow, diary: Diary
) -> None:
    first = window.profile
    ben = diary.create_profile("Ben")
    for day in (1, 2):
        from datetime import datetime

        diary.save_episode(EpisodeRecord(profile_id=int(ben.id or 0), started_at=datetime(2026, 11, day, 9)))
    window.switch_profile(ben)
    qtbot.waitUntil(lambda: window.context.person_id == ben.id, timeout=5000)

    # the question names Ben and his episodes; "Keep Ben" removes nothing
    _menu_action(window, "Remove this person…").trigger()
    box = _question(qtbot, window)
    assert "Ben" in box.text() and "2 episodes" in box.text()
    keep = next(b for b in box.findChildren(QPushButton) if b.text() == "Keep Ben")
    _click(qtbot, keep)
    settle(qtbot, window)
    assert {p.name for p in diary.list_profiles()} == {first.name, "Ben"}
    assert window.context.person_id == ben.id

    # asked again and answered "Remove Ben": a backup first, then he is gone
    window.person_actions().remove_question = None
    _menu_action(window, "Remove this person…").trigger()
    box = _question(qtbot, window)
    with qtbot.waitSignal(window.person_actions().removed, timeout=10000) as removed:
        _click(qtbot, window.person_actions().remove_button)
    _person, backup = removed.args
    from pathlib import Path

    assert Path(backup).is_file()
    backed_up = Diary.open(f"sqlite:///{backup}")
    try:
        assert "Ben" in {p.name for p in backed_up.list_profiles()}
    finally:
        backed_up.close()
    assert [p.name for p in diary.list_profiles()] == [first.name]
    assert window.context.person_id == first.id

    # the last person is never removed
    window.person_actions().remove_question = None
    _menu_action(window, "Remove this person…").trigger()
    box = _question(qtbot, window)
    assert "only person" in box.text() and window.person_actions().remove_button is None
    _click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert [p.name for p in diary.list_profiles()] == [first.name]


def test_the_toolbar_fits_1366_pixels_and_the_mark_panel_never_scrolls_sideways(
    qtbot, window: MainWindow
) -> None:
    window.resize(1366, 740)
    qtbot.wait(50)
    _paint(qtbot, window, Tool.PAIN_FILL, "back", "back_lower.left")
    for section in (window.mark_panel.chart_section, window.mark_panel.aggravating_section,
                    window.mark_panel.easing_section, window.mark_panel.feels_section):
        section.set_expanded(True)
    qtbot.wait(50)
    scroll = window.mark_dock.widget()
    assert window.mark_panel.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()


def test_an_imported_episode_with_gaps_in_its_numbers_gets_no_duplicate(
    qtbot, window: MainWindow, diary: Diary
) -> None:
    """Ranks 2 and 3 (P1 gone elsewhere) and one unranked area from an older diary: shown as
    P1..P3, and a new area gets a rank no other has, so the save is accepted."""
    from datetime import datetime

    from bodymap.map.geometry import region_path, rings_from_path

    def area(region: str, rank: int | None) -> MarkRecord:
        rings = rings_from_path(region_path("back", region))
        return MarkRecord("pain", "back", {"type": "area", "polygons": rings}, 5,
                          regions={region: 1.0}, rank=rank)

    old = [area("calf.left", 3), area("calf.right", None), area("buttock.left", 2)]
    record = EpisodeRecord(profile_id=int(window.profile.id or 0), started_at=datetime(2026, 11, 3, 9),
                           marks=old)
    saved = diary.save_episode(record)
    window.open_episode(int(saved.id or 0))
    qtbot.waitUntil(lambda: len(window.document.marks()) == 3, timeout=10000)
    numbers = window.document.symptom_numbers()
    assert [numbers[m.uuid] for m in old] == [2, 3, 1]
    assert sorted(lb.text for lb in window.controller.layer.labels.values()) == ["P1", "P2", "P3"]
    new = _paint(qtbot, window, Tool.PAIN_FILL, "back", "back_lower.right")
    numbers = window.document.symptom_numbers()
    assert numbers[new.uuid] == 4 and [numbers[m.uuid] for m in old] == [2, 3, 1]  # none moved
    window.document.undo_stack.undo()  # one step: the area and the numbering it needed
    assert [window.document.mark(m.uuid).rank for m in old] == [3, None, 2]
    window.document.undo_stack.redo()
    back = _save_and_read(qtbot, window, diary)
    ranks = [m.rank for m in back.marks if m.rank is not None]
    assert len(ranks) == len(set(ranks))
