"""Tests of the trigger-point atlas (bodymap.anatomy.atlas) and of ``bodymap atlas``."""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

import pytest

from bodymap.anatomy import atlas
from bodymap.anatomy.regions import REGIONS
from bodymap.commands import atlas as atlas_cmd

MUSCLES = atlas.muscles()
BY_KEY = {m.key: m for m in MUSCLES}


def _mirror(region: str) -> str:
    if region.endswith(".right"):
        return region[:-6] + ".left"
    if region.endswith(".left"):
        return region[:-5] + ".right"
    return region


# ------------------------------------------------------------------------------ content


def test_at_least_80_muscles_with_all_three_names() -> None:
    assert len(MUSCLES) >= 80
    assert len(BY_KEY) == len(MUSCLES), "keys must be unique"
    for m in MUSCLES:
        assert m.key.isidentifier() and m.key == m.key.lower()
        for lang in ("en", "it", "latin"):
            assert m.names[lang].strip(), (m.key, lang)
        # "Diaphragma" is the Latin anatomical name as it stands (no "musculus")
        assert m.names.latin.startswith("Musc") or m.names.latin == "Diaphragma", m.key


def test_every_muscle_is_complete() -> None:
    for m in MUSCLES:
        assert m.sites_right, m.key
        assert any(z.strength == atlas.ESSENTIAL for z in m.zones_right), m.key
        assert m.side_rule in ("same", "both"), m.key
        assert m.mistaken_for and m.perpetuated_by, m.key
        assert m.self_care and set(m.self_care) <= {
            "stretch", "pressure", "heat", "habits", "caution", "breathing", "note"}, m.key
        assert m.sources and "S_TS" in m.sources, m.key
        for s in m.sites_right:
            assert s.text.strip(), m.key


def test_data_is_stored_for_the_right_side() -> None:
    for m in MUSCLES:
        for region in [s.region for s in m.sites_right] + [z.region for z in m.zones_right]:
            assert not region.endswith(".left"), (m.key, region)
        for s in m.sites_right:
            assert s.view in ("front", "back", "head_right", "soles"), (m.key, s.view)


def test_uncertain_flags_are_carried() -> None:
    flagged = {m.key for m in MUSCLES if m.uncertain}
    assert flagged == {"pronator_teres", "sternalis", "abdominal_obliques"}


def test_side_rule_same_mirrors_the_zones() -> None:
    for m in MUSCLES:
        right = {(z.region, z.strength) for z in m.zones("right")}
        left = {(z.region, z.strength) for z in m.zones("left")}
        mirrored = {(_mirror(z.region), z.strength) for z in m.zones_right}
        if m.side_rule == "same":
            assert right == {(z.region, z.strength) for z in m.zones_right}
            assert left == mirrored
        else:
            both = {(z.region, z.strength) for z in m.zones_right} | mirrored
            assert right == left == both
            continue
        for z in m.zones("left"):
            assert not z.region.endswith(".right"), (m.key, z.region)


def test_rectus_abdominis_refers_to_both_sides() -> None:
    m = atlas.get("rectus_abdominis")
    assert m.side_rule == "both"
    regions = {z.region for z in m.zones("right")}
    assert {"back_lower.right", "back_lower.left", "back_middle.left"} <= regions
    assert {z.region for z in m.zones("left")} == regions


def test_sites_mirror_to_the_left() -> None:
    for m in MUSCLES:
        left = m.sites("left")
        assert len(left) == len(m.sites_right)
        for r, lt in zip(m.sites_right, left, strict=True):
            assert lt.region == _mirror(r.region)
            assert lt.view == {"head_right": "head_left"}.get(r.view, r.view)
            assert lt.text == r.text
        assert m.sites("both") == m.sites_right + left
    with pytest.raises(ValueError):
        MUSCLES[0].sites("middle")


# --------------------------------------------------------------------- look-up and search


@pytest.mark.parametrize(("name", "key"), [
    ("sternocleidomastoid", "sternocleidomastoid"),
    ("SCM", "sternocleidomastoid"),
    ("Sternocleidomastoideo", "sternocleidomastoid"),
    ("musculus sternocleidomastoideus", "sternocleidomastoid"),
    ("Trapezio (fibre superiori)", "upper_trapezius"),
    ("TRAPÈZIO  fibre superiori", "upper_trapezius"),
    ("sottospinato (infraspinato)", "infraspinatus"),
    ("Musculus gluteus medius", "gluteus_medius"),
    ("upper-trapezius", "upper_trapezius"),
    ("QL", "quadratus_lumborum"),
    ("Retto dell'addome", "rectus_abdominis"),
    ("rectus femoris", "rectus_femoris"),
])
def test_get_by_any_name(name: str, key: str) -> None:
    assert atlas.get(name).key == key


def test_get_unknown_lists_close_matches() -> None:
    with pytest.raises(KeyError) as info:
        atlas.get("trapezuis")
    assert "upper_trapezius" in str(info.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("gluteo", {"gluteus_maximus", "gluteus_medius", "gluteus_minimus"}),
    ("pettorale", {"pectoralis_major", "pectoralis_minor"}),
    ("trapèzio", {"upper_trapezius", "middle_trapezius", "lower_trapezius"}),
    ("Musculus gluteus", {"gluteus_maximus", "gluteus_medius", "gluteus_minimus"}),
    ("scaleni", {"scalenes"}),
    ("vasto", {"vastus_medialis", "vastus_lateralis", "vastus_intermedius"}),
    ("pollicis", {"adductor_pollicis", "opponens_pollicis"}),
])
def test_search_in_italian_and_latin(text: str, expected: set[str]) -> None:
    assert {m.key for m in atlas.search(text)} == expected


def test_search_empty_is_empty() -> None:
    assert atlas.search("  ") == []


# ---------------------------------------------------------------------------- candidates

# Well-known pain locations -> muscles that classically refer there (Travell & Simons via the
# reference).  Each row: description, regions marked, muscles expected, within top N.
Marks = list[str] | dict[str, float]
PATTERNS: list[tuple[str, Marks, list[str], int]] = [
    ("sinus-like pain around the eye and cheek", ["orbit.right", "cheek.right"],
     ["sternocleidomastoid"], 3),
    ("pain around the eye and brow", ["orbit.right", "forehead"], ["sternocleidomastoid"], 3),
    ("behind the eye", ["orbit.right"], ["temporalis", "suboccipitals", "splenius_cervicis"], 5),
    ("temple", ["temple.right"], ["upper_trapezius", "temporalis"], 3),
    ("jaw", ["jaw.right"], ["masseter"], 1),
    ("jaw joint", ["jaw_joint.right"], ["masseter", "lateral_pterygoid"], 3),
    ("back of the head", ["occiput.right", "head_back"],
     ["suboccipitals", "semispinalis_capitis"], 5),
    ("top of the head", ["scalp_top"], ["splenius_capitis", "sternocleidomastoid"], 2),
    # the upper trapezius's trigger point sits on the top of the shoulder (local pain counts);
    # the levator scapulae refers to the angle of the neck
    ("top of the shoulder / neck angle", ["shoulder_top.right"],
     ["upper_trapezius", "levator_scapulae"], 2),
    ("top of the shoulder spreading up the neck",
     {"shoulder_top.right": 0.6, "neck_back.right": 0.2, "neck_side.right": 0.2},
     ["levator_scapulae", "upper_trapezius"], 3),
    ("front of the shoulder", ["shoulder_front.right"], ["infraspinatus"], 3),
    ("side of the shoulder", ["shoulder_side.right"], ["deltoid", "supraspinatus"], 3),
    ("outer elbow", ["elbow_outer.right"],
     ["supinator", "extensor_carpi_radialis", "brachioradialis"], 5),
    ("base of the thumb", ["thumb_front.right", "thumb_back.right"],
     ["adductor_pollicis", "opponens_pollicis", "brachialis"], 8),
    ("lower back and sacrum", ["back_lower.right", "sacrum.right"],
     ["quadratus_lumborum", "gluteus_medius", "multifidus"], 5),
    ("buttock and back of the thigh", ["buttock.right", "thigh_back.right"],
     ["gluteus_minimus", "piriformis"], 3),
    ("outer thigh", ["thigh_outer.right"],
     ["gluteus_minimus", "vastus_lateralis", "tensor_fasciae_latae"], 3),
    ("front of the knee", ["knee_front.right"], ["rectus_femoris", "vastus_medialis"], 3),
    ("heel", ["heel.right"], ["soleus", "quadratus_plantae"], 3),
    ("calf", ["calf.right"], ["gastrocnemius", "soleus"], 5),
    ("groin", ["groin.right"], ["adductor_longus_brevis", "adductor_magnus", "iliopsoas"], 5),
    ("chest", ["sternum", "chest_upper.right"], ["pectoralis_major", "sternalis"], 3),
    ("between the shoulder blades", ["between_shoulder_blades.right"],
     ["rhomboids", "scalenes", "serratus_posterior_superior"], 5),
    ("instep", ["sole.right"], ["gastrocnemius"], 3),
    ("front of the ankle and big toe", ["ankle_front.right", "toes.right"],
     ["tibialis_anterior"], 1),
    ("back of the knee", ["knee_back.right"], ["popliteus", "gastrocnemius"], 2),
    ("back of the knee, the hamstrings", ["knee_back.right"], ["hamstrings"], 5),
]


def _rank(found: list[atlas.Candidate], key: str) -> int | None:
    for i, c in enumerate(found, 1):
        if c.muscle.key == key:
            return i
    return None


@pytest.mark.parametrize(("what", "regions", "expected", "top"), PATTERNS,
                         ids=[p[0] for p in PATTERNS])
def test_classic_referral_patterns(what: str, regions: Marks, expected: list[str],
                                   top: int) -> None:
    found = atlas.candidates(regions)
    for key in expected:
        rank = _rank(found, key)
        assert rank is not None and rank <= top, (
            f"{what}: {key} ranked {rank}; top: {[c.muscle.key for c in found[:6]]}")


@pytest.mark.parametrize(("what", "regions", "expected", "top"), PATTERNS,
                         ids=[p[0] for p in PATTERNS])
def test_patterns_hold_on_the_left_side(what: str, regions: Marks, expected: list[str],
                                        top: int) -> None:
    left: Marks = ({_mirror(r): w for r, w in regions.items()} if isinstance(regions, dict)
                   else [_mirror(r) for r in regions])
    found = atlas.candidates(left)
    for key in expected:
        rank = _rank(found, key)
        assert rank is not None and rank <= top, (what, key, rank)
        side = found[rank - 1].side
        assert side in ("left", "both"), (what, key, side)


def test_candidate_side_follows_the_marks() -> None:
    right = {c.muscle.key: c for c in atlas.candidates(["temple.right"])}
    left = {c.muscle.key: c for c in atlas.candidates(["temple.left"])}
    both = {c.muscle.key: c for c in atlas.candidates(["temple.right", "temple.left"])}
    assert right["temporalis"].side == "right"
    assert left["temporalis"].side == "left"
    assert both["temporalis"].side == "both"
    assert right["temporalis"].matched == (("temple.right", "essential"),)
    assert math.isclose(right["temporalis"].score, left["temporalis"].score)


def test_essential_beats_spillover_and_specific_beats_broad() -> None:
    found = {c.muscle.key: c for c in atlas.candidates(["heel.right"])}
    # essential (soleus) above spillover only (tibialis posterior)
    assert found["soleus"].score > found["tibialis_posterior"].score
    # a small pattern fully matched (quadratus plantae: the heel only) fits better than a broad
    # one; the soleus still ranks first, as the muscle the pain guides name first for the heel
    assert found["quadratus_plantae"].fit > found["soleus"].fit
    assert found["soleus"].prior > found["quadratus_plantae"].prior
    assert 0 < found["tibialis_posterior"].score < found["soleus"].score <= 1.0


def test_weights_shift_the_ranking() -> None:
    eye = atlas.candidates({"orbit.right": 0.9, "jaw.right": 0.1})
    jaw = atlas.candidates({"orbit.right": 0.1, "jaw.right": 0.9})
    assert eye[0].muscle.key != "masseter"
    assert jaw[0].muscle.key == "masseter"


def test_candidates_are_deterministic_and_limited() -> None:
    a = atlas.candidates(["between_shoulder_blades.right", "orbit.right"])
    b = atlas.candidates(["orbit.right", "between_shoulder_blades.right"])
    assert [(c.muscle.key, c.side, c.score) for c in a] == [
        (c.muscle.key, c.side, c.score) for c in b]
    scores = [c.score for c in a]
    assert scores == sorted(scores, reverse=True)
    for x, y in zip(a, a[1:], strict=False):
        if math.isclose(x.score, y.score, abs_tol=1e-9):
            assert (-x.prior, x.muscle.key) <= (-y.prior, y.muscle.key)
    assert len(atlas.candidates(["orbit.right"], limit=2)) == 2
    assert atlas.candidates([]) == []


def test_candidates_reject_unknown_regions_and_bad_weights() -> None:
    with pytest.raises(ValueError, match="nowhere"):
        atlas.candidates(["nowhere.right"])
    with pytest.raises(ValueError):
        atlas.candidates({"orbit.right": -1.0})


# ------------------------------------------------------------------ geometry (our drawing)


@pytest.fixture()
def regions_mod() -> Any:
    """The map's geometry; only these tests are skipped while it does not exist yet."""
    return pytest.importorskip("bodymap.anatomy.regions")


def test_every_zone_and_site_region_exists_on_our_map(regions_mod: Any) -> None:
    known = set(regions_mod.REGIONS)
    for m in MUSCLES:
        for side in ("right", "left"):
            for z in m.zones(side):
                assert z.region in known, (m.key, z.region)
            for s in m.sites(side):
                assert s.region in known, (m.key, s.region)


def test_mirror_matches_the_map(regions_mod: Any) -> None:
    for m in MUSCLES:
        for z in m.zones_right:
            assert regions_mod.mirror_id(z.region) == _mirror(z.region)


@pytest.mark.parametrize("side", ["right", "left"])
def test_every_site_lies_inside_its_region(regions_mod: Any, side: str) -> None:
    for m in MUSCLES:
        for s in m.sites(side):
            assert math.isfinite(s.x) and math.isfinite(s.y), (m.key, s)
            assert regions_mod.region_at(s.view, s.x, s.y) == s.region, (m.key, side, s)


def test_left_sites_are_mirror_images(regions_mod: Any) -> None:
    width = {"front": 600, "back": 600, "head_right": 500, "head_left": 500, "soles": 400}
    for m in MUSCLES:
        for r, lt in zip(m.sites("right"), m.sites("left"), strict=True):
            # mirrored exactly unless the drawing is not symmetric there (then nudged a little)
            assert abs(lt.x - (width[r.view] - r.x)) < 25, (m.key, r, lt)
            assert abs(lt.y - r.y) < 25, (m.key, r, lt)


def test_nearest_sites_finds_each_site(regions_mod: Any) -> None:
    for m in MUSCLES:
        for side in ("right", "left"):
            for s in m.sites(side):
                found = atlas.nearest_sites(s.view, s.x, s.y, limit=10)
                hits = [(mm.key, sd, d) for mm, _, sd, d in found]
                assert (m.key, side, 0.0) in [(k, sd, round(d, 6)) for k, sd, d in hits], (
                    m.key, side, s)


def test_nearest_sites_order_and_distance(regions_mod: Any) -> None:
    scm = atlas.get("sternocleidomastoid").sites("right")[0]
    found = atlas.nearest_sites(scm.view, scm.x + 3, scm.y, max_distance=40, limit=3)
    assert found and len(found) <= 3
    dists = [d for *_, d in found]
    assert dists == sorted(dists) and all(d <= 40 for d in dists)
    assert atlas.nearest_sites("front", -500, -500) == []


# ------------------------------------------------------------------------------------ CLI


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="bodymap")
    sub = parser.add_subparsers(dest="command", required=True)
    atlas_cmd.register(sub)
    args = parser.parse_args(list(argv))
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "list", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["count"] == len(MUSCLES) >= 60
    first = data["muscles"][0]
    assert set(first) >= {"key", "en", "it", "latin", "group", "uncertain"}


def test_cli_list_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "list")
    assert code == 0 and "sternocleidomastoid" in out and "Sternocleidomastoideo" in out


def test_cli_show_json_left(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "show", "Sternocleidomastoideo", "--side", "left",
                        "--json")
    data = json.loads(out)
    assert code == 0
    assert data["key"] == "sternocleidomastoid" and data["side"] == "left"
    zones = {z["region"]: z["strength"] for z in data["zones"]}
    assert zones["orbit.left"] == "essential"
    assert all(not r.endswith(".right") for r in zones)
    assert data["sites"] and all(s["region"].endswith(".left") for s in data["sites"])
    assert data["caution"] == atlas.CAUTION


def test_cli_show_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "show", "masseter")
    # Regions by their names (in the reader's language), not their ids.
    jaw = REGIONS["jaw.right"].label
    assert code == 0 and jaw in out and "jaw.right" not in out and "not a diagnosis" in out


def test_cli_show_unknown_muscle(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "atlas", "show", "trapezuis")
    assert code == 2 and out == ""
    assert "upper_trapezius" in err


def test_cli_refer_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "refer", "orbit.right", "cheek.right", "--limit", "3",
                        "--json")
    data = json.loads(out)
    assert code == 0
    assert len(data["candidates"]) == 3
    top = data["candidates"][0]
    assert top["key"] == "sternocleidomastoid" and top["side"] == "right"
    assert {"region": "orbit.right", "strength": "essential"} in top["matched"]
    assert [c["score"] for c in data["candidates"]] == sorted(
        (c["score"] for c in data["candidates"]), reverse=True)


def test_cli_refer_weights(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "refer", "orbit.right=0.1", "jaw.right=0.9", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["regions"] == {"orbit.right": 0.1, "jaw.right": 0.9}
    assert data["candidates"][0]["key"] == "masseter"


def test_cli_refer_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "refer", "heel.right")
    assert code == 0
    assert out.splitlines()[1].split()[2] == "Soleus"


@pytest.mark.parametrize("bad", ["nowhere.right", "orbit.right=abc", "orbit.right=-2"])
def test_cli_refer_bad_region(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    code, out, err = _run(capsys, "atlas", "refer", bad)
    assert code == 2 and out == "" and err.strip()


def test_view_widths_match_the_map(regions_mod: Any) -> None:
    for view, width in atlas.VIEW_WIDTH.items():
        assert regions_mod.VIEWS[view].width == width


# ------------------------------------------------------------- new muscles and the sources

NEW_MUSCLES = {
    "popliteus": "Popliteo", "levator_ani": "Elevatore dell'ano", "coccygeus": "Coccigeo",
    "obturator_internus": "Otturatore interno", "occipitofrontalis": "Occipitofrontale",
    "orbicularis_oculi": "Orbicolare dell'occhio", "coracobrachialis": "Coracobrachiale",
    "serratus_posterior_inferior": "Dentato posteriore inferiore", "pectineus": "Pettineo",
    "anconeus": "Anconeo", "plantaris": "Plantare gracile",
    "short_toe_extensors": "Estensore breve delle dita ed estensore breve dell'alluce",
    "flexor_digitorum_brevis": "Flessore breve delle dita",
    "abductor_digiti_minimi_pedis": "Abduttore del quinto dito del piede",
    "adductor_hallucis": "Adduttore dell'alluce", "flexor_hallucis_brevis": "Flessore breve dell'alluce",
    "foot_interossei": "Interossei del piede",
    "extensor_hallucis_longus": "Estensore lungo dell'alluce",
    "peroneus_tertius": "Peroneo terzo (fibulare terzo)", "subclavius": "Succlavio",
    "diaphragm": "Diaframma", "intercostals": "Muscoli intercostali", "longus_colli": "Lungo del collo",
    "sartorius": "Sartorio", "gracilis": "Gracile", "vastus_intermedius": "Vasto intermedio",
}


@pytest.mark.parametrize(("key", "italian"), sorted(NEW_MUSCLES.items()))
def test_new_muscles_are_in_the_atlas(key: str, italian: str) -> None:
    m = atlas.get(key)
    assert m.names.it == italian
    assert atlas.get(italian) is m and atlas.get(m.names.latin) is m
    assert m.sites_right and m.zones_right and "S_TS" in m.sources


@pytest.mark.parametrize("key", sorted(NEW_MUSCLES))
def test_new_muscles_sites_lie_in_their_region_on_both_sides(regions_mod: Any, key: str) -> None:
    m = atlas.get(key)
    for side in ("right", "left"):
        for s in m.sites(side):
            assert regions_mod.region_at(s.view, s.x, s.y) == s.region, (key, side, s)
        # the site's region counts as a zone (local pain at the trigger point)
        pattern = {z.region for z in m.pattern(side)}
        assert set(m.local_regions(side)) <= pattern


def test_pelvic_floor_and_ankle_muscles_use_the_new_regions() -> None:
    # the drawing now has a perineum, outer/inner ankles and eyebrows: no nearest-region stand-ins
    zones = {key: {z.region for z in atlas.get(key).pattern("right")}
             for key in ("levator_ani", "obturator_internus", "peroneus_tertius",
                         "orbicularis_oculi")}
    assert "perineum" in zones["levator_ani"] and "perineum" in zones["obturator_internus"]
    assert "ankle_outer.right" in zones["peroneus_tertius"]
    assert "eyebrow.right" in zones["orbicularis_oculi"]
    assert [s.region for s in atlas.get("levator_ani").sites_right] == ["perineum"]
    for key in ("levator_ani", "coccygeus", "obturator_internus", "peroneus_tertius"):
        m = atlas.get(key)
        said = m.note + " ".join(s.text for s in m.sites_right)
        assert "no perineum" not in said and "no outer-ankle" not in said, key
        assert "nearest region" not in said, key


def test_head_view_sites_sit_high_in_the_neck(regions_mod: Any) -> None:
    # the suboccipitals and splenius capitis lie just under the skull, not low in the neck
    _x0, y0, _x1, y1 = regions_mod.region_bbox("head_right", "neck_back.right")
    for key, most in (("suboccipitals", 0.25), ("splenius_capitis", 0.4)):
        (site,) = [s for s in atlas.get(key).sites("right") if s.view == "head_right"]
        assert regions_mod.region_at("head_right", site.x, site.y) == "neck_back.right"
        assert (site.y - y0) / (y1 - y0) <= most, (key, site)


def test_every_source_resolves_to_a_full_citation() -> None:
    table = atlas.citations()
    for m in MUSCLES:
        for key in m.sources:
            assert key in table, (m.key, key)
            src = table[key]
            assert src.title and src.author, key
            assert src.year or src.url, key
        for text in m.citations():
            assert "S_" not in text and "PG_" not in text, text
    ts = atlas.source("S_TS")
    assert "Travell" in ts.author and ts.year and "Trigger Point Manual" in ts.title
    assert atlas.source("S_MEDLINK").url.startswith("https://www.medlink.com")
    assert "unlisted" in atlas.citation("NOPE")


def test_every_prior_names_atlas_muscles_and_known_regions(regions_mod: Any) -> None:
    parts = {r.split(".")[0] for r in regions_mod.REGIONS}
    raw = atlas._raw()["priors"]
    for part, entry in raw.items():
        assert part in parts, part
        assert entry["order"] and len(set(entry["order"])) == len(entry["order"]), part
        for key in entry["order"]:
            atlas.get(key)


def test_cli_show_prints_citations(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "show", "sternocleidomastoid")
    assert code == 0
    sources = out.split("Sources:")[1]
    assert "S_MEDLINK" not in sources and "S_TPSH" not in sources
    assert "MedLink Neurology" in sources and "https://www.medlink.com" in sources
    assert "Travell" in sources and "1999" in sources
    code, out, _ = _run(capsys, "atlas", "show", "SCM", "--json")
    data = json.loads(out)
    assert {c["key"] for c in data["citations"]} == set(data["sources"])
    assert all(c["title"] and c["text"] for c in data["citations"])


def test_cli_refer_says_how_likely(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "atlas", "refer", "calf.right", "--json")
    data = json.loads(out)
    assert code == 0
    assert [c["key"] for c in data["candidates"][:2]] == ["soleus", "gastrocnemius"]
    assert data["candidates"][0]["words"] == "a common cause of pain here"
    assert {c["likelihood"] for c in data["candidates"]} <= {"common", "possible", "rare"}
    code, out, _ = _run(capsys, "atlas", "refer", "calf.right")
    assert "strong match" not in out and "a common cause of pain here" in out


def test_report_prints_citations_for_the_muscles_named() -> None:
    from bodymap.report.render import muscle_sources_text

    text = muscle_sources_text(["Upper trapezius", "upper_trapezius", "no such muscle"])
    assert text.startswith("Muscle referral patterns from: ")
    assert "Travell" in text and "https://orleanscoreelements.com" in text
    assert "S_ORLEANS" not in text
    assert text.count("Orleans Core Elements") == 1
    assert muscle_sources_text([]) == ""
