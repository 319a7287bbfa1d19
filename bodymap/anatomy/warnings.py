"""Warning signs raised from what is marked and what the person tells us (pure Python, no Qt).

The rules are data, in ``data/warnings.json`` (our own words from the shared reference
``red_flags.json``; see ``docs/warnings.md``).  :func:`evaluate` looks at the marked regions,
the pain qualities, the facts the person ticked ("it came on suddenly", "short of breath" ...;
:data:`FACTS`) and, optionally, their age, and returns the warnings raised, most urgent first.

A rule fires on what is new, sudden or different, or on the associated facts it lists, never on
long-standing pain alone: people with fibromyalgia live with daily pain and tingling.  Each rule
holds one or more patterns (``when``); a pattern holds when all its parts hold:

``regions``       some marked region matches one of these region specs
``also_regions``  ... and some marked region matches one of these too
``both_sides``    marked regions on the right *and* on the left match these specs
``qualities``     some marked pain quality is one of these
``facts``         the person ticked at least one of these facts
``also_facts``    ... and at least one of these
``all_facts``     ... and every one of these
``age_min``       the person is at least this old (an unknown age does not count, unless
                  ``age_unknown_counts`` is true)

A region spec is a region part (``"calf"``: either side), a region id (``"upper_arm_front.left"``)
or a group (``"@leg"``, from ``region_groups``).  A rule whose ``escalate_to_emergency_if`` facts
are ticked becomes an emergency.  A raised warning names the self-care it suppresses (a catalogue
key or a group such as ``"@hands_on"``) and where: :func:`suppressed_for` answers "may this be
offered in these regions?", so no calf is massaged with clot signs.

Every text is ``{"en": ..., "it": ...}``; the functions and methods that give a text take an
optional ``lang`` and default to the language of the run (:func:`bodymap.i18n.language.current`).

Nothing here is a diagnosis.  The texts say what to do: call 112 (the emergency number in Italy
and the EU) or the local one, see a doctor today, or within days.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from bodymap.i18n.language import current, pick

__all__ = [
    "FACTS",
    "URGENCIES",
    "Fact",
    "RaisedWarning",
    "Rule",
    "action_text",
    "evaluate",
    "fact_key",
    "main_facts",
    "rules",
    "source_text",
    "suppressed_for",
    "urgency_label",
]

#: Most urgent first.
URGENCIES = ("emergency", "today", "soon")
LANGUAGES = ("en", "it")

_PATTERN_KEYS = frozenset(
    {
        "regions", "also_regions", "both_sides", "qualities", "facts", "also_facts", "all_facts",
        "age_min", "age_unknown_counts",
    }
)


@dataclass(frozen=True)
class Fact:
    """Something a mark cannot show, asked as a tick box ("Anything else today?")."""

    key: str
    label: dict[str, str]
    main: bool  # shown at once in the checklist (the rest under "More questions")
    aliases: tuple[str, ...] = ()

    def text(self, lang: str | None = None) -> str:
        return _pick(self.label, lang)


@dataclass(frozen=True)
class Pattern:
    regions: tuple[str, ...] = ()
    also_regions: tuple[str, ...] = ()
    both_sides: tuple[str, ...] = ()
    qualities: frozenset[str] = frozenset()
    facts: frozenset[str] = frozenset()
    also_facts: frozenset[str] = frozenset()
    all_facts: frozenset[str] = frozenset()
    age_min: int | None = None
    age_unknown_counts: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    urgency: str
    when: tuple[Pattern, ...]
    title: dict[str, str]
    text: dict[str, str]
    action: dict[str, str]  # empty: the urgency's own action
    escalate_to_emergency_if: frozenset[str] = frozenset()
    suppress_therapies: frozenset[str] = frozenset()
    suppress_regions: tuple[str, ...] = ()  # empty: the regions the rule matched
    suppress_note: dict[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class RaisedWarning:
    """A warning sign raised for this person, now."""

    id: str
    urgency: str  # "emergency" | "today" | "soon", after escalation
    base_urgency: str  # the rule's own urgency
    escalated: bool
    title: dict[str, str]
    what: dict[str, str]
    action: dict[str, str]
    regions: tuple[str, ...]  # the marked regions that matched (empty: not tied to a place)
    facts: tuple[str, ...]  # the ticked facts that played a part
    suppress_therapies: frozenset[str]  # catalogue keys, groups expanded
    suppress_everywhere: bool
    suppress_regions: tuple[str, ...]  # region specs where they are suppressed
    suppress_note: dict[str, str]
    sources: tuple[str, ...]

    @property
    def rank(self) -> int:
        return URGENCIES.index(self.urgency)

    def text(self, lang: str | None = None) -> str:
        """One paragraph: what it is, then what to do."""
        parts = [_pick(self.title, lang) + ".", _pick(self.what, lang)]
        if self.escalated:
            parts.append(_pick(_raw_escalated(), lang))
        parts.append(_pick(self.action, lang))
        return " ".join(p for p in parts if p)

    def suppresses(self, therapy_key: str, regions: Iterable[str]) -> bool:
        """True if ``therapy_key`` must not be offered for any of ``regions``."""
        if therapy_key not in self.suppress_therapies:
            return False
        if self.suppress_everywhere:
            return True
        regs = list(regions)
        if not regs:
            return True
        return any(_matches(r, self.suppress_regions) for r in regs)

    def note(self, lang: str | None = None) -> str:
        """Why the suppressed self-care is left out ("" if the rule says nothing)."""
        return _pick(self.suppress_note, lang) if self.suppress_note else ""

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "urgency": self.urgency,
            "text": self.text(lang),
            "title": _pick(self.title, lang),
            "what_to_do": _pick(self.action, lang),
            "escalated": self.escalated,
            "regions": list(self.regions),
            "facts": list(self.facts),
            "suppressed_self_care": sorted(self.suppress_therapies),
            "sources": [source_text(s) for s in self.sources],
        }


def _pick(texts: Mapping[str, str], lang: str | None) -> str:
    return pick(texts, lang or current())


# ---------------------------------------------------------------------------------- loading


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("bodymap.anatomy").joinpath("data/warnings.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _raw_escalated() -> dict[str, str]:
    esc: dict[str, str] = _raw()["escalated"]
    return esc


def _texts(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not isinstance(value.get("en"), str) or not value["en"]:
        raise ValueError(f"warnings.json: {where} needs an English text")
    for lang in LANGUAGES:
        if not isinstance(value.get(lang), str) or not value[lang]:
            raise ValueError(f"warnings.json: {where} needs a text in {lang!r}")
    return {str(k): str(v) for k, v in value.items()}


def _words(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"warnings.json: {where} must be a list of words")
    return tuple(value)


@cache
def _facts() -> tuple[Fact, ...]:
    out = []
    for i, f in enumerate(_raw()["facts"]):
        out.append(
            Fact(
                key=str(f["key"]),
                label=_texts(f["label"], f"facts[{i}].label"),
                main=bool(f.get("main", False)),
                aliases=_words(f.get("aliases"), f"facts[{i}].aliases"),
            )
        )
    return tuple(out)


@cache
def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for f in _facts():
        for name in (f.key, *f.aliases):
            out[_norm(name)] = f.key
    return out


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


@cache
def _region_groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, Any] = _raw()["region_groups"]
    return {k: _words(v, f"region_groups.{k}") for k, v in groups.items()}


@cache
def _therapy_groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, Any] = _raw()["therapy_groups"]
    return {k: _words(v, f"therapy_groups.{k}") for k, v in groups.items()}


def _expand_regions(specs: Iterable[str], where: str) -> tuple[str, ...]:
    out: list[str] = []
    for spec in specs:
        if spec == "*":
            out.append(spec)
        elif spec.startswith("@"):
            try:
                out += _region_groups()[spec[1:]]
            except KeyError:
                raise ValueError(f"warnings.json: {where}: unknown region group {spec!r}") from None
        else:
            out.append(spec)
    return tuple(dict.fromkeys(out))


def _expand_therapies(specs: Iterable[str], where: str) -> frozenset[str]:
    out: set[str] = set()
    for spec in specs:
        if spec.startswith("@"):
            try:
                out |= set(_therapy_groups()[spec[1:]])
            except KeyError:
                raise ValueError(f"warnings.json: {where}: unknown therapy group {spec!r}") from None
        else:
            out.add(spec)
    return frozenset(out)


def _fact_set(value: Any, where: str) -> frozenset[str]:
    known = {f.key for f in _facts()}
    words = _words(value, where)
    unknown = [w for w in words if w not in known]
    if unknown:
        raise ValueError(f"warnings.json: {where}: unknown facts {unknown}")
    return frozenset(words)


def _pattern(p: Any, where: str) -> Pattern:
    if not isinstance(p, dict) or not p:
        raise ValueError(f"warnings.json: {where} must be a non-empty object")
    extra = set(p) - _PATTERN_KEYS
    if extra:
        raise ValueError(f"warnings.json: {where}: unknown keys {sorted(extra)}")
    pattern = Pattern(
        regions=_expand_regions(_words(p.get("regions"), where), where),
        also_regions=_expand_regions(_words(p.get("also_regions"), where), where),
        both_sides=_expand_regions(_words(p.get("both_sides"), where), where),
        qualities=frozenset(_words(p.get("qualities"), where)),
        facts=_fact_set(p.get("facts"), f"{where}.facts"),
        also_facts=_fact_set(p.get("also_facts"), f"{where}.also_facts"),
        all_facts=_fact_set(p.get("all_facts"), f"{where}.all_facts"),
        age_min=int(p["age_min"]) if p.get("age_min") is not None else None,
        age_unknown_counts=bool(p.get("age_unknown_counts", False)),
    )
    if not (pattern.facts or pattern.all_facts or pattern.age_min is not None
            or pattern.also_regions or pattern.both_sides):
        # Region and quality alone are the baseline of a chronic pain: never enough.
        raise ValueError(f"warnings.json: {where} would fire on marks alone")
    return pattern


@cache
def _rules() -> tuple[Rule, ...]:
    out: list[Rule] = []
    seen: set[str] = set()
    for i, r in enumerate(_raw()["rules"]):
        rid = str(r["id"])
        where = f"rules[{i}] ({rid})"
        if rid in seen:
            raise ValueError(f"warnings.json: duplicate rule {rid!r}")
        seen.add(rid)
        if r["urgency"] not in URGENCIES:
            raise ValueError(f"warnings.json: {where}: unknown urgency {r['urgency']!r}")
        suppress = r.get("suppress") or {}
        out.append(
            Rule(
                id=rid,
                urgency=str(r["urgency"]),
                when=tuple(_pattern(p, f"{where}.when[{j}]") for j, p in enumerate(r["when"])),
                title=_texts(r["title"], f"{where}.title"),
                text=_texts(r["text"], f"{where}.text"),
                action=_texts(r["action"], f"{where}.action") if "action" in r else {},
                escalate_to_emergency_if=_fact_set(
                    r.get("escalate_to_emergency_if"), f"{where}.escalate_to_emergency_if"
                ),
                suppress_therapies=_expand_therapies(
                    _words(suppress.get("therapies"), where), where
                ),
                suppress_regions=_expand_regions(_words(suppress.get("regions"), where), where),
                suppress_note=(
                    _texts(r["suppress_note"], f"{where}.suppress_note")
                    if "suppress_note" in r else {}
                ),
                sources=_words(r.get("sources"), where),
            )
        )
    return tuple(out)


def rules() -> list[Rule]:
    """Every rule, in file order."""
    return list(_rules())


FACTS: tuple[Fact, ...] = _facts()


def main_facts() -> list[Fact]:
    return [f for f in FACTS if f.main]


def fact_key(name: str) -> str:
    """The fact a name or alias stands for (``"short of breath"`` -> ``"breathless"``).

    Raises KeyError, with the known names in the message, for a name we do not know."""
    try:
        return _aliases()[_norm(name)]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(_norm(name), list(_aliases()), n=3, cutoff=0.6)
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        known = ", ".join(f.key for f in FACTS)
        raise KeyError(f"unknown fact {name!r}{hint} (known: {known})") from None


def urgency_label(urgency: str, lang: str | None = None) -> str:
    labels: dict[str, Any] = _raw()["urgencies"]
    return _pick(labels[urgency]["label"], lang)


def action_text(urgency: str, lang: str | None = None) -> str:
    labels: dict[str, Any] = _raw()["urgencies"]
    return _pick(labels[urgency]["action"], lang)


def source_text(source_id: str) -> str:
    """A source as a citation a person can look up: "Title, address"."""
    sources: dict[str, Any] = _raw().get("sources", {})
    s = sources.get(source_id)
    if not s:
        return source_id
    return f"{s['title']}, {s['url']}" if s.get("url") else str(s["title"])


# ------------------------------------------------------------------------------- evaluating


def _part(region_id: str) -> str:
    return region_id.split(".", 1)[0]


def _side(region_id: str) -> str:
    return region_id.rsplit(".", 1)[1] if "." in region_id else "midline"


@cache
def _spec_set(specs: tuple[str, ...]) -> frozenset[str]:
    """A tuple of region specs as a set, made once per tuple (the rules are loaded once)."""
    return frozenset(specs)


def _matches(region_id: str, specs: Iterable[str]) -> bool:
    s = _spec_set(specs) if isinstance(specs, tuple) else frozenset(specs)
    return "*" in s or region_id in s or _part(region_id) in s


def _matching(regions: list[str], specs: tuple[str, ...]) -> list[str]:
    """The regions (in their order) that match one of ``specs``."""
    s = _spec_set(specs)
    if "*" in s:
        return list(regions)
    return [r for r in regions if r in s or _part(r) in s]


def _holds(
    p: Pattern, regions: list[str], qualities: set[str], facts: set[str], age: int | None
) -> tuple[bool, list[str], set[str]]:
    """(holds, matched regions, facts that played a part).

    Every part must hold, so the cheap set tests (age, facts, qualities) come before the
    region matching: most patterns need a ticked fact, and the report ticks none."""
    used: set[str] = set()
    if p.age_min is not None:
        if age is None:
            if not p.age_unknown_counts:
                return False, [], set()
        elif age < p.age_min:
            return False, [], set()
    for group in (p.facts, p.also_facts):
        if group:
            hit = group & facts
            if not hit:
                return False, [], set()
            used |= hit
    if p.all_facts:
        if not p.all_facts <= facts:
            return False, [], set()
        used |= p.all_facts
    if p.qualities and not (p.qualities & qualities):
        return False, [], set()
    matched: list[str] = []
    if p.regions:
        here = _matching(regions, p.regions)
        if not here:
            return False, [], set()
        matched += here
    if p.also_regions:
        there = [r for r in _matching(regions, p.also_regions) if r not in matched]
        if not there:
            return False, [], set()
        matched += there
    if p.both_sides:
        both = _matching(regions, p.both_sides)
        sides = {_side(r) for r in both}
        if not {"left", "right"} <= sides:
            return False, [], set()
        matched += [r for r in both if r not in matched]
    return True, matched, used


@dataclass(frozen=True)
class Reading:
    """What the rules that can fire with one set of ticked facts read of the marks.

    Marks outside it change nothing: :func:`evaluate` on :meth:`project`-ed regions and
    qualities gives exactly the warnings of the whole marks (the same regions matched, in the
    same order), so a caller that evaluates many episodes with the same facts can memoise on
    :meth:`key` and fetch only the regions :meth:`reads_region` accepts."""

    specs: frozenset[str]  # the region specs of those rules ("*": every region)
    qualities: frozenset[str]  # the pain qualities they test
    age: bool  # some of them look at the age
    needs_region: bool  # each of them holds only with a matching region

    def reads_region(self, region_id: str) -> bool:
        s = self.specs
        return "*" in s or region_id in s or _part(region_id) in s

    def project(
        self, regions: Iterable[str], qualities: Iterable[str]
    ) -> tuple[tuple[str, ...], frozenset[str]]:
        """The regions (first occurrence order, once each) and qualities the rules read."""
        regs = tuple(r for r in dict.fromkeys(regions) if self.reads_region(r))
        quals = frozenset(q.strip().lower() for q in qualities if q) & self.qualities
        return regs, quals

    def key(
        self, regions: Iterable[str], qualities: Iterable[str], age: int | None
    ) -> tuple[tuple[str, ...], frozenset[str], int | None]:
        """Equal keys, equal :func:`evaluate` results (for the facts of this reading)."""
        regs, quals = self.project(regions, qualities)
        return regs, quals, age if self.age else None


def _can_fire(p: Pattern, ticked: frozenset[str]) -> bool:
    return ((not p.facts or bool(p.facts & ticked))
            and (not p.also_facts or bool(p.also_facts & ticked))
            and p.all_facts <= ticked)


@cache
def _reading(ticked: frozenset[str]) -> Reading:
    live = [p for rule in _rules() for p in rule.when if _can_fire(p, ticked)]
    return Reading(
        specs=frozenset(s for p in live for s in (*p.regions, *p.also_regions, *p.both_sides)),
        qualities=frozenset(q for p in live for q in p.qualities),
        age=any(p.age_min is not None for p in live),
        needs_region=all(p.regions or p.also_regions or p.both_sides for p in live),
    )


def reading(facts: Iterable[str] = ()) -> Reading:
    """What :func:`evaluate` reads of the marks when these facts are ticked (see
    :class:`Reading`); with no facts (a report: ticks are not stored) very little."""
    return _reading(frozenset(fact_key(f) for f in facts if f and f.strip()))


def evaluate(
    regions: Iterable[str] | Mapping[str, float],
    qualities: Iterable[str] = (),
    facts: Iterable[str] = (),
    *,
    age: int | None = None,
) -> list[RaisedWarning]:
    """The warnings raised by these marks and facts, most urgent first (then in file order).

    ``regions``: marked region ids (a mapping of region -> share works too); ``qualities``: pain
    qualities of the marks; ``facts``: fact keys or aliases (see :data:`FACTS`; unknown names
    raise KeyError); ``age``: in years, if the person told us.
    """
    regs = list(dict.fromkeys(regions))
    quals = {q.strip().lower() for q in qualities if q}
    ticked = {fact_key(f) for f in facts if f and f.strip()}
    raised: list[tuple[int, int, RaisedWarning]] = []
    for index, rule in enumerate(_rules()):
        fired = False
        where: list[str] = []
        used: set[str] = set()
        for p in rule.when:
            ok, matched, hit = _holds(p, regs, quals, ticked, age)
            if ok:
                fired = True
                where += [r for r in matched if r not in where]
                used |= hit
        if not fired:
            continue
        escalators = rule.escalate_to_emergency_if & ticked
        escalated = bool(escalators) and rule.urgency != "emergency"
        urgency = "emergency" if escalated else rule.urgency
        used |= escalators
        action = rule.action or _raw()["urgencies"][rule.urgency]["action"]
        if escalated:  # the rule's own "see a doctor today, but if ..." no longer fits
            action = _raw()["urgencies"]["emergency"]["action"]
        # No regions named and none matched (a fact alone): the self-care goes everywhere.
        everywhere = "*" in rule.suppress_regions or (not rule.suppress_regions and not where)
        warning = RaisedWarning(
            id=rule.id,
            urgency=urgency,
            base_urgency=rule.urgency,
            escalated=escalated,
            title=rule.title,
            what=rule.text,
            action=dict(action),
            regions=tuple(where),
            facts=tuple(f.key for f in FACTS if f.key in used),
            suppress_therapies=rule.suppress_therapies,
            suppress_everywhere=everywhere,
            suppress_regions=rule.suppress_regions or tuple(where),
            suppress_note=rule.suppress_note,
            sources=rule.sources,
        )
        raised.append((warning.rank, index, warning))
    raised.sort(key=lambda t: (t[0], t[1]))
    return [w for _, _, w in raised]


def suppressed_for(
    warnings: Collection[RaisedWarning], regions: Iterable[str]
) -> dict[str, RaisedWarning]:
    """Catalogue key -> the (most urgent) warning that keeps it off the list for ``regions``."""
    regs = list(regions)
    out: dict[str, RaisedWarning] = {}
    for w in warnings:  # most urgent first: the first one names the reason
        for key in sorted(w.suppress_therapies):
            if key not in out and w.suppresses(key, regs):
                out[key] = w
    return out
