"""The therapy catalogue and the therapy log (service functions)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from bodymap.anatomy import therapies
from bodymap.store.errors import NotFoundError, ValidationError
from bodymap.store.models import TherapyUse
from bodymap.store.therapy_log import (
    add_own_therapy,
    find_therapy,
    helped_here,
    log_use,
    rate_use,
    unrated_uses,
)

CONTRACT_KEYS = {
    "home": [
        "heat", "cold", "massage_ball", "massage_cane", "massage_gun", "pressure_release",
        "stretching", "yoga", "tai_chi", "topical_cream", "patch", "pacing_rest",
        "posture_habits", "gentle_exercise",
    ],
    "professional": [
        "physiotherapy", "massage_therapy", "acupuncture", "cupping", "trigger_point_injection",
    ],
    "supplement": [
        "magnesium", "malic_acid", "calcium", "zinc", "vitamin_b", "vitamin_d", "vitamin_b12",
        "carnitine", "coq10", "d_ribose", "nadh", "creatine",
    ],
}


def _ids(diary):
    return {t.key: t.id for t in therapies.ensure_catalogue(diary)}


def test_catalogue_has_the_contract_keys_in_their_categories() -> None:
    for category, keys in CONTRACT_KEYS.items():
        for key in keys:
            assert therapies.get(key).category == category, key
    assert {t.category for t in therapies.catalogue()} <= {"home", "professional", "supplement"}


def test_every_entry_is_complete_and_states_its_evidence() -> None:
    for t in therapies.catalogue():
        assert t.name and t.summary and t.for_text and t.duration, t.key
        assert t.steps and t.cautions, t.key
        assert t.evidence in therapies.EVIDENCE_LEVELS, t.key
        assert t.evidence_label and t.evidence_note, t.key
        if t.category == "professional":
            assert any("clinician" in c for c in t.cautions), t.key


def test_supplements_are_plain_about_weak_evidence_and_never_give_an_amount() -> None:
    supplements = therapies.by_category("supplement")
    assert len(supplements) == 12
    assert all(t.evidence in ("weak", "very_weak", "insufficient") for t in supplements)
    amount = re.compile(r"\d+\s*(mg|g|mcg|µg|iu|ml)\b", re.IGNORECASE)
    for t in supplements:
        text = " ".join([t.summary, t.for_text, t.duration, *t.steps, *t.cautions])
        assert not amount.search(text), t.key


def test_key_cautions_are_there() -> None:
    assert any("Raynaud" in c for c in therapies.get("cold").cautions)
    heat = " ".join(therapies.get("heat").cautions).lower()
    assert "numb" in heat and "fresh injury" in heat
    gun = " ".join(therapies.get("massage_gun").cautions).lower()
    assert "bone" in gun and "varicose" in gun and "nerves" in gun
    assert not therapies.get("massage_gun").suits_region("neck_side.left")
    assert therapies.get("massage_gun").suits_region("thigh_back.left")


def test_warning_signs_cover_the_red_flags() -> None:
    text = " ".join(therapies.WARNING_SIGNS).lower()
    for word in ("chest", "headache", "bladder", "calf", "fever"):
        assert word in text


def test_ensure_catalogue_is_idempotent(any_diary) -> None:
    diary = any_diary
    first = therapies.ensure_catalogue(diary)
    second = therapies.ensure_catalogue(diary)
    assert [t.id for t in first] == [t.id for t in second]
    builtin = [t for t in diary.list_therapies() if t.builtin]
    assert len(builtin) == len(therapies.catalogue())
    assert all(t.category != "medication" for t in builtin)


def test_log_rate_and_unrated(any_diary) -> None:
    diary = any_diary
    p = diary.default_profile()
    ids = _ids(diary)
    now = datetime(2024, 6, 1, 12, 0)
    old = log_use(diary, p.id, ids["heat"], now - timedelta(hours=3), 120,
                  ["neck_back.right", "neck_back.right"], duration_minutes=20)
    fresh = log_use(diary, p.id, ids["cold"], now - timedelta(minutes=10), 120, ["calf.left"])
    assert old.therapy_name == "Heat" and old.regions == ["neck_back.right"]
    assert old.duration_minutes == 20 and old.utc_offset_minutes == 120
    assert [u.id for u in unrated_uses(diary, p.id, now=now)] == [old.id]
    assert {u.id for u in unrated_uses(diary, p.id, timedelta(0), now=now)} == {old.id, fresh.id}
    rated = rate_use(diary, old.id, "better", 6)
    assert (rated.outcome, rated.relief) == ("better", 6)
    assert unrated_uses(diary, p.id, now=now) == []


@pytest.mark.parametrize(
    "change",
    [
        {"regions": []},
        {"regions": ["no_such_region"]},
        {"therapy_id": 9999},
        {"duration_minutes": -5},
        {"offset_minutes": 5000},
        {"used_at_utc": "yesterday"},
    ],
)
def test_log_use_rejects_bad_input_and_writes_nothing(any_diary, change) -> None:
    diary = any_diary
    p = diary.default_profile()
    args = {
        "profile_id": p.id, "therapy_id": _ids(diary)["heat"],
        "used_at_utc": datetime(2024, 6, 1), "offset_minutes": 0,
        "regions": ["neck_back.right"], "duration_minutes": 10,
    }
    args.update(change)
    with pytest.raises(ValidationError):
        log_use(diary, **args)
    with diary.session() as s:
        assert s.scalar(select(func.count(TherapyUse.id))) == 0


def test_rate_use_rejects_bad_values(any_diary) -> None:
    diary = any_diary
    p = diary.default_profile()
    use = log_use(diary, p.id, _ids(diary)["heat"], datetime(2024, 1, 1), 0, ["calf.left"])
    with pytest.raises(ValidationError):
        rate_use(diary, use.id, "great")
    with pytest.raises(ValidationError):
        rate_use(diary, use.id, "better", 11)
    with pytest.raises(NotFoundError):
        rate_use(diary, 12345, "better")
    assert unrated_uses(diary, p.id, timedelta(0))[0].outcome is None


def test_helped_here_counts_per_therapy(any_diary) -> None:
    diary = any_diary
    p = diary.default_profile()
    other = diary.create_profile("Someone else")
    ids = _ids(diary)
    t0 = datetime(2024, 1, 1)
    plan = [
        ("heat", ["neck_back.right", "neck_side.right"], "better", 6),  # counted once
        ("heat", ["neck_back.right"], "better", 4),
        ("heat", ["neck_side.right"], "worse", None),
        ("heat", ["neck_back.right"], None, None),  # not rated
        ("cold", ["neck_back.right"], "same", 2),
        ("cold", ["calf.left"], "better", 9),  # elsewhere: not counted
    ]
    for i, (key, regions, outcome, relief) in enumerate(plan):
        use = log_use(diary, p.id, ids[key], t0 + timedelta(days=i), 0, regions)
        if outcome:
            rate_use(diary, use.id, outcome, relief)
    stranger = log_use(diary, other.id, ids["heat"], t0, 0, ["neck_back.right"])
    rate_use(diary, stranger.id, "worse", 0)

    stats = {s.key: s for s in helped_here(diary, p.id, ["neck_back.right", "neck_side.right"])}
    heat = stats["heat"]
    assert (heat.uses, heat.rated, heat.better, heat.same, heat.worse) == (4, 3, 2, 0, 1)
    assert heat.mean_relief == pytest.approx(5.0)
    assert heat.last_used == t0 + timedelta(days=3)
    assert (stats["cold"].uses, stats["cold"].same, stats["cold"].mean_relief) == (1, 1, 2.0)
    since = helped_here(diary, p.id, ["neck_back.right"], since=t0 + timedelta(days=1))
    assert {s.key: s.uses for s in since} == {"heat": 2, "cold": 1}
    assert helped_here(diary, p.id, []) == []


def test_own_therapies_and_lookup(any_diary) -> None:
    diary = any_diary
    med = add_own_therapy(diary, "  My   tablets ", "medication")
    again = add_own_therapy(diary, "my tablets", "medication")
    assert med.id == again.id and med.name == "My tablets" and not med.builtin
    with pytest.raises(ValidationError):
        add_own_therapy(diary, "x", "potion")
    with pytest.raises(ValidationError):
        add_own_therapy(diary, "  ", "home")
    therapies.ensure_catalogue(diary)
    assert find_therapy(diary, "heat").key == "heat"
    assert find_therapy(diary, "MY TABLETS").id == med.id
    with pytest.raises(NotFoundError):
        find_therapy(diary, "nothing like it")
