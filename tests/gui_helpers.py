"""Scripted dialogs for the editor tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from releasedesk.gui.dialogs.prompts import Choice, DiskChoice, Prompts, RecoveryChoice
from releasedesk.recovery import RecoveryCopy

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
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

    def save_first(self, message: str) -> bool:
        self.save_first_asked.append(message)
        return self.save_first_answer

    def unsaved_changes(self, name: str) -> Choice:
        self.unsaved_asked += 1
        return self.unsaved_answer

    def changed_on_disk(self, name: str, reload: bool, kept: Path | None) -> DiskChoice:
        self.disk_asked.append((name, reload, kept))
        return self.disk_answer

    def reload_over_changes(self, name: str, kept: Path) -> bool:
        self.reload_asked.append((name, kept))
        return self.reload_answer

    def restore_recovery(self, copy: RecoveryCopy) -> RecoveryChoice:
        self.restore_asked += 1
        return self.restore_answer

    def open_path(self, folder: str) -> Path | None:
        return self.next_path

    def save_path(self, suggestion: str) -> Path | None:
        return self.next_path

    def export_path(self, suggestion: str, description: str, pattern: str,
                    title: str = "") -> Path | None:
        self.export_titles.append(title)
        return self.next_path

    def export_folder(self, folder: str) -> Path | None:
        return self.next_folder

    def newsroom_folder(self, folder: str) -> Path | None:
        return self.next_folder

    def newsroom_output(self, folder: str) -> Path | None:
        return self.next_folder

    def open_photos(self, folder: str) -> list[Path]:
        return self.next_photos

    def confirm(self, message: str) -> bool:
        self.confirmations.append(message)
        return self.confirm_answer

    def export_despite_errors(self, errors: list[str]) -> bool:
        self.export_errors_shown.append(errors)
        return self.export_anyway

    def print_dialog(self, printer: object) -> bool:
        self.printed_on.append(printer)
        return self.print_answer

    def print_preview(self, printer: object, paint: object) -> None:
        self.previewed.append(printer)
        paint(printer)  # type: ignore[operator]  # as the dialog's paintRequested does

    def choose_profile(self, choices: list[tuple[str, str]], current: str = "",
                       apply: bool = False) -> str | None:
        self.profile_applied.append(apply)
        self.profile_choices.append([name for name, _ in choices])
        self.profile_labels.append([label for _, label in choices])
        return self.profile_answer

    def damaged_file(self, name: str, details: str) -> None:
        self.damaged.append((name, details))

    def open_profile_path(self) -> Path | None:
        return self.next_path

    def export_profile_path(self, suggestion: str) -> Path | None:
        return self.next_path

    def sign_off_details(self, fingerprint: str, roles: list[str], errors: int,
                         name: str, register: object = ()) -> tuple[str, str, str] | None:
        self.signoff_asked.append((fingerprint, roles, errors))
        self.signoff_register = list(register)  # type: ignore[call-overload]  # findings as the editor hands them over
        return self.signoff_answer


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
