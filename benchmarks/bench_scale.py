"""The same figures at 1, 10 and 50 years of sample data, and how they grow from 10 to 50.

    python benchmarks/bench_scale.py

Per size: a region's history (the busiest region, every year; query and chart data), the
whole-body heat map, the report's data, saving an episode of 20 marks, and the start to a
usable window (a fresh process; ``bench_window``).  Medians of interleaved runs after a
warm-up.  The diaries come from ``benchmarks/demo_cache.py`` (made once, reused).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Row = tuple[str, float, str, str]
SIZES = (1.0, 10.0, 50.0)
BUDGETS = {"history": "< 50 ms", "heat map": "< 100 ms", "report data": "< 1500 ms",
           "save 20 marks": "< 50 ms", "usable window": ""}


def _median_ms(fn, runs: int = 7) -> float:  # noqa: ANN001
    fn()
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples) * 1000


def _figures(years: float, folder: Path) -> dict[str, float]:
    from benchmarks import demo_cache
    from bodymap.anatomy import regions as anatomy
    from bodymap.report.model import build_report
    from bodymap.store import history
    from bodymap.store.records import EpisodeRecord, MarkRecord
    from bodymap.store.service import Diary

    path = demo_cache.copy_of(years, folder)
    diary = Diary.open(f"sqlite:///{path}")
    me = diary.default_profile().id or 0
    try:
        figures = history.region_figures(diary, me, None, None)
        region = max(figures, key=lambda r: (figures[r].episodes, r))
        out = {
            "history": _median_ms(lambda: history.region_history(diary, me, region, None)),
            "heat map": _median_ms(lambda: history.heatmap(diary, me, None, None, "mean")),
            "report data": _median_ms(lambda: build_report(diary, me), runs=3),
        }
        regions = anatomy.regions_in_view("front")[:20]
        counter = {"n": 0}

        def save() -> None:
            counter["n"] += 1
            diary.save_episode(EpisodeRecord(
                profile_id=me, started_at=datetime(2030, 1, 1) + timedelta(hours=counter["n"]),
                intensity=5,
                marks=[
                    MarkRecord(kind="trigger_point", view="front", tp_state="active",
                               geometry={"type": "point", "x": x, "y": y}, intensity=6,
                               regions={r: 0.0})
                    for r in regions for x, y in [anatomy.inside_point("front", r)]
                ],
            ))

        out["save 20 marks"] = _median_ms(save)
    finally:
        diary.close()
    return out


def run() -> list[Row]:
    from benchmarks import bench_window, demo_cache

    rows: list[Row] = []
    facts = {}
    for years in SIZES:
        _path, info = demo_cache.diary(years)
        facts[years] = info
        rows.append((f"sample diary, {years:g} years ({info['episodes']:.0f} episodes, "
                     f"{info['marks']:.0f} marks), generated in", info["seconds"], "s", ""))
    measured: dict[float, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for years in SIZES:
            measured[years] = _figures(years, Path(tmp))
    window_rows, usable = bench_window.usable_rows(SIZES)
    for years in SIZES:
        measured[years]["usable window"] = usable[years] * 1000
    for what in BUDGETS:
        for years in SIZES:
            rows.append((f"{what}, {years:g} years", measured[years][what], "ms",
                         BUDGETS[what] if years == 50 else ""))
        growth = measured[50.0][what] / measured[10.0][what]
        rows.append((f"  growth 10 -> 50 years, {what}", growth, "x", ""))
    rows += [r for r in window_rows if "ratio" in r[0] or "bare" in r[0]]
    return rows


if __name__ == "__main__":
    for name, value, unit, budget in run():
        print(f"{name:62s} {value:10.2f} {unit:8s} {budget}")
