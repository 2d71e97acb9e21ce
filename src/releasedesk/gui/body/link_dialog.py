"""The link dialog of both body views (Ctrl+K): the words and the address, checked.

The selection comes in as the words and an address on the clipboard as the address; an
address the exports would refuse (body.safety) cannot be confirmed, and a bare
``www.example.org`` or ``press@example.org`` is completed with its scheme.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...addresses import NOT_FOLLOWABLE, has_scheme
from ...addresses import normalise_address as normalise_address  # (the dialog's rule)
from ...errors import ReleaseDeskError
from ...records import record
from ..basics import scheme
from ..basics.dialog_fit import grow_to_fit
from ..basics.dialog_guard import DeskDialog, answer_buttons
from ..basics.i18n import translate_error

ADDRESS_CHARACTERS = 66  # the address field shows a long web address whole (60 and more)
# Characters as addresses mix them, to measure an address's width by (a font's average
# character is narrower than a web address's letters).
_ADDRESS_SAMPLE = "https://www.example-harbour.org/news/2026/ferry?id=42&lang=en#top"


def clipboard_address() -> str:
    """An address on the clipboard, completed; "" when it holds anything else."""
    text = QGuiApplication.clipboard().text().strip()
    if not text or "\n" in text or " " in text:
        return ""
    if not (has_scheme(text) or text.startswith("www.")):
        return ""
    return normalise_address(text) or ""


@record
class LinkAnswer:
    text: str
    address: str | None  # None: remove the link


class LinkDialog(DeskDialog):
    def __init__(self, text: str, address: str, editing: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link"))
        self.removed = False
        self.text_edit = QLineEdit(text, self)
        self.text_edit.setObjectName("linkText")
        self.address_edit = QLineEdit(address, self)
        self.address_edit.setObjectName("linkAddress")
        self.address_edit.setPlaceholderText("https://")
        metrics = self.address_edit.fontMetrics()
        margins = self.address_edit.textMargins()
        per_character = metrics.horizontalAdvance(_ADDRESS_SAMPLE) / len(_ADDRESS_SAMPLE)
        self.address_edit.setMinimumWidth(round(per_character * ADDRESS_CHARACTERS)
                                          + margins.left() + margins.right() + 12)
        # What the link will point to, when that is not exactly what was typed.
        self.target = QLabel(self)
        self.target.setObjectName("linkTarget")
        self.target.setWordWrap(True)
        self.target.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel(self)
        self.problem.setObjectName("linkProblem")
        self.problem.setWordWrap(True)
        scheme.styled(self.problem, "color: #a02020;")
        self.buttons = answer_buttons(self)
        if editing:
            remove = self.buttons.addButton(self.tr("Remove Link"),
                                            QDialogButtonBox.ButtonRole.DestructiveRole)
            remove.setObjectName("removeLink")
            remove.clicked.connect(self._remove)
        form = QFormLayout(self)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow("", self.target)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.text_edit.textChanged.connect(self._check)
        self.address_edit.textChanged.connect(self._check)
        self._check()
        (self.address_edit if text and not address else self.text_edit).setFocus()

    def _check(self) -> None:
        address = self.address_edit.text().strip()
        problem = ""
        target = normalise_address(address) if address else None
        if address and target is None:
            problem = translate_error(ReleaseDeskError(NOT_FOLLOWABLE))
        shown = target if target is not None and target != address else ""
        self.target.setText(self.tr("Links to {address}").format(address=shown) if shown
                            else "")
        self.target.setVisible(bool(shown))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if self.isVisible():  # (a sentence or a long target wraps: the dialog grows)
            grow_to_fit(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(address) and not problem and bool(self.text_edit.text().strip()))

    def _remove(self) -> None:
        self.removed = True
        self.accept()

    def answer(self) -> LinkAnswer:
        text = self.text_edit.text().strip()
        if self.removed:
            return LinkAnswer(text, None)
        return LinkAnswer(text, normalise_address(self.address_edit.text()))


def ask_link(parent: QWidget, text: str, address: str, editing: bool,
             then: Callable[[LinkAnswer], object]) -> None:
    """Ask for a link's words and address: *then*(the answer) on OK or Remove Link, nothing
    on Cancel (tests replace this)."""
    from ..basics.modal import when_accepted

    dialog = LinkDialog(text, address or clipboard_address(), editing, parent)
    when_accepted(dialog, lambda answered: then(answered.answer()))


def while_unchanged(document: QTextDocument, then: Callable[[LinkAnswer], object]
                    ) -> Callable[[LinkAnswer], None]:
    """*then*, run only if *document* is still unedited since now (the answer's places in it
    still hold): an answer arriving after the text changed (another release opened) is
    dropped."""
    revision = document.revision()

    def answered(answer: LinkAnswer) -> None:
        if document.revision() == revision:
            then(answer)

    return answered


def without_outer_spaces(cursor: QTextCursor) -> QTextCursor:
    """The cursor's selection less the spaces and line ends at its two ends: they stay in
    the text beside a link made of it (selecting " the timetable " keeps both spaces)."""
    raw = cursor.selectedText()
    lead = len(raw) - len(raw.lstrip())
    trail = len(raw) - len(raw.rstrip())
    trimmed = QTextCursor(cursor)
    if lead + trail < len(raw):
        trimmed.setPosition(cursor.selectionStart() + lead)
        trimmed.setPosition(cursor.selectionEnd() - trail, QTextCursor.MoveMode.KeepAnchor)
    return trimmed
