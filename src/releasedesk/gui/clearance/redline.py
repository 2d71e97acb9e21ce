"""The word-level diff as a readable redline: removed words struck through in red, added
words underlined in green, each changed field under its own heading, the text as it reads
(formatted, never Markdown source or JSON)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...clearance.reading import LINK, PHOTO, ReadPiece, label, read_pieces, styled_html
from ...clearance.wordiff import ADDED, REMOVED, FieldChange
from ..basics import scheme
from ..basics.dialog_guard import DeskDialog

_REMOVED = "color: #a02020; background-color: #fbe9e9; text-decoration: line-through;"
_ADDED = "color: #1f6f2f; background-color: #e4f2e4; text-decoration: underline;"


def _translate(text: str) -> str:
    # The field labels are the core's N_() templates (empty context).
    return QCoreApplication.translate("", text)


def redline_html(changes: list[FieldChange], same_text: str) -> str:
    """The changes as HTML for a QTextBrowser, as the text reads (clearance/reading.py):
    formatted, not Markdown; settings in words, not JSON. *same_text* when there are none."""
    if not changes:
        return f"<p>{escape(same_text)}</p>"
    out = []
    for change in changes:
        out.append(f'<h3 style="margin-top: 14px; margin-bottom: 4px;">'
                   f"{escape(label(change, _translate))}</h3><p>")
        previous = ""
        for piece in read_pieces(change, _translate):
            text = _styled(piece)
            if previous == REMOVED and piece.kind == ADDED and not text.startswith(" "):
                out.append(" ")  # struck and new words side by side read as one word
            previous = piece.kind
            if piece.kind == REMOVED:
                out.append(f'<span style="{_REMOVED}">{text}</span>')
            elif piece.kind == ADDED:
                out.append(f'<span style="{_ADDED}">{text}</span>')
            else:
                out.append(text)
        out.append("</p>")
    return "".join(out)


def _styled(piece: ReadPiece) -> str:
    """A run's escaped text in its formatting (a link as coloured words: the view opens
    nothing)."""
    text = styled_html(piece.text, piece.styles)
    styles = piece.styles
    if LINK in styles:
        text = f'<span style="color: #1a4d8f;" title="{escape(piece.href)}">{text}</span>'
    if PHOTO in styles:
        text = f'<span style="color: #555555;">{text}</span>'
    return text


class RedlineView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redline")
        self.setOpenLinks(False)
        self.changes: list[FieldChange] = []
        scheme.on_switch(self, lambda: self.show_changes(self.changes))

    def show_changes(self, changes: list[FieldChange]) -> None:
        self.changes = changes
        self.setHtml(scheme.html(redline_html(changes, self.tr(
            "The content is the same: nothing that reaches an export differs."))))


class RedlineDialog(DeskDialog):
    """A heading ("Changes since Director Li approved it…") over the redline."""

    def __init__(self, title: str, heading: str, changes: list[FieldChange],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redlineDialog")
        self.setWindowTitle(title)
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.view = RedlineView(self)
        self.view.show_changes(changes)
        layout.addWidget(self.view, 1)
        legend = QLabel(self)
        words = self.tr('<span style="{removed}">removed</span> · '
                        '<span style="{added}">added</span>').format(
                            removed=_REMOVED, added=_ADDED)
        scheme.follow(legend, lambda: legend.setText(scheme.html(words, scheme.WINDOW)))
        layout.addWidget(legend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
