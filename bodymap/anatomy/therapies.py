"""The therapy catalogue: home, professional and supplement entries, with how-to and cautions.

Pure Python, no Qt.  The texts live in ``data/therapies.json`` (our own words, from the facts in
the shared reference).  Every entry says what it is commonly tried for, how to do it, for how
long, what to watch out for, and how good the evidence is, stated plainly.

Medications are never part of the catalogue: people record their own (name and dose as free
text) and bodymap never suggests one.  :data:`WARNING_SIGNS` lists when to see a doctor now; it
is shown with every list of suggestions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bodymap.store.records import TherapyRecord
    from bodymap.store.service import Diary

__all__ = [
    "CATEGORIES",
    "EVIDENCE_LEVELS",
    "SUPPLEMENT_GROUPS",
    "SUPPLEMENT_NOTE",
    "WARNING_SIGNS",
    "Therapy",
    "by_category",
    "catalogue",
    "ensure_catalogue",
    "evidence_label",
    "evidence_text",
    "get",
    "part_of",
]

#: Categories the catalogue holds; "medication" exists in the database only for the user's own.
CATEGORIES = ("home", "professional", "supplement")
#: Evidence levels from best to worst.
EVIDENCE_LEVELS = ("strong", "moderate", "weak", "very_weak", "insufficient")
SUPPLEMENT_GROUPS: dict[str, str] = {
    "spasm": "Often named for muscle cramps and spasm",
    "energy": "Often named for cell energy (tiredness)",
}
CLINICIAN_NOTE = "Discuss with your clinician."


@dataclass(frozen=True)
class Therapy:
    key: str
    name: str
    category: str  # home | professional | supplement
    summary: str  # one line: what to do
    for_text: str  # what it is commonly tried for
    qualities: tuple[str, ...]  # pain qualities it is commonly tried for
    steps: tuple[str, ...]
    duration: str
    minutes: int  # a sensible default when logging a use (0: not timed)
    cautions: tuple[str, ...]
    evidence: str  # one of EVIDENCE_LEVELS
    evidence_note: str
    avoid_qualities: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()  # region parts (id before the dot) where it is especially handy
    avoid_parts: tuple[str, ...] = ()  # region parts where it must not be used
    group: str = ""  # supplements: "spasm" | "energy"

    @property
    def professional(self) -> bool:
        return self.category == "professional"

    @property
    def evidence_label(self) -> str:
        return evidence_label(self.evidence)

    def suits_region(self, region_id: str | None) -> bool:
        """False where this therapy must not be used (e.g. a massage gun on the neck)."""
        return region_id is None or part_of(region_id) not in self.avoid_parts

    def handy_for(self, region_id: str | None) -> bool:
        return region_id is not None and part_of(region_id) in self.parts


def part_of(region_id: str) -> str:
    """``"neck_side.left"`` -> ``"neck_side"``: the region without its side."""
    return region_id.split(".", 1)[0]


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("bodymap.anatomy").joinpath("data/therapies.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"therapies.json: {where} must be a list of texts")
    return tuple(value)


def _build(entry: dict[str, Any]) -> Therapy:
    key = entry["key"]
    category = entry["category"]
    if category not in CATEGORIES:
        raise ValueError(f"therapies.json: {key}: category {category!r} is not allowed")
    evidence = entry["evidence"]
    if evidence not in EVIDENCE_LEVELS:
        raise ValueError(f"therapies.json: {key}: unknown evidence level {evidence!r}")
    cautions = _strings(entry["cautions"], f"{key}.cautions")
    if category == "professional" and CLINICIAN_NOTE not in cautions:
        cautions = (*cautions, CLINICIAN_NOTE)
    return Therapy(
        key=key,
        name=entry["name"],
        category=category,
        summary=entry["summary"],
        for_text=entry["for"],
        qualities=tuple(entry.get("qualities", ())),
        steps=_strings(entry["steps"], f"{key}.steps"),
        duration=entry["duration"],
        minutes=int(entry.get("minutes", 0)),
        cautions=cautions,
        evidence=evidence,
        evidence_note=entry["evidence_note"],
        avoid_qualities=tuple(entry.get("avoid_qualities", ())),
        parts=tuple(entry.get("parts", ())),
        avoid_parts=tuple(entry.get("avoid_parts", ())),
        group=entry.get("group", ""),
    )


@cache
def _catalogue() -> tuple[Therapy, ...]:
    items = tuple(_build(e) for e in _raw()["therapies"])
    keys = [t.key for t in items]
    if len(set(keys)) != len(keys):
        raise ValueError("therapies.json: duplicate keys")
    return items


def catalogue() -> list[Therapy]:
    """Every built-in therapy, in catalogue order (home, professional, supplements)."""
    return list(_catalogue())


def by_category(category: str) -> list[Therapy]:
    return [t for t in _catalogue() if t.category == category]


def get(key: str) -> Therapy:
    """The catalogue entry with this key; KeyError if there is none."""
    for t in _catalogue():
        if t.key == key:
            return t
    raise KeyError(f"no therapy {key!r} in the catalogue")


def evidence_label(level: str) -> str:
    """A short plain label such as "weak evidence"."""
    labels: dict[str, str] = _raw()["evidence_labels"]
    return labels.get(level, level)


def evidence_text(level: str) -> str:
    """One sentence saying what the level means."""
    texts: dict[str, str] = _raw()["evidence_levels"]
    return texts.get(level, level)


WARNING_SIGNS: tuple[str, ...] = tuple(_raw()["warning_signs"])
SUPPLEMENT_NOTE: str = _raw()["supplement_note"]


def ensure_catalogue(diary: Diary) -> list[TherapyRecord]:
    """The database records of all built-in therapies, in catalogue order.

    The store adds the catalogue when a diary opens (:func:`bodymap.store.catalogue.seed`), so
    this only reads.
    """
    by_key = {t.key: t for t in diary.list_therapies() if t.key is not None}
    return [by_key[t.key] for t in _catalogue() if t.key in by_key]
