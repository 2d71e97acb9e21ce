"""The Markdown view of the body: the source, lightly highlighted; the toolbar edits it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from ..basics import scheme
from ..basics.styling import char_formats
from ..undo.history_keys import history_key
from .rich_paste import RichPasteEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QTextBlock

# A list item's marker, as CommonMark reads it: a bullet, or up to nine digits and . or ).
LIST_ITEM = re.compile(r"^(\s*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+|$)(.*)$")
QUOTE_LINE = re.compile(r"^(\s*>[ \t]?)(.*)$")
_BLANK, _PARAGRAPH, _OTHER = 0, 1, 2


class MarkdownHighlighter(QSyntaxHighlighter):
    """Light highlighting: enough to see structure, never enough to distract.

    List markers are highlighted only where the exports see a list: a numbered item that
    does not start at 1 cannot interrupt a paragraph (CommonMark), so "2026. was" under a
    line of text stays text here too.
    """

    LIST_STYLE = "color: #7a1f1f; font-weight: bold"
    PATTERNS = (
        (re.compile(r"^ {0,3}#{1,6}(?:[ \t].*)?$"), "color: #1a4f8b; font-weight: bold"),
        (re.compile(r"^>.*$"), "color: #55554f; font-style: italic"),
        # Each pattern stops at the next delimiter it could start at, so a line of 50,000
        # "[" or "*" costs linear time; a backslash-escaped delimiter marks nothing.
        (re.compile(r"(?<!\\)\*\*[^*\n]+(?<!\\)\*\*|(?<!\\)__[^_\n]+(?<!\\)__"),
         "font-weight: bold"),
        (re.compile(r"(?<![*\w\\])\*[^*\s][^*\n]*(?<!\\)\*(?!\*)"
                    r"|(?<![_\w\\])_[^_\s][^_\n]*(?<!\\)_(?![_\w])"), "font-style: italic"),
        (re.compile(r"(?<!\\)\[[^\[\]\n]*\]\([^()\n]*\)|<https?://[^>\s]+>"), "color: #1a4f8b"),
        (re.compile(r"`[^`\n]+`"), "color: #5f3f7f"),
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.set_colours()

    def set_colours(self) -> None:
        """The formats in the scheme's colours (again after it switched: then rehighlight)."""
        formats = char_formats(*(scheme.css(style) for style in (
            self.LIST_STYLE, *(style for _, style in self.PATTERNS))))
        self.list_format = formats[0]
        self.rules = [(pattern, fmt)
                      for (pattern, _), fmt in zip(self.PATTERNS, formats[1:], strict=True)]

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self.rules:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        item = LIST_ITEM.match(text)
        if item and item.group(3) and int(item.group(3)) != 1 \
                and self.previousBlockState() == _PARAGRAPH:
            item = None  # a paragraph's continuation, not a list
        if item and not item.group(6).strip() and self.previousBlockState() == _PARAGRAPH:
            item = None  # an empty item cannot interrupt a paragraph either
        if item:
            self.setFormat(0, item.end(5), self.list_format)
        if not text.strip():
            self.setCurrentBlockState(_BLANK)
        elif item or text.lstrip().startswith(("#", ">")):
            self.setCurrentBlockState(_OTHER)
        else:
            self.setCurrentBlockState(_PARAGRAPH)


class MarkdownEdit(RichPasteEdit):  # pasted HTML arrives as Markdown (rich_paste)
    """The body's text: Enter continues a list or quotation, Enter on an empty item ends it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMarkdown")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr(
            "Write the body in Markdown: a blank line between paragraphs, **bold**, *italic*, "
            "- lists, > quotations, [links](https://…)."))
        self.highlighter = MarkdownHighlighter(self.document())
        scheme.on_switch(self, self._recolour)

    def _recolour(self) -> None:
        self.highlighter.set_colours()
        self.highlighter.rehighlight()  # (highlighting is not an edit: no undo step)

    def set_markdown(self, text: str, undoable: bool = False) -> None:
        """Show *text*; as one undo step, or (loading a release) with no history."""
        if not undoable:
            self.setPlainText(text)
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)

    def markdown(self) -> str:
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not history_key(self, event):  # Ctrl+Z: the release's history, not the view's
            self.typing_steps.key(event, self._key)

    def _key(self, event: QKeyEvent) -> None:
        # The text first: reading key() or modifiers() makes PySide6 build every enum of
        # the Qt namespace (tens of ms), which only an Enter should ever pay for.
        if event.text() in ("\r", "\n") and self._plain(event) and self._continue_block():
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """In list lines Tab nests and Shift+Tab un-nests them, as in the formatted view
        (one undo step); elsewhere they move the focus."""
        cursor = self.textCursor()
        document = self.document()
        block, last = document.findBlock(cursor.selectionStart()), \
            document.findBlock(cursor.selectionEnd())
        lines = [block]
        while block != last and block.isValid():
            block = block.next()
            lines.append(block)
        if self.isReadOnly() or not any(LIST_ITEM.match(line.text()) for line in lines):
            return super().focusNextPrevChild(next)
        cursor.beginEditBlock()
        for line in lines:
            found = LIST_ITEM.match(line.text())
            if found is None:
                continue
            indent = len(found[1])
            wanted = _nested_indent(line, indent) if next else _parent_indent(line, indent)
            if wanted is not None and wanted != indent:
                spaces = QTextCursor(line)
                spaces.setPosition(line.position() + indent, QTextCursor.MoveMode.KeepAnchor)
                spaces.insertText(" " * wanted)
        cursor.endEditBlock()
        return True

    @staticmethod
    def _plain(event: QKeyEvent) -> bool:
        from PySide6.QtCore import Qt

        return not (event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                         | Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier))

    def _continue_block(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        text = cursor.block().text()
        item = LIST_ITEM.match(text)
        if item is not None:
            indent, bullet, number, delimiter, _space, content = item.groups()
            prefix = len(text) - len(content)
            marker = bullet or f"{int(number) + 1}{delimiter}"
            return self._continue(cursor, prefix, content, f"{indent}{marker} ")
        quote = QUOTE_LINE.match(text)
        if quote is not None:
            return self._continue(cursor, len(quote.group(1)), quote.group(2), "> ")
        return False

    def _continue(self, cursor: QTextCursor, prefix: int, content: str, lead: str) -> bool:
        if cursor.positionInBlock() < prefix:
            return False  # before the marker: an ordinary new line
        cursor.beginEditBlock()
        if not content.strip():
            # Enter on an empty item ends the list: the marker goes, and the next line
            # follows a blank one (else Markdown would read it as part of the last item).
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.insertText("\n")
        else:
            cursor.insertText("\n" + lead)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True

    # -- toolbar commands edit the Markdown ------------------------------------------

    def toggle_strong(self) -> None:
        self.wrap("**")

    def toggle_emphasis(self) -> None:
        self.wrap("*")

    def toggle_bullets(self) -> None:
        self.prefix_lines(lambda n: "- ")

    def toggle_numbers(self) -> None:
        self.prefix_lines(lambda n: f"{n}. ")

    def toggle_quote(self) -> None:
        self.prefix_lines(lambda n: "> ")

    def toggle_heading(self) -> None:
        self.prefix_lines(lambda n: "## ")

    def wrap(self, marker: str) -> None:
        cursor = self.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        if selected:
            cursor.insertText(f"{marker}{selected}{marker}")
        else:
            position = cursor.position()
            cursor.insertText(marker * 2)
            cursor.setPosition(position + len(marker))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus()

    def edit_link(self) -> None:
        """Ctrl+K: the link dialog; the link is written as our Markdown writer writes it."""
        from ...body import tree as t
        from ...render.markdown_writer import write_inlines
        from . import link_dialog  # (Ctrl+K's dialog loads when first asked for)

        cursor = link_dialog.without_outer_spaces(self.textCursor())
        text = cursor.selectedText().replace("\u2029", " ").strip()

        def answered(answer: link_dialog.LinkAnswer) -> None:
            if not answer.text or answer.address is None or self.document() is not document:
                return
            cursor.insertText(write_inlines([t.Link(answer.address, [t.Text(answer.text)])]))
            self.setTextCursor(cursor)
            self.setFocus()

        document = self.document()
        link_dialog.ask_link(self, text, "", False,
                             link_dialog.while_unchanged(document, answered))

    def prefix_lines(self, prefix_for: Callable[[int], str]) -> None:
        """Put a prefix before every line the selection touches (numbered from 1)."""
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        block = first
        number = 1
        while block.isValid():
            line = QTextCursor(block)
            line.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            text = block.text()
            stripped = re.sub(r"^(?:#{1,6}\s|>\s?|[-*+]\s|\d+\.\s)", "", text)
            line.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                              QTextCursor.MoveMode.KeepAnchor)
            line.insertText(prefix_for(number) + stripped)
            number += 1
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()
        self.setFocus()



def _nested_indent(line: QTextBlock, indent: int) -> int | None:
    """The indentation that makes *line* an item inside the item before it at its level
    (that item's text column); None when there is no such item."""
    block = line.previous()
    while block.isValid():
        text = block.text()
        found = LIST_ITEM.match(text)
        if found is not None:
            if len(found[1]) == indent:  # its text starts after the marker and its spaces
                return found.start(5) + max(1, len(found[5]))
            if len(found[1]) < indent:
                return None  # the parent, with no earlier item at this level
        elif text.strip() and len(text) - len(text.lstrip(" ")) < indent + 1:
            return None  # a paragraph: the list ended above
        block = block.previous()
    return None


def _parent_indent(line: QTextBlock, indent: int) -> int | None:
    """The indentation of the item *line* is nested in (0 when none is found)."""
    if indent == 0:
        return None
    block = line.previous()
    while block.isValid():
        found = LIST_ITEM.match(block.text())
        if found is not None and len(found[1]) < indent:
            return len(found[1])
        block = block.previous()
    return 0
