"""Sub-commands of the ``bodymap`` command line.

Each module named in ``COMMAND_MODULES`` exposes ``register(subparsers)``, which adds one or more
sub-commands whose parsers call ``set_defaults(func=...)``; the function takes the parsed
arguments and returns the exit code.  None of them imports Qt at module level, so ``bodymap
regions`` or ``bodymap atlas`` run without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication

COMMAND_MODULES: tuple[str, ...] = (
    "bodymap.commands.regions",
    "bodymap.commands.atlas",
    "bodymap.commands.suggest",
    "bodymap.commands.demo",
    "bodymap.commands.history",
    "bodymap.commands.report",
    "bodymap.commands.data",
    "bodymap.commands.fibro",
    "bodymap.commands.outcomes",
)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` on a sub-command too; SUPPRESS keeps the top-level value when it is not given."""
    parser.add_argument(
        "--db",
        metavar=QCoreApplication.translate("cli", "PATH_OR_URL"),
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate(
            "cli", "database file or SQLAlchemy URL (default: BODYMAP_DB, then the user data dir)"),
    )


def open_diary(args: argparse.Namespace, *, create: bool = True) -> Any:
    """The diary ``--db`` (or ``BODYMAP_DB``, or the default) names, opened for a command.

    ``create=False`` for a command that only reads (history, heatmap, report, export, suggest,
    therapy list…): a diary file that does not exist is an error saying so
    (:class:`~bodymap.store.database.NoSuchDiary`), never a new empty diary.  A diary that
    cannot be written here opens for viewing (``diary.read_only``).  ``--db ""`` is an error.
    """
    from bodymap.paths import resolve_db
    from bodymap.store.service import Diary

    return Diary.open(resolve_db(getattr(args, "db", None)), create=create)


def reading_profile_id(diary: Any, name: str | None) -> int:
    """The profile a read command shows: by name, else the first one.  On a diary opened for
    viewing with no profile at all, none is created (that would write): an error says so."""
    if name:
        return int(diary.profile_by_name(name).id)
    if getattr(diary, "read_only", False):
        profiles = sorted(diary.list_profiles(), key=lambda p: p.id)
        if not profiles:
            from bodymap.store.database import ReadOnlyDiary
            from bodymap.store.errors import say

            raise ReadOnlyDiary(say("{where} has no profile yet, and it is read-only.",
                                    where=diary.describe_phrase()))
        return int(profiles[0].id)
    return int(diary.default_profile().id)


def bounded_int(low: int, high: int) -> Any:
    """An argparse ``type`` for a whole number from ``low`` to ``high`` (a huge number is a
    usage error, not an overflow deep in the database)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(QCoreApplication.translate(
                "cli", "{text} is not a whole number").format(text=repr(text[:40]))) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(QCoreApplication.translate(
                "cli", "must be from {low} to {high}, not {text}"
            ).format(low=low, high=high, text=text[:40]))
        return value

    parse.__name__ = "whole number"
    return parse


#: Ids are 64-bit integers in both databases.
MAX_ID = 2**63 - 1


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def said(exc: BaseException) -> str:
    """An error's sentence in the language of the run (``ui.labels.store_message``), with the
    field in front for a value that was refused ("profile.name: non può essere vuoto")."""
    from bodymap.ui.labels import store_message

    field = getattr(exc, "field", None)
    if isinstance(field, str) and isinstance(getattr(exc, "message", None), str):
        return f"{field}: {store_message(exc)}"
    return store_message(exc)


def fail(message: str, code: int = 2) -> int:
    print(f"bodymap: {message}", file=sys.stderr)
    return code
