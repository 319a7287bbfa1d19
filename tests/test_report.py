"""The physiotherapist's report: content, sides, pagination, paper size, CLI and actions."""

from __future__ import annotations

import argparse
import re
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPageSize

from bodymap.anatomy import regions as anatomy
from bodymap.report.export import render_images, write_pdf
from bodymap.report.model import build_report
from bodymap.report.render import ReportOptions, page_layout
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyRecord, TherapyUseRecord
from bodymap.store.service import Diary

BASE = datetime(2024, 3, 4, 9, 0)


def _point(kind: str, view: str, region: str, intensity: int = 7, **kw: object) -> MarkRecord:
    x, y = anatomy.inside_point(view, region)
    return MarkRecord(kind=kind, view=view, geometry={"type": "point", "x": x, "y": y},
                      intensity=intensity, regions={region: 0.0}, **kw)  # type: ignore[arg-type]


def _area(view: str, region: str, intensity: int = 6, **kw: object) -> MarkRecord:
    x, y = anatomy.inside_point(view, region)
    ring = [[x - 6, y - 6], [x + 6, y - 6], [x + 6, y + 6], [x - 6, y + 6]]
    return MarkRecord(kind="referred_area", view=view, geometry={"type": "area", "polygons": [ring]},
                      intensity=intensity, regions={region: 0.4}, **kw)  # type: ignore[arg-type]


def _qapp(qapp: object) -> None:  # the pytest-qt fixture creates the QApplication
    return None


@pytest.fixture
def person(any_diary: Diary, qapp: object) -> tuple[Diary, int, int, int]:
    """Ada: an older episode (right shoulder spasm) and a newer one (left trapezius and temple)."""
    diary = any_diary
    profile = diary.create_profile("Ada Lovelace")
    assert profile.id is not None
    heat = diary.add_therapy(TherapyRecord(id=None, name="Heat pack", category="home"))
    assert heat.id is not None
    old = diary.save_episode(EpisodeRecord(
        profile_id=profile.id, started_at=BASE, intensity=4,
        marks=[_point("spasm", "front", "shoulder_front.right", 5, qualities=["cramping"])],
    ))
    tp = _point("trigger_point", "back", "shoulder_top.left", 8, tp_state="active",
                muscle_key="upper_trapezius", qualities=["aching"])
    new = diary.save_episode(EpisodeRecord(
        profile_id=profile.id, started_at=BASE + timedelta(days=10), intensity=7,
        notes="Worse after a long drive.",
        marks=[
            tp,
            _area("front", "temple.left", 6, source_uuid=tp.uuid, qualities=["throbbing"]),
            _point("tender_point", "front", "knee_inner.left", 5),
        ],
        therapy_uses=[TherapyUseRecord(therapy_id=heat.id, used_at=BASE + timedelta(days=10),
                                       outcome="better", relief=6, regions=["shoulder_top.left"])],
    ))
    assert old.id is not None and new.id is not None
    return diary, profile.id, old.id, new.id


def _pdf_pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(str(path)).pages]


def test_pdf_text_holds_regions_muscles_and_legend(person: tuple[Diary, int, int, int],
                                                   tmp_path: Path) -> None:
    diary, profile_id, _old, _new = person
    data = build_report(diary, profile_id)
    out = tmp_path / "report.pdf"
    pages = write_pdf(out, data, ReportOptions(paper="A4"))
    text = " ".join(_pdf_pages(out))
    assert pages == len(PdfReader(str(out)).pages) >= 2
    assert "Ada Lovelace" in text
    for label in ("Top of the shoulder (left)", "Temple (left)", "Front of the shoulder (right)",
                  "Inner knee (left)"):
        assert label in text, label
    assert "Upper trapezius" in text  # the trigger point's muscle, also for the area it refers to
    for legend in ("Trigger point, active", "Referred pain area", "Spasm", "Tender point",
                   "the patient's right / left"):
        assert legend in text, legend
    assert "Heat pack" in text
    assert "Therapist's notes" in text
    assert f"Page 1 of {pages}" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def _strong_orange(colour: QColor) -> bool:
    return colour.red() > 170 and 40 < colour.green() < 140 and colour.blue() < 80


def _orange_pixels(image: object, x0: int, x1: int, y0: int, y1: int) -> int:
    count = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            if _strong_orange(image.pixelColor(x, y)):  # type: ignore[attr-defined]
                count += 1
    return count


@pytest.mark.parametrize("side", ["left", "right"])
def test_front_view_puts_the_patients_left_on_the_viewers_right(
        diary: Diary, qapp: object, side: str) -> None:
    profile = diary.create_profile("Sides")
    assert profile.id is not None
    episode = diary.save_episode(EpisodeRecord(
        profile_id=profile.id, started_at=BASE,
        marks=[_point("trigger_point", "front", f"thigh_front.{side}", 10, tp_state="active")],
    ))
    data = build_report(diary, profile.id, episode_id=episode.id, sections=("map",))
    options = ReportOptions(sections=("map",), paper="A4")
    layout = page_layout(options)
    dpi = 100
    image = render_images(data, options, dpi=dpi, layout=layout, pages=[0])[0]
    paint = layout.paintRectPixels(dpi)
    # the front view fills the left column of the page; the body's midline is its middle
    column = (paint.width() - 10 * dpi / 72) / 2
    mid = int(paint.left() + column / 2)
    # from the top of the page to the bottom of the drawing at its natural size (legend below)
    top, bottom = paint.top(), int(paint.top() + column * 1000 / 600)
    viewer_left = _orange_pixels(image, int(paint.left()), mid, top, bottom)
    viewer_right = _orange_pixels(image, mid, int(paint.left() + column), top, bottom)
    if side == "left":
        assert viewer_right > 5 and viewer_left == 0
    else:
        assert viewer_left > 5 and viewer_right == 0


def test_long_table_spreads_over_pages_without_cut_rows(any_diary: Diary, qapp: object,
                                                        tmp_path: Path) -> None:
    diary = any_diary
    profile = diary.create_profile("Many")
    assert profile.id is not None
    front = anatomy.regions_in_view("front")
    for i, region in enumerate(front):
        diary.save_episode(EpisodeRecord(
            profile_id=profile.id, started_at=BASE + timedelta(days=i),
            marks=[_point("spasm", "front", region, 1 + i % 10, qualities=["tight", "cramping"])],
        ))
    data = build_report(diary, profile.id, sections=("table",))
    assert len(data.regions) == len(front)
    out = tmp_path / "long.pdf"
    pages = write_pdf(out, data, ReportOptions(sections=("table",), paper="A4"))
    assert pages >= 3
    texts = _pdf_pages(out)
    assert len(texts) == pages
    from bodymap.report.words import day, span

    # the running header repeats the period on every page
    texts = [t.replace(span(data.period_start, data.period_end), "") for t in texts]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Region (patient's side)" in text  # the header row repeats on every page
    for row in data.regions:
        # every row (one date per row here) on exactly one page, its label with it
        hits = [t for t in texts if re.search(rf"(?<!\d){re.escape(day(row.first_seen))}", t)]
        assert len(hits) == 1, row.label
        assert row.label.split(" (")[0].split()[0] in hits[0]
    # and no row runs into the footer: the strip between the last row and the footer rule is
    # blank on every page
    dpi = 72
    layout = page_layout(ReportOptions(paper="A4"))
    paint = layout.paintRectPixels(dpi)
    images = render_images(data, ReportOptions(sections=("table",), paper="A4"), dpi=dpi)
    assert len(images) == pages
    strip_top = paint.top() + paint.height() - 16 + 1  # footer: 16 pt, its rule 4 pt below
    for image in images:
        for y in range(strip_top, strip_top + 2):
            for x in range(paint.left(), paint.right(), 3):
                assert image.pixelColor(x, y) == QColor("white"), (x, y)


def test_paper_size_follows_the_locale(qapp: object) -> None:
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert page_layout().pageSize().id() == QPageSize.PageSizeId.Letter
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert page_layout().pageSize().id() == QPageSize.PageSizeId.A4
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert page_layout().pageSize().id() == QPageSize.PageSizeId.A4
    finally:
        QLocale.setDefault(saved)


def test_pdf_page_is_letter_or_a4(person: tuple[Diary, int, int, int], tmp_path: Path) -> None:
    diary, profile_id, _old, _new = person
    data = build_report(diary, profile_id, sections=("map",))
    for paper, size in (("Letter", (612, 792)), ("A4", (595, 842))):
        out = tmp_path / f"{paper}.pdf"
        write_pdf(out, data, ReportOptions(sections=("map",), paper=paper))
        box = PdfReader(str(out)).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_one_episode_versus_the_period(person: tuple[Diary, int, int, int],
                                       tmp_path: Path) -> None:
    diary, profile_id, old, new = person
    period = build_report(diary, profile_id)
    episode = build_report(diary, profile_id, episode_id=new)
    assert period.mode == "period" and period.episode_count == 2
    assert episode.mode == "episode" and episode.episode_count == 1
    assert {r.region_id for r in period.regions} >= {"shoulder_front.right", "temple.left"}
    assert "shoulder_front.right" not in {r.region_id for r in episode.regions}
    out = tmp_path / "episode.pdf"
    write_pdf(out, episode, ReportOptions(paper="A4"))
    text = " ".join(_pdf_pages(out))
    assert "Episode of 14 Mar 2024" in text.replace("Mar.", "Mar") \
        and "Worse after a long drive." in text
    assert "Front of the shoulder (right)" not in text
    # a date range leaves the newer episode out
    early = build_report(diary, profile_id, end=BASE + timedelta(days=1))
    assert early.episode_count == 1
    assert [r.region_id for r in early.regions] == ["shoulder_front.right"]
    # the period map links the area to its trigger point
    linked = [m for marks in period.marks_by_view.values() for m in marks if m.source_uuid]
    assert len(linked) == 1


def _cli(*argv: str) -> int:
    from bodymap.commands import report

    parser = argparse.ArgumentParser()
    report.register(parser.add_subparsers())
    args = parser.parse_args(["report", *argv])
    return int(args.func(args))


def test_cli_writes_an_owner_only_pdf(person: tuple[Diary, int, int, int], db_url: str,
                                      tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.pdf"
    code = _cli("--out", str(out), "--db", db_url, "--profile", "Ada Lovelace",
                "--from", "2024-03-01", "--to", "2024-03-31", "--sections", "map,table")
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = " ".join(_pdf_pages(out))
    assert "Temple (left)" in text and "Therapist's notes" not in text
    assert not list(tmp_path.glob(".bodymap-report-*"))


def test_cli_refuses_bad_input_and_writes_nothing(person: tuple[Diary, int, int, int],
                                                  db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "bad.pdf"
    assert _cli("--out", str(out), "--db", db_url, "--sections", "map,gossip") == 2
    assert _cli("--out", str(out), "--db", db_url, "--from", "March") == 2
    assert _cli("--out", str(out), "--db", db_url, "--episode", "99999") == 2
    assert _cli("--out", str(out), "--db", db_url, "--profile", "Nobody") == 2
    assert _cli("--out", str(tmp_path / "nope" / "x.pdf"), "--db", db_url) == 2
    assert not out.exists()


def test_report_actions_export_pdf(person: tuple[Diary, int, int, int], qtbot: object,
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from bodymap.ui import report_actions
    from bodymap.ui.report_actions import ReportActions, ReportChoice

    diary, profile_id, _old, new = person
    built_on: list[int] = []
    real_build = report_actions.build_report

    def recorded(*args: object, **kwargs: object) -> object:
        built_on.append(threading.get_ident())
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report_actions, "build_report", recorded)
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    actions = ReportActions(diary, profile_id, window, lambda: new)
    assert [a.text() for a in actions.actions()] == ["Print pre&view…", "&Print…", "Export P&DF…",
                                                     "Export self-care p&lan…"]
    assert actions.print_action.shortcut().toString() == "Ctrl+P"
    actions.ask_choice = lambda: ReportChoice("episode", None, None, ("map", "table"))
    with qtbot.waitSignal(actions.pdf_written, timeout=20000) as written:  # type: ignore[attr-defined]
        target = actions.export_pdf(str(tmp_path / "from-menu"))
    assert target == tmp_path / "from-menu.pdf" and written.args == [str(target)]
    # the data were gathered on the database worker, the PDF drawn on the UI thread
    assert built_on and threading.get_ident() not in built_on
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Episode of" in " ".join(_pdf_pages(target))
    # the same paint slot the preview and the print dialog use, onto a PDF-mode printer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    actions._paint(printer)
    assert "Top of the shoulder (left)" in " ".join(_pdf_pages(tmp_path / "printed.pdf"))
