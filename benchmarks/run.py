"""Every speed figure in one table:  python benchmarks/run.py

Each benchmark module measures its own rows (ratios are measured in the same run, since this
kind of machine is shared and noisy); this script only collects and prints them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Row = tuple[str, float, str, str]


def _map_rows() -> list[Row]:
    from benchmarks import bench_map

    budgets = {"µs": "< 1000 µs"}
    return [(name, value, unit, budgets.get(unit, "")) for name, value, unit in bench_map.bench_hit_test()]


def _postgres_rows() -> list[Row] | str:
    """The PostgreSQL rows beside SQLite, or one line saying why there are none."""
    from benchmarks import bench_postgres

    reason = bench_postgres.skip_reason()
    if reason:
        return reason
    try:
        return bench_postgres.run()
    except bench_postgres.pg_server.Unavailable as exc:
        return f"PostgreSQL rows skipped: {exc}"


def collect() -> list[tuple[str, list[Row] | str]]:
    from benchmarks import bench_history, bench_marking, bench_report, bench_startup

    return [
        ("start-up", bench_startup.run()),
        ("map", _map_rows()),
        ("marking", bench_marking.run()),
        ("history", bench_history.run()),
        ("report", bench_report.run()),
        ("PostgreSQL beside SQLite (same run)", _postgres_rows()),
    ]


def main() -> int:
    print(f"{'what':62s} {'value':>10s} {'unit':8s} budget")
    for section, rows in collect():
        print(f"-- {section}")
        if isinstance(rows, str):  # skipped, and why
            print(rows)
            continue
        for name, value, unit, budget in rows:
            print(f"{name:62s} {value:10.2f} {unit:8s} {budget}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
