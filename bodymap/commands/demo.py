"""``bodymap demo``: a believable sample diary to try bodymap with (see :mod:`bodymap.demo`).

``bodymap demo [--db PATH] [--years N] [--seed S] [--profile NAME] [--into-my-diary]`` writes N
years (default 10) of episodes ending today for a new profile ("Demo" unless named), as the
service layer's records, validated as every save is, and written in one transaction by the
store's bulk writer (ids from the database, so it works the same on SQLite and PostgreSQL).

Made-up episodes must never end up in the person's real diary by accident: without ``--db`` the
sample goes to its own file (``paths.sample_db_path()``, which the window labels as sample
data), and a ``--db`` naming the real diary (``BODYMAP_DB`` or the default file) is refused
unless ``--into-my-diary`` says it is meant.  The same seed gives the same diary.  Exit codes:
0 done, 2 bad input (a profile that already has episodes, years out of range, the real diary
without ``--into-my-diary``), 1 the database cannot be opened.
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from bodymap.commands import add_db_option, fail, open_diary, print_json, said
from bodymap.ui.labels import store_message


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help=QCoreApplication.translate("cli.demo", "fill a database with a sample diary"),
        description=QCoreApplication.translate(
            "cli.demo",
            "Write a believable sample diary for one person: flares and quiet weeks, trigger "
            "points in real muscles with the areas they refer pain to, spasms, tender points "
            "and therapies with their outcomes.  For trying bodymap out, screenshots and "
            "benchmarks.  Without --db it goes to a sample diary file of its own, never into "
            "your diary."),
    )
    p.add_argument("--years", type=float, default=10.0,
                   help=QCoreApplication.translate("cli.demo", "how many years (default 10)"))
    p.add_argument("--seed", type=int, default=1, help=QCoreApplication.translate(
        "cli.demo", "random seed (same seed, same diary)"))
    p.add_argument("--profile", metavar=QCoreApplication.translate("cli.demo", "NAME"),
                   default=None, help=QCoreApplication.translate(
                       "cli.demo", "profile to fill (created if missing; default: Demo)"))
    p.add_argument("--json", action="store_true", help=QCoreApplication.translate(
        "cli.demo", "print the counts as JSON"))
    p.add_argument(
        "--into-my-diary", action="store_true",
        help=QCoreApplication.translate(
            "cli.demo", "allow writing the sample into your own diary (refused otherwise)"),
    )
    add_db_option(p)
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from bodymap import demo
    from bodymap.store.errors import StoreError, ValidationError

    if not 0 < args.years <= 50:
        return fail(QCoreApplication.translate(
            "cli.demo", "--years must be more than 0 and at most 50, not {years}"
        ).format(years=f"{args.years:g}"))
    from bodymap.paths import own_diary_url, resolve_db, sample_db_path

    sample = getattr(args, "db", None) is None
    if sample:
        args.db = str(sample_db_path())
    elif resolve_db(args.db) == own_diary_url() and not args.into_my_diary:
        return fail(QCoreApplication.translate(
            "cli.demo",
            "{db} is your own diary: the sample would mix made-up episodes into it. Leave out "
            "--db to write the sample diary to a file of its own, or add --into-my-diary if "
            "that is really what you want.").format(db=args.db))
    try:
        diary = open_diary(args)
    except StoreError as exc:
        return fail(said(exc), 1)
    try:
        result = demo.generate(diary, years=args.years, seed=args.seed, profile=args.profile)
    except ValidationError as exc:
        return fail(store_message(exc) if exc.field == "profile" else f"{exc.field}: {store_message(exc)}")
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
        from bodymap.i18n import formats

        # plain names for the counts: lupdate reads no other expression there
        episodes, marks, uses = result.episodes, result.marks, result.therapy_uses
        episodes_text = QCoreApplication.translate("cli.demo", "%n episodes", None, episodes)
        marks_text = QCoreApplication.translate("cli.demo", "%n marks", None, marks)
        uses_text = QCoreApplication.translate("cli.demo", "%n therapy uses", None, uses)
        print(QCoreApplication.translate(
            "cli.demo", "Wrote {episodes} with {marks} and {uses} for profile {profile} in "
            "{seconds} s."
        ).format(episodes=episodes_text, marks=marks_text, uses=uses_text,
                 profile=repr(result.profile.name), seconds=formats.number(result.seconds)))
        if sample:
            print(QCoreApplication.translate(
                "cli.demo", "The sample diary is {db}; open it with: bodymap --db {db}"
            ).format(db=args.db))
    return 0
