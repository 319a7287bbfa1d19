"""File > Export, Import, Back up now and Restore: the data-safety actions of the main window.

``DataActions(diary, db_file, parent_window)`` owns four ``QAction`` objects the main window puts
in its File menu, and emits ``data_changed`` after an import or a restore so the window reloads
what it shows.  The work itself is done by :mod:`bodymap.store.transfer` and
:mod:`bodymap.store.backup`, the same functions the command line uses.
"""

from __future__ import annotations

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

from bodymap.store.backup import BackupError, BackupInfo, backup_now, list_backups, restore
from bodymap.store.errors import StoreError
from bodymap.store.service import Diary
from bodymap.store.transfer import (
    ImportSummary,
    TransferCancelled,
    TransferError,
    apply_plan,
    export_csv,
    export_json,
    read_export,
)
from bodymap.ui.dates import date_edit


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
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
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
                info.local_created.strftime("%Y-%m-%d %H:%M"),
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


class DataActions(QObject):
    """Export…, Import…, Back up now and Restore from backup… for the main window."""

    #: Emitted after an import or a restore changed the diary: reload everything shown.
    data_changed = Signal()
    #: A short message for the status bar.
    message = Signal(str)

    def __init__(self, diary: Diary, db_file: Path | None, parent_window: QWidget | None) -> None:
        super().__init__(parent_window)
        self.diary = diary
        self.db_file = Path(db_file) if db_file is not None else None
        self.window = parent_window
        #: Asked before the diary file is replaced by a backup; returning False cancels (the
        #: main window uses it to settle unsaved changes and let running queries finish).
        self.before_replace: Callable[[], bool] | None = None

        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setStatusTip(self.tr("Save the diary as JSON or as CSV tables"))
        self.export_action.triggered.connect(self.export_data)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setStatusTip(self.tr("Add the episodes of a bodymap export"))
        self.import_action.triggered.connect(self.import_data)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setStatusTip(self.tr("Copy the diary into the backups folder"))
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.setStatusTip(self.tr("Go back to an earlier copy of the diary"))
        self.restore_action.triggered.connect(self.restore_backup)
        has_file = self.db_file is not None
        self.backup_action.setEnabled(has_file)
        self.restore_action.setEnabled(has_file)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.backup_action, self.restore_action]

    # -- hooks (tests replace these) ------------------------------------------------------------

    def ask_export_options(self) -> ExportOptions | None:
        dialog = ExportDialog([p.name for p in self.diary.list_profiles()], self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()

    def choose_backup(self, backups: list[BackupInfo]) -> BackupInfo | None:
        dialog = RestoreDialog(backups, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()

    # -- progress -------------------------------------------------------------------------------

    def _progress(self, label: str) -> tuple[QProgressDialog, object]:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def report(done: int, total: int) -> None:
            if dialog.maximum() != total:
                dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total))
            QCoreApplication.processEvents()
            if dialog.wasCanceled():
                raise TransferCancelled()

        return dialog, report

    # -- slots ----------------------------------------------------------------------------------

    @Slot()
    def export_data(self) -> Path | None:
        options = self.ask_export_options()
        if options is None:
            return None
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
            return None
        out = Path(name)
        if options.format == "csv" and out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        if options.format == "json" and not out.suffix:
            out = out.with_suffix(".json")
        dialog, report = self._progress(self.tr("Exporting…"))
        writer = export_csv if options.format == "csv" else export_json
        try:
            summary = writer(
                self.diary, out, profile=options.profile, start=options.start,
                end=options.end, progress=report,  # type: ignore[arg-type]
            )
        except TransferCancelled:
            self.message.emit(self.tr("Export cancelled"))
            return None
        except StoreError as exc:
            QMessageBox.warning(
                self.window, self.tr("Export failed"),
                self.tr("The diary could not be exported:\n{error}").format(error=exc),
            )
            return None
        finally:
            dialog.close()
        self.message.emit(
            self.tr("Exported {n} episodes to {path}").format(n=summary.episodes, path=out)
        )
        QMessageBox.information(
            self.window, self.tr("Export finished"),
            self.tr("{n} episodes with {m} marks were saved to\n{path}").format(
                n=summary.episodes, m=summary.marks, path=out
            ),
        )
        return out

    @Slot()
    def import_data(self) -> ImportSummary | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a bodymap export"), "",
            self.tr("bodymap export (*.json);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
        try:
            plan = read_export(path)  # the whole file is checked before anything is written
        except TransferError as exc:
            self._refuse_import(path, exc)
            return None
        dialog, report = self._progress(self.tr("Importing…"))
        try:
            summary = apply_plan(self.diary, plan, progress=report)  # type: ignore[arg-type]
        except TransferCancelled:
            self.message.emit(self.tr("Import cancelled; nothing was changed"))
            return None
        except StoreError as exc:
            self._refuse_import(path, exc)
            return None
        finally:
            dialog.close()
        if summary.changed:
            self.data_changed.emit()
        QMessageBox.information(
            self.window, self.tr("Import finished"), self._summary_text(path, summary)
        )
        return summary

    def _refuse_import(self, path: Path, error: Exception) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Cannot import this file"),
            self.tr(
                "{file} cannot be imported; the diary was not changed.\n\nWhat is wrong:\n{error}"
            ).format(file=path.name, error=error),
        )

    def _summary_text(self, path: Path, summary: ImportSummary) -> str:
        labels = {
            "profiles": self.tr("Profiles"),
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

    @Slot()
    def back_up(self) -> Path | None:
        if self.db_file is None:
            return None
        try:
            out = backup_now(self.db_file)
        except StoreError as exc:
            QMessageBox.warning(
                self.window, self.tr("Backup failed"),
                self.tr("The backup could not be made:\n{error}").format(error=exc),
            )
            return None
        self.message.emit(self.tr("Backed up to {path}").format(path=out))
        QMessageBox.information(
            self.window, self.tr("Backup made"),
            self.tr("The diary was copied to\n{path}").format(path=out),
        )
        return out

    @Slot()
    def restore_backup(self) -> bool:
        if self.db_file is None:
            return False
        backups = list_backups(self.db_file)
        if not any(b.ok for b in backups):
            QMessageBox.information(
                self.window, self.tr("Restore from backup"),
                self.tr("There is no usable backup of this diary yet."),
            )
            return False
        chosen = self.choose_backup(backups)
        if chosen is None:
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore this backup?"),
            self.tr(
                "Go back to the diary as it was on {when} ({n} episodes)?\n\nWhat was saved "
                "after that is kept in a backup of the current diary, made first."
            ).format(when=chosen.local_created.strftime("%Y-%m-%d %H:%M"), n=chosen.episodes),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.before_replace is not None and not self.before_replace():
            return False
        self.diary.engine.dispose()  # no connection may stay open on the file being replaced
        try:
            kept = restore(self.db_file, chosen.path)
            from bodymap.store.database import open_database

            open_database(f"sqlite:///{self.db_file}").dispose()  # upgrade an older backup
        except (BackupError, StoreError, OSError) as exc:
            QMessageBox.warning(
                self.window, self.tr("Restore failed"),
                self.tr("The backup could not be restored; the diary was not changed.\n{error}").format(error=exc),
            )
            return False
        self.data_changed.emit()
        self.message.emit(
            self.tr("Restored the backup of {when}; the previous diary is kept as {kept}").format(
                when=chosen.local_created.strftime("%Y-%m-%d %H:%M"), kept=kept
            )
        )
        return True
