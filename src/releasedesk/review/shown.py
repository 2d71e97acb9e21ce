"""A suggestion's words as a reader of the reviewed document sees them, for its line in the
Suggestions list and on the command line: the text the reviewer's tracked changes took out
and put in (no Markdown marks: "(north side)", not "**(north side)**"), a move's words
once, and a paragraph break with the words on each side of it ("…every boat. ¶ Steps
for…"), never a bare mark. The suggestion's own before and after (the Markdown it
changes) stay what accepting applies; this is only how it is named."""

from __future__ import annotations

from . import items as k
from .formatted import INVISIBLE
from .suggestions import Reading

BREAK = "¶"
AROUND = 30  # at most, the characters of a paragraph shown on each side of a break
_WORDS = frozenset({k.INSERTION, k.DELETION, "move"})
_TAKING = frozenset({k.DELETION, k.MOVED_FROM})
_PUTTING = frozenset({k.INSERTION, k.MOVED_TO})
_BREAKS = frozenset({k.MARK_INSERTED, k.MARK_DELETED})


def shown(reading: Reading, index: int) -> tuple[str, str]:
    """(the words suggestion *index* takes out, the words it puts in) as they read in the
    document; a move's words as both (they stay, elsewhere)."""
    suggestion = reading.suggestions[index]
    if not suggestion.changes or suggestion.kind not in _WORDS | _BREAKS:
        return suggestion.before, suggestion.after
    revisions = [reading.review.revisions[c] for c in suggestion.changes]
    before = _visible("".join(r.before for r in revisions if r.kind in _TAKING))
    after = _visible("".join(r.after for r in revisions if r.kind in _PUTTING))
    if suggestion.kind == "move":
        return after or before, after or before
    if before or after:
        return before, after
    breaks = [r for r in revisions if r.kind in _BREAKS]
    if not breaks:
        return suggestion.before, suggestion.after
    words = _around(reading, breaks[0].paragraph)
    return ("", words) if breaks[0].kind == k.MARK_INSERTED else (words, "")


def _around(reading: Reading, number: int) -> str:
    """The end of paragraph *number* and the start of the next, a break mark between."""
    paragraphs = reading.review.paragraphs
    left = _visible(paragraphs[number].accepted).rstrip() \
        if 0 <= number < len(paragraphs) else ""
    right = _visible(paragraphs[number + 1].accepted).lstrip() \
        if number + 1 < len(paragraphs) else ""
    if len(left) > AROUND:  # (cut at a word where there are spaces between words)
        cut = left[-AROUND:]
        left = "…" + (cut.split(" ", 1)[1] if " " in cut.strip() else cut).lstrip()
    if len(right) > AROUND:
        cut = right[:AROUND]
        right = (cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut).rstrip() + "…"
    return " ".join(part for part in (left, BREAK, right) if part)


def _visible(text: str) -> str:
    """*text* without a word processor's own invisible marks."""
    return "".join(char for char in text if char not in INVISIBLE)
