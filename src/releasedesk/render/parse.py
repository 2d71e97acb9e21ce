"""Parse the Markdown body once into the tree of render.tree, in one dialect: CommonMark.

markdown-it-py's block stage (CommonMark-conformant, MIT, well kept) cuts the body into
paragraphs, headings, lists, quotations and code; render.inline reads the text inside each
block. Raw HTML is off, so markup typed into a release is text in every export.

Every parser is an object of its own: nothing here is shared between threads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from markdown_it import MarkdownIt
from markdown_it.parser_block import ParserBlock

from . import tree as t
from .inline import InlineParser
from .safety import clean_text

if TYPE_CHECKING:
    from markdown_it.rules_block.state_block import StateBlock
    from markdown_it.token import Token

# A line holding only hashes is an end mark ("###"), not an empty heading.
_LONE_HASHES = re.compile(r"^([ ]{0,3})(#{1,6})[ \t]*$", re.MULTILINE)
END_MARK_LINES = ("###", "-30-", "-end-")

# Block nesting past this (a list item holds one level for the list and one for the item,
# a quotation one) is read as plain text: no writer ever recurses deeper, and no input
# can exhaust Python's stack. Word itself numbers lists nine levels deep.
MAX_BLOCK_NESTING = 24


class _NestingSafeBlockParser(ParserBlock):
    """markdown-it's block parser, except that content nested too deeply is kept as text.

    markdown-it drops everything past its nesting limit; a press office must never lose
    words, so the rest of the too-deep block becomes one paragraph of its source text.
    """

    def tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:
        if state.level < state.md.options.maxNesting:
            super().tokenize(state, startLine, endLine)
            return
        line = startLine
        while line < endLine and (state.isEmpty(line)
                                  or state.sCount[line] >= state.blkIndent):
            line += 1
        text = "\n".join(part.strip() for part in
                         state.getLines(startLine, line, state.blkIndent, False).split("\n")
                         if part.strip())
        if text:
            opening = state.push("paragraph_open", "p", 1)
            opening.map = [startLine, line]
            inline = state.push("inline", "", 0)
            inline.content = text
            inline.map = [startLine, line]
            inline.children = []
            state.push("paragraph_close", "p", -1)
        state.line = line


def _new_markdown_it() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_BLOCK_NESTING})
    block = _NestingSafeBlockParser()
    # The same rules as the preset's parser (html_block and table off).
    for name in ("html_block", "table"):
        block.ruler.disable(name)
    md.block = block
    # Link targets are checked and encoded by render.safety.safe_href, once, for every
    # link alike; markdown-it's own normalisation would encode reference links differently.
    md.normalizeLink = _keep  # type: ignore[method-assign]
    md.validateLink = _accept  # type: ignore[method-assign]
    return md


def _keep(url: str) -> str:
    return url


def _accept(url: str) -> bool:
    return True


class BodyParser:
    """A Markdown-to-tree parser. Not shared: each thread makes its own (they are cheap).

    *photos* are the ids of the release's photos: ``![…](photo:ID)`` for one of them
    becomes a tree.Image, any other image its description.
    """

    def __init__(self, photos: frozenset[str] = frozenset()) -> None:
        self._md = _new_markdown_it()
        self._photos = photos

    def parse(self, source: str) -> list[t.Block]:
        """The blocks of *source*; a trailing end-mark line is left to the layout."""
        source = strip_end_mark(clean_text(source))
        if not source.strip():
            return []
        source = _LONE_HASHES.sub(lambda m: m.group(1) + "\\#" * len(m.group(2)), source)
        env: dict[str, Any] = {}
        tokens = self._md.block.parse(source, self._md, env, []) or []
        references = {label: (entry["href"], entry.get("title", ""))
                      for label, entry in env.get("references", {}).items()}
        return _normalise_headings(_TreeBuilder(references, self._photos).build(tokens))


def parse_markdown(source: str, photos: frozenset[str] = frozenset()) -> list[t.Block]:
    """Parse *source* with a parser of its own: safe to call from any thread."""
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


def strip_end_mark(source: str) -> str:
    """Drop an end mark typed as the body's last line; the layout prints the release's own."""
    stripped = source.rstrip()
    for mark in END_MARK_LINES:
        if stripped.endswith(mark):
            head = stripped[: -len(mark)]
            if head == "" or head.endswith("\n"):
                return head
    return source


class _Container:
    """A block under construction while the flat token stream is read."""

    __slots__ = ("blocks", "kind", "start", "tight")

    def __init__(self, kind: str, start: int = 1, tight: bool = True) -> None:
        self.kind = kind
        self.blocks: list[t.Block] = []
        self.start = start
        self.tight = tight


class _TreeBuilder:
    """markdown-it's flat block tokens to render.tree, without recursion (any depth is safe)."""

    def __init__(self, references: dict[str, tuple[str, str]],
                 photos: frozenset[str] = frozenset()) -> None:
        self.inline = InlineParser(references, photos)

    def build(self, tokens: list[Token]) -> list[t.Block]:
        stack = [_Container("root")]
        items: list[list[t.ListItem]] = []
        heading_level = 0
        in_paragraph = False
        for token in tokens:
            kind = token.type
            if kind == "inline":
                children = self.inline.parse(token.content)
                if heading_level:
                    if children:
                        stack[-1].blocks.append(t.Heading(heading_level, children))
                elif in_paragraph and children:
                    stack[-1].blocks.append(t.Paragraph(children))
            elif kind == "paragraph_open":
                in_paragraph = True
            elif kind == "paragraph_close":
                in_paragraph = False
            elif kind == "heading_open":
                heading_level = int(token.tag[1])
            elif kind == "heading_close":
                heading_level = 0
            elif kind in ("bullet_list_open", "ordered_list_open"):
                start = int(token.attrs.get("start", 1)) if kind == "ordered_list_open" else 1
                stack.append(_Container(kind, start))
                items.append([])
            elif kind == "list_item_open":
                stack.append(_Container("item"))
            elif kind == "list_item_close":
                item = stack.pop()
                items[-1].append(t.ListItem(item.blocks))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                container = stack.pop()
                list_items = items.pop()
                block: t.Block = (t.BulletList(list_items, tight=container.tight)
                                  if kind == "bullet_list_close" else
                                  t.OrderedList(list_items, container.start,
                                                tight=container.tight))
                stack[-1].blocks.append(block)
            elif kind == "blockquote_open":
                stack.append(_Container("quote"))
            elif kind == "blockquote_close":
                quote = stack.pop()
                stack[-1].blocks.append(t.Quote(quote.blocks))
            elif kind in ("code_block", "fence"):
                stack[-1].blocks.append(t.CodeBlock(token.content.rstrip("\n")))
            elif kind == "hr":
                stack[-1].blocks.append(t.Rule())
            if kind == "paragraph_open" and not token.hidden and stack[-1].kind == "item":
                # markdown-it hides the paragraphs of tight lists' items; a visible one
                # makes its list loose.
                stack[-2].tight = False
        return stack[0].blocks

