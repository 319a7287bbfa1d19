"""Edit > Preferences: the language of the program (System / English / Italiano).

The choice is kept in the settings (``bodymap.resources.LANGUAGE_SETTING``) and applies at the
next start: every window, the command line, the report and the content files then speak it
(``bodymap.resources.apply_language``).  The dialog says so, and which language "System" means
on this computer.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bodymap import resources
from bodymap.i18n import language


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences_dialog")
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("Language"), self)
        box_layout = QVBoxLayout(box)
        system_name = self._language_name(language.system_language())
        self.buttons: dict[str, QRadioButton] = {
            "system": QRadioButton(
                self.tr("As the system ({language})").format(language=system_name), box),
            # each language in its own name, so a person who cannot read the other finds it
            "en": QRadioButton("English", box),
            "it": QRadioButton("Italiano", box),
        }
        self.group = QButtonGroup(self)
        for button in self.buttons.values():
            self.group.addButton(button)
            box_layout.addWidget(button)
        self.buttons[resources.saved_language_setting()].setChecked(True)
        self.note = QLabel(
            self.tr("The new language is used the next time you start bodymap."), box)
        self.note.setWordWrap(True)
        box_layout.addWidget(self.note)
        layout.addWidget(box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _language_name(self, code: str) -> str:
        return {"en": "English", "it": "Italiano"}.get(code, code)

    def chosen(self) -> str:
        """"system", "en" or "it": the language ticked now."""
        for setting, button in self.buttons.items():
            if button.isChecked():
                return setting
        return "system"

    def accept(self) -> None:
        resources.save_language_setting(self.chosen())
        super().accept()
