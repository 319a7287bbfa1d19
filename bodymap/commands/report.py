"""``bodymap report --out FILE.pdf``: the physiotherapist's report as a PDF, without a window.

``[--from DATE] [--to DATE]`` (local dates, ``--to`` inclusive) or ``--episode ID``;
``[--profile NAME]``; ``[--sections map,table,therapies,charts,notes]``; ``[--paper auto|A4|Letter]``
(auto: Letter where the locale measures in US units, A4 elsewhere).  Works without a display: Qt
runs offscreen when neither DISPLAY nor WAYLAND_DISPLAY is set.  The PDF is created owner-only
(0600).  Exit codes: 0 written, 2 bad input, 1 the database or the file cannot be used.
"""

from __future__ import annotations

import argparse
from typing import Any

from bodymap.commands import MAX_ID, add_db_option, bounded_int, fail, open_diary, print_json

SECTION_NAMES = ("map", "table", "therapies", "charts", "fibro", "notes")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report",
        help="write the pain map for the physiotherapist as a PDF",
        description="Write a PDF to take to the physiotherapist: the body map with the marks of "
        "the period or of one episode, a table by region, the therapies tried, charts of the "
        "most affected regions and room for the therapist's notes.",
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day (inclusive)")
    p.add_argument("--episode", type=bounded_int(1, MAX_ID), metavar="ID",
                   help="one episode instead of a period")
    p.add_argument("--profile", metavar="NAME", help="profile (default: the first one)")
    p.add_argument(
        "--sections", metavar="LIST", default=",".join(SECTION_NAMES),
        help="comma-separated sections to include (default: all): " + ", ".join(SECTION_NAMES),
    )
    p.add_argument("--paper", choices=("auto", "A4", "Letter"), default="auto",
                   help="paper size (default: from the locale)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    add_db_option(p)
    p.set_defaults(func=run_report)


def parse_sections(value: str) -> tuple[str, ...]:
    names = [s.strip().lower() for s in value.split(",") if s.strip()]
    if not names:
        raise ValueError("--sections: name at least one section")
    for name in names:
        if name not in SECTION_NAMES:
            raise ValueError(
                f"--sections: unknown section {name!r}; choose from {', '.join(SECTION_NAMES)}"
            )
    return tuple(s for s in SECTION_NAMES if s in names)


def run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bodymap.commands.history import parse_range
    from bodymap.store.errors import NotFoundError, StoreError

    try:
        start, end = parse_range(args)
        sections = parse_sections(args.sections)
    except ValueError as exc:
        return fail(str(exc))
    if args.episode is not None and (start is not None or end is not None):
        return fail("give either --episode or --from/--to, not both")
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return fail(f"--out: {out} should end in .pdf")
    if not out.parent.is_dir():
        return fail(f"--out: the folder {out.parent} does not exist")
    if out.is_dir():
        return fail(f"--out: {out} is a folder")
    from bodymap.files import UnsafeTarget, check_target

    try:
        check_target(out)  # a link, a FIFO or a device: refused before any work
    except UnsafeTarget as exc:
        return fail(f"--out: {exc}", 1)

    from bodymap.commands import reading_profile_id

    try:
        diary = open_diary(args, create=False)  # a report only reads: never a new diary
    except StoreError as exc:
        return fail(str(exc), 1)
    try:
        try:
            profile_id = reading_profile_id(diary, args.profile)
        except NotFoundError as exc:
            return fail(str(exc))
        from bodymap.report.model import build_report

        try:
            data = build_report(diary, profile_id, start, end, args.episode, sections)
        except NotFoundError as exc:
            return fail(str(exc))
    finally:
        diary.close()

    from bodymap.report.export import ensure_gui_application, write_pdf
    from bodymap.report.render import ReportOptions

    ensure_gui_application()
    try:
        pages = write_pdf(out, data, ReportOptions(sections=sections, paper=args.paper))
    except OSError as exc:
        from bodymap.files import os_error_sentence

        text = os_error_sentence(exc)
        return fail(f"{text if str(out) in text else f'cannot write {out}: {text}'}; "
                    "no PDF was written", 1)
    if args.json:
        print_json({"file": str(out), "pages": pages, "profile": data.person,
                    "period": data.period_text, "episodes": data.episode_count,
                    "sections": list(sections)})
    else:
        print(f"{out}: {pages} page{'s' if pages != 1 else ''} ({data.person}, {data.period_text})")
    return 0
