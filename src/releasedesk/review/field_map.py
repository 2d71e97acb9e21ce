"""Which field each paragraph of a reviewed document belongs to, and which paragraphs hold
text the reviewer typed outside every field.

A paragraph belongs to the field whose bookmark started last (a label's bookmark: to
none), so a paragraph the reviewer adds to the body or to About is a paragraph of it. A
one-line field (the headline, a contact's phone, the keywords …) is one paragraph, and a
paragraph the reviewer adds after it is never joined to it: a paragraph after the one its
bookmark starts in stays in the field only when it holds words sent as the field's (the
reviewer split the line) and lies within the bookmark. Every other one is outside:

- past the bookmark's end (Word and LibreOffice leave the end where it was when Enter is
  pressed at the end of the line, tracked or not);
- holding no word that was sent: every word typed with Track Changes on, in either form
  a word processor writes a new paragraph (its break marked on the paragraph before, or
  on its own), whatever became of the bookmark's end;
- after (or before) the field's text exactly as sent, typed with Track Changes off where
  the bookmark's end moved along with the new paragraph: the field's digest tells.

Such a paragraph is listed as text outside the fields and changes no field.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ..errors import N_
from ..records import record
from . import slots as s
from .formatted import INVISIBLE
from .items import Review, ReviewParagraph

OUTSIDE = N_("text outside the fields: it changes no field")


@record(frozen=True)
class FieldMap:
    of: tuple[str, ...]  # each paragraph's field key; "" for none
    outside: frozenset[int]  # the paragraphs typed outside every field (labels are not)


def field_map(review: Review, digests: Mapping[str, str]) -> FieldMap:
    """Each paragraph's field in *review* (*digests*: each field's digest as sent, by key)
    and the paragraphs of text typed outside the fields (none in a document without our
    field map: its paragraphs are all no field's)."""
    paragraphs = review.paragraphs
    of = _by_bookmarks(paragraphs)
    if not any(of):
        return FieldMap(tuple(of), frozenset())
    numbers: dict[str, list[int]] = {}
    for number, key in enumerate(of):
        if key and s.kind_of(key) != s.BLOCK:
            numbers.setdefault(key, []).append(number)
    for key, mine in numbers.items():
        for number in _not_the_line(paragraphs, key, mine, digests.get(key)):
            of[number] = ""
    outside = frozenset(number for number, (paragraph, key) in enumerate(zip(
        paragraphs, of, strict=True)) if not key and not any(
            name.startswith(s.LABEL_PREFIX) for name in paragraph.bookmarks))
    return FieldMap(tuple(of), outside)


def _by_bookmarks(paragraphs: Sequence[ReviewParagraph]) -> list[str]:
    out: list[str] = []
    current = ""
    for paragraph in paragraphs:
        for bookmark in paragraph.bookmarks:
            if bookmark.startswith(s.BOOKMARK_PREFIX):
                current = bookmark[len(s.BOOKMARK_PREFIX):]
            elif bookmark.startswith(s.LABEL_PREFIX):
                current = ""
        out.append(current)
    return out


def _not_the_line(paragraphs: Sequence[ReviewParagraph], key: str, mine: list[int],
                  digest: str | None) -> list[int]:
    """Of one-line field *key*'s paragraphs by its bookmark's start (*mine*, in order),
    those that are not the line: the reviewer's own paragraphs beside it."""
    name = s.BOOKMARK_PREFIX + key
    end = next((number for number in mine if name in paragraphs[number].ends), None)
    within = [number for number in mine if end is None or number <= end]
    sent = [number for number in within if _holds_sent_words(paragraphs[number])]
    kept = sent or within[:1]  # (a field sent empty: the paragraph its bookmark starts in)
    if digest is not None and kept != within[:1]:
        kept = _as_sent(paragraphs, kept, within[:1], s.kind_of(key), digest)
    return [number for number in mine if number not in kept]


def _holds_sent_words(paragraph: ReviewParagraph) -> bool:
    """*paragraph* holds a character that was sent (not put in by a tracked change)."""
    return any(not inserting and any(char not in INVISIBLE for char in text)
               for text, inserting, _ in paragraph.pieces)


def _as_sent(paragraphs: Sequence[ReviewParagraph], kept: list[int], first: list[int],
             kind: str, digest: str) -> list[int]:
    """*kept*, or where it does not read (every tracked change rejected) as the field was
    sent, the paragraphs at its start or its end that do, else the paragraph the
    bookmark starts in if it does (a field sent empty): the rest was typed with Track
    Changes off beside the field."""
    def reads_as_sent(numbers: list[int]) -> bool:
        return s.digest(field_text([paragraphs[n] for n in numbers], kind, ())) == digest

    if reads_as_sent(kept):
        return kept
    for size in range(len(kept) - 1, 0, -1):
        for part in (kept[:size], kept[-size:]):
            if reads_as_sent(part):
                return part
    return first if reads_as_sent(first) else kept


def field_text(paragraphs: Sequence[ReviewParagraph], kind: str,
               accepted: Collection[int]) -> str:
    """The text of a field's *paragraphs* with the changes in *accepted* accepted and the
    rest rejected: a paragraph whose break is gone runs into the next. A break stands
    between two paragraphs' words only (never at the field's start or end, one for
    several), and in a one-line field as a space where no space is there already: a line
    split and joined again reads as it did."""
    out: list[str] = []
    gap = s.separator(kind)
    apart = False  # a break since the last words
    for paragraph in paragraphs:
        change = paragraph.row_change
        if change >= 0 and (change in accepted) != (paragraph.row == "inserted"):
            continue  # its table row is not there
        for text, inserting, deleting in paragraph.pieces:
            if not all(c in accepted for c in inserting) or \
                    any(c in accepted for c in deleting):
                continue
            if apart and out and (kind == s.BLOCK or not (
                    out[-1][-1:].isspace() or text[:1].isspace())):
                out.append(gap)
            apart = False
            out.append(text)
        mark = paragraph.mark_change
        if mark < 0 or (mark in accepted) == (paragraph.mark == "inserted"):
            apart = True
    return "".join(out)
