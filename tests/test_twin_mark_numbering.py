"""A version started from its source's text ("[TO TRANSLATE]" on a line of its own, then the
text) counts its paragraphs as the source does: in the Compare view's rows and in the
findings' "paragraph N" (attack walkthrough: every row read 第 2 段 ↔ 第 1 段)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from releasedesk.twins.align import paragraphs, side_by_side
from releasedesk.twins.making import make_twin
from releasedesk.twins.marks import TO_TRANSLATE
from releasedesk.twins.words import paragraph_number

from helpers import make_release

PARAGRAPH = st.lists(st.sampled_from(["The ferry", "runs", "twice", "an hour", "from May.",
                                      "渡轮", "每小时", "两班。", "Call 0510 8555 0118."]),
                     min_size=1, max_size=8).map(" ".join)


@given(body=st.lists(PARAGRAPH, min_size=1, max_size=8))
def test_a_marked_copy_has_its_sources_paragraphs_in_order(body: list[str]) -> None:
    source = make_release(body="\n\n".join(body))
    twin = make_twin(source, "zh-CN", [], copy_text=True)
    units = paragraphs(twin.body)
    assert units == [f"{TO_TRANSLATE} {body[0]}", *body[1:]]
    # the rows pair paragraph n with paragraph n, the mark counted with the first
    rows = [row for row in side_by_side(twin, source) if row.field == "body"]
    assert [(row.here, row.there) for row in rows] == [(n, n) for n in range(len(body))]
    # and a fact in paragraph n of the version is said to stand in paragraph n
    mark = twin.body.removesuffix(source.body)  # (on a line of its own before paragraphs)
    assert mark in (f"{TO_TRANSLATE}\n\n", f"{TO_TRANSLATE} ")
    for number in range(1, len(body) + 1):
        at = sum(len(text) + 2 for text in body[:number - 1])  # (paragraph n's first letter)
        assert paragraph_number(source.body, at) == number
        assert paragraph_number(twin.body, len(mark) + at) == number


def test_a_mark_left_alone_is_kept_and_blank_blocks_are_no_paragraphs() -> None:
    assert paragraphs(f"{TO_TRANSLATE}\n\n") == [TO_TRANSLATE]
    assert paragraphs("One.\n\n\n\nTwo.") == ["One.", "Two."]
    assert paragraph_number("One.\n\n\n\nTwo.", len("One.\n\n\n\nT")) == 2
