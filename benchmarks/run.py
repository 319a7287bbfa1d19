"""Every speed figure in one table:  python benchmarks/run.py

Each benchmark module measures its own rows (ratios are measured in the same run, since this
kind of machine is shared and noisy); this script only collects and prints them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
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


def _marking_rows() -> list[Row]:
    """bench_marking in a fresh process: its memory row is the resident size of a window with
    ten years and the history open, not of this process after every other benchmark."""
    import json
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c",
         "import json; from benchmarks import bench_marking; print(json.dumps(bench_marking.run()))"],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=900,
    ).stdout
    return [tuple(row) for row in json.loads(out.strip().splitlines()[-1])]  # type: ignore[misc]


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
    return [(name, _guarded(fn)) for name, fn in sections()]


def sections() -> list[tuple[str, Callable[[], list[Row] | str]]]:
    from benchmarks import (
        bench_history,
        bench_report,
        bench_scale,
        bench_startup,
        bench_transfer,
        bench_window,
    )

    listed: list[tuple[str, Callable[[], list[Row] | str]]] = [
        ("start-up (first paint)", bench_startup.run),
        ("usable window, quit, stalls (10 years)", bench_window.run),
        ("scale: 1, 10 and 50 years", bench_scale.run),
        ("export and import, 30 years (streamed)", bench_transfer.run),
        ("map", _map_rows),
        ("marking and memory (10 years, a process of its own)", _marking_rows),
        ("history", bench_history.run),
        ("report", bench_report.run),
        ("PostgreSQL beside SQLite (same run)", _postgres_rows),
    ]
    return listed


def _guarded(fn: Callable[[], list[Row] | str]) -> list[Row] | str:
    """A section's rows, or one line saying why it could not be measured."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - one broken section must not hide the others
        return f"not measured: {type(exc).__name__}: {exc}"


def main() -> int:
    print(f"{'what':62s} {'value':>10s} {'unit':8s} budget")
    for section, rows in _collect_printing():
        print(f"-- {section}")
        if isinstance(rows, str):  # skipped, and why
            print(rows)
            continue
        for name, value, unit, budget in rows:
            print(f"{name:62s} {value:10.2f} {unit:8s} {budget}")
        sys.stdout.flush()
    return 0


def _collect_printing():  # noqa: ANN202 - printed as each section ends (a long run)
    for name, fn in sections():
        yield name, _guarded(fn)


if __name__ == "__main__":
    raise SystemExit(main())
