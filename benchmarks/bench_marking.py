"""Marking with ten years of diary loaded: a click on the map until the mark is drawn, saving an
episode with 20 marks, and the memory of the window with the history open.

    python benchmarks/bench_marking.py

Uses the cached 10-year demo database of ``bench_history`` (a copy, so nothing is changed).
``run()`` returns ``[(name, value, unit, budget), ...]`` for ``benchmarks/run.py``.
"""

from __future__ import annotations

import os
import shutil
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


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run() -> list[tuple[str, float, str, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks import bench_history
    from bodymap.anatomy import regions as anatomy
    from bodymap.app import create_application
    from bodymap.store.records import EpisodeRecord, MarkRecord
    from bodymap.store.service import Diary
    from bodymap.ui.main_window import MainWindow

    source, _seconds, episodes, marks = bench_history.build()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder
        os.environ["XDG_CONFIG_HOME"] = folder
        path = Path(folder) / "ten-years.sqlite3"
        shutil.copyfile(source, path)
        app = create_application()
        diary = Diary.open(f"sqlite:///{path}")
        window = MainWindow(diary)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        latest = diary.latest_episode(window.profile.id or 0)
        assert latest is not None
        window.open_episode(latest.id or 0)
        app.processEvents()

        # click -> mark in the document -> item painted (repaint() paints synchronously)
        view = window.map_widget.view("back")
        x, y = anatomy.inside_point("back", "shoulder_blade.left")
        pos = view.mapFromScene(x, y)
        clicks = []
        for _ in range(30):
            began = time.perf_counter()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
            view.viewport().repaint()
            clicks.append(time.perf_counter() - began)
            window.document.undo_stack.undo()
            app.processEvents()

        # saving an episode with 20 marks (new episodes, through the service layer)
        profile_id = window.profile.id or 0
        region_ids = [r for r in anatomy.regions_in_view("front")][:20]
        saves = []
        for i in range(20):
            record = EpisodeRecord(
                profile_id=profile_id,
                started_at=datetime(2030, 1, 1) + timedelta(hours=i),
                intensity=5,
                marks=[
                    MarkRecord(
                        kind="trigger_point",
                        view="front",
                        geometry={"type": "point", "x": px, "y": py},
                        intensity=6,
                        regions={region: 0.0},
                        tp_state="active",
                        qualities=["aching"],
                    )
                    for region in region_ids
                    for px, py in [anatomy.inside_point("front", region)]
                ],
            )
            began = time.perf_counter()
            diary.save_episode(record)
            saves.append(time.perf_counter() - began)

        # memory: ten years loaded, the history of the busiest region open
        window.history_panel.show_region("neck_side.left")
        window.history_dock.raise_()
        window.history_panel.wait()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        rss = _rss_mb()
        window.close()
        diary.close()

    return [
        ("diary size", float(episodes), "episodes", f"{marks} marks"),
        ("click on the map to mark drawn (median of 30)", statistics.median(clicks) * 1000, "ms", "< 16 ms"),
        ("click to mark drawn, slowest of 30", max(clicks) * 1000, "ms", ""),
        ("save an episode with 20 marks (median of 20)", statistics.median(saves) * 1000, "ms", "< 50 ms"),
        ("memory, 10 years loaded, history open", rss, "MB", "< 200 MB"),
    ]


if __name__ == "__main__":
    for name, value, unit, budget in run():
        print(f"{name:55s} {value:10.2f} {unit:8s} {budget}")
