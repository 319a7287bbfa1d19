"""Drafts: the episode being edited is written to disk a moment after every change.

If bodymap crashes or is killed, at most the last couple of seconds are lost; on the next start
the draft is offered back.  A successful save or an explicit discard removes it.  Drafts are
plain JSON, written atomically (temporary file + ``os.replace``) and owner-only.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from bodymap.map.document import EpisodeDocument
from bodymap.paths import data_dir, ensure_private_dir
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyUseRecord

#: How long after a change the draft is written (ms): the most a crash can lose.
DRAFT_DELAY_MS = 1500


def draft_path_for(db_url: str) -> Path:
    digest = hashlib.sha256(db_url.encode()).hexdigest()[:16]
    return ensure_private_dir(data_dir() / "drafts") / f"episode-{digest}.json"


def record_to_json(record: EpisodeRecord) -> dict[str, Any]:
    data = asdict(record)
    data["started_at"] = record.started_at.isoformat()
    for use in data["therapy_uses"]:
        use["used_at"] = use["used_at"].isoformat()
    return data


def record_from_json(data: dict[str, Any]) -> EpisodeRecord:
    data = dict(data)
    marks = [MarkRecord(**m) for m in data.pop("marks", [])]
    uses = []
    for u in data.pop("therapy_uses", []):
        u = dict(u)
        u["used_at"] = datetime.fromisoformat(u["used_at"])
        uses.append(TherapyUseRecord(**u))
    data["started_at"] = datetime.fromisoformat(data["started_at"])
    record = EpisodeRecord(**data, marks=marks, therapy_uses=uses)
    record.validate()
    return record


def write_draft(path: Path, record: EpisodeRecord) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"saved_at": datetime.now().isoformat(), "episode": record_to_json(record)}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def read_draft(path: Path) -> tuple[EpisodeRecord, str] | None:
    """The draft episode and when it was written, or None if there is no usable draft."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return record_from_json(data["episode"]), str(data.get("saved_at", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DraftKeeper(QObject):
    def __init__(self, document: EpisodeDocument, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path = path
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        for signal in (
            document.mark_added,
            document.mark_removed,
            document.mark_changed,
            document.fields_changed,
        ):
            signal.connect(self._changed)
        document.modified_changed.connect(self._modified_changed)

    def _changed(self, *_args: object) -> None:
        # Not restarted on every change: while someone keeps editing, a draft still lands
        # every DRAFT_DELAY_MS.
        if self.document.is_modified() and not self._timer.isActive():
            self._timer.start()

    def _modified_changed(self, modified: bool) -> None:
        if modified:
            self._changed()
        else:
            self.discard()

    def write_now(self) -> None:
        if self.document.is_modified():
            write_draft(self.path, self.document.to_record())

    def discard(self) -> None:
        self._timer.stop()
        self.path.unlink(missing_ok=True)
