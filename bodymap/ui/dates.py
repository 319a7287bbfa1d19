"""Date fields shared by the panels and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from bodymap.store.records import FIRST_DAY, LAST_DAY


def date_edit(initial: QDate, parent: QWidget | None = None) -> QDateEdit:
    """A YYYY-MM-DD field with a calendar, limited to the days a diary can name."""
    edit = QDateEdit(initial, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
    return edit
