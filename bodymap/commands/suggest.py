"""``bodymap suggest`` and ``bodymap therapy``: what to try for a spot, and the therapy log.

* ``bodymap suggest REGION [--muscle M] [--quality Q ...] [--json]``: what has helped you in
  this region (nothing claimed from fewer than three rated tries), the self-care of the muscles
  that can cause pain there, what is commonly tried for this kind of pain, professional options
  to discuss with a clinician, supplements with their evidence, and the warning signs.  REGION
  may be left out when ``--muscle`` is given.  Medications are never suggested.
* ``bodymap therapy log THERAPY --region R [--region R2] [--minutes N] [--at DATETIME]
  [--dose TEXT] [--note TEXT]``: record a try (THERAPY is a catalogue key such as ``heat`` or a
  therapy's name).
* ``bodymap therapy rate USE_ID better|same|worse [--relief N]``: say how it went.
* ``bodymap therapy unrated [--json]``: tries waiting for a rating.
* ``bodymap therapy add NAME [--category C]``: a therapy of your own (a medication too:
  recorded, never suggested).  ``bodymap therapy list [--json]``: every therapy with its id.

Exit codes: 0 done, 2 bad input (unknown region, therapy, muscle or use; a value out of range),
1 the database cannot be opened.

The suggestions come in the language of the run (atlas, catalogue and warning signs carry
Italian beside English); the labels around them go through Qt's translator (context
``SuggestCommand``), numbers and dates through QLocale.  JSON keys and ids stay English.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from bodymap.commands import (
    MAX_ID,
    add_db_option,
    bounded_int,
    fail,
    open_diary,
    print_json,
    reading_profile_id,
    said,
)

EXIT_OK = 0
EXIT_DB = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "suggest",
        help=QCoreApplication.translate(
            "SuggestCommand", "what has helped you in a region, and what is commonly tried there"),
        description=QCoreApplication.translate(
            "SuggestCommand",
            "Suggestions for one or more body regions (and/or a muscle): first the warning "
            "signs the marks and your answers raise, most urgent first (emergency: call 112 or "
            "your local emergency number; today: see a doctor today; soon: within days); then "
            "what has helped you there, ranked by how often it went better and the mean relief "
            "(nothing is claimed from fewer than three rated tries); then the self-care of the "
            "muscles that can cause pain there; then what is commonly tried for this kind of "
            "pain; supplements apart, with their evidence. Medications are never suggested."),
    )
    json_help = QCoreApplication.translate("SuggestCommand", "print JSON")
    profile_help = QCoreApplication.translate("SuggestCommand", "profile (default: the first one)")
    p.add_argument(
        "region", metavar="REGION", nargs="*",
        help=QCoreApplication.translate(
            "SuggestCommand",
            "region ids, e.g. chest_upper.left upper_arm_front.left (see `bodymap regions`)"),
    )
    p.add_argument("--muscle", metavar="MUSCLE", help=QCoreApplication.translate(
        "SuggestCommand", "an atlas muscle (key or name)"))
    p.add_argument(
        "--quality", metavar="Q", action="append", default=[],
        help=QCoreApplication.translate(
            "SuggestCommand",
            "a pain quality to match (tight, aching, burning, ...); may be repeated"),
    )
    p.add_argument(
        "--age", metavar="N", type=int,
        help=QCoreApplication.translate(
            "SuggestCommand",
            "your age in years (default: from the profile's year of birth, if given)"),
    )
    p.add_argument(
        "--fact", metavar="F", action="append", default=[],
        help=QCoreApplication.translate(
            "SuggestCommand",
            "something the marks cannot show, e.g. sudden, new, breathless, sweating, fever, "
            "weight_loss, bladder_bowel, saddle_numbness, swollen, hot_red, weakness, numbness, "
            "self_harm; may be repeated (all: `--fact help`)"),
    )
    p.add_argument(
        "--condition", metavar="C", action="append", choices=("fibromyalgia", "me_cfs", "myofascial"),
        help=QCoreApplication.translate(
            "SuggestCommand", "a condition you live with (default: the profile's); may be repeated"),
    )
    p.add_argument("--profile", metavar="NAME", help=profile_help)
    p.add_argument("--json", action="store_true", help=json_help)
    add_db_option(p)
    p.set_defaults(func=run_suggest)

    t = subparsers.add_parser(
        "therapy",
        help=QCoreApplication.translate(
            "SuggestCommand", "log a therapy you tried, rate it, list what waits for a rating"),
        description=QCoreApplication.translate(
            "SuggestCommand", "Your record of what you tried and how it went."),
    )
    sub = t.add_subparsers(dest="therapy_command", metavar="ACTION", required=True)

    p = sub.add_parser("log", help=QCoreApplication.translate(
        "SuggestCommand", "record that you tried a therapy"))
    p.add_argument("therapy", metavar="THERAPY", help=QCoreApplication.translate(
        "SuggestCommand", "catalogue key (e.g. heat) or name"))
    p.add_argument(
        "--region", metavar="R", action="append", required=True,
        help=QCoreApplication.translate(
            "SuggestCommand", "where you used it (region id); may be repeated"),
    )
    p.add_argument("--minutes", metavar="N", type=int, help=QCoreApplication.translate(
        "SuggestCommand", "how long, in minutes"))
    p.add_argument(
        "--at", metavar="DATETIME",
        help=QCoreApplication.translate(
            "SuggestCommand", "when (YYYY-MM-DD HH:MM, your local time; default: now)"),
    )
    p.add_argument("--dose", metavar="TEXT", default="", help=QCoreApplication.translate(
        "SuggestCommand", "what you took, as you write it"))
    p.add_argument("--note", metavar="TEXT", default="", help=QCoreApplication.translate(
        "SuggestCommand", "a note of your own"))
    p.add_argument("--profile", metavar="NAME", help=profile_help)
    p.add_argument("--json", action="store_true", help=json_help)
    add_db_option(p)
    p.set_defaults(func=run_log)

    p = sub.add_parser("rate", help=QCoreApplication.translate(
        "SuggestCommand", "say how a try went"))
    p.add_argument("use_id", metavar="USE_ID", type=bounded_int(1, MAX_ID))
    p.add_argument("outcome", choices=("better", "same", "worse"))
    p.add_argument("--relief", metavar="N", type=int, help=QCoreApplication.translate(
        "SuggestCommand", "relief from 0 (none) to 10"))
    p.add_argument("--json", action="store_true", help=json_help)
    add_db_option(p)
    p.set_defaults(func=run_rate)

    p = sub.add_parser("unrated", help=QCoreApplication.translate(
        "SuggestCommand", "tries waiting for a rating"))
    p.add_argument("--profile", metavar="NAME", help=profile_help)
    p.add_argument("--json", action="store_true", help=json_help)
    add_db_option(p)
    p.set_defaults(func=run_unrated)

    p = sub.add_parser("add", help=QCoreApplication.translate(
        "SuggestCommand", "add a therapy of your own (medications too)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--category", choices=("home", "professional", "supplement", "medication"),
        default="home",
    )
    p.add_argument("--json", action="store_true", help=json_help)
    add_db_option(p)
    p.set_defaults(func=run_add)

    p = sub.add_parser("list", help=QCoreApplication.translate(
        "SuggestCommand", "every therapy with its id, key and category"))
    p.add_argument("--json", action="store_true", help=json_help)
    add_db_option(p)
    p.set_defaults(func=run_list)


# ------------------------------------------------------------------------------ helpers


def _open(args: argparse.Namespace, create: bool) -> Any:
    from bodymap.anatomy.therapies import ensure_catalogue

    diary = open_diary(args, create=create)
    try:
        ensure_catalogue(diary)
    except BaseException:
        diary.close()
        raise
    return diary


def _profile_id(diary: Any, args: argparse.Namespace) -> int:
    return reading_profile_id(diary, getattr(args, "profile", None))


def _regions() -> dict[str, Any] | None:
    try:
        from bodymap.anatomy.regions import REGIONS
    except ImportError:
        return None
    return dict(REGIONS)


def _unknown_region(region: str) -> str | None:
    """A message if ``region`` is not a region of our map, else None."""
    regions = _regions()
    if regions is None or region in regions:
        return None
    import difflib

    close = difflib.get_close_matches(region, list(regions), n=3, cutoff=0.6)
    if close:
        return QCoreApplication.translate(
            "SuggestCommand", "unknown region {region}; did you mean: {close} (see `bodymap regions`)"
        ).format(region=repr(region), close=", ".join(close))
    return QCoreApplication.translate(
        "SuggestCommand", "unknown region {region} (see `bodymap regions`)").format(
            region=repr(region))


def _label(region: str) -> str:
    """A region's name in the reader's language."""
    regions = _regions() or {}
    r = regions.get(region)
    label = getattr(r, "label", None) if r is not None else None
    return QCoreApplication.translate("Region", label) if isinstance(label, str) else region


def _therapy(name: str, key: str | None) -> str:
    """A therapy's name in the reader's language: a built-in one from the catalogue (by key),
    the person's own as they wrote it."""
    if key:
        from bodymap.anatomy import therapies

        try:
            return therapies.get(key).name
        except KeyError:
            pass
    return name


def _local(when_utc: datetime, offset: int) -> str:
    from datetime import timedelta

    return (when_utc + timedelta(minutes=offset)).strftime("%Y-%m-%d %H:%M")


def _use_dict(u: Any) -> dict[str, Any]:
    return {
        "id": u.id,
        "therapy_id": u.therapy_id,
        "therapy": u.therapy_name,
        "used_at_utc": u.used_at.isoformat(sep=" "),
        "used_at_local": _local(u.used_at, u.utc_offset_minutes),
        "utc_offset_minutes": u.utc_offset_minutes,
        "duration_minutes": u.duration_minutes,
        "regions": list(u.regions),
        "dose": u.dose,
        "outcome": u.outcome,
        "relief": u.relief,
        "note": u.note,
    }


def _guarded(
    args: argparse.Namespace, body: Any, *, create: bool = False, blank_if_missing: bool = False
) -> int:
    """Open the diary (``create``: for a command that writes), run ``body``, close it.

    ``blank_if_missing`` (suggest): a diary that does not exist yet is replaced by an empty one
    in memory (nothing is written anywhere), so the warning signs are given all the same."""
    from bodymap.store.database import NoSuchDiary
    from bodymap.store.errors import DatabaseFileError, StoreError

    try:
        diary = _open(args, create)
    except NoSuchDiary as exc:
        if not blank_if_missing:
            return fail(said(exc), EXIT_DB)
        import sys

        from bodymap.anatomy.therapies import ensure_catalogue
        from bodymap.store.service import Diary

        print("bodymap: " + QCoreApplication.translate(
            "SuggestCommand", "{error} Showing what applies to anyone.").format(error=said(exc)),
            file=sys.stderr)
        diary = Diary.open("sqlite://")
        ensure_catalogue(diary)
    except DatabaseFileError as exc:
        return fail(said(exc), EXIT_DB)
    try:
        return int(body(diary))
    except DatabaseFileError as exc:  # a read-only diary, say
        return fail(said(exc), EXIT_DB)
    except StoreError as exc:
        return fail(said(exc), EXIT_USAGE)
    finally:
        diary.close()


# ------------------------------------------------------------------------------ suggest


def _print_suggestion(s: Any, shown: dict[tuple[str, ...], str], indent: str = "  ") -> None:
    """One suggestion; cautions printed already (same list) are referred to, not repeated."""
    from bodymap.suggest import figures_text

    print(f"{indent}- {s.title}  [{s.evidence_label}]")
    print(f"{indent}  {s.how}")
    if s.yours is not None:
        print(indent + QCoreApplication.translate("SuggestCommand", "  you: {figures}").format(
            figures=figures_text(s.yours)))
    print(indent + QCoreApplication.translate("SuggestCommand", "  how long: {duration}").format(
        duration=s.duration))
    first = shown.get(tuple(s.cautions))
    if first is not None:
        print(indent + QCoreApplication.translate(
            "SuggestCommand", "  ! take care: the same cautions as for {first} above").format(
                first=first))
        return
    shown[tuple(s.cautions)] = s.title
    for c in s.cautions:
        print(f"{indent}  ! {c}")


def _side_word(side: str) -> str:
    if side == "right":
        return QCoreApplication.translate("SuggestCommand", "right")
    if side == "left":
        return QCoreApplication.translate("SuggestCommand", "left")
    return QCoreApplication.translate("SuggestCommand", "either side")


def _print_facts() -> None:
    from bodymap.anatomy.warnings import FACTS

    print(QCoreApplication.translate("SuggestCommand", "Facts for --fact (what a mark cannot show):"))
    for f in FACTS:
        print(f"  {f.key.ljust(20)} {f.text()}")


def _print_warnings(result: Any) -> None:
    """The raised warnings, most urgent first, before anything else."""
    from bodymap.anatomy.warnings import urgency_label

    if not result.warnings:
        return
    print(QCoreApplication.translate("SuggestCommand", "WARNING SIGNS: read these first"))
    for w in result.warnings:
        print(f"  [{urgency_label(w.urgency).upper()}] {w.text()}")
    print()


def run_suggest(args: argparse.Namespace) -> int:
    regions: list[str] = list(dict.fromkeys(args.region or []))
    if any(f.strip().lower() == "help" for f in args.fact):
        _print_facts()
        return EXIT_OK
    if not regions and args.muscle is None and not args.fact:
        return fail(QCoreApplication.translate(
            "SuggestCommand", "name a region (e.g. neck_back.right) or a muscle with --muscle"),
            EXIT_USAGE)
    for region in regions:
        message = _unknown_region(region)
        if message is not None:
            return fail(message, EXIT_USAGE)
    if args.age is not None and not 0 <= args.age <= 130:
        return fail(QCoreApplication.translate(
            "SuggestCommand", "--age: {age} is not an age in years").format(age=args.age),
            EXIT_USAGE)
    from bodymap.anatomy.warnings import fact_key

    for name in args.fact:
        try:
            fact_key(name)
        except KeyError as exc:
            return fail(f"--fact: {exc.args[0]}", EXIT_USAGE)

    def body(diary: Any) -> int:
        from bodymap.suggest import figures_text, suggest

        try:
            result = suggest(
                diary,
                _profile_id(diary, args),
                region=regions[0] if regions else None,
                muscle_key=args.muscle,
                mark_qualities=args.quality,
                regions=regions[1:],
                facts=args.fact,
                age=args.age,
                conditions=args.condition,
            )
        except KeyError as exc:
            return fail(str(exc.args[0]) if exc.args else str(exc), EXIT_USAGE)
        if args.json:
            print_json(result.to_dict())
            return EXIT_OK
        where = ", ".join(_label(r) for r in regions)
        if args.muscle:
            muscle = result.muscles[0].name if result.muscles else args.muscle
            where = f"{where}, {muscle}" if where else muscle
        _print_warnings(result)
        if where:
            print(QCoreApplication.translate("SuggestCommand", "Suggestions for {where}").format(
                where=where) + "\n")
        else:
            print(QCoreApplication.translate(
                "SuggestCommand", "Suggestions for what you told us") + "\n")
        print(QCoreApplication.translate("SuggestCommand", "What has helped you here"))
        if not result.helped and not result.too_few:
            print(QCoreApplication.translate("SuggestCommand", "  nothing recorded here yet"))
        names = {id(s): _therapy(s.name, s.key) for s in (*result.helped, *result.too_few)}
        width = max((len(n) for n in names.values()), default=0)
        for s in result.helped:
            count = s.uses
            uses = QCoreApplication.translate("SuggestCommand", "(%n uses)", None, count)
            print(f"  {names[id(s)].ljust(width)}  {figures_text(s)}  {uses}")
        for s in result.too_few:
            print(f"  {names[id(s)].ljust(width)}  {figures_text(s)}")
        shown: dict[tuple[str, ...], str] = {}
        for m in result.muscles:
            print("\n" + QCoreApplication.translate(
                "SuggestCommand", "For the muscle {name} ({side}): {why}").format(
                    name=m.name, side=_side_word(m.side), why=m.why))
            if not m.suggestions:
                print(QCoreApplication.translate(
                    "SuggestCommand",
                    "  (its self-care is left out until a doctor has seen the warning above)"))
            for item in m.suggestions:
                _print_suggestion(item, shown)
        print("\n" + QCoreApplication.translate(
            "SuggestCommand", "Commonly tried for this kind of pain"))
        for item in result.common:
            _print_suggestion(item, shown)
        print("\n" + QCoreApplication.translate("SuggestCommand", "To discuss with your clinician"))
        for item in result.clinician:
            _print_suggestion(item, shown)
        print("\n" + QCoreApplication.translate(
            "SuggestCommand", "Supplements (the evidence for them is mostly weak or missing)"))
        print(f"  {result.supplement_note}")
        for sup in result.supplements:
            yours = ""
            if sup.yours is not None:
                yours = QCoreApplication.translate("SuggestCommand", "; you: {figures}").format(
                    figures=figures_text(sup.yours))
            print(f"  - {sup.title}: {sup.evidence_label}. {sup.evidence_note}{yours}")
            for c in sup.cautions:
                print(f"      ! {c}")
        for note in result.notes:
            print("\n" + QCoreApplication.translate("SuggestCommand", "Note: {note}").format(
                note=note))
        print("\n" + QCoreApplication.translate(
            "SuggestCommand", "See a doctor now if you have (what the marks cannot show):"))
        for w in result.warning_signs:
            print(f"  * {w}")
        return EXIT_OK

    return _guarded(args, body, blank_if_missing=True)


# ------------------------------------------------------------------------------ therapy


def _parse_at(text: str | None) -> tuple[datetime, int]:
    from bodymap.store.records import to_utc

    if text is None:
        return to_utc(datetime.now().astimezone())
    from bodymap.store.errors import ValidationError
    from bodymap.store.records import check_day

    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--at: {text!r} is not a date and time (use YYYY-MM-DD HH:MM)") from None
    try:
        check_day(when.date(), "--at")
        return to_utc(when if when.tzinfo is not None else when.astimezone())
    except ValidationError as exc:
        raise ValueError(said(exc)) from None
    except (OverflowError, OSError):
        raise ValueError(f"--at: {text!r} cannot be placed on this computer's clock") from None


def run_log(args: argparse.Namespace) -> int:
    for region in args.region:
        message = _unknown_region(region)
        if message is not None:
            return fail(message, EXIT_USAGE)
    try:
        used_at, offset = _parse_at(args.at)
    except ValueError as exc:
        return fail(said(exc), EXIT_USAGE)

    def body(diary: Any) -> int:
        from bodymap.store.therapy_log import find_therapy, log_use

        therapy = find_therapy(diary, args.therapy)
        assert therapy.id is not None
        use = log_use(
            diary,
            _profile_id(diary, args),
            int(therapy.id),
            used_at,
            offset,
            args.region,
            duration_minutes=args.minutes,
            dose=args.dose,
            note=args.note,
        )
        if args.json:
            print_json(_use_dict(use))
        else:
            print(QCoreApplication.translate(
                "SuggestCommand",
                "logged use {id}: {therapy} on {regions} at {when}; rate it later with "
                "`bodymap therapy rate {id} better|same|worse --relief N`").format(
                    id=use.id, therapy=_therapy(use.therapy_name, therapy.key),
                    regions=", ".join(_label(r) for r in use.regions),
                    when=_local(use.used_at, use.utc_offset_minutes)))
        return EXIT_OK

    return _guarded(args, body, create=True)


def run_rate(args: argparse.Namespace) -> int:
    def body(diary: Any) -> int:
        from bodymap.store.therapy_log import rate_use

        use = rate_use(diary, args.use_id, args.outcome, args.relief)
        if args.json:
            print_json(_use_dict(use))
        else:
            outcome = {
                "better": QCoreApplication.translate("SuggestCommand", "better"),
                "same": QCoreApplication.translate("SuggestCommand", "the same"),
                "worse": QCoreApplication.translate("SuggestCommand", "worse"),
            }.get(str(use.outcome), str(use.outcome))
            relief = ""
            if use.relief is not None:
                relief = QCoreApplication.translate("SuggestCommand", ", relief {relief}/10").format(
                    relief=use.relief)
            print(QCoreApplication.translate("SuggestCommand", "use {id} ({therapy}): {outcome}")
                  .format(id=use.id, therapy=use.therapy_name, outcome=outcome) + relief)
        return EXIT_OK

    return _guarded(args, body, create=True)


def run_unrated(args: argparse.Namespace) -> int:
    def body(diary: Any) -> int:
        from bodymap.store.therapy_log import unrated_uses

        uses = unrated_uses(diary, _profile_id(diary, args))
        if args.json:
            print_json([_use_dict(u) for u in uses])
            return EXIT_OK
        if not uses:
            print(QCoreApplication.translate("SuggestCommand", "nothing waiting for a rating"))
        for u in uses:
            minutes = ""
            if u.duration_minutes is not None:
                minutes = QCoreApplication.translate("SuggestCommand", ", {n} min").format(
                    n=u.duration_minutes)
            print(
                f"{u.id}\t{_local(u.used_at, u.utc_offset_minutes)}\t{u.therapy_name}"
                f"\t{', '.join(u.regions)}{minutes}"
            )
        return EXIT_OK

    return _guarded(args, body)


def run_add(args: argparse.Namespace) -> int:
    def body(diary: Any) -> int:
        from bodymap.store.therapy_log import add_own_therapy

        t = add_own_therapy(diary, args.name, args.category)
        if args.json:
            print_json({"id": t.id, "name": t.name, "category": t.category})
        else:
            print(f"therapy {t.id}: {t.name} ({t.category})")
        return EXIT_OK

    return _guarded(args, body, create=True)


def run_list(args: argparse.Namespace) -> int:
    def body(diary: Any) -> int:
        rows = diary.list_therapies()
        if args.json:
            print_json(
                [
                    {"id": t.id, "key": t.key, "name": t.name, "category": t.category,
                     "builtin": t.builtin}
                    for t in rows
                ]
            )
            return EXIT_OK
        for t in rows:
            print(f"{t.id}\t{t.key or '-'}\t{t.category}\t{_therapy(t.name, t.key)}")
        return EXIT_OK

    return _guarded(args, body)
