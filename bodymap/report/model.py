"""What the physiotherapist's report holds, gathered from the diary (pure Python, no Qt).

:func:`build_report` reads the diary through the store's typed report queries
(:mod:`bodymap.store.report_queries`: one pass over the period's marks, shared by every
section: the table, the map's places, the charts, the since-last-visit windows and the warnings)
and returns a :class:`ReportData` that :mod:`bodymap.report.render` draws onto any
``QPainter``.

Two modes:

* **one episode**: the map shows every mark of the episode as it was drawn;
* **a period**: the map shows each *place* once, as it was last marked in the period (a trigger
  point of a muscle at one spot, a referred-pain area of one source over one region), with how
  many times it was marked; the table, therapies and charts summarise every episode of the period.

Times in the database are naive UTC; the dates printed are the person's local dates.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bodymap import collector
from bodymap.store.errors import NotFoundError, say
from bodymap.store.history import TherapyOutcome, summarise_outcomes
from bodymap.store.records import MarkRecord
from bodymap.store.report_queries import PeriodMark, ReportRows, full_marks, report_rows
from bodymap.store.service import Diary

SECTIONS: tuple[str, ...] = (
    "map", "visit", "overall", "table", "therapies", "charts", "outcomes", "fibro",
    "patient_notes", "notes", "plan",
)
#: What a report holds unless told otherwise: everything but the self-care plan, which is the
#: person's own sheet (its own page or its own PDF, asked for on purpose).
DEFAULT_SECTIONS: tuple[str, ...] = tuple(s for s in SECTIONS if s != "plan")
#: The period a report covers unless told otherwise, in the window and on the command line.
DEFAULT_PERIOD = "3m"
PERIODS = ("30d", "3m", "1y", "all")
#: A chart is drawn only with at least this many points; fewer are given as numbers.
MIN_CHART_POINTS = 3
#: A period's chart numbers this many symptom places and trigger points at most (the most
#: marked; the rest are drawn unnumbered and counted in the table by region).
PERIOD_NUMBERED_SYMPTOMS = 12
PERIOD_NUMBERED_TRIGGER_POINTS = 10
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
    "paraesthesia": "pins and needles",
    "numbness": "numbness",
}
KIND_ORDER = ("trigger_point", "referred_area", "spasm", "tender_point", "pain", "paraesthesia",
              "numbness")


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
    muscle_keys: tuple[str, ...] = ()  # the same muscles as atlas keys (the printed names)


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


@dataclass(frozen=True)
class SymptomRow:
    """A numbered symptom area of the body chart (P1, P2...) with its attributes."""

    number: int
    uuid: str  # the mark drawn (its ``uuid`` in ``marks_by_view``)
    kind: str  # one of SYMPTOM_KINDS
    view: str
    regions: tuple[str, ...]  # most covered first
    intensity: int
    times: int  # how often the place was marked in the period (1 for an episode)
    qualities: tuple[str, ...] = ()
    constancy: str | None = None
    depth: str | None = None
    aggravating: tuple[str, ...] = ()
    aggravating_note: str = ""
    easing: tuple[str, ...] = ()
    easing_note: str = ""
    daily_pattern: tuple[str, ...] = ()
    morning_stiffness_minutes: int | None = None
    brought_on_by: int | None = None  # the P-number of the symptom this one comes with
    source_tp: int | None = None  # the TP-number of the trigger point it is referred from
    note: str = ""


@dataclass(frozen=True)
class TriggerPointRow:
    """A numbered trigger point (TP1...) with its examination findings."""

    number: int
    uuid: str
    view: str
    region: str | None
    muscle_key: str | None
    state: str | None
    suggested_state: str | None  # what the findings suggest (recognised pain = active)
    exam: dict[str, str]
    pressure_threshold: float | None
    intensity: int
    times: int
    refers_to: tuple[int, ...] = ()  # P-numbers of the areas it refers pain to


@dataclass(frozen=True)
class VisitRow:
    """One region over the period: mean intensity at the start, at the end and overall."""

    region_id: str
    start: float  # 0 when not marked in the start window
    end: float
    mean: float
    start_episodes: int
    end_episodes: int
    episodes: int
    change: float  # end - start (negative: better)
    verdict: str  # "better" | "worse" | "unchanged"


@dataclass
class VisitReport:
    """Since the last visit: the first and last weeks of the period against each other."""

    start_window: tuple[date, date]
    end_window: tuple[date, date]
    rows: list[VisitRow] = field(default_factory=list)  # biggest change first
    start_overall: float | None = None  # mean episode intensity in the start window
    end_overall: float | None = None
    start_episodes: int = 0
    end_episodes: int = 0

    def values(self, which: str) -> dict[str, float]:
        """Region -> value of "start", "end", "mean" or "change" (for the maps)."""
        return {r.region_id: float(getattr(r, which)) for r in self.rows}


@dataclass(frozen=True)
class OverallPoint:
    local_time: datetime
    intensity: int | None
    fatigue: int | None


@dataclass
class OverallReport:
    """Overall pain and fatigue per episode, triggers and durations over the period."""

    points: list[OverallPoint] = field(default_factory=list)
    triggers: list[tuple[str, int, float | None]] = field(default_factory=list)  # (text, n, mean)
    durations: list[int] = field(default_factory=list)  # minutes of the episodes that have one
    kinds: list[tuple[str, int]] = field(default_factory=list)

    def series(self, which: str) -> list[tuple[datetime, int]]:
        return [(p.local_time, v) for p in self.points
                if (v := getattr(p, which)) is not None]

    def mean(self, which: str) -> float | None:
        values = [v for _t, v in self.series(which)]
        return sum(values) / len(values) if values else None

    def peak(self, which: str) -> int | None:
        values = [v for _t, v in self.series(which)]
        return max(values) if values else None


@dataclass(frozen=True)
class PatientNote:
    episode_id: int
    local_time: datetime
    kind: str
    intensity: int | None
    text: str


@dataclass(frozen=True)
class PsfsLine:
    """One PSFS activity: its ratings in the period, oldest first."""

    name: str
    ratings: tuple[tuple[date, int], ...]
    retired_on: date | None = None

    @property
    def first(self) -> int | None:
        return self.ratings[0][1] if self.ratings else None

    @property
    def last(self) -> int | None:
        return self.ratings[-1][1] if self.ratings else None


@dataclass(frozen=True)
class PlanItem:
    """A therapy of the self-care plan, with its how-to in the reader's language."""

    key: str
    name: str
    summary: str
    steps: tuple[str, ...]
    duration: str
    cautions: tuple[str, ...]


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
    #: The episode of an episode report: its local start, kind, intensity and fatigue.
    episode_local: datetime | None = None
    episode_kind: str = ""
    episode_intensity: int | None = None
    episode_fatigue: int | None = None
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
    #: The name as the person gave it; "" while it is the default ("Me"): never printed then.
    person_name: str = ""
    birth_year: int | None = None
    #: The body chart's notation: numbered symptom areas and trigger points, cleared regions.
    symptoms: list[SymptomRow] = field(default_factory=list)
    trigger_points: list[TriggerPointRow] = field(default_factory=list)
    cleared_regions: list[str] = field(default_factory=list)
    cleared_on: date | None = None  # the episode the ticks come from
    unnumbered_symptoms: int = 0  # places drawn without a P-number (period charts)
    unnumbered_trigger_points: int = 0
    visit: VisitReport | None = None
    overall: OverallReport | None = None
    patient_notes: list[PatientNote] = field(default_factory=list)
    psfs: list[PsfsLine] = field(default_factory=list)
    pgic: list[tuple[date, int, str]] = field(default_factory=list)
    plan: list[PlanItem] = field(default_factory=list)
    warning_signs: list[str] = field(default_factory=list)  # for the self-care plan
    conditions: list[str] = field(default_factory=list)  # the person's, for the plan's cautions
    #: Therapies the plan could hold (key, name), for the preview's choice.
    plan_candidates: list[tuple[str, str]] = field(default_factory=list)

    def labels(self) -> dict[str, str]:
        """Mark uuid -> its label on the chart ("P1", "TP2")."""
        out = {row.uuid: f"P{row.number}" for row in self.symptoms}
        out.update({row.uuid: f"TP{row.number}" for row in self.trigger_points})
        return out

    @property
    def period_text(self) -> str:
        if self.period_start is None and self.period_end is None:
            return "no entries"
        a = self.period_start.isoformat() if self.period_start else "…"  # machine text (CLI)
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


def person_display_name(name: str) -> str:
    """The name to print: "" for the default "Me" (never "Name: Me" on a report)."""
    from bodymap.store.service import DEFAULT_PROFILE_NAME

    name = (name or "").strip()
    return "" if name.casefold() == DEFAULT_PROFILE_NAME.casefold() else name


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), clamped to the month's end."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


def period_first_day(period: str, today: date) -> date | None:
    """The first local day of a fixed period ending ``today`` (inclusive): "30d", "3m", "1y";
    None for "all" and anything else.  The window and the command line both use this."""
    if period == "30d":
        return today - timedelta(days=29)
    if period == "3m":
        return add_months(today, -3) + timedelta(days=1)
    if period == "1y":
        return add_months(today, -12) + timedelta(days=1)
    return None


def local_midnight_utc(day: date) -> datetime:
    """The start of a local calendar day as naive UTC (this machine's zone)."""
    from datetime import time

    from bodymap.store.records import to_utc

    return to_utc(datetime.combine(day, time()).astimezone())[0]


def period_range(period: str, today: date, first: date | None = None,
                 last: date | None = None) -> tuple[datetime | None, datetime | None]:
    """(start, end) in naive UTC for a period choice ending with ``today`` (inclusive);
    "custom" takes ``first`` and ``last`` (inclusive); "all" is (None, None)."""
    end = local_midnight_utc(today + timedelta(days=1))
    first_day = period_first_day(period, today)
    if first_day is not None:
        return local_midnight_utc(first_day), end
    if period == "custom" and first is not None and last is not None:
        return local_midnight_utc(first), local_midnight_utc(last + timedelta(days=1))
    return None, None


def build_report(
    diary: Diary,
    profile_id: int,
    start: datetime | None = None,
    end: datetime | None = None,
    episode_id: int | None = None,
    sections: tuple[str, ...] | list[str] = DEFAULT_SECTIONS,
    *,
    today: date | None = None,
    plan_keys: tuple[str, ...] | list[str] | None = None,
) -> ReportData:
    """Gather the report: one episode (``episode_id``) or the period ``[start, end)`` (naive UTC).

    ``plan_keys``: the catalogue keys of the therapies for the self-care plan (None: the home
    therapies tried in the period that did not make things worse, most used first).

    Raises :class:`NotFoundError` for an unknown profile or episode, ``ValueError`` for an
    unknown section name.
    """
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise ValueError(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    with collector.paused():
        return _build_report(diary, profile_id, start, end, episode_id, sections,
                             today=today, plan_keys=plan_keys)


def _build_report(
    diary: Diary,
    profile_id: int,
    start: datetime | None,
    end: datetime | None,
    episode_id: int | None,
    sections: tuple[str, ...] | list[str],
    *,
    today: date | None,
    plan_keys: tuple[str, ...] | list[str] | None,
) -> ReportData:
    wanted = tuple(s for s in SECTIONS if s in sections)
    profiles = {p.id: p for p in diary.list_profiles()}
    if profile_id not in profiles:
        raise NotFoundError(f"no profile with id {profile_id}")
    profile = profiles[profile_id]
    data = ReportData(
        person=profile.name,
        printed_on=today or date.today(),
        mode="period" if episode_id is None else "episode",
        period_start=None,
        period_end=None,
        sections=wanted,
        person_name=person_display_name(profile.name),
        birth_year=getattr(profile, "birth_year", None),
        conditions=list(getattr(profile, "conditions", []) or []),
    )
    episode = None
    if episode_id is not None:
        episode = diary.get_episode(episode_id)
        if episode.profile_id != profile_id:
            raise NotFoundError(say("no episode {episode_id} for this profile",
                                        episode_id=str(episode_id)))
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
        data.episode_local = local.replace(tzinfo=None)
        data.episode_kind = episode.kind
        data.episode_intensity = episode.intensity
        data.episode_fatigue = episode.fatigue

    rows = report_rows(
        diary, profile_id, start, end, episode_id,
        with_marks="map" in wanted and episode_id is None,
        with_therapies="therapies" in wanted or "plan" in wanted,
    )
    places = _choose_places(rows.marks) if rows.marks else None

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

    summaries = rows.episodes  # the episodes of the period (or the one episode), oldest first

    if "map" in wanted:
        if episode is not None:
            _episode_marks(data, episode)
            data.cleared_regions = list(getattr(episode, "cleared_regions", []) or [])
            data.cleared_on = episode.local_start.date() if data.cleared_regions else None
        else:
            if places is not None:
                _period_marks(data, places, diary)
            _latest_ticks(data, diary, profile_id, start, end)
        _number_chart(data)

    therapies = summarise_outcomes(rows.therapies) if rows.therapies else []
    if "therapies" in wanted:
        data.therapies = therapies

    data.warnings = _warnings_of_rows(rows, getattr(profile, "birth_year", None))
    if data.warnings is None:  # the rules read more than the regions: the marks again
        data.warnings = period_warnings(
            diary, profile_id, start, end, episode_id, getattr(profile, "birth_year", None)
        )

    if "fibro" in wanted:
        data.fibro = fibro_report(diary, profile_id, data.period_end or data.printed_on,
                                  data.period_start if episode_id is None and start is not None
                                  else None)

    if "charts" in wanted and data.chart_regions and episode_id is None:
        histories = _chart_histories(diary, profile_id, rows, data.chart_regions, start, end)
        # a chart needs enough points to mean something; the table has the figures of the rest
        data.histories = [h for h in histories if len(h.points) >= MIN_CHART_POINTS]

    if "visit" in wanted and episode_id is None and data.period_start and data.period_end:
        data.visit = visit_report(diary, profile_id, data.period_start, data.period_end,
                                  summaries, rows=rows, scope=(start, end))
    if "overall" in wanted:
        data.overall = overall_report(summaries)
    if "patient_notes" in wanted:
        data.patient_notes = [
            PatientNote(s.episode_id, s.local_time, s.kind, s.intensity, s.notes.strip())
            for s in summaries if s.notes.strip()
        ]
    if "outcomes" in wanted:
        _outcome_measures(data, diary, profile_id)
    data.plan_candidates = plan_candidates(therapies)
    if "plan" in wanted:
        keys = list(plan_keys) if plan_keys is not None else [k for k, _n in data.plan_candidates]
        data.plan = plan_items(keys, data.chart_regions, data.conditions)
        data.warning_signs = warning_signs()
    return data


# -- the body chart's notation ---------------------------------------------------------------
def _number_chart(data: ReportData) -> None:
    """P-numbers for the symptom areas, TP-numbers for the trigger points, their attributes."""
    from bodymap.store.records import SYMPTOM_KINDS

    marks = [m for view_marks in data.marks_by_view.values() for m in view_marks]
    symptoms = [m for m in marks if m.kind in SYMPTOM_KINDS]
    if data.mode == "episode":
        order = {uuid: n for uuid, n in symptom_numbers(symptoms).items()}
    else:
        ranked = sorted(
            symptoms,
            key=lambda m: (m.rank if m.rank is not None else 99,
                           -data.mark_counts.get(m.uuid, 1), -m.intensity, m.uuid),
        )
        # a period chart numbers its main places only: ten years must stay readable
        data.unnumbered_symptoms = max(0, len(ranked) - PERIOD_NUMBERED_SYMPTOMS)
        ranked = ranked[:PERIOD_NUMBERED_SYMPTOMS]
        symptoms = ranked
        order = {m.uuid: n for n, m in enumerate(ranked, start=1)}
    points = sorted(
        (m for m in marks if m.kind == "trigger_point"),
        key=lambda m: (-data.mark_counts.get(m.uuid, 1) if data.mode == "period" else 0,
                       -m.intensity, m.view, m.muscle_key or "", m.uuid),
    )
    if data.mode == "period":
        data.unnumbered_trigger_points = max(0, len(points) - PERIOD_NUMBERED_TRIGGER_POINTS)
        points = points[:PERIOD_NUMBERED_TRIGGER_POINTS]
    tp_number = {m.uuid: n for n, m in enumerate(points, start=1)}
    refers: dict[str, list[int]] = defaultdict(list)
    rows: list[SymptomRow] = []
    for m in sorted(symptoms, key=lambda m: order[m.uuid]):
        if m.source_uuid in tp_number:
            refers[m.source_uuid or ""].append(order[m.uuid])
        regions = tuple(r for r, _s in sorted(m.regions.items(), key=lambda kv: (-kv[1], kv[0])))
        rows.append(SymptomRow(
            number=order[m.uuid], uuid=m.uuid, kind=m.kind, view=m.view, regions=regions,
            intensity=m.intensity, times=data.mark_counts.get(m.uuid, 1),
            qualities=tuple(m.qualities), constancy=m.constancy, depth=m.depth,
            aggravating=tuple(m.aggravating), aggravating_note=m.aggravating_note,
            easing=tuple(m.easing), easing_note=m.easing_note,
            daily_pattern=tuple(m.daily_pattern),
            morning_stiffness_minutes=m.morning_stiffness_minutes,
            brought_on_by=order.get(m.brought_on_by or ""),
            source_tp=tp_number.get(m.source_uuid or ""), note=m.note,
        ))
    data.symptoms = rows
    data.trigger_points = [
        TriggerPointRow(
            number=tp_number[m.uuid], uuid=m.uuid, view=m.view,
            region=next(iter(sorted(m.regions, key=lambda r: -m.regions[r])), None),
            muscle_key=m.muscle_key, state=m.tp_state, suggested_state=m.suggested_state,
            exam=dict(m.exam), pressure_threshold=m.pressure_threshold, intensity=m.intensity,
            times=data.mark_counts.get(m.uuid, 1), refers_to=tuple(sorted(refers.get(m.uuid, []))),
        )
        for m in points
    ]


def symptom_numbers(marks: list[MarkRecord]) -> dict[str, int]:
    from bodymap.store.records import symptom_numbers as numbers

    return numbers(marks)


def _latest_ticks(data: ReportData, diary: Diary, profile_id: int, start: datetime | None,
                  end: datetime | None) -> None:
    """The cleared regions of the latest episode of the period that ticked any."""
    from bodymap.store.report_queries import latest_cleared_regions

    found = latest_cleared_regions(diary, profile_id, start, end)
    if found is not None:
        data.cleared_on, data.cleared_regions = found[0].date(), found[1]


# -- since the last visit ----------------------------------------------------------------------
def visit_windows(first: date, last: date) -> tuple[tuple[date, date], tuple[date, date]] | None:
    """The start and end windows of a period (local days, inclusive): a third of the period,
    from 7 to 28 days; None for a period too short to compare (under 6 days)."""
    days = (last - first).days + 1
    if days < 6:
        return None
    length = max(2, min(28, max(7, days // 3) if days >= 21 else days // 3))
    return (first, first + timedelta(days=length - 1)), (last - timedelta(days=length - 1), last)


def visit_report(diary: Diary, profile_id: int, first: date, last: date,
                 summaries: list[Any], *, rows: ReportRows | None = None,
                 scope: tuple[datetime | None, datetime | None] = (None, None),
                 ) -> VisitReport | None:
    """The start and end windows of the period compared region by region.

    ``rows``: the report's rows of ``scope`` (naive UTC, None open); a window inside the scope
    is counted from them, any other through :func:`bodymap.store.history.region_figures`."""
    from bodymap.store.history import region_figures, verdict

    windows = visit_windows(first, last)
    if windows is None:
        return None
    (a0, a1), (b0, b1) = windows

    def utc(day: date) -> datetime:
        return local_midnight_utc(day)

    def figures(lo_day: date, hi_day: date) -> dict[str, tuple[int, float]]:
        lo, hi = utc(lo_day), utc(hi_day + timedelta(days=1))
        if rows is not None and _inside(lo, hi, scope):
            return _window_figures(rows, lo, hi)
        return {region: (f.episodes, f.mean)
                for region, f in region_figures(diary, profile_id, lo, hi).items()}

    start_f, end_f, whole = figures(a0, a1), figures(b0, b1), figures(first, last)
    table = []
    for region in sorted(set(start_f) | set(end_f) | set(whole)):
        sa, eb, w = start_f.get(region), end_f.get(region), whole.get(region)
        va = sa[1] if sa else 0.0
        vb = eb[1] if eb else 0.0
        table.append(VisitRow(
            region_id=region, start=va, end=vb, mean=w[1] if w else 0.0,
            start_episodes=sa[0] if sa else 0, end_episodes=eb[0] if eb else 0,
            episodes=w[0] if w else 0, change=vb - va, verdict=verdict(va, vb, "mean"),
        ))
    table.sort(key=lambda r: (-abs(r.change), -r.mean, r.region_id))
    out = VisitReport(start_window=(a0, a1), end_window=(b0, b1), rows=table)
    in_a = [s.intensity for s in summaries if a0 <= s.local_time.date() <= a1
            and s.intensity is not None]
    in_b = [s.intensity for s in summaries if b0 <= s.local_time.date() <= b1
            and s.intensity is not None]
    out.start_episodes = sum(1 for s in summaries if a0 <= s.local_time.date() <= a1)
    out.end_episodes = sum(1 for s in summaries if b0 <= s.local_time.date() <= b1)
    out.start_overall = sum(in_a) / len(in_a) if in_a else None
    out.end_overall = sum(in_b) / len(in_b) if in_b else None
    return out


def _inside(lo: datetime, hi: datetime, scope: tuple[datetime | None, datetime | None]) -> bool:
    """Whether [lo, hi) lies within the scope [start, end) (None: open)."""
    start, end = scope
    return (start is None or start <= lo) and (end is None or hi <= end)


def _window_figures(rows: ReportRows, lo: datetime, hi: datetime) -> dict[str, tuple[int, float]]:
    """Per region touched in [lo, hi): (episodes, mean of the episodes' peaks there), as
    ``region_figures`` counts them, from the rows already read."""
    totals = rows.totals
    if totals.first_start is None:
        return {}
    if lo <= totals.first_start and totals.last_start is not None and totals.last_start < hi:
        # every episode read lies in the window: the per-region totals are already there
        return {region: (episodes, total / episodes)
                for region, episodes, _peak, total, *_rest in rows.regions}
    # A region's episodes are in the order of rows.episodes (start, then id), so the window's
    # are one run of them, found by bisection (at fifty years a region has thousands).
    started = {ep.episode_id: ep.started_at for ep in rows.episodes}

    def start_of(touched: tuple[int, int, int]) -> datetime:
        return started[touched[0]]

    out: dict[str, tuple[int, float]] = {}
    for region, touched in rows.region_episodes.items():
        first = bisect_left(touched, lo, key=start_of)
        peaks = [peak for _eid, peak, _n in touched[first:bisect_left(touched, hi, first, key=start_of)]]
        if peaks:
            out[region] = (len(peaks), sum(peaks) / len(peaks))
    return out


# -- overall pain and fatigue, triggers, durations -------------------------------------------
def overall_report(summaries: list[Any]) -> OverallReport:
    out = OverallReport(
        points=[OverallPoint(s.local_time, s.intensity, s.fatigue) for s in summaries],
        durations=[s.duration_minutes for s in summaries if s.duration_minutes is not None],
    )
    triggers: dict[str, list[int | None]] = defaultdict(list)
    for s in summaries:
        for t in dict.fromkeys(s.triggers):
            triggers[t].append(s.intensity)
    rows = []
    for text, values in triggers.items():
        known = [v for v in values if v is not None]
        rows.append((text, len(values), sum(known) / len(known) if known else None))
    rows.sort(key=lambda r: (-r[1], r[0]))
    out.triggers = rows
    out.kinds = sorted(Counter(s.kind for s in summaries).items(), key=lambda kv: (-kv[1], kv[0]))
    return out


# -- outcome measures --------------------------------------------------------------------------
def _outcome_measures(data: ReportData, diary: Diary, profile_id: int) -> None:
    """PSFS activities with their ratings in the period (the latest before it as the baseline)
    and the PGIC ratings of the period."""
    first = data.period_start if data.mode == "period" else None
    last = data.period_end
    acts = diary.psfs_activities(profile_id, include_retired=True)
    by_activity: dict[Any, list[tuple[date, int]]] = defaultdict(list)
    for r in diary.psfs_ratings(profile_id, None, last):
        by_activity[r.activity_id].append((r.rated_on, int(r.score)))
    for act in acts:
        series = sorted(by_activity.get(act.id, []))
        if first is not None:  # the latest rating before the period is its baseline
            before = [x for x in series if x[0] < first]
            series = before[-1:] + [x for x in series if x[0] >= first]
        if not series and act.retired_on is not None:
            continue
        data.psfs.append(PsfsLine(act.name, tuple(series), act.retired_on))
    data.pgic = sorted((r.rated_on, int(r.score), r.note or "")
                       for r in diary.pgic_ratings(profile_id, first, last))


# -- the self-care plan -------------------------------------------------------------------------
def plan_candidates(therapies: list[TherapyOutcome]) -> list[tuple[str, str]]:
    """(catalogue key, name) of the home therapies tried that did not make things worse more
    often than better, most used first."""
    from bodymap.anatomy import therapies as catalogue

    out = []
    for t in therapies:
        if not t.key:
            continue
        try:
            entry = catalogue.get(t.key)
        except KeyError:
            continue
        if entry.category != "home" or t.worse > t.better:
            continue
        out.append((t.key, t.name))
    return out


def _text(value: Any) -> str:
    from bodymap.i18n.language import pick

    return pick(value) if not isinstance(value, str) else value


def plan_items(keys: list[str], regions: list[str], conditions: list[str]) -> list[PlanItem]:
    from bodymap.anatomy import therapies as catalogue

    out = []
    for key in dict.fromkeys(keys):
        try:
            entry = catalogue.get(key)
        except KeyError:
            continue
        cautions = entry.cautions_for(regions, conditions)
        # the content loader gives the texts in the language of the run
        out.append(PlanItem(
            key=key, name=entry.name, summary=_text(entry.summary),
            steps=tuple(_text(step) for step in entry.steps), duration=_text(entry.duration),
            cautions=tuple(_text(c) for c in cautions),
        ))
    return out


def warning_signs() -> list[str]:
    """When to get medical help at once, in the language of the run (the content loader's)."""
    from bodymap.anatomy import therapies as catalogue

    signs = getattr(catalogue, "warning_signs", None)
    if callable(signs):
        return [_text(w) for w in signs()]
    return [_text(w) for w in getattr(catalogue, "WARNING_SIGNS", ())]


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
    episode at a time), gathered per warning with the first and last day, most urgent first.

    No facts are ticked here, so the rules read little of the marks (``warnings.reading``):
    only the episodes with a region they read are fetched, and each distinct input (what the
    rules read of it) is evaluated once."""
    from bodymap.anatomy import warnings as warning_rules
    from bodymap.store.report_queries import episode_marks

    reads = warning_rules.reading(())
    marked = episode_marks(
        diary, profile_id, start, end, episode_id,
        region_filter=reads.reads_region if reads.needs_region else None,
        with_qualities=bool(reads.qualities),
    )
    return _gather_warnings(
        reads,
        ((local_date(m.started_at, m.utc_offset_minutes), m.regions, m.qualities)
         for m in marked.values()),
        birth_year,
    )


def _gather_warnings(
    reads: Any, days: Iterable[tuple[date, Sequence[str], Sequence[str]]], birth_year: int | None
) -> list[ReportWarning]:
    """Evaluate the rules once per distinct input (what ``reads`` says they read of an
    episode's regions, qualities and age) and gather each warning's first and last day and its
    number of episodes, most urgent first."""
    from bodymap.anatomy import warnings as warning_rules
    from bodymap.i18n.language import pick

    found: dict[str, list[Any]] = {}
    memo: dict[Any, list[Any]] = {}
    # the same input as given (most episodes repeat an earlier one) skips working out its key
    given: dict[tuple[Any, ...], list[Any]] = {}
    for day, regions, qualities in days:
        age = day.year - birth_year if birth_year else None
        as_given = (tuple(regions), tuple(qualities), age if reads.age else None)
        raised = given.get(as_given)
        if raised is None:
            key = reads.key(regions, qualities, age)
            raised = memo.get(key)
            if raised is None:
                raised = memo[key] = warning_rules.evaluate(key[0], key[1], (), age=age)
            given[as_given] = raised
        for w in raised:
            entry = found.setdefault(w.id, [w, day, day, 0])
            entry[1], entry[2], entry[3] = min(entry[1], day), max(entry[2], day), entry[3] + 1
    out = [
        ReportWarning(
            id=w.id, urgency=w.urgency, title=pick(w.title), action=pick(w.action),
            first=first, last=last, episodes=n,
        )
        for w, first, last, n in found.values()
    ]
    out.sort(key=lambda r: (warning_rules.URGENCIES.index(r.urgency), r.first, r.id))
    return out


def _warnings_of_rows(rows: ReportRows, birth_year: int | None) -> list[ReportWarning] | None:
    """:func:`period_warnings` from the report's rows already read; None when the rules read
    the pain qualities too (not among those rows)."""
    from bodymap.anatomy import warnings as warning_rules

    reads = warning_rules.reading(())
    if reads.qualities:
        return None
    # per episode, the regions its marks touch that the rules read (all of them when some
    # rule needs none); only the regions read are walked
    regions_of: dict[int, list[str]] = defaultdict(list)
    for region, touched in rows.region_episodes.items():
        if not reads.needs_region or reads.reads_region(region):
            for eid, _peak, _n in touched:
                regions_of[eid].append(region)
    when = {ep.episode_id: ep.local_time.date() for ep in rows.episodes}
    return _gather_warnings(
        reads, ((when[eid], regions, ()) for eid, regions in regions_of.items()), birth_year)


def _chart_histories(diary: Diary, profile_id: int, rows: ReportRows, regions: list[str],
                     start: datetime | None, end: datetime | None) -> list[Any]:
    """``region_history(diary, profile_id, region, start, end)`` of each charted region, from
    the report's rows (its episodes, peaks, qualities and trigger points there) and one small
    query for the therapies used on those regions."""
    from bodymap.store import history
    from bodymap.store.report_queries import region_therapy_rows

    therapy_rows = region_therapy_rows(diary, profile_id, regions, start, end)
    by_id = {ep.episode_id: ep for ep in rows.episodes}
    qualities: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for region, quality, n in rows.qualities:
        qualities[region].append((quality, n))
    stop = end if end is not None else history.utcnow()
    # an open start begins at the person's first episode: the first one read (charted
    # regions have episodes, and an open start reads every episode before ``end``)
    first = start if start is not None else rows.totals.first_start
    span = 1.0 if first is None else max(1.0, (stop - first).total_seconds() / 86400.0)
    out = []
    make, episode_row, history_point = tuple.__new__, history.EpisodeRow, history.HistoryPoint
    for region in regions:
        # what region_history assembles from its queries, step by step
        # the tuples made directly: the busiest region has thousands of episodes
        episodes: list[history.EpisodeRow] = []
        points: list[history.HistoryPoint] = []
        times: list[datetime] = []
        peaks: list[int] = []
        for eid, peak, count in rows.region_episodes.get(region, []):
            ep = by_id[eid]
            local = ep.local_time
            episodes.append(make(episode_row, (eid, local, ep.utc_offset_minutes, ep.kind,
                                               ep.intensity, peak, count)))
            points.append(make(history_point, (local, peak, eid)))
            times.append(local)
            peaks.append(peak)
        episodes.reverse()
        if start is not None:
            first_day = start.date()
        else:
            first_day = points[0].local_time.date() if points else stop.date()
        unit = "week" if span <= history.WEEKLY_UP_TO_DAYS else "month"
        last_day = (stop - timedelta(microseconds=1)).date()
        window = history.auto_window(len(points))
        out.append(history.RegionHistory(
            region_id=region,
            label=history.region_label(region),
            start=start,
            end=end,
            span_days=span,
            points=points,
            moving_average=history.moving_average(peaks, window),
            window=window,
            frequency_unit=unit,
            frequency=history._bins(times, first_day, last_day, unit),
            qualities=sorted(
                (history.QualityCount(str(q), int(n)) for q, n in qualities.get(region, [])),
                key=lambda q: (-q.count, q.quality),
            ),
            trigger_points=sorted(
                (history.TriggerPointCount(k, history.muscle_name(k), state, int(n))
                 for k, state, n in rows.region_trigger_points.get(region, [])),
                key=lambda t: (-t.count, t.muscle_key or "", t.state or ""),
            ),
            referring_muscles=list(history.referring_muscles(region)),
            therapies=history.summarise_outcomes(therapy_rows.get(region, [])),
            episodes=episodes,
        ))
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
    rows = []
    # per region: episodes, peak, sum of the episodes' peaks, first and last local time, latest
    for region, episodes, peak, total, first, last, latest in region_rows:
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
                muscle_keys=tuple(k for k, _n in sorted(
                    muscles[region].items(), key=lambda kv: (-kv[1], kv[0]))[:3]),
            )
        )
    rows.sort(key=lambda r: (-r.episodes, -r.peak, r.label))
    return rows


@dataclass
class _Places:
    chosen: list[tuple[PeriodMark, int]]  # (latest mark of the place, times marked)
    group_of: dict[int, tuple[Any, ...]]  # every mark id -> its place
    rep_of_group: dict[tuple[Any, ...], int]  # place -> the mark id drawn for it


def _choose_places(marks: list[PeriodMark]) -> _Places:
    """The latest mark of each place (marks come oldest first), with how often it was marked."""
    places: dict[tuple[Any, ...], list[Any]] = {}  # place -> [its latest mark, times marked]
    group_of: dict[int, tuple[Any, ...]] = {}
    grid = PLACE_GRID
    # A place: a point's view, kind, muscle and grid cell; an area's view, kind, muscle (its
    # trigger point's, for a referred area) and the region it covers most.  Unpacked from the
    # tuple in one step, one look-up a mark: fifty years are a hundred thousand marks.
    for mark in marks:
        mid, kind, view, _i, _s, _sp, muscle, _src, gtype, x, y, main, source_muscle = mark
        if gtype == "point" and x is not None and y is not None:
            key: tuple[Any, ...] = (view, kind, muscle or "", round(x / grid), round(y / grid))
        else:
            key = (view, kind, source_muscle or muscle or "", main or "")
        place = places.get(key)
        if place is None:
            places[key] = [mark, 1]
        else:
            place[0] = mark
            place[1] += 1
        group_of[mid] = key
    return _Places(
        chosen=[(mark, n) for mark, n in places.values()],
        group_of=group_of,
        rep_of_group={key: place[0].mark_id for key, place in places.items()},
    )


def _period_marks(data: ReportData, places: _Places, diary: Diary) -> None:
    """The latest mark of each place with every body-chart field, links re-pointed at the marks
    drawn for the places they point at (uuids are the drawn marks' ids as text)."""
    records, id_of_uuid = full_marks(diary, [mark.mark_id for mark, _n in places.chosen])

    def drawn(uuid: str | None) -> str | None:
        mid = id_of_uuid.get(uuid or "")
        if mid is None or mid not in places.group_of:
            return None
        rep = places.rep_of_group.get(places.group_of[mid])
        return None if rep is None else str(rep)

    by_view: dict[str, list[MarkRecord]] = defaultdict(list)
    for mark, count in places.chosen:
        record = records.get(mark.mark_id)
        if record is None or not isinstance(record.geometry, dict):
            continue
        by_view[mark.view].append(replace(
            record, uuid=str(mark.mark_id), source_uuid=drawn(record.source_uuid),
            brought_on_by=drawn(record.brought_on_by),
        ))
        data.mark_counts[str(mark.mark_id)] = count
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
