"""The first-start welcome, and the sample diary's label.

Shown once (remembered in QSettings under :data:`WELCOME_SETTING`, whether finished or skipped;
Help > Welcome shows it again): what the four kinds of mark mean, each with a small picture drawn
by the same functions as the map (:mod:`bodymap.ui.legend_dialog`), the person's name (saved as
the name of the diary's person, so the report and the title never say "Me"), a way to try
bodymap on a sample diary first, and the way to Help > Symbols and tools.

The sample diary lives in its own file (:func:`bodymap.paths.sample_db_path`) and opens in a
window of its own, labelled "Sample data" in its title and in a banner
(:func:`show_sample_banner`); the person's own diary is never touched by it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap.ui.changes import Changes

if TYPE_CHECKING:
    from bodymap.store.records import ProfileRecord
    from bodymap.store.service import Diary
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.ops import DiaryOps

#: QSettings key: the welcome was shown (and finished or skipped).
WELCOME_SETTING = "welcome/seen"
#: The name a new diary gives its person (bodymap.store.service): the welcome asks for a real one.
PLACEHOLDER_NAMES = ("Me",)


def welcome_seen() -> bool:
    return bool(QSettings().value(WELCOME_SETTING, False, type=bool))


def mark_welcome_seen() -> None:
    QSettings().setValue(WELCOME_SETTING, True)


# -- the sample diary ----------------------------------------------------------------------

def sample_path() -> Path:
    from bodymap.paths import sample_db_path

    return Path(sample_db_path())


def is_sample_diary(diary: Diary) -> bool:
    """Whether ``diary`` is the sample diary's file."""
    path = getattr(diary, "db_file", None)
    if path is None:
        return False
    try:
        return Path(path).resolve() == sample_path().resolve()
    except OSError:
        return False


def create_sample(path: Path) -> None:
    """Write the sample diary at ``path`` if it is not there yet (two years of made-up days)."""
    if path.exists():
        return
    from bodymap import demo

    maker = getattr(demo, "create_sample_diary", None)
    if maker is not None:
        maker(path)
        return
    from bodymap.paths import db_url
    from bodymap.store.service import Diary

    diary = Diary.open(db_url(str(path)))
    try:
        demo.generate(diary, years=2)
    finally:
        diary.close()


def launch_sample(path: Path) -> bool:
    """Open the sample diary in a window (and a program) of its own."""
    from PySide6.QtCore import QProcess

    ok, _pid = QProcess.startDetached(sys.executable, ["-m", "bodymap", "--db", str(path)])
    return bool(ok)


def show_sample_banner(window: MainWindow) -> QLabel:
    """A bar across the window: this is sample data, not the person's diary."""
    from bodymap.ui.palette import ensure_contrast

    # the window's context in full: lupdate files ``window.tr`` under "window", never looked up
    banner = QLabel(QCoreApplication.translate(
        "MainWindow", "Sample data: made-up episodes to try bodymap with. Nothing here is about you, and "
        "your own diary is a separate file that this window does not touch."))
    banner.setObjectName("sample_banner")
    banner.setWordWrap(True)
    banner.setMargin(6)
    banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    background = QColor("#fff3c4")
    text = ensure_contrast(QColor("#3d2e00"), background)
    banner.setStyleSheet(
        f"QLabel#sample_banner {{ background: {background.name()}; color: {text.name()};"
        " font-weight: bold; border-bottom: 2px solid #b08800; }")
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Sample data"), window)
    bar.setObjectName("sample_bar")
    bar.setMovable(False)
    bar.addWidget(banner)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.sample_banner = banner
    return banner


# -- the pictures --------------------------------------------------------------------------

PICTURE = 56


def _picture(draw: Callable[[QPainter], None]) -> QPixmap:
    pixmap = QPixmap(PICTURE * 2, PICTURE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return pixmap


def _skin(painter: QPainter) -> None:
    """A piece of arm or back, as a soft rounded shape the marks sit on."""
    painter.setPen(QPen(QColor("#8d7b6a"), 1.2))
    painter.setBrush(QColor("#f3e7da"))
    painter.drawRoundedRect(4, 8, PICTURE - 8, PICTURE - 16, 14, 14)


def picture(kind: str) -> QPixmap:
    """The small picture of one kind of mark: "pain", "trigger_point", "referred", "tender"."""
    from bodymap.ui import legend_dialog as legend

    def draw(p: QPainter) -> None:
        _skin(p)
        if kind == "pain":
            p.drawPixmap(QPointF(PICTURE / 2 - legend.SIZE / 2, PICTURE / 2 - legend.SIZE / 2),
                         legend.area_pixmap("pain"))
        elif kind == "trigger_point":
            p.drawPixmap(QPointF(PICTURE / 2 - legend.SIZE / 2, PICTURE / 2 - legend.SIZE / 2),
                         legend.symbol_pixmap(legend._point("trigger_point", 7, tp_state="active")))
        elif kind == "referred":
            area = legend.area_pixmap("referred_area").scaled(
                30 * 2, 30 * 2, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            area.setDevicePixelRatio(2.0)
            p.drawPixmap(QPointF(PICTURE - 34, 13), area)
            point = legend.symbol_pixmap(legend._point("trigger_point", 6, tp_state="active"))
            point = point.scaled(26 * 2, 26 * 2, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            point.setDevicePixelRatio(2.0)
            p.drawPixmap(QPointF(2, PICTURE - 36), point)
            colour = QColor("#7a2e12")
            p.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(22, PICTURE - 26), QPointF(PICTURE - 22, 26))
            p.setPen(QPen(colour, 1.2))
            p.setBrush(colour)
            tip = QPointF(PICTURE - 19, 23)
            p.drawPolygon([tip, QPointF(tip.x() - 8, tip.y() + 2), QPointF(tip.x() - 2, tip.y() + 8)])
        else:
            p.drawPixmap(QPointF(PICTURE / 2 - legend.SIZE / 2, PICTURE / 2 - legend.SIZE / 2),
                         legend.symbol_pixmap(legend._point("tender_point", 5)))

    return _picture(draw)


#: The kinds of mark the welcome shows, in its order.
KINDS = ("pain", "trigger_point", "referred", "tender")
#: Pictures drawn ahead by :func:`prepare_step` for the next dialog (each used once).
_drawn_ahead: dict[str, QPixmap] = {}


def prepare_step() -> bool:
    """One piece of what the dialog needs, for a first start that shows it after a few turns
    instead of in one long one: the atlas's module, the legend's, then one picture.  False once
    everything is ready (the dialog then takes the pictures drawn here)."""
    if "bodymap.anatomy.atlas" not in sys.modules:
        import bodymap.anatomy.atlas  # noqa: F401 - the legend's own import, the larger half
        return True
    if "bodymap.ui.legend_dialog" not in sys.modules:
        import bodymap.ui.legend_dialog  # noqa: F401
        return True
    for kind in KINDS:
        if kind not in _drawn_ahead:
            _drawn_ahead[kind] = picture(kind)
            return True
    return False


# -- the dialog ----------------------------------------------------------------------------

class WelcomeDialog(QDialog):
    """First start: the marks explained, the person's name, a sample diary, the legend."""

    #: "Symbols and tools" was asked for.
    show_symbols = Signal()
    #: The person's name was saved (the ``ProfileRecord``).
    name_saved = Signal(object)

    def __init__(self, context: DiaryContext, ops: DiaryOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.ops = context, ops
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to bodymap"))
        #: Opens the sample diary (tests replace it; the real one starts another window).
        self.open_sample: Callable[[Path], bool] = launch_sample
        self.sample_opened: Path | None = None

        intro = QLabel(self.tr(
            "<h2>Welcome</h2><p>bodymap is a diary of where it hurts, on a drawing of the body. "
            "Click where it hurts, say how much, and save: each time is an <b>episode</b> you "
            "can look back on, and print for your doctor or physiotherapist.</p>"
            "<p>Four kinds of mark, from the simplest:</p>"))
        intro.setWordWrap(True)

        # title and words of each kind, shown in the order of KINDS
        words_of = {
            "pain": (self.tr("Pain"), self.tr(
                "Where it hurts. Paint it with the brush (A). If you are not sure which mark "
                "to use, use this one: it is always right.")),
            "trigger_point": (self.tr("Trigger point"), self.tr(
                "A small, hard knot in a muscle that is sore when pressed. A therapist usually "
                "finds it; mark it with T.")),
            "referred": (self.tr("Referred pain"), self.tr(
                "Pain felt away from its cause: a knot in the neck can be felt as a headache. "
                "Paint the area (B) and link it to its trigger point.")),
            "tender": (self.tr("Tender point"), self.tr(
                "One of the 18 spots once pressed to diagnose fibromyalgia. It is not a trigger "
                "point and sends no pain elsewhere (N).")),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.pictures: dict[str, QLabel] = {}
        for index, kind in enumerate(KINDS):
            title, text = words_of[kind]
            image = QLabel()
            image.setPixmap(_drawn_ahead.pop(kind) if kind in _drawn_ahead else picture(kind))
            image.setAccessibleName(title)
            self.pictures[kind] = image
            words = QLabel(f"<b>{title}</b><br>{text}")
            words.setWordWrap(True)
            words.setMinimumWidth(220)
            row, column = divmod(index, 2)
            grid.addWidget(image, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.symbols_button = QPushButton(self.tr("All symbols and tools (Help > Symbols and tools)"))
        self.symbols_button.setAutoDefault(False)
        self.symbols_button.clicked.connect(self.show_symbols)

        name_label = QLabel(self.tr(
            "<b>Your name</b>, as the diary and the printed report should show it:"))
        name_label.setWordWrap(True)
        self.name = QLineEdit()
        current = context.person.name
        self.name.setText("" if current in PLACEHOLDER_NAMES else current)
        self.name.setPlaceholderText(self.tr("for example Anna Rossi"))
        self.name.setMaxLength(80)
        name_label.setBuddy(self.name)
        self.error = QLabel()
        self.error.setObjectName("welcomeError")
        self.error.setWordWrap(True)
        self.error.hide()

        sample_label = QLabel(self.tr(
            "Want to look around first? A <b>sample diary</b> with two years of made-up "
            "episodes opens in a window of its own, clearly marked as sample data. Your own "
            "diary stays empty and separate."))
        sample_label.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Open the sample diary"))
        self.sample_button.setAutoDefault(False)
        self.sample_button.clicked.connect(self._open_sample)
        sample_row = QHBoxLayout()
        sample_row.addWidget(sample_label, 1)
        sample_row.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Start my diary"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(
            self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.symbols_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addLayout(sample_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.resize(720, self.sizeHint().height())
        # Seen once shown: skipped or finished, it does not come back by itself.
        mark_welcome_seen()

    def _show_error(self, text: str) -> None:
        from bodymap.ui.palette import warning_colour

        self.error.setStyleSheet(f"color: {warning_colour(self.palette()).name()};")
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def finish(self) -> None:
        """Save the name (if one was given and it changed), then close."""
        name = " ".join(self.name.text().split())
        person = self.context.person
        if not name or name == person.name:
            self.accept()
            return
        diary, person_id = self.context.diary, self.context.person_id
        self.start_button.setEnabled(False)

        def saved(record: ProfileRecord) -> None:
            self.context.set_person(record)
            self.name_saved.emit(record)
            self.accept()

        def failed(message: str) -> None:
            self.start_button.setEnabled(True)
            self._show_error(message)

        self.ops.write(lambda: rename_person(diary, person_id, name), saved, on_error=failed,
                       changes=Changes(people=True))

    def _open_sample(self) -> None:
        from PySide6.QtGui import QGuiApplication

        path = sample_path()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            create_sample(path)
        except Exception as exc:  # noqa: BLE001 - told in words, the welcome stays
            self._show_error(self.tr("The sample diary could not be made: {e}").format(e=exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.open_sample(path):
            self.sample_opened = path
            self.sample_button.setText(self.tr("The sample diary is opening in its own window"))
            self.sample_button.setEnabled(False)
        else:
            self._show_error(self.tr("The sample diary could not be opened."))


def rename_person(diary: Diary, person_id: int, name: str) -> ProfileRecord:
    """Give the person their name (the service's call; on the worker)."""
    return diary.update_profile(person_id, name=name)
