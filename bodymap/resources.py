"""Access to the compiled Qt resources (``resources.qrc`` → ``bodymap/resources_rc.py``), and the
translators of the language of the run.

The language is chosen once at start (:func:`apply_language`: the Preferences setting, else the
environment, through :mod:`bodymap.i18n.language`), by the window (``install_translator`` in
``app.create_application``) and by the command line (``cli.prepare_language``) alike.  Only
QtCore is used here, so the command line can translate without a display.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

PREFIX = ":/bodymap"
ICON_PATH = f"{PREFIX}/assets/icons/bodymap.svg"
I18N_PREFIX = f"{PREFIX}/i18n"

#: The organisation and application names of the settings (``app.ORGANIZATION`` /
#: ``app.APPLICATION``), the INI format the window uses (``QSettings.setDefaultFormat``).
SETTINGS_ORGANIZATION = "bodymap"
SETTINGS_APPLICATION = "bodymap"
#: The Preferences key of the language: "system" (the default), "en" or "it".
LANGUAGE_SETTING = "preferences/language"

#: The locale each language formats numbers and dates with, when the system's is another
#: language (forced in Preferences, or ``LANGUAGE=it`` with ``LANG=C``).
LANGUAGE_LOCALES = {"en": "en_GB", "it": "it_IT"}

# The translators we installed, so a second install (tests, the CLI after the window) replaces
# them instead of stacking them up.
_installed: list[object] = []


def load() -> None:
    """Register the compiled resources with Qt (importing the module does it, once)."""
    import bodymap.resources_rc  # noqa: F401


def body_svg(svg_file: str) -> str:
    return f"{PREFIX}/assets/body/{svg_file}"


# -- the language setting ------------------------------------------------------------------------


def settings() -> QSettings:
    """The person's settings file, with or without a QCoreApplication (the window's own file)."""
    from PySide6.QtCore import QSettings

    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope,
        SETTINGS_ORGANIZATION, SETTINGS_APPLICATION,
    )


def saved_language_setting() -> str:
    """The language chosen in Preferences: "system", "en" or "it" ("system" if unset or odd)."""
    from bodymap.i18n import language

    value = settings().value(LANGUAGE_SETTING, "system")
    text = str(value) if value is not None else "system"
    return text if text in language.SETTINGS else "system"


def save_language_setting(setting: str) -> None:
    """Remember the Preferences choice; it applies at the next start."""
    from bodymap.i18n import language

    if setting not in language.SETTINGS:
        raise ValueError(f"unknown language setting {setting!r}")
    store = settings()
    store.setValue(LANGUAGE_SETTING, setting)
    store.sync()


def locale_for(code: str) -> QLocale:
    """The locale that formats numbers and dates for the language ``code``.

    The system's own locale when it already speaks that language (``it_CH`` stays Swiss),
    else the language's usual one (``it_IT``, ``en_GB``)."""
    from PySide6.QtCore import QLocale

    current = QLocale().name()  # "it_CH"; a fresh QLocale of it, not the system's object,
    if current.split("_")[0] == code:  # whose numbers can follow another LC_NUMERIC
        return QLocale(current)
    return QLocale(LANGUAGE_LOCALES.get(code, code))


def apply_language(setting: str | None = None) -> str:
    """Fix the language of this run and format numbers and dates for it; returns "en"/"it".

    ``setting`` defaults to the saved Preferences choice; ``"system"`` follows the environment.
    """
    from PySide6.QtCore import QLocale

    from bodymap.i18n import language

    code = language.choose(saved_language_setting() if setting is None else setting)
    QLocale.setDefault(locale_for(code))
    return code


# -- translators ---------------------------------------------------------------------------------


def qt_translations_folder() -> str:
    """Where the Qt installation keeps its own .qm files (``qtbase_it.qm``: file dialogs…)."""
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translator(app: QCoreApplication, code: str | None = None) -> list[object]:
    """Install the translators of the language ``code`` (default: :func:`apply_language`).

    Ours (``:/bodymap/i18n/bodymap_<code>.qm``; for English only the plural forms) and Qt's own
    words (``qtbase_<code>.qm``: Cancel, Yes/No, the file dialogs).  Translators installed by an
    earlier call are removed first.  Returns the translators installed.
    """
    from PySide6.QtCore import QTranslator

    load()
    if code is None:
        code = apply_language()
    for old in _installed:
        app.removeTranslator(old)  # type: ignore[arg-type]
        old.setParent(None)  # type: ignore[attr-defined]
    _installed.clear()
    candidates = ((f"bodymap_{code}", I18N_PREFIX), (f"qtbase_{code}", qt_translations_folder()))
    for name, folder in candidates:
        translator = QTranslator(app)  # kept alive by the application
        if translator.load(name, folder) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            translator.setParent(None)
    return list(_installed)
