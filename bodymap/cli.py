"""The ``bodymap`` command line: the GUI by default, sub-commands for everything else."""

from __future__ import annotations

import argparse
import importlib

from bodymap import __version__
from bodymap.commands import COMMAND_MODULES


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
