"""The cycle collector paused by the large jobs (report, import) comes back as it was."""

from __future__ import annotations

import gc

import pytest

from bodymap import collector


def test_paused_and_restored_even_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector.paused():
        assert not gc.isenabled()
        raise RuntimeError("the job failed")
    assert gc.isenabled()


def test_a_caller_that_paused_it_keeps_it_paused() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_on_two_threads_end_with_the_last_of_them() -> None:
    """An export on the worker and the warm-up's imports may overlap: the first to end must
    not turn the collector on under the other, and the last one turns it on again."""
    import threading

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def second() -> None:
        first_in.wait(5)
        with collector.paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first ended"] = gc.isenabled()

    thread = threading.Thread(target=second)
    thread.start()
    with collector.paused():
        first_in.set()
        second_in.wait(5)
    first_out.set()
    thread.join(5)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()


def test_frozen_objects_are_left_out_of_the_passes() -> None:
    """What exists at the end of start-up is out of the collector's passes; what comes after
    is collected as before."""
    class Node:
        def __init__(self) -> None:
            self.me = self  # a reference cycle: only the collector frees it

    before = gc.get_freeze_count()
    try:
        long_lived = Node()
        collector.freeze()
        assert gc.get_freeze_count() > before
        assert not any(o is long_lived for o in gc.get_objects(generation=2))
        later = Node()
        gone = []
        import weakref

        watch = weakref.ref(later, lambda _ref: gone.append(True))
        del later
        gc.collect()
        assert gone and watch() is None  # made after the freeze: collected
    finally:
        gc.unfreeze()


def test_the_window_freezes_start_up_once_it_is_usable(qtbot, diary) -> None:  # noqa: ANN001
    """Settled (attached, the worker idle): the window's modules and widgets are frozen."""
    from bodymap.app import open_main_window

    gc.unfreeze()
    window = open_main_window(diary)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._settled, timeout=15000)
    assert gc.get_freeze_count() > 0


def test_start_up_runs_without_collector_passes_until_the_window_settles(
    qtbot, tmp_path  # noqa: ANN001
) -> None:
    """From the application's creation to the settled window no cycle collection runs (the
    enums' types and the widgets made then live as long as the program), and the collector
    is on again once the window has settled, its start-up frozen out of the passes."""
    from bodymap.app import create_application, start_main_window

    passes: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.unfreeze()
    gc.callbacks.append(count)
    try:
        create_application()
        assert not gc.isenabled()
        window = start_main_window(f"sqlite:///{tmp_path / 'diary.sqlite3'}")
        qtbot.addWidget(window)
        settled: list[int] = []
        window.settled.connect(lambda: settled.append(len(passes)))
        qtbot.waitUntil(lambda: bool(settled), timeout=20000)
        assert settled == [0]
        assert gc.get_freeze_count() > 0
        # The start-up's pause is over; the diary's opening (on the loader thread) pauses the
        # collector for itself while it runs, and the collector is on once that is done too.
        window.diary_loader.wait()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        window.close()
        window.diary_loader.wait()
        window.diary.close()
    finally:
        gc.callbacks.remove(count)


def test_a_start_up_that_never_settles_turns_the_collector_on_after_a_while(
    qtbot, monkeypatch  # noqa: ANN001
) -> None:
    import bodymap.app as app_module

    monkeypatch.setattr(app_module, "START_UP_PAUSE_MS", 50)
    app_module.create_application()
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    collector.end_start_up()  # once more: nothing to end
    assert gc.isenabled()
