"""Every question and message the editor puts to the user, in one replaceable object.

Nothing here waits for the answer (no nested event loop: gui/basics/modal.py): a message is
shown and the call returns; a question takes *then*, called with the answer when the user
gives it (a chooser's *then* only when something was chosen, a yes-or-no question's only on
yes). Tests swap in scripted answers that call *then* at once. The dialog classes are
imported when first needed: PySide6 builds each class's Python enums on first use, and
start-up should not pay for dialogs it may never show.
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
from ..basics.modal import FileMode, ask, choose_files, show_modal, when_accepted

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

        show_modal(plain_box(QMessageBox.Icon.Warning, self.tr("ReleaseDesk"), message,
                             self.owner))

    def failure(self, error: ReleaseDeskError) -> None:
        """Show a core error in the interface language."""
        self.error(translate_error(error))

    def info(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        show_modal(plain_box(QMessageBox.Icon.Information, self.tr("ReleaseDesk"), message,
                             self.owner))

    def save_first(self, message: str, then: Callable[[], object]) -> None:
        """*message* explains why the release must be saved first; *then* runs when the
        user goes on to Save As… (the button says so), nothing on Cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("ReleaseDesk"), message,
                          QMessageBox.StandardButton.Cancel, self.owner)
        go_on = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go_on)
        ask(box, lambda clicked: then() if clicked is go_on else None)

    def unsaved_changes(self, name: str, then: Callable[[Choice], object],
                        closing: bool = True) -> None:
        """Save, discard or keep (Cancel) the changes to *name*: *then*(the answer); Save is
        the default, Escape cancels. *closing*: the release is being closed (else another
        one is to take its place: opened, new, from a template or an imported draft)."""
        from PySide6.QtWidgets import QMessageBox

        question = (self.tr("Save the changes to “{name}” before closing it?") if closing
                    else self.tr("Save the changes to “{name}” before opening another "
                                 "release?")).format(name=name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"), question,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.owner)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        save = box.button(QMessageBox.StandardButton.Save)
        discard = box.button(QMessageBox.StandardButton.Discard)
        ask(box, lambda clicked: then(Choice.SAVE if clicked is save else Choice.DISCARD
                                      if clicked is discard else Choice.CANCEL))

    def changed_on_disk(self, name: str, reload: bool, kept: Path | None,
                        then: Callable[[DiskChoice], object]) -> None:
        """Save found the file changed on disk since it was opened or last saved: overwrite
        it, reload it (when *reload*; unsaved changes then kept as *kept*), or cancel, the
        default; *then*(the answer)."""
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
        ask(box, lambda clicked: then(disk_choice(clicked, overwrite, again)))

    def reload_over_changes(self, name: str, kept: Path, then: Callable[[], object]) -> None:
        """Reload *name* from disk over unsaved changes (kept as *kept*)? *then* on Reload;
        Cancel is the default."""
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
        ask(box, lambda clicked: then() if clicked is reload else None)

    def restore_recovery(self, copy: RecoveryCopy,
                         then: Callable[[RecoveryChoice], object]) -> None:
        """Restore, discard, or keep the copy for later: *then*(the answer); anything but
        an explicit Discard (Escape, closing the dialog) keeps it."""
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
        ask(box, lambda clicked: then(recovery_choice(clicked, restore, discard)))

    def open_path(self, folder: str, then: Callable[[Path], object]) -> None:
        """The release to open, from *folder*: *then*(path) when one is chosen."""
        choose_files(self.owner, FileMode.OPEN, self.tr("Open release"), folder,
                     self.release_filter(), lambda names: then(Path(names[0])))

    def save_path(self, suggestion: str, then: Callable[[Path], object]) -> None:
        """Where to save the release, *then*(path) when chosen (".release" added if the
        name has no such ending)."""
        def chosen(names: Sequence[str]) -> None:
            path = Path(names[0])
            then(path if path.suffix == ".release" else path.with_name(path.name + ".release"))

        choose_files(self.owner, FileMode.SAVE, self.tr("Save release"), suggestion,
                     self.release_filter(), chosen)

    def export_path(self, suggestion: str, description: str, pattern: str,
                    then: Callable[[Path], object], title: str = "") -> None:
        """Where to write an export, *then*(path) when chosen; the dialog is titled *title*
        ("Export" if none)."""
        choose_files(self.owner, FileMode.SAVE, title or self.tr("Export"), suggestion,
                     f"{description} ({pattern})", lambda names: then(Path(names[0])))

    def open_photos(self, folder: str, then: Callable[[list[Path]], object]) -> None:
        """Photos to add, *then*(paths) when one or more are chosen."""
        choose_files(
            self.owner, FileMode.OPEN_MANY, self.tr("Add photos"), folder,
            self.tr("Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic *.heif);;All files (*)"),
            lambda names: then([Path(name) for name in names]))

    def confirm(self, message: str, then: Callable[[], object]) -> None:
        """A yes-or-no question, No the default: *then* runs on Yes."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("ReleaseDesk"), message,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.owner)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        ask(box, lambda clicked: then() if clicked is yes else None)

    def export_despite_errors(self, errors: list[str], then: Callable[[], object]) -> None:
        """Asked once per export when the readiness check found errors: *then* runs when
        the user exports anyway."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export with errors?"),
                          self.tr("The readiness check found problems that would go out "
                                  "with this release:"), QMessageBox.StandardButton.NoButton,
                          self.owner)
        box.setInformativeText("\n".join(f"• {error}" for error in errors))
        export = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        ask(box, lambda clicked: then() if clicked is export else None)

    def print_dialog(self, printer: QPrinter, then: Callable[[QPrinter], object]) -> None:
        """The system's print dialog for *printer*; *then*(printer) to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        # (the printer is held by the callback until the dialog closes: Qt only points at it)
        when_accepted(QPrintDialog(printer, self.owner), lambda _dialog: then(printer))

    def print_preview(self, printer: QPrinter, paint: Callable[[QPrinter], object]) -> None:
        """Qt's print preview, painting with *paint*; it prints from its own toolbar."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, self.owner)
        dialog.paintRequested.connect(paint)
        def closed(_result: int, kept: QPrinter = printer) -> None:
            """(holds the printer as long as the dialog, which only points at it)"""

        show_modal(dialog, closed)

    def choose_profile(self, choices: list[tuple[str, str]], then: Callable[[str], object],
                       current: str = "", apply: bool = False) -> None:
        """The house style for a new release (or, *apply*, for the open one), from (name,
        label) pairs shown by label: *then*(the chosen name), "" for blank (new releases
        only); nothing on Cancel. *current* is preselected."""
        from PySide6.QtCore import Qt
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
        # (as QInputDialog.getItem showed it: a list not to be edited, *start* chosen)
        dialog = QInputDialog(self.owner)
        dialog.setWindowTitle(title)
        dialog.setLabelText(question)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(items[start])
        dialog.setInputMethodHints(Qt.InputMethodHint.ImhNone)

        def chosen(answered: QInputDialog) -> None:
            choice = answered.textValue()
            then("" if choice == blank else names[labels.index(choice)])

        when_accepted(dialog, chosen)

    def damaged_file(self, name: str, details: str) -> None:
        """A release that cannot be opened: plain words, the technical detail on request."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("ReleaseDesk"), self.tr(
            "“{name}” is damaged and can't be opened. Your other files are fine; the "
            "details are in the log.").format(name=name), QMessageBox.StandardButton.Ok,
            self.owner)
        box.setDetailedText(details)
        show_modal(box)

    def open_profile_path(self, then: Callable[[Path], object]) -> None:
        choose_files(self.owner, FileMode.OPEN, self.tr("Import house style"), "",
                     self.tr("ReleaseDesk profile (*.json)"), lambda names: then(Path(names[0])))

    def export_profile_path(self, suggestion: str, then: Callable[[Path], object]) -> None:
        choose_files(self.owner, FileMode.SAVE, self.tr("Export house style"), suggestion,
                     self.tr("ReleaseDesk profile (*.json)"), lambda names: then(Path(names[0])))

    def newsroom_folder(self, folder: str, then: Callable[[Path], object]) -> None:
        self._folder(self.tr("Open Newsroom Folder"), folder, then)

    def newsroom_output(self, folder: str, then: Callable[[Path], object]) -> None:
        self._folder(self.tr("Build the newsroom in"), folder, then)

    def export_folder(self, folder: str, then: Callable[[Path], object]) -> None:
        self._folder(self.tr("Export all formats to"), folder, then)

    def _folder(self, title: str, folder: str, then: Callable[[Path], object]) -> None:
        choose_files(self.owner, FileMode.FOLDER, title, folder, "",
                     lambda names: then(Path(names[0])))

    def sign_off_details(self, fingerprint: str, roles: list[str], errors: int,
                         name: str, then: Callable[[tuple[str, str, str]], object],
                         register: Sequence[ProofFinding] = ()) -> None:
        """*then*((name, role, note)) for a sign-off of the text with *fingerprint*, when
        the user signs; *register*: the office register's errors, which need an override
        note."""
        from ..clearance.signoff_dialog import SignOffDialog

        dialog = SignOffDialog(fingerprint, roles, errors, name, self.owner, register)
        when_accepted(dialog, lambda signed: then(signed.details()))


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
