"""``bodymap demo``: fill a database with a believable sample diary (see :mod:`bodymap.demo`).

``bodymap demo [--db PATH] [--years N] [--seed S] [--profile NAME]`` writes N years (default 10)
of episodes ending today for a new profile ("Demo" unless named), as the service layer's
records, validated as every save is, and written in one transaction by the store's bulk writer
(ids from the database, so it works the same on SQLite and PostgreSQL).  The therapies are the
built-in catalogue every diary has.  The same seed gives the same diary.  Exit codes:
0 done, 2 bad input (a profile that already has episodes, years out of range), 1 the database
cannot be opened.
"""

from __future__ import annotations

import argparse
from typing import Any

from bodymap.commands import add_db_option, fail, open_diary, print_json


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help="fill a database with a sample diary",
        description="Write a believable sample diary for one person: flares and quiet weeks, "
        "trigger points in real muscles with the areas they refer pain to, spasms, tender "
        "points and therapies with their outcomes.  For trying bodymap out, screenshots and "
        "benchmarks; use a separate database (--db) to keep your own diary apart.",
    )
    p.add_argument("--years", type=float, default=10.0, help="how many years (default 10)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same diary)")
    p.add_argument("--profile", metavar="NAME", default=None,
                   help="profile to fill (created if missing; default: Demo)")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    add_db_option(p)
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from bodymap import demo
    from bodymap.store.errors import StoreError, ValidationError

    if not 0 < args.years <= 50:
        return fail(f"--years must be more than 0 and at most 50, not {args.years:g}")
    try:
        diary = open_diary(args)
    except StoreError as exc:
        return fail(str(exc), 1)
    try:
        result = demo.generate(diary, years=args.years, seed=args.seed, profile=args.profile)
    except ValidationError as exc:
        return fail(exc.message if exc.field == "profile" else str(exc))
    finally:
        diary.close()
    summary = {
        "profile": result.profile.name,
        "episodes": result.episodes,
        "marks": result.marks,
        "therapy_uses": result.therapy_uses,
        "seconds": round(result.seconds, 2),
    }
    if args.json:
        print_json(summary)
    else:
        print(f"Wrote {result.episodes} episodes with {result.marks} marks and "
              f"{result.therapy_uses} therapy uses for profile {result.profile.name!r} "
              f"in {result.seconds:.1f} s.")
    return 0
