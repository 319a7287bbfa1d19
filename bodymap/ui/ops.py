"""Database work from the GUI, on one worker thread, with results back on the UI thread.

In the manner of Anki's ``QueryOp`` / ``CollectionOp``::

    ops.query(lambda: diary.list_episodes(pid), on_done=show, key="episode_list")
    ops.write(lambda: diary.save_episode(record), on_done=saved, changes=Changes(episodes=True))

One executor runs everything in submission order, so a write is never overtaken by another
write, and a query submitted after a write sees it.  A query with a ``key`` is superseded by a
newer query with the same key: if it has not started it is skipped, and if it has, its answer is
dropped ("latest request wins": the panel asked again because the person clicked again).
Answers are handed to the UI thread through a queued signal.  After a write succeeds the
context is told what changed, and the panels that care read again.

Errors never reach the person as a traceback or as SQL: store errors carry a sentence fit to
show, SQLAlchemy errors become a plain one ("the diary is busy, nothing was lost"; a read-only
diary is named as such, and the unsaved work is kept as a draft).

Before each write the worker checks that the diary file is still the one that was opened
(:mod:`bodymap.ui.diary_identity`).  If another program replaced it (a restore from the command
line, a copy over it), the write is not run, ``file_replaced`` is emitted instead of an error,
and every later write is refused the same way until the window reopens the diary.  A write that
replaces the file itself (the window's own restore, a reopen) passes ``replaces_file=True``: it
is not checked, and the new file is recorded on the worker before the next job runs.

The worker is a plain daemon thread (:class:`bodymap.worker_thread.WorkerThread`) rather than a ``QThread``: at quit a job
that is still running (a slow query on a busy server) is abandoned after ``shutdown``'s timeout
and dies with the process, whereas destroying a running ``QThread`` aborts the program and
waiting for it makes quit hang.  SQLite and PostgreSQL roll back a transaction cut off that way.
The thread stops by itself after a few idle seconds and is started again on the next job, so a
panel made on its own in a test does not leave a thread behind.
"""

from __future__ import annotations

import errno
import itertools
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from bodymap.store.errors import StoreError, ValidationError
from bodymap.ui.changes import Changes
from bodymap.ui.diary_identity import DiaryIdentity, DiaryReplaced
from bodymap.worker_thread import WorkerThread

OnDone = Callable[[Any], None]
OnError = Callable[[str], None]


@dataclass(eq=False)
class Job:
    seq: int
    fn: Callable[[], Any]
    on_done: OnDone | None
    on_error: OnError | None
    key: str | None = None
    write: bool = False
    #: What the write changed, or a function of its result that says so.
    changes: Changes | Callable[[Any], Changes] = field(default_factory=Changes)
    #: The job replaces the diary file on purpose: not checked, and the new file recorded.
    replaces_file: bool = False
    #: Asks the job to stop where it stands and keep nothing (an export or an import: its
    #: progress callback raises at the next step).  Called at quit, from the UI thread.
    cancel: Callable[[], None] | None = None


class _Skipped:
    """The worker did not run a superseded query."""


SKIPPED = _Skipped()


class DiaryOps(QObject):
    #: Every submitted job has been delivered (or dropped).
    idle = Signal()
    #: A job failed and it had no ``on_error`` of its own: the message, and whether it was a write.
    failed = Signal(str, bool)
    #: A write was refused because another program replaced the diary file (nothing written).
    file_replaced = Signal()
    # From the worker thread to the UI thread (queued, because the receiver lives there).
    _finished = Signal(object, object, object)

    def __init__(self, context: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._seq = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._worker: WorkerThread[Job] = WorkerThread("bodymap-diary-ops", self._run)
        self._pending = 0
        self._closed = False
        self._replacing = 0
        self._when_idle: list[Callable[[], None]] = []
        #: The diary file's identity, checked before every write (no file: never changes).
        self.identity = DiaryIdentity(None)
        self._finished.connect(self._deliver)

    # -- submitting ---------------------------------------------------------------------

    def query(
        self, fn: Callable[[], Any], on_done: OnDone | None, on_error: OnError | None = None,
        key: str | None = None, *, cancel: Callable[[], None] | None = None,
    ) -> Job:
        """Read something; ``on_done(result)`` on the UI thread unless a newer ``key`` came.

        ``cancel`` stops the job (see :attr:`Job.cancel`): a query that has one and writes a
        file (an export) is stopped at quit and waited for, so that it removes its partial file.
        """
        job = Job(next(self._seq), fn, on_done, on_error, key=key, cancel=cancel)
        if key is not None:
            self._latest[key] = job.seq
        return self._submit(job)

    def write(
        self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None,
        changes: Changes | Callable[[Any], Changes] | None = None, *, replaces_file: bool = False,
        cancel: Callable[[], None] | None = None,
    ) -> Job:
        """Change the diary; writes run in submission order and are never superseded.

        ``changes`` may be a function of the result (an import that added nothing changed
        nothing).  ``replaces_file``: the job puts a new file at the diary's path (a restore, a
        reopen); it skips the identity check and records the new file when it is done.
        ``cancel`` stops the job at quit (see :attr:`Job.cancel`): an import rolls back.
        """
        job = Job(next(self._seq), fn, on_done, on_error, write=True,
                  changes=changes or Changes(), replaces_file=replaces_file, cancel=cancel)
        if replaces_file:
            self._replacing += 1
        return self._submit(job)

    def watch_file(self, path: Any) -> None:
        """Check before every write that ``path`` is still the file that is open now."""
        self.identity = DiaryIdentity(path)

    def file_was_replaced(self) -> bool:
        """The diary file is no longer the one opened (and this window is not replacing it)."""
        return not self._replacing and self.identity.replaced()

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the UI thread once every job submitted so far has been delivered."""
        if not self._pending:
            fn()
        else:
            self._when_idle.append(fn)

    def pending(self) -> int:
        """Jobs submitted and not yet delivered (for tests: ``waitUntil(lambda: not ops.pending())``)."""
        return self._pending

    def superseded(self, job: Job) -> bool:
        return job.key is not None and self._latest.get(job.key) != job.seq

    def _submit(self, job: Job) -> Job:
        if self._closed:
            return job  # quitting: nothing new starts
        self._pending += 1
        self._worker.submit(job)
        return job

    # -- the worker thread --------------------------------------------------------------

    def _run(self, job: Job) -> None:
        if self._closed and not job.write:
            return
        if self.superseded(job):
            self._hand_over(job, SKIPPED, None)
            return
        try:
            if job.write and not job.replaces_file:
                self.identity.check()  # never write into a file someone replaced
            try:
                result = job.fn()
            finally:
                if job.replaces_file:
                    # Before the next job: whatever is at the path now was put there by
                    # this window, and later writes go to it.
                    self.identity.record()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, shown there
            self._hand_over(job, None, exc)
        else:
            self._hand_over(job, result, None)

    def _hand_over(self, job: Job, result: Any, error: BaseException | None) -> None:
        """Send a job's outcome to the UI thread, unless this object is gone already: a job
        left running at quit can end after the window and its worker's owner were deleted
        (a program that goes on after the window, as the tests do), and PySide refuses a
        signal of a deleted object with a RuntimeError that nobody is left to read."""
        try:
            self._finished.emit(job, result, error)
        except RuntimeError:
            from shiboken6 import isValid

            if isValid(self):
                raise

    # -- back on the UI thread ----------------------------------------------------------

    @Slot(object, object, object)
    def _deliver(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._pending = max(0, self._pending - 1)
        if job.replaces_file:
            self._replacing = max(0, self._replacing - 1)
        try:
            if self._closed or result is SKIPPED or self.superseded(job):
                return
            if isinstance(error, DiaryReplaced):
                # Not an error of this job: the window tells the person once, and reopens.
                self.file_replaced.emit()
                return
            if error is not None:
                message = self.error_message(error, write=job.write)
                if job.on_error is not None:
                    job.on_error(message)
                else:
                    self.failed.emit(message, job.write)
                if not isinstance(error, Exception) or _is_bug(error):
                    # Not a database condition but a mistake in bodymap: the person got a plain
                    # sentence, the log (and a test) gets the traceback.
                    sys.excepthook(type(error), error, error.__traceback__)
                return
            if job.on_done is not None:
                job.on_done(result)
            if job.write and self.context is not None:
                changes = job.changes(result) if callable(job.changes) else job.changes
                self.context.notify(changes)
        finally:
            if self._pending == 0:
                self.idle.emit()
                waiting, self._when_idle = self._when_idle, []
                for fn in waiting:
                    fn()

    def read_only_message(self) -> str:
        return self.tr(
            "The diary is read-only, so nothing could be saved into it. Nothing was lost: your "
            "work is kept as a draft."
        )

    def error_message(self, error: BaseException, write: bool = False) -> str:
        """One sentence for the person: never a traceback, never SQL.

        ``write``: the error came from a write; a permission error there means the diary (or
        its folder) is read-only.
        """
        if _is_read_only(error, write):
            return self.read_only_message()
        if isinstance(error, ValidationError):
            from bodymap.ui.labels import store_message

            return f"{error.field}: {store_message(error)}"
        if isinstance(error, StoreError):
            from bodymap.ui.labels import store_message

            return store_message(error)
        sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")  # imported by the store, never here
        if sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.OperationalError):
            text = str(getattr(error, "orig", error)).lower()
            if "locked" in text or "busy" in text:
                return self.tr(
                    "The diary is busy: another program is writing to it. Nothing was lost; "
                    "try again in a moment."
                )
            return self.tr(
                "The diary could not be reached just now. Nothing was lost; try again in a moment."
            )
        if sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.SQLAlchemyError):
            return self.tr("The diary refused the change, so nothing was changed.")
        if isinstance(error, OSError):
            from bodymap.files import os_error_reason
            from bodymap.ui.labels import phrase_text

            return self.tr("A file could not be read or written: {reason}").format(
                reason=phrase_text(os_error_reason(error))
            )
        return self.tr("Something went wrong inside bodymap, so nothing was changed.")

    # -- quitting -----------------------------------------------------------------------

    def shutdown(self, timeout_ms: int = 300) -> bool:
        """Cancel the queries not yet run, let queued writes finish, wait at most ``timeout_ms``
        for them.  A query already running is not waited for: nothing of it is shown after
        quit (a read waiting for the diary to finish opening after the first look would hold
        quit for the whole wait).  A job that can be stopped (:attr:`Job.cancel`: an export,
        an import) is stopped and waited for: the import rolls back, the export removes its
        partial file, within a step of its work.

        Returns True when no such job is left; False when one was still running and was left
        to end with the process (a write cannot be interrupted, quit must not hang on it, and
        the database rolls back what it had not committed).
        """
        self._closed = True
        deadline = time.monotonic() + timeout_ms / 1000
        thread = self._worker.stop(_finished_at_quit)
        for job in self._worker.jobs():
            if job.cancel is not None:
                job.cancel()
        if thread is not None:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._pending = 0  # nothing more is delivered after quit
        return thread is None or not thread.is_alive()

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Run the event loop until every job has been delivered (tests, and a save before quit)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return not self._pending


def _finished_at_quit(job: Job) -> bool:
    """Whether quit lets ``job`` end (waiting for it a while): a write, or a job that can be
    stopped (an export: it removes its partial file when stopped)."""
    return job.write or job.cancel is not None


def _is_read_only(error: BaseException, write: bool) -> bool:
    """sqlite3's "attempt to write a readonly database" (however wrapped), a read-only file
    system, or a permission error during a write."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current).lower()
        if "readonly database" in text or "read-only file system" in text:
            return True
        if isinstance(current, OSError) and current.errno == errno.EROFS:
            return True
        if write and isinstance(current, PermissionError):
            return True
        current = getattr(current, "orig", None) or current.__cause__
    return False


def _is_bug(error: BaseException) -> bool:
    if isinstance(error, (StoreError, OSError)):
        return False
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return not (sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.SQLAlchemyError))
