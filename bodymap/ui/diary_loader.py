"""Opening the diary in a worker thread, results handed back to the UI thread by signals.

An SQLite diary at the head revision gets a first look first (:mod:`bodymap.store.first_look`:
the person and the diary list's first page, read with the standard library): the window
attaches at once on a stand-in (``looked``), and SQLAlchemy is imported and the diary opened
only then (``loaded``, or ``failed`` as without a first look).  Importing SQLAlchemy takes longer
than the rest of the start; the window is usable meanwhile.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from bodymap.ui import import_gate

if TYPE_CHECKING:
    from bodymap.store.first_look import OpeningDiary

#: How long the loader waits for the window to attach on the first look before it opens the
#: diary anyway (the window says when it has attached: :meth:`DiaryLoader.go_on`).
ATTACH_WAIT_S = 1.0


class DiaryLoader(QThread):
    #: The open :class:`~bodymap.store.service.Diary` (queued to the UI thread).
    loaded = Signal(object)
    #: A first look at the diary: an :class:`~bodymap.store.first_look.OpeningDiary` to attach
    #: the window to at once; ``loaded`` (or ``failed``) follows once the diary is open.
    looked = Signal(object)
    #: A message fit to show when the database cannot be used, and whether the file is damaged
    #: (then a backup can be offered).
    failed = Signal(str, bool)
    #: The database server could not be reached or refused us: one sentence naming host and
    #: database (never the password); the person may try again.
    unreachable = Signal(str)
    #: Something that does not stop the diary from opening (the daily backup failed).
    warning = Signal(str)

    def __init__(self, url: str, parent: QObject | None = None, *, first_look: bool = True) -> None:
        super().__init__(parent)
        self.url = url
        #: Try a first look (False: a window that shows a diary already takes the next one
        #: only once it is open).
        self.first_look = first_look
        self._attached = threading.Event()
        self._error: BaseException | None = None
        import_gate.gate()  # made here, on the UI thread it answers from

    @Slot()
    def go_on(self) -> None:
        """The window has attached on the first look: open the diary after this turn of the
        event loop (the window's drawing and SQLAlchemy's import share the interpreter lock)."""
        from bodymap.app import hand_lock_quickly

        hand_lock_quickly()  # the window is in use from now on
        QTimer.singleShot(0, self._attached.set)

    def run(self) -> None:
        from bodymap import collector

        stand_in = self._look() if self.first_look else None
        diary = None
        try:
            # No collector passes during the open (SQLAlchemy's import makes hundreds of
            # thousands of objects, and a pass holds the interpreter lock throughout); what
            # it made lives as long as the program: frozen out of the passes before the
            # collector is on again (else its first pass walks all of it).
            with collector.paused():
                try:
                    if stand_in is not None:
                        # The window is in use meanwhile: SQLAlchemy's import (most of the
                        # open) goes a module at a time, each once the UI thread is back.
                        with import_gate.gated():
                            diary = self._open()
                    else:
                        diary = self._open()
                finally:
                    collector.freeze()
        finally:
            if stand_in is not None:  # calls waiting for the diary go on, or give up
                if self._error is None and diary is not None:
                    stand_in.opened(diary)
                else:
                    stand_in.failed(self._error or RuntimeError("the diary was not opened"))
        if diary is not None:
            self.loaded.emit(diary)

    def _look(self) -> OpeningDiary | None:
        prepare_window_modules()  # before attaching, off the UI thread
        try:
            from bodymap.store.first_look import OpeningDiary, look
            from bodymap.ui.episode_list import PAGE
        except ImportError:
            return None  # the window's own import says what is wrong
        seen = look(self.url, PAGE + 1)  # the list reads one more than a page: are there more?
        if seen is None:
            return None
        stand_in = OpeningDiary(seen)
        self.looked.emit(stand_in)
        self._attached.wait(ATTACH_WAIT_S)
        return stand_in

    def _open(self):  # noqa: ANN202 - a Diary, or None once the failure is reported
        # The built-in therapies are seeded by Diary.open itself.
        from bodymap.store.backup import daily_backup
        from bodymap.store.errors import ConnectionFailed, DamagedDatabase, StoreError
        from bodymap.store.service import Diary
        from bodymap.ui.labels import phrase_text, store_message

        try:
            diary = Diary.open(self.url)
        except ConnectionFailed as exc:
            self._error = exc
            self.unreachable.emit(store_message(exc))
            return None
        except StoreError as exc:
            self._error = exc
            self.failed.emit(store_message(exc), isinstance(exc, DamagedDatabase))
            return None
        except Exception as exc:  # noqa: BLE001 - any failure must reach the person, not a log
            from bodymap.store.database import database_error_phrase

            self._error = exc
            if isinstance(exc, OSError):
                message = store_message(exc)
            else:  # in words, never SQL
                found = database_error_phrase(exc)
                message = phrase_text(found) if found is not None else QCoreApplication.translate(
                    "DiaryLoader", "the diary could not be opened ({error})"
                ).format(error=type(exc).__name__)
            self.failed.emit(message, False)
            return None
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
        return diary


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
    """Lay out the trigger-point atlas (pure data, cached), then import :data:`LATER_MODULES`.
    The atlas first: the first mark ranks its muscles, and may come a moment after the window
    is usable, before those modules (several hundred milliseconds) are all in."""
    try:
        from bodymap.anatomy import atlas

        atlas.muscles()
        atlas.prepare_ranking()  # the first mark's ranking of the muscles
    except Exception:  # noqa: BLE001 - as above
        pass
    prepare_window_modules(LATER_MODULES)
