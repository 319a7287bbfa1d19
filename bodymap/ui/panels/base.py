"""The base class of the panels that show the diary: they follow the context, and read lazily.

A :class:`Panel` subscribes to the :class:`~bodymap.ui.context.DiaryContext`: when the person
changes, or a write changed something the panel :meth:`~Panel.wants`, it reads again, but only
if it is on show (visible, and its dock not hidden behind another tab).  Otherwise it only marks
itself stale and catches up when it comes on show (Vorta's profile-aware ``BaseTab``).  Reading
goes through the window's one worker (:class:`~bodymap.ui.ops.DiaryOps`).

Each panel remembers whose data it last drew (:meth:`Panel.shown_person_id`), so a test can
check, for every registered panel, that switching person really switched what is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from bodymap.ui.changes import Changes
from bodymap.ui.context import DiaryContext
from bodymap.ui.ops import DiaryOps

if TYPE_CHECKING:
    from bodymap.store.service import Diary


def standalone(diary: Diary, person_id: int, parent: QWidget | None = None) -> tuple[DiaryContext, DiaryOps]:
    """A context and a worker of its own, for a panel used outside the window (tests, tools)."""
    person = next((p for p in diary.list_profiles() if p.id == person_id), None)
    if person is None:
        from bodymap.store.records import ProfileRecord

        person = ProfileRecord(id=person_id, name="")
    context = DiaryContext(diary, person, parent)
    return context, DiaryOps(context, context)


def resolve_context(
    context: DiaryContext | Diary, ops: DiaryOps | int | None
) -> tuple[DiaryContext, DiaryOps]:
    """``(context, ops)`` as given by the window, or made from ``(diary, person_id)``."""
    if isinstance(context, DiaryContext):
        if not isinstance(ops, DiaryOps):
            ops = DiaryOps(context, context)
        return context, ops
    if not isinstance(ops, int):
        raise TypeError("a panel needs a DiaryContext and its DiaryOps, or a diary and a person id")
    return standalone(context, ops)


class Panel(QWidget):
    """A dock panel showing the current person's diary."""

    def __init__(
        self, context: DiaryContext | Diary, ops: DiaryOps | int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.ops = resolve_context(context, ops)
        self.stale = True
        self._shown_person_id: int | None = None
        self.context.person_changed.connect(self._person_changed)
        self.context.changed.connect(self._diary_changed)

    # -- to override --------------------------------------------------------------------

    def wants(self, changes: Changes) -> bool:
        """Whether these changes may alter what the panel shows."""
        return changes.everything

    def refresh(self) -> None:
        """Read the diary for the current person and draw it (through ``self.ops``)."""

    # -- for subclasses -----------------------------------------------------------------

    @property
    def diary(self) -> Diary:
        return self.context.diary

    @property
    def profile_id(self) -> int:
        """The person the panel reads for: always the context's, never set from outside."""
        return self.context.person_id

    def drawn_for(self, person_id: int) -> None:
        """Call after drawing data read for ``person_id``."""
        self._shown_person_id = person_id

    def shown_person_id(self) -> int | None:
        """Whose data is on screen (None before the first draw)."""
        return self._shown_person_id

    def is_on_show(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def request_refresh(self) -> None:
        """Read again now if on show, else as soon as the panel comes on show."""
        self.stale = True
        if self.is_on_show():
            self.stale = False
            self.refresh()

    # -- plumbing -----------------------------------------------------------------------

    def _person_changed(self, _person: Any) -> None:
        self.request_refresh()

    def _diary_changed(self, changes: Changes) -> None:
        if self.wants(changes):
            self.request_refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale:
            # After the show has been laid out: before that the visible region is empty.
            QTimer.singleShot(0, self, self._catch_up)

    def dock_visibility_changed(self, visible: bool) -> None:
        """The window connects the dock's ``visibilityChanged`` here: a dock tab brought to
        the front does not always show its widget anew (it was never hidden, only covered)."""
        if visible and self.stale:
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        if self.stale and self.is_on_show():
            self.stale = False
            self.refresh()
