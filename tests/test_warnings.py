"""Warning signs from the marks: the rule table (each fires on its pattern, not on a near miss),
the CLI, suppression of self-care, the person's conditions, and the profile details."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, text

from bodymap.anatomy import therapies
from bodymap.anatomy import warnings as W
from bodymap.commands import suggest as suggest_command
from bodymap.store import transfer
from bodymap.store.errors import ValidationError
from bodymap.store.records import PROFILE_CONDITIONS
from bodymap.store.service import Diary
from bodymap.suggest import suggest

# (rule id, regions, qualities, facts, age, urgency expected)  -- the pattern fires
FIRES = [
    ("cardiac_chest_pain", ["chest_upper.left"], [], ["breathless"], None, "emergency"),
    ("cardiac_chest_pain", ["sternum"], [], ["sweating"], None, "emergency"),
    ("cardiac_chest_pain", ["chest_upper.left", "upper_arm_front.left"], [], [], None, "today"),
    ("cardiac_chest_pain", ["chest_upper.left", "jaw.right"], [], ["new"], None, "emergency"),
    ("pulmonary_embolism", ["ribs_side.right"], ["sharp"], ["breathless", "worse_breathing_in"],
     None, "emergency"),
    ("pulmonary_embolism", ["calf.left"], [], ["swollen", "breathless"], None, "emergency"),
    ("deep_vein_thrombosis", ["calf.left"], ["cramping"], ["swollen"], None, "today"),
    ("deep_vein_thrombosis", ["calf.right"], [], ["hot_red", "coughing_blood"], None, "emergency"),
    ("thunderclap_headache", ["head_back"], [], ["sudden", "worst_ever"], None, "emergency"),
    ("stroke_fast", [], [], ["face_droop"], None, "emergency"),
    ("stroke_fast", ["forearm_front.left"], [], ["sudden", "numbness"], None, "emergency"),
    ("giant_cell_arteritis", ["temple.right"], [], ["new"], 67, "today"),
    ("giant_cell_arteritis", ["jaw.left"], [], ["jaw_pain_chewing"], 58, "today"),
    ("giant_cell_arteritis", ["temple.left"], [], ["new", "vision_change"], 72, "emergency"),
    ("polymyalgia_rheumatica", ["shoulder_top.left", "shoulder_front.right"], ["aching"],
     ["morning_stiffness"], 66, "soon"),
    ("cauda_equina", ["back_lower.left"], [], ["saddle_numbness"], None, "emergency"),
    ("cauda_equina", ["buttock.right", "thigh_back.right"], [], ["bladder_bowel"], None,
     "emergency"),
    ("serious_spinal_pathology_back_pain", ["spine_lower"], [], ["cancer_history"], None, "today"),
    ("serious_spinal_pathology_back_pain", ["back_middle.left"], [], ["fever"], None, "today"),
    ("serious_spinal_pathology_back_pain", ["back_lower.right"], [], ["weight_loss"], None, "today"),
    ("serious_spinal_pathology_back_pain", ["spine_middle"], [], ["steroids"], None, "today"),
    ("serious_spinal_pathology_back_pain", ["back_lower.left"], [], ["night_pain"], None, "today"),
    ("hot_swollen_joint", ["knee_front.right"], [], ["swollen", "hot_red"], None, "today"),
    ("hot_swollen_joint", ["toes.left"], [], ["swollen", "hot_red", "fever"], None, "emergency"),
    ("cervical_artery_dysfunction", ["neck_back.right"], [], ["new", "dizziness"], None,
     "emergency"),
    ("cervical_myelopathy", ["neck_back.left"], [], ["clumsy_hands"], None, "soon"),
    ("progressive_neurological_deficit", ["shin.right"], [], ["weakness"], None, "today"),
    ("new_numbness_tingling", ["hand_back.right"], ["tingling"], ["new"], None, "soon"),
    ("new_numbness_tingling", ["sole.left"], [], ["numbness"], None, "soon"),
    ("suicidal_thoughts_severe_low_mood", [], [], ["self_harm"], None, "emergency"),
    ("abdominal_red_flags", ["abdomen_upper.left"], [], ["blood"], None, "emergency"),
]

# (rule id, regions, qualities, facts, age) -- a near miss: the rule must stay quiet
QUIET = [
    ("cardiac_chest_pain", ["chest_upper.left"], ["tight"], [], None),  # chest alone, long-known
    ("cardiac_chest_pain", ["upper_arm_front.left"], [], ["breathless"], None),
    ("pulmonary_embolism", ["chest_upper.right"], ["sharp"], [], None),
    ("deep_vein_thrombosis", ["calf.left"], ["cramping", "aching"], [], None),
    ("deep_vein_thrombosis", ["forearm_front.left"], [], ["swollen"], None),
    ("thunderclap_headache", ["head_back"], ["throbbing"], ["sudden"], None),
    ("thunderclap_headache", ["temple.right"], [], ["worst_ever"], None),
    ("stroke_fast", ["forearm_front.left"], ["tingling", "numb"], [], None),
    ("giant_cell_arteritis", ["temple.right"], [], ["new"], 45),
    ("giant_cell_arteritis", ["temple.right"], ["throbbing"], [], 70),
    ("giant_cell_arteritis", ["temple.right"], [], ["new"], None),  # no age: not asserted
    ("polymyalgia_rheumatica", ["shoulder_top.left"], [], ["morning_stiffness"], 66),  # one side
    ("polymyalgia_rheumatica", ["shoulder_top.left", "shoulder_top.right"], [],
     ["morning_stiffness"], 40),
    ("cauda_equina", ["back_lower.left"], ["numb"], ["numbness"], None),
    ("cauda_equina", ["shoulder_top.left"], [], ["bladder_bowel"], None),
    ("serious_spinal_pathology_back_pain", ["back_lower.left"], ["aching"], ["new"], None),
    ("serious_spinal_pathology_back_pain", ["knee_front.left"], [], ["fever"], None),
    ("hot_swollen_joint", ["knee_front.right"], [], ["swollen"], None),
    ("cervical_artery_dysfunction", ["neck_back.right"], [], ["dizziness"], None),  # not new
    ("cervical_myelopathy", ["neck_back.left"], ["tingling"], [], None),
    ("progressive_neurological_deficit", ["shin.right"], ["aching"], ["new"], None),
    ("new_numbness_tingling", ["hand_back.right"], ["tingling", "numb"], [], None),  # baseline
    ("suicidal_thoughts_severe_low_mood", ["chest_upper.left"], [], ["new"], None),
    ("abdominal_red_flags", ["abdomen_upper.left"], ["cramping"], ["nausea"], None),
]


def _raised(regions, qualities, facts, age):
    return {w.id: w for w in W.evaluate(regions, qualities, facts, age=age)}


@pytest.mark.parametrize(("rule", "regions", "qualities", "facts", "age", "urgency"), FIRES)
def test_each_rule_fires_on_its_pattern(rule, regions, qualities, facts, age, urgency) -> None:
    raised = _raised(regions, qualities, facts, age)
    assert rule in raised, (rule, sorted(raised))
    assert raised[rule].urgency == urgency
    assert raised[rule].text() and raised[rule].text("it") != raised[rule].text("en")


@pytest.mark.parametrize(("rule", "regions", "qualities", "facts", "age"), QUIET)
def test_each_rule_stays_quiet_on_a_near_miss(rule, regions, qualities, facts, age) -> None:
    assert rule not in _raised(regions, qualities, facts, age)


def test_the_issue_asks_for_every_rule_and_the_table_covers_them() -> None:
    ids = {r.id for r in W.rules()}
    assert {row[0] for row in FIRES} == ids
    assert {row[0] for row in QUIET} == ids
    assert {r.urgency for r in W.rules()} == set(W.URGENCIES)


def test_nothing_fires_on_chronic_marks_alone() -> None:
    """Everywhere on the body, every quality, no fact, no age: only the chest-and-arm pattern
    (which asks for a doctor today, never an emergency on its own) may speak."""
    from bodymap.anatomy.regions import REGIONS
    from bodymap.store.records import PAIN_QUALITIES

    for region in REGIONS:
        raised = W.evaluate([region], PAIN_QUALITIES, ())
        assert raised == [], region


def test_most_urgent_first_and_texts_say_what_to_do() -> None:
    raised = W.evaluate(["calf.left", "temple.right"], [], ["swollen", "new", "self_harm"], age=70)
    assert [w.urgency for w in raised] == sorted(
        (w.urgency for w in raised), key=W.URGENCIES.index
    )
    assert raised[0].id == "suicidal_thoughts_severe_low_mood"
    crisis = raised[0].text()
    assert "112" in crisis and "02 2327 2327" in crisis and "not emergency services" in crisis
    assert "199 284 284" not in crisis  # the old number
    for w in W.evaluate(["chest_upper.left"], [], ["breathless"]):
        assert "112" in w.text() and "112" in w.text("it")
    gca = _raised(["temple.right"], [], ["new"], 70)["giant_cell_arteritis"]
    assert "doctor today" in gca.text().lower()


def test_facts_have_aliases_and_unknown_facts_are_refused() -> None:
    assert W.fact_key("short of breath") == "breathless"
    assert W.fact_key("Bladder-Bowel-Change") == "bladder_bowel"
    with pytest.raises(KeyError, match="unknown fact"):
        W.fact_key("feeling grumpy")
    assert all(f.text("it") and f.text("en") for f in W.FACTS)


def test_no_rule_text_reassures_or_diagnoses() -> None:
    for r in W.rules():
        for lang in ("en", "it"):
            words = (r.title[lang] + r.text[lang]).lower()
            assert "just fibromyalgia" not in words and "solo fibromialgia" not in words
            for phrase in ("you have a ", "you have an ", "this is a ", "it's just", "nothing serious"):
                assert phrase not in words, (r.id, phrase)


# -- suggestions: warnings first, self-care suppressed, conditions ------------------------------


def test_suggest_puts_warnings_first_and_drops_suppressed_self_care(any_diary) -> None:
    diary = any_diary
    pid = diary.default_profile().id
    calf = suggest(diary, pid, region="calf.left", facts=["swollen"])
    assert [w.id for w in calf.warnings] == ["deep_vein_thrombosis"]
    offered = {s.therapy_key for s in calf.all_suggestions()}
    for key in ("massage_ball", "massage_gun", "pressure_release", "stretching", "heat"):
        assert key not in offered, key
    assert dict(calf.suppressed)["massage_ball"] == "deep_vein_thrombosis"
    # the same calf without the clot signs gets its self-care back
    plain = suggest(diary, pid, region="calf.left")
    assert plain.warnings == () and "massage_ball" in {s.therapy_key for s in plain.common}
    neck = suggest(diary, pid, region="neck_back.right", facts=["new", "dizziness"])
    assert neck.warnings[0].id == "cervical_artery_dysfunction"
    assert not {"stretching", "pressure_release", "massage_cane"} & {
        s.therapy_key for s in neck.all_suggestions()
    }
    knee = suggest(diary, pid, region="knee_front.left", facts=["swollen", "hot_red"])
    assert not {"heat", "patch"} & {s.therapy_key for s in knee.all_suggestions()}
    tingling = suggest(diary, pid, region="hand_back.left", mark_qualities=["tingling"],
                       facts=["new"])
    assert tingling.warnings[0].id == "new_numbness_tingling"
    assert "vitamin_b" not in {s.therapy_key for s in tingling.supplements}
    data = tingling.to_dict()
    assert data["warnings"][0]["id"] == "new_numbness_tingling"
    assert set(data["warnings"][0]) >= {"id", "urgency", "text"}


def test_cold_is_never_offered_for_burning_or_in_a_fibromyalgia_flare(any_diary) -> None:
    diary = any_diary
    pid = diary.default_profile().id
    burning = suggest(diary, pid, region="forearm_back.left", mark_qualities=["burning"])
    assert "cold" not in {s.therapy_key for s in burning.all_suggestions()}
    flare = suggest(diary, pid, region="calf.left", mark_qualities=["throbbing"],
                    facts=["flare"], conditions=["fibromyalgia"])
    assert "cold" not in {s.therapy_key for s in flare.all_suggestions()}
    calm = suggest(diary, pid, region="calf.left", mark_qualities=["throbbing"],
                   conditions=["fibromyalgia"])
    assert "cold" in {s.therapy_key for s in calm.common}


def test_me_cfs_gets_pacing_not_graded_exercise(any_diary) -> None:
    diary = any_diary
    pid = diary.default_profile().id
    me = suggest(diary, pid, region="thigh_front.left", mark_qualities=["heavy", "aching"],
                 conditions=["me_cfs"])
    keys = [s.therapy_key for s in me.common]
    assert keys[0] == "energy_management"
    assert "gentle_exercise" not in keys and "warm_water" not in keys
    assert any("NICE NG206" in n for n in me.notes)
    crash = suggest(diary, pid, region="thigh_front.left", mark_qualities=["heavy"],
                    conditions=["me_cfs"], facts=["crash"])
    pushing = {"gentle_exercise", "warm_water", "yoga", "tai_chi", "physiotherapy"}
    assert not pushing & {s.therapy_key for s in crash.all_suggestions()}
    fm = suggest(diary, pid, region="thigh_front.left", mark_qualities=["heavy", "aching"],
                 conditions=["fibromyalgia"])
    fm_keys = [s.therapy_key for s in fm.common]
    assert "energy_management" not in fm_keys and "gentle_exercise" in fm_keys


def test_gentle_pressure_with_fibromyalgia_and_cautions_of_the_place() -> None:
    pr = therapies.get("pressure_release")
    assert "3 to 5 out of 10" in pr.cautions_for(["calf.left"], ["fibromyalgia"])[0]
    assert not any("3 to 5" in c for c in pr.cautions_for(["calf.left"], []))
    stretch = therapies.get("stretching")
    assert not any("neck" in c.lower() for c in stretch.cautions_for(["thigh_back.left"]))
    assert any("neck" in c.lower() for c in stretch.cautions_for(["neck_back.left"]))
    acu = therapies.get("acupuncture")
    assert any("pneumothorax" in c for c in acu.cautions_for(["chest_upper.right"]))
    assert not any("pneumothorax" in c for c in acu.cautions_for(["calf.right"]))


def test_evidence_follows_eular_2016() -> None:
    assert therapies.get("gentle_exercise").evidence == "strong"
    assert therapies.get("gentle_exercise").guideline == "strong_for"
    assert therapies.get("massage_therapy").guideline == "weak_against"
    for key in ("warm_water", "yoga", "tai_chi", "mindfulness", "cbt_pain_education",
                "acupuncture"):
        assert therapies.get(key).guideline == "weak_for", key
    assert therapies.get("sleep_habits").category == "home"
    assert set(therapies.CONDITIONS) == set(PROFILE_CONDITIONS)
    for t in therapies.catalogue():
        assert all(rc.text["it"] for rc in t.region_cautions)
        assert all(note["it"] for _c, note in t.condition_notes)


# -- the command line ---------------------------------------------------------------------------


def _run(argv, capsys):
    parser = argparse.ArgumentParser(prog="bodymap")
    parser.add_argument("--db")
    suggest_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.func(args)
    out = capsys.readouterr()
    return code, out.out, out.err


CLI_PROBES = [
    (["chest_upper.left", "upper_arm_front.left", "--fact", "breathless"], "cardiac_chest_pain",
     "emergency"),
    (["calf.left", "--fact", "swollen"], "deep_vein_thrombosis", "today"),
    (["temple.right", "--fact", "new", "--age", "72"], "giant_cell_arteritis", "today"),
    (["back_lower.left", "--fact", "saddle_numbness"], "cauda_equina", "emergency"),
    (["hand_back.right", "--quality", "tingling", "--fact", "new"], "new_numbness_tingling",
     "soon"),
]


@pytest.mark.parametrize(("argv", "rule", "urgency"), CLI_PROBES)
def test_cli_suggest_json_gives_the_warnings_first(argv, rule, urgency, db_url, capsys) -> None:
    Diary.open(db_url).close()
    code, out, _ = _run(["--db", db_url, "suggest", *argv, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["warnings"][0]["id"] == rule
    assert data["warnings"][0]["urgency"] == urgency
    assert data["warnings"][0]["text"]
    ranks = [W.URGENCIES.index(w["urgency"]) for w in data["warnings"]]
    assert ranks == sorted(ranks)


def test_cli_near_misses_and_text_output(db_url, capsys) -> None:
    Diary.open(db_url).close()
    code, out, _ = _run(["--db", db_url, "suggest", "temple.right", "--fact", "new", "--age",
                         "40", "--json"], capsys)
    assert code == 0 and json.loads(out)["warnings"] == []
    code, out, _ = _run(["--db", db_url, "suggest", "calf.left", "--fact", "swollen"], capsys)
    assert code == 0
    assert out.index("WARNING SIGNS") < out.index("What has helped you here")
    code, _, err = _run(["--db", db_url, "suggest", "calf.left", "--fact", "grumpy"], capsys)
    assert code == 2 and "unknown fact" in err
    code, out, _ = _run(["--db", db_url, "suggest", "--fact", "self_harm", "--json"], capsys)
    assert code == 0 and json.loads(out)["warnings"][0]["urgency"] == "emergency"


def test_cli_gives_warnings_without_a_diary(tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'none.sqlite3'}"
    code, out, err = _run(["--db", url, "suggest", "calf.left", "--fact", "swollen", "--json"],
                          capsys)
    assert code == 0 and json.loads(out)["warnings"][0]["id"] == "deep_vein_thrombosis"
    assert "no diary" in err and not (tmp_path / "none.sqlite3").exists()


# -- the profile details: store, export and import, migration -----------------------------------


def test_profile_details_are_stored_and_validated(any_diary) -> None:
    diary = any_diary
    p = diary.default_profile()
    assert p.birth_year is None and p.conditions == []
    saved = diary.update_profile_details(p.id, birth_year=1960,
                                         conditions=["me_cfs", "fibromyalgia"])
    assert saved.birth_year == 1960 and saved.conditions == ["fibromyalgia", "me_cfs"]
    assert diary.default_profile().conditions == ["fibromyalgia", "me_cfs"]
    for bad in ({"birth_year": 1899}, {"birth_year": date.today().year + 1},
                {"conditions": ["lupus"]}):
        with pytest.raises(ValidationError):
            diary.update_profile_details(p.id, **bad)
    assert diary.default_profile().birth_year == 1960
    # suggest reads the age and conditions from the profile
    result = suggest(diary, p.id, region="temple.left", facts=["new"])
    assert result.age == date.today().year - 1960 and "me_cfs" in result.conditions
    assert result.warnings[0].id == "giant_cell_arteritis"


def test_profile_details_export_and_import(any_diary, new_db_url) -> None:
    diary = any_diary
    p = diary.default_profile()
    diary.update_profile_details(p.id, birth_year=1971, conditions=["myofascial"])
    document = transfer.build_export(diary)
    assert document["profiles"][0]["birth_year"] == 1971
    assert document["profiles"][0]["conditions"] == ["myofascial"]
    target = Diary.open(new_db_url("target"))
    try:
        transfer.import_document(target, json.loads(json.dumps(document)))
        got = target.profile_by_name(p.name)
        assert (got.birth_year, got.conditions) == (1971, ["myofascial"])
        # an older file without the details still imports
        older = json.loads(json.dumps(document))
        older["profiles"][0]["name"] = "Someone older"
        older["profiles"][0]["uuid"] = "0c9e1d3a-5b1f-4a51-8a52-1f0e6d4b9a10"
        for key in ("birth_year", "conditions"):
            del older["profiles"][0][key]
        transfer.import_document(target, older)
        other = target.profile_by_name("Someone older")
        assert (other.birth_year, other.conditions) == (None, [])
        bad = json.loads(json.dumps(document))
        bad["profiles"][0]["birth_year"] = "nineteen"
        bad["profiles"][0]["uuid"] = "1c9e1d3a-5b1f-4a51-8a52-1f0e6d4b9a10"
        bad["profiles"][0]["name"] = "Bad"
        with pytest.raises(transfer.TransferError, match="birth_year"):
            transfer.import_document(target, bad)
    finally:
        target.close()


def test_migration_0004_keeps_the_profiles(tmp_path) -> None:
    from alembic import command

    from bodymap.store import database

    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as conn:
        config = database._alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO profile (uuid, name, created_at) VALUES (:u, :n, :c)"),
            {"u": "2c9e1d3a-5b1f-4a51-8a52-1f0e6d4b9a10", "n": "Anna",
             "c": datetime(2024, 1, 2, 3, 4)},
        )
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
    engine.dispose()
    diary = Diary.open(url)
    try:
        (anna,) = diary.list_profiles()
        assert anna.name == "Anna" and anna.birth_year is None and anna.conditions == []
        assert anna.created_at == datetime(2024, 1, 2, 3, 4)
        diary.update_profile_details(anna.id, birth_year=1950, conditions=["fibromyalgia"])
        with diary.engine.connect() as conn:
            from bodymap.store.database import known_revisions

            head = known_revisions()[1]  # 0004 and every later step ran
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
            row = conn.execute(text("SELECT birth_year, conditions FROM profile")).one()
            assert tuple(row) == (1950, "fibromyalgia")
    finally:
        diary.close()


# -- the window ---------------------------------------------------------------------------------


def test_therapy_panel_shows_warnings_first(qtbot, diary) -> None:
    from PySide6.QtWidgets import QLabel

    from bodymap.ui.therapy_panel import TherapyPanel

    pid = diary.default_profile().id
    panel = TherapyPanel(diary, pid)
    qtbot.addWidget(panel)
    panel.show()
    panel.facts = {"swollen"}
    panel.show_for("calf.left")
    qtbot.waitUntil(lambda: not panel.ops.pending(), timeout=5000)
    assert [f.property("warning_id") for f in panel.raised_frames] == ["deep_vein_thrombosis"]
    texts = [lb.text() for lb in panel._content.findChildren(QLabel) if lb.isVisibleTo(panel._content)]
    first = texts.index("See a doctor today")
    assert first < texts.index("Anything else today?") < texts.index("What has helped you here")
    assert all(c.suggestion.therapy_key != "massage_ball" for c in panel.all_cards())
    # ticking a box in the checklist raises a new warning at the top, most urgent first
    panel.fact_boxes["breathless"].setChecked(True)
    qtbot.waitUntil(lambda: not panel.ops.pending(), timeout=5000)
    urgencies = [f.property("urgency") for f in panel.raised_frames]
    assert urgencies[0] == "emergency" and panel.raised_frames[0].isVisibleTo(panel._content)
    assert panel.fact_boxes["breathless"].isChecked()


def test_details_dialog_saves(qtbot, diary) -> None:
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.ops import DiaryOps
    from bodymap.ui.person_dialog import open_person_details

    context = DiaryContext(diary, diary.default_profile())
    ops = DiaryOps(context)
    dialog = open_person_details(context, ops)
    qtbot.addWidget(dialog)
    dialog.birth_year_spin.setValue(1965)
    dialog.condition_boxes["me_cfs"].setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    saved = diary.default_profile()
    assert (saved.birth_year, saved.conditions) == (1965, ["me_cfs"])
    assert context.person.birth_year == 1965
    again = open_person_details(context, ops)
    qtbot.addWidget(again)
    assert again.birth_year() == 1965 and again.conditions() == ["me_cfs"]
    again.birth_year_spin.setValue(again.birth_year_spin.minimum())
    assert again.birth_year() is None
