"""The history charts render offscreen to PNG and SVG, in a light and a dark theme."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bodymap.store.history import (
    FrequencyBin,
    HistoryPoint,
    QualityCount,
    RegionHistory,
    moving_average,
)


def sample_history(n: int = 40) -> RegionHistory:
    start = datetime(2024, 1, 1, 9)
    points = [HistoryPoint(start + timedelta(days=i), (i * 7) % 11, i + 1) for i in range(n)]
    return RegionHistory(
        region_id="neck_back.right",
        label="Back of the neck (right)",
        start=start,
        end=start + timedelta(days=n),
        span_days=n,
        points=points,
        moving_average=moving_average([p.intensity for p in points]),
        frequency_unit="week",
        frequency=[FrequencyBin(date(2024, 1, 1) + timedelta(days=7 * i), 7, 7) for i in
                   range(n // 7)],
        qualities=[QualityCount("aching", 12), QualityCount("tight", 5)],
    )


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest):
    from bodymap.charts.history import ChartTheme

    return ChartTheme.light() if request.param == "light" else ChartTheme.dark_theme()


def _pixel(path: Path, x: int, y: int) -> tuple[int, int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def test_charts_render_png_and_svg(tmp_path: Path, theme) -> None:
    from bodymap.charts import history as charts

    h = sample_history()
    for name, build in (("timeline", charts.timeline_figure),
                        ("frequency", charts.frequency_figure),
                        ("qualities", charts.qualities_figure)):
        fig = build(h, theme)
        png = charts.save_figure(fig, tmp_path / f"{name}.png")
        svg = charts.save_figure(fig, tmp_path / f"{name}.svg")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        text = svg.read_text()
        assert "<svg" in text
        assert stat.S_IMODE(png.stat().st_mode) == 0o600
        # The background follows the theme: a corner pixel is the theme's background colour.
        bg = theme.background.lstrip("#")
        assert _pixel(png, 2, 2) == tuple(int(bg[i:i + 2], 16) for i in (0, 2, 4))
    # The moving average is drawn as a line in the theme's line colour.
    svg = (tmp_path / "timeline.svg").read_text()
    assert theme.line.lower() in svg.lower()


def test_empty_history_renders_a_message(tmp_path: Path) -> None:
    from bodymap.charts import history as charts

    empty = RegionHistory("calf.left", "Calf (left)", None, None, 1.0)
    fig = charts.timeline_figure(empty)
    assert "<svg" in charts.save_figure(fig, tmp_path / "empty.svg").read_text()
    assert fig.axes[0].texts and "No episodes" in fig.axes[0].texts[0].get_text()


def test_bad_export_suffix_writes_nothing(tmp_path: Path) -> None:
    from bodymap.charts import history as charts

    fig = charts.qualities_figure(sample_history())
    with pytest.raises(ValueError):
        charts.save_figure(fig, tmp_path / "chart.jpg")
    assert not (tmp_path / "chart.jpg").exists()


def test_theme_from_dark_palette() -> None:
    from PySide6.QtGui import QColor, QPalette

    from bodymap.charts.history import ChartTheme

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    theme = ChartTheme.from_palette(palette)
    assert theme.dark and theme.background == "#202020" and theme.foreground == "#eeeeee"


@pytest.mark.parametrize(("language", "month_names", "point"), [
    ("it", {"gen", "feb", "mar"}, ","), ("en", {"Jan", "Feb", "Mar"}, "."),
])
def test_chart_ticks_follow_the_language(language: str, month_names: set[str], point: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PySide6.QtCore import QLocale

    from bodymap.charts import history as charts

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian if language == "it"
                               else QLocale.Language.English))
    try:
        h = sample_history(90)
        fig = charts.timeline_figure(h)
        FigureCanvasAgg(fig).draw()
        ax = fig.axes[0]
        dates = " ".join(t.get_text() for t in ax.get_xticklabels())
        assert any(name in dates for name in month_names), dates
        ax.set_ylim(0, 2.5)
        ax.set_yticks([0.5, 1.5])
        FigureCanvasAgg(fig).draw()
        numbers = [t.get_text() for t in ax.get_yticklabels()]
        assert numbers == [f"0{point}5", f"1{point}5"], numbers
    finally:
        QLocale.setDefault(before)
