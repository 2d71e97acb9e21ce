"""Parse Markdown once into the tree of render.tree.

Python-Markdown does the parsing; its raw-HTML handling is switched off, so
markup typed into a release is text, never markup, in every export.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
from markdown import util as md_util

from . import tree as t
from .safety import clean_text, decode_entities, safe_href

# A line holding only hashes is an end mark ("###"), not an empty heading.
_LONE_HASHES = re.compile(r"^([ ]{0,3})(#{1,6})[ \t]*$", re.MULTILINE)
END_MARK_LINES = ("###", "-30-", "-end-")


class BodyParser:
    """A reusable Markdown-to-tree parser (Python-Markdown instances are costly to build)."""

    def __init__(self) -> None:
        md = markdown.Markdown()
        # Honour "3." as the first number of a list, as CommonMark and Word do.
        md.parser.blockprocessors["olist"].LAZY_OL = False
        # A bulleted list followed by a numbered one is two lists, not one.
        md.parser.blockprocessors["olist"].SIBLING_TAGS = ["ol"]
        md.parser.blockprocessors["ulist"].SIBLING_TAGS = ["ul"]
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        md.treeprocessors.deregister("prettify")
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
        for treeprocessor in md.treeprocessors:
            new_root = treeprocessor.run(root)
            if new_root is not None:
                root = new_root
        return _normalise_headings(_blocks(root))


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


def _text(value: str | None) -> str:
    if not value:
        return ""
    if md_util.AMP_SUBSTITUTE in value:
        value = value.replace(md_util.AMP_SUBSTITUTE, "&")
    return decode_entities(value)


def _blocks(element: ET.Element) -> list[t.Block]:
    blocks: list[t.Block] = []
    for child in element:
        block = _block(child)
        if block is not None:
            blocks.append(block)
    return blocks


def _block(element: ET.Element) -> t.Block | None:
    tag = element.tag
    if tag == "p":
        children = _inlines(element)
        return t.Paragraph(children) if children else None
    if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
        children = _inlines(element)
        return t.Heading(int(tag[1]), children) if children else None
    if tag in ("ul", "ol"):
        items = [_list_item(li) for li in element if li.tag == "li"]
        if tag == "ul":
            return t.BulletList(items)
        start = element.get("start", "1")
        return t.OrderedList(items, int(start) if start.isdigit() else 1)
    if tag == "blockquote":
        return t.Quote(_blocks(element))
    if tag == "pre":
        code = element.find("code")
        source = code.text if code is not None else element.text
        return t.CodeBlock(_text(source).rstrip("\n"))
    if tag == "hr":
        return t.Rule()
    # Anything else (none is expected with raw HTML off): keep its text.
    children = _inlines(element)
    return t.Paragraph(children) if children else None


def _list_item(element: ET.Element) -> t.ListItem:
    blocks: list[t.Block] = []
    loose: list[t.Inline] = []
    if element.text and element.text.strip():
        loose.append(t.Text(_text(element.text)))
    for child in element:
        if child.tag in ("p", "ul", "ol", "blockquote", "pre", "hr") or (
            len(child.tag) == 2 and child.tag[0] == "h" and child.tag[1].isdigit()
        ):
            if loose:
                blocks.append(t.Paragraph(_trim(loose)))
                loose = []
            block = _block(child)
            if block is not None:
                blocks.append(block)
        else:
            loose.append(_inline(child))
        if child.tail and child.tail.strip():
            loose.append(t.Text(_text(child.tail)))
    if loose:
        blocks.append(t.Paragraph(_trim(loose)))
    return t.ListItem(blocks)


def _inlines(element: ET.Element) -> list[t.Inline]:
    nodes: list[t.Inline] = []
    if element.text:
        nodes.append(t.Text(_text(element.text)))
    for child in element:
        nodes.append(_inline(child))
        if child.tail:
            nodes.append(t.Text(_text(child.tail)))
    return _trim(nodes)


def _inline(element: ET.Element) -> t.Inline:
    tag = element.tag
    if tag == "strong":
        return t.Strong(_inlines(element))
    if tag == "em":
        return t.Emphasis(_inlines(element))
    if tag == "code":
        return t.Code(_text(element.text))
    if tag == "br":
        return t.LineBreak()
    if tag == "a":
        href = _text(element.get("href"))
        children = _inlines(element) or [t.Text(href)]
        return t.Link(safe_href(href), children)
    if tag == "img":
        # Images would be remote resources in the export: keep their words only.
        return t.Text(_text(element.get("alt")))
    return t.Strong(_inlines(element)) if tag == "b" else t.Emphasis(_inlines(element))


def _trim(nodes: list[t.Inline]) -> list[t.Inline]:
    """Drop empty text nodes and the whitespace at the start and end of a block."""
    nodes = [n for n in nodes if not (isinstance(n, t.Text) and not n.text)]
    if nodes and isinstance(nodes[0], t.Text):
        nodes[0] = t.Text(nodes[0].text.lstrip())
    if nodes and isinstance(nodes[-1], t.Text):
        nodes[-1] = t.Text(nodes[-1].text.rstrip())
    return [n for n in nodes if not (isinstance(n, t.Text) and not n.text)]
