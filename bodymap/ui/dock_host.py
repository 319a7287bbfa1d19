"""The column of docks beside the map: one dock per panel of the registry
(:mod:`bodymap.ui.panels.registry`), and each panel built only when it is first wanted.

The window shell (:mod:`bodymap.ui.main_window`) owns a :class:`DockHost` and lends it its
names: ``window.docks``, ``window.panels`` and the attributes of the registry
(``window.history_dock``, ``window.history_panel``...) are the host's.  The docks, their tabs
and titles are made at once when the diary is attached; a panel's content is built when its
dock first comes on show, when the program or a test asks for it (``window.panels[name]``,
``window.history_panel``), or in the background a piece at a time (:meth:`DockHost.build_piece`,
driven by the window once its worker is idle): building all nine at once stopped the window
for a few hundred milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu


def on_show(dock: QDockWidget) -> bool:
    """Some of the dock can be seen.  ``isVisible`` is not enough: after a restored layout
    the docks behind a tab stay visible widgets, out of sight, until their tab is chosen."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


class PanelTable(dict):  # type: ignore[type-arg]
    """``window.panels``: the built panels by dock name; asking for one not built yet
    (``panels[name]``) builds it.  ``get`` and ``in`` say only what is built."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str) -> QWidget:
        return self._build(name)


class DockHost:
    """The docks of ``window`` and their panels, built when wanted.

    ``closing`` says the window is going away (nothing more is built then); ``built`` is
    called with a dock's name and its panel once the panel is in its dock, for what ties
    panels together (the window's warning signs).
    """

    def __init__(self, window: QMainWindow, closing: Callable[[], bool],
                 built: Callable[[str, QWidget], None]) -> None:
        self.window = window
        self._closing = closing
        self._built = built
        self.docks: dict[str, QDockWidget] = {}
        #: The panels by dock name; one not built yet is built when asked for (PanelTable).
        self.panels: dict[str, QWidget] = PanelTable(self.build)
        #: Panel attribute (``therapy_panel``...) -> dock name, once the docks are made.  A
        #: built panel is an attribute of the window, so only the unbuilt ones are asked for.
        self.dock_of: dict[str, str] = {}
        #: Panels begun in the background: their pieces still to run, or the panel made.
        self.half_built: dict[str, Generator[None, None, QWidget] | QWidget] = {}
        #: The person's layout is being restored: a dock coming on show builds nothing yet.
        self._restoring = False

    def create(self, docks_menu: QMenu) -> None:
        """One dock per registered panel.  One column beside the map, so the map keeps the
        room: the selected mark on top, the rest as tabs below it.  The panels the registry
        wants at once are built (the one behind a tab in a turn of its own)."""
        from PySide6.QtWidgets import QDockWidget

        from bodymap.ui.panels.registry import EAGER_PANELS, PANELS

        window = self.window
        for spec in PANELS:
            # the window's tr: the titles are translated in its context
            dock = QDockWidget(window.tr(spec.title), window)
            dock.setObjectName(spec.name)
            dock.setWidget(self._placeholder())  # until the panel is built
            window.addDockWidget(spec.area, dock)
            self.docks[spec.name] = dock
            self.dock_of[spec.attribute] = spec.name
            setattr(window, spec.name, dock)
            docks_menu.addAction(dock.toggleViewAction())
            dock.visibilityChanged.connect(partial(self._dock_shown, spec.name))
        for spec in PANELS:
            if spec.tabified_with is not None:
                window.tabifyDockWidget(self.docks[spec.tabified_with], self.docks[spec.name])
        self.docks["episode_dock"].raise_()
        behind = {spec.name for spec in PANELS if spec.tabified_with is not None}
        for name in EAGER_PANELS:
            if window.isVisible() and name in behind:
                # behind a tab of a window on show (the diary list): in a turn of its own (it
                # is built at once if the restored layout puts it in front)
                QTimer.singleShot(0, window, partial(self._build_unless_closing, name))
            else:
                self.panels[name]
        self.readable_tabs()
        # After the docks have been laid out once; before that the sizes are not applied.
        QTimer.singleShot(0, window, self._default_sizes)

    def _placeholder(self) -> QWidget:
        """What a dock shows until its panel is built: a panel on show in a restored layout
        comes in the background, a second or two after the window is usable."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QLabel

        label = QLabel(QCoreApplication.translate("MainWindow", "Opening this panel…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def restore(self, state: object) -> None:
        """Lay the docks out as the person left them (``QMainWindow.restoreState``).

        Restoring puts every dock on show for a moment as it rebuilds the tab groups: building
        each panel as its dock came on show made all nine at once, at every start after the
        first (about 600 ms in which the window could not answer, at ten years).  A panel in
        front in the restored layout is built in the background like the rest, before them
        (:meth:`next_unbuilt`), once its modules are imported off the UI thread; building it
        here would import them on it (SQLAlchemy's models, the charts: about 400 ms)."""
        self._restoring = True
        try:
            self.window.restoreState(state)  # type: ignore[arg-type]
        finally:
            self._restoring = False
        # Restoring makes new tab bars for the docks, with Qt's default of cut names.
        self.readable_tabs()

    def next_unbuilt(self) -> str | None:
        """The dock whose panel is to be built next: one on show first (put in front by a
        restored layout), then the others in the registry's order."""
        from bodymap.ui.panels.registry import PANELS

        unbuilt = [s.name for s in PANELS if s.name not in self.panels]
        return next((n for n in unbuilt if on_show(self.docks[n])), None) or next(iter(unbuilt), None)

    def build(self, name: str) -> QWidget:
        """Build the panel of dock ``name`` now (PanelTable calls this for a panel not built):
        one begun in the background is finished first, so it is complete when shown."""
        from bodymap.ui.panels.registry import finish
        from bodymap.ui.panels.registry import spec as panel_spec

        if name not in self.docks:
            raise KeyError(name)  # no diary yet, or no such panel
        begun = self.half_built.pop(name, None)
        if begun is None:
            panel = panel_spec(name).factory(self.window)
        elif isinstance(begun, QWidget):
            panel = begun
        else:
            panel = finish(begun)
        return self._put_in_dock(name, panel)

    def build_piece(self, name: str) -> None:
        """One piece of building dock ``name``'s panel in the background: the next of its
        pieces (:func:`bodymap.ui.panels.registry.pieces`), or, once they are all done,
        putting the panel in its dock."""
        from bodymap.ui.panels.registry import pieces
        from bodymap.ui.panels.registry import spec as panel_spec

        begun = self.half_built.get(name)
        if isinstance(begun, QWidget):
            del self.half_built[name]
            self._put_in_dock(name, begun)
            return
        if begun is None:
            begun = self.half_built[name] = pieces(panel_spec(name), self.window)
        try:
            next(begun)
        except StopIteration as done:
            self.half_built[name] = done.value
        except BaseException:
            del self.half_built[name]  # made afresh when wanted; the error goes on to the log
            raise

    def readable_tabs(self) -> None:
        """Seven panels share the column: whole tab names with scroll arrows read better than
        seven names cut to "Epis…", "Di…" (the tab bars are the main window's own; restoring
        the person's layout makes new ones, with Qt's default of cut names)."""
        from PySide6.QtWidgets import QTabBar

        # only the window's own: not a walk through every widget of every panel
        for bar in self.window.findChildren(QTabBar, "", Qt.FindChildOption.FindDirectChildrenOnly):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def _build_unless_closing(self, name: str) -> None:
        """A panel built in a later turn: not once the window is going away."""
        if not self._closing():
            self.panels[name]  # PanelTable builds it

    def _dock_shown(self, name: str, visible: bool) -> None:
        if visible and name not in self.panels and not self._closing() and not self._restoring:
            self.panels[name]

    def _put_in_dock(self, name: str, panel: QWidget) -> QWidget:
        from PySide6.QtWidgets import QScrollArea

        from bodymap.ui.panels.registry import spec as panel_spec

        spec = panel_spec(name)
        dict.__setitem__(self.panels, name, panel)
        setattr(self.window, spec.attribute, panel)
        dock = self.docks[name]
        old = dock.widget()
        if spec.scroll:
            area_widget = QScrollArea()
            area_widget.setWidgetResizable(True)
            # Panels are laid out to fit the column; never scroll sideways.
            area_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # In the dock first, then the panel in it: every move of a built panel into
            # another parent polishes all its widgets again.
            dock.setWidget(area_widget)
            area_widget.setWidget(panel)
        else:
            dock.setWidget(panel)
        if old is not None:
            old.deleteLater()
        follow = getattr(panel, "dock_visibility_changed", None)
        if follow is not None:  # a Panel: it catches up when its tab comes to the front
            dock.visibilityChanged.connect(follow)
            if on_show(dock):
                follow(True)  # built because its dock came on show: that news came before
        self._built(name, panel)
        return panel

    def _default_sizes(self) -> None:
        if QSettings().value("main_window/state") is not None:
            return  # the person's own layout was restored
        window = self.window
        mark_dock, episode_dock = self.docks["mark_dock"], self.docks["episode_dock"]
        window.resizeDocks([mark_dock], [480], Qt.Orientation.Horizontal)
        # The mark editor scrolls; the tabs below (history charts above all) want the height.
        height = window.height()
        third = 200 if height < 900 else max(240, height // 3)  # 1366x768: room below
        window.resizeDocks([mark_dock, episode_dock], [third, height - third],
                           Qt.Orientation.Vertical)
