"""The standard footer at a draft's end: the house style's lines, or copyright-style lines."""

from __future__ import annotations

import re

from ..body import tree as t
from ..errors import N_
from ..model import FooterLine
from ..profiles import Profile
from . import draft as d
from .draft import Piece

_FOOTER_WORDS = re.compile(
    r"©|\(c\)|copyright|all rights reserved|technical support|network support|"
    r"security support|sponsored by|hosted by|maintained by|privacy policy|terms of use|"
    r"版权所有|主办|承办|技术支持|网络支持|安全支持|备案|ICP|网站标识码|公网安备", re.IGNORECASE)
TEXT_LINK = re.compile(r"^(?P<label>.+?)\s+\((?P<url>(?:https?://|mailto:)[^\s)]+)\)$")
_BARE_ADDRESS = re.compile(r"^(?:https?://)?(?:[\w\-]+\.)+[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)


def squash(text: str) -> str:
    return " ".join(text.split())


def footer_zone(pieces: list[Piece]) -> tuple[int, list[FooterLine], str]:
    """(index where the footer starts, its lines, how it was recognised).

    Pieces styled as the footer (our Word export) come first; otherwise the last run of
    short pieces counts from the first one that reads like a footer (copyright, "All
    rights reserved", "Technical Support: …").
    """
    styled = [i for i, piece in enumerate(pieces) if piece.style == d.FOOTER]
    if styled and styled == list(range(styled[0], len(pieces))):
        return styled[0], _lines(pieces[styled[0]:]), N_("footer style")
    start = len(pieces)
    while start > 0 and _short(pieces[start - 1]) and pieces[start - 1].style not in (
            d.END_MARK, d.CONTACT, d.TITLE):
        start -= 1
    for index in range(start, len(pieces)):
        if any(_FOOTER_WORDS.search(line) for line in pieces[index].lines()):
            return index, _lines(pieces[index:]), N_("copyright-style lines at the end")
    return len(pieces), [], ""


def _short(piece: Piece) -> bool:
    lines = piece.lines()
    return isinstance(piece.block, t.Paragraph) and bool(lines) and len(lines) <= 6 and \
        all(len(line) <= 160 for line in lines)


def _lines(pieces: list[Piece]) -> list[FooterLine]:
    lines: list[FooterLine] = []
    for piece in pieces:
        block = piece.block
        children = block.children if isinstance(block, t.Paragraph) else []
        links = [n for n in children if isinstance(n, t.Link) and n.href]
        if len(children) == 1 and links:  # the whole line is a link
            lines.append(FooterLine(squash(piece.text()), links[0].href or ""))
            continue
        for line in piece.lines():
            lines.append(_footer_line(line))
    return lines


def _footer_line(line: str) -> FooterLine:
    """A footer line from text: "label (https://…)" and bare web addresses become links."""
    line = line.strip()
    found = TEXT_LINK.match(line)
    if found:
        return FooterLine(found.group("label"), found.group("url"))
    if _BARE_ADDRESS.match(line) and "@" not in line:
        return FooterLine(line, line if "://" in line else f"https://{line}")
    return FooterLine(line)


def match_profile(profiles: list[Profile], lines: list[FooterLine],
                  page_footer: list[FooterLine]) -> Profile | None:
    """The installed house style whose whole footer the draft ends with, if any: line by
    line, or its lines' words in order however the draft breaks them into lines."""
    texts = {squash(line.text) for line in (*lines, *page_footer)}
    joined = [squash(" ".join(line.text for line in found)) for found in (lines, page_footer)]
    for profile in profiles:
        wanted = [squash(line.text) for line in profile.footer if line.text.strip()]
        if wanted and (all(text in texts for text in wanted)
                       or any(" ".join(wanted) in text for text in joined)):
            return profile
    return None


def within(line: FooterLine, footer: list[FooterLine]) -> bool:
    """Whether *line*'s words are part of *footer* (a house footer's line, or its items set
    on lines of their own: "技术支持：…" / "网络支持：…")."""
    text = squash(line.text)
    return bool(text) and text in squash(" ".join(item.text for item in footer))
