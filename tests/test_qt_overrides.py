"""No method of ours shadows a Qt method by accident.

A Python method named like a Qt virtual is called by Qt: ``HeatmapPanel.metric()`` once
replaced ``QWidget.metric()`` and broke painting the panel.  Every method that does shadow a Qt
one must be a deliberate override, listed here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import bodymap

INTENDED = {
    "minimumSizeHint",  # ButtonRow (therapy cards): its own height for a width
    "heightForWidth",  # ButtonRow (therapy cards): its own height for a width
    "hasHeightForWidth",  # ButtonRow (therapy cards): its own height for a width
    "rowCount",  # EpisodeListModel: the lazy diary list's model (issue 18)
    "columnCount",  # EpisodeListModel
    "data",  # EpisodeListModel
    "headerData",  # EpisodeListModel
    "canFetchMore",  # EpisodeListModel: fetches the next page on scroll
    "fetchMore",  # EpisodeListModel
    "pixmap",  # ThemedIconEngine (palette.py): icons drawn when first shown (issue 18)
    "scaledPixmap",  # ThemedIconEngine
    "actualSize",  # ThemedIconEngine
    "availableSizes",  # ThemedIconEngine
    "isNull",  # ThemedIconEngine
    "key",  # ThemedIconEngine
    "clone",  # ThemedIconEngine
    "drawPrimitive",  # CheckedLooks (checked_style.py): the look without a style sheet (issue 18)
    "polish",  # CheckedStyle: the widgets with a look of ours take CheckedLooks (the rest stays in C++)
    "drawControl",  # CheckedLooks: the checked button's bold label in its colour
    "sizeFromContents",  # CheckedLooks: room for that bold label
    "addWidget",  # therapy_panel._FillLayout: what is added goes above the column's stretch
    "addSpacing",  # therapy_panel._FillLayout (cards drawn a piece at a time, issue 18)
    "event",  # import_gate._TurnAnswer: takes the gate's posted turn events (issue 18)
    "accept",
    "boundingRect",
    "changeEvent",
    "closeEvent",
    "eventFilter",
    "focusInEvent",
    "focusOutEvent",
    "keyPressEvent",
    "keyReleaseEvent",
    "leaveEvent",
    "mouseMoveEvent",
    "mousePressEvent",
    "mouseReleaseEvent",
    "paint",
    "paintEvent",
    "redo",
    "resizeEvent",
    "run",
    "shape",
    "showEvent",
    "sizeHint",
    "undo",
    "viewportEvent",
    "wheelEvent",
}
SKIP = ("resources_rc", "runtime_strings", "__main__", "migrations")


def test_only_deliberate_overrides_of_qt_methods() -> None:
    accidental = []
    for info in pkgutil.walk_packages(bodymap.__path__, "bodymap."):
        if any(part in info.name for part in SKIP):
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            qt_bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("PySide6")]
            for attr, value in vars(cls).items():
                if attr.startswith("_") or not callable(value) or attr in INTENDED:
                    continue
                if any(hasattr(base, attr) for base in qt_bases):
                    accidental.append(f"{module.__name__}.{name}.{attr}")
    assert accidental == []
