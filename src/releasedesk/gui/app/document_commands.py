"""The window's commands that bring a release into it: File ▸ New (from a house style, or
blank), the start without a file, Tools ▸ Set Up Your Organisation…, File ▸ Open…, Open
Newsroom Folder… and Import Draft…; and the name a new release is first saved under."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...errors import ReleaseDeskError
from ...model import Release, new_release
from ...profiles import profile_label, release_from_profile

if TYPE_CHECKING:
    from ..dialogs.first_run import FirstRunDialog
    from ..newsroom.newsroom_window import NewsroomWindow
    from .main_window import MainWindow


class DocumentCommands(QObject):
    """New, open, set up and import, for the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_document(self) -> None:
        """A new release, from a house-style profile of the user's choice (or blank), once
        the release open now may go."""
        manager = self.window.manager
        manager.confirm_discard(lambda: self.choose_new_release(manager.while_open(
            lambda release: manager.new(release, discarded=True))))

    def choose_new_release(self, then: Callable[[Release], object]) -> None:
        """The start of a new release (File ▸ New, File ▸ New from Template…): the house
        style of the user's choice among their own, the last used preselected, or blank;
        *then*(the release), nothing when the user cancels. The choice is remembered for
        next time."""
        from ...house_setup import own_profiles  # (a new release only: not at every start)

        window = self.window
        profiles = own_profiles(window.profiles().load_all())  # (the samples: File ▸ Open Sample)
        choices = [(p.name, profile_label(p)) for p in profiles]

        def chosen(choice: str) -> None:
            profile = next((p for p in profiles if p.name == choice), None)
            window.settings.last_profile = choice
            then(release_from_profile(profile) if profile is not None else self.blank_release())

        if choices:
            window.prompts.choose_profile(choices, chosen, window.settings.last_profile)
        else:
            chosen("")

    def start_new(self) -> None:
        """The editor started without a file: a new release from the user's own house style
        used last (else their first), so their footer and contacts are there from the start;
        with none of their own, a blank release in the interface's language."""
        from ...house_setup import office_house  # (a start that opens a file makes none)

        window = self.window
        chosen = office_house(window.profiles().load_all(), window.settings.last_profile)
        window.manager.new(release_from_profile(chosen) if chosen else self.blank_release())

    def blank_release(self) -> Release:
        """A release of no house style, in the interface's language (zh-CN on a Chinese
        desktop)."""
        window = self.window
        from ..basics.i18n import resolve

        chinese = resolve(window.settings.ui_language) == "zh_CN"
        return new_release(language="zh-CN" if chinese else "en")

    def set_up_organisation(self, first_start: bool = False) -> FirstRunDialog:
        """Tools ▸ Set Up Your Organisation… (and the first start's offer): the set-up,
        window-modal; finished, a new untouched release starts from the house style made."""
        window = self.window
        from ..dialogs.first_run import open_set_up

        dialog = open_set_up(window, first_start)
        window.last_dialog = dialog
        return dialog

    def suggested_save_path(self, release: Release) -> Path:
        """A file name from the headline (any script, safe characters) in the last folder
        used, else the documents folder, else the home folder (a file dialog given a folder
        that does not exist opens in the program's working folder)."""
        window = self.window
        from PySide6.QtCore import QStandardPaths

        from .exports import suggested_stem

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        for folder in (window.settings.last_save_folder, window.settings.last_open_folder,
                       documents, str(Path.home())):
            if folder and Path(folder).is_dir():
                break
        return Path(folder) / f"{suggested_stem(release, None)}.release"

    def open_dialog(self) -> None:
        window = self.window
        folder = window.settings.last_open_folder or str(Path.home())
        window.prompts.open_path(folder, window.open_path)

    def open_newsroom(self, folder: Path | None = None) -> None:
        """List a folder of releases in a library window (asked for when not given)."""
        window = self.window
        if folder is None:
            start = window.settings.last_open_folder or str(Path.home())
            window.prompts.newsroom_folder(start, self.open_newsroom)
            return
        from ..newsroom.newsroom_window import open_newsroom_folder

        def shown() -> None:
            window.raise_()
            window.activateWindow()

        def open_release(path: Path) -> None:
            window.open_path(path, then=shown)

        def opened(library: NewsroomWindow) -> None:
            window.statusBar().clearMessage()
            window.newsroom_window = library

        def failed(error: ReleaseDeskError) -> None:
            window.statusBar().clearMessage()
            window.prompts.failure(error)

        # Listed off the GUI thread: the window shows when the folder is read.
        window.statusBar().showMessage(self.tr("Reading the releases…"))
        open_newsroom_folder(window, folder, open_release, opened, failed, window.prompts)

    def import_draft(self, path: Path | None = None) -> None:
        """Import a Word, text, Markdown or HTML draft as a new untitled release."""
        window = self.window
        if window.drafts is None:
            from .import_report import DraftImport

            window.drafts = DraftImport(window)
        if path is None:
            window.drafts.ask()
        else:
            window.drafts.start(path)
