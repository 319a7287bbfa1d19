"""Undo commands for the map.  Each changes the :class:`EpisodeDocument`, never graphics items."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from bodymap.map.document import EpisodeDocument
from bodymap.store.records import SYMPTOM_KINDS, MarkRecord

#: The kinds' names, translated by ``MarkPanel.tr`` where they are shown.
KIND_NAMES = {
    "trigger_point": QT_TRANSLATE_NOOP("MarkPanel", "trigger point"),
    "referred_area": QT_TRANSLATE_NOOP("MarkPanel", "referred-pain area"),
    "spasm": QT_TRANSLATE_NOOP("MarkPanel", "spasm"),
    "tender_point": QT_TRANSLATE_NOOP("MarkPanel", "tender point"),
    "pain": QT_TRANSLATE_NOOP("MarkPanel", "pain area"),
    "paraesthesia": QT_TRANSLATE_NOOP("MarkPanel", "pins and needles"),
    "numbness": QT_TRANSLATE_NOOP("MarkPanel", "numbness"),
}


def kind_name(kind: str) -> str:
    """A mark kind's name in the reader's language ("punto trigger")."""
    return QCoreApplication.translate("MarkPanel", KIND_NAMES.get(kind, kind))


def _renumbered(document: EpisodeDocument, order: list[str]) -> None:
    """Give the symptom areas in ``order`` the ranks 1..n (only those whose rank changes)."""
    for rank, uuid in enumerate(order, start=1):
        mark = document.mark(uuid)
        if mark.rank != rank:
            changed = copy.deepcopy(mark)
            changed.rank = rank
            document.replace_mark(changed)


class AddMarkCommand(QUndoCommand):
    def __init__(self, document: EpisodeDocument, mark: MarkRecord) -> None:
        super().__init__(QCoreApplication.translate(
            "UndoCommand", "Add {kind}").format(kind=kind_name(mark.kind)))
        self.document = document
        self.mark = copy.deepcopy(mark)

    def redo(self) -> None:
        self.document.insert_mark(copy.deepcopy(self.mark))

    def undo(self) -> None:
        self.document.take_mark(self.mark.uuid)


class RemoveMarkCommand(QUndoCommand):
    """Remove a mark; areas linked to a removed trigger point lose the link (restored on undo).

    The unlinking is done here rather than with child commands: PySide does not keep the Python
    side of parented QUndoCommands alive reliably, and a child collected too early or deleted
    twice crashes the process.
    """

    def __init__(self, document: EpisodeDocument, uuid: str) -> None:
        mark = document.mark(uuid)
        super().__init__(QCoreApplication.translate(
            "UndoCommand", "Delete {kind}").format(kind=kind_name(mark.kind)))
        self.document = document
        self.uuid = uuid
        self.removed: tuple[MarkRecord, int] | None = None
        self.unlinked: list[str] = []
        #: Symptom areas "brought on by" the removed one (they lose the link).
        self.unbrought: list[str] = []
        #: The ranks of the symptom areas before the removal (the rest close the gap).
        self.ranks: dict[str, int | None] = {}

    def redo(self) -> None:
        self.unlinked = self.document.linked_areas(self.uuid)
        for area_uuid in self.unlinked:
            area = copy.deepcopy(self.document.mark(area_uuid))
            area.source_uuid = None
            self.document.replace_mark(area)
        self.unbrought = self.document.brought_on(self.uuid)
        for other in self.unbrought:
            area = copy.deepcopy(self.document.mark(other))
            area.brought_on_by = None
            self.document.replace_mark(area)
        self.ranks = {m.uuid: m.rank for m in self.document.symptoms()}
        was_symptom = self.document.mark(self.uuid).kind in SYMPTOM_KINDS
        self.removed = self.document.take_mark(self.uuid)
        if was_symptom:
            _renumbered(self.document, [m.uuid for m in self.document.symptoms()])

    def undo(self) -> None:
        assert self.removed is not None
        mark, index = self.removed
        for uuid, rank in self.ranks.items():
            if uuid != self.uuid and self.document.has_mark(uuid):
                other = self.document.mark(uuid)
                if other.rank != rank:
                    restored = copy.deepcopy(other)
                    restored.rank = rank
                    self.document.replace_mark(restored)
        self.document.insert_mark(mark, index)
        for area_uuid in self.unlinked:
            area = copy.deepcopy(self.document.mark(area_uuid))
            area.source_uuid = self.uuid
            self.document.replace_mark(area)
        for other in self.unbrought:
            area = copy.deepcopy(self.document.mark(other))
            area.brought_on_by = self.uuid
            self.document.replace_mark(area)


class SetMarkPropertiesCommand(QUndoCommand):
    """Change any fields of a mark (intensity, qualities, note, state, muscle, link, geometry)."""

    def __init__(
        self,
        document: EpisodeDocument,
        uuid: str,
        changes: dict[str, Any],
        text: str = "",
        parent: QUndoCommand | None = None,
    ) -> None:
        # the callers' English names ("Change intensity") are marked in i18n/runtime_strings.py
        super().__init__(QCoreApplication.translate("UndoCommand", text) if text
                         else QCoreApplication.translate("UndoCommand", "Edit mark"), parent)
        self.document = document
        self.uuid = uuid
        self.new = copy.deepcopy(changes)
        current = document.mark(uuid)
        self.old = {name: copy.deepcopy(getattr(current, name)) for name in changes}

    def _apply(self, values: dict[str, Any]) -> None:
        mark = copy.deepcopy(self.document.mark(self.uuid))
        for name, value in values.items():
            setattr(mark, name, copy.deepcopy(value))
        self.document.replace_mark(mark)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class MoveMarksCommand(QUndoCommand):
    """Move marks by (dx, dy) map units: one drag is one step whatever its length."""

    def __init__(
        self,
        document: EpisodeDocument,
        moves: dict[str, tuple[dict[str, Any], dict[str, float]]],
        new_geometry: dict[str, tuple[dict[str, Any], dict[str, float]]],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommand", "Move marks") if len(moves) > 1
            else QCoreApplication.translate("UndoCommand", "Move mark"))
        self.document = document
        self.old = copy.deepcopy(moves)
        self.new = copy.deepcopy(new_geometry)

    def _apply(self, values: dict[str, tuple[dict[str, Any], dict[str, float]]]) -> None:
        for uuid, (geometry, regions) in values.items():
            mark = copy.deepcopy(self.document.mark(uuid))
            mark.geometry = copy.deepcopy(geometry)
            mark.regions = dict(regions)
            self.document.replace_mark(mark)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class RenumberSymptomsCommand(QUndoCommand):
    """Give the symptom areas new P-numbers: ``order`` lists their uuids, P1 first (a drag in
    the mark panel's list, Alt+Up / Alt+Down)."""

    def __init__(self, document: EpisodeDocument, order: list[str], text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("UndoCommand", "Renumber"))
        self.document = document
        self.old = {m.uuid: m.rank for m in document.symptoms()}
        self.order = list(order)

    def redo(self) -> None:
        _renumbered(self.document, self.order)

    def undo(self) -> None:
        for uuid, rank in self.old.items():
            if self.document.has_mark(uuid):
                mark = self.document.mark(uuid)
                if mark.rank != rank:
                    restored = copy.deepcopy(mark)
                    restored.rank = rank
                    self.document.replace_mark(restored)


class SetClearedRegionsCommand(QUndoCommand):
    """Tick regions "asked about and clear", or take ticks away (the episode's
    ``cleared_regions``)."""

    def __init__(self, document: EpisodeDocument, regions: list[str], text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("UndoCommand", "Tick region"))
        self.document = document
        self.old = document.cleared_regions()
        self.new = list(regions)

    def redo(self) -> None:
        self.document.set_cleared_regions(self.new)

    def undo(self) -> None:
        self.document.set_cleared_regions(self.old)
