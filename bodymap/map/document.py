"""The episode being edited: an in-memory model that the map scene and the editor mirror.

Undo commands (:mod:`bodymap.map.commands`) change this model and nothing else; the scene listens
to its signals and updates its items (the pattern of Qt's undo framework example and of Orange's
canvas).  The model owns the QUndoStack, whose clean state is the "nothing unsaved" state.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from bodymap.store.records import (
    SYMPTOM_KINDS,
    EpisodeRecord,
    MarkRecord,
    new_uuid,
    symptom_numbers,
    to_utc,
)

#: A region counts as having a symptom (and cannot be ticked clear) when a symptom area covers
#: at least this share of it.
CLEAR_THRESHOLD = 0.05

#: Episode fields the editor form changes (not the marks).
EPISODE_FIELDS = (
    "started_at",
    "utc_offset_minutes",
    "duration_minutes",
    "kind",
    "intensity",
    "fatigue",
    "triggers",
    "notes",
    "therapy_uses",
)


class EpisodeDocument(QObject):
    #: A mark was added (uuid).
    mark_added = Signal(str)
    #: A mark is about to disappear (uuid).
    mark_removed = Signal(str)
    #: A mark's geometry or properties changed (uuid).
    mark_changed = Signal(str)
    #: The whole document was replaced (new, opened, restored).
    reset = Signal()
    #: An episode field (date, kind, notes, ...) changed.
    fields_changed = Signal()
    #: Unsaved changes appeared or went away.
    modified_changed = Signal(bool)
    #: The regions ticked "asked about and clear" changed (by an undo command).
    cleared_changed = Signal()

    def __init__(self, profile_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._fields_dirty = False
        self._record = self._blank(profile_id)
        self._marks: dict[str, MarkRecord] = {}

    # -- whole document ---------------------------------------------------------------------

    @staticmethod
    def _blank(profile_id: int) -> EpisodeRecord:
        started, offset = to_utc(datetime.now().astimezone())
        # "Everyday pain" unless the person says otherwise: a quick entry is not a flare.
        return EpisodeRecord(
            profile_id=profile_id,
            started_at=started.replace(microsecond=0),
            utc_offset_minutes=offset,
            kind="everyday",
        )

    def new(self, profile_id: int | None = None, marks: list[MarkRecord] | None = None) -> None:
        """A fresh episode starting now; ``marks`` pre-fills it (start from the last one)."""
        record = self._blank(profile_id if profile_id is not None else self._record.profile_id)
        self._load(record, marks or [])
        if marks:
            self._fields_dirty = True
            self.modified_changed.emit(True)

    def load(self, record: EpisodeRecord, unsaved: bool = False) -> None:
        """Show a saved episode, or with ``unsaved`` a restored draft; the undo history starts
        empty."""
        self._load(copy.deepcopy(record), copy.deepcopy(record.marks))
        if unsaved:
            self._fields_dirty = True
            self.modified_changed.emit(True)

    def _load(self, record: EpisodeRecord, marks: list[MarkRecord]) -> None:
        self.undo_stack.clear()
        record.marks = []
        self._record = record
        self._marks = {m.uuid: m for m in marks}
        was_dirty = self._fields_dirty
        self._fields_dirty = False
        self.reset.emit()
        self.fields_changed.emit()
        self.cleared_changed.emit()
        if was_dirty:
            self.modified_changed.emit(False)

    def to_record(self) -> EpisodeRecord:
        """A complete record to save: the fields plus the marks in drawing order."""
        record = copy.deepcopy(self._record)
        record.marks = [copy.deepcopy(m) for m in self._marks.values()]
        return record

    def mark_saved(self, saved: EpisodeRecord) -> None:
        """After a successful save: keep editing the saved version; nothing is unsaved now."""
        self._record = replace(copy.deepcopy(saved), marks=[])
        self._marks = {m.uuid: copy.deepcopy(m) for m in saved.marks}
        self._fields_dirty = False
        self.undo_stack.setClean()
        self.modified_changed.emit(False)
        self.fields_changed.emit()

    def adopt_saved(self, saved: EpisodeRecord) -> None:
        """A save finished after the person went on editing: take the saved episode's identity
        (id, version, the ids of its therapy uses) so the next save updates it, and keep the
        newer edits unsaved."""
        use_ids = {u.uuid: u.id for u in saved.therapy_uses}
        uses = [replace(u, id=use_ids.get(u.uuid, u.id)) for u in self._record.therapy_uses]
        self._record = replace(self._record, id=saved.id, version=saved.version, uuid=saved.uuid,
                               therapy_uses=uses)
        self._fields_dirty = True
        self.modified_changed.emit(True)

    @property
    def episode_id(self) -> int | None:
        return self._record.id

    @property
    def profile_id(self) -> int:
        return self._record.profile_id

    def is_modified(self) -> bool:
        return self._fields_dirty or not self.undo_stack.isClean()

    def _clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.is_modified())

    # -- episode fields ---------------------------------------------------------------------

    def field(self, name: str) -> Any:
        return getattr(self._record, name)

    def set_field(self, name: str, value: Any) -> None:
        if name not in EPISODE_FIELDS:
            raise KeyError(name)
        if getattr(self._record, name) == value:
            return
        setattr(self._record, name, copy.deepcopy(value))
        was_modified = self.is_modified()
        self._fields_dirty = True
        self.fields_changed.emit()
        if not was_modified:
            self.modified_changed.emit(True)

    # -- marks (called by undo commands only) -----------------------------------------------

    def marks(self) -> list[MarkRecord]:
        return list(self._marks.values())

    def mark(self, uuid: str) -> MarkRecord:
        return self._marks[uuid]

    def has_mark(self, uuid: str) -> bool:
        return uuid in self._marks

    def insert_mark(self, mark: MarkRecord, index: int | None = None) -> None:
        items = list(self._marks.items())
        position = len(items) if index is None else index
        items.insert(position, (mark.uuid, mark))
        self._marks = dict(items)
        self.mark_added.emit(mark.uuid)

    def take_mark(self, uuid: str) -> tuple[MarkRecord, int]:
        index = list(self._marks).index(uuid)
        self.mark_removed.emit(uuid)
        return self._marks.pop(uuid), index

    def replace_mark(self, mark: MarkRecord) -> None:
        self._marks[mark.uuid] = mark
        self.mark_changed.emit(mark.uuid)

    def linked_areas(self, trigger_uuid: str) -> list[str]:
        return [m.uuid for m in self._marks.values() if m.source_uuid == trigger_uuid]

    def brought_on(self, symptom_uuid: str) -> list[str]:
        """The symptom areas "brought on by" this one."""
        return [m.uuid for m in self._marks.values() if m.brought_on_by == symptom_uuid]

    # -- the body chart: P-numbers and ticks ------------------------------------------------

    def symptom_numbers(self) -> dict[str, int]:
        """uuid -> the P-number shown (1 for P1), always 1..n without gaps."""
        return symptom_numbers(list(self._marks.values()))

    def symptoms(self) -> list[MarkRecord]:
        """The symptom areas in P order (P1 first)."""
        numbers = self.symptom_numbers()
        return sorted((self._marks[u] for u in numbers), key=lambda m: numbers[m.uuid])

    def cleared_regions(self) -> list[str]:
        return list(self._record.cleared_regions)

    def set_cleared_regions(self, regions: list[str]) -> None:
        """Called by undo commands only (the undo stack tracks the unsaved state)."""
        self._record.cleared_regions = list(regions)
        self.cleared_changed.emit()

    def symptom_regions(self, threshold: float = CLEAR_THRESHOLD) -> set[str]:
        """Regions a symptom area of this episode covers (at least ``threshold`` of them: the
        brush spills a little over an edge, and that must not stop the neighbour's tick)."""
        found: set[str] = set()
        for mark in self._marks.values():
            if mark.kind in SYMPTOM_KINDS:
                found.update(r for r, share in mark.regions.items() if share >= threshold)
        return found


def copy_marks_for_new_episode(marks: list[MarkRecord]) -> list[MarkRecord]:
    """Copies with new uuids (links between them kept), for "start from the last episode"."""
    new_ids = {m.uuid: new_uuid() for m in marks}
    copies = []
    for m in marks:
        c = copy.deepcopy(m)
        c.id = None
        c.uuid = new_ids[m.uuid]
        c.source_uuid = new_ids.get(m.source_uuid) if m.source_uuid else None
        c.brought_on_by = new_ids.get(m.brought_on_by) if m.brought_on_by else None
        copies.append(c)
    return copies
