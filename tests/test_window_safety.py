"""The window's own safety nets: a read-only diary says so, a failed daily backup is a warning
(never a window that does not open), and an unexpected error goes to a log, not to the person."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from bodymap.store.service import Diary


def test_a_read_only_diary_opens_with_a_banner_and_no_save(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.app import create_application
    from bodymap.ui.main_window import MainWindow

    Diary.open(f"sqlite:///{db_path}").close()  # a healthy diary...
    diary = Diary.open(f"sqlite:///{db_path}", read_only=True)  # ...that we may only look at
    create_application()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.read_only_banner
    assert banner.isVisible()
    assert "read-only" in banner.text()
    assert not window.save_action.isEnabled()
    diary.close()


def test_a_failed_daily_backup_is_a_warning_and_the_diary_still_opens(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bodymap.store.backup as backup
    from bodymap.ui.diary_loader import DiaryLoader

    def full_disk(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(db_path.parent / "backups"))

    monkeypatch.setattr(backup, "daily_backup", full_disk)
    loader = DiaryLoader(f"sqlite:///{db_path}")
    warnings: list[str] = []
    loaded: list[Diary] = []
    loader.warning.connect(warnings.append)
    loader.loaded.connect(loaded.append)
    with qtbot.waitSignal(loader.loaded, timeout=20000):
        loader.start()
    loader.wait()
    assert loaded, "the diary must open although its backup failed"
    assert len(warnings) == 1 and "daily backup failed" in warnings[0]
    assert "full" in warnings[0] and "Traceback" not in warnings[0]
    loaded[0].close()


def test_an_unexpected_error_goes_to_an_owner_only_log_and_a_friendly_dialog(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.ui import crash

    log = tmp_path / "logs" / "bodymap.log"
    log.parent.mkdir(mode=0o700)
    monkeypatch.setattr(crash, "log_path", lambda: log)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text)))
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        crash._handle(*sys.exc_info())  # type: ignore[arg-type]
    assert "RuntimeError: a bug in a slot" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert len(shown) == 1
    assert "Nothing you had saved was lost" in shown[0] and str(log) in shown[0]
    assert "Traceback" not in shown[0]


def test_the_log_is_never_written_through_a_link(tmp_path: Path) -> None:
    from bodymap.ui import crash

    victim = tmp_path / "someone-elses.txt"
    victim.write_text("keep me", encoding="utf-8")
    link = tmp_path / "bodymap.log"
    os.symlink(victim, link)
    with pytest.raises(OSError):
        crash.write_log("secret health data\n", link)
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_the_atlas_warns_with_what_was_ticked_in_the_therapies_panel(
    qtbot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chest and left arm with "sudden" and "breathless" ticked: the atlas's "what could cause
    pain here?" puts the emergency above the muscles, as the therapies panel does."""
    from bodymap.app import create_application
    from bodymap.ui.main_window import MainWindow

    create_application()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.therapy_panel.set_facts(["sudden", "breathless"])
    assert set(window.atlas_panel.warning_facts) >= {"sudden", "breathless"}
    window.atlas_panel.add_region("chest_upper.left")
    window.atlas_panel.add_region("upper_arm_front.left")
    urgencies = [w.urgency for w in window.atlas_panel.raised]
    assert urgencies and urgencies[0] == "emergency"


def test_a_writable_diary_in_place_of_a_read_only_one_can_save_again(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window attached on the first look of a read-only diary (banner, no saving); its open
    failed and the person chose another diary that is writable: the banner goes and saving is
    possible again (and the new diary really takes a save)."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    import bodymap.app as app_module
    import bodymap.store.first_look as first_look
    import bodymap.ui.recovery as recovery
    from bodymap.app import create_application, start_main_window
    from bodymap.store.errors import StoreError, say
    from bodymap.store.records import EpisodeRecord

    looked_at = tmp_path / "cd-rom.sqlite3"
    writable = tmp_path / "mine.sqlite3"
    for path, name in ((looked_at, "Ann"), (writable, "Bea")):
        made = Diary.open(f"sqlite:///{path}")
        person = made.create_profile(name)
        made.save_episode(EpisodeRecord(profile_id=person.id or 0, started_at=datetime(2025, 5, 1)))
        made.close()
    url = f"sqlite:///{looked_at}"
    monkeypatch.setattr(first_look, "is_writable_here", lambda path: path != looked_at)
    real_open = Diary.open.__func__  # type: ignore[attr-defined]

    def open_or_fail(cls: type[Diary], wanted: str, **kwargs: object) -> Diary:
        if wanted == url:
            raise StoreError(say("the disk reported an error while reading or writing it"))
        return real_open(cls, wanted, **kwargs)

    monkeypatch.setattr(Diary, "open", classmethod(open_or_fail))
    seen_read_only: list[bool] = []

    def choose_other(parent, title, text, detail, choices):  # noqa: ANN001, ANN202
        seen_read_only.append(window.read_only_banner is not None and not window.save_action.isEnabled())
        return recovery.OTHER

    monkeypatch.setattr(recovery, "ask_choice", choose_other)
    monkeypatch.setattr(app_module, "_ask_other_file", lambda _window: f"sqlite:///{writable}")
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: pytest.fail("quit")))
    create_application()
    window = start_main_window(url)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(seen_read_only), timeout=20000)
    assert seen_read_only == [True]  # the first look was read-only: banner, no saving
    qtbot.waitUntil(lambda: isinstance(window.diary, Diary) and not window.ops.pending()
                    and window.context.person.name == "Bea", timeout=20000)
    _writable_and_saving(qtbot, window)


def test_the_real_diary_in_place_of_a_read_only_first_look_can_save(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first look found the file read-only (banner, no saving), but the real open finds
    it writable: when the real diary takes the stand-in's place the banner goes and saving
    works (and the diary really takes a save)."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    import bodymap.store.first_look as first_look
    from bodymap.app import create_application, start_main_window
    from bodymap.store.first_look import OpeningDiary
    from bodymap.store.records import EpisodeRecord
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.welcome import mark_welcome_seen

    path = tmp_path / "mine.sqlite3"
    made = Diary.open(f"sqlite:///{path}")
    person = made.create_profile("Ann")
    made.save_episode(EpisodeRecord(profile_id=person.id or 0, started_at=datetime(2025, 5, 1)))
    made.close()
    # only the first look is told the file is read-only; the real open checks for itself
    monkeypatch.setattr(first_look, "is_writable_here", lambda _path: False)
    attached: list[tuple[bool, bool, bool]] = []  # (a stand-in, banner, saving) at attach
    real_attach = MainWindow.attach_diary

    def attach_and_look(self: MainWindow, diary: Diary, person: object = None) -> None:
        real_attach(self, diary, person)  # type: ignore[arg-type]
        attached.append((isinstance(diary, OpeningDiary), self.read_only_banner is not None,
                         self.save_action.isEnabled()))

    monkeypatch.setattr(MainWindow, "attach_diary", attach_and_look)
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: pytest.fail("quit")))
    create_application()
    mark_welcome_seen()
    window = start_main_window(f"sqlite:///{path}")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: isinstance(window.diary, Diary) and not window.ops.pending(),
                    timeout=20000)
    assert attached == [(True, True, False)]  # the stand-in: read-only, banner, no saving
    assert not window.diary.read_only
    _writable_and_saving(qtbot, window)


def _writable_and_saving(qtbot, window) -> None:  # noqa: ANN001
    """The window on a writable diary: no read-only banner, Save and Delete on, and a save
    really lands in the diary (then the window and the diary are closed)."""
    from PySide6.QtWidgets import QToolBar

    assert window.read_only_banner is None
    assert not [bar for bar in window.findChildren(QToolBar)
                if bar.objectName() == "read_only_bar" and bar.isVisible()]
    assert window.save_action.isEnabled() and window.delete_episode_action.isEnabled()
    window.editor.document.set_field("intensity", 6)
    window.save_action.trigger()
    qtbot.waitUntil(lambda: not window.ops.pending() and not window.editor.document.is_modified(),
                    timeout=20000)
    saved = window.diary.list_episodes(window.context.person.id)
    assert any(episode.intensity == 6 for episode in saved)
    window.close()
    window.diary.close()
