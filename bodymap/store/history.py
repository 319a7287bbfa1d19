"""History of a body region and the whole-body heat map: plain figures, no Qt.

Everything here is computed with aggregate queries (SQLAlchemy Core, the same on SQLite and
PostgreSQL) and a little Python on the grouped rows.  The per-episode figures of a region and the
heat map read the derived ``region_episode`` summary (one row per episode and region: its peak
and mark count there; kept by :mod:`bodymap.store.region_summary`) through its covering
indexes, so they cost what the region's episodes cost, not what fifty years of marks cost; the
qualities and trigger points read its per-episode tallies (``region_episode_tally``).  See
docs/history.md and docs/speed.md.

Definitions (the same in the GUI, the CLI and the charts):

* A region's **intensity in an episode** is the highest intensity of the episode's marks touching
  the region (a trigger point there, an area covering part of it, a spasm, a tender point).
* **Mean** and **peak** are the mean and the maximum of those per-episode intensities.
* **Frequency** is the number of episodes touching the region per week of the range.  The range
  runs from ``start`` (or the profile's first episode) to ``end`` (or now); times are UTC,
  ``start`` inclusive and ``end`` exclusive.
* The **moving average** is the trailing mean of the last ``window`` episodes: 7, or about a
  sixtieth of the episodes (at most 30) for long histories.
* Frequency bars count episodes per week (Monday to Sunday, local dates) when the range is at most
  :data:`WEEKLY_UP_TO_DAYS` days long, per calendar month otherwise.
* Comparing two periods: lower is better.  A change counts when it reaches the metric's threshold
  (:data:`COMPARE_THRESHOLDS`); below that the region is "unchanged".  A region with no episode in
  a period has 0 for every metric in that period.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import repeat
from operator import add, sub
from types import MappingProxyType
from typing import Any, NamedTuple, cast

from sqlalchemy import BindParameter, bindparam, func, select
from sqlalchemy.orm import Session

from bodymap import collector
from bodymap.store.driver_rows import prepared_columns, prepared_rows
from bodymap.store.models import (
    Episode,
    RegionEpisode,
    RegionEpisodeTally,
    Therapy,
    TherapyUse,
    TherapyUseRegion,
)
from bodymap.store.service import Diary, RangeEnd, utcnow, within_range

METRICS = ("frequency", "mean", "peak")
WEEKLY_UP_TO_DAYS = 92
MOVING_AVERAGE_WINDOW = 7
#: A change is real when |b - a| reaches ``absolute`` and, for frequency, also ``relative`` of
#: the larger of the two values.  Intensities are 0-10 points; frequency is episodes per week.
COMPARE_THRESHOLDS: dict[str, tuple[float, float]] = {
    "mean": (1.0, 0.0),
    "peak": (1.0, 0.0),
    "frequency": (0.1, 0.25),
}


class HistoryPoint(NamedTuple):
    local_time: datetime  # the person's clock time (naive)
    intensity: int
    episode_id: int


class FrequencyBin(NamedTuple):
    """A week's or a month's episodes (a named tuple, as the points: a year of weeks is made
    for every history, and a frozen dataclass's ``__init__`` cost a microsecond each)."""

    start: date
    episodes: int
    days: int  # distinct days with an episode touching the region


@dataclass(frozen=True)
class QualityCount:
    quality: str
    count: int


@dataclass(frozen=True)
class TriggerPointCount:
    muscle_key: str | None
    muscle_name: str
    state: str | None
    count: int


@dataclass(frozen=True)
class ReferringMuscle:
    muscle_key: str
    muscle_name: str
    score: float


@dataclass(frozen=True)
class TherapyOutcome:
    therapy_id: int
    name: str
    key: str | None
    uses: int
    better: int
    same: int
    worse: int
    unknown: int
    mean_relief: float | None


def summarise_outcomes(rows: Iterable[Sequence[Any]]) -> list[TherapyOutcome]:
    """Fold rows of (therapy id, name, key, outcome, count, relief sum, relief count), one per
    therapy and outcome as ``GROUP BY t.id, u.outcome`` gives them, into one line per therapy:
    most used first."""
    folded: dict[int, dict[str, Any]] = {}
    for tid, name, key, outcome, count, relief_sum, relief_n in rows:
        t = folded.setdefault(
            tid, {"name": name, "key": key, "better": 0, "same": 0, "worse": 0,
                  "unknown": 0, "relief_sum": 0, "relief_n": 0}
        )
        t[outcome if outcome in ("better", "same", "worse") else "unknown"] += int(count)
        t["relief_sum"] += relief_sum or 0
        t["relief_n"] += relief_n or 0
    out = [
        TherapyOutcome(
            therapy_id=tid,
            name=t["name"],
            key=t["key"],
            uses=t["better"] + t["same"] + t["worse"] + t["unknown"],
            better=t["better"],
            same=t["same"],
            worse=t["worse"],
            unknown=t["unknown"],
            mean_relief=(t["relief_sum"] / t["relief_n"]) if t["relief_n"] else None,
        )
        for tid, t in folded.items()
    ]
    out.sort(key=lambda t: (-t.uses, t.name))
    return out


class EpisodeRow(NamedTuple):
    episode_id: int
    local_time: datetime  # the person's clock time (naive)
    utc_offset_minutes: int
    kind: str
    episode_intensity: int | None
    region_intensity: int
    marks: int  # marks of this episode touching the region

    @property
    def started_at(self) -> datetime:
        """The start in UTC."""
        return self.local_time - timedelta(minutes=self.utc_offset_minutes)


@dataclass
class RegionHistory:
    region_id: str
    label: str
    start: datetime | None
    end: datetime | None
    span_days: float
    points: list[HistoryPoint] = field(default_factory=list)
    moving_average: list[float] = field(default_factory=list)
    window: int = MOVING_AVERAGE_WINDOW
    frequency_unit: str = "week"  # "week" or "month"
    frequency: list[FrequencyBin] = field(default_factory=list)
    qualities: list[QualityCount] = field(default_factory=list)
    trigger_points: list[TriggerPointCount] = field(default_factory=list)
    referring_muscles: list[ReferringMuscle] = field(default_factory=list)
    therapies: list[TherapyOutcome] = field(default_factory=list)
    episodes: list[EpisodeRow] = field(default_factory=list)  # newest first

    @property
    def episode_count(self) -> int:
        return len(self.points)

    @property
    def mean_intensity(self) -> float | None:
        if not self.points:
            return None
        return sum(p.intensity for p in self.points) / len(self.points)

    @property
    def peak_intensity(self) -> int | None:
        return max((p.intensity for p in self.points), default=None)

    @property
    def per_week(self) -> float:
        return per_week(len(self.points), self.span_days)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly figures (for ``bodymap history --json``)."""
        mean = self.mean_intensity
        return {
            "region": self.region_id,
            "label": self.label,
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "episodes": self.episode_count,
            "mean_intensity": None if mean is None else round(mean, 2),
            "peak_intensity": self.peak_intensity,
            "episodes_per_week": round(self.per_week, 3),
            "frequency_unit": self.frequency_unit,
            "frequency": [
                {"start": b.start.isoformat(), "episodes": b.episodes, "days": b.days}
                for b in self.frequency
            ],
            "qualities": {q.quality: q.count for q in self.qualities},
            "trigger_points": [
                {"muscle": t.muscle_key, "name": t.muscle_name, "state": t.state, "count": t.count}
                for t in self.trigger_points
            ],
            "referring_muscles": [
                {"muscle": m.muscle_key, "name": m.muscle_name, "score": round(m.score, 3)}
                for m in self.referring_muscles
            ],
            "therapies": [
                {
                    "therapy": t.name,
                    "key": t.key,
                    "uses": t.uses,
                    "better": t.better,
                    "same": t.same,
                    "worse": t.worse,
                    "no_outcome": t.unknown,
                    "mean_relief": None if t.mean_relief is None else round(t.mean_relief, 2),
                }
                for t in self.therapies
            ],
            "episode_list": [
                {
                    "id": e.episode_id,
                    "local_time": e.local_time.isoformat(timespec="minutes"),
                    "kind": e.kind,
                    "intensity_here": e.region_intensity,
                    "episode_intensity": e.episode_intensity,
                }
                for e in self.episodes
            ],
        }


# -- helpers ---------------------------------------------------------------------------------
def per_week(count: int, span_days: float) -> float:
    return count / (max(span_days, 1.0) / 7.0)


def moving_average(values: Sequence[float], window: int = MOVING_AVERAGE_WINDOW) -> list[float]:
    """Trailing mean of the last ``window`` values (fewer at the start)."""
    out: list[float] = []
    total = 0.0
    for i, v in enumerate(values[:window]):
        total += v
        out.append(total / (i + 1))
    # The same additions and subtractions in the same order, without a test per value.
    append = out.append
    for v, gone in zip(values[window:], values, strict=False):
        total += v
        total -= gone
        append(total / window)
    return out


def auto_window(count: int) -> int:
    """Moving-average length for ``count`` episodes: 7, or about count / 60 up to 30."""
    return max(MOVING_AVERAGE_WINDOW, min(30, round(count / 60)))


def region_label(region_id: str) -> str:
    try:
        from bodymap.anatomy import regions

        region = regions.REGIONS.get(region_id)
    except ImportError:  # pragma: no cover - the catalogue ships with the package
        return region_id
    return region.label if region is not None else region_id


@lru_cache(maxsize=256)
def muscle_name(key: str | None) -> str:
    if not key:
        return ""
    try:
        from bodymap.anatomy import atlas

        muscle = atlas.get(key)
    except (ImportError, KeyError, LookupError):
        return key.replace("_", " ")
    names = getattr(muscle, "names", None)
    english = getattr(names, "en", None) or (names.get("en") if isinstance(names, dict) else None)
    if english:
        return str(english)
    return str(getattr(muscle, "name", key))


@lru_cache(maxsize=512)
def referring_muscles(region_id: str, limit: int = 5) -> tuple[ReferringMuscle, ...]:
    """Atlas muscles that refer pain to the region, best first (``atlas.candidates``)."""
    try:
        from bodymap.anatomy import atlas

        found = atlas.candidates([region_id], limit=limit)
    except (ImportError, KeyError, LookupError, ValueError):
        return ()
    out = []
    for item in list(found)[:limit]:
        if isinstance(item, tuple):
            muscle, score = item[0], float(item[1]) if len(item) > 1 else 0.0
        else:
            muscle = getattr(item, "muscle", item)
            score = float(getattr(item, "score", 0.0))
        key = str(getattr(muscle, "key", muscle))
        out.append(ReferringMuscle(key, muscle_name(key), score))
    return tuple(out)


# -- the queries (SQLAlchemy Core: the same statements on SQLite and PostgreSQL) ---------------
def region_statements(
    profile_id: int, region_id: str, start: datetime | None, end: datetime | None
) -> dict[str, Any]:
    """The aggregate queries behind a region's history, as Core statements with their values
    (to compile on their own: the query plans' test, the benchmark's bare statements).

    With an open start, ``first`` finds the profile's first episode (the range's real start).
    A history itself runs the same statements through :func:`region_queries`.
    """
    values = _region_values(profile_id, region_id, start, end)
    # Made afresh: ``params`` copies a statement, and the shared ones stay untouched.
    statements = _build_region_shapes(start is None, end is None)
    return {name: statement.params(values) for name, statement in statements.items()}


def region_queries(
    profile_id: int, region_id: str, start: datetime | None, end: datetime | None
) -> tuple[Mapping[str, Any], dict[str, Any]]:
    """The statements behind a region's history, made once for each shape of range (open or
    not at either end) and shared by every caller (read-only), and the values of their
    parameters for this one.

    Made once because building five statements and their cache keys cost half of a short
    history's call (1.1 ms for the last year of ten years, 0.3 ms of it SQLite's): a statement
    kept keeps its cache key, and SQLAlchemy finds its compiled form at once.
    """
    shared = _region_shapes(start is None, end is None)
    return shared, _region_values(profile_id, region_id, start, end)


def _region_values(profile_id: int, region_id: str, start: datetime | None,
                   end: datetime | None) -> dict[str, Any]:
    return {"profile_id": profile_id, "region_id": region_id, "start": start, "end": end}


def _build_region_shapes(open_start: bool, open_end: bool) -> Mapping[str, Any]:
    e = Episode.__table__
    x, y = RegionEpisode.__table__, RegionEpisodeTally.__table__
    u, ur, t = TherapyUse.__table__, TherapyUseRegion.__table__, Therapy.__table__
    profile_id: BindParameter[int] = bindparam("profile_id")
    region_id: BindParameter[str] = bindparam("region_id")
    start: BindParameter[datetime] | None = None if open_start else bindparam("start")
    end: BindParameter[datetime] | None = None if open_end else bindparam("end")
    statements: dict[str, Any] = {}
    if open_start:
        statements["first"] = select(func.min(e.c.started_at)).where(e.c.profile_id == profile_id)
    # From the summary alone: one row per episode touching the region, in time order in its
    # covering index (with the episode's own columns a history lists).
    statements["episodes"] = within_range(
        select(
            x.c.episode_id, x.c.started_at, x.c.utc_offset_minutes, x.c.kind, x.c.intensity,
            x.c.peak, x.c.marks,
        )
        .where(x.c.profile_id == profile_id, x.c.region_id == region_id)
        .order_by(x.c.started_at, x.c.episode_id),
        start, end, x.c.started_at,
    )
    # The qualities and trigger points of the region's marks, from the per-episode tallies.
    tally = (y.c.profile_id == profile_id, y.c.region_id == region_id)
    statements["qualities"] = within_range(
        select(y.c.quality, func.sum(y.c.n))
        .where(*tally, y.c.topic == "quality")
        .group_by(y.c.quality),
        start, end, y.c.started_at,
    )
    statements["trigger_points"] = within_range(
        select(y.c.muscle_key, y.c.tp_state, func.sum(y.c.n))
        .where(*tally, y.c.topic == "trigger_point")
        .group_by(y.c.muscle_key, y.c.tp_state),
        start, end, y.c.started_at,
    )
    statements["therapies"] = therapy_outcome_statement(
        select_from=ur.join(u, u.c.id == ur.c.use_id).join(t, t.c.id == u.c.therapy_id),
        where=(ur.c.region_id == region_id, u.c.profile_id == profile_id),
        start=start,
        end=end,
    )
    return MappingProxyType(statements)


#: The shared statements of each shape (four at most).
_region_shapes = lru_cache(maxsize=4)(_build_region_shapes)


def therapy_outcome_statement(
    *, select_from: Any, where: Sequence[Any], start: RangeEnd, end: RangeEnd
) -> Any:
    """Rows of (therapy id, name, key, outcome, count, relief sum, relief count) for
    :func:`summarise_outcomes`, over the uses ``select_from``/``where`` pick in [start, end)."""
    u, t = TherapyUse.__table__, Therapy.__table__
    return within_range(
        select(
            t.c.id, t.c.name, t.c.key, u.c.outcome, func.count(), func.sum(u.c.relief),
            func.count(u.c.relief),
        )
        .select_from(select_from)
        .where(*where)
        .group_by(t.c.id, t.c.name, t.c.key, u.c.outcome),
        start, end, u.c.used_at,
    )


def heatmap_statement(profile_id: int, start: datetime | None, end: datetime | None) -> Any:
    """Per region: episodes touching it, mean and peak of the per-episode intensities (read
    from the ``region_episode`` summary: one row per episode and region, its peak there)."""
    x = RegionEpisode.__table__
    return within_range(
        select(x.c.region_id, func.count(), func.avg(x.c.peak), func.max(x.c.peak))
        .where(x.c.profile_id == profile_id)
        .group_by(x.c.region_id),
        start, end, x.c.started_at,
    )


def first_episode_start(session: Session, profile_id: int) -> datetime | None:
    """When the profile's first episode started (naive UTC), or None for an empty diary."""
    e = Episode.__table__
    first = session.execute(
        select(func.min(e.c.started_at)).where(e.c.profile_id == profile_id)
    ).scalar()
    return cast("datetime | None", first)


def _span_days(session: Session, profile_id: int, start: datetime | None,
               end: datetime | None) -> float:
    """Length of the range in days; an open start begins at the profile's first episode."""
    if start is None:
        start = first_episode_start(session, profile_id)
        if start is None:
            return 1.0
    stop = end if end is not None else utcnow()
    return max(1.0, (stop - start).total_seconds() / 86400.0)


def _bins(times: Sequence[datetime], first: date, last: date, unit: str) -> list[FrequencyBin]:
    """Episodes (and distinct days) per week (Monday first) or per calendar month.

    Counted by bisection: the days of ``times`` sorted (and once more without repeats), a bin
    holds those from its first day up to the next bin's.  Fifty years are a few hundred
    months against thousands of episodes; a count per episode took twice as long."""
    weekly = unit == "week"
    ordinals = sorted(map(datetime.toordinal, times))
    days = sorted(set(ordinals))

    def key_of(d: date) -> int:
        return d.toordinal() - d.weekday() if weekly else d.year * 12 + d.month - 1

    lo, hi = key_of(first), key_of(last)
    if ordinals:
        lo = min(lo, key_of(date.fromordinal(ordinals[0])))
        hi = max(hi, key_of(date.fromordinal(ordinals[-1])))
    if hi < lo:  # a range that ends before it begins
        return []
    # The first day of every bin, and of the one after the last (where the last one ends).
    if weekly:
        bounds: Sequence[int] = range(lo, hi + 8, 7)
        starts = list(map(date.fromordinal, bounds[:-1]))
    else:
        starts = [date(key // 12, key % 12 + 1, 1) for key in range(lo, hi + 2)]
        bounds = list(map(date.toordinal, starts))
        del starts[-1]
    at = list(map(bisect_left, repeat(ordinals), bounds))
    at_day = list(map(bisect_left, repeat(days), bounds))
    return list(map(tuple.__new__, repeat(FrequencyBin), zip(
        starts, map(sub, at[1:], at), map(sub, at_day[1:], at_day), strict=True)))


# -- region history --------------------------------------------------------------------------
def region_history(
    diary: Diary,
    profile_id: int,
    region_id: str,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    window: int | None = None,
) -> RegionHistory:
    """Everything the history panel shows for one region over ``[start, end)`` (UTC).

    ``window`` is the moving average's length in episodes; by default 7, longer for long
    histories (about a sixtieth of the episodes, at most 30) so ten years stay readable.
    """
    # Tens of thousands of small tuples at fifty years, none in a cycle: no collector passes
    # over them while they are made (bodymap.collector).
    with collector.paused():
        return _region_history(diary, profile_id, region_id, start, end, window)


def _region_history(
    diary: Diary, profile_id: int, region_id: str, start: datetime | None,
    end: datetime | None, window: int | None,
) -> RegionHistory:
    statements, values = region_queries(profile_id, region_id, start, end)
    # The shared statements on the driver's cursor (driver_rows.prepared_rows): SQLAlchemy's
    # work around each of them cost as much as SQLite's for a short range.
    with diary.reading() as connection:
        # Column by column as the driver gives them (no row objects; on SQLite each start's
        # text made a datetime a column at a time): thousands of rows at fifty years.
        columns = prepared_columns(connection, statements["episodes"], values)
        quality_rows = prepared_rows(connection, statements["qualities"], values)
        tp_rows = prepared_rows(connection, statements["trigger_points"], values)
        therapy_rows = prepared_rows(connection, statements["therapies"], values)
        if start is None:  # min() gives one row: NULL for a person with no episode
            first = prepared_rows(connection, statements["first"], values)[0][0]
        else:
            first = start
    stop = end if end is not None else utcnow()
    span = 1.0 if first is None else max(1.0, (stop - first).total_seconds() / 86400.0)

    # Column by column, in C (map, zip): at fifty years the busiest region has over eight
    # thousand episodes, and a Python loop making two tuples a row cost 22 M instructions of
    # a call's 340 M.  One timedelta per UTC offset (a few in a diary); the tuples are made
    # as ``_make`` makes them.
    episodes: list[EpisodeRow] = []
    points: list[HistoryPoint] = []
    locals_: Sequence[datetime] = ()
    ids, starts, offsets, kinds, ep_intensities, peaks, counts = columns
    if ids:
        shifts = {offset: timedelta(minutes=offset) for offset in set(offsets)}
        locals_ = tuple(map(add, starts, map(shifts.__getitem__, offsets)))
        new = tuple.__new__
        points = list(map(new, repeat(HistoryPoint), zip(locals_, peaks, ids, strict=True)))
        episodes = list(map(new, repeat(EpisodeRow), zip(
            ids, locals_, offsets, kinds, ep_intensities, peaks, counts, strict=True)))
        episodes.reverse()

    if start is not None:
        first_day = start.date()
    else:
        first_day = points[0].local_time.date() if points else stop.date()
    unit = "week" if span <= WEEKLY_UP_TO_DAYS else "month"
    last_day = (stop - timedelta(microseconds=1)).date()
    frequency = _bins(locals_, first_day, last_day, unit)

    if window is None:
        window = auto_window(len(points))
    therapy_list = summarise_outcomes(therapy_rows)

    return RegionHistory(
        region_id=region_id,
        label=region_label(region_id),
        start=start,
        end=end,
        span_days=span,
        points=points,
        moving_average=moving_average(peaks, window),
        window=window,
        frequency_unit=unit,
        frequency=frequency,
        qualities=sorted(
            (QualityCount(str(q), int(n)) for q, n in quality_rows),
            key=lambda q: (-q.count, q.quality),
        ),
        trigger_points=sorted(
            (
                TriggerPointCount(k, muscle_name(k), state, int(n))
                for k, state, n in tp_rows
            ),
            key=lambda t: (-t.count, t.muscle_key or "", t.state or ""),
        ),
        referring_muscles=list(referring_muscles(region_id)),
        therapies=therapy_list,
        episodes=episodes,
    )


# -- whole body ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegionFigures:
    episodes: int
    per_week: float
    mean: float
    peak: int


def region_figures(
    diary: Diary, profile_id: int, start: datetime | None, end: datetime | None
) -> dict[str, RegionFigures]:
    """Every region touched in the range with its episode count, rate, mean and peak."""
    with diary.session() as s:
        rows = s.execute(heatmap_statement(profile_id, start, end)).all()
        span = _span_days(s, profile_id, start, end)
    return {
        region: RegionFigures(int(n), per_week(int(n), span), float(mean), int(peak))
        for region, n, mean, peak in rows
    }


def _metric(figures: RegionFigures, metric: str) -> float:
    if metric == "frequency":
        return figures.per_week
    if metric == "mean":
        return figures.mean
    return float(figures.peak)


def check_metric(metric: str) -> None:
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")


def heatmap(
    diary: Diary,
    profile_id: int,
    start: datetime | None,
    end: datetime | None,
    metric: str = "frequency",
) -> dict[str, float]:
    """Region id -> value of ``metric`` (episodes per week, mean or peak intensity).

    Regions without any episode in the range are absent (read them as 0).
    """
    check_metric(metric)
    return {
        region: _metric(f, metric)
        for region, f in region_figures(diary, profile_id, start, end).items()
    }


def verdict(a: float, b: float, metric: str) -> str:
    """"better" / "worse" / "unchanged" going from period a to period b (lower is better)."""
    absolute, relative = COMPARE_THRESHOLDS[metric]
    change = b - a
    if abs(change) < absolute or abs(change) < relative * max(abs(a), abs(b)):
        return "unchanged"
    return "better" if change < 0 else "worse"


def compare_periods(
    diary: Diary,
    profile_id: int,
    region_ids: Sequence[str] | None,
    a: tuple[datetime | None, datetime | None],
    b: tuple[datetime | None, datetime | None],
    metric: str = "mean",
) -> dict[str, tuple[float, float, str]]:
    """Region -> (value in a, value in b, verdict).  ``None`` regions: all touched in a or b."""
    check_metric(metric)
    first = heatmap(diary, profile_id, a[0], a[1], metric)
    second = heatmap(diary, profile_id, b[0], b[1], metric)
    regions = list(region_ids) if region_ids is not None else sorted(set(first) | set(second))
    out: dict[str, tuple[float, float, str]] = {}
    for region in regions:
        va, vb = first.get(region, 0.0), second.get(region, 0.0)
        out[region] = (va, vb, verdict(va, vb, metric))
    return out
