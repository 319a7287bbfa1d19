"""Region history, heat map and period comparison on a small hand-made diary with known answers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap.store import history
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyRecord, TherapyUseRecord
from bodymap.store.service import Diary

NECK = "neck_back.right"
SHOULDER = "shoulder_top.right"
CALF = "calf.left"
SOLE = "sole.left"

JAN = (datetime(2024, 1, 1), datetime(2024, 2, 1))
FEB = (datetime(2024, 2, 1), datetime(2024, 3, 1))
JAN_FEB = (datetime(2024, 1, 1), datetime(2024, 3, 1))


def point(kind: str, region: str, intensity: int, qualities: list[str], **kw: object) -> MarkRecord:
    return MarkRecord(
        kind=kind,
        view="soles" if region.startswith("sole.") else "back",  # a sole is not drawn from the back
        geometry={"type": "point", "x": 100.0, "y": 100.0},
        intensity=intensity,
        regions={region: 0.0},
        qualities=qualities,
        **kw,  # type: ignore[arg-type]
    )


def area(region: str, intensity: int, qualities: list[str], **kw: object) -> MarkRecord:
    return MarkRecord(
        kind="referred_area",
        view="back",
        geometry={"type": "area", "polygons": [[[0, 0], [10, 0], [10, 10]]]},
        intensity=intensity,
        regions={region: 0.3},
        qualities=qualities,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def known(any_diary: Diary) -> tuple[Diary, int, dict[str, int]]:
    """Five episodes in January and February 2024 with known figures (on both engines)."""
    diary = any_diary
    pid = diary.default_profile().id
    assert pid is not None
    heat = diary.add_therapy(TherapyRecord(None, "Heat", "home", key="heat", builtin=True)).id
    cold = diary.add_therapy(TherapyRecord(None, "Cold", "home", key="cold", builtin=True)).id
    assert heat is not None and cold is not None
    ids: dict[str, int] = {}

    def save(name: str, when: datetime, marks: list[MarkRecord], uses=(), offset: int = 60):
        rec = EpisodeRecord(
            profile_id=pid, started_at=when, utc_offset_minutes=offset, kind="flare",
            intensity=max(m.intensity for m in marks), marks=marks, therapy_uses=list(uses),
        )
        ids[name] = diary.save_episode(rec).id  # type: ignore[assignment]

    tp = point("trigger_point", SHOULDER, 6, ["aching", "tight"], tp_state="active",
               muscle_key="upper_trapezius")
    save("e1", datetime(2024, 1, 1, 10), [
        tp, area(NECK, 4, ["aching"], source_uuid=tp.uuid), point("spasm", SOLE, 5, [],
                                                                 spasm_kind="random"),
    ], [TherapyUseRecord(heat, datetime(2024, 1, 1, 11), regions=[NECK], outcome="better",
                         relief=6)])
    save("e2", datetime(2024, 1, 3, 23, 30), [
        point("spasm", NECK, 8, ["tight"], spasm_kind="chronic"),
        area(NECK, 5, ["burning"]),
    ], [
        TherapyUseRecord(heat, datetime(2024, 1, 4), regions=[NECK], outcome="same", relief=1),
        TherapyUseRecord(cold, datetime(2024, 1, 4), regions=[NECK], outcome="worse", relief=0),
    ])
    save("e3", datetime(2024, 1, 10, 9), [
        point("trigger_point", SHOULDER, 3, ["aching"], tp_state="latent",
              muscle_key="upper_trapezius"),
    ])
    save("e4", datetime(2024, 2, 20, 9), [area(NECK, 2, []), point("spasm", SOLE, 5, [],
                                                                     spasm_kind="random")])
    save("e5", datetime(2024, 2, 25, 9), [point("spasm", CALF, 7, ["cramping"],
                                                spasm_kind="random")])
    # Outside the range: must never count.
    save("old", datetime(2023, 6, 1, 9), [area(NECK, 10, ["stabbing"])])
    return diary, pid, ids


def test_region_history_figures(known: tuple[Diary, int, dict[str, int]]) -> None:
    diary, pid, ids = known
    h = history.region_history(diary, pid, NECK, *JAN_FEB, window=2)
    # Per episode: the highest intensity of the marks in the region (e2: spasm 8 beats area 5).
    assert [(p.episode_id, p.intensity) for p in h.points] == [
        (ids["e1"], 4), (ids["e2"], 8), (ids["e4"], 2)
    ]
    assert h.episode_count == 3
    assert h.mean_intensity == pytest.approx(14 / 3)
    assert h.peak_intensity == 8
    assert h.moving_average == pytest.approx([4.0, 6.0, 5.0])
    # Local time = UTC + offset: e2 at 23:30 UTC is 00:30 on the 4th for the person.
    assert h.points[1].local_time == datetime(2024, 1, 4, 0, 30)
    assert h.span_days == pytest.approx(60)
    assert h.per_week == pytest.approx(3 / (60 / 7))
    assert {q.quality: q.count for q in h.qualities} == {"aching": 1, "tight": 1, "burning": 1}
    assert h.trigger_points == []
    heat = next(t for t in h.therapies if t.key == "heat")
    assert (heat.uses, heat.better, heat.same, heat.worse) == (2, 1, 1, 0)
    assert heat.mean_relief == pytest.approx(3.5)
    cold = next(t for t in h.therapies if t.key == "cold")
    assert (cold.uses, cold.worse) == (1, 1)
    # Newest first in the episode list.
    assert [e.episode_id for e in h.episodes] == [ids["e4"], ids["e2"], ids["e1"]]


def test_histories_reuse_the_statements_made_for_their_shape_of_range(
    known: tuple[Diary, int, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The statements behind a history are made once for each shape of range (either end
    open or not) and then only given their values: building them and their cache keys cost
    half of a short history's call.  Each history still gets its own region, range and
    person (on both engines)."""
    diary, pid, ids = known
    first = history.region_history(diary, pid, NECK, *JAN_FEB)
    history.region_history(diary, pid, NECK)  # the other shapes: open at one end or both
    history.region_history(diary, pid, NECK, JAN[0], None)
    history.region_history(diary, pid, NECK, None, JAN[1])
    made: list[object] = []
    real_select = history.select

    def counted(*columns: object) -> object:
        made.append(columns)
        return real_select(*columns)

    monkeypatch.setattr(history, "select", counted)
    shoulder = history.region_history(diary, pid, SHOULDER, *JAN)
    neck_again = history.region_history(diary, pid, NECK, *JAN_FEB)
    whole = history.region_history(diary, pid, NECK)
    february_on = history.region_history(diary, pid, NECK, FEB[0], None)
    until_february = history.region_history(diary, pid, NECK, None, FEB[0])
    nobody = history.region_history(diary, pid + 1, NECK, *JAN_FEB)
    assert made == []
    assert neck_again == first
    assert [p.episode_id for p in shoulder.points] == [ids["e1"], ids["e3"]]
    assert [p.episode_id for p in whole.points] == [
        ids["old"], ids["e1"], ids["e2"], ids["e4"]]
    assert [p.episode_id for p in february_on.points] == [ids["e4"]]
    assert [p.episode_id for p in until_february.points] == [ids["old"], ids["e1"], ids["e2"]]
    assert nobody.points == [] and nobody.therapies == []


def test_a_history_runs_its_kept_statements_on_the_drivers_cursor(
    known: tuple[Diary, int, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A history's statements go to the driver's cursor, compiled once per engine, with no
    SQLAlchemy execution around them (as much again as SQLite's own work for a short range),
    on a connection given back when it is done (on PostgreSQL, with its transaction ended);
    the figures are those of the known diary (on both engines)."""
    from sqlalchemy.engine import Connection

    from bodymap.store import driver_rows

    diary, pid, ids = known
    expected = history.region_history(diary, pid, NECK, *JAN_FEB)
    compiled = {k: v.prepared for k, v in driver_rows._PREPARED[diary.engine.dialect].items()}

    def refused(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("executed through SQLAlchemy")

    with monkeypatch.context() as patched:  # the fixtures' own teardown executes
        patched.setattr(Connection, "execute", refused)
        again = history.region_history(diary, pid, NECK, *JAN_FEB)
    assert again == expected
    assert [p.episode_id for p in again.points] == [ids["e1"], ids["e2"], ids["e4"]]
    assert {k: v.prepared for k, v in driver_rows._PREPARED[diary.engine.dialect].items()} == compiled
    assert diary.engine.pool.checkedout() == 0
    if diary.engine.dialect.name == "postgresql":  # the server holds no transaction of ours
        from sqlalchemy import text

        with diary.reading() as connection:
            states = connection.execute(text(
                "SELECT state FROM pg_stat_activity WHERE application_name = 'bodymap'"
                " AND pid <> pg_backend_pid()")).scalars().all()
        assert "idle in transaction" not in states


def test_each_episode_is_shown_at_its_own_clock_time_across_a_change_of_offset(
    any_diary: Diary,
) -> None:
    """Winter and summer time in one history (UTC+1, then UTC+2, then a trip at UTC-5): each
    point and row is at the person's clock time of its own episode, the rows keep their
    offset, and their start in UTC is the one saved."""
    pid = any_diary.default_profile().id
    assert pid is not None
    saved = [(datetime(2024, 3, 30, 22, 30), 60, 4), (datetime(2024, 3, 31, 22, 30), 120, 6),
             (datetime(2024, 4, 2, 3, 0), -300, 7)]
    for when, offset, intensity in saved:
        any_diary.save_episode(EpisodeRecord(
            profile_id=pid, started_at=when, utc_offset_minutes=offset, kind="flare",
            intensity=intensity, marks=[area(NECK, intensity, [])]))
    h = history.region_history(any_diary, pid, NECK, datetime(2024, 3, 1), datetime(2024, 5, 1))
    assert [(p.local_time, p.intensity) for p in h.points] == [
        (datetime(2024, 3, 30, 23, 30), 4), (datetime(2024, 4, 1, 0, 30), 6),
        (datetime(2024, 4, 1, 22, 0), 7)]
    newest_first = list(reversed(saved))
    assert [(e.utc_offset_minutes, e.region_intensity) for e in h.episodes] == [
        (offset, intensity) for _when, offset, intensity in newest_first]
    assert [e.started_at for e in h.episodes] == [when for when, _o, _i in newest_first]
    assert [e.local_time for e in h.episodes] == [p.local_time for p in reversed(h.points)]


def test_region_history_is_built_with_the_collector_paused_and_gives_it_back(
    known: tuple[Diary, int, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The many small tuples of a long history are made with no collector passes over them;
    the collector is on again afterwards, also when the call fails."""
    import gc

    diary, pid, _ids = known
    seen: list[bool] = []
    real = history.moving_average

    def recorded(values, window):  # noqa: ANN001, ANN202
        seen.append(gc.isenabled())
        return real(values, window)

    monkeypatch.setattr(history, "moving_average", recorded)
    assert gc.isenabled()
    h = history.region_history(diary, pid, "neck_back.right")
    assert seen == [False] and gc.isenabled() and h.points
    monkeypatch.setattr(history, "moving_average", lambda *_a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        history.region_history(diary, pid, "neck_back.right")
    assert gc.isenabled()


def test_region_history_trigger_points_and_frequency(
    known: tuple[Diary, int, dict[str, int]],
) -> None:
    diary, pid, _ = known
    h = history.region_history(diary, pid, SHOULDER, *JAN)
    assert [(t.muscle_key, t.state, t.count) for t in h.trigger_points] == [
        ("upper_trapezius", "active", 1), ("upper_trapezius", "latent", 1)
    ]
    # A month-long range: weekly bars from Monday 2024-01-01, each week counted.
    assert h.frequency_unit == "week"
    assert h.frequency[0].start == date(2024, 1, 1)
    assert [b.episodes for b in h.frequency[:3]] == [1, 1, 0]
    assert sum(b.episodes for b in h.frequency) == 2
    # A range over 92 days: monthly bars.
    long = history.region_history(diary, pid, NECK, datetime(2023, 1, 1), datetime(2024, 3, 1))
    assert long.frequency_unit == "month"
    by_month = {b.start: b.episodes for b in long.frequency}
    assert by_month[date(2023, 6, 1)] == 1
    assert by_month[date(2024, 1, 1)] == 2
    assert by_month[date(2024, 2, 1)] == 1
    assert by_month[date(2023, 7, 1)] == 0


def test_all_time_history_includes_old_episode(known: tuple[Diary, int, dict[str, int]]) -> None:
    diary, pid, ids = known
    h = history.region_history(diary, pid, NECK)
    assert h.episode_count == 4
    assert h.peak_intensity == 10
    assert h.points[0].episode_id == ids["old"]


def test_heatmap_values(known: tuple[Diary, int, dict[str, int]]) -> None:
    diary, pid, _ = known
    mean = history.heatmap(diary, pid, *JAN_FEB, metric="mean")
    assert mean[NECK] == pytest.approx(14 / 3)
    assert mean[SHOULDER] == pytest.approx(4.5)
    assert mean[SOLE] == pytest.approx(5)
    peak = history.heatmap(diary, pid, *JAN_FEB, metric="peak")
    assert peak == {NECK: 8, SHOULDER: 6, SOLE: 5, CALF: 7}
    freq = history.heatmap(diary, pid, *JAN_FEB, metric="frequency")
    assert freq[NECK] == pytest.approx(3 / (60 / 7))
    assert freq[CALF] == pytest.approx(1 / (60 / 7))
    assert "head_back" not in freq
    with pytest.raises(ValueError):
        history.heatmap(diary, pid, *JAN_FEB, metric="loudness")


def test_compare_periods(known: tuple[Diary, int, dict[str, int]]) -> None:
    diary, pid, _ = known
    cmp = history.compare_periods(diary, pid, None, JAN, FEB, "mean")
    assert cmp[NECK] == (6.0, 2.0, "better")
    assert cmp[SHOULDER] == (4.5, 0.0, "better")
    assert cmp[CALF] == (0.0, 7.0, "worse")
    assert cmp[SOLE] == (5.0, 5.0, "unchanged")
    only = history.compare_periods(diary, pid, [NECK, "head_back"], JAN, FEB, "frequency")
    assert set(only) == {NECK, "head_back"}
    assert only[NECK][2] == "better"
    assert only["head_back"] == (0.0, 0.0, "unchanged")


def test_verdict_thresholds() -> None:
    assert history.verdict(5.0, 4.1, "mean") == "unchanged"  # under a point
    assert history.verdict(5.0, 4.0, "mean") == "better"
    assert history.verdict(4.0, 5.0, "peak") == "worse"
    # Frequency: at least 0.1 a week AND a quarter of the larger value.
    assert history.verdict(2.0, 1.6, "frequency") == "unchanged"
    assert history.verdict(2.0, 1.4, "frequency") == "better"
    assert history.verdict(0.05, 0.12, "frequency") == "unchanged"


def test_moving_average() -> None:
    assert history.moving_average([2, 4, 6, 8], 3) == pytest.approx([2, 3, 4, 6])
    assert history.moving_average([], 3) == []
    assert history.auto_window(40) == 7
    assert history.auto_window(1200) == 20
    assert history.auto_window(10_000) == 30


def _bins_counted_one_by_one(
    times: list[datetime], first: date, last: date, unit: str
) -> list[tuple[date, int, int]]:
    """The frequency bins as a person would count them: every week (Monday first) or calendar
    month from the one holding the earliest of ``first`` and the times to the one holding the
    latest of ``last`` and the times, each with its episodes and its distinct days."""
    def bin_start(d: date) -> date:
        return d - timedelta(days=d.weekday()) if unit == "week" else d.replace(day=1)

    def next_start(d: date) -> date:
        if unit == "week":
            return d + timedelta(days=7)
        return date(d.year + d.month // 12, d.month % 12 + 1, 1)

    days = [t.date() for t in times]
    start, end = bin_start(min([first, *days])), bin_start(max([last, *days]))
    out = []
    while start <= end:
        inside = [d for d in days if start <= d < next_start(start)]
        out.append((start, len(inside), len(set(inside))))
        start = next_start(start)
    return out


@settings(max_examples=300, deadline=None)
@given(
    offsets=st.lists(st.integers(0, 900 * 24 * 60), max_size=60),
    shift=st.integers(-60, 60),
    length=st.integers(0, 900),
    unit=st.sampled_from(["week", "month"]),
)
def test_frequency_bins_count_every_week_or_month(
    offsets: list[int], shift: int, length: int, unit: str
) -> None:
    """The bins (counted by bisection) match a count one episode at a time: empty weeks and
    months included, times in any order, several on a day, a range wider or narrower than the
    times, across the turn of a year."""
    origin = datetime(2023, 11, 20, 6, 30)
    times = [origin + timedelta(minutes=m) for m in offsets]
    first = origin.date() + timedelta(days=shift)
    last = first + timedelta(days=length)
    found = history._bins(times, first, last, unit)
    assert [tuple(b) for b in found] == _bins_counted_one_by_one(times, first, last, unit)
    assert all(type(b) is history.FrequencyBin for b in found)
    assert sum(b.episodes for b in found) == len(times)


def test_frequency_bins_of_a_range_that_ends_before_it_begins() -> None:
    assert history._bins([], date(2025, 5, 1), date(2025, 1, 1), "month") == []
    assert history._bins([], date(2025, 5, 1), date(2025, 1, 1), "week") == []


def test_history_cli_json(known: tuple[Diary, int, dict[str, int]], db_url, capsys) -> None:
    import argparse
    import json

    from bodymap.commands import history as history_cmd

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    history_cmd.register(parser.add_subparsers())
    args = parser.parse_args(
        ["--db", db_url, "history", NECK, "--from", "2024-01-01", "--to", "2024-02-29",
         "--json"]
    )
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["episodes"] == 3
    assert data["peak_intensity"] == 8
    assert data["therapies"][0]["therapy"] == "Heat"

    args = parser.parse_args(
        ["--db", db_url, "heatmap", "--from", "2024-01-01", "--to", "2024-02-29",
         "--metric", "peak", "--json"]
    )
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["values"][NECK] == 8

    args = parser.parse_args(["--db", db_url, "history", NECK, "--from", "yesterday"])
    assert args.func(args) == 2
    assert "date" in capsys.readouterr().err


# -- heat map colours on the map ----------------------------------------------------------------
def test_sequential_scale_reads_in_greyscale() -> None:
    from bodymap.map.heatmap import SEQUENTIAL, luminance, sequential_colour

    assert sequential_colour(0.0) == SEQUENTIAL[0]
    assert sequential_colour(1.0) == SEQUENTIAL[-1]
    assert sequential_colour(2.0) == SEQUENTIAL[-1]  # clamped
    steps = [luminance(sequential_colour(i / 20)) for i in range(21)]
    assert all(a > b for a, b in zip(steps, steps[1:], strict=False))  # darker as it grows
    assert steps[0] - steps[-1] > 0.6


def test_overlay_colours_chosen_regions(qtbot, known: tuple[Diary, int, dict[str, int]]) -> None:
    from PySide6.QtCore import Qt

    from bodymap.map.heatmap import COMPARE_STYLE, HeatmapOverlay, luminance, sequential_colour
    from bodymap.map.scene import REGION_OVERLAY, BodyMapScene

    diary, pid, _ = known
    scene = BodyMapScene("back")
    overlay = HeatmapOverlay([scene])
    overlay.set_values(history.heatmap(diary, pid, *JAN_FEB, metric="peak"), metric="peak")
    # Peak 8 of 10 on the neck, 6 on the shoulder; nothing on the back of the head.
    assert overlay.colour_of(NECK) == sequential_colour(0.8)
    assert overlay.colour_of(SHOULDER) == sequential_colour(0.6)
    assert luminance(overlay.colour_of(NECK)) < luminance(overlay.colour_of(SHOULDER))
    assert overlay.colour_of("head_back") is None
    fill = overlay._fills[("back", NECK)]
    assert fill.zValue() == REGION_OVERLAY and fill.isVisible()
    assert fill.brush().color().name() == sequential_colour(0.8)
    assert fill.path().boundingRect() == scene.region_path(NECK).boundingRect()

    # Comparison: January -> February, colour AND pattern per verdict.
    overlay.set_comparison(history.compare_periods(diary, pid, None, JAN, FEB, "mean"))
    assert overlay.verdicts[NECK] == "better" and overlay.verdicts[CALF] == "worse"
    neck_hatch = overlay._hatches[("back", NECK)]
    assert overlay._fills[("back", NECK)].brush().color().name() == COMPARE_STYLE["better"][0]
    assert neck_hatch.isVisible() and neck_hatch.brush().style() == Qt.BrushStyle.BDiagPattern
    calf_hatch = overlay._hatches[("back", CALF)]
    assert calf_hatch.brush().style() == Qt.BrushStyle.DiagCrossPattern
    # Better and worse differ in greyscale too, not only in hue.
    assert abs(luminance(COMPARE_STYLE["better"][0]) - luminance(COMPARE_STYLE["worse"][0])) > 0.2
    overlay.clear()
    assert not overlay._fills[("back", NECK)].isVisible()


def test_heatmap_panel_paints_the_map(qtbot, known: tuple[Diary, int, dict[str, int]]) -> None:
    from bodymap.map.heatmap import sequential_colour
    from bodymap.map.widget import BodyMapWidget
    from bodymap.ui.heatmap_panel import HeatmapPanel

    diary, pid, _ = known
    widget = BodyMapWidget()
    qtbot.addWidget(widget)
    panel = HeatmapPanel(widget, diary, pid)
    qtbot.addWidget(panel)
    panel.set_metric("peak")
    panel.set_custom_range(date(2024, 1, 1), date(2024, 2, 29))
    with qtbot.waitSignal(panel.result_ready, timeout=10000):
        panel.set_active(True)
    assert panel.values[NECK] == 8
    assert panel.overlay.colour_of(NECK) == sequential_colour(0.8)
    with qtbot.waitSignal(panel.result_ready, timeout=10000):
        panel.set_compare("previous")
    # Nothing in the 60 days before 2024-01-01: every region that hurt since is "worse".
    assert panel.comparison[NECK] == (0.0, 8.0, "worse")
    assert panel.overlay.mode == "compare"
    panel.set_active(False)
    assert panel.overlay.mode == "off"
