"""Edit ▸ Preferences…: the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ..basics.dialog_guard import DeskDialog, answer_buttons
from ..basics.i18n import INTERFACE_LANGUAGES


class PreferencesDialog(DeskDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("interfaceLanguage")
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in INTERFACE_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("Exported releases use the language set in each release, "
                              "not the interface language."), self)
        note.setWordWrap(True)
        buttons = answer_buttons(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def choice(self) -> str:
        return str(self.language.currentData())
