"""``bodymap history REGION`` and ``bodymap heatmap``: the history figures without a window.

* ``bodymap history REGION [--from DATE] [--to DATE] [--json]``: episodes, mean and peak
  intensity, how often (per week and per week/month bars), pain qualities, trigger points and the
  atlas muscles that refer pain there, therapies with their outcomes.
* ``bodymap heatmap [--from DATE] [--to DATE] [--metric frequency|mean|peak] [--json]``: one value
  per region, highest first.

Dates are the person's local calendar dates (YYYY-MM-DD); ``--to`` is inclusive.  Exit codes:
0 done, 2 bad input (unknown region, bad date or metric), 1 the database cannot be opened.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from typing import Any

from bodymap.commands import add_db_option, fail, open_diary, print_json, reading_profile_id
from bodymap.store.errors import ValidationError
from bodymap.store.records import check_day


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "history",
        help="the history of one body region",
        description="Show how often a body region hurt and how much, the pain qualities, the "
        "trigger points marked there and the muscles that can refer pain there, and the "
        "therapies used there with their outcomes.",
    )
    p.add_argument("region", metavar="REGION", help="region id, e.g. neck_back.right")
    _add_range(p)
    p.add_argument("--profile", metavar="NAME", help="profile (default: the first one)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_history)

    p = subparsers.add_parser(
        "heatmap",
        help="one value per body region over a date range",
        description="How often each region hurt (episodes per week) or its mean or peak "
        "intensity over the range, highest first.",
    )
    _add_range(p)
    p.add_argument(
        "--metric", choices=("frequency", "mean", "peak"), default="frequency",
        help="episodes per week (default), mean or peak intensity",
    )
    p.add_argument("--profile", metavar="NAME", help="profile (default: the first one)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(p)
    p.set_defaults(func=run_heatmap)


def _add_range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day (inclusive)")


def _utc(day: date) -> datetime:
    """Local midnight of ``day`` as naive UTC."""
    from bodymap.store.records import to_utc

    return to_utc(datetime.combine(day, time()).astimezone())[0]


def parse_range(args: argparse.Namespace) -> tuple[datetime | None, datetime | None]:
    """(start, end) in naive UTC from --from/--to; raises ValueError with a clear message."""
    out: list[datetime | None] = []
    for flag, value, extra in (("--from", args.date_from, 0), ("--to", args.date_to, 1)):
        if value is None:
            out.append(None)
            continue
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{flag}: {value!r} is not a date (use YYYY-MM-DD)") from None
        try:
            check_day(day, flag)
        except ValidationError as exc:
            raise ValueError(str(exc)) from None
        out.append(_utc(day + timedelta(days=extra)))
    start, end = out
    if start is not None and end is not None and end <= start:
        raise ValueError("--to must not be before --from")
    return start, end


def _open(args: argparse.Namespace) -> tuple[Any, int]:
    """The diary (only read: a file that does not exist is an error) and the profile's id."""
    diary = open_diary(args, create=False)
    try:
        return diary, reading_profile_id(diary, args.profile)
    except BaseException:
        diary.close()
        raise


def _known_region(region_id: str) -> bool:
    try:
        from bodymap.anatomy import regions
    except ImportError:  # pragma: no cover
        return True
    return region_id in regions.REGIONS


def run_history(args: argparse.Namespace) -> int:
    from bodymap.store import history
    from bodymap.store.errors import NotFoundError, StoreError

    try:
        start, end = parse_range(args)
    except ValueError as exc:
        return fail(str(exc))
    if not _known_region(args.region):
        return fail(f"unknown region {args.region!r} (see `bodymap regions`)")
    try:
        diary, profile_id = _open(args)
    except NotFoundError as exc:
        return fail(str(exc))
    except StoreError as exc:
        return fail(str(exc), 1)
    try:
        h = history.region_history(diary, profile_id, args.region, start, end)
    finally:
        diary.close()
    if args.json:
        print_json(h.to_dict())
        return 0
    print(f"{h.label} ({h.region_id})")
    mean = h.mean_intensity
    print(f"  episodes: {h.episode_count}   per week: {h.per_week:.2f}")
    if mean is not None:
        print(f"  intensity: mean {mean:.1f}, peak {h.peak_intensity} (0-10)")
    if h.qualities:
        print("  qualities: " + ", ".join(f"{q.quality} {q.count}" for q in h.qualities))
    if h.trigger_points:
        print("  trigger points marked here:")
        for t in h.trigger_points:
            print(f"    {t.muscle_name or '?'} ({t.state}): {t.count}")
    if h.referring_muscles:
        print("  muscles that can refer pain here: "
              + ", ".join(m.muscle_name for m in h.referring_muscles))
    if h.therapies:
        print("  therapies (better / same / worse, mean relief):")
        for th in h.therapies:
            relief = "-" if th.mean_relief is None else f"{th.mean_relief:.1f}"
            print(f"    {th.name}: {th.better} / {th.same} / {th.worse}, relief {relief}")
    return 0


def run_heatmap(args: argparse.Namespace) -> int:
    from bodymap.store import history
    from bodymap.store.errors import NotFoundError, StoreError

    try:
        start, end = parse_range(args)
    except ValueError as exc:
        return fail(str(exc))
    try:
        diary, profile_id = _open(args)
    except NotFoundError as exc:
        return fail(str(exc))
    except StoreError as exc:
        return fail(str(exc), 1)
    try:
        values = history.heatmap(diary, profile_id, start, end, args.metric)
    finally:
        diary.close()
    ordered = dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))
    if args.json:
        print_json({
            "metric": args.metric,
            "from": start.isoformat() if start else None,
            "to": end.isoformat() if end else None,
            "values": {k: round(v, 3) for k, v in ordered.items()},
        })
        return 0
    unit = {"frequency": "episodes/week", "mean": "mean 0-10", "peak": "peak 0-10"}[args.metric]
    print(f"{'region':<42} {unit}")
    for region, value in ordered.items():
        print(f"{history.region_label(region)[:41]:<42} {value:.2f}")
    return 0
