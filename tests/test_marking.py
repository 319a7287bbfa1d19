"""Marking pain on the map, through clicks on the real widgets: place, paint, link, edit,
undo/redo, save, reopen, discard, and the draft that survives a crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from bodymap.anatomy import regions as anatomy
from bodymap.map.tools import Tool
from bodymap.store.service import Diary
from bodymap.ui.drafts import read_draft
from bodymap.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    from bodymap.app import create_application

    create_application()
    # no modal dialogs in tests unless a test asks for one
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    # these tests start from the trigger-point tool (the first-start default is the pain brush,
    # tests/test_pain_mark.py)
    w.tool_actions[Tool.TRIGGER_POINT].trigger()
    return w


def settle(qtbot, window: MainWindow) -> None:
    """Until the window's database worker has delivered everything asked of it."""
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=5000)


def click_map(qtbot, window: MainWindow, view_id: str, x: float, y: float) -> None:
    view = window.map_widget.show_view(view_id)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(x, y))


def drag_map(qtbot, window: MainWindow, view_id: str, points: list[tuple[float, float]]) -> None:
    view = window.map_widget.show_view(view_id)
    vp = view.viewport()
    first = view.mapFromScene(*points[0])
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=first)
    for x, y in points[1:]:
        pos = view.mapFromScene(x, y)
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            QPointF(pos),
            QPointF(vp.mapToGlobal(pos)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(vp, event)
    last = view.mapFromScene(*points[-1])
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=last)


def test_place_paint_link_edit_undo_redo_save_and_reopen(qtbot, window: MainWindow, diary: Diary) -> None:
    doc = window.document
    # 1. a trigger point on the right side of the neck (front view)
    window.tool_actions[Tool.TRIGGER_POINT].trigger()
    x, y = anatomy.inside_point("front", "neck_side.right")
    click_map(qtbot, window, "front", x, y)
    (tp,) = doc.marks()
    assert tp.kind == "trigger_point" and tp.tp_state == "active"
    assert set(tp.regions) == {"neck_side.right"}
    assert x < 300  # the patient's right is on the viewer's left in the front view

    # 2. intensity and qualities through the mark panel's buttons
    panel = window.mark_panel
    qtbot.mouseClick(panel.intensity_group.button(8), Qt.MouseButton.LeftButton)
    panel.quality_boxes["aching"].click()
    panel.quality_boxes["tight"].click()
    tp = doc.mark(tp.uuid)
    assert tp.intensity == 8 and tp.qualities == ["aching", "tight"]

    # 3. paint a referred-pain area over the right eye and forehead
    window.tool_actions[Tool.REFERRED_BRUSH].trigger()
    ox, oy = anatomy.inside_point("front", "orbit.right")
    window.brush_size.setValue(14)
    drag_map(qtbot, window, "front", [(ox - 6, oy), (ox, oy - 1), (ox + 6, oy)])
    areas = [m for m in doc.marks() if m.kind == "referred_area"]
    assert len(areas) == 1
    area = areas[0]
    assert area.geometry["type"] == "area" and "orbit.right" in area.regions
    assert 0 < area.regions["orbit.right"] <= 1

    # 4. link the area to the trigger point with the "comes from" chooser
    index = panel.source_combo.findData(tp.uuid)
    assert index > 0
    panel.source_combo.setCurrentIndex(index)
    panel.source_combo.activated.emit(index)
    assert doc.mark(area.uuid).source_uuid == tp.uuid
    assert area.uuid in window.controller.layer.links  # the map draws the link

    # undo / redo every step back and forth
    stack = doc.undo_stack
    assert stack.count() == 6  # add tp, intensity, aching, tight, paint, link
    final = doc.to_record().marks
    stack.undo()  # unlink
    assert doc.mark(area.uuid).source_uuid is None and not window.controller.layer.links
    stack.undo()  # unpaint
    assert [m.kind for m in doc.marks()] == ["trigger_point"]
    stack.undo()
    assert doc.mark(tp.uuid).qualities == ["aching"]
    stack.undo()
    assert doc.mark(tp.uuid).qualities == []
    stack.undo()
    assert doc.mark(tp.uuid).intensity == 5
    stack.undo()
    assert doc.marks() == [] and not doc.is_modified()
    for _ in range(6):
        stack.redo()
    assert doc.to_record().marks == final
    assert doc.mark(area.uuid).source_uuid == tp.uuid
    assert doc.mark(tp.uuid).intensity == 8

    # save: the database holds exactly this
    assert window.save_episode()
    settle(qtbot, window)
    (summary,) = diary.list_episodes(window.profile.id or 0)
    saved = diary.get_episode(summary.id)
    by_kind = {m.kind: m for m in saved.marks}
    assert by_kind["trigger_point"].intensity == 8
    assert by_kind["trigger_point"].qualities == ["aching", "tight"]
    assert by_kind["referred_area"].source_uuid == by_kind["trigger_point"].uuid
    assert "orbit.right" in by_kind["referred_area"].regions
    assert not doc.is_modified()

    # reopen shows it again
    window.new_episode()
    assert doc.marks() == []
    window.open_episode(summary.id)
    settle(qtbot, window)
    assert {m.uuid for m in doc.marks()} == {tp.uuid, area.uuid}
    assert len(window.controller.layer.items) == 2


def test_discarding_writes_nothing(qtbot, window: MainWindow, diary: Diary) -> None:
    x, y = anatomy.inside_point("back", "shoulder_top.left")
    click_map(qtbot, window, "back", x, y)
    assert len(window.document.marks()) == 1 and window.document.is_modified()
    window.ask_discard = lambda: True  # "Discard changes" in the question Discard asks now
    window.discard_changes()
    assert window.document.marks() == [] and not window.document.is_modified()
    assert diary.list_episodes(window.profile.id or 0) == []


def test_quick_path_three_clicks(qtbot, window: MainWindow, diary: Diary) -> None:
    """Open, click the spot, click the intensity, click save."""
    x, y = anatomy.inside_point("back", "shoulder_top.left")
    click_map(qtbot, window, "back", x, y)  # 1
    qtbot.mouseClick(window.mark_panel.intensity_group.button(7), Qt.MouseButton.LeftButton)  # 2
    button = window.tool_bar.widgetForAction(window.save_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # 3
    settle(qtbot, window)
    (summary,) = diary.list_episodes(window.profile.id or 0)
    episode = diary.get_episode(summary.id)
    (mark,) = episode.marks
    assert (mark.kind, mark.intensity, set(mark.regions)) == ("trigger_point", 7, {"shoulder_top.left"})
    # a quick entry is everyday pain (not a flare), its overall pain the worst mark
    assert (episode.kind, episode.intensity) == ("everyday", 7)


def test_fill_region_erase_and_other_kinds(qtbot, window: MainWindow) -> None:
    doc = window.document
    window.tool_actions[Tool.REFERRED_FILL].trigger()
    x, y = anatomy.inside_point("front", "thigh_outer.left")
    click_map(qtbot, window, "front", x, y)
    (area,) = doc.marks()
    assert area.regions.get("thigh_outer.left", 0) > 0.95
    window.tool_actions[Tool.ERASER].trigger()
    x0, y0, x1, y1 = anatomy.region_bbox("front", "thigh_outer.left")
    window.brush_size.setValue(120)
    drag_map(qtbot, window, "front", [((x0 + x1) / 2, y0 - 10), ((x0 + x1) / 2, y1 + 10)])
    remaining = [m for m in doc.marks() if m.kind == "referred_area"]
    assert not remaining or remaining[0].regions.get("thigh_outer.left", 0) < 0.5
    window.tool_actions[Tool.SPASM].trigger()
    x, y = anatomy.inside_point("back", "calf.right")
    click_map(qtbot, window, "back", x, y)
    window.tool_actions[Tool.TENDER_POINT].trigger()
    x, y = anatomy.inside_point("back", "buttock.left")
    click_map(qtbot, window, "back", x, y)
    kinds = sorted(m.kind for m in doc.marks())
    assert "spasm" in kinds and "tender_point" in kinds


def test_drag_moves_a_mark_in_one_undo_step(qtbot, window: MainWindow) -> None:
    doc = window.document
    x, y = anatomy.inside_point("back", "back_lower.right")
    click_map(qtbot, window, "back", x, y)
    (mark,) = doc.marks()
    window.tool_actions[Tool.SELECT].trigger()
    tx, ty = anatomy.inside_point("back", "buttock.right")
    drag_map(qtbot, window, "back", [(x, y), ((x + tx) / 2, (y + ty) / 2), (tx, ty)])
    qtbot.waitUntil(lambda: "buttock.right" in doc.mark(mark.uuid).regions, timeout=2000)
    moved = doc.mark(mark.uuid)
    assert abs(moved.geometry["x"] - tx) < 2 and abs(moved.geometry["y"] - ty) < 2
    doc.undo_stack.undo()
    assert set(doc.mark(mark.uuid).regions) == {"back_lower.right"}


def test_start_from_last_episode_copies_marks(qtbot, window: MainWindow, diary: Diary) -> None:
    x, y = anatomy.inside_point("front", "neck_side.left")
    click_map(qtbot, window, "front", x, y)
    window.save_episode()
    settle(qtbot, window)
    first = window.document.marks()
    window.new_from_last()
    settle(qtbot, window)
    copies = window.document.marks()
    assert len(copies) == 1 and copies[0].uuid != first[0].uuid
    assert copies[0].regions == first[0].regions
    assert window.document.episode_id is None and window.document.is_modified()


def test_draft_survives_a_crash(qtbot, window: MainWindow, diary: Diary, monkeypatch) -> None:
    x, y = anatomy.inside_point("back", "shoulder_blade.right")
    click_map(qtbot, window, "back", x, y)
    window.drafts.write_now()  # what the timer does a moment after the change
    path = window.drafts.path
    found = read_draft(path)
    assert found is not None and len(found[0].marks) == 1
    # "crash": the window goes away without closeEvent; a new one starts on the same diary
    window.drafts._timer.stop()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    second = MainWindow(diary)
    qtbot.addWidget(second)
    second.offer_draft()
    (mark,) = second.document.marks()
    assert set(mark.regions) == {"shoulder_blade.right"}
    assert second.document.is_modified()
    assert second.save_episode()
    settle(qtbot, second)
    assert not path.exists()


def test_draft_timer_writes_after_a_change(qtbot, window: MainWindow) -> None:
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    qtbot.waitUntil(lambda: window.drafts.path.exists(), timeout=4000)


def test_close_prompts_when_unsaved(qtbot, window: MainWindow, diary: Diary, monkeypatch) -> None:
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save))
    window.close()  # saves first, then closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert len(diary.list_episodes(window.profile.id or 0)) == 1


def test_keyboard_delete_removes_selected_mark(qtbot, window: MainWindow) -> None:
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    window.delete_mark_action.trigger()
    assert window.document.marks() == []
    window.document.undo_stack.undo()
    assert len(window.document.marks()) == 1
    _ = QPoint  # keep import for helpers


def test_atlas_answers_for_picked_regions_and_draws_the_muscle(qtbot, window: MainWindow) -> None:
    """Pain around the eye: picked on the map, the sternocleidomastoid comes near the top."""
    window.tool_actions[Tool.SELECT].trigger()
    for region in ("orbit.right", "cheek.right"):  # pain around the eye
        x, y = anatomy.inside_point("front", region)
        click_map(qtbot, window, "front", x, y)
    panel = window.atlas_panel
    assert panel.picked == {"orbit.right": 1.0, "cheek.right": 1.0}
    keys = [panel.candidate_list.item(i).data(Qt.ItemDataRole.UserRole)[0] for i in range(3)]
    assert "sternocleidomastoid" in keys
    row = keys.index("sternocleidomastoid")
    panel.candidate_list.setCurrentRow(row)
    overlay = window.atlas_overlay
    assert overlay.muscle is not None and overlay.muscle.key == "sternocleidomastoid"
    assert overlay.items and any(item.scene() is not None for item in overlay.items)
    panel.search.setText("sternocleido")
    assert panel.muscle_list.count() >= 1
    panel.search.setText("Musculus trapezius")
    assert panel.muscle_list.count() >= 1
    panel.clear_map()
    assert overlay.items == []


def test_referred_area_offers_candidates_and_links_in_one_click(qtbot, window: MainWindow) -> None:
    doc = window.document
    window.tool_actions[Tool.REFERRED_FILL].trigger()
    x, y = anatomy.inside_point("front", "temple.right")
    click_map(qtbot, window, "front", x, y)
    (area,) = doc.marks()
    panel = window.mark_panel
    assert panel.candidates.count() > 0
    first = panel.candidates.item(0)
    muscle_key = first.data(Qt.ItemDataRole.UserRole)[0]
    panel.candidates.itemActivated.emit(first)  # double-click: place the trigger point, link
    points = [m for m in doc.marks() if m.kind == "trigger_point"]
    assert len(points) == 1
    assert doc.mark(area.uuid).source_uuid == points[0].uuid
    assert points[0].muscle_key == muscle_key
    doc.undo_stack.undo()  # one step undoes both
    assert [m.kind for m in doc.marks()] == ["referred_area"]


def test_switching_person_shows_their_own_diary(qtbot, window: MainWindow, diary: Diary, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    assert window.save_episode()
    settle(qtbot, window)
    first = window.profile
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Anna Rossi", True)))
    window._fill_profile_menu()
    new_action = next(a for a in window.profile_menu.actions() if a.text() == "New person…")
    new_action.trigger()
    settle(qtbot, window)
    assert window.profile.name == "Anna Rossi"
    window.docks["list_dock"].raise_()
    qtbot.waitUntil(lambda: window.episode_list.shown_person_id() == window.profile.id, timeout=5000)
    settle(qtbot, window)
    assert window.episode_list.row_count() == 0
    assert "Anna Rossi" in window.windowTitle()
    window._fill_profile_menu()
    back = next(a for a in window.profile_menu.actions() if a.text() == first.name)
    back.trigger()
    assert window.profile.id == first.id
    qtbot.waitUntil(lambda: window.episode_list.shown_person_id() == first.id, timeout=5000)
    assert window.episode_list.row_count() == 1


def test_mark_list_shows_every_mark_and_picks_one(qtbot, window: MainWindow) -> None:
    for view, region in (("front", "neck_side.right"), ("head_left", "jaw.left")):
        x, y = anatomy.inside_point(view, region)
        click_map(qtbot, window, view, x, y)
    panel = window.mark_panel
    assert panel.mark_list.count() == 2
    assert panel.mark_list.currentRow() == 1  # the last placed mark is the selected one
    panel.mark_list.setCurrentRow(0)  # the neck mark lives in the front view
    assert window.controller.selected_uuid() == window.document.marks()[0].uuid
    assert window.map_widget.current_view().view_id == "front"


def test_episode_time_is_shown_on_the_clock_it_was_lived_and_edits_keep_its_offset(
    qtbot, window: MainWindow
) -> None:
    from datetime import datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    doc = window.document
    doc.set_field("started_at", datetime(2026, 3, 15, 20, 30))  # UTC
    doc.set_field("utc_offset_minutes", 60)  # Rome in winter
    editor = window.episode_panel.when
    assert editor.dateTime().time() == QTime(21, 30)
    editor.setDateTime(QDateTime(QDate(2026, 3, 15), QTime(22, 0)))
    assert doc.field("started_at") == datetime(2026, 3, 15, 21, 0)
    assert doc.field("utc_offset_minutes") == 60


def test_deleting_a_linked_trigger_point_unlinks_and_undo_relinks(qtbot, window: MainWindow) -> None:
    import gc

    doc = window.document
    x, y = anatomy.inside_point("back", "shoulder_top.right")
    click_map(qtbot, window, "back", x, y)
    (tp,) = doc.marks()
    window.tool_actions[Tool.REFERRED_FILL].trigger()
    x, y = anatomy.inside_point("back", "neck_back.right")
    click_map(qtbot, window, "back", x, y)
    area = next(m for m in doc.marks() if m.kind == "referred_area")
    window.controller.set_properties(area.uuid, {"source_uuid": tp.uuid})
    window.controller.select(tp.uuid)
    gc.collect()
    window.delete_mark_action.trigger()
    gc.collect()
    assert not doc.has_mark(tp.uuid) and doc.mark(area.uuid).source_uuid is None
    doc.undo_stack.undo()
    gc.collect()
    assert doc.mark(area.uuid).source_uuid == tp.uuid
    doc.undo_stack.redo()
    assert doc.mark(area.uuid).source_uuid is None


def test_an_erased_hole_reduces_the_share_of_the_region(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QPointF

    from bodymap.map.geometry import path_area, path_from_rings, region_area

    controller = window.controller
    controller.fill_region("back", "buttock.right")
    (area,) = window.document.marks()
    assert area.regions["buttock.right"] > 0.98
    x, y = anatomy.inside_point("back", "buttock.right")
    controller.brush_size = 30.0
    controller.paint("back", [QPointF(x, y)], erase=True)  # a round hole in the middle
    area = window.document.mark(area.uuid)
    hole = 3.14159 * 15 * 15
    expected = 1 - hole / region_area("back", "buttock.right")
    assert abs(area.regions["buttock.right"] - expected) < 0.02
    drawn = path_area(path_from_rings(area.geometry["polygons"]))
    assert abs(drawn - (region_area("back", "buttock.right") - hole)) < 0.02 * drawn


def test_a_left_area_is_never_linked_to_a_right_trigger_point(qtbot, window: MainWindow) -> None:
    """Upper trapezius marked on the patient's right; pain at the LEFT temple gets a new point
    on the left when its candidate is chosen, not the right one."""
    from bodymap.anatomy import atlas

    site = atlas.get("upper_trapezius").sites("right")[0]
    window.controller.add_point_mark("trigger_point", site.view, site.x, site.y)
    right_tp = window.document.marks()[0]
    window.controller.set_properties(right_tp.uuid, {"muscle_key": "upper_trapezius"})
    window.controller.fill_region("front", "temple.left")
    area = next(m for m in window.document.marks() if m.kind == "referred_area")
    panel = window.mark_panel
    rows = [panel.candidates.item(i) for i in range(panel.candidates.count())]
    row = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole)[0] == "upper_trapezius")
    assert "you marked it" not in row.text()
    panel.candidates.itemActivated.emit(row)
    source = window.document.mark(window.document.mark(area.uuid).source_uuid)
    assert source.uuid != right_tp.uuid
    assert all(r.endswith(".left") for r in source.regions)


def test_moving_an_episode_across_summer_time_takes_that_days_offset(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    import time
    from datetime import datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    try:
        doc = window.document
        doc.set_field("started_at", datetime(2026, 3, 15, 20, 30))  # 21:30 in Rome, winter
        doc.set_field("utc_offset_minutes", 60)
        window.episode_panel.when.setDateTime(QDateTime(QDate(2026, 4, 15), QTime(22, 0)))
        assert doc.field("utc_offset_minutes") == 120  # summer time
        assert doc.field("started_at") == datetime(2026, 4, 15, 20, 0)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_keys_1_to_9_set_the_selected_marks_intensity(qtbot, window: MainWindow) -> None:
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    view = window.map_widget.view("back")
    qtbot.keyClick(view, Qt.Key.Key_8)
    (mark,) = window.document.marks()
    assert mark.intensity == 8
    window.document.undo_stack.undo()
    assert window.document.marks()[0].intensity == 5


def test_picked_regions_are_outlined_on_the_map(qtbot, window: MainWindow) -> None:
    window.tool_actions[Tool.SELECT].trigger()
    for region in ("orbit.right", "cheek.right"):
        x, y = anatomy.inside_point("front", region)
        click_map(qtbot, window, "front", x, y)
    outlined = {item.scene() for item in window._picked_items}
    assert len(window._picked_items) >= 2 and window.map_widget.view("front").body_scene() in outlined
    window.atlas_panel.clear_question()
    assert window._picked_items == []


def test_symbols_and_tools_help_opens(qtbot, window: MainWindow, monkeypatch) -> None:
    from bodymap.ui.legend_dialog import LegendDialog

    shown: list[str] = []
    monkeypatch.setattr(LegendDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    window.legend_action.trigger()
    assert shown == ["Symbols and tools"]


def test_the_heat_map_keeps_the_tool_the_person_chose(qtbot, window: MainWindow) -> None:
    """Issue 17: switching panels never changes the tool (it used to switch to Select)."""
    window.tool_actions[Tool.TRIGGER_POINT].trigger()
    window.heatmap_dock.show()
    window.heatmap_dock.raise_()
    qtbot.waitUntil(lambda: window.heatmap_panel.active, timeout=3000)
    assert window.controller.tool is Tool.TRIGGER_POINT


def test_marks_show_faintly_in_the_other_views_of_their_regions(qtbot, window: MainWindow) -> None:
    """Pain painted on the temple in the front view tints the temple in the head's side view."""
    window.controller.fill_region("front", "temple.right")
    layer = window.controller.layer
    head = window.map_widget.view("head_right").body_scene()
    tinted = [g for g in layer.ghosts if g.scene() is head]
    assert tinted, "the right temple should be tinted in the head_right view"
    assert not any(g.scene() is window.map_widget.view("front").body_scene() for g in layer.ghosts)
    window.document.undo_stack.undo()
    assert layer.ghosts == []


def test_a_link_across_views_is_captioned_on_the_area(qtbot, window: MainWindow) -> None:
    from bodymap.anatomy import atlas

    site = atlas.get("upper_trapezius").sites("right")[0]  # on the back
    tp = window.controller.add_point_mark("trigger_point", site.view, site.x, site.y)
    window.controller.set_properties(tp.uuid, {"muscle_key": "upper_trapezius"})
    window.controller.fill_region("front", "temple.right")
    area = next(m for m in window.document.marks() if m.kind == "referred_area")
    window.controller.set_properties(area.uuid, {"source_uuid": tp.uuid})
    layer = window.controller.layer
    assert area.uuid not in layer.links  # no arrow between two views...
    (caption,) = layer.far_links  # ...but a caption on the area
    assert atlas.get("upper_trapezius").names["en"] in caption.text()
    assert caption.scene() is window.map_widget.view("front").body_scene()
