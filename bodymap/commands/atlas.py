"""``bodymap atlas``: browse the trigger-point atlas from the command line (no Qt).

    bodymap atlas list [--json]
    bodymap atlas show MUSCLE [--side right|left] [--json]
    bodymap atlas refer REGION[=WEIGHT] [REGION[=WEIGHT] ...] [--limit N] [--json]

The texts come from the atlas in the language of the run; the labels around them go through
Qt's translator (context ``AtlasCommand``), numbers through QLocale.  In ``--json`` the keys and
ids stay English and the texts follow the language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication

from bodymap.anatomy import atlas
from bodymap.i18n import formats
from bodymap.i18n.language import current

EXIT_OK = 0
EXIT_USAGE = 2
#: The match words of ``atlas.likelihood`` as printed (English: see :func:`likelihood_words`).
LIKELIHOOD_WORDS = {
    atlas.COMMON: "a common cause of pain here",
    atlas.POSSIBLE: "possible",
    atlas.RARE: "rarely",
}


def likelihood_words(word: str) -> str:
    """The match word of a candidate in the reader's language."""
    if word == atlas.COMMON:
        return QCoreApplication.translate("AtlasCommand", "a common cause of pain here")
    if word == atlas.POSSIBLE:
        return QCoreApplication.translate("AtlasCommand", "possible")
    return QCoreApplication.translate("AtlasCommand", "rarely")


def _side_word(side: str) -> str:
    if side == "right":
        return QCoreApplication.translate("AtlasCommand", "right")
    if side == "left":
        return QCoreApplication.translate("AtlasCommand", "left")
    return QCoreApplication.translate("AtlasCommand", "both sides")


def _strength_word(strength: str) -> str:
    if strength == atlas.ESSENTIAL:
        return QCoreApplication.translate("AtlasCommand", "essential zone")
    if strength == atlas.SPILLOVER:
        return QCoreApplication.translate("AtlasCommand", "spillover zone")
    return QCoreApplication.translate("AtlasCommand", "local (at the trigger point)")


def _region(region_id: str) -> str:
    """A region's name in the reader's language ("Lato del collo (sinistro)")."""
    try:
        from bodymap.anatomy.regions import REGIONS
    except ImportError:
        return region_id
    region = REGIONS.get(region_id)
    if region is None:
        return region_id
    return QCoreApplication.translate("Region", region.label)


def _view(view_id: str) -> str:
    """A view's name in the reader's language ("Back" / "Retro")."""
    try:
        from bodymap.anatomy.regions import VIEWS
    except ImportError:
        return view_id
    view = VIEWS.get(view_id)
    return view_id if view is None else QCoreApplication.translate("View", view.label)


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``atlas`` sub-command (with list / show / refer) to ``subparsers``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "atlas",
        help=QCoreApplication.translate(
            "AtlasCommand", "trigger-point atlas: muscles, their trigger points and referred pain"),
        description=QCoreApplication.translate("AtlasCommand", "Browse the trigger-point atlas.")
        + " " + atlas.caution(),
    )
    sub = parser.add_subparsers(dest="atlas_command", metavar="COMMAND", required=True)

    json_help = QCoreApplication.translate("AtlasCommand", "print JSON")
    p_list = sub.add_parser(
        "list", help=QCoreApplication.translate("AtlasCommand", "list the muscles of the atlas"))
    p_list.add_argument("--json", action="store_true", help=json_help)
    p_list.set_defaults(func=run_list)

    p_show = sub.add_parser(
        "show", help=QCoreApplication.translate("AtlasCommand", "show one muscle (by key or any name)"))
    p_show.add_argument("muscle", metavar="MUSCLE", help=QCoreApplication.translate(
        "AtlasCommand", "key, English, Italian or Latin name"))
    p_show.add_argument("--side", choices=("right", "left"), default="right",
                        help=QCoreApplication.translate(
                            "AtlasCommand", "side of the trigger points (default: right)"))
    p_show.add_argument("--json", action="store_true", help=json_help)
    p_show.set_defaults(func=run_show)

    p_refer = sub.add_parser(
        "refer", help=QCoreApplication.translate(
            "AtlasCommand", "which muscles could refer pain to these regions"),
        description=QCoreApplication.translate(
            "AtlasCommand",
            "Rank the muscles whose referral zones cover the given regions. A region may carry "
            "a weight, e.g. temple.right=0.7."))
    p_refer.add_argument("regions", nargs="+", metavar="REGION",
                         help=QCoreApplication.translate(
                             "AtlasCommand", "region id, optionally REGION=WEIGHT"))
    p_refer.add_argument("--limit", type=int, default=10, metavar="N",
                         help=QCoreApplication.translate(
                             "AtlasCommand", "show at most N muscles (default 10; 0 = all)"))
    p_refer.add_argument("--json", action="store_true", help=json_help)
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
               "caution": atlas.caution()}, out)
        return EXIT_OK
    # The name in the reader's language, then in the other one.
    other = (QCoreApplication.translate("AtlasCommand", "ENGLISH") if current() == "it"
             else QCoreApplication.translate("AtlasCommand", "ITALIAN"))
    rows = [(QCoreApplication.translate("AtlasCommand", "KEY"),
             QCoreApplication.translate("AtlasCommand", "MUSCLE"), other,
             QCoreApplication.translate("AtlasCommand", "GROUP"))]
    rows += [(m.key, m.name + (" (?)" if m.uncertain else ""), atlas.other_name(m), m.group)
             for m in items]
    _table(rows, out)
    count = len(items)
    print("\n" + QCoreApplication.translate(
        "AtlasCommand", "%n muscles; (?) = pattern not confirmed by the sources.", None,
        count), file=out)
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
        data["caution"] = atlas.caution()
        _dump(data, out)
        return EXIT_OK
    print(QCoreApplication.translate("AtlasCommand", "{name}  ({side} side)").format(
        name=m.name, side=_side_word(side)), file=out)
    # The name in the other language, labelled as such (physiotherapists read both).
    if m.language == "it":
        print(QCoreApplication.translate("AtlasCommand", "  In English: {name}").format(
            name=m.names.en), file=out)
    else:
        print(QCoreApplication.translate("AtlasCommand", "  In Italian: {name}").format(
            name=m.names.it), file=out)
    print(QCoreApplication.translate("AtlasCommand", "  Latin:    {name}").format(
        name=m.names.latin), file=out)
    aliases = [a for a in m.names.aliases if a not in (m.name, m.names.latin)]
    if aliases:
        print(QCoreApplication.translate("AtlasCommand", "  Also called: {names}").format(
            names=", ".join(aliases)), file=out)
    if m.uncertain:
        print(QCoreApplication.translate(
            "AtlasCommand", "  Note: this pattern could not be confirmed; treat it as provisional."),
            file=out)
    if m.note:
        print(f"\n{m.note}", file=out)
    print("\n" + QCoreApplication.translate("AtlasCommand", "Where to feel for trigger points:"),
          file=out)
    for s in m.sites(side):
        print(f"  - [{_view(s.view)} / {_region(s.region)}] {s.text}", file=out)
    print("\n" + QCoreApplication.translate("AtlasCommand", "Where the pain can be felt:"),
          file=out)
    rows = [(_region(z.region), _strength_word(z.strength)) for z in m.zones(side)]
    referral = {z.region for z in m.zones(side)}
    rows += [(_region(r), _strength_word(atlas.LOCAL))
             for r in m.local_regions(side) if r not in referral]
    for line in _aligned(rows):
        print(f"  {line}", file=out)
    if m.side_rule == "both":
        print(QCoreApplication.translate("AtlasCommand", "  (refers to both sides of the body)"),
              file=out)
    for title, items in ((QCoreApplication.translate("AtlasCommand", "Often mistaken for"),
                          m.mistaken_for),
                         (QCoreApplication.translate("AtlasCommand", "Also felt"), m.also_felt),
                         (QCoreApplication.translate("AtlasCommand", "Kept going by"),
                          m.perpetuated_by)):
        if items:
            print(f"\n{title}:", file=out)
            for item in items:
                print(f"  - {item}", file=out)
    if m.self_care:
        print("\n" + QCoreApplication.translate("AtlasCommand", "Self-care:"), file=out)
        care = m.self_care_items()
        width = max(len(label) for _k, label, _t in care) + 1
        for _key, label, text in care:
            print(f"  {(label + ':').ljust(width)}  {text}", file=out)
    print("\n" + QCoreApplication.translate("AtlasCommand", "Sources:"), file=out)
    for key in m.sources:
        print(f"  - {atlas.citation(key)}", file=out)
    print(f"\n{atlas.caution()}", file=out)
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
        return _fail(QCoreApplication.translate("AtlasCommand", "--limit must be 0 or more"))
    try:
        marked = _parse_regions(args.regions)
        found = atlas.candidates(marked, limit=args.limit or None)
    except ValueError as exc:
        return _fail(QCoreApplication.translate(
            "AtlasCommand", "{error} (region ids are listed in docs/regions-contract.md)").format(
                error=exc))
    if args.json:
        _dump({"regions": marked,
               "candidates": [{"key": c.muscle.key, "en": c.muscle.names.en,
                               "name": c.muscle.name,
                               "side": c.side, "score": round(c.score, 4),
                               "likelihood": c.likelihood, "words": likelihood_words(c.likelihood),
                               "fit": round(c.fit, 4), "prior": round(c.prior, 4),
                               "local": round(c.local, 4),
                               "matched": [{"region": r, "strength": s} for r, s in c.matched],
                               "uncertain": c.muscle.uncertain} for c in found],
               "caution": atlas.caution()}, out)
        return EXIT_OK
    if not found:
        print(QCoreApplication.translate(
            "AtlasCommand", "No muscle in the atlas refers pain to these regions."), file=out)
    else:
        rows = [("#", QCoreApplication.translate("AtlasCommand", "SCORE"),
                 QCoreApplication.translate("AtlasCommand", "MUSCLE"),
                 QCoreApplication.translate("AtlasCommand", "SIDE"),
                 QCoreApplication.translate("AtlasCommand", "HOW LIKELY"),
                 QCoreApplication.translate("AtlasCommand", "MATCHED"))]
        for i, c in enumerate(found, 1):
            matched = ", ".join(f"{_region(r)} ({_strength_word(s)})" for r, s in c.matched)
            rows.append((str(i), formats.number(c.score, 2), c.muscle.name, _side_word(c.side),
                         likelihood_words(c.likelihood), matched))
        _table(rows, out)
    print(f"\n{atlas.caution()}", file=out)
    return EXIT_OK
