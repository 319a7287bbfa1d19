"""Suggestions: the person's own record first, the three-try rule, never a medication."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta

import pytest

from bodymap.anatomy import therapies
from bodymap.commands import suggest as suggest_command
from bodymap.store.therapy_log import add_own_therapy, log_use, rate_use
from bodymap.suggest import figures_text, suggest

REGION = "neck_back.right"
T0 = datetime(2024, 3, 1, 9, 0)


def _tries(diary, profile_id, therapy_id, outcomes, region=REGION, start=0):
    for i, (outcome, relief) in enumerate(outcomes):
        use = log_use(diary, profile_id, therapy_id, T0 + timedelta(hours=start + i), 60,
                      [region], duration_minutes=15)
        if outcome is not None:
            rate_use(diary, use.id, outcome, relief)


@pytest.fixture
def history(any_diary):
    """Known answers: pressure release 3/4 better (mean 5.0), heat 3/5 (mean 6.0),
    cold 0/3, stretching only 2 rated, a medication rated better 6 times, and heat
    elsewhere that must not count."""
    diary = any_diary
    p = diary.default_profile()
    ids = {t.key: t.id for t in therapies.ensure_catalogue(diary)}
    _tries(diary, p.id, ids["heat"],
           [("better", 8), ("better", 7), ("same", 6), ("better", 9), ("worse", 0)])
    _tries(diary, p.id, ids["pressure_release"],
           [("better", 5), ("better", 6), ("same", 2), ("better", 7)], start=10)
    _tries(diary, p.id, ids["cold"], [("worse", 0), ("same", 1), ("worse", None)], start=20)
    _tries(diary, p.id, ids["stretching"], [("better", 9), ("better", 9), (None, None)],
           start=30)
    _tries(diary, p.id, ids["heat"], [("worse", 0)] * 4, region="calf.left", start=40)
    med = add_own_therapy(diary, "Strong painkiller", "medication")
    _tries(diary, p.id, med.id, [("better", 10)] * 6, start=50)
    mag = ids["magnesium"]
    _tries(diary, p.id, mag, [("better", 3)] * 3, start=60)
    return diary, p.id, ids, med


def test_what_helped_here_comes_first_with_the_right_figures(history) -> None:
    diary, pid, _, _ = history
    result = suggest(diary, pid, region=REGION)
    ranked = [(s.key, s.uses, s.rated, s.better, s.same, s.worse) for s in result.helped]
    assert ranked == [
        ("pressure_release", 4, 4, 3, 1, 0),  # 75 % better
        ("heat", 5, 5, 3, 1, 1),  # 60 % better, despite the higher relief
        ("cold", 3, 3, 0, 1, 2),
    ]
    assert result.helped[0].mean_relief == pytest.approx(5.0)
    assert result.helped[1].mean_relief == pytest.approx(6.0)
    assert result.helped[2].mean_relief == pytest.approx(0.5)
    assert figures_text(result.helped[0]) == "better 3 of 4 times, mean relief 5.0/10"
    assert list(result.to_dict())[:6] == [
        "region", "muscle", "regions", "qualities", "helped_you_here", "too_few_tries",
    ]


def test_equal_share_better_is_ranked_by_mean_relief(any_diary) -> None:
    diary = any_diary
    p = diary.default_profile()
    ids = {t.key: t.id for t in therapies.ensure_catalogue(diary)}
    _tries(diary, p.id, ids["yoga"], [("better", 3), ("better", 3), ("same", 3)])
    _tries(diary, p.id, ids["tai_chi"], [("better", 7), ("better", 7), ("same", 4)], start=5)
    keys = [s.key for s in suggest(diary, p.id, region=REGION).helped]
    assert keys == ["tai_chi", "yoga"]


def test_fewer_than_three_rated_tries_claim_nothing(history) -> None:
    diary, pid, _, _ = history
    result = suggest(diary, pid, region=REGION)
    assert "stretching" not in [s.key for s in result.helped]
    few = {s.key: s for s in result.too_few}
    assert few["stretching"].rated == 2 and few["stretching"].uses == 3
    assert figures_text(few["stretching"]) == "too few tries to tell (2)"
    assert "better" not in figures_text(few["stretching"])


def test_medications_are_never_suggested(history) -> None:
    diary, pid, _, med = history
    result = suggest(diary, pid, region=REGION)
    listed = [*result.helped, *result.too_few, *result.supplement_history]
    assert med.id not in [s.therapy_id for s in listed]
    assert all(s.category != "medication" for s in result.all_suggestions())
    dumped = json.dumps(result.to_dict())
    assert "Strong painkiller" not in dumped and '"medication"' not in dumped


def test_every_suggestion_carries_cautions_and_supplements_their_evidence(history) -> None:
    diary, pid, _, _ = history
    result = suggest(diary, pid, region=REGION, mark_qualities=["tight"])
    everything = result.all_suggestions()
    assert len(everything) > 10
    assert all(s.cautions for s in everything)
    assert result.warning_signs == therapies.WARNING_SIGNS
    assert len(result.supplements) == 12
    assert all(s.category == "supplement" for s in result.supplements)
    assert all(s.evidence in ("weak", "very_weak", "insufficient") for s in result.supplements)
    assert all("evidence" in s.evidence_label for s in result.supplements)
    assert all(s.category == "home" for s in result.common)
    assert all(s.clinician for s in result.clinician)
    # The person's own supplement record sits with the supplements, not with "helped here".
    assert [s.key for s in result.supplement_history] == ["magnesium"]
    assert "magnesium" not in [s.key for s in (*result.helped, *result.too_few)]


def test_qualities_shape_the_common_list(history) -> None:
    diary, pid, _, _ = history
    throbbing = suggest(diary, pid, region="calf.right", mark_qualities=["throbbing"])
    assert throbbing.common[0].therapy_key == "cold"
    # Cold is never offered for burning pain (it often makes it worse).
    burning = suggest(diary, pid, region="calf.right", mark_qualities=["burning"])
    assert "cold" not in [s.therapy_key for s in burning.all_suggestions()]
    # Where cold made it worse for this person more often than better, it goes last.
    here = suggest(diary, pid, region=REGION, mark_qualities=["throbbing"])
    assert "cold" not in [s.therapy_key for s in here.common[:-1]]
    numb = suggest(diary, pid, region=REGION, mark_qualities=["numb", "tight"])
    keys = [s.therapy_key for s in numb.common]
    assert "heat" not in keys and "cold" not in keys  # no heat or ice on numb skin
    neck = suggest(diary, pid, region="neck_side.right")
    assert "massage_gun" not in [s.therapy_key for s in neck.common]


def test_muscle_section_comes_from_the_atlas(history) -> None:
    diary, pid, _, _ = history
    atlas = pytest.importorskip("bodymap.anatomy.atlas")
    result = suggest(diary, pid, region=REGION)
    expected = [c.muscle.key for c in atlas.candidates([REGION], limit=3)]
    assert [m.key for m in result.muscles] == expected
    first = result.muscles[0]
    keys = [s.therapy_key for s in first.suggestions]
    assert "stretching" in keys and "pressure_release" in keys
    muscle = atlas.get(first.key)
    stretch = next(s for s in first.suggestions if s.therapy_key == "stretching")
    assert stretch.how == muscle.self_care["stretch"] and stretch.cautions


def test_a_muscle_counts_the_history_of_its_sites_and_zones(history) -> None:
    diary, pid, ids, _ = history
    atlas = pytest.importorskip("bodymap.anatomy.atlas")
    muscle = atlas.get("upper_trapezius")
    regions = {s.region for s in muscle.sites("right")} | {z.region for z in muscle.zones("right")}
    assert REGION in regions
    result = suggest(diary, pid, muscle_key="upper_trapezius")
    assert set(result.regions) >= regions
    assert [s.key for s in result.helped][:2] == ["pressure_release", "heat"]
    with pytest.raises(KeyError):
        suggest(diary, pid, muscle_key="no such muscle")


def test_suggest_works_without_the_atlas(history, monkeypatch) -> None:
    diary, pid, _, _ = history
    monkeypatch.setattr("bodymap.suggest._atlas", lambda: None)
    result = suggest(diary, pid, region=REGION)
    assert result.muscles == () and result.helped


def test_suggestions_are_deterministic(history) -> None:
    diary, pid, _, _ = history
    assert suggest(diary, pid, region=REGION).to_dict() == suggest(
        diary, pid, region=REGION
    ).to_dict()


# -- command line -------------------------------------------------------------------------


def _run(argv, capsys):
    parser = argparse.ArgumentParser(prog="bodymap")
    parser.add_argument("--db")
    suggest_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.func(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_suggest_json_has_the_same_ranking_and_figures(history, db_url, capsys) -> None:
    code, out, _ = _run(["--db", db_url, "suggest", REGION, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    helped = data["helped_you_here"]
    assert [h["key"] for h in helped] == ["pressure_release", "heat", "cold"]
    assert helped[0]["figures"] == "better 3 of 4 times, mean relief 5.0/10"
    assert [h["key"] for h in data["too_few_tries"]] == ["stretching"]
    assert data["warning_signs"] and data["supplements"]["items"]
    assert all(item["evidence_label"] for item in data["supplements"]["items"])
    assert "Strong painkiller" not in out


def test_cli_suggest_text_and_unknown_region(history, db_url, capsys) -> None:
    code, out, _ = _run(["--db", db_url, "suggest", REGION], capsys)
    assert code == 0
    assert out.index("What has helped you here") < out.index("Commonly tried")
    assert "better 3 of 4 times, mean relief 5.0/10" in out
    assert "See a doctor now" in out
    code, out, err = _run(["--db", db_url, "suggest", "elbow.nowhere"], capsys)
    assert code == 2 and "unknown region" in err and out == ""


def test_cli_log_rate_unrated(db_url, capsys) -> None:
    db = ["--db", db_url]
    code, out, _ = _run([*db, "therapy", "log", "heat", "--region", REGION, "--minutes", "20",
                         "--at", "2024-02-01 08:30", "--json"], capsys)
    assert code == 0
    use = json.loads(out)
    assert use["therapy"] == "Heat" and use["duration_minutes"] == 20
    assert use["used_at_local"] == "2024-02-01 08:30" and use["regions"] == [REGION]
    code, out, _ = _run([*db, "therapy", "unrated", "--json"], capsys)
    assert [u["id"] for u in json.loads(out)] == [use["id"]]
    code, out, _ = _run([*db, "therapy", "rate", str(use["id"]), "better", "--relief", "7"],
                        capsys)
    assert code == 0 and "better" in out
    code, out, _ = _run([*db, "therapy", "unrated", "--json"], capsys)
    assert json.loads(out) == []
    code, _, err = _run([*db, "therapy", "rate", str(use["id"]), "worse", "--relief", "12"],
                        capsys)
    assert code == 2 and "relief" in err
    code, _, err = _run([*db, "therapy", "log", "no such thing", "--region", REGION], capsys)
    assert code == 2 and "no therapy" in err
    code, _, err = _run([*db, "therapy", "log", "heat", "--region", REGION, "--at", "soon"],
                        capsys)
    assert code == 2 and "--at" in err
