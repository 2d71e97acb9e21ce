"""Notes in a body: where a note is cited ("today.[1]") and the note itself (a paragraph
"[1] …"), as the importers keep a Word draft's footnotes and an HTML draft's notes.

A citation is its number in brackets right after a word or a sign, for a number that
one of the body's paragraphs begins with; the page and the Word document raise it as
a note reference (a superscript, linked to its note in the page), the text export
keeps it as it is written. Anything else in brackets is text.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..body import tree as t
from ..patterns import LazyPattern, compiled

_NOTE = compiled(r"\[(\d{1,3})\][ \u00a0\u3000]")  # a note's paragraph starts so
_MARK = LazyPattern(r"(?<=[^\s\[(（])\[(\d{1,3})\](?![(:])")


def note_number(paragraph: t.Paragraph) -> int | None:
    """The number of the note *paragraph* is ("[2] The quay …"), None for none."""
    first = paragraph.children[0] if paragraph.children else None
    found = _NOTE.match(first.text) if isinstance(first, t.Text) else None
    return int(found.group(1)) if found else None


def note_numbers(blocks: Iterable[t.Block]) -> frozenset[int]:
    """The numbers of the notes among *blocks* (top-level paragraphs)."""
    return frozenset(number for block in blocks if isinstance(block, t.Paragraph)
                     for number in (note_number(block),) if number is not None)


def cited(text: str, notes: frozenset[int]) -> list[str | int]:
    """*text* cut at its citations of *notes*: its words (str) and, between them, the
    numbers cited (int)."""
    if not notes or "[" not in text:
        return [text]
    out: list[str | int] = []
    at = 0
    for found in _MARK.finditer(text):
        number = int(found.group(1))
        if number not in notes:
            continue
        if found.start() > at:
            out.append(text[at:found.start()])
        out.append(number)
        at = found.end()
    if at < len(text):
        out.append(text[at:])
    return out
