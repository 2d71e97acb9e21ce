"""Side by side (twins/align.py): the pairing never loses or repeats a paragraph, facts
anchor the pairing across languages, and "changed since aligned" marks exactly the
partner's paragraphs that changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.cli_twins import default_output
from releasedesk.model import Release, TwinLink
from releasedesk.twins.align import (
    ALIGNED_KEY,
    align,
    changed_since,
    digest,
    digests,
    mark_aligned,
    paragraphs,
    recorded,
    side_by_side,
)
from releasedesk.twins.making import default_path

DAY = date(2026, 11, 20)
_WORDS = st.text(alphabet="abcdefghij 渡轮码头启用", min_size=1, max_size=20)
_FACTS = st.sampled_from(["", " 12 ferries", " 3 p.m.", " 15%", " Nov. 25", " 0510-8555 0118",
                          " 下午3时", " 12个班次", " 3.2万名", " press@fern.example"])
PARAGRAPH = st.builds(lambda words, fact: (words + fact).strip() or "x", _WORDS, _FACTS)
SIDES = st.lists(PARAGRAPH, max_size=12)


def _check_complete(pairs: list[tuple[int | None, int | None]], m: int, n: int) -> None:
    assert all(i is not None or j is not None for i, j in pairs)
    assert [i for i, _ in pairs if i is not None] == list(range(m))
    assert [j for _, j in pairs if j is not None] == list(range(n))


@settings(max_examples=300, deadline=None)
@given(SIDES, SIDES)
def test_alignment_never_loses_or_repeats_a_paragraph(here: list[str],
                                                      there: list[str]) -> None:
    _check_complete(align(here, there, DAY), len(here), len(there))


@settings(max_examples=150, deadline=None)
@given(SIDES)
def test_a_field_beside_itself_pairs_each_paragraph_with_itself(side: list[str]) -> None:
    assert align(side, side, DAY) == [(k, k) for k in range(len(side))]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SIDES, SIDES, SIDES)
def test_every_paragraph_of_a_release_is_in_exactly_one_row(body: list[str], other: list[str],
                                                          about: list[str]) -> None:
    mine = Release(headline="Ferry", body="\n\n".join(body), boilerplate="\n\n".join(about),
                   release_date=DAY)
    theirs = Release(headline="渡轮", dateline="芬霍洛", body="\n\n".join(other),
                     release_date=DAY)
    rows = side_by_side(mine, theirs)
    for field, left, right in (("headline", ["Ferry"], ["渡轮"]), ("dateline", [], ["芬霍洛"]),
                               ("body", paragraphs(mine.body), paragraphs(theirs.body)),
                               ("boilerplate", paragraphs(mine.boilerplate), [])):
        chosen = [r for r in rows if r.field == field]
        _check_complete([(r.here, r.there) for r in chosen], len(left), len(right))
        assert [r.here_text for r in chosen if r.here is not None] == left
        assert [r.there_text for r in chosen if r.there is not None] == right


def test_facts_anchor_a_paragraph_that_has_no_translation_yet() -> None:
    english = ["The terminal opens at 2 p.m. on Nov. 25.",
               "It adds 12 daily crossings.",
               "About 3,200 passengers a day are expected.",
               "Call 0510-8555 0118 for details."]
    chinese = ["码头于11月25日下午2时启用。",
               "预计每天约3200名乘客。",  # (the second paragraph is not translated yet)
               "详情请致电0510-8555 0118。"]
    assert align(english, chinese, DAY) == [(0, 0), (1, None), (2, 1), (3, 2)]
    assert align(chinese, english, DAY) == [(0, 0), (None, 1), (1, 2), (2, 3)]


def _distinct(count: int) -> st.SearchStrategy[list[str]]:
    return st.lists(PARAGRAPH, min_size=count, max_size=12, unique_by=digest)


@settings(max_examples=300, deadline=None)
@given(_distinct(1), st.data())
def test_editing_one_paragraph_marks_exactly_that_one(side: list[str],
                                                      data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(side) - 1))
    edited = data.draw(PARAGRAPH.filter(lambda text: digest(text) != digest(side[index])))
    after = [*side[:index], edited, *side[index + 1:]]
    marks = changed_since([digest(p) for p in side], [digest(p) for p in after])
    assert [k for k, mark in enumerate(marks) if mark] == [index]


@settings(max_examples=200, deadline=None)
@given(_distinct(0), st.data())
def test_adding_a_paragraph_marks_exactly_the_new_one(side: list[str],
                                                      data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(side)))
    new = data.draw(PARAGRAPH.filter(lambda text: digest(text) not in map(digest, side)))
    after = [*side[:index], new, *side[index:]]
    marks = changed_since([digest(p) for p in side], [digest(p) for p in after])
    assert [k for k, mark in enumerate(marks) if mark] == [index]


def test_never_aligned_marks_nothing_and_removal_marks_nothing() -> None:
    assert changed_since(None, ["a", "b"]) == [False, False]
    assert changed_since(["a", "b", "c"], ["a", "c"]) == [False, False]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_distinct(1), st.data())
def test_the_view_marks_the_partners_edited_paragraph_after_mark_as_aligned(
        body: list[str], data: st.DataObject) -> None:
    source = Release(id="src", headline="Ferry opens", body="\n\n".join(body), release_date=DAY)
    twin = Release(id="twin", headline="渡轮启用", body="\n\n".join(reversed(body)),
                   release_date=DAY, twins=[TwinLink("src", "ferry.release", "en")])
    assert not any(r.changed for r in side_by_side(twin, source, twin.twins[0]))
    assert mark_aligned(twin, source, "fp-1")
    assert twin.twins[0].fingerprint == "fp-1"
    assert recorded(twin.twins[0]) == digests(source)
    assert not any(r.changed for r in side_by_side(twin, source, twin.twins[0]))
    index = data.draw(st.integers(0, len(body) - 1))
    edited = data.draw(PARAGRAPH.filter(lambda text: digest(text) != digest(body[index])))
    source.body = "\n\n".join([*body[:index], edited, *body[index + 1:]])
    rows = side_by_side(twin, source, twin.twins[0])
    assert [(r.field, r.there) for r in rows if r.changed] == [("body", index)]
    source.headline = "Ferry terminal opens"
    rows = side_by_side(twin, source, twin.twins[0])
    assert [(r.field, r.there) for r in rows if r.changed] == [("headline", 0),
                                                                ("body", index)]


def test_a_hand_edited_record_counts_as_never_aligned() -> None:
    for value in ("yes", {"body": "abc"}, {"body": [1, 2]}, ["body"]):
        assert recorded(TwinLink("x", "x.release", extra={ALIGNED_KEY: value})) is None
    assert mark_aligned(Release(id="a"), Release(id="b"), "fp") is False


def test_rows_say_where_facts_differ() -> None:
    english = Release(body="Doors open at 2 p.m.\n\nTickets cost 30 yuan.", release_date=DAY)
    chinese = Release(body="下午3时开门。\n\n门票30元。", release_date=DAY)
    rows = [r for r in side_by_side(english, chinese) if r.field == "body"]
    assert [(r.here, r.there, r.facts_differ) for r in rows] == [(0, 0, True), (1, 1, False)]


@pytest.mark.parametrize(("source", "language", "made"), [
    ("ferry.release", "zh-CN", "ferry.zh-CN.release"),
    ("ferry.en.release", "zh-CN", "ferry.zh-CN.release"),
    ("ferry.zh-CN.release", "en", "ferry.en.release"),
    ("report.final.release", "fr", "report.final.fr.release"),
    ("notes.v2.release", "en-GB", "notes.v2.en-GB.release"),
])
def test_a_new_version_is_named_beside_its_source(source: str, language: str,
                                                   made: str) -> None:
    assert default_path(Path("/desk") / source, language) == Path("/desk") / made
    assert default_output(Path("/desk") / source, language) == Path("/desk") / made
