"""The built-in therapy catalogue as a store invariant: every open diary has all of it.

The one list of names lives in ``bodymap/anatomy/data/therapies.json`` (read through
:mod:`bodymap.anatomy.therapies`).  :func:`seed` runs when a diary opens, on both engines, and
adds only the entries that are missing, so a diary that is complete is not written to at all (a
read-only diary can still be viewed).  Built-in entries are matched by their catalogue ``key``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from bodymap.store.models import Therapy

#: Built-in entries get the same uuid in every diary (derived from their key), so an export
#: moved between diaries, engines or machines comes back identical.
CATALOGUE_NAMESPACE = uuid.UUID("5f0c3a52-3b1e-4c1e-9d3e-6b6f64796d61")


def builtin_uuid(key: str) -> str:
    return str(uuid.uuid5(CATALOGUE_NAMESPACE, key))


def missing_entries(existing_keys: set[str]) -> list[dict[str, object]]:
    """Rows for the catalogue entries whose key the diary does not have yet."""
    from bodymap.anatomy.therapies import catalogue

    # English names whatever the language of the run: the diary keeps one stable name per
    # built-in therapy; the program shows it in the reader's language by its key.
    return [
        {"uuid": builtin_uuid(t.key), "key": t.key, "name": t.name, "category": t.category, "builtin": True}
        for t in catalogue("en")
        if t.key not in existing_keys
    ]


def seed(engine: Engine) -> int:
    """Add the missing built-in therapies; return how many were added (0 writes nothing)."""
    with engine.connect() as conn:
        keys = {k for k in conn.execute(select(Therapy.key)).scalars() if k is not None}
    rows = missing_entries(keys)
    if not rows:
        return 0
    try:
        with engine.begin() as conn:
            conn.execute(insert(Therapy), rows)
    except IntegrityError:
        # Another machine (or window) seeded the same keys a moment ago: theirs stand.
        with engine.connect() as conn:
            keys = {k for k in conn.execute(select(Therapy.key)).scalars() if k is not None}
        rows = missing_entries(keys)
        if rows:
            with engine.begin() as conn:
                conn.execute(insert(Therapy), rows)
    return len(rows)
