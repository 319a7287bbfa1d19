"""What the physiotherapist's report holds, gathered from the diary (pure Python, no Qt).

:func:`build_report` reads the diary with a few aggregate SQL queries (so ten years of episodes
stay fast) and returns a :class:`ReportData` that :mod:`bodymap.report.render` draws onto any
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

from sqlalchemy import text

from bodymap.store.errors import NotFoundError
from bodymap.store.history import TherapyOutcome, summarise_outcomes
from bodymap.store.records import MarkRecord
from bodymap.store.service import Diary, utcnow

SECTIONS: tuple[str, ...] = ("map", "table", "therapies", "charts", "notes")
#: How many of the most affected regions get a chart.
CHART_REGIONS = 4
#: Points closer than this (map units, on a grid) count as the same place in a period summary.
PLACE_GRID = 12.0

KIND_LABELS = {
    "trigger_point": "trigger point",
    "referred_area": "referred pain",
    "spasm": "spasm",
    "tender_point": "tender point",
}
KIND_ORDER = ("trigger_point", "referred_area", "spasm", "tender_point")


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
def _bind(value: datetime | None) -> str | None:
    # SQLAlchemy's DateTime is stored as "YYYY-MM-DD HH:MM:SS.ffffff" text in SQLite.
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _parse(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


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


def _filters(start: datetime | None, end: datetime | None, episode_id: int | None) -> str:
    sql = ""
    if episode_id is not None:
        sql += " AND e.id = :episode"
    if start is not None:
        sql += " AND e.started_at >= :start"
    if end is not None:
        sql += " AND e.started_at < :end"
    return sql


# -- the queries ----------------------------------------------------------------------------
_JOIN = (
    " FROM mark_region r JOIN mark m ON m.id = r.mark_id JOIN episode e ON e.id = m.episode_id"
    " WHERE e.profile_id = :profile"
)


def _region_queries(where: str) -> dict[str, str]:
    return {
        # per (region, episode): the peak intensity and the local time; summed up in Python
        "regions": (
            "SELECT r.region_id, m.episode_id, e.started_at,"
            " datetime(e.started_at, e.utc_offset_minutes || ' minutes'), MAX(m.intensity)"
            + _JOIN + where + " GROUP BY r.region_id, m.episode_id"
        ),
        "kinds": "SELECT r.region_id, m.kind, COUNT(*)" + _JOIN + where
        + " GROUP BY r.region_id, m.kind",
        "tp_state": (
            "SELECT region_id, tp_state FROM (SELECT r.region_id AS region_id, m.tp_state AS"
            " tp_state, ROW_NUMBER() OVER (PARTITION BY r.region_id ORDER BY e.started_at DESC,"
            " m.id DESC) AS rn" + _JOIN + " AND m.kind = 'trigger_point'" + where
            + ") WHERE rn = 1"
        ),
        "muscles": (
            "SELECT r.region_id, COALESCE(m.muscle_key, s.muscle_key) AS muscle, COUNT(*)"
            " FROM mark_region r JOIN mark m ON m.id = r.mark_id"
            " JOIN episode e ON e.id = m.episode_id LEFT JOIN mark s ON s.id = m.source_mark_id"
            " WHERE e.profile_id = :profile" + where
            + " AND COALESCE(m.muscle_key, s.muscle_key) IS NOT NULL GROUP BY r.region_id, muscle"
        ),
        "qualities": (
            "SELECT r.region_id, q.value, COUNT(*) FROM mark_region r"
            " JOIN mark m ON m.id = r.mark_id JOIN episode e ON e.id = m.episode_id,"
            " json_each(m.qualities) q WHERE e.profile_id = :profile" + where
            + " GROUP BY r.region_id, q.value"
        ),
        "totals": (
            "SELECT COUNT(DISTINCT e.id), COUNT(m.id), MIN(e.started_at), MAX(e.started_at)"
            " FROM episode e LEFT JOIN mark m ON m.episode_id = e.id"
            " WHERE e.profile_id = :profile" + where
        ),
        "marks": (
            "SELECT m.id, m.kind, m.view, m.intensity, m.tp_state, m.spasm_kind, m.muscle_key,"
            " m.source_mark_id,"
            # areas hold long polygon lists: never parse their JSON here
            " CASE WHEN m.kind = 'referred_area' THEN 'area'"
            "  ELSE json_extract(m.geometry, '$.type') END,"
            " CASE WHEN m.kind = 'referred_area' THEN NULL"
            "  ELSE json_extract(m.geometry, '$.x') END,"
            " CASE WHEN m.kind = 'referred_area' THEN NULL"
            "  ELSE json_extract(m.geometry, '$.y') END,"
            " CASE WHEN m.kind = 'referred_area' THEN (SELECT r.region_id FROM mark_region r"
            "  WHERE r.mark_id = m.id ORDER BY r.share DESC, r.region_id LIMIT 1) END,"
            " s.muscle_key"
            " FROM mark m JOIN episode e ON e.id = m.episode_id"
            " LEFT JOIN mark s ON s.id = m.source_mark_id"
            " WHERE e.profile_id = :profile" + where + " ORDER BY e.started_at, m.position, m.id"
        ),
        "therapies": (
            "SELECT t.id, t.name, t.key, u.outcome, COUNT(*), SUM(u.relief), COUNT(u.relief)"
            " FROM therapy_use u JOIN therapy t ON t.id = u.therapy_id"
            " LEFT JOIN episode e ON e.id = u.episode_id"
            " WHERE u.profile_id = :profile" + where.replace("e.started_at", "u.used_at")
            + " GROUP BY t.id, u.outcome"
        ),
    }


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

    where = _filters(start, end, episode_id)
    params = {"profile": profile_id, "start": _bind(start), "end": _bind(end),
              "episode": episode_id}
    queries = _region_queries(where)
    with diary.session() as s:
        def run(name: str) -> list[Any]:
            return list(s.execute(text(queries[name]), params).all())

        totals = run("totals")[0]
        region_rows = run("regions")
        kind_rows = run("kinds")
        state_rows = run("tp_state")
        muscle_rows = run("muscles")
        quality_rows = run("qualities")
        mark_rows = run("marks") if "map" in wanted and episode_id is None else []
        therapy_rows = run("therapies") if "therapies" in wanted else []
        if mark_rows:
            places = _choose_places(mark_rows)
            ids = [row[0] for row, _n in places.chosen]
            geometry: dict[int, Any] = {}
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                id_list = ",".join(str(int(x)) for x in chunk)
                marks_sql = f"SELECT id, geometry FROM mark WHERE id IN ({id_list})"
                for mid, geom in s.execute(text(marks_sql)):
                    geometry[mid] = geom

    data.episode_count = int(totals[0] or 0)
    data.mark_count = int(totals[1] or 0)
    if episode_id is None:
        if start is not None:
            data.period_start = local_date(start)
        elif totals[2] is not None:
            data.period_start = local_date(_parse(totals[2]))
        if end is not None:
            data.period_end = local_date(end - timedelta(microseconds=1))
        elif totals[3] is not None:
            data.period_end = max(local_date(_parse(totals[3])), data.printed_on)
        if data.period_start is None and data.period_end is not None:
            data.period_start = data.period_end

    data.regions = _region_table(region_rows, kind_rows, state_rows, muscle_rows, quality_rows)
    ranked = sorted(data.regions, key=lambda r: (-r.episodes, -r.mean, -r.peak, r.label))
    data.chart_regions = [r.region_id for r in ranked[:CHART_REGIONS]]

    if "map" in wanted:
        if episode_id is not None:
            _episode_marks(data, episode)
        elif mark_rows:
            _period_marks(data, places, geometry)

    if "therapies" in wanted:
        data.therapies = summarise_outcomes(therapy_rows)

    if "charts" in wanted and data.chart_regions and episode_id is None:
        from bodymap.store.history import region_history

        data.histories = [
            region_history(diary, profile_id, region, start, end) for region in data.chart_regions
        ]
    return data


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
        latest_key = (str(started), episode_id)
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
                first_seen=_parse(first).date(),
                last_seen=_parse(last).date(),
                episodes=int(episodes),
            )
        )
    rows.sort(key=lambda r: (-r.episodes, -r.peak, r.label))
    return rows


def _place_key(row: Any) -> tuple[Any, ...]:
    mid, kind, view, _i, _state, _sk, muscle, _src, gtype, x, y, main_region, src_muscle = row
    if gtype == "point" and x is not None and y is not None:
        return (view, kind, muscle or "", round(float(x) / PLACE_GRID),
                round(float(y) / PLACE_GRID))
    return (view, kind, src_muscle or muscle or "", main_region or "")


@dataclass
class _Places:
    chosen: list[tuple[Any, int]]  # (latest row of the place, times marked)
    group_of: dict[int, tuple[Any, ...]]  # every mark id -> its place
    rep_of_group: dict[tuple[Any, ...], int]  # place -> the mark id drawn for it


def _choose_places(rows: list[Any]) -> _Places:
    """The latest mark of each place (rows come oldest first), with how often it was marked."""
    latest: dict[tuple[Any, ...], Any] = {}
    counts: Counter[tuple[Any, ...]] = Counter()
    group_of: dict[int, tuple[Any, ...]] = {}
    for row in rows:
        key = _place_key(row)
        latest[key] = row
        counts[key] += 1
        group_of[row[0]] = key
    return _Places(
        chosen=[(row, counts[key]) for key, row in latest.items()],
        group_of=group_of,
        rep_of_group={key: row[0] for key, row in latest.items()},
    )


def _period_marks(data: ReportData, places: _Places, geometry: dict[int, Any]) -> None:
    import json

    by_view: dict[str, list[MarkRecord]] = defaultdict(list)
    for row, count in places.chosen:
        mid, kind, view, intensity, state, spasm_kind, muscle, src, _g, _x, _y, region, _sm = row
        geom = geometry.get(mid)
        if isinstance(geom, str):
            geom = json.loads(geom)
        if not isinstance(geom, dict):
            continue
        source_uuid = None
        if src is not None and src in places.group_of:
            rep = places.rep_of_group.get(places.group_of[src])
            source_uuid = str(rep) if rep is not None else None
        by_view[view].append(
            MarkRecord(
                kind=kind, view=view, geometry=geom, intensity=int(intensity),
                regions={region: 1.0} if region else {}, tp_state=state, spasm_kind=spasm_kind,
                muscle_key=muscle, source_uuid=source_uuid, uuid=str(mid), id=mid,
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
