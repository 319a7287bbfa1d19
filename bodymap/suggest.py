"""What to try for a spot: the person's own record first, then the atlas, then the catalogue.

Pure Python (no Qt): the therapy panel and ``bodymap suggest`` both call :func:`suggest`.

Sections, in this order:

0. **Warning signs raised** from the marked regions, the pain qualities, the facts the person
   ticked and their age (:func:`bodymap.anatomy.warnings.evaluate`), most urgent first.  Self-care
   a raised warning suppresses in these regions (no calf massage with clot signs, no neck
   self-massage with neck-artery signs, no heat on a hot swollen joint) is left out below.
1. **What has helped you here**: the person's own history in the region (and, for a muscle, in
   the regions of its trigger-point sites and referral zones), ranked by how often it went
   better, then by mean relief.  Nothing is claimed from fewer than three rated uses: those are
   listed apart as "too few tries to tell (n)".
2. **For the muscle**: its stretch, pressure release, warmth and habits from the atlas, for the
   muscle given or the atlas's top candidates for the region.
3. **Commonly tried for this kind of pain**: home therapies from the catalogue that fit the pain
   qualities and the region; then professional ones, to discuss with a clinician.
4. **Supplements**, in their own section, each with its evidence level (mostly weak or none).

The person's conditions steer the advice: with ME/CFS, pacing and energy management instead of
graded exercise (NICE NG206), nothing that pushes activity in a crash; with fibromyalgia, gentle
pressure and no cold in a flare.  Cold is never offered for burning pain.

Medications are never suggested, not even one the person recorded and rated as helpful.  Every
suggestion carries its cautions (those of the part of the body concerned, not of every part), and
the static :func:`~bodymap.anatomy.therapies.warning_signs` (what the marks cannot show) go with
every list.  The result depends only on the data: same diary, same answer.

Every text of the result is in the language of the run (:func:`bodymap.i18n.language.current`):
the content comes from the atlas and the catalogue in that language, and the few sentences built
here (why a suggestion is on the list, the notes, the figures) come from :data:`WORDS`.  Keys and
ids stay English.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

from bodymap.anatomy import therapies as catalogue
from bodymap.anatomy import warnings as warning_rules
from bodymap.anatomy.warnings import RaisedWarning
from bodymap.i18n.language import current, pick
from bodymap.store.therapy_log import MIN_RATED_USES, TherapyStats, helped_here

#: Categories that may appear in the "what helped you here" section.
HISTORY_CATEGORIES = ("home", "professional")
#: How many catalogue home therapies to list (a tired person does not want fourteen).
COMMON_LIMIT = 6
#: How many atlas candidates to show for a region.
MUSCLE_LIMIT = 3
#: How many of the person's latest marks in the region give the pain qualities.
RECENT_MARKS = 20

#: Atlas self-care note -> catalogue therapy it is logged as.
SELF_CARE_THERAPY: dict[str, str] = {
    "stretch": "stretching",
    "pressure": "pressure_release",
    "heat": "heat",
    "habits": "posture_habits",
}
#: The sentences built here, in every language (``{name}`` fields filled by :func:`say`).
WORDS: dict[str, dict[str, str]] = {
    "too_few": {"en": "too few tries to tell ({n})", "it": "troppo pochi tentativi per dirlo ({n})"},
    "better": {"en": "better {better} of {rated} times", "it": "meglio {better} volte su {rated}"},
    "better_once": {"en": "better {better} of {rated} times", "it": "meglio {better} volta su {rated}"},
    "relief": {"en": ", mean relief {relief}/10", "it": ", sollievo medio {relief}/10"},
    "self_care": {"en": "self-care for the {muscle} from the atlas",
                  "it": "cura di sé per il muscolo {muscle}, dall'atlante"},
    "chosen": {"en": "the muscle you chose", "it": "il muscolo che hai scelto"},
    "usually": {"en": "its trigger points usually send pain here",
                "it": "i suoi punti trigger di solito mandano dolore qui"},
    "sometimes": {"en": "its trigger points sometimes send pain here",
                  "it": "i suoi punti trigger a volte mandano dolore qui"},
    "unknown_region": {"en": "The atlas does not know the region {regions}.",
                       "it": "L'atlante non conosce la zona {regions}."},
    "no_atlas": {"en": "The trigger-point atlas is not available in this build.",
                 "it": "L'atlante dei punti trigger non è disponibile in questa versione."},
    "for_qualities": {"en": "commonly tried for {qualities} pain",
                      "it": "spesso provato per questo tipo di dolore: {qualities}"},
    "handy": {"en": "handy for this part of the body", "it": "comodo per questa parte del corpo"},
    "for_text": {"en": "commonly tried for {text}", "it": "spesso provato per {text}"},
    "recommended": {"en": "recommended for {conditions}",
                    "it": "consigliato per chi ha {conditions}"},
    "left_out": {"en": "Left out because of the warning signs above: {names}.",
                 "it": "Esclusi per i segnali d'allarme qui sopra: {names}."},
    "me_cfs": {"en": "With ME/CFS: no graded exercise (NICE NG206); pacing and energy management "
                     "come first, and in a crash, rest.",
               "it": "Con ME/CFS: niente esercizio graduale a tappe fisse (NICE NG206); prima di "
                     "tutto dosare le attività e gestire l'energia, e durante un crollo riposare."},
}


def say(key: str, language: str | None = None, **fields: object) -> str:
    """One of :data:`WORDS` in ``language`` (default: the language of the run), filled in."""
    return pick(WORDS[key], language).format(**fields)


def _decimal(value: float, language: str | None = None) -> str:
    """4.2 -> "4.2" in English, "4,2" in Italian."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if (language or current()) == "it" else text


def figures_text(stats: TherapyStats, language: str | None = None) -> str:
    """"better 5 of 7 times, mean relief 4.2/10", or "too few tries to tell (2)"."""
    if not stats.enough:
        return say("too_few", language, n=stats.rated)
    text = say("better_once" if stats.better == 1 else "better", language,
               better=stats.better, rated=stats.rated)
    if stats.mean_relief is not None:
        text += say("relief", language, relief=_decimal(stats.mean_relief, language))
    return text


def history_rank_key(stats: TherapyStats) -> tuple[float, float, int, str, int]:
    """How often better first, then mean relief, then more rated uses; ties by name."""
    relief = stats.mean_relief if stats.mean_relief is not None else -1.0
    return (-stats.better_share, -relief, -stats.rated, stats.name.casefold(), stats.therapy_id)


@dataclass(frozen=True)
class Suggestion:
    """One thing to try, with everything needed to do it safely."""

    therapy_key: str  # the catalogue key a use of it is logged under
    title: str
    how: str  # one line
    steps: tuple[str, ...]
    duration: str
    minutes: int  # default length when logging it
    cautions: tuple[str, ...]
    category: str
    evidence: str
    evidence_label: str
    evidence_note: str
    reason: str  # why it is on the list
    source: str  # "atlas" | "catalogue"
    muscle_key: str | None = None
    yours: TherapyStats | None = None  # the person's own figures with it in these regions

    @property
    def clinician(self) -> bool:
        return self.category == "professional"


@dataclass(frozen=True)
class MuscleAdvice:
    key: str
    name: str
    side: str  # "right" | "left" | "both"
    why: str
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True)
class Suggestions:
    region: str | None
    muscle_key: str | None
    regions: tuple[str, ...]  # the regions whose history was counted
    qualities: tuple[str, ...]  # the pain qualities the catalogue was matched against
    helped: tuple[TherapyStats, ...]  # enough rated uses, ranked
    too_few: tuple[TherapyStats, ...]  # fewer than three rated uses: nothing claimed
    muscles: tuple[MuscleAdvice, ...]
    common: tuple[Suggestion, ...]
    clinician: tuple[Suggestion, ...]
    supplements: tuple[Suggestion, ...]
    supplement_history: tuple[TherapyStats, ...]  # the person's own supplement records
    supplement_note: str
    warning_signs: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())
    #: Warning signs raised for these marks and facts, most urgent first: shown before anything.
    warnings: tuple[RaisedWarning, ...] = field(default=())
    #: Catalogue key -> id of the warning that keeps it off the lists here.
    suppressed: tuple[tuple[str, str], ...] = field(default=())
    conditions: tuple[str, ...] = field(default=())
    facts: tuple[str, ...] = field(default=())
    age: int | None = None

    def all_suggestions(self) -> list[Suggestion]:
        out = [s for m in self.muscles for s in m.suggestions]
        return out + list(self.common) + list(self.clinician) + list(self.supplements)

    def to_dict(self) -> dict[str, Any]:
        def stats(s: TherapyStats) -> dict[str, Any]:
            d = asdict(s)
            d["last_used"] = s.last_used.isoformat(sep=" ") if s.last_used else None
            d["mean_relief"] = None if s.mean_relief is None else round(s.mean_relief, 2)
            d["enough"] = s.enough
            d["figures"] = figures_text(s)
            return d

        def sugg(s: Suggestion) -> dict[str, Any]:
            d = asdict(s)
            d["yours"] = stats(s.yours) if s.yours is not None else None
            d["clinician"] = s.clinician
            for k in ("steps", "cautions"):
                d[k] = list(d[k])
            return d

        return {
            "region": self.region,
            "muscle": self.muscle_key,
            "regions": list(self.regions),
            "qualities": list(self.qualities),
            "helped_you_here": [stats(s) for s in self.helped],
            "too_few_tries": [stats(s) for s in self.too_few],
            "warnings": [w.to_dict() for w in self.warnings],
            "suppressed": [{"therapy": k, "warning": w} for k, w in self.suppressed],
            "conditions": list(self.conditions),
            "facts": list(self.facts),
            "age": self.age,
            "muscles": [
                {
                    "key": m.key,
                    "name": m.name,
                    "side": m.side,
                    "why": m.why,
                    "suggestions": [sugg(s) for s in m.suggestions],
                }
                for m in self.muscles
            ],
            "commonly_tried": [sugg(s) for s in self.common],
            "with_your_clinician": [sugg(s) for s in self.clinician],
            "supplements": {
                "note": self.supplement_note,
                "items": [sugg(s) for s in self.supplements],
                "your_records": [stats(s) for s in self.supplement_history],
            },
            "warning_signs": list(self.warning_signs),
            "notes": list(self.notes),
        }


# ------------------------------------------------------------------------------ the atlas


def _atlas() -> Any | None:
    """The trigger-point atlas module, or None when it is not part of this build."""
    try:
        from bodymap.anatomy import atlas
    except ImportError:
        return None
    return atlas


def _side_of(region_id: str | None) -> str | None:
    if region_id is None or "." not in region_id:
        return None
    side = region_id.rsplit(".", 1)[1]
    return side if side in ("right", "left") else None


def _muscle_name(muscle: Any) -> str:
    shown = getattr(muscle, "name", None)
    if isinstance(shown, str) and shown:
        return shown  # in the atlas's language
    names = getattr(muscle, "names", None)
    en = getattr(names, "en", None)
    if isinstance(en, str) and en:
        return en
    if isinstance(names, dict) and names.get("en"):
        return str(names["en"])
    return str(getattr(muscle, "key", muscle))


def _muscle_regions(muscle: Any, side: str) -> list[str]:
    out: list[str] = []
    try:
        out += [s.region for s in muscle.sites(side)]
        out += [z.region for z in muscle.zones(side)]
    except (AttributeError, ValueError):
        return []
    return list(dict.fromkeys(out))


def _muscle_suggestions(
    muscle: Any,
    yours: dict[str, TherapyStats],
    side: str = "both",
    conditions: Sequence[str] = (),
    facts: Sequence[str] = (),
    dropped: Collection[str] = (),
) -> tuple[Suggestion, ...]:
    care: dict[str, str] = dict(getattr(muscle, "self_care", {}) or {})
    extra = care.get("caution")
    out: list[Suggestion] = []
    name = _muscle_name(muscle)
    where = _muscle_regions(muscle, side if side in ("right", "left") else "right")
    atlas = _atlas()
    for note_key, therapy_key in SELF_CARE_THERAPY.items():
        text = care.get(note_key)
        if not text:
            continue
        label = atlas.self_care_label(note_key) if atlas is not None else note_key
        t = catalogue.get(therapy_key)
        if t.key in dropped or not t.offered(conditions, facts):
            continue
        own = t.cautions_for(where, conditions)
        cautions = own if not extra else (extra, *own)
        out.append(
            Suggestion(
                therapy_key=t.key,
                title=f"{label}: {name}",
                how=text,
                steps=t.steps,
                duration=t.duration,
                minutes=t.minutes,
                cautions=cautions,
                category=t.category,
                evidence=t.evidence,
                evidence_label=t.evidence_label,
                evidence_note=t.evidence_note,
                reason=say("self_care", muscle=_lower_first(name)),
                source="atlas",
                muscle_key=str(muscle.key),
                yours=yours.get(t.key),
            )
        )
    return tuple(out)


def _muscles_for(
    atlas: Any, region: str | None, muscle_key: str | None, notes: list[str],
    regions: Sequence[str] = (),
) -> list[tuple[Any, str, str]]:
    """(muscle, side, why) for the section "for the muscle"."""
    side = _side_of(region)
    if muscle_key is not None:
        muscle = atlas.get(muscle_key)  # KeyError with hints: the caller reports it
        return [(muscle, side or "both", say("chosen"))]
    asked = list(dict.fromkeys([*([region] if region is not None else []), *regions]))
    if not asked:
        return []
    found: list[tuple[Any, str, str]] = []
    try:
        ranked = atlas.candidates(asked, limit=MUSCLE_LIMIT)
    except ValueError:
        notes.append(say("unknown_region", regions=", ".join(map(repr, asked))))
        return []
    for c in ranked:
        strengths = {s for _, s in c.matched}
        how = "usually" if "essential" in strengths else "sometimes"
        found.append((c.muscle, c.side, say(how)))
    return found


# ---------------------------------------------------------------------------- qualities


def _recent_qualities(diary: Any, profile_id: int, region: str) -> tuple[str, ...]:
    marks = diary.marks_in_region(profile_id, region)
    counts: dict[str, int] = {}
    for m in marks[-RECENT_MARKS:]:
        for q in m.qualities:
            counts[q] = counts.get(q, 0) + 1
    return tuple(sorted(counts, key=lambda q: (-counts[q], q)))


def _catalogue_suggestion(
    t: catalogue.Therapy, reason: str, yours: TherapyStats | None,
    cautions: tuple[str, ...] | None = None,
) -> Suggestion:
    return Suggestion(
        therapy_key=t.key,
        title=t.name,
        how=t.summary,
        steps=t.steps,
        duration=t.duration,
        minutes=t.minutes,
        cautions=t.cautions if cautions is None else cautions,
        category=t.category,
        evidence=t.evidence,
        evidence_label=_evidence_label(t),
        evidence_note=t.evidence_note,
        reason=reason,
        source="catalogue",
        yours=yours,
    )


def _evidence_label(t: catalogue.Therapy) -> str:
    """"weak evidence", with EULAR's word where it rated the therapy for fibromyalgia."""
    return f"{t.evidence_label}; {t.guideline_label}" if t.guideline else t.evidence_label


def _went_badly(stats: TherapyStats | None) -> bool:
    return stats is not None and stats.enough and stats.worse > stats.better


def _ranked_catalogue(
    items: Sequence[catalogue.Therapy],
    region: str | None,
    qualities: Sequence[str],
    yours: dict[str, TherapyStats],
    limit: int | None,
    regions: Sequence[str] = (),
    conditions: Sequence[str] = (),
    facts: Sequence[str] = (),
    dropped: Collection[str] = (),
) -> tuple[Suggestion, ...]:
    wanted = set(qualities)
    places = list(dict.fromkeys([*([region] if region is not None else []), *regions]))
    scored: list[tuple[tuple[int, int, int], Suggestion]] = []
    for index, t in enumerate(items):
        if t.key in dropped:
            continue  # a raised warning keeps it off the list here
        if not t.offered(conditions, facts):
            continue  # e.g. graded exercise with ME/CFS, cold in a fibromyalgia flare
        if not all(t.suits_region(r) for r in places):
            continue
        if wanted & set(t.avoid_qualities):
            continue  # e.g. no heat or cold where the skin is numb, no cold on burning pain
        matched = [q for q in t.qualities if q in wanted]
        handy = any(t.handy_for(r) for r in places)
        score = 2 * len(matched) + (1 if handy else 0)
        if t.only_for_conditions:
            score += 100  # made for this person's condition (pacing for ME/CFS): first
        if t.guideline == "strong_for" and "fibromyalgia" in conditions:
            score += 3  # with fibromyalgia, what EULAR recommends strongly (exercise) near the top
        if matched:
            words = ", ".join(catalogue.quality_word(q) for q in matched)
            reason = say("for_qualities", qualities=words)
        elif handy:
            reason = say("handy")
        else:
            reason = say("for_text", text=_lower_first(t.for_text))
        mine = yours.get(t.key)
        # Something that made it worse for this person more often than better goes last.
        if t.only_for_conditions:
            reason = say("recommended", conditions=", ".join(
                catalogue.condition_label(c) for c in t.only_for_conditions if c in conditions
            ))
        cautions = t.cautions_for(places, conditions)
        scored.append(
            (
                (int(_went_badly(mine)), -score, index),
                _catalogue_suggestion(t, reason, mine, cautions),
            )
        )
    scored.sort(key=lambda pair: pair[0])
    out = [s for _, s in scored]
    return tuple(out if limit is None else out[:limit])


# ------------------------------------------------------------------------------- suggest


def suggest(
    diary: Any,
    profile_id: int,
    region: str | None = None,
    muscle_key: str | None = None,
    mark_qualities: Iterable[str] = (),
    since: datetime | None = None,
    *,
    regions: Iterable[str] = (),
    facts: Iterable[str] = (),
    age: int | None = None,
    conditions: Iterable[str] | None = None,
    context_regions: Iterable[str] = (),
    context_qualities: Iterable[str] = (),
) -> Suggestions:
    """Suggestions for a region and/or a muscle (see the module text for the sections).

    ``mark_qualities`` are the pain qualities to match (e.g. from the selected mark); without
    them, the qualities of the person's latest marks in the region are used.  ``regions`` are
    more marked regions asked about together with ``region`` (the warnings look at all of them);
    ``facts`` what the person ticked ("sudden", "breathless" ...; see
    :data:`bodymap.anatomy.warnings.FACTS`); ``age`` in years and ``conditions`` (fibromyalgia,
    me_cfs, myofascial) default to what the person's profile says.  ``context_regions`` and
    ``context_qualities`` are the other marks of the same episode: the warnings look at them too
    (a sore chest with a sore left arm), the suggestions do not.  Raises KeyError for a muscle
    the atlas does not know, or a fact the warnings do not know.
    """
    notes: list[str] = []
    asked = list(dict.fromkeys([*([region] if region is not None else []), *regions]))
    focus = region if region is not None else (asked[0] if asked else None)
    ticked = tuple(dict.fromkeys(warning_rules.fact_key(f) for f in facts if f and f.strip()))
    person = _person(diary, profile_id)
    if conditions is None:
        conditions = tuple(getattr(person, "conditions", None) or ())
    conds = tuple(c for c in catalogue.CONDITIONS if c in set(conditions))
    if age is None:
        age = age_of(person)

    atlas = _atlas()
    muscles: list[tuple[Any, str, str]] = []
    if atlas is None:
        if muscle_key is not None:
            notes.append(say("no_atlas"))
    else:
        muscles = _muscles_for(atlas, focus, muscle_key, notes, asked)
        if muscles:
            notes.append(atlas.caution())

    # Regions whose history counts: the regions asked, and a chosen muscle's sites and zones.
    counted: list[str] = list(asked)
    if muscle_key is not None and muscles:
        muscle, side, _ = muscles[0]
        counted += _muscle_regions(muscle, side)
    counted = list(dict.fromkeys(counted))

    history = helped_here(diary, profile_id, counted, since=since) if counted else []
    history = [_named(s) for s in history]
    by_key = {s.key: s for s in history if s.key is not None}
    shown = [s for s in history if s.category in HISTORY_CATEGORIES]
    helped = sorted((s for s in shown if s.enough), key=history_rank_key)
    too_few = sorted(
        (s for s in shown if not s.enough), key=lambda s: (-s.rated, -s.uses, s.name.casefold())
    )
    supplement_history = sorted(
        (s for s in history if s.category == "supplement"),
        key=lambda s: (not s.enough, *history_rank_key(s)),
    )

    qualities = tuple(dict.fromkeys(q for q in mark_qualities if q))
    if not qualities and focus is not None:
        qualities = _recent_qualities(diary, profile_id, focus)

    # Warning signs first; what they rule out here is left out of every list below.
    raised = tuple(
        warning_rules.evaluate(
            [*asked, *context_regions], [*qualities, *context_qualities], ticked, age=age
        )
    )
    blocked = warning_rules.suppressed_for(raised, asked)
    for w in raised:
        if w.suppress_note and any(k in blocked for k in w.suppress_therapies):
            notes.append(w.note())

    muscle_advice = tuple(
        MuscleAdvice(
            key=str(m.key),
            name=_muscle_name(m),
            side=side,
            why=why,
            suggestions=_muscle_suggestions(m, by_key, side, conds, ticked, blocked),
        )
        for m, side, why in muscles
    )
    common = _ranked_catalogue(
        catalogue.by_category("home"), focus, qualities, by_key, COMMON_LIMIT,
        asked, conds, ticked, blocked,
    )
    clinician = _ranked_catalogue(
        catalogue.by_category("professional"), focus, qualities, by_key, None,
        asked, conds, ticked, blocked,
    )
    supplements = _ranked_catalogue(
        catalogue.by_category("supplement"), None, qualities, by_key, None,
        (), conds, ticked, blocked,
    )
    if blocked:
        notes.insert(
            0, say("left_out", names=", ".join(catalogue.get(k).name for k in blocked if _known(k)))
        )
    if "me_cfs" in conds:
        notes.append(say("me_cfs"))
    return Suggestions(
        region=region,
        muscle_key=muscle_key,
        regions=tuple(counted),
        qualities=qualities,
        helped=tuple(helped),
        too_few=tuple(too_few),
        muscles=muscle_advice,
        common=common,
        clinician=clinician,
        supplements=supplements,
        supplement_history=tuple(supplement_history),
        supplement_note=catalogue.supplement_note(),
        warning_signs=catalogue.warning_signs(),
        notes=tuple(notes),
        warnings=raised,
        suppressed=tuple((k, w.id) for k, w in blocked.items()),
        conditions=conds,
        facts=ticked,
        age=age,
    )


def _named(stats: TherapyStats) -> TherapyStats:
    """The person's figures for a built-in therapy under its catalogue name in the language of
    the run (the diary keeps the name it was saved with); their own therapies as written."""
    if stats.key is None or not _known(stats.key):
        return stats
    return replace(stats, name=catalogue.get(stats.key).name)


def _lower_first(text: str) -> str:
    """"Muscles that feel tight" -> "muscles that feel tight" (an acronym such as "ME/CFS" or a
    capitalised name stays as it is)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _known(key: str) -> bool:
    try:
        catalogue.get(key)
    except KeyError:
        return False
    return True


def age_of(person: Any | None) -> int | None:
    """Age in years from the profile's year of birth, or None.  From the year alone it may be a
    year too many, which errs towards warning."""
    birth_year = getattr(person, "birth_year", None)
    if isinstance(birth_year, int) and not isinstance(birth_year, bool):
        return date.today().year - birth_year
    return None


def person_of(diary: Any, profile_id: int) -> Any | None:
    """The profile record (year of birth, conditions) of ``profile_id``, or None."""
    return _person(diary, profile_id)


def _person(diary: Any, profile_id: int) -> Any | None:
    """The profile record (for its year of birth and conditions), or None."""
    try:
        for p in diary.list_profiles():
            if p.id == profile_id:
                return p
    except AttributeError:
        return None
    return None


__all__ = [
    "MIN_RATED_USES",
    "MuscleAdvice",
    "RaisedWarning",
    "Suggestion",
    "Suggestions",
    "age_of",
    "figures_text",
    "history_rank_key",
    "person_of",
    "say",
    "suggest",
]
