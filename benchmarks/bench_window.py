"""The window with years of data: start to a usable window (as a ratio to the bare PySide6
window, both measured in this run), quitting, and every stall of the UI thread in a scripted
session.

    python benchmarks/bench_window.py

* **usable window**: a fresh process from start until the panels are attached, the diary list
  filled and the worker idle, or waiting only for the diary to finish opening after the first
  look (median of 5, each size), beside the bare window (``bench_startup.BARE``, median of 5,
  interleaved); and until the diary is open and the worker idle;
* **quit**: the window closed (with a region's history and the heat map open) until the process
  is gone (``tests/quit_driver.py``, median of 3);
* **stalls**: a zero-interval ``QTimer`` in the window's own event loop notes how late each of its
  turns comes; a script opens the window on ten years, opens the latest episode, marks, saves,
  switches through the panels, opens a region's history, the heat map and the report's print
  preview.  Every gap over 50 ms is a stall the person could feel; the distribution is printed.
  The session runs again in a second process with the settings the first left, as every start
  after a person's first does (the layout of the docks restored).
  ``--stall-stacks sqlite:///COPY`` runs the script alone and says, for each stall, where the UI
  thread was (sampled every 5 ms) and its CPU time in it: a stall with little CPU waited for
  the interpreter lock or for the processor.

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
def attached():
    listed = getattr(window, "episode_list", None)
    return window.editor is not None and listed is not None and listed.row_count() > 0
def usable():
    # The editor is there, the diary list shows the diary's rows, and no job waits on the
    # worker, except jobs waiting for the diary to finish opening after the first look
    # (bodymap.store.first_look): they run as soon as it is open.
    if not attached():
        return False
    from bodymap.store.first_look import still_opening
    return not window.ops.pending() or still_opening(window.diary)
def opened():
    from bodymap.store.first_look import still_opening
    return attached() and not still_opening(window.diary) and not window.ops.pending()
said = []
def check():
    if not said and usable():
        print(time.time(), time.process_time(), flush=True)
        said.append(True)
    if said and opened():  # the whole of it: the diary open too, and the worker idle
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


def time_child_lines(code: str, arg: str, env: dict[str, str]) -> list[tuple[float, float]]:
    """As :func:`time_child`, for every line the child prints: seconds from launch, CPU seconds."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, arg], capture_output=True, text=True, env=env, check=True,
        timeout=300,
    ).stdout
    return [(float(w) - start, float(c)) for w, c in (line.split() for line in out.strip().splitlines())]


def usable_rows(sizes: tuple[float, ...] = (10.0,), repeats: int = 5) -> tuple[list[Row], dict[float, float]]:
    """Start to a usable window per size, and the ratio to the bare window of this run."""
    from benchmarks import demo_cache
    from benchmarks.bench_startup import BARE

    svg = str(ROOT / "assets" / "body" / "front.svg")
    seconds: dict[float, list[tuple[float, float]]] = {size: [] for size in sizes}
    #: Start to the diary open and the worker idle (after the first look, some time later).
    whole: dict[float, list[tuple[float, float]]] = {size: [] for size in sizes}
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
                usable, opened = time_child_lines(USABLE, f"sqlite:///{copies[size]}", env)[-2:]
                seconds[size].append(usable)
                whole[size].append(opened)
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
        rows.append((f"  diary open and the worker idle, {size:g} years",
                     statistics.median(w for w, _c in whole[size]) * 1000, "ms", ""))
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
    """The scripted session on ten years, with the latency probe; then the same session in a
    second process with the settings the first left (every start after a person's first
    restores the layout of the docks they left: here the heat map's in front)."""
    import json

    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp))
        from benchmarks import demo_cache

        for start in ("first", "again"):
            folder = Path(tmp) / start  # a fresh copy each, with nothing of the other beside it
            folder.mkdir()
            db = demo_cache.copy_of(10, folder)
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_window", "--stalls", f"sqlite:///{db}"],
                capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=True,
            ).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
    result, again = runs
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
    rows.append(("  the same session again, the layout it left restored: longest stall",
                 max(again["gaps"]), "ms", f"< {STALL_MS:g} ms"))
    for step, worst in again["steps"][:1]:
        rows.append((f"    longest during: {step}", worst, "ms", ""))
    return rows


def _stall_session(url: str, stacks: bool = False) -> dict[str, Any]:
    """Runs in a child process: the window, the probe, the script.  ``stacks``: a thread
    samples the UI thread's stack every 5 ms while a turn is late, and each stall comes back
    with what it was doing (``"stacks"``: step, gap, UI-thread CPU ms, the distinct samples)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bodymap.anatomy import regions as anatomy
    from bodymap.app import create_application, start_main_window
    from bodymap.map.tool_kinds import Tool
    from bodymap.store import first_look

    # The script's answers, read before the window starts with the standard library only: an
    # early Diary.open here would import SQLAlchemy before the window, as a real start does
    # not (it imports it after the first look), and hide the stalls of that import.
    glance = first_look.look(url, 1)
    if glance is None or not glance.episodes:
        raise SystemExit(f"the stall session needs a diary at the head revision: {url}")
    latest = glance.episodes[0]
    app = create_application()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    steps: list[tuple[str, float]] = []
    state: dict[str, Any] = {"last": None, "step": "open the window (diary attached)",
                             "worst": 0.0}

    explained: list[tuple[str, float, float, list[str]]] = []
    samples: list[str] = []

    def turn() -> None:
        now = clock.nsecsElapsed() / 1e6
        last, state["last"] = state["last"], now
        if stacks:
            cpu, state["cpu"] = state.get("cpu", 0.0), time.thread_time() * 1000
            if last is not None and now - last > STALL_MS:
                explained.append((state["step"], now - last, state["cpu"] - cpu,
                                  list(dict.fromkeys(samples))))
            samples.clear()
        if last is None:
            return  # the first turn: the window was built before the loop ran (start-up)
        gap = now - last
        gaps.append(gap)
        state["worst"] = max(state["worst"], gap)

    if stacks:
        _sample_late_turns(lambda: state["last"], lambda: clock.nsecsElapsed() / 1e6, samples)

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
        # imported here, not before the window: it imports SQLAlchemy (the window has it by now)
        from bodymap.ui.report_actions import ContentChoice, ReportOptionsDialog

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
    result: dict[str, Any] = {"gaps": gaps, "steps": steps[0:] if steps else []}
    if stacks:
        result["stacks"] = explained
    return result


def _sample_late_turns(last_turn, now, samples: list[str]) -> None:  # noqa: ANN001
    """Every 5 ms, while the UI thread's turn is over 30 ms late, note where it is: its
    innermost frames of bodymap (or its innermost frame), and what the other threads run (a
    thread holding the interpreter lock makes the UI thread wait)."""
    import threading

    ui = threading.main_thread().ident

    def where(frame, depth: int) -> str:  # noqa: ANN001
        ours, first = [], None
        while frame is not None and len(ours) < depth:
            name = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}"
            first = first or name
            if "bodymap" in frame.f_code.co_filename:
                ours.append(name)
            frame = frame.f_back
        return " < ".join(ours) or first or "?"

    def innermost(frame) -> str:  # noqa: ANN001
        path = Path(frame.f_code.co_filename)
        return f"{path.parent.name}/{path.name}:{frame.f_lineno} {frame.f_code.co_name}"

    me = 0

    def run() -> None:
        nonlocal me
        me = threading.get_ident()
        while True:
            time.sleep(0.005)
            last = last_turn()
            if last is None or now() - last < 30:
                continue
            frames = sys._current_frames()
            # every other thread, named where Python knows it (a QThread such as the diary
            # loader is not in threading.enumerate())
            names = {t.ident: t.name for t in threading.enumerate()}
            others = [f"{names.get(ident, 'thread')}: {innermost(frame)}"
                      for ident, frame in frames.items()
                      if ident not in (ui, me) and not names.get(ident, "").startswith(("stall", "Dummy"))
                      and frame is not None]
            samples.append(where(frames.get(ui), 3) + ("  || " + "; ".join(others) if others else ""))

    threading.Thread(target=run, name="stall-sampler", daemon=True).start()


def run() -> list[Row]:
    rows, _medians = usable_rows((10.0,))
    return rows + quit_rows() + stall_rows()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--stalls"]:
        import json

        result = _stall_session(argv[1])
        print(json.dumps(result), flush=True)
        os._exit(0)
    if argv[:1] == ["--stall-stacks"]:
        # What the UI thread was doing in each stall (run it like --stalls, on a copy)
        result = _stall_session(argv[1], stacks=True)
        for step, gap, cpu, seen in result["stacks"]:
            print(f"{step}: {gap:.0f} ms, UI thread CPU {cpu:.0f} ms")
            for line in seen:
                print(f"    {line}")
        # the longest gap of each step, in the script's order
        print("STEPS " + " / ".join(f"{worst:.0f}" for _step, worst in result["steps"]))
        sys.stdout.flush()
        os._exit(0)
    for name, value, unit, budget in run():
        print(f"{name:62s} {value:10.2f} {unit:8s} {budget}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
