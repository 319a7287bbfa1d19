"""Speed of the sample diary, a region's history and the whole-body heat map (ten years).

    python benchmarks/bench_history.py [--fresh]

Builds a 10-year ``bodymap demo`` database (seed 1) in the temp dir, or reuses the one built
before (its generation time is kept beside it; ``--fresh`` builds it again), then prints rows:

* demo generation, 10 years (budget 30 s);
* history of the busiest region over all ten years, query + chart data (budget 50 ms), and its
  ratio to the same statements run raw on a plain ``sqlite3`` connection (budget 2x);
* the same for the last year;
* the whole-body heat map over ten years (budget 100 ms).

Times are medians of interleaved runs after one warm-up, so a busy machine skews both sides alike.
``run()`` returns ``[(name, value, unit, budget), ...]`` for ``benchmarks/run.py``.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bodymap import demo  # noqa: E402
from bodymap.store import history  # noqa: E402
from bodymap.store.service import Diary  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "bodymap-bench"
END = date(2026, 1, 1)
RUNS = 15

# The baseline the service layer must not be more than twice as slow as: the very statements
# of ``history.region_statements``, compiled once for SQLite and run on a bare ``sqlite3``
# connection (no SQLAlchemy at run time, no post-processing).  No SQL text is written here.


def compile_raw(diary: Diary, region: str, profile: int, start: datetime | None) -> list[tuple[str, list[object]]]:
    out = []
    for statement in history.region_statements(profile, region, start, None).values():
        compiled = statement.compile(dialect=diary.engine.dialect)
        names = compiled.positiontup or []
        params = [_bind(compiled.params[name]) for name in names]
        out.append((str(compiled), params))
    return out


def _bind(value: object) -> object:
    # SQLAlchemy stores SQLite DateTime as "YYYY-MM-DD HH:MM:SS.ffffff" text: bind the same.
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, datetime) else value


def build(fresh: bool = False) -> tuple[Path, float, int, int]:
    """The cached 10-year database: (path, generation seconds, episodes, marks).

    From ``benchmarks/demo_cache.py``, keyed by the code that shapes the data, so every module
    of a run (and the PostgreSQL rows) uses the same diary.  ``fresh``: made again.
    """
    from benchmarks import demo_cache

    if fresh:
        for stale in demo_cache.CACHE.glob("demo-10y-*"):
            stale.unlink()
    path, info = demo_cache.diary(10)
    return path, info["seconds"], int(info["episodes"]), int(info["marks"])


def _raw_region(con: sqlite3.Connection, statements: list[tuple[str, list[object]]]) -> None:
    for sql, params in statements:
        con.execute(sql, params).fetchall()


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


def run(fresh: bool = False) -> list[tuple[str, float, str, str]]:
    path, gen_seconds, episodes, marks = build(fresh)
    rows: list[tuple[str, float, str, str]] = [
        (f"demo: generate 10 years ({episodes} episodes, {marks} marks)", round(gen_seconds, 2),
         "s", "< 30 s"),
    ]
    diary = Diary.open(f"sqlite:///{path}")
    profile = diary.profile_by_name(demo.DEFAULT_PROFILE).id
    assert profile is not None
    con = sqlite3.connect(path)
    figures = history.region_figures(diary, profile, None, None)
    region = max(figures, key=lambda r: (figures[r].episodes, r))  # the busiest region
    last_year = _dt(END) - timedelta(days=365)  # the demo's last year
    for label, start in (("10 years", None), ("last year", last_year)):
        raw_statements = compile_raw(diary, region, profile, start)
        h = history.region_history(diary, profile, region, start)  # warm-up
        _raw_region(con, raw_statements)
        ours: list[float] = []
        raw: list[float] = []
        for _ in range(RUNS):
            t = time.perf_counter()
            h = history.region_history(diary, profile, region, start)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            _raw_region(con, raw_statements)
            raw.append(time.perf_counter() - t)
        ms, raw_ms = _median_ms(ours), _median_ms(raw)
        rows.append((f"region history {region}, {label} ({h.episode_count} episodes)",
                     round(ms, 1), "ms", "< 50 ms"))
        rows.append((f"  ratio to raw SQL ({raw_ms:.1f} ms), {label}", round(ms / raw_ms, 2),
                     "x", "<= 2 x"))
    history.heatmap(diary, profile, None, None, "mean")
    samples = []
    for _ in range(RUNS):
        t = time.perf_counter()
        values = history.heatmap(diary, profile, None, None, "mean")
        samples.append(time.perf_counter() - t)
    rows.append((f"heat map, whole body, 10 years ({len(values)} regions)",
                 round(_median_ms(samples), 1), "ms", "< 100 ms"))
    con.close()
    diary.close()
    return rows


def _dt(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    rows = run(fresh="--fresh" in args)
    width = max(len(r[0]) for r in rows)
    for name, value, unit, budget in rows:
        print(f"{name:<{width}}  {value:>8} {unit:<3} (budget {budget})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
