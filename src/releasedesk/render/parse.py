"""Parse Markdown once into the tree of render.tree.

Python-Markdown does the parsing; its raw-HTML handling is switched off, so
markup typed into a release is text, never markup, in every export.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
from markdown.blockprocessors import build_block_parser
from markdown.preprocessors import build_preprocessors
from markdown.util import Registry

from . import tree as t
from .inline import parse_inline
from .safety import clean_text

# A line holding only hashes is an end mark ("###"), not an empty heading.
_LONE_HASHES = re.compile(r"^([ ]{0,3})(#{1,6})[ \t]*$", re.MULTILINE)
END_MARK_LINES = ("###", "-30-", "-end-")


class _BlockMarkdown(markdown.Markdown):
    """Python-Markdown's block stage only.

    Inline Markdown is read by render.inline (faster, CommonMark emphasis), so the inline
    patterns, tree processors and serialisers are never built: building them compiles some
    thirty regular expressions, which every start of the editor would pay for.
    """

    def build_parser(self) -> markdown.Markdown:
        self.preprocessors = build_preprocessors(self)
        self.parser = build_block_parser(self)
        self.inlinePatterns = Registry()
        self.treeprocessors = Registry()
        self.postprocessors = Registry()
        return self


class BodyParser:
    """A reusable Markdown-to-tree parser (Python-Markdown instances are costly to build)."""

    def __init__(self) -> None:
        md = _BlockMarkdown()
        # Honour "3." as the first number of a list, as CommonMark and Word do.
        md.parser.blockprocessors["olist"].LAZY_OL = False
        # A bulleted list followed by a numbered one is two lists, not one.
        md.parser.blockprocessors["olist"].SIBLING_TAGS = ["ol"]
        md.parser.blockprocessors["ulist"].SIBLING_TAGS = ["ul"]
        md.preprocessors.deregister("html_block")
        self._md = md

    def parse(self, source: str) -> list[t.Block]:
        """The blocks of *source*; a trailing end-mark line is left to the layout."""
        source = strip_end_mark(clean_text(source))
        if not source.strip():
            return []
        source = _LONE_HASHES.sub(lambda m: m.group(1) + "\\#" * len(m.group(2)), source)
        md = self._md
        md.reset()
        lines = source.split("\n")
        for preprocessor in md.preprocessors:
            lines = preprocessor.run(lines)
        root = md.parser.parseDocument(lines).getroot()
        return _normalise_headings(_Converter(md.references).blocks(root))


def _normalise_headings(blocks: list[t.Block]) -> list[t.Block]:
    """Shift headings so the body's highest one is level 2 (level 1 is the headline)."""
    levels = [b.level for b in blocks if isinstance(b, t.Heading)]
    if levels:
        shift = 2 - min(levels)
        for block in blocks:
            if isinstance(block, t.Heading):
                block.level = max(2, min(6, block.level + shift))
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


_parser: BodyParser | None = None


def parse_markdown(source: str) -> list[t.Block]:
    """Parse with a shared parser (not thread-safe: one per thread via BodyParser)."""
    global _parser
    if _parser is None:
        _parser = BodyParser()
    return _parser.parse(source)


class _Converter:
    """Python-Markdown's block tree to render.tree, reading inline text with render.inline."""

    def __init__(self, references: dict[str, tuple[str, str]]) -> None:
        self.references = references

    def inlines(self, source: str | None) -> list[t.Inline]:
        return _trim(parse_inline(source or "", self.references))

    def blocks(self, element: ET.Element) -> list[t.Block]:
        blocks: list[t.Block] = []
        for child in element:
            block = self.block(child)
            if block is not None:
                blocks.append(block)
        return blocks

    def block(self, element: ET.Element) -> t.Block | None:
        tag = element.tag
        if tag == "p":
            children = self.inlines(element.text)
            return t.Paragraph(children) if children else None
        if _is_heading(tag):
            children = self.inlines(element.text)
            return t.Heading(int(tag[1]), children) if children else None
        if tag in ("ul", "ol"):
            items = [self.list_item(li) for li in element if li.tag == "li"]
            if tag == "ul":
                return t.BulletList(items)
            start = element.get("start", "1")
            return t.OrderedList(items, int(start) if start.isdigit() else 1)
        if tag == "blockquote":
            return t.Quote(self.blocks(element))
        if tag == "pre":
            code = element.find("code")
            source = code.text if code is not None else element.text
            # Python-Markdown escaped &, < and > in code; undo that, keep the rest literal.
            text = (source or "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            return t.CodeBlock(text.rstrip("\n"))
        if tag == "hr":
            return t.Rule()
        children = self.inlines(element.text)
        return t.Paragraph(children) if children else None

    def list_item(self, element: ET.Element) -> t.ListItem:
        blocks: list[t.Block] = []
        if element.text and element.text.strip():
            blocks.append(t.Paragraph(self.inlines(element.text)))
        for child in element:
            block = self.block(child)
            if block is not None:
                blocks.append(block)
        return t.ListItem(blocks)


def _is_heading(tag: str) -> bool:
    return len(tag) == 2 and tag[0] == "h" and tag[1] in "123456"


def _trim(nodes: list[t.Inline]) -> list[t.Inline]:
    """Drop the whitespace at the start and end of a block."""
    if nodes and isinstance(nodes[0], t.Text):
        nodes[0] = t.Text(nodes[0].text.lstrip())
    if nodes and isinstance(nodes[-1], t.Text):
        nodes[-1] = t.Text(nodes[-1].text.rstrip())
    return [n for n in nodes if not (isinstance(n, t.Text) and not n.text)]
