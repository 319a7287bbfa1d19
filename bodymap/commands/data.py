"""``bodymap export``, ``import``, ``backup`` and ``restore``: the data-safety commands.

* ``bodymap export --format json|csv --out FILE [--profile NAME] [--from DATE --to DATE]``
  writes the JSON export (docs/export-format.md) or the three CSV tables (into a ``.zip`` when
  FILE ends in ``.zip``, else into the folder FILE).  Dates are the person's local calendar
  dates, both inclusive.
* ``bodymap import FILE`` validates the whole file, then writes it all or nothing and prints what
  was added and what was already there.  A malformed file: a message naming where it is wrong on
  stderr, exit status 1, the database unchanged.
* ``bodymap backup [--out FILE]`` copies the database with the sqlite3 backup API; for a diary on
  a database server (PostgreSQL) it writes a full JSON export into the backups folder of the
  user data folder, named with the database and the time.
* ``bodymap restore FILE`` checks FILE, keeps the current database as a backup, then replaces it
  (SQLite only: on a server, import a JSON backup or use the server's own backups).

Every file written is owner-only and whole or absent; a target that is a symbolic link, a FIFO,
a device or a folder is refused with a message saying so (:mod:`bodymap.files`).

Exit status: 0 done, 1 refused (bad file, no such profile, damaged backup), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from bodymap.commands import add_db_option, fail, open_diary, print_json, said
from bodymap.i18n import formats


class TerminalProgress:
    """``progress(done, total)`` as a line on stderr (``exporting: 42%``, rewritten in place).

    ``total`` 0 with nothing done is "not known yet" (an import reports it before it has read
    anything), not "all done": nothing is shown for it.  :meth:`close` ends a line left open
    when the job stops before 100 % (an error, Ctrl+C), so that what is said next starts on
    a line of its own."""

    def __init__(self, label: str, stream: Any) -> None:
        self.label = label
        self.stream = stream
        self.percent = -1  # shown last; -1: nothing shown yet

    def __call__(self, done: int, total: int) -> None:
        if total <= 0 and done <= 0:
            return
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if percent == self.percent:
            return
        self.percent = percent
        end = "\n" if percent >= 100 else ""
        self.stream.write(f"\r{self.label}: {percent}%" + end)
        self.stream.flush()

    def close(self) -> None:
        if 0 <= self.percent < 100:
            self.percent = -1
            self.stream.write("\n")
            self.stream.flush()


def terminal_progress(label: str) -> TerminalProgress | None:
    """A progress line on stderr when stderr is a terminal; None otherwise (a script, a log
    file, a pipe gets no progress noise)."""
    stream = sys.stderr
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    return TerminalProgress(label, stream)


def _ended(progress: TerminalProgress | None) -> None:
    if progress is not None:
        progress.close()


def _date(text: str) -> Any:
    from bodymap.store.transfer import TransferError, parse_date

    try:
        return parse_date(text)
    except TransferError as exc:
        raise argparse.ArgumentTypeError(said(exc)) from exc


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help=QCoreApplication.translate("cli.data", "export the diary as JSON or CSV"),
        description=QCoreApplication.translate(
            "cli.data",
            "Export every profile (or one) and every episode (or those between two dates) as "
            "the complete JSON format or as CSV tables for a spreadsheet."),
    )
    add_db_option(p)
    file_ = QCoreApplication.translate("cli.data", "FILE")
    date_ = QCoreApplication.translate("cli.data", "DATE")
    p.add_argument("--format", choices=("json", "csv"), default="json",
                   help=QCoreApplication.translate("cli.data", "default: json"))
    p.add_argument(
        "--out", metavar=file_, required=True,
        help=QCoreApplication.translate(
            "cli.data", "file to write (JSON), or a .zip file or a folder (CSV)"),
    )
    p.add_argument("--profile", metavar=QCoreApplication.translate("cli.data", "NAME"),
                   help=QCoreApplication.translate("cli.data", "only this profile"))
    p.add_argument("--from", dest="start", metavar=date_, type=_date,
                   help=QCoreApplication.translate("cli.data", "first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="end", metavar=date_, type=_date,
                   help=QCoreApplication.translate("cli.data", "last day, YYYY-MM-DD"))
    p.set_defaults(func=run_export)

    p = subparsers.add_parser(
        "import",
        help=QCoreApplication.translate("cli.data", "import a JSON export into the diary"),
        description=QCoreApplication.translate(
            "cli.data",
            "Import a JSON export written by any version of bodymap. The whole file is checked "
            "first; then it is written all or nothing. Records already in the diary are not "
            "added twice."),
    )
    add_db_option(p)
    p.add_argument("file", metavar=file_, type=Path)
    p.add_argument("--json", action="store_true", help=QCoreApplication.translate(
        "cli.data", "print the summary as JSON"))
    p.set_defaults(func=run_import)

    p = subparsers.add_parser(
        "backup",
        help=QCoreApplication.translate("cli.data", "back up the diary database now"),
        description=QCoreApplication.translate(
            "cli.data",
            "Copy the diary with the sqlite3 backup API, into the backups folder beside the "
            "database or to FILE. A diary on a database server is backed up as a full JSON "
            "export into the backups folder of the user data folder."),
    )
    add_db_option(p)
    p.add_argument("--out", metavar=file_, type=Path, help=QCoreApplication.translate(
        "cli.data", "where to write the backup"))
    p.add_argument("--list", action="store_true", help=QCoreApplication.translate(
        "cli.data", "list the existing backups instead"))
    p.set_defaults(func=run_backup)

    p = subparsers.add_parser(
        "restore",
        help=QCoreApplication.translate("cli.data", "replace the diary with a backup"),
        description=QCoreApplication.translate(
            "cli.data",
            "Check FILE, keep the current diary as a backup, then replace it with FILE."),
    )
    add_db_option(p)
    p.add_argument("file", metavar=file_, type=Path)
    p.set_defaults(func=run_restore)


def _not_imported(file: object, error: object) -> str:
    return QCoreApplication.translate(
        "cli.data", "{file} cannot be imported: {error}\nThe diary was not changed."
    ).format(file=file, error=said(error) if isinstance(error, BaseException) else error)


def _bytes(size: int) -> str:
    from bodymap.i18n import formats

    return QCoreApplication.translate("cli.data", "{n} bytes").format(n=formats.integer(size))


def _db_url(args: argparse.Namespace) -> str:
    from bodymap.paths import resolve_db

    return resolve_db(getattr(args, "db", None))


def _db_file(args: argparse.Namespace) -> Path | None:
    from bodymap.paths import sqlite_file

    return sqlite_file(_db_url(args))


def run_export(args: argparse.Namespace) -> int:
    from bodymap.store.errors import StoreError
    from bodymap.store.transfer import CsvTargetError, check_csv_target, export_csv, export_json

    if args.format == "csv":
        try:
            check_csv_target(Path(args.out))
        except CsvTargetError as exc:
            if exc.problem == "file":
                return fail(QCoreApplication.translate(
                    "cli.data", "{path} is a file: CSV tables go into a .zip file or a folder "
                    "(for example {zip})").format(path=exc.out, zip=exc.suggestion), 1)
            return fail(QCoreApplication.translate(
                "cli.data", "CSV tables go into a .zip file or a folder, and {name} is "
                "neither: use {zip} for a zip file, or a name without an extension for a "
                "folder").format(name=exc.out.name, zip=exc.suggestion), 1)
    if args.start and args.end and args.end < args.start:
        return fail(QCoreApplication.translate("cli.data", "--to is before --from"), 2)
    try:
        diary = open_diary(args, create=False)  # an export only reads: never a new diary
    except StoreError as exc:
        return fail(said(exc), 1)
    progress = terminal_progress(QCoreApplication.translate("cli.data", "exporting"))
    try:
        writer = export_json if args.format == "json" else export_csv
        summary = writer(
            diary, Path(args.out), profile=args.profile, start=args.start, end=args.end,
            progress=progress,
        )
    except StoreError as exc:
        _ended(progress)
        return fail(said(exc), 1)
    finally:
        _ended(progress)  # and on Ctrl+C, before "interrupted" is said
        diary.close()
    # plain names for the counts: lupdate reads no other expression there
    episodes, marks, uses, profiles = (
        summary.episodes, summary.marks, summary.therapy_uses, summary.profiles)
    episodes_text = QCoreApplication.translate("cli.data", "%n episodes", None, episodes)
    marks_text = QCoreApplication.translate("cli.data", "%n marks", None, marks)
    uses_text = QCoreApplication.translate("cli.data", "%n therapy uses", None, uses)
    profiles_text = QCoreApplication.translate("cli.data", "%n profiles", None, profiles)
    print(QCoreApplication.translate(
        "cli.data", "exported {episodes}, {marks} and {uses} of {profiles} to {path}"
    ).format(episodes=episodes_text, marks=marks_text, uses=uses_text, profiles=profiles_text,
             path=summary.path))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from bodymap.store.errors import StoreError
    from bodymap.store.transfer import TransferError, apply_plan, read_export

    _db_url(args)  # a bad --db is said before the file is read
    try:
        plan = read_export(args.file)  # the whole file, before the database is even opened
    except TransferError as exc:
        return fail(_not_imported(args.file, exc), 1)
    try:
        diary = open_diary(args)
    except StoreError as exc:
        return fail(said(exc), 1)
    progress = terminal_progress(QCoreApplication.translate("cli.data", "importing"))
    try:
        summary = apply_plan(diary, plan, progress=progress)
    except StoreError as exc:
        _ended(progress)
        return fail(_not_imported(args.file, exc), 1)
    finally:
        _ended(progress)  # and on Ctrl+C, before "interrupted" is said
        diary.close()
    if args.json:
        print_json(summary.as_dict())
    else:
        print(QCoreApplication.translate("cli.data", "imported {file}:").format(file=args.file))
        for line in _summary_lines(summary):
            print(f"  {line}")
    return 0


def _summary_lines(summary: Any) -> list[str]:
    """The import summary in the language of the run (the store's ``lines()`` are English)."""
    translate = QCoreApplication.translate
    names = {
        "profiles": translate("cli.data", "people"),
        "therapies": translate("cli.data", "therapies"),
        "episodes": translate("cli.data", "episodes"),
        "marks": translate("cli.data", "marks"),
        "therapy_uses": translate("cli.data", "therapy uses"),
        "assessments": translate("cli.data", "fibromyalgia assessments"),
        "tender_exams": translate("cli.data", "tender-point exams"),
        "psfs_activities": translate("cli.data", "PSFS activities"),
        "psfs_ratings": translate("cli.data", "PSFS ratings"),
        "pgic_ratings": translate("cli.data", "PGIC ratings"),
    }
    kinds = list(summary.KINDS) + [
        k for k in summary.OPTIONAL_KINDS if k in summary.added or k in summary.skipped
    ]
    return [
        translate("cli.data", "{what}: {added} added, {skipped} already there").format(
            what=names.get(k, k), added=formats.integer(summary.added.get(k, 0)),
            skipped=formats.integer(summary.skipped.get(k, 0)))
        for k in kinds
    ]


def run_backup(args: argparse.Namespace) -> int:
    from bodymap.store.backup import BackupError, backup_diary, list_backups, list_server_backups
    from bodymap.store.engine import make_engine
    from bodymap.store.errors import StoreError
    from bodymap.store.service import Diary

    url = _db_url(args)
    db_file = _db_file(args)
    if db_file is not None and args.list:
        for info in list_backups(db_file):
            episodes = info.episodes
            state = (QCoreApplication.translate("cli.data", "%n episodes", None, episodes)
                     if info.ok else QCoreApplication.translate(
                         "cli.data", "DAMAGED ({problem})").format(problem=info.problem))
            stamp = info.local_created.strftime("%Y-%m-%d %H:%M")
            print(f"{stamp}  {info.reason:<16} {_bytes(info.size):>16}  {state}  {info.path}")
        return 0
    try:
        # A diary file is copied as it is: never created, checked or upgraded by a backup.  A
        # server database is opened as usual (it is exported, so its schema must be current).
        diary = Diary(make_engine(url)) if db_file is not None else Diary.open(url)
    except StoreError as exc:
        return fail(said(exc), 1)
    try:
        if args.list:
            for info in list_server_backups(diary):
                stamp = info.local_created.strftime("%Y-%m-%d %H:%M")
                print(f"{stamp}  {info.reason:<16} {_bytes(info.size):>16}  JSON  {info.path}")
            return 0
        out = backup_diary(diary, args.out)
    except BackupError as exc:
        return fail(said(exc), 1)
    finally:
        diary.close()
    print(QCoreApplication.translate("cli.data", "backed up {diary} to {out}").format(
        diary=db_file or diary.describe(), out=out))
    if db_file is None:
        print(QCoreApplication.translate(
            "cli.data", "(a full JSON export: restore it with `bodymap import`; the server's "
            "own backups, such as pg_dump, remain the practice's safety net)"))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from bodymap.store.backup import BackupError, restore

    db_file = _db_file(args)
    if db_file is None:
        return fail(QCoreApplication.translate(
            "cli.data",
            "restore replaces a diary file (SQLite); a diary on a database server is not "
            "replaced wholesale. To bring back a JSON backup, use `bodymap import FILE`; to go "
            "back in time on the server, use the server's own backups (pg_dump)."), 2)
    if Path(args.file).suffix.lower() == ".json":
        return fail(QCoreApplication.translate(
            "cli.data", "{file} is a JSON export, not a diary file: use `bodymap import` to "
            "bring its records into the diary").format(file=args.file), 1)
    try:
        kept = restore(db_file, args.file)
    except BackupError as exc:
        return fail(QCoreApplication.translate(
            "cli.data", "{error}\nThe diary was not changed.").format(error=exc), 1)
    print(QCoreApplication.translate("cli.data", "restored {diary} from {file}").format(
        diary=db_file, file=args.file))
    if kept is not None:
        print(QCoreApplication.translate("cli.data", "the previous diary was kept as {kept}")
              .format(kept=kept), file=sys.stdout)
    return 0
