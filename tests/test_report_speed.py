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


# -- the one pass over the marks gives what the queries per section gave ------------------------
def _odd_episodes(profile_id: int) -> list[EpisodeRecord]:
    """What the demo diary seldom has: two episodes started at the same moment, clocks far
    from UTC, an area split evenly between two regions, a mark on no region, a referred area
    whose muscle is its trigger point's."""
    tp = MarkRecord(kind="trigger_point", view="back", tp_state="latent",
                    geometry={"type": "point", "x": 150.0, "y": 222.0}, intensity=4,
                    regions={"between_shoulder_blades.left": 1.0}, muscle_key="upper_trapezius")
    referred = MarkRecord(kind="referred_area", view="back", intensity=6,
                          geometry={"type": "area", "polygons": [[[1, 1], [9, 1], [9, 9]]]},
                          regions={"between_shoulder_blades.left": 0.5, "back_middle.left": 0.5},
                          source_uuid=tp.uuid, qualities=["aching", "burning"])
    loose = MarkRecord(kind="spasm", view="front", spasm_kind="random",
                       geometry={"type": "point", "x": 5.0, "y": 5.0}, intensity=3, regions={})
    same = datetime(2025, 11, 20, 7, 0)

    def pain(region: str, intensity: int, view: str = "front",
             also: str = "chest_upper.left") -> MarkRecord:
        return MarkRecord(kind="pain", view=view, intensity=intensity,
                          geometry={"type": "area", "polygons": [[[2, 2], [8, 2], [8, 8]]]},
                          regions={region: 0.7, also: 0.3})

    return [
        EpisodeRecord(profile_id=profile_id, started_at=same, kind="flare", intensity=6,
                      utc_offset_minutes=600, marks=[tp, referred, loose]),
        EpisodeRecord(profile_id=profile_id, started_at=same, kind="flare", intensity=3,
                      utc_offset_minutes=-420,
                      # first in its episode, on a region the other one reaches second
                      marks=[pain("back_middle.left", 2, "back", "back_lower.left")]),
        EpisodeRecord(profile_id=profile_id, started_at=datetime(2025, 12, 30, 23, 30),
                      utc_offset_minutes=-600, intensity=8,
                      marks=[pain("abdomen_lower.left", 9)]),
    ]


@pytest.fixture
def mixed(any_diary: Diary) -> tuple[Diary, int]:
    result = demo.generate(any_diary, years=2, seed=3, end=END)
    pid = result.profile.id
    assert pid is not None
    for record in _odd_episodes(pid):
        any_diary.save_episode(record)
    return any_diary, pid


def _scopes(diary: Diary, pid: int) -> list[tuple[datetime | None, datetime | None, int | None]]:
    episodes = diary.list_episodes(pid, None, None)
    scopes: list[tuple[datetime | None, datetime | None, int | None]] = [(None, None, None)]
    scopes += [(*period_range(p, END), None) for p in ("30d", "3m", "1y")]
    scopes += [(datetime(2024, 7, 3, 13, 7), datetime(2025, 2, 1, 2, 0), None),  # not midnights
               (None, datetime(2025, 3, 1), None), (datetime(2025, 9, 1), None, None),
               (datetime(2031, 1, 1), None, None)]  # nothing in it
    scopes += [(None, None, e.id) for e in episodes[:: max(1, len(episodes) // 4)]]
    return scopes


def test_one_pass_gives_the_rows_of_the_queries_per_section(mixed: tuple[Diary, int]) -> None:
    """Every grouped row of the report, from one read of the marks, equals the rows of the
    aggregate queries it replaced (tests/report_reference.py), on both engines."""
    import report_reference as reference

    from bodymap.store.report_queries import report_rows

    diary, pid = mixed
    checked_marks = 0
    for start, end, episode in _scopes(diary, pid):
        for with_marks in (True, False):
            new = report_rows(diary, pid, start, end, episode, with_marks=with_marks)
            old = reference.report_rows(diary, pid, start, end, episode, with_marks=with_marks)
            assert new.totals == old.totals
            assert new.regions == old.regions
            assert sorted(new.kinds) == sorted(old.kinds)
            assert sorted(new.tp_states) == sorted(old.tp_states)
            assert sorted(new.muscles) == sorted(old.muscles)
            assert sorted(new.qualities) == sorted(old.qualities)
            assert sorted(map(repr, new.therapies)) == sorted(repr(tuple(t)) for t in old.therapies)
            assert new.marks == old.marks  # oldest first, the same places' fields
            checked_marks += len(new.marks)
    assert checked_marks > 1000  # the comparison is about something


def _rounded(visit: Any) -> Any:
    if visit is None:
        return None
    from dataclasses import replace

    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 9)

    rows = [replace(row, start=r(row.start), end=r(row.end), mean=r(row.mean),
                    change=r(row.change)) for row in visit.rows]
    return replace(visit, rows=rows, start_overall=r(visit.start_overall),
                   end_overall=r(visit.end_overall))


def test_sections_from_the_rows_are_those_of_their_own_queries(
        mixed: tuple[Diary, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """The charts, the since-last-visit figures, the warnings and the episodes, made from the
    report's rows, equal what region_history, region_figures, period_warnings and
    episode_summaries give for the same period."""
    from bodymap.report import model
    from bodymap.store import history
    from bodymap.store.report_queries import episode_summaries, report_rows

    diary, pid = mixed
    now = datetime(2026, 1, 2, 9, 0)
    monkeypatch.setattr(history, "utcnow", lambda: now)
    diary.update_profile_details(pid, birth_year=1961)
    charted = visits = 0
    for start, end, episode in _scopes(diary, pid):
        data = build_report(diary, pid, start, end, episode, today=END)
        rows = report_rows(diary, pid, start, end, episode)
        assert rows.episodes == episode_summaries(diary, pid, start, end, episode)
        assert data.warnings == period_warnings(diary, pid, start, end, episode, 1961)
        if episode is not None:
            continue
        expected = [history.region_history(diary, pid, r, start, end) for r in data.chart_regions]
        assert data.histories == [h for h in expected if len(h.points) >= model.MIN_CHART_POINTS]
        charted += len(data.histories)
        if data.period_start and data.period_end:
            by_queries = model.visit_report(diary, pid, data.period_start, data.period_end,
                                            rows.episodes)
            # PostgreSQL averages in decimal (16 digits): its means may differ in the last bit
            assert _rounded(data.visit) == _rounded(by_queries)
            if diary.engine.dialect.name == "sqlite":
                assert data.visit == by_queries
            visits += bool(by_queries and by_queries.rows)
    assert charted >= 8 and visits >= 4


def test_plain_rows_are_the_rows_sqlalchemy_gives(mixed: tuple[Diary, int]) -> None:
    """The report's and the history's bare reads (the driver's tuples, or their columns,
    converted only where a column's type says so) hold what ``execute(...).all()`` holds, on
    both engines: datetimes, the floats of a point's geometry, NULLs, text and counts."""
    from sqlalchemy import bindparam, case, func, select

    from bodymap.store.driver_rows import plain_columns, plain_rows, streamed_rows
    from bodymap.store.models import Episode, Mark, MarkRegion
    from bodymap.store.report_queries import AREA_KINDS

    diary, pid = mixed
    e, m, r = Episode.__table__, Mark.__table__, MarkRegion.__table__
    is_area = m.c.kind.in_(AREA_KINDS)
    statements = [
        select(e.c.id, e.c.started_at, e.c.utc_offset_minutes, e.c.kind, e.c.intensity,
               e.c.notes).where(e.c.profile_id == pid).order_by(e.c.started_at, e.c.id),
        select(m.c.id, m.c.tp_state, case((is_area, None), else_=m.c.geometry["x"].as_float()),
               r.c.region_id, r.c.share)
        .select_from(m.outerjoin(r, r.c.mark_id == m.c.id)).order_by(m.c.id, r.c.region_id),
        select(r.c.region_id, func.count(), func.max(e.c.started_at))
        .select_from(r.join(m, m.c.id == r.c.mark_id).join(e, e.c.id == m.c.episode_id))
        .group_by(r.c.region_id).order_by(r.c.region_id),
    ]
    for statement in statements:
        with diary.session() as s:
            expected = [tuple(row) for row in s.execute(statement)]
            plain = plain_rows(s.connection(), statement)
            with streamed_rows(s.connection(), statement) as rows:
                streamed = [tuple(row) for row in rows]
            columns = plain_columns(s.connection(), statement)
        assert plain == expected and streamed == expected
        assert columns == list(zip(*expected, strict=True))
        assert len(expected) > 10
        for got, want in zip(plain, expected, strict=True):
            assert [type(v) for v in got] == [type(v) for v in want]
    assert any(isinstance(v, datetime) for v in _first_plain_row(diary, statements[0]))
    # With parameters given at execution, and a read that finds nothing: one empty column each.
    given = statements[0].where(e.c.intensity >= bindparam("least"))
    with diary.session() as s:
        for least in (0, 11):
            expected = [tuple(row) for row in s.execute(given, {"least": least})]
            assert plain_rows(s.connection(), given, {"least": least}) == expected
            columns = plain_columns(s.connection(), given, {"least": least})
            assert columns == (list(zip(*expected, strict=True)) or [()] * 6)
            assert bool(expected) == (least == 0)


def test_kept_statements_on_the_drivers_cursor_give_the_rows_sqlalchemy_gives(
    mixed: tuple[Diary, int],
) -> None:
    """A kept statement run on the driver's cursor (``prepared_rows``, ``prepared_columns``:
    a region's history) holds what ``execute(...).all()`` holds, on both engines: its
    parameters bound as SQLAlchemy binds them (a datetime, text, the statement's own
    literals), its columns converted (datetimes, NULLs, counts), none found."""
    from sqlalchemy import bindparam, func, or_, select

    from bodymap.store.driver_rows import prepared_columns, prepared_rows
    from bodymap.store.models import Episode

    diary, pid = mixed
    e = Episode.__table__
    episodes = (
        select(e.c.id, e.c.started_at, e.c.kind, e.c.intensity, e.c.duration_minutes)
        .where(e.c.profile_id == bindparam("pid"), e.c.started_at >= bindparam("since"),
               e.c.kind != "no such kind")
        .order_by(e.c.started_at, e.c.id)
    )
    per_kind = (
        select(e.c.kind, func.count(), func.max(e.c.started_at), func.avg(e.c.intensity))
        .where(e.c.profile_id == bindparam("pid"), e.c.started_at >= bindparam("since"))
        .group_by(e.c.kind).order_by(e.c.kind)
    )
    for since in (datetime(2024, 6, 1, 12, 30), datetime(2040, 1, 1)):
        values = {"pid": pid, "since": since}
        for statement in (episodes, per_kind):
            with diary.session() as s:
                expected = [tuple(row) for row in s.execute(statement, values)]
            with diary.reading() as connection:
                rows = prepared_rows(connection, statement, values)
                columns = prepared_columns(connection, statement, values)
            assert rows == expected
            assert [[type(v) for v in row] for row in rows] == [
                [type(v) for v in row] for row in expected]
            width = len(statement.selected_columns)
            assert columns == (list(zip(*expected, strict=True)) or [()] * width)
            assert bool(expected) == (since.year < 2040)
    assert any(row[4] is None for row in prepared_rows_of(diary, episodes, pid))
    # A parameter used twice (a datetime: converted once, for both places).
    twice = select(e.c.id).where(
        or_(e.c.started_at == bindparam("since"), e.c.started_at > bindparam("since")))
    values = {"since": datetime(2024, 6, 1)}
    with diary.session() as s:
        expected = [tuple(row) for row in s.execute(twice, values)]
    with diary.reading() as connection:
        assert prepared_rows(connection, twice, values) == expected
    assert expected


def test_a_kept_statement_asks_for_its_values_and_what_the_driver_can_run(
    any_diary: Diary,
) -> None:
    """A value not given is an error, as with ``execute`` (not a NULL that finds nothing), and
    a statement that needs SQLAlchemy's own execution (an expanding ``IN`` list) is refused
    before it reaches the driver (both engines)."""
    from sqlalchemy import bindparam, select
    from sqlalchemy.exc import InvalidRequestError

    from bodymap.store.driver_rows import prepared_rows
    from bodymap.store.models import Episode

    e = Episode.__table__
    by_person = select(e.c.id).where(e.c.profile_id == bindparam("pid"))
    among = select(e.c.id).where(e.c.id.in_(bindparam("ids", expanding=True)))
    with any_diary.reading() as connection:
        with pytest.raises(InvalidRequestError, match="'pid'"):
            prepared_rows(connection, by_person, {})
        assert prepared_rows(connection, by_person, {"pid": 10**6}) == []
        with pytest.raises(ValueError, match="SQLAlchemy's own execution"):
            prepared_rows(connection, among, {"ids": [1, 2]})


def prepared_rows_of(diary: Diary, statement: Any, pid: int) -> list[tuple[Any, ...]]:
    from bodymap.store.driver_rows import prepared_rows

    with diary.reading() as connection:
        return prepared_rows(connection, statement, {"pid": pid, "since": datetime(2000, 1, 1)})


def test_a_kept_statement_the_database_refuses_raises_sqlalchemys_error(
    any_diary: Diary,
) -> None:
    """The driver's error comes as SQLAlchemy's (the window tells a busy or unreachable diary
    by it, and treats anything else as a bug), and the diary reads on (both engines)."""
    from sqlalchemy import column, select, table
    from sqlalchemy.exc import DBAPIError

    from bodymap.store.driver_rows import prepared_rows

    missing = select(column("x")).select_from(table("no_such_table"))
    with pytest.raises(DBAPIError) as raised, any_diary.reading() as connection:
        prepared_rows(connection, missing, {})
    assert "no_such_table" in str(raised.value.orig)
    assert any_diary.default_profile().id is not None
    assert any_diary.engine.pool.checkedout() == 0


def _first_plain_row(diary: Diary, statement: Any) -> tuple[Any, ...]:
    from bodymap.store.driver_rows import plain_rows

    with diary.session() as s:
        return plain_rows(s.connection(), statement)[0]


def test_marks_whose_ids_are_not_in_their_places_order(mixed: tuple[Diary, int]) -> None:
    """The marks are read in the order of the indexes (start, episode, id) when that is the
    report's order (start, place in the episode, id); an episode whose ids are not in the
    order of its places (bodymap writes them in order; another writer might not) is read
    again in the report's order, so the rows are still those of the reference."""
    import report_reference as reference
    from sqlalchemy import func, select, update

    from bodymap.store.models import Mark
    from bodymap.store.report_queries import report_rows

    diary, pid = mixed
    m = Mark.__table__
    with diary.session() as s:
        eid = s.execute(select(m.c.episode_id).group_by(m.c.episode_id)
                        .having(func.count() >= 3).order_by(m.c.episode_id)).scalars().first()
        assert eid is not None
        s.execute(update(m).where(m.c.episode_id == eid).values(position=100 - m.c.position))
        s.commit()
    # The whole diary and the last year hold the two episodes that start at the same time
    # (read in the report's order at once); the episode alone and the period ending
    # 2025-11-01 are read in index order and go through the read again.
    for start, end, episode in [(None, None, None), (None, None, eid),
                                (None, datetime(2025, 11, 1), None),
                                (*period_range("1y", END), None)]:
        new = report_rows(diary, pid, start, end, episode)
        old = reference.report_rows(diary, pid, start, end, episode)
        assert new.marks == old.marks
        assert new.regions == old.regions and new.tp_states == old.tp_states
    places = [mark.mark_id for mark in report_rows(diary, pid, None, None, eid).marks]
    assert places == sorted(places, reverse=True)  # the last id first: its place is first
