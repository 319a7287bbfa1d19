"""One daemon thread that runs queued jobs in order: started when work comes, gone after a few
idle seconds.  The diary worker (``ui/ops.py``) and the chart thread (``charts/view.py``) are
each one of these; what a job does, and when it is skipped, is theirs.

A plain ``threading.Thread`` rather than a ``QThread``: at quit a job may still be running, and
a daemon thread is left to end with the process instead of being waited for.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

Job = TypeVar("Job")

#: A worker with nothing to do for this long ends; the next job starts a new one.
IDLE_EXIT_SECONDS = 5.0


class WorkerThread(Generic[Job]):
    """Runs ``run(job)`` for each job submitted, one at a time, in submission order."""

    def __init__(self, name: str, run: Callable[[Job], None],
                 idle_exit: float = IDLE_EXIT_SECONDS) -> None:
        self.name = name
        self._run = run
        self._idle_exit = idle_exit
        #: Held while the queue changes; an owner may take it to guard state of its own that
        #: its jobs read (the chart thread's newest request per view).
        self.lock = threading.Condition()
        self._queue: deque[Job] = deque()
        self._thread: threading.Thread | None = None
        #: The job being run now (None between jobs).
        self._running: Job | None = None
        #: Set by :meth:`stop`: no idle wait for more work.
        self._stopping = False

    def submit(self, job: Job, keep: Callable[[Job], bool] | None = None) -> None:
        """Queue ``job`` (first dropping the queued jobs ``keep`` refuses, if given) and wake
        the thread, or start one."""
        with self.lock:
            if keep is not None:
                self._queue = deque(j for j in self._queue if keep(j))
            self._queue.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name=self.name, daemon=True)
                self._thread.start()
            self.lock.notify()

    def stop(self, keep: Callable[[Job], bool]) -> threading.Thread | None:
        """Quitting: drop the queued jobs ``keep`` refuses, and end the thread as soon as the
        queue is empty (not after the idle wait).  Returns the thread if there is a job
        ``keep`` wants finished (the one running, or one left in the queue), to be joined;
        else None: a job it would have dropped is not worth waiting for even while it runs."""
        with self.lock:
            self._stopping = True
            self._queue = deque(j for j in self._queue if keep(j))
            self.lock.notify()
            running = self._running
            if self._queue or (running is not None and keep(running)):
                return self._thread
            return None

    def jobs(self) -> list[Job]:
        """The job running now and those queued, in order (a snapshot)."""
        with self.lock:
            running = [] if self._running is None else [self._running]
            return running + list(self._queue)

    def _work(self) -> None:
        while True:
            with self.lock:
                if not self._queue and not self._stopping:
                    self.lock.wait(self._idle_exit)
                if not self._queue:
                    if self._thread is threading.current_thread():
                        self._thread = None
                    return
                job = self._queue.popleft()
                self._running = job
            try:
                self._run(job)
            finally:
                with self.lock:
                    self._running = None
