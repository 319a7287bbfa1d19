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
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bodymap.store.records import TherapyRecord
    from bodymap.store.service import Diary

__all__ = [
    "CATEGORIES",
    "CONDITIONS",
    "EVIDENCE_LEVELS",
    "GUIDELINE_LEVELS",
    "SUPPLEMENT_GROUPS",
    "SUPPLEMENT_NOTE",
    "WARNING_SIGNS",
    "Therapy",
    "by_category",
    "catalogue",
    "condition_label",
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
#: The conditions a person can say they live with (none is required); advice follows them.
CONDITIONS = ("fibromyalgia", "me_cfs", "myofascial")
#: EULAR 2016 recommendation strengths, where EULAR rated the therapy for fibromyalgia.
GUIDELINE_LEVELS = ("strong_for", "weak_for", "weak_against", "strong_against")


@dataclass(frozen=True)
class RegionCaution:
    """A caution that belongs to some parts of the body only (the neck caution of a stretch)."""

    parts: tuple[str, ...]
    text: dict[str, str]  # "en", "it"


@dataclass(frozen=True)
class Exclusion:
    """Not offered when the person has one of ``conditions`` (if any are named) and ticked one
    of ``facts`` (if any are named): cold in a fibromyalgia flare, graded exercise with ME/CFS."""

    conditions: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()

    def applies(self, conditions: Collection[str], facts: Collection[str]) -> bool:
        if self.conditions and not set(self.conditions) & set(conditions):
            return False
        return not self.facts or bool(set(self.facts) & set(facts))


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
    guideline: str = ""  # one of GUIDELINE_LEVELS, or "" where EULAR 2016 said nothing
    condition_notes: tuple[tuple[str, dict[str, str]], ...] = ()  # condition -> caution
    region_cautions: tuple[RegionCaution, ...] = ()
    exclude_if: tuple[Exclusion, ...] = ()
    only_for_conditions: tuple[str, ...] = ()  # offered only to people with one of these
    italian: tuple[tuple[str, str], ...] = ()  # field -> Italian text, where the file has one

    @property
    def professional(self) -> bool:
        return self.category == "professional"

    @property
    def evidence_label(self) -> str:
        return evidence_label(self.evidence)

    @property
    def guideline_label(self) -> str:
        """"EULAR 2016: weakly against", or "" where EULAR did not rate it."""
        return guideline_label(self.guideline) if self.guideline else ""

    def offered(self, conditions: Collection[str] = (), facts: Collection[str] = ()) -> bool:
        """False where the person's conditions and today's facts rule it out."""
        if self.only_for_conditions and not set(self.only_for_conditions) & set(conditions):
            return False
        return not any(x.applies(conditions, facts) for x in self.exclude_if)

    def cautions_for(
        self, regions: Iterable[str] = (), conditions: Collection[str] = ()
    ) -> tuple[str, ...]:
        """The cautions for these regions and this person: their condition's note first, then
        the cautions of the parts of the body concerned, then the general ones.  A caution of
        another part of the body (the neck, for a hamstring stretch) is left out."""
        parts = {part_of(r) for r in regions}
        out = [note["en"] for cond, note in self.condition_notes if cond in conditions]
        out += [c.text["en"] for c in self.region_cautions if parts & set(c.parts)]
        return (*out, *self.cautions)

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


def _texts(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("en", "it")):
        raise ValueError(f"therapies.json: {where} needs an 'en' and an 'it' text")
    return {str(k): str(v) for k, v in value.items()}


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
        guideline=_guideline(entry, key),
        condition_notes=tuple(
            (_condition(c, key), _texts(t, f"{key}.condition_notes.{c}"))
            for c, t in entry.get("condition_notes", {}).items()
        ),
        region_cautions=tuple(
            RegionCaution(tuple(c["parts"]), _texts(c["text"], f"{key}.region_cautions"))
            for c in entry.get("region_cautions", ())
        ),
        exclude_if=tuple(
            Exclusion(
                tuple(_condition(c, key) for c in x.get("conditions", ())),
                tuple(x.get("facts", ())),
            )
            for x in entry.get("exclude_if", ())
        ),
        only_for_conditions=tuple(_condition(c, key) for c in entry.get("only_for_conditions", ())),
        italian=tuple(sorted((str(k), str(v)) for k, v in entry.get("it", {}).items())),
    )


def _guideline(entry: dict[str, Any], key: str) -> str:
    level = str(entry.get("guideline", ""))
    if level and level not in GUIDELINE_LEVELS:
        raise ValueError(f"therapies.json: {key}: unknown guideline level {level!r}")
    return level


def _condition(name: str, key: str) -> str:
    if name not in CONDITIONS:
        raise ValueError(f"therapies.json: {key}: unknown condition {name!r}")
    return name


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


def guideline_label(level: str, lang: str = "en") -> str:
    """"EULAR 2016: weakly for" and the like."""
    labels: dict[str, dict[str, str]] = _raw().get("guideline_labels", {})
    texts = labels.get(level, {})
    return texts.get(lang) or texts.get("en", level)


def condition_label(condition: str, lang: str = "en") -> str:
    """"Fibromyalgia", "ME/CFS (chronic fatigue syndrome)", ... in English or Italian."""
    labels: dict[str, dict[str, str]] = _raw().get("conditions", {})
    texts = labels.get(condition, {})
    return texts.get(lang) or texts.get("en", condition)


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
