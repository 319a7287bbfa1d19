"""Start-up: time from process start to the first painted main window, as a ratio to a bare
PySide6 window showing the same SVG, both measured in this run (interleaved, median of N).

Each measurement is a fresh Python process (cold imports, as a user starting the program);
the child reports the wall-clock time of its first paint event, the parent subtracts the time
it launched the child.  The child also reports its CPU time until then (``time.process_time``):
on a shared, loaded machine the wall-clock ratio swings from run to run, the CPU-time ratio
much less, so both are printed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
w = QSvgWidget(sys.argv[1])
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), time.process_time(), flush=True)
            app.quit()
        return False
f = First()
w.installEventFilter(f)
w.resize(1400, 900)
w.show()
app.exec()
"""

BODYMAP = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from bodymap.app import create_application, start_main_window
app = create_application()
window = start_main_window(sys.argv[1])
viewport = window.map_widget.view("front").viewport()
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), time.process_time(), flush=True)
            window.diary_loader.wait()  # end cleanly: the diary finishes opening
            app.quit()
        return False
f = First()
viewport.installEventFilter(f)
app.exec()
"""


def _time_child(code: str, arg: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the child's first paint, and the child's CPU seconds until then."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, arg], capture_output=True, text=True, env=env, check=True,
        timeout=120,
    ).stdout
    wall, cpu = out.strip().splitlines()[-1].split()
    return float(wall) - start, float(cpu)


def run(repeats: int = 5) -> list[tuple[str, float, str, str]]:
    from benchmarks.bench_window import child_env

    with tempfile.TemporaryDirectory() as tmp:
        # Own settings and data folders, and a byte-code cache as an installed program has
        # (filled by the unmeasured first run of each): see bench_window.child_env.
        env = child_env(Path(tmp))
        svg = str(ROOT / "assets" / "body" / "front.svg")
        db = f"sqlite:///{tmp}/bench.sqlite3"
        _time_child(BODYMAP, db, env)  # creates the database: not part of the measurement
        _time_child(BARE, svg, env)  # warms the byte-code cache of the bare window too
        bare, ours = [], []
        for _ in range(repeats):
            bare.append(_time_child(BARE, svg, env))
            ours.append(_time_child(BODYMAP, db, env))
    b, o = statistics.median(w for w, _c in bare), statistics.median(w for w, _c in ours)
    bc, oc = statistics.median(c for _w, c in bare), statistics.median(c for _w, c in ours)
    return [
        ("start-up: bare PySide6 window with the SVG", b * 1000, "ms", ""),
        ("start-up: bodymap to first painted window", o * 1000, "ms", ""),
        ("start-up ratio bodymap / bare", o / b, "x", "<= 1.25"),
        ("  CPU time to first paint, bare window", bc * 1000, "ms", ""),
        ("  CPU time to first paint, bodymap", oc * 1000, "ms", ""),
        ("  CPU-time ratio bodymap / bare", oc / bc, "x", ""),
    ]


if __name__ == "__main__":
    for name, value, unit, budget in run():
        print(f"{name:55s} {value:10.2f} {unit:3s} {budget}")
