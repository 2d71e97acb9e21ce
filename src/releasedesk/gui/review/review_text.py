"""How the Suggestions panel writes a reviewer's change: as the text reads, the deleted words
struck through and the inserted words underlined, in HTML built from escaped text only (a
reviewer's words are never markup), and the short plain line of each suggestion's row."""

from __future__ import annotations

from datetime import datetime

from ...changed_span import changed_span
from ...review.items import ReviewParagraph
from ...review.suggestions import Reading
from ...shown_time import minute, minute_and_zone
from ...text_html import text_html

CONTEXT = 80  # characters of unchanged text shown on each side of a change found by comparing
ROW_TEXT = 90  # characters of a change shown in its row of the list
INSERTED_STYLE = "color:#1a6b2a; text-decoration:underline;"
DELETED_STYLE = "color:#a0201c; text-decoration:line-through;"


def inserted(text: str) -> str:
    return f'<span style="{INSERTED_STYLE}">{text_html(text)}</span>' if text else ""


def deleted(text: str) -> str:
    return f'<span style="{DELETED_STYLE}">{text_html(text)}</span>' if text else ""


def change_html(reading: Reading, index: int, accepted: set[int]) -> str:
    """Suggestion *index* where it stands in its field's text (the changes in *accepted*
    accepted, the others not): what it removes struck through, what it adds underlined."""
    suggestion = reading.suggestions[index]
    if suggestion.changes and reading.mapped:
        mine = set(suggestion.changes)
        # an accepted change is shown as it was made, in the text as it reads now: what it
        # removed struck through, what it added underlined (never a blank view)
        accepted = accepted - mine
        paragraphs = _paragraphs_of(reading, mine)
        if paragraphs:
            out = ["<p>"]
            for number, paragraph in enumerate(paragraphs):
                out.append(_paragraph_html(paragraph, mine, accepted))
                joined = paragraph.mark_change in mine and paragraph.mark == "deleted"
                if number < len(paragraphs) - 1 and not joined:
                    out.append("</p><p>")
            out.append("</p>")
            return "".join(out)
    if suggestion.old_value or suggestion.new_value:
        return _compared_html(suggestion.old_value, suggestion.new_value)
    if suggestion.before == suggestion.after:  # formatting: the text stays as it is
        return f"<p>{text_html(suggestion.before)}</p>"
    return f"<p>{deleted(suggestion.before)}{inserted(suggestion.after)}</p>"


def _paragraphs_of(reading: Reading, mine: set[int]) -> list[ReviewParagraph]:
    """The paragraphs a change touches; a deleted paragraph break brings the paragraph it
    joins."""
    out: list[ReviewParagraph] = []
    paragraphs = reading.review.paragraphs
    for number, paragraph in enumerate(paragraphs):
        if paragraph.mark_change in mine or paragraph.row_change in mine or any(
                mine.intersection(inserting) or mine.intersection(deleting)
                for _, inserting, deleting in paragraph.pieces):
            if not out or out[-1] is not paragraph:
                out.append(paragraph)
            if paragraph.mark_change in mine and paragraph.mark == "deleted" and \
                    number + 1 < len(paragraphs):
                out.append(paragraphs[number + 1])
    return out


def _paragraph_html(paragraph: ReviewParagraph, mine: set[int], accepted: set[int]) -> str:
    shown = accepted | mine
    parts: list[str] = []
    for text, inserting, deleting in paragraph.pieces:
        if not all(c in shown for c in inserting) or any(c in accepted for c in deleting):
            continue  # not in the text as it reads with this change
        if mine.intersection(deleting):
            parts.append(deleted(text))
        elif mine.intersection(inserting):
            parts.append(inserted(text))
        else:
            parts.append(text_html(text))
    if paragraph.mark_change in mine:
        mark = "\u00b6"
        parts.append(inserted(mark) if paragraph.mark == "inserted" else deleted(mark))
    return "".join(parts)


def _compared_html(old: str, new: str) -> str:
    start, old_end, new_end = changed_span(old, new)
    left = old[max(0, start - CONTEXT):start]
    right = old[old_end:old_end + CONTEXT]
    lead = "…" if start > CONTEXT else ""
    tail = "…" if len(old) - old_end > CONTEXT else ""
    return (f"<p>{lead}{text_html(left)}{deleted(old[start:old_end])}"
            f"{inserted(new[start:new_end])}{text_html(right)}{tail}</p>")


def one_line(text: str, limit: int = ROW_TEXT) -> str:
    """*text* on one line (spaces collapsed), cut at *limit* characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def row_text(words: tuple[str, str]) -> str:
    """'“by Friday” → “on Monday”', '+ “New: ”', '− “new ”' for the list, from a
    suggestion's words as they read (review/shown.py); "" for a change of no text (the
    list names its kind)."""
    before, after = one_line(words[0], ROW_TEXT // 2), one_line(words[1], ROW_TEXT // 2)
    if before and after and before != after:
        return f"“{before}” → “{after}”"
    if after and not before:
        return f"+ “{after}”"
    if before and not after:
        return f"− “{before}”"
    return f"“{before or after}”" if before or after else ""


def moment(when: datetime | None, raw: str, zone: bool = False) -> str:
    """A reviewer's time as the list shows it: "2026-03-04 09:30" (*zone*: with " UTC" or
    "+0100" after it), the text as written when it is no date."""
    if when is None:
        return one_line(raw, 25)
    return minute_and_zone(when) if zone else minute(when)
