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
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(diary)
    window.show()
    return window


def run_gui(db_arg: str | None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from bodymap.paths import resolve_db
    from bodymap.store.errors import StoreError
    from bodymap.store.service import Diary

    app = create_application()
    url = resolve_db(db_arg)
    try:
        diary = Diary.open(url)
    except StoreError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "bodymap cannot open the diary"),
            str(exc),
        )
        return 1
    window = open_main_window(diary)
    code = app.exec()
    window.deleteLater()
    diary.close()
    return int(code)

