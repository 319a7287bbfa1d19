"""``bodymap --install-desktop`` / ``--uninstall-desktop``: a menu entry and icon for this user.

pip installs a ``bodymap`` command but nothing a desktop's menu can show. This writes, under
``$XDG_DATA_HOME`` (``~/.local/share`` by default), what the freedesktop.org specifications
ask for:

- ``applications/org.bodymap.BodyMap.desktop`` (Desktop Entry Specification), whose ``Exec``
  is the absolute path of the ``bodymap`` that ran the command, so the entry starts this
  installation even when the menu's PATH lacks the virtual environment;
- ``icons/hicolor/<size>x<size>/apps/org.bodymap.BodyMap.png`` at the usual sizes, rendered
  from the one SVG icon, plus ``scalable/apps`` (Icon Theme Specification);
- ``metainfo/org.bodymap.BodyMap.metainfo.xml`` (AppStream), for software centres.

Every file goes through :mod:`bodymap.files` (atomic, never through a link or over something
that is not a plain file). Uninstalling removes only those files, and only when they are ours
(the entry and metainfo carry the application id, the icons are the ones we render), so a file someone else put there is never deleted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from bodymap import __version__
from bodymap.files import check_target, ensure_private_dir, write_private

APP_ID = "org.bodymap.BodyMap"
#: The date of the release described by the AppStream metainfo (with ``__version__``).
RELEASE_DATE = "2026-12-01"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SUMMARY = "Pain diary on a drawing of the body"
DESCRIPTION = (
    "Mark where it hurts on a drawing of the body: trigger points, the areas they refer pain "
    "to, tender points and everyday pain. Keep each sitting as an episode with its intensity, "
    "triggers, notes and the therapies tried, see the history of every body region, and print "
    "a map for your physiotherapist. Everything stays on your computer."
)


@dataclass
class DesktopResult:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def data_home(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "").strip()
    # The specification: a relative XDG_DATA_HOME is invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher() -> str:
    """The command the menu entry runs: this installation's ``bodymap``."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "bodymap" and script.exists():
        return str(script.resolve())
    found = shutil.which("bodymap")
    if found:
        return str(Path(found).resolve())
    # Started as ``python -m bodymap``: run the same interpreter the same way.
    return f"{Path(sys.executable).resolve()} -m bodymap"


def _exec_quoted(command: str) -> str:
    """Quote each argument as the Desktop Entry Specification's Exec key wants."""
    parts = command.split(" ") if " -m " in command else [command]
    quoted = []
    for part in parts:
        if any(c in part for c in ' \t\n"\'\\><~|&;$*?#()`'):
            part = '"' + part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
            part = part.replace("$", "\\$") + '"'
        quoted.append(part.replace("%", "%%"))
    return " ".join(quoted)


def desktop_entry(command: str) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=bodymap",
        f"GenericName={SUMMARY}",
        "GenericName[it]=Diario del dolore sulla mappa del corpo",
        "Comment=Mark trigger points and referred pain, keep episodes, print a map for your "
        "physiotherapist",
        "Comment[it]=Segna punti trigger e dolore riferito, tieni il diario degli episodi, "
        "stampa una mappa per il fisioterapista",
        f"Exec={_exec_quoted(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;MedicalSoftware;Qt;",
        "Keywords=pain;diary;fibromyalgia;trigger point;physiotherapy;dolore;diario;fibromialgia;",
        "",
    ])


def metainfo() -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APP_ID}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <name>bodymap</name>
  <summary>{escape(SUMMARY)}</summary>
  <summary xml:lang="it">Diario del dolore sulla mappa del corpo</summary>
  <description>
    <p>{escape(DESCRIPTION)}</p>
  </description>
  <launchable type="desktop-id">{APP_ID}.desktop</launchable>
  <categories>
    <category>Utility</category>
    <category>MedicalSoftware</category>
  </categories>
  <releases>
    <release version="{escape(__version__)}" date="{RELEASE_DATE}"/>
  </releases>
  <content_rating type="oars-1.1"/>
</component>
"""


def _icon_svg() -> bytes:
    from PySide6.QtCore import QFile, QIODevice

    from bodymap import resources

    resources.load()
    handle = QFile(resources.ICON_PATH)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError(f"the icon {resources.ICON_PATH} is missing from the resources")
    try:
        return bytes(handle.readAll().data())
    finally:
        handle.close()


def _render_png(svg: bytes, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def targets(home: Path) -> list[Path]:
    """Every file an install writes, for uninstalling exactly those."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES),
    ]


def _write(path: Path, data: bytes | str, result: DesktopResult) -> None:
    ensure_private_dir(path.parent)
    write_private(path, data)
    # Desktop shells and icon caches of the same user read these; nothing secret is in them.
    os.chmod(path, 0o644)
    result.written.append(path)


def _refresh_caches(home: Path) -> None:
    """Tell the menu and icon caches, where those tools are installed (quietly, no network)."""
    for command in (
        ["update-desktop-database", "-q", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            try:
                subprocess.run(command, check=False, timeout=20, capture_output=True)
            except (OSError, subprocess.SubprocessError):
                pass


def install(home: Path | None = None, command: str | None = None) -> DesktopResult:
    home = data_home() if home is None else home
    result = DesktopResult()
    paths = targets(home)
    for path in paths:
        check_target(path)  # a link or folder where a file should go: refuse before writing
    svg = _icon_svg()
    _write(paths[0], desktop_entry(command or launcher()), result)
    _write(paths[1], metainfo(), result)
    _write(paths[2], svg, result)
    for size, path in zip(ICON_SIZES, paths[3:], strict=True):
        _write(path, _render_png(svg, size), result)
    _refresh_caches(home)
    return result


def _is_ours(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    if path.suffix == ".png":
        return path.stat().st_size < 2_000_000 and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if path.suffix == ".svg":
        return path.stat().st_size < 2_000_000 and path.read_bytes() == _icon_svg()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return APP_ID in text


def uninstall(home: Path | None = None) -> DesktopResult:
    home = data_home() if home is None else home
    result = DesktopResult()
    for path in targets(home):
        if _is_ours(path):
            path.unlink()
            result.removed.append(path)
    _refresh_caches(home)
    return result
