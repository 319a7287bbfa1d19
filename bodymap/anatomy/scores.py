"""Fibromyalgia measures from the body map: WPI, SSS, FS, the 2016 rule and the 18 tender points.

Pure functions over plain data (no Qt, no database): the store feeds them from its queries, the
CLI, the GUI and the report show what they return.  The facts (area ids and names, thresholds,
the tender-point sites) follow ``reference/fibromyalgia_criteria.json``; the judgement calls of
the region -> area roll-up are explained in ``docs/fibromyalgia.md``.

Everything here is information, never a diagnosis: see :data:`INFO_SENTENCE`.

Left and right are always the **patient's**, as everywhere in bodymap.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Final

from bodymap.anatomy import regions as _regions
from bodymap.phrases import Phrase, phrase

__all__ = [
    "AREAS",
    "AREA_IDS",
    "BODY_REGIONS",
    "BODY_REGION_IDS",
    "CORE_ITEMS",
    "DURATION_MONTHS",
    "FS_MAX",
    "GENERALIZED_MIN_REGIONS",
    "INFO_SENTENCE",
    "MAX_GAP_DAYS",
    "REGION_AREA_OVERRIDES",
    "SSS_ANCHORS",
    "SSS_ITEMS",
    "SSS_MAX",
    "TENDER_POINTS",
    "TENDER_POINT_IDS",
    "TERMS",
    "WINDOW_DAYS",
    "WPI_MAX",
    "Area",
    "BodyRegion",
    "PainMark",
    "PainSpan",
    "ScoreError",
    "Summary2016",
    "SymptomSeverity",
    "TenderFinding",
    "TenderPoint",
    "TenderSite",
    "WpiResult",
    "area_name",
    "NOT_SPONTANEOUS_PAIN",
    "counts_for_wpi",
    "criteria_2016",
    "criteria_sentence",
    "fs_score",
    "generalized_pain",
    "info_sentence",
    "local_day",
    "pain_span",
    "positive_body_regions",
    "region_to_area",
    "regions_of_area",
    "severity_rule_met",
    "summarize_2016",
    "tender_count",
    "tender_findings",
    "tender_note",
    "tender_site",
    "tender_sites",
    "term",
    "wpi_from_areas",
    "wpi_from_marks",
    "wpi_window",
]

WPI_MAX: Final = 19
SSS_MAX: Final = 12
FS_MAX: Final = WPI_MAX + SSS_MAX  # 31
#: The WPI looks back over a week: the day asked about and the six before it.
WINDOW_DAYS: Final = 7
#: Two days with pain belong to the same span unless more than four weeks without pain lie
#: between them (see :func:`pain_span`).
MAX_GAP_DAYS: Final = 28
DURATION_MONTHS: Final = 3
GENERALIZED_MIN_REGIONS: Final = 4


class ScoreError(ValueError):
    """A value out of range or of the wrong kind; ``field`` names it, ``message`` says why.

    Same shape as :class:`bodymap.store.errors.ValidationError` (``str()`` is
    ``"field: message"``), so a caller can show it or re-raise it as one; it is not that class
    because ``anatomy`` sits below ``store`` and must not import it.
    """

    def __init__(self, field: str, message: str | Phrase) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = str(message)
        #: the message as a phrase marked under "scores" in i18n/runtime_strings.py, or None
        self.phrase = message if isinstance(message, Phrase) else None


def _said(template: str, **params: object) -> Phrase:
    return phrase("scores", template, **params)


# --------------------------------------------------------------------------- words

#: The informational sentence shown next to every result: never a diagnosis.
INFO_SENTENCE: Final[Mapping[str, str]] = {
    "en": "These are the criteria doctors use; talk to your doctor about what they mean for you.",
    "it": "Questi sono i criteri che usano i medici; parlane con il tuo medico per capire cosa "
    "significano per te.",
}

TERMS: Final[Mapping[str, Mapping[str, str]]] = {
    "wpi": {"en": "Widespread Pain Index (WPI)", "it": "indice del dolore diffuso (WPI)"},
    "sss": {"en": "Symptom Severity Scale (SSS)", "it": "scala di gravità dei sintomi (SSS)"},
    "fs": {
        "en": "Fibromyalgia Severity score (FS = WPI + SSS)",
        "it": "punteggio di gravità della fibromialgia (FS = WPI + SSS)",
    },
    "generalized_pain": {
        "en": "Generalized pain (at least 4 of the 5 body regions)",
        "it": "dolore generalizzato (almeno 4 delle 5 regioni del corpo)",
    },
    "tender_points": {
        "en": "Tender points (ACR 1990)",
        "it": "punti dolenti (tender points, ACR 1990)",
    },
}

_TENDER_NOTE: Final[Mapping[str, str]] = {
    "en": "Tender points are spots that hurt when pressed during an examination; they are not "
    "trigger points. The 2010 and 2016 criteria no longer use them, because the count depended "
    "on how hard and where the examiner pressed and missed the fatigue, sleep and thinking "
    "problems that matter as much as pain. Recording them can still help to follow how sensitive "
    "to pressure you are over time, and to talk with a clinician who knows the older criteria.",
    "it": "I punti dolenti (tender points) sono punti che fanno male quando vengono premuti "
    "durante una visita; non sono trigger point. I criteri del 2010 e del 2016 non li usano più, "
    "perché il conteggio dipendeva da quanto e dove premeva chi visitava e trascurava stanchezza, "
    "sonno e difficoltà di pensiero, che contano quanto il dolore. Annotarli può comunque aiutare "
    "a seguire nel tempo la sensibilità alla pressione e a parlarne con chi conosce i criteri "
    "precedenti.",
}


def _lang(mapping: Mapping[str, str], lang: str) -> str:
    return mapping.get(lang) or mapping["en"]


def info_sentence(lang: str = "en") -> str:
    """"These are the criteria doctors use; ..." in ``lang`` ("en" or "it"; English otherwise)."""
    return _lang(INFO_SENTENCE, lang)


def term(key: str, lang: str = "en") -> str:
    """The name of a measure: ``term("wpi", "it")`` -> "indice del dolore diffuso (WPI)"."""
    try:
        return _lang(TERMS[key], lang)
    except KeyError:
        raise ScoreError("term", f"unknown term {key!r} ({', '.join(TERMS)})") from None


def tender_note(lang: str = "en") -> str:
    """Why tender points are recorded though the 2010/2016 criteria no longer use them."""
    return _lang(_TENDER_NOTE, lang)


def criteria_sentence(met: bool | None, lang: str = "en") -> str:
    """What the 2016 result means, in plain words, followed by :func:`info_sentence`."""
    words: Mapping[bool | None, Mapping[str, str]] = {
        True: {
            "en": "The answers recorded reach the thresholds of the 2016 criteria.",
            "it": "Le risposte registrate raggiungono le soglie dei criteri del 2016.",
        },
        False: {
            "en": "The answers recorded do not reach the thresholds of the 2016 criteria.",
            "it": "Le risposte registrate non raggiungono le soglie dei criteri del 2016.",
        },
        None: {
            "en": "Not known: the symptom questionnaire (SSS) or how long the symptoms have "
            "lasted is missing.",
            "it": "Non noto: manca il questionario sui sintomi (SSS) o da quanto tempo durano i "
            "sintomi.",
        },
    }
    return f"{_lang(words[met], lang)} {info_sentence(lang)}"


# --------------------------------------------------------------------------- the 19 areas


@dataclass(frozen=True)
class BodyRegion:
    """One of the 5 regions of the 2016 generalized-pain rule."""

    id: str
    number: int
    name: str
    name_it: str


@dataclass(frozen=True)
class Area:
    """One of the 19 Widespread Pain Index areas (ids and English names as in the reference)."""

    id: str
    name: str
    name_it: str
    body_region: str
    #: False for jaw, chest and abdomen: WPI areas that the 2016 rule does not count as regions.
    counts_for_generalized: bool


BODY_REGIONS: Final[tuple[BodyRegion, ...]] = (
    BodyRegion("left_upper", 1, "Left upper region", "Regione superiore sinistra"),
    BodyRegion("right_upper", 2, "Right upper region", "Regione superiore destra"),
    BodyRegion("left_lower", 3, "Left lower region", "Regione inferiore sinistra"),
    BodyRegion("right_lower", 4, "Right lower region", "Regione inferiore destra"),
    BodyRegion("axial", 5, "Axial region", "Regione assiale"),
)
BODY_REGION_IDS: Final[tuple[str, ...]] = tuple(r.id for r in BODY_REGIONS)

AREAS: Final[tuple[Area, ...]] = (
    Area("jaw_left", "Jaw, left", "Mandibola, sinistra", "left_upper", False),
    Area("shoulder_girdle_left", "Shoulder girdle, left", "Cingolo scapolare (spalla), sinistro",
         "left_upper", True),
    Area("upper_arm_left", "Upper arm, left", "Braccio, sinistro", "left_upper", True),
    Area("lower_arm_left", "Lower arm, left", "Avambraccio, sinistro", "left_upper", True),
    Area("jaw_right", "Jaw, right", "Mandibola, destra", "right_upper", False),
    Area("shoulder_girdle_right", "Shoulder girdle, right", "Cingolo scapolare (spalla), destro",
         "right_upper", True),
    Area("upper_arm_right", "Upper arm, right", "Braccio, destro", "right_upper", True),
    Area("lower_arm_right", "Lower arm, right", "Avambraccio, destro", "right_upper", True),
    Area("hip_left", "Hip (buttock, trochanter), left", "Anca (gluteo, trocantere), sinistra",
         "left_lower", True),
    Area("upper_leg_left", "Upper leg, left", "Coscia, sinistra", "left_lower", True),
    Area("lower_leg_left", "Lower leg, left", "Gamba, sinistra", "left_lower", True),
    Area("hip_right", "Hip (buttock, trochanter), right", "Anca (gluteo, trocantere), destra",
         "right_lower", True),
    Area("upper_leg_right", "Upper leg, right", "Coscia, destra", "right_lower", True),
    Area("lower_leg_right", "Lower leg, right", "Gamba, destra", "right_lower", True),
    Area("neck", "Neck", "Collo", "axial", True),
    Area("upper_back", "Upper back", "Parte alta della schiena (dorso)", "axial", True),
    Area("lower_back", "Lower back", "Parte bassa della schiena (zona lombare)", "axial", True),
    Area("chest", "Chest", "Torace", "axial", False),
    Area("abdomen", "Abdomen", "Addome", "axial", False),
)
AREA_IDS: Final[tuple[str, ...]] = tuple(a.id for a in AREAS)
_AREA: Final[Mapping[str, Area]] = {a.id: a for a in AREAS}


def area_name(area_id: str, lang: str = "en") -> str:
    """The name of a WPI area ("Shoulder girdle, left" / "Cingolo scapolare (spalla), sinistro")."""
    a = _check_area("area", area_id)
    return a.name_it if lang == "it" else a.name


def _check_area(where: str, area_id: object) -> Area:
    if not isinstance(area_id, str) or area_id not in _AREA:
        raise ScoreError(where, _said("{value} is not one of the 19 WPI areas", value=repr(area_id)))
    return _AREA[area_id]


# --------------------------------------------------------------------------- region -> area

# Decisions that differ from (or complete) ``Region.wpi_area`` in anatomy/regions.py; the
# reasons and sources are in docs/fibromyalgia.md.  One rule for the joints: a joint counts
# with the limb segment *below* it when that segment is a WPI area, and for no area when the
# segment below is the hand or the foot, which the WPI leaves out.  Keys are region *parts*;
# "{side}" is the patient's side of the region.
REGION_AREA_OVERRIDES: Final[Mapping[str, str | None]] = {
    # Elbow -> lower arm (regions.py: upper arm).  Elbow pain sits mostly on the forearm
    # side (the muscles that start at the epicondyles run down the forearm, and the 1990
    # tender point lies 2 cm below the epicondyle); the CHOIR crosswalk in the reference does
    # the same.  Either choice stays in the same 2016 region.
    "elbow_front": "lower_arm_{side}",
    "elbow_back": "lower_arm_{side}",
    "elbow_inner": "lower_arm_{side}",
    "elbow_outer": "lower_arm_{side}",
    # Wrist -> no area (regions.py: lower arm).  The segment below is the hand; the WPI has no
    # hand or wrist area (Wolfe et al. 2015, the 5-region table: wrist, ankle and foot are not
    # WPI areas); the CHOIR crosswalk leaves wrists out too.
    "wrist_front": None,
    "wrist_back": None,
    # Ankle, front and back -> no area (regions.py: lower leg), for the same reason as the
    # wrist: the segment below is the foot, and the ankle is not a WPI area.
    "ankle_front": None,
    # The Achilles region is drawn as the back of the ankle (CHOIR "Ankle (back)"): as ankle.
    "achilles": None,
    # (ankle_outer / ankle_inner, perineum and eyebrow have no area in regions.py already, so they
    # need no override: ankle, perineum and head are not WPI areas.)
    # Groin -> abdomen (regions.py: none).  The groin (inguinal region) is one of the nine
    # anatomical regions of the abdominal wall; the CHOIR crosswalk maps its pubic/groin
    # segment to Abdomen.  Abdomen does not count for generalized pain, so pain in the groin
    # alone never makes pain "generalized".
    "groin": "abdomen",
    # Pubic area -> abdomen (regions.py: none): the hypogastric (pubic) region of the abdomen.
    "pubis": "abdomen",
}


def _split(region_id: str) -> tuple[str, str]:
    part, _, side = region_id.partition(".")
    return part, side or "midline"


def region_to_area(region_id: str) -> str | None:
    """The WPI area a region of the drawing counts for, or None (head, hands, feet, ...).

    Unknown region ids give None, so that a mark from an older or foreign file never raises
    here; the store validates region ids when it writes them.
    """
    region = _regions.REGIONS.get(region_id)
    if region is None:
        return None
    part, side = _split(region_id)
    if part in REGION_AREA_OVERRIDES:
        template = REGION_AREA_OVERRIDES[part]
        if template is None:
            return None
        area = template.format(side=side)
        return area if area in _AREA else None
    return region.wpi_area if region.wpi_area in _AREA else None


@cache
def _regions_by_area() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {a: [] for a in AREA_IDS}
    for rid in sorted(_regions.REGIONS):
        area = region_to_area(rid)
        if area is not None:
            out[area].append(rid)
    return {a: tuple(rids) for a, rids in out.items()}


def regions_of_area(area_id: str) -> tuple[str, ...]:
    """The regions of the drawing that count for ``area_id`` (sorted), e.g. to light it."""
    _check_area("area", area_id)
    return _regions_by_area()[area_id]


# --------------------------------------------------------------------------- WPI from marks


@dataclass(frozen=True)
class PainMark:
    """What the WPI needs of one mark; the store builds these from a query.

    ``local_day`` is the person's calendar day of the episode (see :func:`local_day`).
    ``kind`` is any mark kind ("pain", "referred_area", "trigger_point", "spasm",
    "tender_point", ...); ``tp_state`` is the trigger-point state ("active", "latent",
    "resolved") or None; ``regions`` are the region ids the mark touches.
    """

    local_day: date
    kind: str
    intensity: int
    tp_state: str | None = None
    regions: tuple[str, ...] = ()


@dataclass(frozen=True)
class WpiResult:
    """The WPI derived from marks: ``score`` = ``len(areas)``; ``by_area`` lists, for each area
    lit, the region ids (sorted) that lit it."""

    score: int
    areas: frozenset[str]
    by_area: dict[str, list[str]] = field(default_factory=dict)

    @property
    def body_regions(self) -> frozenset[str]:
        """The 2016 regions that count as painful (jaw, chest, abdomen left out)."""
        return positive_body_regions(self.areas)

    @property
    def generalized(self) -> bool:
        return generalized_pain(self.areas)

    def sorted_areas(self) -> list[str]:
        """The areas in the reference order (left upper, right upper, ..., axial)."""
        return [a for a in AREA_IDS if a in self.areas]


def local_day(utc: datetime, offset_minutes: int) -> date:
    """The person's calendar day of a moment stored as naive UTC plus its local offset."""
    if utc.tzinfo is not None:
        off = utc.utcoffset() or timedelta(0)
        utc = (utc - off).replace(tzinfo=None)
    return (utc + timedelta(minutes=offset_minutes)).date()


def wpi_window(at: date) -> tuple[date, date]:
    """(first, last) local day that the WPI for ``at`` looks at: ``at`` and the six before."""
    return at - timedelta(days=WINDOW_DAYS - 1), at


#: Kinds that never count as spontaneous pain: tender points (pain on pressure at an exam),
#: pins and needles and numbness (symptoms on the chart, but not pain).  The store's SQL form of
#: :func:`counts_for_wpi` (``store.assessments._counting``) uses the same list.
NOT_SPONTANEOUS_PAIN: Final = ("tender_point", "paraesthesia", "numbness")


def counts_for_wpi(mark: PainMark) -> bool:
    """Whether a mark is spontaneous pain for the WPI (its day aside).

    Intensity 1 or more, of any kind but :data:`NOT_SPONTANEOUS_PAIN`, and not a resolved
    trigger point.
    """
    if mark.intensity < 1:
        return False
    if mark.kind in NOT_SPONTANEOUS_PAIN:
        return False
    return not (mark.kind == "trigger_point" and mark.tp_state == "resolved")


def wpi_from_marks(marks: Iterable[PainMark], at: date) -> WpiResult:
    """The WPI on local day ``at``: the areas with qualifying pain in the 7 days up to ``at``.

    Days are the person's local calendar days (``PainMark.local_day``); marks after ``at`` or
    before the window are ignored, and so are regions that count for no area.
    """
    first, last = wpi_window(at)
    lit: dict[str, set[str]] = {}
    for mark in marks:
        if not (first <= mark.local_day <= last) or not counts_for_wpi(mark):
            continue
        for rid in mark.regions:
            area = region_to_area(rid)
            if area is not None:
                lit.setdefault(area, set()).add(rid)
    by_area = {a: sorted(lit[a]) for a in AREA_IDS if a in lit}
    return WpiResult(score=len(by_area), areas=frozenset(by_area), by_area=by_area)


def wpi_from_areas(areas: Iterable[str]) -> int:
    """The WPI of a set of area ids (e.g. the ticks the person confirmed); checks the ids."""
    seen = {_check_area("wpi_areas", a).id for a in areas}
    return len(seen)


# --------------------------------------------------------------------------- 2016 regions


def positive_body_regions(areas: Iterable[str]) -> frozenset[str]:
    """The 2016 regions with pain in at least one area that counts for generalized pain."""
    out: set[str] = set()
    for a in areas:
        area = _check_area("wpi_areas", a)
        if area.counts_for_generalized:
            out.add(area.body_region)
    return frozenset(out)


def generalized_pain(areas: Iterable[str]) -> bool:
    """Generalized pain (2016): pain in at least 4 of the 5 regions, jaw/chest/abdomen aside."""
    return len(positive_body_regions(areas)) >= GENERALIZED_MIN_REGIONS


# --------------------------------------------------------------------------- SSS

#: The ACR anchors of the three 0-3 items, in plain words: (short label, explanation).
SSS_ANCHORS: Final[Mapping[int, tuple[str, str]]] = {
    0: ("No problem", "no problem at all"),
    1: ("Slight or mild", "slight or mild problems, generally mild or coming and going"),
    2: ("Moderate", "considerable problems, often there or at a moderate level"),
    3: ("Severe", "constant problems that spread through the day and disturb your life"),
}

#: The items in questionnaire order: (field, question, recall period, kind "0-3" | "yes/no").
SSS_ITEMS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("fatigue", "Fatigue (tiredness)", "past week", "0-3"),
    ("waking_unrefreshed", "Waking up unrefreshed (tired after sleep)", "past week", "0-3"),
    ("cognitive", "Trouble thinking or remembering", "past week", "0-3"),
    ("headaches", "Headaches", "past 6 months", "yes/no"),
    ("lower_abdominal", "Pain or cramps in the lower belly", "past 6 months", "yes/no"),
    ("depression", "Depression", "past 6 months", "yes/no"),
)
CORE_ITEMS: Final[tuple[str, ...]] = ("fatigue", "waking_unrefreshed", "cognitive")


def _check_level(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScoreError(name, _said("must be a whole number from 0 to 3, not {value}", value=repr(value)))
    if not 0 <= value <= 3:
        raise ScoreError(name, _said("must be from 0 to 3, not {value}", value=value))
    return value


def _check_yes_no(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ScoreError(name, _said("must be yes or no (True/False), not {value}", value=repr(value)))
    return value


@dataclass(frozen=True)
class SymptomSeverity:
    """The answers of the Symptom Severity Scale (ACR 2011/2016 self-report form).

    Fatigue, waking unrefreshed and cognitive symptoms over the past week, 0-3 each (see
    :data:`SSS_ANCHORS`); headaches, pain or cramps in the lower abdomen and depression over the
    past 6 months, yes or no.  Invalid values raise :class:`ScoreError` naming the field.
    """

    fatigue: int
    waking_unrefreshed: int
    cognitive: int
    headaches: bool
    lower_abdominal: bool
    depression: bool

    def __post_init__(self) -> None:
        for name in CORE_ITEMS:
            _check_level(name, getattr(self, name))
        for name in ("headaches", "lower_abdominal", "depression"):
            _check_yes_no(name, getattr(self, name))

    @property
    def core(self) -> int:
        """Fatigue + waking unrefreshed + cognitive: 0-9."""
        return self.fatigue + self.waking_unrefreshed + self.cognitive

    @property
    def extra(self) -> int:
        """Headaches + lower abdomen + depression: 0-3."""
        return int(self.headaches) + int(self.lower_abdominal) + int(self.depression)

    @property
    def score(self) -> int:
        """The SSS, 0-12."""
        return self.core + self.extra

    def as_dict(self) -> dict[str, int | bool]:
        return {name: getattr(self, name) for name, *_ in SSS_ITEMS}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SymptomSeverity:
        """From a mapping with exactly the six item names (e.g. an imported file)."""
        names = [name for name, *_ in SSS_ITEMS]
        for key in data:
            if key not in names:
                raise ScoreError(str(key), _said("is not an item of the symptom severity scale"))
        for name in names:
            if name not in data:
                raise ScoreError(name, _said("is missing"))
        return cls(**{name: data[name] for name in names})


def _sss_value(sss: int | SymptomSeverity | None) -> int | None:
    if sss is None:
        return None
    if isinstance(sss, SymptomSeverity):
        return sss.score
    if isinstance(sss, bool) or not isinstance(sss, int) or not 0 <= sss <= SSS_MAX:
        raise ScoreError("sss", _said("must be a whole number from 0 to {high}, not {value}",
                                      high=SSS_MAX, value=repr(sss)))
    return sss


def _wpi_value(wpi: int) -> int:
    if isinstance(wpi, bool) or not isinstance(wpi, int) or not 0 <= wpi <= WPI_MAX:
        raise ScoreError("wpi", _said("must be a whole number from 0 to {high}, not {value}",
                                      high=WPI_MAX, value=repr(wpi)))
    return wpi


def fs_score(wpi: int, sss: int | SymptomSeverity | None) -> int | None:
    """FS = WPI + SSS (0-31); None when the SSS is missing."""
    w = _wpi_value(wpi)
    s = _sss_value(sss)
    return None if s is None else w + s


# --------------------------------------------------------------------------- duration


@dataclass(frozen=True)
class PainSpan:
    """The last run of days with pain without a gap of more than :data:`MAX_GAP_DAYS` days."""

    first_day: date
    last_day: date
    days_with_pain: int
    #: ``first_day`` is at least 3 calendar months before the day asked about.
    three_months: bool


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def pain_span(days: Iterable[date], at: date, max_gap_days: int = MAX_GAP_DAYS) -> PainSpan | None:
    """The span of pain the diary shows on ``at``, or None when there is none going on.

    ``days`` are the local days with qualifying pain (any order, repeats allowed); days after
    ``at`` are ignored.  Walking back from the latest day with pain, two days stay in one span
    while at most ``max_gap_days`` days without pain lie between them (days 1 and 30 of a month:
    28 days between, one span; days 1 and 31: 29 days between, a break).  The span must still be
    going on: if more than ``max_gap_days`` pain-free days lie between its last day and ``at``,
    there is none.  ``three_months`` says whether the span began on or before the same day 3
    calendar months before ``at`` (the end of the month when that month is shorter).
    """
    if max_gap_days < 0:
        raise ScoreError("max_gap_days", _said("must not be negative"))
    ordered = sorted({d for d in days if d <= at}, reverse=True)
    if not ordered or (at - ordered[0]).days - 1 > max_gap_days:
        return None
    first = ordered[0]
    count = 1
    for day in ordered[1:]:
        if (first - day).days - 1 > max_gap_days:
            break
        first = day
        count += 1
    return PainSpan(
        first_day=first,
        last_day=ordered[0],
        days_with_pain=count,
        three_months=first <= _months_before(at, DURATION_MONTHS),
    )


# --------------------------------------------------------------------------- 2016 criteria


def severity_rule_met(wpi: int, sss: int | SymptomSeverity) -> bool:
    """WPI >= 7 and SSS >= 5, or WPI 4-6 and SSS >= 9 (2016; the 2010 band began at 3)."""
    w = _wpi_value(wpi)
    s = _sss_value(sss)
    assert s is not None
    return (w >= 7 and s >= 5) or (4 <= w <= 6 and s >= 9)


def criteria_2016(
    wpi: int,
    sss: int | SymptomSeverity | None,
    generalized: bool,
    three_months: bool | None,
) -> bool | None:
    """The 2016 rule: severity rule, generalized pain and at least 3 months.

    None ("not known") whenever the SSS or the duration is missing: never True or False then.
    """
    w = _wpi_value(wpi)
    s = _sss_value(sss)
    if s is None or three_months is None:
        return None
    return severity_rule_met(w, s) and bool(generalized) and bool(three_months)


@dataclass(frozen=True)
class Summary2016:
    """Everything ``bodymap fibro`` shows for one day, ready for JSON (:meth:`as_dict`)."""

    wpi: int
    wpi_areas: tuple[str, ...]
    sss: int | None
    fs: int | None
    body_regions: tuple[str, ...]
    generalized_pain: bool
    three_months: bool | None
    criteria_2016_met: bool | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "wpi": self.wpi,
            "wpi_areas": list(self.wpi_areas),
            "sss": self.sss,
            "fs": self.fs,
            "body_regions": list(self.body_regions),
            "generalized_pain": self.generalized_pain,
            "three_months": self.three_months,
            "criteria_2016_met": self.criteria_2016_met,
        }


def summarize_2016(
    areas: Iterable[str],
    sss: int | SymptomSeverity | None,
    three_months: bool | None,
) -> Summary2016:
    """WPI, FS, regions, generalized pain and the 2016 result from a set of areas."""
    area_set = {_check_area("wpi_areas", a).id for a in areas}
    ordered = tuple(a for a in AREA_IDS if a in area_set)
    wpi = len(ordered)
    s = _sss_value(sss)
    regions = positive_body_regions(ordered)
    generalized = len(regions) >= GENERALIZED_MIN_REGIONS
    return Summary2016(
        wpi=wpi,
        wpi_areas=ordered,
        sss=s,
        fs=fs_score(wpi, s),
        body_regions=tuple(r for r in BODY_REGION_IDS if r in regions),
        generalized_pain=generalized,
        three_months=three_months,
        criteria_2016_met=criteria_2016(wpi, s, generalized, three_months),
    )


# --------------------------------------------------------------------------- tender points


@dataclass(frozen=True)
class TenderPoint:
    """One of the 18 tender-point sites of the ACR 1990 classification (9 pairs).

    ``region`` is the region of our drawing the site lies in and ``view`` the view the
    template shows it in (see :func:`tender_site` for its point).
    """

    id: str  # e.g. "occiput_left"
    site: str  # the pair, e.g. "occiput"
    side: str  # "left" | "right", the patient's
    name: str
    name_it: str
    location: str
    view: str
    region: str


# pair id, English name, Italian name (masculine / feminine adjective), where, view, region part
_TENDER_PAIRS: Final[tuple[tuple[str, str, str, bool, str, str, str], ...]] = (
    ("occiput", "Occiput", "Occipite", False,
     "base of the skull, where the small neck muscles attach", "back", "occiput"),
    ("low_cervical", "Low cervical", "Cervicale basso", False,
     "front of the neck, beside the windpipe at the level of C5-C7", "front", "neck_side"),
    ("trapezius", "Trapezius", "Trapezio", False,
     "midpoint of the upper edge of the trapezius, between neck and shoulder", "back",
     "shoulder_top"),
    ("supraspinatus", "Supraspinatus", "Sovraspinato", False,
     "above the spine of the shoulder blade, near its inner edge", "back", "shoulder_blade"),
    ("second_rib", "Second rib", "Seconda costa", True,
     "where the second rib meets the breastbone, just to the side", "front", "chest_upper"),
    ("lateral_epicondyle", "Lateral epicondyle", "Epicondilo laterale", False,
     "2 cm below the bony point on the outside of the elbow", "front", "elbow_outer"),
    ("gluteal", "Gluteal", "Gluteo", False,
     "upper outer quarter of the buttock", "back", "buttock"),
    ("greater_trochanter", "Greater trochanter", "Grande trocantere", False,
     "just behind the bony point on the side of the hip", "back", "hip_outer"),
    ("knee", "Knee", "Ginocchio", False,
     "the soft pad on the inner side, just above the joint line", "front", "knee_inner"),
)

_SIDES_IT: Final = {("left", False): "sinistro", ("right", False): "destro",
                    ("left", True): "sinistra", ("right", True): "destra"}


def _build_tender_points() -> tuple[TenderPoint, ...]:
    out: list[TenderPoint] = []
    for site, name, name_it, feminine, where, view, part in _TENDER_PAIRS:
        for side in ("left", "right"):
            out.append(TenderPoint(
                id=f"{site}_{side}",
                site=site,
                side=side,
                name=f"{name}, {side}",
                name_it=f"{name_it}, {_SIDES_IT[(side, feminine)]}",
                location=where,
                view=view,
                region=f"{part}.{side}",
            ))
    return tuple(out)


TENDER_POINTS: Final[tuple[TenderPoint, ...]] = _build_tender_points()
TENDER_POINT_IDS: Final[tuple[str, ...]] = tuple(t.id for t in TENDER_POINTS)
_TENDER: Final[Mapping[str, TenderPoint]] = {t.id: t for t in TENDER_POINTS}

# Where to put a site inside its region, as a fraction of the region's bounding box: x from the
# midline outwards (0 = the side nearer the body's midline, 1 = the outer side), y from the top.
# None: the region's own inside point (pole of inaccessibility) is right.
_TENDER_AIM: Final[Mapping[str, tuple[float, float] | None]] = {
    "occiput": (0.4, 0.5),
    "low_cervical": (0.35, 0.8),
    "trapezius": (0.3, 0.4),
    "supraspinatus": (0.35, 0.2),
    "second_rib": (0.25, 0.55),
    "lateral_epicondyle": (0.7, 0.75),
    "gluteal": (0.65, 0.25),
    "greater_trochanter": (0.5, 0.6),
    "knee": (0.5, 0.35),
}


@dataclass(frozen=True)
class TenderSite:
    """Where a tender point is drawn: a view and a point in its units."""

    id: str
    view: str
    region: str
    x: float
    y: float


def _aim_point(tp: TenderPoint) -> tuple[float, float]:
    inside = _regions.inside_point(tp.view, tp.region)
    aim = _TENDER_AIM.get(tp.site)
    if aim is None:
        return inside
    x0, y0, x1, y1 = _regions.region_bbox(tp.view, tp.region)
    mid = _regions.VIEWS[tp.view].width / 2
    outer_is_right = (x0 + x1) / 2 >= mid  # the region lies on the viewer's right half
    fx = aim[0] if outer_is_right else 1.0 - aim[0]
    x, y = x0 + fx * (x1 - x0), y0 + aim[1] * (y1 - y0)
    # walk towards the inside point until the candidate lies in the region
    for step in range(11):
        t = step / 10
        cx, cy = x + (inside[0] - x) * t, y + (inside[1] - y) * t
        if _regions.region_at(tp.view, cx, cy) == tp.region:
            return cx, cy
    return inside


@cache
def _tender_sites() -> dict[str, TenderSite]:
    out: dict[str, TenderSite] = {}
    for tp in TENDER_POINTS:
        x, y = _aim_point(tp)
        out[tp.id] = TenderSite(tp.id, tp.view, tp.region, round(x, 1), round(y, 1))
    return out


def tender_site(tender_id: str) -> TenderSite:
    """The view and point (in map units) where the template draws a tender point."""
    if tender_id not in _TENDER:
        raise ScoreError("site", _said("{value} is not one of the 18 tender points", value=repr(tender_id)))
    return _tender_sites()[tender_id]


def tender_sites() -> dict[str, TenderSite]:
    """All 18 sites (computed once, on first use, from the drawing's geometry)."""
    return dict(_tender_sites())


@dataclass(frozen=True)
class TenderFinding:
    """One site of a tender-point exam: tender yes/no, optionally how much (0-10)."""

    site: str
    tender: bool
    severity: int | None = None

    def __post_init__(self) -> None:
        if self.site not in _TENDER:
            raise ScoreError(
                "site", _said("{value} is not one of the 18 tender points", value=repr(self.site)))
        if not isinstance(self.tender, bool):
            raise ScoreError(f"{self.site}.tender",
                             _said("must be yes or no, not {value}", value=repr(self.tender)))
        sev = self.severity
        if sev is not None and (isinstance(sev, bool) or not isinstance(sev, int)
                                or not 0 <= sev <= 10):
            raise ScoreError(f"{self.site}.severity",
                             _said("must be from 0 to 10, not {value}", value=repr(sev)))


def tender_findings(sites: Iterable[str]) -> tuple[TenderFinding, ...]:
    """A whole exam from the ids of the tender sites: 18 findings, the others not tender."""
    tender: set[str] = set()
    for s in sites:
        s = s.strip()
        if s not in _TENDER:
            raise ScoreError("sites", _said("{value} is not one of the 18 tender points", value=repr(s)))
        tender.add(s)
    return tuple(TenderFinding(t, t in tender) for t in TENDER_POINT_IDS)


def tender_count(findings: Iterable[TenderFinding]) -> int:
    """How many of the 18 sites were tender (x/18); a site given twice is an error."""
    seen: set[str] = set()
    count = 0
    for f in findings:
        if f.site in seen:
            raise ScoreError("site", _said("{value} is given more than once", value=repr(f.site)))
        seen.add(f.site)
        count += int(f.tender)
    return count
