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

COMMAND_MODULES: tuple[str, ...] = (
    "bodymap.commands.regions",
    "bodymap.commands.atlas",
    "bodymap.commands.suggest",
    "bodymap.commands.demo",
    "bodymap.commands.history",
    "bodymap.commands.report",
    "bodymap.commands.data",
)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` on a sub-command too; SUPPRESS keeps the top-level value when it is not given."""
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: BODYMAP_DB, then the user data dir)",
    )


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    print(f"bodymap: {message}", file=sys.stderr)
    return code
