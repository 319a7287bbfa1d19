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

from bodymap import __version__
from bodymap.commands import COMMAND_MODULES

#: Exit status when the reader of our output went away (128 + SIGPIPE, as a shell reports it).
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description=(
            "A pain diary on a drawing of the body: mark trigger points and the areas they "
            "refer pain to, keep episodes, see the history of each region and print a map "
            "for your physiotherapist. Without a command, the window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    parser.add_argument(
        "--debug", action="store_true",
        help="on an error, print the full traceback as well as the message",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="database file or SQLAlchemy URL (default: $BODYMAP_DB, then a file in the "
        "user data directory)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
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
        message = f"the database refused the operation ({type(exc).__name__})"
    return message or f"unexpected error ({type(exc).__name__})", code


def _explain(exc: BaseException) -> tuple[str, int]:
    from bodymap.files import os_error_sentence
    from bodymap.paths import BadDiaryAddress

    if isinstance(exc, BadDiaryAddress):
        return str(exc), 2
    try:
        from bodymap.store.errors import StoreError
    except ImportError:  # pragma: no cover - the store always imports
        StoreError = ()  # type: ignore[assignment,misc]  # noqa: N806
    if isinstance(exc, StoreError):
        return str(exc), 1
    database = _database_error(exc)
    if database is not None:
        return database, 1
    if isinstance(exc, OSError):
        return os_error_sentence(exc), 1
    if isinstance(exc, OverflowError):
        return "a number given is too large", 1
    if isinstance(exc, ValueError | ArithmeticError):
        return str(exc) or "a value given is not valid", 1
    if isinstance(exc, MemoryError):
        return "there is not enough memory for this", 1
    if isinstance(exc, ImportError):
        return f"a part bodymap needs for this is not installed ({exc.name or exc})", 1
    return f"unexpected error ({type(exc).__name__}); run with --debug for details", 1


def _database_error(exc: BaseException) -> str | None:
    """A database error in words, or None if it is not one (the store knows its engines)."""
    from bodymap.store.database import database_error_sentence

    return database_error_sentence(exc)


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
        print("bodymap: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except SystemExit:
        raise
    except Exception as exc:
        return report_error(exc, debug)


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
