"""Parse the Markdown body once into the tree of body.tree, in one dialect: CommonMark.

body.blocks reads the block structure (paragraphs, headings, lists, quotations, code),
body.inline the text inside each block. Raw HTML is text, so markup typed into a release
is text in every export.

Every parse has its own parser objects: nothing here is shared between threads (a tree
handed on, hand_on, goes to one later parse and is kept by nobody else).
"""

from __future__ import annotations

import re

from ..patterns import compiled
from . import tree as t
from .blocks import MAX_NESTING, Block, BlockParser, LinkDefinitions
from .inline import InlineParser
from .safety import clean_text

# A line holding only hashes is an end mark ("###"), not an empty heading.
_LONE_HASHES = compiled(r"^([ ]{0,3})(#{1,6})[ \t]*$", re.MULTILINE)
END_MARK_LINES = ("###", "-30-", "-end-")

# Nesting past this keeps its words as text (a list and its item count as one level here).
MAX_BLOCK_NESTING = MAX_NESTING


class BodyParser:
    """A Markdown-to-tree parser (cheap to make: one per parse, or one per thread).

    *photos* are the ids of the release's photos: ``![…](photo:ID)`` for one of them
    becomes a tree.Image, any other image its description.
    """

    def __init__(self, photos: frozenset[str] = frozenset()) -> None:
        self._photos = photos

    def parse(self, source: str, *, normalise: bool = True) -> list[t.Block]:
        """The blocks of *source*; a trailing end-mark line is left to the layout.
        *normalise*: False leaves the headings at the levels the source writes."""
        source = strip_end_mark(clean_text(source))
        if not source.strip(" \t\n"):  # (CommonMark's blank: an ideographic space is text)
            return []
        source = _LONE_HASHES.sub(lambda m: m.group(1) + "\\#" * len(m.group(2)), source)
        definitions = LinkDefinitions()
        document = BlockParser(definitions).parse(source)
        inline = InlineParser(definitions.found, self._photos)
        try:
            blocks = _blocks(document.children, inline)
            return _normalise_headings(blocks) if normalise else blocks
        finally:
            _unlink(document)


# A tree its parser was done with, for the next parse of the same text (hand_on).
_handed: dict[str, list[t.Block]] = {}


def hand_on(source: str, blocks: list[t.Block]) -> None:
    """Give *blocks*, the parse of *source* that the caller keeps no part of, to the next
    parse_markdown of the same text: the formatted body's parse of a release it opens, to
    the preview's layout of the same release (the start parsed the body twice, ~25 M
    instructions at 5k words). Only a text without an image is handed on (an image stays
    one only for the photo ids its parse is given). One at a time; any parse of the body
    takes it or lets it go, so no tree is kept for long or shared.
    """
    _handed.clear()
    if "![" not in source:
        _handed[source] = blocks


def parse_markdown(source: str, photos: frozenset[str] = frozenset()) -> list[t.Block]:
    """Parse *source* with a parser of its own: safe to call from any thread."""
    handed = _handed.pop(source, None)  # (one call: atomic, a tree goes to one parse)
    if handed is not None:
        return handed
    _handed.clear()  # (another text: the tree handed on is let go)
    return BodyParser(photos).parse(source)


def _normalise_headings(blocks: list[t.Block]) -> list[t.Block]:
    """Shift headings so the body's highest one is level 2 (level 1 is the headline).

    Headings inside quotations and list items shift with the rest: no heading of the
    body may compete with the headline.
    """
    headings = [b for b in t.walk_blocks(blocks) if isinstance(b, t.Heading)]
    if headings:
        shift = 2 - min(h.level for h in headings)
        for heading in headings:
            heading.level = max(2, min(6, heading.level + shift))
    return blocks


def top_heading_level(source: str) -> int:
    """The highest level among the headings of Markdown *source* as it writes them (2, the
    level the body's highest heading prints at, when it has none)."""
    levels = [b.level for b in t.walk_blocks(BodyParser().parse(source, normalise=False))
              if isinstance(b, t.Heading)]
    return min(levels, default=2)


def fit_headings(blocks: list[t.Block], top: int) -> list[t.Block]:
    """*blocks* pasted into a body whose highest heading is at level *top*: a pasted heading
    above it would rank the body's own headings lower in every export (the body's highest
    heading prints at level 2), so the paste's headings move down together until its
    highest is at *top*; the body keeps its levels and the paste its own order."""
    headings = [b for b in t.walk_blocks(blocks) if isinstance(b, t.Heading)]
    shift = top - min((h.level for h in headings), default=top)
    for heading in headings if shift > 0 else ():
        heading.level = min(6, heading.level + shift)
    return blocks


def strip_end_mark(source: str) -> str:
    """Drop an end mark typed as the body's last line; the layout prints the release's own."""
    stripped = source.rstrip()
    for mark in END_MARK_LINES:
        if stripped.endswith(mark):
            head = stripped[: -len(mark)]
            if head == "" or head.endswith("\n"):
                return head
    return source


def _unlink(document: Block) -> None:
    """Cut the block parser's links from each block to its parent once the tree is made.

    A block and its parent refer to each other, so the parser's blocks (and every line of
    the source they hold) would wait for the cyclic garbage collector; the editor pauses
    it while it starts and then freezes what exists (startup.lasting_objects), which kept
    the start-up parses of the body for the whole session (~0.5 MiB at 20k words). Without
    the links they are freed as soon as the parse returns.
    """
    pending = [document]
    while pending:
        block = pending.pop()
        block.parent = None
        pending.extend(block.children)


def _blocks(children: list[Block], inline: InlineParser) -> list[t.Block]:
    """The tree of *children*; nesting is bounded by the block parser (MAX_NESTING)."""
    out: list[t.Block] = []
    for block in children:
        kind = block.kind
        if kind == "paragraph":
            inlines = inline.parse(block.text)
            if inlines:
                out.append(t.Paragraph(inlines))
        elif kind == "heading":
            inlines = inline.parse(block.text)
            if inlines:
                out.append(t.Heading(block.level, inlines))
        elif kind in ("code", "fence"):
            out.append(t.CodeBlock(block.text))
        elif kind == "rule":
            out.append(t.Rule())
        elif kind == "quote":
            out.append(t.Quote(_blocks(block.children, inline)))
        elif kind == "list":
            items = [t.ListItem(_blocks(item.children, inline)) for item in block.children]
            out.append(t.OrderedList(items, block.start, tight=block.tight) if block.ordered
                       else t.BulletList(items, tight=block.tight))
    return out
