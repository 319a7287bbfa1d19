"""Imports on a background thread give way to the window (issue 18, the stalls): a gated
thread imports a module only once the UI thread has come back to its event loop, never keeps
the UI thread waiting on an import of its own, and the warm-up thread is gated.  Real threads
and a real event loop (pytest-qt)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from bodymap.ui import import_gate


def _module(folder: Path, name: str) -> str:
    (folder / f"{name}.py").write_text("VALUE = 1\n")
    return name


@pytest.fixture
def modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [n for n in sys.modules if n.startswith("gate_probe_")]:
        del sys.modules[name]


@pytest.fixture(autouse=True)
def _no_gates_left() -> Any:
    """The gates a test made leave sys.meta_path with it (a new list: other threads may be
    iterating the old one)."""
    before = list(sys.meta_path)
    yield
    left = [f for f in sys.meta_path if isinstance(f, import_gate.ImportGate) and f not in before]
    for made in left:
        made._installed = False
    sys.meta_path = [f for f in sys.meta_path if f not in left]


def _busy_until(done: list[Any], timeout: float = 10.0) -> None:
    """The UI thread busy outside its event loop (and outside threading's code, where the gate
    lets a module through) until ``done`` is not empty."""
    end = time.monotonic() + timeout
    while not done:
        assert time.monotonic() < end, "not done in time"
        time.sleep(0.002)


def _start(target: Any) -> threading.Thread:
    """A thread that begins once started (``Thread.start`` waits in threading's code, where
    the gate lets a module through: the UI thread looks blocked)."""
    go = threading.Event()

    def run() -> None:
        go.wait()
        target()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    go.set()
    return thread


def _waiting(gate: import_gate.ImportGate, timeout: float = 10.0) -> None:
    """Block the UI thread (no event loop) until the gated thread waits for a turn."""
    end = time.monotonic() + timeout
    while not gate._waiting:
        assert time.monotonic() < end, "the gated thread never asked for a turn"
        time.sleep(0.002)


def _import_gated(gate: import_gate.ImportGate, name: str) -> threading.Thread:
    """A thread importing ``name`` through ``gate``, returned once it waits for its turn."""

    def work() -> None:
        with gate.gated():
            __import__(name)

    worker = _start(work)
    _waiting(gate)
    return worker


def test_a_gated_import_waits_for_the_event_loop(qtbot: Any, modules: Path) -> None:
    from bodymap.app import create_application

    create_application()
    gate = import_gate.ImportGate()
    name = _module(modules, "gate_probe_wait")

    worker = _import_gated(gate, name)
    time.sleep(0.05)  # the UI thread busy, outside its event loop
    assert name not in sys.modules
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)  # the loop runs: a turn
    assert name in sys.modules
    assert gate.turns >= 1


def test_the_ui_thread_importing_is_not_kept_waiting(
    qtbot: Any, modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thread waiting in the gate holds the import system's lock: the UI thread's own first
    import of a module must go on at once, not wait for a turn it cannot give."""
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(import_gate, "MAX_WAIT_S", 30.0)
    gate = import_gate.ImportGate()
    gated_name = _module(modules, "gate_probe_gated")
    own_name = _module(modules, "gate_probe_own")

    worker = _import_gated(gate, gated_name)
    began = time.monotonic()
    __import__(own_name)  # no event loop meanwhile
    assert time.monotonic() - began < 10.0  # not the 30 s of a turn
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)
    assert gated_name in sys.modules


def test_without_an_event_loop_the_gate_gives_up(
    modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(import_gate, "MAX_WAIT_S", 0.02)
    monkeypatch.setattr(import_gate, "GIVE_UP_S", 0.05)
    gate = import_gate.ImportGate()
    names = [_module(modules, f"gate_probe_many{i}") for i in range(8)]
    done = threading.Event()

    def work() -> None:
        with gate.gated():
            for name in names:
                __import__(name)
        done.set()

    _start(work)
    end = time.monotonic() + 10.0
    while not done.is_set():  # the UI thread busy, never in its event loop (nor in threading)
        assert time.monotonic() < end
        time.sleep(0.005)
    assert gate.given_up
    assert not gate.is_open  # only at quit


def test_after_giving_up_the_gate_gates_again_once_a_turn_is_answered(
    qtbot: Any, modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(import_gate, "MAX_WAIT_S", 0.02)
    monkeypatch.setattr(import_gate, "GIVE_UP_S", 0.05)
    gate = import_gate.ImportGate()
    first = [_module(modules, f"gate_probe_first{i}") for i in range(8)]
    later = _module(modules, "gate_probe_later")
    first_done: list[bool] = []
    go_on = threading.Event()

    def work() -> None:
        with gate.gated():
            for name in first:
                __import__(name)
            first_done.append(True)
            go_on.wait()
            __import__(later)

    worker = _start(work)
    _busy_until(first_done)  # no event loop: the gate gives up
    assert gate.given_up
    monkeypatch.setattr(import_gate, "MAX_WAIT_S", 30.0)
    monkeypatch.setattr(import_gate, "GIVE_UP_S", 60.0)
    qtbot.waitUntil(lambda: not gate.given_up, timeout=5000)  # the loop answers a turn
    go_on.set()
    _waiting(gate)  # gated again
    time.sleep(0.05)
    assert later not in sys.modules
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)
    assert later in sys.modules


def test_the_finder_stays_in_sys_meta_path(
    qtbot: Any, modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other threads iterate sys.meta_path itself while they import: a finder taken out
    meanwhile would make them skip the next one."""
    from bodymap.app import create_application

    create_application()
    gate = import_gate.ImportGate()
    meta_path = sys.meta_path
    for i in range(2):
        name = _module(modules, f"gate_probe_stay{i}")

        def work(name: str = name) -> None:
            with gate.gated():
                __import__(name)

        worker = _start(work)
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)  # noqa: B023
        assert name in sys.modules
        assert sys.meta_path is meta_path
        assert meta_path.count(gate) == 1
    # A thread not gated goes through it at once (no event loop meanwhile).
    monkeypatch.setattr(import_gate, "MAX_WAIT_S", 30.0)
    monkeypatch.setattr(import_gate, "GIVE_UP_S", 60.0)
    free = _module(modules, "gate_probe_free")
    done: list[bool] = []
    _start(lambda: done.append(bool(__import__(free))))
    _busy_until(done, timeout=5.0)
    assert not gate._waiting


def test_a_waiting_thread_does_not_hold_other_threads_imports(
    qtbot: Any, modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finder is asked under the import system's global lock: the gated thread waits
    without it, so the worker's or the chart thread's imports go on."""
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(import_gate, "MAX_WAIT_S", 30.0)
    monkeypatch.setattr(import_gate, "GIVE_UP_S", 60.0)
    gate = import_gate.ImportGate()
    gated_name = _module(modules, "gate_probe_held")
    other_name = _module(modules, "gate_probe_other")

    worker = _import_gated(gate, gated_name)
    done: list[bool] = []
    _start(lambda: done.append(bool(__import__(other_name))))
    _busy_until(done, timeout=5.0)  # not the 30 s of a turn
    assert gated_name not in sys.modules  # still waiting for its turn
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)
    assert gated_name in sys.modules


def test_a_thread_waiting_for_the_gated_threads_module_lets_it_through(
    modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gated thread waits holding the lock of the module it imports: another thread
    importing the same module would wait for the whole turn."""
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(import_gate, "MAX_WAIT_S", 30.0)
    monkeypatch.setattr(import_gate, "GIVE_UP_S", 60.0)
    gate = import_gate.ImportGate()
    name = _module(modules, "gate_probe_shared")

    _import_gated(gate, name)
    done: list[bool] = []
    _start(lambda: done.append(bool(__import__(name))))  # not gated: waits for the module
    _busy_until(done, timeout=5.0)  # no event loop meanwhile: not the 30 s of a turn
    assert name in sys.modules


def test_a_failing_gate_does_not_break_the_import(
    modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.app import create_application

    create_application()
    gate = import_gate.ImportGate()

    def fail() -> bool:
        raise ValueError("the gate failed")

    monkeypatch.setattr(gate, "_ui_blocked", fail)
    name = _module(modules, "gate_probe_failing")
    outcome: list[object] = []

    def work() -> None:
        try:
            with gate.gated():
                __import__(name)
        except Exception as exc:  # noqa: BLE001 - what the test looks for
            outcome.append(exc)
        else:
            outcome.append("imported")

    _start(work)
    _busy_until(outcome)
    assert outcome == ["imported"]
    assert gate.is_open


def test_the_warm_up_thread_imports_only_at_the_ui_threads_turns(
    qtbot: Any, modules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap import app
    from bodymap.map import fibro_overlay
    from bodymap.ui import diary_loader

    app.create_application()
    gate = import_gate.ImportGate()
    monkeypatch.setattr(import_gate, "_gate", gate)
    monkeypatch.setattr(diary_loader, "prepare_later_modules", lambda: None)
    monkeypatch.setattr(fibro_overlay, "prepare_area_paths", lambda between=None: None)
    name = "gate_probe_warm"
    (modules / f"{name}.py").write_text(
        "from bodymap.ui import import_gate\n\nGATED = import_gate.gate().gates_this_thread()\n"
    )
    monkeypatch.setattr(app, "WARM_UP_MODULES", (name,))
    worker = _start(app._warm_up)
    _waiting(gate)
    time.sleep(0.05)
    assert name not in sys.modules
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10000)
    assert sys.modules[name].GATED  # its own import went through the gate


def test_attaching_on_a_first_look_hands_the_lock_quickly(qtbot: Any) -> None:
    """The window attached on a first look is in use: the switch interval drops then, by the
    same helper as once the window has settled."""
    from bodymap import app
    from bodymap.ui.diary_loader import DiaryLoader

    app.create_application()
    loader = DiaryLoader("sqlite://")
    before = sys.getswitchinterval()  # a window started earlier in this process set it
    sys.setswitchinterval(0.005)  # Python's own
    try:
        loader.go_on()
        assert sys.getswitchinterval() == app.SWITCH_INTERVAL < 0.005
    finally:
        sys.setswitchinterval(before)
    qtbot.waitUntil(loader._attached.is_set, timeout=5000)
