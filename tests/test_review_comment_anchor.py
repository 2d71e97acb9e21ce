"""The words a comment is on read as a reader sees them: with tracked changes inside its
anchor, not the deleted and inserted words run together ("OpensLaunches"), but the text as
the user's decisions leave it (a change not yet decided as the reviewer made it) — the very
text the field gets; a comment on words the reviewer deleted shows those words."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.cli_review import comment_line
from releasedesk.review.items import Comment
from review_markup import Markup
from test_review_trip import read, sample, sent

from examples import examples

HEADLINE = sample().headline  # "Glenmoor Water Board opens the Ashby reservoir path"
WORDS = HEADLINE.split(" ")


def _starts() -> list[int]:
    out, at = [], 0
    for word in WORDS:
        out.append(at)
        at += len(word) + 1
    return out


@settings(max_examples=examples(80, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.integers(0, len(WORDS) - 1),
                       st.sampled_from(["delete", "insert", "replace"]), min_size=1,
                       max_size=3))
def test_a_comment_reads_as_its_field_will_under_any_decisions(edits: dict[int, str]) -> None:
    release = sample()
    m: Markup = sent(release)
    starts = _starts()
    m.comment("headline", 0, len(HEADLINE), "Is this right?")  # (words typed first go in it)
    for number, kind in sorted(edits.items()):
        start = starts[number]
        if kind in ("delete", "replace"):
            m.delete("headline", start, start + len(WORDS[number]))
        if kind in ("insert", "replace"):
            m.insert("headline", start, "new " if kind == "insert" else "other")
    reading = read(release, m.bytes())
    (comment,) = reading.comments
    changes = {c for x in reading.suggestions for c in x.changes}
    assert changes and comment.field == "headline"
    for size in range(len(reading.suggestions) + 1):
        for chosen in itertools.combinations(reading.suggestions, size):
            rejected = {c for x in chosen for c in x.changes}
            expected = reading.value("headline", changes - rejected)
            assert comment.reads(rejected) == (expected if expected.strip() else HEADLINE)
    assert reading.review.comments[0].reads() == reading.value("headline", changes)


def test_a_comment_on_deleted_words_shows_those_words_and_the_line_reads_so() -> None:
    release = sample()
    m = sent(release)
    m.delete("headline", 0, 8)  # "Glenmoor"
    m.comment("headline", 0, 8, "Why remove the name?")
    (comment,) = read(release, m.bytes()).review.comments
    assert comment.reads() == "Glenmoor"
    m = sent(release)
    m.delete("headline", 21, 26)  # "opens"
    m.insert("headline", 21, "launches")
    m.comment("headline", 0, 36, "Check the verb")
    (comment,) = read(release, m.bytes()).review.comments
    assert comment.anchored == "Glenmoor Water Board launchesopens the Ashby"  # (markup)
    assert comment.reads() == "Glenmoor Water Board launches the Ashby"
    assert 'on "Glenmoor Water Board launches the Ashby": "Check the verb"' in \
        comment_line(comment)


def test_a_comment_read_without_its_pieces_shows_its_anchor() -> None:
    comment = Comment("Lee Park", "2026-03-05T14:05:00Z", "Is the name right?", "Glenmoor")
    assert comment.reads() == comment.reads({1, 2}) == "Glenmoor"
