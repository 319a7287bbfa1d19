"""Start-up: parse the command line, then either run a sub-command or open the window.

The GUI path sets the application up in one ordered function (names, settings format,
translations, resources, database, window) so that the order is visible in one place.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bodymap.cli import build_parser

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from bodymap.store.service import Diary
    from bodymap.ui.main_window import MainWindow

ORGANIZATION = "bodymap"
APPLICATION = "bodymap"
DESKTOP_FILE = "org.bodymap.BodyMap"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if getattr(args, "func", None) is not None:
        return int(args.func(args))
    return run_gui(args.db)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, named so QSettings and the desktop find it."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from bodymap import __version__, resources

    app = QApplication.instance() or QApplication(["bodymap", *argv])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("bodymap")
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    resources.load()
    resources.install_translator(app)
    app.setWindowIcon(QIcon(resources.ICON_PATH))
    return app


def open_main_window(diary: Diary) -> MainWindow:
    """A main window on an open diary, shown (tests and benchmarks use this)."""
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(diary)
    window.show()
    return window


def start_main_window(url: str) -> MainWindow:
    """Show the window at once and open the diary off the UI thread.

    Importing SQLAlchemy and checking (maybe migrating) the database takes a second on a slow
    machine; the map is on screen before that, and the panels appear when the diary is open.
    If the database cannot be used, the person is told why and offered a way out.
    """
    from bodymap.ui.diary_loader import DiaryLoader
    from bodymap.ui.main_window import MainWindow

    window = MainWindow()
    loader = DiaryLoader(url, window)
    loader.loaded.connect(window.attach_diary)
    loader.failed.connect(lambda message, damaged: _diary_failed(window, url, message, damaged))
    window.diary_loader = loader  # keep it alive while it runs
    # Start opening the diary once the window has painted, so the two do not compete.
    window.first_painted.connect(loader.start)
    window.show()
    return window


def _diary_failed(window: MainWindow, url: str, message: str, damaged: bool) -> None:
    """Tell the person why the diary cannot be opened and offer a way on: the newest good
    backup (for a damaged file), another file, or quitting.  The file itself is left alone."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QFileDialog

    from bodymap.paths import db_url, sqlite_file
    from bodymap.ui import recovery

    new_url: str | None = None
    path = sqlite_file(url)
    if damaged and path is not None:
        new_url = recovery.offer_recovery(path, RuntimeError(message), window)
    else:
        choice = recovery.ask_choice(
            window,
            QCoreApplication.translate("app", "bodymap cannot open the diary"),
            message,
            QCoreApplication.translate("app", "The file was not changed."),
            [(recovery.OTHER, QCoreApplication.translate("app", "Open another file…")), (recovery.QUIT, QCoreApplication.translate("app", "Quit"))],
        )
        if choice == recovery.OTHER:
            name, _filter = QFileDialog.getOpenFileName(
                window, QCoreApplication.translate("app", "Open a diary file"), "", QCoreApplication.translate("app", "bodymap diary (*.sqlite3);;All files (*)")
            )
            new_url = db_url(name) if name else None
    if new_url:
        from bodymap.ui.diary_loader import DiaryLoader

        loader = DiaryLoader(new_url, window)
        loader.loaded.connect(window.attach_diary)
        loader.failed.connect(lambda text, bad: _diary_failed(window, new_url, text, bad))
        window.diary_loader = loader
        loader.start()
        return
    window.close()
    QApplication.exit(1)


def run_gui(db_arg: str | None) -> int:
    from bodymap.paths import resolve_db

    app = create_application()
    window = start_main_window(resolve_db(db_arg))
    code = app.exec()
    loader = getattr(window, "diary_loader", None)
    if loader is not None:
        loader.wait()  # closed while the diary was still opening: let it finish cleanly
    if window.diary is not None:
        window.diary.close()
    return int(code)
