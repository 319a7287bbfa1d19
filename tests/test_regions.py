"""Region geometry and metadata (pure Python, no Qt)."""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bodymap.anatomy import regions as R

ROOT = Path(__file__).resolve().parents[1]
SVG_DIR = ROOT / "assets" / "body"
CONTRACT = ROOT / "docs" / "regions-contract.md"
CRITERIA = Path("/work/shared/reference/fibromyalgia_criteria.json")
SVG_NS = "{http://www.w3.org/2000/svg}"
VIEW_IDS = ["front", "back", "head_right", "head_left", "soles"]
WPI_AREAS = {
    "jaw_left", "jaw_right", "shoulder_girdle_left", "shoulder_girdle_right", "upper_arm_left",
    "upper_arm_right", "lower_arm_left", "lower_arm_right", "hip_left", "hip_right",
    "upper_leg_left", "upper_leg_right", "lower_leg_left", "lower_leg_right", "neck",
    "upper_back", "lower_back", "chest", "abdomen",
}


def _grid(view: str, step: float = 4.0) -> list[tuple[float, float]]:
    v = R.VIEWS[view]
    # offsets chosen off the 0.1 lattice of the stored coordinates
    xs = [1.37 + step * i for i in range(int(v.width / step))]
    ys = [2.71 + step * j for j in range(int(v.height / step))]
    return [(x, y) for y in ys for x in xs]


def _contract_ids() -> dict[str, set[str]]:
    """Region ids per view, read from docs/regions-contract.md."""
    text = CONTRACT.read_text(encoding="utf-8").split("## Region ids", 1)[1]
    sections = {
        "front": text.split("front view", 1)[1].split("back view", 1)[0],
        "back": text.split("back view", 1)[1].split("head_right / head_left", 1)[0],
        "head": text.split("head_right / head_left", 1)[1].split("soles view", 1)[0],
        "soles": text.split("soles view", 1)[1].split("A region may", 1)[0],
    }
    out: dict[str, set[str]] = {}
    for name, body in sections.items():
        ids: set[str] = set()
        for tok in re.findall(r"`([a-z_]+(?:\.\{right,left\}|\.X)?)`", body):
            if tok.endswith(".{right,left}"):
                base = tok.split(".")[0]
                ids |= {f"{base}.right", f"{base}.left"}
            else:
                ids.add(tok)
        out[name] = ids
    head = out.pop("head")
    out["head_right"] = {i.replace(".X", ".right") for i in head if i != "X"}
    out["head_left"] = {i.replace(".X", ".left") for i in head if i != "X"}
    return out


def test_views_are_ordered_and_sized() -> None:
    assert list(R.VIEWS) == VIEW_IDS
    assert (R.VIEWS["front"].width, R.VIEWS["front"].height) == (600.0, 1000.0)
    assert (R.VIEWS["head_left"].width, R.VIEWS["head_left"].height) == (500.0, 500.0)
    assert (R.VIEWS["soles"].width, R.VIEWS["soles"].height) == (400.0, 500.0)
    assert R.VIEWS["front"].resource == ":/bodymap/assets/body/front.svg"
    for v in R.VIEWS.values():
        assert (SVG_DIR / v.svg_file).is_file()


@pytest.mark.parametrize("view", VIEW_IDS)
def test_contract_ids_exist_in_their_views(view: str) -> None:
    wanted = _contract_ids()[view]
    assert wanted, "the contract parser found nothing"
    have = set(R.regions_in_view(view))
    assert wanted <= have, sorted(wanted - have)
    geom = {rid for rid in have if R.region_bbox(view, rid)}
    assert geom == have


@pytest.mark.parametrize("view", VIEW_IDS)
def test_json_regions_match_metadata(view: str) -> None:
    data = json.loads((ROOT / "bodymap/anatomy/data/region_geometry.json").read_text())
    assert set(data["views"][view]["regions"]) == set(R.regions_in_view(view))


@pytest.mark.parametrize("view", VIEW_IDS)
def test_svg_ids_match_json(view: str) -> None:
    tree = ET.parse(SVG_DIR / R.VIEWS[view].svg_file)
    root = tree.getroot()
    assert root.get("viewBox") == f"0 0 {R.VIEWS[view].width:g} {R.VIEWS[view].height:g}"
    layer = next(g for g in root.iter(f"{SVG_NS}g") if g.get("id") == "layer-regions")
    ids = [p.get("id") for p in layer.iter(f"{SVG_NS}path")]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(R.regions_in_view(view))
    # region ids appear nowhere else in the drawing (guides are not clickable)
    others = {e.get("id") for e in root.iter() if e.get("id")} - set(ids)
    assert not others & set(R.REGIONS)
    for p in layer.iter(f"{SVG_NS}path"):
        d = p.get("d") or ""
        assert d.startswith("M") and d.endswith("Z")
    texts = {(t.text or "").strip() for t in root.iter(f"{SVG_NS}text")}
    assert texts & {"R", "L"}


@pytest.mark.parametrize("view", VIEW_IDS)
def test_regions_tile_the_silhouette(view: str) -> None:
    sil = tuple(tuple(r) for r in R.silhouette_rings(view))
    rings = {rid: tuple(tuple(r) for r in R.region_rings(view, rid))
             for rid in R.regions_in_view(view)}
    boxes = {rid: R.region_bbox(view, rid) for rid in rings}
    inside_count = 0
    for x, y in _grid(view):
        hits = [
            rid for rid, rr in rings.items()
            if boxes[rid][0] <= x <= boxes[rid][2] and boxes[rid][1] <= y <= boxes[rid][3]
            and R.point_in_rings(x, y, rr)
        ]
        in_body = R.point_in_rings(x, y, sil)
        assert len(hits) <= 1, (x, y, hits)
        if in_body:
            inside_count += 1
            assert len(hits) == 1, (x, y, "gap")
        else:
            assert not hits, (x, y, hits, "outside the body")
        assert R.region_at(view, x, y) == (hits[0] if hits else None)
    assert inside_count > 500


@pytest.mark.parametrize("view", VIEW_IDS)
def test_inside_points_locate_back(view: str) -> None:
    for rid in R.regions_in_view(view):
        x, y = R.inside_point(view, rid)
        x0, y0, x1, y1 = R.region_bbox(view, rid)
        assert x0 <= x <= x1 and y0 <= y <= y1
        assert R.region_at(view, x, y) == rid, rid


def test_outside_the_body_is_none() -> None:
    assert R.region_at("front", 5, 5) is None
    assert R.region_at("front", 300, 995) is None
    assert R.region_at("soles", 200, 250) is None  # between the two soles
    assert R.region_at("front", 300, 600) is None  # between the thighs


def test_patient_sides_in_front_and_back() -> None:
    for view, right_is_low_x in (("front", True), ("back", False)):
        for rid in R.regions_in_view(view):
            side = R.REGIONS[rid].side
            if side == "midline":
                continue
            x, _ = R.inside_point(view, rid)
            viewer_left = x < 300
            assert viewer_left == ((side == "right") == right_is_low_x), (view, rid, x)


def test_head_profiles_face_the_right_way() -> None:
    # head_right: face towards the viewer's right; head_left: towards the viewer's left
    nose_r = R.inside_point("head_right", "nose")[0]
    nose_l = R.inside_point("head_left", "nose")[0]
    occ_r = R.inside_point("head_right", "head_back")[0]
    assert nose_r > 250 > nose_l
    assert occ_r < 250
    assert R.inside_point("soles", "heel.right")[0] > 200 > R.inside_point("soles", "heel.left")[0]


def test_metadata() -> None:
    assert len(R.REGIONS) >= 100
    for rid, reg in R.REGIONS.items():
        assert reg.id == rid
        assert reg.label and reg.label[0].isupper()
        assert reg.side in ("right", "left", "midline")
        assert reg.views and set(reg.views) <= set(R.VIEWS)
        if reg.side != "midline":
            assert rid.endswith("." + reg.side)
            assert f"({reg.side})" in reg.label
            assert R.mirror_id(R.mirror_id(rid)) == rid != R.mirror_id(rid)
            assert R.mirror_id(rid) in R.REGIONS
        else:
            assert R.mirror_id(rid) == rid
        if reg.wpi_area is not None:
            assert reg.wpi_area in WPI_AREAS
            if reg.wpi_area.endswith(("_left", "_right")):
                assert reg.wpi_area.endswith(reg.side)
        assert reg.body_region in (None, "left_upper", "right_upper", "left_lower",
                                   "right_lower", "axial")
    assert R.mirror_id("temple.left") == "temple.right"
    assert R.REGIONS["between_shoulder_blades.right"].label == (
        "Between the shoulder blades (right)")
    assert R.REGIONS["knee_front.left"].label == "Front of the knee (left)"
    assert R.REGIONS["temple.left"].label == "Temple (left)"


def test_wpi_mapping() -> None:
    expect = {
        "jaw.left": ("jaw_left", "left_upper"),
        "shoulder_back.right": ("shoulder_girdle_right", "right_upper"),
        "elbow_inner.left": ("upper_arm_left", "left_upper"),
        "wrist_back.right": ("lower_arm_right", "right_upper"),
        "buttock.left": ("hip_left", "left_lower"),
        "hip_outer.right": ("hip_right", "right_lower"),
        "thigh_inner.left": ("upper_leg_left", "left_lower"),
        "knee_back.right": ("lower_leg_right", "right_lower"),
        "calf.left": ("lower_leg_left", "left_lower"),
        "throat": ("neck", "axial"),
        "neck_back.left": ("neck", "axial"),
        "shoulder_blade.right": ("upper_back", "axial"),
        "spine_middle": ("upper_back", "axial"),
        "tailbone": ("lower_back", "axial"),
        "sternum": ("chest", "axial"),
        "armpit.left": ("chest", "axial"),
        "navel": ("abdomen", "axial"),
    }
    for rid, (wpi, body) in expect.items():
        assert (R.REGIONS[rid].wpi_area, R.REGIONS[rid].body_region) == (wpi, body), rid
    for rid in ("forehead", "palm.left", "fingers_back.right", "toes.left", "heel.right",
                "groin.left", "pubis", "ear.right"):
        assert R.REGIONS[rid].wpi_area is None and R.REGIONS[rid].body_region is None, rid
    covered = {r.wpi_area for r in R.REGIONS.values() if r.wpi_area}
    assert covered == WPI_AREAS
    if CRITERIA.is_file():
        crit = json.loads(CRITERIA.read_text())["widespread_pain_index"]["areas"]
        ref = {a["id"]: a["region_2016"] for a in crit}
        assert set(ref) == WPI_AREAS
        for reg in R.REGIONS.values():
            if reg.wpi_area:
                assert reg.body_region == ref[reg.wpi_area]


def test_region_at_is_fast() -> None:
    pts = _grid("front", step=7.0)
    R.region_at("front", 300, 500)  # load the geometry
    t0 = time.perf_counter()
    for x, y in pts:
        R.region_at("front", x, y)
    per_call = (time.perf_counter() - t0) / len(pts)
    assert per_call < 0.002, f"{per_call * 1000:.3f} ms per call"


def test_unknown_view_and_region() -> None:
    with pytest.raises(KeyError):
        R.regions_in_view("side")
    with pytest.raises(KeyError):
        R.region_bbox("front", "heel.left")
