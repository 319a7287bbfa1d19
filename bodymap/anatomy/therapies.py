"""The therapy catalogue: home, professional and supplement entries, with how-to and cautions.

Pure Python, no Qt.  The texts live in ``data/therapies.json`` (our own words, from the facts in
the shared reference), each as ``{"en": ..., "it": ...}``.  Every entry says what it is commonly
tried for, how to do it, for how long, what to watch out for, and how good the evidence is,
stated plainly.

The public API speaks the language of the run (:func:`bodymap.i18n.language.current`): a
:class:`Therapy`'s fields are plain strings in that language, resolved when the catalogue is
loaded, and the catalogue is cached per language.  Every look-up takes an optional ``language``
(``"en"`` / ``"it"``) to ask for another one (the store seeds the database in English).

Medications are never part of the catalogue: people record their own (name and dose as free
text) and bodymap never suggests one.  :func:`warning_signs` lists when to see a doctor now; it
is shown with every list of suggestions.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, overload

from bodymap.i18n.language import current, pick

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
    "clinician_note",
    "condition_label",
    "ensure_catalogue",
    "evidence_label",
    "evidence_text",
    "get",
    "guideline_label",
    "part_of",
    "quality_word",
    "supplement_group_label",
    "supplement_note",
    "warning_signs",
]

#: Categories the catalogue holds; "medication" exists in the database only for the user's own.
CATEGORIES = ("home", "professional", "supplement")
#: Evidence levels from best to worst.
EVIDENCE_LEVELS = ("strong", "moderate", "weak", "very_weak", "insufficient")
#: Supplement group -> its heading (see :func:`supplement_group_label` for other languages).
SUPPLEMENT_GROUPS: dict[str, str]  # set below, in English, from the file
#: The caution every professional therapy carries, in English (see :func:`clinician_note`).
CLINICIAN_NOTE: str
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
    language: str = "en"  # the language of the texts above ("en" | "it")

    @property
    def professional(self) -> bool:
        return self.category == "professional"

    @property
    def evidence_label(self) -> str:
        """"weak evidence" (in the therapy's language)."""
        return evidence_label(self.evidence, self.language)

    @property
    def evidence_text(self) -> str:
        """What the evidence level means, in one sentence."""
        return evidence_text(self.evidence, self.language)

    @property
    def guideline_label(self) -> str:
        """"EULAR 2016: weakly against", or "" where EULAR did not rate it."""
        return guideline_label(self.guideline, self.language) if self.guideline else ""

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
        out = [pick(note, self.language) for cond, note in self.condition_notes
               if cond in conditions]
        out += [pick(c.text, self.language) for c in self.region_cautions
                if parts & set(c.parts)]
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


def _lang(language: str | None) -> str:
    return language or current()


def _text(value: Any, where: str, language: str) -> str:
    """The text of a ``{"en": ..., "it": ...}`` entry in ``language`` (English where the
    Italian is missing: a test makes sure it never is)."""
    if not isinstance(value, dict) or not isinstance(value.get("en"), str) or not value["en"]:
        raise ValueError(f"therapies.json: {where} needs an English text ({{'en': ..., 'it': ...}})")
    return pick(value, language)


def _text_list(value: Any, where: str, language: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"therapies.json: {where} must be a list of texts")
    return tuple(_text(v, f"{where}[{i}]", language) for i, v in enumerate(value))


def _texts(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("en", "it")):
        raise ValueError(f"therapies.json: {where} needs an 'en' and an 'it' text")
    return {str(k): str(v) for k, v in value.items()}


def _build(entry: dict[str, Any], language: str) -> Therapy:
    key = entry["key"]
    category = entry["category"]
    if category not in CATEGORIES:
        raise ValueError(f"therapies.json: {key}: category {category!r} is not allowed")
    evidence = entry["evidence"]
    if evidence not in EVIDENCE_LEVELS:
        raise ValueError(f"therapies.json: {key}: unknown evidence level {evidence!r}")
    cautions = _text_list(entry["cautions"], f"{key}.cautions", language)
    note = clinician_note(language)
    if category == "professional" and note not in cautions:
        cautions = (*cautions, note)
    return Therapy(
        key=key,
        name=_text(entry["name"], f"{key}.name", language),
        category=category,
        summary=_text(entry["summary"], f"{key}.summary", language),
        for_text=_text(entry["for"], f"{key}.for", language),
        qualities=tuple(entry.get("qualities", ())),
        steps=_text_list(entry["steps"], f"{key}.steps", language),
        duration=_text(entry["duration"], f"{key}.duration", language),
        minutes=int(entry.get("minutes", 0)),
        cautions=cautions,
        evidence=evidence,
        evidence_note=_text(entry["evidence_note"], f"{key}.evidence_note", language),
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
        language=language,
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
def _catalogue(language: str) -> tuple[Therapy, ...]:
    items = tuple(_build(e, language) for e in _raw()["therapies"])
    keys = [t.key for t in items]
    if len(set(keys)) != len(keys):
        raise ValueError("therapies.json: duplicate keys")
    return items


def catalogue(language: str | None = None) -> list[Therapy]:
    """Every built-in therapy, in catalogue order (home, professional, supplements), with its
    texts in ``language`` (default: the language of the run)."""
    return list(_catalogue(_lang(language)))


def by_category(category: str, language: str | None = None) -> list[Therapy]:
    return [t for t in _catalogue(_lang(language)) if t.category == category]


def get(key: str, language: str | None = None) -> Therapy:
    """The catalogue entry with this key; KeyError if there is none."""
    for t in _catalogue(_lang(language)):
        if t.key == key:
            return t
    raise KeyError(f"no therapy {key!r} in the catalogue")


def _label(table: str, key: str, language: str | None) -> str:
    labels: dict[str, Any] = _raw().get(table, {})
    texts = labels.get(key)
    return pick(texts, _lang(language)) if texts else key


def evidence_label(level: str, language: str | None = None) -> str:
    """A short plain label such as "weak evidence"."""
    return _label("evidence_labels", level, language)


def evidence_text(level: str, language: str | None = None) -> str:
    """One sentence saying what the level means."""
    return _label("evidence_levels", level, language)


def guideline_label(level: str, lang: str | None = None) -> str:
    """"EULAR 2016: weakly for" and the like."""
    return _label("guideline_labels", level, lang)


def condition_label(condition: str, lang: str | None = None) -> str:
    """"Fibromyalgia", "ME/CFS (chronic fatigue syndrome)", ... in English or Italian."""
    return _label("conditions", condition, lang)


def supplement_group_label(group: str, language: str | None = None) -> str:
    """"Often named for muscle cramps and spasm" and the like."""
    return _label("supplement_groups", group, language)


def quality_word(quality: str, language: str | None = None) -> str:
    """A pain quality as a reason names it: "tight" / "tensione / contrattura"."""
    return _label("quality_words", quality, language)


def clinician_note(language: str | None = None) -> str:
    """"Discuss with your clinician.": the caution every professional therapy carries."""
    return pick(_raw()["clinician_note"], _lang(language))


def warning_signs(language: str | None = None) -> tuple[str, ...]:
    """When to see a doctor now (what marks cannot show): shown with every list of suggestions."""
    lang = _lang(language)
    return tuple(pick(w, lang) for w in _raw()["warning_signs"])


def supplement_note(language: str | None = None) -> str:
    """What to know before taking any supplement."""
    return pick(_raw()["supplement_note"], _lang(language))


class _WarningSigns(Sequence[str]):
    """:func:`warning_signs` as a sequence read at each use, so that code which takes
    ``WARNING_SIGNS`` gets them in the language of the run, whenever it was imported."""

    def __len__(self) -> int:
        return len(warning_signs())

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return warning_signs()[index]

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, Sequence) else other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"WARNING_SIGNS{tuple(self)!r}"


#: When to see a doctor now, in the language of the run (a live view of :func:`warning_signs`).
WARNING_SIGNS: Sequence[str] = _WarningSigns()
#: The supplement note in English (code that shows it calls :func:`supplement_note`).
SUPPLEMENT_NOTE: str = supplement_note("en")
SUPPLEMENT_GROUPS = {k: pick(v, "en") for k, v in _raw().get("supplement_groups", {}).items()}
CLINICIAN_NOTE = clinician_note("en")


def ensure_catalogue(diary: Diary) -> list[TherapyRecord]:
    """The database records of all built-in therapies, in catalogue order.

    The store adds the catalogue when a diary opens (:func:`bodymap.store.catalogue.seed`), so
    this only reads.
    """
    by_key = {t.key: t for t in diary.list_therapies() if t.key is not None}
    return [by_key[t.key] for t in _catalogue(current()) if t.key in by_key]
