"""One bodymap per SQLite diary: the lock beside the file, the second one refused, stale locks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from bodymap.ui import recovery
from bodymap.ui.instance import DiaryLock, lock_path_for


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch):
    """The choice dialog, answered from a list; what it was asked is kept."""
    asked: list[tuple[str, list[str]]] = []
    replies: list[str] = []

    def ask(parent, title, text, detail, choices):
        asked.append((text, [key for key, _label in choices]))
        return replies.pop(0)

    monkeypatch.setattr(recovery, "ask_choice", ask)
    return asked, replies


def test_a_second_bodymap_on_the_same_file_is_refused(qtbot, db_path: Path, diary, answers, monkeypatch) -> None:
    from bodymap.app import claim_diary, create_application
    from bodymap.ui.main_window import MainWindow

    create_application()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    url = f"sqlite:///{db_path}"
    claimed, first_lock = claim_diary(url)
    assert claimed and first_lock is not None and lock_path_for(db_path).exists()
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    from bodymap.app import _hold_lock

    _hold_lock(window, first_lock)

    asked, replies = answers
    replies.append(recovery.QUIT)
    assert claim_diary(url) == (False, None)
    text, keys = asked[-1]
    assert text == "This diary is already open in another bodymap window."
    assert keys == [recovery.BRING_FORWARD, recovery.QUIT]

    # "Bring it forward": the first one hears it and raises its window
    replies.append(recovery.BRING_FORWARD)
    with qtbot.waitSignal(first_lock.raise_requested, timeout=3000):
        assert claim_diary(url) == (False, None)

    # the first keeps its lock and saves normally
    assert first_lock.held()
    x, y = 0.0, 0.0
    from bodymap.anatomy import regions as anatomy

    x, y = anatomy.inside_point("back", "calf.left")
    window.controller.add_point_mark("trigger_point", "back", x, y)
    assert window.save_episode()
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=5000)
    assert len(diary.list_episodes(window.profile.id or 0)) == 1
    first_lock.release()
    assert not lock_path_for(db_path).exists()


def test_a_lock_left_by_a_killed_bodymap_is_taken_over(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "diary.sqlite3"
    lock_file = lock_path_for(db)
    code = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(lock_file)], timeout=60)
    assert done.returncode != 0 and lock_file.exists()  # killed, the lock left behind
    lock = DiaryLock(db)
    assert lock.acquire()
    assert lock.held()
    lock.release()


def test_a_live_lock_is_not_taken_over(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "diary.sqlite3"
    first = DiaryLock(db)
    assert first.acquire()
    assert not DiaryLock(db).acquire()
    first.release()
    assert DiaryLock(db).acquire()


def test_a_database_server_gets_no_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bodymap.app import claim_diary

    monkeypatch.chdir(tmp_path)
    assert claim_diary("postgresql://clinic@db.example/bodymap") == (True, None)
    assert not any(p.suffix == ".lock" for p in tmp_path.rglob("*"))


def test_drafts_of_a_shared_server_are_kept_per_machine_and_person() -> None:
    from bodymap.ui.drafts import draft_path_for

    url = "postgresql://clinic@db.example/bodymap"
    assert draft_path_for(url, 1) != draft_path_for(url, 2)
    assert draft_path_for("sqlite:////tmp/a.sqlite3", 1) == draft_path_for("sqlite:////tmp/a.sqlite3", 2)
    assert os.fspath(draft_path_for(url, 1)).endswith(".json")
