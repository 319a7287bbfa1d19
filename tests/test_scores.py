"""Fibromyalgia measures (bodymap.anatomy.scores): pure Python, hand-computed cases."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap.anatomy import regions as R
from bodymap.anatomy import scores as S
from bodymap.anatomy.scores import PainMark, ScoreError, SymptomSeverity

CRITERIA = Path("/work/shared/reference/fibromyalgia_criteria.json")
AT = date(2025, 3, 10)


def pain(*regions: str, day: date = AT, kind: str = "pain", intensity: int = 5,
         tp_state: str | None = None) -> PainMark:
    return PainMark(local_day=day, kind=kind, intensity=intensity, tp_state=tp_state,
                    regions=tuple(regions))


def sss(f: int = 0, w: int = 0, c: int = 0, h: bool = False, a: bool = False,
        d: bool = False) -> SymptomSeverity:
    return SymptomSeverity(f, w, c, h, a, d)


# --------------------------------------------------------------------------- areas and regions


def test_areas_match_the_reference() -> None:
    assert len(S.AREAS) == 19 == len(set(S.AREA_IDS))
    assert [r.id for r in S.BODY_REGIONS] == [
        "left_upper", "right_upper", "left_lower", "right_lower", "axial"]
    if not CRITERIA.is_file():
        pytest.skip("reference file not available")
    data = json.loads(CRITERIA.read_text(encoding="utf-8"))
    ref = data["widespread_pain_index"]["areas"]
    assert [a["id"] for a in ref] == list(S.AREA_IDS)
    for a, r in zip(S.AREAS, ref, strict=True):
        assert (a.name, a.name_it, a.body_region, a.counts_for_generalized) == (
            r["name"], r["name_it_informal"], r["region_2016"],
            r["counts_for_generalized_pain_2016"])
    for region in data["acr_2016_revision"]["regions"]:
        assert sorted(region["wpi_areas"]) == sorted(
            a.id for a in S.AREAS if a.body_region == region["id"])
    tps = data["acr_1990_classification"]["tender_points"]
    assert sorted(f"{t['id']}_{side}" for t in tps for side in ("left", "right")) == sorted(
        S.TENDER_POINT_IDS)


def test_every_area_is_reachable_from_the_drawing() -> None:
    for area in S.AREA_IDS:
        rids = S.regions_of_area(area)
        assert rids, area
        for rid in rids:
            assert rid in R.REGIONS and S.region_to_area(rid) == area
            if area.endswith(("_left", "_right")):
                assert rid.endswith("." + area.rsplit("_", 1)[1]), (area, rid)


@pytest.mark.parametrize(("rid", "area"), [
    # the judgement calls (docs/fibromyalgia.md)
    ("elbow_front.left", "lower_arm_left"),
    ("elbow_back.right", "lower_arm_right"),
    ("elbow_inner.left", "lower_arm_left"),
    ("elbow_outer.right", "lower_arm_right"),
    ("wrist_front.left", None),
    ("wrist_back.right", None),
    ("knee_front.left", "lower_leg_left"),
    ("knee_back.right", "lower_leg_right"),
    ("knee_inner.left", "lower_leg_left"),
    ("ankle_front.right", None),
    ("achilles.left", None),
    ("groin.left", "abdomen"),
    ("groin.right", "abdomen"),
    ("pubis", "abdomen"),
    ("shoulder_blade.left", "upper_back"),
    ("shoulder_blade.right", "upper_back"),
    # head, hands and feet count for no area; the jaw does
    ("forehead", None), ("temple.left", None), ("occiput.right", None), ("chin", None),
    ("jaw.left", "jaw_left"), ("jaw_joint.right", "jaw_right"),
    ("palm.left", None), ("hand_back.right", None), ("fingers_front.left", None),
    ("thumb_back.right", None),
    ("foot_top.left", None), ("toes.right", None), ("sole.left", None), ("heel.right", None),
    ("toes_sole.left", None),
    # plain ones
    ("shoulder_top.left", "shoulder_girdle_left"), ("forearm_back.right", "lower_arm_right"),
    ("buttock.left", "hip_left"), ("hip_outer.right", "hip_right"),
    ("thigh_back.left", "upper_leg_left"), ("calf.right", "lower_leg_right"),
    ("throat", "neck"), ("spine_middle", "upper_back"), ("tailbone", "lower_back"),
    ("sternum", "chest"), ("navel", "abdomen"),
    # not a region at all
    ("no_such_region.left", None),
])
def test_region_to_area(rid: str, area: str | None) -> None:
    assert S.region_to_area(rid) == area


# --------------------------------------------------------------------------- WPI


def test_left_and_right_jaw_count_separately_and_all_19_areas() -> None:
    assert S.wpi_from_marks([pain("jaw.left", "jaw_joint.left")], AT).score == 1
    res = S.wpi_from_marks([pain("jaw.left"), pain("jaw_joint.right")], AT)
    assert res.score == 2 and res.areas == {"jaw_left", "jaw_right"}
    every = [pain(S.regions_of_area(a)[0]) for a in S.AREA_IDS]
    every += [pain(*S.regions_of_area(a)) for a in S.AREA_IDS]  # repeats change nothing
    res = S.wpi_from_marks(every, AT)
    assert res.score == 19 and res.sorted_areas() == list(S.AREA_IDS)
    assert res.generalized and res.body_regions == set(S.BODY_REGION_IDS)


def test_jaw_chest_abdomen_count_in_wpi_but_not_for_generalized_pain() -> None:
    marks = [pain("jaw.left", "jaw.right", "sternum", "navel", "groin.left"),
             pain("buttock.left"), pain("hip_outer.right")]
    res = S.wpi_from_marks(marks, AT)
    # jaw L, jaw R, chest, abdomen (navel + groin), hip L, hip R
    assert res.score == 6
    assert res.by_area["abdomen"] == ["groin.left", "navel"]
    # only the two lower regions: jaws do not light the upper ones, chest/abdomen not the axial
    assert res.body_regions == {"left_lower", "right_lower"}
    assert not res.generalized
    # the same four "excluded" areas plus neck, both shoulders: 4 regions -> generalized
    more = S.wpi_from_marks([*marks, pain("neck_back.left", "shoulder_top.left")], AT)
    assert more.score == 8 and more.body_regions == {"left_lower", "right_lower", "axial",
                                                    "left_upper"}
    assert more.generalized
    assert S.generalized_pain({"jaw_left", "jaw_right", "chest", "abdomen", "hip_left"}) is False
    assert S.positive_body_regions({"jaw_left", "jaw_right", "chest", "abdomen"}) == set()


def test_seven_day_window() -> None:
    marks = [
        pain("calf.left", day=AT - timedelta(days=8)),       # not counted
        pain("calf.right", day=AT - timedelta(days=7)),      # not counted: the 8th day back
        pain("neck_back.left", day=AT - timedelta(days=6)),  # counted: the first day of 7
        pain("thigh_front.left", day=AT),                    # counted
        pain("sternum", day=AT + timedelta(days=1)),         # after the day asked: not counted
    ]
    res = S.wpi_from_marks(marks, AT)
    assert res.areas == {"neck", "upper_leg_left"} and res.score == 2
    assert S.wpi_window(AT) == (date(2025, 3, 4), AT)
    # a day later the neck (now 7 days back) drops out and the chest comes in
    assert S.wpi_from_marks(marks, AT + timedelta(days=1)).areas == {"upper_leg_left", "chest"}


def test_what_counts() -> None:
    marks = [
        pain("calf.left", kind="tender_point", intensity=8),
        pain("calf.right", kind="trigger_point", tp_state="resolved", intensity=6),
        pain("sternum", kind="pain", intensity=0),
        pain("upper_arm_front.left", kind="trigger_point", tp_state="active", intensity=4),
        pain("upper_arm_front.right", kind="trigger_point", tp_state="latent", intensity=1),
        pain("neck_side.left", kind="referred_area", intensity=3),
        pain("back_lower.left", kind="spasm", intensity=2),
        pain("thigh_front.left", kind="pain", intensity=1),
        pain("palm.left", "forehead", kind="pain", intensity=9),  # no area
        # symptoms on the chart, not pain (as the store's SQL form, assessments._counting)
        pain("shin.left", kind="paraesthesia", intensity=7),
        pain("forearm_front.left", kind="numbness", intensity=6),
    ]
    res = S.wpi_from_marks(marks, AT)
    assert res.areas == {"upper_arm_left", "upper_arm_right", "neck", "lower_back",
                         "upper_leg_left"}
    assert not S.counts_for_wpi(marks[0]) and not S.counts_for_wpi(marks[1])
    assert not S.counts_for_wpi(marks[2])
    assert not S.counts_for_wpi(marks[-2]) and not S.counts_for_wpi(marks[-1])
    assert S.wpi_from_marks([], AT) == S.WpiResult(0, frozenset(), {})


def test_wpi_from_areas_checks_ids() -> None:
    assert S.wpi_from_areas(["neck", "neck", "chest"]) == 2
    with pytest.raises(ScoreError) as e:
        S.wpi_from_areas(["shoulder_left"])
    assert e.value.field == "wpi_areas"


_ALL_REGIONS = sorted(R.REGIONS)
_KINDS = ["pain", "referred_area", "trigger_point", "spasm", "tender_point"]
_marks = st.builds(
    PainMark,
    local_day=st.dates(min_value=AT - timedelta(days=12), max_value=AT + timedelta(days=3)),
    kind=st.sampled_from(_KINDS),
    intensity=st.integers(0, 10),
    tp_state=st.sampled_from([None, "active", "latent", "resolved"]),
    regions=st.lists(st.sampled_from(_ALL_REGIONS), max_size=8).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_marks, max_size=40))
def test_wpi_property(marks: list[PainMark]) -> None:
    res = S.wpi_from_marks(marks, AT)
    expected: set[str] = set()
    for m in marks:
        qualifies = (AT - timedelta(days=6) <= m.local_day <= AT and m.intensity >= 1
                     and m.kind != "tender_point"
                     and not (m.kind == "trigger_point" and m.tp_state == "resolved"))
        if qualifies:
            expected |= {a for r in m.regions if (a := S.region_to_area(r)) is not None}
    assert 0 <= res.score <= 19
    assert res.score == len(res.areas) == len(expected)
    assert res.areas == expected == set(res.by_area)
    assert all(S.region_to_area(r) == a for a, rs in res.by_area.items() for r in rs)


def test_local_day_uses_the_persons_offset() -> None:
    assert S.local_day(datetime(2025, 3, 9, 23, 30), 60) == date(2025, 3, 10)
    assert S.local_day(datetime(2025, 3, 10, 3, 0), -300) == date(2025, 3, 9)
    assert S.local_day(datetime(2025, 3, 10, 12, 0), 0) == date(2025, 3, 10)


# --------------------------------------------------------------------------- SSS and FS


def test_sss_score_and_fs() -> None:
    s = sss(3, 2, 1, True, False, True)
    assert (s.core, s.extra, s.score) == (6, 2, 8)
    assert sss(3, 3, 3, True, True, True).score == 12 and sss().score == 0
    assert S.fs_score(19, sss(3, 3, 3, True, True, True)) == 31
    assert S.fs_score(5, 9) == 14 and S.fs_score(5, None) is None
    assert SymptomSeverity.from_dict(s.as_dict()) == s
    assert [label for label, _ in S.SSS_ANCHORS.values()] == [
        "No problem", "Slight or mild", "Moderate", "Severe"]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"fatigue": 4}, "fatigue"),
    ({"waking_unrefreshed": -1}, "waking_unrefreshed"),
    ({"cognitive": True}, "cognitive"),
    ({"cognitive": 1.5}, "cognitive"),
    ({"headaches": 1}, "headaches"),
    ({"lower_abdominal": "yes"}, "lower_abdominal"),
    ({"depression": None}, "depression"),
])
def test_sss_validation_names_the_field(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {"fatigue": 1, "waking_unrefreshed": 1, "cognitive": 1,
                               "headaches": False, "lower_abdominal": False,
                               "depression": False}
    args.update(kwargs)
    with pytest.raises(ScoreError) as e:
        SymptomSeverity(**args)  # type: ignore[arg-type]
    assert e.value.field == field and isinstance(e.value, ValueError)
    assert str(e.value).startswith(f"{field}: ")


def test_sss_from_dict_errors() -> None:
    with pytest.raises(ScoreError, match="fatigue: is missing"):
        SymptomSeverity.from_dict({})
    good = sss().as_dict()
    with pytest.raises(ScoreError, match="mood"):
        SymptomSeverity.from_dict({**good, "mood": 1})


# --------------------------------------------------------------------------- 2016 criteria


def test_severity_bands_2016() -> None:
    # the 4-6 band needs SSS 9
    assert S.criteria_2016(5, 9, True, True) is True
    assert S.criteria_2016(4, 9, True, True) is True
    assert S.criteria_2016(6, 8, True, True) is False
    assert S.criteria_2016(5, sss(3, 3, 2, True, False, False), True, True) is True  # 8+1 = 9
    # WPI 3 was enough in 2010, not in 2016
    assert S.criteria_2016(3, 12, True, True) is False
    # WPI >= 7 needs SSS 5
    assert S.criteria_2016(7, 5, True, True) is True
    assert S.criteria_2016(7, 4, True, True) is False
    # plus generalized pain and 3 months
    assert S.criteria_2016(12, 10, False, True) is False
    assert S.criteria_2016(12, 10, True, False) is False


def test_missing_sss_or_duration_is_not_known() -> None:
    for wpi in (0, 3, 5, 7, 19):
        for gen in (False, True):
            assert S.criteria_2016(wpi, None, gen, True) is None
            assert S.criteria_2016(wpi, None, gen, False) is None
            assert S.criteria_2016(wpi, 10, gen, None) is None
    summary = S.summarize_2016(["neck"], None, True)
    assert summary.sss is None and summary.fs is None and summary.criteria_2016_met is None


def test_criteria_reject_impossible_scores() -> None:
    with pytest.raises(ScoreError) as e:
        S.criteria_2016(20, 5, True, True)
    assert e.value.field == "wpi"
    with pytest.raises(ScoreError) as e:
        S.criteria_2016(5, 13, True, True)
    assert e.value.field == "sss"


def test_summary_from_the_map() -> None:
    # 5 areas in 4 regions, SSS 9, 3 months: the 4-6 band, met
    marks = [pain("shoulder_top.left", "shoulder_top.right", "thigh_front.left"),
             pain("calf.left", "neck_back.right", "jaw.left")]
    res = S.wpi_from_marks(marks, AT)
    assert res.score == 6 and len(res.body_regions) == 4
    summary = S.summarize_2016(res.areas, sss(3, 3, 2, True, False, False), True)
    d = summary.as_dict()
    assert d["wpi"] == 6 and d["sss"] == 9 and d["fs"] == 15
    assert d["wpi_areas"] == ["jaw_left", "shoulder_girdle_left", "shoulder_girdle_right",
                              "upper_leg_left", "lower_leg_left", "neck"]
    assert d["generalized_pain"] is True and d["criteria_2016_met"] is True
    assert {"wpi", "wpi_areas", "sss", "fs", "generalized_pain", "criteria_2016_met"} <= set(d)
    json.dumps(d)


# --------------------------------------------------------------------------- duration


def test_pain_span_gaps_and_three_months() -> None:
    at = date(2025, 6, 15)
    days = [date(2025, 1, 1), date(2025, 3, 1), date(2025, 3, 30), date(2025, 4, 27),
            date(2025, 6, 1), date(2025, 6, 14)]
    # 3-1 -> 3-30: 28 days between (same span); 3-30 -> 4-27: 27; 4-27 -> 6-1: 34 (a break)
    span = S.pain_span(days, at)
    assert span is not None
    assert (span.first_day, span.last_day, span.days_with_pain) == (
        date(2025, 6, 1), date(2025, 6, 14), 2)
    assert span.three_months is False
    # fill the break: the span reaches back to 3-1 (1-1 -> 3-1 is a break)
    span = S.pain_span([*days, date(2025, 5, 20)], at)
    assert span is not None and span.first_day == date(2025, 3, 1)
    assert span.three_months is True  # 3-1 is before 3-15, three months before 6-15
    # exactly three calendar months
    assert S.pain_span([date(2025, 3, 15), date(2025, 4, 1), date(2025, 4, 25),
                        date(2025, 5, 20), date(2025, 6, 15)], at).three_months  # type: ignore[union-attr]
    # 29 pain-free days between two days is a gap longer than 4 weeks
    assert S.pain_span([date(2025, 5, 1), date(2025, 5, 31)], date(2025, 5, 31)).first_day == (  # type: ignore[union-attr]
        date(2025, 5, 31))
    assert S.pain_span([date(2025, 5, 1), date(2025, 5, 30)], date(2025, 5, 31)).first_day == (  # type: ignore[union-attr]
        date(2025, 5, 1))


def test_pain_span_edges() -> None:
    assert S.pain_span([], AT) is None
    assert S.pain_span([AT + timedelta(days=1)], AT) is None  # the future is ignored
    assert S.pain_span([AT - timedelta(days=40)], AT) is None  # no span going on
    one = S.pain_span([AT - timedelta(days=29)], AT)  # 28 pain-free days since: still on
    assert one is not None and one.days_with_pain == 1
    # month ends: three months before 31 May is 28 February
    may31 = date(2025, 5, 31)
    chain = [date(2025, 2, 28) + timedelta(days=20 * i) for i in range(5)] + [may31]
    span = S.pain_span(chain, may31)
    assert span is not None and span.first_day == date(2025, 2, 28) and span.three_months
    chain[0] = date(2025, 3, 1)
    span = S.pain_span(chain, may31)
    assert span is not None and not span.three_months


# --------------------------------------------------------------------------- tender points


def test_tender_points() -> None:
    assert len(S.TENDER_POINTS) == 18 == len(set(S.TENDER_POINT_IDS))
    assert "occiput_left" in S.TENDER_POINT_IDS and "knee_right" in S.TENDER_POINT_IDS
    pairs = {t.site for t in S.TENDER_POINTS}
    assert len(pairs) == 9
    by_id = {t.id: t for t in S.TENDER_POINTS}
    assert by_id["second_rib_left"].name == "Second rib, left"
    assert by_id["second_rib_left"].name_it == "Seconda costa, sinistra"
    assert by_id["occiput_right"].name_it == "Occipite, destro"
    for t in S.TENDER_POINTS:
        assert t.region in R.REGIONS and t.view in R.REGIONS[t.region].views
        assert t.region.endswith("." + t.side) and t.id.endswith("_" + t.side)


def test_every_tender_site_lies_inside_its_region() -> None:
    sites = S.tender_sites()
    assert set(sites) == set(S.TENDER_POINT_IDS)
    for tid, site in sites.items():
        assert R.region_at(site.view, site.x, site.y) == site.region, tid
        # the pair is drawn mirror-wise around the midline
        mirror = sites[tid.replace("_left", "_right") if tid.endswith("_left")
                       else tid.replace("_right", "_left")]
        assert abs((site.x + mirror.x) - R.VIEWS[site.view].width) < 2.0, tid
    assert S.tender_site("gluteal_left") == sites["gluteal_left"]
    with pytest.raises(ScoreError):
        S.tender_site("gluteal")


def test_tender_count() -> None:
    exam = S.tender_findings(["occiput_left", "occiput_right", " knee_left"])
    assert len(exam) == 18 and S.tender_count(exam) == 3
    assert S.tender_count([]) == 0
    assert S.tender_count(S.tender_findings(S.TENDER_POINT_IDS)) == 18
    assert S.tender_count([S.TenderFinding("knee_left", True, 7),
                           S.TenderFinding("knee_right", False)]) == 1
    with pytest.raises(ScoreError, match="more than once"):
        S.tender_count([S.TenderFinding("knee_left", True), S.TenderFinding("knee_left", False)])
    with pytest.raises(ScoreError) as e:
        S.tender_findings(["elbow_left"])
    assert e.value.field == "sites"
    with pytest.raises(ScoreError) as e:
        S.TenderFinding("knee_left", True, 11)
    assert e.value.field == "knee_left.severity"


# --------------------------------------------------------------------------- words and purity


def test_wording() -> None:
    assert S.info_sentence() == (
        "These are the criteria doctors use; talk to your doctor about what they mean for you.")
    assert S.info_sentence("it").startswith("Questi sono i criteri che usano i medici")
    assert S.term("wpi", "it") == "indice del dolore diffuso (WPI)"
    assert S.term("sss", "it") == "scala di gravità dei sintomi (SSS)"
    assert S.term("wpi") == "Widespread Pain Index (WPI)"
    assert S.term("sss", "xx") == "Symptom Severity Scale (SSS)"
    assert S.area_name("shoulder_girdle_left") == "Shoulder girdle, left"
    assert S.area_name("hip_right", "it") == "Anca (gluteo, trocantere), destra"
    for met in (True, False, None):
        for lang in ("en", "it"):
            text = S.criteria_sentence(met, lang)
            assert text.endswith(S.info_sentence(lang))
            assert "diagnos" not in text.lower()
    assert "Not known" in S.criteria_sentence(None)
    assert "2010" in S.tender_note() and "2016" in S.tender_note("it")


def test_scores_imports_no_qt_and_no_database() -> None:
    code = ("import sys, bodymap.anatomy.scores as s; s.tender_sites(); "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'sqlalchemy', 'alembic') or m.startswith('bodymap.store')]; "
            "print(bad); raise SystemExit(1 if bad else 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
