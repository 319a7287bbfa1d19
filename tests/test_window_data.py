"""The window's File menu data work on the one database worker, and a diary file replaced under
the window (issue 12's GUI, issue 19's restore safety), through the real window (pytest-qt)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from test_data_actions import Boxes
from test_marking import click_map
from test_transfer import episode, fill

from bodymap.anatomy import regions as anatomy
from bodymap.store import backup, transfer
from bodymap.store.service import Diary
from bodymap.ui import data_actions
from bodymap.ui.changes import Changes
from bodymap.ui.data_actions import DataActions, ExportOptions
from bodymap.ui.diary_identity import DiaryIdentity, DiaryReplaced, identity_of
from bodymap.ui.drafts import read_draft
from bodymap.ui.main_window import QUIT, REOPEN, MainWindow
from bodymap.ui.ops import DiaryOps

UI_THREAD = threading.get_ident()


@pytest.fixture
def window(qtbot: Any, diary: Diary, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    from bodymap.app import create_application

    create_application()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = MainWindow(diary)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w.ops.pending(), timeout=10000)
    return w


class Threads:
    """Wraps store functions where the data actions call them, recording the calling thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: dict[str, list[int]] = {}
        self._monkeypatch = monkeypatch

    def wrap(self, module: Any, name: str) -> None:
        real: Callable[..., Any] = getattr(module, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.seen.setdefault(name, []).append(threading.get_ident())
            return real(*args, **kwargs)

        self._monkeypatch.setattr(module, name, recorded)

    def off_ui_thread(self, name: str) -> bool:
        return bool(self.seen.get(name)) and UI_THREAD not in self.seen[name]


def finish(qtbot: Any, actions: DataActions, start: Callable[[], Any]) -> Any:
    with qtbot.waitSignal(actions.finished, timeout=20000) as blocker:
        start()
    actions.ops.wait_idle(10000)
    return blocker.args[1]


def _bring_forward(qtbot: Any, window: MainWindow, name: str) -> None:
    window.docks[name].show()
    window.docks[name].raise_()
    qtbot.waitUntil(lambda: window.panels[name].isVisible(), timeout=3000)


def _episodes_in_file(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM episode").fetchone()[0])
    finally:
        conn.close()


# -- export, import, back up, restore: on the worker ------------------------------------------


def test_export_import_backup_restore_run_on_the_worker_with_progress(
    qtbot: Any, window: MainWindow, diary: Diary, db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Diary.open(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    fill(source)
    transfer.export_json(source, tmp_path / "all.json")
    source.close()
    threads = Threads(monkeypatch)
    for name in ("export_json", "read_export", "apply_plan", "backup_diary", "list_backups", "restore"):
        threads.wrap(data_actions, name)
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    actions = window.data_actions
    assert actions.ops is window.ops  # the window's one worker, not one of its own
    steps: list[tuple[int, int]] = []
    dialogs: list[bool] = []

    def seen(done: int, total: int) -> None:
        steps.append((done, total))
        dialogs.append(actions.progress_dialog is not None)

    actions.progress.connect(seen)

    # import: the diary list shows the new episodes, through the context alone
    _bring_forward(qtbot, window, "list_dock")
    assert window.episode_list.episode_ids() == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "all.json"), ""))
    summary = finish(qtbot, actions, actions.import_action.trigger)
    assert summary.added["episodes"] == 6
    assert threads.off_ui_thread("read_export") and threads.off_ui_thread("apply_plan")
    assert steps and steps[-1] == (6, 6) and all(dialogs)
    me = diary.profile_by_name("Me").id
    assert window.context.person_id == me
    qtbot.waitUntil(lambda: len(window.episode_list.episode_ids()) == 4, timeout=10000)

    # export
    steps.clear()
    monkeypatch.setattr(actions, "ask_export_options", lambda _people: ExportOptions("json", None))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "out.json"), ""))
    assert finish(qtbot, actions, actions.export_action.trigger) == tmp_path / "out.json"
    assert threads.off_ui_thread("export_json")
    assert steps and steps[-1] == (6, 6)

    # back up now, then restore that backup
    made = finish(qtbot, actions, actions.backup_action.trigger)
    assert threads.off_ui_thread("backup_diary") and made.exists()
    window.ops.write(lambda: window.diary.save_episode(episode(window.diary, me, datetime(2026, 7, 1))),
                     None, changes=Changes(episodes=True))
    qtbot.waitUntil(lambda: len(window.episode_list.episode_ids()) == 5, timeout=10000)
    monkeypatch.setattr(actions, "choose_backup", lambda backups: next(b for b in backups if b.path == made))
    old = window.diary
    assert finish(qtbot, actions, actions.restore_action.trigger) is True
    assert threads.off_ui_thread("list_backups") and threads.off_ui_thread("restore")
    # reopened as at start-up; every panel reads the restored file; later saves go there
    assert window.diary is not old and window.context.diary is window.diary
    qtbot.waitUntil(lambda: len(window.episode_list.episode_ids()) == 4, timeout=10000)
    assert not any(kind == "warning" for kind, _t, _x in boxes.shown)
    assert window.ops.identity.recorded == identity_of(db_path)
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    with qtbot.waitSignal(window.editor.saved, timeout=10000):
        window.save_episode()
    assert _episodes_in_file(db_path) == 7


def test_cancelling_an_import_writes_nothing(
    qtbot: Any, window: MainWindow, diary: Diary, db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Diary.open(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    fill(source)
    transfer.export_json(source, tmp_path / "all.json")
    source.close()
    before = [p.name for p in diary.list_profiles()]
    episodes_before = _episodes_in_file(db_path)
    boxes = Boxes(monkeypatch)
    actions = window.data_actions
    cancelled = threading.Event()
    real_apply = data_actions.apply_plan

    calls: list[int] = []

    def slow_apply(diary: Diary, plan: Any, progress: Any) -> Any:
        def held(done: int, total: int) -> None:
            calls.append(done)
            progress(done, total)  # shown in the dialog; raises once Cancel was pressed
            if len(calls) == 2:  # inside the transaction: the new person is written by now
                assert cancelled.wait(10)
                progress(done, total)

        return real_apply(diary, plan, progress=held)

    monkeypatch.setattr(data_actions, "apply_plan", slow_apply)

    def press_cancel(_done: int, _total: int) -> None:
        dialog = actions.progress_dialog
        if dialog is not None and not cancelled.is_set():
            dialog.findChild(QPushButton).click()  # the person presses Cancel
            cancelled.set()

    actions.progress.connect(press_cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "all.json"), ""))
    told: list[Changes] = []
    window.context.changed.connect(told.append)
    messages: list[str] = []
    actions.message.connect(messages.append)
    assert finish(qtbot, actions, actions.import_action.trigger) is None
    assert messages == ["Import cancelled; nothing was changed"]
    assert boxes.shown == [] and told == []
    assert [p.name for p in diary.list_profiles()] == before
    assert _episodes_in_file(db_path) == episodes_before


def test_an_import_the_diary_refuses_is_one_sentence(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    (tmp_path / "all.json").write_text(
        '{"format": "bodymap", "version": 1, "exported_at": "2026-01-01T00:00:00Z", '
        '"therapies": [], "profiles": []}', encoding="utf-8")

    def locked(*_a: Any, **_k: Any) -> Any:
        raise OperationalError("INSERT INTO profile ...", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(data_actions, "apply_plan", locked)
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "all.json"), ""))
    assert finish(qtbot, window.data_actions, window.data_actions.import_data) is None
    ((kind, _title, text),) = boxes.shown
    assert kind == "warning" and "The diary is busy" in text and "INSERT" not in text


# -- PostgreSQL -------------------------------------------------------------------------------


@pytest.mark.postgresql
def test_back_up_now_on_postgresql_writes_json_and_restore_is_off(
    qtbot: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary = Diary.open(pg_url)
    try:
        fill(diary)
        parent = QWidget()
        qtbot.addWidget(parent)
        actions = DataActions(diary, None, parent)
        assert actions.backup_action.isEnabled()
        assert not actions.restore_action.isEnabled()
        tip = actions.restore_action.statusTip()
        assert "pg_dump" in tip and "File > Import" in tip
        assert actions.restore_action.toolTip() == tip
        threads = Threads(monkeypatch)
        threads.wrap(data_actions, "backup_diary")
        boxes = Boxes(monkeypatch)
        out = finish(qtbot, actions, actions.backup_action.trigger)
        assert threads.off_ui_thread("backup_diary")
        assert out.suffix == ".json" and out.exists()
        assert out.parent == backup.server_backups_folder()
        ((kind, _title, text),) = boxes.shown
        assert kind == "information" and str(out) in text and "File > Import" in text
        # the JSON comes back with File > Import
        other = Diary.open(f"sqlite:///{out.parent / 'check.sqlite3'}")
        summary = transfer.import_file(other, out)
        assert summary.added["episodes"] == 6
        other.close()
        actions.ops.shutdown(1000)
    finally:
        diary.close()


# -- the diary file replaced under the window ---------------------------------------------------


def test_diary_identity_notices_a_replaced_file(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    path.write_bytes(b"one")
    identity = DiaryIdentity(path)
    assert not identity.replaced()
    with path.open("ab") as f:  # written in place: still the same file
        f.write(b"more")
    assert not identity.replaced()
    other = tmp_path / "other"
    other.write_bytes(b"two")
    other.replace(path)
    assert identity.replaced()
    with pytest.raises(DiaryReplaced, match="replaced by another program"):
        identity.check()
    identity.record()
    assert not identity.replaced()
    path.unlink()
    assert identity.replaced()  # gone counts as replaced
    assert not DiaryIdentity(None).replaced()  # a database server: no file


def test_a_save_after_the_file_was_replaced_is_kept_as_a_draft_and_reopen_offers_it(
    qtbot: Any, window: MainWindow, diary: Diary, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    me = window.context.person_id
    diary.save_episode(episode(diary, me, datetime(2026, 1, 1)))
    good = backup.backup_now(db_path, reason="daily")  # one episode
    diary.save_episode(episode(diary, me, datetime(2026, 1, 2)))
    _bring_forward(qtbot, window, "list_dock")
    window.context.notify(Changes(episodes=True))
    qtbot.waitUntil(lambda: len(window.episode_list.episode_ids()) == 2, timeout=10000)

    # another program (bodymap restore from the command line) replaces the file
    backup.restore(db_path, good)
    assert _episodes_in_file(db_path) == 1

    x, y = anatomy.inside_point("back", "shoulder_blade.right")
    click_map(qtbot, window, "back", x, y)
    assert window.document.is_modified()
    asked: list[dict[str, Any]] = []

    def ask() -> str:
        found = read_draft(window.drafts.path)
        asked.append({"draft_marks": None if found is None else len(found[0].marks),
                      "episodes": _episodes_in_file(db_path)})
        return REOPEN

    window.ask_replaced = ask
    saved: list[object] = []
    window.editor.saved.connect(saved.append)
    window.save_episode()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    # nothing written into the replaced file (nor the old one), the work is in the draft
    assert asked == [{"draft_marks": 1, "episodes": 1}]
    assert saved == []

    # Reopen: the restored diary is on show and the draft is offered
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: window.document.is_modified() and len(window.document.marks()) == 1,
                    timeout=10000)
    qtbot.waitUntil(lambda: len(window.episode_list.episode_ids()) == 1, timeout=10000)
    assert window.context.diary is window.diary and window.diary is not diary
    (mark,) = window.document.marks()
    assert set(mark.regions) == {"shoulder_blade.right"}
    # later saves go to the new file
    with qtbot.waitSignal(window.editor.saved, timeout=10000):
        window.save_episode()
    assert _episodes_in_file(db_path) == 2
    assert not window.drafts.path.exists()


def test_activation_notices_the_replaced_file_and_quit_keeps_the_draft(
    qtbot: Any, window: MainWindow, diary: Diary, db_path: Path
) -> None:
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    other = Diary.open(f"sqlite:///{db_path.parent / 'copy.sqlite3'}")
    other.close()
    (db_path.parent / "copy.sqlite3").replace(db_path)  # a copy moved over it
    answers: list[str] = []

    def ask() -> str:
        answers.append("asked")
        return QUIT

    window.ask_replaced = ask
    from PySide6.QtCore import QEvent

    window.activateWindow()
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    if not answers:  # not the active window on this platform: the same check, called directly
        window.check_diary_file()
    assert answers == ["asked"]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    found = read_draft(window.drafts.path)
    assert found is not None and len(found[0].marks) == 1
    assert _episodes_in_file(db_path) == 0


def test_ops_refuse_every_write_into_a_replaced_file(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    path.write_bytes(b"x")
    ops = DiaryOps()
    ops.watch_file(path)
    ran: list[str] = []
    replaced: list[bool] = []
    ops.file_replaced.connect(lambda: replaced.append(True))
    ops.write(lambda: ran.append("before"), None)
    ops.wait_idle()
    (tmp_path / "new").write_bytes(b"y")
    (tmp_path / "new").replace(path)
    assert ops.file_was_replaced()
    errors: list[str] = []
    ops.write(lambda: ran.append("after"), None, on_error=errors.append)
    ops.query(lambda: ran.append("read"), None)
    ops.wait_idle()
    assert ran == ["before", "read"] and replaced == [True] and errors == []
    # a job that replaces the file on purpose records the new one: writes go on
    ops.write(lambda: ran.append("reopen"), None, replaces_file=True)
    ops.write(lambda: ran.append("later"), None)
    ops.wait_idle()
    assert ran[-2:] == ["reopen", "later"] and not ops.file_was_replaced()
    ops.shutdown(1000)


def test_a_read_only_diary_is_named_and_the_work_kept(qtbot: Any) -> None:
    from sqlalchemy.exc import OperationalError

    ops = DiaryOps()
    error = OperationalError("UPDATE episode ...", {}, sqlite3.OperationalError("attempt to write a readonly database"))
    for failure, write in ((error, True), (error, False), (PermissionError(13, "Permission denied"), True)):
        text = ops.error_message(failure, write=write)
        assert text == ("The diary is read-only, so nothing could be saved into it. Nothing was lost: "
                        "your work is kept as a draft.")
        assert "UPDATE" not in text
    # a permission error while reading (an export to a folder one cannot write) is not that
    assert "read-only" not in ops.error_message(PermissionError(13, "Permission denied"), write=False)


def test_a_failed_save_keeps_the_draft(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary = window.diary

    def read_only(_record: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(diary, "save_episode", read_only)
    boxes = Boxes(monkeypatch)
    x, y = anatomy.inside_point("back", "calf.left")
    click_map(qtbot, window, "back", x, y)
    window.save_episode()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10000)
    ((kind, _title, text),) = boxes.shown
    assert kind == "warning" and "read-only" in text and "kept as a draft" in text
    found = read_draft(window.drafts.path)
    assert found is not None and len(found[0].marks) == 1
    assert window.document.is_modified()


def test_an_import_read_by_a_second_process_fills_the_window(
    qtbot: Any, window: MainWindow, diary: Diary, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File > Import of a large file (the threshold lowered here) into the window's empty
    diary: the file is read by a second process while the worker writes; the progress dialog
    counts up to the end, and the diary list shows the new episodes."""
    from bodymap.store import file_reading

    source = Diary.open(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    fill(source)
    transfer.export_json(source, tmp_path / "all.json")
    source.close()
    monkeypatch.setattr(file_reading, "READ_APART_FROM_BYTES", 0)
    read_here: list[Any] = []
    real_here = file_reading.read_here
    monkeypatch.setattr(file_reading, "read_here", lambda plan: read_here.append(plan) or real_here(plan))
    boxes = Boxes(monkeypatch)
    actions = window.data_actions
    steps: list[tuple[int, int]] = []
    actions.progress.connect(lambda done, total: steps.append((done, total)))
    _bring_forward(qtbot, window, "list_dock")
    assert window.episode_list.episode_ids() == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "all.json"), ""))
    summary = finish(qtbot, actions, actions.import_action.trigger)
    assert summary.added["episodes"] == 6 and read_here == []
    assert steps and steps[-1] == (6, 6)
    assert [kind for kind, _title, _text in boxes.shown] == ["information"]  # "Import finished"
    qtbot.waitUntil(lambda: len(window.episode_list.episode_ids()) == 4, timeout=10000)
