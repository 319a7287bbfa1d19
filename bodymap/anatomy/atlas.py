"""The trigger-point atlas: muscles, where their trigger points sit, and where they refer pain.

Pure Python (no Qt).  The data live in ``anatomy/data/atlas.json`` and are stored for the
patient's RIGHT side (plus midline regions); the left side is the mirror image.  Trigger-point
sites are stored as fractions of a region's bounding box and resolved to map units on our own
drawing through :mod:`bodymap.anatomy.regions`.

The atlas is a guide to "what could cause pain here?", not a diagnosis: see :func:`caution`.

Every human text of the file is ``{"en": ..., "it": ...}``.  The public API speaks the language
of the run (:func:`bodymap.i18n.language.current`): a :class:`Muscle`'s texts are plain strings in
that language, resolved when the atlas is built, and the built atlas is cached per language (the
sites' positions on the drawing are resolved once for all languages).
How candidates are ranked (referral zones, local pain at the trigger point, and a prior from the
order of the pain guides) is documented in ``docs/atlas.md``.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import json
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from types import ModuleType
from typing import Any, cast

from bodymap.i18n.language import SUPPORTED, current, pick

__all__ = [
    "CAUTION",
    "COMMON",
    "ESSENTIAL",
    "LOCAL",
    "POSSIBLE",
    "RARE",
    "SPILLOVER",
    "STRENGTH_WEIGHT",
    "Candidate",
    "Muscle",
    "Names",
    "Site",
    "Source",
    "Zone",
    "candidates",
    "caution",
    "citation",
    "citations",
    "get",
    "likelihood",
    "muscles",
    "muscles_at",
    "nearest_sites",
    "other_name",
    "prior",
    "search",
    "self_care_label",
    "source",
]

#: The caution shown with the atlas, in English (the file's ``caution``; :func:`caution` gives it
#: in the language of the run).
CAUTION: str  # set below, once the file is read

ESSENTIAL = "essential"
SPILLOVER = "spillover"
#: Pain at the trigger point itself: a muscle's own site region counts as a zone of this strength.
LOCAL = "local"
#: How much a zone of each strength counts when ranking candidates.
STRENGTH_WEIGHT: dict[str, float] = {ESSENTIAL: 1.0, SPILLOVER: 0.4, LOCAL: 1.0}
#: Share of the fit given by how specific the muscle's pattern is (see :func:`candidates`).
SPECIFICITY_SHARE = 0.15
#: Weights of the three parts of a candidate's score (they add up to 1).
FIT_WEIGHT = 0.55
PRIOR_WEIGHT = 0.35
LOCAL_WEIGHT = 0.10
#: How fast the prior falls with the position in a pain guide: 1 / (1 + PRIOR_DECAY x (rank - 1)).
PRIOR_DECAY = 0.3
#: Match words: a score from COMMON_AT up is "a common cause of pain here", from POSSIBLE_AT
#: "possible", below it "rarely".
COMMON = "common"
POSSIBLE = "possible"
RARE = "rare"
COMMON_AT = 0.75
POSSIBLE_AT = 0.40
#: A click this close (map units) to a trigger-point site is "on" it (see :func:`muscles_at`).
ON_SITE = 12.0

SIDES = ("right", "left")
#: viewBox widths of the views (docs/regions-contract.md); used to mirror x for the left side.
VIEW_WIDTH: dict[str, float] = {
    "front": 600.0,
    "back": 600.0,
    "head_right": 500.0,
    "head_left": 500.0,
    "soles": 400.0,
}
#: How far (map units) a resolved site should stay from its region's edge, where it can.
SITE_MARGIN = 4.0
_MIRROR_VIEW = {"head_right": "head_left", "head_left": "head_right"}
_EPS = 1e-9


# ------------------------------------------------------------------------------------ types


@dataclass(frozen=True)
class Site:
    """A trigger-point site: a point (map units) in one view, inside ``region``."""

    view: str
    region: str
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Zone:
    """A referral zone: a region where this muscle's trigger points send pain."""

    region: str
    strength: str  # "essential" | "spillover"


@dataclass(frozen=True)
class Names:
    """The names of a muscle; also readable as a mapping (``names["it"]``)."""

    en: str
    it: str
    latin: str
    aliases: tuple[str, ...] = ()  # in the language the atlas was built for
    #: The aliases in every language (for look-ups: a name in any language finds the muscle).
    every_alias: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __getitem__(self, key: str) -> str:
        if key in ("en", "it", "latin"):
            return cast(str, getattr(self, key))
        raise KeyError(key)

    def shown(self, language: str | None = None) -> str:
        """The name in ``language`` (default: the language of the run)."""
        return self.it if (language or current()) == "it" and self.it else self.en

    def all(self) -> tuple[str, ...]:
        """Every name, the aliases in every language included."""
        return (self.en, self.it, self.latin, *dict.fromkeys((*self.aliases, *self.every_alias)))


@dataclass(frozen=True)
class Muscle:
    key: str
    names: Names
    group: str
    sites_right: tuple[Site, ...]
    zones_right: tuple[Zone, ...]
    side_rule: str  # "same" | "both"
    mistaken_for: tuple[str, ...]
    perpetuated_by: tuple[str, ...]
    self_care: Mapping[str, str]
    sources: tuple[str, ...]
    uncertain: bool
    also_felt: tuple[str, ...] = ()
    note: str = ""
    sites_left: tuple[Site, ...] = field(default=(), repr=False, compare=False)
    language: str = "en"  # the language of the texts above

    @property
    def name(self) -> str:
        """The muscle's name in the atlas's language ("Trapezio (fibre superiori)" in Italian)."""
        return self.names.shown(self.language)

    def self_care_items(self) -> list[tuple[str, str, str]]:
        """(key, label, text) of each self-care note: ("stretch", "Stretch", "Sit and ...")."""
        return [(k, self_care_label(k, self.language), v) for k, v in self.self_care.items()]

    def sites(self, side: str) -> tuple[Site, ...]:
        """Trigger-point sites on ``side`` ("right", "left" or "both")."""
        side = _check_side(side, allow_both=True)
        if side == "right":
            return self.sites_right
        if side == "left":
            return self.sites_left
        return self.sites_right + self.sites_left

    def zones(self, side: str) -> tuple[Zone, ...]:
        """Referral zones for trigger points on ``side``.

        With ``side_rule == "both"`` the pattern covers both sides whichever side the trigger
        point is on; ``side == "both"`` means trigger points on both sides.
        """
        side = _check_side(side, allow_both=True)
        right = self.zones_right
        left = tuple(Zone(_mirror_id(z.region), z.strength) for z in right)
        if side == "both" or self.side_rule == "both":
            return _merge_zones(right + left)
        return right if side == "right" else left

    def zone_weights(self, side: str) -> dict[str, float]:
        """Region -> weight of its strongest referral zone on ``side``."""
        out: dict[str, float] = {}
        for z in self.zones(side):
            out[z.region] = max(out.get(z.region, 0.0), STRENGTH_WEIGHT[z.strength])
        return out

    def local_regions(self, side: str) -> tuple[str, ...]:
        """The regions of the trigger-point sites on ``side`` ("both": both sides), in order."""
        return tuple(dict.fromkeys(s.region for s in self.sites(side)))

    def pattern(self, side: str) -> tuple[Zone, ...]:
        """The referral zones on ``side`` plus the site regions as :data:`LOCAL` zones (pain at
        the trigger point itself); a region that is already an essential zone stays essential."""
        zones = list(self.zones(side))
        zones += [Zone(r, LOCAL) for r in self.local_regions(side)]
        best: dict[str, Zone] = {}
        for z in zones:
            old = best.get(z.region)
            if old is None or STRENGTH_WEIGHT[z.strength] > STRENGTH_WEIGHT[old.strength]:
                best[z.region] = z
        return tuple(best.values())

    def citations(self) -> list[str]:
        """The muscle's sources as full citations (see :func:`citation`)."""
        return [citation(key) for key in self.sources]

    def to_dict(self, side: str = "right") -> dict[str, Any]:
        """A JSON-ready description of the muscle with sites and zones of ``side``; the keys
        stay English, the texts are in the atlas's language."""
        return {
            "key": self.key,
            "name": self.name,
            "language": self.language,
            "names": {"en": self.names.en, "it": self.names.it, "latin": self.names.latin,
                      "aliases": list(self.names.aliases)},
            "group": self.group,
            "side": side,
            "side_rule": self.side_rule,
            "sites": [
                {"view": s.view, "region": s.region, "x": round(s.x, 2), "y": round(s.y, 2),
                 "text": s.text}
                for s in self.sites(side)
            ],
            "zones": [{"region": z.region, "strength": z.strength} for z in self.zones(side)],
            "mistaken_for": list(self.mistaken_for),
            "perpetuated_by": list(self.perpetuated_by),
            "also_felt": list(self.also_felt),
            "self_care": dict(self.self_care),
            "self_care_labels": {k: label for k, label, _text in self.self_care_items()},
            "local": list(self.local_regions(side)),
            "note": self.note,
            "sources": list(self.sources),
            "citations": [source(k).to_dict() for k in self.sources],
            "uncertain": self.uncertain,
        }


@dataclass(frozen=True)
class Candidate:
    """A muscle that could cause pain in the marked regions, with its score (0..1).

    ``score = FIT_WEIGHT x fit + PRIOR_WEIGHT x prior + LOCAL_WEIGHT x local`` (see
    :func:`candidates`); ``matched`` lists (region, strength) with strength "essential",
    "spillover" or "local" (the region holds one of the muscle's trigger-point sites).
    """

    muscle: Muscle
    side: str  # "right" | "left" | "both" (either side fits, or both are involved)
    score: float
    matched: tuple[tuple[str, str], ...]  # (region, strength), in the order marked
    fit: float = 0.0
    prior: float = 0.0
    local: float = 0.0

    @property
    def likelihood(self) -> str:
        """:data:`COMMON`, :data:`POSSIBLE` or :data:`RARE` (see :func:`likelihood`)."""
        return likelihood(self.score)


@dataclass(frozen=True)
class Source:
    """A full citation for a source key of the atlas."""

    key: str
    title: str
    author: str
    year: str | None
    url: str | None
    reliability: str

    def text(self) -> str:
        """'Author (year). Title. URL' - the parts the source has."""
        head = self.author + (f" ({self.year})" if self.year else "")
        parts = [head, self.title]
        if self.url:
            parts.append(self.url)
        return ". ".join(p.rstrip(".") for p in parts if p) + ("" if self.url else ".")

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "author": self.author, "year": self.year,
                "url": self.url, "reliability": self.reliability, "text": self.text()}


# ------------------------------------------------------------------------------- geometry


def _regions_module() -> ModuleType | None:
    try:
        return importlib.import_module("bodymap.anatomy.regions")
    except ModuleNotFoundError as exc:  # the drawing's geometry is not available (yet)
        if exc.name not in ("bodymap.anatomy.regions", "bodymap.anatomy"):
            raise
        return None


def _mirror_id(region: str) -> str:
    if region.endswith(".right"):
        return region[: -len(".right")] + ".left"
    if region.endswith(".left"):
        return region[: -len(".left")] + ".right"
    return region


def _check_side(side: str, *, allow_both: bool = False) -> str:
    allowed = (*SIDES, "both") if allow_both else SIDES
    if side not in allowed:
        raise ValueError(f"side must be one of {', '.join(allowed)}, not {side!r}")
    return side


def _merge_zones(zones: Iterable[Zone]) -> tuple[Zone, ...]:
    """Zones without duplicate regions (the stronger wins), first-seen order kept."""
    best: dict[str, Zone] = {}
    for z in zones:
        old = best.get(z.region)
        if old is None or STRENGTH_WEIGHT[z.strength] > STRENGTH_WEIGHT[old.strength]:
            best[z.region] = z
    return tuple(best.values())


class _Geometry:
    """Resolves fractions of a region's bounding box to points inside the region."""

    def __init__(self, mod: ModuleType) -> None:
        self.region_bbox = cast(Callable[[str, str], Any], mod.region_bbox)
        self.region_at = cast(Callable[[str, float, float], str | None], mod.region_at)
        self.inside_point = cast(Callable[[str, str], Any], mod.inside_point)

    def bbox(self, view: str, region: str) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of ``region`` in ``view``."""
        b = self.region_bbox(view, region)
        for names in (("x0", "y0", "x1", "y1"), ("left", "top", "right", "bottom")):
            if all(hasattr(b, n) for n in names):
                x0, y0, x1, y1 = (float(getattr(b, n)) for n in names)
                return x0, y0, x1, y1
        x0, y0, x1, y1 = (float(v) for v in b)
        return x0, y0, x1, y1

    def inside(self, view: str, region: str, x: float, y: float, margin: float = 0.0) -> bool:
        """Whether (x, y) - and, with a margin, the points that far around it - are in it."""
        if self.region_at(view, x, y) != region:
            return False
        return margin <= 0 or all(
            self.region_at(view, x + dx, y + dy) == region
            for dx, dy in ((margin, 0.0), (-margin, 0.0), (0.0, margin), (0.0, -margin)))

    def nudge(self, view: str, region: str, x: float, y: float) -> tuple[float, float]:
        """(x, y) if it lies well inside the region, else the first point that does on the
        straight way to the region's inside point (a point merely inside it if none does)."""
        tx, ty = (float(v) for v in self.inside_point(view, region))
        path = [(x + (tx - x) * step / 40, y + (ty - y) * step / 40) for step in range(41)]
        for margin in (SITE_MARGIN, 0.0):
            for qx, qy in path:
                if self.inside(view, region, qx, qy, margin):
                    return qx, qy
        return tx, ty

    def resolve(self, view: str, region: str, fx: float, fy: float) -> tuple[float, float]:
        x0, y0, x1, y1 = self.bbox(view, region)
        return self.nudge(view, region, x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))


def _mirror_site(site: Site, geo: _Geometry | None) -> Site:
    view = _MIRROR_VIEW.get(site.view, site.view)
    region = _mirror_id(site.region)
    x = VIEW_WIDTH[site.view] - site.x
    y = site.y
    if geo is not None and not math.isnan(x):
        x, y = geo.nudge(view, region, x, y)
    return Site(view, region, x, y, site.text)


# ------------------------------------------------------------------------------- loading


def _load_raw() -> dict[str, Any]:
    text = resources.files("bodymap.anatomy").joinpath("data/atlas.json").read_text("utf-8")
    return cast(dict[str, Any], json.loads(text))


def _text(value: Any, where: str, language: str) -> str:
    """The text of a ``{"en": ..., "it": ...}`` entry in ``language`` (English where the
    Italian is missing: a test makes sure it never is)."""
    if not isinstance(value, dict) or not isinstance(value.get("en"), str) or not value["en"]:
        raise ValueError(f"atlas.json: {where} needs an English text ({{'en': ..., 'it': ...}})")
    return pick(value, language)


def _text_list(value: Any, where: str, language: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"atlas.json: {where} must be a list of texts")
    return tuple(_text(v, f"{where}[{i}]", language) for i, v in enumerate(value))


def _positions(raw: Mapping[str, Any],
               geo: _Geometry | None) -> list[tuple[tuple[Site, ...], tuple[Site, ...]]]:
    """(right sites, left sites) of each muscle, placed on our drawing, with empty texts."""
    out: list[tuple[tuple[Site, ...], tuple[Site, ...]]] = []
    for m in raw["muscles"]:
        sites: list[Site] = []
        for s in m["sites"]:
            fx, fy = (float(v) for v in s["at"])
            if geo is None:
                x = y = math.nan
            else:
                x, y = geo.resolve(s["view"], s["region"], fx, fy)
            sites.append(Site(s["view"], s["region"], x, y, ""))
        out.append((tuple(sites), tuple(_mirror_site(s, geo) for s in sites)))
    return out


def _build(raw: Mapping[str, Any], placed: Sequence[tuple[tuple[Site, ...], tuple[Site, ...]]],
           language: str) -> list[Muscle]:
    out: list[Muscle] = []
    for m, (right, left) in zip(raw["muscles"], placed, strict=True):
        key = str(m["key"])
        texts = [_text(s["text"], f"{key}.sites[{i}].text", language)
                 for i, s in enumerate(m["sites"])]
        names = m["names"]
        aliases = names.get("aliases", [])
        every = tuple(dict.fromkeys(pick(a, lang) for a in aliases for lang in SUPPORTED))
        muscle = Muscle(
            key=key,
            names=Names(names["en"], names["it"], names["latin"],
                        _text_list(aliases, f"{key}.names.aliases", language), every),
            group=m["group"],
            sites_right=tuple(Site(s.view, s.region, s.x, s.y, t) for s, t in zip(right, texts, strict=True)),
            zones_right=_merge_zones(Zone(z["region"], z["strength"]) for z in m["zones"]),
            side_rule=m["side_rule"],
            mistaken_for=_text_list(m["mistaken_for"], f"{key}.mistaken_for", language),
            perpetuated_by=_text_list(m["perpetuated_by"], f"{key}.perpetuated_by", language),
            self_care={k: _text(v, f"{key}.self_care.{k}", language)
                       for k, v in m["self_care"].items()},
            sources=tuple(m["sources"]),
            uncertain=bool(m["uncertain"]),
            also_felt=_text_list(m.get("also_felt", []), f"{key}.also_felt", language),
            note=_text(m["note"], f"{key}.note", language) if m.get("note") else "",
            sites_left=tuple(Site(s.view, s.region, s.x, s.y, t) for s, t in zip(left, texts, strict=True)),
            language=language,
        )
        out.append(muscle)
    return out


@functools.cache
def _raw() -> dict[str, Any]:
    return _load_raw()


@functools.cache
def _placed() -> tuple[tuple[tuple[Site, ...], tuple[Site, ...]], ...]:
    """The sites on the drawing: resolved once, shared by every language."""
    mod = _regions_module()
    return tuple(_positions(_raw(), _Geometry(mod) if mod is not None else None))


@functools.cache
def _atlas_in(language: str) -> tuple[Muscle, ...]:
    return tuple(_build(_raw(), _placed(), language))


#: Held while the atlas is built (about 90 ms of Python): the first mark on the UI thread
#: waits for the warm-up thread to finish building it instead of building it a second time
#: beside it, both slowed by sharing the interpreter lock.
_BUILDING = threading.Lock()


def _atlas() -> tuple[Muscle, ...]:
    """The atlas in the language of the run (built once per language, by one thread)."""
    language = current()
    with _BUILDING:
        return _atlas_in(language)


def other_name(muscle: Muscle) -> str:
    """The muscle's name in the other language than the atlas's own (English for an Italian
    reader, Italian for an English one): shown beside the main name."""
    return muscle.names.shown("en" if muscle.language == "it" else "it")


def caution(language: str | None = None) -> str:
    """The caution shown with the atlas: trigger points are debated; this is not a diagnosis."""
    return pick(_raw()["caution"], language or current())


def self_care_label(key: str, language: str | None = None) -> str:
    """The heading of a self-care note: "stretch" -> "Stretch" / "Allungamento"."""
    labels: dict[str, Any] = _raw().get("self_care_labels", {})
    texts = labels.get(key)
    return pick(texts, language or current()) if texts else key


@functools.cache
def _sources() -> dict[str, Source]:
    out: dict[str, Source] = {}
    for key, v in _raw().get("sources", {}).items():
        year = v.get("year")
        out[key] = Source(key, str(v["title"]), str(v["author"]),
                          None if year is None else str(year), v.get("url"),
                          str(v.get("reliability", "")))
    return out


def source(key: str) -> Source:
    """The full citation of a source key (``S_MEDLINK``, ``PG_APP_KOJI``, ...).

    A key missing from the table (it should not happen: a test checks every key) comes back as a
    citation that says so rather than failing."""
    found = _sources().get(key)
    if found is None:
        return Source(key, f"unlisted source {key}", "unknown", None, None, "")
    return found


def citation(key: str) -> str:
    """The citation of a source key as one line of text."""
    return source(key).text()


def citations() -> dict[str, Source]:
    """Every source of the atlas: key -> citation."""
    return dict(_sources())


@functools.cache
def _priors() -> dict[str, dict[str, int]]:
    """Region part -> {muscle key: 1-based position in the pain guides' order}."""
    out: dict[str, dict[str, int]] = {}
    for part, entry in _raw().get("priors", {}).items():
        out[part] = {key: i for i, key in enumerate(entry["order"], 1)}
    return out


def _part(region: str) -> str:
    return region.split(".", 1)[0]


def prior_rank(muscle_key: str, region: str) -> int | None:
    """The muscle's position (1 = named first) in the pain guides for pain in ``region``."""
    return _priors().get(_part(region), {}).get(muscle_key)


def prior(muscle_key: str, region: str) -> float:
    """How often the muscle is the cause of pain in ``region``, from the order of the pain guides:
    ``1 / (1 + PRIOR_DECAY x (rank - 1))`` - 1.0 for the first-named muscle, 0 if not named."""
    rank = prior_rank(muscle_key, region)
    return 0.0 if rank is None else 1.0 / (1.0 + PRIOR_DECAY * (rank - 1))


def likelihood(score: float) -> str:
    """The match word of a score: COMMON ("a common cause of pain here"), POSSIBLE or RARE."""
    if score >= COMMON_AT - _EPS:
        return COMMON
    if score >= POSSIBLE_AT - _EPS:
        return POSSIBLE
    return RARE


def muscles() -> list[Muscle]:
    """All muscles of the atlas, in atlas order (loaded once, on first use)."""
    return list(_atlas())


# ----------------------------------------------------------------------------- look-ups


def _norm(text: str) -> str:
    """Case- and accent-insensitive form: 'Trapèzio  (fibre)' -> 'trapezio fibre'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _name_forms(m: Muscle) -> Iterator[str]:
    yield _norm(m.key)
    for n in m.names.all():
        yield _norm(n)


@functools.cache
def _index_in(language: str) -> dict[str, Muscle]:
    idx: dict[str, Muscle] = {}
    for m in _atlas_in(language):
        for form in _name_forms(m):
            idx.setdefault(form, m)
    return idx


def _index() -> dict[str, Muscle]:
    return _index_in(current())


def get(key_or_name: str) -> Muscle:
    """The muscle with this key or name (any language; case and accents ignored)."""
    idx = _index()
    found = idx.get(_norm(key_or_name))
    if found is not None:
        return found
    close = difflib.get_close_matches(_norm(key_or_name), list(idx), n=5, cutoff=0.6)
    partial = [m.key for m in search(key_or_name)][:5]
    hints = list(dict.fromkeys([idx[c].key for c in close] + partial))
    msg = f"no muscle called {key_or_name!r} in the atlas"
    if hints:
        msg += "; did you mean: " + ", ".join(hints)
    raise KeyError(msg)


def search(text: str) -> list[Muscle]:
    """Muscles whose key or any name (en, it, latin, aliases) contains ``text``."""
    needle = _norm(text)
    if not needle:
        return []
    return [m for m in _atlas() if any(needle in form for form in _name_forms(m))]


# ---------------------------------------------------------------------------- candidates


def known_regions() -> frozenset[str]:
    """Region ids a caller may mark: the map's regions, or (without geometry) the atlas's."""
    mod = _regions_module()
    if mod is not None:
        return frozenset(cast(Iterable[str], mod.REGIONS))
    ids: set[str] = set()
    for m in _atlas():
        for side in SIDES:
            ids.update(z.region for z in m.zones(side))
            ids.update(s.region for s in m.sites(side))
    return frozenset(ids)


def _marked_weights(regions: Mapping[str, float] | Iterable[str]) -> dict[str, float]:
    if isinstance(regions, Mapping):
        items = [(str(k), float(v)) for k, v in regions.items()]
    else:
        items = [(str(r), 1.0) for r in regions]
    known = known_regions()
    unknown = sorted({r for r, _ in items if r not in known})
    if unknown:
        raise ValueError("unknown region id(s): " + ", ".join(unknown))
    weights: dict[str, float] = {}
    for r, w in items:
        if not math.isfinite(w) or w < 0:
            raise ValueError(f"weight of {r!r} must be a finite number >= 0, not {w!r}")
        weights[r] = weights.get(r, 0.0) + w
    return {r: w for r, w in weights.items() if w > 0}


#: (muscle id, side) -> (the muscle, its pattern by region, each region's zone weight, their
#: sum, its site regions): what :func:`_score` needs of a muscle, made once per side.  A click
#: with a marking tool ranks every muscle three ways (a few hundred patterns); the muscles
#: never change, and the muscle is kept in the entry so that its id stays its own.
_SCORING: dict[tuple[int, str], tuple[Muscle, dict[str, Zone], dict[str, float], float,
                                      frozenset[str]]] = {}


def _scoring(m: Muscle, side: str) -> tuple[dict[str, Zone], dict[str, float], float, frozenset[str]]:
    entry = _SCORING.get((id(m), side))
    if entry is None or entry[0] is not m:
        pattern = {z.region: z for z in m.pattern(side)}
        weight = {r: STRENGTH_WEIGHT[z.strength] for r, z in pattern.items()}
        entry = _SCORING[(id(m), side)] = (
            m, pattern, weight, sum(weight.values()), frozenset(m.local_regions(side)))
    return entry[1], entry[2], entry[3], entry[4]


def prepare_ranking() -> None:
    """Make what :func:`candidates` keeps of every muscle ahead of the first click (the
    window's warm-up thread: a few milliseconds the first mark then does not spend)."""
    for m in _atlas():
        for side in (*SIDES, "both"):
            _scoring(m, side)


def _score(marked: Mapping[str, float], total: float, m: Muscle,
           side: str) -> tuple[float, float, float, float, list[tuple[str, str]]]:
    """(score, fit, prior, local, matched) of one side hypothesis."""
    pattern, weight, weight_total, sites = _scoring(m, side)
    matched = [r for r in marked if r in pattern]
    if not matched:
        return 0.0, 0.0, 0.0, 0.0, []
    coverage = sum(marked[r] * weight[r] for r in matched) / total
    specificity = sum(weight[r] for r in matched) / weight_total
    fit = coverage * (1.0 - SPECIFICITY_SHARE + SPECIFICITY_SHARE * specificity)
    pri = sum(marked[r] * prior(m.key, r) for r in matched) / total
    local = sum(marked[r] for r in matched if r in sites) / total
    score = FIT_WEIGHT * fit + PRIOR_WEIGHT * pri + LOCAL_WEIGHT * local
    strengths = [(r, pattern[r].strength) for r in matched]
    return score, fit, pri, local, strengths


def candidates(regions: Mapping[str, float] | Iterable[str],
               limit: int | None = None) -> list[Candidate]:
    """Muscles that could cause pain in ``regions``, the most likely first.

    ``regions`` is a set of region ids, or a mapping id -> weight (e.g. the share of a painted
    area in each region); the weights are normalised by their total.  For each muscle and each
    hypothesis (trigger points on the right, on the left, or - for one-sided patterns - on both
    sides) the muscle's *pattern* is its referral zones plus its own site regions (local pain at
    the trigger point counts as a zone, :data:`LOCAL`):

    * coverage = sum(weight of marked region x zone weight) / total weight; an essential or a
      local zone counts 1.0, a spillover zone 0.4;
    * specificity = the matched share of the muscle's whole pattern (zone weights);
    * fit = coverage x (0.85 + 0.15 x specificity);
    * prior = sum(weight of matched region x :func:`prior`) / total weight - how often the
      pain guides name the muscle as the cause of pain there (first named: 1.0);
    * local = the share of the marked weight that lies in the muscle's site regions;
    * score = 0.55 x fit + 0.35 x prior + 0.10 x local, between 0 and 1.

    The best hypothesis is kept.  When the right and left ones tie (midline-only marks, or a
    pattern that always covers both sides) the side is reported as "both".  Ties between
    muscles are broken by the prior, then by key.  Raises ValueError for an unknown region id.
    """
    marked = _marked_weights(regions)
    total = sum(marked.values())
    if total <= 0:
        return []
    out: list[Candidate] = []
    for m in _atlas():
        best: tuple[float, str, float, float, float, list[tuple[str, str]]] | None = None
        per_side: dict[str, float] = {}
        hypotheses: Sequence[str] = SIDES if m.side_rule == "both" else (*SIDES, "both")
        for side in hypotheses:
            score, fit, pri, local, matched = _score(marked, total, m, side)
            per_side[side] = score
            if score > 0 and (best is None or score > best[0] + _EPS):
                best = (score, side, fit, pri, local, matched)
        if best is None:
            continue
        score, side, fit, pri, local, matched = best
        if side in SIDES and abs(per_side["right"] - per_side["left"]) <= _EPS:
            side = "both"
        out.append(Candidate(m, side, score, tuple(matched), fit, pri, local))
    out.sort(key=lambda c: (-round(c.score, 9), -round(c.prior, 9), c.muscle.key))
    return out if limit is None else out[: max(limit, 0)]


def nearest_sites(view: str, x: float, y: float, max_distance: float = 40.0,
                  limit: int = 3) -> list[tuple[Muscle, Site, str, float]]:
    """Known trigger-point sites near (x, y) in ``view``: (muscle, site, side, distance).

    One entry per muscle (its closest site on either side), nearest first, within
    ``max_distance`` map units; ties by muscle key.
    """
    found: list[tuple[float, str, Muscle, Site, str]] = []
    for m in _atlas():
        best: tuple[float, Site, str] | None = None
        for side in SIDES:
            for s in m.sites(side):
                if s.view != view or math.isnan(s.x):
                    continue
                d = math.hypot(s.x - x, s.y - y)
                if d <= max_distance and (best is None or d < best[0] - _EPS):
                    best = (d, s, side)
        if best is not None:
            found.append((best[0], m.key, m, best[1], best[2]))
    found.sort(key=lambda t: (round(t[0], 9), t[1]))
    return [(m, s, side, d) for d, _, m, s, side in found[: max(limit, 0)]]


def muscles_at(view: str, x: float, y: float, region: str | None = None,
               max_distance: float = 30.0, limit: int = 6) -> list[tuple[Muscle, str]]:
    """The muscles a trigger point placed at (x, y) is most likely in, most likely first, each
    with why: ``"site"`` (one of its trigger-point sites lies in ``region``, the region under
    the click), ``"near"`` (a site within ``max_distance`` but in another region) or
    ``"refers"`` (its pattern covers the region).

    Order: a site right at the click (within :data:`ON_SITE` units) first; then the other
    muscles with a site in the region, in the order :func:`candidates` ranks them for it (local
    pain, prior, fit); then the near sites of other regions, nearest first; then the rest of the
    ranking for the region.  A guess to offer, never a choice: the caller lets the person pick.
    """
    ranked: list[Candidate] = []
    if region is not None:
        try:
            ranked = candidates([region])
        except ValueError:
            ranked = []
    order = {c.muscle.key: i for i, c in enumerate(ranked)}
    near = nearest_sites(view, x, y, max_distance=max_distance, limit=len(_atlas()))
    on_site = [m for m, _s, _sd, d in near if d <= ON_SITE]
    in_region = [m for m in _atlas() if region is not None
                 and any(st.region == region and st.view == view
                         for sd in SIDES for st in m.sites(sd))]
    in_region.sort(key=lambda m: (order.get(m.key, len(order)), m.key))
    found: list[tuple[Muscle, str]] = []
    seen: set[str] = set()

    def add(m: Muscle, why: str) -> None:
        if m.key not in seen:
            seen.add(m.key)
            found.append((m, why))

    for m in on_site:
        add(m, "site" if m in in_region else "near")
    for m in in_region:
        add(m, "site")
    for m, _s, _sd, _d in near:
        add(m, "near")
    for c in ranked:
        add(c.muscle, "refers")
    return found[: max(limit, 0)]


CAUTION = caution("en")
