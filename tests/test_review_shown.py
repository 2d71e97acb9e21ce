"""A suggestion is named by its words as a reader sees them (review/shown.py), on the
command line and in the Suggestions list: no Markdown marks around words typed in bold or
a deleted subheading, a move's words once, a paragraph break with the words on each side."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from releasedesk.cli_review import suggestion_line
from releasedesk.model import Release
from releasedesk.review.shown import BREAK, shown
from review_markup import Markup, w
from test_review_trip import read, sample, sent

BODY = ("The path opens on **Monday**.\n\n## Getting there\n\n"
        "It runs for *six* miles.\nDogs are welcome.")


def _bold_words(m: Markup) -> None:
    change = m.insert("body", len("The path opens on Monday"), " (north side)")
    run = change.find(w("r"))
    properties = etree.Element(w("rPr"))
    etree.SubElement(properties, w("b"))
    run.insert(0, properties)


def _heading_gone(m: Markup) -> None:
    m.delete("body", 0, len("Getting there"), paragraph=1)


def _joined(m: Markup) -> None:
    m.delete_mark("body", 0)


def _moved(m: Markup) -> None:
    m.move("dateline", 0, 5, "organization", 0)


# (a reviewer's act, the words the before side shows, the after side's)
CASES: dict[str, tuple[Callable[[Markup], None], str, str]] = {
    "bold words typed": (_bold_words, "", " (north side)"),
    "subheading's words deleted": (_heading_gone, "Getting there", ""),
    "paragraphs joined": (_joined, f"The path opens on Monday. {BREAK} Getting there", ""),
    "words moved": (_moved, "ASHBY", "ASHBY"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_suggestion_is_named_by_the_words_a_reader_sees(case: str) -> None:
    act, before, after = CASES[case]
    release: Release = sample()
    release.body = BODY
    m = sent(release)
    act(m)
    reading = read(release, m.bytes())
    (suggestion,) = [x for x in reading.suggestions if x.changes]
    assert shown(reading, 0) == (before, after)
    for words in (before, after):
        assert not any(mark in words for mark in ("**", "## ", "*six*"))
    line = suggestion_line(suggestion, 0, shown(reading, 0))
    assert (f'"{after}"' if suggestion.kind == "move" else f'"{before}" → "{after}"') in line


def test_a_break_between_long_paragraphs_shows_their_ends_cut() -> None:
    release = sample()
    release.body = "A " * 40 + "long first paragraph.\n\nAnd a second one, " + "b " * 40
    m = sent(release)
    m.delete_mark("body", 0)
    reading = read(release, m.bytes())
    before, after = shown(reading, 0)
    left, right = before.split(f" {BREAK} ")
    assert after == "" and left.startswith("…") and right.endswith("…")
    assert left.endswith("long first paragraph.") and right.startswith("And a second one,")
