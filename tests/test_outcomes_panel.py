"""The Outcomes panel (PSFS and PGIC) through clicks on its real widgets: name activities, rate
them on a day, rate again later, see the ratings over time (a chart only with two points or
more), the PGIC's seven steps in the NINDS numbering, and reading again when the diary changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from bodymap.store.records import PSFS_MAX_ACTIVITIES
from bodymap.store.service import Diary
from bodymap.ui.changes import Changes
from bodymap.ui.panels.outcomes_panel import PGIC_TEXTS, OutcomesPanel


@pytest.fixture
def panel(qtbot, diary: Diary) -> OutcomesPanel:
    from bodymap.app import create_application

    create_application()
    person = diary.default_profile()
    p = OutcomesPanel(diary, int(person.id or 0))
    qtbot.addWidget(p)
    p.resize(460, 900)
    with qtbot.waitSignal(p.loaded, timeout=10000):
        p.show()
    return p


def _done(qtbot, panel: OutcomesPanel) -> None:
    """Until the write and the read after it have landed."""
    qtbot.waitUntil(lambda: not panel.ops.pending(), timeout=10000)


def _add(qtbot, panel: OutcomesPanel, name: str) -> None:
    panel.activity_edit.clear()
    qtbot.keyClicks(panel.activity_edit, name)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    _done(qtbot, panel)


def _rate(qtbot, panel: OutcomesPanel, activity_id: int, score: int, day: date) -> None:
    panel.psfs_day.setDate(QDate(day.year, day.month, day.day))
    panel.rating_spins[activity_id].setValue(score)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        qtbot.mouseClick(panel.rate_buttons[activity_id], Qt.MouseButton.LeftButton)
    _done(qtbot, panel)


def _menu(panel: OutcomesPanel, activity_id: int | None, starts: str):  # noqa: ANN202
    """An entry of the "…" menu beside an activity."""
    menu = panel.activity_menus[int(activity_id or 0)]
    return next(a for a in menu.actions() if a.text().startswith(starts))


def test_psfs_add_rate_rerate_and_chart(qtbot, panel: OutcomesPanel, diary: Diary) -> None:
    person_id = panel.profile_id
    assert "No activity named yet" in panel.psfs_status.text()
    # named at the first visit, two weeks ago (the day chosen is the day they were added)
    first_day = date.today() - timedelta(days=14)
    panel.psfs_day.setDate(QDate(first_day.year, first_day.month, first_day.day))
    _add(qtbot, panel, "Carrying shopping")
    _add(qtbot, panel, "Sleeping on my side")
    names = [a.name for a in panel.active_activities()]
    assert names == ["Carrying shopping", "Sleeping on my side"]
    carrying, sleeping = (int(a.id or 0) for a in panel.active_activities())

    # one rating each: numbers, no chart (one point is no trend)
    _rate(qtbot, panel, carrying, 3, first_day)
    _rate(qtbot, panel, sleeping, 6, first_day)
    assert panel.chart() is None
    assert panel.history_labels[carrying].text().startswith("3 on ")
    assert [(r.score, r.rated_on) for r in diary.psfs_ratings(person_id, activity_id=carrying)] == [
        (3, first_day)]

    # re-rated two weeks later: the chart appears, the numbers show both
    _rate(qtbot, panel, carrying, 5, date.today())
    assert panel.chart() is not None and panel.chart().objectName() == "psfsChart"
    history = panel.history_labels[carrying].text()
    assert "3 on " in history and "5 on " in history and history.index("3 on") < history.index("5 on")
    figure = panel.chart().figure
    (axes,) = figure.axes
    lines = axes.get_lines()
    assert [line.get_label() for line in lines] == ["Carrying shopping"]  # only one with 2 points
    assert list(lines[0].get_ydata()) == [3, 5]

    # rating again on the same day replaces that day's score
    _rate(qtbot, panel, carrying, 7, date.today())
    assert [r.score for r in diary.psfs_ratings(person_id, activity_id=carrying)] == [3, 7]

    # a day before the activity was named is refused, in words, and nothing is written
    panel.psfs_day.setDate(QDate(first_day.year, first_day.month, first_day.day).addDays(-3))
    panel.rating_spins[sleeping].setValue(2)
    qtbot.mouseClick(panel.rate_buttons[sleeping], Qt.MouseButton.LeftButton)
    _done(qtbot, panel)
    assert panel.psfs_status.text() and "Traceback" not in panel.psfs_status.text()
    assert [r.score for r in diary.psfs_ratings(person_id, activity_id=sleeping)] == [6]


def test_psfs_takes_five_activities_and_retiring_one_frees_a_place(
    qtbot, panel: OutcomesPanel, diary: Diary
) -> None:
    last_visit = date.today() - timedelta(days=7)
    panel.psfs_day.setDate(QDate(last_visit.year, last_visit.month, last_visit.day))
    for n in range(PSFS_MAX_ACTIVITIES):
        _add(qtbot, panel, f"Activity {n + 1}")
    assert not panel.add_button.isEnabled()
    assert "Five activities" in panel.psfs_status.text()
    first = panel.active_activities()[0]
    _rate(qtbot, panel, int(first.id or 0), 4, last_visit)
    # at today's visit, "Stop rating it" (the activity's menu) keeps its ratings, frees a place
    panel.psfs_day.setDate(QDate.currentDate())
    _menu(panel, first.id, "Stop rating it").trigger()
    _done(qtbot, panel)
    assert panel.add_button.isEnabled()
    assert len(panel.active_activities()) == PSFS_MAX_ACTIVITIES - 1
    assert [r.score for r in diary.psfs_ratings(panel.profile_id)] == [4]
    # renaming keeps the ratings with the activity
    second = panel.active_activities()[0]
    panel.ask_name = lambda current: "Walking to the shop"
    _menu(panel, second.id, "Rename").trigger()
    _done(qtbot, panel)
    assert panel.active_activities()[0].name == "Walking to the shop"
    # deleting asks; "no" keeps it
    asked: list[str] = []
    panel.ask_yes = lambda title, text: bool(asked.append(text))
    _menu(panel, second.id, "Delete").trigger()
    _done(qtbot, panel)
    assert len(panel.active_activities()) == PSFS_MAX_ACTIVITIES - 1
    assert "Walking to the shop" in asked[0]
    # "yes" deletes it
    panel.ask_yes = lambda title, text: True
    _menu(panel, second.id, "Delete").trigger()
    _done(qtbot, panel)
    assert "Walking to the shop" not in [a.name for a in panel.active_activities()]


def test_pgic_seven_steps_saved_with_date_and_note(qtbot, panel: OutcomesPanel, diary: Diary) -> None:
    buttons = {panel.pgic_group.id(b): b for b in panel.pgic_group.buttons()}
    assert sorted(buttons) == [1, 2, 3, 4, 5, 6, 7]
    assert buttons[1].text().endswith("Very much improved")
    assert buttons[4].text().startswith("4") and buttons[4].text().endswith("No change")
    assert buttons[7].text().endswith("Very much worse")
    assert not panel.pgic_save.isEnabled()  # nothing chosen yet
    day = date.today() - timedelta(days=3)
    panel.pgic_day.setDate(QDate(day.year, day.month, day.day))
    buttons[3].click()
    qtbot.keyClicks(panel.pgic_note, "after six sessions")
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        qtbot.mouseClick(panel.pgic_save, Qt.MouseButton.LeftButton)
    _done(qtbot, panel)
    (saved,) = diary.pgic_ratings(panel.profile_id)
    assert (saved.score, saved.rated_on, saved.note) == (3, day, "after six sessions")
    assert panel.pgic_list.count() == 1
    text = panel.pgic_list.item(0).text()
    assert "3 — Minimally improved" in text and "after six sessions" in text
    assert set(PGIC_TEXTS) == {1, 2, 3, 4, 5, 6, 7}


def test_the_panel_reads_again_when_the_diary_changes(qtbot, panel: OutcomesPanel, diary: Diary) -> None:
    person_id = panel.profile_id
    activity = diary.add_psfs_activity(person_id, "Gardening", date.today())
    diary.add_pgic(person_id, date.today(), 2)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.context.notify(Changes(assessments=True))
    assert [a.name for a in panel.active_activities()] == ["Gardening"]
    assert int(activity.id or 0) in panel.rating_spins
    assert panel.pgic_list.count() == 1
    # another person: their own (empty) outcomes
    other = diary.create_profile("Ben")
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.context.set_person(other)
    assert panel.active_activities() == [] and panel.pgic_list.count() == 0
    assert panel.shown_person_id() == other.id
