"""Plain-text writer: UTF-8, a blank line between paragraphs, wrapped only on request."""

from __future__ import annotations

import unicodedata

from . import tree as t
from .layout import Layout, footer_items
from .tree import LaidPhoto
from .words import OutputWords

# Between the items of a footer line: three spaces, visibly wider than a word space.
FOOTER_GAP = "   "


def render_text(layout: Layout, wrap: int | None = None) -> str:
    """The release as plain text; *wrap* columns (wide East-Asian characters count two)."""
    writer = _TextWriter(wrap if wrap and wrap > 0 else None, layout.words)
    if layout.status_line:
        writer.paragraph(layout.status_line)
    if layout.lead_in:
        writer.paragraph(layout.lead_in)
    writer.paragraph(layout.headline)
    if layout.subheadline:
        writer.paragraph(layout.subheadline)
    if layout.release_line is not None:
        writer.paragraph(layout.release_line.text)
    if layout.late_status is not None:
        writer.paragraph(layout.late_status.text)
    if layout.printed_summary:
        words = layout.words
        writer.paragraph(f"{words.summary}{words.label_sep}{layout.printed_summary}")
    writer.blocks(layout.body)
    if layout.credits:
        writer.paragraph(layout.credits)
    if layout.contacts:
        lines = [layout.contacts_heading]
        for number, contact in enumerate(layout.contacts):
            if number:
                lines.append("")
            lines.extend(x for x in (contact.name,) if x)
            detail = ", ".join(x for x in (contact.role, contact.organization) if x)
            if detail:
                lines.append(detail)
            if contact.phone:
                lines.append(layout.words.phone + layout.words.label_sep + contact.phone)
            if contact.email:
                lines.append(layout.words.email + layout.words.label_sep + contact.email)
        writer.lines(lines)
    if layout.boilerplate:
        if layout.about_heading:
            writer.paragraph(layout.about_heading)
        writer.blocks(layout.boilerplate)
    if layout.end_mark:
        writer.paragraph(layout.end_mark)
    # The standard footer, then the portal's structured footer (its items each linked).
    footer = [link_text(FOOTER_GAP.join(footer_items(line.text)), line.url or None)
              for line in layout.footer]
    footer += [FOOTER_GAP.join(link_text(item.text, item.url or None) for item in items)
               for items in layout.portal_footer]
    if footer:
        writer.lines(footer)
    return writer.result()


def photo_line(photo: LaidPhoto, words: OutputWords) -> str:
    """Where a photo stands in plain text: "[Photo: caption — Credit: … — file: ID.jpg]"."""
    sep = words.label_sep
    parts = [f"{words.photo}{sep}{photo.caption}" if photo.caption else words.photo]
    if photo.credit:
        parts.append(f"{words.credit}{sep}{photo.credit}")
    parts.append(f"{words.file}{sep}{photo.original}")
    return "[" + words.photo_gap.join(parts) + "]"


class _TextWriter:
    def __init__(self, width: int | None, words: OutputWords) -> None:
        self.width = width
        self.words = words
        self.chunks: list[str] = []

    def result(self) -> str:
        return "\n\n".join(self.chunks) + "\n"

    def paragraph(self, text: str) -> None:
        self.chunks.append("\n".join(self._block(t.Paragraph([t.Text(text)]), "", "")))

    def lines(self, lines: list[str]) -> None:
        """Lines kept on their own (contacts, footer): wrapped but never joined."""
        out: list[str] = []
        for line in lines:
            out.extend(self._wrap(line, "", "") if line else [""])
        self.chunks.append("\n".join(out))

    def blocks(self, blocks: list[t.Block]) -> None:
        for block in blocks:
            self.chunks.append("\n".join(self._block(block, "", "")))

    def _blocks(self, blocks: list[t.Block], first: str, rest: str, gap: bool = True
                ) -> list[str]:
        """Lines of *blocks*, a blank (prefixed) line between them when *gap*."""
        lines: list[str] = []
        for block in blocks:
            if lines and gap:
                lines.append(rest.rstrip())
            lines.extend(self._block(block, first, rest))
            first = rest
        return lines

    def _block(self, block: t.Block, first: str, rest: str) -> list[str]:
        if isinstance(block, (t.Paragraph, t.Heading)):
            lines: list[str] = []
            for number, line in enumerate(_inline_text(block.children).split("\n")):
                lines.extend(self._wrap(line, first if number == 0 else rest, rest))
            return lines
        if isinstance(block, t.BulletList):
            return self._list(block.items, ["- "] * len(block.items), first, rest)
        if isinstance(block, t.OrderedList):
            last = block.start + len(block.items) - 1
            size = len(str(last)) + 2
            markers = [f"{n}. ".ljust(size) for n in range(block.start, last + 1)]
            return self._list(block.items, markers, first, rest)
        if isinstance(block, t.Quote):
            return self._blocks(block.blocks, first + "> ", rest + "> ")
        if isinstance(block, t.CodeBlock):
            return [(first if n == 0 else rest) + "    " + line
                    for n, line in enumerate(block.text.split("\n"))]
        if isinstance(block, t.Figure):
            return self._wrap(photo_line(block.photo, self.words), first, rest)
        return [first + "* * *"]

    def _list(self, items: list[t.ListItem], markers: list[str], first: str, rest: str
              ) -> list[str]:
        """One item per line, as in a tight Markdown list; nested lists indent under the text."""
        lines: list[str] = []
        for item, marker in zip(items, markers, strict=True):
            lead = first if not lines else rest
            item_lines = self._blocks(
                item.blocks, lead + marker, rest + " " * len(marker), gap=False
            )
            lines.extend(item_lines or [(lead + marker).rstrip()])
        return lines

    def _wrap(self, line: str, first: str, rest: str) -> list[str]:
        if self.width is None:
            return [first + line]
        return wrap_line(line, self.width, first, rest)


def _inline_text(nodes: list[t.Inline]) -> str:
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, (t.Text, t.Code, t.Dateline)):
            parts.append(node.text)
        elif isinstance(node, t.LineBreak):
            parts.append("\n")
        elif isinstance(node, t.Link):
            parts.append(link_text(_inline_text(node.children), node.href))
        else:
            parts.append(_inline_text(node.children))
    return "".join(parts)


def link_text(label: str, target: str | None) -> str:
    """A link in plain text: "label (target)", or the label alone when it says the target."""
    if not target or t.says_target(label, target):
        return label
    return f"{label} ({target})"


def char_width(char: str) -> int:
    """Columns a character takes in a terminal: wide and full-width East-Asian ones take two."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def wrap_line(line: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Greedy wrap of one line at *width* columns.

    Latin text breaks at spaces; wide (CJK) characters may break anywhere, since
    those scripts put no spaces between words, except before closing punctuation. A
    word longer than the line is cut.
    """
    lines: list[str] = []
    current = first
    current_width = text_width(first)
    limit = max(width, text_width(rest) + 1)
    for token in _tokens(line):
        token_width = text_width(token)
        if token.isspace():
            if current_width + token_width <= limit:
                current += token
                current_width += token_width
            else:
                lines.append(current.rstrip())
                current, current_width = rest, text_width(rest)
            continue
        if current_width + token_width > limit and current.strip(" >-") != "":
            carried = ""
            # Chinese and Japanese lines never start with closing punctuation: take the
            # last character down with it instead.
            if token[0] in _NO_LINE_START and len(current) > len(rest) + 1 and \
                    not current[-1].isspace():
                current, carried = current[:-1], current[-1]
            lines.append(current.rstrip())
            current = rest + carried
            current_width = text_width(current)
        while current_width + token_width > limit:
            room = limit - current_width
            cut, cut_width = _cut(token, room)
            if not cut:
                break
            lines.append(current + cut)
            token = token[len(cut) :]
            token_width -= cut_width
            current, current_width = rest, text_width(rest)
        current += token
        current_width += token_width
    lines.append(current.rstrip())
    return lines


_NO_LINE_START = frozenset("、。，．：；！？）］｝〉》」』】〕〗〙〛’”｠〜・ー…‥%)]}!,.:;?")


def _cut(token: str, room: int) -> tuple[str, int]:
    used = 0
    for index, char in enumerate(token):
        width = char_width(char)
        if used + width > room:
            return token[:index], used
        used += width
    return token, used


def _tokens(line: str) -> list[str]:
    """Split into spaces, runs of narrow characters, and single wide characters."""
    tokens: list[str] = []
    word = ""
    for char in line:
        if char == " ":
            if word:
                tokens.append(word)
                word = ""
            if tokens and tokens[-1].isspace():
                tokens[-1] += char
            else:
                tokens.append(char)
        elif char_width(char) == 2:
            if word:
                tokens.append(word)
                word = ""
            tokens.append(char)
        else:
            word += char
    if word:
        tokens.append(word)
    return tokens
