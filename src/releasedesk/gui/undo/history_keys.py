"""Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) typed in a field of the form undo and redo the release's
history, not the field's own.

A text field claims those keys before the window's Edit ▸ Undo can see them, so the form's
text fields hand them on from their key handler. (An event filter would do it too, at the
cost of every event of every field passing through Python.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from .release_history import ReleaseHistory

# What Ctrl+Z and Ctrl+Y type, with and without Shift, as the window system or a test sends
# them: only these keys pay for the shortcut comparison.
_UNDO_TEXTS = frozenset("zZyY\x1a\x19")


def history_of(widget: QWidget) -> ReleaseHistory | None:
    """The release history of the form *widget* stands in, if any."""
    from .release_history import ReleaseHistory

    parent: QWidget | None = widget
    while parent is not None:
        history = getattr(parent, "history", None)
        if isinstance(history, ReleaseHistory):
            return history
        parent = parent.parentWidget()
    return None


def history_key(widget: QWidget, event: QKeyEvent) -> bool:
    """Undo or redo the release's history for an undo or redo key; True if it did."""
    if event.text() not in _UNDO_TEXTS:
        return False
    redo = event.matches(QKeySequence.StandardKey.Redo)
    if not redo and not event.matches(QKeySequence.StandardKey.Undo):
        return False
    history = history_of(widget)
    if history is None:
        return False
    if redo:
        history.redo()
    else:
        history.undo()
    event.accept()
    return True


class HistoryLineEdit(QLineEdit):
    """A line field of the form: its undo keys reach the release's history."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not history_key(self, event):
            super().keyPressEvent(event)
