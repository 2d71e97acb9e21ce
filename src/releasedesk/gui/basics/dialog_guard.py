"""The editor's dialogs: they fit the screen, and ask before unsaved edits are thrown away.

Escape, Cancel and the window's Close button all end in QDialog.reject(): a DeskDialog asks
there whether to discard what was typed, when anything was. What counts as an edit is read
from the dialog's own input widgets (their values when it opened, or when it last saved),
so a dialog needs no list of its fields; one with state the widgets do not show says so
by overriding has_unsaved_edits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .accessible import name_controls
from .dialog_fit import fit_on_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


def widget_state(dialog: QWidget) -> list[object]:
    """What the user can have changed in *dialog*: each input widget's value, in order."""
    state: list[object] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                state.append(widget.text())  # (a combo's or spin box's own line: below)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            state.append(_model_data(widget))
    return state


def _model_data(view: QAbstractItemView) -> tuple[object, ...]:
    model = view.model()
    cells: list[object] = []
    for row in range(model.rowCount()):
        column = 0
        while model.hasIndex(row, column):  # (a list model hides its column count)
            cells.append(model.index(row, column).data())
            column += 1
    return tuple(cells)


_StandardButton = QDialogButtonBox.StandardButton
OK_CANCEL = _StandardButton.Ok | _StandardButton.Cancel


def answer_buttons(dialog: QDialog, buttons: _StandardButton = OK_CANCEL,
                   ok_text: str = "") -> QDialogButtonBox:
    """*dialog*'s row of *buttons*: OK (renamed *ok_text*) accepts it, Cancel or Close
    rejects it (where a DeskDialog asks about unsaved edits)."""
    box = QDialogButtonBox(buttons, dialog)
    if ok_text:
        box.button(_StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def ask_discard(parent: QWidget, then: Callable[[bool], object]) -> None:
    """Ask whether the user lets the edits in *parent* go: *then*(True when they do, False
    when they keep editing) (tests replace this)."""
    from .modal import ask

    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(),
                      QCoreApplication.translate("DeskDialog",
                                                 "Discard the changes made in this window?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "DeskDialog", "They have not been saved or applied."))
    discard = box.addButton(QCoreApplication.translate("DeskDialog", "Discard Changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("DeskDialog", "Keep Editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    ask(box, lambda clicked: then(clicked is discard))


class DeskDialog(QDialog):
    """A dialog that fits its screen when first shown and asks before discarding edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean_state: list[object] | None = None
        self._fitted = False
        self._asking = False  # the question about discarding edits is showing

    def mark_clean(self) -> None:
        """What the widgets show now is saved (or as opened): nothing to ask about."""
        self._clean_state = widget_state(self)

    def has_unsaved_edits(self) -> bool:
        return self._clean_state is not None and widget_state(self) != self._clean_state

    def showEvent(self, event: QShowEvent) -> None:
        from .modal import shown

        shown(self)  # (however shown: open(), show(), show_modal)
        if self._clean_state is None:
            self.mark_clean()
        if not self._fitted:
            self._fitted = True
            fit_on_screen(self)
            name_controls(self)  # (accessible names for the controls no label names)
        super().showEvent(event)

    def reject(self) -> None:
        """Escape, Cancel, Close: the edits go only if the user says so (the dialog stays
        open while they are asked, and closes on their answer; asked once at a time)."""
        if not (self.isVisible() and self.has_unsaved_edits()):
            super().reject()
        elif not self._asking:
            self._asking = True
            ask_discard(self, self._answered)

    def _answered(self, discard: bool) -> None:
        self._asking = False
        if discard:
            super().reject()
