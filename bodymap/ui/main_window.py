"""The main window shell: the body map in the middle, the panels in docks beside it.

The window keeps only the shell: actions, menus, the tool bar, the status bar, and the docks
beside the map, through its :class:`~bodymap.ui.dock_host.DockHost` (one dock per panel of the
registry, :mod:`bodymap.ui.panels.registry`, each panel built when first wanted).  The episode
being edited lives in :class:`~bodymap.ui.episode_editor.EpisodeEditor`; the open diary and the
person on show in :class:`~bodymap.ui.context.DiaryContext`, which the panels follow by
themselves; database work runs on :class:`~bodymap.ui.ops.DiaryOps`, one worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QKeySequence,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QWidget,
)

from bodymap import __version__
from bodymap.map.scene import HIGHLIGHT
from bodymap.map.tool_kinds import DEFAULT_TOOL, SENSATION_TOOLS, Tool
from bodymap.map.widget import BodyMapWidget
from bodymap.ui.changes import Changes
from bodymap.ui.dock_host import DockHost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QGraphicsPathItem

    from bodymap.map.document import EpisodeDocument
    from bodymap.map.tools import MarkingController
    from bodymap.map.view import BodyMapView
    from bodymap.store.records import ProfileRecord
    from bodymap.store.service import Diary
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.drafts import DraftKeeper
    from bodymap.ui.episode_editor import EpisodeEditor
    from bodymap.ui.instance import DiaryLock
    from bodymap.ui.ops import DiaryOps

#: How long quitting waits for the database worker (a running query is then left to die).
SHUTDOWN_WAIT_MS = 300
#: The largest available screen (width, height) on which the first window starts maximised.
MAXIMISED_UP_TO = (1920, 1200)
#: After the diary is attached, the panels not on show are built in the background, one per
#: turn of the event loop; this long after attaching, and again while the worker is busy.
BUILD_LATER_MS = 100
#: The pause between two pieces of the panels built in the background.
BUILD_PIECE_MS = 10
#: The pause between two pieces of the first-start welcome (a timer, not a zero wait: pieces
#: of several chains due at once run in the same turn).
WELCOME_PIECE_MS = 15


#: The marking tool the person chose last (QSettings key); the pain brush on first start.
TOOL_SETTING = "marking/tool"
#: File > Discard asks first, unless "Don't ask again" was ticked (QSettings key).
DISCARD_SETTING = "confirm/discard_without_asking"

#: Answers of "the diary file was replaced".
REOPEN = "reopen"
QUIT = "quit"

TOOL_LABELS = {
    Tool.SELECT: ("Select", "Select, move and edit marks (S)", "S"),
    Tool.PAIN_BRUSH: ("Paint pain", "Paint where it hurts (A)", "A"),
    Tool.PAIN_FILL: ("Fill region with pain", "Click a region to fill it: it hurts here (G)", "G"),
    Tool.TRIGGER_POINT: ("Trigger point", "Click to place a trigger point (T)", "T"),
    Tool.REFERRED_BRUSH: ("Paint referred pain", "Paint the area where pain is felt (B)", "B"),
    Tool.REFERRED_FILL: ("Fill region", "Click a region to fill it as referred pain (F)", "F"),
    Tool.ERASER: ("Erase", "Erase part of the selected painted area (E)", "E"),
    Tool.SPASM: ("Spasm", "Click to mark a spasm or tight muscle (P)", "P"),
    Tool.TENDER_POINT: ("Tender point", "Click to mark a fibromyalgia tender point (N)", "N"),
    # the body chart (issue 16): abnormal sensations and the ticks of regions found clear
    Tool.PARAESTHESIA_BRUSH: (
        QT_TRANSLATE_NOOP("MainWindow", "Paint pins and needles"),
        QT_TRANSLATE_NOOP("MainWindow", "Paint where it tingles or prickles (I)"), "I"),
    Tool.PARAESTHESIA_FILL: (
        QT_TRANSLATE_NOOP("MainWindow", "Fill region with pins and needles"),
        QT_TRANSLATE_NOOP("MainWindow", "Click a region to fill it: pins and needles here (Shift+I)"),
        "Shift+I"),
    Tool.NUMBNESS_BRUSH: (
        QT_TRANSLATE_NOOP("MainWindow", "Paint numbness"),
        QT_TRANSLATE_NOOP("MainWindow", "Paint where feeling is less or gone (U)"), "U"),
    Tool.NUMBNESS_FILL: (
        QT_TRANSLATE_NOOP("MainWindow", "Fill region with numbness"),
        QT_TRANSLATE_NOOP("MainWindow", "Click a region to fill it: numb here (Shift+U)"), "Shift+U"),
    Tool.CLEARED: (
        QT_TRANSLATE_NOOP("MainWindow", "Cleared ✓"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Click a region asked about and found clear to tick it; click again to take the "
            "tick away (K)"),
        "K"),
}


class MainWindow(QMainWindow):
    #: Emitted once, when the map has been painted for the first time.
    first_painted = Signal()
    #: Emitted once, when the diary is attached and the worker first idle (the window usable):
    #: what is not on show is prepared after this.
    settled = Signal()
    def __init__(self, diary: Diary | None = None, parent: QWidget | None = None) -> None:
        """The window paints its map first; the diary (database) is attached when it is open.

        Opening the database imports SQLAlchemy and may migrate: :func:`bodymap.app.run_gui`
        does that off the UI thread and calls :meth:`attach_diary`, so the map is on screen
        at once.
        """
        super().__init__(parent)
        self.diary: Diary | None = None
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)
        # The context, the worker, the editor and the panels come with the diary (attach_diary).
        self.context: DiaryContext | None = None
        self.ops: DiaryOps | None = None
        self.editor: EpisodeEditor | None = None
        #: The docks beside the map and their panels, each built when first wanted; the
        #: window lends it its names (``docks``, ``panels``, ``history_panel``...).
        self.dock_host = DockHost(self, lambda: self._closing, self._panel_built)
        self.docks: dict[str, QDockWidget] = self.dock_host.docks
        #: The panels by dock name; one not built yet is built when asked for.
        self.panels: dict[str, QWidget] = self.dock_host.panels
        self._picked_items: list[QGraphicsPathItem] = []
        self._closing = False
        #: The open diary cannot be written here (:meth:`_sync_read_only_banner`): no saving.
        self._read_only = False
        #: The diary's actions are on (:meth:`_set_diary_actions_enabled`); saving also needs
        #: a writable diary.
        self._diary_actions_on = False
        self._settled = False
        self._file_replaced_seen = False
        self._asking_replaced = False
        #: Tests replace this to answer "the diary file was replaced" without a dialog.
        self.ask_replaced: Callable[[], str] = self._ask_replaced
        #: Asks before File > Discard forgets unsaved work (tests answer it themselves).
        self.ask_discard: Callable[[], bool] = self._ask_discard
        #: The lock on the SQLite diary (bodymap.ui.instance), held while the window lives.
        self.diary_lock: DiaryLock | None = None
        #: Show the first-start welcome once the diary is open (set by ``app.start_main_window``;
        #: tests call :meth:`offer_welcome` themselves).
        self.welcome_on_start = False
        #: This window shows the sample diary (bodymap.paths.sample_db_path): title and banner say so.
        self.sample = False
        #: No saved geometry: the program's first window (:meth:`show_at_start` maximises it).
        self.first_start = False
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

    def attach_diary(self, diary: Diary, person: ProfileRecord | None = None) -> None:
        """Build everything that needs the database, once it is open."""
        # Imported here, not at the top: none of this is needed for the first paint.
        from bodymap.ui.context import DiaryContext
        from bodymap.ui.episode_editor import EpisodeEditor
        from bodymap.ui.ops import DiaryOps

        self.diary = diary
        self.context = DiaryContext(diary, person or diary.default_profile(), self)
        self.ops = DiaryOps(self.context, self)
        self.ops.failed.connect(self._job_failed)
        # Before every write, and on activation: is the diary file still the one opened?
        self.ops.watch_file(diary.db_file)
        self.ops.file_replaced.connect(self._file_replaced)
        self.context.person_changed.connect(self._person_changed)
        self.context.changed.connect(self._context_changed)
        self.context.diary_replaced.connect(self._diary_reopened)
        # The close-up views are made later (once the window has settled, or when a mark there
        # needs one): the editor reaches each as it is made.
        self.editor = EpisodeEditor(
            self, self.context, self.ops, self.map_widget.lazy_views(), diary.url)
        self.editor.message.connect(self.statusBar().showMessage)
        self._connect_marking()
        self.editor.controller.region_picked.connect(self._region_picked)
        self.editor.controller.selection_changed.connect(self._selection_changed)
        self._create_docks()

        # The report and data actions (File menu) are made when first needed: the menu about
        # to show, a test or the program asking for them, or in the background once the
        # window is usable (_build_later).  Their modules (the report's above all) are
        # imported meanwhile on the warm-up thread.
        self.file_menu.insertSeparator(self.file_quit_separator)
        self._data_actions_slot = self.file_menu.insertSeparator(self.file_quit_separator)
        self.file_menu.setToolTipsVisible(True)  # why Restore is off on a database server
        self._lazy_parts = {"report_actions": self._build_report_actions,
                            "data_actions": self._build_data_actions}
        self.file_menu.aboutToShow.connect(self._build_file_menu)
        self.profile_menu = QMenu(self.tr("&Person"), self)
        self.profile_menu.setToolTip(self.tr("Whose diary: one person each (a therapist may keep several)"))
        self.file_menu.insertMenu(self.file_quit_separator, self.profile_menu)
        self.profile_menu.aboutToShow.connect(self._fill_profile_menu)
        # While the window stays open for days, keep making the daily backup.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60 * 60 * 1000)
        self.backup_timer.timeout.connect(self._daily_backup)
        self.backup_timer.start()
        self.db_label.setText(self._database_text())
        state = QSettings().value("main_window/state")
        if state is not None:
            self.dock_host.restore(state)
        self._set_diary_actions_enabled(True)
        from bodymap.ui.welcome import is_sample_diary, show_sample_banner

        self.sample = is_sample_diary(diary)
        if self.sample:
            show_sample_banner(self)
        self._connect_everyday()
        self._update_title()
        self.statusBar().showMessage(self.tr("Ready: click the map where it hurts"), 5000)
        self._sync_read_only_banner(diary)
        QTimer.singleShot(0, self, self.offer_draft)
        if self.welcome_on_start and not self.sample:
            # the tool keys come after it
            QTimer.singleShot(WELCOME_PIECE_MS, self, self._offer_welcome_soon)
        else:
            self._set_tool_keys(True)

    @Slot(object)
    def diary_loaded(self, diary: Diary) -> None:
        """The loader opened the diary: attach it; after a first look, it takes the place of
        the stand-in the window attached to (the same file and data: nothing is read again)."""
        from bodymap.store.first_look import OpeningDiary

        if self.context is None:
            self.attach_diary(diary)
            return
        stand_in = self.diary
        if isinstance(stand_in, OpeningDiary) and stand_in.real is diary:
            self.diary = diary
            self.context.diary_opened(diary)
            # the real open decides for itself whether the file is writable (not the first look)
            self._sync_read_only_banner(diary)
            return
        self._go_on_with(diary)

    def _go_on_with(self, diary: Diary) -> None:
        """The open after the first look failed (the person was told, as at any start) and the
        person chose a way on: a good backup put in its place, or another diary.  The window
        goes on with ``diary`` as after a reopen: what was marked meanwhile stays a draft of
        the first diary, and every panel reads again."""
        from bodymap.ui.welcome import is_sample_diary

        self.editor.drafts.hold()
        self.editor.diary_url = diary.url
        self.ops.watch_file(diary.db_file)
        self.sample = is_sample_diary(diary)
        # _diary_reopened: self.diary, the status bar, the read-only banner
        self.context.replace_diary(diary)
        self.ops.write(diary.default_profile, self._showing_person, changes=Changes(people=True))

    def _showing_person(self, person: ProfileRecord) -> None:
        from bodymap.ui.drafts import draft_path_for

        self.context.set_person(person)  # the draft is held: the editor only starts afresh
        self.editor.drafts.path = draft_path_for(self.editor.diary_url, int(person.id or 0))
        self.editor.reopened()  # offers this diary's draft, if any
        self._update_title()

    def _connect_everyday(self) -> None:
        """What keeps the views fresh: another episode opened clears the atlas pattern and the
        "asked about" outlines (they belonged to the last one); the heat map keeps them off its
        colours while it is on show; Enter on the map without a marking tool says how."""
        self.editor.document.reset.connect(self._episode_reset)
        self.map_widget.lazy_views().each_built(self._connect_view_keys)

    def _connect_view_keys(self, view: BodyMapView) -> None:
        view.keyboard_activated.connect(self._map_key_activated)

    @Slot()
    def _episode_reset(self) -> None:
        panel = self.panels.get("atlas_dock")  # not built yet: no question to clear
        if panel is not None:
            panel.start_new_question()  # the pattern and the "asked about" outlines go

    @Slot(str, object)
    def _map_key_activated(self, _view: str, region: object) -> None:
        """Enter (or Space) on the map: only a marking tool places anything; say so."""
        from bodymap.map.tool_kinds import FILL_TOOLS, POINT_TOOLS

        tool = self.editor.controller.tool if self.editor is not None else Tool.SELECT
        if tool in POINT_TOOLS or tool in FILL_TOOLS:
            return
        if tool is Tool.SELECT:
            text = self.tr("Enter picks a region to ask about; to mark it with the keys, choose "
                           "Trigger point (T), Spasm (P), Tender point (N) or a Fill tool (G, F)")
        else:
            text = self.tr("The brush paints with the mouse; to mark a region with the keys, "
                           "choose Fill region with pain (G) and press Enter")
        self.statusBar().showMessage(text, 8000)

    @Slot()
    def _offer_welcome_soon(self) -> None:
        """At start: the welcome's modules and pictures a piece per turn, then the welcome
        (the window keeps answering; the dialog appears whole)."""
        from bodymap.ui.welcome import prepare_step, welcome_seen

        if self._closing:
            return  # no welcome on a window going away
        if self.context is not None and not welcome_seen() and prepare_step():
            QTimer.singleShot(WELCOME_PIECE_MS, self, self._offer_welcome_soon)
            return
        self.offer_welcome()

    @Slot()
    def offer_welcome(self, force: bool = False) -> None:
        """The first-start welcome (once, remembered in QSettings), or again from Help."""
        from bodymap.ui.welcome import WelcomeDialog, welcome_seen

        if self._closing:
            return  # not even from Help: the window is going away
        if self.context is None or (welcome_seen() and not force):
            if self.context is not None:
                self._set_tool_keys(True)
            return
        self.welcome = WelcomeDialog(self.context, self.ops, self)
        self.welcome.show_symbols.connect(self.show_legend)
        self.welcome.name_saved.connect(self._update_title)
        self.welcome.finished.connect(lambda _result: self._set_tool_keys(True))
        self.welcome.open()

    def _set_tool_keys(self, on: bool) -> None:
        """The one-letter keys of the marking tools (A, T, ...) work once the diary is open and
        the first-start welcome is done: letters typed before (a name meant for the welcome
        that had not appeared yet, on a slow start) must not change the tool."""
        for tool, action in self.tool_actions.items():
            action.setShortcut(QKeySequence(TOOL_LABELS[tool][2]) if on else QKeySequence())

    def _show_read_only_banner(self) -> None:
        """A diary on read-only media (or not ours to write): look, but nothing can be saved."""
        banner = QLabel(
            self.tr(
                "This diary is read-only here: you can look at everything, but nothing can be "
                "saved. Copy the file to a folder you can write to, or ask for write access."
            )
        )
        banner.setObjectName("read_only_banner")
        banner.setWordWrap(False)  # one line: wrapped inside a tool bar it grows far too tall
        banner.setMargin(4)
        banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        banner.setAutoFillBackground(True)
        palette = banner.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        banner.setPalette(palette)
        bar = QToolBar(self.tr("Read-only diary"), self)
        bar.setObjectName("read_only_bar")
        bar.setMovable(False)
        bar.addWidget(banner)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.read_only_banner = banner
        self.read_only_bar = bar

    def _hide_read_only_banner(self) -> None:
        """A writable diary took the place of a read-only one: saving is possible again."""
        bar = getattr(self, "read_only_bar", None)
        if bar is None:
            return
        self.removeToolBarBreak(bar)
        self.removeToolBar(bar)
        bar.deleteLater()
        self.read_only_bar = self.read_only_banner = None

    def _sync_read_only_banner(self, diary: Diary) -> None:
        """The banner and the saving actions for ``diary``, on every diary the window takes
        (attached, the real one in place of a first look's stand-in, another one chosen, a
        reopen or a restore): whether the file can be written here may differ each time."""
        self._read_only = bool(getattr(diary, "read_only", False))
        if self._read_only and getattr(self, "read_only_bar", None) is None:
            self._show_read_only_banner()
        elif not self._read_only:
            self._hide_read_only_banner()
        self._enable_saving()

    def _enable_saving(self) -> None:
        """Save and Delete: on with the diary's actions, but never on a read-only diary."""
        for action in (self.save_action, self.delete_episode_action):
            action.setEnabled(self._diary_actions_on and not self._read_only)

    @Slot(str)
    def show_warning(self, text: str) -> None:
        """Something went wrong that does not stop the work (a daily backup on a full disk)."""
        self.statusBar().showMessage(text, 15000)

    # -- what the rest of the program and the tests reach through the window ---------------

    @property
    def profile(self) -> ProfileRecord | None:
        return self.context.person if self.context is not None else None

    @property
    def document(self) -> EpisodeDocument | None:
        return self.editor.document if self.editor is not None else None

    @property
    def controller(self) -> MarkingController | None:
        return self.editor.controller if self.editor is not None else None

    @property
    def drafts(self) -> DraftKeeper | None:
        return self.editor.drafts if self.editor is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._first_paint_watch and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # after this paint has reached the screen
            QTimer.singleShot(0, self, self.first_painted.emit)
        return False

    def _set_diary_actions_enabled(self, enabled: bool) -> None:
        self._diary_actions_on = enabled
        for action in (self.new_action, self.from_last_action, self.discard_action):
            action.setEnabled(enabled)
        self._enable_saving()  # a read-only diary keeps them off

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
        self.about_qt_action = self._action(self.tr("About &Qt"), self._about_qt)

        self.tool_actions: dict[Tool, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for tool, (label, tip, _key) in TOOL_LABELS.items():
            action = QAction(self.tr(label), self)
            action.setCheckable(True)
            # The key (``key``) is given once the diary is open: _set_tool_keys.
            action.setToolTip(self.tr(tip))
            action.setStatusTip(self.tr(tip))
            action.setData(tool.value)
            action.triggered.connect(lambda _c=False, t=tool: self._set_tool(t))
            group.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[remembered_tool()].setChecked(True)

    def _set_tool(self, tool: Tool) -> None:
        QSettings().setValue(TOOL_SETTING, tool.value)  # the person's choice, for next time
        if self.editor is not None:
            self.editor.controller.set_tool(tool)

    def _connect_marking(self) -> None:
        """Wire the actions to the episode model and the marking controller."""
        assert self.editor is not None
        document, controller = self.editor.document, self.editor.controller
        stack = document.undo_stack
        # Bound methods, not lambdas: Qt drops the connections when the window goes away.
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.delete_mark_action.setEnabled(True)
        self.delete_mark_action.triggered.connect(controller.delete_selected)
        checked = next(t for t, a in self.tool_actions.items() if a.isChecked())
        controller.set_tool(checked)
        controller.tool_changed.connect(self._tool_changed)
        controller.message.connect(self._show_timed_message)
        controller.brush_size = float(self.brush_size.value())
        self.brush_size.valueChanged.connect(self._brush_size_changed)
        document.modified_changed.connect(self._update_title)
        document.fields_changed.connect(self._update_title)

    @Slot(str)
    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo"))

    @Slot(str)
    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo"))

    @Slot(str)
    def _tool_changed(self, value: str) -> None:
        self.tool_actions[Tool(value)].setChecked(True)
        if Tool(value) in SENSATION_TOOLS:
            self._last_sensation = Tool(value)
        self._show_sensation(self._last_sensation, Tool(value) in SENSATION_TOOLS)

    @Slot(int)
    def _brush_size_changed(self, value: int) -> None:
        if self.editor is not None:
            self.editor.controller.brush_size = float(value)

    def _create_tool_bar(self) -> None:
        bar = QToolBar(self.tr("Marking tools"), self)
        bar.setObjectName("marking_tools")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_action)
        bar.addAction(self.save_action)
        bar.addSeparator()
        for tool, action in self.tool_actions.items():
            if tool is Tool.CLEARED:
                bar.addAction(self._sensation_action())
                from PySide6.QtWidgets import QToolButton

                group_button = bar.widgetForAction(self.sensation_action)
                if isinstance(group_button, QToolButton):
                    group_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            if tool not in SENSATION_TOOLS:
                bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Brush ")))
        self.brush_size = QSpinBox()
        self.brush_size.setRange(4, 120)
        self.brush_size.setValue(12)
        self.brush_size.setSuffix(self.tr(" units"))
        self.brush_size.setToolTip(self.tr("Brush size for painting pain and referred pain"))
        bar.addWidget(self.brush_size)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.tool_bar = bar
        self._decorate_tool_bar()

    #: Tool bar icons (assets/icons/NAME.svg) by tool value or action; and the buttons that
    #: keep their words however narrow the window is (the rest show only the icon when the
    #: tool bar would not fit, with the words in the tool tip).
    TOOL_ICONS = {"select": "select", "pain_brush": "pain_brush", "pain_fill": "pain_fill",
                  "trigger_point": "trigger_point", "referred_brush": "referred_brush",
                  "referred_fill": "referred_fill", "eraser": "eraser", "spasm": "spasm",
                  "tender_point": "tender_point", "cleared": "cleared",
                  "sensation_tools": "sensation"}
    WORDED_TOOLS = ("select", "pain_brush", "trigger_point")

    def _decorate_tool_bar(self) -> None:
        """Our own icon set, text beside the icon where it helps; Undo and Redo keep one
        width whatever they would undo, so the tool bar never jumps."""
        bar = self.tool_bar
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._recolour_icons()
        self._secondary_buttons = []
        for action in bar.actions():
            if action.isSeparator():
                continue  # not a button; and see _fit_tool_bar on separators' widgets
            button = bar.widgetForAction(action)
            if button is not None and action.data() and str(action.data()) not in self.WORDED_TOOLS:
                self._secondary_buttons.append(button)
            elif button is not None and action.menu() is not None:
                self._secondary_buttons.append(button)  # a group of tools behind one button
        for action, text in ((self.undo_action, self.tr("Undo")), (self.redo_action, self.tr("Redo"))):
            action.setIconText(text)  # the menu says "Undo Add mark"; the button stays "Undo"
        # When the words do not all fit: first the less used tools show only their icon, then
        # New, Save, Undo, Redo and Trigger point; Select and Paint pain always keep theirs.
        self._spare_buttons = [bar.widgetForAction(a) for a in (
            self.new_action, self.save_action, self.undo_action, self.redo_action,
            self.tool_actions[Tool.TRIGGER_POINT])]
        self._tool_bar_fitted_for = -1
        # fitted to the window's width by the resize event that comes before the first show

    def _fit_tool_bar(self) -> None:
        """Icons only for some buttons when all the words would not fit the window; Undo and
        Redo keep one width whatever they would undo, so the tool bar never jumps."""
        bar = getattr(self, "tool_bar", None)
        if bar is None or not hasattr(self, "_spare_buttons"):
            return
        width = self.width()
        if width == self._tool_bar_fitted_for:
            return
        self._tool_bar_fitted_for = width
        every = [b for b in (*self._secondary_buttons, *self._spare_buttons) if b is not None]
        for button in every:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # A separator is as wide as the style says (what its widget's sizeHint returns);
        # asked for through its widget, Qt's private separator class would have PySide create
        # the Python types of every QtWidgets class (about 70 enum types, 8 ms before the
        # first paint).
        visible = [a for a in bar.actions() if a.isVisible()]
        separators = sum(1 for a in visible if a.isSeparator())
        widgets = [bar.widgetForAction(a) for a in visible if not a.isSeparator()]
        shown = [w for w in widgets if w is not None]
        spacing = max(0, bar.layout().spacing())
        margins = bar.contentsMargins().left() + bar.contentsMargins().right()
        style = bar.style()
        handle = style.pixelMetric(style.PixelMetric.PM_ToolBarHandleExtent)
        separator = self._tool_bar_separator_width()
        widths = {id(w): w.sizeHint().width() for w in shown}
        fixed = (spacing * (len(shown) + separators) + margins + handle
                 + separator * separators)

        # one at a time, the rightmost of the less used tools first (only the button changed
        # is measured again)
        for button in [*reversed(self._secondary_buttons), *self._spare_buttons]:
            if sum(widths.values()) + fixed <= width - 16:
                break
            if button is not None:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                if id(button) in widths:
                    widths[id(button)] = button.sizeHint().width()
        for action in (self.undo_action, self.redo_action):
            button = bar.widgetForAction(action)
            if button is not None:
                button.setMinimumWidth(0)
                button.setMaximumWidth(16777215)
                button.setFixedWidth(button.sizeHint().width())

    def _tool_bar_separator_width(self) -> int:
        """The width of a tool bar separator, as its widget (QToolBarSeparator) measures it."""
        style = self.tool_bar.style()
        return style.pixelMetric(style.PixelMetric.PM_ToolBarSeparatorExtent, None, self.tool_bar)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_tool_bar()

    def _recolour_icons(self) -> None:
        from bodymap.ui.palette import themed_icon

        named = {self.new_action: "new", self.save_action: "save",
                 self.undo_action: "undo", self.redo_action: "redo"}
        for action in self.tool_bar.actions():
            name = named.get(action) or self.TOOL_ICONS.get(str(action.data() or ""))
            if name is None and action.menu() is not None:
                name = "sensation"  # a tool group (pins and needles, numbness)
            if name is not None:
                action.setIcon(themed_icon(name, self.palette()))

    def _sensation_action(self) -> QAction:
        """Pins and needles and numbness (paint or fill) share one tool-bar button: its menu
        holds the four tools, a click on the button takes the one used last (the tool bar has
        no room for four more)."""
        action = QAction(self.tr("Pins and needles, numbness"), self)
        action.setData("sensation_tools")  # not a Tool: the group (its icon: "sensation")
        action.setCheckable(True)
        menu = QMenu(self)
        for tool in SENSATION_TOOLS:
            menu.addAction(self.tool_actions[tool])
        action.setMenu(menu)
        current = remembered_tool()
        self._last_sensation = current if current in SENSATION_TOOLS else SENSATION_TOOLS[0]
        self._show_sensation(self._last_sensation, current in SENSATION_TOOLS)
        action.triggered.connect(lambda _c=False: self.tool_actions[self._last_sensation].trigger())
        self.sensation_action = action
        return action

    def _show_sensation(self, tool: Tool, active: bool) -> None:
        """The group button names the sensation tool a click on it takes, checked while one of
        the four is the tool in use."""
        action = getattr(self, "sensation_action", None)
        if action is None:
            return
        label, tip, _key = TOOL_LABELS[tool]
        action.setText(self.tr(label))
        action.setToolTip(self.tr("{tool}; the arrow offers pins and needles or numbness, painted "
                                  "or a whole region filled").format(tool=self.tr(tip)))
        action.setChecked(active)

    def _create_docks(self) -> None:
        """The docks beside the map (:class:`bodymap.ui.dock_host.DockHost`); the panels not
        built with them are built in the background once the window is usable."""
        self.dock_host.create(self.docks_menu)
        QTimer.singleShot(BUILD_LATER_MS, self, self._build_later)

    def _panel_built(self, name: str, panel: QWidget) -> None:
        """What ties a panel to the others, once both ends exist."""
        if name == "therapy_dock":
            # The atlas raises the same warning signs as the therapies, with what the person
            # ticked there ("Anything else today?") and their age.
            panel.facts_changed.connect(self._warning_facts_changed)
        if name in ("therapy_dock", "atlas_dock"):
            self._warning_facts_changed(self._warning_facts())

    def _warning_facts(self) -> tuple[str, ...]:
        therapy = self.panels.get("therapy_dock")
        return tuple(sorted(therapy.facts)) if therapy is not None else ()

    def _build_later(self) -> None:
        """Build the panels not built yet, a piece per turn (a few milliseconds each, with a
        pause of :data:`BUILD_PIECE_MS` between them: the window keeps answering), while the
        diary worker is idle."""
        if self._closing or self.ops is None:
            return
        if self.ops.pending():
            QTimer.singleShot(BUILD_LATER_MS, self, self._build_later)
            return
        if not self._settled:
            self._settled = True
            from bodymap import collector

            collector.freeze()  # the window's modules and widgets: out of the collector's passes
            collector.end_start_up()  # and the collector on again (paused since the start)
            self.settled.emit()
        from bodymap import app

        if getattr(app.warm_up_imports, "started", False) and not app.window_modules_ready.is_set():
            # the warm-up thread is importing their modules: build them once it has
            QTimer.singleShot(BUILD_LATER_MS // 2, self, self._build_later)
            return
        parts = self.__dict__.get("_lazy_parts") or {}
        mark_panel = self.panels.get("mark_dock")  # (.get builds nothing)
        if mark_panel is not None and mark_panel.build_editor():  # type: ignore[attr-defined]
            # the selected mark's editor was made: first, since the first mark placed shows it
            QTimer.singleShot(BUILD_PIECE_MS, self, self._build_later)
            return
        if parts:
            getattr(self, next(iter(parts)))  # the File menu's actions (and their shortcuts)
        else:
            name = self.dock_host.next_unbuilt()
            if name is None:
                return
            self.dock_host.build_piece(name)
        # A timer, not a zero wait: a chain of zero waits can keep the event loop from its
        # timers and input between the pieces.
        QTimer.singleShot(BUILD_PIECE_MS, self, self._build_later)

    def __getattr__(self, name: str) -> object:
        # Only reached for an attribute not found: a panel not built yet, or the report and
        # data actions, are built on access.
        host = self.__dict__.get("dock_host")
        if host is not None and name in host.dock_of:
            return self.panels[host.dock_of[name]]
        parts = self.__dict__.get("_lazy_parts")
        if parts and name in parts:
            return parts.pop(name)()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build_report_actions(self):  # noqa: ANN202 - ReportActions, imported here
        from bodymap.ui.report_actions import ReportActions

        actions = ReportActions(
            self.context, self.ops, self,
            lambda: self.editor.document.episode_id if self.editor else None,
        )
        self.report_actions = actions
        actions.pdf_written.connect(
            lambda path: self._show_timed_message(self.tr("PDF written: {path}").format(path=path))
        )
        for action in actions.actions():
            self.file_menu.insertAction(self._data_actions_slot, action)
        return actions

    def _build_data_actions(self):  # noqa: ANN202 - DataActions, imported here
        from bodymap.ui.data_actions import DataActions

        # Imports and restores tell the context (Changes(everything=True)): the panels, the
        # editor and the people follow by themselves.
        actions = DataActions(self.context, self.ops, self)
        self.data_actions = actions
        actions.before_replace = self._before_replace
        actions.message.connect(self._show_timed_message)
        for action in actions.actions():
            self.file_menu.insertAction(self.profile_menu.menuAction(), action)
        return actions

    @Slot()
    def _build_file_menu(self) -> None:
        """The File menu about to show: its report and data actions, if not made yet."""
        for name in ("report_actions", "data_actions"):
            getattr(self, name)

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
        self.edit_menu.addSeparator()
        self.preferences_action = self.edit_menu.addAction(
            self.tr("Pr&eferences…"), self.show_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.map_widget.zoom_in_action, self.map_widget.zoom_out_action, self.map_widget.fit_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.docks_menu = self.view_menu.addMenu(self.tr("&Panels"))
        self._create_appearance_menu()
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.legend_action)
        self.welcome_action = self.help_menu.addAction(
            self.tr("&Welcome…"), lambda: self.offer_welcome(force=True))
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _create_appearance_menu(self) -> None:
        """View > Appearance: follow the system's light or dark scheme, or force one."""
        from bodymap.ui.palette import chosen_scheme

        menu = self.view_menu.addMenu(self.tr("&Appearance"))
        group = QActionGroup(menu)
        self.scheme_actions: dict[str, QAction] = {}
        for scheme, text in (("system", self.tr("Like the &system")),
                             ("light", self.tr("&Light")), ("dark", self.tr("&Dark"))):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(scheme == chosen_scheme())
            action.triggered.connect(lambda _c=False, s=scheme: self.set_scheme(s))
            group.addAction(action)
            self.scheme_actions[scheme] = action

    def set_scheme(self, scheme: str) -> None:
        from PySide6.QtWidgets import QApplication

        from bodymap.ui import palette

        app = QApplication.instance()
        if isinstance(app, QApplication):
            palette.install(app).apply(scheme)

    def _create_status_bar(self) -> None:
        self.db_label = QLabel(self._database_text())
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

    def _database_text(self) -> str:
        if self.diary is None:
            return self.tr("Opening your diary…")
        if self.diary.db_file is None and not self.diary.on_server:
            return self.tr("Diary: {where}").format(where=self.tr("in memory"))
        # 'database "practice" on db.example.org' on a server: a person's words, no password
        return self.tr("Diary: {where}").format(where=self.diary.describe())

    def _update_title(self, *_args: object) -> None:
        if self.editor is None or self.context is None:
            self.setWindowTitle("bodymap")
            return
        document = self.editor.document
        # "Diary name — bodymap": the platform adds nothing more, the title already ends in
        # the application's name.  The episode's time is in the Episode panel.
        name = self.context.person.name
        if self.sample:
            title = self.tr("Sample data: {name}[*] — bodymap").format(name=name)
        else:
            title = self.tr("{name}[*] — bodymap").format(name=name)
        self.setWindowTitle(title)
        self.setWindowModified(document.is_modified())

    # -- episodes: the editor does the work ------------------------------------------------

    @Slot()
    def new_episode(self) -> None:
        self.editor.new_episode()

    @Slot()
    def new_from_last(self) -> None:
        self.editor.new_from_last()

    @Slot(int)
    def open_episode(self, episode_id: int) -> None:
        self.editor.open_episode(episode_id)

    @Slot()
    def save_episode(self) -> bool:
        """Start saving; the episode is in the diary when ``editor.saved`` fires.

        A "When" that was typed but refused is never saved as the old time: the save waits,
        and the field says why (issue 17: no silent change of a typed date)."""
        episode_panel = self.panels.get("episode_dock")
        when = getattr(episode_panel, "when", None)
        if when is not None and not when.commit():
            self.statusBar().showMessage(
                self.tr("Not saved: the date and time in \"When\" are not valid. %1").replace(
                    "%1", when.problem()), 10000)
            when.setFocus()
            return False
        return self.editor.save()

    @Slot()
    def discard_changes(self) -> None:
        """File > Discard: asks first (unless told not to ask again), then forgets the changes."""
        if self.editor is None or not self.editor.document.is_modified():
            return
        if QSettings().value(DISCARD_SETTING, False, type=bool) or self.ask_discard():
            self.editor.discard_changes()

    def _ask_discard(self) -> bool:
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard changes"))
        box.setText(self.tr("Forget the changes made to this episode since it was last saved?"))
        box.setInformativeText(self.tr("The marks and fields go back to how they were saved. "
                                       "This cannot be undone."))
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        again = QCheckBox(self.tr("Don't ask again"))
        box.setCheckBox(again)
        box.exec()
        yes = box.clickedButton() is discard
        if yes and again.isChecked():
            QSettings().setValue(DISCARD_SETTING, True)
        return yes

    @Slot()
    def delete_episode(self) -> None:
        self.editor.delete_episode()

    @Slot()
    def offer_draft(self) -> None:
        self.editor.offer_draft()

    # -- other ------------------------------------------------------------------------------

    @Slot(str)
    def _selection_changed(self, uuid: str) -> None:
        document = self.editor.document
        if not (uuid and document.has_mark(uuid)):
            return
        mark = document.mark(uuid)
        if mark.kind == "referred_area" and mark.regions:
            self.atlas_panel.ask_for_area(mark.regions)
        if mark.regions:
            main_region = max(mark.regions, key=lambda r: mark.regions[r])
            self._follow(therapy=(main_region, mark.muscle_key, tuple(mark.qualities)))

    # -- people ---------------------------------------------------------------------------

    @Slot()
    def _fill_profile_menu(self) -> None:
        """Read the people each time the menu opens: one added on another machine is there."""
        self.profile_menu.clear()
        group = QActionGroup(self.profile_menu)
        for profile in self.diary.list_profiles():
            action = self.profile_menu.addAction(profile.name)
            action.setCheckable(True)
            action.setChecked(profile.id == self.context.person_id)
            action.triggered.connect(lambda _c=False, p=profile: self.switch_profile(p))
            group.addAction(action)
        self.profile_menu.addSeparator()
        self.profile_menu.addAction(self.tr("Rename…"), self.rename_person)
        self.profile_menu.addAction(self.tr("Details…"), self._person_details)
        self.profile_menu.addAction(self.tr("New person…"), self._new_profile)
        self.profile_menu.addSeparator()
        self.profile_menu.addAction(self.tr("Remove this person…"), self.remove_person)

    def person_actions(self):  # noqa: ANN201 - PersonActions, imported when first used
        """Rename and remove (bodymap.ui.person_dialog), made on first use."""
        if getattr(self, "_person_actions", None) is None:
            from bodymap.ui.person_dialog import PersonActions

            actions = PersonActions(self.context, self.ops, self, self._switch_now)
            actions.message.connect(self._show_timed_message)
            actions.renamed.connect(self._update_title)
            self._person_actions = actions
        return self._person_actions

    def rename_person(self) -> None:
        """Person → Rename…: a new name for the person on show."""
        self.person_actions().rename()

    def remove_person(self) -> None:
        """Person → Remove this person…: asks (naming them and their episodes), backs up, removes."""
        self.person_actions().remove()

    def _person_details(self) -> None:
        """Person → Details…: year of birth and conditions (bodymap.ui.person_dialog)."""
        from bodymap.ui.person_dialog import open_person_details

        self.person_dialog = open_person_details(self.context, self.ops, self)

    def _new_profile(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        name, ok = QInputDialog.getText(self, self.tr("New person"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        diary = self.diary
        self.editor.settle(lambda: self.ops.write(
            lambda: diary.create_profile(name),
            self._switch_now,
            on_error=lambda message: QMessageBox.warning(self, self.tr("New person"), message),
            changes=Changes(people=True),
        ))

    def switch_profile(self, profile: ProfileRecord) -> None:
        """Show another person's diary (after asking about unsaved changes): every panel and
        the editor follow the context by themselves."""
        if profile.id == self.context.person_id:
            return
        self.editor.settle(lambda: self._switch_now(profile))

    def _switch_now(self, profile: ProfileRecord) -> None:
        self.editor.drafts.discard()
        self.context.set_person(profile)

    @Slot(tuple)
    def _warning_facts_changed(self, facts: tuple[str, ...]) -> None:
        from bodymap.suggest import age_of

        atlas = self.panels.get("atlas_dock")
        if atlas is None:
            return  # the atlas takes them when it is built
        person = self.context.person if self.context is not None else None
        atlas.set_warning_facts(facts, age_of(person))

    def _person_changed(self, profile: ProfileRecord) -> None:
        self._warning_facts_changed(self._warning_facts())
        self._update_title()
        self.statusBar().showMessage(self.tr("Now showing the diary of {name}").format(name=profile.name), 5000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "tool_bar"):
            self._recolour_icons()  # light or dark: the icons' ink follows
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.ops is not None:
            if self.check_diary_file():
                return  # replaced under the window: nothing is read or written until reopened
            # Back to bodymap: people may have been added or removed on another machine.
            diary, context = self.diary, self.context
            switches = context.switches
            self.ops.query(diary.list_profiles, lambda people: context.people_seen(people, switches), key="people")

    # -- the whole diary changed ----------------------------------------------------------

    def _before_replace(self, go_on: Callable[[], None]) -> None:
        """Before a backup replaces the diary: settle unsaved work (maybe a save, which lands
        first), start afresh, then go on (data actions then wait for the worker to be idle)."""

        def settled() -> None:
            self.editor.drafts.discard()
            self.editor.document.new(self.context.person_id)
            go_on()

        self.editor.settle(settled)

    def _context_changed(self, changes: Changes) -> None:
        """After an import or a restore the people may be others: read them again."""
        if not changes.everything:
            return
        diary, context = self.diary, self.context
        switches = context.switches
        self.ops.query(diary.list_profiles, lambda people: context.people_seen(people, switches),
                       key="people")

    def _diary_reopened(self, diary: Diary) -> None:
        self.diary = diary
        self.db_label.setText(self._database_text())
        self._sync_read_only_banner(diary)

    # -- the diary file replaced under the window (a restore from the command line…) -------

    def check_diary_file(self) -> bool:
        """True (and the person told, once) if another program replaced the diary file."""
        if self.ops is None or self._file_replaced_seen or not self.ops.file_was_replaced():
            return self._file_replaced_seen
        self._file_replaced()
        return True

    @Slot()
    def _file_replaced(self) -> None:
        """Stop saving into the replaced file, keep the work as a draft, and ask: Reopen / Quit."""
        self._file_replaced_seen = True
        self.editor.drafts.hold()
        if self._asking_replaced:
            return
        self._asking_replaced = True
        try:
            answer = self.ask_replaced()
        finally:
            self._asking_replaced = False
        if answer == REOPEN:
            self.reopen_diary()
        elif answer == QUIT:
            self._close_now()

    def _ask_replaced(self) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The diary file was replaced"))
        box.setText(self.tr(
            "The diary file was replaced by another program (for example a restore). Your "
            "unsaved episode is kept as a draft. Reopen the diary to continue."))
        reopen = box.addButton(self.tr("Reopen"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reopen)
        box.exec()
        clicked = box.clickedButton()
        return REOPEN if clicked is reopen else QUIT if clicked is quit_button else ""

    def reopen_diary(self) -> None:
        """Open the diary again from its path, as at start-up (a new ``Diary.open``: checked and
        upgraded), after the old engine let go of the replaced file; then offer the draft."""
        from PySide6.QtWidgets import QMessageBox

        old = self.diary
        url = old.url
        from bodymap.store.service import Diary

        def job() -> tuple[Diary, list[ProfileRecord]]:
            old.engine.dispose()
            diary = Diary.open(url)
            return diary, diary.list_profiles()

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("The diary cannot be reopened"), message)

        self.ops.write(job, self._reopened, on_error=failed, replaces_file=True)

    def _reopened(self, result: tuple[Diary, list[ProfileRecord]]) -> None:
        diary, people = result
        old = self.diary
        self._file_replaced_seen = False
        self.context.replace_diary(diary)  # every panel reads again, from the new file
        self.context.people_seen(people, self.context.switches)
        if old is not None and old is not diary:
            old.close()
        self.editor.reopened()  # starts afresh and offers the draft
        self.statusBar().showMessage(self.tr("The diary was opened again"), 6000)

    @Slot(str, bool)
    def _job_failed(self, message: str, write: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        if write:
            QMessageBox.warning(self, self.tr("Not saved"), message)
        else:
            self.statusBar().showMessage(message, 10000)

    @Slot(str)
    def _show_timed_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    @Slot()
    def _daily_backup(self) -> None:
        path = diary_file(self.diary) if self.diary is not None else None
        if path is None:
            return
        from bodymap.store.backup import daily_backup

        def failed(message: str) -> None:
            self.statusBar().showMessage(self.tr("The daily backup failed: {e}").format(e=message), 10000)

        self.ops.write(lambda: daily_backup(path), None, on_error=failed)

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
        """Point the therapy and history panels at what was just clicked.  Each reads only if it
        is on show (else when it comes on show), and only after the click has been drawn: a mark
        must appear within a frame, and these panels query the diary."""

        def follow() -> None:
            if therapy is not None:
                self.therapy_panel.point_at(*therapy)
            if history is not None:
                self.history_panel.point_at(history)

        QTimer.singleShot(0, self, follow)

    @Slot(bool)
    def heatmap_shown(self, visible: bool) -> None:
        """The heat map colours the regions: the atlas pattern and the "asked about" outlines
        would tint them, so they step aside while it is on show.  The tool stays the person's."""
        overlay = getattr(self, "atlas_overlay", None)
        for item in [*(overlay.items if overlay is not None else []), *self._picked_items]:
            item.setVisible(not visible)
        self._heatmap_visible = visible

    @Slot()
    def show_picked_regions(self) -> None:
        """Outline the regions of the atlas question on the map, so you see what you asked."""
        from PySide6.QtWidgets import QGraphicsPathItem

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
                    item.setVisible(not getattr(self, "_heatmap_visible", False))
                    scene.addItem(item)
                    self._picked_items.append(item)

    @Slot()
    def bring_forward(self) -> None:
        """Another bodymap was started on this diary: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

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
    def show_preferences(self) -> None:
        """Edit > Preferences (the language, applied at the next start)."""
        from bodymap.ui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self).exec()

    @Slot()
    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self)

    @Slot()
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
        # First start: the map wants room; most of the screen, all of a small one, and
        # maximised when the program starts (show_at_start).
        self.first_start = True
        screen = self.screen().availableGeometry()
        width = max(900, min(1700, int(screen.width() * 0.94)))
        height = max(640, min(1100, int(screen.height() * 0.92)))
        if screen.width() < 1500 or screen.height() < 900:
            width, height = screen.width(), screen.height()
        self.resize(min(width, screen.width()), min(height, screen.height()))
        self.move(screen.center() - self.rect().center())

    def show_at_start(self) -> None:
        """Show the window as the program starts.  The first time (no saved geometry), on a
        laptop or an ordinary desktop screen (up to :data:`MAXIMISED_UP_TO`), maximised, as
        drawing programs start; un-maximised it is the large window in the middle that
        :meth:`_restore_geometry` made.  Afterwards, as the person left it (saved geometry,
        maximised or not)."""
        screen = self.screen().availableGeometry()
        if self.first_start and screen.width() <= MAXIMISED_UP_TO[0] \
                and screen.height() <= MAXIMISED_UP_TO[1]:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.editor is None or self._closing:
            # Closed before the diary was attached, or the second close of _close_now: from
            # here on nothing new opens on this window (the welcome, a panel built later).
            self._closing = True
            super().closeEvent(event)
            return
        if self._file_replaced_seen or (self.ops is not None and self.ops.file_was_replaced()):
            # Nothing can be saved into a replaced file: the work stays in its draft.
            self.editor.drafts.hold()
            self._close_now(event)
            return
        if self.editor.document.is_modified():
            # Ask (and maybe save) first; the window closes once that is done.
            event.ignore()
            self.editor.settle(self._close_now)
            return
        self._close_now(event)

    def close_keeping_draft(self) -> None:
        """Close as the close button does, but without asking: unsaved changes stay in their
        draft, offered at the next start (SIGTERM / SIGINT, :mod:`bodymap.ui.shutdown`)."""
        if self.editor is None or self._closing:
            self.close()
            return
        if self.editor.document.is_modified():
            self.editor.drafts.hold()
        self._close_now()

    def _close_now(self, event: QCloseEvent | None = None) -> None:
        self.editor.drafts.discard()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        self.ops.shutdown(SHUTDOWN_WAIT_MS)
        # Closing for good, whichever way: a welcome or a panel still on its way in turns
        # (_offer_welcome_soon, DockHost._build_unless_closing) must not open on a hidden window.
        self._closing = True
        if event is None:
            self.close()  # settled: the close asked for before the save goes through
        else:
            super().closeEvent(event)


def remembered_tool() -> Tool:
    """The tool chosen last time, else the pain brush (no trigger points needed for it)."""
    value = QSettings().value(TOOL_SETTING)
    try:
        return Tool(str(value)) if value else DEFAULT_TOOL
    except ValueError:
        return DEFAULT_TOOL


def diary_file(diary: Diary) -> Path | None:
    """The SQLite file of the diary (None for PostgreSQL or in memory)."""
    return diary.db_file
