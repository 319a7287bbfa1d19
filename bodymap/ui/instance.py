"""One bodymap per SQLite diary: a lock file beside the diary, and a way to the window that has it.

Two bodymaps on one SQLite file would each keep their own idea of the open episode and of the
draft, and a crash of one would offer the other's draft.  So the first one takes
``<diary>.lock`` (a :class:`QLockFile`) before the diary opens and keeps it until it quits; a
second one is refused and offers to bring the first one's window forward.  That goes through a
``QLocalServer`` the first one listens on, named after a hash of the diary's path: a local
socket between two processes of the same user, never the network.

A lock left by a crashed or killed bodymap is taken over: QLockFile records the process id and
host, and a lock whose process is gone on this host is stale.  The lock is never stale by age
(``setStaleLockTime(0)``): a bodymap left open for a week keeps its diary.

A PostgreSQL diary has no lock: several machines share one server by design, and the store's
version check keeps one from overwriting another's change.
"""

from __future__ import annotations

import hashlib
import os
import socket
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from bodymap.store.locking import lock_path_for, process_alive

#: How long the second bodymap waits for the first to answer (ms).
CONNECT_WAIT_MS = 1000


def server_name_for(db_file: Path) -> str:
    digest = hashlib.sha256(str(Path(db_file).resolve()).encode()).hexdigest()[:20]
    return f"bodymap-{digest}"


class DiaryLock(QObject):
    """The lock on one SQLite diary, and the server that lets a second bodymap find this one."""

    #: Another bodymap asked for this one's window to come forward.
    raise_requested = Signal()

    def __init__(self, db_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_file = Path(db_file)
        self.path = lock_path_for(self.db_file)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        #: True when the diary's folder is read-only: no lock file could be made, none needed.
        self.viewing_only = False

    def acquire(self) -> bool:
        """Take the lock (taking over a stale one); False if a live bodymap holds it.

        A diary in a folder nobody may write to (read-only media) cannot carry a lock file, and
        needs none: it opens for viewing only, and nothing can be written into it by anyone.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            pass  # tryLock below says whether we can lock there
        if self._lock.tryLock(0):
            self._listen()
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            if not os.access(self.path.parent, os.W_OK):
                self.viewing_only = True
                return True
            return False  # no permission to write beside the diary: treat as refused
        # PySide returns (pid, host name, application name); an unreadable file gives pid 0.
        pid, host, _app = self._lock.getLockInfo()
        stale = host in ("", socket.gethostname()) and not process_alive(int(pid))
        if stale and self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            self._listen()
            return True
        return False

    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        name = server_name_for(self.db_file)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A socket file left by a crashed bodymap (we hold the lock, so it is not live).
            QLocalServer.removeServer(name)
            if not server.listen(name):
                return  # bringing forward is best effort; the lock is what matters
        server.newConnection.connect(self._answer)
        self._server = server

    def _answer(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnectFromServer()
            connection.deleteLater()
        self.raise_requested.emit()

    def bring_forward_other(self) -> bool:
        """Ask the bodymap holding the lock to show its window; True if it answered."""
        probe = QLocalSocket()
        probe.connectToServer(server_name_for(self.db_file))
        answered = probe.waitForConnected(CONNECT_WAIT_MS)
        if answered:
            probe.disconnectFromServer()
        return answered
