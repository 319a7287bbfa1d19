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
