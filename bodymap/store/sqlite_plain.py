"""What opening an SQLite diary needs of the standard library alone: the schema revisions this
bodymap knows, the tables every diary has, a read-only URI, whether the file can be written.

Kept apart from :mod:`bodymap.store.database` (which imports SQLAlchemy) so that the window's
first look at a diary (:mod:`bodymap.store.first_look`) can use them before SQLAlchemy is loaded.
``database`` imports every name from here, so there is one definition of each.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from functools import cache
from pathlib import Path

#: Tables every bodymap database has; a file with other tables and no alembic stamp is not ours.
OUR_TABLES = frozenset({"profile", "episode", "mark", "mark_region", "therapy", "therapy_use"})

#: The migration scripts; their ``revision = "..."`` and ``down_revision = "..."`` lines say
#: which revisions this bodymap knows, without importing Alembic (a second on a slow machine,
#: paid only when a diary really needs an upgrade).  tests/test_startup.py checks that this
#: reading agrees with Alembic's own.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:(['"])([^'"]+)\2|None)\s*$""", re.MULTILINE
)


@cache
def _revision_graph() -> tuple[frozenset[str], str]:
    revisions: dict[str, str | None] = {}
    for script in sorted(MIGRATIONS_DIR.glob("*.py")):
        found = {m.group(1): m.group(3) for m in _REVISION_LINE.finditer(script.read_text("utf-8"))}
        if found.get("revision"):
            revisions[found["revision"]] = found.get("down_revision")
    parents = {down for down in revisions.values() if down is not None}
    heads = [rev for rev in revisions if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations of bodymap have {len(heads)} heads: {sorted(heads)}")
    return frozenset(revisions), heads[0]


def known_revisions() -> tuple[set[str], str]:
    """All revisions this version of bodymap knows, and the head."""
    known, head = _revision_graph()
    return set(known), head


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A ``file:`` URI opening exactly ``path`` read-only (quoted: ``#``, ``?`` and ``%`` in a
    name must not start a fragment or a query, or be taken for an escape)."""
    uri = "file:" + urllib.parse.quote(str(Path(path).absolute()), safe="/") + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def is_writable_here(path: Path) -> bool:
    """Can SQLite write the diary here: the file and its folder (for the ``-wal``/journal)?"""
    folder = path.parent
    try:
        if path.exists() and not os.access(path, os.W_OK):
            return False
        return os.access(folder, os.W_OK | os.X_OK)
    except OSError:
        return False
