"""A reviewer who deletes the paragraph mark at the end of a field (Delete at the end of the
headline, Backspace before the next field's label) would join two fields: that is listed
once, says so, and is never applied (it had been an ordinary suggestion that could be
accepted and changed nothing). A break inside a field still joins its paragraphs."""

from __future__ import annotations

import pytest

from releasedesk.review import items as k
from releasedesk.review.suggestions import FIELD_END
from review_markup import LEE
from test_review_trip import accepted_release, read, sample, sent

FIELDS = ["headline", "subheadline", "dateline", "organization", "body", "boilerplate"]


@pytest.mark.parametrize("key", FIELDS)
@pytest.mark.parametrize("also_typed", [False, True])
def test_the_field_s_last_break_deleted_is_listed_not_applied(key: str,
                                                               also_typed: bool) -> None:
    release = sample()
    markup = sent(release)
    last = len(markup.paragraphs(key)) - 1
    if also_typed:  # a real change in the same field is still applied
        markup.insert(key, 0, "Update: ", LEE, paragraph=0)
    markup.delete_mark(key, last)
    reading = read(release, markup.bytes())
    [ending] = [x for x in reading.suggestions if x.kind == k.MARK_DELETED]
    assert (ending.field, ending.detail, ending.applies) == (key, FIELD_END, False)
    after = accepted_release(release, reading)
    for other in FIELDS:
        expected = getattr(release, other)
        if also_typed and other == key:
            expected = "Update: " + expected
        assert getattr(after, other) == expected, other


def test_a_break_inside_the_body_still_joins_its_paragraphs() -> None:
    release = sample()
    markup = sent(release)
    assert len(markup.paragraphs("body")) > 1
    markup.delete_mark("body", 0)
    reading = read(release, markup.bytes())
    [join] = [x for x in reading.suggestions if x.kind == k.MARK_DELETED]
    assert join.applies and join.detail != FIELD_END
    assert accepted_release(release, reading).body.count("\n\n") == \
        release.body.count("\n\n") - 1
