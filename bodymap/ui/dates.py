"""Date fields shared by the panels and dialogs.

:class:`DateTimeField` is the "When" of an episode: a line where a date and time are typed as
they are meant ("2025-06-15 10:00" is that moment, not this year's 15 June), a calendar button
beside it, and a message under it when what was typed is not a date and time the diary can keep.
A refused text stays as typed, marked, and nothing in the episode changes: the person sees what
is wrong and corrects it.  The limits are the data layer's (:data:`bodymap.store.records.FIRST_DAY`
and ``LAST_DAY``), so the field never accepts what a save would refuse.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from bodymap.store.records import FIRST_DAY, LAST_DAY

#: How the field shows a date and time (and the way people are asked to type it).
DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"

_PATTERN = re.compile(
    r"^\s*(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
    r"(?:(?:\s+|T)(?P<h>\d{1,2})[:.](?P<min>\d{1,2}))?\s*$"
)


def date_edit(initial: QDate, parent: QWidget | None = None) -> QDateEdit:
    """A YYYY-MM-DD field with a calendar, limited to the days a diary can name."""
    edit = QDateEdit(initial, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
    return edit


class ParseError(ValueError):
    """What is wrong with a typed date and time, in words for the person (translated)."""


def parse_date_time(text: str, keep_time: time | None = None) -> datetime:
    """``text`` ("2025-06-15 10:00", "2025-06-15") as a naive datetime, or :class:`ParseError`.

    A date without a time keeps ``keep_time`` (the time already in the field), else midnight.
    Nothing is rounded or carried over: 31 February or 25:99 is refused, not moved.
    """
    from PySide6.QtCore import QCoreApplication

    match = _PATTERN.match(text)
    if match is None:
        raise ParseError(QCoreApplication.translate(
            "DateTimeField", "Write the date and time as year-month-day hours:minutes, "
            "for example 2025-06-15 10:00."))
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    try:
        the_day = date(year, month, day)
    except ValueError:
        raise ParseError(QCoreApplication.translate(
            "DateTimeField", "There is no such day: {text}. Check the month and the day.")
            .format(text=f"{year:04d}-{month:02d}-{day:02d}")) from None
    if match["h"] is not None:
        hour, minute = int(match["h"]), int(match["min"])
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise ParseError(QCoreApplication.translate(
                "DateTimeField", "{text} is not a time of day: hours go from 00 to 23, "
                "minutes from 00 to 59.").format(text=f"{hour:02d}:{minute:02d}"))
        the_time = time(hour, minute)
    else:
        the_time = keep_time or time(0, 0)
    if not FIRST_DAY <= the_day <= LAST_DAY:
        raise ParseError(QCoreApplication.translate(
            "DateTimeField", "The diary keeps days from {first} to {last}.").format(
                first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()))
    return datetime.combine(the_day, the_time)


class DateTimeField(QWidget):
    """A typed date and time with a calendar; refused text is shown with its reason, never
    changed.  ``dateTimeChanged`` fires for every new value taken (typed and confirmed with
    Enter or by leaving the field, picked in the calendar, or set by the program)."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - the name QDateTimeEdit uses
    #: The text was refused (the message), or accepted again ("").
    problem_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = QDateTime(QDate.currentDate(), QTime(QTime.currentTime().hour(),
                                                          QTime.currentTime().minute()))
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("2025-06-15 10:00")
        self.line.setAccessibleName(self.tr("Date and time"))
        self.line.setToolTip(self.tr("Type a date and time (year-month-day hours:minutes) and "
                                     "press Enter, or pick a day in the calendar"))
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("2025-06-15 10:00") + 24)
        self.calendar_button = QToolButton(self)
        from bodymap.ui.palette import themed_icon

        self.calendar_button.setIcon(themed_icon("calendar", self.palette()))
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar_button.setToolTip(self.tr("Pick a day in the calendar"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(QDate(FIRST_DAY))
        self.calendar.setMaximumDate(QDate(LAST_DAY))
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(self._value.date()))
        self.calendar_button.setMenu(menu)
        self._menu = menu
        self.message = QLabel(self)
        self.message.setObjectName("dateProblem")
        self.message.setWordWrap(True)
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.line.editingFinished.connect(self.commit)
        self.line.textEdited.connect(self._edited)
        self.calendar.clicked.connect(self._day_picked)
        self.calendar.activated.connect(self._day_picked)
        self.line.installEventFilter(self)
        self._show_value()

    # -- the QDateTimeEdit-like interface ---------------------------------------------------

    def dateTime(self) -> QDateTime:  # noqa: N802 - as QDateTimeEdit
        return QDateTime(self._value)

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802 - as QDateTimeEdit
        """Show ``value`` (minutes; within the diary's limits) and drop any refused text."""
        value = QDateTime(value.date(), QTime(value.time().hour(), value.time().minute()))
        changed = value != self._value
        if not changed and self.message.text():
            return  # the same value again (another field changed): the refused text stays
        self._value = value
        self._set_problem("")
        self._show_value()
        if changed:
            self.dateTimeChanged.emit(QDateTime(value))

    def problem(self) -> str:
        """Why the text in the field was refused ("" when it is the value shown)."""
        return self.message.text()

    # -- internals --------------------------------------------------------------------------

    def commit(self) -> bool:
        """Take the typed text, or show why not (the text stays as typed).  True if taken."""
        text = self.line.text()
        if text == self._value.toString(DISPLAY_FORMAT) and not self.message.text():
            return True
        try:
            taken = parse_date_time(text, self._value.time().toPython())
        except ParseError as refused:
            self._set_problem(str(refused))
            return False
        self.setDateTime(QDateTime(QDate(taken.date()), QTime(taken.hour, taken.minute)))
        return True

    def _edited(self, _text: str) -> None:
        if self.message.text():
            self._set_problem("")  # typing again: the old complaint no longer applies

    def _day_picked(self, day: QDate) -> None:
        self._menu.hide()
        self.setDateTime(QDateTime(day, self._value.time()))

    def _show_value(self) -> None:
        self.line.setText(self._value.toString(DISPLAY_FORMAT))

    def _set_problem(self, text: str) -> None:
        was = self.message.text()
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            from bodymap.ui.palette import warning_colour

            self.message.setStyleSheet(f"color: {warning_colour(self.palette()).name()};")
            self.line.setStyleSheet(
                f"QLineEdit {{ border: 2px solid {warning_colour(self.palette()).name()}; }}")
        else:
            self.line.setStyleSheet("")
        self.line.setProperty("invalid", bool(text))
        if was != text:
            self.problem_changed.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.line and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() == Qt.Key.Key_Escape and self.message.text():
                self._set_problem("")
                self._show_value()  # back to the value kept
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit()
                return True  # Enter confirms the date; it never reaches a default button
            if (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier):
                self.calendar_button.showMenu()
                return True
        return False


__all__ = ["DISPLAY_FORMAT", "DateTimeField", "ParseError", "date_edit", "parse_date_time"]
