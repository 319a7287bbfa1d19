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
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from bodymap.commands import add_db_option, fail, print_json

EXIT_OK = 0
EXIT_DB = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "suggest",
        help="what has helped you in a region, and what is commonly tried there",
        description="Suggestions for a body region (and/or a muscle): first what has helped "
        "you there, ranked by how often it went better and the mean relief (nothing is "
        "claimed from fewer than three rated tries); then the self-care of the muscles that "
        "can cause pain there; then what is commonly tried for this kind of pain; supplements "
        "apart, with their evidence. Medications are never suggested.",
    )
    p.add_argument("region", metavar="REGION", nargs="?", help="region id, e.g. neck_back.right")
    p.add_argument("--muscle", metavar="MUSCLE", help="an atlas muscle (key or name)")
    p.add_argument(
        "--quality", metavar="Q", action="append", default=[],
        help="a pain quality to match (tight, aching, burning, ...); may be repeated",
    )
    p.add_argument("--profile", metavar="NAME", help="profile (default: the first one)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_suggest)

    t = subparsers.add_parser(
        "therapy",
        help="log a therapy you tried, rate it, list what waits for a rating",
        description="Your record of what you tried and how it went.",
    )
    sub = t.add_subparsers(dest="therapy_command", metavar="ACTION", required=True)

    p = sub.add_parser("log", help="record that you tried a therapy")
    p.add_argument("therapy", metavar="THERAPY", help="catalogue key (e.g. heat) or name")
    p.add_argument(
        "--region", metavar="R", action="append", required=True,
        help="where you used it (region id); may be repeated",
    )
    p.add_argument("--minutes", metavar="N", type=int, help="how long, in minutes")
    p.add_argument(
        "--at", metavar="DATETIME",
        help="when (YYYY-MM-DD HH:MM, your local time; default: now)",
    )
    p.add_argument("--dose", metavar="TEXT", default="", help="what you took, as you write it")
    p.add_argument("--note", metavar="TEXT", default="")
    p.add_argument("--profile", metavar="NAME", help="profile (default: the first one)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_log)

    p = sub.add_parser("rate", help="say how a try went")
    p.add_argument("use_id", metavar="USE_ID", type=int)
    p.add_argument("outcome", choices=("better", "same", "worse"))
    p.add_argument("--relief", metavar="N", type=int, help="relief from 0 (none) to 10")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_rate)

    p = sub.add_parser("unrated", help="tries waiting for a rating")
    p.add_argument("--profile", metavar="NAME", help="profile (default: the first one)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_unrated)

    p = sub.add_parser("add", help="add a therapy of your own (medications too)")
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--category", choices=("home", "professional", "supplement", "medication"),
        default="home",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_add)

    p = sub.add_parser("list", help="every therapy with its id, key and category")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_list)


# ------------------------------------------------------------------------------ helpers


def _open(args: argparse.Namespace) -> Any:
    from bodymap.anatomy.therapies import ensure_catalogue
    from bodymap.paths import resolve_db
    from bodymap.store.service import Diary

    diary = Diary.open(resolve_db(getattr(args, "db", None)))
    ensure_catalogue(diary)
    return diary


def _profile_id(diary: Any, args: argparse.Namespace) -> int:
    name = getattr(args, "profile", None)
    profile = diary.profile_by_name(name) if name else diary.default_profile()
    return int(profile.id)


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
    hint = f"; did you mean: {', '.join(close)}" if close else ""
    return f"unknown region {region!r}{hint} (see `bodymap regions`)"


def _label(region: str) -> str:
    regions = _regions() or {}
    r = regions.get(region)
    return str(getattr(r, "label", region)) if r is not None else region


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


def _guarded(args: argparse.Namespace, body: Any) -> int:
    from bodymap.store.errors import DatabaseFileError, StoreError

    try:
        diary = _open(args)
    except DatabaseFileError as exc:
        return fail(str(exc), EXIT_DB)
    try:
        return int(body(diary))
    except StoreError as exc:
        return fail(str(exc), EXIT_USAGE)
    finally:
        diary.close()


# ------------------------------------------------------------------------------ suggest


def _print_suggestion(s: Any, shown: dict[tuple[str, ...], str], indent: str = "  ") -> None:
    """One suggestion; cautions printed already (same list) are referred to, not repeated."""
    from bodymap.suggest import figures_text

    print(f"{indent}- {s.title}  [{s.evidence_label}]")
    print(f"{indent}  {s.how}")
    if s.yours is not None:
        print(f"{indent}  you: {figures_text(s.yours)}")
    print(f"{indent}  how long: {s.duration}")
    first = shown.get(tuple(s.cautions))
    if first is not None:
        print(f"{indent}  ! take care: the same cautions as for {first} above")
        return
    shown[tuple(s.cautions)] = s.title
    for c in s.cautions:
        print(f"{indent}  ! {c}")


def run_suggest(args: argparse.Namespace) -> int:
    if args.region is None and args.muscle is None:
        return fail("name a region (e.g. neck_back.right) or a muscle with --muscle", EXIT_USAGE)
    if args.region is not None:
        message = _unknown_region(args.region)
        if message is not None:
            return fail(message, EXIT_USAGE)

    def body(diary: Any) -> int:
        from bodymap.suggest import figures_text, suggest

        try:
            result = suggest(
                diary,
                _profile_id(diary, args),
                region=args.region,
                muscle_key=args.muscle,
                mark_qualities=args.quality,
            )
        except KeyError as exc:
            return fail(str(exc.args[0]) if exc.args else str(exc), EXIT_USAGE)
        if args.json:
            print_json(result.to_dict())
            return EXIT_OK
        where = _label(args.region) if args.region else ""
        if args.muscle:
            where = f"{where}, {args.muscle}" if where else args.muscle
        print(f"Suggestions for {where}\n")
        print("What has helped you here")
        if not result.helped and not result.too_few:
            print("  nothing recorded here yet")
        width = max((len(s.name) for s in (*result.helped, *result.too_few)), default=0)
        for s in result.helped:
            print(f"  {s.name.ljust(width)}  {figures_text(s)}  ({s.uses} uses)")
        for s in result.too_few:
            print(f"  {s.name.ljust(width)}  {figures_text(s)}")
        shown: dict[tuple[str, ...], str] = {}
        for m in result.muscles:
            print(f"\nFor the {m.name} ({m.side}): {m.why}")
            for s in m.suggestions:
                _print_suggestion(s, shown)
        print("\nCommonly tried for this kind of pain")
        for s in result.common:
            _print_suggestion(s, shown)
        print("\nTo discuss with your clinician")
        for s in result.clinician:
            _print_suggestion(s, shown)
        print("\nSupplements (the evidence for them is mostly weak or missing)")
        print(f"  {result.supplement_note}")
        for s in result.supplements:
            yours = f"; you: {figures_text(s.yours)}" if s.yours is not None else ""
            print(f"  - {s.title}: {s.evidence_label}. {s.evidence_note}{yours}")
            for c in s.cautions:
                print(f"      ! {c}")
        for note in result.notes:
            print(f"\nNote: {note}")
        print("\nSee a doctor now if you have:")
        for w in result.warning_signs:
            print(f"  * {w}")
        return EXIT_OK

    return _guarded(args, body)


# ------------------------------------------------------------------------------ therapy


def _parse_at(text: str | None) -> tuple[datetime, int]:
    from bodymap.store.records import to_utc

    if text is None:
        return to_utc(datetime.now().astimezone())
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--at: {text!r} is not a date and time (use YYYY-MM-DD HH:MM)") from None
    return to_utc(when if when.tzinfo is not None else when.astimezone())


def run_log(args: argparse.Namespace) -> int:
    for region in args.region:
        message = _unknown_region(region)
        if message is not None:
            return fail(message, EXIT_USAGE)
    try:
        used_at, offset = _parse_at(args.at)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)

    def body(diary: Any) -> int:
        from bodymap.store.therapy_log import find_therapy, log_use

        therapy = find_therapy(diary, args.therapy)
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
            print(
                f"logged use {use.id}: {use.therapy_name} on {', '.join(use.regions)} at "
                f"{_local(use.used_at, use.utc_offset_minutes)}; rate it later with "
                f"`bodymap therapy rate {use.id} better|same|worse --relief N`"
            )
        return EXIT_OK

    return _guarded(args, body)


def run_rate(args: argparse.Namespace) -> int:
    def body(diary: Any) -> int:
        from bodymap.store.therapy_log import rate_use

        use = rate_use(diary, args.use_id, args.outcome, args.relief)
        if args.json:
            print_json(_use_dict(use))
        else:
            relief = f", relief {use.relief}/10" if use.relief is not None else ""
            print(f"use {use.id} ({use.therapy_name}): {use.outcome}{relief}")
        return EXIT_OK

    return _guarded(args, body)


def run_unrated(args: argparse.Namespace) -> int:
    def body(diary: Any) -> int:
        from bodymap.store.therapy_log import unrated_uses

        uses = unrated_uses(diary, _profile_id(diary, args))
        if args.json:
            print_json([_use_dict(u) for u in uses])
            return EXIT_OK
        if not uses:
            print("nothing waiting for a rating")
        for u in uses:
            minutes = f", {u.duration_minutes} min" if u.duration_minutes is not None else ""
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

    return _guarded(args, body)


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
            print(f"{t.id}\t{t.key or '-'}\t{t.category}\t{t.name}")
        return EXIT_OK

    return _guarded(args, body)
