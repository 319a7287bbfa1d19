"""File > Export, Import, Back up now and Restore: the data-safety actions of the main window.

``DataActions(context, ops, parent_window)`` owns four ``QAction`` objects the main window puts
in its File menu.  The work itself is done by :mod:`bodymap.store.transfer` and
:mod:`bodymap.store.backup`, the same functions the command line uses, and it runs on the
window's one database worker (:class:`~bodymap.ui.ops.DiaryOps`): the window never waits for
the database.  Imports and restores are ordered writes; once they have landed the context is told
``Changes(everything=True)`` and every panel reads again by itself.

Progress comes from the store's ``progress(done, total)`` callback on the worker, through a
queued signal, into a :class:`QProgressDialog`; Cancel sets an event the callback looks at, and
the store then raises :class:`TransferCancelled` and writes nothing.

On a database server "Back up now" writes a full JSON export (:func:`backup_diary`) and Restore
is off: the server's own backups (pg_dump) are the practice's safety net, and a JSON backup comes
back with File > Import.  Restoring an SQLite backup replaces the diary file: the window first
settles unsaved work (``before_replace``), the worker finishes what it has, the file is replaced
and the diary opened again the way it is at start-up (:meth:`Diary.open`: checked, upgraded).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import formats
from bodymap.store.backup import BackupInfo, backup_diary, list_backups, restore
from bodymap.store.service import Diary
from bodymap.store.transfer import (
    ImportSummary,
    TransferCancelled,
    apply_plan,
    export_csv,
    export_json,
    read_export,
)
from bodymap.ui.changes import Changes
from bodymap.ui.context import DiaryContext
from bodymap.ui.dates import date_edit
from bodymap.ui.ops import DiaryOps

#: What a cancelled export or import hands back from the worker.
CANCELLED = object()


@dataclass(frozen=True)
class ExportOptions:
    format: str = "json"  # "json" or "csv"
    profile: str | None = None  # None: every profile
    start: date | None = None  # local dates, both inclusive
    end: date | None = None


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return QCoreApplication.translate("DataActions", "{n} bytes").format(
                    n=formats.integer(round(value)))
            return f"{formats.number(value)} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


class ExportDialog(QDialog):
    """Choose what to export: JSON or CSV, every profile or one, all dates or a range."""

    def __init__(self, profiles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the diary"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.json_button = QRadioButton(self.tr("JSON: everything, can be imported again"))
        self.csv_button = QRadioButton(self.tr("CSV: three tables for a spreadsheet (.zip)"))
        self.json_button.setChecked(True)
        self._format_group = QButtonGroup(self)
        for button in (self.json_button, self.csv_button):
            self._format_group.addButton(button)
        formats = QVBoxLayout()
        formats.addWidget(self.json_button)
        formats.addWidget(self.csv_button)
        form.addRow(self.tr("Format:"), formats)

        self.profile_combo = QComboBox()
        self.profile_combo.addItem(self.tr("All profiles"), None)
        for name in profiles:
            self.profile_combo.addItem(name, name)
        form.addRow(self.tr("Profile:"), self.profile_combo)

        self.range_check = QCheckBox(self.tr("Only episodes between two dates"))
        form.addRow("", self.range_check)
        today = QDate.currentDate()
        self.start_edit = date_edit(today.addMonths(-1))
        self.end_edit = date_edit(today)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.range_check.toggled.connect(edit.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        form.addRow(self.tr("Dates:"), dates)

        note = QLabel(
            self.tr(
                "The export holds health data. It is saved readable by you only; keep it "
                "somewhere private."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ExportOptions:
        start = end = None
        if self.range_check.isChecked():
            start = self.start_edit.date().toPython()
            end = self.end_edit.date().toPython()
        return ExportOptions(
            format="csv" if self.csv_button.isChecked() else "json",
            profile=self.profile_combo.currentData(),
            start=start,
            end=end,
        )

    @Slot()
    def _accept_if_valid(self) -> None:
        options = self.options()
        if options.start and options.end and options.end < options.start:
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("The last day is before the first day.")
            )
            return
        self.accept()


class RestoreDialog(QDialog):
    """The backups of the diary, newest first: date, what made it, size, episodes."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup to go back to. The diary as it is now is kept as a backup "
                "first, so this can be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(backups), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Episodes")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, info in enumerate(backups):
            cells = [
                formats.day_time(info.local_created),
                self._reason_text(info.reason),
                human_size(info.size),
                str(info.episodes) if info.ok else self.tr("damaged, cannot be used"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not info.ok:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update_ok)
        first_good = next((i for i, b in enumerate(backups) if b.ok), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._update_ok()
        self.resize(560, 360)

    def _reason_text(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("daily")
        if reason == "manual":
            return self.tr("by hand")
        if reason == "before-restore":
            return self.tr("before a restore")
        if reason.startswith("before-"):
            return self.tr("before an upgrade")
        return reason

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.backups[rows[0].row()]
        return info if info.ok else None

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.selected() is not None)


class ProgressFeed(QObject):
    """Carries ``progress(done, total)`` from the worker to a progress dialog on the UI thread.

    The object lives on the UI thread, so a signal emitted from the worker reaches
    :meth:`_show` queued (thread-safe).  Cancel sets an event that :meth:`report` looks at on
    the worker, where raising :class:`TransferCancelled` makes the store write nothing.
    """

    step = Signal(int, int)

    def __init__(self, dialog: QProgressDialog, shown: Callable[[int, int], None]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.cancelled = threading.Event()
        self._shown = shown
        dialog.canceled.connect(self.cancelled.set)
        self.step.connect(self._show)

    def report(self, done: int, total: int) -> None:
        """The store's progress callback (called on the worker)."""
        if self.cancelled.is_set():
            raise TransferCancelled()
        self.step.emit(done, total)

    @Slot(int, int)
    def _show(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            return
        if self.dialog.maximum() != max(total, 0):
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(max(0, min(done, total)))
        self._shown(done, total)


class DataActions(QObject):
    """Export…, Import…, Back up now and Restore from backup… for the main window."""

    #: After an import that added something, or a restore, once the context was told.
    data_changed = Signal()
    #: A short message for the status bar.
    message = Signal(str)
    #: Progress of the running export or import, on the UI thread: (done, total).
    progress = Signal(int, int)
    #: An action has ended: its name ("export", "import", "backup", "restore") and its result
    #: (the path written, the import summary, True for a restore), or None (cancelled, failed).
    finished = Signal(str, object)

    def __init__(
        self, context: DiaryContext | Diary, ops: DiaryOps | None = None,
        parent_window: QWidget | None = None,
    ) -> None:
        """``context`` and ``ops``: the window's; or a diary alone (a context and a worker of
        their own, for tests and tools)."""
        super().__init__(parent_window)
        if not isinstance(context, DiaryContext):
            from bodymap.ui.panels.base import standalone

            context, own_ops = standalone(context, 0, None)
            context.setParent(self)
            ops = ops or own_ops
        self.context = context
        self.ops = ops if ops is not None else DiaryOps(context, self)
        self.window = parent_window
        #: The progress dialog of the running action (None when none runs).
        self.progress_dialog: QProgressDialog | None = None
        #: Called before the diary file is replaced by a backup, with what to do next: the main
        #: window settles unsaved work first and calls it (or not, if the person cancelled).
        self.before_replace: Callable[[Callable[[], None]], None] | None = None

        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setStatusTip(self.tr("Save the diary as JSON or as CSV tables"))
        self.export_action.triggered.connect(self.export_data)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setStatusTip(self.tr("Add the episodes of a bodymap export"))
        self.import_action.triggered.connect(self.import_data)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.update_actions()
        context.diary_replaced.connect(lambda _diary: self.update_actions())

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.backup_action, self.restore_action]

    @property
    def diary(self) -> Diary:
        return self.context.diary

    @property
    def db_file(self) -> Path | None:
        return self.diary.db_file

    def update_actions(self) -> None:
        """Back up and Restore as the diary allows: a file, a database server, or neither."""
        on_server = self.diary.on_server
        has_file = self.db_file is not None
        if on_server:
            backup_tip = self.tr("Save a full copy of the diary as a JSON export on this computer")
            restore_tip = self.tr(
                "Not for a diary on a database server: the server's own backups (pg_dump) are "
                "the practice's safety net, and a JSON backup comes back with File > Import."
            )
        else:
            backup_tip = self.tr("Copy the diary into the backups folder")
            restore_tip = self.tr("Go back to an earlier copy of the diary")
        for action, tip in ((self.backup_action, backup_tip), (self.restore_action, restore_tip)):
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.backup_action.setEnabled(has_file or on_server)
        self.restore_action.setEnabled(has_file)

    # -- hooks (tests replace these) ------------------------------------------------------------

    def ask_export_options(self, profiles: list[str]) -> ExportOptions | None:
        dialog = ExportDialog(profiles, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()

    def choose_backup(self, backups: list[BackupInfo]) -> BackupInfo | None:
        dialog = RestoreDialog(backups, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()

    # -- progress -------------------------------------------------------------------------------

    def _progress(self, label: str, cancellable: bool = True) -> ProgressFeed:
        """A progress dialog for the running action, and the feed the worker reports into."""
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, self.window)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)  # starts the minimum-duration clock: shown if it takes longer
        self.progress_dialog = dialog
        return ProgressFeed(dialog, self.progress.emit)

    def _end(self, kind: str, result: object) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self.finished.emit(kind, result)

    # -- export ---------------------------------------------------------------------------------

    @Slot()
    def export_data(self) -> None:
        """Ask what to export (the people are read on the worker first), then export there."""
        diary = self.diary
        self.ops.query(
            lambda: [p.name for p in diary.list_profiles()], self._export_with,
            on_error=lambda message: self._export_failed(message), key="export-people",
        )

    def _export_with(self, profiles: list[str]) -> None:
        options = self.ask_export_options(profiles)
        if options is None:
            self.finished.emit("export", None)
            return
        if options.format == "csv":
            suggested = "bodymap-export.zip"
            filters = self.tr("Zip of CSV tables (*.zip)")
        else:
            suggested = "bodymap-export.json"
            filters = self.tr("bodymap export (*.json)")
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the diary"), suggested, filters
        )
        if not name:
            self.finished.emit("export", None)
            return
        out = Path(name)
        if options.format == "csv" and out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        if options.format == "json" and not out.suffix:
            out = out.with_suffix(".json")
        feed = self._progress(self.tr("Exporting…"))
        csv = options.format == "csv"
        diary = self.diary

        def job() -> object:
            writer = export_csv if csv else export_json
            try:
                return writer(
                    diary, out, profile=options.profile, start=options.start,
                    end=options.end, progress=feed.report,
                )
            except TransferCancelled:
                return CANCELLED

        self.ops.query(job, lambda summary: self._exported(out, summary),
                       on_error=self._export_failed, cancel=feed.cancelled.set)

    def _exported(self, out: Path, summary: object) -> None:
        if summary is CANCELLED:
            self.message.emit(self.tr("Export cancelled"))
            self._end("export", None)
            return
        self._end("export", out)
        self.message.emit(
            self.tr("Exported %n episodes to {path}", "", summary.episodes).format(path=out)  # type: ignore[attr-defined]
        )
        QMessageBox.information(
            self.window, self.tr("Export finished"),
            self.tr("{episodes} with {marks} were saved to\n{path}").format(
                episodes=self.tr("%n episodes", "", summary.episodes),  # type: ignore[attr-defined]
                marks=self.tr("%n marks", "", summary.marks),  # type: ignore[attr-defined]
                path=out,
            ),
        )

    def _export_failed(self, message: str) -> None:
        self._end("export", None)
        QMessageBox.warning(
            self.window, self.tr("Export failed"),
            self.tr("The diary could not be exported:\n{error}").format(error=message),
        )

    # -- import ---------------------------------------------------------------------------------

    @Slot()
    def import_data(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a bodymap export"), "",
            self.tr("bodymap export (*.json);;All files (*)"),
        )
        if not name:
            self.finished.emit("import", None)
            return
        path = Path(name)
        feed = self._progress(self.tr("Importing…"))
        diary = self.diary

        def job() -> object:
            # Read a piece at a time and written in batches inside one transaction: a mistake
            # in the file, or Cancel in the progress dialog, rolls all of it back.
            plan = read_export(path)
            try:
                return apply_plan(diary, plan, progress=feed.report)
            except TransferCancelled:
                return CANCELLED

        def changed(result: object) -> Changes:
            added = isinstance(result, ImportSummary) and result.changed
            return Changes(everything=True) if added else Changes()

        self.ops.write(
            job, lambda result: self._imported(path, result),
            on_error=lambda message: self._import_failed(path, message), changes=changed,
            cancel=feed.cancelled.set,  # at quit: nothing of it is kept
        )

    def _imported(self, path: Path, result: object) -> None:
        if result is CANCELLED or not isinstance(result, ImportSummary):
            self.message.emit(self.tr("Import cancelled; nothing was changed"))
            self._end("import", None)
            return
        self._end("import", result)
        if result.changed:
            self.data_changed.emit()
        QMessageBox.information(
            self.window, self.tr("Import finished"), self._summary_text(path, result)
        )

    def _import_failed(self, path: Path, message: str) -> None:
        self._end("import", None)
        self._refuse_import(path, message)

    def _refuse_import(self, path: Path, error: object) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Cannot import this file"),
            self.tr(
                "{file} cannot be imported; the diary was not changed.\n\nWhat is wrong:\n{error}"
            ).format(file=path.name, error=error),
        )

    def _summary_text(self, path: Path, summary: ImportSummary) -> str:
        labels = {
            "profiles": self.tr("People"),  # as the Person menu and the command line say
            "therapies": self.tr("Therapies"),
            "episodes": self.tr("Episodes"),
            "marks": self.tr("Marks"),
            "therapy_uses": self.tr("Therapy uses"),
        }
        lines = [self.tr("Imported {file}:").format(file=path.name), ""]
        for kind in ImportSummary.KINDS:
            lines.append(
                self.tr("{what}: {added} added, {skipped} already in the diary").format(
                    what=labels[kind], added=summary.added[kind], skipped=summary.skipped[kind]
                )
            )
        return "\n".join(lines)

    # -- back up --------------------------------------------------------------------------------

    @Slot()
    def back_up(self) -> None:
        """Back up on the worker, after every save already asked for: the file with the backup
        API on SQLite, a full JSON export on a database server."""
        if not self.backup_action.isEnabled():
            return
        diary = self.diary
        self._progress(self.tr("Backing up…"), cancellable=False)
        self.ops.write(lambda: backup_diary(diary), lambda out: self._backed_up(diary, out),
                       on_error=self._backup_failed)

    def _backed_up(self, diary: Diary, out: Path) -> None:
        self._end("backup", out)
        self.message.emit(self.tr("Backed up to {path}").format(path=out))
        if diary.on_server:
            text = self.tr(
                "The diary is on a database server, so a full copy was saved as a JSON export "
                "to\n{path}\n\nIt comes back with File > Import. The server's own backups "
                "(pg_dump) remain the practice's safety net."
            ).format(path=out)
        else:
            text = self.tr("The diary was copied to\n{path}").format(path=out)
        QMessageBox.information(self.window, self.tr("Backup made"), text)

    def _backup_failed(self, message: str) -> None:
        self._end("backup", None)
        QMessageBox.warning(
            self.window, self.tr("Backup failed"),
            self.tr("The backup could not be made:\n{error}").format(error=message),
        )

    # -- restore --------------------------------------------------------------------------------

    @Slot()
    def restore_backup(self) -> None:
        """List the backups (checked on the worker), ask which one, then replace the diary."""
        db_file = self.db_file
        if db_file is None or not self.restore_action.isEnabled():
            return
        self.ops.query(lambda: list_backups(db_file), self._offer_backups,
                       on_error=self._restore_failed, key="backups")

    def _offer_backups(self, backups: list[BackupInfo]) -> None:
        if not any(b.ok for b in backups):
            QMessageBox.information(
                self.window, self.tr("Restore from backup"),
                self.tr("There is no usable backup of this diary yet."),
            )
            self.finished.emit("restore", None)
            return
        chosen = self.choose_backup(backups)
        if chosen is None:
            self.finished.emit("restore", None)
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore this backup?"),
            self.tr(
                "Go back to the diary as it was on {when} (%n episodes)?\n\nWhat was saved "
                "after that is kept in a backup of the current diary, made first.", "",
                chosen.episodes,
            ).format(when=formats.day_time(chosen.local_created)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.finished.emit("restore", None)
            return

        def when_settled() -> None:
            # Every job asked for so far (the save of the unsaved episode above all) has landed.
            self.ops.when_idle(lambda: self._restore_now(chosen))

        if self.before_replace is not None:
            self.before_replace(when_settled)
        else:
            when_settled()

    def _restore_now(self, chosen: BackupInfo) -> None:
        old = self.diary
        db_file = old.db_file
        if db_file is None:
            return
        url = old.engine.url.render_as_string(hide_password=False)

        def job() -> tuple[Path | None, Diary]:
            old.engine.dispose()  # no connection may stay open on the file being replaced
            kept = restore(db_file, chosen.path)
            # Opened again the way it is at start-up: checked, and upgraded if the backup is older.
            return kept, Diary.open(url)

        self._progress(self.tr("Restoring…"), cancellable=False)
        self.ops.write(job, lambda result: self._restored(chosen, old, *result),
                       on_error=self._restore_failed, replaces_file=True)

    def _restored(self, chosen: BackupInfo, old: Diary, kept: Path | None, new: Diary) -> None:
        self._end("restore", True)
        self.context.replace_diary(new)  # every panel reads again, from the restored file
        old.close()
        self.data_changed.emit()
        self.message.emit(
            self.tr("Restored the backup of {when}; the previous diary is kept as {kept}").format(
                when=formats.day_time(chosen.local_created), kept=kept
            )
        )

    def _restore_failed(self, message: str) -> None:
        self._end("restore", None)
        QMessageBox.warning(
            self.window, self.tr("Restore failed"),
            self.tr("The backup could not be restored; the diary was not changed.\n{error}").format(
                error=message),
        )
