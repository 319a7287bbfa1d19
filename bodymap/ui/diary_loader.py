"""Opening the diary in a worker thread, results handed back to the UI thread by signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal


class DiaryLoader(QThread):
    #: The open :class:`~bodymap.store.service.Diary` (queued to the UI thread).
    loaded = Signal(object)
    #: A message fit to show when the database cannot be used, and whether the file is damaged
    #: (then a backup can be offered).
    failed = Signal(str, bool)
    #: The database server could not be reached or refused us: one sentence naming host and
    #: database (never the password); the person may try again.
    unreachable = Signal(str)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url

    def run(self) -> None:
        # The built-in therapies are seeded by Diary.open itself.
        from bodymap.store.backup import daily_backup
        from bodymap.store.errors import ConnectionFailed, DamagedDatabase, StoreError
        from bodymap.store.service import Diary

        try:
            diary = Diary.open(self.url)
        except ConnectionFailed as exc:
            self.unreachable.emit(str(exc))
            return
        except StoreError as exc:
            self.failed.emit(str(exc), isinstance(exc, DamagedDatabase))
            return
        except Exception as exc:  # noqa: BLE001 - any failure must reach the person, not a log
            self.failed.emit(f"{type(exc).__name__}: {exc}", False)
            return
        path = diary.db_file
        if path is not None:
            try:
                daily_backup(path)  # at most one a day, the last ten kept
            except OSError:
                pass  # a full disk must not stop the diary from opening; the next start retries
        # SQLite connections belong to the thread that made them: let the UI thread make its own.
        diary.engine.dispose()
        self.loaded.emit(diary)
