"""Whole paragraphs a reviewer deleted, typed or moved, with Track Changes on, in the ways
Word and LibreOffice record them (the paragraph's own break changed, or the break of the
paragraph before; a move named as Word writes one, or LibreOffice's moved text with plain
inserted and deleted breaks): whatever the user accepts, rejects or leaves undecided, in
one go or one suggestion at a time, no two paragraphs run together and no empty paragraph
is left. A paragraph's text and its break are one suggestion; so each suggestion stands
for one of the reviewer's acts, and any set of them accepted gives the body sent with
exactly those acts done."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.records import replace
from releasedesk.review import items as k
from releasedesk.review.sending import review_docx
from releasedesk.review.suggestions import Reading, accept
from review_markup import DANA, Markup, w
from test_review_trip import _resave_all, _soffice
from test_review_whole_paragraphs import _mark, read, release_with

from examples import examples

_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# An act of the reviewer's, on the paragraphs as sent (numbered from 0):
# ("delete", paragraph, "own" | "before"): its text and its own break, or the break of the
#     paragraph before it (a selection from the end of that one);
# ("insert", gap, "word" | "own"): a paragraph typed before paragraph *gap* (*gap* = the
#     count: after the last), Word recording the break of the paragraph before it, or a
#     file marking the new paragraph's own;
# ("move", paragraph, gap, "word" | "libreoffice"): the paragraph moved before paragraph
#     *gap*, as a named move with moved breaks, or as LibreOffice writes one (moved text
#     and the source's break named by no range, the new paragraph's break inserted).
# A paragraph put after the last records the last one's break (the new paragraph's own
# ends the field).
Act = tuple[str, int, int | str, str]


def words(number: int) -> str:
    return f"Paragraph {number} of the body."


def typed(gap: int) -> str:
    return f"Words typed before paragraph {gap}."


@st.composite
def reviews(draw: st.DrawFn) -> tuple[int, list[Act]]:
    """A body of plain paragraphs and the reviewer's acts on it: each paragraph and each
    paragraph break changed by one act at most, one new paragraph at most per gap."""
    count = draw(st.integers(2, 7))
    marks: set[int] = set()  # the breaks changed, by their paragraph
    taken: set[int] = set()  # the paragraphs deleted or moved
    gaps: set[int] = set()  # the gaps a paragraph is typed or moved into
    acts: list[Act] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "insert", "move"]))
        if kind == "delete":
            number = draw(st.integers(0, count - 1))
            way = draw(st.sampled_from(["own", "before"]))
            # (the last paragraph's own break ends the field: deleted from the one before)
            mark = number - 1 if way == "before" or number == count - 1 else number
            way = "before" if mark < number else "own"
            if mark < 0 or mark in marks or number in taken:
                continue
            marks.add(mark)
            taken.add(number)
            acts.append(("delete", number, way, ""))
        elif kind == "insert":
            gap = draw(st.integers(0, count))
            way = draw(st.sampled_from(["word", "own"]))
            way = "word" if gap == count else "own" if gap == 0 else way
            mark = gap - 1 if way == "word" else -1
            if gap in gaps or (mark >= 0 and mark in marks):
                continue
            if mark >= 0:
                marks.add(mark)
            gaps.add(gap)
            acts.append(("insert", gap, way, ""))
        else:
            number = draw(st.integers(0, count - 2))  # (its own break goes with it)
            gap = draw(st.integers(0, count))
            way = draw(st.sampled_from(["word", "libreoffice"]))
            if gap in (number, number + 1) or gap in gaps or number in taken or \
                    number in marks:
                continue
            marks.add(number)
            taken.add(number)
            gaps.add(gap)
            acts.append(("move", number, gap, way))
    return count, acts


def _change(m: Markup, tag: str) -> etree._Element:
    return m._change(tag, DANA)


def _named(m: Markup, change: etree._Element, side: str, name: str) -> None:
    m.ids += 1
    start = etree.Element(w(f"move{side}RangeStart"))
    start.set(w("id"), str(m.ids))
    start.set(w("name"), name)
    start.set(w("author"), DANA[0])
    start.set(w("date"), DANA[1])
    end = etree.Element(w(f"move{side}RangeEnd"))
    end.set(w("id"), str(m.ids))
    change.addprevious(start)
    change.addnext(end)


def _take_out(m: Markup, paragraph: etree._Element, tag: str) -> etree._Element:
    runs = [r for r in paragraph.findall(w("r")) if r.find(w("t")) is not None]
    change = _change(m, tag)
    runs[0].addprevious(change)
    for run in runs:
        for text in run.findall(w("t")):
            text.tag = w("delText")
        change.append(run)
    return change


def _new(m: Markup, text: str, tag: str) -> tuple[etree._Element, etree._Element]:
    """A paragraph of *text* put in by a change *tag*: (the paragraph, the change)."""
    paragraph = etree.Element(w("p"))
    etree.SubElement(etree.SubElement(paragraph, w("pPr")), w("pStyle")).set(w("val"), "Normal")
    change = _change(m, tag)
    run = etree.SubElement(change, w("r"))
    element = etree.SubElement(run, w("t"))
    element.text = text
    element.set(_SPACE, "preserve")
    paragraph.append(change)
    return paragraph, change


def marked_up(count: int, acts: list[Act]) -> tuple[bytes, str]:
    """The for-review export of a body of *count* paragraphs with *acts* tracked: (the
    reviewed file, the body sent)."""
    body = "\n\n".join(words(n) for n in range(count))
    release = release_with(body)
    m = Markup(review_docx(release, fingerprint(release)))
    sent = m.paragraphs("body")
    assert len(sent) == count
    for number, act in enumerate(acts):
        kind, first, second, way = act
        way = way if kind == "move" else str(second)
        if kind == "delete":
            _take_out(m, sent[first], "del")
            _mark(m, sent[first - 1 if way == "before" else first], "del")
            continue
        gap = first if kind == "insert" else int(second)
        moving = kind == "move"
        tag = "moveTo" if moving else "ins"
        paragraph, change = _new(m, words(first) if moving else typed(gap), tag)
        tag = "ins" if way == "libreoffice" else tag  # (it marks the break inserted)
        if gap < count:
            sent[gap].addprevious(paragraph)
            for start in sent[gap].findall(w("bookmarkStart")):  # (the field starts here)
                paragraph.insert(1, start)
        else:
            sent[-1].addnext(paragraph)
            for end in sent[-1].findall(w("bookmarkEnd")):  # (and ends here)
                paragraph.append(end)
        if (kind == "insert" and way == "word") or gap == count:  # (see reviews())
            _mark(m, sent[gap - 1], tag)
        else:
            _mark(m, paragraph, tag)
        if moving:
            source = _take_out(m, sent[first], "moveFrom")
            _mark(m, sent[first], "moveFrom")
            if way == "word":
                _named(m, change, "To", f"move{number}")
                _named(m, source, "From", f"move{number}")
    return m.bytes(), body


def done(count: int, acts: list[Act]) -> str:
    """The body with *acts* done (each new or moved paragraph before the one it went
    before, the rest in order)."""
    out: list[str] = []
    for gap in range(count + 1):
        for kind, first, second, _ in acts:
            if kind == "insert" and first == gap:
                out.append(typed(gap))
            elif kind == "move" and second == gap:
                out.append(words(first))
        if gap < count and not any(kind in ("delete", "move") and first == gap
                                   for kind, first, _, _ in acts):
            out.append(words(gap))
    return "\n\n".join(out)


def _accepted(body: str, reading: Reading, chosen: list[int], one_by_one: bool) -> str:
    release = replace(release_with(body))
    if one_by_one:
        accepted: set[int] = set()
        for index in chosen:
            accept(release, reading, accepted, [index])
    else:
        accept(release, reading, set(), chosen)
    return release.body


@settings(max_examples=examples(150, 60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(reviews(), st.booleans())
def test_any_decisions_keep_paragraphs_whole(review: tuple[int, list[Act]],
                                             one_by_one: bool) -> None:
    count, acts = review
    data, body = marked_up(count, acts)
    keeps_paragraphs_whole(count, acts, data, body, one_by_one)


# Reviews LibreOffice opens and saves again (it writes each change its own way: moves,
# breaks and ids renumbered), every act in each and each kind of act beside another.
SAVED_AGAIN: list[tuple[int, list[Act]]] = [
    (4, [("delete", 1, "own", ""), ("insert", 3, "word", "")]),
    (4, [("delete", 2, "before", ""), ("insert", 1, "own", "")]),
    (5, [("move", 0, 4, "word"), ("delete", 2, "own", "")]),
    (5, [("move", 3, 0, "libreoffice"), ("insert", 2, "word", "")]),
    (3, [("insert", 3, "word", ""), ("delete", 0, "own", ""), ("move", 1, 0, "word")]),
    (4, [("delete", 0, "own", ""), ("delete", 1, "own", ""), ("insert", 4, "word", "")]),
]


def test_reviews_saved_again_by_libreoffice_keep_paragraphs_whole(tmp_path: Path) -> None:
    documents = [marked_up(count, acts) for count, acts in SAVED_AGAIN]
    saved = _resave_all(_soffice(), [data for data, _ in documents], tmp_path)
    for (count, acts), (_, body), data in zip(SAVED_AGAIN, documents, saved, strict=True):
        for one_by_one in (False, True):
            keeps_paragraphs_whole(count, acts, data, body, one_by_one)


def keeps_paragraphs_whole(count: int, acts: list[Act], data: bytes, body: str,
                           one_by_one: bool) -> None:
    """Each suggestion of the reviewed *data* stands for one of *acts*, and any set of them
    accepted (the rest rejected or left undecided) does exactly those acts."""
    reading = read(release_with(body), data)
    assert reading.value("body", set()) == body
    suggestions = reading.suggestions
    assert all(x.applies and x.field == "body" for x in suggestions)
    assert {reading.review.revisions[c].kind for x in suggestions for c in x.changes} <= {
        k.INSERTION, k.DELETION, k.MOVED_FROM, k.MOVED_TO, k.MARK_INSERTED, k.MARK_DELETED}
    acted: list[Act] = []
    for index in range(len(suggestions)):
        alone = _accepted(body, reading, [index], one_by_one)
        matches = [act for act in acts if done(count, [act]) == alone]
        assert len(matches) == 1, (acts, suggestions[index], alone)
        acted.append(matches[0])
    assert sorted(acted) == sorted(acts)
    for size in range(len(suggestions) + 1):
        for chosen in itertools.combinations(range(len(suggestions)), size):
            result = _accepted(body, reading, list(chosen), one_by_one)
            assert result == done(count, [acted[i] for i in chosen]), (acts, chosen)
            assert all(p.startswith(("Paragraph ", "Words typed ")) and p.count(".") == 1
                       for p in result.split("\n\n")), result
