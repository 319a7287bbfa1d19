"""Switching person: every registered panel follows the context and shows only that person.

The panels are taken from the registry, so a panel added later is checked too.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyRecord, TherapyUseRecord
from bodymap.store.service import Diary, utcnow
from bodymap.store.therapy_log import log_use, unrated_uses
from bodymap.ui.changes import Changes
from bodymap.ui.main_window import MainWindow
from bodymap.ui.panels.registry import PANELS

NECK = "neck_back.right"
CALF = "calf.left"


def _episode(diary: Diary, person_id: int, region: str, days: int, therapy_id: int) -> int:
    now = utcnow().replace(microsecond=0)
    mark = MarkRecord(kind="spasm", view="back", geometry={"type": "point", "x": 1, "y": 1},
                      intensity=6, regions={region: 0.0}, spasm_kind="chronic")
    use = TherapyUseRecord(therapy_id, now - timedelta(days=days), regions=[region])
    record = EpisodeRecord(profile_id=person_id, started_at=now - timedelta(days=days),
                           intensity=6, marks=[mark], therapy_uses=[use])
    return int(diary.save_episode(record).id or 0)


@pytest.fixture
def two_people(diary: Diary):
    anna = diary.default_profile()
    bruno = diary.create_profile("Bruno")
    heat = diary.add_therapy(TherapyRecord(None, "Heat", "home", key="heat", builtin=True)).id
    episodes = {
        anna.id: [_episode(diary, anna.id, NECK, d, heat) for d in (2, 4)],
        bruno.id: [_episode(diary, bruno.id, CALF, 3, heat)],
    }
    two_hours_ago = utcnow() - timedelta(hours=2)
    uses = {
        p.id: log_use(diary, p.id, heat, two_hours_ago, 0, [region]).id
        for p, region in ((anna, NECK), (bruno, CALF))
    }
    return anna, bruno, episodes, uses


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


def _choose_in_person_menu(window: MainWindow, name: str) -> None:
    window.profile_menu.aboutToShow.emit()  # what opening the menu does: it reads the people
    action = next(a for a in window.profile_menu.actions() if a.text() == name)
    action.trigger()


def _bring_forward(qtbot, window: MainWindow, name: str) -> None:
    window.docks[name].show()
    window.docks[name].raise_()
    qtbot.waitUntil(lambda: window.panels[name].isVisible(), timeout=3000)


def test_every_personal_panel_follows_the_person_menu(qtbot, two_people, window: MainWindow) -> None:
    anna, bruno, episodes, uses = two_people
    personal = [spec for spec in PANELS if spec.personal]
    assert {s.name for s in personal} >= {"list_dock", "therapy_dock", "history_dock", "heatmap_dock"}
    for spec in personal:
        _bring_forward(qtbot, window, spec.name)
        qtbot.waitUntil(lambda s=spec: window.panels[s.name].shown_person_id() == anna.id, timeout=10000)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)

    _choose_in_person_menu(window, "Bruno")
    assert window.context.person_id == bruno.id
    for spec in personal:
        _bring_forward(qtbot, window, spec.name)
        qtbot.waitUntil(lambda s=spec: window.panels[s.name].shown_person_id() == bruno.id, timeout=10000)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)

    # and the content is Bruno's, not what Anna's left behind
    assert window.episode_list.episode_ids() == episodes[bruno.id]
    brunos = {u.id for u in unrated_uses(window.diary, bruno.id)}
    annas = {u.id for u in unrated_uses(window.diary, anna.id)}
    assert uses[bruno.id] in brunos and uses[anna.id] in annas
    assert set(window.therapy_panel.unrated_rows) == brunos
    assert set(window.heatmap_panel.values) == {CALF}
    assert window.document.profile_id == bruno.id
    assert "Bruno" in window.windowTitle()


def test_a_panel_behind_a_tab_reads_only_when_it_comes_forward(qtbot, two_people, window: MainWindow) -> None:
    anna, bruno, _episodes, _uses = two_people
    _bring_forward(qtbot, window, "episode_dock")
    therapy = window.therapy_panel
    assert not therapy.is_on_show()
    _choose_in_person_menu(window, "Bruno")
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)
    assert therapy.stale and therapy.shown_person_id() != bruno.id
    _bring_forward(qtbot, window, "therapy_dock")
    qtbot.waitUntil(lambda: therapy.shown_person_id() == bruno.id, timeout=10000)
    assert not therapy.stale


def test_a_write_tells_the_panels_that_care(qtbot, two_people, window: MainWindow) -> None:
    anna, _bruno, episodes, _uses = two_people
    _bring_forward(qtbot, window, "list_dock")
    qtbot.waitUntil(lambda: window.episode_list.episode_ids() == episodes[anna.id], timeout=10000)
    diary = window.diary
    now = utcnow().replace(microsecond=0)
    seen: list[Changes] = []
    window.context.changed.connect(seen.append)
    window.ops.write(lambda: diary.save_episode(EpisodeRecord(profile_id=anna.id, started_at=now)),
                     None, changes=Changes(episodes=True))
    qtbot.waitUntil(lambda: len(window.episode_list.episode_ids()) == 3, timeout=10000)
    assert seen == [Changes(episodes=True)]


def test_people_added_elsewhere_are_seen_on_activation(qtbot, window: MainWindow, diary: Diary) -> None:
    context = window.context
    context.people_seen(diary.list_profiles(), context.switches)
    seen: list[Changes] = []
    context.changed.connect(seen.append)
    diary.create_profile("Carla")  # as another machine would
    window.changeEvent(_activation())
    qtbot.waitUntil(lambda: Changes(people=True) in seen, timeout=5000)
    _choose_in_person_menu(window, "Carla")
    assert window.context.person.name == "Carla"


def _activation():
    from PySide6.QtCore import QEvent

    class Activation(QEvent):
        def __init__(self) -> None:
            super().__init__(QEvent.Type.ActivationChange)

    return Activation()
