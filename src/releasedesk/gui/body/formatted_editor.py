"""The formatted body editor: the body as it reads, edited like a word processor.

Bold looks bold, lists are real lists (Tab and Shift+Tab nest and un-nest, Enter
continues, Enter on an empty item ends), quotations are indented, links underlined with
their address on hover. The document is built from the parsed body (rich_body) and read
back into Markdown (rich_read), so the release keeps one dialect, written by one writer.
"""

from __future__ import annotations

import itertools
import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from ...body import tree as t
from ...body.inline import AnyPhotoId
from ...body.parse import fit_headings, hand_on, parse_markdown
from ...body.safety import clean_text
from ..basics.dark_tint import follow_scheme
from ..undo.history_keys import history_key
from ..undo.typing_steps import TypingSteps
from .number_room import fit_blocks, fit_tree
from .rich_body import DocumentWriter, ListSpec, fill_document, flatten
from .rich_formats import CODE, LINE_BREAK, LIST_INDENT, MARKS, OBJECT, CharLook, split_marks
from .rich_paste import PlainPaste, paste_fits

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QKeyEvent, QTextBlock

    from .formatted_blocks import BlockCommands
    from .formatted_inline import InlineCommands
    from .rich_read import MarkdownMirror

log = logging.getLogger(__name__)

# Copied text carries its Markdown, so a paste into either view keeps every detail.
MARKDOWN_MIME = "application/x-releasedesk-markdown"


# A line break and the blank (or white) lines after it.
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


class FormattedEdit(QTextEdit):
    pasteRefused = Signal(str)  # a paste past the body's limit: the sentence saying so

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyFormatted")
        self.typing_steps = TypingSteps(self)  # word-sized undo steps
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr(
            "Write the body here. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link; in a list, Tab "
            "nests an item and Enter on an empty item ends the list."))
        self.ids = itertools.count(1)  # mark and quotation ids (rich_formats)
        self.look = CharLook()
        follow_scheme(self, self.document())  # (a dark scheme's colours, on screen only)
        self.document().setIndentWidth(LIST_INDENT)  # (widened for long lists: number_room)
        self._numbers_followed = False
        # Made on first use (the first edit), so opening the editor loads no more than it shows.
        self._mirror: MarkdownMirror | None = None
        self._blocks: BlockCommands | None = None
        self._inline: InlineCommands | None = None
        self.source = ""  # the Markdown shown while the document is unmodified
        self.plain_paste = PlainPaste(self, "pastePlainFormatted",
                                      self.tr("Paste as Plain Text"))
        self.paste_plain_action = self.plain_paste.action

    @property
    def mirror(self) -> MarkdownMirror:
        """The document's Markdown, kept up to date block by block (rich_read)."""
        if self._mirror is None:
            from .rich_read import MarkdownMirror

            self._mirror = MarkdownMirror(self.document())
        return self._mirror

    @property
    def blocks(self) -> BlockCommands:
        if self._blocks is None:
            from .formatted_blocks import BlockCommands

            self._blocks = BlockCommands(self.document(), self.ids, self.look)
        return self._blocks

    @property
    def inline(self) -> InlineCommands:
        if self._inline is None:
            from .formatted_inline import InlineCommands

            self._inline = InlineCommands(self.document(), self.ids, self.look)
        return self._inline

    # -- content ------------------------------------------------------------------------

    def set_markdown(self, text: str, undoable: bool = False) -> None:
        """Show the body *text*; as one undo step, or (loading a release) with no history."""
        document = self.document()
        if self._mirror is not None:
            self._mirror.forget()  # read again when the Markdown is next asked for
        if not undoable:
            document.setUndoRedoEnabled(False)
        # Filled with the layout off, then laid out in one pass once whole: on screen, Qt
        # otherwise lays out what the cursor writes as it goes and much of it again later
        # (a 20k-word body opened while the window shows: ~50 ms of work instead of ~100);
        # the same pixels and scroll range (tests/test_lay_out_later.py).
        document.setLayoutEnabled(False)
        if self._numbers_followed:  # (the fill's thousands of changes need no look each)
            document.contentsChange.disconnect(self._numbers_changed)
        try:
            blocks = parse_markdown(text, AnyPhotoId())
            fill_document(QTextCursor(document), blocks, self.ids, self.look)
            fit_tree(document, blocks)
            hand_on(text, blocks)  # (read, not kept: the preview's next layout takes it)
        finally:
            document.contentsChange.connect(self._numbers_changed)
            self._numbers_followed = True
            document.setLayoutEnabled(True)
            if not undoable:
                document.setUndoRedoEnabled(True)  # (also empties the history)
        self.keep_source(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _numbers_changed(self, position: int, _removed: int, added: int) -> None:
        fit_blocks(self.document(), position, added)

    def keep_source(self, text: str) -> None:
        """*text* is what the document shows now: given back until it is edited, and again
        when undo returns to this state (QTextDocument's modified flag follows undo)."""
        self.source = text
        self.document().setModified(False)

    def markdown(self) -> str:
        """The body as Markdown: the text it was given while unedited, else read back."""
        return self.mirror.markdown() if self.document().isModified() else self.source

    # -- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not history_key(self, event):  # Ctrl+Z: the release's history, not the view's
            self.typing_steps.key(event, self._key)

    def _key(self, event: QKeyEvent) -> None:
        # The text first: reading key() or modifiers() makes PySide6 build every enum of
        # the Qt namespace (tens of ms), which only Enter and Backspace should pay for.
        text = event.text()
        if text in ("\r", "\n") and self._plain(event):
            self._edit(self.blocks.enter)
            return
        if text == "\x08" and self._plain(event) and self._edit(self.blocks.backspace):
            return
        if text and text.isprintable():
            self._leave_link_or_code()
        super().keyPressEvent(event)

    @staticmethod
    def _plain(event: QKeyEvent) -> bool:
        from PySide6.QtCore import Qt

        return not (event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                         | Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier))

    def _edit(self, command: Callable[[QTextCursor], bool | None]) -> bool:
        """Run a block command on the text cursor as one undo step."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            done = command(cursor)
        finally:
            cursor.endEditBlock()
        if done is False:
            return False
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab nest and un-nest list items; elsewhere they move the focus."""
        from .formatted_blocks import selected_blocks

        cursor = self.textCursor()
        blocks = selected_blocks(cursor)
        if self.isReadOnly() or not any(b.textList() is not None for b in blocks):
            return super().focusNextPrevChild(next)
        cursor.beginEditBlock()
        self.blocks.each_item(blocks, "nest" if next else "unnest")
        cursor.endEditBlock()
        return True

    def _leave_link_or_code(self) -> None:
        """Typing at the end of a link or code span starts plain text, as word processors do."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        fmt = cursor.charFormat()
        marks = split_marks(fmt.stringProperty(MARKS))
        edges = [m for m in marks if m[0] in "ac"]
        if not edges:
            return
        if not cursor.atBlockStart() and not cursor.atBlockEnd():
            after = QTextCursor(cursor)
            after.movePosition(QTextCursor.MoveOperation.NextCharacter)
            following = split_marks(after.charFormat().stringProperty(MARKS))
            if all(m in following for m in edges):
                return  # inside the link: the words join it
        from .formatted_blocks import kind_of

        kind, level = kind_of(cursor.block())
        kept = " ".join(m for m in marks if m[0] not in "ac")
        cursor.setCharFormat(self.look.format(kind, level, kept))
        self.setTextCursor(cursor)

    # -- toolbar commands -----------------------------------------------------------------

    def toggle_strong(self) -> None:
        self._mark("s")

    def toggle_emphasis(self) -> None:
        self._mark("e")

    def _mark(self, kind: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        self.inline.toggle_mark(cursor, kind)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus()

    def toggle_bullets(self) -> None:
        self._on_blocks(lambda blocks: self.blocks.toggle_list(blocks, ordered=False))

    def toggle_numbers(self) -> None:
        self._on_blocks(lambda blocks: self.blocks.toggle_list(blocks, ordered=True))

    def toggle_quote(self) -> None:
        self._on_blocks(self.blocks.toggle_quote)

    def toggle_heading(self) -> None:
        self._on_blocks(self.blocks.toggle_heading)

    def _on_blocks(self, command: Callable[[list[QTextBlock]], None]) -> None:
        from .formatted_blocks import selected_blocks

        cursor = self.textCursor()
        cursor.beginEditBlock()
        command(selected_blocks(cursor))
        cursor.endEditBlock()
        self.setFocus()

    def edit_link(self) -> None:
        """Ctrl+K: make the selection a link, or change or remove the link at the cursor."""
        from . import link_dialog  # (Ctrl+K's dialog loads when first asked for)

        cursor = self.textCursor()
        existing = self.inline.link_around(cursor)
        if existing is not None:
            start, end, address = existing
        else:
            chosen = link_dialog.without_outer_spaces(cursor)
            start, end, address = chosen.selectionStart(), chosen.selectionEnd(), ""
        span = QTextCursor(self.document())
        span.setPosition(start)
        span.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        text = span.selectedText().replace("\u2029", " ").replace(LINE_BREAK, " ") \
            .replace(OBJECT, "").strip()
        def answered(answer: link_dialog.LinkAnswer) -> None:
            if not answer.text or self.document() is not document:
                return
            cursor.beginEditBlock()
            self.inline.set_link(start, end, answer.text, answer.address)
            cursor.endEditBlock()
            self.setFocus()

        document = self.document()
        link_dialog.ask_link(self, text, address, existing is not None,
                             link_dialog.while_unchanged(document, answered))

    # -- clipboard ------------------------------------------------------------------------

    def paste_plain(self) -> None:
        self.plain_paste.paste()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if source.hasUrls() and any(url.isLocalFile() for url in source.urls()):
            return False  # a dropped file is opened or imported by the window, not typed in
        return source.hasText() or source.hasHtml() or source.hasFormat(MARKDOWN_MIME)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Our own copies and HTML (Word, browsers, e-mail) keep their formatting, read by
        the same readers as an imported draft; anything else arrives as plain text."""
        with self.typing_steps.pasting():
            self._insert(source)

    def _insert(self, source: QMimeData) -> None:
        blocks: list[t.Block] = []
        if not self.plain_paste.now:
            try:
                if source.hasFormat(MARKDOWN_MIME):
                    blocks = parse_markdown(bytes(source.data(MARKDOWN_MIME).data())
                                            .decode("utf-8", "replace"), AnyPhotoId())
                elif source.hasHtml():
                    from ...importing.html_reader import html_to_blocks

                    blocks = html_to_blocks(source.html())
            except Exception:  # a converter bug must never cost the user their paste
                log.exception("rich paste failed; pasting plain text")
                blocks = []
        if blocks:
            blocks = fit_headings(blocks, self._top_heading())
            from ...render.markdown_writer import write_markdown  # (a paste's, as saved)

            if paste_fits(self, len(self.markdown()), len(write_markdown(blocks)),
                          self.pasteRefused.emit):
                self.insert_blocks(blocks)
            return
        text = clean_text(source.text())  # (as a save would: CR LF as LF, no overrides)
        from .formatted_blocks import kind_of

        if kind_of(self.textCursor().block())[0] != CODE:
            # A blank line parts paragraphs, which this view shows apart already: an empty
            # paragraph for it would show as a gap the saved text does not have.
            text = _BLANK_LINES.sub("\n", text)
        # (as saved, each line a paragraph of its own: a blank line more apiece)
        if text and paste_fits(self, len(self.markdown()), len(text) + text.count("\n"),
                                   self.pasteRefused.emit):
            cursor = self.textCursor()
            cursor.insertText(text)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _top_heading(self) -> int:
        """The highest level of the body's own headings (2 when it has none)."""
        levels: list[int] = []
        block = self.document().firstBlock()
        while block.isValid():
            if (level := block.blockFormat().headingLevel()) > 0:
                levels.append(level)
            block = block.next()
        return min(levels, default=2)

    def insert_blocks(self, blocks: list[t.Block]) -> None:
        """Insert parsed blocks at the cursor, as one undo step."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        from .formatted_blocks import containers_of, kind_of

        writer = DocumentWriter(cursor, self.ids, self.look)
        if len(blocks) == 1 and isinstance(blocks[0], t.Paragraph):
            kind, level = kind_of(cursor.block())
            writer.write_inlines(blocks[0].children, kind, level)
        else:
            if not cursor.atBlockStart():
                cursor.insertBlock(cursor.blockFormat(), cursor.charFormat())
            tail = cursor.block()
            tail_format, tail_char = tail.blockFormat(), tail.charFormat()
            leaves = flatten(blocks, self.ids, containers_of(tail))
            if tail.textList() is not None and leaves and leaves[0].member is None:
                # Pasted into a list item: the first pasted paragraph is that item's text.
                taken = ListSpec(False, 1, False, 0)
                taken.made = tail.textList()
                leaves[0].member = taken
            writer.write(leaves, into_current=True)
            end = cursor.position()
            if cursor.block().length() - 1 > cursor.positionInBlock():
                cursor.insertBlock(tail_format, tail_char)  # the words after the cursor
                cursor.setPosition(end)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as plain text, as HTML the way the exports write it, and as our
        Markdown (so a paste into the body loses nothing)."""
        from ...render.html_writer import blocks_html
        from ...render.markdown_writer import write_markdown
        from .rich_read import read_blocks

        cursor = self.textCursor()
        fragment = cursor.selection()
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(fragment)
        blocks = read_blocks(scratch)
        data = QMimeData()
        data.setText(fragment.toPlainText().replace(LINE_BREAK, "\n").replace("\u2029", "\n")
                     .replace(OBJECT, ""))  # (a photo's picture has no words)
        data.setHtml(blocks_html(blocks))
        data.setData(MARKDOWN_MIME, write_markdown(blocks).encode("utf-8"))
        return data

    def selected_markdown(self) -> str:
        """The Markdown of the selection (what a copy carries)."""
        data = self.createMimeDataFromSelection()
        return bytes(data.data(MARKDOWN_MIME).data()).decode("utf-8")
