"""What every reader hands the recognition stage: the draft as blocks with formatting hints.

A reader (Word, HTML, text, Markdown) turns its source into ``Piece`` objects, one per
top-level block, each holding the block as a body.tree node and what the source said
about it (a named style, bold, centred, a font size). The recognition stage reads words
and hints, never the source format, so every format is recognised the same way.
"""

from __future__ import annotations

from ..body import tree as t
from ..errors import N_
from ..model import FooterLine, Photo
from ..records import Factory, record

# Styles a reader may report; recognition trusts them ("found") over guesses from layout.
TITLE = "title"
SUBTITLE = "subtitle"
HEADING = "heading"
STATUS = "status"
RELEASE_LINE = "release-line"
CONTACT = "contact"
BOILERPLATE = "boilerplate"
END_MARK = "end-mark"
FOOTER = "footer"
LEAD_IN = "lead-in"  # a portal's 引题 in our own Kicker style
COVER_NOTE = "cover-note"  # an e-mail's covering note above a forwarded release


@record
class Piece:
    """One top-level block of the draft and what its source says about it."""

    block: t.Block
    style: str = ""
    level: int = 0  # heading level as written: 1 is the top
    bold: bool = False  # every word of it is bold
    italic: bool = False
    centred: bool = False
    caps: bool = False  # shown in capitals by formatting, whatever the letters are
    size: float = 0.0  # font size in points when the source says; 0 when unknown
    # Markdown drafts: the block's own source, kept verbatim if it ends up in the body.
    source: str = ""
    # Text drafts: the lines as written, before wrapped lines were joined.
    raw_lines: list[str] = Factory(factory=list)

    def text(self) -> str:
        """The block's visible text; line breaks are newlines."""
        return "\n".join(t.block_texts([self.block]))

    def lines(self) -> list[str]:
        """The lines as the draft showed them (contacts and footers are read line by line)."""
        if self.raw_lines:
            return self.raw_lines
        return [line.strip() for line in self.text().split("\n") if line.strip()]


@record
class PictureRef:
    """A picture an HTML draft shows: where its file is (a path beside the draft or a data:
    URL), its alt text and, from its ``<figure>``, its caption."""

    src: str
    alt: str = ""
    caption: str = ""
    name: str = ""  # the figure's id without "photo-": the id our HTML export gave it


@record
class Draft:
    """A draft as read from its file: pieces in order, plus what lies outside the body."""

    pieces: list[Piece] = Factory(factory=list)
    page_footer: list[FooterLine] = Factory(factory=list)  # Word's page footer, line by line
    language: str = ""  # when the source declares it
    keywords: list[str] = Factory(factory=list)
    format_label: str = ""  # "Word document", "plain text", … for the report
    notes: list[str] = Factory(factory=list)  # things the reader did (tracked changes accepted, …)
    subject: str = ""  # an e-mail's subject: the headline when the text holds none
    # Pictures the draft holds, as photos (metadata stripped), in the order they stand;
    # the body places those that stand between its paragraphs (``![…](photo:ID)``).
    photos: list[Photo] = Factory(factory=list)
    photo_how: str = N_("picture in the document, metadata removed")  # for the report
    pictures: list[PictureRef] = Factory(factory=list)  # HTML: the <img> placeholders
    # Laid out in ReleaseDesk's own Word styles: one of our exports taken back, whose
    # paragraphs are the release's own (no heading is guessed from their words), and
    # whose author property is the release's organisation.
    ours: bool = False
    author: str = ""  # the document's author property (Word's core properties)
