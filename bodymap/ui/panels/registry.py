"""Every dock panel, declared once; the dock host (ui/dock_host.py) builds the docks from it.

Like Spyder's declared plugins: a new panel is one :class:`PanelSpec` here (and its module),
not a dozen lines spread over the window.  Each factory imports its module when called, so none
of this is imported before the map has painted; the window calls a factory when the panel is
first needed (its dock comes on show, or the panel is asked for), not all at once.  The factory gets the window and wires the
panel to the window's context, worker, editor and map; the window keeps no per-panel code.

``name`` is the dock's object name, saved in the window state: renaming one loses the person's
layout for that dock.  ``personal`` says the panel shows the current person's data and must
follow the context (``tests/test_context.py`` checks every such panel after a person switch).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


@dataclass(frozen=True)
class PanelSpec:
    #: Object name of the dock (kept in the saved window state) and key in ``window.docks``.
    name: str
    #: Dock title, translated in the "MainWindow" context.
    title: str
    #: Builds the panel for a window whose diary is open.
    factory: Callable[[MainWindow], QWidget]
    #: The window attribute the panel is kept in (``window.therapy_panel``...).
    attribute: str
    area: Qt.DockWidgetArea = RIGHT
    #: The dock this one goes behind as a tab (None: a dock of its own).
    tabified_with: str | None = None
    #: Put the panel in a scroll area (panels with their own scrolling list do not want one).
    scroll: bool = True
    #: Shows the current person's data: it is a ``Panel`` and follows the context.
    personal: bool = True
    #: Builds the same panel in pieces, for the background (:func:`pieces`): a generator
    #: yielding between pieces and returning the panel.  None: the factory, in one piece.
    in_pieces: Callable[[MainWindow], Pieces] | None = None


#: A panel being built piece by piece: each ``next()`` runs one piece; the last returns it.
Pieces = Generator[None, None, QWidget]


def pieces(spec: PanelSpec, window: MainWindow) -> Pieces:
    """Dock ``spec``'s panel in pieces of a few milliseconds of the UI thread each (the window
    builds the panels not on show this way once it is usable, a piece per turn)."""
    if spec.in_pieces is not None:
        return spec.in_pieces(window)
    return _one_piece(spec, window)


def _one_piece(spec: PanelSpec, window: MainWindow) -> Pieces:
    yield from ()
    return spec.factory(window)


def finish(begun: Pieces) -> QWidget:
    """Run the pieces left at once (the panel is wanted now) and return the panel."""
    while True:
        try:
            next(begun)
        except StopIteration as done:
            panel: QWidget = done.value
            return panel


def _mark_panel(window: MainWindow) -> QWidget:
    from bodymap.ui.mark_panel import MarkPanel

    panel = MarkPanel(window.editor.controller, window)
    panel.view_requested.connect(window.map_widget.show_view)
    return panel


def _episode_panel(window: MainWindow) -> QWidget:
    from bodymap.ui.episode_panel import EpisodePanel

    return EpisodePanel(window.editor.document, window.context, window.ops, window)


def _episode_list(window: MainWindow) -> QWidget:
    from bodymap.ui.episode_list import EpisodeList

    panel = EpisodeList(window.context, window.ops, window)
    panel.open_requested.connect(window.editor.open_episode)
    document = window.editor.document

    def follow_editor(*_args: object) -> None:
        panel.show_current(document.episode_id)

    document.reset.connect(follow_editor)
    document.modified_changed.connect(follow_editor)
    return panel


def _therapy_panel(window: MainWindow) -> QWidget:
    from bodymap.ui.therapy_panel import TherapyPanel

    # Read when its tab first comes to the front, not now: it is built in the background and
    # by then the person has mostly picked a region, which needs a reading of its own.
    panel = TherapyPanel(window.context, window.ops, window, read_now=False)
    panel.use_rated.connect(window.editor.use_rated)
    return panel


def _atlas_panel(window: MainWindow) -> QWidget:
    from bodymap.map.atlas_overlay import AtlasOverlay
    from bodymap.ui.atlas_panel import AtlasPanel

    scenes = {view_id: view.body_scene() for view_id, view in window.map_widget.views().items()}
    window.atlas_overlay = AtlasOverlay(scenes)
    panel = AtlasPanel(window.atlas_overlay, window)
    panel.question_changed.connect(window.show_picked_regions)
    return panel


def _history_panel(window: MainWindow) -> QWidget:
    from bodymap.ui.history_panel import HistoryPanel

    panel = HistoryPanel(window.context, window.ops, window)
    panel.episode_requested.connect(window.editor.open_episode)
    return panel


def _history_in_pieces(window: MainWindow) -> Pieces:
    from bodymap.ui.history_panel import HistoryPanel

    panel = HistoryPanel(window.context, window.ops, window, in_pieces=True)
    yield from panel.build_pieces()
    panel.episode_requested.connect(window.editor.open_episode)
    return panel


def _heatmap_panel(window: MainWindow) -> QWidget:
    from bodymap.ui.heatmap_panel import HeatmapPanel

    panel = HeatmapPanel(window.map_widget, window.context, window.ops, window)
    panel.activated.connect(window.heatmap_shown)
    return panel


def _fibro_panel(window: MainWindow) -> QWidget:
    from bodymap.ui.panels.fibro_panel import FibroPanel

    return FibroPanel(window.map_widget, window.context, window.ops, window)


def _fibro_in_pieces(window: MainWindow) -> Pieces:
    from bodymap.ui.panels.fibro_panel import FibroPanel

    panel = FibroPanel(window.map_widget, window.context, window.ops, window, in_pieces=True)
    yield
    yield from panel.build_pieces()
    return panel


def _outcomes_panel(window: MainWindow) -> QWidget:
    from bodymap.ui.panels.outcomes_panel import OutcomesPanel

    return OutcomesPanel(window.context, window.ops, window)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec("mark_dock", QT_TRANSLATE_NOOP("MainWindow", "Mark"), _mark_panel, "mark_panel",
              personal=False),
    PanelSpec("episode_dock", QT_TRANSLATE_NOOP("MainWindow", "Episode"), _episode_panel,
              "episode_panel"),
    PanelSpec("list_dock", QT_TRANSLATE_NOOP("MainWindow", "Diary"), _episode_list, "episode_list",
              tabified_with="episode_dock", scroll=False),
    PanelSpec("therapy_dock", QT_TRANSLATE_NOOP("MainWindow", "Therapies"), _therapy_panel,
              "therapy_panel", tabified_with="episode_dock"),
    # The atlas scrolls inside (its lists and its text): no scroll area around it as well.
    PanelSpec("atlas_dock", QT_TRANSLATE_NOOP("MainWindow", "Atlas"), _atlas_panel, "atlas_panel",
              tabified_with="episode_dock", scroll=False, personal=False),
    PanelSpec("history_dock", QT_TRANSLATE_NOOP("MainWindow", "History"), _history_panel,
              "history_panel", tabified_with="episode_dock", in_pieces=_history_in_pieces),
    PanelSpec("heatmap_dock", QT_TRANSLATE_NOOP("MainWindow", "Heat map"), _heatmap_panel,
              "heatmap_panel", tabified_with="episode_dock"),
    PanelSpec("fibro_dock", QT_TRANSLATE_NOOP("MainWindow", "Fibromyalgia"), _fibro_panel,
              "fibro_panel", tabified_with="episode_dock", in_pieces=_fibro_in_pieces),
    # PSFS and PGIC (issue 16)
    PanelSpec("outcomes_dock", QT_TRANSLATE_NOOP("MainWindow", "Outcomes"), _outcomes_panel,
              "outcomes_panel", tabified_with="episode_dock"),
)


#: Built as soon as the diary is attached: the mark and the episode are on show in a fresh
#: window, and the diary list is filled at once (a lazy model: a page of rows).  The others are
#: built when their dock first comes on show, when asked for, or in the background.
EAGER_PANELS = ("mark_dock", "episode_dock", "list_dock")


def spec(name: str) -> PanelSpec:
    return next(s for s in PANELS if s.name == name)
