"""``bodymap outcomes``: the outcome measures a physiotherapist uses, PSFS and PGIC.

* ``bodymap outcomes [--from DATE] [--to DATE] [--profile NAME] [--json]``: both measures of the
  period (all by default): the PSFS activities with their ratings, the PSFS score of each day
  rated (the mean of the activities), and the PGIC ratings.
* ``bodymap outcomes psfs add NAME [--on DATE]``: name a new activity (at most 5 in use);
  ``psfs rate ACTIVITY SCORE [--on DATE]``: rate one, 0 (unable to do it) to 10 (as well as
  before the problem), again on the same day replaces it; ``psfs retire ACTIVITY [--on DATE]``
  (stop rating it, its ratings are kept), ``psfs rename ACTIVITY NAME``; ``psfs list``.
  ACTIVITY is the activity's number (``psfs list`` shows it) or its name.
* ``bodymap outcomes pgic add SCORE [--on DATE] [--note TEXT]``: the Patient Global Impression of
  Change, 1 very much improved, 4 no change, 7 very much worse; ``pgic list``.

DATE is the person's local calendar day (YYYY-MM-DD, default today).  ``--json`` prints the
records (keys in English, labels in the language of the run).  Exit status: 0 done; 1 a value
refused (nothing written) or the database cannot be opened; 2 usage (a bad date, no such
profile or activity).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from bodymap.commands import add_db_option, fail, print_json, said
from bodymap.ui.labels import store_message

translate = QCoreApplication.translate


def _day(text: str) -> date:
    from bodymap.store.errors import ValidationError
    from bodymap.store.records import check_day

    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli.outcomes", "{text} is not a date (use YYYY-MM-DD)").format(text=repr(text))) from None
    try:
        return check_day(day)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(store_message(exc)) from None


def _score(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(translate(
                "cli.outcomes", "must be a whole number from {low} to {high}, not {text}"
            ).format(low=low, high=high, text=repr(text[:40])))
        return value

    parse.__name__ = "score"
    return parse


def pgic_label(score: int) -> str:
    """The PGIC wording of a score (NINDS numbering), in the language of the run."""
    labels = {
        1: translate("cli.outcomes", "very much improved"),
        2: translate("cli.outcomes", "much improved"),
        3: translate("cli.outcomes", "minimally improved"),
        4: translate("cli.outcomes", "no change"),
        5: translate("cli.outcomes", "minimally worse"),
        6: translate("cli.outcomes", "much worse"),
        7: translate("cli.outcomes", "very much worse"),
    }
    return labels.get(score, str(score))


def _common(p: argparse.ArgumentParser, *, period: bool = False, on: bool = False,
            json_help: str | None = None) -> None:
    """The options every outcomes command takes (on each sub-command, so they can follow it)."""
    p.add_argument("--profile", metavar=translate("cli.outcomes", "NAME"), default=argparse.SUPPRESS,
                   help=translate("cli.outcomes", "profile (default: the first one)"))
    if period:
        date_word = translate("cli.outcomes", "DATE")
        p.add_argument("--from", dest="date_from", metavar=date_word, type=_day,
                       default=argparse.SUPPRESS, help=translate(
                           "cli.outcomes", "first day, YYYY-MM-DD (default: all)"))
        p.add_argument("--to", dest="date_to", metavar=date_word, type=_day,
                       default=argparse.SUPPRESS, help=translate(
                           "cli.outcomes", "last day, YYYY-MM-DD (default: all)"))
    if on:
        p.add_argument("--on", metavar=translate("cli.outcomes", "DATE"), type=_day,
                       default=argparse.SUPPRESS,
                       help=translate("cli.outcomes", "the day, YYYY-MM-DD (default: today)"))
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help=json_help or translate("cli.outcomes", "print JSON"))
    add_db_option(p)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "outcomes",
        help=translate("cli.outcomes", "outcome measures: PSFS and PGIC"),
        description=translate(
            "cli.outcomes",
            "The outcome measures a physiotherapist uses. PSFS (Patient-Specific Functional "
            "Scale): up to five activities you find hard because of your problem, each rated "
            "from 0 (unable to do it) to 10 (as well as before the problem), rated again over "
            "time; the score of a day is the mean of its ratings. PGIC (Patient Global "
            "Impression of Change): at a follow-up, how you are overall since treatment began, "
            "from 1 (very much improved) through 4 (no change) to 7 (very much worse). Without "
            "a sub-command: both measures of the period."),
    )
    _common(p, period=True)
    p.set_defaults(func=run_summary)
    commands = p.add_subparsers(dest="outcomes_command", metavar="{psfs,pgic}")

    psfs = commands.add_parser(
        "psfs", help=translate("cli.outcomes", "the Patient-Specific Functional Scale"),
        description=translate(
            "cli.outcomes",
            "Name up to five activities that are hard because of your problem and rate each "
            "from 0 (unable to do it) to 10 (able to do it as well as before the problem). Rate "
            "the same activities again at each visit; retire one you no longer rate (its "
            "ratings are kept) to make room for another."),
    )
    _common(psfs, period=True)
    psfs.set_defaults(func=run_psfs_list)
    actions = psfs.add_subparsers(dest="psfs_command", metavar="{add,rate,list,retire,rename}")
    activity = translate("cli.outcomes", "ACTIVITY")
    activity_help = translate(
        "cli.outcomes", "the activity's number (as `psfs list` shows it) or its name")

    a = actions.add_parser("add", help=translate("cli.outcomes", "name a new activity"))
    a.add_argument("name", metavar=translate("cli.outcomes", "NAME"),
                   help=translate("cli.outcomes", "the activity, in your words"))
    _common(a, on=True, json_help=translate("cli.outcomes", "print the activity as JSON"))
    a.set_defaults(func=run_psfs_add)

    r = actions.add_parser("rate", help=translate("cli.outcomes", "rate an activity, 0-10"))
    r.add_argument("activity", metavar=activity, help=activity_help)
    r.add_argument("score", metavar="0-10", type=_score(0, 10), help=translate(
        "cli.outcomes", "0 unable to do it, 10 as well as before the problem"))
    _common(r, on=True, json_help=translate("cli.outcomes", "print the rating as JSON"))
    r.set_defaults(func=run_psfs_rate)

    ls = actions.add_parser("list", help=translate("cli.outcomes", "the activities and their ratings"))
    _common(ls, period=True)
    ls.set_defaults(func=run_psfs_list)

    t = actions.add_parser("retire", help=translate(
        "cli.outcomes", "stop rating an activity (its ratings are kept)"))
    t.add_argument("activity", metavar=activity, help=activity_help)
    _common(t, on=True, json_help=translate("cli.outcomes", "print the activity as JSON"))
    t.set_defaults(func=run_psfs_retire)

    n = actions.add_parser("rename", help=translate("cli.outcomes", "give an activity a new name"))
    n.add_argument("activity", metavar=activity, help=activity_help)
    n.add_argument("name", metavar=translate("cli.outcomes", "NAME"),
                   help=translate("cli.outcomes", "the new name"))
    _common(n, json_help=translate("cli.outcomes", "print the activity as JSON"))
    n.set_defaults(func=run_psfs_rename)

    pgic = commands.add_parser(
        "pgic", help=translate("cli.outcomes", "the Patient Global Impression of Change"),
        description=translate(
            "cli.outcomes",
            "How you are overall since your treatment began: 1 very much improved, 2 much "
            "improved, 3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, "
            "7 very much worse."),
    )
    _common(pgic, period=True)
    pgic.set_defaults(func=run_pgic_list)
    pgic_actions = pgic.add_subparsers(dest="pgic_command", metavar="{add,list}")
    g = pgic_actions.add_parser("add", help=translate("cli.outcomes", "record an impression of change"))
    g.add_argument("score", metavar="1-7", type=_score(1, 7), help=translate(
        "cli.outcomes", "1 very much improved, 4 no change, 7 very much worse"))
    g.add_argument("--note", default="", help=translate("cli.outcomes", "a note kept with it"))
    _common(g, on=True, json_help=translate("cli.outcomes", "print the rating as JSON"))
    g.set_defaults(func=run_pgic_add)
    gl = pgic_actions.add_parser("list", help=translate("cli.outcomes", "the ratings of the period"))
    _common(gl, period=True)
    gl.set_defaults(func=run_pgic_list)


# -- opening, errors ----------------------------------------------------------------------------


class _Usage(Exception):
    """A usage problem found once the diary is open (no such activity)."""


def _run(args: argparse.Namespace, work: Callable[[Any, Any], int], *, write: bool) -> int:
    """Open the diary and the profile, run ``work(diary, profile)``; errors as exit codes."""
    from bodymap.commands import open_diary, reading_profile_id
    from bodymap.store.errors import NotFoundError, StoreError, ValidationError

    try:
        diary = open_diary(args, create=write)
    except StoreError as exc:
        return fail(said(exc), 1)
    try:
        name = getattr(args, "profile", None)
        if write:
            profile = diary.profile_by_name(name) if name else diary.default_profile()
        else:
            profile_id = reading_profile_id(diary, name)
            profile = next(p for p in diary.list_profiles() if p.id == profile_id)
        return work(diary, profile)
    except (NotFoundError, _Usage) as exc:
        return fail(said(exc))
    except ValidationError as exc:
        return fail(translate("cli.outcomes", "{problem}; nothing was saved").format(
            problem=store_message(exc)), 1)
    except StoreError as exc:
        return fail(said(exc), 1)
    finally:
        diary.close()


def _on(args: argparse.Namespace) -> date:
    on = getattr(args, "on", None)
    return on if on is not None else date.today()


def _period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    start, end = getattr(args, "date_from", None), getattr(args, "date_to", None)
    if start is not None and end is not None and end < start:
        raise _Usage(translate("cli.outcomes", "--to must not be before --from"))
    return start, end


def _activity(diary: Any, profile: Any, text: str, *, in_use: bool = False) -> Any:
    """The activity a person named by its number in ``psfs list`` or by its name."""
    activities = diary.psfs_activities(profile.id)
    wanted = text.strip()
    if wanted.isdigit() and 1 <= int(wanted) <= len(activities):
        return activities[int(wanted) - 1]
    named = [a for a in activities if a.name.casefold() == wanted.casefold()]
    if in_use:
        named = [a for a in named if a.retired_on is None] or named
    if named:
        return named[-1]
    raise _Usage(translate("cli.outcomes", "no PSFS activity {text}; `bodymap outcomes psfs list` "
                           "shows them").format(text=repr(text)))


# -- JSON ---------------------------------------------------------------------------------------


def activity_dict(a: Any, number: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": a.id, "uuid": a.uuid, "name": a.name, "added_on": a.added_on.isoformat(),
        "retired_on": a.retired_on.isoformat() if a.retired_on else None,
    }
    if number is not None:
        out["number"] = number
    return out


def rating_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "uuid": r.uuid, "activity": r.activity_name,
            "activity_uuid": r.activity_uuid, "rated_on": r.rated_on.isoformat(),
            "score": r.score}


def pgic_dict(x: Any) -> dict[str, Any]:
    return {"id": x.id, "uuid": x.uuid, "rated_on": x.rated_on.isoformat(), "score": x.score,
            "label": pgic_label(x.score), "note": x.note}


def _psfs_data(diary: Any, profile: Any, start: date | None, end: date | None) -> dict[str, Any]:
    from bodymap.store.outcomes import psfs_scores

    activities = diary.psfs_activities(profile.id)
    ratings = diary.psfs_ratings(profile.id, start, end)
    return {
        "activities": [activity_dict(a, n) for n, a in enumerate(activities, start=1)],
        "ratings": [rating_dict(r) for r in ratings],
        "scores": [
            {"day": s.day.isoformat(), "mean": round(s.mean, 2), "count": s.count}
            for s in psfs_scores(ratings)
        ],
    }


# -- printing -----------------------------------------------------------------------------------


def _print_psfs(diary: Any, profile: Any, start: date | None, end: date | None) -> None:
    from bodymap.i18n.formats import day, number
    from bodymap.store.outcomes import psfs_scores

    activities = diary.psfs_activities(profile.id)
    ratings = diary.psfs_ratings(profile.id, start, end)
    print(translate("cli.outcomes", "PSFS, {profile} (0 unable to do it, 10 as before the problem)")
          .format(profile=profile.name))
    if not activities:
        print(translate("cli.outcomes", "  no activities yet (`bodymap outcomes psfs add NAME`)"))
        return
    by_activity: dict[str, list[Any]] = {}
    for r in ratings:
        by_activity.setdefault(r.activity_uuid, []).append(r)
    for n, a in enumerate(activities, start=1):
        rated = by_activity.get(a.uuid, [])
        if a.retired_on is None:
            status = translate("cli.outcomes", "since {day}").format(day=day(a.added_on))
        else:
            status = translate("cli.outcomes", "{first} to {last}, retired").format(
                first=day(a.added_on), last=day(a.retired_on))
        print(f"  {n}. {a.name} ({status})")
        if rated:
            print("     " + "; ".join(f"{day(r.rated_on)}: {r.score}" for r in rated))
        else:
            print("     " + translate("cli.outcomes", "not rated in the period"))
    scores = psfs_scores(ratings)
    if scores:
        print(translate("cli.outcomes", "  score (mean of the day's ratings):"))
        for s in scores:
            count = s.count
            print(f"     {day(s.day)}: {number(s.mean, 1)} "
                  + translate("cli.outcomes", "(%n activities)", None, count))
        if len(scores) >= 2:
            change = scores[-1].mean - scores[0].mean
            print(translate("cli.outcomes", "  change from {first} to {last}: {change}").format(
                first=day(scores[0].day), last=day(scores[-1].day),
                change=("+" if change > 0 else "") + number(change, 1)))


def _print_pgic(diary: Any, profile: Any, start: date | None, end: date | None) -> None:
    from bodymap.i18n.formats import day

    ratings = diary.pgic_ratings(profile.id, start, end)
    print(translate("cli.outcomes", "PGIC, {profile} (1 very much improved, 4 no change, "
                    "7 very much worse)").format(profile=profile.name))
    if not ratings:
        print(translate("cli.outcomes", "  none in the period (`bodymap outcomes pgic add SCORE`)"))
    for x in ratings:
        note = f" — {x.note}" if x.note else ""
        print(f"  {day(x.rated_on)}: {x.score} {pgic_label(x.score)}{note}")


# -- the commands -------------------------------------------------------------------------------


def run_summary(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        start, end = _period(args)
        if getattr(args, "json", False):
            print_json({
                "profile": profile.name,
                "from": start.isoformat() if start else None,
                "to": end.isoformat() if end else None,
                "psfs": _psfs_data(diary, profile, start, end),
                "pgic": [pgic_dict(x) for x in diary.pgic_ratings(profile.id, start, end)],
            })
            return 0
        _print_psfs(diary, profile, start, end)
        print()
        _print_pgic(diary, profile, start, end)
        return 0

    return _run(args, work, write=False)


def run_psfs_list(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        start, end = _period(args)
        if getattr(args, "json", False):
            print_json({"profile": profile.name, **_psfs_data(diary, profile, start, end)})
        else:
            _print_psfs(diary, profile, start, end)
        return 0

    return _run(args, work, write=False)


def run_psfs_add(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        from bodymap.i18n.formats import day

        activity = diary.add_psfs_activity(profile.id, args.name, _on(args))
        if getattr(args, "json", False):
            print_json(activity_dict(activity))
        else:
            print(translate("cli.outcomes", "Added the activity {name} from {day}.").format(
                name=repr(activity.name), day=day(activity.added_on)))
        return 0

    return _run(args, work, write=True)


def run_psfs_rate(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        from bodymap.i18n.formats import day

        activity = _activity(diary, profile, args.activity, in_use=True)
        rating = diary.rate_psfs(activity.id, _on(args), args.score)
        if getattr(args, "json", False):
            print_json(rating_dict(rating))
        else:
            print(translate("cli.outcomes", "{name}: {score} on {day}.").format(
                name=rating.activity_name, score=rating.score, day=day(rating.rated_on)))
        return 0

    return _run(args, work, write=True)


def run_psfs_retire(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        from bodymap.i18n.formats import day

        activity = _activity(diary, profile, args.activity, in_use=True)
        done = diary.retire_psfs_activity(activity.id, _on(args))
        if getattr(args, "json", False):
            print_json(activity_dict(done))
        else:
            print(translate("cli.outcomes", "{name}: not rated from {day} on; its ratings are kept.")
                  .format(name=done.name, day=day(done.retired_on)))
        return 0

    return _run(args, work, write=True)


def run_psfs_rename(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        activity = _activity(diary, profile, args.activity)
        done = diary.rename_psfs_activity(activity.id, args.name)
        if getattr(args, "json", False):
            print_json(activity_dict(done))
        else:
            print(translate("cli.outcomes", "{old} is now called {new}.").format(
                old=repr(activity.name), new=repr(done.name)))
        return 0

    return _run(args, work, write=True)


def run_pgic_add(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        from bodymap.i18n.formats import day

        rating = diary.add_pgic(profile.id, _on(args), args.score, args.note)
        if getattr(args, "json", False):
            print_json(pgic_dict(rating))
        else:
            print(translate("cli.outcomes", "PGIC on {day}: {score} ({label}).").format(
                day=day(rating.rated_on), score=rating.score, label=pgic_label(rating.score)))
        return 0

    return _run(args, work, write=True)


def run_pgic_list(args: argparse.Namespace) -> int:
    def work(diary: Any, profile: Any) -> int:
        start, end = _period(args)
        if getattr(args, "json", False):
            print_json({"profile": profile.name,
                        "pgic": [pgic_dict(x) for x in diary.pgic_ratings(profile.id, start, end)]})
        else:
            _print_pgic(diary, profile, start, end)
        return 0

    return _run(args, work, write=False)
