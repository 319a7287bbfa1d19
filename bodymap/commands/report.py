"""``bodymap report [--out FILE.pdf]``: the physiotherapist's report as a PDF, without a window.

``[--from DATE] [--to DATE]`` (local dates, ``--to`` inclusive), ``--all`` or ``--episode ID``;
without any of them the report covers the same period as the window's default
(:data:`bodymap.report.model.DEFAULT_PERIOD`, the last 3 months).  ``[--profile NAME]``;
``[--sections LIST]``; ``[--summary]`` (one page for a quick visit); ``[--self-care FILE.pdf]``
(the self-care plan as its own PDF; ``--plan-therapies KEY,...`` chooses its therapies);
``[--paper auto|A4|Letter]`` (auto: Letter where the locale measures in US units, A4 elsewhere).
Without ``--out`` the PDF goes into the current folder under the translated default name
("pain-map-2026-12-01.pdf", "mappa-del-dolore-…").  Works without a display: Qt runs offscreen
when neither DISPLAY nor WAYLAND_DISPLAY is set.  The PDF is created owner-only (0600).
Exit codes: 0 written, 2 bad input, 1 the database or the file cannot be used.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from bodymap.commands import MAX_ID, add_db_option, bounded_int, fail, open_diary, print_json, said
from bodymap.report.model import DEFAULT_PERIOD, DEFAULT_SECTIONS, SECTIONS

SECTION_NAMES = SECTIONS


def register(subparsers: Any) -> None:
    translate = QCoreApplication.translate  # this name lupdate reads (not an alias)
    p = subparsers.add_parser(
        "report",
        help=translate("cli.report", "write the pain map for the physiotherapist as a PDF"),
        description=translate(
            "cli.report",
            "Write a PDF to take to the physiotherapist: the body chart with numbered areas, "
            "since the last visit, overall pain and fatigue, the tables by region and of the "
            "therapies tried, the outcome measures and room for the therapist's notes. "
            "Without dates it covers the last 3 months, as the window does."),
    )
    p.add_argument("--out", metavar=QCoreApplication.translate("cli.report", "FILE.pdf"),
                   help=translate("cli.report", "the PDF to write (default: a dated name in this folder)"))
    p.add_argument("--from", dest="date_from", metavar=QCoreApplication.translate("cli.report", "DATE"),
                   help=translate("cli.report", "first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", metavar=QCoreApplication.translate("cli.report", "DATE"),
                   help=translate("cli.report", "last day (inclusive)"))
    p.add_argument("--all", dest="everything", action="store_true",
                   help=translate("cli.report", "the whole diary instead of the last 3 months"))
    p.add_argument("--episode", type=bounded_int(1, MAX_ID), metavar=QCoreApplication.translate("cli.report", "ID"),
                   help=translate("cli.report", "one episode instead of a period"))
    p.add_argument("--profile", metavar=QCoreApplication.translate("cli.report", "NAME"),
                   help=translate("cli.report", "profile (default: the first one)"))
    p.add_argument(
        "--sections", metavar=QCoreApplication.translate("cli.report", "LIST"), default=",".join(DEFAULT_SECTIONS),
        help=translate("cli.report", "comma-separated sections to include (default: all but plan): %1")
        .replace("%1", ", ".join(SECTION_NAMES)),
    )
    p.add_argument("--summary", action="store_true",
                   help=translate("cli.report", "one page for a quick visit"))
    p.add_argument("--self-care", dest="self_care", metavar=QCoreApplication.translate("cli.report", "FILE.pdf"),
                   help=translate("cli.report", "also write the self-care plan as its own PDF"))
    p.add_argument("--plan-therapies", dest="plan_therapies", metavar=QCoreApplication.translate("cli.report", "KEYS"),
                   help=translate("cli.report", "catalogue keys of the therapies for the self-care plan "
                          "(default: the home therapies tried that helped)"))
    p.add_argument("--paper", choices=("auto", "A4", "Letter"), default="auto",
                   help=translate("cli.report", "paper size (default: from the locale)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.report", "print what was written as JSON"))
    add_db_option(p)
    p.set_defaults(func=run_report)


def parse_sections(value: str) -> tuple[str, ...]:
    names = [s.strip().lower() for s in value.split(",") if s.strip()]
    if not names:
        raise ValueError(QCoreApplication.translate("cli.report",
                                                    "--sections: name at least one section"))
    for name in names:
        if name not in SECTION_NAMES:
            raise ValueError(
                QCoreApplication.translate(
                    "cli.report", "--sections: unknown section %1; choose from %2")
                .replace("%1", repr(name)).replace("%2", ", ".join(SECTION_NAMES))
            )
    return tuple(s for s in SECTION_NAMES if s in names)


def _check_out(out: Path) -> str | None:
    translate = QCoreApplication.translate  # this name lupdate reads (not an alias)
    if out.suffix.lower() != ".pdf":
        return translate("cli.report", "%1 should end in .pdf").replace("%1", str(out))
    if not out.parent.is_dir():
        return translate("cli.report", "the folder %1 does not exist").replace("%1", str(out.parent))
    if out.is_dir():
        return translate("cli.report", "%1 is a folder").replace("%1", str(out))
    return None


def run_report(args: argparse.Namespace) -> int:
    from bodymap.commands.history import parse_range
    from bodymap.report import words
    from bodymap.report.model import period_range
    from bodymap.store.errors import NotFoundError, StoreError

    translate = QCoreApplication.translate  # this name lupdate reads (not an alias)
    try:
        start, end = parse_range(args)
        sections = parse_sections(args.sections)
    except ValueError as exc:
        return fail(said(exc))
    dated = start is not None or end is not None
    if args.episode is not None and (dated or args.everything):
        return fail(translate("cli.report", "give either --episode or --from/--to (or --all), not both"))
    if args.everything and dated:
        return fail(translate("cli.report", "give either --all or --from/--to, not both"))
    if args.episode is None and not dated and not args.everything:
        start, end = period_range(DEFAULT_PERIOD, date.today())  # as the window does
    from bodymap.report.export import ensure_gui_application

    ensure_gui_application()  # the translator too: the default file name is in the language
    targets = [("--out", Path(args.out).expanduser() if args.out
                else Path.cwd() / words.default_pdf_name(date.today()))]
    if args.self_care:
        targets.append(("--self-care", Path(args.self_care).expanduser()))
    from bodymap.files import UnsafeTarget, check_target

    for flag, out in targets:
        problem = _check_out(out)
        if problem:
            return fail(f"{flag}: {problem}")
        try:
            check_target(out)  # a link, a FIFO or a device: refused before any work
        except UnsafeTarget as exc:
            return fail(f"{flag}: {exc}", 1)
    plan_keys = None
    if args.plan_therapies:
        plan_keys = tuple(k.strip() for k in args.plan_therapies.split(",") if k.strip())
    wanted = tuple(dict.fromkeys(sections + (("plan",) if args.self_care else ())))

    from bodymap.commands import reading_profile_id

    try:
        diary = open_diary(args, create=False)  # a report only reads: never a new diary
    except StoreError as exc:
        return fail(said(exc), 1)
    try:
        try:
            profile_id = reading_profile_id(diary, args.profile)
        except NotFoundError as exc:
            return fail(said(exc))
        from bodymap.report.model import build_report

        try:
            data = build_report(diary, profile_id, start, end, args.episode, wanted,
                                plan_keys=plan_keys)
        except NotFoundError as exc:
            return fail(said(exc))
    finally:
        diary.close()

    from bodymap.report.export import write_pdf
    from bodymap.report.render import ReportOptions

    written = []
    jobs = [(targets[0][1], ReportOptions(sections=sections, paper=args.paper,
                                          summary=args.summary))]
    if args.self_care:
        jobs.append((targets[1][1], ReportOptions(sections=("plan",), paper=args.paper)))
    for out, options in jobs:
        try:
            pages = write_pdf(out, data, options)
        except OSError as exc:
            from bodymap.files import os_error_sentence

            text = os_error_sentence(exc)
            return fail(translate("cli.report", "cannot write %1: %2; no PDF was written")
                        .replace("%1", str(out)).replace("%2", text), 1)
        written.append((out, pages))
    if args.json:
        print_json({"file": str(written[0][0]), "pages": written[0][1], "profile": data.person,
                    "period": data.period_text, "episodes": data.episode_count,
                    "sections": list(sections), "summary": bool(args.summary),
                    "self_care": (str(written[1][0]) if len(written) > 1 else None)})
    else:
        for out, pages in written:
            line = translate("cli.report", "%1: 1 page (%2)") if pages == 1 else translate(
                "cli.report", "%1: %n pages (%2)", None, pages)
            print(line.replace("%1", str(out)).replace("%2", words.span(data.period_start,
                                                                        data.period_end)))
    return 0
