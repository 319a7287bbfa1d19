"""File > Export / Import / Back up now / Restore, and the recovery offer at start (pytest-qt)."""

from __future__ import annotations

import json
import stat
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from test_backup import damage
from test_transfer import episode, fill, schema_errors, table_dump

from bodymap.store import backup, transfer
from bodymap.store.service import Diary
from bodymap.ui import recovery
from bodymap.ui.changes import Changes
from bodymap.ui.data_actions import DataActions, ExportDialog, ExportOptions, RestoreDialog

DOCS = Path(__file__).resolve().parent.parent / "docs"


class Boxes:
    """Stand-ins for the QMessageBox static functions, recording what the user would read."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Any = QMessageBox.StandardButton.Yes) -> None:
        self.shown: list[tuple[str, str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)
        self.answer = answer

    def _record(self, kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def _question(self, parent: Any, title: str, text: str, *args: Any) -> Any:
        self.shown.append(("question", title, text))
        return self.answer

    def kinds(self) -> list[str]:
        return [k for k, _t, _x in self.shown]


@pytest.fixture
def window(qtbot: Any) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def filled(diary: Diary) -> Diary:
    fill(diary)
    return diary


def make_actions(diary: Diary, window: QWidget) -> DataActions:
    """Data actions on their own: a context and a worker of their own."""
    return DataActions(diary, None, window)


def finish(qtbot: Any, actions: DataActions, start: Any) -> Any:
    """Start an action and wait until it has ended (on the worker, then back on the UI thread)."""
    with qtbot.waitSignal(actions.finished, timeout=15000) as blocker:
        start()
    actions.ops.wait_idle(5000)
    return blocker.args[1]


def test_actions_and_their_texts(filled: Diary, db_path: Path, window: QWidget) -> None:
    actions = make_actions(filled, window)
    assert [a.text().replace("&", "") for a in actions.actions()] == [
        "Export…", "Import…", "Back up now", "Restore from backup…",
    ]
    assert all(a.isEnabled() for a in actions.actions())
    in_memory = Diary.open("sqlite://")
    no_file = make_actions(in_memory, window)
    assert not no_file.backup_action.isEnabled() and not no_file.restore_action.isEnabled()
    in_memory.close()


def test_export_json_through_the_file_dialog(
    filled: Diary, db_path: Path, window: QWidget, tmp_path: Path, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = Boxes(monkeypatch)
    actions = make_actions(filled, window)
    offered: list[list[str]] = []

    def ask(profiles: list[str]) -> ExportOptions:
        offered.append(profiles)
        return ExportOptions("json", "Me")

    monkeypatch.setattr(actions, "ask_export_options", ask)
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    out = tmp_path / "mine.json"
    assert finish(qtbot, actions, actions.export_action.trigger) == out
    assert sorted(offered[0]) == ["Ana", "Me"] or "Me" in offered[0]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [p["name"] for p in document["profiles"]] == ["Me"]
    schema = json.loads((DOCS / "bodymap-export.schema.json").read_text(encoding="utf-8"))
    assert schema_errors(document, schema) == []
    assert boxes.kinds() == ["information"] and "4 episodes" in boxes.shown[0][2]


def test_export_csv_makes_a_zip_and_cancelling_the_file_dialog_does_nothing(
    filled: Diary, db_path: Path, window: QWidget, tmp_path: Path, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Boxes(monkeypatch)
    actions = make_actions(filled, window)
    monkeypatch.setattr(
        actions, "ask_export_options",
        lambda _profiles: ExportOptions("csv", None, date(2025, 1, 1), date(2026, 12, 31)),
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "t"), ""))
    assert finish(qtbot, actions, actions.export_data) == tmp_path / "t.zip"
    assert stat.S_IMODE((tmp_path / "t.zip").stat().st_mode) == 0o600
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert finish(qtbot, actions, actions.export_data) is None


def test_import_shows_a_summary_and_tells_the_context(
    filled: Diary, db_path: Path, window: QWidget, tmp_path: Path, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    transfer.export_json(filled, tmp_path / "all.json")
    other = Diary.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    boxes = Boxes(monkeypatch)
    actions = make_actions(other, window)
    told: list[Changes] = []
    actions.context.changed.connect(told.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "all.json"), ""))
    with qtbot.waitSignal(actions.data_changed, timeout=10000):
        actions.import_action.trigger()
    actions.ops.wait_idle(5000)
    assert boxes.kinds() == ["information"]
    assert "Episodes: 6 added, 0 already in the diary" in boxes.shown[0][2]
    assert "People: 2 added, 0 already in the diary" in boxes.shown[0][2]  # as the Person menu
    assert told == [Changes(everything=True)]
    assert len(other.list_episodes(other.profile_by_name("Me").id or 0)) == 4
    # a second import adds nothing and asks nobody to read again
    with qtbot.assertNotEmitted(actions.data_changed):
        finish(qtbot, actions, actions.import_data)
    assert "Episodes: 0 added, 6 already in the diary" in boxes.shown[1][2]
    assert told == [Changes(everything=True)]
    other.close()


def _recording_feeds(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The progress feeds the data actions make from now on (their ``cancelled`` events)."""
    feeds: list[Any] = []
    real = DataActions._progress

    def recording(self: DataActions, *args: Any, **kwargs: Any) -> Any:
        feeds.append(real(self, *args, **kwargs))
        return feeds[-1]

    monkeypatch.setattr(DataActions, "_progress", recording)
    return feeds


@pytest.mark.usefixtures("run_so_far_frozen")
def test_quitting_during_an_import_stops_it_and_keeps_nothing(
    filled: Diary, window: QWidget, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    transfer.export_json(filled, tmp_path / "all.json")
    other = Diary.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    actions = make_actions(other, window)
    feeds = _recording_feeds(monkeypatch)
    writing = threading.Event()
    real_batch = transfer._write_episode_batch

    def batch_held_until_quit(*args: Any, **kwargs: Any) -> None:
        writing.set()  # the import is under way, inside its transaction
        assert feeds[0].cancelled.wait(5)  # quit came: this batch goes on, the next step stops
        real_batch(*args, **kwargs)

    monkeypatch.setattr(transfer, "_write_episode_batch", batch_held_until_quit)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "all.json"), ""))
    actions.import_data()
    assert writing.wait(5)
    assert actions.ops.shutdown(300) is True  # the import ended within quit's wait
    other.close()
    tables = table_dump(tmp_path / "other.sqlite3")
    assert tables["episode"] == [] and tables["mark"] == []


@pytest.mark.usefixtures("run_so_far_frozen")
def test_quitting_during_an_export_stops_it_and_leaves_no_file(
    filled: Diary, window: QWidget, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    actions = make_actions(filled, window)
    feeds = _recording_feeds(monkeypatch)
    writing = threading.Event()
    real_episodes = transfer._episodes_json

    def episodes_held_until_quit(*args: Any, **kwargs: Any) -> Any:
        writing.set()  # the file is being written
        assert feeds[0].cancelled.wait(5)
        yield from real_episodes(*args, **kwargs)

    monkeypatch.setattr(transfer, "_episodes_json", episodes_held_until_quit)
    monkeypatch.setattr(actions, "ask_export_options", lambda _p: ExportOptions("json", "Me"))
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "mine.json"), ""))
    actions.export_data()  # the people are read on the worker, then the export starts there
    qtbot.waitUntil(writing.is_set, timeout=5000)
    assert actions.ops.shutdown(300) is True  # the export was waited for, and ended within it
    assert list(folder.iterdir()) == []  # neither the export nor its temporary file


def test_a_malformed_file_gets_a_clear_message_and_the_diary_is_unchanged(
    filled: Diary, db_path: Path, window: QWidget, tmp_path: Path, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    transfer.export_json(filled, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    document["profiles"][0]["episodes"][1]["marks"][2]["intensity"] = 12
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    other = Diary.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    other.default_profile()
    before = table_dump(tmp_path / "other.sqlite3")
    boxes = Boxes(monkeypatch)
    actions = make_actions(other, window)
    for name in ("bad.json", "missing.json"):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
        with qtbot.assertNotEmitted(actions.data_changed):
            assert finish(qtbot, actions, actions.import_data) is None
    (tmp_path / "junk.json").write_bytes(b"\x00\xff not json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "junk.json"), ""))
    finish(qtbot, actions, actions.import_data)
    assert boxes.kinds() == ["warning", "warning", "warning"]
    text = boxes.shown[0][2]
    assert "bad.json cannot be imported; the diary was not changed" in text
    assert "profiles[0].episodes[1].marks[2].intensity: must be from 0 to 10" in text
    assert "cannot read" in boxes.shown[1][2]
    assert "not UTF-8" in boxes.shown[2][2]
    other.close()
    assert table_dump(tmp_path / "other.sqlite3") == before


def test_back_up_now(
    filled: Diary, db_path: Path, window: QWidget, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch)
    actions = make_actions(filled, window)
    messages: list[str] = []
    actions.message.connect(messages.append)
    made_path = finish(qtbot, actions, actions.backup_action.trigger)
    (made,) = backup.list_backups(db_path)
    assert made.path == made_path
    assert made.ok and made.episodes == 6 and stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert boxes.kinds() == ["information"] and str(made.path) in boxes.shown[0][2]
    assert messages and str(made.path) in messages[0]


def test_restore_lists_backups_asks_and_brings_the_data_back(
    filled: Diary, db_path: Path, window: QWidget, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup.backup_now(db_path, reason="daily")
    expected = table_dump(good)
    me = filled.profile_by_name("Me")
    filled.save_episode(episode(filled, me.id or 0, datetime(2026, 7, 1)))
    assert len(filled.list_episodes(me.id or 0)) == 5
    actions = make_actions(filled, window)
    offered: list[list[backup.BackupInfo]] = []

    def choose(backups: list[backup.BackupInfo]) -> backup.BackupInfo:
        offered.append(backups)
        return backups[0]

    monkeypatch.setattr(actions, "choose_backup", choose)
    # first the person says no: nothing happens
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(actions.data_changed):
        assert finish(qtbot, actions, actions.restore_backup) is None
    assert len(filled.list_episodes(me.id or 0)) == 5
    assert "6 episodes" in boxes.shown[0][2]
    # then yes
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    told: list[Changes] = []
    actions.context.changed.connect(told.append)
    with qtbot.waitSignal(actions.data_changed, timeout=10000):
        actions.restore_action.trigger()
    actions.ops.wait_idle(5000)
    assert offered[-1][0].path == good
    assert told == [Changes(everything=True)]
    # the diary was opened again on the restored file, as at start-up
    restored = actions.diary
    assert restored is not filled
    assert len(restored.list_episodes(me.id or 0)) == 4
    restored.close()
    assert table_dump(db_path) == expected
    kept = [b for b in backup.list_backups(db_path) if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].episodes == 7


def test_export_and_restore_dialogs(
    filled: Diary, db_path: Path, window: QWidget, qtbot: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog(["Me", "Ana"], window)
    qtbot.addWidget(dialog)
    assert dialog.options() == ExportOptions("json", None, None, None)
    dialog.csv_button.setChecked(True)
    dialog.profile_combo.setCurrentIndex(2)
    dialog.range_check.setChecked(True)
    dialog.start_edit.setDate(QDate(2026, 1, 1))
    dialog.end_edit.setDate(QDate(2026, 1, 31))
    assert dialog.options() == ExportOptions("csv", "Ana", date(2026, 1, 1), date(2026, 1, 31))
    dialog.show()
    dialog.grab().save(str(tmp_path / "export-dialog.png"))

    backup.backup_now(db_path, reason="daily")
    broken = db_path.parent / "backups" / "diary-20300101-000000-000000-daily.sqlite3"
    broken.write_bytes(backup.backup_now(db_path).read_bytes())
    damage(broken)
    infos = backup.list_backups(db_path)
    restore_dialog = RestoreDialog(infos, window)
    qtbot.addWidget(restore_dialog)
    assert restore_dialog.table.rowCount() == 3
    assert restore_dialog.table.item(0, 3).text() == "damaged, cannot be used"
    assert restore_dialog.selected() == infos[1]  # the newest good one is preselected
    assert restore_dialog.ok_button.isEnabled()
    restore_dialog.table.clearSelection()
    assert restore_dialog.selected() is None and not restore_dialog.ok_button.isEnabled()
    restore_dialog.show()
    restore_dialog.grab().save(str(tmp_path / "restore-dialog.png"))


# -- recovery at start --------------------------------------------------------------------------


def test_recovery_restores_the_newest_good_backup_and_keeps_the_damaged_file(
    filled: Diary, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup.backup_now(db_path, reason="daily")
    expected = table_dump(good)
    filled.close()
    damage(db_path)
    damaged = db_path.read_bytes()
    asked: list[list[tuple[str, str]]] = []

    def choose(parent: Any, title: str, text: str, detail: str, choices: list[tuple[str, str]]) -> str:
        asked.append(choices)
        assert "damaged" in text and "6 episodes" in detail
        return recovery.RESTORE

    monkeypatch.setattr(recovery, "ask_choice", choose)
    boxes = Boxes(monkeypatch)
    url = recovery.offer_recovery(db_path, RuntimeError("database disk image is malformed"))
    assert url == f"sqlite:///{db_path}"
    assert [key for key, _label in asked[0]] == ["restore", "other", "quit"]
    assert table_dump(db_path) == expected
    (aside,) = db_path.parent.glob("diary.sqlite3.damaged-*[0-9]")
    assert aside.read_bytes() == damaged
    assert boxes.kinds() == ["information"] and str(aside) in boxes.shown[0][2]
    Diary.open(url).close()


def test_recovery_other_file_or_quit(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.write_bytes(b"garbage")
    choices = iter([recovery.OTHER, recovery.OTHER, recovery.QUIT])
    monkeypatch.setattr(recovery, "ask_choice", lambda *a: next(choices))
    picks = iter(["", str(tmp_path / "another.sqlite3")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(picks), ""))
    # the first file dialog is cancelled: the question comes again; the second picks a file
    assert recovery.offer_recovery(db_path, RuntimeError("x")) == f"sqlite:///{tmp_path / 'another.sqlite3'}"
    assert recovery.offer_recovery(db_path, RuntimeError("x")) is None
    assert db_path.read_bytes() == b"garbage"  # nothing was touched


def test_ask_choice_returns_the_clicked_button(qtbot: Any) -> None:
    def click() -> None:
        from PySide6.QtWidgets import QApplication

        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == "Open another file…"]
        button.click()

    QTimer.singleShot(100, click)
    assert recovery.ask_choice(
        None, "t", "text", "detail", [("restore", "Go back"), ("other", "Open another file…"), ("quit", "Quit")]
    ) == "other"
