"""Every question and message the editor puts to the user, in one replaceable object.

Tests swap in scripted answers, so no modal dialog ever blocks a test run. The dialog
classes are imported when first needed: PySide6 builds each class's Python enums on first
use, and start-up should not pay for dialogs it may never show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...errors import ReleaseDeskError
from ...recovery import RecoveryCopy
from ...shown_time import local_minute
from ..basics.i18n import translate_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox

    from ...proofing.findings import ProofFinding


def plain_box(icon: QMessageBox.Icon, title: str, message: str,
              owner: QWidget | None) -> QMessageBox:
    """A message box with an OK button that shows *message* as typed: a file's name or a
    headline in it holding "<h1>" or "<img src=…>" is never laid out as markup."""
    from PySide6.QtWidgets import QMessageBox

    from ..basics.enum_properties import set_enum_property

    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, owner)
    set_enum_property(box, "textFormat", "PlainText")
    return box


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RecoveryChoice(Enum):
    """The answer to "Restore unsaved work": only DISCARD deletes the recovery copy."""

    RESTORE = "restore"
    DISCARD = "discard"
    KEEP = "keep"  # Escape, closing the dialog, "Not now": offered again at the next start


class DiskChoice(Enum):
    """The answer when Save finds the file changed on disk: only OVERWRITE writes it."""

    OVERWRITE = "overwrite"
    RELOAD = "reload"
    CANCEL = "cancel"  # also Escape and closing the dialog


class Prompts(QObject):
    """Dialogs shown on behalf of the document lifecycle and the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = parent

    def release_filter(self) -> str:
        return self.tr("ReleaseDesk release (*.release)")

    def error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        plain_box(QMessageBox.Icon.Warning, self.tr("ReleaseDesk"), message, self.owner).exec()

    def failure(self, error: ReleaseDeskError) -> None:
        """Show a core error in the interface language."""
        self.error(translate_error(error))

    def info(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        plain_box(QMessageBox.Icon.Information, self.tr("ReleaseDesk"), message,
                  self.owner).exec()

    def save_first(self, message: str) -> bool:
        """*message* explains why the release must be saved first; True when the user
        goes on to Save As… (the button says so), False on Cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("ReleaseDesk"), message,
                          QMessageBox.StandardButton.Cancel, self.owner)
        go_on = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go_on)
        box.exec()
        return box.clickedButton() is go_on

    def unsaved_changes(self, name: str) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        question = self.tr("Save the changes to “{name}” before closing it?").format(name=name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"), question,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.owner)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return Choice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Choice.DISCARD
        return Choice.CANCEL

    def changed_on_disk(self, name: str, reload: bool, kept: Path | None) -> DiskChoice:
        """Save found the file changed on disk since it was opened or last saved: overwrite
        it, reload it (when *reload*; unsaved changes then kept as *kept*), or cancel, the
        default."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("File changed on disk"),
            self.tr("“{name}” was changed on disk since you opened or last saved it. "
                    "Overwrite it with your version?").format(name=name),
            QMessageBox.StandardButton.NoButton, self.owner)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        again = None
        if reload:
            again = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.ActionRole)
            box.setInformativeText(
                self.tr("Reload shows the version on disk instead; your unsaved changes are "
                        "kept as {copy}.").format(copy=kept) if kept is not None else
                self.tr("Reload shows the version on disk instead."))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return disk_choice(box.clickedButton(), overwrite, again)

    def reload_over_changes(self, name: str, kept: Path) -> bool:
        """Reload *name* from disk over unsaved changes (kept as *kept*)? Cancel is the
        default."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Reload from disk"),
            self.tr("Replace your unsaved changes to “{name}” with the version on disk?")
            .format(name=name), QMessageBox.StandardButton.NoButton, self.owner)
        box.setInformativeText(self.tr("Your changes are kept as {copy}.").format(copy=kept))
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is reload

    def restore_recovery(self, copy: RecoveryCopy) -> RecoveryChoice:
        """Restore, discard, or keep the copy for later; anything but an explicit
        Discard (Escape, closing the dialog) keeps it."""
        from PySide6.QtWidgets import QMessageBox

        when = local_minute(copy.saved_at)
        name = copy.original.name if copy.original else self.tr("an untitled release")
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restore unsaved work"),
            self.tr("ReleaseDesk closed unexpectedly. Restore your unsaved changes to {name} "
               "(autosaved {when})?").format(name=name, when=when),
            QMessageBox.StandardButton.NoButton, self.owner)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setInformativeText(self.tr("“Not now” keeps the copy and asks again at the next "
                                       "start; “Discard” deletes it."))
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        return recovery_choice(box.clickedButton(), restore, discard)

    def open_path(self, folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.owner, self.tr("Open release"), folder,
                                              self.release_filter())
        return Path(name) if name else None

    def save_path(self, suggestion: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.owner, self.tr("Save release"), suggestion,
                                              self.release_filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == ".release" else path.with_name(path.name + ".release")

    def export_path(self, suggestion: str, description: str, pattern: str,
                    title: str = "") -> Path | None:
        """Where to write an export; the dialog is titled *title* ("Export" if none)."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.owner, title or self.tr("Export"), suggestion,
                                              f"{description} ({pattern})")
        return Path(name) if name else None

    def open_photos(self, folder: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self.owner, self.tr("Add photos"), folder,
            self.tr("Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.heif);;All files (*)"))
        return [Path(name) for name in names]

    def confirm(self, message: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.owner, self.tr("ReleaseDesk"), message,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export_despite_errors(self, errors: list[str]) -> bool:
        """Asked once per export when the readiness check found errors: True to go ahead."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export with errors?"),
                          self.tr("The readiness check found problems that would go out "
                                  "with this release:"), QMessageBox.StandardButton.NoButton,
                          self.owner)
        box.setInformativeText("\n".join(f"• {error}" for error in errors))
        export = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is export

    def print_dialog(self, printer: QPrinter) -> bool:
        """The system's print dialog for *printer*; True to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        return bool(QPrintDialog(printer, self.owner).exec())

    def print_preview(self, printer: QPrinter, paint: Callable[[QPrinter], object]) -> None:
        """Qt's print preview, painting with *paint*; it prints from its own toolbar."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, self.owner)
        dialog.paintRequested.connect(paint)
        dialog.exec()

    def choose_profile(self, choices: list[tuple[str, str]], current: str = "",
                       apply: bool = False) -> str | None:
        """The house style for a new release (or, *apply*, for the open one), from (name,
        label) pairs shown by label: the chosen name, "" for blank (new releases only),
        None to cancel. *current* is preselected."""
        from PySide6.QtWidgets import QInputDialog

        blank = self.tr("Blank release (no house style)")
        labels = [label for _, label in choices]
        names = [name for name, _ in choices]
        start = names.index(current) if current in names else 0
        if apply:
            title, question, items = self.tr("Apply house style"), self.tr(
                "Give this release the footer, About text, organisation, dateline, language "
                "and conventions of:"), labels
        else:
            title, question = self.tr("New release"), self.tr("Start from the house style of:")
            items = [*labels, blank]
        choice, ok = QInputDialog.getItem(self.owner, title, question, items, start, False)
        if not ok:
            return None
        return "" if choice == blank else names[labels.index(choice)]

    def damaged_file(self, name: str, details: str) -> None:
        """A release that cannot be opened: plain words, the technical detail on request."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("ReleaseDesk"), self.tr(
            "“{name}” is damaged and can't be opened. Your other files are fine; the "
            "details are in the log.").format(name=name), QMessageBox.StandardButton.Ok,
            self.owner)
        box.setDetailedText(details)
        box.exec()

    def open_profile_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.owner, self.tr("Import house style"), "",
                                              self.tr("ReleaseDesk profile (*.json)"))
        return Path(name) if name else None

    def export_profile_path(self, suggestion: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.owner, self.tr("Export house style"),
                                              suggestion, self.tr("ReleaseDesk profile (*.json)"))
        return Path(name) if name else None

    def newsroom_folder(self, folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        title = self.tr("Open Newsroom Folder")
        name = QFileDialog.getExistingDirectory(self.owner, title, folder)
        return Path(name) if name else None

    def newsroom_output(self, folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        title = self.tr("Build the newsroom in")
        name = QFileDialog.getExistingDirectory(self.owner, title, folder)
        return Path(name) if name else None

    def export_folder(self, folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        title = self.tr("Export all formats to")
        name = QFileDialog.getExistingDirectory(self.owner, title, folder)
        return Path(name) if name else None

    def sign_off_details(self, fingerprint: str, roles: list[str], errors: int,
                         name: str, register: Sequence[ProofFinding] = ()
                         ) -> tuple[str, str, str] | None:
        """(name, role, note) for a sign-off of the text with *fingerprint*, or None;
        *register*: the office register's errors, which need an override note."""
        from ..clearance.signoff_dialog import SignOffDialog

        dialog = SignOffDialog(fingerprint, roles, errors, name, self.owner, register)
        return dialog.details() if dialog.exec() else None


def recovery_choice(clicked: object, restore: object, discard: object) -> RecoveryChoice:
    """What the clicked button of the recovery question means: no button (the dialog
    closed) and every other button keep the copy."""
    if clicked is restore:
        return RecoveryChoice.RESTORE
    if clicked is discard:
        return RecoveryChoice.DISCARD
    return RecoveryChoice.KEEP


def disk_choice(clicked: object, overwrite: object, reload: object) -> DiskChoice:
    """What the clicked button of the changed-on-disk question means: anything but
    Overwrite or Reload (Cancel, Escape, the dialog closed) cancels."""
    if clicked is overwrite:
        return DiskChoice.OVERWRITE
    if reload is not None and clicked is reload:
        return DiskChoice.RELOAD
    return DiskChoice.CANCEL
