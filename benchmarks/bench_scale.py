"""The same figures at 1, 10 and 50 years of sample data, and how they grow from 10 to 50.

    python benchmarks/bench_scale.py

Per size: a region's history (the busiest region, every year; query and chart data), the
whole-body heat map, the report's data, saving an episode of 20 marks, and the start to a
usable window (a fresh process; ``bench_window``).  Medians of interleaved runs after a
warm-up; the history, the heat map and the save also with their CPU time, which the load of a
shared machine changes less than the wall clock.  The diaries come from
``benchmarks/demo_cache.py`` (made once, reused).
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
           # "report data" is the whole diary (what the benchmark of issue 18 measures, and the
           # report's "all" period); this one is the window's and the CLI's default period
           "report data, last 3 months": "",
           "save 20 marks": "< 50 ms", "usable window": ""}


#: Rows that also get their CPU time (the machine is shared: the wall clock waits for others).
CPU_ROWS = ("history", "heat map", "report data", "save 20 marks")


def _median_ms(fn, runs: int = 7, cpu: dict[str, float] | None = None,  # noqa: ANN001
               name: str = "") -> float:
    """Median wall time of ``fn`` after a warm-up; with ``cpu``, its median CPU time (this
    process) goes to ``cpu[name]``."""
    fn()
    samples, cpu_samples = [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append(time.perf_counter() - began)
        cpu_samples.append(time.process_time() - began_cpu)
    if cpu is not None:
        cpu[name] = statistics.median(cpu_samples) * 1000
    return statistics.median(samples) * 1000


def _figures(years: float, folder: Path) -> dict[str, float]:
    from benchmarks import demo_cache
    from bodymap.anatomy import regions as anatomy
    from bodymap.report.model import build_report, period_range
    from bodymap.store import history
    from bodymap.store.records import EpisodeRecord, MarkRecord
    from bodymap.store.service import Diary

    path = demo_cache.copy_of(years, folder)
    diary = Diary.open(f"sqlite:///{path}")
    me = diary.default_profile().id or 0
    try:
        figures = history.region_figures(diary, me, None, None)
        region = max(figures, key=lambda r: (figures[r].episodes, r))
        cpu: dict[str, float] = {}
        quarter = period_range("3m", demo_cache.END)  # the last 3 months of the sample diary
        out = {
            "history": _median_ms(lambda: history.region_history(diary, me, region, None),
                                  cpu=cpu, name="history"),
            "heat map": _median_ms(lambda: history.heatmap(diary, me, None, None, "mean"),
                                   cpu=cpu, name="heat map"),
            "report data": _median_ms(lambda: build_report(diary, me), runs=3,
                                      cpu=cpu, name="report data"),
            "report data, last 3 months": _median_ms(
                lambda: build_report(diary, me, *quarter, today=demo_cache.END), runs=3),
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

        out["save 20 marks"] = _median_ms(save, cpu=cpu, name="save 20 marks")
        out.update({f"{name}, CPU time": value for name, value in cpu.items()})
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
        if what in CPU_ROWS:
            for years in SIZES:
                rows.append((f"  CPU time, {what}, {years:g} years",
                             measured[years][f"{what}, CPU time"], "ms", ""))
    rows += [r for r in window_rows if "ratio" in r[0] or "bare" in r[0]]
    return rows


if __name__ == "__main__":
    for name, value, unit, budget in run():
        print(f"{name:62s} {value:10.2f} {unit:8s} {budget}")
