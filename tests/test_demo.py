"""Sample data: deterministic per seed, believable in shape, fast, and written validly."""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from bodymap import demo
from bodymap.anatomy import atlas, regions
from bodymap.store import outcomes
from bodymap.store.errors import ValidationError
from bodymap.store.models import Episode, Mark, MarkRegion, Therapy, TherapyUse
from bodymap.store.records import SYMPTOM_KINDS
from bodymap.store.service import Diary

END = date(2024, 6, 30)


def _signature(diary: Diary, profile_id: int) -> list[tuple]:
    out = []
    for summary in sorted(diary.list_episodes(profile_id), key=lambda e: e.started_at):
        e = diary.get_episode(summary.id)
        out.append((e.uuid, e.started_at, e.kind, e.intensity, e.triggers, e.notes,
                    [(m.uuid, m.kind, m.view, m.geometry, m.intensity, m.regions, m.qualities,
                      m.tp_state, m.muscle_key, m.source_uuid, m.rank, m.constancy, m.depth,
                      m.aggravating, m.easing, m.daily_pattern, m.morning_stiffness_minutes,
                      m.brought_on_by, m.exam, m.pressure_threshold) for m in e.marks],
                    [(u.therapy_name, u.outcome, u.relief, u.regions) for u in e.therapy_uses],
                    e.cleared_regions))
    out.append([(r.activity_name, r.rated_on, r.score) for r in diary.psfs_ratings(profile_id)])
    out.append([(p.rated_on, p.score, p.note) for p in diary.pgic_ratings(profile_id)])
    return out


def test_same_seed_same_diary(new_db_url) -> None:
    a = Diary.open(new_db_url("a"))
    b = Diary.open(new_db_url("b"))
    c = Diary.open(new_db_url("c"))
    ra = demo.generate(a, years=0.25, seed=7, end=END)
    rb = demo.generate(b, years=0.25, seed=7, end=END)
    rc = demo.generate(c, years=0.25, seed=8, end=END)
    assert _signature(a, ra.profile.id) == _signature(b, rb.profile.id)
    assert _signature(a, ra.profile.id) != _signature(c, rc.profile.id)
    for d in (a, b, c):
        d.close()


@pytest.fixture(scope="module")
def year(module_db_url) -> tuple[Diary, demo.DemoResult, float]:
    diary = Diary.open(module_db_url)
    began = time.perf_counter()
    result = demo.generate(diary, years=1, seed=3, end=END)
    seconds = time.perf_counter() - began
    yield diary, result, seconds
    diary.close()


def test_one_year_is_fast_and_sized_like_a_diary(year) -> None:
    diary, result, seconds = year
    assert seconds < 5.0
    assert 300 <= result.episodes <= 480  # about one a day
    assert 4.0 <= result.marks / result.episodes <= 7.5
    with diary.session() as s:
        assert s.scalar(select(func.count(Episode.id))) == result.episodes
        assert s.scalar(select(func.count(Mark.id))) == result.marks
        assert s.scalar(select(func.count(TherapyUse.id))) == result.therapy_uses


def test_shape_flares_quiet_days_and_kinds(year) -> None:
    diary, result, _ = year
    episodes = diary.list_episodes(result.profile.id)
    per_day = Counter(e.started_at.date() for e in episodes)
    assert max(per_day.values()) >= 3  # several episodes on bad days
    days = (END - date(2023, 7, 1)).days
    assert days - len(per_day) >= 30  # and days without any
    kinds = Counter(e.kind for e in episodes)
    assert set(kinds) == {"flare", "chronic_spasm", "random_spasm", "everyday"}
    # Flares are worse than everyday episodes.
    mean = {k: sum(e.intensity for e in episodes if e.kind == k) / kinds[k] for k in kinds}
    assert mean["flare"] > mean["everyday"] + 1


def test_trigger_points_at_atlas_sites_with_linked_referred_areas(year) -> None:
    diary, result, _ = year
    with diary.session() as s:
        tps = s.scalars(select(Mark).where(Mark.kind == "trigger_point")).all()
        muscles = {m.muscle_key for m in tps}
        assert 3 <= len(muscles) <= 10
        for tp in tps[:300]:
            muscle = atlas.get(tp.muscle_key)
            sites = {(x.view, round(x.x, 3), round(x.y, 3), x.region)
                     for side in ("right", "left") for x in muscle.sites(side)}
            region = next(iter(r.region_id for r in tp.regions))
            g = tp.geometry
            assert (tp.view, round(g["x"], 3), round(g["y"], 3), region) in sites
            assert regions.region_at(tp.view, g["x"], g["y"]) == region
        areas = s.scalars(select(Mark).where(Mark.kind == "referred_area")).all()
        assert len(areas) > len(tps) // 2
        by_id = {m.id: m for m in tps}
        for area in areas[:300]:
            source = by_id[area.source_mark_id]  # linked to a trigger point of the episode
            assert source.episode_id == area.episode_id
            muscle = atlas.get(source.muscle_key)
            zones = {z.region for side in ("right", "left") for z in muscle.zones(side)}
            (zone, share), = ((r.region_id, r.share) for r in area.regions)
            assert zone in zones
            assert 0 < share <= 1
            # Every vertex of the blob lies inside the zone region (or on its edge).
            ring = area.geometry["polygons"][0]
            inside = sum(regions.region_at(area.view, x, y) == zone for x, y in ring)
            assert inside >= len(ring) - 2
        kinds = {k for (k,) in s.execute(select(Mark.kind).distinct())}
        assert kinds == {"trigger_point", "referred_area", "spasm", "tender_point", "pain",
                         "paraesthesia", "numbness"}


def test_the_body_chart_is_filled_in_like_a_physiotherapist_would(year) -> None:
    """P-numbers worst first, areas that behave the same from one episode to the next, neural
    symptoms brought on by the neck or the buttock, examined trigger points, ticked regions."""
    diary, result, _ = year
    records = [diary.get_episode(e.id) for e in diary.list_episodes(result.profile.id)]
    charted = detailed = examined = ticked = 0
    habits: dict[str, set[tuple]] = {}
    for record in records:
        symptoms = [m for m in record.marks if m.kind in SYMPTOM_KINDS]
        if symptoms:
            charted += 1
            # P1, P2... without gaps, the worst first
            assert sorted(m.rank for m in symptoms) == list(range(1, len(symptoms) + 1))
            by_rank = sorted(symptoms, key=lambda m: m.rank)
            assert [m.intensity for m in by_rank] == sorted(
                (m.intensity for m in symptoms), reverse=True)
        by_uuid = {m.uuid: m for m in record.marks}
        for m in symptoms:
            assert m.constancy is not None and m.depth is not None
            if m.aggravating:
                detailed += 1
                assert m.easing and m.daily_pattern
            if m.kind in ("pain", "referred_area"):
                habits.setdefault(next(iter(m.regions)), set()).add((m.constancy, m.depth))
            if m.brought_on_by is not None:
                assert m.kind in ("paraesthesia", "numbness")
                cause = by_uuid[m.brought_on_by]
                assert cause.kind in ("pain", "referred_area")
            if m.morning_stiffness_minutes is not None:
                assert "morning" in m.daily_pattern and 5 <= m.morning_stiffness_minutes <= 75
        for m in record.marks:
            if m.exam:
                examined += 1
                assert m.kind == "trigger_point"
                assert m.suggested_state == ("active" if m.tp_state == "active" else "latent")
                assert 1.0 <= (m.pressure_threshold or 0) <= 6.0
        if record.cleared_regions:
            ticked += 1
            hurting = {r for m in record.marks for r in m.regions}
            assert not hurting & set(record.cleared_regions)
    assert charted > 0.8 * len(records) and detailed > 100
    assert examined >= 3 and ticked >= 3
    # an area behaves the same way every time
    assert all(len(seen) == 1 for seen in habits.values())


def test_outcome_measures_follow_the_person(year) -> None:
    diary, result, _ = year
    pid = result.profile.id
    activities = diary.psfs_activities(pid)
    assert len(activities) == 3 and all(a.retired_on is None for a in activities)
    ratings = diary.psfs_ratings(pid)
    assert len(ratings) == result.psfs_ratings == 3 * 13  # every 30 days for a year
    assert {r.activity_name for r in ratings} == {a.name for a in activities}
    assert all(0 <= r.score <= 10 for r in ratings) and len({r.score for r in ratings}) > 3
    pgic = diary.pgic_ratings(pid)
    assert len(pgic) == result.pgic_ratings == 4 and all(1 <= p.score <= 7 for p in pgic)
    # a month of flares rates the activities lower than a quiet month
    episodes = diary.list_episodes(pid)
    by_day = {}
    for score in outcomes.psfs_scores(ratings):
        window = [e.intensity for e in episodes
                  if 0 <= (score.day - e.started_at.date()).days < 14 and e.intensity is not None]
        if window:
            by_day[score.day] = (score.mean, sum(window) / len(window))
    worst = max(by_day.values(), key=lambda v: v[1])
    best = min(by_day.values(), key=lambda v: v[1])
    assert worst[0] < best[0]


def test_therapies_tell_a_true_story(year) -> None:
    diary, result, _ = year
    keys = {t.key for t in diary.list_therapies()}
    assert {"heat", "cold", "massage_ball", "stretching", "magnesium"} <= keys
    with diary.session() as s:
        rows = s.execute(
            select(Therapy.key, TherapyUse.outcome, func.count())
            .join(TherapyUse, TherapyUse.therapy_id == Therapy.id)
            .group_by(Therapy.key, TherapyUse.outcome)
        ).all()
    counts: dict[str, Counter] = {}
    for key, outcome, n in rows:
        counts.setdefault(key, Counter())[outcome] += n
    heat = counts["heat"]
    assert heat["better"] > heat["same"] + heat["worse"]
    magnesium = counts["magnesium"]
    assert magnesium["better"] < magnesium["same"]
    # The demo uses the store's built-in catalogue and adds no therapy of its own.
    from bodymap.anatomy.therapies import catalogue

    ids = demo.therapy_ids(diary)
    assert len(diary.list_therapies()) == len(catalogue())
    by_id = {t.id: t for t in diary.list_therapies()}
    assert all(by_id[i].key == key and by_id[i].builtin for key, i in ids.items())


def test_profile_with_episodes_is_refused(year) -> None:
    diary, result, _ = year
    with pytest.raises(ValidationError):
        demo.generate(diary, years=0.1, seed=1, profile=result.profile.name, end=END)


def test_save_episodes_validates_everything_first(any_diary: Diary) -> None:
    diary = any_diary
    pid = diary.default_profile().id
    gen_records = list(demo._Generator(pid, demo.therapy_ids(diary), 2, 0.05, END).run())
    assert gen_records
    gen_records[-1].marks[0].intensity = 11
    with pytest.raises(ValidationError):
        demo.save_episodes(diary, gen_records)
    with diary.session() as s:  # nothing written
        assert s.scalar(select(func.count(Episode.id))) == 0
        assert s.scalar(select(func.count(MarkRegion.mark_id))) == 0


def test_ids_come_from_the_database_beside_other_writers(any_diary: Diary) -> None:
    """The bulk writer takes its ids from the database, so it and the service can interleave."""
    diary = any_diary
    from test_store import make_episode

    first = diary.save_episode(make_episode(diary))
    result = demo.generate(diary, years=0.05, seed=5, end=END)
    after = diary.save_episode(make_episode(diary))
    assert result.episodes > 5
    ids = [e.id for p in diary.list_profiles() for e in diary.list_episodes(p.id)]
    assert len(ids) == len(set(ids)) == result.episodes + 2
    assert max(ids) == after.id and min(ids) == first.id
    with diary.session() as s:
        marks = s.scalars(select(Mark)).all()
        assert len({m.id for m in marks}) == len(marks) == result.marks + 6
        # every link stays inside its episode, from a referred area to a trigger point
        by_id = {m.id: m for m in marks}
        for m in marks:
            if m.source_mark_id is not None:
                source = by_id[m.source_mark_id]
                assert (m.kind, source.kind) == ("referred_area", "trigger_point")
                assert source.episode_id == m.episode_id


def test_saved_episodes_read_back_as_generated(any_diary: Diary) -> None:
    diary = any_diary
    pid = diary.create_profile("Other").id
    records = list(demo._Generator(pid, demo.therapy_ids(diary), 9, 0.05, END).run())
    assert demo.save_episodes(diary, records) == len(records)

    def shape(e):
        return (e.uuid, e.started_at, e.utc_offset_minutes, e.duration_minutes, e.kind,
                e.intensity, e.fatigue, e.triggers, e.notes,
                [{k: v for k, v in dataclasses.asdict(m).items() if k != "id"} for m in e.marks],
                sorted(e.cleared_regions),
                [(u.uuid, u.therapy_id, u.used_at, u.duration_minutes, sorted(set(u.regions)),
                  u.outcome, u.relief) for u in sorted(e.therapy_uses, key=lambda u: u.uuid)])

    saved = [diary.get_episode(s.id) for s in diary.list_episodes(pid)]
    assert sorted(map(shape, saved)) == sorted(map(shape, records))
    assert {e.version for e in saved} == {1}


def test_demo_command(db_url, capsys) -> None:
    from bodymap.commands import demo as demo_cmd

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    demo_cmd.register(parser.add_subparsers())
    db = db_url
    args = parser.parse_args(["--db", db, "demo", "--years", "0.1", "--seed", "4", "--json"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["profile"] == "Demo" and data["episodes"] > 10
    # Again into the same profile: refused, nothing changes.
    args = parser.parse_args(["--db", db, "demo", "--years", "0.1"])
    assert args.func(args) == 2
    assert "already has episodes" in capsys.readouterr().err
    args = parser.parse_args(["--db", db, "demo", "--years", "0"])
    assert args.func(args) == 2


def test_demo_and_the_service_share_the_ids_on_both_engines(any_diary: Diary) -> None:
    """Ids come from the database (sequences on PostgreSQL), so a save after the bulk write,
    or another writer in between, never collides with a row the demo wrote."""
    from test_store import make_episode

    result = demo.generate(any_diary, years=0.05, seed=6, end=END)
    after = any_diary.save_episode(make_episode(any_diary))
    ids = [e.id for p in any_diary.list_profiles() for e in any_diary.list_episodes(p.id)]
    assert len(ids) == len(set(ids)) == result.episodes + 1
    assert after.id == max(ids)
    again = any_diary.get_episode(after.id)
    assert [m.uuid for m in again.marks] == [m.uuid for m in after.marks]
