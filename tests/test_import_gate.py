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


def test_a_gated_import_waits_for_the_event_loop(qtbot: Any, modules: Path) -> None:
    from bodymap.app import create_application

    create_application()
    gate = import_gate.ImportGate()
    name = _module(modules, "gate_probe_wait")

    def work() -> None:
        with gate.gated():
            __import__(name)

    worker = _start(work)
    _waiting(gate)
    time.sleep(0.05)  # the UI thread busy, outside its event loop
    assert name not in sys.modules
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)  # the loop runs: a turn
    assert name in sys.modules
    assert gate.turns >= 1
    assert gate not in sys.meta_path  # gone with the last gated thread


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

    def work() -> None:
        with gate.gated():
            __import__(gated_name)

    worker = _start(work)
    _waiting(gate)
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
    monkeypatch.setattr(fibro_overlay, "prepare_area_paths", lambda: None)
    name = _module(modules, "gate_probe_warm")
    monkeypatch.setattr(app, "WARM_UP_MODULES", (name,))
    worker = _start(app._warm_up)
    _waiting(gate)
    time.sleep(0.05)
    assert name not in sys.modules
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10000)
    assert name in sys.modules
