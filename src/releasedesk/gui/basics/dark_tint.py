"""The formatted body's coloured text (headings, links, photo places), readable in a dark
scheme.

The body's document keeps the light scheme's colours (rich_formats.py): its formats and
its undo history must not change when the desktop switches. In a dark scheme this
highlighter lays the turned colour over each coloured run, on screen only (a syntax
highlighter's formats are not part of the document); in a light one it is not there at all.
"""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtWidgets import QWidget

from . import scheme


class DarkTint(QSyntaxHighlighter):
    """Over each run with a foreground colour of its own: that colour turned for the dark
    ground (scheme.text)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._made: dict[str, QTextCharFormat] = {}

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            look = fragment.charFormat()
            if not look.hasProperty(QTextFormat.Property.ForegroundBrush):
                continue
            colour = look.foreground().color().name()
            overlay = self._made.get(colour)
            if overlay is None:
                overlay = self._made[colour] = QTextCharFormat()
                overlay.setForeground(scheme.text_brush(colour))
            self.setFormat(fragment.position() - start, fragment.length(), overlay)


def follow_scheme(view: QWidget, document: QTextDocument) -> None:
    """Keep *document*'s coloured text readable in *view* while the scheme switches."""
    tint: list[DarkTint] = []

    def apply() -> None:
        if scheme.is_dark() and not tint:
            tint.append(DarkTint(document))
        elif tint and not scheme.is_dark():
            tint.pop().setDocument(None)  # (removes its formats from the layout)

    if scheme.is_dark():
        apply()
    scheme.on_switch(view, apply)
