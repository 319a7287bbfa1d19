"""Plain records the service layer hands to the GUI and the CLI, and the one place they are checked.

They are ordinary dataclasses, not ORM objects: a window can keep one as long as it likes, and
the database is only touched through :mod:`bodymap.store.service`.  ``validate`` methods raise
:class:`~bodymap.store.errors.ValidationError` naming the field, before anything is written.

Every writer goes through these ``validate`` methods: the service, the bulk writer the demo and
the importer share (:mod:`bodymap.store.bulk`), and the importer itself, which turns the JSON
into records and calls them with the place in the file as ``prefix``.  So whatever one writer
accepts, every other accepts too: an episode the diary saved always exports and imports again.
The bounds are those of the model columns and of what both SQLite and PostgreSQL can store.
"""

from __future__ import annotations

import math
import re
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any, ClassVar

from bodymap.phrases import Phrase, frame
from bodymap.store.errors import invalid, invalid_as, say

if TYPE_CHECKING:
    from bodymap.anatomy.scores import SymptomSeverity, TenderFinding

#: The days a diary can name: a typo like 9999 or 0001 gets a message, not an overflow.  Any
#: time inside this range stays inside ``datetime``'s range with 16 hours of offset either way.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)

#: Durations up to about 19 years: far beyond any episode, far inside a 32-bit integer column.
MAX_MINUTES = 10_000_000
#: Clock offsets from UTC: the real ones run from -12 h to +14 h.
MAX_OFFSET = 16 * 60
#: Map coordinates are view units (a view is at most 1000 wide); this only keeps out nonsense.
MAX_COORDINATE = 1_000_000.0
#: Edit versions fit a 32-bit integer column.
MAX_VERSION = 2**31 - 1

#: Longest text per field, in characters: the ``String(n)`` columns of the models (PostgreSQL
#: enforces them; SQLite would not, so we do, the same on both).
LIMITS = {
    "name": 200,  # profile and therapy names
    "key": 64,  # therapy catalogue key
    "view": 32,
    "muscle_key": 64,
    "region": 64,
    "dose": 200,
    "word": 200,  # one pain quality, one trigger
}


def check_day(day: date, field_name: str = "date") -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise invalid(
            field_name, "{date} is out of range ({first} to {last})",
            date=day.isoformat(), first=str(FIRST_DAY.year), last=str(LAST_DAY.year),
        )
    return day


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class JsonText(str):
    """A JSON value already written as its text (:func:`json_text`, the text the store keeps):
    a mark's geometry from the import's reading process (:mod:`bodymap.store.read_child`),
    checked there as the value it was, which the bulk writer stores as it is.  Only the
    writer of an import meets one; ``validate`` would refuse it."""


@cache
def _encoder() -> Callable[[Any, int], Any] | None:
    """``json.dumps``'s C encoder with its default settings (``', '`` and ``': '``, ASCII only,
    NaN allowed), made once: the same text, without making an encoder for every value, and
    without the check for a value inside itself, which a value parsed from JSON or made by a
    record cannot be.  None on a Python without it.  (Made when first asked for: the window's
    start needs this module, not ``json``.)"""
    from json import JSONEncoder
    from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]

    if c_make_encoder is None:
        return None
    return c_make_encoder(  # type: ignore[no-any-return]
        None, JSONEncoder().default, encode_basestring_ascii, None, ": ", ", ", False, False, True
    )


def json_text(value: Any) -> str:
    """``json.dumps(value)`` for a dict or a list, by :func:`_encoder` (a mark's geometry: an
    import of thirty years makes 59,982; 0.36 -> 0.25 s)."""
    encode = _encoder()
    if encode is None:
        import json

        return json.dumps(value)
    return "".join(encode(value, 0))


EPISODE_KINDS = ("flare", "chronic_spasm", "random_spasm", "everyday", "other")
#: "pain" is plain pain ("it hurts here"), painted or a filled region like a referred area but
#: not sent from a trigger point; a tender point is pain on pressure at an examination.
MARK_KINDS = (
    "trigger_point", "referred_area", "spasm", "tender_point", "pain", "paraesthesia", "numbness",
)
#: The kinds that are *symptom areas* of the body chart (painted areas or regions with an
#: intensity): numbered P1, P2... per episode and carrying the body-chart attributes below.
#: "paraesthesia" is pins and needles, "numbness" is numbness (docs/export-format.md).
SYMPTOM_KINDS = ("pain", "referred_area", "paraesthesia", "numbness")
#: The kinds that may name the trigger point they come from (``MarkRecord.source_uuid``).
LINKED_KINDS = ("referred_area", "paraesthesia", "numbness")
TP_STATES = ("active", "latent", "resolved")
SPASM_KINDS = ("chronic", "random")
OUTCOMES = ("better", "same", "worse")
THERAPY_CATEGORIES = ("home", "professional", "supplement", "medication")
PAIN_QUALITIES = (
    "aching",
    "burning",
    "tingling",
    "stabbing",
    "throbbing",
    "cramping",
    "numb",
    "tight",
    "shooting",
    "sharp",
    "dull",
    "tender",
    "heavy",
    "electric",
)
COMMON_TRIGGERS = (
    "poor sleep",
    "stress",
    "cold or weather change",
    "overexertion",
    "posture",
    "long sitting",
    "illness",
    "menstrual cycle",
    "travel",
)

# -- the body chart (physiotherapy subjective assessment; docs/export-format.md) ---------------
# Keys are stored and exported; the English labels are for the caller to translate (records is
# Qt-free: the GUI and the report map each key to their own translated text).

#: A symptom that is there all the time (its intensity may vary) or that comes and goes.
CONSTANCIES = ("constant", "intermittent")
CONSTANCY_LABELS = {"constant": "Constant", "intermittent": "Comes and goes"}
#: Felt at the skin (easy to point to) or inside (hard to pin down).
DEPTHS = ("superficial", "deep")
DEPTH_LABELS = {"superficial": "Superficial", "deep": "Deep"}

#: Activities and states that bring a symptom on or make it worse (a short list; the rest goes
#: in the free-text note).
AGGRAVATING_LABELS = {
    "sitting": "Sitting",
    "standing": "Standing",
    "walking": "Walking",
    "bending": "Bending",
    "lifting": "Lifting",
    "stairs": "Stairs",
    "reaching_overhead": "Reaching overhead",
    "screen_work": "Screen work",
    "driving": "Driving",
    "lying_down": "Lying down",
    "cold": "Cold",
    "stress": "Stress",
    "poor_sleep": "Poor sleep",
    "coughing": "Coughing or sneezing",
}
AGGRAVATING_FACTORS = tuple(AGGRAVATING_LABELS)
#: What relieves a symptom.
EASING_LABELS = {
    "rest": "Rest",
    "heat": "Heat",
    "cold": "Cold",
    "movement": "Gentle movement",
    "stretching": "Stretching",
    "lying_down": "Lying down",
    "sitting": "Sitting",
    "changing_position": "Changing position",
    "massage": "Massage",
    "medication": "Medication",
    "relaxation": "Relaxation",
}
EASING_FACTORS = tuple(EASING_LABELS)
#: When in the 24 hours a symptom is worse.
DAILY_PATTERN_LABELS = {
    "morning": "Worse in the morning",
    "evening": "Worse in the evening",
    "night": "Worse at night",
    "after_activity": "Worse after activity",
}
DAILY_PATTERNS = tuple(DAILY_PATTERN_LABELS)
#: A day's worth of morning stiffness, at most.
MAX_STIFFNESS_MINUTES = 24 * 60
#: The highest P-number (far beyond any body chart; keeps the column small).
MAX_RANK = 99

#: Trigger-point examination findings (Travell & Simons; Fernandez-de-las-Penas 2018), each
#: answered "yes" or "no"; a finding not in ``MarkRecord.exam`` was not tested.
EXAM_FINDING_LABELS = {
    "taut_band": "Taut band",
    "spot_tenderness": "Spot tenderness",
    "recognised_pain": "Pain recognised as their own",
    "referred_on_pressure": "Referred pain on pressure",
    "twitch_response": "Local twitch response",
}
EXAM_FINDINGS = tuple(EXAM_FINDING_LABELS)
EXAM_ANSWERS = ("yes", "no")
EXAM_ANSWER_LABELS = {"yes": "Yes", "no": "No", None: "Not tested"}
#: Pressure-pain threshold (algometer), kg/cm2.
PRESSURE_THRESHOLD_RANGE = (0.1, 20.0)


def suggested_tp_state(exam: dict[str, str] | None) -> str | None:
    """The trigger-point state the examination suggests: a point whose pressure reproduces pain
    the person recognises as their own is "active", one that does not is "latent"; None when
    that was not tested.  A suggestion only: the person (or therapist) may overrule it."""
    answer = (exam or {}).get("recognised_pain")
    if answer == "yes":
        return "active"
    if answer == "no":
        return "latent"
    return None


def symptom_numbers(marks: list[MarkRecord]) -> dict[str, int]:
    """The P-number shown for each symptom mark (uuid -> 1 for P1...), always 1..n without
    gaps: ranked marks in the order of their ``rank``, then unranked ones (older diaries) in
    the order they were drawn."""
    symptoms = [m for m in marks if m.kind in SYMPTOM_KINDS]
    ranked = sorted(
        (m for m in symptoms if m.rank is not None), key=lambda m: m.rank or 0
    )
    ordered = ranked + [m for m in symptoms if m.rank is None]
    return {m.uuid: number for number, m in enumerate(ordered, start=1)}


def move_symptom(marks: list[MarkRecord], mark_uuid: str, number: int) -> None:
    """Make the symptom mark ``mark_uuid`` P``number`` (clamped to 1..n), the others keeping
    their order around it, and number them all 1..n (a drag in the list, or a key)."""
    numbers = symptom_numbers(marks)
    if mark_uuid not in numbers:
        raise ValueError(f"{mark_uuid} is not a symptom mark of these marks")
    order = sorted(numbers, key=numbers.__getitem__)
    order.remove(mark_uuid)
    order.insert(max(0, min(len(order), number - 1)), mark_uuid)
    rank = {uuid: n for n, uuid in enumerate(order, start=1)}
    for mark in marks:
        if mark.uuid in rank:
            mark.rank = rank[mark.uuid]


def renumber_symptoms(marks: list[MarkRecord]) -> None:
    """Set ``rank`` of every symptom mark to its :func:`symptom_numbers` (1..n, no gaps)."""
    numbers = symptom_numbers(marks)
    for mark in marks:
        if mark.uuid in numbers:
            mark.rank = numbers[mark.uuid]


# -- outcome measures --------------------------------------------------------------------------

#: Patient Global Impression of Change, NINDS numbering: 1 = very much improved, 4 = no change,
#: 7 = very much worse (the middle steps follow the CGI-I wording).
PGIC_LABELS = {
    1: "Very much improved",
    2: "Much improved",
    3: "Minimally improved",
    4: "No change",
    5: "Minimally worse",
    6: "Much worse",
    7: "Very much worse",
}
PGIC_SCORES = tuple(PGIC_LABELS)
#: Patient-Specific Functional Scale: at most this many activities in use at a time, each rated
#: 0 (unable to do it) to 10 (able to do it as before the problem).
PSFS_MAX_ACTIVITIES = 5
PSFS_ANCHORS = {0: "Unable to do it", 10: "Able to do it as well as before the problem"}


# -- the checks: each names the field and says what was wrong in words a person can follow ------


def kind_of(value: object) -> str:
    """What a value is, in words (a message says "must be text, not a number")."""
    return str(kind_phrase(value))


def kind_phrase(value: object) -> Phrase:
    """:func:`kind_of` as a phrase (marked under "store"), for a message's ``{kind}``."""
    if value is None:
        return frame("null")
    if isinstance(value, bool):
        return frame("true/false")
    if isinstance(value, int | float):
        return say("a number")
    if isinstance(value, str):
        return say("text")
    if isinstance(value, list | tuple):
        return say("a list")
    if isinstance(value, dict):
        return say("an object")
    return frame("{name}", name=type(value).__name__)


def short(value: object) -> str:
    """``repr`` cut to a length a message can carry."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_int(
    field_name: str, value: object, low: int, high: int, template: str, *, years: bool = False
) -> int:
    """A whole number from ``low`` to ``high``; ``template`` (a phrase marked in
    i18n/runtime_strings.py) says so with ``{low}``, ``{high}`` and ``{value}``; ``years`` keeps
    them as text (a year is written without digit grouping)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(field_name, "must be a whole number, not {kind}", kind=kind_phrase(value))
    if not low <= value <= high:
        if years:
            raise invalid(field_name, template, low=str(low), high=str(high), value=str(value))
        raise invalid(field_name, template, low=low, high=high, value=value)
    return value


def _check_scale(field_name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    _check_int(field_name, value, 0, 10, "must be from {low} to {high}, not {value}")


def _check_duration(field_name: str, value: object) -> None:
    if value is None:
        return
    _check_int(
        field_name, value, 0, MAX_MINUTES, "must be from {low} to {high} minutes, not {value}"
    )


def _check_offset(field_name: str, value: object) -> None:
    _check_int(
        field_name, value, -MAX_OFFSET, MAX_OFFSET, "must be within +/- 16 hours, not {value}"
    )


def _check_choice(
    field_name: str, value: object, choices: tuple[str, ...], *, optional: bool = False
) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or value not in choices:
        raise invalid(
            field_name, "{value} is not one of: {choices}",
            value=short(value), choices=", ".join(choices),
        )


def _check_text(
    field_name: str, value: object, *, limit: int | None = None, empty: bool = True
) -> str:
    if not isinstance(value, str):
        raise invalid(field_name, "must be text, not {kind}", kind=kind_phrase(value))
    if not value.isascii():  # (ASCII text, most of it, has no surrogate: not encoded to check)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate: no database can store it
            raise invalid(field_name, "contains characters that are not valid text") from exc
    if "\x00" in value:  # PostgreSQL refuses NUL in text; SQLite would keep it
        raise invalid(field_name, "contains a NUL character, which cannot be stored")
    if not empty and not value.strip():
        raise invalid(field_name, "cannot be empty")
    if limit is not None and len(value) > limit:
        raise invalid(
            field_name, "is too long ({count} characters, at most {limit})",
            count=len(value), limit=limit,
        )
    return value


def _check_optional_text(field_name: str, value: object, *, limit: int) -> None:
    if value is not None:
        _check_text(field_name, value, limit=limit)


def _check_words(field_name: str, value: object) -> None:
    if not isinstance(value, list):
        raise invalid(field_name, "must be a list of words, not {kind}", kind=kind_phrase(value))
    for index, word in enumerate(value):
        _check_text(f"{field_name}[{index}]", word, limit=LIMITS["word"], empty=False)


def _check_keys(field_name: str, value: object, choices: tuple[str, ...]) -> None:
    """A list of keys from ``choices``, each at most once."""
    if value == []:
        return
    if not isinstance(value, list):
        raise invalid(field_name, "must be a list, not {kind}", kind=kind_phrase(value))
    seen: set[str] = set()
    for index, key in enumerate(value):
        _check_choice(f"{field_name}[{index}]", key, choices)
        if key in seen:
            raise invalid(f"{field_name}[{index}]", "{value} is given more than once", value=repr(key))
        seen.add(key)


def _check_time(field_name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, datetime):
        raise invalid(field_name, "must be a date and time, not {kind}", kind=kind_phrase(value))
    if value.tzinfo is not None:
        raise invalid(field_name, "must be stored as naive UTC (use to_utc)")
    if not FIRST_DAY <= value.date() <= LAST_DAY:
        raise invalid(
            field_name, "{date} is out of range ({first} to {last})",
            date=value.isoformat(), first=str(FIRST_DAY.year), last=str(LAST_DAY.year),
        )


def _check_number(field_name: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise invalid(field_name, "must be a number, not {kind}", kind=kind_phrase(value))
    if isinstance(value, float) and not math.isfinite(value):
        raise invalid(field_name, "must be a finite number")
    if not low <= value <= high:  # exact for a whole number of any size
        try:
            shown = float(value)
        except OverflowError:  # a whole number larger than any float (a crafted file)
            raise invalid(field_name, "must be a finite number") from None
        raise invalid(
            field_name, "must be from {low} to {high}, not {value}",
            low=float(low), high=float(high), value=shown,
        )
    return float(value)


def _check_coordinate(field_name: str, value: object) -> None:
    _check_number(field_name, value, -MAX_COORDINATE, MAX_COORDINATE)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_uuid(field_name: str, value: object) -> str:
    """A uuid in its canonical form (36 characters, lower case), as every writer makes them."""
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value
    if not isinstance(value, str):
        raise invalid(field_name, "must be a uuid, not {kind}", kind=kind_phrase(value))
    try:
        uuid_module.UUID(value)
    except ValueError as exc:
        raise invalid(field_name, "{value} is not a uuid", value=str(short(value))) from exc
    raise invalid(field_name, "{value} is not a uuid in canonical form", value=str(short(value)))


def _check_id(field_name: str, value: object, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(field_name, "must name {what}", what=str(what))


@cache
def _views() -> dict[str, Any]:
    # Imported when a record is first checked, not when the GUI starts (and kept: every mark
    # looks its view and its regions up).
    from bodymap.anatomy.regions import VIEWS

    return VIEWS


@cache
def _regions() -> dict[str, Any]:
    from bodymap.anatomy.regions import REGIONS

    return REGIONS


def _check_region(field_name: str, region: object, view: str | None = None) -> str:
    """A region id of the body map (and, given ``view``, one drawn in that view)."""
    region = _check_text(field_name, region, limit=LIMITS["region"], empty=False)
    known = _regions().get(region)
    if known is None:
        raise invalid(field_name, "{value} is not a region of the body map", value=str(short(region)))
    if view is not None and view not in known.views:
        raise invalid(field_name, "{value} is not drawn in the {view} view", value=str(short(region)), view=repr(view))
    return region


def _plain_point(point: object) -> bool:
    """A well-formed [x, y] inside the bounds (NaN fails the comparison, infinity the bound)."""
    return (
        type(point) in (list, tuple)
        and len(point) == 2  # type: ignore[arg-type]
        and type(point[0]) in (int, float)  # type: ignore[index]
        and type(point[1]) in (int, float)  # type: ignore[index]
        and -MAX_COORDINATE <= point[0] <= MAX_COORDINATE  # type: ignore[index]
        and -MAX_COORDINATE <= point[1] <= MAX_COORDINATE  # type: ignore[index]
    )


_PAIR_TYPES = frozenset((list, tuple))
_NUMBER_TYPES = frozenset((int, float))


def _plain_ring(ring: object) -> bool:
    """A list of at least three :func:`_plain_point` points, checked with a few passes in C
    over the whole ring instead of a call per point (an area has hundreds).  False sends the
    ring to the checks that name its problem; it is never True for a ring they would refuse."""
    if type(ring) not in _PAIR_TYPES:
        return False
    points: Any = ring
    if len(points) < 3:
        return False
    if not _PAIR_TYPES.issuperset(map(type, points)) or set(map(len, points)) != {2}:
        return False
    values = list(chain.from_iterable(points))
    if not _NUMBER_TYPES.issuperset(map(type, values)):
        return False
    # The bounds before the sum: a huge whole number is out of bounds, never summed.  NaN can
    # hide from min and max, but not from the sum, which is finite only if every value is.
    if not (-MAX_COORDINATE <= min(values) and max(values) <= MAX_COORDINATE):
        return False
    total = sum(values)
    return bool(total - total == 0)


def _check_geometry(name: str, geometry: object) -> None:
    """A point or an area in view units: the only two shapes, and only their own keys."""
    if not isinstance(geometry, dict):
        raise invalid(name, "must be a point or an area, not {kind}", kind=kind_phrase(geometry))
    shape = geometry.get("type")
    if shape == "point":
        keys = {"type", "x", "y"}
    elif shape == "area":
        keys = {"type", "polygons"}
    else:
        raise invalid(f"{name}.type", "unknown geometry type {value} (point or area)", value=str(short(shape)))
    for key in sorted(keys - geometry.keys()):
        raise invalid(f"{name}.{key}", "is missing")
    for key in sorted(geometry.keys() - keys, key=str):
        raise invalid(f"{name}.{short(key)}", "does not belong to a geometry of type {shape}", shape=str(shape))
    if shape == "point":
        _check_coordinate(f"{name}.x", geometry["x"])
        _check_coordinate(f"{name}.y", geometry["y"])
        return
    polygons = geometry["polygons"]
    where = f"{name}.polygons"
    if not isinstance(polygons, list):
        raise invalid(where, "must be a list, not {kind}", kind=kind_phrase(polygons))
    if not polygons:
        raise invalid(where, "an area needs at least one polygon")
    for i, ring in enumerate(polygons):
        if _plain_ring(ring):
            continue  # the common case, checked in one pass; the loop below names a problem
        ring_where = f"{where}[{i}]"
        if not isinstance(ring, list | tuple):
            raise invalid(ring_where, "must be a list, not {kind}", kind=kind_phrase(ring))
        if len(ring) < 3:
            raise invalid(ring_where, "a polygon needs at least three points")
        for j, point in enumerate(ring):
            point_where = f"{ring_where}[{j}]"
            if not isinstance(point, list | tuple) or len(point) != 2:
                raise invalid(point_where, "must be a point [x, y]")
            _check_coordinate(f"{point_where}[0]", point[0])
            _check_coordinate(f"{point_where}[1]", point[1])


def to_utc(local: datetime) -> tuple[datetime, int]:
    """A timezone-aware local time as (naive UTC, offset minutes) for storage."""
    if local.tzinfo is None:
        local = local.astimezone()  # the machine's local zone
    offset = local.utcoffset() or timedelta(0)
    return local.astimezone(UTC).replace(tzinfo=None), int(offset.total_seconds() // 60)


#: The conditions a person can say they live with (bodymap.anatomy.therapies.CONDITIONS).
PROFILE_CONDITIONS = ("fibromyalgia", "me_cfs", "myofascial")
#: The first year of birth a profile accepts; the last is this year.
FIRST_BIRTH_YEAR = 1900


def conditions_text(conditions: list[str] | tuple[str, ...]) -> str:
    """The stored form of a list of conditions: known words in a fixed order, comma-separated."""
    return ",".join(c for c in PROFILE_CONDITIONS if c in set(conditions))


def conditions_list(text: str | None) -> list[str]:
    """The stored form back as a list (unknown words are dropped)."""
    words = {w.strip() for w in (text or "").split(",")}
    return [c for c in PROFILE_CONDITIONS if c in words]


@dataclass
class ProfileRecord:
    id: int | None
    name: str
    uuid: str = field(default_factory=new_uuid)
    #: When the profile was made (naive UTC); None for "now" when it is written.
    created_at: datetime | None = None
    #: Year of birth, if the person gave it (the age-related warning signs use it).
    birth_year: int | None = None
    #: Conditions the person lives with, from PROFILE_CONDITIONS (none required).
    conditions: list[str] = field(default_factory=list)

    def validate(self, prefix: str = "profile") -> None:
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_text(f"{p}name", self.name, limit=LIMITS["name"], empty=False)
        _check_time(f"{p}created_at", self.created_at, optional=True)
        if self.birth_year is not None:
            this_year = date.today().year
            _check_int(
                f"{p}birth_year", self.birth_year, FIRST_BIRTH_YEAR, this_year,
                "must be a year from {low} to {high}, not {value}", years=True,
            )
        if not isinstance(self.conditions, list | tuple):
            raise invalid(f"{p}conditions", "must be a list, not {kind}", kind=kind_phrase(self.conditions))
        for index, condition in enumerate(self.conditions):
            _check_choice(f"{p}conditions[{index}]", condition, PROFILE_CONDITIONS)


@cache
def _plain_views() -> dict[str, frozenset[str]]:
    """The views :func:`_plain_mark` takes, each with the region ids drawn in it: only names
    that the checks of ``MarkRecord.validate`` accept (worked out by running them once)."""
    from bodymap.store.errors import ValidationError

    def passes(check: Any, *args: Any) -> bool:
        try:
            check("", *args)
        except ValidationError:
            return False
        return True

    return {
        view: frozenset(
            region for region in _regions()
            if type(region) is str and passes(_check_region, region, view)
        )
        for view in _views()
        if type(view) is str and passes(
            lambda name, value: _check_text(name, value, limit=LIMITS["view"], empty=False), view
        )
    }


def _plain_text(value: object, limit: int = -1, empty: bool = True) -> bool:
    """Text :func:`_check_text` takes without a doubt: ASCII, no NUL, within ``limit``."""
    return (
        type(value) is str
        and value.isascii()
        and "\x00" not in value
        and (limit < 0 or len(value) <= limit)
        and (empty or bool(value.strip()))
    )


def _plain_keys(value: object, choices: frozenset[str]) -> bool:
    """A list :func:`_check_keys` takes: text keys of ``choices``, each once."""
    if type(value) is not list:
        return False
    items: list[Any] = value
    return not items or (
        all(type(key) is str for key in items)
        and choices.issuperset(items)
        and len(set(items)) == len(items)
    )


#: The usual pain qualities (each one a word :func:`_check_words` takes).
_PLAIN_QUALITIES = frozenset(q for q in PAIN_QUALITIES if _plain_text(q, LIMITS["word"], empty=False))
_PLAIN_FACTORS = (
    frozenset(AGGRAVATING_FACTORS), frozenset(EASING_FACTORS), frozenset(DAILY_PATTERNS),
)


def _plain_mark(m: MarkRecord) -> bool:
    """Whether ``m`` passes ``MarkRecord.validate`` beyond doubt, told with the fewest steps
    (most marks of an import; each check below is one of ``validate``'s, made stricter where
    that is simpler: exact types, ASCII text).  False sends the mark to ``validate``'s own
    checks, which name its problem; it is never True for a mark they would refuse."""
    view = m.view
    drawn = _plain_views().get(view) if type(view) is str else None
    if drawn is None:
        return False
    kind, uuid, intensity = m.kind, m.uuid, m.intensity
    if not (
        type(kind) is str and kind in MARK_KINDS
        and type(uuid) is str and _CANONICAL_UUID.fullmatch(uuid)
        and type(intensity) is int and 0 <= intensity <= 10
    ):
        return False
    geometry = m.geometry
    if type(geometry) is not dict:
        return False
    shape = geometry.get("type")
    if type(shape) is not str or len(geometry) != (3 if shape == "point" else 2):
        return False
    if shape == "point":
        if "x" not in geometry or "y" not in geometry:
            return False
        x, y = geometry["x"], geometry["y"]
        if not (
            type(x) in _NUMBER_TYPES and type(y) in _NUMBER_TYPES
            and -MAX_COORDINATE <= x <= MAX_COORDINATE
            and -MAX_COORDINATE <= y <= MAX_COORDINATE
        ):
            return False
    elif shape == "area":
        polygons = geometry.get("polygons")
        if type(polygons) is not list or not polygons or not all(map(_plain_ring, polygons)):
            return False
    else:
        return False
    regions = m.regions
    if type(regions) is not dict:
        return False
    for region, share in regions.items():
        if not (
            type(region) is str and region in drawn
            and type(share) in _NUMBER_TYPES and 0.0 <= share <= 1.0
        ):
            return False
    qualities = m.qualities
    if type(qualities) is not list:
        return False
    for word in qualities:
        if type(word) is not str or (
            word not in _PLAIN_QUALITIES and not _plain_text(word, LIMITS["word"], empty=False)
        ):
            return False
    tp_state, spasm_kind, muscle_key, source = m.tp_state, m.spasm_kind, m.muscle_key, m.source_uuid
    if not (
        (tp_state is None if kind != "trigger_point" else False)
        or (type(tp_state) is str and tp_state in TP_STATES)
    ):
        return False
    if not (
        (spasm_kind is None or (type(spasm_kind) is str and spasm_kind in SPASM_KINDS))
        and (muscle_key is None or _plain_text(muscle_key, LIMITS["muscle_key"]))
        and (source is None or (type(source) is str and _CANONICAL_UUID.fullmatch(source)))
        and (m.note == "" and type(m.note) is str or _plain_text(m.note))
    ):
        return False
    rank, constancy, depth = m.rank, m.constancy, m.depth
    stiffness, cause = m.morning_stiffness_minutes, m.brought_on_by
    aggravating, easing, daily = m.aggravating, m.easing, m.daily_pattern
    if not (
        rank is None and constancy is None and depth is None
        and type(aggravating) is list and not aggravating
        and type(easing) is list and not easing
        and type(daily) is list and not daily
        and type(m.aggravating_note) is str and m.aggravating_note == ""
        and type(m.easing_note) is str and m.easing_note == ""
        and stiffness is None and cause is None
    ) and not (
        kind in SYMPTOM_KINDS
        and (rank is None or (type(rank) is int and 1 <= rank <= MAX_RANK))
        and (constancy is None or (type(constancy) is str and constancy in CONSTANCIES))
        and (depth is None or (type(depth) is str and depth in DEPTHS))
        and _plain_keys(aggravating, _PLAIN_FACTORS[0])
        and _plain_keys(easing, _PLAIN_FACTORS[1])
        and _plain_keys(daily, _PLAIN_FACTORS[2])
        and _plain_text(m.aggravating_note)
        and _plain_text(m.easing_note)
        and (stiffness is None or (
            type(stiffness) is int and 0 <= stiffness <= MAX_STIFFNESS_MINUTES))
        and (cause is None or (type(cause) is str and _CANONICAL_UUID.fullmatch(cause)))
    ):
        return False
    exam, threshold = m.exam, m.pressure_threshold
    if type(exam) is not dict:
        return False
    if not exam and threshold is None:
        return True
    low, high = PRESSURE_THRESHOLD_RANGE
    return kind == "trigger_point" and all(
        type(finding) is str and finding in EXAM_FINDINGS
        and type(answer) is str and answer in EXAM_ANSWERS
        for finding, answer in exam.items()
    ) and (threshold is None or (type(threshold) in _NUMBER_TYPES and low <= threshold <= high))


@dataclass
class MarkRecord:
    kind: str
    view: str
    geometry: dict[str, Any]
    intensity: int
    regions: dict[str, float] = field(default_factory=dict)  # region id -> share 0..1
    qualities: list[str] = field(default_factory=list)
    tp_state: str | None = None
    spasm_kind: str | None = None
    muscle_key: str | None = None
    #: uuid of the trigger point (in the same episode) a referred area comes from.
    source_uuid: str | None = None
    note: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None
    # -- the body chart, symptom kinds only (SYMPTOM_KINDS) --
    #: P-number within the episode (1 = P1); unique among the episode's symptom marks.
    rank: int | None = None
    constancy: str | None = None  # CONSTANCIES
    depth: str | None = None  # DEPTHS
    aggravating: list[str] = field(default_factory=list)  # AGGRAVATING_FACTORS keys
    aggravating_note: str = ""
    easing: list[str] = field(default_factory=list)  # EASING_FACTORS keys
    easing_note: str = ""
    daily_pattern: list[str] = field(default_factory=list)  # DAILY_PATTERNS
    morning_stiffness_minutes: int | None = None
    #: uuid of another symptom mark of the same episode this one comes with ("brought on by P1").
    brought_on_by: str | None = None
    # -- trigger points only --
    #: EXAM_FINDINGS key -> "yes" / "no"; a finding not here was not tested.
    exam: dict[str, str] = field(default_factory=dict)
    #: Pressure-pain threshold in kg/cm2 (PRESSURE_THRESHOLD_RANGE).
    pressure_threshold: float | None = None

    @property
    def is_symptom(self) -> bool:
        return self.kind in SYMPTOM_KINDS

    @property
    def suggested_state(self) -> str | None:
        """:func:`suggested_tp_state` of this mark's examination (trigger points)."""
        return suggested_tp_state(self.exam) if self.kind == "trigger_point" else None

    def validate(self, prefix: str = "mark") -> None:
        """Check the mark on its own; links to other marks are checked by its episode."""
        if _plain_mark(self):
            return  # the common case, told in one go; the checks below name a problem
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_choice(f"{p}kind", self.kind, MARK_KINDS)
        view = _check_text(f"{p}view", self.view, limit=LIMITS["view"], empty=False)
        if view not in _views():
            raise invalid(f"{p}view", "{value} is not a view of the body map ({choices})",
                          value=short(view), choices=", ".join(_views()))
        _check_geometry(f"{p}geometry", self.geometry)
        _check_scale(f"{p}intensity", self.intensity, optional=False)
        regions = f"{p}regions"
        if not isinstance(self.regions, dict):
            raise invalid(regions, "must map region ids to shares, not {kind}", kind=kind_phrase(self.regions))
        for region, share in self.regions.items():
            _check_region(regions, region, view)
            _check_number(f"{regions}[{region}]", share, 0.0, 1.0)
        _check_words(f"{p}qualities", self.qualities)
        _check_choice(f"{p}tp_state", self.tp_state, TP_STATES, optional=True)
        if self.kind == "trigger_point" and self.tp_state is None:
            raise invalid(f"{p}tp_state", "a trigger point needs a state")
        _check_choice(f"{p}spasm_kind", self.spasm_kind, SPASM_KINDS, optional=True)
        _check_optional_text(
            f"{p}muscle_key", self.muscle_key, limit=LIMITS["muscle_key"]
        )
        if self.source_uuid is not None:
            check_uuid(f"{p}source", self.source_uuid)
        _check_text(f"{p}note", self.note)
        self._check_chart(p)
        self._check_exam(p)

    def _check_chart(self, p: str) -> None:
        """The body-chart attributes: well-formed, and only on a symptom area."""
        if (  # the common case of a mark without any (every non-symptom mark): nothing to check
            self.rank is None and self.constancy is None and self.depth is None
            and self.aggravating == [] and self.easing == [] and self.daily_pattern == []
            and self.aggravating_note == "" and self.easing_note == ""
            and self.morning_stiffness_minutes is None and self.brought_on_by is None
        ):
            return
        if self.rank is not None:
            _check_int(f"{p}rank", self.rank, 1, MAX_RANK, "must be from {low} to {high}, not {value}")
        _check_choice(f"{p}constancy", self.constancy, CONSTANCIES, optional=True)
        _check_choice(f"{p}depth", self.depth, DEPTHS, optional=True)
        _check_keys(f"{p}aggravating", self.aggravating, AGGRAVATING_FACTORS)
        if self.aggravating_note != "":
            _check_text(f"{p}aggravating_note", self.aggravating_note)
        _check_keys(f"{p}easing", self.easing, EASING_FACTORS)
        if self.easing_note != "":
            _check_text(f"{p}easing_note", self.easing_note)
        _check_keys(f"{p}daily_pattern", self.daily_pattern, DAILY_PATTERNS)
        if self.morning_stiffness_minutes is not None:
            _check_int(
                f"{p}morning_stiffness_minutes", self.morning_stiffness_minutes,
                0, MAX_STIFFNESS_MINUTES, "must be from {low} to {high} minutes, not {value}",
            )
        if self.brought_on_by is not None:
            check_uuid(f"{p}brought_on_by", self.brought_on_by)
        if self.kind in SYMPTOM_KINDS:
            return
        given = (
            ("rank", self.rank is not None),
            ("constancy", self.constancy is not None),
            ("depth", self.depth is not None),
            ("aggravating", bool(self.aggravating)),
            ("aggravating_note", bool(self.aggravating_note)),
            ("easing", bool(self.easing)),
            ("easing_note", bool(self.easing_note)),
            ("daily_pattern", bool(self.daily_pattern)),
            ("morning_stiffness_minutes", self.morning_stiffness_minutes is not None),
            ("brought_on_by", self.brought_on_by is not None),
        )
        for name, present in given:
            if present:
                raise invalid(f"{p}{name}", "only a symptom area ({choices}) has it, not a {kind}",
                              choices=", ".join(SYMPTOM_KINDS), kind=str(self.kind))

    def _check_exam(self, p: str) -> None:
        """The trigger-point examination: known findings answered yes or no, on a trigger point."""
        if self.exam == {} and self.pressure_threshold is None:
            return
        if not isinstance(self.exam, dict):
            raise invalid(f"{p}exam", "must map findings to yes/no, not {kind}", kind=kind_phrase(self.exam))
        for finding, answer in self.exam.items():
            if not isinstance(finding, str) or finding not in EXAM_FINDINGS:
                raise invalid(f"{p}exam", "{value} is not one of: {choices}", value=short(finding),
                              choices=", ".join(EXAM_FINDINGS))
            _check_choice(f"{p}exam.{finding}", answer, EXAM_ANSWERS)
        if self.pressure_threshold is not None:
            low, high = PRESSURE_THRESHOLD_RANGE
            _check_number(f"{p}pressure_threshold", self.pressure_threshold, low, high)
        if self.kind != "trigger_point":
            if self.exam:
                raise invalid(f"{p}exam", "only a trigger point is examined, not a {kind}", kind=str(self.kind))
            if self.pressure_threshold is not None:
                raise invalid(f"{p}pressure_threshold", "only a trigger point has one, not a {kind}",
                              kind=str(self.kind))


@dataclass
class TherapyRecord:
    id: int | None
    name: str
    category: str
    key: str | None = None
    builtin: bool = False
    uuid: str = field(default_factory=new_uuid)

    def validate(self, prefix: str = "therapy") -> None:
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_optional_text(f"{p}key", self.key, limit=LIMITS["key"])
        _check_text(f"{p}name", self.name, limit=LIMITS["name"], empty=False)
        _check_choice(f"{p}category", self.category, THERAPY_CATEGORIES)
        if not isinstance(self.builtin, bool):
            raise invalid(f"{p}builtin", "must be true or false, not {kind}",
                          kind=kind_phrase(self.builtin))


@dataclass
class TherapyUseRecord:
    therapy_id: int
    used_at: datetime  # naive UTC
    utc_offset_minutes: int = 0
    duration_minutes: int | None = None
    regions: list[str] = field(default_factory=list)
    dose: str = ""
    outcome: str | None = None
    relief: int | None = None
    note: str = ""
    episode_id: int | None = None
    profile_id: int | None = None
    therapy_name: str = ""  # filled in when read back
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def validate(self, prefix: str = "therapy_use") -> None:
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_id(f"{p}therapy", self.therapy_id, "a therapy")
        _check_time(f"{p}used_at", self.used_at)
        _check_offset(f"{p}utc_offset_minutes", self.utc_offset_minutes)
        _check_duration(f"{p}duration_minutes", self.duration_minutes)
        _check_text(f"{p}dose", self.dose, limit=LIMITS["dose"])
        _check_choice(f"{p}outcome", self.outcome, OUTCOMES, optional=True)
        _check_scale(f"{p}relief", self.relief, optional=True)
        regions = f"{p}regions"
        if not isinstance(self.regions, list):
            raise invalid(regions, "must be a list of region ids, not {kind}", kind=kind_phrase(self.regions))
        for index, region in enumerate(self.regions):
            _check_region(f"{regions}[{index}]", region)
        _check_text(f"{p}note", self.note)


@dataclass
class EpisodeRecord:
    profile_id: int
    started_at: datetime  # naive UTC
    kind: str = "flare"
    utc_offset_minutes: int = 0
    duration_minutes: int | None = None
    intensity: int | None = None
    fatigue: int | None = None
    triggers: list[str] = field(default_factory=list)
    notes: str = ""
    marks: list[MarkRecord] = field(default_factory=list)
    therapy_uses: list[TherapyUseRecord] = field(default_factory=list)
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None
    version: int = 0
    #: Region ids asked about and found free of symptoms in this episode (the chart's ticks).
    cleared_regions: list[str] = field(default_factory=list)
    #: When it was first saved and last changed (naive UTC).  Only an import sets them, to keep
    #: the file's; every other writer leaves them None and the time of writing is used.
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def local_start(self) -> datetime:
        """The start as the person saw it on their clock, timezone-aware."""
        from datetime import timezone

        zone = timezone(timedelta(minutes=self.utc_offset_minutes))
        return self.started_at.replace(tzinfo=UTC).astimezone(zone)

    def validate(self, prefix: str = "") -> None:
        """Check everything a writer would store; ``prefix`` is put before every field name
        (the importer passes the place in the file, ``profiles[0].episodes[12]``)."""
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_id(f"{p}profile", self.profile_id, "a profile")
        _check_time(f"{p}started_at", self.started_at)
        _check_offset(f"{p}utc_offset_minutes", self.utc_offset_minutes)
        _check_duration(f"{p}duration_minutes", self.duration_minutes)
        _check_choice(f"{p}kind", self.kind, EPISODE_KINDS)
        _check_scale(f"{p}intensity", self.intensity, optional=True)
        _check_scale(f"{p}fatigue", self.fatigue, optional=True)
        _check_words(f"{p}triggers", self.triggers)
        _check_text(f"{p}notes", self.notes)
        _check_int(
            f"{p}version", self.version, 0, MAX_VERSION, "must be from {low} to {high}, not {value}"
        )
        _check_time(f"{p}created_at", self.created_at, optional=True)
        _check_time(f"{p}updated_at", self.updated_at, optional=True)
        if not isinstance(self.marks, list):
            raise invalid(f"{p}marks", "must be a list, not {kind}", kind=kind_phrase(self.marks))
        kinds: dict[str, str] = {}
        for index, mark in enumerate(self.marks):
            where = f"{p}marks[{index}]"
            if not isinstance(mark, MarkRecord):
                raise invalid(where, "must be a mark, not {kind}", kind=kind_phrase(mark))
            mark.validate(where)
            if mark.uuid in kinds:
                raise invalid(f"{where}.uuid", "the same uuid appears twice in this episode")
            kinds[mark.uuid] = mark.kind
        for index, mark in enumerate(self.marks):
            self._check_link(f"{p}marks[{index}].source", mark, kinds)
        self._check_chart(p)
        if not isinstance(self.therapy_uses, list):
            raise invalid(f"{p}therapy_uses", "must be a list, not {kind}",
                          kind=kind_phrase(self.therapy_uses))
        seen: set[str] = set()
        for index, use in enumerate(self.therapy_uses):
            where = f"{p}therapy_uses[{index}]"
            if not isinstance(use, TherapyUseRecord):
                raise invalid(where, "must be a therapy use, not {kind}", kind=kind_phrase(use))
            use.validate(where)
            if use.uuid in seen:
                raise invalid(f"{where}.uuid", "the same uuid appears twice in this episode")
            seen.add(use.uuid)

    def _check_chart(self, p: str) -> None:
        """P-numbers unique, "brought on by" links inside the episode without loops, ticks
        on known regions."""
        ranks: dict[int, int] = {}
        for index, mark in enumerate(self.marks):
            if mark.rank is None:
                continue
            if mark.rank in ranks:
                raise invalid(f"{p}marks[{index}].rank",
                              "P{rank} is given to two symptom areas of this episode",
                              rank=str(mark.rank))
            ranks[mark.rank] = index
        symptoms = {m.uuid: m for m in self.marks if m.kind in SYMPTOM_KINDS}
        for index, mark in enumerate(self.marks):
            cause = mark.brought_on_by
            where = f"{p}marks[{index}].brought_on_by"
            if cause == mark.uuid:
                raise invalid(where, "a symptom cannot be brought on by itself")
            if cause is not None and cause not in symptoms:
                raise invalid(where, "names no other symptom area of this episode")
        for index, mark in enumerate(self.marks):
            cause = mark.brought_on_by
            where = f"{p}marks[{index}].brought_on_by"
            seen = {mark.uuid}
            while cause is not None:
                if cause in seen:
                    raise invalid(where, "the \"brought on by\" links go round in a circle")
                seen.add(cause)
                cause = symptoms[cause].brought_on_by if cause in symptoms else None
        where = f"{p}cleared_regions"
        if not isinstance(self.cleared_regions, list):
            raise invalid(where, "must be a list of region ids, not {kind}",
                          kind=kind_phrase(self.cleared_regions))
        cleared: set[str] = set()
        for index, region in enumerate(self.cleared_regions):
            _check_region(f"{where}[{index}]", region)
            if region in cleared:
                raise invalid(f"{where}[{index}]", "{value} is given more than once", value=repr(region))
            cleared.add(region)

    @staticmethod
    def _check_link(where: str, mark: MarkRecord, kinds: dict[str, str]) -> None:
        """A link runs from a referred-pain area (or referred pins and needles or numbness: a
        trigger point may send non-painful sensations too) to a trigger point of the same
        episode."""
        source = mark.source_uuid
        if source is None:
            return
        if mark.kind not in LINKED_KINDS:
            raise invalid(
                where, "only a referred-pain area, pins and needles or numbness links to a trigger point")
        if source == mark.uuid:
            raise invalid(where, "a mark cannot link to itself")
        if source not in kinds:
            raise invalid(where, "links to a trigger point that is not in this episode")
        if kinds[source] != "trigger_point":
            raise invalid(where, "links to a {source}, not a trigger point", source=str(kinds[source]))


@dataclass(frozen=True)
class EpisodeSummary:
    """One line of the episode list: enough to show and open it."""

    id: int
    uuid: str
    started_at: datetime
    utc_offset_minutes: int
    kind: str
    intensity: int | None
    fatigue: int | None
    mark_count: int


@dataclass(frozen=True)
class RegionMark:
    """A mark touching a region, with the episode it belongs to."""

    mark_id: int
    episode_id: int
    started_at: datetime
    kind: str
    intensity: int
    share: float
    qualities: tuple[str, ...]
    muscle_key: str | None


# -- fibromyalgia assessments and tender-point exams (see docs/fibromyalgia.md) -----------------


def _scores() -> Any:
    # Imported when a record is first checked, like the regions.
    from bodymap.anatomy import scores

    return scores


def _check_local_day(field_name: str, value: object) -> date:
    """A calendar day (a ``date``, not a ``datetime``) inside the diary's range."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise invalid(field_name, "must be a date, not {kind}", kind=kind_phrase(value))
    return check_day(value, field_name)


def _check_bool(field_name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, bool):
        raise invalid(field_name, "must be true or false, not {kind}", kind=kind_phrase(value))


@dataclass
class AssessmentRecord:
    """One fibromyalgia assessment: the WPI areas the person confirmed and, maybe, the SSS.

    ``areas`` are WPI area ids (``scores.AREA_IDS``, e.g. ``"shoulder_girdle_left"``), the ticks
    the person confirmed; ``areas_adjusted`` says whether they differ from what the map
    suggested.  The six SSS answers are all given or all None (an assessment of the WPI only);
    ``symptoms_3_months`` is the person's answer to "symptoms at a similar level for at least 3
    months" (None: not answered).  ``assessed_on`` is the person's local calendar day.
    """

    profile_id: int
    assessed_on: date
    areas: list[str] = field(default_factory=list)
    areas_adjusted: bool = False
    fatigue: int | None = None
    waking_unrefreshed: int | None = None
    cognitive: int | None = None
    headaches: bool | None = None
    lower_abdominal: bool | None = None
    depression: bool | None = None
    symptoms_3_months: bool | None = None
    note: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None
    #: When it was first saved (naive UTC); None for "now" when it is written.
    created_at: datetime | None = None

    #: The six answers of the Symptom Severity Scale, in questionnaire order.
    SSS_FIELDS: ClassVar[tuple[str, ...]] = (
        "fatigue", "waking_unrefreshed", "cognitive", "headaches", "lower_abdominal", "depression",
    )

    @property
    def has_sss(self) -> bool:
        return any(getattr(self, name) is not None for name in self.SSS_FIELDS)

    @property
    def sss(self) -> SymptomSeverity | None:
        """The answers as a :class:`~bodymap.anatomy.scores.SymptomSeverity` (None: no SSS).

        Raises ``ScoreError`` for answers :meth:`validate` would refuse.
        """
        if not self.has_sss:
            return None
        return _scores().SymptomSeverity.from_dict(  # type: ignore[no-any-return]
            {name: getattr(self, name) for name in self.SSS_FIELDS}
        )

    @sss.setter
    def sss(self, value: SymptomSeverity | None) -> None:
        for name in self.SSS_FIELDS:
            setattr(self, name, None if value is None else getattr(value, name))

    @property
    def sss_score(self) -> int | None:
        sss = self.sss
        return None if sss is None else sss.score

    @property
    def wpi(self) -> int:
        """The WPI of the confirmed areas (0-19)."""
        return len(set(self.areas))

    @property
    def fs(self) -> int | None:
        """FS = WPI + SSS (0-31); None without an SSS."""
        sss = self.sss_score
        return None if sss is None else self.wpi + sss

    def sorted_areas(self) -> list[str]:
        """The areas in the reference order (left upper, right upper, ..., axial)."""
        chosen = set(self.areas)
        return [a for a in _scores().AREA_IDS if a in chosen]

    def validate(self, prefix: str = "assessment") -> None:
        p = f"{prefix}." if prefix else ""
        scores = _scores()
        check_uuid(f"{p}uuid", self.uuid)
        _check_id(f"{p}profile", self.profile_id, "a profile")
        _check_local_day(f"{p}assessed_on", self.assessed_on)
        _check_time(f"{p}created_at", self.created_at, optional=True)
        if not isinstance(self.areas, list):
            raise invalid(f"{p}areas", "must be a list of WPI areas, not {kind}", kind=kind_phrase(self.areas))
        seen: set[str] = set()
        for index, area in enumerate(self.areas):
            where = f"{p}areas[{index}]"
            if not isinstance(area, str) or area not in scores.AREA_IDS:
                raise invalid(where, "{value} is not one of the 19 WPI areas", value=str(short(area)))
            if area in seen:
                raise invalid(where, "{value} is given more than once", value=repr(area))
            seen.add(area)
        _check_bool(f"{p}areas_adjusted", self.areas_adjusted)
        if self.has_sss:
            for name in self.SSS_FIELDS:
                if getattr(self, name) is None:
                    raise invalid(
                        f"{p}sss.{name}", "is missing (the symptom severity scale needs all six answers)")
            for name in scores.CORE_ITEMS:  # the 0-3 answers, said the way the scale says it
                value = getattr(self, name)
                if isinstance(value, int) and not isinstance(value, bool):
                    _check_int(
                        f"{p}sss.{name}", value, 0, 3, "must be from {low} to {high}, not {value}"
                    )
            try:
                _ = self.sss  # building it checks the answers
            except scores.ScoreError as exc:
                raise invalid_as(f"{p}sss.{exc.field}", exc.phrase, exc.message) from exc
        _check_bool(f"{p}symptoms_3_months", self.symptoms_3_months, optional=True)
        _check_text(f"{p}note", self.note)


@dataclass
class TenderSiteRecord:
    """One site of a tender-point exam: a ``scores.TENDER_POINT_IDS`` id, tender or not, and
    optionally how much it hurt on pressure (0-10)."""

    site: str
    tender: bool
    intensity: int | None = None


@dataclass
class TenderExamRecord:
    """A tender-point exam (ACR 1990): the sites examined, each tender or not, on a local day.

    ``sites`` usually holds all 18 (the CLI and the template record every site, the ones not
    named as not tender); a site may appear once.  ``count`` is the x of "x/18".
    """

    profile_id: int
    examined_on: date
    sites: list[TenderSiteRecord] = field(default_factory=list)
    note: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None
    created_at: datetime | None = None

    @property
    def count(self) -> int:
        """How many sites were tender."""
        return sum(1 for s in self.sites if s.tender)

    @property
    def tender_sites(self) -> list[str]:
        """The ids of the tender sites, in the order of ``scores.TENDER_POINT_IDS``."""
        tender = {s.site for s in self.sites if s.tender}
        return [t for t in _scores().TENDER_POINT_IDS if t in tender]

    def findings(self) -> tuple[TenderFinding, ...]:
        """The sites as ``scores.TenderFinding`` (for ``scores.tender_count`` and the views)."""
        scores = _scores()
        return tuple(scores.TenderFinding(s.site, s.tender, s.intensity) for s in self.sites)

    @classmethod
    def from_sites(
        cls, profile_id: int, examined_on: date, tender: list[str], note: str = ""
    ) -> TenderExamRecord:
        """An exam of all 18 sites, ``tender`` the ids of those that were tender.

        Raises :class:`ValidationError` (field ``sites``) for an id that is not a tender point.
        """
        scores = _scores()
        try:
            findings = scores.tender_findings(tender)
        except scores.ScoreError as exc:
            raise invalid_as(exc.field, exc.phrase, exc.message) from exc
        return cls(
            profile_id=profile_id,
            examined_on=examined_on,
            sites=[TenderSiteRecord(f.site, f.tender, f.severity) for f in findings],
            note=note,
        )

    def validate(self, prefix: str = "tender_exam") -> None:
        p = f"{prefix}." if prefix else ""
        scores = _scores()
        check_uuid(f"{p}uuid", self.uuid)
        _check_id(f"{p}profile", self.profile_id, "a profile")
        _check_local_day(f"{p}examined_on", self.examined_on)
        _check_time(f"{p}created_at", self.created_at, optional=True)
        if not isinstance(self.sites, list):
            raise invalid(f"{p}sites", "must be a list of sites, not {kind}", kind=kind_phrase(self.sites))
        seen: set[str] = set()
        for index, site in enumerate(self.sites):
            where = f"{p}sites[{index}]"
            if not isinstance(site, TenderSiteRecord):
                raise invalid(where, "must be a tender-point site, not {kind}", kind=kind_phrase(site))
            if not isinstance(site.site, str) or site.site not in scores.TENDER_POINT_IDS:
                raise invalid(f"{where}.site", "{value} is not one of the 18 tender points",
                              value=short(site.site))
            if site.site in seen:
                raise invalid(f"{where}.site", "{value} is given more than once", value=repr(site.site))
            seen.add(site.site)
            _check_bool(f"{where}.tender", site.tender)
            _check_scale(f"{where}.intensity", site.intensity, optional=True)
        _check_text(f"{p}note", self.note)


# -- outcome measures: PSFS and PGIC (see docs/export-format.md) -------------------------------


@dataclass
class PsfsActivityRecord:
    """One activity of the Patient-Specific Functional Scale, named by the person.

    At most ``PSFS_MAX_ACTIVITIES`` are in use (not retired) at a time per person; a retired
    activity keeps its ratings.  ``added_on`` and ``retired_on`` are local calendar days.
    """

    profile_id: int
    name: str
    added_on: date
    retired_on: date | None = None
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def active_on(self, day: date) -> bool:
        return self.added_on <= day and (self.retired_on is None or day < self.retired_on)

    def validate(self, prefix: str = "psfs_activity") -> None:
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_id(f"{p}profile", self.profile_id, "a profile")
        _check_text(f"{p}name", self.name, limit=LIMITS["name"], empty=False)
        _check_local_day(f"{p}added_on", self.added_on)
        if self.retired_on is not None:
            _check_local_day(f"{p}retired_on", self.retired_on)
            if self.retired_on < self.added_on:
                raise invalid(f"{p}retired_on", "is before the day the activity was added")


@dataclass
class PsfsRatingRecord:
    """How well the person can do one PSFS activity on a day: 0 (unable) to 10 (as before).
    One rating per activity and day (rating again the same day replaces it)."""

    activity_id: int
    rated_on: date
    score: int
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None
    #: Filled in when read back, for lists and charts.
    activity_name: str = ""
    activity_uuid: str = ""

    def validate(self, prefix: str = "psfs_rating") -> None:
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_id(f"{p}activity", self.activity_id, "a PSFS activity")
        _check_local_day(f"{p}rated_on", self.rated_on)
        _check_scale(f"{p}score", self.score, optional=False)


@dataclass
class PgicRecord:
    """A Patient Global Impression of Change at a follow-up: 1 = very much improved,
    4 = no change, 7 = very much worse (``PGIC_LABELS``), on a local day."""

    profile_id: int
    rated_on: date
    score: int
    note: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    @property
    def label(self) -> str:
        """The English wording of the score (callers translate their own)."""
        return PGIC_LABELS.get(self.score, "")

    def validate(self, prefix: str = "pgic") -> None:
        p = f"{prefix}." if prefix else ""
        check_uuid(f"{p}uuid", self.uuid)
        _check_id(f"{p}profile", self.profile_id, "a profile")
        _check_local_day(f"{p}rated_on", self.rated_on)
        _check_int(
            f"{p}score", self.score, 1, 7,
            "must be from {low} (very much improved) to {high} (very much worse), not {value}",
        )
        _check_text(f"{p}note", self.note)
