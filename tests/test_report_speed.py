"""The report's warning signs, gathered the fast way, are the warnings of every episode evaluated
one by one; the report data of ten years stays well inside its budget."""

from __future__ import annotations

import random
import time
from datetime import date, datetime
from typing import Any

import pytest

from bodymap import demo
from bodymap.anatomy import regions as anatomy
from bodymap.anatomy import warnings as rules
from bodymap.i18n.language import pick
from bodymap.report.model import build_report, local_date, period_range, period_warnings
from bodymap.store.records import EpisodeRecord, MarkRecord
from bodymap.store.service import Diary

END = date(2026, 1, 1)


def _straightforward(diary: Diary, profile_id: int, start: datetime | None,
                     end: datetime | None, episode_id: int | None,
                     birth_year: int | None) -> list[tuple[Any, ...]]:
    """Every episode read whole through the diary and evaluated on all its marks."""
    ids = ([episode_id] if episode_id is not None
           else [e.id for e in diary.list_episodes(profile_id, start, end)])
    found: dict[str, list[Any]] = {}
    for eid in ids:
        episode = diary.get_episode(eid)
        regions = [r for m in episode.marks for r in m.regions]
        if not regions:
            continue
        qualities = [q for m in episode.marks for q in m.qualities]
        day = local_date(episode.started_at, episode.utc_offset_minutes)
        age = day.year - birth_year if birth_year else None
        for w in rules.evaluate(regions, qualities, (), age=age):
            entry = found.setdefault(w.id, [w, day, day, 0])
            entry[1], entry[2], entry[3] = min(entry[1], day), max(entry[2], day), entry[3] + 1
    out = [(w.id, w.urgency, pick(w.title), pick(w.action), a, b, n)
           for w, a, b, n in found.values()]
    out.sort(key=lambda r: (rules.URGENCIES.index(r[1]), r[4], r[0]))
    return out


def _as_tuples(warnings: list[Any]) -> list[tuple[Any, ...]]:
    return [(w.id, w.urgency, w.title, w.action, w.first, w.last, w.episodes) for w in warnings]


def _chest_episode(profile_id: int, when: datetime, arm: str) -> EpisodeRecord:
    """Chest pain with pain in one arm: the one rule that needs no ticked fact fires for the
    left arm only."""
    def area(region: str) -> MarkRecord:
        return MarkRecord(kind="pain", view="front", intensity=7,
                          geometry={"type": "area",
                                    "polygons": [[[10, 10], [20, 10], [20, 20]]]},
                          regions={region: 1.0}, qualities=["aching"])

    return EpisodeRecord(profile_id=profile_id, started_at=when, kind="flare", intensity=7,
                         marks=[area("chest_upper.left"), area(f"upper_arm_front.{arm}")])


@pytest.fixture
def varied(any_diary: Diary) -> tuple[Diary, int]:
    """Two years of demo diary (many regions and qualities, episodes without marks) plus
    episodes that raise the chest-and-arm warning and some that only come close."""
    result = demo.generate(any_diary, years=2, seed=7, end=END)
    pid = result.profile.id
    assert pid is not None
    any_diary.update_profile_details(pid, birth_year=1961)
    for i, arm in enumerate(("left", "right", "left", "right")):
        any_diary.save_episode(_chest_episode(pid, datetime(2025, 6, 1 + i, 9, 30), arm))
    return any_diary, pid


def test_report_warnings_are_those_of_every_episode_evaluated_alone(
        varied: tuple[Diary, int]) -> None:
    diary, pid = varied
    periods = [(None, None)] + [period_range(p, END) for p in ("30d", "3m", "1y")]
    periods.append((datetime(2025, 6, 2), datetime(2025, 6, 4)))  # the chest episodes only
    raised_any = False
    for start, end in periods:
        for birth in (None, 1961, 1990):
            fast = _as_tuples(period_warnings(diary, pid, start, end, None, birth))
            assert fast == _straightforward(diary, pid, start, end, None, birth)
            raised_any |= bool(fast)
    assert raised_any  # the comparison is about something
    everything = _as_tuples(period_warnings(diary, pid, None, None, None, 1961))
    chest = [w for w in everything if w[0] == "cardiac_chest_pain"]
    assert chest and chest[0][6] >= 2  # the two left-arm episodes at least
    for e in diary.list_episodes(pid, datetime(2025, 6, 1), datetime(2025, 6, 5)):
        one = _as_tuples(period_warnings(diary, pid, None, None, e.id, 1961))
        assert one == _straightforward(diary, pid, None, None, e.id, 1961)
    # the report itself carries them
    data = build_report(diary, pid, today=END)
    assert _as_tuples(data.warnings) == _straightforward(diary, pid, None, None, None, 1961)


def test_what_the_rules_read_gives_the_same_warnings_as_the_whole_marks() -> None:
    """For any ticked facts, evaluating only what :func:`warnings.reading` says the rules read
    gives exactly the warnings of the whole input (regions matched, facts, urgency...)."""
    rng = random.Random(18)
    region_ids = sorted(anatomy.REGIONS) + ["made_up.left", "chest_upper", "jaw"]
    qualities = sorted({q for r in rules.rules() for p in r.when for q in p.qualities}
                       | {"aching", "Burning ", "stabbing", ""})
    facts = [f.key for f in rules.FACTS]
    fired: set[str] = set()
    for _ in range(3000):
        regs = rng.sample(region_ids, rng.randint(0, 12))
        regs += rng.sample(regs, min(len(regs), 2))  # a region marked twice
        quals = rng.sample(qualities, rng.randint(0, 4))
        ticked = rng.sample(facts, rng.choice((0, 0, 1, 2, 4)))
        age = rng.choice((None, 15, 40, 55, 70))
        reading = rules.reading(ticked)
        whole = rules.evaluate(regs, quals, ticked, age=age)
        p_regs, p_quals = reading.project(regs, quals)
        assert rules.evaluate(p_regs, p_quals, ticked, age=age) == whole
        if not reading.age:
            assert rules.evaluate(p_regs, p_quals, ticked, age=None) == whole
        if reading.needs_region and not p_regs:
            assert whole == []
        fired |= {w.id for w in whole}
    assert len(fired) >= len(rules.rules()) // 2  # most rules were exercised


def test_region_matching_is_the_documented_one() -> None:
    """A spec matches its region id, the region's part (either side), or "*"."""
    specs = ("calf", "upper_arm_front.left", "jaw")
    for region, expected in [("calf.left", True), ("calf", True), ("calf_x.left", False),
                             ("upper_arm_front.left", True), ("upper_arm_front.right", False),
                             ("jaw.right", True), ("Jaw.right", False), ("thigh.left", False)]:
        assert rules._matches(region, specs) is expected, region
        assert rules._matches(region, list(specs)) is expected, region
    assert rules._matches("anything.left", ("*",))


def test_ten_years_of_report_data_stays_well_inside_the_budget(diary: Diary) -> None:
    """Generous (the budget is 1.5 s for fifty years; this is a shared 2-core machine)."""
    result = demo.generate(diary, years=10, seed=1, end=END)
    pid = result.profile.id
    assert pid is not None
    build_report(diary, pid, today=END)  # imports, first connection
    timings = []
    for _ in range(2):
        began = time.perf_counter()
        data = build_report(diary, pid, today=END)
        timings.append(time.perf_counter() - began)
    assert data.episode_count == result.episodes
    assert min(timings) < 3.0, timings
    start, end = period_range("3m", END)
    began = time.perf_counter()
    build_report(diary, pid, start, end, today=END)
    assert time.perf_counter() - began < 1.0
