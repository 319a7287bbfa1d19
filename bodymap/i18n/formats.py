"""Numbers, dates and times as people read them, through QLocale (QtCore only: CLI and window).

The default QLocale is the language of the run (``resources.apply_language`` sets it), so
``number(4.4)`` is "4.4" in English and "4,4" in Italian, ``day(date(2026, 3, 12))`` is
"12 Mar 2026" / "12 mar 2026".  Write ``QLocale().toString(...)`` directly where these do not
fit; never an f-string with ``:.1f`` for a number a person reads.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

#: The short date of lists and reports: "12 mar 2026".
DAY_FORMAT = "d MMM yyyy"
#: The same with the time of day: "12 mar 2026 10:05".
DAY_TIME_FORMAT = "d MMM yyyy HH:mm"


def number(value: float, decimals: int = 1) -> str:
    """``value`` with ``decimals`` digits after the locale's decimal sign ("4,4")."""
    return QLocale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """A whole number with the locale's digit grouping ("12.345" in Italian)."""
    return QLocale().toString(int(value))


def day(value: date) -> str:
    """A calendar day, short: "12 mar 2026"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), DAY_FORMAT)


def day_time(value: datetime) -> str:
    """A day and time of day, short: "12 mar 2026 10:05" (the time as given, no zone change)."""
    moment = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return QLocale().toString(moment, DAY_TIME_FORMAT)


def percent(fraction: float) -> str:
    """A share 0..1 as a whole percentage with the locale's sign ("85%")."""
    return QLocale().toString(round(float(fraction) * 100)) + QLocale().percent()
