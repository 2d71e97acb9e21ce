"""Block commands of the formatted editor: lists nest and un-nest, quotations, subheadings,
Enter and Backspace, each as one undo step.

They change only the properties rich_formats describes (a block's containers, its list,
its kind), so the Markdown read back (rich_read) says what the editor shows. Nesting
follows the body's tree: an item nests into the item above it, taking its own sub-items
along; un-nesting makes it an item of the list above, and the items after it its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from .rich_formats import (
    CODE,
    CODE_BLOCK,
    CONTAINERS,
    HEADING,
    HR,
    LINE_BREAK,
    MARKS,
    PARAGRAPH,
    RULE,
    CharLook,
    block_format,
    is_ordered,
    last_level,
    list_depth,
    list_format,
    split_marks,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextDocument, QTextList

Containers = tuple[str, ...]


def containers_of(block: QTextBlock) -> Containers:
    return tuple(block.blockFormat().stringProperty(CONTAINERS).split())


def kind_of(block: QTextBlock) -> tuple[str, int]:
    fmt = block.blockFormat()
    if fmt.hasProperty(RULE):
        return HR, 0
    if fmt.boolProperty(CODE_BLOCK):
        return CODE, 0
    level = fmt.headingLevel()
    return (HEADING, level) if level else (PARAGRAPH, 0)


def selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd()).blockNumber()
    blocks = []
    while block.isValid() and block.blockNumber() <= last:
        blocks.append(block)
        block = block.next()
    return blocks


class BlockCommands:
    """Structure edits on one document; the caller wraps them in an edit block."""

    def __init__(self, document: QTextDocument, ids: Iterator[int], look: CharLook) -> None:
        self.document = document
        self.ids = ids
        self.look = look
        self.cursor = QTextCursor(document)

    def apply(self, block: QTextBlock, containers: Containers, lst: QTextList | None,
              kind: str | None = None, level: int = 0) -> None:
        """Give *block* its containers, list and kind (its look follows from them)."""
        old_kind, old_level = kind_of(block)
        if kind is None:
            kind, level = old_kind, old_level
        fmt = block_format(containers, kind, level, lst is not None)
        if lst is not None:
            fmt.setObjectIndex(lst.objectIndex())
        self.cursor.setPosition(block.position())
        self.cursor.setBlockFormat(fmt)
        if (kind, level) != (old_kind, old_level):
            self.restyle(block, kind, level)

    def new_list(self, block: QTextBlock, ordered: bool) -> QTextList:
        """A new list whose first item is *block* (already given its containers)."""
        self.cursor.setPosition(block.position())
        made = self.cursor.createList(list_format(ordered, 1, False,
                                                  list_depth(containers_of(block))))
        # (given its containers as no member yet: its margin is now a member's, the list's
        # own indent placing it, as every other item's and as a document read in sets it)
        self.apply(block, containers_of(block), made)
        return made

    def restyle(self, block: QTextBlock, kind: str, level: int) -> None:
        """The text's look for a new block kind, its marks and links kept."""
        fragments = block.begin()
        spans = []
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            spans.append((fragment.position(), fragment.length(), fmt))
            fragments += 1
        cursor = self.cursor
        for start, length, fmt in spans:
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(self.look.again(fmt, kind, level, fmt.stringProperty(MARKS),
                                                 fmt.anchorHref()))
        cursor.setPosition(block.position())
        cursor.setBlockCharFormat(self.look.format(kind, level, ""))

    # -- the tree around a list item ------------------------------------------------

    @staticmethod
    def _item_of(block: QTextBlock) -> tuple[Containers, int] | None:
        """(containers, index of the level the block starts an item at), or None."""
        if block.textList() is None:
            return None
        containers = containers_of(block)
        level = last_level(containers)
        if level < 0:  # a list line without a level (from elsewhere): level one
            containers = (*containers, "l")
            level = len(containers) - 1
        return containers, level

    @staticmethod
    def descendants(block: QTextBlock, level: int, prefix: Containers) -> list[QTextBlock]:
        """The blocks after *block* inside its item: further paragraphs, sub-items."""
        found = []
        following = block.next()
        while following.isValid():
            containers = containers_of(following)
            if containers[:level + 1] != prefix or (
                    following.textList() is not None and last_level(containers) == level):
                break
            found.append(following)
            following = following.next()
        return found

    @staticmethod
    def previous_item(block: QTextBlock, level: int, prefix: Containers,
                      lst: QTextList) -> QTextBlock | None:
        """The start of the item before *block*'s in the same list, or None."""
        earlier = block.previous()
        while earlier.isValid():
            containers = containers_of(earlier)
            if containers[:level + 1] != prefix:
                return None
            if earlier.textList() is not None and last_level(containers) == level:
                return earlier if earlier.textList() is lst else None
            earlier = earlier.previous()
        return None

    def nest(self, block: QTextBlock) -> int:
        """Make *block*'s item a sub-item of the item above; returns the number of the last
        block moved (-1 when it cannot nest: the first item of a list)."""
        found = self._item_of(block)
        if found is None:
            return -1
        containers, level = found
        lst = block.textList()
        ordered = is_ordered(lst.format())
        prefix = containers[:level + 1]
        above = self.previous_item(block, level, prefix, lst)
        if above is None:
            return -1
        deeper = (*prefix, "l")
        target = None  # the sub-list the item above ends with, if it does
        earlier = block.previous()
        while earlier.blockNumber() > above.blockNumber():
            earlier_containers = containers_of(earlier)
            if earlier_containers[:level + 2] != deeper:
                break
            if earlier.textList() is not None and last_level(earlier_containers) == level + 1:
                target = earlier.textList()
                break
            earlier = earlier.previous()
        moved = self.descendants(block, level, prefix)
        self.apply(block, (*deeper, *containers[level + 1:]), target)
        if target is None:
            self.new_list(block, ordered)
        for inner in moved:
            inner_containers = containers_of(inner)
            self.apply(inner, (*deeper, *inner_containers[level + 1:]), inner.textList())
        return moved[-1].blockNumber() if moved else block.blockNumber()

    def unnest(self, block: QTextBlock) -> int:
        """Make *block*'s item an item of the list above (or, at the first level, a
        paragraph); returns the number of the last block moved, -1 if none."""
        found = self._item_of(block)
        if found is None:
            return -1
        containers, level = found
        # (Read now: a list whose last item leaves it is deleted by Qt.)
        ordered = is_ordered(block.textList().format())
        prefix = containers[:level + 1]
        outer = last_level(containers[:level])
        moved = self.descendants(block, level, prefix)
        target = None
        if outer >= 0:
            earlier = block.previous()
            while earlier.isValid():
                earlier_containers = containers_of(earlier)
                if earlier_containers[:outer + 1] != containers[:outer + 1]:
                    break
                if earlier.textList() is not None and last_level(earlier_containers) == outer:
                    target = earlier.textList()
                    break
                earlier = earlier.previous()
        self.apply(block, (*containers[:level], *containers[level + 1:]), target)
        if outer >= 0 and target is None:
            self.new_list(block, ordered)
        for inner in moved:
            inner_containers = containers_of(inner)
            self.apply(inner, (*inner_containers[:level], *inner_containers[level + 1:]),
                       inner.textList())
        return moved[-1].blockNumber() if moved else block.blockNumber()

    def each_item(self, blocks: list[QTextBlock], step: str) -> bool:
        """Nest or un-nest every selected item once (sub-items move with their item)."""
        done = -1
        changed = False
        for block in blocks:
            if block.blockNumber() <= done or block.textList() is None:
                continue
            last = self.nest(block) if step == "nest" else self.unnest(block)
            if last >= 0:
                done = last
                changed = True
        return changed

    # -- toolbar commands -----------------------------------------------------------------

    def toggle_list(self, blocks: list[QTextBlock], ordered: bool) -> None:
        lists = [block.textList() for block in blocks]
        if all(lst is not None and is_ordered(lst.format()) == ordered for lst in lists):
            for block in blocks:  # all items of this kind already: no list any more
                containers = containers_of(block)
                level = last_level(containers)
                self.apply(block, containers[:level] + containers[level + 1:]
                           if level >= 0 else containers, None)
            return
        first = blocks[0]
        target = None
        before = first.previous()
        if first.textList() is None and before.isValid() and before.textList() is not None \
                and is_ordered(before.textList().format()) == ordered \
                and containers_of(before) == (*containers_of(first), "l"):
            target = before.textList()  # right after a list of this kind: it grows
        for block in blocks:
            containers = containers_of(block)
            if block.textList() is None:
                containers = (*containers, "l")
            self.apply(block, containers, target)
            if target is None:
                target = self.new_list(block, ordered)

    def toggle_quote(self, blocks: list[QTextBlock]) -> None:
        quoted = [containers_of(block) for block in blocks]
        if all(any(entry.startswith("q") for entry in containers) for containers in quoted):
            for block, containers in zip(blocks, quoted, strict=True):
                innermost = max(i for i, entry in enumerate(containers) if entry.startswith("q"))
                self.apply(block, containers[:innermost] + containers[innermost + 1:],
                           block.textList())
            return
        quote = f"q{next(self.ids)}"
        before = blocks[0].previous()
        if before.isValid() and blocks[0].textList() is None:
            earlier = containers_of(before)
            if earlier[:-1] == quoted[0] and earlier and earlier[-1].startswith("q"):
                quote = earlier[-1]  # right after a quotation: it grows
        for block, containers in zip(blocks, quoted, strict=True):
            self.apply(block, (*containers, quote), block.textList())

    def toggle_heading(self, blocks: list[QTextBlock]) -> None:
        text_blocks = [b for b in blocks if kind_of(b)[0] in (PARAGRAPH, HEADING)]
        headings = all(kind_of(b)[0] == HEADING for b in text_blocks)
        for block in text_blocks:
            self.apply(block, containers_of(block), block.textList(),
                       PARAGRAPH if headings else HEADING, 0 if headings else 2)

    # -- keys ---------------------------------------------------------------------------------

    def enter(self, cursor: QTextCursor) -> None:
        """A new paragraph, item or line; on an empty item or line, one level out."""
        if cursor.hasSelection():
            cursor.removeSelectedText()
        block = cursor.block()
        kind, level = kind_of(block)
        containers = containers_of(block)
        if kind == CODE:
            cursor.insertText(LINE_BREAK)
            return
        if not block.text() and kind != HR:
            if block.textList() is not None:
                self.unnest(block)
                return
            if containers:
                self.apply(block, containers[:-1], None)
                return
        fmt = cursor.blockFormat()
        marks = [m for m in split_marks(cursor.charFormat().stringProperty(MARKS))
                 if m[0] in "se"]  # bold and italic go on; a link or code does not
        new_kind, new_level = kind, level
        if kind == HR or (kind == HEADING and cursor.atBlockEnd()):
            new_kind, new_level = PARAGRAPH, 0
            lst = block.textList()
            fmt = block_format(containers, PARAGRAPH, 0, lst is not None)
            if lst is not None:
                fmt.setObjectIndex(lst.objectIndex())
            marks = []
        cursor.insertBlock(fmt, self.look.format(new_kind, new_level, " ".join(marks)))

    def backspace(self, cursor: QTextCursor) -> bool:
        """Backspace at the start of a block: an item loses its bullet, a quotation's
        first line leaves it, an empty line above goes. False: Qt's own merge will do."""
        if cursor.hasSelection() or not cursor.atBlockStart():
            return False
        block = cursor.block()
        containers = containers_of(block)
        found = self._item_of(block)
        if found is not None:
            item_containers, level = found
            lst = block.textList()
            if self.previous_item(block, level, item_containers[:level + 1], lst) is not None:
                self.apply(block, item_containers, None)  # a further paragraph of the item above
            else:
                self.unnest(block)
            return True
        before = block.previous()
        if containers and containers[-1].startswith("q") and (
                not before.isValid() or containers_of(before)[:len(containers)] != containers):
            self.apply(block, containers[:-1], None)
            return True
        if before.isValid() and not before.text() and kind_of(before)[0] != CODE:
            fmt = block.blockFormat()
            char = block.charFormat()
            cursor.setPosition(before.position())
            cursor.setPosition(block.position(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
            return True
        return False
