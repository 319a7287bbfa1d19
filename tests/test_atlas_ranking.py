"""The atlas ranking on a table of classic presentations (docs/atlas.md, "How candidates are
ranked").

Each row: the regions marked (right side; every row is checked mirrored on the left too), the
textbook first choice - the muscle the pain guides (Travell & Simons' pain guides as reproduced
in shared/reference/pain_guide.json) name first for pain there, or the classic muscle of a named
pattern - which must rank first or second, and the other classic culprits, which must be in the
top five.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from bodymap.anatomy import atlas

Row = tuple[str, list[str], tuple[str, ...], tuple[str, ...]]

# (what, regions, first choice (any of these at rank 1-2), classic muscles in the top 5)
CLASSIC: list[Row] = [
    # head and face
    ("temple", ["temple.right"], ("upper_trapezius",), ("temporalis", "sternocleidomastoid")),
    ("forehead", ["forehead"], ("sternocleidomastoid",), ("semispinalis_capitis", "occipitofrontalis")),
    ("eye socket alone", ["orbit.right"], ("sternocleidomastoid",), ("temporalis", "splenius_cervicis")),
    ("eye and cheek: the 'sinus' picture", ["orbit.right", "cheek.right"],
     ("sternocleidomastoid",), ("masseter",)),
    ("top of the head", ["scalp_top"], ("splenius_capitis", "sternocleidomastoid"), ()),
    ("back of the head", ["occiput.right", "head_back"],
     ("upper_trapezius", "semispinalis_capitis"), ("suboccipitals", "sternocleidomastoid")),
    ("jaw joint", ["jaw_joint.right"], ("lateral_pterygoid",), ("masseter", "medial_pterygoid")),
    ("ear ache without an ear problem", ["ear.right"], ("lateral_pterygoid",), ("masseter",)),
    ("jaw", ["jaw.right"], ("masseter",), ("lateral_pterygoid",)),
    ("cheek", ["cheek.right"], ("masseter", "sternocleidomastoid"), ("lateral_pterygoid",)),
    ("toothache without a dental cause", ["mouth"], ("temporalis", "masseter"), ("digastric",)),
    # neck and shoulder
    ("back of the neck", ["neck_back.right"], ("upper_trapezius",), ("levator_scapulae",)),
    ("'question mark' up the neck to the temple",
     ["neck_side.right", "occiput.right", "temple.right"], ("upper_trapezius",), ()),
    ("top of the shoulder", ["shoulder_top.right"], ("upper_trapezius", "levator_scapulae"), ()),
    ("throat and front of the neck", ["throat"], ("sternocleidomastoid",), ("digastric",)),
    ("front of the shoulder", ["shoulder_front.right"], ("infraspinatus",), ("deltoid",)),
    ("outer shoulder", ["shoulder_side.right"], ("infraspinatus", "deltoid"), ("supraspinatus",)),
    ("front of the upper arm", ["upper_arm_front.right"], ("scalenes",), ("biceps_brachii",)),
    ("back of the upper arm", ["upper_arm_back.right"], ("scalenes", "triceps_brachii"), ()),
    ("between the shoulder blades", ["between_shoulder_blades.right"], ("scalenes",),
     ("rhomboids",)),
    ("scalene pattern: chest, arm and hand",
     ["chest_upper.right", "upper_arm_front.right", "upper_arm_back.right",
      "between_shoulder_blades.right", "thumb_back.right"], ("scalenes",), ()),
    ("lower corner of the shoulder blade", ["shoulder_blade.right"],
     ("scalenes", "latissimus_dorsi", "levator_scapulae"), ()),
    # chest and arm
    ("front of the chest", ["chest_upper.right", "breast.right"], ("pectoralis_major",),
     ("pectoralis_minor",)),
    ("breastbone", ["sternum"], ("pectoralis_major", "sternalis"), ()),
    ("side of the chest", ["ribs_side.right"], ("serratus_anterior",), ("intercostals",)),
    ("outer elbow ('tennis elbow')", ["elbow_outer.right"],
     ("extensor_carpi_radialis", "triceps_brachii"), ("supinator", "brachioradialis")),
    ("inner elbow ('golfer's elbow')", ["elbow_inner.right"], ("triceps_brachii",), ()),
    ("palm side of the wrist", ["wrist_front.right"], ("opponens_pollicis", "forearm_flexors"), ()),
    ("back of the wrist and hand", ["wrist_back.right", "hand_back.right"],
     ("subscapularis", "extensor_carpi_radialis"), ()),
    ("base of the thumb", ["thumb_front.right", "thumb_back.right"],
     ("brachialis", "scalenes", "adductor_pollicis", "opponens_pollicis"), ()),
    # trunk
    ("middle back", ["back_middle.right"], ("paraspinals_thoracolumbar",), ("multifidus",)),
    ("low back", ["back_lower.right"], ("gluteus_medius",),
     ("iliopsoas", "multifidus", "quadratus_lumborum")),
    ("low back and sacrum", ["back_lower.right", "sacrum.right"],
     ("quadratus_lumborum", "gluteus_medius"), ("multifidus",)),
    ("tailbone", ["tailbone"], ("coccygeus", "levator_ani"), ()),
    ("belly", ["abdomen_lower.right", "abdomen_upper.right"], ("rectus_abdominis",),
     ("abdominal_obliques",)),
    # hip and thigh
    ("buttock", ["buttock.right"], ("gluteus_minimus", "gluteus_medius"),
     ("gluteus_maximus",)),
    ("piriformis pattern: buttock, sacrum, back of the thigh",
     ["buttock.right", "sacrum.right", "thigh_back.right"], ("piriformis", "gluteus_minimus"), ()),
    ("'pseudo-sciatica' down the back of the leg",
     ["buttock.right", "thigh_back.right", "calf.right"], ("gluteus_minimus",), ("hamstrings",)),
    ("outer hip", ["hip_outer.right"], ("gluteus_minimus", "gluteus_medius"),
     ("gluteus_minimus", "gluteus_medius", "tensor_fasciae_latae")),
    ("groin", ["groin.right"], ("pectineus", "adductor_longus_brevis"), ("iliopsoas",)),
    ("iliopsoas pattern: low back and front of the thigh",
     ["back_lower.right", "groin.right", "thigh_front.right"], ("iliopsoas",), ()),
    ("front of the thigh", ["thigh_front.right"], ("adductor_longus_brevis", "iliopsoas"), ()),
    ("inner thigh", ["thigh_inner.right"], ("pectineus", "vastus_medialis"), ("gracilis",)),
    ("outer thigh", ["thigh_outer.right"], ("gluteus_minimus", "vastus_lateralis"),
     ("tensor_fasciae_latae",)),
    ("back of the thigh", ["thigh_back.right"], ("gluteus_minimus", "hamstrings"), ()),
    # knee and leg
    ("front of the knee", ["knee_front.right"], ("rectus_femoris", "vastus_medialis"), ()),
    ("inner knee", ["knee_inner.right"], ("vastus_medialis",), ()),
    ("outer knee", ["knee_outer.right"], ("vastus_lateralis",), ()),
    ("back of the knee", ["knee_back.right"], ("gastrocnemius", "hamstrings"), ("popliteus",)),
    ("shin", ["shin.right"], ("tibialis_anterior",), ()),
    ("calf", ["calf.right"], ("soleus", "gastrocnemius"), ("soleus", "gastrocnemius")),
    ("outer lower leg", ["leg_outer.right"], ("gastrocnemius", "peroneals", "gluteus_minimus"),
     ("peroneals",)),
    ("front of the ankle", ["ankle_front.right"], ("tibialis_anterior",),
     ("extensor_digitorum_longus",)),
    ("Achilles tendon", ["achilles.right"], ("soleus",), ("tibialis_posterior",)),
    ("heel", ["heel.right"], ("soleus", "quadratus_plantae"), ("abductor_hallucis",)),
    ("arch of the foot", ["sole.right"], ("gastrocnemius", "foot_flexors_long"), ()),
    ("ball of the foot", ["toes_sole.right"], ("foot_flexors_long", "flexor_digitorum_brevis"), ()),
    ("top of the foot", ["foot_top.right"], ("short_toe_extensors", "extensor_digitorum_longus"),
     ("extensor_hallucis_longus",)),
    ("top of the toes", ["toes.right"], ("tibialis_anterior", "foot_interossei"),
     ("extensor_hallucis_longus",)),
]


def _mirror(region: str) -> str:
    if region.endswith(".right"):
        return region[:-6] + ".left"
    return region


def _ranks(regions: list[str]) -> dict[str, int]:
    return {c.muscle.key: i for i, c in enumerate(atlas.candidates(regions), 1)}


def test_the_table_is_big_enough() -> None:
    assert len(CLASSIC) >= 30
    keys = {m.key for m in atlas.muscles()}
    for what, _regions, first, classic in CLASSIC:
        assert set(first) | set(classic) <= keys, what


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize(("what", "regions", "first", "classic"), CLASSIC,
                         ids=[row[0] for row in CLASSIC])
def test_classic_presentation(what: str, regions: list[str], first: tuple[str, ...],
                              classic: tuple[str, ...], side: str) -> None:
    marked = regions if side == "right" else [_mirror(r) for r in regions]
    ranks = _ranks(marked)
    top = [k for k, _ in sorted(ranks.items(), key=lambda kv: kv[1])[:6]]
    best = min(ranks.get(k, 99) for k in first)
    assert best <= 2, f"{what}: first choice {first} at rank {best}; top: {top}"
    for key in classic:
        assert ranks.get(key, 99) <= 5, f"{what}: {key} at rank {ranks.get(key)}; top: {top}"


# ------------------------------------------------------------------------- the formula


def test_score_is_the_documented_sum() -> None:
    for c in atlas.candidates(["temple.right", "orbit.right"]):
        expected = (atlas.FIT_WEIGHT * c.fit + atlas.PRIOR_WEIGHT * c.prior
                    + atlas.LOCAL_WEIGHT * c.local)
        assert math.isclose(c.score, expected, abs_tol=1e-12)
        assert 0 < c.score <= 1.0


def test_prior_follows_the_order_of_the_pain_guides() -> None:
    # eye socket: SCM first, temporalis second in the guide
    assert atlas.prior("sternocleidomastoid", "orbit.right") == 1.0
    assert atlas.prior_rank("temporalis", "orbit.left") == 2
    assert 0 < atlas.prior("temporalis", "orbit.right") < 1.0
    assert atlas.prior("gluteus_medius", "orbit.right") == 0.0
    # the decay is the documented one
    rank = atlas.prior_rank("deltoid", "shoulder_front.right")
    assert rank is not None
    assert math.isclose(atlas.prior("deltoid", "shoulder_front.right"),
                        1 / (1 + atlas.PRIOR_DECAY * (rank - 1)))


def test_local_pain_at_the_trigger_point_is_coded() -> None:
    # the upper trapezius refers up the neck, but its trigger point sits on top of the shoulder
    found = {c.muscle.key: c for c in atlas.candidates(["shoulder_top.right"])}
    ut = found["upper_trapezius"]
    assert ("shoulder_top.right", atlas.LOCAL) in ut.matched
    assert ut.local == 1.0
    assert atlas.get("upper_trapezius").local_regions("left") == ("shoulder_top.left",)


def test_ties_are_broken_by_the_prior_not_the_alphabet() -> None:
    found = atlas.candidates(["calf.right", "calf.left"])
    for a, b in zip(found, found[1:], strict=False):
        if math.isclose(a.score, b.score, abs_tol=1e-9):
            assert a.prior >= b.prior - 1e-9


def test_a_single_essential_hit_is_not_a_strong_match() -> None:
    # an essential zone the pain guides do not name for the place: "possible", not "common"
    found = {c.muscle.key: c for c in atlas.candidates(["orbit.right"])}
    assert found["sternocleidomastoid"].likelihood == atlas.COMMON
    weak = [c for c in found.values() if c.prior == 0 and c.local == 0]
    assert weak and all(c.likelihood != atlas.COMMON for c in weak)
    # spillover only: "rarely"
    spill = [c for c in found.values()
             if all(s == atlas.SPILLOVER for _, s in c.matched) and c.prior == 0]
    assert spill and all(c.likelihood == atlas.RARE for c in spill)


@pytest.mark.parametrize(("score", "word"), [
    (0.95, atlas.COMMON), (atlas.COMMON_AT, atlas.COMMON), (0.6, atlas.POSSIBLE),
    (atlas.POSSIBLE_AT, atlas.POSSIBLE), (0.2, atlas.RARE),
])
def test_likelihood_words(score: float, word: str) -> None:
    assert atlas.likelihood(score) == word


def test_review_findings_are_fixed() -> None:
    # outer hip: both small gluteals have it as an essential zone
    for key in ("gluteus_medius", "gluteus_minimus"):
        zones = {z.region: z.strength for z in atlas.get(key).zones("right")}
        assert zones["hip_outer.right"] == atlas.ESSENTIAL, key
    # calf coded essential for both calf muscles, and they rank first and second
    for key in ("gastrocnemius", "soleus"):
        zones = {z.region: z.strength for z in atlas.get(key).zones("right")}
        assert zones["calf.right"] == atlas.ESSENTIAL, key
    assert {c.muscle.key for c in atlas.candidates(["calf.right"], limit=2)} == {
        "gastrocnemius", "soleus"}
    assert "sternocleidomastoid" in [c.muscle.key for c in atlas.candidates(["orbit.right"], 2)]
    assert "infraspinatus" in [
        c.muscle.key for c in atlas.candidates(["shoulder_front.right"], 2)]


def test_muscles_at_puts_the_site_under_the_click_first() -> None:
    regions = pytest.importorskip("bodymap.anatomy.regions")
    site = atlas.get("upper_trapezius").sites("right")[0]
    region = regions.region_at(site.view, site.x, site.y)
    found = atlas.muscles_at(site.view, site.x + 2, site.y - 2, region)
    assert found[0] == (atlas.get("upper_trapezius"), "site")
    assert len({m.key for m, _ in found}) == len(found)
    # then the muscles that refer to the clicked region
    assert any(why == "refers" for _, why in found)
    # anywhere in the region (here its inside point, far from the site), the muscle whose site
    # is in the clicked region comes before the sites of the neighbouring regions
    for view in ("front", "back"):
        x, y = regions.inside_point(view, "shoulder_top.right")
        found = atlas.muscles_at(view, x, y, "shoulder_top.right")
        assert found[0] == (atlas.get("upper_trapezius"), "site"), (view, found[:3])
        left = atlas.muscles_at(view, 600 - x, y, "shoulder_top.left")
        assert left[0][0].key == "upper_trapezius"


# ------------------------------------------------- a guessed muscle is never saved (pytest-qt)


@pytest.fixture
def window(qtbot: Any, diary: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from PySide6.QtWidgets import QMessageBox

    from bodymap.app import create_application
    from bodymap.ui.main_window import MainWindow

    create_application()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def _offered(combo: Any) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]


@pytest.mark.parametrize("where", ["site", "inside"])
@pytest.mark.parametrize("view", ["back", "front"])
def test_a_new_trigger_points_muscle_stays_not_sure_until_picked(
        qtbot: Any, window: Any, diary: Any, view: str, where: str) -> None:
    from PySide6.QtCore import Qt

    from bodymap.anatomy import regions as anatomy
    from bodymap.map.tools import Tool

    doc, panel = window.document, window.mark_panel
    window.tool_actions[Tool.TRIGGER_POINT].trigger()
    # near the top of the right shoulder, a little off the upper trapezius's site
    site = next(s for s in atlas.get("upper_trapezius").sites("right") if s.view == view)
    x, y = (site.x + 3, site.y + 1) if where == "site" else anatomy.inside_point(
        view, "shoulder_top.right")
    assert anatomy.region_at(view, x, y) == "shoulder_top.right"
    map_view = window.map_widget.show_view(view)
    qtbot.mouseClick(map_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=map_view.mapFromScene(x, y))
    (tp,) = doc.marks()
    assert tp.kind == "trigger_point" and tp.muscle_key is None

    # the panel says "Not sure" and offers the upper trapezius first
    combo = panel.muscle_combo
    assert combo.currentIndex() == 0 and combo.currentData() is None
    assert combo.itemText(0) == "Not sure"
    offered = _offered(combo)
    assert offered[0] == "upper_trapezius"
    assert combo.itemData(1) == "upper_trapezius"
    assert "levator_scapulae" in offered[:6]
    assert all("chose" not in combo.itemText(i) for i in range(combo.count()))

    # saved as it is: no muscle
    assert window.save_episode()
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=5000)
    (summary,) = diary.list_episodes(window.profile.id or 0)
    (saved,) = diary.get_episode(summary.id).marks
    assert saved.muscle_key is None

    # the person picks the muscle: now it is saved
    index = combo.findData("upper_trapezius")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert doc.mark(tp.uuid).muscle_key == "upper_trapezius"
    assert window.save_episode()
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=5000)
    (saved,) = diary.get_episode(summary.id).marks
    assert saved.muscle_key == "upper_trapezius"


def test_the_scoring_kept_per_muscle_is_that_muscles_own() -> None:
    """What _score keeps of a muscle (its pattern, weights and sites, made once per side) is
    always the pattern of the muscle asked about: another muscle object, even of the same key
    and made after the first is gone, is scored by its own zones."""
    import dataclasses
    import gc

    muscle = next(m for m in atlas._atlas() if len(m.zones_right) >= 2)
    zones = muscle.zones_right
    marked = {zones[0].region: 1.0}
    first = atlas._score(marked, 1.0, muscle, "right")
    assert first[0] > 0
    for _ in range(3):  # objects made and dropped: a new one may get the id of an old one
        narrower = dataclasses.replace(muscle, zones_right=zones[1:], sites_right=())
        without = atlas._score(marked, 1.0, narrower, "right")
        expected_pattern = {z.region for z in narrower.pattern("right")}
        assert (zones[0].region in expected_pattern) == (without[0] > 0)
        assert without != first
        del narrower
        gc.collect()
    assert atlas._score(marked, 1.0, muscle, "right") == first


def test_the_ranking_prepared_ahead_ranks_as_made_on_demand() -> None:
    """prepare_ranking (the window's warm-up) makes every muscle's scoring for each side; the
    ranking afterwards is the ranking made without it."""
    region = next(iter(atlas._atlas()[0].pattern("right"))).region
    atlas._SCORING.clear()
    on_demand = [(c.muscle.key, c.side, c.score) for c in atlas.candidates([region])]
    atlas._SCORING.clear()
    atlas.prepare_ranking()
    prepared = {(id(m), side) for m in atlas._atlas() for side in ("right", "left", "both")}
    assert prepared <= atlas._SCORING.keys()
    assert [(c.muscle.key, c.side, c.score) for c in atlas.candidates([region])] == on_demand


def test_the_atlas_is_built_once_when_two_threads_ask_for_it_at_once(monkeypatch) -> None:  # noqa: ANN001
    """The warm-up thread lays the atlas out while the first mark may already ask for it: the
    second asker waits for the first's atlas instead of building another beside it."""
    import threading
    import time

    from bodymap.anatomy import atlas

    built: list[str] = []
    real_build = atlas._build
    inside = threading.Event()

    def slow_build(*args):  # noqa: ANN002, ANN202
        built.append(threading.current_thread().name)
        inside.set()
        time.sleep(0.2)
        return real_build(*args)

    atlas._atlas_in.cache_clear()
    monkeypatch.setattr(atlas, "_build", slow_build)
    try:
        got: list[object] = []
        warm_up = threading.Thread(target=lambda: got.append(atlas.muscles()), name="warm-up")
        warm_up.start()
        assert inside.wait(10)
        mine = atlas.muscles()
        warm_up.join(10)
        assert built == ["warm-up"]
        assert got == [mine]
    finally:
        atlas._atlas_in.cache_clear()


def test_the_warm_up_lays_the_atlas_out_before_importing_the_later_panels(monkeypatch) -> None:  # noqa: ANN001
    from bodymap.anatomy import atlas
    from bodymap.ui import diary_loader

    atlas._atlas_in.cache_clear()
    atlas._SCORING.clear()
    seen: list[int] = []
    monkeypatch.setattr(diary_loader, "prepare_window_modules", lambda names: seen.append(len(atlas._SCORING)))
    diary_loader.prepare_later_modules()
    assert seen and seen[0] > 0
