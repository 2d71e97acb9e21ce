"""Scripted dialogs for the editor tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from releasedesk.gui.dialogs.prompts import Choice, DiskChoice, Prompts, RecoveryChoice
from releasedesk.recovery import RecoveryCopy

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import (
        QMenu,
        QTableWidget,
        QTableWidgetItem,
        QTreeWidget,
        QTreeWidgetItem,
    )

    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.gui.app.review_actions import ReviewCommands
    from releasedesk.gui.review.review_panel import ReviewPanel
    from releasedesk.gui.review.review_session import ReviewSession
    from releasedesk.model import Release
    from releasedesk.proofing.findings import ProofFinding


class FakePrompts(Prompts):
    """Scripted answers; every message is recorded instead of shown."""

    def __init__(self) -> None:
        super().__init__(None)
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.save_first_asked: list[str] = []
        self.save_first_answer = True
        self.unsaved_answer = Choice.CANCEL
        self.unsaved_asked = 0
        self.unsaved_closing: list[bool] = []  # (each question: about closing, or replacing)
        self.disk_answer = DiskChoice.CANCEL  # Save found the file changed on disk
        self.disk_asked: list[tuple[str, bool, Path | None]] = []  # (name, reload, kept)
        self.reload_answer = True  # Reload over unsaved changes
        self.reload_asked: list[tuple[str, Path]] = []  # (name, kept)
        self.restore_answer = RecoveryChoice.RESTORE
        self.restore_asked = 0
        self.next_path: Path | None = None
        self.next_folder: Path | None = None
        self.confirmations: list[str] = []
        self.confirm_answer = True
        self.profile_choices: list[list[str]] = []
        self.profile_answer: str | None = ""
        self.profile_labels: list[list[str]] = []
        self.profile_applied: list[bool] = []
        self.damaged: list[tuple[str, str]] = []
        self.export_errors_shown: list[list[str]] = []
        self.export_anyway = True
        self.signoff_answer: tuple[str, str, str] | None = None
        self.signoff_asked: list[tuple[str, list[str], int]] = []
        self.printed_on: list[object] = []
        self.print_answer = True
        self.previewed: list[object] = []
        self.next_photos: list[Path] = []
        self.export_titles: list[str] = []  # the titles export dialogs were asked with

    def error(self, message: str) -> None:
        self.errors.append(message)

    def info(self, message: str) -> None:
        self.infos.append(message)

    # Every question is answered at once, as the user would answer it: the caller goes on
    # in *then* before the question returns (nothing when the answer is Cancel).

    def save_first(self, message: str, then: Callable[[], object]) -> None:
        self.save_first_asked.append(message)
        if self.save_first_answer:
            then()

    def unsaved_changes(self, name: str, then: Callable[[Choice], object],
                        closing: bool = True) -> None:
        self.unsaved_asked += 1
        self.unsaved_closing.append(closing)
        then(self.unsaved_answer)

    def changed_on_disk(self, name: str, reload: bool, kept: Path | None,
                        then: Callable[[DiskChoice], object]) -> None:
        self.disk_asked.append((name, reload, kept))
        then(self.disk_answer)

    def reload_over_changes(self, name: str, kept: Path, then: Callable[[], object]) -> None:
        self.reload_asked.append((name, kept))
        if self.reload_answer:
            then()

    def restore_recovery(self, copy: RecoveryCopy,
                         then: Callable[[RecoveryChoice], object]) -> None:
        self.restore_asked += 1
        then(self.restore_answer)

    def _path(self, then: Callable[[Path], object]) -> None:
        if self.next_path is not None:
            then(self.next_path)

    def _folder(self, title: str, folder: str, then: Callable[[Path], object]) -> None:
        if self.next_folder is not None:
            then(self.next_folder)

    def open_path(self, folder: str, then: Callable[[Path], object]) -> None:
        self._path(then)

    def save_path(self, suggestion: str, then: Callable[[Path], object]) -> None:
        self._path(then)

    def export_path(self, suggestion: str, description: str, pattern: str,
                    then: Callable[[Path], object], title: str = "") -> None:
        self.export_titles.append(title)
        self._path(then)

    def open_photos(self, folder: str, then: Callable[[list[Path]], object]) -> None:
        if self.next_photos:
            then(self.next_photos)

    def confirm(self, message: str, then: Callable[[], object]) -> None:
        self.confirmations.append(message)
        if self.confirm_answer:
            then()

    def export_despite_errors(self, errors: list[str], then: Callable[[], object]) -> None:
        self.export_errors_shown.append(errors)
        if self.export_anyway:
            then()

    def print_dialog(self, printer: QPrinter, then: Callable[[QPrinter], object]) -> None:
        self.printed_on.append(printer)
        if self.print_answer:
            then(printer)

    def print_preview(self, printer: QPrinter, paint: Callable[[QPrinter], object]) -> None:
        self.previewed.append(printer)
        paint(printer)  # as the dialog's paintRequested does

    def choose_profile(self, choices: list[tuple[str, str]], then: Callable[[str], object],
                       current: str = "", apply: bool = False) -> None:
        self.profile_applied.append(apply)
        self.profile_choices.append([name for name, _ in choices])
        self.profile_labels.append([label for _, label in choices])
        if self.profile_answer is not None:
            then(self.profile_answer)

    def damaged_file(self, name: str, details: str) -> None:
        self.damaged.append((name, details))

    def open_profile_path(self, then: Callable[[Path], object]) -> None:
        self._path(then)

    def export_profile_path(self, suggestion: str, then: Callable[[Path], object]) -> None:
        self._path(then)

    def sign_off_details(self, fingerprint: str, roles: list[str], errors: int,
                         name: str, then: Callable[[tuple[str, str, str]], object],
                         register: Sequence[ProofFinding] = ()) -> None:
        self.signoff_asked.append((fingerprint, roles, errors))
        self.signoff_register = list(register)
        if self.signoff_answer is not None:
            then(self.signoff_answer)


class Started(Protocol):
    """A command that goes on in a callback given as `then` (save, close, open …)."""

    def __call__(self, *, then: Callable[[], object]) -> object: ...


def went(start: Started) -> bool:
    """Whether a command that goes on in a callback (save, close, open …) got there: *start*
    is called with the callback as `then`; FakePrompts answer every question at once."""
    done: list[bool] = []
    start(then=lambda: done.append(True))
    return bool(done)


def opens(window: MainWindow, path: Path, release: Release | None = None) -> bool:
    """Whether *path* opened in *window* (at once: FakePrompts answer every question)."""
    return went(lambda then: window.open_path(path, release, then))


def recovered(window: MainWindow) -> bool:
    """Offer the window's recovery copies as the start does: whether one was restored (the
    scripted answers come at once, so the offer is over when this returns)."""
    from releasedesk.gui.app.launch import offer_recovery

    answers: list[bool] = []
    offer_recovery(window, answers.append)
    assert len(answers) == 1, answers
    return answers[0]


def own_copies_of_the_samples() -> None:
    """Install the built-in sample house styles as the user's own, as a colleague's files
    would be: File ▸ New and the start then offer them (the samples alone are not)."""
    from releasedesk.profiles import ProfileStore

    store = ProfileStore()
    for profile in store.load_all():
        if profile.builtin:
            store.save(profile)


def prompts_of(window: MainWindow) -> FakePrompts:
    """The scripted dialogs of a window made for a test."""
    assert isinstance(window.prompts, FakePrompts)
    return window.prompts


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in a table's cell (there is one)."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def heading(table: QTableWidget, column: int) -> str:
    """The title over a table's column."""
    item = table.horizontalHeaderItem(column)
    assert item is not None, column
    return item.text()


def menu_of(action: QAction) -> QMenu:
    """The menu a menu bar's (or a submenu's) action opens."""
    from PySide6.QtWidgets import QMenu

    menu = action.menu()
    assert isinstance(menu, QMenu), action.text()
    return menu


def review_of(window: MainWindow) -> ReviewCommands:
    """The window's review trip (made by its first review command)."""
    assert window.review is not None
    return window.review


def top(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    """A tree's top-level item (there is one)."""
    item = tree.topLevelItem(row)
    assert item is not None, row
    return item


def session_of(window: MainWindow) -> ReviewSession:
    """The review the window is showing."""
    session = review_of(window).session
    assert session is not None
    return session


def panel_of(window: MainWindow) -> ReviewPanel:
    """The panel that lists the review the window is showing."""
    panel = review_of(window).panel
    assert panel is not None
    return panel


def wait_for_tasks(timeout: float = 30.0) -> None:
    """Process events until every background job has finished and been delivered (exports,
    imports, folders listed, photos read, the preview); fails after *timeout* seconds."""
    import time

    from PySide6.QtCore import QCoreApplication

    from releasedesk.gui.basics import tasks

    deadline = time.monotonic() + timeout
    while True:
        QCoreApplication.processEvents()
        if tasks.idle():
            return
        assert time.monotonic() < deadline, "background jobs still running"
        tasks.pool().waitForDone(10)  # (the worker's own time, not a sleep)
