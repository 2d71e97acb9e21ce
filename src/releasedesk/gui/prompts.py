"""Every question and message the editor puts to the user, in one replaceable object.

Tests swap in scripted answers, so no modal dialog ever blocks a test run.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ..recovery import RecoveryCopy


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


RELEASE_FILTER = "ReleaseDesk release (*.release)"


class Prompts:
    """Dialogs shown on behalf of the document lifecycle and the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, message: str) -> None:
        QMessageBox.warning(self.parent, tr("ReleaseDesk"), message)

    def info(self, message: str) -> None:
        QMessageBox.information(self.parent, tr("ReleaseDesk"), message)

    def unsaved_changes(self, name: str) -> Choice:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved changes"),
                          tr("Save the changes to “{name}” before closing it?").format(name=name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return Choice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Choice.DISCARD
        return Choice.CANCEL

    def overwrite_changed_file(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.parent, tr("File changed on disk"),
            tr("“{name}” was changed by someone else since you opened it. "
               "Overwrite it with your version?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restore_recovery(self, copy: RecoveryCopy) -> bool:
        when = copy.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        name = copy.original.name if copy.original else tr("an untitled release")
        answer = QMessageBox.question(
            self.parent, tr("Restore unsaved work"),
            tr("ReleaseDesk closed unexpectedly. Restore your unsaved changes to {name} "
               "(autosaved {when})?").format(name=name, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def open_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, tr("Open release"), folder,
                                              RELEASE_FILTER)
        return Path(name) if name else None

    def save_path(self, suggestion: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, tr("Save release"), suggestion,
                                              RELEASE_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == ".release" else path.with_name(path.name + ".release")

    def export_path(self, suggestion: str, description: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, tr("Export"), suggestion,
                                              f"{description} ({pattern})")
        return Path(name) if name else None

    def confirm(self, message: str) -> bool:
        answer = QMessageBox.question(self.parent, tr("ReleaseDesk"), message,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_profile(self, names: list[str]) -> str | None:
        """The house style for a new release: a profile name, "" for blank, None to cancel."""
        blank = tr("Blank release (no house style)")
        choice, ok = QInputDialog.getItem(self.parent, tr("New release"),
                                          tr("Start from the house style of:"),
                                          [*names, blank], 0, False)
        if not ok:
            return None
        return "" if choice == blank else choice

    def open_profile_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, tr("Import house style"), "",
                                              tr("ReleaseDesk profile (*.json)"))
        return Path(name) if name else None

    def export_profile_path(self, suggestion: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, tr("Export house style"),
                                              suggestion, tr("ReleaseDesk profile (*.json)"))
        return Path(name) if name else None

    def export_folder(self, folder: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, tr("Export all formats to"), folder)
        return Path(name) if name else None
