"""The formatted editor's QTextDocument read back into the body's tree, and its Markdown.

Each text block of the document becomes a *line* (its containers, the list whose item it
starts, its content as inline nodes); the lines are then assembled into the tree, which
render.markdown_writer writes. rich_formats says what the properties mean.

Typing must stay smooth with a 20k-word body, so MarkdownMirror re-reads only the blocks
QTextDocument reports as changed, and writes again only the top-level blocks (a
paragraph, a whole list, a whole quotation) whose lines changed.
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from ...body import tree as t
from ...body.inline import SPACE_OR_TAB
from ...body.parse import END_MARK_LINES
from ...body.safety import safe_href
from ...render.markdown_writer import other_forms, write_block
from .rich_formats import (
    CODE,
    CODE_BLOCK,
    CONTAINERS,
    HEADING,
    HR,
    LINE_BREAK,
    LOOSE,
    MARKS,
    OBJECT,
    PARAGRAPH,
    RULE,
    is_ordered,
    last_level,
    split_marks,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextDocument, QTextList

log = logging.getLogger(__name__)

Run = tuple[str, str, str]  # text, marks, link address


class Line:
    """What one text block says, read once and kept until the block changes."""

    __slots__ = ("containers", "inlines", "kind", "level", "lst", "serial", "text")

    def __init__(self, serial: int, containers: tuple[str, ...], lst: QTextList | None,
                 kind: str, level: int, inlines: list[t.Inline], text: str) -> None:
        self.serial = serial  # new for every read: a cache key that is never reused
        self.containers = containers
        self.lst = lst
        self.kind = kind
        self.level = level
        self.inlines = inlines
        self.text = text


def read_line(block: QTextBlock, serial: int) -> Line:
    fmt = block.blockFormat()
    containers = tuple(fmt.stringProperty(CONTAINERS).split())
    level = 0
    if fmt.hasProperty(RULE):
        kind = HR
    elif fmt.boolProperty(CODE_BLOCK):
        kind = CODE
    else:
        level = min(6, fmt.headingLevel())
        kind = HEADING if level > 0 else PARAGRAPH
    if kind == CODE:
        text = block.text().replace(LINE_BREAK, "\n").replace(OBJECT, "")
        return Line(serial, containers, block.textList(), kind, 0, [], text)
    return Line(serial, containers, block.textList(), kind, level,
                inlines_from_runs(runs_of(block)), "")


def runs_of(block: QTextBlock) -> list[Run]:
    runs: list[Run] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            marks = fmt.stringProperty(MARKS)
            linked = "a" in marks or "i" in marks  # a link, or a photo's place (photo:ID)
            runs.append((fragment.text(), marks, fmt.anchorHref() if linked else ""))
        fragments += 1
    return runs


def inlines_from_runs(runs: list[Run]) -> list[t.Inline]:
    """Inline nodes from runs of marked text: runs sharing a mark id share its node."""
    root: list[t.Inline] = []
    open_marks: list[str] = []
    open_children: list[list[t.Inline]] = [root]
    code_mark = ""
    for text, marks, href in runs:
        text = text.replace(OBJECT, "")
        if not text:
            continue
        wanted = [mark for mark in split_marks(marks) if mark[0] in "seaci"]
        code = wanted.pop() if wanted and wanted[-1][0] == "c" else ""
        wanted = [mark for mark in wanted if mark[0] != "c"]
        keep = 0
        while keep < min(len(open_marks), len(wanted)) and open_marks[keep] == wanted[keep]:
            keep += 1
        del open_marks[keep:]
        del open_children[keep + 1:]
        for mark in wanted[keep:]:
            node: t.Strong | t.Emphasis | t.Link | t.Image = (
                t.Strong([]) if mark[0] == "s" else t.Emphasis([]) if mark[0] == "e"
                else t.Image(href.removeprefix("photo:"), []) if mark[0] == "i"
                else t.Link(safe_href(href), []))
            open_children[-1].append(node)
            open_marks.append(mark)
            open_children.append(node.children)
        target = open_children[-1]
        if code:
            code_text = text.replace(LINE_BREAK, " ")
            last = target[-1] if target else None
            if isinstance(last, t.Code) and code == code_mark:
                last.text += code_text
            else:
                target.append(t.Code(code_text))
                code_mark = code
            continue
        code_mark = ""
        for number, part in enumerate(text.split(LINE_BREAK)):
            if number:
                target.append(t.LineBreak())
            if part:
                if target and isinstance(target[-1], t.Text):
                    target[-1] = t.Text(target[-1].text + part)
                else:
                    target.append(t.Text(part))
    return _trim(root)


def _trim(nodes: list[t.Inline]) -> list[t.Inline]:
    """As the parser reads a block: no space, tab or line break at its start or end (an
    ideographic or no-break space is text there, as in CommonMark)."""
    for end in (0, -1):
        while nodes:
            _strip_breaks(nodes, end)
            edge = nodes[end] if nodes else None
            if not isinstance(edge, t.Text):
                break
            text = edge.text.lstrip(SPACE_OR_TAB) if end == 0 else edge.text.rstrip(SPACE_OR_TAB)
            if text:
                nodes[end] = t.Text(text)
                break
            del nodes[end]
    return nodes


def _strip_breaks(nodes: list[t.Inline], end: int) -> None:
    """Line breaks at an edge, inside emphasis or links too: Markdown has no such break."""
    while nodes:
        edge = nodes[end]
        if isinstance(edge, t.LineBreak):
            del nodes[end]
            continue
        if isinstance(edge, (t.Strong, t.Emphasis, t.Link)):
            _strip_breaks(edge.children, end)
            if not edge.children:
                del nodes[end]
                continue
        break


# -- lines to the tree ------------------------------------------------------------------


class _Frame:
    """An open container while lines are assembled: a list ("L"), item ("i") or quote."""

    __slots__ = ("blocks", "key", "kind", "node")

    def __init__(self, kind: str, key: object, node: t.Block | t.ListItem,
                 blocks: list[t.Block] | None) -> None:
        self.kind = kind
        self.key = key
        self.node = node
        self.blocks = blocks


ListInfo = tuple[bool, int, bool]  # ordered, first number, loose


def _list_info(lst: QTextList) -> ListInfo:
    fmt = lst.format()
    return is_ordered(fmt), fmt.start(), fmt.boolProperty(LOOSE)


def assemble(lines: list[Line]) -> tuple[list[t.Block], list[tuple[object, ...]]]:
    """The top-level blocks of *lines*, each with a key that changes whenever anything
    its Markdown depends on changes (its lines, its lists' numbers and looks)."""
    root: list[t.Block] = []
    stack: list[_Frame] = []
    counts: dict[QTextList, int] = {}
    infos: dict[QTextList, ListInfo] = {}
    keys: list[list[object]] = []

    def place(block: t.Block) -> None:
        if stack:
            blocks = stack[-1].blocks
            assert blocks is not None  # the innermost frame is an item or a quotation
            blocks.append(block)
        else:
            root.append(block)
            keys.append([])

    for line in lines:
        containers = line.containers
        lst = line.lst
        member_at = last_level(containers) if lst is not None else -1
        if lst is not None and member_at < 0:  # a list item without a level: level one
            containers = (*containers, "l")
            member_at = len(containers) - 1
        pos = 0
        fresh = False  # once a container opened, every deeper one is new too
        for index, entry in enumerate(containers):
            frame = stack[pos] if not fresh and pos < len(stack) else None
            if entry == "l" and index == member_at:
                assert lst is not None
                if frame is not None and frame.kind == "L" and frame.key is lst:
                    del stack[pos + 1:]
                else:
                    del stack[pos:]
                    info = infos.get(lst)
                    if info is None:
                        info = infos[lst] = _list_info(lst)
                    ordered, start, loose = info
                    number = start + counts.get(lst, 0)
                    node: t.BulletList | t.OrderedList = (
                        t.OrderedList([], number, not loose) if ordered
                        else t.BulletList([], not loose))
                    place(node)
                    keys[-1].append((ordered, number, loose))
                    stack.append(_Frame("L", lst, node, None))
                counts[lst] = counts.get(lst, 0) + 1
                item = t.ListItem([])
                list_node = stack[-1].node
                assert isinstance(list_node, (t.BulletList, t.OrderedList))
                list_node.items.append(item)
                stack.append(_Frame("i", None, item, item.blocks))
                pos = len(stack)
                fresh = True
            elif entry == "l":
                if frame is not None and frame.kind == "L":
                    pos += 2
                # else no item is open at this level: the line is read a level further out
            elif frame is not None and frame.kind == "q" and frame.key == entry:
                pos += 1
            else:
                del stack[pos:]
                quote = t.Quote([])
                place(quote)
                stack.append(_Frame("q", entry, quote, quote.blocks))
                pos += 1
                fresh = True
        del stack[pos:]
        for block in _leaf_blocks(line):
            place(block)
        if keys:
            keys[-1].append(line.serial)
    return root, [tuple(key) for key in keys]


def _leaf_blocks(line: Line) -> list[t.Block]:
    if line.kind == CODE:
        return [t.CodeBlock(line.text)] if line.text.strip() else []
    blocks: list[t.Block] = [t.Rule()] if line.kind == HR else []
    if line.inlines:
        blocks.append(t.Heading(max(1, line.level), line.inlines) if line.kind == HEADING
                      else t.Paragraph(line.inlines))
    return blocks


def loosen(blocks: list[t.Block]) -> list[t.Block]:
    """Make loose the tight lists whose items Markdown cannot write without blank lines
    (a paragraph after a paragraph would join it): what the editor shows stays."""
    for block in t.walk_blocks(blocks):
        if isinstance(block, (t.BulletList, t.OrderedList)) and block.tight and any(
                not _tight_pair(before, after) for item in block.items
                for before, after in itertools.pairwise(item.blocks)):
            block.tight = False
    return blocks


def _tight_pair(before: t.Block, after: t.Block) -> bool:
    """Whether *after* can follow *before* on the next line and still be read apart."""
    if isinstance(before, t.Quote) and isinstance(after, t.Quote):
        return False  # "> a" and "> b" on consecutive lines are one quotation
    if not _ends_in_paragraph(before):
        return True
    # A paragraph goes on into the next line unless that line can interrupt it.
    return not (isinstance(after, (t.Paragraph, t.CodeBlock))
                or (isinstance(after, t.OrderedList) and after.start != 1))


def _ends_in_paragraph(block: t.Block) -> bool:
    while True:
        if isinstance(block, t.Paragraph):
            return True
        if isinstance(block, t.Quote) and block.blocks:
            block = block.blocks[-1]
        elif isinstance(block, (t.BulletList, t.OrderedList)) and block.items[-1].blocks:
            block = block.items[-1].blocks[-1]
        else:
            return False


def read_blocks(document: QTextDocument) -> list[t.Block]:
    """The tree of a whole document (a copied selection, a test)."""
    serials = itertools.count(1)
    lines = []
    block = document.begin()
    while block.isValid():
        lines.append(read_line(block, next(serials)))
        block = block.next()
    return loosen(assemble(lines)[0])


def typed_end_mark(blocks: list[t.Block]) -> str | None:
    """The end mark ("###", "-30-", "-end-") a body's last line holds alone, else None.

    Typed as the last line of the Markdown view it gives way to the release's own end mark;
    the same line typed in the formatted view is a paragraph of plain text, which the writer
    would escape (``\\###``) and the exports would print. Saved as the bare mark, it prints
    as the Markdown view's does.
    """
    last = blocks[-1] if blocks else None
    if not isinstance(last, t.Paragraph) or len(last.children) != 1:
        return None
    only = last.children[0]
    text = only.text.strip() if isinstance(only, t.Text) else ""
    return text if text in END_MARK_LINES else None


class MarkdownMirror:
    """The Markdown of a formatted document, kept current by re-reading changed blocks."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._serials = itertools.count(1)
        self._lines: list[Line] | None = None  # None: not read yet (read on first use)
        self._written: dict[tuple[object, ...], str] = {}
        self._markdown: str | None = None
        # QTextDocument reports where it changed only once it has a layout (an editor's
        # document always has one; a bare document gets it here).
        document.documentLayout()
        document.contentsChange.connect(self._changed)

    def markdown(self) -> str:
        if self._markdown is None:
            if self._lines is None:
                self._lines = self._read(self.document.begin(), self.document.blockCount())
            blocks, keys = assemble(self._lines)
            written: dict[tuple[object, ...], str] = {}
            parts = []
            for block, key, other in zip(blocks, keys, other_forms(blocks), strict=True):
                key = (*key, other)
                text = self._written.get(key)
                if text is None:
                    text = write_block(loosen([block])[0], other)
                written[key] = text
                parts.append(text)
            self._written = written
            mark = typed_end_mark(blocks)
            if mark:
                parts[-1] = mark
            self._markdown = "\n\n".join(parts)
        return self._markdown

    def forget(self) -> None:
        """Read everything again at the next request (after list formats changed)."""
        self._lines = None
        self._markdown = None

    def _read(self, block: QTextBlock, count: int) -> list[Line]:
        lines = []
        for _ in range(count):
            lines.append(read_line(block, next(self._serials)))
            block = block.next()
        return lines

    def _changed(self, position: int, removed: int, added: int) -> None:
        self._markdown = None
        lines = self._lines
        if lines is None:
            return
        document = self.document
        first = document.findBlock(position)
        end = document.findBlock(position + added)
        total = document.blockCount()
        if not first.isValid():
            self._lines = None
            return
        start = first.blockNumber()
        last = end.blockNumber() if end.isValid() else total - 1
        old_last = last - (total - len(lines))
        if old_last < start - 1 or old_last >= len(lines) or start > len(lines):
            log.warning("formatted body: change out of step with the document; reading it all")
            self._lines = None
            return
        lines[start:old_last + 1] = self._read(first, last - start + 1)
        if len(lines) != total:
            log.warning("formatted body: %d lines for %d blocks; reading it all", len(lines),
                        total)
            self._lines = None
