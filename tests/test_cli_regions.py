"""``bodymap regions`` and ``bodymap locate`` through an argparse parser built here."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from bodymap.anatomy import regions as anatomy
from bodymap.commands import regions as regions_cmd


@pytest.fixture
def run(capsys):
    parser = argparse.ArgumentParser(prog="bodymap")
    sub = parser.add_subparsers()
    regions_cmd.register(sub)

    def _run(*argv: str) -> tuple[int, str, str]:
        args = parser.parse_args(list(argv))
        code = args.func(args)
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_regions_json_lists_every_region_with_geometry(run):
    code, out, err = run("regions", "--json")
    assert code == 0 and err == ""
    records = json.loads(out)
    assert [r["id"] for r in records] == list(anatomy.REGIONS)
    for rec in records:
        region = anatomy.REGIONS[rec["id"]]
        assert set(rec) == {
            "id",
            "label",
            "side",
            "views",
            "wpi_area",
            "body_region",
            "geometry",
        }
        assert rec["label"] == region.label
        assert rec["side"] in ("right", "left", "midline")
        assert rec["side"] == region.side
        assert rec["views"] == list(region.views)
        assert set(rec["geometry"]) == set(region.views)
        for view_id, geo in rec["geometry"].items():
            x0, y0, x1, y1 = geo["bbox"]
            px, py = geo["inside_point"]
            info = anatomy.VIEWS[view_id]
            assert 0 <= x0 < x1 <= info.width and 0 <= y0 < y1 <= info.height
            assert x0 <= px <= x1 and y0 <= py <= y1
            assert anatomy.region_at(view_id, px, py) == rec["id"], (view_id, rec["id"])


def test_regions_json_keeps_patient_sides():
    """Front view: the patient's right side is on the viewer's left (x < 300)."""
    records = regions_cmd.region_records("front")
    for rec in records:
        if rec["geometry"]["front"] is None:
            continue  # reported by test_regions_json_lists_every_region_with_geometry
        px, _py = rec["geometry"]["front"]["inside_point"]
        if rec["side"] == "right":
            assert px < 300, rec["id"]
        elif rec["side"] == "left":
            assert px > 300, rec["id"]
    back = regions_cmd.region_records("back")
    for rec in back:
        if rec["geometry"]["back"] is None:
            continue
        px, _py = rec["geometry"]["back"]["inside_point"]
        if rec["side"] == "right":
            assert px > 300, rec["id"]
        elif rec["side"] == "left":
            assert px < 300, rec["id"]


def test_regions_view_filter(run):
    code, out, _ = run("regions", "--view", "soles", "--json")
    assert code == 0
    records = json.loads(out)
    assert {r["id"] for r in records} == set(anatomy.regions_in_view("soles"))
    assert all(list(r["geometry"]) == ["soles"] for r in records)


def test_regions_table_is_aligned(run):
    code, out, _ = run("regions", "--view", "front")
    assert code == 0
    lines = out.splitlines()
    header, rule = lines[0], lines[1]
    assert header.split()[:3] == ["ID", "LABEL", "SIDE"]
    assert set(rule.replace(" ", "")) == {"-"}
    # every column starts where its header does
    starts = [header.index(h) for h in ("LABEL", "SIDE", "VIEW", "BBOX", "INSIDE")]
    ids = anatomy.regions_in_view("front")
    body = [line for line in lines[2:] if line.strip() and not line.endswith("regions")]
    assert len(body) == len(ids)
    for line in body:
        for s in starts:
            assert line[s - 2 : s] == "  " and line[s] != " ", (line, s)
    assert out.rstrip().endswith(f"{len(ids)} regions")


def test_regions_unknown_view(run):
    code, out, err = run("regions", "--view", "side")
    assert code == 2 and out == ""
    assert "unknown view" in err and "front" in err


def test_locate_finds_each_inside_point(run):
    for view_id in anatomy.VIEWS:
        for rec in regions_cmd.region_records(view_id):
            rid = rec["id"]
            if rec["geometry"][view_id] is None:
                continue  # reported by test_regions_json_lists_every_region_with_geometry
            x, y = anatomy.inside_point(view_id, rid)
            code, out, err = run("locate", view_id, repr(x), repr(y), "--json")
            assert code == 0 and err == ""
            payload = json.loads(out)
            assert payload["region"] == rid
            assert payload["label"] == anatomy.REGIONS[rid].label
            assert payload["view"] == view_id


def test_locate_human_output(run):
    rid = anatomy.regions_in_view("front")[0]
    x, y = anatomy.inside_point("front", rid)
    code, out, _ = run("locate", "front", str(x), str(y))
    assert code == 0
    assert out.split("\t")[0] == rid


def test_locate_outside_body_exits_1(run):
    info = anatomy.VIEWS["front"]
    x, y = 5.0, info.height - 5.0
    assert anatomy.region_at("front", x, y) is None
    code, out, err = run("locate", "front", str(x), str(y))
    assert code == 1 and out == ""
    assert "outside the body" in err
    code, out, err = run("locate", "front", str(x), str(y), "--json")
    assert code == 1 and json.loads(out)["region"] is None
    code, _out, err = run("locate", "front", "-50", "20")
    assert code == 1 and "outside the drawing" in err


def test_locate_unknown_view_exits_2(run):
    code, out, err = run("locate", "sideways", "10", "10")
    assert code == 2 and out == ""
    assert "unknown view" in err


def test_locate_bad_number_is_a_usage_error(run):
    with pytest.raises(SystemExit) as exc:
        run("locate", "front", "ten", "10")
    assert exc.value.code == 2


def test_command_module_imports_no_qt():
    code = (
        "import sys, argparse\n"
        "from bodymap.commands import regions\n"
        "p = argparse.ArgumentParser(); regions.register(p.add_subparsers())\n"
        "a = p.parse_args(['regions', '--json']); a.func(a)\n"
        # QtCore translates the texts (issue 14) and needs no display; nothing graphical loads
        "gui = ('PySide6.QtGui', 'PySide6.QtWidgets', 'PySide6.QtSvg')\n"
        "assert not any(m.startswith(gui) for m in sys.modules), 'Qt GUI imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
