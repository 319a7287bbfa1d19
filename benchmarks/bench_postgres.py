"""The same diary on PostgreSQL beside SQLite, measured in the same run (ratios, not absolutes).

    python benchmarks/bench_postgres.py

Starts a throwaway PostgreSQL server on loopback (``tests/pg_server.py``, the test suite's own
code, but with the server's default durability: fsync and synchronous commits on, as a practice
would run it; or the server named by ``BODYMAP_TEST_PG_URL``), writes the ten-year demo diary there (seed
1, the same diary as ``bench_history``'s cached SQLite file) and measures, interleaved with the
same operation on SQLite so a busy machine skews both sides alike:

* saving an episode with 20 marks (median of 20; budget 50 ms);
* the history of the busiest region over ten years (median of 15; budget 50 ms);
* the whole-body heat map over ten years (median of 15; budget 100 ms);
* the report data over ten years (median of 3).

Each PostgreSQL row is followed by its ratio to SQLite.  Without server binaries it returns
nothing and :func:`skip_reason` says why, in one line.  The server is stopped and removed after.
``run()`` returns ``[(name, value, unit, budget), ...]`` for ``benchmarks/run.py``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pg_server  # noqa: E402  (tests/pg_server.py)

Row = tuple[str, float, str, str]
RUNS = 15
SAVES = 20
REPORTS = 3


def skip_reason() -> str | None:
    """None when a server can be had, else one line saying why the PostgreSQL rows are skipped."""
    if os.environ.get(pg_server.ENV_URL) or pg_server.find_bin_dir() is not None:
        return None
    return f"PostgreSQL rows skipped: no PostgreSQL server binaries ({pg_server.HOW_TO_ENABLE})"


def _twenty_marks(profile_id: int, when: datetime) -> Any:
    from bodymap.anatomy import regions as anatomy
    from bodymap.store.records import EpisodeRecord, MarkRecord

    region_ids = list(anatomy.regions_in_view("front"))[:20]
    return EpisodeRecord(
        profile_id=profile_id,
        started_at=when,
        intensity=5,
        marks=[
            MarkRecord(
                kind="trigger_point", view="front", geometry={"type": "point", "x": x, "y": y},
                intensity=6, regions={region: 0.0}, tp_state="active", qualities=["aching"],
            )
            for region in region_ids
            for x, y in [anatomy.inside_point("front", region)]
        ],
    )


def _interleaved(runs: int, first: Callable[[int], Any], second: Callable[[int], Any]
                 ) -> tuple[float, float]:
    """Median milliseconds of ``first`` and ``second``, run alternately after one warm-up each."""
    first(-1)
    second(-1)
    a: list[float] = []
    b: list[float] = []
    for i in range(runs):
        for fn, out in ((first, a), (second, b)):
            began = time.perf_counter()
            fn(i)
            out.append(time.perf_counter() - began)
    return statistics.median(a) * 1000.0, statistics.median(b) * 1000.0


def _rows(what: str, sqlite_ms: float, pg_ms: float, unit: str, budget: str) -> list[Row]:
    scale = 1000.0 if unit == "s" else 1.0
    return [
        (f"{what}: SQLite", round(sqlite_ms / scale, 3), unit, budget),
        (f"{what}: PostgreSQL", round(pg_ms / scale, 3), unit, budget),
        ("  ratio PostgreSQL / SQLite", round(pg_ms / sqlite_ms, 2), "x", ""),
    ]


def run() -> list[Row]:
    if skip_reason() is not None:
        return []
    from benchmarks import bench_history
    from bodymap import demo
    from bodymap.report.export import ensure_gui_application
    from bodymap.report.model import build_report
    from bodymap.store import history
    from bodymap.store.service import Diary

    ensure_gui_application()
    source, _seconds, episodes, marks = bench_history.build()
    server = pg_server.start(durable=True)  # fsync and synchronous commits on
    folder = Path(tempfile.mkdtemp(prefix="bodymap-bench-pg-"))
    rows: list[Row] = []
    try:
        path = folder / "ten-years.sqlite3"
        shutil.copyfile(source, path)
        lite = Diary.open(f"sqlite:///{path}")
        pg_url = server.create_database("bodymap_bench")
        pg = Diary.open(pg_url)
        began = time.perf_counter()
        result = demo.generate(pg, years=10, seed=1, end=bench_history.END)
        generated = time.perf_counter() - began
        assert (result.episodes, result.marks) == (episodes, marks), "not the same demo diary"
        rows.append((f"demo: generate 10 years on PostgreSQL ({episodes} episodes)",
                     round(generated, 2), "s", "< 30 s"))
        profile = {d: d.profile_by_name(demo.DEFAULT_PROFILE).id or 0 for d in (lite, pg)}
        with lite.session() as s:
            from sqlalchemy import text

            region = s.execute(text(
                "SELECT region_id FROM mark_region GROUP BY region_id "
                "ORDER BY COUNT(*) DESC, region_id LIMIT 1"
            )).scalar_one()

        def saver(diary: Diary) -> Callable[[int], Any]:
            start = datetime(2030, 1, 1)
            return lambda i: diary.save_episode(
                _twenty_marks(profile[diary], start + timedelta(hours=i + 1)))

        rows += _rows("save an episode with 20 marks",
                      *_interleaved(SAVES, saver(lite), saver(pg)), "ms", "< 50 ms")

        def region_history(diary: Diary) -> Callable[[int], Any]:
            return lambda _i: history.region_history(diary, profile[diary], region, None)

        rows += _rows(f"region history {region}, 10 years",
                      *_interleaved(RUNS, region_history(lite), region_history(pg)),
                      "ms", "< 50 ms")

        def heat(diary: Diary) -> Callable[[int], Any]:
            return lambda _i: history.heatmap(diary, profile[diary], None, None, "mean")

        rows += _rows("heat map, whole body, 10 years",
                      *_interleaved(RUNS, heat(lite), heat(pg)), "ms", "< 100 ms")

        def report(diary: Diary) -> Callable[[int], Any]:
            return lambda _i: build_report(diary, profile[diary])

        rows += _rows("report data, 10 years",
                      *_interleaved(REPORTS, report(lite), report(pg)), "s", "")
        lite.close()
        pg.close()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def main() -> int:
    reason = skip_reason()
    if reason:
        print(reason)
        return 0
    for name, value, unit, budget in run():
        print(f"{name:55s} {value:10.2f} {unit:8s} {budget}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
