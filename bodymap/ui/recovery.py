"""What to do when the diary file is damaged at start.

``offer_recovery(db_file, error, parent)`` tells the person plainly that the diary could not be
opened, and offers: go back to the newest good backup (the damaged file is first moved aside,
never overwritten), open another file, or quit.  It returns the database URL to open, or None to
quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bodymap.i18n import formats
from bodymap.paths import db_url
from bodymap.store.backup import BackupError, move_aside_damaged, newest_good_backup, restore

RESTORE = "restore"
OTHER = "other"
QUIT = "quit"
RETRY = "retry"
BRING_FORWARD = "forward"


def ask_choice(
    parent: QWidget | None, title: str, text: str, detail: str, choices: list[tuple[str, str]]
) -> str:
    """Show a warning with one button per choice; return the chosen key (QUIT if closed)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    buttons = {}
    for key, label in choices:
        role = QMessageBox.ButtonRole.RejectRole if key == QUIT else QMessageBox.ButtonRole.AcceptRole
        buttons[box.addButton(label, role)] = key
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def offer_recovery(db_file: Path, error: Exception, parent: QWidget | None = None) -> str | None:
    """Offer the newest good backup, another file, or quitting; return the URL to open or None."""
    db_file = Path(db_file)
    title = QCoreApplication.translate("recovery", "The diary cannot be opened")
    while True:
        backup = newest_good_backup(db_file)
        text = QCoreApplication.translate("recovery",
            "The diary file {file} is damaged, so bodymap cannot open it.\n\n"
            "Nothing has been changed yet."
        ).format(file=db_file)
        choices: list[tuple[str, str]] = []
        if backup is not None:
            when = formats.day_time(backup.local_created)
            episodes = backup.episodes  # a plain name: lupdate reads no other count
            detail = QCoreApplication.translate("recovery",
                "The newest good backup is from {when} (%n episodes). Going back to it keeps "
                "the damaged file beside it, renamed, in case it can be rescued later; what was "
                "saved after the backup is not in it.", "", episodes
            ).format(when=when)
            choices.append((RESTORE, QCoreApplication.translate("recovery", "Go back to the backup of {when}").format(when=when)))
        else:
            detail = QCoreApplication.translate("recovery", "There is no good backup of this diary.")
        detail += "\n\n" + QCoreApplication.translate("recovery", "Details: {error}").format(error=error)
        choices.append((OTHER, QCoreApplication.translate("recovery", "Open another file…")))
        choices.append((QUIT, QCoreApplication.translate("recovery", "Quit")))
        choice = ask_choice(parent, title, text, detail, choices)
        if choice == RESTORE and backup is not None:
            try:
                aside = move_aside_damaged(db_file)
                restore(db_file, backup.path)
            except (BackupError, OSError) as exc:
                QMessageBox.critical(
                    parent, title, QCoreApplication.translate("recovery", "The backup could not be restored:\n{error}").format(error=exc)
                )
                continue
            QMessageBox.information(
                parent,
                QCoreApplication.translate("recovery", "Backup restored"),
                QCoreApplication.translate("recovery", "The diary is back as it was on {when}.\nThe damaged file was kept as\n{aside}").format(
                    when=formats.day_time(backup.local_created), aside=aside
                ),
            )
            return db_url(str(db_file))
        if choice == OTHER:
            name, _filter = QFileDialog.getOpenFileName(
                parent, QCoreApplication.translate("recovery", "Open a diary file"), str(db_file.parent),
                QCoreApplication.translate("recovery", "bodymap diary (*.sqlite3 *.sqlite *.db);;All files (*)"),
            )
            if name:
                return db_url(name)
            continue
        return None
