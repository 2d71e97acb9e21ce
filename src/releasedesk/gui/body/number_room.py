"""Room for a numbered list's numbers in the formatted view: the document's indent (one
list level, where Qt draws an item's number, right-aligned before its text) is widened to
fit the largest number of its ordered lists, so "3001." is not cut to "001." at the
view's left edge (tester15). It only grows while the body is edited, and starts again
from LIST_INDENT when a body is loaded; the indent width is the document's layout, not
its content, so it is no step of the undo history."""

from __future__ import annotations

from collections.abc import Iterable
from math import ceil

from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextDocument

from ...body import tree as t
from .rich_formats import LIST_INDENT, is_ordered


def room_for(font: QFont, largest: int) -> int:
    """The indent, in pixels, that holds the number "*largest*." and the space Qt leaves
    between a number and its item's text (QTextDocumentLayout's gap)."""
    metrics = QFontMetricsF(font)
    return max(LIST_INDENT, ceil(metrics.horizontalAdvance(f"{largest}.")
                                 + metrics.horizontalAdvance(" ")))


def largest_in_tree(blocks: Iterable[t.Node]) -> int:
    """The largest number any ordered list among *blocks* (nested ones too) shows."""
    largest = 0
    for block in blocks:
        if isinstance(block, t.OrderedList):
            largest = max(largest, block.start + len(block.items) - 1)
        for inner in _children(block):
            largest = max(largest, largest_in_tree(inner))
    return largest


def _children(block: t.Node) -> list[list[t.Node]]:
    if isinstance(block, (t.OrderedList, t.BulletList)):
        return [list(item.blocks) for item in block.items]
    if isinstance(block, t.Quote):
        return [list(block.blocks)]
    return []


def fit_tree(document: QTextDocument, blocks: Iterable[t.Node]) -> None:
    """A body just loaded from *blocks*: the indent its largest number needs."""
    largest = largest_in_tree(blocks)
    document.setIndentWidth(room_for(document.defaultFont(), largest) if largest >= 10
                            else LIST_INDENT)


def fit_blocks(document: QTextDocument, position: int, length: int) -> None:
    """The text from *position* on, *length* long, was changed: widen the indent for the
    ordered lists its blocks belong to where their numbers no longer fit."""
    block: QTextBlock = document.findBlock(position)
    end = position + length
    seen: set[int] = set()
    largest = 0
    while block.isValid() and block.position() <= end:
        text_list = block.textList()
        if text_list is not None and text_list.objectIndex() not in seen:
            seen.add(text_list.objectIndex())
            fmt = text_list.format()
            if is_ordered(fmt):
                largest = max(largest, fmt.start() + text_list.count() - 1)
        block = block.next()
    if largest >= 10:
        room = room_for(document.defaultFont(), largest)
        if room > document.indentWidth():
            document.setIndentWidth(room)
