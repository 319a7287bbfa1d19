"""The layers hold: the store is the only door to the data, and the core has no Qt.

These read the source, so a shortcut taken by a future change (an ``import sqlite3`` in a panel,
a hand-written ``SELECT`` in the report) fails here with the file and line named.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "bodymap"
#: SQL as text: a statement keyword followed by what only SQL puts after it.
SQL_TEXT = re.compile(
    r"\b(SELECT\s+[\w*(]+.*\bFROM\b|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s+\w+"
    r"|CREATE\s+(TABLE|INDEX)|json_each|json_extract)",
    re.IGNORECASE | re.DOTALL,
)


def _modules(below: Path) -> list[Path]:
    return sorted(p for p in below.rglob("*.py") if p.name != "resources_rc.py")


def _outside_store() -> list[Path]:
    store = PACKAGE / "store"
    return [p for p in _modules(PACKAGE) if store not in p.parents]


def test_no_sql_text_outside_the_store() -> None:
    found = []
    for path in _outside_store():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if SQL_TEXT.search(node.value):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value[:60]!r}")
    assert not found, "SQL text outside bodymap/store/:\n" + "\n".join(found)


def test_only_the_store_talks_to_the_database() -> None:
    """Outside the store nothing imports a database driver or builds queries; catching the
    store's engine errors (``sqlalchemy.exc``) is all that is allowed."""
    found = []
    for path in _outside_store():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top in ("sqlite3", "psycopg", "psycopg2") or (
                    top == "sqlalchemy" and name != "sqlalchemy.exc"
                ):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: import {name}")
    assert not found, "database access outside bodymap/store/:\n" + "\n".join(found)


def test_core_has_no_qt() -> None:
    found = []
    for folder in ("anatomy", "store"):
        for path in _modules(PACKAGE / folder):
            text = path.read_text("utf-8")
            if re.search(r"^\s*(from|import)\s+PySide6", text, re.MULTILINE):
                found.append(str(path.relative_to(PACKAGE)))
    assert (PACKAGE / "files.py").exists()
    if re.search(r"^\s*(from|import)\s+PySide6", (PACKAGE / "files.py").read_text(), re.MULTILINE):
        found.append("files.py")
    assert not found, "Qt imported by the core: " + ", ".join(found)
