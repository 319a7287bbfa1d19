"""Python's cycle collector paused for the length of a large job (Qt-free).

A report of fifty years or an import of thirty makes hundreds of thousands of small lists,
dicts and tuples, none of them in a reference cycle; every few hundred new objects set off the
collector, and its full passes walked every object made so far (a third of a fifty-year
report's time, about 6 % of an import's instructions).  Reference counting frees all of them
as before; only the search for cycles waits until the job is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off while the block runs, then as it was found (a caller that
    paused it keeps it paused)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
