"""The window with years of data: start to a usable window (as a ratio to the bare PySide6
window, both measured in this run), quitting, and every stall of the UI thread in a scripted
session.

    python benchmarks/bench_window.py

* **usable window**: a fresh process from start until the diary is open, the panels attached,
  the diary list filled and the worker idle (median of 3, each size), beside the bare window
  (``bench_startup.BARE``, median of 3, interleaved);
* **quit**: the window closed (with a region's history and the heat map open) until the process
  is gone (``tests/quit_driver.py``, median of 3);
* **stalls**: a zero-interval ``QTimer`` in the window's own event loop notes how late each of its
  turns comes; a script opens the window on ten years, opens the latest episode, marks, saves,
  switches through the panels, opens a region's history, the heat map and the report's print
  preview.  Every gap over 50 ms is a stall the person could feel; the distribution is printed.

Child processes get a byte-code cache of their own (``PYTHONPYCACHEPREFIX`` in the temp
folder), filled by a first run that is not measured: an installed program has its ``.pyc``
files, and compiling our sources at every start is not what a person waits for.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Row = tuple[str, float, str, str]
STALL_MS = 50.0

USABLE = r"""
import os, sys, time
from PySide6.QtCore import QTimer
from bodymap.app import create_application, start_main_window
app = create_application()
window = start_main_window(sys.argv[1])
def usable():
    listed = getattr(window, "episode_list", None)
    return (window.editor is not None and listed is not None and listed.row_count() > 0
            and not window.ops.pending())
def check():
    if usable():
        print(time.time(), time.process_time(), flush=True)
        os._exit(0)
    QTimer.singleShot(5, check)
QTimer.singleShot(5, check)
app.exec()
"""


def child_env(folder: Path) -> dict[str, str]:
    """The environment of a measured child: its own settings and data folders, its own
    byte-code cache (written by the first, unmeasured run)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_DATA_HOME"] = str(folder / "data")
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "bodymap-bench" / "pycache")
    return env


def time_child(code: str, arg: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching ``python -c code arg`` to the time it prints last, and the CPU
    seconds the child says it had used by then (the second number it prints)."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, arg], capture_output=True, text=True, env=env, check=True,
        timeout=300,
    ).stdout
    wall, cpu = out.strip().splitlines()[-1].split()
    return float(wall) - start, float(cpu)


def usable_rows(sizes: tuple[float, ...] = (10.0,), repeats: int = 3) -> tuple[list[Row], dict[float, float]]:
    """Start to a usable window per size, and the ratio to the bare window of this run."""
    from benchmarks import demo_cache
    from benchmarks.bench_startup import BARE

    svg = str(ROOT / "assets" / "body" / "front.svg")
    seconds: dict[float, list[tuple[float, float]]] = {size: [] for size in sizes}
    bare: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = child_env(folder)
        copies = {size: demo_cache.copy_of(size, folder) for size in sizes}
        time_child(BARE, svg, env)  # warm-up: byte code, fonts
        for size in sizes:
            time_child(USABLE, f"sqlite:///{copies[size]}", env)  # warm-up: backups, pyc
        for _ in range(repeats):
            bare.append(time_child(BARE, svg, env))
            for size in sizes:
                seconds[size].append(time_child(USABLE, f"sqlite:///{copies[size]}", env))
    b = statistics.median(w for w, _c in bare)
    bc = statistics.median(c for _w, c in bare)
    rows: list[Row] = [("bare PySide6 window with the SVG (this run)", b * 1000, "ms", "")]
    medians = {size: statistics.median(w for w, _c in v) for size, v in seconds.items()}
    cpu = {size: statistics.median(c for _w, c in v) for size, v in seconds.items()}
    for size in sizes:
        rows.append((f"usable window, {size:g} years", medians[size] * 1000, "ms", ""))
        rows.append((f"  ratio to the bare window, {size:g} years", medians[size] / b, "x",
                     "<= 3 x" if size >= 10 else ""))
        # CPU time (every thread of the child) says more than wall time on a loaded machine
        rows.append((f"  CPU-time ratio to the bare window, {size:g} years", cpu[size] / bc, "x", ""))
    return rows, medians


def quit_rows(repeats: int = 3) -> list[Row]:
    from benchmarks import demo_cache

    driver = ROOT / "tests" / "quit_driver.py"
    gone: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = child_env(folder)
        db = demo_cache.copy_of(10, folder)
        for run in range(repeats + 1):
            process = subprocess.Popen(
                [sys.executable, str(driver), "close", "--db", f"sqlite:///{db}"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
            )
            closed = None
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("closing"):
                    closed = float(line.split()[1])
            process.wait(timeout=120)
            if closed is not None and run > 0:  # the first run warms the byte-code cache
                gone.append(time.time() - closed)
    return [
        ("quit: window closed to process gone, 10 years, history and heat map open",
         statistics.median(gone) * 1000, "ms", "< 300 ms"),
        ("quit: slowest of the runs", max(gone) * 1000, "ms", ""),
    ]


# -- stalls -------------------------------------------------------------------------------------


def stall_rows() -> list[Row]:
    """The scripted session on ten years, with the latency probe."""
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp))
        from benchmarks import demo_cache

        db = demo_cache.copy_of(10, Path(tmp))
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_window", "--stalls", f"sqlite:///{db}"],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=True,
        ).stdout
    import json

    result = json.loads(out.strip().splitlines()[-1])
    gaps = sorted(result["gaps"])
    rows: list[Row] = [
        (f"stalls: event-loop turns measured ({len(gaps)})", float(len(gaps)), "turns", ""),
    ]
    for label, q in (("median", 0.5), ("p90", 0.9), ("p99", 0.99), ("p99.9", 0.999)):
        rows.append((f"  turn lateness {label}", gaps[min(len(gaps) - 1, int(q * len(gaps)))], "ms", ""))
    rows.append(("  longest stall", gaps[-1], "ms", f"< {STALL_MS:g} ms"))
    rows.append((f"  stalls over {STALL_MS:g} ms", float(sum(g > STALL_MS for g in gaps)), "count", "0"))
    for step, worst in result["steps"]:
        rows.append((f"  longest during: {step}", worst, "ms", ""))
    return rows


def _stall_session(url: str) -> dict[str, Any]:
    """Runs in a child process: the window, the probe, the script."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bodymap.anatomy import regions as anatomy
    from bodymap.app import create_application, start_main_window
    from bodymap.map.tool_kinds import Tool
    from bodymap.store.service import Diary
    from bodymap.ui.report_actions import ContentChoice, ReportOptionsDialog

    probe_diary = Diary.open(url)  # read before the window starts: the script's answers
    me = probe_diary.default_profile()
    latest = probe_diary.latest_episode(me.id or 0)
    probe_diary.close()
    app = create_application()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    steps: list[tuple[str, float]] = []
    state: dict[str, Any] = {"last": None, "step": "open the window (diary attached)",
                             "worst": 0.0}

    def turn() -> None:
        now = clock.nsecsElapsed() / 1e6
        last, state["last"] = state["last"], now
        if last is None:
            return  # the first turn: the window was built before the loop ran (start-up)
        gap = now - last
        gaps.append(gap)
        state["worst"] = max(state["worst"], gap)

    probe = QTimer()
    probe.setInterval(0)
    probe.timeout.connect(turn)
    state["last"] = None
    probe.start()
    window = start_main_window(url)

    def begin(name: str) -> None:
        steps.append((state["step"], state["worst"]))
        state["step"], state["worst"] = name, 0.0

    def idle() -> bool:
        return window.ops is not None and not window.ops.pending()

    def when(condition, then, wait_ms: int = 0) -> None:  # noqa: ANN001
        def check() -> None:
            if condition():
                QTimer.singleShot(wait_ms, then)
            else:
                QTimer.singleShot(10, check)
        QTimer.singleShot(10, check)

    def usable() -> bool:
        listed = getattr(window, "episode_list", None)
        return window.editor is not None and listed is not None and listed.row_count() > 0 and idle()

    def open_episode() -> None:
        begin("open the latest episode")
        window.open_episode(latest.id or 0)
        when(idle, mark, 200)

    def mark() -> None:
        begin("mark on the map")
        window._set_tool(Tool.TRIGGER_POINT)
        view = window.map_widget.view("back")
        x, y = anatomy.inside_point("back", "shoulder_blade.left")
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(x, y))
        QTimer.singleShot(200, save)

    def save() -> None:
        begin("save")
        window.save_episode()
        when(idle, switch, 300)

    docks = ["list_dock", "therapy_dock", "atlas_dock", "fibro_dock", "episode_dock"]

    def switch() -> None:
        begin("switch panels")

        def next_dock() -> None:
            if not docks:
                when(idle, history, 200)
                return
            name = docks.pop(0)
            if name in window.docks:
                window.docks[name].raise_()
            QTimer.singleShot(250, next_dock)
        next_dock()

    def history() -> None:
        begin("open a region's history")
        window.history_dock.raise_()
        window.history_panel.show_region("neck_side.left")
        when(idle, heatmap, 800)

    def heatmap() -> None:
        begin("heat map")
        window.heatmap_dock.raise_()
        when(idle, report, 800)

    def report() -> None:
        begin("report preview")
        actions = window.report_actions
        dialog = ReportOptionsDialog(False, window)
        choice = dialog.choice()
        dialog.deleteLater()
        actions.ask_choice = lambda: choice
        actions.ask_content = lambda _data: ContentChoice(None, None)
        state["preview_seen"] = False

        def close_preview() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                state["preview_seen"] = True
                state["preview_began"] = time.monotonic()
                QTimer.singleShot(1500, lambda: close_when_drawn(modal))
            else:
                QTimer.singleShot(20, close_preview)

        def close_when_drawn(modal) -> None:  # noqa: ANN001
            # every page drawn (the preview draws them on a thread), or 20 s at most
            drawn = getattr(modal, "all_drawn", lambda: True)()
            if drawn or time.monotonic() - state["preview_began"] > 20:
                state["preview_pages"] = getattr(modal, "total", None)
                modal.close()
                QTimer.singleShot(1000, finish)
            else:
                QTimer.singleShot(50, lambda: close_when_drawn(modal))
        QTimer.singleShot(20, close_preview)
        actions.preview()

    def finish() -> None:
        begin("end")
        probe.stop()
        window.close()
        app.quit()

    from PySide6.QtCore import Qt

    when(usable, open_episode, 300)
    app.exec()
    return {"gaps": gaps, "steps": steps[0:] if steps else []}


def run() -> list[Row]:
    rows, _medians = usable_rows((10.0,))
    return rows + quit_rows() + stall_rows()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--stalls"]:
        import json

        result = _stall_session(argv[1])
        print(json.dumps(result), flush=True)
        os._exit(0)
    for name, value, unit, budget in run():
        print(f"{name:62s} {value:10.2f} {unit:8s} {budget}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
