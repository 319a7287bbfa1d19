"""The GUI's database worker: latest query wins, writes in order, errors in words, quick quit."""

from __future__ import annotations

import threading
import time

import pytest

from bodymap.store.errors import ValidationError
from bodymap.ui.changes import Changes
from bodymap.ui.context import DiaryContext
from bodymap.ui.ops import DiaryOps


@pytest.fixture
def ops(qtbot, diary):
    context = DiaryContext(diary, diary.default_profile())
    worker = DiaryOps(context)
    yield worker
    worker.shutdown(1000)


def _idle(qtbot, ops: DiaryOps) -> None:
    qtbot.waitUntil(lambda: not ops.pending(), timeout=5000)


def test_a_newer_query_with_the_same_key_wins(qtbot, ops: DiaryOps) -> None:
    gate = threading.Event()
    ran: list[int] = []
    shown: list[int] = []
    ops.write(gate.wait, None)  # the worker is busy while the three queries arrive
    for n in (1, 2, 3):
        ops.query(lambda n=n: ran.append(n) or n, shown.append, key="region")
    ops.query(lambda: "other key", shown.append, key="elsewhere")
    gate.set()
    _idle(qtbot, ops)
    assert ran == [3]  # the superseded ones did not even run
    assert shown == [3, "other key"]


def test_an_answer_that_arrives_after_a_newer_request_is_dropped(qtbot, ops: DiaryOps) -> None:
    started, release = threading.Event(), threading.Event()
    shown: list[str] = []

    def slow() -> str:
        started.set()
        release.wait(5)
        return "old"

    ops.query(slow, shown.append, key="k")
    assert started.wait(5)  # running: it cannot be skipped any more
    ops.query(lambda: "new", shown.append, key="k")
    release.set()
    _idle(qtbot, ops)
    assert shown == ["new"]


def test_writes_run_in_order_and_then_tell_the_context(qtbot, ops: DiaryOps) -> None:
    done: list[int] = []
    log: list[int] = []
    changes: list[Changes] = []
    ops.context.changed.connect(changes.append)
    for n in range(8):
        ops.write(lambda n=n: log.append(n) or n, done.append, changes=Changes(episodes=True))
    _idle(qtbot, ops)
    assert log == list(range(8)) and done == list(range(8))
    assert changes == [Changes(episodes=True)] * 8


def test_errors_become_plain_messages(qtbot, ops: DiaryOps) -> None:
    from sqlalchemy.exc import IntegrityError, OperationalError

    messages: list[str] = []

    def raise_(error: Exception):
        def job() -> None:
            raise error
        return job

    ops.write(raise_(ValidationError("intensity", "must be 0 to 10")), None, on_error=messages.append)
    locked = OperationalError("UPDATE episode SET notes=?", {}, Exception("database is locked"))
    ops.write(raise_(locked), None, on_error=messages.append)
    refused = IntegrityError("INSERT INTO mark VALUES (?)", {}, Exception("UNIQUE constraint failed"))
    ops.write(raise_(refused), None, on_error=messages.append)
    failed: list[tuple[str, bool]] = []
    ops.failed.connect(lambda text, write: failed.append((text, write)))
    ops.query(raise_(locked), None)  # no on_error: the window's status bar gets it
    _idle(qtbot, ops)
    assert messages[0] == "intensity: must be 0 to 10"
    assert "busy" in messages[1] and "Nothing was lost" in messages[1]
    assert "nothing was changed" in messages[2]
    assert failed and failed[0][1] is False and "busy" in failed[0][0]
    for text in [*messages, failed[0][0]]:
        assert "UPDATE" not in text and "INSERT" not in text and "Traceback" not in text


def test_a_failed_write_does_not_notify(qtbot, ops: DiaryOps) -> None:
    changes: list[Changes] = []
    ops.context.changed.connect(changes.append)
    def refused() -> None:
        raise ValidationError("notes", "too long")

    ops.write(refused, None, on_error=lambda _m: None, changes=Changes(episodes=True))
    _idle(qtbot, ops)
    assert changes == []


@pytest.mark.usefixtures("run_so_far_frozen")
def test_shutdown_does_not_wait_for_a_query_running(qtbot, diary) -> None:
    context = DiaryContext(diary, diary.default_profile())
    ops = DiaryOps(context)
    started = threading.Event()
    shown: list[str] = []

    def slow() -> str:  # as a read waiting for the diary to finish opening
        started.set()
        time.sleep(3)
        return "late"

    ops.query(slow, shown.append)
    ops.query(lambda: "queued", shown.append)
    assert started.wait(5)
    began = time.monotonic()
    finished = ops.shutdown(300)
    assert time.monotonic() - began < 0.1  # a read is left to end with the process
    assert finished is True  # no write was left
    qtbot.wait(50)
    assert shown == [] and ops.pending() == 0
    ops.query(lambda: "after quit", shown.append)  # nothing new starts
    assert ops.pending() == 0


@pytest.mark.usefixtures("run_so_far_frozen")
def test_shutdown_waits_a_while_for_a_write_running_then_leaves_it(qtbot, diary) -> None:
    context = DiaryContext(diary, diary.default_profile())
    ops = DiaryOps(context)
    started = threading.Event()
    done: list[str] = []

    def slow_write() -> str:
        started.set()
        time.sleep(3)
        return "late"

    ops.write(slow_write, done.append)
    assert started.wait(5)
    began = time.monotonic()
    finished = ops.shutdown(300)
    waited = time.monotonic() - began
    assert 0.25 <= waited < 0.45  # the whole wait, no longer
    assert finished is False  # left to end with the process
    qtbot.wait(50)
    assert done == [] and ops.pending() == 0


def test_shutdown_lets_a_quick_write_finish_behind_a_query(qtbot, diary) -> None:
    context = DiaryContext(diary, diary.default_profile())
    ops = DiaryOps(context)
    started = threading.Event()
    written = threading.Event()

    def slow_read() -> str:
        started.set()
        time.sleep(0.1)
        return "read"

    ops.query(slow_read, lambda _r: None)
    ops.write(lambda: written.set(), lambda _r: None)  # queued behind the read
    assert started.wait(5)
    assert ops.shutdown(2000) is True
    assert written.is_set()  # the write went through before quit went on


@pytest.mark.usefixtures("run_so_far_frozen")
@pytest.mark.parametrize("kind", ["write", "query"])
def test_shutdown_stops_a_job_that_can_be_stopped_and_waits_for_it(qtbot, diary, kind) -> None:
    # An import (a write) or an export (a query that writes a file) running at quit: told to
    # stop, it ends at its next step (the import rolls back, the export removes its file).
    context = DiaryContext(diary, diary.default_profile())
    ops = DiaryOps(context)
    started, stop = threading.Event(), threading.Event()
    ended: list[str] = []

    def long_job() -> str:
        started.set()
        ended.append("stopped" if stop.wait(3) else "ran to its end")
        return ended[-1]

    getattr(ops, kind)(long_job, lambda _r: None, cancel=stop.set)
    assert started.wait(5)
    began = time.monotonic()
    finished = ops.shutdown(300)
    assert time.monotonic() - began < 0.2  # not the whole wait
    assert finished is True
    assert ended == ["stopped"]


def test_a_job_ending_after_its_owner_was_deleted_raises_nothing_on_the_worker(
    qtbot, diary, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A write left running at quit may end after the window (and the worker's owner with it)
    # was deleted, in a program that goes on after the window: no traceback on the terminal.
    from shiboken6 import delete

    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    context = DiaryContext(diary, diary.default_profile())
    ops = DiaryOps(context)
    started, go = threading.Event(), threading.Event()

    def slow_write() -> str:
        started.set()
        go.wait(5)
        return "late"

    ops.write(slow_write, lambda _r: None)
    assert started.wait(5)
    worker = ops._worker
    delete(ops)
    go.set()
    deadline = time.monotonic() + 5
    while worker.jobs() and time.monotonic() < deadline:  # the job has ended
        time.sleep(0.01)
    assert not worker.jobs()
    time.sleep(0.1)  # an exception would have reached the thread's hook by now
    worker.stop(lambda _job: False)  # no idle wait left behind
    assert raised == []
