"""bodymap: a pain diary drawn on a body map."""

__version__ = "0.1.0"

from bodymap import pyside_import as _pyside_import

_pyside_import.watch()  # PySide6's import hook would keep every module's source in memory
