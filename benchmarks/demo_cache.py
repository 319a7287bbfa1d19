"""Sample diaries for the benchmarks, generated once and kept in the benchmarks' temp folder.

``diary(years)`` is the path of a ``bodymap demo`` database (seed 1, ending 2026-01-01) of that
many years, made the first time it is asked for and reused after: the key holds the sizes and a
digest of the code that shapes the data (the demo generator, the records, the models and the
migrations), so a change there makes a fresh one.  ``copy_of(years, folder)`` is a copy to
change freely.  Generating fifty years takes about fifteen seconds on an idle 2-core machine.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "bodymap-bench"
END = date(2026, 1, 1)
SEED = 1


def _digest() -> str:
    h = hashlib.sha256()
    package = ROOT / "bodymap"
    files = [package / "demo.py", package / "store" / "records.py", package / "store" / "models.py"]
    files += sorted((package / "store" / "migrations" / "versions").glob("*.py"))
    for path in files:
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def diary(years: float) -> tuple[Path, dict[str, float]]:
    """The cached diary of ``years`` years and its facts (episodes, marks, generation seconds)."""
    from bodymap import demo
    from bodymap.store.service import Diary

    CACHE.mkdir(mode=0o700, exist_ok=True)
    name = f"demo-{years:g}y-seed{SEED}-{_digest()}"
    path = CACHE / f"{name}.sqlite3"
    meta = CACHE / f"{name}.json"
    if path.exists() and meta.exists():
        return path, json.loads(meta.read_text())
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), meta):
        p.unlink(missing_ok=True)
    d = Diary.open(f"sqlite:///{path}")
    began = time.perf_counter()
    result = demo.generate(d, years=years, seed=SEED, end=END)
    seconds = time.perf_counter() - began
    d.close()
    info = {"seconds": seconds, "episodes": result.episodes, "marks": result.marks}
    meta.write_text(json.dumps(info))
    return path, info


def copy_of(years: float, folder: Path) -> Path:
    """A copy of the cached diary in ``folder`` (the benchmarks that write use it)."""
    source, _info = diary(years)
    target = Path(folder) / f"demo-{years:g}y.sqlite3"
    shutil.copyfile(source, target)
    return target
