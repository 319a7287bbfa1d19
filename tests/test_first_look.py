"""The first look at an SQLite diary (bodymap.store.first_look, issue 18): the window attaches
on what the standard library reads, before SQLAlchemy is loaded and the diary opened.

* what the first look reads is what the Diary returns (the person, the people, the diary
  list's first page), on ten years of the sample diary;
* anything unusual is no first look, and the diary opens as before;
* the look and the modules the window attaches with import no SQLAlchemy;
* the window is usable before the diary is open: a save made meanwhile waits for it, and the
  list is read again from the diary after it;
* an open that fails after the first look reaches the person through the same dialog, and the
  window goes on with the diary chosen instead.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from bodymap import demo
from bodymap.store import first_look
from bodymap.store.errors import StoreError, say
from bodymap.store.first_look import OpeningDiary, look
from bodymap.store.records import EpisodeRecord
from bodymap.store.service import Diary
from bodymap.store.sqlite_plain import known_revisions

ROOT = Path(__file__).resolve().parent.parent
END = datetime(2026, 1, 1).date()
LIMIT = 201  # the diary list's page and one more (bodymap.ui.episode_list.PAGE + 1)


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten years of the sample diary, a second person with details, and two episodes that
    start at the same moment (the list's order must not depend on who reads it)."""
    path = tmp_path_factory.mktemp("ten") / "diary.sqlite3"
    diary = Diary.open(f"sqlite:///{path}")
    demo.generate(diary, years=10, seed=1, end=END)
    me = diary.default_profile()
    other = diary.create_profile("Ann")
    diary.update_profile_details(other.id or 0, birth_year=1970, conditions=["fibromyalgia"])
    for _ in range(2):
        diary.save_episode(EpisodeRecord(profile_id=me.id or 0, started_at=datetime(2026, 1, 2, 8)))
    diary.close()
    return path


def _copy(source: Path, folder: Path) -> Path:
    target = folder / "diary.sqlite3"
    shutil.copyfile(source, target)
    return target


def test_the_first_look_reads_what_the_diary_returns(ten_years: Path, tmp_path: Path) -> None:
    path = _copy(ten_years, tmp_path)
    url = f"sqlite:///{path}"
    seen = look(url, LIMIT)
    assert seen is not None
    diary = Diary.open(url)
    try:
        person = diary.default_profile()
        assert seen.person == person
        assert list(seen.people) == diary.list_profiles()
        assert len(seen.people) == 2 and seen.people[0].conditions == ["fibromyalgia"]
        listed = diary.list_episodes(person.id or 0, limit=LIMIT)
        assert len(listed) == LIMIT
        assert list(seen.episodes) == listed
        assert seen.read_only == diary.read_only
        stand_in = OpeningDiary(seen)
        assert stand_in.db_file == diary.db_file
        assert stand_in.describe() == diary.describe()
        assert stand_in.url == diary.url and stand_in.on_server == diary.on_server
        assert stand_in.take_first_page(person.id or 0, LIMIT) == listed
        assert stand_in.take_first_page(person.id or 0, LIMIT) is None  # once only
    finally:
        diary.close()


def test_a_stand_in_waits_for_the_diary_or_says_why_it_failed(ten_years: Path, tmp_path: Path) -> None:
    path = _copy(ten_years, tmp_path)
    url = f"sqlite:///{path}"
    seen = look(url, LIMIT)
    assert seen is not None
    stand_in = OpeningDiary(seen)
    assert stand_in.opening() and first_look.still_opening(stand_in)
    assert stand_in.take_first_page((seen.person.id or 0) + 1, LIMIT) is None  # another person's
    answers: list[object] = []
    asking = threading.Thread(target=lambda: answers.append(stand_in.list_therapies()))
    asking.start()
    asking.join(0.2)
    assert asking.is_alive() and not answers  # waits for the open
    diary = Diary.open(url)
    stand_in.opened(diary)
    asking.join(10)
    assert answers == [diary.list_therapies()]
    assert stand_in.real is diary and not first_look.still_opening(stand_in)
    stand_in.close()

    refused = OpeningDiary(seen)
    problem = StoreError(say("the disk is full"))
    refused.failed(problem)
    with pytest.raises(StoreError) as raised:
        refused.list_episodes(seen.person.id or 0)
    assert raised.value is problem
    refused.close()  # nothing to close


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_anything_unusual_is_no_first_look(ten_years: Path, tmp_path: Path) -> None:
    """None, and the diary opens the usual way (with its own checks and messages)."""
    assert look(f"sqlite:///{tmp_path / 'none.sqlite3'}", LIMIT) is None  # a new diary
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert look(f"sqlite:///{tmp_path / 'empty.sqlite3'}", LIMIT) is None
    (tmp_path / "garbage.sqlite3").write_bytes(b"not a database" * 100)
    assert look(f"sqlite:///{tmp_path / 'garbage.sqlite3'}", LIMIT) is None
    (tmp_path / "folder.sqlite3").mkdir()
    assert look(f"sqlite:///{tmp_path / 'folder.sqlite3'}", LIMIT) is None
    assert look("sqlite://", LIMIT) is None  # in memory
    assert look("postgresql+psycopg://me@db.example.org/practice", LIMIT) is None  # a server

    known, head = known_revisions()
    for revision in (sorted(known - {head})[0], "ffffffffffff"):  # behind (an upgrade), newer
        folder = tmp_path / revision
        folder.mkdir()
        path = _copy(ten_years, folder)
        assert look(f"sqlite:///{path}", LIMIT) is not None
        _set_revision(path, revision)
        assert look(f"sqlite:///{path}", LIMIT) is None

    nobody = tmp_path / "nobody.sqlite3"
    Diary.open(f"sqlite:///{nobody}").close()  # the schema, no person yet
    assert look(f"sqlite:///{nobody}", LIMIT) is None  # Diary.open makes "Me"

    foreign = tmp_path / "foreign.sqlite3"
    shutil.copyfile(nobody, foreign)
    with sqlite3.connect(foreign) as conn:
        conn.execute("DROP TABLE therapy_use")
    conn.close()
    assert look(f"sqlite:///{foreign}", LIMIT) is None


def test_a_diary_being_written_is_not_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    diary = Diary.open(f"sqlite:///{path}")
    diary.default_profile()
    diary.close()
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=DELETE")
        assert look(f"sqlite:///{path}", LIMIT) is not None
        writer.execute("BEGIN EXCLUSIVE")
        assert look(f"sqlite:///{path}", LIMIT) is None
        writer.execute("ROLLBACK")
    finally:
        writer.close()


def test_the_first_look_and_the_window_modules_import_no_sqlalchemy(ten_years: Path, tmp_path: Path) -> None:
    path = _copy(ten_years, tmp_path)
    code = (
        "import sys\n"
        "import bodymap.ui.main_window\n"
        "from bodymap.ui.diary_loader import WINDOW_MODULES, prepare_window_modules\n"
        "prepare_window_modules()\n"
        "assert all(name in sys.modules for name in WINDOW_MODULES)\n"
        "from bodymap.store.first_look import look\n"
        f"assert look({f'sqlite:///{path}'!r}, 201) is not None\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


# -- the window ---------------------------------------------------------------------------------


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Diary.open waits until the test sets the event (the window attaches meanwhile)."""
    release = threading.Event()
    real_open = Diary.open.__func__  # type: ignore[attr-defined]

    def slow_open(cls: type[Diary], url: str, **kwargs: object) -> Diary:
        assert release.wait(20)
        return real_open(cls, url, **kwargs)

    monkeypatch.setattr(Diary, "open", classmethod(slow_open))
    return release


def test_the_window_is_usable_before_the_diary_is_open(
    qtbot, ten_years: Path, tmp_path: Path, held_open: threading.Event
) -> None:
    from bodymap.app import create_application, start_main_window
    from bodymap.ui.episode_list import PAGE

    path = _copy(ten_years, tmp_path)
    url = f"sqlite:///{path}"
    expected = look(url, LIMIT)
    assert expected is not None
    create_application()
    window = start_main_window(url)
    qtbot.addWidget(window)
    listed = lambda: getattr(window, "episode_list", None)  # noqa: E731
    qtbot.waitUntil(lambda: window.editor is not None and listed() is not None
                    and listed().row_count() > 0, timeout=20000)
    assert isinstance(window.diary, OpeningDiary) and window.diary.opening()
    assert window.context.diary is window.diary
    assert window.context.person == expected.person
    assert listed().model.rows == list(expected.episodes[:PAGE]) and listed().model.more
    assert str(path) in window.db_label.text()
    assert window.save_action.isEnabled()
    window._fill_profile_menu()  # the Person menu, from the first look
    names = [a.text() for a in window.profile_menu.actions()]
    assert [p.name for p in expected.people] == names[: len(expected.people)]

    # A save made before the diary is open waits for it, and lands.
    saved: list[EpisodeRecord] = []
    window.editor.saved.connect(saved.append)
    window.editor.document.set_field("intensity", 6)
    assert window.editor.save()
    held_open.set()
    qtbot.waitUntil(lambda: bool(saved), timeout=20000)
    qtbot.waitUntil(lambda: isinstance(window.diary, Diary) and not window.ops.pending(), timeout=20000)
    assert window.context.diary is window.diary
    # The list is read again from the diary after the save (once its tab is in front, as
    # ever): the new episode on top.
    window.docks["list_dock"].raise_()
    qtbot.waitUntil(lambda: listed().model.rows[0].id == saved[0].id, timeout=10000)
    qtbot.waitUntil(lambda: not window.ops.pending(), timeout=10000)
    person_id = expected.person.id or 0
    assert listed().model.rows == window.diary.list_episodes(person_id, limit=LIMIT)[:PAGE]
    window.close()
    window.diary.close()


def test_an_open_that_fails_after_the_first_look_gets_the_dialog(
    qtbot, ten_years: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    import bodymap.app as app_module
    import bodymap.ui.recovery as recovery
    from bodymap.app import create_application, start_main_window

    path = _copy(ten_years, tmp_path)
    url = f"sqlite:///{path}"
    other_path = tmp_path / "other.sqlite3"
    other = Diary.open(f"sqlite:///{other_path}")
    other_person = other.create_profile("Bea")
    other.save_episode(EpisodeRecord(profile_id=other_person.id or 0, started_at=datetime(2025, 5, 1)))
    other.close()
    real_open = Diary.open.__func__  # type: ignore[attr-defined]

    def open_or_fail(cls: type[Diary], wanted: str, **kwargs: object) -> Diary:
        if wanted == url:
            raise StoreError(say("the disk reported an error while reading or writing it (is the "
                                 "disk full?)"))
        return real_open(cls, wanted, **kwargs)

    monkeypatch.setattr(Diary, "open", classmethod(open_or_fail))
    asked: list[str] = []

    def choose_other(parent, title, text, detail, choices):  # noqa: ANN001, ANN202
        assert isinstance(window.diary, OpeningDiary)  # attached on the first look
        asked.append(text)
        assert [key for key, _label in choices] == [recovery.OTHER, recovery.QUIT]
        return recovery.OTHER

    monkeypatch.setattr(recovery, "ask_choice", choose_other)
    monkeypatch.setattr(app_module, "_ask_other_file", lambda _window: f"sqlite:///{other_path}")
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: pytest.fail("quit")))
    create_application()
    window = start_main_window(url)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "disk reported an error" in asked[0]
    qtbot.waitUntil(lambda: isinstance(window.diary, Diary) and not window.ops.pending()
                    and window.context.person.name == "Bea", timeout=20000)
    assert window.diary.db_file == other_path
    assert window.editor.diary_url == f"sqlite:///{other_path}"
    window.docks["list_dock"].raise_()
    qtbot.waitUntil(lambda: window.episode_list.row_count() == 1, timeout=10000)
    assert "Bea" in window.windowTitle()
    assert str(other_path) in window.db_label.text()
    window.close()
    window.diary.close()


def test_quitting_after_a_failed_open_keeps_what_was_marked(
    qtbot, ten_years: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    import bodymap.ui.recovery as recovery
    from bodymap.app import create_application, start_main_window

    path = _copy(ten_years, tmp_path)
    release = threading.Event()

    def fail_later(cls: type[Diary], wanted: str, **kwargs: object) -> Diary:
        assert release.wait(20)
        raise StoreError(say("the disk is full"))

    monkeypatch.setattr(Diary, "open", classmethod(fail_later))
    monkeypatch.setattr(recovery, "ask_choice", lambda *a, **k: recovery.QUIT)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    create_application()
    window = start_main_window(f"sqlite:///{path}")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=20000)
    window.editor.document.set_field("intensity", 4)  # marked while the diary opens
    assert window.editor.document.is_modified()
    release.set()
    qtbot.waitUntil(lambda: bool(exits), timeout=20000)
    assert exits == [1] and not window.isVisible()
    assert window.editor.drafts.path.exists()  # offered at the next start
