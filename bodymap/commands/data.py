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

from bodymap.commands import add_db_option, fail, open_diary, print_json


def _date(text: str) -> Any:
    from bodymap.store.transfer import TransferError, parse_date

    try:
        return parse_date(text)
    except TransferError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help="export the diary as JSON or CSV",
        description="Export every profile (or one) and every episode (or those between two "
        "dates) as the complete JSON format or as CSV tables for a spreadsheet.",
    )
    add_db_option(p)
    p.add_argument("--format", choices=("json", "csv"), default="json", help="default: json")
    p.add_argument(
        "--out", metavar="FILE", required=True,
        help="file to write (JSON), or a .zip file or a folder (CSV)",
    )
    p.add_argument("--profile", metavar="NAME", help="only this profile")
    p.add_argument("--from", dest="start", metavar="DATE", type=_date, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last day, YYYY-MM-DD")
    p.set_defaults(func=run_export)

    p = subparsers.add_parser(
        "import",
        help="import a JSON export into the diary",
        description="Import a JSON export written by any version of bodymap. The whole file is "
        "checked first; then it is written all or nothing. Records already in the diary are "
        "not added twice.",
    )
    add_db_option(p)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=run_import)

    p = subparsers.add_parser(
        "backup",
        help="back up the diary database now",
        description="Copy the diary with the sqlite3 backup API, into the backups folder beside "
        "the database or to FILE. A diary on a database server is backed up as a full JSON "
        "export into the backups folder of the user data folder.",
    )
    add_db_option(p)
    p.add_argument("--out", metavar="FILE", type=Path, help="where to write the backup")
    p.add_argument("--list", action="store_true", help="list the existing backups instead")
    p.set_defaults(func=run_backup)

    p = subparsers.add_parser(
        "restore",
        help="replace the diary with a backup",
        description="Check FILE, keep the current diary as a backup, then replace it with FILE.",
    )
    add_db_option(p)
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(func=run_restore)


def _db_url(args: argparse.Namespace) -> str:
    from bodymap.paths import resolve_db

    return resolve_db(getattr(args, "db", None))


def _db_file(args: argparse.Namespace) -> Path | None:
    from bodymap.paths import sqlite_file

    return sqlite_file(_db_url(args))


def run_export(args: argparse.Namespace) -> int:
    from bodymap.store.errors import StoreError
    from bodymap.store.transfer import export_csv, export_json

    if args.start and args.end and args.end < args.start:
        return fail("--to is before --from", 2)
    try:
        diary = open_diary(args, create=False)  # an export only reads: never a new diary
    except StoreError as exc:
        return fail(str(exc), 1)
    try:
        writer = export_json if args.format == "json" else export_csv
        summary = writer(
            diary, Path(args.out), profile=args.profile, start=args.start, end=args.end
        )
    except StoreError as exc:
        return fail(str(exc), 1)
    finally:
        diary.close()
    print(
        f"exported {summary.episodes} episodes, {summary.marks} marks and "
        f"{summary.therapy_uses} therapy uses of {summary.profiles} profile(s) to {summary.path}"
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from bodymap.store.errors import StoreError
    from bodymap.store.transfer import TransferError, apply_plan, read_export

    _db_url(args)  # a bad --db is said before the file is read
    try:
        plan = read_export(args.file)  # the whole file, before the database is even opened
    except TransferError as exc:
        return fail(f"{args.file} cannot be imported: {exc}\nThe diary was not changed.", 1)
    try:
        diary = open_diary(args)
    except StoreError as exc:
        return fail(str(exc), 1)
    try:
        summary = apply_plan(diary, plan)
    except StoreError as exc:
        return fail(f"{args.file} cannot be imported: {exc}\nThe diary was not changed.", 1)
    finally:
        diary.close()
    if args.json:
        print_json(summary.as_dict())
    else:
        print(f"imported {args.file}:")
        for line in summary.lines():
            print(f"  {line}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from bodymap.store.backup import BackupError, backup_diary, list_backups, list_server_backups
    from bodymap.store.engine import make_engine
    from bodymap.store.errors import StoreError
    from bodymap.store.service import Diary

    url = _db_url(args)
    db_file = _db_file(args)
    if db_file is not None and args.list:
        for info in list_backups(db_file):
            state = f"{info.episodes} episodes" if info.ok else f"DAMAGED ({info.problem})"
            stamp = info.local_created.strftime("%Y-%m-%d %H:%M")
            print(f"{stamp}  {info.reason:<16} {info.size:>10} bytes  {state}  {info.path}")
        return 0
    try:
        # A diary file is copied as it is: never created, checked or upgraded by a backup.  A
        # server database is opened as usual (it is exported, so its schema must be current).
        diary = Diary(make_engine(url)) if db_file is not None else Diary.open(url)
    except StoreError as exc:
        return fail(str(exc), 1)
    try:
        if args.list:
            for info in list_server_backups(diary):
                stamp = info.local_created.strftime("%Y-%m-%d %H:%M")
                print(f"{stamp}  {info.reason:<16} {info.size:>10} bytes  JSON  {info.path}")
            return 0
        out = backup_diary(diary, args.out)
    except BackupError as exc:
        return fail(str(exc), 1)
    finally:
        diary.close()
    print(f"backed up {db_file or diary.describe()} to {out}")
    if db_file is None:
        print("(a full JSON export: restore it with `bodymap import`; the server's own backups, "
              "such as pg_dump, remain the practice's safety net)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from bodymap.store.backup import BackupError, restore

    db_file = _db_file(args)
    if db_file is None:
        return fail(
            "restore replaces a diary file (SQLite); a diary on a database server is not "
            "replaced wholesale. To bring back a JSON backup, use `bodymap import FILE`; to go "
            "back in time on the server, use the server's own backups (pg_dump).",
            2,
        )
    if Path(args.file).suffix.lower() == ".json":
        return fail(f"{args.file} is a JSON export, not a diary file: use `bodymap import` "
                    "to bring its records into the diary", 1)
    try:
        kept = restore(db_file, args.file)
    except BackupError as exc:
        return fail(f"{exc}\nThe diary was not changed.", 1)
    print(f"restored {db_file} from {args.file}")
    if kept is not None:
        print(f"the previous diary was kept as {kept}", file=sys.stdout)
    return 0
