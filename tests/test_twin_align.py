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
from releasedesk.model import Contact, FooterLine, Release, TwinLink
from releasedesk.records import replace
from releasedesk.twins.align import (
    ALIGNED_KEY,
    CONTACT_PARTS,
    align,
    changed_since,
    digest,
    digests,
    footer_lines,
    mark_aligned,
    pair_alignment,
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


# -- the media contacts and the footer (issue 28, walk 2) --------------------------------------

_PHONES = st.sampled_from(["", "0510-8555 0118", "0510-8555 0119", "+86 510 8555 0118",
                           "(0510) 8555-0120"])
_EMAILS = st.sampled_from(["", "press@fern.example", "media@fern.example"])
_NAMES = st.sampled_from(["", "Mira Okafor", "米拉·奥卡福", "Tomasz Lerner"])
CONTACTS = st.lists(st.builds(Contact, name=_NAMES, role=st.sampled_from(["", "Press Officer"]),
                              phone=_PHONES, email=_EMAILS), max_size=4)
FOOTERS = st.lists(st.builds(FooterLine, st.sampled_from(["Fernhollow", "芬霍洛区", "Privacy"]),
                             st.sampled_from(["", "https://fern.example/p"])), max_size=4)


@settings(max_examples=200, deadline=None)
@given(CONTACTS, CONTACTS, FOOTERS, FOOTERS)
def test_every_contact_part_and_footer_line_is_in_exactly_one_row(
        mine: list[Contact], theirs: list[Contact], my_footer: list[FooterLine],
        their_footer: list[FooterLine]) -> None:
    here = Release(contacts=mine, footer=my_footer, release_date=DAY)
    there = Release(contacts=theirs, footer=their_footer, release_date=DAY)
    rows = side_by_side(here, there)
    for release, side in ((here, "here"), (there, "there")):
        given_parts = [(k, part, " ".join(getattr(c, part).split()))
                       for k, c in enumerate(release.contacts) for part in CONTACT_PARTS
                       if getattr(c, part).strip()]
        shown = [(getattr(r, side), r.part, r.here_text if side == "here" else r.there_text)
                 for r in rows if r.field == "contacts"
                 if (r.here_text if side == "here" else r.there_text)]
        assert shown == given_parts
        lines = [r.here_text if side == "here" else r.there_text
                 for r in rows if r.field == "footer" and getattr(r, side) is not None]
        assert lines == footer_lines(release)
    for row in rows:
        if row.field == "contacts":
            differ = row.part in ("phone", "email") and row.here is not None and \
                row.there is not None and \
                " ".join(row.here_text.split()) != " ".join(row.there_text.split())
            # (the same number written two ways is one fact: "+86 510 …" = "0510 …")
            if not differ:
                assert not row.facts_differ, row
            assert row.facts_differ == bool(row.mismatches)


@pytest.mark.parametrize(("mine", "theirs", "differ"), [
    ("0510-8555 0118", "0510-8555 0119", True),
    ("0510-8555 0118", "0510 8555 0118", False),
    ("0510-8555 0118", "", True),
    ("press@fern.example", "media@fern.example", True),
    ("press@fern.example", "Press@Fern.example", False),
])
def test_a_phone_or_e_mail_that_differs_is_flagged_on_its_own_row(mine: str, theirs: str,
                                                                   differ: bool) -> None:
    part = "email" if "@" in mine else "phone"
    # (a body each: facts are compared once both versions are written, as readiness does)
    here = Release(contacts=[replace(Contact("Mira Okafor"), **{part: mine})], release_date=DAY,
                   body="Opened.")
    there = Release(contacts=[replace(Contact("米拉"), **{part: theirs})], release_date=DAY,
                    body="开放。")
    rows = {r.part: r for r in side_by_side(here, there) if r.field == "contacts"}
    assert rows["name"].here_text == "Mira Okafor" and rows["name"].there_text == "米拉"
    assert not rows["name"].facts_differ
    assert rows[part].facts_differ is differ
    if differ:
        fact = rows[part].mismatches[0].here
        assert fact is not None and fact.excerpt.strip() == mine


def _linked(body: list[str]) -> tuple[Release, Release]:
    en = Release(id="en", language="en", headline="Ferry", body="\n\n".join(body),
                 contacts=[Contact("Mira", phone="0510-8555 0118")], release_date=DAY)
    zh = Release(id="zh", language="zh-CN", headline="渡轮", body="\n\n".join(body),
                 contacts=[Contact("米拉", phone="0510-8555 0118")], release_date=DAY)
    en.twins = [TwinLink("zh", "ferry.zh-CN.release", "zh-CN")]
    zh.twins = [TwinLink("en", "ferry.release", "en")]
    return en, zh


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_distinct(1), st.data())
def test_aligning_from_either_side_is_the_pairs_and_shows_on_both(
        body: list[str], data: st.DataObject) -> None:
    en, zh = _linked(body)
    assert pair_alignment(en, zh, en.twins[0]) is None
    assert pair_alignment(zh, en, zh.twins[0]) is None
    assert mark_aligned(zh, en, "fp", at="2026-11-20T10:00:00Z")  # from the Chinese side
    seen_from_en = pair_alignment(en, zh, en.twins[0])
    assert seen_from_en is not None and not seen_from_en.here
    assert seen_from_en.theirs == digests(zh)
    assert not any(r.changed for r in side_by_side(en, zh, en.twins[0]))
    # the Chinese side edits a paragraph: the English side sees exactly that one marked
    index = data.draw(st.integers(0, len(body) - 1))
    edited = data.draw(PARAGRAPH.filter(lambda text: digest(text) != digest(body[index])))
    zh.body = "\n\n".join([*body[:index], edited, *body[index + 1:]])
    zh.contacts[0].phone = "0510-8555 0119"
    rows = side_by_side(en, zh, en.twins[0])
    assert [(r.field, r.there, r.part) for r in rows if r.changed] == [
        ("body", index, ""), ("contacts", 0, "phone")]
    # aligned again later from the English side: that newer record wins on both sides
    assert mark_aligned(en, zh, "fp2", at="2026-11-21T09:00:00Z")
    assert not any(r.changed for r in side_by_side(en, zh, en.twins[0]))
    later = pair_alignment(zh, en, zh.twins[0])
    assert later is not None and not later.here and later.at == "2026-11-21T09:00:00Z"


def test_a_record_made_before_contacts_were_compared_marks_no_contact() -> None:
    en, zh = _linked(["One.", "Two."])
    assert mark_aligned(en, zh, "fp")
    old = {k: v for k, v in en.twins[0].extra[ALIGNED_KEY].items()
           if k not in ("contacts", "footer")}
    en.twins[0] = TwinLink("zh", "x.release", "zh-CN", extra={ALIGNED_KEY: old})
    zh.contacts[0].phone = "0510-8555 0119"
    rows = side_by_side(en, zh, en.twins[0])
    assert not any(r.changed for r in rows)
    assert [r.part for r in rows if r.facts_differ] == ["phone"]


@pytest.mark.parametrize(("field", "mine", "theirs", "differ"), [
    ("event_what", "Opening of the terminal at 2 p.m.", "码头启用仪式，下午3时", True),
    ("event_what", "Opening of the terminal at 2 p.m.", "码头启用仪式，下午2时", False),
    ("event_place", "Pier 4", "4号码头", False),
    ("event_attend", "Register by Nov. 23.\n\nCall 0510-8555 0118.",
     "11月23日前报名。\n\n请致电0510-8555 0119。", True),
    ("event_speakers", "Mira Okafor\n\nTomasz Lerner", "米拉", False),
    ("correction_note", "The fare is 4 dollars, not 5 dollars.", "票价为4美元。", True),
    ("statement_title", "Director of Ferry Operations", "渡轮运营总监", False),
])
def test_a_kinds_own_fields_are_compared_too(field: str, mine: str, theirs: str,
                                             differ: bool) -> None:
    here = replace(Release(release_date=DAY, body="Opened."), **{field: mine})
    there = replace(Release(release_date=DAY, body="开放。"), **{field: theirs})
    rows = [r for r in side_by_side(here, there) if r.field == field]
    _check_complete([(r.here, r.there) for r in rows], len(paragraphs(mine)),
                    len(paragraphs(theirs)))
    assert any(r.facts_differ for r in rows) is differ
    assert all(r.facts_differ == bool(r.mismatches) for r in rows)


def test_a_record_made_before_a_kinds_fields_were_compared_marks_none_of_them() -> None:
    en, zh = _linked(["One."])
    zh.event_what = "码头启用仪式"
    assert mark_aligned(en, zh, "fp")
    old = {k: v for k, v in en.twins[0].extra[ALIGNED_KEY].items()
           if k in ("headline", "subheadline", "dateline", "body", "boilerplate")}
    en.twins[0] = TwinLink("zh", "x.release", "zh-CN", extra={ALIGNED_KEY: old})
    zh.event_what = "码头启用仪式（改期）"
    assert not any(r.changed for r in side_by_side(en, zh, en.twins[0]))
    assert mark_aligned(en, zh, "fp2")
    zh.event_what = "码头启用仪式（再次改期）"
    assert [r.field for r in side_by_side(en, zh, en.twins[0]) if r.changed] == ["event_what"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_distinct(1), st.booleans(), st.data())
def test_a_paragraph_edited_on_the_side_that_aligned_is_marked_on_both_sides(
        body: list[str], from_english: bool, data: st.DataObject) -> None:
    """After Mark as Aligned, an edit in either version is marked in both views: in the
    editing version's own column and in the other's column of the partner's view, whichever
    side marked the pair aligned (tester10: the side that aligned saw its own edits
    unmarked)."""
    en, zh = _linked(body)
    marker, other = (en, zh) if from_english else (zh, en)
    assert mark_aligned(marker, other, "fp", at="2026-11-20T10:00:00Z")
    for editing, partner in ((en, zh), (zh, en)):
        rows = side_by_side(editing, partner, editing.twins[0])
        assert not any(r.changed or r.here_changed for r in rows)
    editing, partner = (marker, other) if data.draw(st.booleans()) else (other, marker)
    index = data.draw(st.integers(0, len(body) - 1))
    edited = data.draw(PARAGRAPH.filter(lambda text: digest(text) != digest(body[index])))
    editing.body = "\n\n".join([*body[:index], edited, *body[index + 1:]])
    editing.contacts[0].phone = "0510-8555 0119"
    own = side_by_side(editing, partner, editing.twins[0])
    assert [(r.field, r.here, r.part) for r in own if r.here_changed] == [
        ("body", index, ""), ("contacts", 0, "phone")]
    assert not any(r.changed for r in own)
    seen = side_by_side(partner, editing, partner.twins[0])
    assert [(r.field, r.there, r.part) for r in seen if r.changed] == [
        ("body", index, ""), ("contacts", 0, "phone")]
    assert not any(r.here_changed for r in seen)
