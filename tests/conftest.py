"""Test set-up: no real screen, and every test gets its own data dir, settings and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from bodymap.store.service import Diary  # noqa: E402

try:  # the tests read English texts, whatever the machine's language
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))
except ImportError:  # pragma: no cover - Qt is a dependency
    pass


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and QSettings must never touch the real user's files during tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BODYMAP_DB", raising=False)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "diary.sqlite3"


@pytest.fixture
def diary(db_path: Path) -> Iterator[Diary]:
    d = Diary.open(f"sqlite:///{db_path}")
    yield d
    d.close()
