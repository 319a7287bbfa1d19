"""The physiotherapist's PDF over ten years of demo data (budget: under 1.5 s).

Run as a script (``python benchmarks/bench_report.py``) to print a table, or call :func:`run`,
which returns ``[(name, value, unit, budget), ...]``.  The ten-year diary comes from
``bodymap.demo.generate`` (seed 1) in a temporary database; it is built once per run and is not
timed.  Rows:

* ``report data (10 years)``: :func:`bodymap.report.model.build_report`, every section;
* ``report PDF render``: drawing all pages with ``QPdfWriter`` at 1200 dpi;
* ``report PDF total (10 years)``: both, the figure the budget is about (the first report in the
  process, so the atlas and the drawings are loaded inside the timing).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_S = 1.5


def run() -> list[tuple[str, float, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bodymap.report.export import ensure_gui_application

    ensure_gui_application()
    from bodymap import demo
    from bodymap.report.export import write_pdf
    from bodymap.report.model import build_report
    from bodymap.report.render import ReportOptions
    from bodymap.store.service import Diary

    with tempfile.TemporaryDirectory() as folder:
        diary = Diary.open(f"sqlite:///{Path(folder) / 'ten-years.sqlite3'}")
        result = demo.generate(diary, years=10, seed=1)
        profile_id = result.profile.id
        assert profile_id is not None
        began = time.perf_counter()
        data = build_report(diary, profile_id)
        built = time.perf_counter()
        pages = write_pdf(Path(folder) / "report.pdf", data, ReportOptions(paper="A4"))
        done = time.perf_counter()
        diary.close()
    total = done - began
    return [
        ("report data (10 years)", round(built - began, 3), "s", ""),
        (f"report PDF render ({pages} pages)", round(done - built, 3), "s", ""),
        ("report PDF total (10 years)", round(total, 3), "s", f"< {BUDGET_S} s"),
        ("episodes / marks in the diary", float(result.episodes), "episodes",
         f"{result.marks} marks"),
    ]


def main() -> int:
    rows = run()
    for name, value, unit, budget in rows:
        print(f"{name:<36} {value:>10} {unit:<9} {budget}")
    total = next(v for n, v, _u, _b in rows if n.startswith("report PDF total"))
    print("\nwithin budget" if total < BUDGET_S else "\nOVER budget")
    return 0 if total < BUDGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
