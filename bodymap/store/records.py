"""Plain records the service layer hands to the GUI and the CLI.

They are ordinary dataclasses, not ORM objects: a window can keep one as long as it likes, and
the database is only touched through :mod:`bodymap.store.service`.  ``validate`` methods raise
:class:`~bodymap.store.errors.ValidationError` naming the field, before anything is written.
"""

from __future__ import annotations

import math
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bodymap.store.errors import ValidationError

#: The days a diary can name: a typo like 9999 or 0001 gets a message, not an overflow.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)


def check_day(day: date, field_name: str = "date") -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(
            field_name, f"{day.isoformat()} is out of range ({FIRST_DAY.year} to {LAST_DAY.year})"
        )
    return day


def new_uuid() -> str:
    return str(uuid_module.uuid4())


EPISODE_KINDS = ("flare", "chronic_spasm", "random_spasm", "everyday", "other")
MARK_KINDS = ("trigger_point", "referred_area", "spasm", "tender_point")
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


def _check_scale(field_name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, f"must be a whole number from 0 to 10, not {value!r}")
    if not 0 <= value <= 10:
        raise ValidationError(field_name, f"must be from 0 to 10, not {value}")


def _check_duration(field_name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, f"must be a whole number of minutes, not {value!r}")
    if value < 0:
        raise ValidationError(field_name, f"cannot be below zero (got {value})")


def _check_choice(field_name: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValidationError(
            field_name, f"{value!r} is not one of: {', '.join(choices)}"
        )


def _check_time(field_name: str, value: object) -> None:
    if not isinstance(value, datetime):
        raise ValidationError(field_name, f"must be a date and time, not {value!r}")


def _check_number(field_name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(field_name, f"must be a finite number, not {value!r}")
    return float(value)


def to_utc(local: datetime) -> tuple[datetime, int]:
    """A timezone-aware local time as (naive UTC, offset minutes) for storage."""
    if local.tzinfo is None:
        local = local.astimezone()  # the machine's local zone
    offset = local.utcoffset() or timedelta(0)
    return local.astimezone(UTC).replace(tzinfo=None), int(offset.total_seconds() // 60)


@dataclass
class ProfileRecord:
    id: int | None
    name: str
    uuid: str = field(default_factory=new_uuid)


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

    def validate(self, prefix: str = "mark") -> None:
        _check_choice(f"{prefix}.kind", self.kind, MARK_KINDS)
        if not isinstance(self.view, str) or not self.view:
            raise ValidationError(f"{prefix}.view", "must name a view of the map")
        _check_scale(f"{prefix}.intensity", self.intensity, optional=False)
        if self.tp_state is not None:
            _check_choice(f"{prefix}.tp_state", self.tp_state, TP_STATES)
        if self.kind == "trigger_point" and self.tp_state is None:
            raise ValidationError(f"{prefix}.tp_state", "a trigger point needs a state")
        if self.spasm_kind is not None:
            _check_choice(f"{prefix}.spasm_kind", self.spasm_kind, SPASM_KINDS)
        if not isinstance(self.qualities, list) or not all(
            isinstance(q, str) and q.strip() for q in self.qualities
        ):
            raise ValidationError(f"{prefix}.qualities", "must be a list of words")
        self._validate_geometry(prefix)
        for region, share in self.regions.items():
            if not isinstance(region, str) or not region:
                raise ValidationError(f"{prefix}.regions", f"bad region id {region!r}")
            if not 0.0 <= _check_number(f"{prefix}.regions[{region}]", share) <= 1.0:
                raise ValidationError(
                    f"{prefix}.regions[{region}]", f"share must be from 0 to 1, not {share}"
                )

    def _validate_geometry(self, prefix: str) -> None:
        geometry = self.geometry
        name = f"{prefix}.geometry"
        if not isinstance(geometry, dict):
            raise ValidationError(name, "must be a point or an area")
        kind = geometry.get("type")
        if kind == "point":
            _check_number(f"{name}.x", geometry.get("x"))
            _check_number(f"{name}.y", geometry.get("y"))
        elif kind == "area":
            polygons = geometry.get("polygons")
            if not isinstance(polygons, list) or not polygons:
                raise ValidationError(name, "an area needs at least one polygon")
            for ring in polygons:
                if not isinstance(ring, list) or len(ring) < 3:
                    raise ValidationError(name, "each polygon needs at least three points")
                for point in ring:
                    if not isinstance(point, list | tuple) or len(point) != 2:
                        raise ValidationError(name, f"bad point {point!r}")
                    _check_number(name, point[0])
                    _check_number(name, point[1])
        else:
            raise ValidationError(name, f"unknown geometry type {kind!r}")


@dataclass
class TherapyRecord:
    id: int | None
    name: str
    category: str
    key: str | None = None
    builtin: bool = False
    uuid: str = field(default_factory=new_uuid)

    def validate(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError("therapy.name", "cannot be empty")
        _check_choice("therapy.category", self.category, THERAPY_CATEGORIES)


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
        if isinstance(self.therapy_id, bool) or not isinstance(self.therapy_id, int):
            raise ValidationError(f"{prefix}.therapy", "must name a therapy")
        _check_time(f"{prefix}.used_at", self.used_at)
        _check_duration(f"{prefix}.duration_minutes", self.duration_minutes)
        if self.outcome is not None:
            _check_choice(f"{prefix}.outcome", self.outcome, OUTCOMES)
        _check_scale(f"{prefix}.relief", self.relief, optional=True)


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

    @property
    def local_start(self) -> datetime:
        """The start as the person saw it on their clock, timezone-aware."""
        from datetime import timezone

        zone = timezone(timedelta(minutes=self.utc_offset_minutes))
        return self.started_at.replace(tzinfo=UTC).astimezone(zone)

    def validate(self) -> None:
        _check_time("started_at", self.started_at)
        if self.started_at.tzinfo is not None:
            raise ValidationError("started_at", "must be stored as naive UTC (use to_utc)")
        if isinstance(self.utc_offset_minutes, bool) or not isinstance(
            self.utc_offset_minutes, int
        ) or not -16 * 60 <= self.utc_offset_minutes <= 16 * 60:
            raise ValidationError("utc_offset_minutes", "must be within +/- 16 hours")
        _check_choice("kind", self.kind, EPISODE_KINDS)
        _check_duration("duration_minutes", self.duration_minutes)
        _check_scale("intensity", self.intensity, optional=True)
        _check_scale("fatigue", self.fatigue, optional=True)
        if not isinstance(self.triggers, list) or not all(
            isinstance(t, str) and t.strip() for t in self.triggers
        ):
            raise ValidationError("triggers", "must be a list of words")
        if not isinstance(self.notes, str):
            raise ValidationError("notes", "must be text")
        uuids = set()
        for index, mark in enumerate(self.marks):
            mark.validate(f"marks[{index}]")
            uuids.add(mark.uuid)
        for index, mark in enumerate(self.marks):
            if mark.source_uuid is not None and mark.source_uuid not in uuids:
                raise ValidationError(
                    f"marks[{index}].source", "links to a trigger point not in this episode"
                )
        for index, use in enumerate(self.therapy_uses):
            use.validate(f"therapy_uses[{index}]")


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
