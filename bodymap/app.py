"""Start-up: parse the command line, then either run a sub-command or open the window.

The GUI path sets the application up in one ordered function (names, settings format,
translations, resources, database, window) so that the order is visible in one place.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from bodymap.store.service import Diary
    from bodymap.ui.instance import DiaryLock
    from bodymap.ui.main_window import MainWindow

ORGANIZATION = "bodymap"
APPLICATION = "bodymap"
DESKTOP_FILE = "org.bodymap.BodyMap"
#: At quit, how long a diary still opening is waited for before the process ends anyway.
LOADER_WAIT_MS = 150
#: The cycle collector is paused from the application's creation until the window settles
#: (bodymap.collector.pause_start_up), and at the latest until this long after: a window
#: whose diary never opens (a failure, a question left open) must not leave it off for good.
START_UP_PAUSE_MS = 20_000


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line; run a sub-command under the one error handler
    (:func:`bodymap.cli.run_command`: one sentence, exit 1; usage errors 2; ``--debug`` keeps
    the traceback), or open the window."""
    # The command line is parsed here only: a window made by create_application() and
    # start_main_window() (tests, benchmarks) does not pay for building the parser.
    from bodymap.cli import build_parser, prepare_language, report_error, run_command

    arguments = list(sys.argv[1:] if argv is None else argv)
    prepare_language(arguments)  # the language of the run, before the help texts are built
    try:
        args = build_parser().parse_args(arguments)
    except BrokenPipeError:  # --help into a closed pipe
        return 141
    if getattr(args, "func", None) is not None:
        return run_command(args)
    if args.install_desktop or args.uninstall_desktop:
        from bodymap.cli import run_desktop

        args.func = lambda _args: run_desktop(bool(args.install_desktop))
        return run_command(args)
    try:
        from bodymap.paths import resolve_db

        resolve_db(args.db)  # `--db ""` is an error here too, not the default diary
    except ValueError as exc:
        return report_error(exc, args.debug)
    # From the real command line (no argv given) the process ends as soon as the window is
    # closed and the diary is closed (bodymap.ui.shutdown.leave_now); a test calling main(argv)
    # gets the exit code back instead.
    return run_gui(args.db, leave=argv is None)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, named so QSettings and the desktop find it."""
    from bodymap import collector

    collector.pause_start_up()  # until the window settles: see bodymap.collector
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from bodymap import __version__, resources

    app = QApplication.instance() or QApplication(["bodymap", *argv])
    assert isinstance(app, QApplication)
    QTimer.singleShot(START_UP_PAUSE_MS, app, collector.end_start_up)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("bodymap")
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    resources.load()
    resources.install_translator(app)
    app.setWindowIcon(QIcon(resources.ICON_PATH))
    from bodymap.ui import palette

    palette.install(app)  # light, dark or the system's scheme (View > Appearance)
    return app


def open_main_window(diary: Diary) -> MainWindow:
    """A main window on an open diary, shown (tests and benchmarks use this)."""
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(diary)
    window.show()
    return window


def start_main_window(url: str, lock: DiaryLock | None = None) -> MainWindow:
    """Show the window at once and open the diary off the UI thread.

    Importing SQLAlchemy and checking (maybe migrating) the database takes a second on a slow
    machine; the map is on screen before that, and the panels appear when the diary is open,
    or, for an SQLite diary at the head revision, as soon as a first look has read the person
    and the diary list (:mod:`bodymap.store.first_look`), SQLAlchemy loading after.  If the
    database cannot be used, the person is told why and offered a way out.  ``lock`` is the
    diary's lock, taken before (:func:`claim_diary`); the window keeps it while it lives.
    """
    from bodymap.ui.main_window import MainWindow

    window = MainWindow()
    window.welcome_on_start = True  # the first-start welcome, once the diary is open
    _hold_lock(window, lock)
    loader = _loader(window, url)
    # Start opening the diary once the window has painted, so the two do not compete.
    window.first_painted.connect(loader.start)
    # The close-up tabs' views, a tab per turn, once the window has settled: attaching needs
    # none of them (the editor reaches each as it is made), and a tab shown or a mark drawn
    # there before makes its views at once.
    window.settled.connect(window.map_widget.build_rest_later)
    window.show_at_start()  # maximised the first time, else as the person left it
    return window


def _loader(window: MainWindow, url: str):  # noqa: ANN202 - DiaryLoader, imported late
    from bodymap.ui.diary_loader import DiaryLoader

    # A first look lets the window attach before the diary is open (bodymap.store.first_look);
    # a window that shows a diary already (its open failed after the first look, and the
    # person chose a way on) takes the next diary only once it is open.
    loader = DiaryLoader(url, window, first_look=window.context is None)
    loader.looked.connect(window.attach_diary)
    loader.looked.connect(loader.go_on)  # after attaching: now the diary may be opened
    loader.loaded.connect(window.diary_loaded)
    # Once the window is usable (attached, the diary list filled, the worker idle): the
    # modules of the panels not on show, then matplotlib and the charts.
    window.settled.connect(warm_up_imports)
    loader.failed.connect(lambda message, damaged: _diary_failed(window, url, message, damaged))
    loader.unreachable.connect(lambda message: _diary_unreachable(window, url, message))
    loader.warning.connect(window.show_warning)
    window.diary_loader = loader  # keep it alive while it runs
    return loader


#: Imported on a background thread once the window is usable, so that the first history
#: chart, heat map or report does not stop the window while matplotlib loads (a second or so).
WARM_UP_MODULES = (
    "matplotlib.figure",
    "matplotlib.dates",
    "matplotlib.backends.backend_agg",  # charts are drawn by Agg on the chart thread
    "bodymap.charts.view",
    "bodymap.charts.history",
    "bodymap.charts.theme",
    "bodymap.report.model",
    "bodymap.report.render",
)

# numpy (for matplotlib) starts OpenBLAS's pool of threads when it is imported, holding the
# interpreter lock meanwhile (its core took 85-90 ms to import, about 45 ms with one thread):
# the window cannot answer meanwhile, for charts that never need a threaded matrix product.
# Set here, at import, while no other thread of ours runs (unless the person chose otherwise).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


#: Set by the warm-up thread once the modules of the panels built later are imported
#: (:data:`bodymap.ui.diary_loader.LATER_MODULES`); the window waits for it before building
#: them in the background, so that no import stops the window.
window_modules_ready = threading.Event()


def warm_up_imports() -> None:
    """Import the modules of the panels built later, make the Fibromyalgia areas' outlines,
    then import :data:`WARM_UP_MODULES`, on a daemon thread (once).  Python hands the
    interpreter lock between threads every :data:`SWITCH_INTERVAL`, so the window keeps
    answering meanwhile; a module the window needs before the thread has got to it is imported
    by the window as before.  Nothing is waited for at quit."""
    if getattr(warm_up_imports, "started", False):
        return
    warm_up_imports.started = True  # type: ignore[attr-defined]

    hand_lock_quickly()
    from bodymap.ui import import_gate

    import_gate.gate()  # made here, on the UI thread it answers from
    from bodymap.charts import view as chart_view

    chart_view.before_drawing = import_gate.wait_turn  # each chart drawn at a turn of the window
    threading.Thread(target=_warm_up, name="bodymap-warm-up", daemon=True).start()


#: The interpreter's switch interval (seconds) once the window is in use (hand_lock_quickly).
SWITCH_INTERVAL = 0.0005


def hand_lock_quickly() -> None:
    """From now on the interpreter hands its lock between threads within
    :data:`SWITCH_INTERVAL` (unless it was set lower): when the window attaches on a first look
    (:meth:`bodymap.ui.diary_loader.DiaryLoader.go_on`), otherwise once it has settled
    (:func:`warm_up_imports`)."""
    # Each time the UI thread comes back from Qt into Python (the paint of a mark, a slot) it
    # needs the interpreter lock; while another thread runs Python (imports, the worker
    # building a chart's figure or a report) it waited up to the switch interval (5 ms) for
    # it, and a turn calling Python a hundred times waited up to a hundred times that.
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))


def _warm_up() -> None:
    from bodymap import collector

    # No collector passes while the warm-up makes its modules (each pass, on whichever thread
    # allocates, holds the interpreter lock for tens of milliseconds); what they made lives as
    # long as the program and is frozen out of the passes after them, before the collector is
    # on again (else its first pass walks everything made meanwhile).
    with collector.paused():
        try:
            _warm_up_imports()
        finally:
            collector.freeze()


def _warm_up_imports() -> None:
    import importlib

    from bodymap.ui import import_gate
    from bodymap.ui.diary_loader import prepare_later_modules

    # The panels' modules and the atlas, then the areas' outlines (with every view's region
    # geometry): wanted within the first seconds (the first episode opened, the first mark, the
    # panels built in the background), so made at once, as before.
    try:
        prepare_later_modules()
    finally:
        window_modules_ready.set()
    try:
        # The outlines of the Fibromyalgia panel's areas (about 100 ms of uniting paths) made
        # here, not on the UI thread when the panel first comes on show.
        from bodymap.map.fibro_overlay import prepare_area_paths

        prepare_area_paths(between=import_gate.wait_turn)  # an area a turn of the window
    except Exception:  # noqa: BLE001 - the panel makes them itself when needed
        pass
    # numpy whole, at a turn: code that finds it in sys.modules may use it without importing
    # it (pytest's approx does), so it is not left half imported while the window works; its
    # core is one long C call holding the interpreter lock anyway.
    import_gate.wait_turn()
    try:
        import numpy  # noqa: F401
    except Exception:  # noqa: BLE001 - the window imports it itself when needed
        return
    # matplotlib and the charts (a second or two of CPU, wanted only by the first chart or
    # report): one module at a time, each once the UI thread is back in its event loop, so a
    # paint or a slot never waits for the interpreter lock behind more than a module's import.
    with import_gate.gated():
        for name in WARM_UP_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the window imports it itself when needed
                return


def _hold_lock(window: MainWindow, lock: DiaryLock | None) -> None:
    old = getattr(window, "diary_lock", None)
    if old is not None and old is not lock:
        old.release()
    window.diary_lock = lock
    if lock is not None:
        lock.setParent(window)
        lock.raise_requested.connect(window.bring_forward)


def claim_diary(url: str, parent: QWidget | None = None) -> tuple[bool, DiaryLock | None]:
    """Take the lock of an SQLite diary before it opens: ``(True, lock)``, or ``(True, None)``
    for a database server (shared by design, no lock).  ``(False, None)``: another bodymap has
    it open; the person was told so and maybe brought that one forward, and this one quits."""
    from PySide6.QtCore import QCoreApplication

    from bodymap.paths import sqlite_file
    from bodymap.ui import recovery
    from bodymap.ui.instance import DiaryLock

    path = sqlite_file(url)
    if path is None:
        return True, None
    lock = DiaryLock(path)
    if lock.acquire():
        return True, lock
    choice = recovery.ask_choice(
        parent,
        QCoreApplication.translate("app", "bodymap is already open"),
        QCoreApplication.translate("app", "This diary is already open in another bodymap window."),
        QCoreApplication.translate(
            "app", "One diary file is kept by one bodymap at a time, so that nothing is saved twice "
            "or lost: {file}").format(file=path),
        [
            (recovery.BRING_FORWARD, QCoreApplication.translate("app", "Bring it forward")),
            (recovery.QUIT, QCoreApplication.translate("app", "Quit")),
        ],
    )
    if choice == recovery.BRING_FORWARD:
        lock.bring_forward_other()
    return False, None


def _open_instead(window: MainWindow, new_url: str) -> None:
    """Open another diary in this window (after a failure): its lock first, then the file."""
    claimed, lock = claim_diary(new_url, window)
    if not claimed:
        _give_up(window)
        return
    _hold_lock(window, lock)
    _loader(window, new_url).start()


def _give_up(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    if window.editor is not None:
        # Attached on a first look, and the diary then failed to open: what was marked
        # meanwhile cannot be saved, and stays in its draft (offered at the next start).
        window.close_keeping_draft()
    else:
        window.close()
    QApplication.exit(1)


def _ask_other_file(window: MainWindow) -> str | None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from bodymap.paths import db_url

    name, _filter = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("app", "Open a diary file"), "",
        QCoreApplication.translate("app", "bodymap diary (*.sqlite3);;All files (*)"),
    )
    return db_url(name) if name else None


def _diary_failed(window: MainWindow, url: str, message: str, damaged: bool) -> None:
    """Tell the person why the diary cannot be opened and offer a way on: the newest good
    backup (for a damaged file), another file, or quitting.  The file itself is left alone."""
    from PySide6.QtCore import QCoreApplication

    from bodymap.paths import sqlite_file
    from bodymap.ui import recovery

    new_url: str | None = None
    path = sqlite_file(url)
    if damaged and path is not None:
        new_url = recovery.offer_recovery(path, RuntimeError(message), window)
        if new_url == url:  # the backup is back in place of the same file: our lock still holds
            _loader(window, new_url).start()
            return
    else:
        choice = recovery.ask_choice(
            window,
            QCoreApplication.translate("app", "bodymap cannot open the diary"),
            message,
            QCoreApplication.translate("app", "The file was not changed."),
            [(recovery.OTHER, QCoreApplication.translate("app", "Open another file…")), (recovery.QUIT, QCoreApplication.translate("app", "Quit"))],
        )
        if choice == recovery.OTHER:
            new_url = _ask_other_file(window)
    if new_url:
        _open_instead(window, new_url)
        return
    _give_up(window)


def _diary_unreachable(window: MainWindow, url: str, message: str) -> None:
    """The database server could not be reached (or refused us): try again, open another
    diary, or quit.  An episode not yet saved stays in its draft, offered when the diary opens."""
    from PySide6.QtCore import QCoreApplication

    from bodymap.ui import recovery

    choice = recovery.ask_choice(
        window,
        QCoreApplication.translate("app", "bodymap cannot reach the diary"),
        message,
        QCoreApplication.translate(
            "app", "Nothing was lost: an episode you had not saved is kept as a draft and offered "
            "again once the diary opens."),
        [
            (recovery.RETRY, QCoreApplication.translate("app", "Try again")),
            (recovery.OTHER, QCoreApplication.translate("app", "Open another diary…")),
            (recovery.QUIT, QCoreApplication.translate("app", "Quit")),
        ],
    )
    if choice == recovery.RETRY:
        _loader(window, url).start()
        return
    if choice == recovery.OTHER:
        new_url = _ask_other_file(window)
        if new_url:
            _open_instead(window, new_url)
            return
    _give_up(window)


def run_gui(db_arg: str | None, leave: bool = False) -> int:
    """Open the window on the diary and run until it closes; ``leave``: end the process at
    once afterwards (:func:`bodymap.ui.shutdown.leave_now`), without the interpreter's slow
    tear-down.  SIGTERM and SIGINT close the window as its close button does, keeping any
    unsaved episode as a draft, and exit with 0."""
    from bodymap.paths import resolve_db
    from bodymap.qt_platform import missing_system_library
    from bodymap.ui.crash import install_crash_handler

    problem = missing_system_library()  # before Qt, which would abort with a page of text
    if problem is not None:
        print(f"bodymap: {problem}", file=sys.stderr)
        return 1
    app = create_application()
    install_crash_handler()
    url = resolve_db(db_arg)
    claimed, lock = claim_diary(url)
    if not claimed:
        return 0  # the diary is open in another bodymap (brought forward if the person asked)
    window = start_main_window(url, lock)
    from bodymap.ui.shutdown import SignalCloser, leave_now

    closer = SignalCloser(lambda: window, app)
    code = app.exec()
    if closer.received:
        code = 0  # asked to stop, and stopped as asked
    loader = getattr(window, "diary_loader", None)
    if loader is not None:
        # Closed while the diary was still opening: let it finish cleanly, or, when the
        # process ends at once anyway, for a moment only (the database rolls an unfinished
        # migration back; nothing was written to the diary by then).
        loader.wait(LOADER_WAIT_MS) if leave else loader.wait()
    if window.diary is not None and (loader is None or loader.isFinished()):
        window.diary.close()
    held = getattr(window, "diary_lock", None)
    if held is not None:
        held.release()
    if leave:
        leave_now(int(code))
    return int(code)
