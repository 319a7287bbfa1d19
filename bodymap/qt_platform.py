"""Before the window opens: is the system library Qt's X11 plugin needs there?

Without ``libxcb-cursor0`` (Qt 6.5 and later need it) Qt prints a page about platform plugins
and aborts the process, which tells a person nothing. Loading the plugin ourselves first (the
same ``dlopen`` Qt would do) names the missing library, and a short table turns it into the
package to install: one sentence and exit status 1 instead of an abort.

Only the X11 (xcb) plugin is checked, and only when Qt would use it: a Wayland session, an
explicit other platform (``offscreen`` in the tests, ``wayland``) or a non-Linux system is left
to Qt.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

#: Shared library (soname stem) -> (Debian/Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-xinerama": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
}

_MISSING = re.compile(r"(lib[\w+.-]+?)\.so[.\d]*: cannot open shared object file")


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will load its X11 plugin here."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """The ``libqxcb.so`` of the PySide6 in use, if it ships one."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_library_sentence(error: str) -> str | None:
    """The sentence for a loader error such as ``libxcb-cursor.so.0: cannot open shared object
    file``, or None when the error names no library."""
    match = _MISSING.search(error)
    if match is None:
        return None
    library = match.group(1)
    debian, fedora = PACKAGES.get(library, (None, None))
    if debian is None:
        return (
            f"The window cannot open: the system library {library} is missing. "
            "Install it with your system's package manager, then start bodymap again."
        )
    return (
        f"The window cannot open: the system library {library} is missing. Install the "
        f"package {debian} (Debian, Ubuntu: sudo apt install {debian}; Fedora: sudo dnf "
        f"install {fedora}), then start bodymap again."
    )


def missing_system_library(environ: Mapping[str, str] | None = None) -> str | None:
    """A sentence naming the package to install when Qt's X11 plugin cannot load, else None."""
    if not uses_xcb(environ):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return missing_library_sentence(str(exc))
    return None
