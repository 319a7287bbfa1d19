"""resources.qrc lists every asset, and the committed resources_rc.py is what rcc makes of it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import build_resources  # noqa: E402


def _body(text: str) -> list[str]:
    # The header names the Qt version that compiled it; everything after it must match.
    return [line for line in text.splitlines() if not line.startswith("# Created by")]


def test_qrc_lists_every_asset() -> None:
    assert build_resources.QRC.read_text(encoding="utf-8") == build_resources.qrc_text(), (
        "resources.qrc is out of date: run python tools/build_resources.py"
    )


def test_resources_rc_is_compiled_from_the_qrc(tmp_path: Path) -> None:
    out = tmp_path / "resources_rc.py"
    subprocess.run(
        build_resources.rcc_command(build_resources.QRC, out),
        check=True,
        cwd=build_resources.ROOT,
    )
    committed = build_resources.OUTPUT.read_text(encoding="utf-8")
    assert _body(out.read_text(encoding="utf-8")) == _body(committed), (
        "bodymap/resources_rc.py is out of date: run python tools/build_resources.py"
    )


def test_resources_load_in_qt() -> None:
    from PySide6.QtCore import QFile

    from bodymap import resources

    resources.load()
    assert QFile.exists(resources.ICON_PATH)
