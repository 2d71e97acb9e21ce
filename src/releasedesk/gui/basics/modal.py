"""Dialogs shown without a nested event loop: the one home of `open()` and its callbacks.

`QDialog.exec()` and the static `QFileDialog.get…`, `QInputDialog.get…` and
`QMessageBox.question…` helpers run an event loop inside the method that asked: the window
can be closed, the document replaced or a background job's result delivered underneath a
caller that is still waiting for its answer. Here a dialog is shown window-modal with
`open()` (application-modal when it has no window to belong to) and the call returns at
once; the caller goes on in *then*, run from the dialog's `finished` signal. A dialog
destroyed before it is answered (its window closed and deleted) runs nothing.

Each dialog deletes itself once closed (after the callbacks ran); one without a parent is
kept alive here until then, so Python's garbage collector never takes a showing dialog.

Every dialog the editor shows is shown here or is a DeskDialog (whose first show says so,
`shown`): the dialogs shown and not yet finished are listed, so closing a window finds
those over it in that short list (`dismiss_dialogs`) rather than among all its children
(findChildren gave each of the window's widgets a Python wrapper: ~33 M instructions at
every close).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # (made when first shown: PySide6 builds a class, and the Qt namespace,
    # on first use, and the editor's start shows no dialog)
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import (
        QAbstractButton,
        QDialog,
        QFileDialog,
        QMenu,
        QMessageBox,
        QWidget,
    )

Shown = TypeVar("Shown", bound="QDialog")

_unowned: set[QDialog] = set()  # dialogs with no parent, kept until they close
_shown: set[QDialog] = set()  # dialogs shown and not finished (or deleted) since


def show_modal(dialog: Shown, then: Callable[[int], object] | None = None) -> Shown:
    """Show *dialog* over its window and return at once; *then*(result) runs when it is
    closed, however (a button, Escape, the window's close button)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    over = QApplication.activeModalWidget()
    owner = dialog.parentWidget()
    if over is not None and over is not dialog and over.isVisible() \
            and (owner is None or _above(owner, over)):
        # Asked from a dialog showing over the same window (Import… in House Style): the
        # question is over that dialog, and goes with it if it is closed first.
        dialog.setParent(over, dialog.windowFlags())
    if then is not None:
        dialog.finished.connect(then)
    shown(dialog)
    if dialog.parentWidget() is None:
        _unowned.add(dialog)
        dialog.finished.connect(lambda _result: _unowned.discard(dialog))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
    else:
        # (window-modal; QDialog's own open(): PySide6 gives QPrintDialog only the
        # open(receiver, member) overload, and its open() raises TypeError)
        QDialog.open(dialog)
    return dialog


def shown(dialog: QDialog) -> None:
    """List *dialog* among those showing until it finishes (show_modal and every
    DeskDialog's show call this; again is harmless)."""
    if dialog in _shown:
        return
    _shown.add(dialog)
    dialog.finished.connect(lambda _result: _shown.discard(dialog))


def _above(owner: QWidget, widget: QWidget) -> bool:
    """Whether *widget* belongs to *owner*: its parent, or its parent's, and so on (across
    windows, unlike QWidget.isAncestorOf)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False


def when_accepted(dialog: Shown, then: Callable[[Shown], object]) -> Shown:
    """Show *dialog* (as show_modal); *then*(dialog) runs only when it is accepted (OK,
    Save…), while the dialog can still be read."""
    from PySide6.QtWidgets import QDialog

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            then(dialog)

    return show_modal(dialog, finished)


def ask(box: QMessageBox, then: Callable[[QAbstractButton | None], object]) -> QMessageBox:
    """Show the question *box* (as show_modal); *then*(the button clicked) runs when it is
    answered: None when it was closed without one."""
    return show_modal(box, lambda _result: then(box.clickedButton()))


class FileMode(Enum):
    """What a file dialog asks for (the static helpers' four kinds)."""

    OPEN = "open"  # one existing file
    OPEN_MANY = "open many"  # one or more existing files
    SAVE = "save"  # a name to write (the dialog asks before replacing a file)
    FOLDER = "folder"  # an existing folder


def choose_files(owner: QWidget | None, mode: FileMode, caption: str, start: str,
                 filters: str, then: Callable[[Sequence[str]], object]) -> QFileDialog:
    """A file dialog as the static helpers showed it (the desktop's own where there is
    one): *start* a folder or a suggested file; *then*(names) runs only when the user
    chose (never with none)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(owner, caption, start, filters)
    if mode is FileMode.SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif mode is FileMode.OPEN_MANY:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    elif mode is FileMode.FOLDER:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

    from .file_dialog_fit import fit_file_dialog  # (with the dialog: rarely needed)

    fit_file_dialog(dialog)  # (Qt's own dialog's columns, cut in Chinese otherwise)

    def chosen(chooser: QFileDialog) -> None:
        names = [name for name in chooser.selectedFiles() if name]
        if names:
            then(names)

    return when_accepted(dialog, chosen)


def popup(menu: QMenu, at: QPoint) -> None:
    """Show a context *menu* at *at* (global) and return at once: its actions run when
    chosen, and the menu is deleted once it has closed."""
    menu.aboutToHide.connect(menu.deleteLater)  # (after the chosen action has run)
    menu.popup(at)


def dismiss_dialogs(window: QWidget) -> None:
    """Close every dialog showing over *window* as Cancel would (its own reject() is not
    asked: a dialog with edits would ask about them over a window that is going).

    The dialogs are those listed as shown (a dialog deleted with its window is dropped
    unread), each before those over it, as the window's children are ordered."""
    from PySide6.QtWidgets import QDialog
    from shiboken6 import isValid

    gone = [dialog for dialog in _shown if not isValid(dialog)]
    _shown.difference_update(gone)
    over = sorted((dialog for dialog in _shown if _above(window, dialog)), key=_depth)
    for dialog in over:
        if isValid(dialog) and dialog.isVisible():
            dialog.done(QDialog.DialogCode.Rejected)


def _depth(widget: QWidget) -> int:
    """How many widgets *widget* is inside of."""
    depth = 0
    parent = widget.parentWidget()
    while parent is not None:
        depth += 1
        parent = parent.parentWidget()
    return depth


def showing() -> list[QDialog]:
    """The dialogs without a parent that are showing now (for tests)."""
    return list(_unowned)
