"""Opening the diary in a worker thread, results handed back to the UI thread by signals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal


class DiaryLoader(QThread):
    #: The open :class:`~bodymap.store.service.Diary` (queued to the UI thread).
    loaded = Signal(object)
    #: A message fit to show when the database cannot be used, and whether the file is damaged
    #: (then a backup can be offered).
    failed = Signal(str, bool)
    #: The database server could not be reached or refused us: one sentence naming host and
    #: database (never the password); the person may try again.
    unreachable = Signal(str)
    #: Something that does not stop the diary from opening (the daily backup failed).
    warning = Signal(str)

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
            from bodymap.files import os_error_sentence
            from bodymap.store.database import database_error_sentence

            if isinstance(exc, OSError):
                message = os_error_sentence(exc)
            else:  # in words, never SQL
                message = database_error_sentence(exc) or (
                    f"the diary could not be opened ({type(exc).__name__})"
                )
            self.failed.emit(message, False)
            return
        path = diary.db_file
        if path is not None and not diary.read_only:  # nothing is written to a read-only diary
            try:
                daily_backup(path)  # at most one a day, the last ten kept
            except (OSError, StoreError) as exc:
                # A full disk must not stop the diary from opening; the next start retries.
                from bodymap.files import os_error_sentence

                why = os_error_sentence(exc) if isinstance(exc, OSError) else str(exc)
                self.warning.emit(
                    QCoreApplication.translate("DiaryLoader", "The daily backup failed: {why}")
                    .format(why=why)
                )
        # SQLite connections belong to the thread that made them: let the UI thread make its own.
        diary.engine.dispose()
        self.loaded.emit(diary)
