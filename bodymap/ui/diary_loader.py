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
        from bodymap.ui.labels import phrase_text, store_message

        try:
            diary = Diary.open(self.url)
        except ConnectionFailed as exc:
            self.unreachable.emit(store_message(exc))
            return
        except StoreError as exc:
            self.failed.emit(store_message(exc), isinstance(exc, DamagedDatabase))
            return
        except Exception as exc:  # noqa: BLE001 - any failure must reach the person, not a log
            from bodymap.store.database import database_error_phrase

            if isinstance(exc, OSError):
                message = store_message(exc)
            else:  # in words, never SQL
                found = database_error_phrase(exc)
                message = phrase_text(found) if found is not None else QCoreApplication.translate(
                    "DiaryLoader", "the diary could not be opened ({error})"
                ).format(error=type(exc).__name__)
            self.failed.emit(message, False)
            return
        path = diary.db_file
        if path is not None and not diary.read_only:  # nothing is written to a read-only diary
            try:
                daily_backup(path)  # at most one a day, the last ten kept
            except (OSError, StoreError) as exc:
                # A full disk must not stop the diary from opening; the next start retries.
                why = store_message(exc)
                self.warning.emit(
                    QCoreApplication.translate("DiaryLoader", "The daily backup failed: {why}")
                    .format(why=why)
                )
        prepare_window_modules()
        # SQLite connections belong to the thread that made them: let the UI thread make its own.
        diary.engine.dispose()
        self.loaded.emit(diary)


#: What the window imports when it attaches the diary (the context, the worker, the editor, and
#: the panels built at once: the mark, the episode, the diary list): imported here, on the
#: loader's thread, so that attaching does not stop the window for the time these imports take.
#: Only modules (class definitions and value constants such as QColor); no widget is made off
#: the UI thread.  The other panels and the File menu's report and data actions are built once
#: the window is usable; their modules are :data:`LATER_MODULES`, imported by the warm-up
#: thread (:func:`bodymap.app.warm_up_imports`) meanwhile.
WINDOW_MODULES = (
    "bodymap.ui.context",
    "bodymap.ui.ops",
    "bodymap.ui.episode_editor",
    "bodymap.ui.panels.registry",
    "bodymap.ui.mark_panel",
    "bodymap.ui.episode_panel",
    "bodymap.ui.episode_list",
)

#: Imported after the window is usable, before the panels not on show are built.
LATER_MODULES = (
    "bodymap.ui.data_actions",
    "bodymap.ui.report_actions",
    "bodymap.ui.therapy_panel",
    "bodymap.map.atlas_overlay",
    "bodymap.ui.atlas_panel",
    "bodymap.ui.history_panel",
    "bodymap.ui.heatmap_panel",
    "bodymap.ui.panels.fibro_panel",
    "bodymap.ui.panels.outcomes_panel",
)


def prepare_window_modules(names: tuple[str, ...] = WINDOW_MODULES) -> None:
    """Import ``names``; a module that fails here is imported (and reported) by the window as
    before."""
    import importlib

    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the window's own import says what is wrong
            return


def prepare_later_modules() -> None:
    """Import :data:`LATER_MODULES` and lay out the trigger-point atlas (pure data, cached)."""
    prepare_window_modules(LATER_MODULES)
    try:
        from bodymap.anatomy import atlas

        atlas.muscles()
    except Exception:  # noqa: BLE001 - as above
        pass
