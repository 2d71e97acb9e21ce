"""Turning numbered and bulleted paragraphs back into nested lists.

Word stores a list as paragraphs with a level and a numbering; Word's HTML and plain
text do the same with markers. Readers feed those paragraphs here in order and get
nested body.tree lists back, each numbered list starting at the number it showed.
"""

from __future__ import annotations

from ..body import tree as t
from .draft import Piece


class _Open:
    __slots__ = ("depth", "group", "node", "ordered")

    def __init__(self, node: t.BulletList | t.OrderedList, depth: int, ordered: bool,
                 group: object) -> None:
        self.node = node
        self.depth = depth
        self.ordered = ordered
        self.group = group


class PieceSink:
    """Collects a draft's pieces; list paragraphs are gathered into nested lists."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self._open: list[_Open] = []
        self._joinable: Piece | None = None  # the quote or code block the next one may join

    def piece(self, piece: Piece) -> None:
        self._open.clear()
        self._joinable = None
        self.pieces.append(piece)

    def piece_break(self) -> None:
        """An empty paragraph: quotes and code blocks on either side stay apart."""
        self._joinable = None

    def quote(self, paragraph: t.Paragraph) -> None:
        """A quotation paragraph; consecutive ones make one quote."""
        if self._joinable is not None and isinstance(self._joinable.block, t.Quote):
            self._joinable.block.blocks.append(paragraph)
            return
        self.piece(Piece(t.Quote([paragraph])))
        self._joinable = self.pieces[-1]

    def code(self, line: str) -> None:
        """A line of a code block; consecutive lines make one block."""
        if self._joinable is not None and isinstance(self._joinable.block, t.CodeBlock):
            self._joinable.block.text += "\n" + line
            return
        self.piece(Piece(t.CodeBlock(line)))
        self._joinable = self.pieces[-1]

    def item(self, depth: int, ordered: bool, number: int | None, blocks: list[t.Block],
             group: object = None) -> None:
        """One list paragraph at *depth* (0 = top); *number* is what it showed, if known."""
        stack = self._open
        while stack and stack[-1].depth > depth:
            stack.pop()
        if stack and stack[-1].depth == depth and (
                stack[-1].ordered != ordered or (group is not None and stack[-1].group is not None
                                                 and stack[-1].group != group)):
            stack.pop()
        self._joinable = None
        if not stack or stack[-1].depth < depth:
            node: t.BulletList | t.OrderedList = (
                t.OrderedList([], number if number is not None and number >= 0 else 1)
                if ordered else t.BulletList([]))
            if stack:
                parent = stack[-1].node
                if not parent.items:
                    parent.items.append(t.ListItem([]))
                parent.items[-1].blocks.append(node)
            else:
                self.pieces.append(Piece(node))
            stack.append(_Open(node, depth, ordered, group))
        stack[-1].node.items.append(t.ListItem(list(blocks)))

    def continuation(self, depth: int, block: t.Block) -> None:
        """A paragraph that belongs to the open list item at *depth* (no marker of its own)."""
        stack = self._open
        while stack and stack[-1].depth > depth:
            stack.pop()
        if not stack or not stack[-1].node.items:
            self.piece(Piece(block))
            return
        stack[-1].node.items[-1].blocks.append(block)

    @property
    def in_list(self) -> bool:
        return bool(self._open)
