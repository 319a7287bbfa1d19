"""Body-map hit-test and hover benchmarks.

Run as a script (``python benchmarks/bench_map.py``) to print a table, or call
:func:`bench_hit_test`, which returns ``[(name, value, unit), ...]``.

Rows:

* ``region_at <view>``: mean time of ``anatomy.region_at`` over random points of the viewBox
  (inside and outside the body), in microseconds.
* ``region_at budget``: the budget, 1 ms, for comparison (and ``region_at worst view / budget``
  as a ratio: it must stay below 1).
* ``hover move -> highlight``: from a mouse-move event sent to the view's viewport to the hover
  highlight being set on the scene (hit test + path lookup + item update), in microseconds;
  ``hover move -> painted`` adds the repaint of the changed area (processing the event loop),
  and ``full repaint`` paints the whole front view at "fit" (window 1200 x 900).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HIT_TEST_BUDGET_US = 1000.0


def _bench_region_at(points_per_view: int = 20_000) -> list[tuple[str, float, str]]:
    from bodymap.anatomy import regions as anatomy

    rows: list[tuple[str, float, str]] = []
    rng = random.Random(20240601)
    worst = 0.0
    for view_id, info in anatomy.VIEWS.items():
        pts = [
            (rng.uniform(0, info.width), rng.uniform(0, info.height))
            for _ in range(points_per_view)
        ]
        region_at = anatomy.region_at
        region_at(view_id, *pts[0])  # warm caches
        t0 = time.perf_counter()
        for x, y in pts:
            region_at(view_id, x, y)
        mean_us = (time.perf_counter() - t0) / len(pts) * 1e6
        worst = max(worst, mean_us)
        rows.append((f"region_at {view_id}", round(mean_us, 2), "µs"))
    # The slow case: points on the body (the bbox pre-checks pass, polygons are tested).
    for view_id in ("front", "back"):
        on_body = [
            (x, y)
            for x, y in (
                (
                    rng.uniform(0, anatomy.VIEWS[view_id].width),
                    rng.uniform(0, anatomy.VIEWS[view_id].height),
                )
                for _ in range(points_per_view * 2)
            )
            if anatomy.region_at(view_id, x, y) is not None
        ]
        times = []
        for x, y in on_body:
            t1 = time.perf_counter()
            anatomy.region_at(view_id, x, y)
            times.append(time.perf_counter() - t1)
        mean_us = statistics.fmean(times) * 1e6
        worst = max(worst, mean_us)
        rows.append((f"region_at {view_id}, on the body", round(mean_us, 2), "µs"))
        times.sort()
        p99 = times[int(0.99 * (len(times) - 1))] * 1e6
        rows.append((f"region_at {view_id}, on the body (p99)", round(p99, 1), "µs"))
    rows.append(("region_at budget", HIT_TEST_BUDGET_US, "µs"))
    rows.append(("region_at worst view / budget", round(worst / HIT_TEST_BUDGET_US, 4), "ratio"))
    return rows


def _bench_hover(moves: int = 400) -> list[tuple[str, float, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from bodymap.anatomy import regions as anatomy
    from bodymap.map.widget import BodyMapWidget

    app = QApplication.instance() or QApplication([])
    widget = BodyMapWidget()
    widget.resize(1200, 900)
    widget.show()
    app.processEvents()
    view = widget.view("front")
    scene = view.body_scene()
    ids = anatomy.regions_in_view("front")
    targets = [view.mapFromScene(QPointF(*anatomy.inside_point("front", r))) for r in ids]
    viewport = view.viewport()

    def move(pos):  # type: ignore[no-untyped-def]
        ev = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(pos),
            QPointF(viewport.mapToGlobal(pos)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, ev)

    # warm the path cache once, as a user would after the first few moves
    for pos in targets:
        move(pos)
    app.processEvents()
    highlight: list[float] = []
    painted: list[float] = []
    for i in range(moves):
        pos = targets[i % len(targets)]
        t0 = time.perf_counter()
        move(pos)
        t1 = time.perf_counter()
        assert scene.highlighted_region is not None
        app.processEvents()  # the repaint of the changed area, as the event loop would do it
        t2 = time.perf_counter()
        highlight.append((t1 - t0) * 1e6)
        painted.append((t2 - t0) * 1e6)
    full: list[float] = []
    for _ in range(20):
        t0 = time.perf_counter()
        viewport.repaint()
        full.append((time.perf_counter() - t0) * 1e3)
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return [
        ("hover move -> highlight (mean)", round(statistics.fmean(highlight), 1), "µs"),
        ("hover move -> highlight (p95)", round(_p95(highlight), 1), "µs"),
        ("hover move -> painted (mean)", round(statistics.fmean(painted) / 1000, 2), "ms"),
        ("full repaint of the front view", round(statistics.fmean(full), 2), "ms"),
    ]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def bench_hit_test() -> list[tuple[str, float, str]]:
    """Time ``region_at`` over random points (mean µs per view) and hover-to-highlight."""
    return _bench_region_at() + _bench_hover()


def main() -> int:
    rows = bench_hit_test()
    width = max(len(name) for name, _v, _u in rows)
    for name, value, unit in rows:
        print(f"{name.ljust(width)}  {value:>10g}  {unit}")
    worst = next(v for n, v, _u in rows if n == "region_at worst view / budget")
    print("\nhit test within the 1 ms budget" if worst < 1 else "\nhit test OVER the 1 ms budget")
    return 0 if worst < 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
