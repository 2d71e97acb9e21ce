"""The review trip carries a kind's own one-line fields: an advisory's event (what, venue,
address) and a statement's author go for review, come back as suggestions on their field,
and a news release's document is as before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from releasedesk.model import Release
from releasedesk.review import slots as s
from review_markup import DANA
from test_review_trip import accepted_release, read, sample, sent

EVENT = {"event_what": "Opening walk round the Ashby reservoir path",
         "event_place": "Ashby Lodge car park", "event_address": "Lodge Lane, Ashby"}
STATEMENT = {"statement_by": "Mara Quill", "statement_title": "Chair of the Board"}


def _of_kind(kind: str, values: dict[str, str]) -> Release:
    release = sample()
    release.kind = kind
    for name, value in values.items():
        setattr(release, name, value)
    if kind == "advisory":
        release.event_start = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)
    return release


@pytest.mark.parametrize(("kind", "values"), [("advisory", EVENT), ("statement", STATEMENT)])
def test_a_kinds_lines_go_for_review_and_come_back(kind: str, values: dict[str, str]) -> None:
    release = _of_kind(kind, values)
    keys = [slot.key for slot in s.slots(release)]
    assert set(values) <= set(keys)
    assert keys.index("organization") < keys.index(next(iter(values))) < keys.index("body")
    untouched = read(release, sent(release).bytes())
    assert untouched.suggestions == []
    for key, value in values.items():
        m = sent(release)
        m.insert(key, len(value), " (updated)")
        reading = read(release, m.bytes())
        assert [(x.field, x.author) for x in reading.suggestions] == [(key, DANA[0])]
        after = accepted_release(release, reading)
        assert getattr(after, key) == value + " (updated)"
        assert all(getattr(after, other) == v for other, v in values.items() if other != key)


def test_a_news_release_sends_no_kind_fields() -> None:
    release = sample()
    for name, value in {**EVENT, **STATEMENT}.items():
        setattr(release, name, value)  # (left over from another kind: not this release's)
    assert not {slot.key for slot in s.slots(release)} & {*EVENT, *STATEMENT}
