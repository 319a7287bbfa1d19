"""What keeps the window fast with years of data, tested where a person would notice it:
the diary list shows the newest episodes at once and reads older ones as the person scrolls;
the diary list's pages are the right episodes in the right order."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bodymap.store.records import EpisodeRecord
from bodymap.store.service import Diary
from bodymap.ui.episode_list import EpisodeList
from bodymap.ui.panels.base import standalone


def _fill(diary: Diary, count: int) -> list[int]:
    """``count`` episodes a day apart; their ids newest first."""
    me = diary.default_profile()
    start = datetime(2020, 1, 1, 8)
    ids = []
    for day in range(count):
        record = EpisodeRecord(profile_id=me.id or 0, started_at=start + timedelta(days=day),
                               intensity=day % 11)
        ids.append(diary.save_episode(record).id)
    return ids[::-1]


def test_pages_of_the_list_are_the_whole_list(diary: Diary) -> None:
    newest_first = _fill(diary, 23)
    me = diary.default_profile().id or 0
    pages = [diary.list_episodes(me, limit=5, offset=k) for k in range(0, 25, 5)]
    assert [e.id for page in pages for e in page] == newest_first
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]


def test_the_list_shows_the_newest_and_reads_more_on_scroll(qtbot, diary: Diary) -> None:
    newest_first = _fill(diary, 60)
    context, ops = standalone(diary, diary.default_profile().id or 0)
    panel = EpisodeList(context, ops, page=20)
    qtbot.addWidget(panel)
    panel.resize(400, 150)  # a few rows in sight: the view asks for nothing more by itself
    panel.show()
    qtbot.waitUntil(lambda: panel.row_count() > 0, timeout=10000)
    # the newest page only, newest first
    qtbot.wait(200)
    assert panel.episode_ids() == newest_first[:20]
    assert panel.model.canFetchMore(panel.model.index(-1, -1).parent())
    # scrolling to the end asks for the next page (the view calls fetchMore)
    with qtbot.waitSignal(panel.grown, timeout=10000):
        panel.tree.scrollToBottom()
        panel.tree.verticalScrollBar().setValue(panel.tree.verticalScrollBar().maximum())
    assert panel.episode_ids() == newest_first[:40]
    # ... until everything is there, and then no more is asked for
    for _ in range(5):
        if not panel.model.more:
            break
        with qtbot.waitSignal(panel.grown, timeout=10000):
            panel.tree.scrollToBottom()
            panel.tree.verticalScrollBar().setValue(panel.tree.verticalScrollBar().maximum())
    assert panel.episode_ids() == newest_first
    assert not panel.model.canFetchMore(panel.model.index(-1, -1).parent())


def test_opening_an_old_episode_highlights_it_once_its_page_comes(qtbot, diary: Diary) -> None:
    newest_first = _fill(diary, 30)
    context, ops = standalone(diary, diary.default_profile().id or 0)
    panel = EpisodeList(context, ops, page=10)
    qtbot.addWidget(panel)
    panel.resize(400, 120)
    panel.show()
    qtbot.waitUntil(lambda: panel.row_count() == 10, timeout=10000)
    old = newest_first[15]
    panel.show_current(old)
    assert not panel.tree.currentIndex().isValid()  # not read yet
    with qtbot.waitSignal(panel.grown, timeout=10000):
        panel.tree.verticalScrollBar().setValue(panel.tree.verticalScrollBar().maximum())
    assert panel.tree.currentIndex().row() == 15
    assert panel.tree.currentIndex().data(256) == old  # Qt.UserRole: the episode's id


def test_the_list_answers_each_role_as_the_view_asks_it(qtbot, diary: Diary) -> None:
    """The roles come to data() as plain numbers from the view and as enum members from code:
    the same answers either way (the when, kind, pain and marks; the id; numbers right-aligned)."""
    from PySide6.QtCore import Qt

    newest_first = _fill(diary, 3)
    context, ops = standalone(diary, diary.default_profile().id or 0)
    panel = EpisodeList(context, ops, page=10)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.row_count() == 3, timeout=10000)
    model = panel.model
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole,
                 Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole):
        for column in range(model.columnCount()):
            index = model.index(0, column)
            assert model.data(index, role) == model.data(index, role.value)
    first = [model.data(model.index(0, c), 0) for c in range(model.columnCount())]
    assert all(isinstance(text, str) for text in first) and first[2] != ""  # the pain, given
    assert model.data(model.index(0, 0), 256) == newest_first[0]
    assert [model.data(model.index(0, c), 7) for c in range(4)] == [None, None, right, right]
    assert model.data(model.index(0, 0), 3) is None  # a role the list does not answer
    assert model.data(model.index(99, 0), 0) is None and model.data(model.index(99, 0), 256) is None


@pytest.mark.parametrize("count", [0, 1])
def test_a_short_list_asks_for_nothing_more(qtbot, diary: Diary, count: int) -> None:
    _fill(diary, count)
    context, ops = standalone(diary, diary.default_profile().id or 0)
    panel = EpisodeList(context, ops, page=10)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.shown, timeout=10000):
        panel.show()
    assert panel.row_count() == count
    assert not panel.model.more
