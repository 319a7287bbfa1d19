"""The history panel: choose a region and a range, see the figures, open an episode."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyRecord, TherapyUseRecord
from bodymap.store.service import Diary, utcnow

NECK = "neck_back.right"


@pytest.fixture
def filled(diary: Diary) -> tuple[Diary, int, list[int]]:
    pid = diary.default_profile().id
    heat = diary.add_therapy(TherapyRecord(None, "Heat", "home", key="heat", builtin=True)).id
    ids = []
    now = utcnow().replace(microsecond=0)
    # Three recent episodes (5, 3 and 1 days ago) and one 200 days ago.
    for days, value in ((5, 4), (3, 8), (1, 6), (200, 9)):
        mark = MarkRecord(kind="spasm", view="back", geometry={"type": "point", "x": 1, "y": 1},
                          intensity=value, regions={NECK: 0.0}, qualities=["tight"],
                          spasm_kind="chronic")
        rec = EpisodeRecord(profile_id=pid, started_at=now - timedelta(days=days),
                            kind="chronic_spasm", intensity=value, marks=[mark],
                            therapy_uses=[TherapyUseRecord(heat, now - timedelta(days=days),
                                                           regions=[NECK], outcome="better",
                                                           relief=5)])
        ids.append(diary.save_episode(rec).id)
    return diary, pid, ids


def _wait_shown(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        pass


def test_choose_region_and_range_shows_figures(qtbot, filled) -> None:
    from bodymap.ui.history_panel import HistoryPanel

    diary, pid, ids = filled
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.set_range("7d")
    with qtbot.waitSignal(panel.history_shown, timeout=15000) as blocker:
        panel.show_region(NECK)
    h = blocker.args[0]
    assert h.region_id == NECK and h.episode_count == 3
    assert panel.figure_labels["episodes"].text() == "3"
    assert panel.figure_labels["mean"].text() == "6.0 / 10"
    assert panel.figure_labels["peak"].text() == "8 / 10"
    assert panel.region_list.currentItem().data(0x0100) == NECK
    assert panel.episode_tree.topLevelItemCount() == 3
    assert panel.therapy_tree.topLevelItem(0).text(0) == "Heat"
    assert panel.therapy_tree.topLevelItem(0).text(2) == "3"  # better
    # The charts are embedded canvases.
    assert set(panel.figures) == {"timeline", "frequency", "qualities"}
    assert panel.findChild(type(panel._canvases["timeline"]), "chart_timeline") is not None

    # "All" brings in the old episode too.
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.set_range("all")
    assert panel.figure_labels["episodes"].text() == "4"
    assert panel.figure_labels["peak"].text() == "9 / 10"

    # A custom range around the old episode only.
    old = (utcnow() - timedelta(days=200)).date()
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.set_custom_range(old - timedelta(days=2), old + timedelta(days=2))
    assert panel.date_from.isEnabled()
    assert panel.figure_labels["episodes"].text() == "1"


def test_search_filters_the_region_list(qtbot, filled) -> None:
    from bodymap.ui.history_panel import HistoryPanel

    diary, pid, _ = filled
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "neck")
    visible = [panel.region_list.item(i) for i in range(panel.region_list.count())
               if not panel.region_list.item(i).isHidden()]
    assert visible and all("neck" in (i.text() + i.toolTip()).lower() for i in visible)
    assert len(visible) < panel.region_list.count()


def test_episode_double_click_emits_id(qtbot, filled, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from bodymap.ui.history_panel import HistoryPanel

    diary, pid, ids = filled
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_range("30d")
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    tree = panel.episode_tree
    panel.detail_tabs.setCurrentWidget(tree)
    first = tree.topLevelItem(0)  # newest first: 1 day ago
    rect = tree.visualItemRect(first)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.episode_requested, timeout=2000) as blocker:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids[2]]
    # Enter on the current item opens it too.
    tree.setCurrentItem(tree.topLevelItem(1))
    tree.setFocus()
    with qtbot.waitSignal(panel.episode_requested, timeout=2000) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [ids[1]]

    # Export the current chart as PNG and SVG.
    panel.export_chart(str(tmp_path / "c.png"))
    panel.export_chart(str(tmp_path / "c.svg"))
    assert (tmp_path / "c.png").stat().st_size > 1000
    assert "<svg" in (tmp_path / "c.svg").read_text()


def test_empty_region_shows_dashes(qtbot, filled) -> None:
    from bodymap.ui.history_panel import HistoryPanel

    diary, pid, _ = filled
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region("calf.left")
    assert panel.figure_labels["episodes"].text() == "0"
    assert panel.figure_labels["mean"].text() == "–"
    assert panel.episode_tree.topLevelItemCount() == 0




def test_matplotlib_is_not_imported_with_the_panel_module() -> None:
    import subprocess
    import sys

    code = ("import sys, bodymap.ui.history_panel, bodymap.ui.heatmap_panel; "
            "sys.exit(1 if 'matplotlib' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_the_panel_built_in_pieces_is_the_panel_built_at_once_and_works(qtbot, filled) -> None:
    from PySide6.QtWidgets import QWidget

    from bodymap.ui.history_panel import HistoryPanel

    diary, pid, _ids = filled

    def tree(widget: QWidget) -> list[tuple[str, str]]:
        return [(type(w).__name__, w.objectName()) for w in widget.findChildren(QWidget)]

    whole = HistoryPanel(diary, pid)
    qtbot.addWidget(whole)
    panel = HistoryPanel(diary, pid, in_pieces=True)
    qtbot.addWidget(panel)
    assert not hasattr(panel, "episode_tree")  # only begun
    assert sum(1 for _piece in panel.build_pieces()) >= 2  # in parts: none stops the window long
    assert tree(panel) == tree(whole)
    assert panel.region_list.count() == whole.region_list.count() > 0
    panel.set_range("7d")
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    assert panel.figure_labels["episodes"].text() == "3"
