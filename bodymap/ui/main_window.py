"""The main window: the body map in the middle, the mark and episode editors beside it.

The window owns one :class:`EpisodeDocument` (the episode being edited).  The map's marking
layer, the mark panel and the episode panel all mirror it; saving hands it to the service layer
in one transaction.  A draft of unsaved work is written a moment after each change and offered
back after a crash.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence, QPalette, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsPathItem,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QToolBar,
    QWidget,
)

from bodymap import __version__
from bodymap.map.scene import HIGHLIGHT
from bodymap.map.tool_kinds import Tool
from bodymap.map.widget import BodyMapWidget
from bodymap.store.errors import ConflictError, NotFoundError, StoreError

if TYPE_CHECKING:
    from bodymap.map.document import EpisodeDocument
    from bodymap.map.tools import MarkingController
    from bodymap.store.records import EpisodeRecord, ProfileRecord
    from bodymap.store.service import Diary

TOOL_LABELS = {
    Tool.SELECT: ("Select", "Select, move and edit marks (S)", "S"),
    Tool.TRIGGER_POINT: ("Trigger point", "Click to place a trigger point (T)", "T"),
    Tool.REFERRED_BRUSH: ("Paint referred pain", "Paint the area where pain is felt (B)", "B"),
    Tool.REFERRED_FILL: ("Fill region", "Click a region to fill it as referred pain (F)", "F"),
    Tool.ERASER: ("Erase", "Erase part of the selected painted area (E)", "E"),
    Tool.SPASM: ("Spasm", "Click to mark a spasm or tight muscle (P)", "P"),
    Tool.TENDER_POINT: ("Tender point", "Click to mark a fibromyalgia tender point (N)", "N"),
}


class MainWindow(QMainWindow):
    #: Emitted once, when the map has been painted for the first time.
    first_painted = Signal()
    def __init__(self, diary: Diary | None = None, parent: QWidget | None = None) -> None:
        """The window paints its map first; the diary (database) is attached when it is open.

        Opening the database imports SQLAlchemy and may migrate: :func:`bodymap.app.run_gui`
        does that off the UI thread and calls :meth:`attach_diary`, so the map is on screen
        at once.
        """
        super().__init__(parent)
        self.diary: Diary | None = None
        self.profile: ProfileRecord | None = None
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)

        # The episode model and the marking machinery come with the diary (attach_diary).
        self.document: EpisodeDocument | None = None
        self.controller: MarkingController | None = None
        self.map_widget = BodyMapWidget(self)
        self.map_widget.status_message.connect(self._show_hover_message)
        self.setCentralWidget(self.map_widget)
        self._first_paint_watch = self.map_widget.view("front").viewport()
        self._first_paint_watch.installEventFilter(self)

        self._create_actions()
        self._create_tool_bar()
        self._create_menus()
        self._create_status_bar()
        self._set_diary_actions_enabled(False)
        self._update_title()
        self._restore_geometry()
        if diary is not None:
            self.attach_diary(diary)
        else:
            self.statusBar().showMessage(self.tr("Opening your diary…"))

    def attach_diary(self, diary: Diary) -> None:
        """Build everything that needs the database, once it is open."""
        # Imported here, not at the top: none of this is needed for the first paint.
        from bodymap.map.atlas_overlay import AtlasOverlay
        from bodymap.map.document import EpisodeDocument
        from bodymap.map.tools import MarkingController
        from bodymap.ui.atlas_panel import AtlasPanel
        from bodymap.ui.data_actions import DataActions
        from bodymap.ui.drafts import DraftKeeper, draft_path_for
        from bodymap.ui.episode_panel import EpisodeList, EpisodePanel
        from bodymap.ui.heatmap_panel import HeatmapPanel
        from bodymap.ui.history_panel import HistoryPanel
        from bodymap.ui.mark_panel import MarkPanel
        from bodymap.ui.report_actions import ReportActions
        from bodymap.ui.therapy_panel import TherapyPanel

        self.diary = diary
        self.profile = diary.default_profile()
        self.document = EpisodeDocument(self.profile.id or 0, self)
        self.controller = MarkingController(self.document, self.map_widget.views(), self)
        self._connect_marking()
        self.mark_panel = MarkPanel(self.controller, self)
        self.mark_panel.view_requested.connect(self.map_widget.show_view)
        self.episode_panel = EpisodePanel(self.document, diary, self)
        self.episode_list = EpisodeList(diary, self.profile.id or 0, self)
        self.episode_list.open_requested.connect(self.open_episode)
        scenes = {view_id: view.body_scene() for view_id, view in self.map_widget.views().items()}
        self.atlas_overlay = AtlasOverlay(scenes)
        self.atlas_panel = AtlasPanel(self.atlas_overlay, self)
        self.therapy_panel = TherapyPanel(diary, self.profile.id or 0, self)
        self.therapy_panel.use_logged.connect(lambda _id: self.episode_panel.reload_therapies())
        self.history_panel = HistoryPanel(diary, self.profile.id or 0, self)
        self.history_panel.episode_requested.connect(self.open_episode)
        self.heatmap_panel = HeatmapPanel(self.map_widget, diary, self.profile.id or 0, self)
        self.report_actions = ReportActions(
            diary, self.profile.id or 0, self, lambda: self.document.episode_id if self.document else None
        )
        self.file_menu.insertSeparator(self.file_quit_separator)
        for action in self.report_actions.actions():
            self.file_menu.insertAction(self.file_quit_separator, action)
        self.data_actions = DataActions(diary, db_file_of(diary), self)
        self.data_actions.data_changed.connect(self._data_changed)
        self.data_actions.before_replace = self._before_replace
        self.therapy_panel.use_rated.connect(self._use_rated)
        self.data_actions.message.connect(self._show_timed_message)
        self.file_menu.insertSeparator(self.file_quit_separator)
        for action in self.data_actions.actions():
            self.file_menu.insertAction(self.file_quit_separator, action)
        self.profile_menu = QMenu(self.tr("&Person"), self)
        self.profile_menu.setToolTip(self.tr("Whose diary: one person each (a therapist may keep several)"))
        self.file_menu.insertMenu(self.file_quit_separator, self.profile_menu)
        self.profile_menu.aboutToShow.connect(self._fill_profile_menu)
        # While the window stays open for days, keep making the daily backup.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60 * 60 * 1000)
        self.backup_timer.timeout.connect(self._daily_backup)
        self.backup_timer.start()
        self.atlas_panel.question_changed.connect(self._show_picked_regions)
        self._picked_items: list[QGraphicsPathItem] = []
        self.report_actions.pdf_written.connect(
            lambda path: self._show_timed_message(self.tr("PDF written: {path}").format(path=path))
        )
        self.document.reset.connect(self._episode_shown)
        self.document.modified_changed.connect(self._episode_shown)
        self.controller.region_picked.connect(self._region_picked)
        self.controller.selection_changed.connect(self._selection_changed)
        self._create_docks()
        for dock in (
            self.mark_dock,
            self.episode_dock,
            self.therapy_dock,
            self.atlas_dock,
            self.history_dock,
            self.heatmap_dock,
            self.list_dock,
        ):
            self.docks_menu.addAction(dock.toggleViewAction())
        self.db_label.setText(self._database_text())
        url = diary.engine.url.render_as_string(hide_password=False)
        self.drafts = DraftKeeper(self.document, draft_path_for(url), self)
        state = QSettings().value("main_window/state")
        if state is not None:
            self.restoreState(state)
        self._set_diary_actions_enabled(True)
        self._update_title()
        self.statusBar().showMessage(self.tr("Ready: click the map where it hurts"), 5000)
        QTimer.singleShot(0, self, self.offer_draft)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._first_paint_watch and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # after this paint has reached the screen
            QTimer.singleShot(0, self, self.first_painted.emit)
        return False

    def _set_diary_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.new_action,
            self.from_last_action,
            self.save_action,
            self.discard_action,
            self.delete_episode_action,
        ):
            action.setEnabled(enabled)

    # -- construction -----------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(self.tr("&New episode"), self.new_episode, QKeySequence.StandardKey.New, self.tr("Start a new episode now"))
        self.from_last_action = self._action(
            self.tr("New from &last episode"), self.new_from_last, "Ctrl+Shift+N",
            self.tr("Start a new episode with the marks of the last one"),
        )
        self.save_action = self._action(self.tr("&Save episode"), self.save_episode, QKeySequence.StandardKey.Save, self.tr("Save this episode in the diary"))
        self.discard_action = self._action(self.tr("&Discard changes"), self.discard_changes, None, self.tr("Forget the unsaved changes"))
        self.delete_episode_action = self._action(self.tr("De&lete episode…"), self.delete_episode, None, self.tr("Delete this episode from the diary"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        # Wired to the episode's QUndoStack in _connect_marking().
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.delete_mark_action = QAction(self.tr("Delete &mark"), self)
        self.delete_mark_action.setShortcut(QKeySequence.StandardKey.Delete)
        for action in (self.undo_action, self.redo_action, self.delete_mark_action):
            action.setEnabled(False)

        self.legend_action = self._action(
            self.tr("&Symbols and tools"), self.show_legend, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action(self.tr("&About bodymap"), self.show_about)
        self.about_qt_action = self._action(self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self))

        self.tool_actions: dict[Tool, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for tool, (label, tip, key) in TOOL_LABELS.items():
            action = QAction(self.tr(label), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setToolTip(self.tr(tip))
            action.setStatusTip(self.tr(tip))
            action.setData(tool.value)
            action.triggered.connect(lambda _c=False, t=tool: self._set_tool(t))
            group.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.TRIGGER_POINT].setChecked(True)

    def _set_tool(self, tool: Tool) -> None:
        if self.controller is not None:
            self.controller.set_tool(tool)

    def _connect_marking(self) -> None:
        """Wire the actions to the episode model and the marking controller."""
        assert self.document is not None and self.controller is not None
        stack = self.document.undo_stack
        # Bound methods, not lambdas: Qt drops the connections when the window goes away.
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.delete_mark_action.setEnabled(True)
        self.delete_mark_action.triggered.connect(self.controller.delete_selected)
        checked = next(t for t, a in self.tool_actions.items() if a.isChecked())
        self.controller.set_tool(checked)
        self.controller.tool_changed.connect(self._tool_changed)
        self.controller.brush_size = float(self.brush_size.value())
        self.brush_size.valueChanged.connect(self._brush_size_changed)
        self.document.modified_changed.connect(self._update_title)
        self.document.fields_changed.connect(self._update_title)

    @Slot(str)
    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo"))

    @Slot(str)
    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo"))

    @Slot(str)
    def _tool_changed(self, value: str) -> None:
        self.tool_actions[Tool(value)].setChecked(True)

    @Slot(int)
    def _brush_size_changed(self, value: int) -> None:
        if self.controller is not None:
            self.controller.brush_size = float(value)

    def _create_tool_bar(self) -> None:
        bar = QToolBar(self.tr("Marking tools"), self)
        bar.setObjectName("marking_tools")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_action)
        bar.addAction(self.save_action)
        bar.addSeparator()
        for action in self.tool_actions.values():
            bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Brush ")))
        self.brush_size = QSpinBox()
        self.brush_size.setRange(4, 120)
        self.brush_size.setValue(12)
        self.brush_size.setSuffix(self.tr(" units"))
        self.brush_size.setToolTip(self.tr("Brush size for painting referred pain"))
        bar.addWidget(self.brush_size)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.tool_bar = bar

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Panels are laid out to fit the column; never scroll sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        dock.setWidget(scroll)
        self.addDockWidget(area, dock)
        return dock

    def _create_docks(self) -> None:
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.mark_dock = self._dock(self.tr("Mark"), "mark_dock", self.mark_panel, right)
        self.episode_dock = self._dock(self.tr("Episode"), "episode_dock", self.episode_panel, right)
        self.therapy_dock = self._dock(self.tr("Therapies"), "therapy_dock", self.therapy_panel, right)
        self.atlas_dock = self._dock(self.tr("Atlas"), "atlas_dock", self.atlas_panel, right)
        self.history_dock = self._dock(self.tr("History"), "history_dock", self.history_panel, right)
        self.heatmap_dock = self._dock(self.tr("Heat map"), "heatmap_dock", self.heatmap_panel, right)
        self.list_dock = QDockWidget(self.tr("Diary"), self)
        self.list_dock.setObjectName("list_dock")
        self.list_dock.setWidget(self.episode_list)
        self.addDockWidget(right, self.list_dock)
        # One column beside the map, so the map keeps the room: the selected mark on top, the
        # rest as tabs below it.
        for dock in (
            self.list_dock,
            self.therapy_dock,
            self.atlas_dock,
            self.history_dock,
            self.heatmap_dock,
        ):
            self.tabifyDockWidget(self.episode_dock, dock)
        # The heat map colours the body only while its panel is the one on show; the therapy
        # and history panels catch up with the last click when they come on show.
        self.heatmap_dock.visibilityChanged.connect(self.heatmap_panel.set_active)
        self.heatmap_dock.visibilityChanged.connect(self._heatmap_shown)
        self._pending_therapy: tuple[str, str | None, tuple[str, ...]] | None = None
        self._pending_history: str | None = None
        self.therapy_dock.visibilityChanged.connect(self._dock_shown)
        self.history_dock.visibilityChanged.connect(self._dock_shown)
        self.episode_dock.raise_()
        # After the docks have been laid out once; before that the sizes are not applied.
        QTimer.singleShot(0, self, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        if QSettings().value("main_window/state") is not None:
            return  # the person's own layout was restored
        self.resizeDocks([self.mark_dock], [480], Qt.Orientation.Horizontal)
        # The mark editor scrolls; the tabs below (history charts above all) want the height.
        third = max(240, self.height() // 3)
        self.resizeDocks(
            [self.mark_dock, self.episode_dock], [third, self.height() - third], Qt.Orientation.Vertical
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.from_last_action, self.save_action, self.discard_action, self.delete_episode_action):
            self.file_menu.addAction(action)
        self.file_quit_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_mark_action)
        self.edit_menu.addSeparator()
        for action in self.tool_actions.values():
            self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.map_widget.zoom_in_action, self.map_widget.zoom_out_action, self.map_widget.fit_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.docks_menu = self.view_menu.addMenu(self.tr("&Panels"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.legend_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _create_status_bar(self) -> None:
        self.db_label = QLabel(self._database_text())
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

    def _database_text(self) -> str:
        if self.diary is None:
            return self.tr("Opening your diary…")
        url = self.diary.engine.url
        where = url.database if url.drivername.startswith("sqlite") else url.render_as_string()
        return self.tr("Diary: {where}").format(where=where or self.tr("in memory"))

    def _update_title(self, *_args: object) -> None:
        if self.profile is None or self.document is None:
            self.setWindowTitle("bodymap")
            return
        # the clock time the episode was lived at (no copy of the whole document for a title)
        local = self.document.field("started_at") + timedelta(
            minutes=self.document.field("utc_offset_minutes")
        )
        when = local.strftime("%Y-%m-%d %H:%M")
        self.setWindowTitle(
            self.tr("bodymap — {name} — episode of {when}[*]").format(name=self.profile.name, when=when)
        )
        self.setWindowModified(self.document.is_modified())

    # -- episodes ---------------------------------------------------------------------------

    def maybe_keep_changes(self) -> bool:
        """Ask what to do with unsaved changes.  True: it is fine to go on."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This episode has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_episode()
        if answer == QMessageBox.StandardButton.Discard:
            self.drafts.discard()
            return True
        return False

    @Slot()
    def new_episode(self) -> None:
        if self.maybe_keep_changes():
            self.drafts.discard()
            self.document.new(self.profile.id)
            self.statusBar().showMessage(self.tr("New episode: click the map where it hurts"), 4000)

    @Slot()
    def new_from_last(self) -> None:
        if not self.maybe_keep_changes():
            return
        last = self.diary.latest_episode(self.profile.id or 0)
        if last is None:
            self.statusBar().showMessage(self.tr("There is no earlier episode yet"), 4000)
            return
        from bodymap.map.document import copy_marks_for_new_episode

        self.document.new(self.profile.id, copy_marks_for_new_episode(last.marks))
        self.statusBar().showMessage(
            self.tr("New episode with {n} marks from {when}").format(
                n=len(last.marks), when=last.local_start.strftime("%Y-%m-%d %H:%M")
            ),
            5000,
        )

    @Slot(int)
    def open_episode(self, episode_id: int) -> None:
        if episode_id == self.document.episode_id and not self.document.is_modified():
            return
        if not self.maybe_keep_changes():
            return
        try:
            record = self.diary.get_episode(episode_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the episode"), str(exc))
            return
        self.document.load(record)
        self.statusBar().showMessage(self.tr("Opened the episode of {when}").format(when=record.local_start.strftime("%Y-%m-%d %H:%M")), 4000)

    @Slot()
    def save_episode(self) -> bool:
        marks = self.document.marks()
        if self.document.field("intensity") is None and marks:
            # Overall pain not given (the quick path): the worst mark stands for it, visibly.
            self.document.set_field("intensity", max(m.intensity for m in marks))
        record = self.document.to_record()
        try:
            saved = self.diary.save_episode(record)
        except (ConflictError, NotFoundError) as exc:
            # Changed or deleted elsewhere (another window, the CLI, a restore): never overwrite
            # that, never lose this; keep it as an episode of its own if the person wants.
            answer = QMessageBox.question(
                self,
                self.tr("Changed elsewhere"),
                self.tr("{error}\n\nSave what you have here as a new episode?").format(error=exc),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
            try:
                saved = self.diary.save_episode(as_new_episode(record))
            except StoreError as error:
                return self._not_saved(error)
        except StoreError as exc:
            return self._not_saved(exc)
        except Exception as exc:  # noqa: BLE001 - e.g. "database is locked" by another program
            from sqlalchemy.exc import SQLAlchemyError  # not imported before the first paint

            if not isinstance(exc, SQLAlchemyError):
                raise
            return self._not_saved(exc)
        self.document.mark_saved(saved)
        self.drafts.discard()
        self.episode_list.reload()
        self.statusBar().showMessage(self.tr("Saved"), 3000)
        return True

    def _not_saved(self, error: Exception) -> bool:
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("The episode was not saved; your changes are still here.\n{error}").format(error=error),
        )
        return False

    @Slot()
    def discard_changes(self) -> None:
        if not self.document.is_modified():
            return
        episode_id = self.document.episode_id
        self.drafts.discard()
        try:
            if episode_id is None:
                raise NotFoundError("a new episode")
            self.document.load(self.diary.get_episode(episode_id))
        except NotFoundError:  # new, or deleted elsewhere meanwhile
            self.document.new(self.profile.id)
        self.statusBar().showMessage(self.tr("Changes discarded"), 3000)

    @Slot()
    def delete_episode(self) -> None:
        episode_id = self.document.episode_id
        if episode_id is None:
            self.discard_changes()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete episode"),
            self.tr("Delete this episode and all its marks from the diary? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.diary.delete_episode(episode_id)
        except NotFoundError:
            pass  # already gone (deleted in another window or from the command line)
        self.drafts.discard()
        self.document.new(self.profile.id)
        self.episode_list.reload()
        self.statusBar().showMessage(self.tr("Episode deleted"), 3000)

    @Slot()
    def offer_draft(self) -> None:
        """After a crash: offer the unsaved episode that was being edited."""
        from bodymap.ui.drafts import read_draft

        found = read_draft(self.drafts.path)
        if found is None:
            return
        record, saved_at = found
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved episode found"),
            self.tr(
                "bodymap was closed without saving an episode you were editing "
                "(last change {when}, {n} marks). Restore it?"
            ).format(when=saved_at[:16].replace("T", " "), n=len(record.marks)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.drafts.discard()
            return
        self.restore_draft(record)

    def restore_draft(self, record) -> None:  # noqa: ANN001 - EpisodeRecord
        if record.profile_id != self.profile.id:  # the draft belongs to another person
            person = next((p for p in self.diary.list_profiles() if p.id == record.profile_id), None)
            if person is None:
                record.profile_id = self.profile.id or 0
            else:
                self.switch_profile(person)
        self.document.load(record, unsaved=True)
        self.statusBar().showMessage(
            self.tr("Restored {n} unsaved marks").format(n=len(record.marks)), 5000
        )

    # -- other ------------------------------------------------------------------------------

    @Slot(str)
    def _selection_changed(self, uuid: str) -> None:
        if not (uuid and self.document.has_mark(uuid)):
            return
        mark = self.document.mark(uuid)
        if mark.kind == "referred_area" and mark.regions:
            self.atlas_panel.ask_for_area(mark.regions)
        if mark.regions:
            main_region = max(mark.regions, key=lambda r: mark.regions[r])
            self._follow(therapy=(main_region, mark.muscle_key, tuple(mark.qualities)))

    @Slot()
    def _fill_profile_menu(self) -> None:
        self.profile_menu.clear()
        group = QActionGroup(self.profile_menu)
        for profile in self.diary.list_profiles():
            action = self.profile_menu.addAction(profile.name)
            action.setCheckable(True)
            action.setChecked(profile.id == self.profile.id)
            action.triggered.connect(lambda _c=False, p=profile: self.switch_profile(p))
            group.addAction(action)
        self.profile_menu.addSeparator()
        self.profile_menu.addAction(self.tr("New person…"), self._new_profile)

    def _new_profile(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New person"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        try:
            profile = self.diary.create_profile(name)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("New person"), str(exc))
            return
        self.switch_profile(profile)

    def switch_profile(self, profile: ProfileRecord) -> None:
        """Show another person's diary (after asking about unsaved changes)."""
        if profile.id == self.profile.id or not self.maybe_keep_changes():
            return
        self.drafts.discard()
        self.profile = profile
        pid = profile.id or 0
        self.document.new(pid)
        self.episode_list.profile_id = pid
        self.episode_list.reload()
        self.therapy_panel.profile_id = pid
        self.history_panel.set_profile(pid)
        self.heatmap_panel.set_profile(pid)
        self.report_actions.set_profile(pid)
        self._update_title()
        self.statusBar().showMessage(self.tr("Now showing the diary of {name}").format(name=profile.name), 5000)

    def _before_replace(self) -> bool:
        """Before a backup replaces the diary: settle unsaved work, let queries finish."""
        if not self.maybe_keep_changes():
            return False
        self.history_panel.wait()
        self.heatmap_panel.wait()
        self.drafts.discard()
        self.document.new(self.profile.id)
        return True

    @Slot(int)
    def _use_rated(self, use_id: int) -> None:
        """A therapy of the open episode was rated in the therapies panel: show the rating."""
        uses = self.document.field("therapy_uses")
        if any(u.id == use_id for u in uses) and not self.document.is_modified():
            episode_id = self.document.episode_id
            if episode_id is not None:
                self.document.load(self.diary.get_episode(episode_id))

    @Slot()
    def _data_changed(self) -> None:
        """After an import or a restore: show what the diary now holds."""
        profiles = self.diary.list_profiles()
        if all(p.id != self.profile.id for p in profiles):
            self.profile = self.diary.default_profile()
            self.episode_list.profile_id = self.profile.id or 0
            self.therapy_panel.profile_id = self.profile.id or 0
            self.report_actions.set_profile(self.profile.id or 0)
            self.document.new(self.profile.id)
        self.episode_list.reload()
        self.episode_panel.reload_therapies()
        self.history_panel.set_profile(self.profile.id or 0)
        self.heatmap_panel.set_profile(self.profile.id or 0)
        episode_id = self.document.episode_id
        if episode_id is not None and not self.document.is_modified():
            try:
                self.document.load(self.diary.get_episode(episode_id))
            except StoreError:
                self.document.new(self.profile.id)

    @Slot(str)
    def _show_timed_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    @Slot()
    def _daily_backup(self) -> None:
        from bodymap.store.backup import daily_backup

        path = db_file_of(self.diary) if self.diary is not None else None
        if path is not None:
            try:
                daily_backup(path)
            except OSError as exc:
                self.statusBar().showMessage(self.tr("The daily backup failed: {e}").format(e=exc), 10000)

    @Slot(str, str)
    def _region_picked(self, _view: str, region: str) -> None:
        """The select tool clicked a region: the atlas question, therapies and history follow."""
        self.atlas_panel.add_region(region)
        self._follow(therapy=(region, None, ()), history=region)

    def _follow(
        self,
        therapy: tuple[str, str | None, tuple[str, ...]] | None = None,
        history: str | None = None,
    ) -> None:
        """Point the therapy and history panels at what was just clicked, but only refill a
        panel that is on show, and only after the click has been drawn: a mark must appear
        within a frame, and these panels query the diary."""
        if therapy is not None:
            self._pending_therapy = therapy
        if history is not None:
            self._pending_history = history
        QTimer.singleShot(0, self, self._refresh_followers)

    @Slot(bool)
    def _heatmap_shown(self, visible: bool) -> None:
        """Marking on top of a heat map would be confusing: pointing and picking only."""
        if visible and self.controller is not None:
            self.controller.set_tool(Tool.SELECT)

    @Slot()
    def _episode_shown(self, *_args: object) -> None:
        self.episode_list.show_current(self.document.episode_id)

    @Slot()
    def _show_picked_regions(self) -> None:
        """Outline the regions of the atlas question on the map, so you see what you asked."""
        for item in self._picked_items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._picked_items = []
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(colour)
        fill.setAlphaF(0.18)
        pen = QPen(colour, 2.0, Qt.PenStyle.DashLine)
        for view in self.map_widget.views().values():
            scene = view.body_scene()
            present = set(scene.region_ids())
            for region in self.atlas_panel.picked:
                if region in present:
                    item = QGraphicsPathItem(scene.region_path(region))
                    item.setPen(pen)
                    item.setBrush(fill)
                    item.setZValue(HIGHLIGHT - 1)
                    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                    scene.addItem(item)
                    self._picked_items.append(item)

    @Slot(bool)
    def _dock_shown(self, visible: bool) -> None:
        if visible:
            QTimer.singleShot(0, self, self._refresh_followers)

    @Slot()
    def _refresh_followers(self) -> None:
        if self._pending_therapy is not None and self._panel_on_show(self.therapy_dock):
            self.therapy_panel.show_for(*self._pending_therapy)
            self._pending_therapy = None
        if self._pending_history is not None and self._panel_on_show(self.history_dock):
            self.history_panel.show_region(self._pending_history)
            self._pending_history = None

    @staticmethod
    def _panel_on_show(dock: QDockWidget) -> bool:
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    @Slot(str)
    def _show_hover_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    @Slot()
    def show_legend(self) -> None:
        from bodymap.ui.legend_dialog import LegendDialog

        LegendDialog(self).exec()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About bodymap"),
            self.tr(
                "<h3>bodymap {version}</h3>"
                "<p>A pain diary on a drawing of the body, for people who live with "
                "fibromyalgia, chronic fatigue and myofascial pain, and for their "
                "physiotherapists.</p>"
                "<p>Mark trigger points and the areas they send pain to, keep episodes, "
                "see what helped and print a map to take along.</p>"
                "<p>bodymap records and suggests; it does not diagnose. Talk to your doctor "
                "about new, severe or changing pain.</p>"
                "<p>Your diary stays on this computer: bodymap makes no network "
                "connections.</p>"
            ).format(version=__version__),
        )

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            return
        # First start: most of the screen, because the map wants room.
        screen = self.screen().availableGeometry()
        width = max(900, min(1700, int(screen.width() * 0.94)))
        height = max(640, min(1100, int(screen.height() * 0.92)))
        self.resize(width, height)
        self.move(screen.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.diary is None:
            super().closeEvent(event)
            return
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.drafts.discard()
        self.history_panel.wait()
        self.heatmap_panel.wait()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        super().closeEvent(event)


def as_new_episode(record: EpisodeRecord) -> EpisodeRecord:
    """A copy to save as a new episode: fresh ids for it, its marks and its therapy uses."""
    from bodymap.map.document import copy_marks_for_new_episode
    from bodymap.store.records import new_uuid

    copy = replace(record, id=None, version=0, uuid=new_uuid())
    copy.marks = copy_marks_for_new_episode(record.marks)
    copy.therapy_uses = [replace(u, id=None, uuid=new_uuid(), episode_id=None) for u in record.therapy_uses]
    return copy


def db_file_of(diary: Diary) -> Path | None:
    url = diary.engine.url
    if url.drivername.startswith("sqlite") and url.database and url.database != ":memory:":
        return Path(url.database)
    return None
