"""Plain-text writer: UTF-8, a blank line between paragraphs, wrapped only on request."""

from __future__ import annotations

import unicodedata

from ..body import tree as t
from ..body.tree import LaidPhoto
from ..field_rules import phone_spans
from . import sections as s
from .contacts import contact_detail
from .context import ExportContext
from .event_block import Panel
from .layout import Layout, footer_items, footer_joins
from .sections import Renderers, sections
from .words import OutputWords

# Between the items of a footer line: three spaces, visibly wider than a word space.
FOOTER_GAP = "   "


def write_txt(layout: Layout, context: ExportContext) -> bytes:
    """The plain text's bytes (UTF-8), wrapped at the context's width."""
    return render_text(layout, context.wrap).encode("utf-8")


def render_text(layout: Layout, wrap: int | None = None) -> str:
    """The release as plain text; *wrap* columns (wide East-Asian characters count two)."""
    writer = _TextWriter(wrap if wrap and wrap > 0 else None, layout.words,
                         layout.photos_beside)
    text_renderers(writer, layout).each_then_drop(sections(layout))
    return writer.result()


def text_renderers(writer: _TextWriter, layout: Layout) -> Renderers:
    """How plain text prints each section (sections.py): a paragraph apart each."""
    words = layout.words

    def header(section: s.Header) -> None:
        renderers.each(section.parts)

    def status(section: s.Status) -> None:
        if section.late or section.line.text:  # (a house's empty status word: no line)
            writer.paragraph(section.line.text)

    def released(section: s.Released) -> None:
        writer.paragraph(section.line.text)

    def text(section: s.KindName | s.LeadIn | s.Headline | s.Subheadline | s.Credits
             | s.EndMark) -> None:
        writer.paragraph(section.text)

    def summary(section: s.Summary) -> None:
        writer.paragraph(section.label + section.text)

    def contacts(section: s.Contacts) -> None:
        lines = [section.heading]
        for number, contact in enumerate(section.contacts):
            if number:
                lines.append("")
            lines.extend(x for x in (contact.name,) if x)
            detail = contact_detail(contact.role, contact.organization, words.detail_sep)
            if detail:
                lines.append(detail)
            if contact.phone:
                lines.append(words.phone + words.label_sep + contact.phone)
            if contact.email:
                lines.append(words.email + words.label_sep + contact.email)
        writer.lines(lines, keep=tuple(c.phone for c in section.contacts if c.phone))

    def about(section: s.About) -> None:
        if section.heading:
            writer.paragraph(section.heading)
        writer.blocks(list(section.blocks))

    def footer(section: s.Footer) -> None:
        # The standard footer, then the portal's structured footer (its items each linked).
        lines = [link_text(FOOTER_GAP.join(footer_items(line.text)), line.url or None)
                 for line in section.lines]
        lines += [FOOTER_GAP.join(link_text(item.text, item.url or None) for item in items)
                  for items in section.portal_lines]
        # Each label with the first word after it (never a line's last word), where the
        # two fit on a line: a wider one would be cut anyway, its phone number too.
        items = [item for line in section.lines for item in footer_items(line.text)]
        items += [item.text for entries in section.portal_lines for item in entries]
        joined = [item[start:end] for item in items for start, end in footer_joins(item)]
        writer.lines(lines, tuple(text for text in joined
                                  if writer.width is None or text_width(text) <= writer.width))

    renderers = Renderers("text", {
        s.Header: header, s.Status: status, s.KindName: text, s.LeadIn: text,
        s.Headline: text, s.Subheadline: text, s.Released: released, s.Summary: summary,
        s.KindBlock: lambda section: writer.lines(panel_lines(section.panel, words.label_sep)),
        s.Body: lambda section: writer.blocks(list(section.blocks)),
        s.Credits: text, s.Contacts: contacts, s.About: about, s.EndMark: text,
        s.Footer: footer,
    })
    return renderers


def panel_lines(panel: Panel, label_sep: str) -> list[str]:
    """A kind's block as lines: its heading, then "Label: text" (a row's further lines
    indented under it; a link's address is its text)."""
    lines = [panel.heading] if panel.heading else []
    for row in panel.rows:
        first, *rest = row.text.split("\n")
        lines.append(f"{row.label}{label_sep}{first}" if row.label else first)
        lines.extend(f"  {line}" if row.label else line for line in rest)
    return lines


def photo_line(photo: LaidPhoto, words: OutputWords, beside: str = "") -> str:
    """Where a photo stands in plain text: "[Photo: caption — Credit: … — file: ID.jpg]";
    with *beside* (Layout.photos_beside), the file is its largest web copy there
    ("ferry_files/quayb-1400.jpg")."""
    sep = words.label_sep
    parts = [f"{words.photo}{sep}{photo.caption}" if photo.caption else words.photo]
    if photo.credit:
        parts.append(f"{words.credit}{sep}{photo.credit}")
    file = f"{beside}/{photo.files[-1][2]}" if beside and photo.files else photo.original
    parts.append(f"{words.file}{sep}{file}")
    return "[" + words.photo_gap.join(parts) + "]"


class _TextWriter:
    def __init__(self, width: int | None, words: OutputWords, beside: str = "") -> None:
        self.width = width
        self.words = words
        self.beside = beside
        self.chunks: list[str] = []

    def result(self) -> str:
        return "\n\n".join(self.chunks) + "\n"

    def paragraph(self, text: str) -> None:
        self.chunks.append("\n".join(self._block(t.Paragraph([t.Text(text)]), "", "")))

    def lines(self, lines: list[str], keep: tuple[str, ...] = ()) -> None:
        """Lines kept on their own (contacts, footer): wrapped but never joined; the texts
        in *keep* (contacts' phone numbers) never broken."""
        out: list[str] = []
        for line in lines:
            out.extend(self._wrap(line, "", "", keep) if line else [""])
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
            return self._wrap(photo_line(block.photo, self.words, self.beside), first, rest)
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

    def _wrap(self, line: str, first: str, rest: str, keep: tuple[str, ...] = ()
              ) -> list[str]:
        if self.width is None:
            return [first + line]
        return wrap_line(line, self.width, first, rest, keep)


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


def wrap_line(line: str, width: int, first: str = "", rest: str = "",
              keep: tuple[str, ...] = ()) -> list[str]:
    """Greedy wrap of one line at *width* columns (a wide East-Asian character takes two).

    Latin text breaks at spaces; Chinese and Japanese text, which puts no spaces between
    words, between any two characters, except as GB/T 15834 (and the Japanese kinsoku
    rules) forbid: closing punctuation (，。、；：？！）」』》” …) never starts a line and
    opening punctuation (（「『《“ …) never ends one; each stays with the character beside
    it. A phone number (field_rules.phone_spans, and each text in *keep*: a contact's
    number) is never broken, its spaces and hyphens included, unless it is longer than a
    line. A run longer than the line is cut, where those rules allow if anywhere.
    """
    lines: list[str] = []
    current = first
    current_width = text_width(first)
    rest_width = text_width(rest)
    limit = max(width, rest_width + 1)
    for unit, unit_width in _units(line, keep):
        if unit[0] == " ":
            if current_width + unit_width <= limit:
                current += unit
                current_width += unit_width
            else:
                lines.append(current.rstrip())
                current, current_width = rest, rest_width
            continue
        if current_width + unit_width > limit and current.strip(" >-") != "":
            lines.append(current.rstrip())
            current, current_width = rest, rest_width
        while current_width + unit_width > limit:
            cut, cut_width = _cut(unit, limit - current_width)
            if not cut:
                break
            lines.append((current + cut).rstrip())
            unit = unit[len(cut) :]
            unit_width -= cut_width
            current, current_width = rest, rest_width
        current += unit
        current_width += unit_width
    lines.append(current.rstrip())
    return lines


# GB/T 15834 (and JIS X 4051): what may not start a line, and what may not end one.
NO_LINE_START = frozenset("、。，．：；！？）］｝〉》」』】〕〗〙〛’”｠〜・ー…‥%)]}!,.:;?")
NO_LINE_END = frozenset("（［｛〈《「『【〔〖〘〚“‘｟([{")


def _units(line: str, keep: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """The line cut where it may break, with each piece's columns: runs of spaces, and
    pieces of text (a narrow run, a wide character) with the punctuation that may not be
    parted from them."""
    units: list[tuple[str, int]] = []
    glue = False  # the last piece ends with opening punctuation: the next joins it
    for token, width in _tokens(line, keep):
        if token[0] == " ":
            if glue:  # "（ " stays with what follows it
                text, columns = units[-1]
                units[-1] = (text + token, columns + width)
            else:
                units.append((token, width))
            continue
        joins = glue or token[0] in NO_LINE_START
        if joins and units and units[-1][0][0] == " " and len(units) > 1:
            space, space_width = units.pop()  # "word ，": the comma stays with the word
            token, width = space + token, space_width + width
        if joins and units and units[-1][0][0] != " ":
            text, columns = units[-1]
            units[-1] = (text + token, columns + width)
        else:
            units.append((token, width))
        glue = token[-1] in NO_LINE_END
    return units


def _cut(token: str, room: int) -> tuple[str, int]:
    """The longest start of *token* that fits in *room* columns, ending where a line may
    end (not on opening punctuation, not before closing punctuation) if any start does."""
    used = 0
    fits = len(token)
    widths = []
    for index, char in enumerate(token):
        width = char_width(char)
        if used + width > room:
            fits = index
            break
        used += width
        widths.append(used)
    for end in range(fits, 0, -1):
        if token[end - 1] not in NO_LINE_END and (end == len(token)
                                                  or token[end] not in NO_LINE_START):
            return token[:end], widths[end - 1]
    return token[:fits], widths[fits - 1] if fits else 0


def _tokens(line: str, keep: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """Split into spaces, runs of narrow characters, and single wide characters, each
    with its columns; a phone number is part of the run it stands in, whole."""
    tokens: list[tuple[str, int]] = []
    word = ""
    word_width = 0
    unbroken = dict(phone_spans(line, keep))
    index = 0
    while index < len(line):
        char = line[index]
        end = unbroken.get(index)
        if end is not None and end > index:
            word += line[index:end]
            word_width += text_width(line[index:end])
            index = end
            continue
        index += 1
        if char == " ":
            if word:
                tokens.append((word, word_width))
                word, word_width = "", 0
            if tokens and tokens[-1][0][0] == " ":
                tokens[-1] = (tokens[-1][0] + char, tokens[-1][1] + 1)
            else:
                tokens.append((char, 1))
            continue
        width = char_width(char)
        if width == 2:
            if word:
                tokens.append((word, word_width))
                word, word_width = "", 0
            tokens.append((char, 2))
        else:
            word += char
            word_width += width
    if word:
        tokens.append((word, word_width))
    return tokens
