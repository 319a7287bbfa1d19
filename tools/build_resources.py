"""Regenerate ``resources.qrc`` from ``assets/`` and compile it to ``bodymap/resources_rc.py``.

Run ``python tools/build_resources.py`` after adding, removing or changing anything under
``assets/``.  ``--format-version 1`` makes rcc write no file times, so the output only changes
when the assets do; ``tests/test_resources.py`` fails when the two drift apart.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources.qrc"
OUTPUT = ROOT / "bodymap" / "resources_rc.py"
# Compiled translations go into the resources too (Qt Linguist .qm files).
EXTRA_DIRS = ("bodymap/i18n",)


def asset_files() -> list[str]:
    files = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "assets").rglob("*") if p.is_file()
    )
    for extra in EXTRA_DIRS:
        files += sorted(
            p.relative_to(ROOT).as_posix() for p in (ROOT / extra).glob("*.qm") if p.is_file()
        )
    return files


def qrc_text() -> str:
    lines = ['<!DOCTYPE RCC>', '<RCC version="1.0">', '  <qresource prefix="/bodymap">']
    for name in asset_files():
        alias = name.removeprefix("bodymap/")
        lines.append(f'    <file alias="{alias}">{name}</file>')
    lines += ["  </qresource>", "</RCC>", ""]
    return "\n".join(lines)


def rcc_command(qrc: Path, output: Path) -> list[str]:
    rcc = Path(sys.executable).parent / "pyside6-rcc"
    return [str(rcc), "--format-version", "1", "-g", "python", str(qrc), "-o", str(output)]


def main() -> int:
    QRC.write_text(qrc_text(), encoding="utf-8")
    subprocess.run(rcc_command(QRC, OUTPUT), check=True, cwd=ROOT)
    print(f"wrote {QRC.relative_to(ROOT)} and {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
