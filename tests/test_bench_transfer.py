"""The transfer benchmark on a diary of one's own (``benchmarks/bench_transfer.py DIARY``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from benchmarks import bench_transfer
from bodymap import demo
from bodymap.store.service import Diary


def test_own_diary_is_named_by_its_file_not_as_thirty_years(tmp_path: Path) -> None:
    source = tmp_path / "fifty-years.sqlite3"
    diary = Diary.open(f"sqlite:///{source}")
    try:
        demo.generate(diary, years=0.1, seed=1, end=date(2026, 1, 1))
    finally:
        diary.close()
    rows = bench_transfer.run(source)
    names = [name for name, _value, _unit, _budget in rows]
    assert any(name.startswith("export JSON, fifty-years.sqlite3 (") for name in names), names
    assert any(name == "import into an empty diary, fifty-years.sqlite3" for name in names), names
    assert not any("30 years" in name for name in names), names
    values = {name: value for name, value, _unit, _budget in rows}
    # A file this small is read by the importing process itself: no reading process ran.
    reader = {name for name in values if "reading process" in name}
    assert reader and all(values[name] == 0 for name in reader), values
    assert all(value > 0 for name, value in values.items() if name not in reader), values
