"""Corrections in the newsroom, both ways: a correction names the release it corrects, and
the corrected release's page and index entry say when it was corrected and link to the
correction.

A correction (kinds.CORRECTION) names its original by a path relative to its own folder
(corrections.correction_link, kept in the summary); the newsroom links the two when both
are published in it. The words follow each release's language (English, or Chinese for
zh-*), as the release's own printed words do. Pure: text in, text out.
"""

from __future__ import annotations

from datetime import date
from html import escape

from ..language_tag import is_chinese
from ..records import record
from ..render.words import format_date
from .selection import Item
from .versions import partner_path

CORRECTS = "corrects"  # this release corrects the other
CORRECTED = "corrected"  # this release was corrected by the other

_WORDS = {
    "en": {CORRECTS: "Corrects “{headline}” of {date}", CORRECTED: "Corrected on {date}",
           "see_" + CORRECTS: "see the original", "see_" + CORRECTED: "see the correction",
           "dash": " — "},
    "zh": {CORRECTS: "本稿更正{date}发布的《{headline}》", CORRECTED: "已于{date}更正",
           "see_" + CORRECTS: "见原稿", "see_" + CORRECTED: "见更正稿", "dash": "——"},
}


@record(frozen=True)
class Note:
    """One link between a correction and its original, as one of the two shows it."""

    kind: str  # CORRECTS or CORRECTED
    slug: str  # the other release's page name (selection.Item.slug)
    headline: str  # the other release's headline
    day: date  # CORRECTS: the original's day; CORRECTED: the correction's

    def as_list(self) -> list[str]:
        """The note as the build's manifest records it (a changed note remakes the page)."""
        return [self.kind, self.slug, self.headline, self.day.isoformat()]


def correction_notes(items: list[Item]) -> dict[str, list[Note]]:
    """{page name: its notes} for the published *items* that are a correction of another
    published item or were corrected by one; a release with several corrections lists
    them oldest first."""
    by_relative = {item.summary.relative: item for item in items}
    notes: dict[str, list[Note]] = {}
    for item in items:
        if not item.summary.corrects:
            continue
        original = by_relative.get(partner_path(item.summary.relative, item.summary.corrects))
        if original is None or original is item:
            continue
        notes.setdefault(item.slug, []).append(Note(
            CORRECTS, original.slug, original.summary.headline, _day(original)))
        notes.setdefault(original.slug, []).append(Note(
            CORRECTED, item.slug, item.summary.headline, _day(item)))
    for listed in notes.values():
        listed.sort(key=lambda note: (note.kind, note.day, note.slug))
    return notes


def unlinked(items: list[Item]) -> list[tuple[Item, bool]]:
    """(correction, whether it names itself) of each correction among *items* whose
    original is not among them: it corrects itself, or a release that is missing, outside
    the folder, no release, or not published. Its page then names no original."""
    by_relative = {item.summary.relative: item for item in items}
    out: list[tuple[Item, bool]] = []
    for item in items:
        if not item.summary.corrects:
            continue
        original = by_relative.get(partner_path(item.summary.relative, item.summary.corrects))
        if original is None or original is item:
            out.append((item, original is item))
    return out


def _day(item: Item) -> date:
    """The day a release went out, as its index entry shows it."""
    entry = item.summary
    if entry.release_day is not None:
        return entry.release_day
    embargo = entry.embargo_moment
    return embargo.date() if embargo is not None else item.published.date()


def note_html(note: Note, language: str, href: str) -> str:
    """The note's sentence in *language* with its link to *href* (escaped)."""
    words = _WORDS["zh" if is_chinese(language) else "en"]
    sentence = words[note.kind].format(date=format_date(note.day, "long", language),
                                       headline=note.headline)
    return (f'{escape(sentence)}{words["dash"]}<a href="{escape(href)}" '
            f'rel="related">{escape(words["see_" + note.kind])}</a>')


def notes_html(notes: list[Note], language: str, prefix: str = "") -> str:
    """The notes of one release as paragraphs (links to ``prefix + slug.html``)."""
    return "".join(f'<p class="release-correction-note">'
                   f'{note_html(note, language, f"{prefix}{note.slug}.html")}</p>\n'
                   for note in notes)


def with_notes(page: str, notes: list[Note], language: str) -> str:
    """*page* (a release's whole HTML page, in the pages' folder) with its notes at the top
    of the release, before its header; unchanged without notes or an article."""
    if not notes:
        return page
    start = page.find("<article")
    end = page.find(">", start) if start >= 0 else -1
    if end < 0:
        return page
    aside = ('\n<aside class="release-correction" role="note">\n'
             f"{notes_html(notes, language)}</aside>")
    return page[:end + 1] + aside + page[end + 1:]
