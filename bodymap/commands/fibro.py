"""``bodymap fibro``: the fibromyalgia measures from the diary, and recording an SSS or an exam.

* ``bodymap fibro [--at DATE] [--profile NAME] [--json]``: the Widespread Pain Index (WPI) with
  its areas as the map shows them for the 7 days up to DATE, the latest assessment (its
  confirmed areas are the WPI used when it was made within those 7 days), the latest Symptom
  Severity Scale (SSS), FS = WPI + SSS, generalized pain and the 2016 criteria (yes / no / not
  known), the latest tender-point count, and the sentence that this is information, not a
  diagnosis.  The JSON keys are listed in docs/fibromyalgia.md.
* ``bodymap fibro sss --fatigue N --waking N --cognitive N --headaches yes|no --abdominal
  yes|no --depression yes|no [--three-months yes|no] [--areas ID,...] [--at DATE]``: records an
  assessment with the SSS; its areas are the map's for DATE (not adjusted) unless ``--areas``
  gives the confirmed ones.
* ``bodymap fibro tender --sites ID,ID,... [--at DATE]``: records a tender-point exam of the
  18 sites (ACR 1990), the ones named tender, the others not.

DATE is the person's local calendar day (YYYY-MM-DD, default today).  Exit status: 0 done;
1 a value refused (its option named, nothing written) or the database cannot be opened;
2 usage (a bad date, no such profile).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from bodymap.commands import add_db_option, fail, print_json, said
from bodymap.i18n import language
from bodymap.ui.labels import store_message

#: --option -> field of the SSS (AssessmentRecord / scores.SymptomSeverity).
SSS_OPTIONS: tuple[tuple[str, str], ...] = (
    ("--fatigue", "fatigue"),
    ("--waking", "waking_unrefreshed"),
    ("--cognitive", "cognitive"),
    ("--headaches", "headaches"),
    ("--abdominal", "lower_abdominal"),
    ("--depression", "depression"),
)
_YES = ("yes", "y", "true", "1", "sì", "si", "s")  # Italian answers too
_NO = ("no", "n", "false", "0")


def _day(text: str) -> date:
    from bodymap.store.errors import ValidationError
    from bodymap.store.records import check_day

    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "cli.fibro", "{text} is not a date (use YYYY-MM-DD)").format(text=repr(text))) from None
    try:
        return check_day(day, "--at")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(f"{exc.field}: {store_message(exc)}") from None


def _common(p: argparse.ArgumentParser, *, sub: bool) -> None:
    default: Any = argparse.SUPPRESS if sub else None
    p.add_argument("--at", metavar=QCoreApplication.translate("cli.fibro", "DATE"), type=_day,
                   default=default, help=QCoreApplication.translate(
                       "cli.fibro", "the day, YYYY-MM-DD (default: today)"))
    p.add_argument("--profile", metavar=QCoreApplication.translate("cli.fibro", "NAME"),
                   default=default, help=QCoreApplication.translate(
                       "cli.fibro", "profile (default: the first one)"))
    add_db_option(p)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "fibro",
        help=QCoreApplication.translate(
            "cli.fibro", "fibromyalgia measures: WPI from the map, SSS, FS, the 2016 criteria"),
        description=QCoreApplication.translate(
            "cli.fibro",
            "The Widespread Pain Index (WPI) as the map shows it for the 7 days up to the day "
            "asked about, the latest assessment, the Symptom Severity Scale (SSS), FS and the "
            "2016 criteria. Information, not a diagnosis: talk to your doctor about what the "
            "figures mean for you. `bodymap fibro sss` records an SSS, `bodymap fibro tender` "
            "a tender-point exam."),
    )
    _common(p, sub=False)
    p.add_argument("--json", action="store_true",
                   help=QCoreApplication.translate("cli.fibro", "print JSON"))
    p.set_defaults(func=run_fibro)
    commands = p.add_subparsers(dest="fibro_command", metavar="{sss,tender}")

    s = commands.add_parser(
        "sss",
        help=QCoreApplication.translate("cli.fibro", "record the Symptom Severity Scale"),
        description=QCoreApplication.translate(
            "cli.fibro",
            "Record an assessment with the six answers of the Symptom Severity Scale. Fatigue, "
            "waking unrefreshed and cognitive symptoms over the past week: 0 no problem, 1 "
            "slight or mild, 2 moderate, 3 severe. Headaches, pain or cramps in the lower belly "
            "and depression over the past 6 months: yes or no. The assessment's WPI areas are "
            "those the map shows for the day (not adjusted) unless --areas names them."),
    )
    yes_no = QCoreApplication.translate("cli.fibro", "yes|no")
    six_months = QCoreApplication.translate("cli.fibro", "past 6 months")
    s.add_argument("--fatigue", metavar="0-3", required=True,
                   help=QCoreApplication.translate("cli.fibro", "fatigue, past week"))
    s.add_argument("--waking", metavar="0-3", required=True, help=QCoreApplication.translate(
        "cli.fibro", "waking up unrefreshed, past week"))
    s.add_argument("--cognitive", metavar="0-3", required=True, help=QCoreApplication.translate(
        "cli.fibro", "trouble thinking or remembering, past week"))
    s.add_argument("--headaches", metavar=yes_no, required=True, help=six_months)
    s.add_argument("--abdominal", metavar=yes_no, required=True, help=QCoreApplication.translate(
        "cli.fibro", "pain or cramps in the lower belly, past 6 months"))
    s.add_argument("--depression", metavar=yes_no, required=True, help=six_months)
    s.add_argument("--three-months", dest="three_months", metavar=yes_no,
                   help=QCoreApplication.translate(
                       "cli.fibro",
                       "symptoms at a similar level for at least 3 months (your confirmation)"))
    s.add_argument("--areas", metavar="ID,ID,...", help=QCoreApplication.translate(
        "cli.fibro", "the WPI areas you confirm (ids as in `bodymap fibro --json`); default: "
        "those the map shows"))
    s.add_argument("--note", default="", help=QCoreApplication.translate(
        "cli.fibro", "a note kept with the assessment"))
    s.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help=QCoreApplication.translate(
                       "cli.fibro", "print the saved assessment as JSON"))
    _common(s, sub=True)
    s.set_defaults(func=run_sss)

    t = commands.add_parser(
        "tender",
        help=QCoreApplication.translate("cli.fibro", "record a tender-point exam (ACR 1990)"),
        description=QCoreApplication.translate(
            "cli.fibro",
            "Record a tender-point exam of the 18 sites of the 1990 criteria: the sites named "
            "are tender, the others not. Tender points are not trigger points and never count "
            "in the WPI; the 2010 and 2016 criteria no longer use them."),
    )
    t.add_argument("--sites", metavar="ID,ID,...", required=True,
                   help=QCoreApplication.translate(
                       "cli.fibro",
                       "the tender sites, e.g. occiput_left,trapezius_right (empty: none)"))
    t.add_argument("--note", default="", help=QCoreApplication.translate(
        "cli.fibro", "a note kept with the exam"))
    t.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help=QCoreApplication.translate("cli.fibro", "print the saved exam as JSON"))
    _common(t, sub=True)
    t.set_defaults(func=run_tender)


# -- helpers ------------------------------------------------------------------------------------


class _Refused(Exception):
    """A value given on the command line was refused; the message names the option."""


def _level(option: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise _Refused(QCoreApplication.translate(
            "cli.fibro", "{option}: must be a whole number from 0 to 3, not {text}"
        ).format(option=option, text=repr(text))) from None


def _yes_no(option: str, text: str) -> bool:
    word = text.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise _Refused(QCoreApplication.translate(
        "cli.fibro", "{option}: must be yes or no, not {text}").format(option=option, text=repr(text)))


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _option_of(field: str) -> str:
    """``assessment.sss.fatigue`` -> ``--fatigue`` (the option a person typed)."""
    name = field.rsplit(".", 1)[-1]
    for option, attribute in SSS_OPTIONS:
        if attribute == name:
            return option
    if name.startswith("areas"):
        return "--areas"
    if name.startswith("sites") or name == "site":
        return "--sites"
    if name == "symptoms_3_months":
        return "--three-months"
    return f"--{name}"


def _at(args: argparse.Namespace) -> date:
    at = getattr(args, "at", None)
    return at if at is not None else date.today()


def _open(args: argparse.Namespace, *, write: bool) -> tuple[Any, Any]:
    """The diary and the profile, as the other commands open them: a command that only reads
    never creates a diary (nor, on a read-only diary, a profile)."""
    from bodymap.commands import open_diary, reading_profile_id

    diary = open_diary(args, create=write)
    try:
        name = getattr(args, "profile", None)
        if write:
            profile = diary.profile_by_name(name) if name else diary.default_profile()
        else:
            profile_id = reading_profile_id(diary, name)
            profile = next(p for p in diary.list_profiles() if p.id == profile_id)
    except BaseException:
        diary.close()
        raise
    return diary, profile


def _with_diary(args: argparse.Namespace, work: Any, *, write: bool) -> int:
    """Open the diary and the profile, run ``work(diary, profile)``; errors as exit codes."""
    from bodymap.store.errors import NotFoundError, StoreError, ValidationError

    try:
        diary, profile = _open(args, write=write)
    except NotFoundError as exc:
        return fail(said(exc))
    except StoreError as exc:
        return fail(said(exc), 1)
    try:
        result: int = work(diary, profile)
        return result
    except ValidationError as exc:
        return fail(_not_saved(f"{_option_of(exc.field)}: {store_message(exc)}"), 1)
    except StoreError as exc:
        return fail(said(exc), 1)
    finally:
        diary.close()


def _not_saved(problem: str) -> str:
    return QCoreApplication.translate("cli.fibro", "{problem}; nothing was saved").format(
        problem=problem)


def _yes(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("cli.fibro", "not known")
    if value:
        return QCoreApplication.translate("cli.fibro", "yes")
    return QCoreApplication.translate("cli.fibro", "no")


# -- bodymap fibro ------------------------------------------------------------------------------


def run_fibro(args: argparse.Namespace) -> int:
    at = _at(args)

    def work(diary: Any, profile: Any) -> int:
        from bodymap.store.assessments import fibro_summary

        summary = fibro_summary(diary, profile.id, at)
        if args.json:
            print_json({"profile": profile.name, **summary.as_dict()})
        else:
            _print_summary(summary, profile.name)
        return 0

    return _with_diary(args, work, write=False)


def _areas_text(areas: Any) -> str:
    from bodymap.anatomy import scores

    lang = language.current()
    return "; ".join(scores.area_name(a, lang) for a in areas) or QCoreApplication.translate(
        "cli.fibro", "none")


def _print_summary(f: Any, profile_name: str) -> None:
    from bodymap.anatomy import scores
    from bodymap.i18n.formats import day

    lang = language.current()
    first, last = scores.wpi_window(f.at)
    print(QCoreApplication.translate("cli.fibro", "Fibromyalgia measures for {day} ({profile})")
          .format(day=day(f.at), profile=profile_name))
    if f.wpi_source == "assessment":
        where = QCoreApplication.translate("cli.fibro", "(confirmed in the assessment)")
    else:
        where = QCoreApplication.translate("cli.fibro", "(from the map)")
    print(f"{scores.term('wpi', lang)}: {f.wpi}/{scores.WPI_MAX} {where}")
    print(QCoreApplication.translate("cli.fibro", "  areas: {areas}").format(
        areas=_areas_text(f.wpi_areas)))
    m = f.map_wpi
    listed = f" ({_areas_text(m.sorted_areas())})" if f.wpi_source == "assessment" else ""
    print(QCoreApplication.translate("cli.fibro", "  from the map, {first} to {last}: {score}")
          .format(first=day(first), last=day(last), score=f"{m.score}/{scores.WPI_MAX}") + listed)
    a = f.assessment
    if a is not None:
        if a.areas_adjusted:
            how = QCoreApplication.translate("cli.fibro", "areas adjusted from the map")
        else:
            how = QCoreApplication.translate("cli.fibro", "areas as the map suggested")
        used = "" if f.assessment_in_window else " " + QCoreApplication.translate(
            "cli.fibro", "(older than the 7 days, not used for the WPI)")
        print(QCoreApplication.translate("cli.fibro", "  latest assessment {day}: WPI {wpi}, {how}")
              .format(day=day(a.assessed_on), wpi=f"{a.wpi}/{scores.WPI_MAX}", how=how) + used)
    if f.sss is None:
        print(QCoreApplication.translate(
            "cli.fibro", "{sss}: not recorded (`bodymap fibro sss` records it)"
        ).format(sss=scores.term("sss", lang)))
        print(QCoreApplication.translate("cli.fibro", "FS: not known"))
    else:
        print(f"{scores.term('sss', lang)}: {f.sss}/{scores.SSS_MAX} "
              f"({day(f.sss_assessment.assessed_on)})")
        print(f"FS (WPI + SSS): {f.fs}/{scores.FS_MAX}")
    regions = ", ".join(r.name_it if lang == "it" else r.name
                        for r in scores.BODY_REGIONS if r.id in f.summary.body_regions)
    count = QCoreApplication.translate("cli.fibro", "{n} of 5").format(
        n=len(f.summary.body_regions))
    print(f"{scores.term('generalized_pain', lang)}: {_yes(f.generalized_pain)}"
          f" ({count}{': ' + regions if regions else ''})")
    source = {
        "confirmed": QCoreApplication.translate("cli.fibro", ", as you confirmed"),
        "diary": QCoreApplication.translate("cli.fibro", ", as the diary shows"),
    }.get(f.three_months_source or "", "")
    span = ""
    if f.span is not None:
        span = QCoreApplication.translate("cli.fibro", "; pain in the diary since {day}").format(
            day=day(f.span.first_day))
    print(QCoreApplication.translate("cli.fibro", "Symptoms for at least 3 months: {answer}")
          .format(answer=_yes(f.three_months)) + source + span)
    met = {  # "the criteria": plural in Italian
        True: QCoreApplication.translate("cli.fibro", "met", "the 2016 criteria"),
        False: QCoreApplication.translate("cli.fibro", "not met", "the 2016 criteria"),
        None: QCoreApplication.translate("cli.fibro", "not known", "the 2016 criteria"),
    }[f.criteria_2016_met]
    print(QCoreApplication.translate("cli.fibro", "2016 criteria: {met}").format(met=met))
    if f.tender_exam is not None:
        x = f.tender_exam
        print(f"{scores.term('tender_points', lang)}: {x.count}/{len(x.sites)} "
              f"({day(x.examined_on)})")
    print()
    print(scores.criteria_sentence(f.criteria_2016_met, lang))


# -- bodymap fibro sss --------------------------------------------------------------------------


def run_sss(args: argparse.Namespace) -> int:
    from bodymap.store.errors import ValidationError
    from bodymap.store.records import AssessmentRecord

    at = _at(args)
    # Every value is checked before the diary is even opened: a refusal writes nothing.
    try:
        answers: dict[str, Any] = {}
        for option, attribute in SSS_OPTIONS:
            text = getattr(args, option[2:])
            if attribute in AssessmentRecord.SSS_FIELDS[:3]:
                answers[attribute] = _level(option, text)
            else:
                answers[attribute] = _yes_no(option, text)
        three = None if args.three_months is None else _yes_no("--three-months", args.three_months)
        areas = None if args.areas is None else _ids(args.areas)
        record = AssessmentRecord(
            profile_id=0, assessed_on=at, areas=areas or [], symptoms_3_months=three,
            note=args.note, **answers,
        )
        record.validate()
    except _Refused as exc:
        return fail(_not_saved(str(exc)), 1)
    except ValidationError as exc:
        return fail(_not_saved(f"{_option_of(exc.field)}: {store_message(exc)}"), 1)

    def work(diary: Any, profile: Any) -> int:
        from bodymap.anatomy import scores
        from bodymap.store.assessments import save_assessment, wpi_from_map

        suggested = wpi_from_map(diary, profile.id, at).sorted_areas()
        record.profile_id = profile.id
        if areas is None:
            record.areas, record.areas_adjusted = suggested, False
        else:
            record.areas_adjusted = set(areas) != set(suggested)
        saved = save_assessment(diary, record)
        if getattr(args, "json", False):
            from bodymap.store.assessments import assessment_dict

            print_json({"profile": profile.name, **assessment_dict(saved)})
            return 0
        from bodymap.i18n.formats import day

        if saved.areas_adjusted:
            how = QCoreApplication.translate("cli.fibro", "adjusted")
        else:
            how = QCoreApplication.translate("cli.fibro", "from the map")
        print(QCoreApplication.translate(
            "cli.fibro", "recorded for {day} ({profile}): SSS {sss}, WPI {wpi} ({how}), FS {fs}"
        ).format(day=day(at), profile=profile.name, sss=f"{saved.sss_score}/{scores.SSS_MAX}",
                 wpi=f"{saved.wpi}/{scores.WPI_MAX}", how=how, fs=f"{saved.fs}/{scores.FS_MAX}"))
        print(scores.info_sentence(language.current()))
        return 0

    return _with_diary(args, work, write=True)


# -- bodymap fibro tender -----------------------------------------------------------------------


def run_tender(args: argparse.Namespace) -> int:
    from bodymap.store.errors import ValidationError
    from bodymap.store.records import TenderExamRecord

    at = _at(args)
    try:
        record = TenderExamRecord.from_sites(0, at, _ids(args.sites), note=args.note)
        record.validate()
    except ValidationError as exc:
        return fail(_not_saved(f"--sites: {store_message(exc)}"), 1)

    def work(diary: Any, profile: Any) -> int:
        from bodymap.anatomy import scores
        from bodymap.store.assessments import save_tender_exam

        record.profile_id = profile.id
        saved = save_tender_exam(diary, record)
        if getattr(args, "json", False):
            print_json({
                "profile": profile.name,
                "uuid": saved.uuid,
                "examined_on": saved.examined_on.isoformat(),
                "count": saved.count,
                "examined": len(saved.sites),
                "tender_sites": saved.tender_sites,
            })
            return 0
        from bodymap.i18n.formats import day

        print(QCoreApplication.translate(
            "cli.fibro", "recorded a tender-point exam for {day} ({profile}): {count} tender"
        ).format(day=day(at), profile=profile.name, count=f"{saved.count}/{len(saved.sites)}"))
        print(scores.tender_note(language.current()))
        return 0

    return _with_diary(args, work, write=True)
