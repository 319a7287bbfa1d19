"""Access to the compiled Qt resources (``resources.qrc`` → ``bodymap/resources_rc.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

PREFIX = ":/bodymap"
ICON_PATH = f"{PREFIX}/assets/icons/bodymap.svg"


def load() -> None:
    """Register the compiled resources with Qt (importing the module does it, once)."""
    import bodymap.resources_rc  # noqa: F401


def body_svg(svg_file: str) -> str:
    return f"{PREFIX}/assets/body/{svg_file}"


def install_translator(app: QApplication) -> None:
    """Load the translation for the user's locale if we ship one (``i18n/bodymap_xx.qm``)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translator = QTranslator()
    if translator.load(QLocale(), "bodymap", "_", f"{PREFIX}/i18n"):
        translator.setParent(app)  # kept alive by the application
        app.installTranslator(translator)
        # Qt's own words too (Cancel, Yes/No, the file dialogs), from the Qt installation.
        qt_words = QTranslator()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_words.load(QLocale(), "qtbase", "_", qt_folder):
            qt_words.setParent(app)
            app.installTranslator(qt_words)
