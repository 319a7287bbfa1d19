"""Drafts: the episode being edited is written to disk a moment after every change.

If bodymap crashes or is killed, at most the last couple of seconds are lost; on the next start
the draft is offered back.  A successful save or an explicit discard removes it.  Drafts are
plain JSON, written atomically and owner-only (:func:`bodymap.files.write_private`).

A draft belongs to one diary and to the one bodymap that wrote it.  For an SQLite file the
lock (:mod:`bodymap.ui.instance`) lets only one bodymap open it, so the diary's URL is the key.
A PostgreSQL diary is shared by several machines at once, so its key adds this machine's name
and the person: two machines (or two people) never see each other's draft.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from bodymap.files import ensure_private_dir, write_private
from bodymap.map.document import EpisodeDocument
from bodymap.paths import data_dir
from bodymap.store.records import EpisodeRecord, MarkRecord, TherapyUseRecord

try:
    # CPython's own SHA-256 (as its random module takes its SHA-512): hashlib loads OpenSSL
    # first, 4 ms of the window's start before the diary is usable.  The same digest.
    from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]  # Python 3.11
except ImportError:
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # 3.12 on
    except ImportError:
        from hashlib import sha256

#: How long after a change the draft is written (ms): the most a crash can lose.
DRAFT_DELAY_MS = 1500


def draft_key(db_url: str, person_id: int) -> str:
    """What a draft is filed under: the diary, and for a shared server the machine and person."""
    if db_url.startswith("sqlite"):
        return db_url
    import socket  # only for a server: 3 ms of the window's start otherwise

    return f"{db_url}#{socket.gethostname()}#{person_id}"


def draft_path_for(db_url: str, person_id: int | None = None) -> Path:
    key = db_url if person_id is None else draft_key(db_url, person_id)
    digest = sha256(key.encode()).hexdigest()[:16]
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
    import json  # here: no draft is written or read before the window is usable

    data = {"saved_at": datetime.now().isoformat(), "episode": record_to_json(record)}
    write_private(path, json.dumps(data))


def read_draft(path: Path) -> tuple[EpisodeRecord, str] | None:
    """The draft episode and when it was written, or None if there is no usable draft."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):  # none (as at most starts), unreadable, or not UTF-8
        return None
    import json  # only for a draft found: every start looks for one before it is usable

    try:
        data = json.loads(text)
        return record_from_json(data["episode"]), str(data.get("saved_at", ""))
    except (ValueError, KeyError, TypeError):
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
        #: While held, the draft is never removed (the diary file was replaced under the
        #: window, or cannot be written): it is what the person's work is kept in.
        self.held = False
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
            try:
                write_draft(self.path, self.document.to_record())
            except OSError:
                pass  # a full disk: the episode itself is still on screen; the next change retries

    def discard(self) -> None:
        self._timer.stop()
        if self.held:
            return
        self.path.unlink(missing_ok=True)

    def hold(self) -> None:
        """Write the draft now and keep it whatever happens, until :meth:`release`."""
        self._timer.stop()
        self.write_now()
        self.held = True

    def release(self) -> None:
        self.held = False
