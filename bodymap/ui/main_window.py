"""The main window: the body map in the middle, menus, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from bodymap import __version__
from bodymap.store.service import Diary


class MainWindow(QMainWindow):
    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.profile = diary.default_profile()
        self.setWindowTitle(self.tr("bodymap — {name}").format(name=self.profile.name))
        self.setObjectName("MainWindow")
        self.map_widget = self._create_map()
        self.setCentralWidget(self.map_widget)
        self._create_actions()
        self._create_menus()
        self._create_status_bar()
        self._restore_geometry()

    # -- construction -----------------------------------------------------------------------

    def _create_map(self) -> QWidget:
        from bodymap.map.widget import BodyMapWidget

        widget = BodyMapWidget(self)
        widget.status_message.connect(self._show_hover_message)
        return widget

    def _create_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        self.about_action = QAction(self.tr("&About bodymap"), self)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self.tr("About &Qt"), self)
        self.about_qt_action.triggered.connect(self._about_qt)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in getattr(self.map_widget, "view_actions", lambda: [])():
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _create_status_bar(self) -> None:
        self.db_label = QLabel(self._database_text())
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def _database_text(self) -> str:
        url = self.diary.engine.url
        where = url.database if url.drivername.startswith("sqlite") else url.render_as_string()
        return self.tr("Diary: {where}").format(where=where or self.tr("in memory"))

    # -- slots ------------------------------------------------------------------------------

    @Slot(str)
    def _show_hover_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

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

    @Slot()
    def _about_qt(self) -> None:
        QMessageBox.aboutQt(self)

    # -- window state -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 860)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
