"""The parsed body: a small tree every writer walks, so all formats say the same thing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Text:
    text: str


@dataclass
class Strong:
    children: list[Inline]


@dataclass
class Emphasis:
    children: list[Inline]


@dataclass
class Code:
    text: str


@dataclass
class Link:
    """A hyperlink; ``href`` is None when the target was refused (unsafe scheme)."""

    href: str | None
    children: list[Inline]


@dataclass
class LineBreak:
    pass


@dataclass
class Dateline:
    """The "CITY, Date —" lead the layout puts at the start of the first paragraph."""

    text: str


Inline = Text | Strong | Emphasis | Code | Link | LineBreak | Dateline


@dataclass
class Paragraph:
    children: list[Inline]


@dataclass
class Heading:
    level: int  # 2..6: level 1 belongs to the headline
    children: list[Inline]


@dataclass
class ListItem:
    blocks: list[Block]


@dataclass
class BulletList:
    items: list[ListItem]


@dataclass
class OrderedList:
    items: list[ListItem]
    start: int = 1


@dataclass
class Quote:
    blocks: list[Block]


@dataclass
class CodeBlock:
    text: str


@dataclass
class Rule:
    pass


Block = Paragraph | Heading | BulletList | OrderedList | Quote | CodeBlock | Rule


def plain_text(inlines: list[Inline]) -> str:
    """The visible text of a run of inlines, links reduced to their text."""
    parts: list[str] = []
    _collect(inlines, parts)
    return "".join(parts)


def _collect(inlines: list[Inline], parts: list[str]) -> None:
    for node in inlines:
        if isinstance(node, (Text, Code, Dateline)):
            parts.append(node.text)
        elif isinstance(node, LineBreak):
            parts.append("\n")
        else:
            _collect(node.children, parts)


def iter_links(blocks: list[Block]) -> list[Link]:
    """Every link in *blocks*, in reading order."""
    found: list[Link] = []

    def walk_inlines(inlines: list[Inline]) -> None:
        for node in inlines:
            if isinstance(node, Link):
                found.append(node)
            if isinstance(node, (Strong, Emphasis, Link)):
                walk_inlines(node.children)

    def walk(blocks: list[Block]) -> None:
        for block in blocks:
            if isinstance(block, (Paragraph, Heading)):
                walk_inlines(block.children)
            elif isinstance(block, (BulletList, OrderedList)):
                for item in block.items:
                    walk(item.blocks)
            elif isinstance(block, Quote):
                walk(block.blocks)

    walk(blocks)
    return found


def block_texts(blocks: list[Block]) -> list[str]:
    """The visible text of every paragraph-like block, in reading order (for tests and checks)."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, (Paragraph, Heading)):
            texts.append(plain_text(block.children))
        elif isinstance(block, CodeBlock):
            texts.append(block.text)
        elif isinstance(block, (BulletList, OrderedList)):
            for item in block.items:
                texts.extend(block_texts(item.blocks))
        elif isinstance(block, Quote):
            texts.extend(block_texts(block.blocks))
    return texts
