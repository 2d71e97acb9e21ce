"""Whole paragraphs deleted, added and moved by a reviewer beside subheadings, list items,
quotations and plain paragraphs (review/formatted.py's _Shape): a paragraph deleted with
its break goes and every other keeps its marker; a paragraph typed before another comes in
with its own style; a moved paragraph moves with its style; a move is one suggestion, its
breaks included, placed whole or not at all; edits made with Track Changes off in
paragraphs apart are suggestions apart.

Each case marks up our for-review export as Word writes it (a paragraph's text and its own
break deleted), as LibreOffice writes it (the same, and the next paragraph given the
deleted one's style in the file) and as a selection from the end of the paragraph before
writes it (that break and the text deleted); the Markdown accepted is compared, exactly,
with the release's paragraphs rearranged by hand."""

from __future__ import annotations

import copy
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.gui.review.review_session import ReviewSession
from releasedesk.model import Release
from releasedesk.records import replace
from releasedesk.review import items as k
from releasedesk.review import read_review
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import Reading, accept, accept_all, read_against
from review_markup import DANA, Markup, w

from examples import examples

# A line of the body: (its block, its kind, its words). Lines of one block are one list
# (lines of Markdown apart by "\n") or one quotation (paragraphs apart by a quoted blank
# line); blocks are apart by a blank line.
Line = tuple[int, str, str]
MARKERS = {"heading": "## ", "item": "- ", "quote": "> ", "plain": ""}
STYLES = {"heading": "Heading2", "item": "ListBullet", "quote": "Quote", "plain": "Normal"}
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def markdown(lines: list[Line]) -> str:
    out = ""
    for number, (block, kind, words) in enumerate(lines):
        if number:
            out += "\n\n" if lines[number - 1][0] != block else \
                "\n>\n" if kind == "quote" else "\n"
        out += MARKERS[kind] + words
    return out


@st.composite
def bodies(draw: st.DrawFn) -> list[Line]:
    kinds = draw(st.lists(st.sampled_from(list(MARKERS)), min_size=2, max_size=6))
    lines: list[Line] = []
    for block, kind in enumerate(kinds):
        for _ in range(draw(st.integers(1, 3)) if kind == "item" else 1):
            words = f"{kind.title()} words {len(lines)}"  # (each line's words its own)
            lines.append((block, kind, words + ("" if kind == "heading" else ".")))
    return lines


def release_with(body: str) -> Release:
    return Release(headline="Calloway Ferries adds a morning boat", body=body,
                   organization="Calloway Ferries")


def read(release: Release, data: bytes) -> Reading:
    return read_against(read_review(data, "reviewed.docx"), release, fingerprint(release),
                        data, "reviewed.docx")


def _text_runs(paragraph: etree._Element) -> list[etree._Element]:
    return [r for r in paragraph.findall(w("r")) if r.find(w("t")) is not None]


def _mark(m: Markup, paragraph: etree._Element, tag: str) -> etree._Element:
    properties = paragraph.find(w("pPr"))
    if properties is None:
        properties = etree.Element(w("pPr"))
        paragraph.insert(0, properties)
    marks = properties.find(w("rPr"))
    if marks is None:
        marks = etree.SubElement(properties, w("rPr"))
    change = m._change(tag, DANA)
    marks.append(change)
    return change


def delete_text(m: Markup, paragraph: etree._Element, tag: str = "del") -> etree._Element:
    runs = _text_runs(paragraph)
    change = m._change(tag, DANA)
    runs[0].addprevious(change)
    for run in runs:
        for text in run.findall(w("t")):
            text.tag = w("delText")
        change.append(run)
    return change


def new_paragraph(m: Markup, before: etree._Element, style: str, words: str,
                  tag: str = "ins") -> tuple[etree._Element, etree._Element]:
    """A paragraph of *style* typed before *before*: Enter at its start, then the words
    typed in the empty paragraph above (its text and its break inserted)."""
    paragraph = etree.Element(w("p"))
    properties = etree.SubElement(paragraph, w("pPr"))
    etree.SubElement(properties, w("pStyle")).set(w("val"), style)
    mark = _mark(m, paragraph, tag)
    change = m._change(tag, DANA)
    run = etree.SubElement(change, w("r"))
    text = etree.SubElement(run, w("t"))
    text.text = words
    text.set(_SPACE, "preserve")
    paragraph.append(change)
    for start in before.findall(w("bookmarkStart")):  # (the field starts with it now)
        paragraph.append(start)
    before.addprevious(paragraph)
    return mark, change


def _named(m: Markup, change: etree._Element, side: str) -> None:
    m.ids += 1
    start = etree.Element(w(f"move{side}RangeStart"))
    start.set(w("id"), str(m.ids))
    start.set(w("name"), "move1")
    end = etree.Element(w(f"move{side}RangeEnd"))
    end.set(w("id"), str(m.ids))
    change.addprevious(start)
    change.addnext(end)


def check(lines: list[Line], expected: list[Line], data: bytes) -> Reading:
    """Accepting every suggestion gives *expected*'s Markdown (on the command line and in
    the editor's session alike); rejecting them gives the body sent."""
    release = release_with(markdown(lines))
    reading = read(release, data)
    assert reading.value("body", set()) == release.body
    cli = replace(release)
    assert accept_all(cli, reading)[1] == []
    assert cli.body == markdown(expected)
    editor = replace(release)
    session = ReviewSession(reading, "reviewed.docx")
    session.accept(editor, session.open())
    assert editor.body == cli.body
    return reading


_FORMS = st.sampled_from(["word", "libreoffice", "from the end of the one before"])


@settings(max_examples=examples(120, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(bodies(), st.integers(0, 20), _FORMS)
def test_a_paragraph_deleted_whole_goes_and_the_others_keep_their_markers(
        lines: list[Line], at: int, form: str) -> None:
    backwards = form == "from the end of the one before"
    # (the last paragraph's own break ends the field: deleted from the one before only)
    number = at % len(lines) if backwards else at % (len(lines) - 1)
    number = max(number, 1) if backwards else number
    release = release_with(markdown(lines))
    m = Markup(review_docx(release, fingerprint(release)))
    paragraphs = m.paragraphs("body")
    delete_text(m, paragraphs[number])
    _mark(m, paragraphs[number - 1 if backwards else number], "del")
    if form == "libreoffice":  # LibreOffice gives the next paragraph the deleted one's style
        style = paragraphs[number].find(f"{w('pPr')}/{w('pStyle')}")
        following = paragraphs[number + 1].find(f"{w('pPr')}/{w('pStyle')}")
        following.set(w("val"), style.get(w("val")))
    reading = check(lines, lines[:number] + lines[number + 1:], m.bytes())
    (deleted,) = reading.suggestions  # (its text and its break: one suggestion)
    assert deleted.kind == k.DELETION and len(deleted.changes) == 2
    assert MARKERS[lines[number][1]] + lines[number][2] in deleted.before


def _placed(lines: list[Line], number: int, kind: str, words: str) -> list[Line]:
    """*lines* with a line of *kind* put before line *number*: in the list or quotation it
    stands next to (the one after first), else a block of its own."""
    after = lines[number] if number < len(lines) else None
    before = lines[number - 1] if number else None
    if kind in ("item", "quote") and after is not None and after[1] == kind:
        block = after[0]
    elif kind in ("item", "quote") and before is not None and before[1] == kind:
        block = before[0]
    else:
        block = -1 - number  # (a block of its own)
    return [*lines[:number], (block, kind, words), *lines[number:]]


@settings(max_examples=examples(120, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(bodies(), st.integers(0, 20), st.sampled_from(["heading", "item", "plain"]))
def test_a_paragraph_typed_before_another_comes_in_with_its_own_style(
        lines: list[Line], at: int, kind: str) -> None:
    number = at % len(lines)
    release = release_with(markdown(lines))
    m = Markup(review_docx(release, fingerprint(release)))
    words = "Typed words" + ("" if kind == "heading" else ".")
    new_paragraph(m, m.paragraphs("body")[number], STYLES[kind], words)
    check(lines, _placed(lines, number, kind, words), m.bytes())


@settings(max_examples=examples(120, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(bodies(), st.integers(0, 20), st.integers(0, 20))
def test_a_moved_paragraph_moves_with_its_style_as_one_suggestion(
        lines: list[Line], source: int, target: int) -> None:
    number = source % (len(lines) - 1)  # (the last paragraph's break ends the field)
    to = target % len(lines)
    if to in (number, number + 1):
        to = (number + 2) % len(lines)
    if to in (number, number + 1):
        return  # (two paragraphs: nowhere else to go)
    release = release_with(markdown(lines))
    m = Markup(review_docx(release, fingerprint(release)))
    paragraphs = m.paragraphs("body")
    moved = lines[number]
    style = paragraphs[number].find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))
    _named(m, delete_text(m, paragraphs[number], "moveFrom"), "From")
    _mark(m, paragraphs[number], "moveFrom")
    _, typed = new_paragraph(m, paragraphs[to], style, moved[2], "moveTo")
    _named(m, typed, "To")
    rest = lines[:number] + lines[number + 1:]
    reading = check(lines, _placed(rest, to - (to > number), moved[1], moved[2]), m.bytes())
    (move,) = reading.suggestions
    assert move.kind == "move" and len(move.changes) == 4


# (the release's change since it was sent, whether the reviewer's move still applies)
SINCE = [("Note to editors.", "Note to editors: call us.", False),  # the moved text
         ("The centre offers:", "The centre now offers:", False),  # where it goes
         ("- free Wi-Fi.", "- free Wi-Fi for all.", True),  # a paragraph between
         ("Open daily.", "Open every day.", True)]  # far from it


@pytest.mark.parametrize(("old", "new", "applies"), SINCE)
def test_a_move_is_applied_whole_or_not_at_all(old: str, new: str, applies: bool) -> None:
    """A review of an older version: the move, its breaks included, is applied whole
    where its text is as it was, else not at all (its breaks once joined two paragraphs
    when the rest could not be placed: "…press office.Opening hours")."""
    lines: list[Line] = [(0, "plain", "The centre offers:"), (1, "item", "two printers;"),
                         (1, "item", "free Wi-Fi."), (2, "plain", "Note to editors."),
                         (3, "heading", "Opening hours"), (4, "plain", "Open daily.")]
    sent = release_with(markdown(lines))
    m = Markup(review_docx(sent, fingerprint(sent)))
    paragraphs = m.paragraphs("body")
    _named(m, delete_text(m, paragraphs[3], "moveFrom"), "From")
    _mark(m, paragraphs[3], "moveFrom")
    _, typed = new_paragraph(m, paragraphs[0], "Normal", "Note to editors.", "moveTo")
    _named(m, typed, "To")
    now = release_with(sent.body.replace(old, new))
    reading = read(now, m.bytes())
    (move,) = reading.suggestions
    assert {reading.review.revisions[c].kind for c in move.changes} == \
        {k.MOVED_FROM, k.MOVED_TO, k.MARK_INSERTED, k.MARK_DELETED}
    after = copy.deepcopy(now)
    changed, failed = accept_all(after, reading)
    if applies:
        assert (changed, failed) == (["body"], [])
        assert after.body == markdown([lines[3], *lines[:3], *lines[4:]]).replace(old, new)
    else:
        assert (changed, failed) == ([], [0])
        assert after.body == now.body


@settings(max_examples=examples(100, 30), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(bodies(), st.lists(st.integers(0, 20), min_size=1, max_size=4, unique=True),
       st.randoms(use_true_random=False))
def test_edits_made_without_track_changes_in_paragraphs_apart_are_suggestions_apart(
        lines: list[Line], picks: list[int], order: random.Random) -> None:
    """Words typed with Track Changes off in paragraphs apart from each other are one
    suggestion each (not one spanning every paragraph between), each accepted on its own
    in any order; together they give the document's text."""
    chosen = sorted({p % len(lines) for p in picks})
    chosen = [n for i, n in enumerate(chosen) if not i or n - chosen[i - 1] > 1]
    release = release_with(markdown(lines))
    m = Markup(review_docx(release, fingerprint(release)))
    paragraphs = m.paragraphs("body")
    edited = list(lines)
    for number in chosen:
        text = _text_runs(paragraphs[number])[0].find(w("t"))
        text.text = "Quite " + (text.text or "")
        block, kind, words = lines[number]
        edited[number] = (block, kind, "Quite " + words)
    reading = read(release, m.bytes())
    assert len(reading.suggestions) == len(chosen)
    assert all("Quite" in x.after and "\n" not in x.before + x.after
               for x in reading.suggestions)
    for index, number in enumerate(chosen):  # each alone: its own paragraph only
        alone = replace(release)
        accept(alone, reading, set(), [index])
        assert alone.body == markdown([edited[n] if n == number else line
                                       for n, line in enumerate(lines)])
    together = replace(release)
    done: set[int] = set()
    indices = list(range(len(chosen)))
    order.shuffle(indices)
    for index in indices:
        accept(together, reading, done, [index])
    assert together.body == markdown(edited)
