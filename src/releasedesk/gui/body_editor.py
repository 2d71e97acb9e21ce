"""The Markdown body editor: plain text, light highlighting, a toolbar that edits the Markdown."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QAction,
    QSyntaxHighlighter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from .enum_properties import set_enum_property, set_shortcut
from .rich_paste import RichPasteEdit
from .styling import char_formats

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

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
        (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), "font-weight: bold"),
        (re.compile(r"(?<![*\w])\*[^*\s][^*\n]*\*(?!\*)|(?<![_\w])_[^_\s][^_\n]*_(?![_\w])"),
         "font-style: italic"),
        (re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]+>"), "color: #1a4f8b"),
        (re.compile(r"`[^`\n]+`"), "color: #5f3f7f"),
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        formats = char_formats(self.LIST_STYLE, *(style for _, style in self.PATTERNS))
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The text first: reading key() or modifiers() makes PySide6 build every enum of
        # the Qt namespace (tens of ms), which only an Enter should ever pay for.
        if event.text() in ("\r", "\n") and self._plain(event) and self._continue_block():
            return
        super().keyPressEvent(event)

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


class BodyEditor(QWidget):
    """A QPlainTextEdit for Markdown with a formatting toolbar above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = MarkdownEdit(self)
        self.editor.setObjectName("bodyEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr(
            "Write the body in Markdown: a blank line between paragraphs, **bold**, *italic*, "
            "- lists, > quotations, [links](https://…)."))
        self.editor.setMinimumHeight(260)
        self.highlighter = MarkdownHighlighter(self.editor.document())
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("bodyToolbar")
        set_enum_property(self.toolbar, "toolButtonStyle", "ToolButtonTextOnly")
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, tip, shortcut, handler in (
            ("bold", self.tr("Bold"), self.tr("Bold (Ctrl+B)"), "Ctrl+B",
             lambda: self.wrap("**")),
            ("italic", self.tr("Italic"), self.tr("Italic (Ctrl+I)"), "Ctrl+I",
             lambda: self.wrap("*")),
            ("link", self.tr("Link"), self.tr("Insert a link (Ctrl+K)"), "Ctrl+K",
             self.insert_link),
            ("bullets", self.tr("• List"), self.tr("Bulleted list"), None,
             lambda: self.prefix_lines(lambda n: "- ")),
            ("numbers", self.tr("1. List"), self.tr("Numbered list"), None,
             lambda: self.prefix_lines(lambda n: f"{n}. ")),
            ("quote", self.tr("Quote"), self.tr("Quotation"), None,
             lambda: self.prefix_lines(lambda n: "> ")),
            ("heading", self.tr("Subheading"), self.tr("Subheading"), None,
             lambda: self.prefix_lines(lambda n: "## ")),
        ):
            action = QAction(self)  # (text set apart: QAction(text, parent) builds QIcon)
            action.setText(label)
            action.setToolTip(tip)
            action.setObjectName(f"body_{name}")
            if shortcut:
                set_shortcut(action, shortcut)
                set_enum_property(action, "shortcutContext", "WidgetWithChildrenShortcut")
            action.triggered.connect(handler)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor)

    # -- toolbar commands edit the Markdown ------------------------------------------

    def wrap(self, marker: str) -> None:
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        if selected:
            cursor.insertText(f"{marker}{selected}{marker}")
        else:
            position = cursor.position()
            cursor.insertText(marker * 2)
            cursor.setPosition(position + len(marker))
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def insert_link(self) -> None:
        cursor = self.editor.textCursor()
        label = cursor.selectedText() or self.tr("link text")
        placeholder = "https://"
        cursor.beginEditBlock()
        start = cursor.selectionStart()
        cursor.insertText(f"[{label}]({placeholder})")
        cursor.endEditBlock()
        url_start = start + len(label) + 3
        cursor.setPosition(url_start)
        cursor.setPosition(url_start + len(placeholder), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def prefix_lines(self, prefix_for: Callable[[int], str]) -> None:
        """Put a prefix before every line the selection touches (numbered from 1)."""
        cursor = self.editor.textCursor()
        document = self.editor.document()
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
        self.editor.setFocus()
