"""A Chinese portal release sends the lines it prints for review: 引题, 来源, 作者, 责任编辑, 摘要.

Found by the tester: the document sent for review of the Chinese sample held the title and
the body but not the 引题 printed above the title, the 来源 line under it, nor the
（作者：…　责任编辑：…） line after the body: a director could not mark up text the portal
prints. Each such line that is set now goes, under its Chinese label, and comes back as a
suggestion on its field; a release without them sends the same fields as before.
"""

from __future__ import annotations

import pytest

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.model import Release
from releasedesk.review import slots as s
from releasedesk.review.sending import review_docx
from review_markup import DANA, Markup
from test_review_trip import accepted_release, read, sample

from conftest import SAMPLES

PORTAL_LINES = ("lead_in", "source", "author", "responsible_editor", "summary")


def chinese_sample() -> Release:
    return document.load(SAMPLES / "fernhollow-night-market-zh.release")


def test_the_chinese_sample_sends_its_portal_lines_in_reading_order() -> None:
    keys = [slot.key for slot in s.slots(chinese_sample())]
    assert set(PORTAL_LINES) <= set(keys)
    assert keys.index("lead_in") < keys.index("headline") < keys.index("source") < \
        keys.index("body") < keys.index("author") < keys.index("responsible_editor")
    sent = Markup(review_docx(chinese_sample(), fingerprint(chinese_sample())))
    text = "".join(sent.root.itertext())
    for label in ("引题", "来源", "作者", "责任编辑", "摘要"):
        assert label in text


@pytest.mark.parametrize("key", PORTAL_LINES)
def test_an_edit_to_a_portal_line_comes_back_on_its_field(key: str) -> None:
    release = chinese_sample()
    value = getattr(release, key)
    markup = Markup(review_docx(release, fingerprint(release)))
    markup.insert(key, len(value), "（修订）", DANA)
    reading = read(release, markup.bytes())
    assert [(x.field, x.author) for x in reading.suggestions] == [(key, DANA[0])]
    after = accepted_release(release, reading)
    assert getattr(after, key) == value + "（修订）"
    assert all(getattr(after, other) == getattr(release, other)
               for other in PORTAL_LINES if other != key)


def test_a_release_without_portal_lines_sends_the_fields_it_did() -> None:
    keys = [slot.key for slot in s.slots(sample())]
    assert not set(PORTAL_LINES) & set(keys)
    assert keys[:4] == ["headline", "subheadline", "dateline", "organization"]
