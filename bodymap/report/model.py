"""What the physiotherapist's report holds, gathered from the diary (pure Python, no Qt).

:func:`build_report` reads the diary through the store's typed report queries
(:mod:`bodymap.store.report_queries`: a few aggregate queries, so ten years of episodes stay fast) and returns a :class:`ReportData` that :mod:`bodymap.report.render` draws onto any
``QPainter``.

Two modes:

* **one episode**: the map shows every mark of the episode as it was drawn;
* **a period**: the map shows each *place* once, as it was last marked in the period (a trigger
  point of a muscle at one spot, a referred-pain area of one source over one region), with how
  many times it was marked; the table, therapies and charts summarise every episode of the period.

Times in the database are naive UTC; the dates printed are the person's local dates.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bodymap.store.errors import NotFoundError
from bodymap.store.history import TherapyOutcome, summarise_outcomes
from bodymap.store.records import MarkRecord
from bodymap.store.report_queries import PeriodMark, mark_geometries, report_rows
from bodymap.store.service import Diary, utcnow

SECTIONS: tuple[str, ...] = ("map", "table", "therapies", "charts", "fibro", "notes")
#: How many of the most affected regions get a chart.
CHART_REGIONS = 4
#: Points closer than this (map units, on a grid) count as the same place in a period summary.
PLACE_GRID = 12.0

KIND_LABELS = {
    "trigger_point": "trigger point",
    "referred_area": "referred pain",
    "spasm": "spasm",
    "tender_point": "tender point",
    "pain": "pain",
}
KIND_ORDER = ("trigger_point", "referred_area", "spasm", "tender_point", "pain")


@dataclass(frozen=True)
class RegionRow:
    """One line of the table by region."""

    region_id: str
    label: str
    kinds: tuple[str, ...]  # mark kinds seen here, most frequent first ("trigger_point", ...)
    tp_state: str | None  # state of the latest trigger point marked here
    muscles: tuple[str, ...]  # muscle names: trigger points here or sources of pain referred here
    latest: int  # intensity in the latest episode touching the region
    peak: int
    mean: float
    qualities: tuple[str, ...]  # most frequent first
    first_seen: date
    last_seen: date
    episodes: int


@dataclass(frozen=True)
class ReportWarning:
    """A warning sign the marks of the period raised (facts ticked in the panel are not stored,
    so only what the marks and the year of birth show), most urgent first."""

    id: str
    urgency: str  # "emergency" | "today" | "soon"
    title: str
    action: str
    first: date
    last: date
    episodes: int


@dataclass(frozen=True)
class FibroReport:
    """The fibromyalgia section: the figures for the last day of the report and the trend.

    ``summary`` is the store's ``assessments.FibroSummary`` for ``at`` (the WPI confirmed in an
    assessment of that week, else derived from the map; the latest SSS; the 2016 summary);
    ``series`` the assessments saved up to ``at`` (within the period when it has a start),
    oldest first.
    """

    at: date
    summary: Any
    series: list[Any] = field(default_factory=list)


@dataclass
class ReportData:
    person: str
    printed_on: date
    mode: str  # "episode" | "period"
    period_start: date | None  # local dates, inclusive
    period_end: date | None
    sections: tuple[str, ...]
    episode_count: int = 0
    mark_count: int = 0
    episode_id: int | None = None
    episode_title: str = ""  # "2024-03-05 08:30, flare, intensity 7/10"
    episode_notes: str = ""
    #: view id -> marks to draw (uuids are the mark ids as text; ``source_uuid`` links areas).
    marks_by_view: dict[str, list[MarkRecord]] = field(default_factory=dict)
    #: mark uuid -> how many times that place was marked in the period (1 in episode mode).
    mark_counts: dict[str, int] = field(default_factory=dict)
    regions: list[RegionRow] = field(default_factory=list)
    therapies: list[TherapyOutcome] = field(default_factory=list)
    #: The most affected regions, most affected first (charted when "charts" is asked for).
    chart_regions: list[str] = field(default_factory=list)
    #: ``bodymap.store.history.RegionHistory`` per charted region (same order).
    histories: list[Any] = field(default_factory=list)
    #: Warning signs the marks of the period raised, most urgent first: printed near the top.
    warnings: list[ReportWarning] = field(default_factory=list)
    #: The fibromyalgia measures (when "fibro" is asked for).
    fibro: FibroReport | None = None

    @property
    def period_text(self) -> str:
        if self.period_start is None and self.period_end is None:
            return "no entries"
        a = self.period_start.isoformat() if self.period_start else "…"
        b = self.period_end.isoformat() if self.period_end else "…"
        return a if a == b else f"{a} to {b}"

    def views_with_marks(self) -> list[str]:
        return [v for v, marks in self.marks_by_view.items() if marks]


# -- helpers ----------------------------------------------------------------------------------
def local_date(utc: datetime, offset_minutes: int | None = None) -> date:
    """The person's calendar date of a naive UTC time (their stored offset, else this machine's)."""
    if offset_minutes is not None:
        return (utc + timedelta(minutes=offset_minutes)).date()
    return utc.replace(tzinfo=UTC).astimezone().date()


def region_label(region_id: str) -> str:
    from bodymap.anatomy import regions

    region = regions.REGIONS.get(region_id)
    return region.label if region is not None else region_id


def muscle_name(key: str | None) -> str:
    from bodymap.store.history import muscle_name as name

    return name(key)


def build_report(
    diary: Diary,
    profile_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    episode_id: int | None = None,
    sections: tuple[str, ...] | list[str] = SECTIONS,
    *,
    today: date | None = None,
) -> ReportData:
    """Gather the report: one episode (``episode_id``) or the period ``[start, end)`` (naive UTC).

    Raises :class:`NotFoundError` for an unknown profile or episode, ``ValueError`` for an
    unknown section name.
    """
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise ValueError(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    wanted = tuple(s for s in SECTIONS if s in sections)
    profiles = {p.id: p for p in diary.list_profiles()}
    if profile_id not in profiles:
        raise NotFoundError(f"no profile with id {profile_id}")
    data = ReportData(
        person=profiles[profile_id].name,
        printed_on=today or date.today(),
        mode="period" if episode_id is None else "episode",
        period_start=None,
        period_end=None,
        sections=wanted,
    )
    if episode_id is not None:
        episode = diary.get_episode(episode_id)
        if episode.profile_id != profile_id:
            raise NotFoundError(f"episode {episode_id} belongs to another profile")
        start = end = None
        local = episode.local_start
        data.episode_id = episode_id
        data.period_start = data.period_end = local.date()
        parts = [local.strftime("%Y-%m-%d %H:%M"), episode.kind.replace("_", " ")]
        if episode.intensity is not None:
            parts.append(f"intensity {episode.intensity}/10")
        if episode.fatigue is not None:
            parts.append(f"fatigue {episode.fatigue}/10")
        data.episode_title = ", ".join(parts)
        data.episode_notes = episode.notes

    rows = report_rows(
        diary, profile_id, start, end, episode_id,
        with_marks="map" in wanted and episode_id is None,
        with_therapies="therapies" in wanted,
    )
    if rows.marks:
        places = _choose_places(rows.marks)
        geometry = mark_geometries(diary, [mark.mark_id for mark, _n in places.chosen])

    totals = rows.totals
    data.episode_count = totals.episodes
    data.mark_count = totals.marks
    if episode_id is None:
        if start is not None:
            data.period_start = local_date(start)
        elif totals.first_start is not None:
            data.period_start = local_date(totals.first_start)
        if end is not None:
            data.period_end = local_date(end - timedelta(microseconds=1))
        elif totals.last_start is not None:
            data.period_end = max(local_date(totals.last_start), data.printed_on)
        if data.period_start is None and data.period_end is not None:
            data.period_start = data.period_end

    data.regions = _region_table(
        rows.regions, rows.kinds, rows.tp_states, rows.muscles, rows.qualities
    )
    ranked = sorted(data.regions, key=lambda r: (-r.episodes, -r.mean, -r.peak, r.label))
    data.chart_regions = [r.region_id for r in ranked[:CHART_REGIONS]]

    if "map" in wanted:
        if episode_id is not None:
            _episode_marks(data, episode)
        elif rows.marks:
            _period_marks(data, places, geometry)

    if "therapies" in wanted:
        data.therapies = summarise_outcomes(rows.therapies)

    data.warnings = period_warnings(
        diary, profile_id, start, end, episode_id, getattr(profiles[profile_id], "birth_year", None)
    )

    if "fibro" in wanted:
        data.fibro = fibro_report(diary, profile_id, data.period_end or data.printed_on,
                                  data.period_start if episode_id is None and start is not None
                                  else None)

    if "charts" in wanted and data.chart_regions and episode_id is None:
        from bodymap.store.history import region_history

        data.histories = [
            region_history(diary, profile_id, region, start, end) for region in data.chart_regions
        ]
    return data


def fibro_report(diary: Diary, profile_id: int, at: date, first: date | None = None) -> FibroReport:
    """The figures of local day ``at`` and the assessments from ``first`` (None: all) to ``at``."""
    from bodymap.store import assessments

    return FibroReport(
        at=at,
        summary=assessments.fibro_summary(diary, profile_id, at),
        series=assessments.list_assessments(diary, profile_id, first, at),
    )


def period_warnings(
    diary: Diary,
    profile_id: int,
    start: datetime | None,
    end: datetime | None,
    episode_id: int | None,
    birth_year: int | None,
) -> list[ReportWarning]:
    """The warning signs each episode's marks raise (regions and pain qualities together, one
    episode at a time), gathered per warning with the first and last day, most urgent first."""
    from bodymap.anatomy import warnings as warning_rules
    from bodymap.store.report_queries import episode_marks

    marked = episode_marks(diary, profile_id, start, end, episode_id)
    regions = {eid: m.regions for eid, m in marked.items()}
    qualities = {eid: m.qualities for eid, m in marked.items()}
    when = {eid: local_date(m.started_at, m.utc_offset_minutes) for eid, m in marked.items()}
    found: dict[str, list[Any]] = {}
    for eid, regs in regions.items():
        day = when[eid]
        age = day.year - birth_year if birth_year else None
        for w in warning_rules.evaluate(regs, qualities.get(eid, ()), (), age=age):
            entry = found.setdefault(w.id, [w, day, day, 0])
            entry[1], entry[2], entry[3] = min(entry[1], day), max(entry[2], day), entry[3] + 1
    out = [
        ReportWarning(
            id=w.id, urgency=w.urgency, title=w.title["en"], action=w.action["en"],
            first=first, last=last, episodes=n,
        )
        for w, first, last, n in found.values()
    ]
    out.sort(key=lambda r: (warning_rules.URGENCIES.index(r.urgency), r.first, r.id))
    return out


def _region_table(
    region_rows: list[Any],
    kind_rows: list[Any],
    state_rows: list[Any],
    muscle_rows: list[Any],
    quality_rows: list[Any],
) -> list[RegionRow]:
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for region, kind, n in kind_rows:
        kinds[region][kind] += int(n)
    muscles: dict[str, Counter[str]] = defaultdict(Counter)
    for region, key, n in muscle_rows:
        muscles[region][key] += int(n)
    qualities: dict[str, Counter[str]] = defaultdict(Counter)
    for region, quality, n in quality_rows:
        qualities[region][str(quality)] += int(n)
    states = {region: state for region, state in state_rows}
    # region -> [episodes, peak, sum, first local, last local, latest (utc, episode id, peak)]
    agg: dict[str, list[Any]] = {}
    for region, episode_id, started, local, peak in region_rows:
        a = agg.get(region)
        latest_key = (started, episode_id)
        if a is None:
            agg[region] = [1, peak, peak, local, local, latest_key, peak]
            continue
        a[0] += 1
        a[2] += peak
        if peak > a[1]:
            a[1] = peak
        if local < a[3]:
            a[3] = local
        if local > a[4]:
            a[4] = local
        if latest_key > a[5]:
            a[5] = latest_key
            a[6] = peak
    rows = []
    for region, (episodes, peak, total, first, last, _key, latest) in agg.items():
        ordered_kinds = sorted(kinds[region], key=lambda k: (-kinds[region][k], KIND_ORDER.index(k)
                                                            if k in KIND_ORDER else 9))
        rows.append(
            RegionRow(
                region_id=region,
                label=region_label(region),
                kinds=tuple(ordered_kinds),
                tp_state=states.get(region),
                muscles=tuple(
                    muscle_name(k) for k, _n in sorted(
                        muscles[region].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
                ),
                latest=int(latest),
                peak=int(peak),
                mean=float(total) / episodes,
                qualities=tuple(q for q, _n in sorted(
                    qualities[region].items(), key=lambda kv: (-kv[1], kv[0]))[:3]),
                first_seen=first.date(),
                last_seen=last.date(),
                episodes=int(episodes),
            )
        )
    rows.sort(key=lambda r: (-r.episodes, -r.peak, r.label))
    return rows


def _place_key(mark: PeriodMark) -> tuple[Any, ...]:
    if mark.geometry_type == "point" and mark.x is not None and mark.y is not None:
        return (mark.view, mark.kind, mark.muscle_key or "", round(mark.x / PLACE_GRID),
                round(mark.y / PLACE_GRID))
    return (mark.view, mark.kind, mark.source_muscle or mark.muscle_key or "",
            mark.main_region or "")


@dataclass
class _Places:
    chosen: list[tuple[PeriodMark, int]]  # (latest mark of the place, times marked)
    group_of: dict[int, tuple[Any, ...]]  # every mark id -> its place
    rep_of_group: dict[tuple[Any, ...], int]  # place -> the mark id drawn for it


def _choose_places(marks: list[PeriodMark]) -> _Places:
    """The latest mark of each place (marks come oldest first), with how often it was marked."""
    latest: dict[tuple[Any, ...], PeriodMark] = {}
    counts: Counter[tuple[Any, ...]] = Counter()
    group_of: dict[int, tuple[Any, ...]] = {}
    for mark in marks:
        key = _place_key(mark)
        latest[key] = mark
        counts[key] += 1
        group_of[mark.mark_id] = key
    return _Places(
        chosen=[(mark, counts[key]) for key, mark in latest.items()],
        group_of=group_of,
        rep_of_group={key: mark.mark_id for key, mark in latest.items()},
    )


def _period_marks(data: ReportData, places: _Places, geometry: dict[int, Any]) -> None:
    by_view: dict[str, list[MarkRecord]] = defaultdict(list)
    for mark, count in places.chosen:
        mid = mark.mark_id
        geom = geometry.get(mid)
        if not isinstance(geom, dict):
            continue
        source_uuid = None
        src = mark.source_mark_id
        if src is not None and src in places.group_of:
            rep = places.rep_of_group.get(places.group_of[src])
            source_uuid = str(rep) if rep is not None else None
        region = mark.main_region
        by_view[mark.view].append(
            MarkRecord(
                kind=mark.kind, view=mark.view, geometry=geom, intensity=mark.intensity,
                regions={region: 1.0} if region else {}, tp_state=mark.tp_state,
                spasm_kind=mark.spasm_kind, muscle_key=mark.muscle_key,
                source_uuid=source_uuid, uuid=str(mid), id=mid,
            )
        )
        data.mark_counts[str(mid)] = count
    data.marks_by_view = _ordered_views(by_view)


def _episode_marks(data: ReportData, episode: Any) -> None:
    by_view: dict[str, list[MarkRecord]] = defaultdict(list)
    for mark in episode.marks:
        by_view[mark.view].append(mark)
        data.mark_counts[mark.uuid] = 1
    data.marks_by_view = _ordered_views(by_view)


def _ordered_views(by_view: dict[str, list[MarkRecord]]) -> dict[str, list[MarkRecord]]:
    from bodymap.anatomy.regions import VIEWS

    out = {v: by_view.get(v, []) for v in VIEWS}
    for v, marks in by_view.items():  # a view the drawing no longer has: keep its marks listed
        out.setdefault(v, marks)
    return out


def default_period(choice: str, now: datetime | None = None) -> tuple[datetime | None, None]:
    """Start (naive UTC) of "30d", "3m", "1y" or "all" ending now."""
    now = now or utcnow()
    days = {"30d": 30, "3m": 91, "1y": 365}.get(choice)
    return (None if days is None else now - timedelta(days=days)), None
