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

from PySide6.QtCore import QCoreApplication

from bodymap.commands import add_db_option, fail, open_diary, print_json, reading_profile_id, said
from bodymap.store.errors import ValidationError
from bodymap.store.records import check_day


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "history",
        help=QCoreApplication.translate("cli.history", "the history of one body region"),
        description=QCoreApplication.translate(
            "cli.history",
            "Show how often a body region hurt and how much, the pain qualities, the trigger "
            "points marked there and the muscles that can refer pain there, and the therapies "
            "used there with their outcomes."),
    )
    p.add_argument("region", metavar=QCoreApplication.translate("cli.history", "REGION"),
                   help=QCoreApplication.translate(
                       "cli.history", "region id, e.g. neck_back.right"))
    _add_range(p)
    _add_profile_and_json(p)
    add_db_option(p)
    p.set_defaults(func=run_history)

    p = subparsers.add_parser(
        "heatmap",
        help=QCoreApplication.translate(
            "cli.history", "one value per body region over a date range"),
        description=QCoreApplication.translate(
            "cli.history",
            "How often each region hurt (episodes per week) or its mean or peak intensity over "
            "the range, highest first."),
    )
    _add_range(p)
    p.add_argument(
        "--metric", choices=("frequency", "mean", "peak"), default="frequency",
        help=QCoreApplication.translate(
            "cli.history", "episodes per week (default), mean or peak intensity"),
    )
    _add_profile_and_json(p)
    add_db_option(p)
    p.set_defaults(func=run_heatmap)


def _add_range(p: argparse.ArgumentParser) -> None:
    date = QCoreApplication.translate("cli.history", "DATE")
    p.add_argument("--from", dest="date_from", metavar=date,
                   help=QCoreApplication.translate("cli.history", "first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", metavar=date,
                   help=QCoreApplication.translate("cli.history", "last day (inclusive)"))


def _add_profile_and_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", metavar=QCoreApplication.translate("cli.history", "NAME"),
                   help=QCoreApplication.translate(
                       "cli.history", "profile (default: the first one)"))
    p.add_argument("--json", action="store_true",
                   help=QCoreApplication.translate("cli.history", "print JSON"))


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
            raise ValueError(QCoreApplication.translate(
                "cli.history", "{flag}: {value} is not a date (use YYYY-MM-DD)"
            ).format(flag=flag, value=repr(value))) from None
        try:
            check_day(day, flag)
        except ValidationError as exc:
            raise ValueError(said(exc)) from None
        out.append(_utc(day + timedelta(days=extra)))
    start, end = out
    if start is not None and end is not None and end <= start:
        raise ValueError(QCoreApplication.translate("cli.history", "--to must not be before --from"))
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
        return fail(said(exc))
    if not _known_region(args.region):
        return fail(QCoreApplication.translate(
            "cli.history", "unknown region {region} (see `bodymap regions`)"
        ).format(region=repr(args.region)))
    try:
        diary, profile_id = _open(args)
    except NotFoundError as exc:
        return fail(said(exc))
    except StoreError as exc:
        return fail(said(exc), 1)
    try:
        h = history.region_history(diary, profile_id, args.region, start, end)
    finally:
        diary.close()
    from bodymap.i18n import formats
    from bodymap.ui.labels import region_label, therapy_name

    label = region_label(h.region_id)
    if args.json:
        data = h.to_dict()
        if isinstance(data, dict) and "label" in data:
            data["label"] = label  # the labels follow the language; keys and ids stay
            for key in ("trigger_points", "referring_muscles"):
                for item in data.get(key) or []:
                    if isinstance(item, dict) and item.get("muscle"):
                        item["name"] = _muscle(item["muscle"], item.get("name") or "")
        print_json(data)
        return 0
    print(f"{label} ({h.region_id})")
    mean = h.mean_intensity
    print(QCoreApplication.translate("cli.history", "  episodes: {count}   per week: {per_week}")
          .format(count=h.episode_count, per_week=formats.number(h.per_week, 2)))
    if mean is not None:
        print(QCoreApplication.translate(
            "cli.history", "  intensity: mean {mean}, peak {peak} (0-10)"
        ).format(mean=formats.number(mean), peak=h.peak_intensity))
    if h.qualities:
        print(QCoreApplication.translate("cli.history", "  qualities: {list}").format(
            list=", ".join(f"{_quality(q.quality)} {q.count}" for q in h.qualities)))
    if h.trigger_points:
        print(QCoreApplication.translate("cli.history", "  trigger points marked here:"))
        for t in h.trigger_points:
            print(f"    {_muscle(t.muscle_key, t.muscle_name) or '?'} ({_state(t.state)}): {t.count}")
    if h.referring_muscles:
        print(QCoreApplication.translate("cli.history", "  muscles that can refer pain here: {list}")
              .format(list=", ".join(_muscle(m.muscle_key, m.muscle_name)
                                     for m in h.referring_muscles)))
    if h.therapies:
        print(QCoreApplication.translate(
            "cli.history", "  therapies (better / same / worse, mean relief):"))
        for th in h.therapies:
            relief = "-" if th.mean_relief is None else formats.number(th.mean_relief)
            print(QCoreApplication.translate(
                "cli.history", "    {name}: {better} / {same} / {worse}, relief {relief}"
            ).format(name=therapy_name(th.name, getattr(th, "key", None)), better=th.better,
                     same=th.same, worse=th.worse, relief=relief))
    return 0


def _muscle(key: str | None, fallback: str) -> str:
    """An atlas muscle's name in the language of the run (the stored name if not in the atlas)."""
    if not key:
        return fallback
    try:
        from bodymap.anatomy import atlas

        return atlas.get(key).name
    except (KeyError, LookupError, ValueError):
        return fallback


def _quality(quality: str) -> str:
    """A pain quality (a key such as "aching") in the language of the run."""
    return QCoreApplication.translate("MarkPanel", quality)


def _state(state: str | None) -> str:
    words = {
        "active": QCoreApplication.translate("cli.history", "active"),
        "latent": QCoreApplication.translate("cli.history", "latent"),
        "resolved": QCoreApplication.translate("cli.history", "resolved"),
    }
    return words.get(state or "", state or "?")


def run_heatmap(args: argparse.Namespace) -> int:
    from bodymap.store import history
    from bodymap.store.errors import NotFoundError, StoreError

    try:
        start, end = parse_range(args)
    except ValueError as exc:
        return fail(said(exc))
    try:
        diary, profile_id = _open(args)
    except NotFoundError as exc:
        return fail(said(exc))
    except StoreError as exc:
        return fail(said(exc), 1)
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
    from bodymap.i18n import formats
    from bodymap.ui.labels import region_label

    unit = {
        "frequency": QCoreApplication.translate("cli.history", "episodes/week"),
        "mean": QCoreApplication.translate("cli.history", "mean 0-10"),
        "peak": QCoreApplication.translate("cli.history", "peak 0-10"),
    }[args.metric]
    heading = QCoreApplication.translate("cli.history", "region")
    print(f"{heading:<42} {unit}")
    for region, value in ordered.items():
        print(f"{region_label(region)[:41]:<42} {formats.number(value, 2)}")
    return 0
