"""``bodymap atlas``: browse the trigger-point atlas from the command line (no Qt).

    bodymap atlas list [--json]
    bodymap atlas show MUSCLE [--side right|left] [--json]
    bodymap atlas refer REGION[=WEIGHT] [REGION[=WEIGHT] ...] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from bodymap.anatomy import atlas

EXIT_OK = 0
EXIT_USAGE = 2
#: The match words of ``atlas.likelihood`` as printed.
LIKELIHOOD_WORDS = {
    atlas.COMMON: "a common cause of pain here",
    atlas.POSSIBLE: "possible",
    atlas.RARE: "rarely",
}


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``atlas`` sub-command (with list / show / refer) to ``subparsers``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "atlas",
        help="trigger-point atlas: muscles, their trigger points and referred pain",
        description="Browse the trigger-point atlas. " + atlas.CAUTION,
    )
    sub = parser.add_subparsers(dest="atlas_command", metavar="COMMAND", required=True)

    p_list = sub.add_parser("list", help="list the muscles of the atlas")
    p_list.add_argument("--json", action="store_true", help="print JSON")
    p_list.set_defaults(func=run_list)

    p_show = sub.add_parser("show", help="show one muscle (by key or any name)")
    p_show.add_argument("muscle", metavar="MUSCLE", help="key, English, Italian or Latin name")
    p_show.add_argument("--side", choices=("right", "left"), default="right",
                        help="side of the trigger points (default: right)")
    p_show.add_argument("--json", action="store_true", help="print JSON")
    p_show.set_defaults(func=run_show)

    p_refer = sub.add_parser(
        "refer", help="which muscles could refer pain to these regions",
        description="Rank the muscles whose referral zones cover the given regions. A region "
                    "may carry a weight, e.g. temple.right=0.7.")
    p_refer.add_argument("regions", nargs="+", metavar="REGION",
                         help="region id, optionally REGION=WEIGHT")
    p_refer.add_argument("--limit", type=int, default=10, metavar="N",
                         help="show at most N muscles (default 10; 0 = all)")
    p_refer.add_argument("--json", action="store_true", help="print JSON")
    p_refer.set_defaults(func=run_refer)
    return parser


# ------------------------------------------------------------------------------ helpers


def _fail(message: str, err: TextIO | None = None) -> int:
    print(f"bodymap atlas: {message}", file=err or sys.stderr)
    return EXIT_USAGE


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip(), file=out)


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


# ------------------------------------------------------------------------------ commands


def run_list(args: argparse.Namespace) -> int:
    out = sys.stdout
    items = atlas.muscles()
    if args.json:
        _dump({"count": len(items),
               "muscles": [{"key": m.key, "en": m.names.en, "it": m.names.it,
                            "latin": m.names.latin, "group": m.group,
                            "uncertain": m.uncertain} for m in items],
               "caution": atlas.CAUTION}, out)
        return EXIT_OK
    rows = [("KEY", "MUSCLE", "ITALIANO", "GROUP")]
    rows += [(m.key, m.names.en + (" (?)" if m.uncertain else ""), m.names.it, m.group)
             for m in items]
    _table(rows, out)
    print(f"\n{len(items)} muscles; (?) = pattern not confirmed by the sources.", file=out)
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    out = sys.stdout
    try:
        m = atlas.get(args.muscle)
    except KeyError as exc:
        return _fail(str(exc.args[0]))
    side = args.side
    if args.json:
        data = m.to_dict(side)
        data["caution"] = atlas.CAUTION
        _dump(data, out)
        return EXIT_OK
    print(f"{m.names.en}  ({side} side)", file=out)
    print(f"  Italiano: {m.names.it}", file=out)
    print(f"  Latin:    {m.names.latin}", file=out)
    if m.uncertain:
        print("  Note: this pattern could not be confirmed; treat it as provisional.", file=out)
    if m.note:
        print(f"\n{m.note}", file=out)
    print("\nWhere to feel for trigger points:", file=out)
    for s in m.sites(side):
        print(f"  - [{s.view} / {s.region}] {s.text}", file=out)
    print("\nWhere the pain can be felt:", file=out)
    rows = [(z.region, z.strength) for z in m.zones(side)]
    referral = {z.region for z in m.zones(side)}
    rows += [(r, "local (at the trigger point)") for r in m.local_regions(side) if r not in referral]
    for line in _aligned(rows):
        print(f"  {line}", file=out)
    if m.side_rule == "both":
        print("  (refers to both sides of the body)", file=out)
    for title, items in (("Often mistaken for", m.mistaken_for),
                         ("Also felt", m.also_felt),
                         ("Kept going by", m.perpetuated_by)):
        if items:
            print(f"\n{title}:", file=out)
            for item in items:
                print(f"  - {item}", file=out)
    if m.self_care:
        print("\nSelf-care:", file=out)
        width = max(len(k) for k in m.self_care)
        for k, v in m.self_care.items():
            print(f"  {k.ljust(width)}  {v}", file=out)
    print("\nSources:", file=out)
    for key in m.sources:
        print(f"  - {atlas.citation(key)}", file=out)
    print(f"\n{atlas.CAUTION}", file=out)
    return EXIT_OK


def _aligned(rows: Sequence[tuple[str, str]]) -> list[str]:
    if not rows:
        return []
    width = max(len(a) for a, _ in rows)
    return [f"{a.ljust(width)}  {b}" for a, b in rows]


def _parse_regions(items: Sequence[str]) -> dict[str, float]:
    marked: dict[str, float] = {}
    for item in items:
        region, sep, weight = item.partition("=")
        region = region.strip()
        if not sep:
            value = 1.0
        else:
            try:
                value = float(weight)
            except ValueError:
                raise ValueError(f"bad weight in {item!r}: expected REGION=NUMBER") from None
        marked[region] = marked.get(region, 0.0) + value
    return marked


def run_refer(args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.limit < 0:
        return _fail("--limit must be 0 or more")
    try:
        marked = _parse_regions(args.regions)
        found = atlas.candidates(marked, limit=args.limit or None)
    except ValueError as exc:
        return _fail(f"{exc} (region ids are listed in docs/regions-contract.md)")
    if args.json:
        _dump({"regions": marked,
               "candidates": [{"key": c.muscle.key, "en": c.muscle.names.en,
                               "side": c.side, "score": round(c.score, 4),
                               "likelihood": c.likelihood, "words": LIKELIHOOD_WORDS[c.likelihood],
                               "fit": round(c.fit, 4), "prior": round(c.prior, 4),
                               "local": round(c.local, 4),
                               "matched": [{"region": r, "strength": s} for r, s in c.matched],
                               "uncertain": c.muscle.uncertain} for c in found],
               "caution": atlas.CAUTION}, out)
        return EXIT_OK
    if not found:
        print("No muscle in the atlas refers pain to these regions.", file=out)
    else:
        rows = [("#", "SCORE", "MUSCLE", "SIDE", "HOW LIKELY", "MATCHED")]
        for i, c in enumerate(found, 1):
            matched = ", ".join(f"{r} ({s})" for r, s in c.matched)
            rows.append((str(i), f"{c.score:.2f}", c.muscle.names.en, c.side,
                         LIKELIHOOD_WORDS[c.likelihood], matched))
        _table(rows, out)
    print(f"\n{atlas.CAUTION}", file=out)
    return EXIT_OK
