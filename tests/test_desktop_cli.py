"""Issue 17's desktop and command-line parts: the menu entry, a missing Qt system library, the
sample diary kept apart from the real one, and CSV exports that go where the name says.

The tests that run ``main`` in this process ask for pytest-qt's ``qapp`` first: the command line
makes a QCoreApplication when none exists, and a later widget test in the same process needs
the QApplication to be the one instance."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from pathlib import Path

import pytest

from bodymap import desktop, qt_platform
from bodymap.app import main
from bodymap.store.transfer import TransferError, check_csv_target

# -- desktop entry --------------------------------------------------------------------------------

def test_install_desktop_writes_a_valid_entry_icons_and_metainfo(
    qapp: object,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["--install-desktop"]) == 0
    assert "applications menu" in capsys.readouterr().out
    entry = home / "applications" / "org.bodymap.BodyMap.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Icon=org.bodymap.BodyMap" in text and "Exec=" in text
    command = text.split("Exec=", 1)[1].splitlines()[0]
    assert Path(command.split(" ")[0].strip('"')).is_absolute()
    for size in desktop.ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "org.bodymap.BodyMap.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        # PNG header: width and height, big-endian, at bytes 16..24.
        assert int.from_bytes(data[16:20], "big") == size == int.from_bytes(data[20:24], "big")
    assert (home / "icons/hicolor/scalable/apps/org.bodymap.BodyMap.svg").read_bytes().startswith(b"<svg")
    metainfo = home / "metainfo" / "org.bodymap.BodyMap.metainfo.xml"
    assert "<id>org.bodymap.BodyMap</id>" in metainfo.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    if shutil.which("appstreamcli"):
        checked = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_uninstall_removes_only_our_files(
    qapp: object,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    desktop.install(home)
    # Someone else's file where our 16 px icon was: it is not ours, so it stays.
    theirs = home / "icons/hicolor/16x16/apps/org.bodymap.BodyMap.png"
    theirs.write_text("not an icon of ours")
    neighbour = home / "applications" / "other.desktop"
    neighbour.write_text("[Desktop Entry]\nName=Other\n")
    assert main(["--uninstall-desktop"]) == 0
    assert "Removed 9 files" in capsys.readouterr().out
    assert theirs.exists() and neighbour.exists()
    assert not (home / "applications" / "org.bodymap.BodyMap.desktop").exists()
    assert main(["--uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_install_refuses_a_link_where_the_entry_goes(tmp_path: Path) -> None:
    home = tmp_path / "xdg"
    (home / "applications").mkdir(parents=True)
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    (home / "applications" / "org.bodymap.BodyMap.desktop").symlink_to(target)
    with pytest.raises(OSError):
        desktop.install(home)
    assert target.read_text() == "keep me"


def test_exec_line_quotes_a_path_with_spaces() -> None:
    entry = desktop.desktop_entry("/home/a b/venv/bin/bodymap")
    assert 'Exec="/home/a b/venv/bin/bodymap"' in entry


# -- a missing system library for Qt --------------------------------------------------------------

def _real_loader_error() -> str:
    """The dynamic loader's own message for a library that is not installed."""
    with pytest.raises(OSError) as caught:
        ctypes.CDLL("libxcb-cursor.so.97")
    return str(caught.value)


def test_the_loader_message_becomes_one_sentence_naming_the_package() -> None:
    sentence = qt_platform.missing_library_sentence(_real_loader_error())
    assert sentence is not None
    assert "libxcb-cursor0" in sentence and "apt install libxcb-cursor0" in sentence
    assert "\n" not in sentence
    assert qt_platform.missing_library_sentence("some other trouble") is None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({}, False),
    ],
)
def test_only_the_x11_plugin_is_checked(environ: dict[str, str], expected: bool) -> None:
    assert qt_platform.uses_xcb(environ, platform="linux") is expected
    assert qt_platform.uses_xcb(environ, platform="darwin") is False


def test_the_window_does_not_start_without_the_library(
    qapp: object,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    message = _real_loader_error()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")

    def no_library(name: str, *args: object, **kwargs: object) -> None:
        raise OSError(message)

    monkeypatch.setattr(qt_platform.ctypes, "CDLL", no_library)
    if qt_platform.xcb_plugin() is None:
        pytest.skip("this PySide6 ships no X11 plugin")
    assert main(["--db", str(tmp_path / "d.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "libxcb-cursor0" in err
    assert not (tmp_path / "d.sqlite3").exists()


# -- the sample diary -----------------------------------------------------------------------------

@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("BODYMAP_DB", raising=False)
    return tmp_path


def test_demo_without_db_writes_the_sample_file_not_the_diary(
    qapp: object,
    home: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from bodymap import paths

    assert main(["demo", "--years", "0.1"]) == 0
    out = capsys.readouterr().out
    sample = paths.sample_db_path()
    assert sample.exists() and str(sample) in out
    assert not paths.default_db_path().exists()
    assert paths.is_sample_diary(paths.db_url(str(sample)))
    assert not paths.is_sample_diary(paths.own_diary_url())


def test_demo_refuses_the_real_diary_unless_told(
    qapp: object,
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from bodymap import paths

    real = paths.default_db_path()
    assert main(["demo", "--years", "0.1", "--db", str(real)]) == 2
    assert "your own diary" in capsys.readouterr().err
    assert not real.exists()
    chosen = home / "mine.sqlite3"
    monkeypatch.setenv("BODYMAP_DB", str(chosen))
    assert main(["--db", str(chosen), "demo", "--years", "0.1"]) == 2
    assert not chosen.exists()
    assert main(["demo", "--years", "0.1", "--db", str(chosen), "--into-my-diary"]) == 0
    assert chosen.exists()


# -- CSV goes into a .zip or a folder -------------------------------------------------------------

def test_csv_out_names_a_zip_or_a_folder(tmp_path: Path) -> None:
    check_csv_target(tmp_path / "tables.zip")
    check_csv_target(tmp_path / "tables")
    check_csv_target(tmp_path)  # an existing folder
    with pytest.raises(TransferError, match="demo.zip"):
        check_csv_target(tmp_path / "demo.csv")
    existing = tmp_path / "notes.txt"
    existing.write_text("mine")
    with pytest.raises(TransferError, match="is a file"):
        check_csv_target(existing)


def test_export_csv_into_a_csv_name_is_a_clear_error_and_writes_nothing(
    qapp: object,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "d.sqlite3"
    assert main(["demo", "--years", "0.1", "--db", str(db)]) == 0
    capsys.readouterr()
    out = tmp_path / "demo.csv"
    assert main(["--db", str(db), "export", "--format", "csv", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "demo.zip" in err and err.count("\n") == 1
    assert not out.exists()
    assert main(["--db", str(db), "export", "--format", "csv", "--out", str(tmp_path / "t.zip")]) == 0
