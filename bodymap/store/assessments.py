"""Fibromyalgia assessments, tender-point exams, and the figures derived from the map.

The typed store API behind ``bodymap fibro``, the fibromyalgia panel and the report (see
"For developers" in ``docs/fibromyalgia.md``).  Every function takes the open
:class:`~bodymap.store.service.Diary` first and returns plain records
(:class:`~bodymap.store.records.AssessmentRecord`, :class:`~bodymap.store.records.TenderExamRecord`)
or the pure results of :mod:`bodymap.anatomy.scores`; nothing returned is an ORM object.

Days are the person's **local** calendar days.  An assessment or an exam stores its day as a
date (``assessed_on`` / ``examined_on``).  A mark's day is its episode's ``started_at`` (naive
UTC) plus ``utc_offset_minutes``: the queries filter on a UTC window widened by 16 hours on each
side (the largest offset the store accepts), then the exact local day is computed in Python with
:func:`bodymap.anatomy.scores.local_day` -- no engine's date arithmetic, so SQLite and
PostgreSQL give the same answer.  All queries are SQLAlchemy expressions (Core selects over the
mapped tables), never SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session, selectinload

from bodymap.anatomy import scores
from bodymap.store.driver_rows import plain_rows
from bodymap.store.errors import NotFoundError, invalid, say
from bodymap.store.models import (
    Episode,
    FibroAssessment,
    FibroAssessmentArea,
    Mark,
    MarkRegion,
    Profile,
    TenderExam,
    TenderExamSite,
)
from bodymap.store.records import (
    MAX_OFFSET,
    AssessmentRecord,
    TenderExamRecord,
    TenderSiteRecord,
    check_day,
)
from bodymap.store.service import Diary, utcnow

__all__ = [
    "FibroSummary",
    "assessment_dict",
    "assessment_from_map",
    "delete_assessment",
    "delete_tender_exam",
    "fibro_summary",
    "get_assessment",
    "get_tender_exam",
    "latest_assessment",
    "latest_tender_exam",
    "list_assessments",
    "list_tender_exams",
    "pain_days",
    "pain_marks",
    "save_assessment",
    "save_tender_exam",
    "wpi_from_map",
]

_TENDER_ORDER = {site: i for i, site in enumerate(scores.TENDER_POINT_IDS)}


# -- records <-> rows ---------------------------------------------------------------------------


def assessment_record(a: FibroAssessment) -> AssessmentRecord:
    """An assessment row (with its areas loaded) as a record; areas in the reference order."""
    chosen = {row.area_id for row in a.area_rows}
    return AssessmentRecord(
        id=a.id,
        uuid=a.uuid,
        profile_id=a.profile_id,
        assessed_on=a.assessed_on,
        created_at=a.created_at,
        areas=[area for area in scores.AREA_IDS if area in chosen],
        areas_adjusted=bool(a.areas_adjusted),
        fatigue=a.fatigue,
        waking_unrefreshed=a.waking_unrefreshed,
        cognitive=a.cognitive,
        headaches=a.headaches,
        lower_abdominal=a.lower_abdominal,
        depression=a.depression,
        symptoms_3_months=a.symptoms_3_months,
        note=a.note or "",
    )


def tender_exam_record(e: TenderExam) -> TenderExamRecord:
    """An exam row (with its sites loaded) as a record; sites in the order of the 18 points."""
    rows = sorted(e.site_rows, key=lambda r: (_TENDER_ORDER.get(r.site_id, 99), r.site_id))
    return TenderExamRecord(
        id=e.id,
        uuid=e.uuid,
        profile_id=e.profile_id,
        examined_on=e.examined_on,
        created_at=e.created_at,
        sites=[TenderSiteRecord(r.site_id, bool(r.tender), r.intensity) for r in rows],
        note=e.note or "",
    )


def _check_profile(s: Session, profile_id: int) -> None:
    if s.get(Profile, profile_id) is None:
        raise invalid("profile", "no profile with id {profile_id}", profile_id=str(profile_id))


def _day_range(query: Any, column: Any, start: date | None, end: date | None) -> Any:
    if start is not None:
        query = query.where(column >= start)
    if end is not None:
        query = query.where(column <= end)
    return query


# -- assessments --------------------------------------------------------------------------------


def save_assessment(diary: Diary, record: AssessmentRecord) -> AssessmentRecord:
    """Create (``record.id`` None) or replace an assessment, areas included; all or nothing.

    Validates first (:class:`ValidationError` naming the field, nothing written).  A new record
    whose uuid the diary already has is refused; ``created_at`` is kept on a replace, and is the
    record's (an import) or now for a new one.  Returns the assessment as stored.
    """
    record.validate()
    with diary.session() as s:
        _check_profile(s, record.profile_id)
        if record.id is None:
            if s.scalar(select(FibroAssessment.id).where(FibroAssessment.uuid == record.uuid)):
                raise invalid("assessment.uuid", "an assessment with this uuid exists already")
            row = FibroAssessment(uuid=record.uuid, created_at=record.created_at or utcnow())
            s.add(row)
        else:
            found = s.get(FibroAssessment, record.id)
            if found is None:
                raise NotFoundError(say("assessment {id} no longer exists", id=str(record.id)))
            row = found
            s.execute(
                delete(FibroAssessmentArea).where(FibroAssessmentArea.assessment_id == row.id)
            )
            s.expire(row, ["area_rows"])
        row.profile_id = record.profile_id
        row.assessed_on = record.assessed_on
        row.areas_adjusted = record.areas_adjusted
        for name in AssessmentRecord.SSS_FIELDS:
            setattr(row, name, getattr(record, name))
        row.symptoms_3_months = record.symptoms_3_months
        row.note = record.note
        row.area_rows = [FibroAssessmentArea(area_id=a) for a in dict.fromkeys(record.areas)]
        s.flush()
        row_id = row.id
    return get_assessment(diary, row_id)


def get_assessment(diary: Diary, assessment_id: int) -> AssessmentRecord:
    with diary.session() as s:
        row = s.scalar(
            select(FibroAssessment)
            .where(FibroAssessment.id == assessment_id)
            .options(selectinload(FibroAssessment.area_rows))
        )
        if row is None:
            raise NotFoundError(say("no assessment with id {assessment_id}", assessment_id=str(assessment_id)))
        return assessment_record(row)


def list_assessments(
    diary: Diary, profile_id: int, start: date | None = None, end: date | None = None
) -> list[AssessmentRecord]:
    """The person's assessments with ``start <= assessed_on <= end`` (local days, either side
    open when None), oldest first (same day: in the order they were made)."""
    query = _day_range(
        select(FibroAssessment)
        .where(FibroAssessment.profile_id == profile_id)
        .order_by(FibroAssessment.assessed_on, FibroAssessment.created_at, FibroAssessment.id)
        .options(selectinload(FibroAssessment.area_rows)),
        FibroAssessment.assessed_on, start, end,
    )
    with diary.session() as s:
        return [assessment_record(a) for a in s.scalars(query)]


def latest_assessment(
    diary: Diary, profile_id: int, at: date | None = None, *, with_sss: bool = False
) -> AssessmentRecord | None:
    """The newest assessment made on or before ``at`` (any day when None); None if there is none.

    ``with_sss=True``: the newest one that holds the SSS answers.
    """
    query = select(FibroAssessment).where(FibroAssessment.profile_id == profile_id)
    if at is not None:
        query = query.where(FibroAssessment.assessed_on <= at)
    if with_sss:
        query = query.where(FibroAssessment.fatigue.is_not(None))
    query = query.order_by(
        FibroAssessment.assessed_on.desc(), FibroAssessment.created_at.desc(),
        FibroAssessment.id.desc(),
    ).limit(1).options(selectinload(FibroAssessment.area_rows))
    with diary.session() as s:
        row = s.scalar(query)
        return None if row is None else assessment_record(row)


def delete_assessment(diary: Diary, assessment_id: int) -> None:
    with diary.session() as s:
        row = s.get(FibroAssessment, assessment_id)
        if row is None:
            raise NotFoundError(say("no assessment with id {assessment_id}", assessment_id=str(assessment_id)))
        s.delete(row)


def assessment_from_map(diary: Diary, profile_id: int, at: date) -> AssessmentRecord:
    """A new, unsaved assessment for ``at`` with the areas the map suggests (not adjusted).

    The window shows it, lets the person tick or untick areas and answer the SSS, sets
    ``areas_adjusted`` when the ticks differ from these, then calls :func:`save_assessment`.
    """
    wpi = wpi_from_map(diary, profile_id, at)
    return AssessmentRecord(
        profile_id=profile_id, assessed_on=at, areas=wpi.sorted_areas(), areas_adjusted=False
    )


# -- tender-point exams -------------------------------------------------------------------------


def save_tender_exam(diary: Diary, record: TenderExamRecord) -> TenderExamRecord:
    """Create (``record.id`` None) or replace a tender-point exam with its sites."""
    record.validate()
    with diary.session() as s:
        _check_profile(s, record.profile_id)
        if record.id is None:
            if s.scalar(select(TenderExam.id).where(TenderExam.uuid == record.uuid)):
                raise invalid("tender_exam.uuid", "an exam with this uuid exists already")
            row = TenderExam(uuid=record.uuid, created_at=record.created_at or utcnow())
            s.add(row)
        else:
            found = s.get(TenderExam, record.id)
            if found is None:
                raise NotFoundError(say("tender-point exam {id} no longer exists", id=str(record.id)))
            row = found
            s.execute(delete(TenderExamSite).where(TenderExamSite.exam_id == row.id))
            s.expire(row, ["site_rows"])
        row.profile_id = record.profile_id
        row.examined_on = record.examined_on
        row.note = record.note
        row.site_rows = [
            TenderExamSite(site_id=site.site, tender=site.tender, intensity=site.intensity)
            for site in record.sites
        ]
        s.flush()
        row_id = row.id
    return get_tender_exam(diary, row_id)


def get_tender_exam(diary: Diary, exam_id: int) -> TenderExamRecord:
    with diary.session() as s:
        row = s.scalar(
            select(TenderExam)
            .where(TenderExam.id == exam_id)
            .options(selectinload(TenderExam.site_rows))
        )
        if row is None:
            raise NotFoundError(say("no tender-point exam with id {exam_id}", exam_id=str(exam_id)))
        return tender_exam_record(row)


def list_tender_exams(
    diary: Diary, profile_id: int, start: date | None = None, end: date | None = None
) -> list[TenderExamRecord]:
    """The person's exams with ``start <= examined_on <= end``, oldest first."""
    query = _day_range(
        select(TenderExam)
        .where(TenderExam.profile_id == profile_id)
        .order_by(TenderExam.examined_on, TenderExam.created_at, TenderExam.id)
        .options(selectinload(TenderExam.site_rows)),
        TenderExam.examined_on, start, end,
    )
    with diary.session() as s:
        return [tender_exam_record(e) for e in s.scalars(query)]


def latest_tender_exam(
    diary: Diary, profile_id: int, at: date | None = None
) -> TenderExamRecord | None:
    """The newest exam on or before ``at`` (any day when None)."""
    query = select(TenderExam).where(TenderExam.profile_id == profile_id)
    if at is not None:
        query = query.where(TenderExam.examined_on <= at)
    query = query.order_by(
        TenderExam.examined_on.desc(), TenderExam.created_at.desc(), TenderExam.id.desc()
    ).limit(1).options(selectinload(TenderExam.site_rows))
    with diary.session() as s:
        row = s.scalar(query)
        return None if row is None else tender_exam_record(row)


def delete_tender_exam(diary: Diary, exam_id: int) -> None:
    with diary.session() as s:
        row = s.get(TenderExam, exam_id)
        if row is None:
            raise NotFoundError(say("no tender-point exam with id {exam_id}", exam_id=str(exam_id)))
        s.delete(row)


# -- figures from the map -----------------------------------------------------------------------

#: Widening of a local-day window into UTC: the largest offset the store accepts, and a minute.
_MARGIN = timedelta(minutes=MAX_OFFSET + 1)


def _utc_window(first: date | None, last: date) -> tuple[datetime | None, datetime]:
    """A UTC window of ``started_at`` that holds every episode of local days first..last."""
    low = None if first is None else datetime.combine(first, time()) - _MARGIN
    high = datetime.combine(last, time()) + timedelta(days=1) + _MARGIN
    return low, high


def _counting(mark: Any = Mark) -> Any:
    """Marks that can count as spontaneous pain (``scores.counts_for_wpi``, but in SQL), on the
    ORM class or (``Mark.__table__.c``) on plain columns.

    Pins and needles and numbness are symptoms on the chart but not pain: they never count.
    """
    return and_(
        mark.intensity >= 1,
        mark.kind.not_in(scores.NOT_SPONTANEOUS_PAIN),
        or_(mark.kind != "trigger_point", mark.tp_state.is_(None), mark.tp_state != "resolved"),
    )


def pain_marks(diary: Diary, profile_id: int, first: date, last: date) -> list[scores.PainMark]:
    """The person's marks of local days ``first``..``last`` as ``scores.PainMark`` (with their
    regions), those that cannot count for the WPI already left out."""
    low, high = _utc_window(first, last)
    query = (
        select(
            Mark.id, Episode.started_at, Episode.utc_offset_minutes, Mark.kind, Mark.intensity,
            Mark.tp_state, MarkRegion.region_id,
        )
        .join(Episode, Episode.id == Mark.episode_id)
        .join(MarkRegion, MarkRegion.mark_id == Mark.id)
        .where(Episode.profile_id == profile_id, Episode.started_at < high, _counting())
        .order_by(Mark.id, MarkRegion.region_id)
    )
    if low is not None:
        query = query.where(Episode.started_at >= low)
    marks: dict[int, tuple[date, str, int, str | None, list[str]]] = {}
    with diary.session() as s:
        for mark_id, started, offset, kind, intensity, tp_state, region in s.execute(query):
            entry = marks.get(mark_id)
            if entry is None:
                day = scores.local_day(started, offset)
                if not first <= day <= last:
                    continue
                entry = marks[mark_id] = (day, kind, intensity, tp_state, [])
            entry[4].append(region)
    return [
        scores.PainMark(day, kind, intensity, tp_state, tuple(regions))
        for day, kind, intensity, tp_state, regions in marks.values()
    ]


def wpi_from_map(diary: Diary, profile_id: int, at: date) -> scores.WpiResult:
    """The WPI the map shows on local day ``at``: the areas with qualifying pain marked on
    ``at`` and the six days before (``scores.wpi_from_marks``)."""
    check_day(at, "at")
    first, last = scores.wpi_window(at)
    return scores.wpi_from_marks(pain_marks(diary, profile_id, first, last), at)


def pain_days(diary: Diary, profile_id: int, at: date) -> list[date]:
    """The local days up to and including ``at`` with at least one mark that counts as pain
    (``scores.counts_for_wpi``, wherever it is drawn), oldest first: the input of
    ``scores.pain_span``."""
    check_day(at, "at")
    _low, high = _utc_window(None, at)
    # The episodes with a mark that counts (EXISTS: each episode once, without the join's
    # DISTINCT over every mark; fifty years are eighteen thousand episodes), as plain columns.
    e, m = Episode.__table__, Mark.__table__
    counts = select(m.c.id).where(m.c.episode_id == e.c.id, _counting(m.c)).exists()
    query = select(e.c.started_at, e.c.utc_offset_minutes).where(
        e.c.profile_id == profile_id, e.c.started_at < high, counts
    )
    with diary.session() as s:
        rows = plain_rows(s.connection(), query)
    # scores.local_day for each, with one timedelta per clock offset (a diary has a few)
    shifts: dict[int, timedelta] = {}
    days: set[date] = set()
    add = days.add
    for started, offset in rows:
        if started.tzinfo is not None:
            add(scores.local_day(started, offset))
            continue
        shift = shifts.get(offset)
        if shift is None:
            shift = shifts[offset] = timedelta(minutes=offset)
        add((started + shift).date())
    return sorted(d for d in days if d <= at)


# -- the summary --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FibroSummary:
    """Everything ``bodymap fibro`` shows for one local day (see :func:`fibro_summary`)."""

    at: date
    #: The WPI derived from the marks of ``at`` and the six days before.
    map_wpi: scores.WpiResult
    #: The newest assessment on or before ``at`` (whatever its day), or None.
    assessment: AssessmentRecord | None
    #: ``assessment`` was made within the WPI window of ``at`` (``at`` or the six days before),
    #: so its confirmed areas are the WPI used.
    assessment_in_window: bool
    #: The newest assessment on or before ``at`` holding the SSS answers, or None.
    sss_assessment: AssessmentRecord | None
    #: The current span of days with pain as the diary shows it, or None.
    span: scores.PainSpan | None
    #: "confirmed" (the person's answer), "diary" (the span reaches 3 months) or None.
    three_months_source: str | None
    #: The newest tender-point exam on or before ``at``, or None.
    tender_exam: TenderExamRecord | None
    #: WPI, SSS, FS, regions, generalized pain and the 2016 result from the areas used.
    summary: scores.Summary2016

    @property
    def wpi_source(self) -> str:
        """"assessment" (the confirmed ticks) or "map" (derived from the marks)."""
        return "assessment" if self.assessment_in_window else "map"

    @property
    def wpi(self) -> int:
        return self.summary.wpi

    @property
    def wpi_areas(self) -> tuple[str, ...]:
        return self.summary.wpi_areas

    @property
    def sss(self) -> int | None:
        return self.summary.sss

    @property
    def fs(self) -> int | None:
        return self.summary.fs

    @property
    def generalized_pain(self) -> bool:
        return self.summary.generalized_pain

    @property
    def three_months(self) -> bool | None:
        return self.summary.three_months

    @property
    def criteria_2016_met(self) -> bool | None:
        return self.summary.criteria_2016_met

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        """The object ``bodymap fibro --json`` prints (keys in docs/fibromyalgia.md)."""
        first, last = scores.wpi_window(self.at)
        out: dict[str, Any] = {"at": self.at.isoformat()}
        out.update(self.summary.as_dict())
        map_areas = self.map_wpi.sorted_areas()
        out.update({
            "wpi_source": self.wpi_source,
            "window": {"from": first.isoformat(), "to": last.isoformat()},
            "three_months_source": self.three_months_source,
            "wpi_from_map": {
                "wpi": self.map_wpi.score,
                "wpi_areas": map_areas,
                "by_area": {a: list(self.map_wpi.by_area[a]) for a in map_areas},
                "body_regions": [
                    r for r in scores.BODY_REGION_IDS if r in self.map_wpi.body_regions
                ],
                "generalized_pain": self.map_wpi.generalized,
            },
            "assessment": None if self.assessment is None else {
                **assessment_dict(self.assessment),
                "in_window": self.assessment_in_window,
            },
            "sss_assessment": None if self.sss_assessment is None
            else assessment_dict(self.sss_assessment),
            "pain_span": None if self.span is None else {
                "first_day": self.span.first_day.isoformat(),
                "last_day": self.span.last_day.isoformat(),
                "days_with_pain": self.span.days_with_pain,
                "three_months": self.span.three_months,
            },
            "tender_exam": None if self.tender_exam is None else {
                "uuid": self.tender_exam.uuid,
                "examined_on": self.tender_exam.examined_on.isoformat(),
                "count": self.tender_exam.count,
                "examined": len(self.tender_exam.sites),
                "tender_sites": self.tender_exam.tender_sites,
            },
            "info": scores.info_sentence(lang),
            "criteria_sentence": scores.criteria_sentence(self.criteria_2016_met, lang),
        })
        return out


def assessment_dict(a: AssessmentRecord) -> dict[str, Any]:
    """An assessment as JSON-ready plain data (what ``bodymap fibro`` prints for it)."""
    sss = a.sss
    return {
        "uuid": a.uuid,
        "assessed_on": a.assessed_on.isoformat(),
        "wpi": a.wpi,
        "wpi_areas": a.sorted_areas(),
        "areas_adjusted": a.areas_adjusted,
        "sss": None if sss is None else sss.score,
        "sss_answers": None if sss is None else sss.as_dict(),
        "fs": a.fs,
        "symptoms_3_months": a.symptoms_3_months,
        "note": a.note,
    }


def fibro_summary(diary: Diary, profile_id: int, at: date) -> FibroSummary:
    """The fibromyalgia figures for local day ``at``.

    * **WPI**: the confirmed areas of the newest assessment made within the WPI window of
      ``at`` (``at`` or the six days before), else the areas derived from the map.  The map's
      own WPI is always there too (``map_wpi``).
    * **SSS**: the newest assessment on or before ``at`` that holds the answers, however old
      (its day is in ``sss_assessment``); FS = WPI + SSS.
    * **Three months**: the person's answer in the newest assessment on or before ``at`` that
      gives one; else True when the diary's current pain span reaches three months; else None
      (not known -- a short diary never makes the answer "no").
    * Generalized pain and the 2016 result: ``scores.summarize_2016`` over the areas used.
    """
    check_day(at, "at")
    map_wpi = wpi_from_map(diary, profile_id, at)
    assessments = list_assessments(diary, profile_id, end=at)
    latest = assessments[-1] if assessments else None
    first, _last = scores.wpi_window(at)
    in_window = latest is not None and latest.assessed_on >= first
    with_sss = next((a for a in reversed(assessments) if a.has_sss), None)
    confirmed = next(
        (a.symptoms_3_months for a in reversed(assessments) if a.symptoms_3_months is not None),
        None,
    )
    span = scores.pain_span(pain_days(diary, profile_id, at), at)
    three_months: bool | None
    if confirmed is not None:
        three_months, source = confirmed, "confirmed"
    elif span is not None and span.three_months:
        three_months, source = True, "diary"
    else:
        three_months, source = None, None
    areas = latest.areas if in_window and latest is not None else map_wpi.sorted_areas()
    summary = scores.summarize_2016(areas, with_sss.sss if with_sss else None, three_months)
    return FibroSummary(
        at=at,
        map_wpi=map_wpi,
        assessment=latest,
        assessment_in_window=in_window,
        sss_assessment=with_sss,
        span=span,
        three_months_source=source,
        tender_exam=latest_tender_exam(diary, profile_id, at),
        summary=summary,
    )
