"""Inline commands of the formatted editor: bold, italic and links on a selection.

A run's marks say which bold, italic or link it belongs to (rich_formats). A new mark
wraps the selection *inside* the marks that reach beyond it (bold on a word of a link
stays inside that link) and *around* those wholly inside it (bold over a sentence with
a link in it takes the link in), so the Markdown reads as the formatting looks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from .formatted_blocks import kind_of
from .rich_formats import LINE_BREAK, MARKS, OBJECT, CharLook, is_photo_mark, split_marks

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument


class Span:
    """A stretch of one block's text with one format."""

    __slots__ = ("end", "href", "kind", "level", "marks", "picture", "start")

    def __init__(self, start: int, end: int, marks: list[str], href: str, kind: str,
                 level: int, picture: bool = False) -> None:
        self.start = start
        self.end = end
        self.marks = marks
        self.href = href
        self.kind = kind
        self.level = level
        self.picture = picture  # the picture that starts a photo's place


def spans(document: QTextDocument, start: int, end: int) -> list[Span]:
    """The formatted stretches between *start* and *end* (block separators left out)."""
    found = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        kind, level = kind_of(block)
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            low = max(start, fragment.position())
            high = min(end, fragment.position() + fragment.length())
            if low < high:
                fmt = fragment.charFormat()
                found.append(Span(low, high, split_marks(fmt.stringProperty(MARKS)),
                                  fmt.anchorHref(), kind, level, is_photo_mark(fmt)))
            fragments += 1
        block = block.next()
    return found


class InlineCommands:
    def __init__(self, document: QTextDocument, ids: Iterator[int], look: CharLook) -> None:
        self.document = document
        self.ids = ids
        self.look = look

    def _set(self, span: Span, marks: list[str], href: str) -> None:
        cursor = QTextCursor(self.document)
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        look = self.look.photo_mark if span.picture else self.look.format
        cursor.setCharFormat(look(span.kind, span.level, " ".join(marks), href))

    def _beyond(self, start: int, end: int) -> set[str]:
        """The marks of the text just around the selection (in its first and last block)."""
        outside: set[str] = set()
        first = self.document.findBlock(start)
        last = self.document.findBlock(end)
        for span in spans(self.document, first.position(), start) + spans(
                self.document, end, last.position() + last.length() - 1):
            outside.update(span.marks)
        return outside

    def _with(self, marks: list[str], new: str, beyond: set[str]) -> list[str]:
        """*marks* with *new* placed inside those reaching beyond the selection; code
        stays innermost (a code span holds only text)."""
        outer = [m for m in marks if m in beyond and m[0] != "c"]
        inner = [m for m in marks if m not in beyond and m[0] != "c"]
        return [*outer, new, *inner, *(m for m in marks if m[0] == "c")]

    def toggle_mark(self, cursor: QTextCursor, kind: str) -> QTextCursor:
        """Bold ("s") or italic ("e") on the selection, off if all of it has it already.
        Without a selection it applies to what is typed next."""
        if not cursor.hasSelection():
            fmt = cursor.charFormat()
            marks = split_marks(fmt.stringProperty(MARKS))
            if any(m[0] == kind for m in marks):
                marks = [m for m in marks if m[0] != kind]
            else:
                marks = self._with(marks, f"{kind}{next(self.ids)}", set(marks))
            block_kind, level = kind_of(cursor.block())
            cursor.setCharFormat(self.look.format(block_kind, level, " ".join(marks),
                                                  fmt.anchorHref()))
            return cursor
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        found = spans(self.document, start, end)
        every = all(any(m[0] == kind for m in span.marks) for span in found)
        beyond = self._beyond(start, end)
        new = f"{kind}{next(self.ids)}"
        for span in found:
            has = any(m[0] == kind for m in span.marks)
            if every:
                marks = [m for m in span.marks if m[0] != kind]
            elif has:
                continue
            else:
                marks = self._with(span.marks, new, beyond)
            self._set(span, marks, span.href)
        return cursor

    # -- links ------------------------------------------------------------------------------

    def link_around(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        """(start, end, address) of the link at the cursor (or selection start), if any."""
        position = cursor.selectionStart()
        block = self.document.findBlock(position)
        line = spans(self.document, block.position(), block.position() + block.length() - 1)
        here = next((s for s in line if s.start <= position < s.end
                     or (s.end == position and not cursor.hasSelection())), None)
        mark = next((m for m in here.marks if m[0] == "a"), None) if here else None
        if here is None or mark is None:
            return None
        index = line.index(here)
        first = last = index
        while first > 0 and mark in line[first - 1].marks:
            first -= 1
        while last + 1 < len(line) and mark in line[last + 1].marks:
            last += 1
        return line[first].start, line[last].end, here.href

    def set_link(self, start: int, end: int, text: str, href: str | None) -> None:
        """Make start..end a link to *href* (None: no link) showing *text*."""
        cursor = QTextCursor(self.document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        # (a photo's picture has no words: what is shown, and what is asked for, without it)
        shown = cursor.selectedText().replace("\u2029", " ").replace(LINE_BREAK, " ") \
            .replace(OBJECT, "")
        text = text.replace(OBJECT, "")
        if text != shown:
            # New words: typed in the format of where they go, without any old link.
            around = spans(self.document, start, max(end, start + 1))
            base = around[0] if around else None
            marks = [m for m in (base.marks if base else []) if m[0] not in "ac"]
            block_kind, level = kind_of(self.document.findBlock(start))
            if href is not None:
                marks.append(f"a{next(self.ids)}")
            cursor.insertText(text, self.look.format(block_kind, level, " ".join(marks),
                                                     href or ""))
            return
        found = spans(self.document, start, end)
        beyond = self._beyond(start, end)
        new = f"a{next(self.ids)}"
        for span in found:
            marks = [m for m in span.marks if m[0] != "a"]
            if href is not None:
                marks = self._with(marks, new, beyond)
            self._set(span, marks, href or "")
