"""The physiotherapist's body chart and outcome measures at the store layer (issue 16).

Every new field on both engines: written by the service and by the bulk writer, read back the
same; the one validation refusing what a chart cannot mean; PSFS and PGIC stored with their
rules; a person renamed, given a year of birth and removed with everything that is theirs; and
a diary of the previous schema upgraded with its marks intact.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from bodymap.store import assessments, bulk, outcomes
from bodymap.store import records as R
from bodymap.store.errors import NotFoundError, ValidationError
from bodymap.store.models import (
    EpisodeClearedRegion,
    Mark,
    MarkFactor,
    PgicRating,
    PsfsActivity,
    PsfsRating,
    TherapyUse,
)
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyRecord, TherapyUseRecord
from bodymap.store.service import Diary

AREA = {"type": "area", "polygons": [[[100, 80], [130, 80], [130, 120], [100, 120]]]}


def point(x: float = 200.0, y: float = 150.0) -> dict[str, object]:
    return {"type": "point", "x": x, "y": y}


def chart_episode(profile_id: int) -> EpisodeRecord:
    """An episode with every body-chart field set, on every symptom kind."""
    neck = MarkRecord(
        kind="pain", view="back", geometry=AREA, intensity=7,
        regions={"neck_back.right": 0.7}, rank=1, constancy="constant", depth="deep",
        aggravating=["screen_work", "sitting", "stress"], aggravating_note="after 20 min typing",
        easing=["heat", "stretching"], easing_note="hot shower helps for an hour",
        daily_pattern=["evening", "after_activity"], morning_stiffness_minutes=30,
    )
    tp = MarkRecord(
        kind="trigger_point", view="back", geometry=point(), intensity=6,
        regions={"shoulder_top.right": 0.02}, tp_state="active", muscle_key="upper_trapezius",
        exam={"taut_band": "yes", "spot_tenderness": "yes", "recognised_pain": "yes",
              "referred_on_pressure": "no"},
        pressure_threshold=2.5,
    )
    head = MarkRecord(
        kind="referred_area", view="head_right", geometry=AREA, intensity=5,
        regions={"temple.right": 0.5}, source_uuid=tp.uuid, rank=2, constancy="intermittent",
        depth="deep", brought_on_by=neck.uuid, daily_pattern=["evening"],
    )
    tingling = MarkRecord(
        kind="paraesthesia", view="front", geometry=AREA, intensity=3,
        regions={"palm.right": 0.4}, rank=3, constancy="intermittent", depth="superficial",
        aggravating=["driving"], easing=["changing_position"], brought_on_by=neck.uuid,
        daily_pattern=["night"],
    )
    numb = MarkRecord(
        kind="numbness", view="front", geometry=AREA, intensity=2,
        regions={"fingers_front.right": 0.3}, rank=4, depth="superficial",
        brought_on_by=tingling.uuid,
    )
    return EpisodeRecord(
        profile_id=profile_id, started_at=datetime(2026, 3, 2, 9, 30), utc_offset_minutes=60,
        intensity=6, marks=[tingling, neck, head, tp, numb],  # drawn out of rank order
        cleared_regions=["back_lower.left", "back_lower.right", "neck_back.left"],
    )


def comparable(record: EpisodeRecord) -> list[dict[str, object]]:
    """The marks as dicts without database ids, in drawing order."""
    return [{k: v for k, v in dataclasses.asdict(m).items() if k != "id"} for m in record.marks]


# -- every field, both writers, both engines ----------------------------------------------------


def test_save_episode_round_trips_every_body_chart_field(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    record = chart_episode(pid)
    saved = any_diary.save_episode(record)
    again = any_diary.get_episode(saved.id)
    assert comparable(again) == comparable(record)
    assert again.cleared_regions == sorted(record.cleared_regions)
    tingling, neck, head, tp, numb = again.marks
    assert head.brought_on_by == neck.uuid and numb.brought_on_by == tingling.uuid
    assert tp.exam == {"taut_band": "yes", "spot_tenderness": "yes", "recognised_pain": "yes",
                       "referred_on_pressure": "no"}  # the twitch response was not tested
    assert tp.pressure_threshold == 2.5 and tp.suggested_state == "active"
    assert R.symptom_numbers(again.marks) == {
        neck.uuid: 1, head.uuid: 2, tingling.uuid: 3, numb.uuid: 4}


def test_saving_again_replaces_the_chart_and_keeps_no_stale_rows(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    saved = any_diary.save_episode(chart_episode(pid))
    tingling, neck, head, tp, numb = saved.marks
    # renumber (P1 <-> P3), drop factors and a tick, forget an exam finding
    neck.rank, tingling.rank = 3, 1
    neck.aggravating, neck.easing, neck.daily_pattern = ["lifting"], [], []
    neck.morning_stiffness_minutes = None
    head.brought_on_by = None
    tp.exam = {"twitch_response": "no"}
    tp.pressure_threshold = None
    saved.cleared_regions = ["neck_back.left"]
    again = any_diary.save_episode(saved)
    tingling2, neck2, head2, tp2, _numb2 = again.marks
    assert (neck2.rank, tingling2.rank) == (3, 1)
    assert (neck2.aggravating, neck2.easing, neck2.daily_pattern) == (["lifting"], [], [])
    assert neck2.aggravating_note == "after 20 min typing"
    assert neck2.morning_stiffness_minutes is None and head2.brought_on_by is None
    assert tp2.exam == {"twitch_response": "no"} and tp2.pressure_threshold is None
    assert tp2.suggested_state is None
    assert again.cleared_regions == ["neck_back.left"]
    with any_diary.session() as s:
        assert s.scalar(select(func.count()).select_from(EpisodeClearedRegion)) == 1
        factors = s.scalar(select(func.count()).select_from(MarkFactor))
    # lifting + tingling's driving, changing_position, night + head's evening
    assert factors == 5


def test_the_bulk_writer_stores_what_the_service_stores(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    record = chart_episode(pid)
    with any_diary.session() as s:
        (eid,) = bulk.write_episodes(s, [record])
    again = any_diary.get_episode(eid)
    assert comparable(again) == comparable(record)
    assert again.cleared_regions == sorted(record.cleared_regions)


def test_deleting_an_episode_takes_its_ticks_and_factors(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    saved = any_diary.save_episode(chart_episode(pid))
    any_diary.delete_episode(saved.id)
    with any_diary.session() as s:
        for table in (EpisodeClearedRegion, MarkFactor, Mark):
            assert s.scalar(select(func.count()).select_from(table)) == 0


def test_the_database_refuses_a_p_number_twice_and_unknown_values(any_diary: Diary) -> None:
    """Behind the validation: the columns' own checks, on both engines."""
    pid = any_diary.default_profile().id
    saved = any_diary.save_episode(chart_episode(pid))
    base = {"episode_id": saved.id, "position": 9, "kind": "pain", "view": "front",
            "geometry": point(), "intensity": 3, "note": "", "aggravating_note": "",
            "easing_note": ""}
    bad = [{"rank": 1}, {"rank": 0}, {"constancy": "often"}, {"depth": "middle"},
           {"morning_stiffness_minutes": 2000}, {"pressure_threshold": 50.0}, {"kind": "itch"}]
    for n, change in enumerate(bad):
        row = {**base, "uuid": f"00000000-0000-4000-8000-0000000000{n:02d}", **change}
        with pytest.raises(IntegrityError), any_diary.engine.begin() as conn:
            conn.execute(insert(Mark.__table__), [row])
    with pytest.raises(IntegrityError), any_diary.engine.begin() as conn:
        conn.execute(insert(MarkFactor.__table__), [
            {"mark_id": saved.marks[0].id, "kind": "why", "position": 5, "factor": "sitting"}])


# -- the one validation -------------------------------------------------------------------------


def _refusal(change: object) -> str:
    record = chart_episode(1)
    tingling, neck, head, tp, numb = record.marks
    marks = {"tingling": tingling, "neck": neck, "head": head, "tp": tp, "numb": numb}
    assert callable(change)
    change(record, marks)
    with pytest.raises(ValidationError) as info:
        record.validate()
    return info.value.field


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r, m: setattr(m["neck"], "rank", 0), "marks[1].rank"),
        (lambda r, m: setattr(m["neck"], "rank", 100), "marks[1].rank"),
        (lambda r, m: setattr(m["numb"], "rank", 1), "marks[4].rank"),  # P1 twice
        (lambda r, m: setattr(m["tp"], "rank", 5), "marks[3].rank"),  # not a symptom
        (lambda r, m: setattr(m["neck"], "constancy", "sometimes"), "marks[1].constancy"),
        (lambda r, m: setattr(m["neck"], "depth", "medium"), "marks[1].depth"),
        (lambda r, m: setattr(m["neck"], "aggravating", ["gardening"]), "marks[1].aggravating[0]"),
        (lambda r, m: setattr(m["neck"], "aggravating", ["cold", "cold"]),
         "marks[1].aggravating[1]"),
        (lambda r, m: setattr(m["neck"], "aggravating", "sitting"), "marks[1].aggravating"),
        (lambda r, m: setattr(m["neck"], "easing", ["screen_work"]), "marks[1].easing[0]"),
        (lambda r, m: setattr(m["neck"], "easing_note", "a\x00b"), "marks[1].easing_note"),
        (lambda r, m: setattr(m["neck"], "daily_pattern", ["noon"]), "marks[1].daily_pattern[0]"),
        (lambda r, m: setattr(m["neck"], "morning_stiffness_minutes", 1441),
         "marks[1].morning_stiffness_minutes"),
        (lambda r, m: setattr(m["neck"], "morning_stiffness_minutes", -1),
         "marks[1].morning_stiffness_minutes"),
        (lambda r, m: setattr(m["tp"], "constancy", "constant"), "marks[3].constancy"),
        (lambda r, m: setattr(m["tp"], "aggravating_note", "x"), "marks[3].aggravating_note"),
        # brought on by: another symptom of this episode, never itself, never round in a circle
        (lambda r, m: setattr(m["neck"], "brought_on_by", m["neck"].uuid), "marks[1].brought_on_by"),
        (lambda r, m: setattr(m["neck"], "brought_on_by", m["tp"].uuid), "marks[1].brought_on_by"),
        (lambda r, m: setattr(m["neck"], "brought_on_by", R.new_uuid()), "marks[1].brought_on_by"),
        (lambda r, m: setattr(m["neck"], "brought_on_by", m["numb"].uuid),
         "marks[0].brought_on_by"),  # numb <- tingling <- neck <- numb: found from the first
        (lambda r, m: setattr(m["neck"], "brought_on_by", "P1"), "marks[1].brought_on_by"),
        (lambda r, m: setattr(m["tp"], "brought_on_by", m["neck"].uuid), "marks[3].brought_on_by"),
        # the examination: trigger points only, known findings, yes or no
        (lambda r, m: setattr(m["neck"], "exam", {"taut_band": "yes"}), "marks[1].exam"),
        (lambda r, m: setattr(m["tp"], "exam", {"jump_sign": "yes"}), "marks[3].exam"),
        (lambda r, m: setattr(m["tp"], "exam", {"taut_band": "maybe"}), "marks[3].exam.taut_band"),
        (lambda r, m: setattr(m["tp"], "exam", {"taut_band": True}), "marks[3].exam.taut_band"),
        (lambda r, m: setattr(m["tp"], "exam", ["taut_band"]), "marks[3].exam"),
        (lambda r, m: setattr(m["tp"], "pressure_threshold", 0.05), "marks[3].pressure_threshold"),
        (lambda r, m: setattr(m["tp"], "pressure_threshold", 25), "marks[3].pressure_threshold"),
        (lambda r, m: setattr(m["tp"], "pressure_threshold", float("nan")),
         "marks[3].pressure_threshold"),
        (lambda r, m: setattr(m["neck"], "pressure_threshold", 3.0), "marks[1].pressure_threshold"),
        # ticks: known regions, each once
        (lambda r, m: setattr(r, "cleared_regions", ["elbow"]), "cleared_regions[0]"),
        (lambda r, m: setattr(r, "cleared_regions", ["forehead", "forehead"]),
         "cleared_regions[1]"),
        (lambda r, m: setattr(r, "cleared_regions", "forehead"), "cleared_regions"),
    ],
)
def test_the_validation_refuses_what_a_body_chart_cannot_mean(change: object, field: str) -> None:
    assert _refusal(change) == field


def test_pins_and_needles_may_come_from_a_trigger_point(any_diary: Diary) -> None:
    """A trigger point may refer tingling or numbness as well as pain; plain pain is not sent."""
    pid = any_diary.default_profile().id
    record = chart_episode(pid)
    tingling, neck, _head, tp, numb = record.marks
    tingling.source_uuid = numb.source_uuid = tp.uuid
    saved = any_diary.save_episode(record)
    assert [m.source_uuid for m in saved.marks] == [tp.uuid, None, tp.uuid, None, tp.uuid]
    neck.source_uuid = tp.uuid
    with pytest.raises(ValidationError, match="only a referred-pain area, pins and needles") as info:
        record.validate()
    assert info.value.field == "marks[1].source"


def test_a_refused_chart_writes_nothing(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    record = chart_episode(pid)
    record.marks[1].brought_on_by = record.marks[1].uuid
    with pytest.raises(ValidationError):
        any_diary.save_episode(record)
    with pytest.raises(ValidationError):
        with any_diary.session() as s:
            bulk.write_episodes(s, [record])
    assert any_diary.list_episodes(pid) == []


def test_old_records_without_the_new_fields_still_validate() -> None:
    mark = MarkRecord(kind="pain", view="front", geometry=point(), intensity=3)
    episode = EpisodeRecord(profile_id=1, started_at=datetime(2026, 1, 1), marks=[mark])
    episode.validate()
    assert R.symptom_numbers(episode.marks) == {mark.uuid: 1}


def test_suggested_state_follows_recognised_pain() -> None:
    assert R.suggested_tp_state({"recognised_pain": "yes"}) == "active"
    assert R.suggested_tp_state({"recognised_pain": "no", "taut_band": "yes"}) == "latent"
    assert R.suggested_tp_state({"taut_band": "yes"}) is None
    assert R.suggested_tp_state({}) is None and R.suggested_tp_state(None) is None


def test_p_numbers_shown_are_one_to_n_ranked_first() -> None:
    marks = [
        MarkRecord(kind="numbness", view="front", geometry=point(), intensity=1),  # unranked
        MarkRecord(kind="pain", view="front", geometry=point(), intensity=1, rank=7),
        MarkRecord(kind="trigger_point", view="front", geometry=point(), intensity=1,
                   tp_state="latent"),
        MarkRecord(kind="paraesthesia", view="front", geometry=point(), intensity=1, rank=2),
    ]
    assert R.symptom_numbers(marks) == {marks[3].uuid: 1, marks[1].uuid: 2, marks[0].uuid: 3}
    R.renumber_symptoms(marks)
    assert [m.rank for m in marks] == [3, 2, None, 1]


def test_moving_a_symptom_renumbers_the_others_around_it() -> None:
    marks = [MarkRecord(kind="pain", view="front", geometry=point(), intensity=1, rank=n)
             for n in (1, 2, 3, 4)]
    marks.append(MarkRecord(kind="spasm", view="front", geometry=point(), intensity=1))
    R.move_symptom(marks, marks[3].uuid, 1)  # P4 dragged to the top
    assert [m.rank for m in marks] == [2, 3, 4, 1, None]
    R.move_symptom(marks, marks[3].uuid, 99)  # and to the bottom (clamped)
    assert [m.rank for m in marks] == [1, 2, 3, 4, None]
    R.move_symptom(marks, marks[0].uuid, 2)  # one key press down
    assert [m.rank for m in marks] == [2, 1, 3, 4, None]
    EpisodeRecord(profile_id=1, started_at=datetime(2026, 1, 1), marks=marks).validate()
    with pytest.raises(ValueError):
        R.move_symptom(marks, marks[4].uuid, 1)  # a spasm has no P-number


def test_vocabularies_have_an_english_label_for_every_key() -> None:
    for keys, labels in (
        (R.AGGRAVATING_FACTORS, R.AGGRAVATING_LABELS), (R.EASING_FACTORS, R.EASING_LABELS),
        (R.DAILY_PATTERNS, R.DAILY_PATTERN_LABELS), (R.EXAM_FINDINGS, R.EXAM_FINDING_LABELS),
        (R.CONSTANCIES, R.CONSTANCY_LABELS), (R.DEPTHS, R.DEPTH_LABELS),
    ):
        assert list(keys) == list(labels) and all(labels[k].strip() for k in keys)
        assert all(len(k) <= 32 for k in keys)  # the mark_factor column
    assert R.PGIC_LABELS[1] == "Very much improved" and R.PGIC_LABELS[4] == "No change"
    assert R.PGIC_LABELS[7] == "Very much worse" and R.PGIC_SCORES == tuple(range(1, 8))


def test_numbness_and_pins_and_needles_are_not_pain_for_the_wpi(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    day = datetime(2026, 3, 2, 9)
    for kind in ("numbness", "paraesthesia"):
        any_diary.save_episode(EpisodeRecord(
            profile_id=pid, started_at=day, marks=[MarkRecord(
                kind=kind, view="front", geometry=AREA, intensity=6,
                regions={"forearm_front.right": 0.5})]))
    assert assessments.wpi_from_map(any_diary, pid, date(2026, 3, 2)).score == 0
    assert assessments.pain_days(any_diary, pid, date(2026, 3, 2)) == []
    any_diary.save_episode(EpisodeRecord(
        profile_id=pid, started_at=day, marks=[MarkRecord(
            kind="pain", view="front", geometry=AREA, intensity=6,
            regions={"forearm_front.right": 0.5})]))
    assert assessments.wpi_from_map(any_diary, pid, date(2026, 3, 2)).score == 1


# -- PSFS and PGIC ------------------------------------------------------------------------------


def test_psfs_activities_ratings_and_scores(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    d = any_diary
    names = ["Carrying shopping", "Walking 30 minutes", "Sitting at the computer"]
    acts = [d.add_psfs_activity(pid, name, date(2026, 1, 5)) for name in names]
    assert [a.name for a in d.psfs_activities(pid)] == names
    for month, scores in ((1, (2, 4, 3)), (2, (4, 5, 3)), (3, (6, 7, 5))):
        for activity, score in zip(acts, scores, strict=True):
            d.rate_psfs(activity.id, date(2026, month, 5), score)
    again = d.rate_psfs(acts[2].id, date(2026, 3, 5), 6)  # the same day again replaces it
    assert again.score == 6 and again.activity_name == "Sitting at the computer"
    ratings = d.psfs_ratings(pid)
    assert len(ratings) == 9
    assert [(r.rated_on.month, r.activity_name, r.score) for r in ratings[-3:]] == [
        (3, "Carrying shopping", 6), (3, "Walking 30 minutes", 7), (3, "Sitting at the computer", 6)]
    assert [r.rated_on for r in d.psfs_ratings(pid, date(2026, 2, 1), date(2026, 2, 28))] == [
        date(2026, 2, 5)] * 3
    scores = outcomes.psfs_scores(ratings)
    assert [(s.day.month, round(s.mean, 2), s.count) for s in scores] == [
        (1, 3.0, 3), (2, 4.0, 3), (3, 6.33, 3)]
    assert len(d.psfs_ratings(pid, activity_id=acts[1].id)) == 3
    # renamed, it keeps its ratings
    d.rename_psfs_activity(acts[0].id, "Carrying a full shopping bag")
    assert {r.activity_name for r in d.psfs_ratings(pid, activity_id=acts[0].id)} == {
        "Carrying a full shopping bag"}


def test_psfs_keeps_at_most_five_in_use_and_names_apart(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    d = any_diary
    acts = [d.add_psfs_activity(pid, f"Activity {n}", date(2026, 1, 1)) for n in range(5)]
    with pytest.raises(ValidationError, match="5 activities are already in use"):
        d.add_psfs_activity(pid, "One too many", date(2026, 2, 1))
    with pytest.raises(ValidationError, match="already in use"):
        d.rename_psfs_activity(acts[1].id, " activity 0 ")
    with pytest.raises(ValidationError) as info:
        d.add_psfs_activity(pid, "   ", date(2026, 2, 1))
    assert info.value.field == "psfs_activity.name"
    d.rate_psfs(acts[0].id, date(2026, 1, 10), 3)
    with pytest.raises(ValidationError, match="ratings on or after"):
        d.retire_psfs_activity(acts[0].id, date(2026, 1, 10))
    retired = d.retire_psfs_activity(acts[0].id, date(2026, 1, 20))
    assert retired.retired_on == date(2026, 1, 20)
    sixth = d.add_psfs_activity(pid, "Gardening", date(2026, 2, 1))  # a place is free again
    assert [a.name for a in d.psfs_activities(pid, include_retired=False)] == [
        "Activity 1", "Activity 2", "Activity 3", "Activity 4", "Gardening"]
    assert len(d.psfs_activities(pid, include_retired=False, on=date(2026, 1, 15))) == 5
    # the retired activity keeps its rating, and takes no new one
    assert [r.score for r in d.psfs_ratings(pid, activity_id=acts[0].id)] == [3]
    with pytest.raises(ValidationError, match="retired"):
        d.rate_psfs(acts[0].id, date(2026, 2, 2), 4)
    with pytest.raises(ValidationError, match="already in use"):
        d.unretire_psfs_activity(acts[0].id)  # six would be in use
    with pytest.raises(ValidationError, match="before the activity was added"):
        d.rate_psfs(sixth.id, date(2026, 1, 31), 4)
    for score in (-1, 11):
        with pytest.raises(ValidationError) as info:
            d.rate_psfs(sixth.id, date(2026, 2, 3), score)
        assert info.value.field == "psfs_rating.score"
    d.delete_psfs_activity(acts[0].id)
    with d.session() as s:
        assert s.scalar(select(func.count()).select_from(PsfsRating)) == 0
    with pytest.raises(NotFoundError):
        d.rate_psfs(acts[0].id, date(2026, 2, 2), 4)


def test_pgic_at_follow_ups(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    d = any_diary
    first = d.add_pgic(pid, date(2026, 2, 1), 3, "a little better")
    d.add_pgic(pid, date(2026, 3, 1), 2)
    d.add_pgic(pid, date(2026, 1, 1), 4)
    assert [(p.rated_on.month, p.score, p.label) for p in d.pgic_ratings(pid)] == [
        (1, 4, "No change"), (2, 3, "Minimally improved"), (3, 2, "Much improved")]
    assert [p.note for p in d.pgic_ratings(pid, date(2026, 2, 1), date(2026, 2, 1))] == [
        "a little better"]
    for score in (0, 8, True):
        with pytest.raises(ValidationError) as info:
            d.add_pgic(pid, date(2026, 4, 1), score)  # type: ignore[arg-type]
        assert info.value.field == "pgic.score"
    with pytest.raises(ValidationError):
        d.add_pgic(9999, date(2026, 4, 1), 4)
    d.delete_pgic(first.id)
    assert len(d.pgic_ratings(pid)) == 2
    with pytest.raises(NotFoundError):
        d.delete_pgic(first.id)


def test_the_bulk_writer_writes_psfs_and_pgic(any_diary: Diary) -> None:
    pid = any_diary.default_profile().id
    acts = [R.PsfsActivityRecord(profile_id=pid, name=n, added_on=date(2026, 1, 1))
            for n in ("Stairs", "Reading")]
    ratings = [R.PsfsRatingRecord(activity_id=i, rated_on=date(2026, 1, 1), score=4 + i)
               for i in range(2)]
    with any_diary.session() as s:
        bulk.write_psfs(s, acts, ratings)
        bulk.write_pgic(s, [R.PgicRecord(profile_id=pid, rated_on=date(2026, 2, 1), score=5)])
    assert [(r.activity_name, r.score) for r in any_diary.psfs_ratings(pid)] == [
        ("Stairs", 4), ("Reading", 5)]
    assert [p.score for p in any_diary.pgic_ratings(pid)] == [5]
    with pytest.raises(ValidationError, match="rated twice"), any_diary.session() as s:
        bulk.write_psfs(s, acts[:1] and [dataclasses.replace(acts[0], uuid=R.new_uuid())],
                        [dataclasses.replace(ratings[0], uuid=R.new_uuid())] * 2)


# -- the person -----------------------------------------------------------------------------


def test_a_person_is_renamed_and_given_a_year_of_birth(any_diary: Diary) -> None:
    me = any_diary.default_profile()
    any_diary.update_profile_details(me.id, birth_year=1970, conditions=["fibromyalgia"])
    renamed = any_diary.update_profile(me.id, name="  Anna Rossi ")
    assert renamed.name == "Anna Rossi" and renamed.birth_year == 1970
    assert renamed.conditions == ["fibromyalgia"]  # what is left out stays
    cleared = any_diary.update_profile(me.id, birth_year=None, conditions=["me_cfs"])
    assert (cleared.name, cleared.birth_year, cleared.conditions) == ("Anna Rossi", None, ["me_cfs"])
    assert any_diary.profile_by_name("Anna Rossi").id == me.id
    any_diary.create_profile("Bruno")
    with pytest.raises(ValidationError, match="exists already"):
        any_diary.update_profile(me.id, name="Bruno")
    for bad in ({"name": " "}, {"birth_year": 1800}, {"conditions": ["flu"]}):
        with pytest.raises(ValidationError):
            any_diary.update_profile(me.id, **bad)  # type: ignore[arg-type]
    assert any_diary.profile_by_name("Anna Rossi").birth_year is None
    with pytest.raises(NotFoundError):
        any_diary.update_profile(9999, name="Nobody")


def test_removing_a_person_takes_everything_that_is_theirs(any_diary: Diary) -> None:
    d = any_diary
    anna = d.default_profile()
    bruno = d.create_profile("Bruno")
    heat = d.add_therapy(TherapyRecord(None, "Heat", "home", key="heat", builtin=True))
    for person in (anna, bruno):
        record = chart_episode(person.id)
        record.therapy_uses = [TherapyUseRecord(therapy_id=heat.id, used_at=record.started_at)]
        d.save_episode(record)
        act = d.add_psfs_activity(person.id, "Walking", date(2026, 1, 1))
        d.rate_psfs(act.id, date(2026, 1, 2), 5)
        d.add_pgic(person.id, date(2026, 2, 1), 3)
        assessments.save_assessment(d, R.AssessmentRecord(
            profile_id=person.id, assessed_on=date(2026, 1, 1), areas=["neck"]))
    d.remove_profile(bruno.id)
    assert [p.name for p in d.list_profiles()] == [anna.name]
    assert d.list_episodes(bruno.id) == [] and len(d.list_episodes(anna.id)) == 1
    assert d.psfs_activities(bruno.id) == [] and d.pgic_ratings(bruno.id) == []
    assert assessments.list_assessments(d, bruno.id) == []
    with d.session() as s:
        assert s.scalar(select(func.count()).select_from(TherapyUse)) == 1
        assert s.scalar(select(func.count()).select_from(PsfsActivity)) == 1
        assert s.scalar(select(func.count()).select_from(PsfsRating)) == 1
        assert s.scalar(select(func.count()).select_from(PgicRating)) == 1
        assert s.scalar(select(func.count()).select_from(Mark)) == 5
    with pytest.raises(ValidationError, match="only person"):
        d.remove_profile(anna.id)
    assert len(d.list_episodes(anna.id)) == 1
    with pytest.raises(NotFoundError):
        d.remove_profile(bruno.id)


# -- upgrading a diary of schema 0004 -----------------------------------------------------------


def test_migration_0005_keeps_marks_and_adds_the_chart(tmp_path) -> None:
    from alembic import command

    from bodymap.store import database

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        config = database._alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.execute(text(
            "INSERT INTO profile (id, uuid, name, created_at, conditions) "
            "VALUES (1, '2c9e1d3a-5b1f-4a51-8a52-1f0e6d4b9a10', 'Anna', '2024-01-02', '')"))
        conn.execute(text(
            "INSERT INTO episode (id, uuid, profile_id, started_at, utc_offset_minutes, kind, "
            "notes, created_at, updated_at, version) VALUES (1, "
            "'2c9e1d3a-5b1f-4a51-8a52-1f0e6d4b9a11', 1, '2024-01-02 08:00:00', 0, 'flare', '', "
            "'2024-01-02', '2024-01-02', 1)"))
        for n, kind in ((1, "trigger_point"), (2, "pain")):
            conn.execute(text(
                "INSERT INTO mark (id, uuid, episode_id, position, kind, view, geometry, "
                "intensity, tp_state, note) VALUES (:id, :uuid, 1, :id, :kind, 'front', "
                "'{\"type\": \"point\", \"x\": 1, \"y\": 2}', 4, :state, 'old')"),
                {"id": n, "uuid": f"2c9e1d3a-5b1f-4a51-8a52-1f0e6d4b9a2{n}", "kind": kind,
                 "state": "latent" if kind == "trigger_point" else None})
    engine.dispose()
    diary = Diary.open(url)
    try:
        episode = diary.get_episode(1)
        tp, pain = episode.marks
        assert (tp.kind, tp.tp_state, tp.note, tp.exam, tp.pressure_threshold) == (
            "trigger_point", "latent", "old", {}, None)
        assert (pain.rank, pain.constancy, pain.aggravating, pain.aggravating_note) == (
            None, None, [], "")
        assert episode.cleared_regions == []
        pain.kind = "numbness"
        pain.rank = 1
        tp.exam = {"recognised_pain": "no"}
        episode.cleared_regions = ["forehead"]
        again = diary.save_episode(episode)
        assert [m.kind for m in again.marks] == ["trigger_point", "numbness"]
        assert again.marks[0].exam == {"recognised_pain": "no"}
        with diary.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                database.known_revisions()[1])
    finally:
        diary.close()
