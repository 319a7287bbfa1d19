"""Sample data: deterministic per seed, believable in shape, fast, and written validly."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from bodymap import demo
from bodymap.anatomy import atlas, regions
from bodymap.store.errors import ValidationError
from bodymap.store.models import Episode, Mark, MarkRegion, Therapy, TherapyUse
from bodymap.store.service import Diary

END = date(2024, 6, 30)


def _signature(diary: Diary, profile_id: int) -> list[tuple]:
    out = []
    for summary in sorted(diary.list_episodes(profile_id), key=lambda e: e.started_at):
        e = diary.get_episode(summary.id)
        out.append((e.uuid, e.started_at, e.kind, e.intensity, e.triggers, e.notes,
                    [(m.uuid, m.kind, m.view, m.geometry, m.intensity, m.regions, m.qualities,
                      m.tp_state, m.muscle_key, m.source_uuid) for m in e.marks],
                    [(u.therapy_name, u.outcome, u.relief, u.regions) for u in e.therapy_uses]))
    return out


def test_same_seed_same_diary(tmp_path) -> None:
    a = Diary.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    b = Diary.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    c = Diary.open(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    ra = demo.generate(a, years=0.25, seed=7, end=END)
    rb = demo.generate(b, years=0.25, seed=7, end=END)
    rc = demo.generate(c, years=0.25, seed=8, end=END)
    assert _signature(a, ra.profile.id) == _signature(b, rb.profile.id)
    assert _signature(a, ra.profile.id) != _signature(c, rc.profile.id)
    for d in (a, b, c):
        d.close()


@pytest.fixture(scope="module")
def year(tmp_path_factory) -> tuple[Diary, demo.DemoResult, float]:
    path = tmp_path_factory.mktemp("demo") / "year.sqlite3"
    diary = Diary.open(f"sqlite:///{path}")
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
        assert kinds == {"trigger_point", "referred_area", "spasm", "tender_point"}


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
    # Adding the therapies again is harmless (idempotent by key).
    assert demo.ensure_therapies(diary) == demo.ensure_therapies(diary)


def test_profile_with_episodes_is_refused(year) -> None:
    diary, result, _ = year
    with pytest.raises(ValidationError):
        demo.generate(diary, years=0.1, seed=1, profile=result.profile.name, end=END)


def test_save_episodes_validates_everything_first(diary: Diary) -> None:
    pid = diary.default_profile().id
    gen_records = list(demo._Generator(pid, demo.ensure_therapies(diary), 2, 0.05, END).run())
    assert gen_records
    gen_records[-1].marks[0].intensity = 11
    with pytest.raises(ValidationError):
        demo.save_episodes(diary, gen_records)
    with diary.session() as s:  # nothing written
        assert s.scalar(select(func.count(Episode.id))) == 0
        assert s.scalar(select(func.count(MarkRegion.mark_id))) == 0


def test_demo_command(tmp_path, capsys) -> None:
    from bodymap.commands import demo as demo_cmd

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    demo_cmd.register(parser.add_subparsers())
    db = str(tmp_path / "cli.sqlite3")
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
