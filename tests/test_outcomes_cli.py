"""``bodymap outcomes``: PSFS and PGIC from the command line, both engines."""

from __future__ import annotations

import argparse
import json
from datetime import date

import pytest

from bodymap.store.service import Diary


def _run(argv: list[str]) -> int:
    from bodymap.commands import outcomes

    parser = argparse.ArgumentParser(prog="bodymap")
    parser.add_argument("--db", default=None)
    outcomes.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_psfs_and_pgic_recorded_listed_and_charted_in_numbers(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", db_url]
    assert _run([*db, "outcomes", "psfs", "add", "Walking 30 minutes", "--on", "2026-01-05"]) == 0
    assert "Added the activity 'Walking 30 minutes' from 5 Jan 2026." in capsys.readouterr().out
    assert _run([*db, "outcomes", "psfs", "add", "Carrying shopping", "--on", "2026-01-05"]) == 0
    assert _run([*db, "outcomes", "psfs", "rate", "1", "3", "--on", "2026-01-05"]) == 0
    assert _run([*db, "outcomes", "psfs", "rate", "carrying SHOPPING", "2", "--on", "2026-01-05"]) == 0
    assert _run([*db, "outcomes", "psfs", "rate", "1", "6", "--on", "2026-02-05"]) == 0
    assert _run([*db, "outcomes", "psfs", "rate", "2", "5", "--on", "2026-02-05", "--json"]) == 0
    capsys.readouterr()
    assert _run([*db, "outcomes", "pgic", "add", "3", "--on", "2026-02-05", "--note", "better"]) == 0
    assert "PGIC on 5 Feb 2026: 3 (minimally improved)." in capsys.readouterr().out

    assert _run([*db, "outcomes"]) == 0
    out = capsys.readouterr().out
    assert "1. Walking 30 minutes (since 5 Jan 2026)" in out
    assert "5 Jan 2026: 3; 5 Feb 2026: 6" in out
    assert "5 Jan 2026: 2.5" in out and "5 Feb 2026: 5.5" in out
    assert "change from 5 Jan 2026 to 5 Feb 2026: +3.0" in out
    assert "5 Feb 2026: 3 minimally improved — better" in out

    assert _run([*db, "outcomes", "--json", "--from", "2026-02-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["activity"], r["score"]) for r in data["psfs"]["ratings"]] == [
        ("Walking 30 minutes", 6), ("Carrying shopping", 5)]
    assert data["psfs"]["scores"] == [{"day": "2026-02-05", "mean": 5.5, "count": 2}]
    assert [(x["score"], x["label"], x["note"]) for x in data["pgic"]] == [
        (3, "minimally improved", "better")]

    # retire and rename; the ratings stay
    assert _run([*db, "outcomes", "psfs", "retire", "2", "--on", "2026-03-01"]) == 0
    assert _run([*db, "outcomes", "psfs", "rename", "1", "Walking an hour"]) == 0
    capsys.readouterr()
    assert _run([*db, "outcomes", "psfs", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(a["number"], a["name"], a["retired_on"]) for a in data["activities"]] == [
        (1, "Walking an hour", None), (2, "Carrying shopping", "2026-03-01")]
    assert len(data["ratings"]) == 4

    diary = Diary.open(db_url)
    try:
        me = diary.default_profile()
        assert [a.name for a in diary.psfs_activities(me.id or 0, include_retired=False)] == [
            "Walking an hour"]
        assert [p.rated_on for p in diary.pgic_ratings(me.id or 0)] == [date(2026, 2, 5)]
    finally:
        diary.close()


def test_refusals_name_the_problem_and_write_nothing(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", db_url]
    assert _run([*db, "outcomes", "psfs", "add", "Stairs", "--on", "2026-01-05"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as usage:  # argparse: a score out of range
        _run([*db, "outcomes", "psfs", "rate", "1", "11"])
    assert usage.value.code == 2
    assert "must be a whole number from 0 to 10, not '11'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        _run([*db, "outcomes", "pgic", "add", "0"])
    capsys.readouterr()
    assert _run([*db, "outcomes", "psfs", "rate", "Gardening", "4"]) == 2
    assert "no PSFS activity 'Gardening'" in capsys.readouterr().err
    assert _run([*db, "outcomes", "psfs", "rate", "1", "4", "--on", "2025-12-31"]) == 1
    assert "before the activity was added" in capsys.readouterr().err
    for n in range(4):
        assert _run([*db, "outcomes", "psfs", "add", f"Activity {n}", "--on", "2026-01-06"]) == 0
    capsys.readouterr()
    assert _run([*db, "outcomes", "psfs", "add", "One more", "--on", "2026-01-07"]) == 1
    assert "5 activities are already in use" in capsys.readouterr().err
    assert _run([*db, "outcomes", "--from", "2026-02-01", "--to", "2026-01-01"]) == 2
    assert "--to must not be before --from" in capsys.readouterr().err
    assert _run([*db, "outcomes", "pgic", "list", "--profile", "Nobody"]) == 2
    assert "no profile called 'Nobody'" in capsys.readouterr().err
    diary = Diary.open(db_url)
    try:
        me = diary.default_profile()
        assert diary.psfs_ratings(me.id or 0) == [] and diary.pgic_ratings(me.id or 0) == []
        assert len(diary.psfs_activities(me.id or 0)) == 5
    finally:
        diary.close()


def test_a_read_command_never_creates_a_diary(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    assert _run(["--db", str(missing), "outcomes"]) == 1
    assert "no diary" in capsys.readouterr().err
    assert not missing.exists()
