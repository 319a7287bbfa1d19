"""Charts and the print preview are drawn off the UI thread, and still show what they should;
the PDF saved from the preview is vector and readable; PySide6's import hook keeps no sources."""

from __future__ import annotations

import re
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bodymap.store.records import EpisodeRecord, MarkRecord
from bodymap.store.service import Diary, utcnow

NECK = "neck_back.right"


@pytest.fixture
def filled(diary: Diary) -> tuple[Diary, int]:
    pid = diary.default_profile().id
    assert pid is not None
    now = utcnow().replace(microsecond=0)
    for days, value in ((40, 3), (20, 7), (9, 5), (5, 4), (3, 8), (1, 6)):
        mark = MarkRecord(kind="spasm", view="back", geometry={"type": "point", "x": 1, "y": 1},
                          intensity=value, regions={NECK: 0.0}, qualities=["tight"],
                          spasm_kind="chronic")
        diary.save_episode(EpisodeRecord(profile_id=pid, started_at=now - timedelta(days=days),
                                         kind="chronic_spasm", intensity=value, marks=[mark]))
    return diary, pid


def _colours(image: object, step: int = 7) -> set[int]:
    seen = set()
    for y in range(0, image.height(), step):  # type: ignore[attr-defined]
        for x in range(0, image.width(), step):  # type: ignore[attr-defined]
            seen.add(image.pixel(x, y))  # type: ignore[attr-defined]
    return seen


def _shown_panel(qtbot, filled):  # noqa: ANN001, ANN202 - a HistoryPanel on show
    from bodymap.ui.history_panel import HistoryPanel

    diary, pid = filled
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.resize(520, 760)
    panel.show()
    return panel


def test_history_chart_is_drawn_on_the_chart_thread_and_shows(qtbot, filled, monkeypatch) -> None:
    from bodymap.charts import view as chart_view

    drawn_on: list[int] = []
    real = chart_view.render_figure

    def recorded(*args: object, **kwargs: object) -> object:
        drawn_on.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(chart_view, "render_figure", recorded)
    panel = _shown_panel(qtbot, filled)
    panel.set_range("3m")
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    canvas = panel._canvases["timeline"]
    assert isinstance(canvas, chart_view.ChartView) and canvas.figure is panel.figure("timeline")
    assert canvas.wait_drawn(15000)
    image = canvas.image()
    assert image is not None and image.size() == canvas.size()
    # a chart, not a blank: background, points, line, text
    assert len(_colours(image)) > 5
    assert drawn_on and threading.get_ident() not in drawn_on
    # grabbing the widget (what the screen shows) gives the chart's pixels
    shown = canvas.grab().toImage()
    assert len(_colours(shown)) > 5

    # a new size is drawn again, for that size
    canvas.setFixedSize(canvas.width() - 60, canvas.height() + 30)
    qtbot.waitUntil(lambda: canvas.is_current(), timeout=15000)
    assert canvas.image().size() == canvas.size()

    # a new answer replaces the figure; the same widget shows it once drawn
    before = canvas.figure
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.set_range("7d")
    assert canvas is panel._canvases["timeline"] and canvas.figure is not before
    assert canvas.wait_drawn(15000)


def test_each_chart_is_built_and_drawn_after_a_turn_of_the_window(qtbot, filled, monkeypatch) -> None:
    """The worker builds each of the three figures, and the chart thread draws each image, only
    after waiting for the UI thread's turn (the paints and input queued go first); a request
    replaced while it waited is not drawn."""
    from bodymap.charts import view as chart_view
    from bodymap.ui import history_panel, import_gate

    ui = threading.get_ident()
    events: list[tuple[str, bool]] = []  # (what, on the UI thread?)
    real_render, real_builders = chart_view.render_figure, history_panel.build_figures

    def turn() -> None:
        events.append(("turn", threading.get_ident() == ui))

    def rendered(*args: object, **kwargs: object) -> object:
        events.append(("draw", threading.get_ident() == ui))
        return real_render(*args, **kwargs)  # type: ignore[arg-type]

    def built(h, theme, texts, between=chart_view._no_wait):  # noqa: ANN001, ANN202
        def then_build() -> None:
            between()
            events.append(("build", threading.get_ident() == ui))
        return real_builders(h, theme, texts, between=then_build)

    monkeypatch.setattr(import_gate, "wait_turn", turn)
    monkeypatch.setattr(chart_view, "before_drawing", turn)
    monkeypatch.setattr(chart_view, "render_figure", rendered)
    monkeypatch.setattr(history_panel, "build_figures", built)
    panel = _shown_panel(qtbot, filled)
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    assert panel._canvases["timeline"].wait_drawn(15000)  # the chart on show
    builds = [i for i, (what, _ui) in enumerate(events) if what == "build"]
    draws = [i for i, (what, _ui) in enumerate(events) if what == "draw"]
    assert builds and len(builds) % len(history_panel.CHARTS) == 0 and draws  # three a reading
    # each piece right after a turn, and none of it on the UI thread
    assert all(events[i - 1][0] == "turn" for i in builds + draws)
    assert not any(on_ui for _what, on_ui in events)

    # a request replaced while the chart thread waited for its turn is not drawn
    canvas = panel._canvases["timeline"]
    drawn_before = len([e for e in events if e[0] == "draw"])
    asked_again: list[bool] = []

    def replaced_meanwhile() -> None:
        if not asked_again:  # the first wait: the view asks for another size meanwhile
            asked_again.append(True)
            renderer = chart_view._the_renderer()
            with renderer._wake:
                renderer._latest[canvas._token] = (-1, canvas.size(), 1.0)

    monkeypatch.setattr(chart_view, "before_drawing", replaced_meanwhile)
    canvas._generation += 1
    canvas._ask()
    qtbot.wait(300)
    assert asked_again and len([e for e in events if e[0] == "draw"]) == drawn_before


def test_chart_export_while_views_show_it(qtbot, filled, tmp_path: Path) -> None:
    from bodymap.ui.history_panel import HistoryPanel

    diary, pid = filled
    panel = HistoryPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.history_shown, timeout=15000):
        panel.show_region(NECK)
    panel.export_chart(str(tmp_path / "chart.png"), "timeline")
    panel.export_chart(str(tmp_path / "chart.svg"), "timeline")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "chart.svg").read_text()
    assert panel._canvases["timeline"].wait_drawn(15000)


def test_preview_draws_pages_off_the_ui_thread_and_saves_a_vector_pdf(
        qtbot, filled, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from bodymap.report import export
    from bodymap.report.model import build_report
    from bodymap.report.render import ReportOptions
    from bodymap.ui.report_actions import ContentChoice, ReportActions, ReportChoice, ReportPreview

    diary, pid = filled
    drawn_on: list[int] = []
    real = export.render_page

    def recorded(*args: object, **kwargs: object) -> object:
        drawn_on.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "render_page", recorded)
    window = QWidget()
    qtbot.addWidget(window)
    actions = ReportActions(diary, pid, window, lambda: None)
    sections = ("map", "table", "overall")
    actions.ask_choice = lambda: ReportChoice("all", None, None, sections)
    actions.ask_content = lambda _data: ContentChoice(None, None)
    seen: dict[str, object] = {}
    target = tmp_path / "from-preview.pdf"

    def look() -> None:  # inside the preview's own event loop (it is modal)
        dialog = actions.preview_dialog
        if dialog is None or not dialog.all_drawn():
            QTimer.singleShot(20, look)
            return
        seen["total"] = dialog.total
        seen["images"] = dialog.page_images()
        seen["page_size"] = dialog.pages[0].size()

        def saved(path: str) -> None:
            seen["saved"] = path
            dialog.close()

        dialog.pdf_saved.connect(saved)
        dialog.save_pdf(str(target))

    QTimer.singleShot(20, look)
    QTimer.singleShot(60000, lambda: actions.preview_dialog and actions.preview_dialog.close())
    actions.preview()
    qtbot.waitUntil(lambda: "saved" in seen, timeout=60000)
    qtbot.waitUntil(lambda: actions.preview_dialog is None, timeout=10000)

    assert isinstance(seen["total"], int) and seen["total"] >= 1
    images = seen["images"]
    assert isinstance(images, list) and len(images) == seen["total"]
    for image in images:
        assert image is not None and not image.isNull()
        # each sheet is drawn at the size it is shown
        logical = image.size() / image.devicePixelRatio()
        assert abs(logical.width() - seen["page_size"].width()) <= 1  # type: ignore[attr-defined]
        assert len(_colours(image, 11)) > 3
    assert drawn_on and threading.get_ident() not in drawn_on
    # the PDF: as many pages, text that can be read back (vector), no page pictures
    assert seen["saved"] == str(target)
    reader = PdfReader(str(target))
    assert len(reader.pages) == seen["total"]
    text = " ".join(re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages)
    assert "Pain map for the physiotherapist" in text and "Body chart" in text
    assert all(not page.images for page in reader.pages)
    # the same pages as the PDF written directly
    data = build_report(diary, pid, None, None, None, sections)
    direct = export.write_pdf(tmp_path / "direct.pdf", data, ReportOptions(sections=sections))
    assert direct == seen["total"]
    assert isinstance(actions.findChild(ReportPreview), (ReportPreview, type(None)))


def test_export_pdf_is_written_off_the_ui_thread(qtbot, filled, tmp_path: Path,
                                                 monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from bodymap.report import export
    from bodymap.ui.report_actions import ContentChoice, ReportActions, ReportChoice

    diary, pid = filled
    written_on: list[int] = []
    real = export.write_pdf

    def recorded(*args: object, **kwargs: object) -> int:
        written_on.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "write_pdf", recorded)
    window = QWidget()
    qtbot.addWidget(window)
    actions = ReportActions(diary, pid, window, lambda: None)
    actions.ask_choice = lambda: ReportChoice("all", None, None, ("map", "table"))
    actions.ask_content = lambda _data: ContentChoice(None, None)
    with qtbot.waitSignal(actions.pdf_written, timeout=30000) as written:
        target = actions.export_pdf(str(tmp_path / "menu"))
    assert written.args == [str(target)] and target is not None
    assert written_on and threading.get_ident() not in written_on
    first = re.sub(r"\s+", " ", PdfReader(str(target)).pages[0].extract_text() or "")
    assert "Pain map for the physiotherapist" in first


def test_export_pdf_failure_is_one_sentence(qtbot, filled, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from bodymap.ui.report_actions import ContentChoice, ReportActions, ReportChoice

    diary, pid = filled
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    window = QWidget()
    qtbot.addWidget(window)
    actions = ReportActions(diary, pid, window, lambda: None)
    actions.ask_choice = lambda: ReportChoice("all", None, None, ("map",))
    actions.ask_content = lambda _data: ContentChoice(None, None)
    taken = tmp_path / "taken.pdf"
    taken.mkdir()  # a folder where the PDF should go: refused, nothing written
    with qtbot.waitSignal(actions.failed, timeout=30000) as failed:
        actions.export_pdf(str(taken))
    assert failed.args[0].startswith("The PDF could not be written")
    assert shown == [failed.args[0]] and "Traceback" not in shown[0]
    assert taken.is_dir() and not any(".pdf" in p.name for p in tmp_path.iterdir() if p != taken)


def test_pyside_import_hook_keeps_no_source(tmp_path: Path, monkeypatch) -> None:
    import importlib
    import linecache
    import sys

    import PySide6.QtCore  # noqa: F401
    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    from bodymap import pyside_import

    assert feature._mod_uses_pyside is pyside_import._mod_uses_pyside
    (tmp_path / "uses_qt_here.py").write_text("import PySide6\nVALUE = 1\n")
    (tmp_path / "plain_here.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("uses_qt_here", "plain_here"):
        module = importlib.import_module(name)
        # what PySide6's import hook does after each import (called here directly: another
        # test may have left a different builtins.__import__ in place for a moment)
        feature.feature_imported(module)
        assert str(tmp_path / f"{name}.py") not in linecache.cache
    # the same answer PySide6's own check gives: features stay possible for modules using Qt
    assert feature.pyside_feature_dict["uses_qt_here"] == 0
    assert feature.pyside_feature_dict["plain_here"] == -1
    assert pyside_import._mod_uses_pyside(sys.modules["bodymap.ui.ops"] if "bodymap.ui.ops"
                                          in sys.modules else importlib.import_module("bodymap.ui.ops"))
    assert not pyside_import._mod_uses_pyside(sys)


def test_once_usable_the_ui_thread_gets_the_interpreter_lock_back_soon(monkeypatch) -> None:
    """From the warm-up on (the window usable), another thread running Python hands the
    interpreter lock back within SWITCH_INTERVAL: every paint of a mark and every slot needs it."""
    import sys

    from bodymap import app
    from bodymap.charts import view as chart_view
    from bodymap.ui import import_gate

    seen: list[float] = []
    monkeypatch.setattr(app, "_warm_up", lambda: seen.append(sys.getswitchinterval()))
    monkeypatch.setattr(chart_view, "before_drawing", chart_view._no_wait)  # put back after
    monkeypatch.setattr(app.warm_up_imports, "started", False, raising=False)
    before = sys.getswitchinterval()  # a window started earlier in this process set it
    sys.setswitchinterval(0.005)  # Python's own
    try:
        assert app.SWITCH_INTERVAL < 0.005
        app.warm_up_imports()
        for thread in threading.enumerate():
            if thread.name == "bodymap-warm-up":
                thread.join(10)
        assert seen == [app.SWITCH_INTERVAL]  # the imports ran with it
        assert sys.getswitchinterval() == app.SWITCH_INTERVAL  # and it stays
        assert chart_view.before_drawing is import_gate.wait_turn  # charts drawn at its turns
        app.warm_up_imports()  # once only
        assert len(seen) == 1
    finally:
        sys.setswitchinterval(before)
