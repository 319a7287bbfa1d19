"""Export and import of thirty years (streamed): time and peak memory of the process.

    python benchmarks/bench_transfer.py [DIARY.sqlite3]

(a diary of your own to export instead of the cached thirty years: a copy, it is migrated)

Each job runs in a fresh child process (imports not timed: the child reports the time of the
call itself); the peak resident memory is that of the whole child, from ``os.wait4``.
Rows: the JSON export of 30 years, its import into an empty diary, and importing it again
into the same diary (everything already there).  Budgets: under 3 s and 150 MB each.  A
large import into SQLite reads the file in a second process (``file_reading.read_apart``):
its CPU time (``RUSAGE_CHILDREN``) and peak memory (its ``VmHWM``, watched) are rows of
their own, and the memory budget is held to both processes' peaks added.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Row = tuple[str, float, str, str]
YEARS = 30.0

EXPORT = r"""
import sys, time
from pathlib import Path
from bodymap.store.service import Diary
from bodymap.store import transfer
diary = Diary.open(sys.argv[1])
began, cpu0 = time.perf_counter(), time.process_time()
summary = transfer.export_json(diary, Path(sys.argv[2]))
wall, cpu = time.perf_counter() - began, time.process_time() - cpu0
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(wall, cpu, peak / 1024, summary.episodes, flush=True)
"""

IMPORT = r"""
import os, resource, sys, threading, time
from pathlib import Path
from bodymap.store.service import Diary
from bodymap.store import transfer

def high_water(status):
    return next(int(l.split()[1]) for l in open(status) if l.startswith("VmHWM:"))

# The file's reading process, if one runs (file_reading.read_apart): its own high-water mark
# (VmHWM, which starts afresh at its exec; ru_maxrss would count the pages it shared with
# this process between the fork and the exec), read every 10 ms until it is gone.
reader_peak = [0]
done = threading.Event()
def children():
    me = str(os.getpid())
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1] == me:
                yield f"/proc/{entry}/status"
        except (OSError, IndexError):
            continue
def watch():
    # looked for every 50 ms until found, then only its own status read every 10 ms (a walk
    # of /proc each time would take this process's time from the import it measures)
    found = []
    while not done.wait(0.01 if found else 0.05):
        found = found or list(children())
        for status in found:
            try:
                reader_peak[0] = max(reader_peak[0], high_water(status))
            except (OSError, StopIteration):
                pass
diary = Diary.open(sys.argv[1])
watcher = threading.Thread(target=watch, daemon=True)
watcher.start()
began, cpu0 = time.perf_counter(), time.process_time()
summary = transfer.import_file(diary, Path(sys.argv[2]))
wall, cpu = time.perf_counter() - began, time.process_time() - cpu0
done.set()
watcher.join()
peak = high_water("/proc/self/status")
reader = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, cpu, peak / 1024, summary.added["episodes"],
      reader.ru_utime + reader.ru_stime, reader_peak[0] / 1024, flush=True)
"""


def _child(code: str, *args: str) -> tuple[float, ...]:
    """(seconds of the job, CPU seconds of the job, peak MB of the process), and for an
    import the CPU seconds and the peak MB of the file's reading process (0 if none ran).

    The peak is the child's own ``VmHWM`` (``/proc/self/status``): the high-water mark that
    ``wait4`` reports would include this process's, which a child keeps across ``exec``.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "bodymap-bench" / "pycache")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, timeout=600).stdout.split()
    return (float(out[0]), float(out[1]), float(out[2]), *map(float, out[4:6]))


def _episodes(path: Path) -> float:
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return float(db.execute("select count(*) from episode").fetchone()[0])


def run(source: Path | None = None) -> list[Row]:
    """The rows; ``source`` is a diary to export instead of the cached one of thirty years."""
    from benchmarks import demo_cache

    own = None if source is None else source.name
    if source is None:
        source, info = demo_cache.diary(YEARS)
    else:
        info = {"episodes": _episodes(source)}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "export.json"
        target = Path(tmp) / "empty.sqlite3"
        from bodymap.store.service import Diary

        Diary.open(f"sqlite:///{target}").close()
        export_s, export_cpu, export_mb = _child(EXPORT, f"sqlite:///{source}", str(out))
        size_mb = out.stat().st_size / 1e6
        import_s, import_cpu, import_mb, reader_cpu, reader_mb = _child(
            IMPORT, f"sqlite:///{target}", str(out))
        again_s, again_cpu, again_mb, _again_reader_cpu, again_reader_mb = _child(
            IMPORT, f"sqlite:///{target}", str(out))
    n = f"{info['episodes']:.0f} episodes"
    # The budgets are for thirty years; a diary of one's own is named by its file instead.
    what = f"{YEARS:g} years" if own is None else own
    return [
        (f"export JSON, {what} ({n}, {size_mb:.0f} MB file)", export_s, "s", "< 3 s"),
        ("  CPU time of the export", export_cpu, "s", ""),
        ("  peak memory of the export process", export_mb, "MB", "< 150 MB"),
        (f"import into an empty diary, {what}", import_s, "s", "< 3 s"),
        ("  CPU time of the import", import_cpu, "s", ""),
        ("  peak memory of the import process", import_mb, "MB", "< 150 MB"),
        ("  CPU time of the file's reading process", reader_cpu, "s", ""),
        ("  peak memory of the file's reading process", reader_mb, "MB", ""),
        ("  peak memory of both processes, added", import_mb + reader_mb, "MB", "< 150 MB"),
        ("import again (everything already there)", again_s, "s", ""),
        ("  CPU time", again_cpu, "s", ""),
        ("  peak memory, both processes added", again_mb + again_reader_mb, "MB", ""),
    ]


if __name__ == "__main__":
    # ``python benchmarks/bench_transfer.py [DIARY.sqlite3]``: a diary of your own to export.
    for name, value, unit, budget in run(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(f"{name:62s} {value:10.2f} {unit:8s} {budget}")
