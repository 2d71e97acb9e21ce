"""What a reviewed Word document holds: its tracked changes, comments and paragraphs.

Items are known by their place in the document (the paragraph they sit in, their order),
never by Word's ``w:id``: LibreOffice renumbers every id when it saves, and gives
different changes the same one.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime

from ..records import Factory, record

# The kinds of tracked change, as the command line and the editor name them.
INSERTION = "insertion"
DELETION = "deletion"
MOVED_FROM = "moved from"
MOVED_TO = "moved to"
MARK_INSERTED = "paragraph break inserted"
MARK_DELETED = "paragraph break deleted"
FORMATTING = "formatting"
PARAGRAPH_FORMATTING = "paragraph formatting"
ROW_INSERTED = "table row inserted"
ROW_DELETED = "table row deleted"
# A picture put in or taken out with Track Changes on: listed, never applied (a release's
# photos are added and replaced in its Photos section, not through the review).
PICTURE_INSERTED = "picture inserted"
PICTURE_DELETED = "picture deleted"
# The line that holds a body photo's place (review/formatted.py) deleted or typed over:
# listed, never applied. The photo stays where it is; the user takes it out by hand.
PHOTO_OUT = "photo removal suggested"

_FRACTION = re.compile(r"(\.\d{6})\d+")


def parse_date(text: str) -> datetime | None:
    """A reviewer's time as Word and LibreOffice write it (``2026-03-04T09:30:00Z``, with
    or without a zone or fractions of a second); None when it is missing or not a date."""
    text = _FRACTION.sub(r"\1", text.strip())
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def style_key(name: str) -> str:
    """A paragraph style's name or id as the review compares them: "heading 2",
    "Heading2" and "Heading 2" are one style."""
    return "".join(name.split()).casefold()


# A run of text: (its text, the changes that insert it, the changes that delete it).
Piece = tuple[str, tuple[int, ...], tuple[int, ...]]


@record(frozen=True)
class Revision:
    """One tracked change.

    *before* and *after* are the text it changes: an insertion has no *before*, a
    deletion no *after*; a formatting change keeps the text and says in *detail* which
    properties it changed (``bold, italic → italic``). *date* is kept as the file wrote
    it (``when`` reads it, None when it is no date).
    """

    kind: str
    author: str
    date: str
    paragraph: int  # 0-based, in document order (table cells and text boxes included)
    before: str
    after: str
    detail: str = ""
    move: str = ""  # a move's name (w:name of its range), shared by its two halves

    @property
    def when(self) -> datetime | None:
        return parse_date(self.date)


@record(frozen=True)
class Comment:
    """A reviewer's comment and the text it is anchored to (*anchored*: as the markup
    holds it, inserted and deleted text alike; reads(): as a reader sees it); *paragraph*
    is where its anchor starts, -1 when the comment is anchored nowhere in the document."""

    author: str
    date: str
    text: str
    anchored: str
    paragraph: int = -1
    resolved: bool = False  # marked done (commentsExtended), where the file says so
    reply_to: int = -1  # the index, in Review.comments, of the comment this answers
    # *anchored* piece by piece, with the changes that insert and delete each (as
    # ReviewParagraph.pieces): what reads() shows
    pieces: tuple[Piece, ...] = ()

    @property
    def when(self) -> datetime | None:
        return parse_date(self.date)

    def reads(self, rejected: Collection[int] = ()) -> str:
        return anchor_reads(self.pieces, self.anchored, rejected)


def anchor_reads(pieces: tuple[Piece, ...], anchored: str,
                 rejected: Collection[int] = ()) -> str:
    """The words a comment is on as a reader sees them, not the inserted and deleted text
    run together ("OpensLaunches"): the changes in *rejected* rejected, every other one
    as the reviewer made it (Word shows a marked-up document so); where that leaves no
    words (a comment on text the reviewer deleted), the words as they were. *anchored*
    for a comment read without its pieces."""
    if not pieces:
        return anchored
    shown = "".join(text for text, inserting, deleting in pieces
                    if not any(c in rejected for c in inserting)
                    and all(c in rejected for c in deleting))
    if shown.strip():
        return shown
    return "".join(text for text, inserting, _ in pieces if not inserting)


@record(frozen=True)
class ReviewParagraph:
    """One paragraph as the reviewed document holds it.

    *accepted* is its text with every change accepted, *rejected* with every change
    rejected (the text before the review). *mark* is the change to its paragraph break,
    "" (none), "inserted" or "deleted": a deleted break joins the paragraph with the next
    one when the change is accepted, an inserted break when it is rejected.
    """

    index: int
    accepted: str
    rejected: str
    mark: str = ""
    joins_next: bool = False  # the next paragraph shares its container (table cell, body)
    row: str = ""  # "inserted" or "deleted" when its table row is: then it goes with the row
    # Its text piece by piece: (text, the changes that insert it, the changes that delete
    # it), changes by their index in Review.revisions (a stacked change has both).
    pieces: tuple[Piece, ...] = ()
    mark_change: int = -1  # the change to its paragraph break, by index; -1: none
    row_change: int = -1  # the change to its table row, by index; -1: none
    bookmarks: tuple[str, ...] = ()  # the names of the bookmarks that start in it
    # Each piece's formatting as review/formatted.py names it: "b" bold, "i" italic (or
    # emphasis dots), "c" code, "l" in a link; "" plain. Empty: not read.
    formats: tuple[str, ...] = ()
    # Its paragraph style, by the name styles.xml gives it (else its id), folded to lower
    # case without spaces ("heading2", "listbullet"); "" where it names none.
    style: str = ""
    # The number Word shows before it, where its numbering counts in digits (its list's
    # numbering instance, level and start, with every change accepted); 0: none.
    number: int = 0
    ends: tuple[str, ...] = ()  # the names of the bookmarks that end in it (or after it)


@record(frozen=True)
class Review:
    """Everything read from one reviewed document, in document order."""

    revisions: list[Revision] = Factory(factory=list)
    comments: list[Comment] = Factory(factory=list)
    paragraphs: list[ReviewParagraph] = Factory(factory=list)
    properties: dict[str, str] = Factory(factory=dict)  # docProps/custom.xml, by name
    last_author: str = ""  # docProps/core.xml's lastModifiedBy: who saved it last

    def accepted(self) -> list[str]:
        """The document's paragraphs with every change accepted."""
        return _joined([q for q in self.paragraphs if q.row != "deleted"], "deleted",
                       accepting=True)

    def rejected(self) -> list[str]:
        """The document's paragraphs with every change rejected: the text before review."""
        return _joined([q for q in self.paragraphs if q.row != "inserted"], "inserted",
                       accepting=False)


def _joined(paragraphs: list[ReviewParagraph], joining: str, accepting: bool) -> list[str]:
    out: list[str] = []
    carried = ""
    for paragraph in paragraphs:
        text = carried + (paragraph.accepted if accepting else paragraph.rejected)
        if paragraph.mark == joining and paragraph.joins_next:
            carried = text
            continue
        carried = ""
        out.append(text)
    if carried:
        out.append(carried)
    return out

