"""The Fibromyalgia panel in the real window: the WPI areas lit from the marks (on the body too),
confirming or adjusting the ticks, the SSS, the tender-point exam, and the report's section."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from bodymap.anatomy import scores
from bodymap.store import assessments
from bodymap.store.records import EpisodeRecord, MarkRecord
from bodymap.store.service import Diary
from bodymap.ui.main_window import MainWindow

#: Noon UTC a day ago: the same calendar day at offset 0 wherever the tests run.
STARTED = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()) + timedelta(hours=12)
DAY = STARTED.date()


def pain(regions: dict[str, float], kind: str = "pain", view: str = "back") -> MarkRecord:
    return MarkRecord(kind=kind, view=view, intensity=5, regions=regions,
                      geometry={"type": "area", "polygons": [[[1, 1], [5, 1], [5, 5]]]})


@pytest.fixture
def person(diary: Diary) -> int:
    pid = diary.default_profile().id or 0
    diary.save_episode(EpisodeRecord(profile_id=pid, started_at=STARTED, marks=[
        pain({"shoulder_top.left": 0.5, "back_lower.left": 0.3}),
        MarkRecord(kind="tender_point", view="front", intensity=6, regions={"knee_inner.left": 1.0},
                   geometry={"type": "point", "x": 1, "y": 1}),  # never counts in the WPI
    ]))
    return pid


@pytest.fixture
def window(qtbot, diary: Diary, person: int, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def _panel(qtbot, window: MainWindow):
    dock = window.docks["fibro_dock"]
    dock.show()
    dock.raise_()
    panel = window.fibro_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.shown_person_id() == window.profile.id,
                    timeout=10000)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.set_day(DAY)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)
    return panel


def _click(qtbot, widget) -> None:
    """A real click, after scrolling the dock so the widget is on screen (a click goes to the
    window at the widget's place)."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
        qtbot.wait(20)
    # on the box of a check or radio button: their text may not fill their width
    pos = widget.rect().center()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        pos = QPoint(8, widget.height() // 2)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_the_panel_lights_the_areas_of_the_marks_on_the_list_and_the_body(qtbot, window) -> None:
    panel = _panel(qtbot, window)
    assert panel.ticked_areas() == ["shoulder_girdle_left", "lower_back"]
    assert "WPI <b>2</b>/19" in panel.figures.text()
    assert "not known" in panel.figures.text()  # no SSS yet
    assert "Not known" in panel.summary_label.text()
    assert scores.info_sentence() in panel.info_label.text()
    # the lit areas are tinted on the body while the panel is on show ...
    assert panel.overlay.ticked == {"shoulder_girdle_left", "lower_back"}
    assert panel.overlay.area_items
    scenes = {item.scene() for item in panel.overlay.area_items}
    assert window.map_widget.view("back").body_scene() in scenes
    # ... and only then
    window.docks["episode_dock"].raise_()
    qtbot.waitUntil(lambda: not panel.overlay.area_items, timeout=3000)


def test_adjusting_a_tick_is_saved_and_said(qtbot, window, diary: Diary, person: int) -> None:
    panel = _panel(qtbot, window)
    _click(qtbot, panel.area_boxes["lower_back"])  # untick
    _click(qtbot, panel.area_boxes["neck"])  # tick
    assert panel.overlay.ticked == {"shoulder_girdle_left", "neck"}
    assert panel.overlay.suggested >= {"lower_back"}  # still outlined, dashed
    with qtbot.waitSignal(panel.saved, timeout=10000) as saved:
        _click(qtbot, panel.save_button)
    assert "You changed 2 areas from what the map shows." in saved.args[0]
    stored = assessments.latest_assessment(diary, person, DAY)
    assert stored is not None and stored.assessed_on == DAY
    assert set(stored.areas) == {"shoulder_girdle_left", "neck"} and stored.areas_adjusted
    assert stored.sss is None
    # saving again the same day replaces it (one assessment per day)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)
    with qtbot.waitSignal(panel.saved, timeout=10000):
        _click(qtbot, panel.save_button)
    assert len(assessments.list_assessments(diary, person)) == 1


def test_the_sss_is_saved_and_shown_live(qtbot, window, diary: Diary, person: int) -> None:
    panel = _panel(qtbot, window)
    for name, value in (("fatigue", 3), ("waking_unrefreshed", 2), ("cognitive", 1)):
        _click(qtbot, panel.findChild(type(panel.sss_groups[name].button(0)), f"sss_{name}_{value}"))
    assert "SSS: not known" in panel.summary_label.text()  # three of six: still not known
    with qtbot.assertNotEmitted(panel.saved, wait=300):
        _click(qtbot, panel.save_button)  # half a questionnaire is not saved
    assert "Nothing was saved" in panel.status.text()
    for name, answer in (("headaches", "yes"), ("lower_abdominal", "no"), ("depression", "yes")):
        _click(qtbot, panel.findChild(type(panel.sss_groups[name].button(0)), f"sss_{name}_{answer}"))
    assert "SSS <b>8</b>/12" in panel.figures.text() and "FS <b>10</b>/31" in panel.figures.text()
    _click(qtbot, panel.months_group.button(1))  # three months: yes
    assert "2016 criteria" in panel.summary_label.text()
    with qtbot.waitSignal(panel.saved, timeout=10000) as saved:
        _click(qtbot, panel.save_button)
    assert "The areas are the ones the map shows." in saved.args[0]
    stored = assessments.latest_assessment(diary, person, DAY)
    assert stored is not None and stored.sss_score == 8 and not stored.areas_adjusted
    assert stored.symptoms_3_months is True and stored.fs == 10
    summary = assessments.fibro_summary(diary, person, DAY)
    assert summary.sss == 8 and summary.criteria_2016_met is False  # WPI 2
    # the chart tab draws the trend (matplotlib only now)
    panel.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: panel._canvas is not None, timeout=20000)
    assert "Assessments saved: 1" in panel.chart_status.text()


def test_the_tender_point_exam_saves_18_sites_and_the_count(qtbot, window, diary, person) -> None:
    panel = _panel(qtbot, window)
    panel.tabs.setCurrentIndex(3)
    assert "no longer use" in panel.tender_note.text()
    qtbot.waitUntil(lambda: len(panel.overlay.site_items) == 18, timeout=3000)
    assert not panel.overlay.area_items  # kept apart from the WPI areas
    assert "Occiput, left" in panel.overlay.site_items["occiput_left"].toolTip()
    for tid in ("occiput_left", "knee_right", "gluteal_left"):
        _click(qtbot, panel.tender_boxes[tid])
    panel.tender_levels["knee_right"].setValue(7)
    assert panel.tender_count.text() == "Tender: 3/18"
    with qtbot.waitSignal(panel.saved, timeout=10000) as saved:
        _click(qtbot, panel.save_exam_button)
    assert "3/18" in saved.args[0]
    exam = assessments.latest_tender_exam(diary, person, DAY)
    assert exam is not None and len(exam.sites) == 18 and exam.count == 3
    assert exam.examined_on == DAY
    assert {s.site: s.intensity for s in exam.sites if s.tender}["knee_right"] == 7


def test_switching_person_shows_their_areas(qtbot, window, diary: Diary) -> None:
    bruno = diary.create_profile("Bruno")
    diary.save_episode(EpisodeRecord(profile_id=bruno.id, started_at=STARTED,
                                     marks=[pain({"calf.left": 1.0})]))
    panel = _panel(qtbot, window)
    window.profile_menu.aboutToShow.emit()
    next(a for a in window.profile_menu.actions() if a.text() == "Bruno").trigger()
    qtbot.waitUntil(lambda: panel.shown_person_id() == bruno.id, timeout=10000)
    assert panel.ticked_areas() == ["lower_leg_left"]


def test_the_report_has_the_fibromyalgia_section(diary: Diary, person: int, tmp_path: Path) -> None:
    from bodymap.report.export import write_pdf
    from bodymap.report.model import SECTIONS, build_report

    assert "fibro" in SECTIONS
    first = assessments.assessment_from_map(diary, person, DAY - timedelta(days=20))
    first.sss = scores.SymptomSeverity(1, 1, 1, False, False, False)
    assessments.save_assessment(diary, first)
    data = build_report(diary, person, sections=("map", "fibro"), today=DAY)
    assert data.fibro is not None and data.fibro.summary.wpi == 2
    out = tmp_path / "report.pdf"
    write_pdf(out, data)
    text = " ".join(re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(out)).pages)
    assert "Fibromyalgia measures for" in text
    assert "Widespread Pain Index (WPI): 2/19" in text
    assert "Shoulder girdle, left" in text and "Lower back" in text
    assert "Symptom Severity Scale (SSS): 3/12" in text
    assert "talk to your doctor about what they mean for you" in text
    # one assessment is no trend: its figures are there, a one-dot chart is not
    assert "WPI, SSS and FS over time" not in text
    assert "Pain area" in text  # the legend knows the plain pain mark
    for days_before in (15, 10):
        more = assessments.assessment_from_map(diary, person, DAY - timedelta(days=days_before))
        more.sss = scores.SymptomSeverity(1, 1, 1, False, False, False)
        assessments.save_assessment(diary, more)
    data = build_report(diary, person, sections=("map", "fibro"), today=DAY)
    write_pdf(out, data)
    text = " ".join(re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(out)).pages)
    assert "WPI, SSS and FS over time" in text
    # without the section there is none
    plain = build_report(diary, person, sections=("map",), today=DAY)
    assert plain.fibro is None


def _tree(widget) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QWidget

    return [(type(w).__name__, w.objectName()) for w in widget.findChildren(QWidget)]


def test_the_panel_built_in_pieces_is_the_panel_built_at_once(qtbot, diary: Diary, person: int) -> None:
    from bodymap.ui.panels.fibro_panel import FibroPanel

    whole = FibroPanel(None, diary, person)
    qtbot.addWidget(whole)
    begun = FibroPanel(None, diary, person, in_pieces=True)
    qtbot.addWidget(begun)
    assert not hasattr(begun, "tabs")  # only begun
    pieces = sum(1 for _piece in begun.build_pieces())
    assert pieces >= 4  # the pages one at a time: none stops the window long
    assert _tree(begun) == _tree(whole)
    assert begun.tabs.count() == whole.tabs.count() == 4
    assert list(begun.area_boxes) == list(whole.area_boxes)


def test_a_panel_shown_before_its_background_build_ended_is_complete(
    qtbot, diary: Diary, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(MainWindow, "_build_later", lambda self: None)  # the pieces by hand
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    for _turn in range(3):
        w.dock_host.build_piece("fibro_dock")
    assert "fibro_dock" not in w.panels  # half built
    panel = _panel(qtbot, w)  # its dock comes on show: the rest is built there and then
    assert w.docks["fibro_dock"].widget().widget() is panel
    assert panel.tabs.count() == 4 and len(panel.tender_boxes) == 18
    assert [a for a, c in panel.area_boxes.items() if c.isChecked()] == ["shoulder_girdle_left",
                                                                      "lower_back"]
    assert panel.overlay.area_items  # lit on the body as when built at once
    assert not w.dock_host.half_built


def test_the_area_outlines_are_made_once_off_the_ui_thread(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from bodymap.anatomy import regions as anatomy
    from bodymap.map import fibro_overlay
    from bodymap.map.scene import BodyMapScene

    monkeypatch.setattr(fibro_overlay, "_AREA_PATHS", {})
    unite = fibro_overlay._unite_areas
    worker = threading.Thread(target=fibro_overlay.prepare_area_paths)
    worker.start()
    worker.join(60)
    made: list[str] = []

    def counting(view_id, present, between):  # noqa: ANN001, ANN202
        made.append(view_id)
        return unite(view_id, present, between)

    monkeypatch.setattr(fibro_overlay, "_unite_areas", counting)
    for view_id in anatomy.VIEWS:
        scene = BodyMapScene(view_id)
        assert fibro_overlay.drawn_regions(view_id) == scene.region_ids()
        paths = fibro_overlay.area_paths(view_id, scene.region_ids())
        fresh = unite(view_id, frozenset(scene.region_ids()), None)
        assert paths.keys() == fresh.keys()
        assert all(paths[a].boundingRect() == fresh[a].boundingRect() for a in fresh)
    assert made == []  # the scenes asked for what the warm-up had made
    fibro_overlay.area_paths("back", ["shoulder_blade.left"])
    assert made == ["back"]  # another set of regions is made when asked for


def test_the_warm_up_makes_the_outlines_an_area_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warm-up thread gives the window a turn before each area's outline (the front
    view's took 60 ms in one piece); the outlines are those made in one piece."""
    from bodymap.anatomy import regions as anatomy
    from bodymap.anatomy import scores
    from bodymap.map import fibro_overlay

    monkeypatch.setattr(fibro_overlay, "_AREA_PATHS", {})
    turns: list[int] = []
    fibro_overlay.prepare_area_paths(between=lambda: turns.append(len(fibro_overlay._AREA_PATHS)))
    pieces = 0
    for view_id in anatomy.VIEWS:
        present = frozenset(fibro_overlay.drawn_regions(view_id))
        whole = fibro_overlay._unite_areas(view_id, present, None)
        made = fibro_overlay.area_paths(view_id, present)
        assert made.keys() == whole.keys()
        assert all(made[a].boundingRect() == whole[a].boundingRect() for a in whole)
        pieces += sum(1 for a in scores.AREA_IDS if set(scores.regions_of_area(a)) & present)
    assert len(turns) == pieces > len(anatomy.VIEWS)
