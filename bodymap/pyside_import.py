"""Keep PySide6's import hook from holding the source text of every module in memory.

PySide6 (6.x) replaces ``__import__`` to support ``from __feature__ import ...``; after each
import it asks whether the new module uses PySide by reading its whole source with
``inspect.getsource``, which goes through ``linecache`` and *keeps* every line of every module
imported after PySide6 (about 700 files, 40 MB of strings with the window, matplotlib and
SQLAlchemy loaded), and reads each file a second time at start-up.

:func:`install` puts a plain file read in its place: the same answer (does the text contain
"PySide6"?), nothing kept.  ``bodymap/__init__.py`` installs a finder that does it as soon as
PySide6 has been loaded (whoever imports it first); nothing here imports Qt, so the Qt-free
layers stay Qt-free.  bodymap uses no ``__feature__`` itself.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_FEATURE = "shibokensupport.feature"


def _mod_uses_pyside(module: ModuleType) -> bool:
    """Does the module's source mention PySide6 (read once, not cached)?"""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or byte code only: what inspect would not read
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def install() -> bool:
    """Replace the hook's source reader if PySide6 is loaded; True once done."""
    feature = sys.modules.get(_FEATURE)
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[attr-defined]
    return True


class AfterPySide:
    """A meta-path finder that finds nothing: at each import it checks whether PySide6 has
    been loaded meanwhile, installs the reader and removes itself."""

    @classmethod
    def find_spec(cls, _name: str, _path: Any = None, _target: Any = None) -> None:
        if install():
            try:
                sys.meta_path.remove(cls)
            except ValueError:
                pass
        return None


def watch() -> None:
    """Install now if PySide6 is already loaded, else as soon as it is."""
    if not install() and AfterPySide not in sys.meta_path:
        sys.meta_path.insert(0, AfterPySide)
