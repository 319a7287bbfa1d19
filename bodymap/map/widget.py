"""``BodyMapWidget``: every body view, a zoom toolbar and one set of signals for the main window.

Layout: a tab widget whose first tab, **Body**, shows the front and the back side by side, and
further tabs for the close-up views (**Head, right side**, **Head, left side**, **Soles**).

Why: pain drawings (the Michigan Body Map, the WPI pain diagram, physiotherapy intake forms) show
front and back next to each other, and most pain is marked there; seeing both at once lets a
person find the spot without first deciding which side of the body to look at, and compare
front and back pain.  Regions that are too small on the whole body (the face, jaw joint, the
soles) get their own enlarged views one click away; putting all five views side by side would
make every view too small, and one tab per view would hide the back behind a tab.

The toolbar's zoom buttons act on the *active* view: the one that last had keyboard focus or the
pointer in the current tab (the front view at first).  Each view also zooms on its own with the
wheel, pinch and keys (see :mod:`bodymap.map.view`).

Only the Body tab's views are made with the widget (start-up is a budget, issue 18); a close-up
tab's views are made when the tab is first shown, or asked for (:meth:`BodyMapWidget.view`;
:meth:`BodyMapWidget.views` makes them all), or in the background a tab per turn once the window
has settled (:meth:`BodyMapWidget.build_rest_later`).  What must reach every view, made now or
later (the marking controller, the window's keys), takes :meth:`BodyMapWidget.lazy_views`: a
mapping of every view id that makes a view when it is looked up, and calls back for each view
as it is made (:meth:`MapViews.each_built`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import regions as anatomy
from bodymap.map.scene import BodyMapScene
from bodymap.map.view import BodyMapView
from bodymap.ui.labels import region_label

#: Tabs: (tab id, views shown side by side in that tab).
TABS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("body", ("front", "back")),
    ("head_right", ("head_right",)),
    ("head_left", ("head_left",)),
    ("soles", ("soles",)),
)

#: The pause between two tabs built in the background (:meth:`BodyMapWidget.build_rest_later`).
TAB_BUILD_PAUSE_MS = 5


class BodyMapWidget(QWidget):
    """All body views in tabs, with zoom controls; re-emits the views' signals."""

    #: (view_id, x, y, region_id | None) in map units, from any view.
    map_clicked = Signal(str, float, float, object)
    #: (view_id, region_id | None) from any view.
    region_hovered = Signal(str, object)
    #: Text for the main window's status bar (the hovered region's name, or "").
    status_message = Signal(str)
    #: A view was just made (its tab built): the :class:`BodyMapView`.
    view_built = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: dict[str, BodyMapView] = {}
        self._tab_of: dict[str, int] = {}
        self._active: dict[int, str] = {}

        self.toolbar = QToolBar(self.tr("Map"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.zoom_in_action = self._make_action(
            self.tr("Zoom in"),
            self.tr("Zoom in on the map (Ctrl++, or the mouse wheel)"),
            QKeySequence(QKeySequence.StandardKey.ZoomIn),
            QIcon.ThemeIcon.ZoomIn,
            self.zoom_in,
        )
        self.zoom_out_action = self._make_action(
            self.tr("Zoom out"),
            self.tr("Zoom out (Ctrl+-)"),
            QKeySequence(QKeySequence.StandardKey.ZoomOut),
            QIcon.ThemeIcon.ZoomOut,
            self.zoom_out,
        )
        self.fit_action = self._make_action(
            self.tr("Fit"),
            self.tr("Show the whole drawing (Ctrl+0)"),
            QKeySequence(self.tr("Ctrl+0")),
            QIcon.ThemeIcon.ZoomFitBest,
            self.fit_to_window,
        )
        self.zoom_label = QLabel(self)
        self.zoom_label.setToolTip(self.tr("Zoom, relative to the whole drawing"))
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.zoom_label)
        hint = QLabel(
            self.tr(
                "Click where it hurts.  Zoom: wheel or +/-.  Move: middle-drag or Space+drag.  "
                "Keys: arrows, Enter."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, theme-aware
        self.hint_label = hint

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        tab_titles = {
            "body": self.tr("Body"),
            "head_right": self.tr("Head, right side"),
            "head_left": self.tr("Head, left side"),
            "soles": self.tr("Soles"),
        }
        self._view_titles = {
            "front": self.tr("Front"),
            "back": self.tr("Back"),
        }
        self._tab_titles = tab_titles
        #: Tabs whose views are not built yet: tab index -> (page, view ids).  Only the tab on
        #: show is built before the first paint (a view and its scene are a few milliseconds
        #: each); the others when their tab is first shown or a view is asked for.
        self._unbuilt: dict[int, tuple[QWidget, list[str]]] = {}
        #: Every view id, in the order of TABS (what :meth:`views` lists).
        self._view_order: list[str] = []
        for tab_id, view_ids in TABS:
            present = [v for v in view_ids if v in anatomy.VIEWS]
            if not present:
                continue
            page = QWidget(self.tabs)
            index = self.tabs.addTab(page, tab_titles.get(tab_id, tab_id))
            for view_id in present:
                self._tab_of[view_id] = index
                self._view_order.append(view_id)
            self._active[index] = present[0]
            self._unbuilt[index] = (page, present)
        self._build_tab(self.tabs.currentIndex())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 6, 0)
        top.addWidget(self.toolbar)
        top.addWidget(self.hint_label, 1)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._update_zoom_ui()

    def _build_tab(self, index: int) -> None:
        """Make the views of a tab (once): side by side, each with its caption when there are
        several."""
        entry = self._unbuilt.pop(index, None)
        if entry is None:
            return
        page, present = entry
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        made: list[QWidget] = []
        for view_id in present:
            column = QVBoxLayout()
            column.setSpacing(2)
            view = BodyMapView(BodyMapScene(view_id), page)
            view.body_scene().setParent(view)
            title = self._view_titles.get(view_id) or self._tab_titles.get(view_id, view_id)
            view.setAccessibleName(self.tr("Body map: %1").replace("%1", title))
            if len(present) > 1:
                caption = QLabel(self._view_titles.get(view_id, view_id), page)
                caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
                font = caption.font()
                font.setBold(True)
                caption.setFont(font)
                column.addWidget(caption)
                made.append(caption)
            column.addWidget(view, 1)
            row.addLayout(column, 1)
            made.append(view)
            self._add_view(view, index)
        if page.isVisible():  # its tab is on show already: children made now start hidden
            for widget in made:
                widget.show()
        # In Tab's order a tab's views come after those of the tabs before it, whenever it is
        # made: a tab made after the window's docks would otherwise come after them.
        position = self._view_order.index(present[0])
        earlier = [v for v in self._view_order[:position] if v in self._views]
        if earlier:
            previous = self._views[earlier[-1]]
            for view_id in present:
                QWidget.setTabOrder(previous, self._views[view_id])
                previous = self._views[view_id]
        for view_id in present:
            self.view_built.emit(self._views[view_id])

    def build_rest_later(self) -> None:
        """Make the tabs not built yet in the background, one per turn of the event loop (a
        few milliseconds each), so that nothing asking for every view later (the editor, when
        the diary is attached) has to make them all in one turn."""
        if self._unbuilt:
            QTimer.singleShot(TAB_BUILD_PAUSE_MS, self, self._build_next_later)

    def _build_next_later(self) -> None:
        if self._unbuilt:
            self._build_tab(next(iter(self._unbuilt)))
        if self._unbuilt:
            QTimer.singleShot(TAB_BUILD_PAUSE_MS, self, self._build_next_later)

    def _on_tab_changed(self, index: int) -> None:
        self._build_tab(index)  # before the page is painted: the event loop has not run
        self._update_zoom_ui()

    def _make_action(
        self,
        text: str,
        tip: str,
        shortcut: QKeySequence,
        theme_icon: QIcon.ThemeIcon,
        slot: object,
    ) -> QAction:
        # The icon theme's zoom icons where the desktop has them; otherwise the text alone
        # (QStyle has no zoom icons, and a look-alike icon would only confuse).
        icon = QIcon.fromTheme(theme_icon)
        action = QAction(icon, text, self)
        action.setToolTip(tip)
        action.setShortcut(shortcut)
        # Active while the map (or a child) has focus, so it never clashes with other panels.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _add_view(self, view: BodyMapView, tab_index: int) -> None:
        view_id = view.view_id
        self._views[view_id] = view
        self._tab_of[view_id] = tab_index
        view.map_clicked.connect(self.map_clicked)
        view.region_hovered.connect(self._on_hovered)
        view.zoom_changed.connect(lambda _z, v=view_id: self._on_zoom_changed(v))
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    # -- accessors -----------------------------------------------------------------------
    def views(self) -> dict[str, BodyMapView]:
        """Every view, in the order of the tabs (building those not made yet)."""
        for index in list(self._unbuilt):
            self._build_tab(index)
        return {view_id: self._views[view_id] for view_id in self._view_order}

    def lazy_views(self) -> MapViews:
        """Every view by id, each made when it is looked up (see :class:`MapViews`)."""
        return MapViews(self)

    def built_views(self) -> dict[str, BodyMapView]:
        """The views made so far (the Body tab's at least), without building the others."""
        return {view_id: self._views[view_id] for view_id in self._view_order
                if view_id in self._views}

    def view(self, view_id: str) -> BodyMapView:
        """One view (its tab's views are made now if they were not yet)."""
        self._build_tab(self._tab_of[view_id])
        return self._views[view_id]

    def show_view(self, view_id: str) -> BodyMapView:
        """Bring a view's tab to the front, make it the active view and give it focus."""
        view = self.view(view_id)
        index = self._tab_of[view_id]
        self._active[index] = view_id
        self.tabs.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_zoom_ui()
        return view

    def current_view(self) -> BodyMapView:
        """The view the toolbar acts on."""
        index = self.tabs.currentIndex()
        self._build_tab(index)
        view_id = self._active.get(index)
        if view_id is None:
            view_id = next(v for v, i in self._tab_of.items() if i == index)
        return self._views[view_id]

    # -- toolbar -------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.current_view().zoom_in()

    def zoom_out(self) -> None:
        self.current_view().zoom_out()

    def fit_to_window(self) -> None:
        self.current_view().fit_to_window()

    def _on_zoom_changed(self, view_id: str) -> None:
        if self._views[view_id] is self.current_view():
            self._update_zoom_ui()

    def _update_zoom_ui(self) -> None:
        if not self._views:
            return
        view = self.current_view()
        zoom = view.zoom()
        self.zoom_label.setText(self.tr("%1 %").replace("%1", f"{round(zoom * 100)}"))
        self.zoom_in_action.setEnabled(zoom < 8.0 - 1e-6)
        self.zoom_out_action.setEnabled(zoom > 1.0 + 1e-6)

    def _set_active(self, view_id: str) -> None:
        index = self._tab_of[view_id]
        if self._active.get(index) != view_id:
            self._active[index] = view_id
            self._update_zoom_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.Enter):
            for view_id, view in self._views.items():
                if watched is view or watched is view.viewport():
                    self._set_active(view_id)
                    break
        return super().eventFilter(watched, event)

    def _on_hovered(self, view_id: str, region_id: str | None) -> None:
        self.region_hovered.emit(view_id, region_id)
        if region_id is None:
            self.status_message.emit("")
        else:
            self.status_message.emit(region_label(region_id))


class MapViews(Mapping[str, BodyMapView]):
    """Every view of a :class:`BodyMapWidget` by id, in the order of the tabs, without making
    the close-up tabs' views until one of them is looked up (``views[id]``, ``views.get(id)``;
    ``values()`` and ``items()`` make them all).  Whatever must reach every view, made now or
    later, goes through :meth:`each_built`: attaching the diary then makes no close-up view,
    and they are built once the window has settled (start-up is a budget, issue 18)."""

    def __init__(self, widget: BodyMapWidget) -> None:
        self._widget = widget

    def __getitem__(self, view_id: str) -> BodyMapView:
        if view_id not in self._widget._tab_of:
            raise KeyError(view_id)
        return self._widget.view(view_id)

    def __contains__(self, view_id: object) -> bool:
        return view_id in self._widget._tab_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._widget._view_order)

    def __len__(self) -> int:
        return len(self._widget._view_order)

    def each_built(self, callback: Callable[[BodyMapView], None]) -> None:
        """``callback(view)`` for every view made so far, now, and for each view made later,
        as its tab is built.  ``callback`` should be a method of a QObject, so that the
        connection ends with its object."""
        for view in self._widget.built_views().values():
            callback(view)
        self._widget.view_built.connect(callback)
