"""Refresh the Qt Linguist translations and compile them into the resources.

Run ``python tools/update_translations.py`` after adding or changing any user-visible string
(anything in ``self.tr()`` / ``QCoreApplication.translate()``).  It does three things:

1. ``pyside6-lupdate -no-obsolete -locations none`` over every ``bodymap/**/*.py`` into each
   ``bodymap/i18n/bodymap_<lang>.ts`` (default: ``it``).  New strings arrive as
   ``type="unfinished"``; strings gone from the code are dropped; translations already made are
   kept.  ``-locations none`` keeps line numbers out of the .ts so it changes only when strings do.
2. ``pyside6-lrelease`` of each .ts into ``bodymap/i18n/bodymap_<lang>.qm``.
3. ``tools/build_resources.py`` so the .qm files go into ``resources.qrc`` and
   ``bodymap/resources_rc.py`` (under ``:/bodymap/i18n/``), where
   ``bodymap.resources.install_translator`` finds them.

Then translate the unfinished entries (Qt Linguist: ``pyside6-linguist bodymap/i18n/bodymap_it.ts``,
or by hand in the XML), mark them finished, and run this tool again.  ``--lang xx`` adds or
updates one language only; ``tests/test_translations.py`` fails while the .ts, the .qm or the
resources lag behind the code.  See docs/translations.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "bodymap" / "i18n"
LANGUAGES = ("it",)
BIN = Path(sys.executable).parent


def source_files() -> list[Path]:
    """Every Python file of the package lupdate should read (not the generated resources)."""
    return sorted(
        p for p in (ROOT / "bodymap").rglob("*.py") if p.name != "resources_rc.py"
    )


def ts_path(lang: str) -> Path:
    return I18N / f"bodymap_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"bodymap_{lang}.qm"


def lupdate_command(ts: Path, lang: str, files: list[Path] | None = None) -> list[str]:
    files = source_files() if files is None else files
    return [
        str(BIN / "pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "none",
        "-target-language",
        lang,
        *(str(f) for f in files),
        "-ts",
        str(ts),
    ]


def lrelease_command(ts: Path, qm: Path) -> list[str]:
    return [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]


def _build_resources() -> int:
    spec = importlib.util.spec_from_file_location("build_resources", ROOT / "tools" / "build_resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return int(module.main())


def update(lang: str) -> None:
    ts = ts_path(lang)
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(lupdate_command(ts, lang), check=True, cwd=ROOT)
    subprocess.run(lrelease_command(ts, qm_path(lang)), check=True, cwd=ROOT)
    unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
    print(f"{ts.relative_to(ROOT)}: {unfinished} unfinished")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", help="language code (default: every shipped one)")
    args = parser.parse_args(argv)
    for lang in args.lang or LANGUAGES:
        update(lang)
    return _build_resources()


if __name__ == "__main__":
    raise SystemExit(main())
