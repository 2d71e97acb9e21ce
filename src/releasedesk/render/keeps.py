"""Which closing blocks of a release a page keeps together (DOCX keepNext, PDF break rules).

The media contacts and the About section belong together: a contact stranded at the
foot of page 1 with the About text on page 2 reads as an accident. But Word keeps a
paragraph with the next one (keepNext) however long the chain gets, and moves a chain that
does not fit in the room left on a page whole to the next page: a long chain leaves the
page before it half empty, and one longer than a page is split anyway. So a chain is at
most half a page long, by an estimate of the lines each paragraph takes (no page is left
more than about half empty for it): contacts and About together when they fit in that;
else each block by itself when it fits; else only each heading with the paragraph after
it. A paragraph is never split (keepLines). The PDF's print rules (break-inside: avoid)
behave alike and follow the same plan.
"""

from __future__ import annotations

import math
import unicodedata
from typing import TYPE_CHECKING

from ..body import tree as t
from ..records import record
from .contacts import contact_detail
from .layout import Layout

if TYPE_CHECKING:
    from ..model import Contact

# The longest chain kept on one page, as a share of the page's text height in lines of
# the closing blocks' text (about 50 on A4 and Letter at 10-11 pt).
PAGE_SHARE = 0.5
HEADING_LINES = 2.5  # a section heading with the space above and below it
PARAGRAPH_GAP = 0.6  # the space after a paragraph


@record(frozen=True)
class KeepPlan:
    contacts: bool  # each contact with the next (the block on one page)
    contacts_with_about: bool  # the last contact with the About heading
    about: bool  # each About paragraph with the next


def text_columns(text: str) -> int:
    """Columns *text* takes: East Asian wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def paragraph_lines(lines: list[str], columns: int) -> float:
    """Estimated printed lines of a paragraph of *lines* (hard breaks) at *columns*."""
    return sum(max(1, math.ceil(text_columns(line) / max(columns, 10))) for line in lines) \
        + PARAGRAPH_GAP


def keep_plan(contacts: list[float], about: list[float], page_lines: float) -> KeepPlan:
    """The keeps for contacts and About paragraphs of these estimated line counts."""
    room = page_lines * PAGE_SHARE
    contacts_block = (HEADING_LINES + sum(contacts)) if contacts else 0.0
    about_block = (HEADING_LINES + sum(about)) if about else 0.0
    together = bool(contacts) and bool(about) and contacts_block + about_block <= room
    return KeepPlan(contacts=contacts_block <= room, contacts_with_about=together,
                    about=about_block <= room)


def contact_lines(contact: Contact, layout: Layout) -> list[str]:
    """The lines of a contact's paragraph as printed."""
    words = layout.words
    detail = contact_detail(contact.role, contact.organization, words.detail_sep)
    return [line for line in (
        contact.name, detail,
        contact.phone and words.phone + words.label_sep + contact.phone,
        contact.email and words.email + words.label_sep + contact.email) if line]


def layout_plan(layout: Layout, width_pt: float, height_pt: float, font_pt: float,
                line_height: float) -> KeepPlan:
    """The keep plan of *layout* on a page whose text area is *width_pt* × *height_pt*,
    the closing blocks set at about *font_pt* (an average character half as wide) with
    lines *line_height* times as high."""
    columns = int(width_pt / (font_pt * 0.5))
    contacts = [paragraph_lines(contact_lines(c, layout), columns) for c in layout.contacts]
    about = [paragraph_lines(t.block_texts([block]), columns) for block in layout.boilerplate]
    return keep_plan(contacts, about, height_pt / (font_pt * line_height))
