"""Undo commands for the map.  Each changes the :class:`EpisodeDocument`, never graphics items."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from bodymap.map.document import EpisodeDocument
from bodymap.store.records import MarkRecord

KIND_NAMES = {
    "trigger_point": "trigger point",
    "referred_area": "referred-pain area",
    "spasm": "spasm",
    "tender_point": "tender point",
    "pain": "pain area",
}


class AddMarkCommand(QUndoCommand):
    def __init__(self, document: EpisodeDocument, mark: MarkRecord) -> None:
        super().__init__(f"Add {KIND_NAMES.get(mark.kind, mark.kind)}")
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
        super().__init__(f"Delete {KIND_NAMES.get(mark.kind, mark.kind)}")
        self.document = document
        self.uuid = uuid
        self.removed: tuple[MarkRecord, int] | None = None
        self.unlinked: list[str] = []

    def redo(self) -> None:
        self.unlinked = self.document.linked_areas(self.uuid)
        for area_uuid in self.unlinked:
            area = copy.deepcopy(self.document.mark(area_uuid))
            area.source_uuid = None
            self.document.replace_mark(area)
        self.removed = self.document.take_mark(self.uuid)

    def undo(self) -> None:
        assert self.removed is not None
        mark, index = self.removed
        self.document.insert_mark(mark, index)
        for area_uuid in self.unlinked:
            area = copy.deepcopy(self.document.mark(area_uuid))
            area.source_uuid = self.uuid
            self.document.replace_mark(area)


class SetMarkPropertiesCommand(QUndoCommand):
    """Change any fields of a mark (intensity, qualities, note, state, muscle, link, geometry)."""

    def __init__(
        self,
        document: EpisodeDocument,
        uuid: str,
        changes: dict[str, Any],
        text: str = "Edit mark",
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
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
        super().__init__("Move" if len(moves) > 1 else "Move mark")
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
