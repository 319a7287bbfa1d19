"""The application context: the open diary, whose diary it is, and what just changed.

Panels do not get the person pushed into them; they subscribe to :class:`DiaryContext` (through
:class:`bodymap.ui.panels.base.Panel`) and read again when ``person_changed`` or ``changed``
says their data may be different.  There is one context per window, made once the diary is
open, so ``diary``, ``person`` and ``person_id`` are never None.  After a first look at an
SQLite diary, ``diary`` is at first a stand-in (:class:`~bodymap.store.first_look.OpeningDiary`)
whose calls wait for the diary to open; the window puts the real one in its place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from bodymap.ui.changes import Changes

if TYPE_CHECKING:
    from bodymap.store.records import ProfileRecord
    from bodymap.store.service import Diary


class DiaryContext(QObject):
    #: The person whose diary is on show is now another one (a ``ProfileRecord``).
    person_changed = Signal(object)
    #: Something in the diary changed (a :class:`Changes`).
    changed = Signal(object)
    #: The open diary is another ``Diary`` object now (reopened after its file was replaced).
    diary_replaced = Signal(object)

    def __init__(self, diary: Diary, person: ProfileRecord, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if person.id is None:
            raise ValueError("the person must be saved in the diary first")
        self._diary = diary
        self._person = person
        self._people: tuple[tuple[int | None, str], ...] | None = None
        self._switches = 0

    @property
    def diary(self) -> Diary:
        return self._diary

    @property
    def person(self) -> ProfileRecord:
        return self._person

    @property
    def person_id(self) -> int:
        return int(self._person.id or 0)

    @property
    def switches(self) -> int:
        """How many times the person changed: pass it with a list of people read on the worker."""
        return self._switches

    def set_person(self, person: ProfileRecord) -> None:
        """Show ``person``'s diary; a rename of the same person updates the record quietly."""
        if person.id is None:
            raise ValueError("the person must be saved in the diary first")
        same = person.id == self._person.id
        self._person = person
        if not same:
            self._switches += 1
            self.person_changed.emit(person)

    def diary_opened(self, diary: Diary) -> None:
        """The diary a first look stood in for is open (:mod:`bodymap.store.first_look`): the
        same file and the same data, so nothing is read again; from now on it is asked directly."""
        self._diary = diary

    def replace_diary(self, diary: Diary) -> None:
        """The diary was reopened (a restore put a new file in its place): from now on every
        panel reads from ``diary``, and all of them read again."""
        self._diary = diary
        self._people = None  # the next list of people read is a first look at this diary
        self.diary_replaced.emit(diary)
        self.notify(Changes(everything=True))

    def notify(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)

    def people_seen(self, people: Sequence[ProfileRecord], switches: int) -> None:
        """The people the diary holds now (read on window activation, or after an import).

        A person added on another machine shows up in the Person menu anyway (it reads the
        list each time it opens); this tells the panels, and if the person on show was
        removed (a restore of an older backup), moves to the first one left.  ``switches`` is
        :attr:`switches` when the list was asked for: a list read before the last switch may
        lack a person just added, so it is not acted upon.
        """
        if switches != self._switches:
            return
        seen = tuple((p.id, p.name) for p in people)
        first_look = self._people is None
        if seen == self._people:
            return
        self._people = seen
        current = next((p for p in people if p.id == self._person.id), None)
        if current is None and people:
            self.set_person(people[0])
        elif current is not None:
            self._person = current
        if not first_look:
            self.notify(Changes(people=True))
