"""Plain-text and Markdown drafts: blank-line blocks, hard-wrapped lines joined, line lists.

E-mailed releases arrive wrapped at 70-odd columns, with lists written as "--", "•" or
"*" lines and web addresses written out. Each blank-line block becomes one piece; its
lines as written stay available to the recognition stage (contacts and footers are read
line by line even where the body joins them).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from ..body import tree as t
from ..body.parse import END_MARK_LINES, BodyParser
from ..body.safety import clean_text, safe_href
from ..field_rules import EMAIL_IN_TEXT
from . import draft as d
from .draft import Draft, Piece
from .lists import PieceSink

_BULLET = re.compile(r"^(\s*)(--|[-*•·‣◦▪●○–—])\s+(\S.*)$")
_NUMBER = re.compile(r"^(\s*)([0-9]{1,3})[.)]\s+(\S.*)$")
_RULE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")
_QUOTED = re.compile(r"^\s*>\s?")
# An address is ASCII (RFC 3986): it ends at the first other character, so the Chinese
# text or full stop written right after it ("详见https://….gov.cn。") is not part of it.
_LINK = re.compile(
    r"(?P<url>(?:https?://|www\.)[!#-;=?-~]+)"
    rf"|(?P<mail>{EMAIL_IN_TEXT.pattern})")
_TRAILING_PUNCT = ".,;:!?'\"’”)]}"


def linkify(text: str) -> list[t.Inline]:
    """*text* with web and e-mail addresses made links (their text kept as written)."""
    nodes: list[t.Inline] = []
    position = 0
    for match in _LINK.finditer(text):
        found = match.group(0)
        # Sentence punctuation after an address is not part of it; a closing bracket
        # is, when the address opened one ("…/Harbour_(ferry)").
        while found and found[-1] in _TRAILING_PUNCT and not (
                found[-1] == ")" and found.count("(") >= found.count(")")):
            found = found[:-1]
        if not found or "." not in found.split("@")[-1]:
            continue
        if match.group("mail"):
            href = safe_href(f"mailto:{found}")
        else:
            href = safe_href(found if "://" in found else f"https://{found}")
        if href is None:
            continue
        start = match.start()
        if start > position:
            nodes.append(t.Text(text[position:start]))
        nodes.append(t.Link(href, [t.Text(found)]))
        position = start + len(found)
    if position < len(text):
        nodes.append(t.Text(text[position:]))
    return nodes


def link_addresses(nodes: list[t.Inline]) -> list[t.Inline]:
    """*nodes* with the web and e-mail addresses written out in their text made links, as
    ``linkify`` makes them; the text of links, code and pictures is left as it is."""
    out: list[t.Inline] = []
    for node in nodes:
        if isinstance(node, t.Text):
            out.extend(linkify(node.text))
        elif isinstance(node, (t.Strong, t.Emphasis)):
            out.append(type(node)(link_addresses(node.children)))
        else:
            out.append(node)
    return out


# Control characters that end a line in drafts (Word's vertical tab, form feeds between
# pages, the record separators and NEL of old mainframe text): lines, not nothing, which
# is what clean_text would make of them.
_CONTROL_BREAKS = re.compile("[\v\f\x1c\x1d\x1e\x85]")


def read_text(text: str) -> Draft:
    """A plain-text draft as pieces."""
    sink = PieceSink()
    chunks = _chunks(clean_text(_CONTROL_BREAKS.sub("\n", text)).expandtabs(4))
    wrap = _widest(chunks)
    for lines in chunks:
        _read_chunk(lines, sink, wrap)
    return Draft(sink.pieces, format_label="plain text")


def _widest(chunks: list[list[str]]) -> int:
    """The widest line of a draft: the width an e-mail program wrapped it at, if it did."""
    return _width_of([line.strip() for lines in chunks for line in lines])


def _chunks(text: str) -> list[list[str]]:
    chunks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _read_chunk(lines: list[str], sink: PieceSink, wrap: int = 0) -> None:
    """*wrap*: the draft's widest line (0: judge each paragraph by its own lines)."""
    if all(_QUOTED.match(line) for line in lines):
        inner = PieceSink()
        chunks = _chunks("\n".join(_QUOTED.sub("", line, 1) for line in lines))
        for chunk in chunks:
            _read_chunk(chunk, inner, _widest(chunks))
        sink.piece(Piece(t.Quote([p.block for p in inner.pieces]),
                         raw_lines=[line.strip() for line in lines]))
        return
    heading = _heading_line(lines)
    if heading is not None:
        level, words, rest = heading
        sink.piece(Piece(t.Heading(level, _inlines(words)), style=d.HEADING, level=level,
                         raw_lines=[words]))
        if rest:
            _read_chunk(rest, sink, wrap)
        return
    if len(lines) == 1 and _RULE.match(lines[0]) and lines[0].strip() not in END_MARK_LINES:
        sink.piece(Piece(t.Rule(), raw_lines=[lines[0].strip()]))
        return
    first_item = next((i for i, line in enumerate(lines) if _list_marker(line)), None)
    if first_item is not None and all(
            _list_marker(line) or line[:1].isspace() for line in lines[first_item + 1:]):
        if first_item:
            sink.piece(_paragraph(lines[:first_item], wrap))
        _read_list(lines[first_item:], sink)
        return
    sink.piece(_paragraph(lines, wrap))


# A heading as Markdown writes it, which plain-text drafts use too: "## Timetable", or a
# line underlined with = or - (three at least: "--" is a signature's or a list's).
_HASHED = re.compile(r"^ {0,3}(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$")
_UNDERLINE = re.compile(r"^ {0,3}(={3,}|-{3,})[ \t]*$")


def _heading_line(lines: list[str]) -> tuple[int, str, list[str]] | None:
    """(level, words, the lines after it) when the chunk opens with a heading line: the
    lines straight under it, with no blank line between, are the paragraph it heads (as
    a Chinese draft's 一、 line and its paragraph)."""
    hashed = _HASHED.match(lines[0])
    if hashed:
        return len(hashed.group(1)), hashed.group(2), lines[1:]
    if len(lines) >= 2 and _UNDERLINE.match(lines[1]) and lines[0].strip() and \
            not _list_marker(lines[0]) and not _RULE.match(lines[0]) and \
            not _QUOTED.match(lines[0]):
        return (1 if lines[1].strip()[0] == "=" else 2), lines[0].strip(), lines[2:]
    return None


def _list_marker(line: str) -> re.Match[str] | None:
    if _RULE.match(line):
        return None
    return _BULLET.match(line) or _NUMBER.match(line)


def _read_list(lines: list[str], sink: PieceSink) -> None:
    indents = sorted({len(m.group(1)) for line in lines if (m := _list_marker(line))})
    items: list[tuple[int, bool, int, list[str]]] = []
    for line in lines:
        marker = _list_marker(line)
        if marker is None:  # a wrapped item's next line
            items[-1][3].append(line.strip())
            continue
        depth = indents.index(len(marker.group(1)))
        ordered = marker.re is _NUMBER
        number = int(marker.group(2)) if ordered else 0
        items.append((depth, ordered, number, [marker.group(3).strip()]))
    for depth, ordered, number, text_lines in items:
        sink.item(depth, ordered, number, [t.Paragraph(_inlines(_join(text_lines)))])
    # The lines as written, for recognition (contacts listed with bullets, for example).
    sink.pieces[-1].raw_lines += [line.strip() for line in lines]


def _paragraph(lines: list[str], wrap: int = 0) -> Piece:
    stripped = [line.strip() for line in lines]
    if _is_wrapped(stripped) or (wrap > _width_of(stripped) and _is_wrapped(stripped, wrap)):
        children = _inlines(_join(stripped))
    else:
        children = []
        for number, line in enumerate(stripped):
            if number:
                children.append(t.LineBreak())
            children.extend(_inlines(line))
    return Piece(t.Paragraph(children), raw_lines=stripped)


def _width_of(lines: list[str]) -> int:
    return max((_width(line) for line in lines), default=0)


def _is_wrapped(lines: list[str], width: int = 0) -> bool:
    """True when the lines are one paragraph broken at a fixed width (e-mail style).

    Greedy wrapping leaves every line but the last so full that the next line's first
    word would not have fitted; lines written one by one (addresses, contact blocks)
    break that rule somewhere. *width*: the width wrapped at, if the rest of the draft
    shows it (0: the paragraph's own widest line; a short paragraph's may be well under
    it when a long word went to the next line).
    """
    if len(lines) < 2:
        return False
    width = width or _width_of(lines)
    if width < 50:
        return False
    for line, following in itertools.pairwise(lines):
        word = following.split(" ", 1)[0]
        next_width = _width(word[:1]) if _is_wide(word[:1]) else _width(word)
        if _width(line) + 1 + next_width <= width:
            return False
    return True


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        # CJK text has no spaces between words, so none is put at the line break either.
        text += line if _is_wide(text[-1:]) and _is_wide(line[:1]) else " " + line
    return text


def _inlines(text: str) -> list[t.Inline]:
    return linkify(" ".join(text.split()))


def _is_wide(char: str) -> bool:
    return char != "" and unicodedata.east_asian_width(char) in ("W", "F")


def _width(text: str) -> int:
    return sum(2 if _is_wide(c) else 1 for c in text)


# -- Markdown drafts -----------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+\S")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_WHOLE_BOLD = re.compile(r"^\s*(\*\*|__)(?!\s)(.+?)(?<!\s)\1\s*$", re.DOTALL)


def read_markdown(text: str) -> Draft:
    """A Markdown draft: pieces that keep their own source, so the body stays as written."""
    pieces: list[Piece] = []
    for chunk in _markdown_chunks(clean_text(_CONTROL_BREAKS.sub("\n", text))):
        lines = chunk.split("\n")
        stripped = chunk.strip()
        if stripped in END_MARK_LINES:  # the parser leaves a closing end mark to the layout
            pieces.append(Piece(t.Paragraph([t.Text(stripped)]), source=chunk))
            continue
        # (at the levels written: a chunk's blocks written anew keep a "###" heading's level,
        # as its own chunk keeps it, rather than each chunk's highest lifted to 2)
        blocks = BodyParser().parse(chunk, normalise=False)
        if not blocks:
            continue
        level = 0
        atx = _ATX.match(lines[0])
        if atx:
            level = len(atx.group(1))
        elif len(lines) >= 2 and _SETEXT.match(lines[-1]) and len(blocks) == 1 and \
                isinstance(blocks[0], t.Heading):
            level = 1 if lines[-1].strip()[0] == "=" else 2
        raw = [line.strip() for line in lines if line.strip()]
        bold = bool(_WHOLE_BOLD.match(chunk))
        style = d.HEADING if level else ""
        if len(blocks) == 1:
            pieces.append(Piece(blocks[0], style=style, level=level, bold=bold, source=chunk,
                                raw_lines=raw))
        else:  # several blocks without blank lines between: each written anew
            pieces.extend(Piece(block, style=style if index == 0 else "",
                                level=level if index == 0 else 0)
                          for index, block in enumerate(blocks))
    return Draft(pieces, format_label="Markdown")


def _markdown_chunks(text: str) -> list[str]:
    """Blank-line separated chunks; a fenced code block is never cut."""
    chunks: list[str] = []
    current: list[str] = []
    fence = ""
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            current.append(line)
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
        if line.strip() or fence:
            current.append(line)
        elif current:
            chunks.append("\n".join(current))
            current = []
    if current:
        chunks.append("\n".join(current))
    return chunks
