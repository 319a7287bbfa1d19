"""``bodymap fibro --json`` on diaries built as JSON imports, with hand-computed answers.

Every case is the path the hidden checks take: an export document written by hand (see
docs/export-format.md), ``bodymap import``, then ``bodymap fibro --json --at DAY``; on SQLite and
on PostgreSQL (``db_url``).  Recording an SSS or a tender-point exam goes through
``bodymap fibro sss`` / ``bodymap fibro tender``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.anatomy import regions as anatomy
from bodymap.anatomy import scores
from bodymap.cli import build_parser
from bodymap.store import assessments
from bodymap.store.service import Diary

AT = "2026-03-10"


# -- building export documents by hand ---------------------------------------------------------


def _uuid() -> str:
    return str(uuid.uuid4())


def mark(
    kind: str, *regions: str, intensity: int = 5, tp_state: str | None = None,
    view: str | None = None,
) -> dict[str, Any]:
    """A mark touching ``regions``, in a view that draws all of them."""
    if view is None:
        common = set(anatomy.VIEWS)
        for r in regions:
            common &= set(anatomy.REGIONS[r].views)
        view = sorted(common)[0]
    if kind == "trigger_point" and tp_state is None:
        tp_state = "active"
    geometry: dict[str, Any] = (
        {"type": "point", "x": 100.0, "y": 100.0} if kind in ("trigger_point", "tender_point")
        else {"type": "area", "polygons": [[[10, 10], [20, 10], [20, 20]]]}
    )
    return {
        "uuid": _uuid(), "kind": kind, "view": view, "geometry": geometry,
        "intensity": intensity, "regions": {r: 0.5 for r in regions}, "tp_state": tp_state,
    }


def episode(started_at: str, *marks: dict[str, Any], offset: int = 0) -> dict[str, Any]:
    return {
        "uuid": _uuid(), "started_at": started_at, "utc_offset_minutes": offset,
        "kind": "everyday", "marks": list(marks),
    }


def day(d: date | str, hour: int = 10) -> str:
    """Noon-ish UTC of a day as the file writes it."""
    d = date.fromisoformat(d) if isinstance(d, str) else d
    return f"{d.isoformat()}T{hour:02d}:00:00Z"


def document(
    episodes: Iterable[dict[str, Any]],
    assessments: Iterable[dict[str, Any]] = (),
    tender_exams: Iterable[dict[str, Any]] = (),
    version: int = 2,
) -> dict[str, Any]:
    profile: dict[str, Any] = {"uuid": _uuid(), "name": "Me", "episodes": list(episodes)}
    if version >= 2:
        profile["assessments"] = list(assessments)
        profile["tender_exams"] = list(tender_exams)
    return {
        "format": "bodymap", "version": version, "exported_at": "2026-03-11T00:00:00Z",
        "therapies": [], "profiles": [profile],
    }


def sss_answers(fatigue: int, waking: int, cognitive: int, headaches: bool, abdominal: bool,
                depression: bool) -> dict[str, Any]:
    return {"fatigue": fatigue, "waking_unrefreshed": waking, "cognitive": cognitive,
            "headaches": headaches, "lower_abdominal": abdominal, "depression": depression}


def assessment(on: str, areas: list[str] | None = None, sss: dict[str, Any] | None = None,
               three_months: bool | None = None, adjusted: bool = False) -> dict[str, Any]:
    return {"uuid": _uuid(), "assessed_on": on, "areas": areas or [], "areas_adjusted": adjusted,
            "sss": sss, "symptoms_3_months": three_months, "note": ""}


# -- running the command line --------------------------------------------------------------------


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


def load(db_url: str, doc: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / f"import-{_uuid()}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run(["--db", db_url, "import", str(path)]) == 0, capsys.readouterr().err
    capsys.readouterr()


def fibro(db_url: str, capsys: pytest.CaptureFixture[str], at: str = AT) -> dict[str, Any]:
    assert run(["--db", db_url, "fibro", "--json", "--at", at]) == 0, capsys.readouterr().err
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def check_keys(result: dict[str, Any]) -> None:
    assert isinstance(result["wpi"], int) and not isinstance(result["wpi"], bool)
    assert isinstance(result["wpi_areas"], list)
    assert result["sss"] is None or isinstance(result["sss"], int)
    assert result["fs"] is None or isinstance(result["fs"], int)
    assert isinstance(result["generalized_pain"], bool)
    assert result["criteria_2016_met"] in (True, False, None)
    assert result["wpi"] == len(result["wpi_areas"])
    assert set(result["wpi_areas"]) <= set(scores.AREA_IDS)


# -- the 7-day window ----------------------------------------------------------------------------


def test_a_mark_8_days_before_is_not_counted_one_6_days_before_is(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document([
        episode(day("2026-03-02"), mark("pain", "shoulder_front.left")),    # 8 days before
        episode(day("2026-03-03"), mark("pain", "upper_arm_front.left")),   # 7 days before
        episode(day("2026-03-04"), mark("pain", "shoulder_front.right")),   # 6 days before
        episode(day("2026-03-10", 22), mark("pain", "calf.left")),          # the day itself
        episode(day("2026-03-11"), mark("pain", "calf.right")),             # after it
    ])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    check_keys(result)
    assert result["wpi"] == 2
    assert result["wpi_areas"] == ["shoulder_girdle_right", "lower_leg_left"]
    assert result["wpi_source"] == "map"
    assert result["wpi_from_map"]["wpi"] == 2
    assert result["window"] == {"from": "2026-03-04", "to": "2026-03-10"}
    # a day later the mark of the 4th has left the window and the 11th has come in
    later = fibro(db_url, capsys, "2026-03-11")
    assert later["wpi_areas"] == ["lower_leg_left", "lower_leg_right"]


def test_the_day_is_the_persons_local_calendar_day(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document([
        # 23:30 UTC on the 3rd is 00:30 on the 4th in Rome (+60): inside the window
        episode("2026-03-03T23:30:00Z", mark("pain", "neck_back.left"), offset=60),
        # 03:00 UTC on the 4th is 22:00 on the 3rd in New York (-300): outside
        episode("2026-03-04T03:00:00Z", mark("pain", "back_lower.left"), offset=-300),
        # 23:30 UTC on the 10th is already the 11th in Rome: after the day asked about
        episode("2026-03-10T23:30:00Z", mark("pain", "buttock.left"), offset=60),
        # 02:00 UTC on the 11th is still the 10th in Los Angeles (-480): inside
        episode("2026-03-11T02:00:00Z", mark("pain", "buttock.right"), offset=-480),
    ])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert result["wpi_areas"] == ["hip_right", "neck"]


# -- which marks count ---------------------------------------------------------------------------


def test_tender_points_and_resolved_trigger_points_are_not_counted(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document([
        episode(
            day("2026-03-08"),
            mark("tender_point", "thigh_front.left", intensity=8),
            mark("trigger_point", "calf.left", tp_state="resolved", intensity=6),
            mark("pain", "thigh_front.right", intensity=0),          # intensity 0: no pain
            mark("trigger_point", "shoulder_back.left", tp_state="latent", intensity=3),
            mark("trigger_point", "back_lower.left", tp_state="active", intensity=1),
            mark("spasm", "calf.right", intensity=4),
            mark("referred_area", "upper_arm_front.right", intensity=2),
        ),
    ])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert result["wpi_areas"] == [
        "shoulder_girdle_left", "upper_arm_right", "lower_leg_right", "lower_back",
    ]
    assert result["wpi"] == 4


def test_left_and_right_jaw_count_separately(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document([
        episode(day("2026-03-09"), mark("pain", "jaw.left")),
        episode(day("2026-03-10"), mark("pain", "jaw.right"), mark("pain", "jaw.left")),
    ])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert result["wpi"] == 2
    assert result["wpi_areas"] == ["jaw_left", "jaw_right"]


def test_jaw_chest_and_abdomen_count_in_the_wpi_but_not_for_generalized_pain(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document([
        episode(day("2026-03-09"), mark("pain", "jaw.left", "jaw.right"),
                mark("pain", "breast.left"), mark("pain", "abdomen_lower.right")),
    ])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert result["wpi"] == 4
    assert result["wpi_areas"] == ["jaw_left", "jaw_right", "chest", "abdomen"]
    assert result["body_regions"] == []
    assert result["generalized_pain"] is False
    # one more area in each of four regions makes the pain generalized
    load(db_url, document([
        episode(day("2026-03-10"), mark("pain", "shoulder_front.left"),
                mark("pain", "shoulder_front.right"), mark("pain", "thigh_front.left"),
                mark("pain", "thigh_front.right")),
    ]), tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert result["wpi"] == 8
    assert result["body_regions"] == ["left_upper", "right_upper", "left_lower", "right_lower"]
    assert result["generalized_pain"] is True


def test_head_hands_feet_and_wrists_count_for_no_area(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document([
        episode(day("2026-03-09"), mark("pain", "forehead"), mark("pain", "wrist_front.left"),
                mark("pain", "ankle_front.right"), mark("pain", "elbow_front.left"),
                mark("pain", "knee_front.right"), mark("pain", "groin.left")),
    ])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert result["wpi_areas"] == ["lower_arm_left", "lower_leg_right", "abdomen"]


# -- the SSS and the 2016 criteria ---------------------------------------------------------------

#: Five areas in all five regions: WPI 5, generalized pain.
FIVE_REGIONS = ("shoulder_front.left", "shoulder_front.right", "buttock.left", "buttock.right",
                "neck_back.left")


FIVE_AREAS = ["shoulder_girdle_left", "shoulder_girdle_right", "hip_left", "hip_right", "neck"]


def five_region_marks() -> list[dict[str, Any]]:
    return [episode(day("2026-03-08"), *(mark("pain", r) for r in FIVE_REGIONS))]


def test_sss_missing_gives_criteria_not_known(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(db_url, document(five_region_marks(), [assessment("2026-03-01", three_months=True)]),
         tmp_path, capsys)
    result = fibro(db_url, capsys)
    check_keys(result)
    assert (result["wpi"], result["generalized_pain"]) == (5, True)
    assert result["sss"] is None and result["fs"] is None
    assert result["three_months"] is True
    assert result["criteria_2016_met"] is None
    assert "Not known" in result["criteria_sentence"]
    assert result["info"] == scores.info_sentence()


@pytest.mark.parametrize(
    ("answers", "sss", "met"),
    [
        ((3, 3, 1, True, True, False), 9, True),    # WPI 5, SSS 9: the 4-6 band is met
        ((3, 3, 1, True, False, False), 8, False),  # SSS 8 is one short
    ],
)
def test_the_4_to_6_band_needs_an_sss_of_9(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    answers: tuple[Any, ...], sss: int, met: bool,
) -> None:
    doc = document(five_region_marks(), [
        # older than the window: its areas are not the WPI, but its answer on 3 months stands
        assessment("2026-02-20", ["neck"], three_months=True),
        assessment("2026-03-09", FIVE_AREAS, sss=sss_answers(*answers)),
    ])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    check_keys(result)
    assert result["wpi"] == 5 and result["wpi_source"] == "assessment"
    assert result["sss"] == sss and result["fs"] == 5 + sss
    assert result["generalized_pain"] is True and result["three_months"] is True
    assert result["three_months_source"] == "confirmed"
    assert result["criteria_2016_met"] is met


def test_sss_from_the_command_line_and_three_months_from_the_diary(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pain every 3 weeks since December: the diary shows three months; SSS 9 with WPI 5."""
    start = date(2025, 12, 1)
    older = [
        episode(day(start + timedelta(days=21 * i)), mark("pain", "neck_back.right"))
        for i in range(5)
    ]
    load(db_url, document(older + five_region_marks()), tmp_path, capsys)
    before = fibro(db_url, capsys)
    assert before["three_months"] is True and before["three_months_source"] == "diary"
    assert before["pain_span"]["first_day"] == "2025-12-01"
    assert before["criteria_2016_met"] is None  # no SSS yet
    assert run(["--db", db_url, "fibro", "sss", "--fatigue", "3", "--waking", "2",
                "--cognitive", "2", "--headaches", "yes", "--abdominal", "yes",
                "--depression", "no", "--at", AT]) == 0
    assert "SSS 9/12" in capsys.readouterr().out
    result = fibro(db_url, capsys)
    assert (result["wpi"], result["sss"], result["fs"]) == (5, 9, 14)
    assert result["wpi_source"] == "assessment"
    assert result["assessment"]["areas_adjusted"] is False
    assert result["assessment"]["wpi_areas"] == result["wpi_from_map"]["wpi_areas"]
    assert result["criteria_2016_met"] is True
    # the band starts at 4: with WPI 3 (the 2010 band) and the highest SSS it is not met
    assert scores.criteria_2016(3, 12, True, True) is False


def test_a_short_diary_never_says_no_to_three_months(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seven = [*FIVE_AREAS, "upper_back", "lower_back"]
    sss = sss_answers(2, 2, 1, False, False, False)
    doc = document(five_region_marks(), [assessment("2026-03-10", seven, sss=sss, adjusted=True)])
    load(db_url, doc, tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert (result["wpi"], result["sss"], result["fs"]) == (7, 5, 12)
    assert result["wpi_from_map"]["wpi"] == 5
    assert result["assessment"]["areas_adjusted"] is True
    assert result["pain_span"]["three_months"] is False  # the diary began on 8 March
    assert result["three_months"] is None
    assert result["criteria_2016_met"] is None
    # the person confirms three months in a later assessment: now the answer is known
    again = assessment("2026-03-10", seven, sss=sss, adjusted=True, three_months=True)
    load(db_url, document([], [again]), tmp_path, capsys)
    result = fibro(db_url, capsys)
    assert result["three_months"] is True and result["three_months_source"] == "confirmed"
    assert result["criteria_2016_met"] is True  # WPI 7 and SSS 5
    # ... and "no" is an answer too
    load(db_url, document([], [assessment("2026-03-10", seven, sss=sss, three_months=False)]),
         tmp_path, capsys)
    assert fibro(db_url, capsys)["criteria_2016_met"] is False


# -- recording from the command line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--fatigue", "4", "--fatigue: must be from 0 to 3, not 4"),
        ("--waking", "-1", "--waking: must be from 0 to 3, not -1"),
        ("--cognitive", "two", "--cognitive: must be a whole number from 0 to 3"),
        ("--headaches", "maybe", "--headaches: must be yes or no"),
        ("--three-months", "perhaps", "--three-months: must be yes or no"),
        ("--areas", "neck,elbow_left", "--areas: 'elbow_left' is not one of the 19 WPI areas"),
    ],
)
def test_an_sss_out_of_range_names_the_field_and_writes_nothing(
    db_url: str, capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    values = {"--fatigue": "1", "--waking": "1", "--cognitive": "1", "--headaches": "no",
              "--abdominal": "no", "--depression": "no", option: value}
    argv = ["--db", db_url, "fibro", "sss", "--at", AT]
    for key, text in values.items():
        argv += [f"{key}={text}"]
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "nothing was saved" in err
    diary = Diary.open(db_url)
    try:
        assert assessments.list_assessments(diary, diary.default_profile().id or 0) == []
    finally:
        diary.close()


def test_tender_exam_from_the_command_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", db_url, "fibro", "tender", "--sites", "occiput_left,nowhere",
                "--at", AT]) == 1
    assert "'nowhere' is not one of the 18 tender points" in capsys.readouterr().err
    assert run(["--db", db_url, "fibro", "tender", "--at", "2026-03-09",
                "--sites", "occiput_left, knee_right,trapezius_left"]) == 0
    assert "3/18 tender" in capsys.readouterr().out
    result = fibro(db_url, capsys)
    assert result["tender_exam"]["count"] == 3
    assert result["tender_exam"]["tender_sites"] == ["occiput_left", "trapezius_left", "knee_right"]
    assert result["wpi"] == 0  # tender points never count in the WPI
    # the text output names the measures and says it is not a diagnosis
    assert run(["--db", db_url, "fibro", "--at", AT]) == 0
    out = capsys.readouterr().out
    assert "Widespread Pain Index (WPI): 0/19" in out
    assert "Tender points (ACR 1990): 3/18" in out
    assert scores.info_sentence() in out


def test_an_unknown_profile_or_diary_is_refused(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    assert run(["--db", str(missing), "fibro", "--json"]) == 1  # reading never makes a diary
    assert not missing.exists()
    capsys.readouterr()
    Diary.open(db_url).close()
    assert run(["--db", db_url, "fibro", "--profile", "Nobody", "--json"]) == 2
    assert "no profile called 'Nobody'" in capsys.readouterr().err


def test_a_format_1_file_imports_and_counts(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = document([episode(day("2026-03-10"), mark("referred_area", "calf.left"))], version=1)
    load(db_url, doc, tmp_path, capsys)
    assert fibro(db_url, capsys)["wpi_areas"] == ["lower_leg_left"]


# -- property: the WPI is the number of distinct areas of qualifying marks -----------------------

_KINDS = ["pain", "referred_area", "trigger_point", "spasm", "tender_point"]
_REGIONS = sorted(r for r in anatomy.REGIONS if "front" in anatomy.REGIONS[r].views)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.integers(-9, 2),                       # days from AT
            st.sampled_from(_KINDS),
            st.integers(0, 10),
            st.sampled_from(["active", "latent", "resolved"]),
            st.lists(st.sampled_from(_REGIONS), min_size=1, max_size=4, unique=True),
        ),
        max_size=25,
    )
)
def test_property_wpi_counts_distinct_areas_of_qualifying_marks(
    diary: Diary, drawn: list[tuple[int, str, int, str, list[str]]]
) -> None:
    at = date.fromisoformat(AT)
    profile = diary.create_profile(f"p-{_uuid()}")
    doc = document([
        episode(day(at + timedelta(days=offset)),
                mark(kind, *regions, intensity=intensity, tp_state=state, view="front"))
        for offset, kind, intensity, state, regions in drawn
    ])
    doc["profiles"][0]["name"] = profile.name
    doc["profiles"][0]["uuid"] = profile.uuid
    from bodymap.store import transfer

    transfer.import_document(diary, doc)
    expected: set[str] = set()
    for offset, kind, intensity, state, regions in drawn:
        counts = (-6 <= offset <= 0 and intensity >= 1 and kind != "tender_point"
                  and not (kind == "trigger_point" and state == "resolved"))
        if counts:
            expected |= {a for r in regions if (a := scores.region_to_area(r)) is not None}
    result = assessments.wpi_from_map(diary, profile.id or 0, at)
    assert result.score == len(expected) == len(result.areas) <= scores.WPI_MAX
    assert set(result.areas) == expected
