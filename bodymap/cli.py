"""The ``bodymap`` command line: the GUI by default, sub-commands for everything else.

:func:`run_command` is the one top-level handler of the sub-commands: every error of bodymap,
of the database, of the disk or of a bad argument becomes one sentence on stderr and exit
status 1 (argparse's usage errors stay 2); ``--debug`` adds the traceback; a closed pipe
(``bodymap heatmap | head -1``) ends quietly.  A message never carries SQL.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from bodymap import __version__
from bodymap.commands import COMMAND_MODULES

#: Exit status when the reader of our output went away (128 + SIGPIPE, as a shell reports it).
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130


# -- the language of the command line ---------------------------------------------------------

#: Commands that draw (the report's PDF needs fonts and the SVG drawings): a QGuiApplication,
#: offscreen without a display, instead of a QCoreApplication.
DRAWING_COMMANDS = frozenset({"report"})

#: The application object of a command run, kept alive for the whole run.
_command_app: list[Any] = []


def _window_options_only(argv: Sequence[str]) -> bool:
    """True when ``argv`` opens the window (only ``--debug`` and ``--db``): the window installs
    its own translators on its QApplication, so the command line must not create one first."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--db":
            i += 2
            continue
        if arg.startswith("--db=") or arg == "--debug":
            i += 1
            continue
        return False
    return True


def _words(argv: Sequence[str]) -> set[str]:
    """The arguments that could be command names (not the value of ``--db``)."""
    words: set[str] = set()
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("-"):
            words.add(arg)
    return words


def _command_application(argv: Sequence[str]) -> Any:
    """The Qt application object of a command run (the existing one, say in tests)."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if _words(argv) & DRAWING_COMMANDS:
        from PySide6.QtGui import QGuiApplication

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app: Any = QGuiApplication(["bodymap"])
    else:
        app = QCoreApplication(["bodymap"])
    from bodymap import resources

    QCoreApplication.setOrganizationName(resources.SETTINGS_ORGANIZATION)
    QCoreApplication.setApplicationName(resources.SETTINGS_APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    _command_app[:] = [app]
    return app


def prepare_language(argv: Sequence[str]) -> str:
    """Choose the language of the run (Preferences setting, else the environment) and format
    numbers and dates for it; for a command (not the window) also install the translators and
    translate argparse's own words.  Call before :func:`build_parser` (the help texts are
    translated when the parser is built).  Returns "en" or "it"."""
    from bodymap import resources

    code = resources.apply_language()
    if _window_options_only(argv):
        return code
    app = _command_application(argv)
    resources.apply_language()  # again: creating the application resets the default locale
    resources.install_translator(app, code)
    translate_argparse()
    return code


def _argparse_gettext(text: str | None) -> str | None:
    if not text:
        return text
    return QCoreApplication.translate("argparse", text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return QCoreApplication.translate("argparse", singular if n == 1 else plural)


def translate_argparse() -> None:
    """argparse's own words ("usage:", "options", "show this help message and exit", its error
    lines) through our translations: argparse looks them up with its module's gettext
    functions, which we replace (the strings are marked in ``i18n/runtime_strings.py``)."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description=QCoreApplication.translate(
            "cli",
            "A pain diary on a drawing of the body: mark trigger points and the areas they "
            "refer pain to, keep episodes, see the history of each region and print a map "
            "for your physiotherapist. Without a command, the window opens.",
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"bodymap {__version__}",
        help=QCoreApplication.translate("cli", "show the version of bodymap and exit"),
    )
    parser.add_argument(
        "--debug", action="store_true",
        help=QCoreApplication.translate(
            "cli", "on an error, print the full traceback as well as the message"),
    )
    parser.add_argument(
        "--db",
        metavar=QCoreApplication.translate("cli", "PATH_OR_URL"),
        default=None,
        help=QCoreApplication.translate(
            "cli", "database file or SQLAlchemy URL (default: $BODYMAP_DB, then a file in "
            "the user data directory)"),
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop", action="store_true",
        help=QCoreApplication.translate(
            "cli", "add bodymap to this user's applications menu (desktop entry, icons, metainfo)"),
    )
    desktop.add_argument(
        "--uninstall-desktop", action="store_true",
        help=QCoreApplication.translate(
            "cli", "remove the menu entry and icons that --install-desktop added"),
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar=QCoreApplication.translate("cli", "COMMAND"))
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


# -- the one top-level handler --------------------------------------------------------------------

#: What would show SQL to a person: SQLAlchemy's "[SQL: ...]" and statements.
_SQL = re.compile(
    r"\[SQL:|\[parameters:|\bSELECT\b.*\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\b|\bCREATE\s+TABLE\b|\bBEGIN\s+IMMEDIATE\b"
    r"|sqlalche\.me",
    re.IGNORECASE | re.DOTALL,
)


def explain(exc: BaseException) -> tuple[str, int]:
    """One sentence for ``exc`` and the exit status (1, or 2 for a bad ``--db``)."""
    message, code = _explain(exc)
    message = " ".join(message.split()) if "\n" not in message else message.strip()
    if _SQL.search(message):
        message = QCoreApplication.translate(
            "cli", "the database refused the operation ({error})").format(error=type(exc).__name__)
    return message or QCoreApplication.translate(
        "cli", "unexpected error ({error})").format(error=type(exc).__name__), code


def _explain(exc: BaseException) -> tuple[str, int]:
    from bodymap.paths import BadDiaryAddress
    from bodymap.ui.labels import store_message

    if isinstance(exc, BadDiaryAddress):
        return store_message(exc), 2
    try:
        from bodymap.store.errors import StoreError
    except ImportError:  # pragma: no cover - the store always imports
        StoreError = ()  # type: ignore[assignment,misc]  # noqa: N806
    from bodymap.store.errors import ValidationError

    if isinstance(exc, ValidationError):
        return f"{exc.field}: {store_message(exc)}", 1
    if isinstance(exc, StoreError):
        return store_message(exc), 1
    database = _database_error(exc)
    if database is not None:
        return database, 1
    if isinstance(exc, OSError):
        return store_message(exc), 1
    if isinstance(exc, OverflowError):
        return QCoreApplication.translate("cli", "a number given is too large"), 1
    if isinstance(exc, ValueError | ArithmeticError):
        return str(exc) or QCoreApplication.translate("cli", "a value given is not valid"), 1
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("cli", "there is not enough memory for this"), 1
    if isinstance(exc, ImportError):
        return QCoreApplication.translate(
            "cli", "a part bodymap needs for this is not installed ({name})"
        ).format(name=exc.name or exc), 1
    return QCoreApplication.translate(
        "cli", "unexpected error ({error}); run with --debug for details"
    ).format(error=type(exc).__name__), 1


def _database_error(exc: BaseException) -> str | None:
    """A database error in words, or None if it is not one (the store knows its engines)."""
    from bodymap.store.database import database_error_phrase
    from bodymap.ui.labels import phrase_text

    found = database_error_phrase(exc)
    return None if found is None else phrase_text(found)


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the flush at exit does not complain
    (the recipe of Python's ``signal`` documentation)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def run_command(args: argparse.Namespace) -> int:
    """Run the sub-command ``args.func`` under the one handler; return the exit status."""
    debug = bool(getattr(args, "debug", False))
    try:
        code = int(args.func(args))
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print(QCoreApplication.translate("cli", "bodymap: interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except SystemExit:
        raise
    except Exception as exc:
        return report_error(exc, debug)


def run_desktop(install: bool) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``: the menu entry for this user."""
    from bodymap import desktop

    if install:
        result = desktop.install()
        entry = result.written[0]
        files = len(result.written) - 1  # a plain name: lupdate reads no other count
        print(QCoreApplication.translate(
            "cli", "Added bodymap to the applications menu ({entry}, %n icon and metainfo files).",
            None, files).format(entry=entry))
    else:
        result = desktop.uninstall()
        removed = len(result.removed)
        if removed:
            print(QCoreApplication.translate(
                "cli", "Removed %n files of bodymap's menu entry.", None, removed))
        else:
            print(QCoreApplication.translate(
                "cli", "bodymap had no menu entry here: nothing to remove."))
    return 0


def report_error(exc: BaseException, debug: bool = False) -> int:
    """Print ``exc`` as one sentence (and its traceback with ``--debug``); the exit status."""
    message, code = explain(exc)
    try:
        if debug:
            traceback.print_exception(exc, file=sys.stderr)
        print(f"bodymap: {message}", file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return code
