"""The visit report a physiotherapist works from, read back from the PDF: the body chart's
notation (numbered areas and their attributes, neural symbols, ticks, trigger-point findings),
labels that never overlap, since the last visit, overall pain and fatigue, PSFS and PGIC, tables
that never split a row, the header on every page, the one-page summary, the self-care plan, the
shared default period, and the Italian report."""

from __future__ import annotations

import ast
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bodymap.anatomy import regions as anatomy
from bodymap.report.export import write_pdf
from bodymap.report.labels import any_overlap
from bodymap.report.model import (
    DEFAULT_PERIOD,
    DEFAULT_SECTIONS,
    MIN_CHART_POINTS,
    build_report,
    period_first_day,
)
from bodymap.report.render import ReportOptions, page_layout, render_report
from bodymap.report.words import day as day_text
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyRecord, TherapyUseRecord
from bodymap.store.service import Diary

ROOT = Path(__file__).resolve().parent.parent
BASE = datetime(2026, 9, 1, 9, 0)
TODAY = date(2026, 12, 1)


def _pages(path: Path) -> list[str]:
    """Each page's text, ligatures ("ﬁ") undone, white space as single spaces."""
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text() or ""))
            for page in PdfReader(str(path)).pages]


def _square(view: str, region: str, size: float = 6.0) -> dict[str, object]:
    x, y = anatomy.inside_point(view, region)
    ring = [[x - size, y - size], [x + size, y - size], [x + size, y + size], [x - size, y + size]]
    return {"type": "area", "polygons": [ring]}


def _area(kind: str, view: str, region: str, intensity: int = 6, **kw: object) -> MarkRecord:
    return MarkRecord(kind=kind, view=view, geometry=_square(view, region), intensity=intensity,
                      regions={region: 0.8}, **kw)  # type: ignore[arg-type]


def _point(kind: str, view: str, region: str, intensity: int = 7, **kw: object) -> MarkRecord:
    x, y = anatomy.inside_point(view, region)
    return MarkRecord(kind=kind, view=view, geometry={"type": "point", "x": x, "y": y},
                      intensity=intensity, regions={region: 0.0}, **kw)  # type: ignore[arg-type]


@pytest.fixture
def chart(any_diary: Diary, qapp: object) -> tuple[Diary, int, int]:
    """One assessment in the body chart's notation: P1 neck pain (constant, deep, with its
    factors and 24-hour pattern), P2 pins and needles in the hand brought on by P1, P3 numbness,
    a trigger point in the back view referring to the temple in the front view, ticks."""
    diary = any_diary
    person = diary.create_profile("Ada Lovelace")
    assert person.id is not None
    tp = _point("trigger_point", "back", "shoulder_top.left", 8, tp_state="latent",
                muscle_key="upper_trapezius",
                exam={"taut_band": "yes", "spot_tenderness": "yes", "recognised_pain": "yes",
                      "twitch_response": "no"}, pressure_threshold=2.5)
    p1 = _area("pain", "front", "neck_side.left", 7, rank=1, constancy="constant", depth="deep",
               aggravating=["sitting", "screen_work"], aggravating_note="after an hour",
               easing=["heat"], daily_pattern=["morning"], morning_stiffness_minutes=45,
               qualities=["aching"])
    p2 = _area("paraesthesia", "front", "hand_palm.left" if "hand_palm.left" in anatomy.REGIONS
               else "wrist_front.left", 4, rank=2, constancy="intermittent",
               depth="superficial", brought_on_by=p1.uuid)
    p3 = _area("numbness", "front", "thigh_outer.right" if "thigh_outer.right" in anatomy.REGIONS
               else "knee_front.right", 3, rank=3)
    p4 = _area("referred_area", "front", "temple.left", 5, rank=4, source_uuid=tp.uuid)
    episode = diary.save_episode(EpisodeRecord(
        profile_id=person.id, started_at=BASE, intensity=6, fatigue=5,
        notes="Dopo il lungo viaggio in auto.", marks=[tp, p1, p2, p3, p4],
        cleared_regions=["knee_front.left", "lower_back.left" if "lower_back.left"
                         in anatomy.REGIONS else "shoulder_front.right"],
    ))
    assert episode.id is not None
    return diary, person.id, episode.id


def test_numbered_areas_attributes_neural_legend_and_findings(
        chart: tuple[Diary, int, int], tmp_path: Path) -> None:
    diary, person, episode = chart
    data = build_report(diary, person, episode_id=episode, today=TODAY)
    assert [(r.number, r.kind) for r in data.symptoms] == [
        (1, "pain"), (2, "paraesthesia"), (3, "numbness"), (4, "referred_area")]
    out = tmp_path / "chart.pdf"
    write_pdf(out, data, ReportOptions())
    text = " ".join(_pages(out))
    for label in ("P1", "P2", "P3", "P4", "TP1"):
        assert re.search(rf"\b{label}\b", text), label
    # P1's attributes, in the numbered table
    for words in ("constant", "deep", "sitting", "screen work", "after an hour", "heat",
                  "worse in the morning", "morning stiffness 45 min"):
        assert words in text, words
    assert "intermittent" in text and "superficial" in text
    assert "brought on by P1" in text and "referred from TP1" in text
    # neural symbols and ticks in the legend
    assert "Pins and needles (paraesthesia)" in text
    assert "Numbness: small crosses" in text
    assert "Tick: asked about and found clear" in text
    assert "found clear on" in text
    # the trigger point's examination: the findings, the threshold, and what they suggest
    for words in ("Taut band", "Spot tenderness", "Recognised pain", "Twitch response",
                  "findings suggest active", "2.5"):
        assert words in text, words
    # the link across views: the temple area (front) is referred from TP1 (back)
    assert "← TP1, back view" in text and "→ P4, front view" in text


def test_no_label_overlaps_on_a_dense_face_and_neck(any_diary: Diary, qapp: object) -> None:
    diary = any_diary
    person = diary.create_profile("Bea")
    assert person.id is not None
    face = ["forehead", "temple.left", "temple.right", "eyebrow.left", "eyebrow.right", "nose",
            "cheek.left", "cheek.right", "mouth", "chin", "jaw.left", "jaw.right", "throat",
            "neck_side.left", "neck_side.right"]
    marks = [_area("pain", "front", r, 5, rank=i + 1) for i, r in enumerate(face)]
    marks += [_point("trigger_point", "front", r, 6, tp_state="active")
              for r in ("jaw.left", "jaw.right", "neck_side.left", "neck_side.right", "cheek.left")]
    head = ["temple.right", "jaw_joint.right", "ear.right", "occiput.right", "neck_side.right",
            "cheek.right", "orbit.right"]
    marks += [_area("referred_area", "head_right", r, 4, rank=len(face) + i + 1)
              for i, r in enumerate(head)]
    episode = diary.save_episode(EpisodeRecord(profile_id=person.id, started_at=BASE,
                                               intensity=5, marks=marks))
    assert episode.id is not None
    data = build_report(diary, person.id, episode_id=episode.id, sections=("map",), today=TODAY)
    from PySide6.QtGui import QColor, QImage, QPainter

    layout = page_layout(ReportOptions(paper="A4"))
    size = layout.fullRectPixels(150).size()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(150 / 0.0254))
    image.setDotsPerMeterY(round(150 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    placements: list[tuple[str, object]] = []
    render_report(painter, layout, data, ReportOptions(sections=("map",)), only_page=0,
                  placements=placements)  # type: ignore[arg-type]
    painter.end()
    labels = [label for _view, label in placements]
    texts = [label.text for label in labels]  # type: ignore[attr-defined]
    # every numbered area and trigger point got its label
    assert {f"P{n}" for n in range(1, len(face) + len(head) + 1)} <= set(texts)
    assert {f"TP{n}" for n in range(1, 6)} <= set(texts)
    boxes = [label.box for label in labels]  # type: ignore[attr-defined]
    assert any_overlap(boxes) == []
    # the face is dense: labels moved away from their places, with leader lines
    assert any(label.leader for label in labels)  # type: ignore[attr-defined]


def test_placement_pass_keeps_off_symbols_and_uses_the_key_when_crowded() -> None:
    from bodymap.report.labels import Box, LabelRequest, place_labels

    bounds = Box(0, 0, 200, 300)
    symbols = [Box(95 + dx, 95 + dy, 10, 10) for dx in (-12, 0, 12) for dy in (-12, 0, 12)]
    requests = [LabelRequest(f"m{i}", f"P{i}", (100.0, 100.0), 16, 9, 6) for i in range(40)]
    placed = place_labels(requests, bounds, symbols, step=3, max_distance=20, leader_after=5)
    boxes = [label.box for label in placed]
    assert len(placed) == 40 and any_overlap(boxes) == []
    assert not any(b.intersects(s) for b in boxes for s in symbols)
    assert all(b.inside(bounds) for b in boxes)
    near = [label for label in placed if not label.in_key]
    keyed = [label for label in placed if label.in_key]
    assert near and keyed and all(label.leader for label in keyed)
    assert all(label.box.x == 0 or label.box.right == 200 for label in keyed)


def _visits(diary: Diary, person: int) -> None:
    """Neck bad at the start of the period and better at the end; knee new at the end."""
    for day, neck, knee in ((0, 8, None), (3, 7, None), (45, 5, None), (80, 3, 6), (85, 2, 6)):
        marks = [_area("pain", "front", "neck_side.left", neck)]
        if knee is not None:
            marks.append(_area("pain", "front", "knee_front.right", knee))
        diary.save_episode(EpisodeRecord(
            profile_id=person, started_at=BASE + timedelta(days=day), intensity=neck,
            fatigue=min(10, neck + 1), duration_minutes=60 * (day % 5 + 1),
            triggers=["poor sleep"] if day < 40 else ["stress"], marks=marks,
            notes=f"note of day {day}",
        ))


def test_since_last_visit_page_with_its_figures(any_diary: Diary, qapp: object,
                                                tmp_path: Path) -> None:
    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    _visits(diary, person.id)
    start, end = datetime(2026, 9, 1), datetime(2026, 11, 30)
    data = build_report(diary, person.id, start, end, today=TODAY)
    assert data.visit is not None
    rows = {r.region_id: r for r in data.visit.rows}
    neck, knee = rows["neck_side.left"], rows["knee_front.right"]
    assert (neck.start, neck.end, neck.verdict) == (7.5, 2.5, "better")
    assert (knee.start, knee.end, knee.verdict) == (0.0, 6.0, "worse")
    out = tmp_path / "visit.pdf"
    write_pdf(out, data, ReportOptions())
    pages = _pages(out)
    visit = [p for p in pages if "Since the last visit" in p]
    assert len(visit) == 1
    page = visit[0]
    for words in (f"Start: {day_text(date(2026, 9, 1))}", "End:", "Average over the period",
                  "Better / worse, end against start", "The figures behind the maps",
                  "7.5 (2)", "2.5 (2)", "-5.0", "better", "worse (new)",
                  "Mean episode intensity: 7.5/10 at the start (2 episodes)"):
        assert words in page, words
    text = " ".join(pages)
    # overall pain and fatigue, triggers, durations, the person's notes
    assert "Overall pain: mean 5.0/10, highest 8/10, lowest 2/10 (5 episodes)" in text
    assert "poor sleep" in text and "stress" in text
    assert "Durations (given for 5 of 5)" in text
    assert "note of day 45" in text


def test_chosen_notes_only(any_diary: Diary, qapp: object, tmp_path: Path) -> None:
    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    _visits(diary, person.id)
    data = build_report(diary, person.id, datetime(2026, 9, 1), datetime(2026, 11, 30),
                        today=TODAY)
    keep = next(n.episode_id for n in data.patient_notes if n.text == "note of day 3")
    out = tmp_path / "notes.pdf"
    write_pdf(out, data, ReportOptions(note_ids=frozenset({keep})))
    text = " ".join(_pages(out))
    assert "note of day 3" in text and "note of day 45" not in text


def test_window_asks_which_notes_and_writes_the_plan(any_diary: Diary, qtbot: object,
                                                     tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from bodymap.ui.report_actions import ContentChoice, ReportActions, ReportChoice

    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    _visits(diary, person.id)
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    actions = ReportActions(diary, person.id, window, lambda: None)
    actions.ask_choice = lambda: ReportChoice(
        "custom", datetime(2026, 9, 1), datetime(2026, 11, 30), ("patient_notes", "plan"))
    offered: list[object] = []

    def choose(data: object) -> ContentChoice:
        offered.append(data)
        keep = next(n.episode_id for n in data.patient_notes  # type: ignore[attr-defined]
                    if n.text == "note of day 80")
        return ContentChoice(frozenset({keep}), ["heat"])

    actions.ask_content = choose  # type: ignore[assignment]
    with qtbot.waitSignal(actions.pdf_written, timeout=20000):  # type: ignore[attr-defined]
        target = actions.export_pdf(str(tmp_path / "chosen.pdf"))
    assert target is not None and offered
    text = " ".join(_pages(target))
    assert "note of day 80" in text and "note of day 3" not in text
    assert "My self-care plan" in text and "Take care:" in text
    from bodymap.anatomy import therapies

    assert therapies.get("heat").name in text
    assert therapies.get("cold").name not in text


def test_window_one_page_choice(any_diary: Diary, qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from bodymap.ui.report_actions import ReportActions, ReportOptionsDialog

    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    _visits(diary, person.id)
    dialog = ReportOptionsDialog(has_episode=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.boxes["plan"].isChecked() and dialog.boxes["visit"].isChecked()
    dialog.period.setCurrentIndex(dialog.period.findData("all"))
    dialog.summary.setChecked(True)
    choice = dialog.choice()
    assert choice.summary and "plan" not in choice.sections
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    actions = ReportActions(diary, person.id, window, lambda: None)
    actions.ask_choice = lambda: choice
    with qtbot.waitSignal(actions.pdf_written, timeout=20000):  # type: ignore[attr-defined]
        target = actions.export_pdf(str(tmp_path / "quick"))
    assert target is not None and target.name == "quick.pdf"
    assert len(PdfReader(str(target)).pages) == 1
    assert "Summary for a quick visit" in _pages(target)[0]


def test_psfs_and_pgic_in_the_report(any_diary: Diary, qapp: object, tmp_path: Path) -> None:
    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    _visits(diary, person.id)
    stairs = diary.add_psfs_activity(person.id, "Climbing the stairs", date(2026, 8, 20))
    assert stairs.id is not None
    for day, score in ((date(2026, 8, 25), 3), (date(2026, 10, 1), 5), (date(2026, 11, 20), 7)):
        diary.rate_psfs(stairs.id, day, score)
    diary.add_pgic(person.id, date(2026, 11, 25), 2, "much easier mornings")
    data = build_report(diary, person.id, datetime(2026, 9, 1), datetime(2026, 11, 30),
                        today=TODAY)
    assert [(x.name, x.first, x.last) for x in data.psfs] == [("Climbing the stairs", 3, 7)]
    out = tmp_path / "outcomes.pdf"
    write_pdf(out, data, ReportOptions())
    text = " ".join(_pages(out))
    assert "Patient-Specific Functional Scale (PSFS)" in text
    assert "Climbing the stairs" in text and "+4" in text
    assert "Patient Global Impression of Change (PGIC)" in text
    assert "2: much improved" in text and "much easier mornings" in text


def test_therapy_table_never_splits_a_row_and_repeats_its_header(
        any_diary: Diary, qapp: object, tmp_path: Path) -> None:
    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    uses = []
    for i in range(70):
        therapy = diary.add_therapy(TherapyRecord(
            id=None, category="home",
            name=f"Start{i:02d} a home therapy with a long name that wraps in its cell End{i:02d}"))
        assert therapy.id is not None
        uses.append(TherapyUseRecord(therapy_id=therapy.id, used_at=BASE, outcome="better",
                                     relief=5))
    diary.save_episode(EpisodeRecord(profile_id=person.id, started_at=BASE, intensity=5,
                                     therapy_uses=uses))
    data = build_report(diary, person.id, sections=("therapies",), today=TODAY)
    out = tmp_path / "therapies.pdf"
    write_pdf(out, data, ReportOptions(sections=("therapies",)))
    pages = _pages(out)
    assert len(pages) >= 2
    for i in range(70):
        where = [n for n, p in enumerate(pages) if f"Start{i:02d}" in p]
        assert len(where) == 1, i
        assert f"End{i:02d}" in pages[where[0]], f"row {i} is cut between pages"
    for page in pages:
        if "Start" in page:
            first_row = page.index("Start")
            assert "Therapy tried" in page[:first_row], "rows without their header"


def test_header_on_every_page_and_renaming_shows(any_diary: Diary, qapp: object,
                                                  tmp_path: Path) -> None:
    diary = any_diary
    me = diary.default_profile()
    assert me.id is not None and me.name == "Me"
    _visits(diary, me.id)
    out = tmp_path / "me.pdf"
    write_pdf(out, build_report(diary, me.id, today=TODAY), ReportOptions())
    text = " ".join(_pages(out))
    assert "Name: Me" not in text and "Diary of Me" not in text
    diary.update_profile(me.id, name="Carla Rossi", birth_year=1971)
    write_pdf(out, build_report(diary, me.id, today=TODAY), ReportOptions())
    pages = _pages(out)
    assert len(pages) > 1
    for page in pages:
        assert "Diary of Carla Rossi, born 1971" in page
        assert f"Period: {day_text(date(2026, 9, 1))} to {day_text(TODAY)}" in page


def test_single_episode_has_no_one_dot_charts(any_diary: Diary, qapp: object,
                                               tmp_path: Path) -> None:
    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    episode = diary.save_episode(EpisodeRecord(
        profile_id=person.id, started_at=BASE, intensity=6, fatigue=4,
        marks=[_area("pain", "front", "neck_side.left", 6)]))
    assert episode.id is not None
    for data in (build_report(diary, person.id, episode_id=episode.id, today=TODAY),
                 build_report(diary, person.id, today=TODAY)):
        assert all(len(h.points) >= MIN_CHART_POINTS for h in data.histories)
        out = tmp_path / "one.pdf"
        write_pdf(out, data, ReportOptions())
        text = " ".join(_pages(out))
        assert "Intensity over time" not in text
        assert "overall pain (1)" not in text  # no chart key for a single point
        assert "Overall pain: mean 6.0/10, highest 6/10, lowest 6/10 (1 episode)" in text


def test_summary_is_one_page_and_plan_is_its_own(any_diary: Diary, qapp: object,
                                                  tmp_path: Path) -> None:
    diary = any_diary
    person = diary.create_profile("Ada")
    assert person.id is not None
    _visits(diary, person.id)
    heat = next(t for t in diary.list_therapies() if t.key == "heat") if any(
        t.key == "heat" for t in diary.list_therapies()) else None
    assert heat is not None and heat.id is not None
    diary.save_episode(EpisodeRecord(
        profile_id=person.id, started_at=BASE + timedelta(days=50), intensity=4,
        therapy_uses=[TherapyUseRecord(therapy_id=heat.id, used_at=BASE + timedelta(days=50),
                                       outcome="better", relief=6)]))
    sections = (*DEFAULT_SECTIONS, "plan")
    data = build_report(diary, person.id, datetime(2026, 9, 1), datetime(2026, 11, 30),
                        sections=sections, today=TODAY)
    out = tmp_path / "summary.pdf"
    assert write_pdf(out, data, ReportOptions(sections=sections, summary=True)) == 1
    text = " ".join(_pages(out))
    assert "Summary for a quick visit" in text and "Since the last visit" in text
    assert [item.key for item in data.plan] == ["heat"]
    plan = tmp_path / "plan.pdf"
    write_pdf(plan, data, ReportOptions(sections=("plan",)))
    plan_text = " ".join(_pages(plan))
    assert "My self-care plan" in plan_text and "Take care:" in plan_text
    assert "Stop and get medical help at once if you have:" in plan_text
    assert "Body chart" not in plan_text  # the plan alone, not the report


def test_cli_and_window_share_the_default_period(any_diary: Diary, db_url: str, qapp: object,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from bodymap.commands import report

    def main(argv: list[str]) -> int:
        parser = argparse.ArgumentParser()
        report.register(parser.add_subparsers())
        args = parser.parse_args(argv)
        return int(args.func(args))

    person = any_diary.default_profile()
    assert person.id is not None
    _visits(any_diary, person.id)
    out = tmp_path / "default.pdf"
    assert main(["report", "--db", db_url, "--out", str(out), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    first = period_first_day(DEFAULT_PERIOD, date.today())
    assert first is not None and shown["period"].startswith(first.isoformat())
    from bodymap.ui.report_actions import ReportOptionsDialog

    dialog = ReportOptionsDialog(has_episode=False)
    assert dialog.period.currentData() == DEFAULT_PERIOD
    assert dialog.first.date().toPython() == first
    plan = tmp_path / "plan.pdf"
    assert main(["report", "--db", db_url, "--out", str(out), "--summary",
                 "--self-care", str(plan), "--all"]) == 0
    assert len(PdfReader(str(out)).pages) == 1 and plan.exists()


# -- Italian -----------------------------------------------------------------------------------
def report_source_strings() -> set[str]:
    """Every English literal of the "Report" context in bodymap/report/*.py."""
    found: set[str] = set()
    for path in sorted((ROOT / "bodymap" / "report").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and len(node.args) >= 2
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == "Report"
                    and isinstance(node.args[1], ast.Constant)):
                found.add(str(node.args[1].value))
    return found


def same_in_italian() -> set[str]:
    """Report strings whose Italian is the English (abbreviations, "%1/10")."""
    tree = ET.parse(ROOT / "bodymap" / "i18n" / "bodymap_it.ts")
    same = set()
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "Report":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if (message.findtext("translation") or "") == source:
                same.add(source)
    return same


def italian_texts() -> str:
    """Every Italian translation of the .ts, to tell a word both languages share ("Note")."""
    tree = ET.parse(ROOT / "bodymap" / "i18n" / "bodymap_it.ts")
    out = [m.findtext("translation") or "" for m in tree.getroot().iter("message")]
    out += [n.text or "" for n in tree.getroot().iter("numerusform")]
    return "\n".join(out)


def _without(text: str, part: str) -> str:
    """``text`` with ``part`` cut out, white space aside (the PDF wraps lines anywhere)."""
    kept = [i for i, c in enumerate(text) if not c.isspace()]
    flat = "".join(text[i] for i in kept)
    needle = re.sub(r"\s+", "", part)
    at = flat.find(needle) if needle else -1
    if at < 0:
        return text
    return text[:kept[at]] + " " + text[kept[at + len(needle) - 1] + 1:]


def _fragments(source: str) -> list[str]:
    """The words of a source string that would show in the PDF (placeholders cut out)."""
    parts = re.split(r"%\d|%n", source)
    return [p.strip(" ,.:;()") for p in parts if len(p.strip(" ,.:;()")) >= 4]


def test_italian_report_has_no_english_report_strings(chart: tuple[Diary, int, int],
                                                       tmp_path: Path) -> None:
    """Runs for real once bodymap_it.ts has the Report strings (helper ui-it fills it)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from bodymap import resources
    from bodymap.i18n import language
    from bodymap.report import words

    diary, person, episode = chart
    _visits(diary, person)
    app = QCoreApplication.instance()
    assert app is not None
    old_language, old_locale = language.current(), QLocale()
    try:
        resources.apply_language("it")
        resources.install_translator(app, "it")
        data = build_report(diary, person, datetime(2026, 9, 1), datetime(2026, 11, 30),
                            sections=(*DEFAULT_SECTIONS, "plan"), today=TODAY)
        out = tmp_path / "it.pdf"
        write_pdf(out, data, ReportOptions(sections=(*DEFAULT_SECTIONS, "plan")))
        text = " ".join(_pages(out))
        # the sources of the muscle patterns are cited in their own language (titles)
        from bodymap.report.render import muscle_sources_text

        cited = muscle_sources_text([m for r in data.regions for m in r.muscles])
        text = _without(text, unicodedata.normalize("NFKC", cited))
        italian = italian_texts()
        assert words.side_letters() == ("D", "S")
        assert words.default_pdf_name(TODAY).startswith("mappa-del-dolore")
        same = same_in_italian()
        english = sorted(
            fragment for source in report_source_strings() - same
            for fragment in _fragments(source)
            if re.search(rf"(?<![\w]){re.escape(fragment)}(?![\w])", text)
            and not re.search(rf"(?<![\w]){re.escape(fragment)}(?![\w])", italian)
        )
        assert english == [], f"English left in the Italian report: {english[:20]}"
        assert "4,0" in text or "7,5" in text  # decimals through QLocale
    finally:
        resources.apply_language(old_language)
        resources.install_translator(app, old_language)
        QLocale.setDefault(old_locale)
