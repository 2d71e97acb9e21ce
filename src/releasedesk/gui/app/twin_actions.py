"""The editor's language versions: File ▸ New Language Version… and View ▸ Compare with
Language Version (twin_dialog.py, twin_compare.py; the making is twins/making.py's).

Loaded with the menus but light: the dialogs and the core load on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...errors import N_, ReleaseDeskError
from ...field_change import FieldChange

# The narrowest the Compare view gets beside the form (two readable columns).
MIN_ASIDE = 560

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ...model import TwinLink
    from ...twins.align import Row
    from ..twins.twin_compare import CompareWindow
    from ..twins.twin_dialog import NewLanguageVersionDialog, Show
    from .main_window import MainWindow


def _show(dialog: NewLanguageVersionDialog, accepted: Callable[[], object]) -> None:
    from ..twins.twin_dialog import show_language_version

    show_language_version(dialog, accepted)


class TwinCommands(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.compare_window: CompareWindow | None = None
        # How the dialog is shown and answered (tests answer it without showing it).
        self.run_dialog: Show = _show
        self.new_action = window._action(
            "new_language_version", self.tr("New Lan&guage Version…"),
            lambda: self.new_language_version())
        file_menu.insertAction(window.actions["open_newsroom"], self.new_action)
        view_menu.addSeparator()
        self.compare_action = window._action(
            "compare_language_version", self.tr("Compare with &Language Version"),
            lambda: self.compare(), menu=view_menu)
        window.manager.documentReplaced.connect(self._document_replaced)
        window.manager.stateChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        manager = self.window.manager
        self.new_action.setEnabled(not manager.read_only)
        self.compare_action.setEnabled(bool(manager.release.twins) and manager.path is not None)

    def _document_replaced(self) -> None:
        if self.compare_window is not None:  # (it shows the release that was open)
            self.compare_window.close()
            self.compare_window = None
        self.update_actions()

    def new_language_version(self) -> None:
        """Ask for a language, save the new version beside the release, record the link in
        both (the open release is saved with it) and open the new version. An untitled
        release is saved first (the user is told why, then chooses where)."""
        window, manager = self.window, self.window.manager
        if manager.read_only:
            return
        if manager.path is None:
            window.prompts.save_first(self.tr(
                "This release has not been saved yet. Its language version is kept in the "
                "same folder, so the release is saved first: choose where in Save As…, "
                "which opens next; then you choose the language."),
                manager.while_open(lambda: manager.save(manager.while_open(
                    self._ask_language))))
            return
        self._ask_language()

    def _ask_language(self) -> None:
        from ...twins.making import language_choices
        from ..twins.twin_dialog import NewLanguageVersionDialog, ask_language_version

        window, manager = self.window, self.window.manager
        assert manager.path is not None
        source = manager.release
        profiles = window.profiles().load_all()
        dialog = NewLanguageVersionDialog(source.headline, source.language, manager.path,
                                          language_choices(source.language, profiles),
                                          manager.modified, window)

        def asked(answer: tuple[str, Path, bool]) -> None:
            made = self._make(*answer)
            if made is not None:  # opened once the link is saved in the release here
                manager.save(manager.while_open(lambda: window.open_path(made)))

        ask_language_version(dialog, self.run_dialog, manager.while_open(asked))

    def _make(self, language: str, target: Path, copy_text: bool) -> Path | None:
        import copy

        from ... import document
        from ...twins.making import link_twins, make_twin

        window, manager = self.window, self.window.manager
        # The link worked out on a copy, and applied once the new version is saved.
        source = copy.deepcopy(manager.release)
        assert manager.path is not None
        twin = make_twin(source, language, window.profiles().load_all(), copy_text)
        try:
            link_twins(source, manager.path, twin, target)
            if target.exists() or target.is_symlink():
                raise ReleaseDeskError(N_("{target} already exists; choose another name."),
                                       target=str(target))
            document.save(twin, target)
        except ReleaseDeskError as exc:
            window.prompts.failure(exc)
            return None
        for name in ("id", "twins"):  # (links, not content: no undo step)
            window.form.apply(FieldChange(name, getattr(source, name)))
        manager.mark_modified()  # (saved next; if not, the link stays in it, to be saved)
        return target

    def compare(self) -> CompareWindow | None:
        """Show the open release beside its language version."""
        from ..twins.twin_compare import CompareWindow

        manager = self.window.manager
        if not manager.release.twins or manager.path is None:
            return None
        if self.compare_window is not None:
            self.compare_window.close()
        profile = self.window.scheduler.profile
        self.compare_window = CompareWindow(manager.release, manager.path, self._aligned,
                                            self.window, manager.read_only,
                                            profile.names if profile is not None else None)
        self.compare_window.jumpRequested.connect(self.go_to)
        self.compare_window.show()
        return self.compare_window

    def go_to(self, row: Row) -> None:
        """Put the editor's cursor on *row*'s paragraph or field in the open release (a
        row of the other version only: this release's paragraph before it)."""
        from ..twins.twin_jump import go_to_row

        go_to_row(self.window.form, self.window.manager.release, row,
                  self.compare_window.rows if self.compare_window is not None else [row])
        if self.compare_window is not None:
            step_aside(self.compare_window, self.window.form_scroll)
        self.window.activateWindow()

    def _aligned(self, links: list[TwinLink]) -> None:
        window = self.window
        window.form.apply(FieldChange("twins", links))  # (a link, not content: no undo step)
        window.manager.mark_modified()
        window.scheduler.request(window.manager.release)
        window.statusBar().showMessage(self.tr(
            "Marked as aligned; the mark is kept when this release is saved."), 5000)


def step_aside(over: QWidget, form: QWidget) -> None:
    """A window (the Compare view) that covers the form moves beside it, on the screen's
    side away from it, and narrows to the room there (down to MIN_ASIDE px), so the
    paragraph just jumped to shows; where there is no such room it stays where it is."""
    from PySide6.QtCore import QPoint, QRect

    screen = over.screen().availableGeometry()
    shown = QRect(form.mapToGlobal(QPoint(0, 0)), form.size()) & screen
    frame = over.frameGeometry()
    if not frame.intersects(shown):
        return
    margin = frame.width() - over.width()  # (the window manager's frame)
    room = screen.right() - shown.right()
    if room - margin < MIN_ASIDE:
        return
    width = min(frame.width(), room)
    over.resize(width - margin, over.height())
    over.move(shown.right() + 1 + room - width, frame.top())
