"""Sample data: a believable diary for one person, for newcomers, screenshots and benchmarks.

``generate(diary, years=..., seed=...)`` writes years of episodes through the service layer's
records and validation.  The shape of the diary:

* a slow seasonal wave (worse in mid-winter) and a slight improvement over the years;
* random flares lasting a few days and quiet spells of a week or so;
* about one episode a day on average, several on bad days, none on some quiet days;
* a personal set of 6-10 "usual suspect" muscles from the trigger-point atlas: each trigger point
  sits at one of the muscle's atlas sites, and the referred-pain areas it causes are blobs inside
  that muscle's zone regions, linked to it;
* chronic tightness and random spasms, and now and then the fibromyalgia tender points;
* therapy uses with outcomes that are true to the person (heat helps the neck more often than
  not, a massage ball suits the low back, magnesium mostly changes nothing);
* the physiotherapist's body chart: the symptom areas of each episode numbered P1, P2... (worst
  first), each with how it behaves (constant or comes and goes, deep or superficial, what makes
  it worse and better, its 24-hour pattern, morning stiffness for the back) -- the same area
  behaves the same way from one episode to the next; now and then pins and needles in the hand
  brought on by the neck, or in the calf and foot brought on by the buttock, and numbness in the
  fingers; at physiotherapy visits the trigger points examined (taut band, spot tenderness,
  recognised pain, referred pain, twitch response, pressure-pain threshold) and the regions asked
  about and found clear ticked;
* the outcome measures: a Patient-Specific Functional Scale of three activities re-rated every
  month, and a Patient Global Impression of Change at the follow-up every three months, both
  following how the person is doing.

Everything is deterministic for a given ``seed`` and ``end`` date (uuids included).

Speed: ``Diary.save_episode`` opens a session and reads the episode back per call (about 8 ms),
too slow for ten years; :func:`save_episodes` hands the records to the store's bulk writer, which
validates every record exactly as the service does and writes them all in one transaction with
executemany inserts, ids from the database.  The therapies are the store's built-in catalogue,
read by key.
"""

from __future__ import annotations

import math
import random
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bodymap.i18n.language import pick
from bodymap.store import bulk
from bodymap.store.errors import ValidationError
from bodymap.store.records import (
    SYMPTOM_KINDS,
    EpisodeRecord,
    MarkRecord,
    PgicRecord,
    ProfileRecord,
    PsfsActivityRecord,
    PsfsRatingRecord,
    TherapyUseRecord,
    renumber_symptoms,
)
from bodymap.store.service import Diary

DEFAULT_PROFILE = "Demo"

#: Muscles a person with myofascial pain often keeps coming back to (atlas keys).
USUAL_SUSPECTS = (
    "upper_trapezius",
    "levator_scapulae",
    "sternocleidomastoid",
    "infraspinatus",
    "quadratus_lumborum",
    "gluteus_medius",
    "piriformis",
    "suboccipitals",
    "rhomboids",
    "scalenes",
    "gluteus_minimus",
    "masseter",
    "temporalis",
    "splenius_capitis",
)

#: Fibromyalgia tender points (the old 1990 sites), as (view, region) on the patient's side X.
TENDER_POINTS = (
    ("back", "occiput.{s}"),
    ("front", "neck_side.{s}"),
    ("back", "shoulder_top.{s}"),
    ("back", "shoulder_blade.{s}"),
    ("front", "chest_upper.{s}"),
    ("front", "elbow_outer.{s}"),
    ("back", "buttock.{s}"),
    ("back", "hip_outer.{s}"),
    ("front", "knee_inner.{s}"),
)

#: Where chronic tightness and random spasms strike: (view, region pattern).
CHRONIC_SPASM_SITES = (
    ("back", "neck_back.{s}"),
    ("back", "shoulder_top.{s}"),
    ("back", "back_lower.{s}"),
    ("back", "between_shoulder_blades.{s}"),
)
RANDOM_SPASM_SITES = (
    ("back", "calf.{s}"),
    ("soles", "sole.{s}"),
    ("front", "ribs_side.{s}"),
    ("front", "thigh_front.{s}"),
    ("front", "palm.{s}"),
    ("front", "abdomen_side.{s}"),
    ("back", "back_middle.{s}"),
)

NECK = ("neck", "shoulder_top", "occiput", "head", "temple", "jaw", "scalp", "forehead", "orbit")
BACK = ("back", "shoulder_blade", "between", "sacrum", "buttock", "hip", "spine", "tailbone")

#: Chance of "better" per therapy for (neck and head, back and hips, elsewhere).
BETTER_ODDS: dict[str, tuple[float, float, float]] = {
    "heat": (0.72, 0.6, 0.45),
    "cold": (0.25, 0.4, 0.5),
    "massage_ball": (0.5, 0.68, 0.5),
    "stretching": (0.55, 0.55, 0.5),
    "yoga": (0.45, 0.6, 0.45),
    "pressure_release": (0.62, 0.55, 0.5),
    "topical_cream": (0.4, 0.4, 0.45),
    "physiotherapy": (0.6, 0.62, 0.6),
    "magnesium": (0.2, 0.2, 0.2),
}
WORSE_ODDS: dict[str, float] = {"cold": 0.2, "yoga": 0.12, "stretching": 0.1}

TP_QUALITIES = ("aching", "tender", "dull", "tight", "sharp")
AREA_QUALITIES = ("aching", "dull", "heavy", "throbbing", "burning", "tingling", "shooting")
SPASM_QUALITIES = ("tight", "cramping", "aching", "stabbing")
TENDER_QUALITIES = ("tender", "aching", "burning")
TRIGGERS = (
    ("poor sleep", 0.30),
    ("stress", 0.22),
    ("cold or weather change", 0.12),
    ("overexertion", 0.14),
    ("posture", 0.16),
    ("long sitting", 0.12),
    ("illness", 0.02),
    ("travel", 0.02),
)
NOTES = (
    {"en": "Woke up stiff, eased after a warm shower.", "it": "Sveglia rigida, meglio dopo una doccia calda."},
    {"en": "Long day at the desk.", "it": "Giornata lunga alla scrivania."},
    {"en": "Carried the shopping home, felt it in the shoulders by evening.", "it": "Ho portato a casa la spesa, la sera lo sentivo nelle spalle."},
    {"en": "Slept badly, everything louder today.", "it": "Dormito male, oggi tutto più forte."},
    {"en": "Walked for half an hour, helped a little.", "it": "Camminato mezz'ora, ha aiutato un po'."},
    {"en": "Headache behind the eye again.", "it": "Di nuovo mal di testa dietro l'occhio."},
    {"en": "Cold wind on the way to work.", "it": "Vento freddo andando al lavoro."},
    {"en": "Good day until the afternoon.", "it": "Buona giornata fino al pomeriggio."},
    {"en": "Could not turn my head to the right when reversing the car.", "it": "Non riuscivo a girare la testa a destra facendo retromarcia."},
    {"en": "Physio session: worked on the neck and shoulder blade.", "it": "Seduta di fisioterapia: lavorato su collo e scapola."},
    {"en": "Tired but the pain was quieter.", "it": "Stanca, ma il dolore era più tranquillo."},
    {"en": "Hard to concentrate, brain fog.", "it": "Difficile concentrarsi, nebbia mentale."},
)

# -- the body chart ------------------------------------------------------------------------
#: What makes a symptom worse and better, and when it is worse, by body part (neck and head,
#: back and hips, elsewhere): (aggravating, easing, daily pattern) to draw a person's habits from.
CHART_HABITS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (("screen_work", "driving", "reaching_overhead", "stress", "poor_sleep", "cold"),
     ("heat", "stretching", "massage", "rest", "lying_down"),
     ("evening", "after_activity")),
    (("sitting", "bending", "lifting", "standing", "driving", "poor_sleep"),
     ("movement", "heat", "lying_down", "stretching", "changing_position"),
     ("morning", "after_activity")),
    (("walking", "stairs", "standing", "cold", "lifting"),
     ("rest", "heat", "massage", "movement"),
     ("after_activity", "night")),
)
AGGRAVATING_NOTES = (
    {"en": "After about 20 minutes at the laptop.", "it": "Dopo una ventina di minuti al portatile."},
    {"en": "Worst when carrying a bag on that shoulder.", "it": "Peggio quando porto la borsa su quella spalla."},
    {"en": "Getting up from a low chair.", "it": "Alzarmi da una sedia bassa."},
)
EASING_NOTES = (
    {"en": "A hot shower helps for an hour or two.", "it": "Una doccia calda aiuta per un'ora o due."},
    {"en": "Lying on the floor with knees bent.", "it": "Sdraiata a terra con le ginocchia piegate."},
    {"en": "Walking it off slowly.", "it": "Camminare piano finché passa."},
)
#: Pins and needles and numbness: (kind, view, region pattern, where it comes from), the source
#: being the body part of a symptom area that brings it on (0 neck and head, 1 back and hips).
NEURAL_SITES = (
    ("paraesthesia", "front", "fingers_front.{s}", 0),
    ("paraesthesia", "front", "palm.{s}", 0),
    ("paraesthesia", "front", "forearm_front.{s}", 0),
    ("paraesthesia", "back", "calf.{s}", 1),
    ("paraesthesia", "front", "foot_top.{s}", 1),
    ("numbness", "front", "fingers_front.{s}", 0),
    ("numbness", "front", "thigh_outer.{s}", 1),
)
#: Regions a physiotherapist asks about beside the painful ones, by body part.
ASKED_ABOUT = (
    ("back_lower.left", "back_lower.right", "elbow_outer.{o}", "chest_upper.{o}", "jaw.{o}"),
    ("neck_back.left", "neck_back.right", "knee_front.{s}", "knee_front.{o}", "thigh_back.{o}"),
    ("neck_back.{s}", "back_lower.{s}", "hip_outer.{o}"),
)

# -- the outcome measures ----------------------------------------------------------------------
#: PSFS activities (in the person's words), how hard each is on an average day (0-10 able), and
#: how much a bad spell takes off.
PSFS_ACTIVITIES = (
    ({"en": "Sitting at the computer for an hour", "it": "Stare al computer per un'ora"}, 4.5, 1.3),
    ({"en": "Carrying the shopping home", "it": "Portare a casa la spesa"}, 4.0, 1.1),
    ({"en": "Sleeping through the night", "it": "Dormire tutta la notte"}, 5.0, 0.9),
)
PGIC_NOTES = {
    1: {"en": "Hardly any pain in the neck now.", "it": "Il collo quasi non fa più male."},
    2: {"en": "Much better, can work a full day.", "it": "Molto meglio, riesco a lavorare tutto il giorno."},
    3: {"en": "A little better than when we started.", "it": "Un po' meglio di quando abbiamo iniziato."},
    4: {"en": "", "it": ""},
    5: {"en": "The winter has been hard.", "it": "L'inverno è stato duro."},
    6: {"en": "Worse since the flare last month.", "it": "Peggio dalla riacutizzazione del mese scorso."},
    7: {"en": "Very bad spell.", "it": "Periodo molto brutto."},
}


# -- anatomy adapters ------------------------------------------------------------------------
def _regions() -> Any:
    from bodymap.anatomy import regions

    return regions


def _atlas() -> Any:
    from bodymap.anatomy import atlas

    return atlas


@dataclass(frozen=True)
class _Site:
    view: str
    x: float
    y: float
    region: str


def _site(site: Any) -> _Site:
    """An atlas site as (view, x, y, region), whatever the site object looks like."""
    if isinstance(site, dict):
        return _Site(str(site["view"]), float(site["x"]), float(site["y"]), str(site["region"]))
    x = getattr(site, "x", None)
    y = getattr(site, "y", None)
    if x is None or y is None:
        x, y = site.point
    return _Site(str(site.view), float(x), float(y), str(site.region))


def _zone(zone: Any) -> tuple[str, str]:
    if isinstance(zone, dict):
        return str(zone["region"]), str(zone.get("strength", "essential"))
    return str(zone.region), str(getattr(zone, "strength", "essential"))


def _muscle_key(muscle: Any) -> str:
    return str(getattr(muscle, "key", None) or muscle.name)


def _region_views(region_id: str) -> tuple[str, ...]:
    region = _regions().REGIONS.get(region_id)
    return tuple(region.views) if region is not None else ()


def _ring_area(ring: Sequence[Sequence[float]]) -> float:
    total = 0.0
    for i in range(len(ring)):
        x0, y0 = ring[i - 1]
        x1, y1 = ring[i]
        total += x0 * y1 - x1 * y0
    return abs(total) / 2.0


class _Shapes:
    """Cached shapes: blobs inside regions and jittered points, a few variants per region."""

    VARIANTS = 4

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._blobs: dict[tuple[str, str], list[tuple[list[list[float]], float]]] = {}
        self._points: dict[tuple[str, str], list[tuple[float, float]]] = {}

    def _rng(self, *parts: str) -> random.Random:
        return random.Random(f"{self.seed}|{'|'.join(parts)}")

    def _inside(self, view: str, region: str, x: float, y: float) -> bool:
        return bool(_regions().region_at(view, x, y) == region)

    def blob(self, view: str, region: str, pick: int) -> tuple[list[list[float]], float]:
        """A polygon inside ``region`` (around its inside point) and the share of it covered."""
        key = (view, region)
        variants = self._blobs.get(key)
        if variants is None:
            variants = [self._make_blob(view, region, i) for i in range(self.VARIANTS)]
            self._blobs[key] = variants
        return variants[pick % len(variants)]

    def _make_blob(self, view: str, region: str, variant: int) -> tuple[list[list[float]], float]:
        rg = _regions()
        rng = self._rng("blob", view, region, str(variant))
        cx, cy = (float(v) for v in rg.inside_point(view, region))
        x0, y0, x1, y1 = (float(v) for v in rg.region_bbox(view, region))
        radius = max(2.0, 0.45 * min(x1 - x0, y1 - y0) * rng.uniform(0.6, 1.0))
        ring: list[list[float]] = []
        n = 14
        phase = rng.uniform(0, 2 * math.pi)
        for i in range(n):
            angle = phase + 2 * math.pi * i / n
            r = radius * rng.uniform(0.7, 1.15)
            dx, dy = math.cos(angle) * r, math.sin(angle) * r
            # Pull the vertex toward the centre until it lies inside the region.
            t = 1.0
            for _ in range(8):
                if self._inside(view, region, cx + dx * t, cy + dy * t):
                    break
                t *= 0.6
            else:
                t = 0.05
            ring.append([round(cx + dx * t, 1), round(cy + dy * t, 1)])
        region_area = sum(_ring_area(r) for r in rg.region_rings(view, region)) or 1.0
        share = round(min(1.0, _ring_area(ring) / region_area), 3)
        return ring, share

    def point(self, view: str, region: str, pick: int) -> tuple[float, float]:
        """A point inside ``region``, near its inside point."""
        key = (view, region)
        variants = self._points.get(key)
        if variants is None:
            variants = [self._make_point(view, region, i) for i in range(self.VARIANTS)]
            self._points[key] = variants
        return variants[pick % len(variants)]

    def _make_point(self, view: str, region: str, variant: int) -> tuple[float, float]:
        rg = _regions()
        rng = self._rng("point", view, region, str(variant))
        cx, cy = (float(v) for v in rg.inside_point(view, region))
        x0, y0, x1, y1 = (float(v) for v in rg.region_bbox(view, region))
        spread = 0.2 * min(x1 - x0, y1 - y0)
        for _ in range(6):
            x, y = cx + rng.uniform(-spread, spread), cy + rng.uniform(-spread, spread)
            if self._inside(view, region, x, y):
                return round(x, 1), round(y, 1)
        return round(cx, 1), round(cy, 1)


# -- the person ------------------------------------------------------------------------------
@dataclass
class _Suspect:
    key: str
    side: str
    weight: float
    sites: list[_Site]
    zones: list[tuple[str, str]]  # (region, strength)


def _personal_muscles(rng: random.Random) -> list[_Suspect]:
    atlas = _atlas()
    known = []
    for key in USUAL_SUSPECTS:
        try:
            known.append(atlas.get(key))
        except (KeyError, LookupError):
            continue
    if not known:
        raise RuntimeError("the trigger-point atlas has none of the usual muscles")
    first, rest = known[0], known[1:]
    count = min(len(known), rng.randint(6, 10))
    chosen = [first, *rng.sample(rest, count - 1)]
    dominant = rng.choice(("right", "left"))
    other = "left" if dominant == "right" else "right"
    suspects: list[_Suspect] = []
    for index, muscle in enumerate(chosen):
        sides = [dominant] if rng.random() < 0.6 else [dominant, other]
        for side in sides:
            sites = [_site(s) for s in muscle.sites(side)]
            zones = [_zone(z) for z in muscle.zones(side)]
            if not sites:
                continue
            weight = (3.0 if index == 0 else rng.uniform(0.6, 2.0)) * (
                1.0 if side == dominant else 0.5
            )
            suspects.append(_Suspect(_muscle_key(muscle), side, weight, sites, zones))
    return suspects


def _body_group(region: str) -> int:
    if region.startswith(NECK):
        return 0
    if region.startswith(BACK):
        return 1
    return 2


class _Generator:
    def __init__(
        self,
        profile_id: int,
        therapy_ids: dict[str, int],
        seed: int,
        years: float,
        end: date,
    ) -> None:
        self.rng = random.Random(seed)
        self.profile_id = profile_id
        self.therapy_ids = therapy_ids
        self.days = max(1, round(365.25 * years))
        self.end = end
        self.start = end - timedelta(days=self.days)
        self.shapes = _Shapes(seed)
        self.suspects = _personal_muscles(self.rng)
        self.tender_side = self.rng.choice(("right", "left"))
        self._levels = self._level_curve()
        #: The side most of the person's trouble is on (their first muscle's), and the other.
        self.side = self.suspects[0].side
        self.other_side = "left" if self.side == "right" else "right"
        self._habits: dict[str, dict[str, Any]] = {}

    def uuid(self) -> str:
        return str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))

    # The flare curve: seasonal wave + slow improvement + flares + quiet spells + noise.
    def _level_curve(self) -> list[float]:
        rng = self.rng
        levels = []
        flare_left = 0
        flare_amp = 0.0
        flare_len = 1
        quiet_left = 0
        for i in range(self.days):
            day = self.start + timedelta(days=i)
            season = 1.3 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 20) / 365.25)
            trend = -0.6 * i / max(1, self.days)
            if flare_left == 0 and quiet_left == 0:
                if rng.random() < 1 / 28:
                    flare_len = rng.randint(3, 10)
                    flare_left = flare_len
                    flare_amp = rng.uniform(2.0, 4.0)
                elif rng.random() < 1 / 45:
                    quiet_left = rng.randint(5, 12)
            bump = 0.0
            if flare_left:
                done = flare_len - flare_left
                bump = flare_amp * math.sin(math.pi * (done + 0.5) / flare_len)
                flare_left -= 1
            elif quiet_left:
                bump = -1.6
                quiet_left -= 1
            levels.append(3.4 + season + trend + bump + rng.gauss(0, 0.5))
        return levels

    def in_flare(self, level: float) -> bool:
        return level >= 5.3

    def run(self) -> Iterable[EpisodeRecord]:
        rng = self.rng
        for i, level in enumerate(self._levels):
            day = self.start + timedelta(days=i)
            expected = max(0.05, 0.68 + 0.26 * (level - 2.0))
            count = _poisson(rng, expected)
            hours = sorted(rng.sample(range(7, 23), min(count, 16)))
            for hour in hours:
                yield self.episode(day, hour, level)

    def _offset(self, day: date) -> int:
        # Central European time, roughly: summer time from April to October.
        return 120 if 4 <= day.month <= 10 else 60

    def episode(self, day: date, hour: int, level: float) -> EpisodeRecord:
        rng = self.rng
        offset = self._offset(day)
        local = datetime(day.year, day.month, day.day, hour, rng.randrange(0, 60, 5))
        started = local - timedelta(minutes=offset)
        flare = self.in_flare(level)
        marks: list[MarkRecord] = []

        def intensity(delta: float = 0.0) -> int:
            return max(1, min(10, round(level + delta + rng.gauss(0, 0.9))))

        n_tp = 1 + (rng.random() < 0.6) + (flare and rng.random() < 0.7)
        suspects = _weighted_sample(rng, self.suspects, [s.weight for s in self.suspects], n_tp)
        for suspect in suspects:
            site = suspect.sites[0] if rng.random() < 0.7 else rng.choice(suspect.sites)
            tp_intensity = intensity(0.5)
            tp = MarkRecord(
                kind="trigger_point",
                view=site.view,
                geometry={"type": "point", "x": site.x, "y": site.y},
                intensity=tp_intensity,
                regions={site.region: 0.0},
                qualities=_some(rng, TP_QUALITIES, 1, 2),
                tp_state="active" if tp_intensity >= 4 or rng.random() < 0.4 else "latent",
                muscle_key=suspect.key,
                uuid=self.uuid(),
            )
            marks.append(tp)
            if tp.tp_state != "active" or not suspect.zones:
                continue
            essential = [z for z, s in suspect.zones if s == "essential"] or [
                z for z, _ in suspect.zones
            ]
            spill = [z for z, s in suspect.zones if s != "essential"]
            zones = _some(rng, essential, 1, 3)
            if spill and rng.random() < (0.5 if flare else 0.2):
                zones.append(rng.choice(spill))
            for zone in zones:
                views = _region_views(zone)
                if not views:
                    continue
                view = site.view if site.view in views else _prefer_view(views)
                ring, share = self.shapes.blob(view, zone, rng.randrange(4))
                marks.append(
                    MarkRecord(
                        kind="referred_area",
                        view=view,
                        geometry={"type": "area", "polygons": [ring]},
                        intensity=max(1, min(10, tp_intensity + rng.choice((-1, 0, 0, 1)))),
                        regions={zone: share},
                        qualities=_some(rng, AREA_QUALITIES, 1, 2),
                        source_uuid=tp.uuid,
                        uuid=self.uuid(),
                    )
                )

        spasm_kind: str | None = None
        if rng.random() < 0.28 + 0.05 * max(0.0, level - 4):
            spasm_kind = "chronic" if rng.random() < 0.7 else "random"
            sites = CHRONIC_SPASM_SITES if spasm_kind == "chronic" else RANDOM_SPASM_SITES
            view, pattern = rng.choice(sites)
            region = pattern.format(s=rng.choice(("right", "left")))
            if view in _region_views(region):
                x, y = self.shapes.point(view, region, rng.randrange(4))
                marks.append(
                    MarkRecord(
                        kind="spasm",
                        view=view,
                        geometry={"type": "point", "x": x, "y": y},
                        intensity=intensity(0.3),
                        regions={region: 0.0},
                        qualities=_some(rng, SPASM_QUALITIES, 1, 2),
                        spasm_kind=spasm_kind,
                        uuid=self.uuid(),
                    )
                )
        if flare and rng.random() < 0.5:
            for view, pattern in _some(rng, TENDER_POINTS, 2, 5):
                side = self.tender_side if rng.random() < 0.7 else "right"
                region = pattern.format(s=side)
                if view not in _region_views(region):
                    continue
                x, y = self.shapes.point(view, region, 0)
                marks.append(
                    MarkRecord(
                        kind="tender_point",
                        view=view,
                        geometry={"type": "point", "x": x, "y": y},
                        intensity=intensity(-0.5),
                        regions={region: 0.0},
                        qualities=_some(rng, TENDER_QUALITIES, 1, 1),
                        uuid=self.uuid(),
                    )
                )

        self._more_symptoms(marks, level, flare, intensity)
        self._chart(marks, flare)

        if flare:
            kind = "flare"
        elif spasm_kind == "chronic":
            kind = "chronic_spasm"
        elif spasm_kind == "random":
            kind = "random_spasm"
        else:
            kind = "everyday"
        triggers = [t for t, p in TRIGGERS if rng.random() < p]
        if day.month in (11, 12, 1, 2) and rng.random() < 0.15:
            triggers.append("cold or weather change")
        triggers = list(dict.fromkeys(triggers))[:3]
        notes = pick(rng.choice(NOTES)) if rng.random() < 0.08 else ""
        peak = max((m.intensity for m in marks), default=intensity())
        record = EpisodeRecord(
            profile_id=self.profile_id,
            started_at=started,
            utc_offset_minutes=offset,
            duration_minutes=rng.choice((30, 45, 60, 90, 120, 180, 240)),
            kind=kind,
            intensity=max(0, min(10, peak - rng.choice((0, 0, 1)))),
            fatigue=max(0, min(10, round(level + 0.5 + rng.gauss(0, 1.2)))),
            triggers=triggers,
            notes=notes,
            marks=marks,
            uuid=self.uuid(),
        )
        record.therapy_uses = self.therapy_uses(record)
        physio = "physiotherapy" in self.therapy_ids and any(
            u.therapy_id == self.therapy_ids["physiotherapy"] for u in record.therapy_uses
        )
        if physio:
            self._examine(record, day)
        if physio or (flare and rng.random() < 0.08):
            record.cleared_regions = self._cleared(record)
        return record

    # -- the body chart ------------------------------------------------------------------------
    def _more_symptoms(self, marks: list[MarkRecord], level: float, flare: bool,
                       intensity: Any) -> None:
        """Now and then plain pain (not from a trigger point), pins and needles or numbness."""
        rng = self.rng
        if rng.random() < 0.1 + (0.06 if flare else 0.0):
            view, pattern = rng.choice((("back", "back_lower.{s}"), ("back", "neck_back.{s}"),
                                        ("front", "knee_front.{s}")))
            region = pattern.format(s=self.side)
            if view in _region_views(region):
                ring, share = self.shapes.blob(view, region, rng.randrange(4))
                marks.append(MarkRecord(
                    kind="pain", view=view, geometry={"type": "area", "polygons": [ring]},
                    intensity=intensity(-0.5), regions={region: share},
                    qualities=_some(rng, AREA_QUALITIES, 1, 2), uuid=self.uuid(),
                ))
        if rng.random() >= 0.05 + (0.1 if flare else 0.0) + 0.02 * max(0.0, level - 5):
            return
        kind, view, pattern, source_group = rng.choice(NEURAL_SITES)
        region = pattern.format(s=self.side)
        if view not in _region_views(region):
            return
        ring, share = self.shapes.blob(view, region, rng.randrange(4))
        mark = MarkRecord(
            kind=kind, view=view, geometry={"type": "area", "polygons": [ring]},
            intensity=max(1, min(10, intensity(-2.0))), regions={region: share},
            qualities=["tingling"] if kind == "paraesthesia" else ["numb"], uuid=self.uuid(),
        )
        causes = [
            m for m in marks
            if m.kind in ("pain", "referred_area")
            and any(_body_group(r) == source_group for r in m.regions)
        ]
        if causes:
            mark.brought_on_by = max(causes, key=lambda m: m.intensity).uuid
        marks.append(mark)

    def _habit(self, region: str) -> dict[str, Any]:
        """How a symptom in ``region`` behaves for this person: the same from one episode to
        the next (drawn once per region, from its own seed, whatever else was drawn before)."""
        habit = self._habits.get(region)
        if habit is None:
            rng = self.shapes._rng("habit", region)
            group = _body_group(region)
            aggravating, easing, daily = CHART_HABITS[group]
            habit = {
                "constancy": "constant" if rng.random() < (0.55, 0.4, 0.2)[group] else "intermittent",
                "depth": "deep" if rng.random() < 0.8 else "superficial",
                "aggravating": rng.sample(aggravating, 2),
                "extra": [a for a in aggravating],
                "easing": rng.sample(easing, 2),
                "daily": [daily[0]] + ([daily[1]] if rng.random() < 0.4 else []),
                "stiffness": rng.choice((20, 30, 45, 60)) if group == 1 else None,
            }
            self._habits[region] = habit
        return habit

    def _chart(self, marks: list[MarkRecord], flare: bool) -> None:
        """P-numbers (worst first) and, for about half the episodes, every area's behaviour."""
        rng = self.rng
        symptoms = [m for m in marks if m.kind in SYMPTOM_KINDS]
        if not symptoms:
            return
        detailed = rng.random() < (0.7 if flare else 0.45)
        for m in symptoms:
            if m.kind in ("paraesthesia", "numbness"):
                m.constancy, m.depth = "intermittent", "superficial"
                if detailed:
                    arm = any(_body_group(r) != 1 for r in m.regions) and "calf" not in str(m.regions)
                    m.aggravating = (["screen_work", "lying_down"] if arm
                                     else ["sitting", "driving"])
                    m.easing = ["changing_position", "movement"]
                    m.daily_pattern = ["night"] if arm else ["after_activity"]
                continue
            habit = self._habit(next(iter(m.regions)))
            m.constancy, m.depth = habit["constancy"], habit["depth"]
            if not detailed:
                continue
            m.aggravating = list(habit["aggravating"])
            if rng.random() < 0.3:
                extra = rng.choice(habit["extra"])
                if extra not in m.aggravating:
                    m.aggravating.append(extra)
            m.easing = list(habit["easing"])
            m.daily_pattern = list(habit["daily"])
            if habit["stiffness"] is not None and "morning" in m.daily_pattern:
                m.morning_stiffness_minutes = max(5, habit["stiffness"] + rng.choice((-10, 0, 0, 15)))
            if rng.random() < 0.05:
                m.aggravating_note = pick(rng.choice(AGGRAVATING_NOTES))
            if rng.random() < 0.05:
                m.easing_note = pick(rng.choice(EASING_NOTES))
        # P1 is the worst; ties in the order they were drawn
        for rank, m in enumerate(sorted(symptoms, key=lambda m: -m.intensity), start=1):
            m.rank = rank
        renumber_symptoms(marks)

    def _examine(self, record: EpisodeRecord, day: date) -> None:
        """The physiotherapist's findings at each trigger point (a visit): tender spot in a taut
        band, the person's own pain reproduced at the active ones, a threshold that rises a
        little as the years go by."""
        rng = self.rng
        progress = (day - self.start).days / max(1, self.days)
        linked = {m.source_uuid for m in record.marks if m.source_uuid}
        for m in record.marks:
            if m.kind != "trigger_point":
                continue
            active = m.tp_state == "active"
            exam = {
                "taut_band": "yes" if rng.random() < 0.9 else "no",
                "spot_tenderness": "yes" if rng.random() < 0.95 else "no",
                "recognised_pain": "yes" if active else "no",
            }
            if m.uuid in linked or rng.random() < 0.2:
                exam["referred_on_pressure"] = "yes" if rng.random() < 0.85 else "no"
            roll = rng.random()
            if roll < 0.7:
                exam["twitch_response"] = "yes" if roll < 0.3 else "no"
            m.exam = exam
            low, high = (1.3, 2.8) if active else (2.6, 4.4)
            m.pressure_threshold = round(rng.uniform(low, high) + 0.8 * progress, 1)

    def _cleared(self, record: EpisodeRecord) -> list[str]:
        """Regions asked about and found clear: the other side of each symptom area, and the
        usual neighbours for the body parts that hurt."""
        rng = self.rng
        known = _regions().REGIONS
        hurting = {r for m in record.marks for r in m.regions}
        groups = sorted({_body_group(r) for m in record.marks if m.kind in SYMPTOM_KINDS
                         for r in m.regions})
        wanted: list[str] = []
        for region in sorted(hurting):
            base, _, side = region.rpartition(".")
            if side in ("left", "right"):
                wanted.append(f"{base}.{'left' if side == 'right' else 'right'}")
        for group in groups:
            wanted += [p.format(s=self.side, o=self.other_side) for p in ASKED_ABOUT[group]]
        clear = [r for r in dict.fromkeys(wanted) if r in known and r not in hurting]
        return sorted(rng.sample(clear, min(len(clear), rng.randint(2, 5))))

    # -- the outcome measures -----------------------------------------------------------------
    def _mean_level(self, first: int, last: int) -> float:
        part = self._levels[max(0, first):max(1, last)]
        return sum(part) / len(part)

    def outcomes(self) -> tuple[list[PsfsActivityRecord], list[PsfsRatingRecord], list[PgicRecord]]:
        """Three PSFS activities rated every 30 days and a PGIC every 91 days, both following the
        person's level (a PSFS rating's ``activity_id`` is its activity's index)."""

        rng = self.rng
        activities = [
            PsfsActivityRecord(profile_id=self.profile_id, name=pick(name), added_on=self.start,
                               uuid=self.uuid())
            for name, _ability, _weight in PSFS_ACTIVITIES
        ]
        ratings: list[PsfsRatingRecord] = []
        for i in range(0, self.days, 30):
            level = self._mean_level(i - 14, i + 1)
            for index, (_name, ability, weight) in enumerate(PSFS_ACTIVITIES):
                score = ability - (level - 3.4) * weight + rng.gauss(0, 0.5)
                ratings.append(PsfsRatingRecord(
                    activity_id=index, rated_on=self.start + timedelta(days=i),
                    score=max(0, min(10, round(score))), uuid=self.uuid(),
                ))
        # A course of treatment starts every year; its follow-ups every 91 days compare the last
        # month with the month before the course began (the first course: its first month).
        pgic: list[PgicRecord] = []
        for i in range(91, self.days, 91):
            course = (i // 365) * 365
            baseline = self._mean_level(course - 30, course + 1) if course else self._mean_level(0, 30)
            better = baseline - self._mean_level(i - 30, i + 1) + rng.gauss(0, 0.3)
            score = next(n for n, limit in enumerate((2.0, 1.2, 0.4, -0.4, -1.2, -2.0), 1)
                         if better > limit) if better > -2.0 else 7
            pgic.append(PgicRecord(
                profile_id=self.profile_id, rated_on=self.start + timedelta(days=i), score=score,
                note=pick(PGIC_NOTES[score]) if rng.random() < 0.4 else "", uuid=self.uuid(),
            ))
        return activities, ratings, pgic

    def therapy_uses(self, record: EpisodeRecord) -> list[TherapyUseRecord]:
        rng = self.rng
        uses: list[TherapyUseRecord] = []
        treated = [m for m in record.marks if m.kind != "tender_point"]
        if not treated:
            return uses
        n = (rng.random() < 0.55) + (rng.random() < 0.2)
        keys = [k for k in BETTER_ODDS if k in self.therapy_ids and k != "physiotherapy"]
        if rng.random() < 0.04 and "physiotherapy" in self.therapy_ids:
            keys = ["physiotherapy"]
            n = 1
        for key in rng.sample(keys, min(n, len(keys))):
            target = rng.choice(treated)
            regions = list(target.regions)
            if target.kind == "trigger_point":
                regions += [
                    r for m in record.marks if m.source_uuid == target.uuid for r in m.regions
                ]
            regions = list(dict.fromkeys(regions))
            group = _body_group(regions[0])
            p_better = BETTER_ODDS[key][group]
            p_worse = WORSE_ODDS.get(key, 0.07)
            roll = rng.random()
            if roll < p_better:
                outcome, relief = "better", rng.randint(3, 7)
            elif roll < p_better + p_worse:
                outcome, relief = "worse", 0
            else:
                outcome, relief = "same", rng.randint(0, 2)
            uses.append(
                TherapyUseRecord(
                    therapy_id=self.therapy_ids[key],
                    used_at=record.started_at + timedelta(minutes=rng.randrange(15, 180, 5)),
                    utc_offset_minutes=record.utc_offset_minutes,
                    duration_minutes=rng.choice((10, 15, 20, 30, 45, 60)),
                    regions=regions,
                    outcome=outcome if rng.random() < 0.92 else None,
                    relief=relief,
                    uuid=self.uuid(),
                )
            )
        return uses


def _prefer_view(views: Sequence[str]) -> str:
    for v in ("back", "front"):
        if v in views:
            return v
    return views[0]


def _poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _some(rng: random.Random, items: Sequence[Any], low: int, high: int) -> list[Any]:
    return rng.sample(list(items), min(len(items), rng.randint(low, high)))


def _weighted_sample(
    rng: random.Random, items: Sequence[_Suspect], weights: Sequence[float], k: int
) -> list[_Suspect]:
    pool, w = list(items), list(weights)
    chosen: list[_Suspect] = []
    for _ in range(min(k, len(pool))):
        index = rng.choices(range(len(pool)), weights=w)[0]
        chosen.append(pool.pop(index))
        w.pop(index)
    return chosen


# -- writing ---------------------------------------------------------------------------------
def therapy_ids(diary: Diary) -> dict[str, int]:
    """Catalogue key -> therapy id of the built-in therapies the demo uses.

    The store puts the whole catalogue in every diary it opens
    (:func:`bodymap.store.catalogue.seed`), so the demo only reads it; a key the catalogue lacks
    is an error here rather than a therapy made up by the demo.
    """
    ids = {t.key: t.id for t in diary.list_therapies() if t.key is not None and t.id is not None}
    missing = sorted(set(BETTER_ODDS) - set(ids))
    if missing:
        raise ValidationError("therapies", f"the diary lacks built-in therapies {missing}")
    return {key: ids[key] for key in BETTER_ODDS}


def save_episodes(diary: Diary, records: Sequence[EpisodeRecord]) -> int:
    """Create many new episodes in one transaction, all or nothing; returns how many.

    Written by the store's bulk writer (:func:`bodymap.store.bulk.write_episodes`), which
    validates every record exactly as :meth:`Diary.save_episode` does, and checks the profiles
    and therapies, before anything is written.  Only for new episodes (``id is None``).
    """
    with diary.session() as s:
        return len(bulk.write_episodes(s, records))


@dataclass
class DemoResult:
    profile: ProfileRecord
    episodes: int
    marks: int
    therapy_uses: int
    seconds: float
    psfs_ratings: int = 0
    pgic_ratings: int = 0


def generate(
    diary: Diary,
    *,
    years: float = 10.0,
    seed: int = 1,
    profile: str | None = None,
    end: date | None = None,
) -> DemoResult:
    """Fill ``diary`` with ``years`` of a believable diary ending on ``end`` (today by default).

    The profile is ``profile`` (created if missing; it must not have episodes yet) or a new
    "Demo" profile.  Deterministic for a given seed and end date.
    """
    import time

    if not 0 < years <= 50:
        raise ValidationError("years", f"must be more than 0 and at most 50, not {years}")
    began = time.perf_counter()
    name = (profile or DEFAULT_PROFILE).strip()
    existing = {p.name: p for p in diary.list_profiles()}
    person = existing.get(name) or diary.create_profile(name)
    assert person.id is not None
    if diary.latest_episode(person.id) is not None:
        raise ValidationError(
            "profile", f"profile {name!r} already has episodes; choose another --profile"
        )
    gen = _Generator(person.id, therapy_ids(diary), seed, years, end or date.today())
    records = list(gen.run())
    activities, ratings, pgic = gen.outcomes()
    marks = sum(len(r.marks) for r in records)
    uses = sum(len(r.therapy_uses) for r in records)
    # One transaction: a failure leaves the database as it was.
    with diary.session() as s:
        total = len(bulk.write_episodes(s, records))
        bulk.write_psfs(s, activities, ratings)
        bulk.write_pgic(s, pgic)
    return DemoResult(
        person, total, marks, uses, time.perf_counter() - began, len(ratings), len(pgic)
    )
