"""The body's tree written into a QTextDocument, for the formatted editor.

The mirror of rich_read: what is written here reads back as the same tree (a property
test holds both to that). The tree is first flattened into *leaves*, one per text block
of the document, each knowing its containers and whether it starts a list item
(rich_formats explains the properties); the leaves are then written with a QTextCursor.
QTextDocument's own Markdown and HTML readers are not used: their dialect is not ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from ...body import tree as t
from ..basics.short_runs import runs
from .rich_formats import (
    CODE,
    HEADING,
    HR,
    LINE_BREAK,
    PARAGRAPH,
    CharLook,
    block_format,
    list_depth,
    list_format,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QTextList

EMPTY = "empty"


class ListSpec:
    """One list of the tree; its QTextList is made when its first item is written."""

    __slots__ = ("depth", "loose", "made", "ordered", "start")

    def __init__(self, ordered: bool, start: int, loose: bool, depth: int) -> None:
        self.ordered = ordered
        self.start = start
        self.loose = loose
        self.depth = depth
        self.made: QTextList | None = None


class Leaf:
    """One text block to write: its containers, the list whose item it starts, its content."""

    __slots__ = ("containers", "inlines", "kind", "level", "member", "text")

    def __init__(self, containers: tuple[str, ...], member: ListSpec | None, kind: str,
                 level: int = 0, inlines: list[t.Inline] | None = None,
                 text: str = "") -> None:
        self.containers = containers
        self.member = member
        self.kind = kind
        self.level = level
        self.inlines = inlines or []
        self.text = text


def flatten(blocks: list[t.Block], ids: Iterator[int],
            base: tuple[str, ...] = ()) -> list[Leaf]:
    """The leaves of *blocks*, in reading order, inside the containers *base*."""
    leaves: list[Leaf] = []
    _flatten(blocks, base, None, leaves, ids)
    return leaves


def _flatten(blocks: list[t.Block], containers: tuple[str, ...], pending: ListSpec | None,
             leaves: list[Leaf], ids: Iterator[int]) -> None:
    """*pending*: the list whose item starts with the first leaf written here.

    Recursion is bounded: the parser keeps block nesting under MAX_BLOCK_NESTING.
    """
    for block in blocks:
        if isinstance(block, t.Paragraph):
            leaves.append(Leaf(containers, pending, PARAGRAPH, inlines=block.children))
        elif isinstance(block, t.Heading):
            leaves.append(Leaf(containers, pending, HEADING, block.level, block.children))
        elif isinstance(block, t.CodeBlock):
            leaves.append(Leaf(containers, pending, CODE, text=block.text))
        elif isinstance(block, t.Rule):
            leaves.append(Leaf(containers, pending, HR))
        elif isinstance(block, t.Figure):
            pass  # (laid out for exports only: the editor's tree holds photo references)
        elif isinstance(block, t.Quote):
            inner = (*containers, f"q{next(ids)}")
            if block.blocks:
                _flatten(block.blocks, inner, pending, leaves, ids)
            else:
                leaves.append(Leaf(inner, pending, EMPTY))
        else:
            if pending is not None:
                # One block can start only one item: the outer item gets an empty line.
                leaves.append(Leaf(containers, pending, EMPTY))
            inner = (*containers, "l")
            spec = ListSpec(isinstance(block, t.OrderedList),
                            block.start if isinstance(block, t.OrderedList) else 1,
                            not block.tight, list_depth(inner))
            for item in block.items:
                if item.blocks:
                    _flatten(item.blocks, inner, spec, leaves, ids)
                else:
                    leaves.append(Leaf(inner, spec, EMPTY))
        pending = None


class DocumentWriter:
    """Writes leaves at a cursor: text runs with their marks, blocks with their formats."""

    def __init__(self, cursor: QTextCursor, ids: Iterator[int], look: CharLook) -> None:
        self.cursor = cursor
        self.ids = ids
        self.look = look

    def write(self, leaves: list[Leaf], into_current: bool) -> None:
        """Write *leaves*; the first goes into the cursor's block when *into_current*
        (its text before the cursor stays), the others each into a new block."""
        cursor = self.cursor
        for number, leaf in enumerate(leaves):
            kind = PARAGRAPH if leaf.kind == EMPTY else leaf.kind
            fmt = block_format(leaf.containers, kind, leaf.level, leaf.member is not None)
            base = self.look.format(kind, leaf.level, "")
            made = leaf.member.made if leaf.member is not None else None
            if made is not None:
                fmt.setObjectIndex(made.objectIndex())
            if number == 0 and into_current:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(base)
            else:
                cursor.insertBlock(fmt, base)
            if leaf.member is not None and made is None:
                spec = leaf.member
                spec.made = cursor.createList(list_format(spec.ordered, spec.start, spec.loose,
                                                          spec.depth))
            if leaf.kind == CODE:
                cursor.insertText(leaf.text.replace("\n", LINE_BREAK),
                                  self.look.format(CODE, 0, ""))
            elif leaf.kind in (PARAGRAPH, HEADING):
                self._inlines(leaf.inlines, kind, leaf.level, "", "")

    def write_inlines(self, nodes: list[t.Inline], kind: str, level: int) -> None:
        """Inline nodes at the cursor, in a block of *kind*."""
        self._inlines(nodes, kind, level, "", "")

    def _inlines(self, nodes: list[t.Inline], kind: str, level: int, marks: str,
                 href: str) -> None:
        for node in nodes:
            if isinstance(node, (t.Text, t.Dateline)):
                text = node.text.replace("\n", " ")
                # In short runs: Qt keeps shaping buffers as long as a paragraph's longest
                # run of one format for as long as the document lives (short_runs.py).
                for index, piece in enumerate(runs(text) if text else ()):
                    self.cursor.insertText(piece, self.look.format(kind, level, marks, href,
                                                                   part=index % 2 == 1))
            elif isinstance(node, t.LineBreak):
                self.cursor.insertText(LINE_BREAK, self.look.format(kind, level, marks, href))
            elif isinstance(node, t.Code):
                self.cursor.insertText(node.text.replace("\n", " "), self.look.format(
                    kind, level, _add(marks, f"c{next(self.ids)}"), href))
            elif isinstance(node, t.Strong):
                self._inlines(node.children, kind, level, _add(marks, f"s{next(self.ids)}"), href)
            elif isinstance(node, t.Emphasis):
                self._inlines(node.children, kind, level, _add(marks, f"e{next(self.ids)}"), href)
            elif isinstance(node, t.Link):
                if node.href is None:  # a refused target: the exports show only its words
                    self._inlines(node.children, kind, level, marks, href)
                else:
                    self._inlines(node.children, kind, level,
                                  _add(marks, f"a{next(self.ids)}"), node.href)
            elif isinstance(node, t.Image):  # a photo's place: a picture, its words marked
                place, address = _add(marks, f"i{next(self.ids)}"), f"photo:{node.photo_id}"
                self.cursor.insertImage(self.look.photo_mark(kind, level, place, address))
                self._inlines(node.children or [t.Text(node.photo_id)], kind, level, place,
                              address)


def _add(marks: str, mark: str) -> str:
    return f"{marks} {mark}" if marks else mark


def fill_document(cursor: QTextCursor, blocks: list[t.Block], ids: Iterator[int],
                  look: CharLook) -> None:
    """Replace the cursor's document with *blocks*, as one edit (one undo step)."""
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    leaves = flatten(blocks, ids) or [Leaf((), None, EMPTY)]
    DocumentWriter(cursor, ids, look).write(leaves, into_current=True)
    cursor.endEditBlock()
