"""The report's words in the reader's language, and its numbers and dates through ``QLocale``.

Every text the report prints goes through ``QCoreApplication.translate("Report", "literal")``
(lupdate reads the literals; the context is always ``"Report"``).  The Qt-free model hands over
keys ("constant", "taut_band", 3 for a PGIC score); the functions here turn them into words.
Region, therapy, quality and trigger names reuse the contexts the window already translates
them in ("Region", "Therapy", "MarkPanel", "EpisodePanel"), so the report and the window agree.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from bodymap.i18n import formats

CONTEXT = "Report"


# -- numbers and dates (bodymap.i18n.formats: one way for the CLI, the window and the report) ----
def number(value: float, decimals: int = 1) -> str:
    """4.4 -> "4.4" in English, "4,4" in Italian."""
    return formats.number(value, decimals)


def integer(value: int) -> str:
    return formats.integer(value)


def day(value: date | None) -> str:
    """A calendar day, month in words: "12 Mar 2026" / "12 mar 2026"."""
    return "…" if value is None else formats.day(value)


def day_time(value: datetime) -> str:
    """A local date and time ("12 Mar 2026 08:30")."""
    return formats.day_time(value)


def span(first: date | None, last: date | None) -> str:
    """"12 Mar 2026 to 3 Jun 2026", or the one day."""
    if first is None and last is None:
        return QCoreApplication.translate("Report", "no entries")
    if first == last:
        return day(first)
    return QCoreApplication.translate("Report", "%1 to %2").replace("%1", day(first)).replace(
        "%2", day(last))


def minutes(value: float) -> str:
    """A duration in words: "45 min", "2.5 h", "3 days"."""
    if value < 90:
        return QCoreApplication.translate("Report", "%1 min").replace("%1", integer(round(value)))
    if value < 48 * 60:
        return QCoreApplication.translate("Report", "%1 h").replace("%1", number(value / 60, 1))
    return QCoreApplication.translate("Report", "%1 days").replace(
        "%1", number(value / 1440, 1))


def out_of_ten(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "–"
    return QCoreApplication.translate("Report", "%1/10").replace("%1", number(value, decimals))


# -- names shared with the window ----------------------------------------------------------------
def region(region_id: str) -> str:
    from bodymap.ui.labels import region_label

    return region_label(region_id)


def therapy(name: str, key: str | None = None) -> str:
    from bodymap.ui.labels import therapy_name

    return therapy_name(name, key)


def quality(key: str) -> str:
    return QCoreApplication.translate("MarkPanel", key)


def trigger(text: str) -> str:
    return QCoreApplication.translate("EpisodePanel", text)


def muscle(key: str | None) -> str:
    from bodymap.map.marks import _muscle_name

    return _muscle_name(key) if key else ""


# -- the report's own vocabulary -----------------------------------------------------------------
def side_letters() -> tuple[str, str]:
    """The patient's right and left as one letter each (R/L; D/S in Italian)."""
    return (QCoreApplication.translate("Report", "R", "the patient's right side, one letter"),
            QCoreApplication.translate("Report", "L", "the patient's left side, one letter"))


def view_name(view_id: str) -> str:
    names = {
        "front": QCoreApplication.translate("Report", "Front"),
        "back": QCoreApplication.translate("Report", "Back"),
        "head_right": QCoreApplication.translate("Report", "Head, right side"),
        "head_left": QCoreApplication.translate("Report", "Head, left side"),
        "soles": QCoreApplication.translate("Report", "Soles of the feet"),
    }
    return names.get(view_id, view_id)


def view_short(view_id: str) -> str:
    """For references across views: "→ back view"."""
    names = {
        "front": QCoreApplication.translate("Report", "front view"),
        "back": QCoreApplication.translate("Report", "back view"),
        "head_right": QCoreApplication.translate("Report", "right side of the head"),
        "head_left": QCoreApplication.translate("Report", "left side of the head"),
        "soles": QCoreApplication.translate("Report", "soles"),
    }
    return names.get(view_id, view_id)


def view_caption(view_id: str) -> str:
    side = {
        "front": QCoreApplication.translate("Report", "patient's right on your left"),
        "back": QCoreApplication.translate("Report", "patient's right on your right"),
        "soles": QCoreApplication.translate("Report", "seen from below"),
    }.get(view_id, "")
    return view_name(view_id) + (f" ({side})" if side else "")


def kind(kind_id: str) -> str:
    names = {
        "trigger_point": QCoreApplication.translate("Report", "trigger point"),
        "referred_area": QCoreApplication.translate("Report", "referred pain"),
        "spasm": QCoreApplication.translate("Report", "spasm"),
        "tender_point": QCoreApplication.translate("Report", "tender point"),
        "pain": QCoreApplication.translate("Report", "pain"),
        "paraesthesia": QCoreApplication.translate("Report", "pins and needles"),
        "numbness": QCoreApplication.translate("Report", "numbness"),
    }
    return names.get(kind_id, kind_id.replace("_", " "))


def tp_state(state: str | None) -> str:
    names = {
        "active": QCoreApplication.translate("Report", "active"),
        "latent": QCoreApplication.translate("Report", "latent"),
        "resolved": QCoreApplication.translate("Report", "resolved"),
    }
    return names.get(state or "", "–")


def episode_kind(key: str) -> str:
    names = {
        "flare": QCoreApplication.translate("Report", "flare"),
        "chronic_spasm": QCoreApplication.translate("Report", "chronic spasm or tightness"),
        "random_spasm": QCoreApplication.translate("Report", "random spasm"),
        "everyday": QCoreApplication.translate("Report", "everyday pain"),
        "other": QCoreApplication.translate("Report", "other"),
    }
    return names.get(key, key.replace("_", " "))


def constancy(key: str | None) -> str:
    names = {
        "constant": QCoreApplication.translate("Report", "constant"),
        "intermittent": QCoreApplication.translate("Report", "intermittent"),
    }
    return names.get(key or "", "–")


def depth(key: str | None) -> str:
    names = {
        "superficial": QCoreApplication.translate("Report", "superficial"),
        "deep": QCoreApplication.translate("Report", "deep"),
    }
    return names.get(key or "", "–")


def aggravating(key: str) -> str:
    names = {
        "sitting": QCoreApplication.translate("Report", "sitting"),
        "standing": QCoreApplication.translate("Report", "standing"),
        "walking": QCoreApplication.translate("Report", "walking"),
        "bending": QCoreApplication.translate("Report", "bending"),
        "lifting": QCoreApplication.translate("Report", "lifting"),
        "stairs": QCoreApplication.translate("Report", "stairs"),
        "reaching_overhead": QCoreApplication.translate("Report", "reaching overhead"),
        "screen_work": QCoreApplication.translate("Report", "screen work"),
        "driving": QCoreApplication.translate("Report", "driving"),
        "lying_down": QCoreApplication.translate("Report", "lying down"),
        "cold": QCoreApplication.translate("Report", "cold"),
        "stress": QCoreApplication.translate("Report", "stress"),
        "poor_sleep": QCoreApplication.translate("Report", "poor sleep"),
        "coughing": QCoreApplication.translate("Report", "coughing or sneezing"),
    }
    return names.get(key, key.replace("_", " "))


def easing(key: str) -> str:
    names = {
        "rest": QCoreApplication.translate("Report", "rest"),
        "heat": QCoreApplication.translate("Report", "heat"),
        "cold": QCoreApplication.translate("Report", "cold"),
        "movement": QCoreApplication.translate("Report", "gentle movement"),
        "stretching": QCoreApplication.translate("Report", "stretching"),
        "lying_down": QCoreApplication.translate("Report", "lying down"),
        "sitting": QCoreApplication.translate("Report", "sitting"),
        "changing_position": QCoreApplication.translate("Report", "changing position"),
        "massage": QCoreApplication.translate("Report", "massage"),
        "medication": QCoreApplication.translate("Report", "medication"),
        "relaxation": QCoreApplication.translate("Report", "relaxation"),
    }
    return names.get(key, key.replace("_", " "))


def daily(key: str) -> str:
    names = {
        "morning": QCoreApplication.translate("Report", "worse in the morning"),
        "evening": QCoreApplication.translate("Report", "worse in the evening"),
        "night": QCoreApplication.translate("Report", "worse at night"),
        "after_activity": QCoreApplication.translate("Report", "worse after activity"),
    }
    return names.get(key, key.replace("_", " "))


def exam_finding(key: str) -> str:
    names = {
        "taut_band": QCoreApplication.translate("Report", "Taut band"),
        "spot_tenderness": QCoreApplication.translate("Report", "Spot tenderness"),
        "recognised_pain": QCoreApplication.translate("Report", "Recognised pain"),
        "referred_on_pressure": QCoreApplication.translate("Report", "Referred on pressure"),
        "twitch_response": QCoreApplication.translate("Report", "Twitch response"),
    }
    return names.get(key, key)


def exam_answer(value: str | None) -> str:
    if value == "yes":
        return QCoreApplication.translate("Report", "yes")
    if value == "no":
        return QCoreApplication.translate("Report", "no")
    return QCoreApplication.translate("Report", "n.t.", "not tested")


def pgic(score: int) -> str:
    names = {
        1: QCoreApplication.translate("Report", "very much improved"),
        2: QCoreApplication.translate("Report", "much improved"),
        3: QCoreApplication.translate("Report", "minimally improved"),
        4: QCoreApplication.translate("Report", "no change"),
        5: QCoreApplication.translate("Report", "minimally worse"),
        6: QCoreApplication.translate("Report", "much worse"),
        7: QCoreApplication.translate("Report", "very much worse"),
    }
    return names.get(score, str(score))


def verdict(key: str) -> str:
    names = {
        "better": QCoreApplication.translate("Report", "better"),
        "worse": QCoreApplication.translate("Report", "worse"),
        "unchanged": QCoreApplication.translate("Report", "unchanged"),
        "new": QCoreApplication.translate("Report", "new"),
        "gone": QCoreApplication.translate("Report", "gone"),
    }
    return names.get(key, key)


def urgency(key: str) -> str:
    names = {
        "emergency": QCoreApplication.translate("Report", "EMERGENCY"),
        "today": QCoreApplication.translate("Report", "SEE A DOCTOR TODAY"),
        "soon": QCoreApplication.translate("Report", "SEE A DOCTOR WITHIN DAYS"),
    }
    return names.get(key, key)


def episodes(n: int) -> str:
    """"1 episode", "12 episodes" (singular for 1 in English and Italian alike)."""
    if n == 1:
        return QCoreApplication.translate("Report", "1 episode")
    return QCoreApplication.translate("Report", "%n episodes", None, n)


def marks(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Report", "1 mark")
    return QCoreApplication.translate("Report", "%n marks", None, n)


def pdf_base_name() -> str:
    """The start of the default PDF file name ("pain-map" / "mappa-del-dolore")."""
    return QCoreApplication.translate("Report", "pain-map", "file name: lower case, no spaces")


def plan_base_name() -> str:
    return QCoreApplication.translate("Report", "self-care-plan",
                                      "file name: lower case, no spaces")


def default_pdf_name(today: date, plan: bool = False) -> str:
    """"pain-map-2026-12-01.pdf" in the reader's language (ISO date: it sorts)."""
    return f"{plan_base_name() if plan else pdf_base_name()}-{today.isoformat()}.pdf"
