"""The draft corpus (tests/drafts_corpus/) scored: fields recovered over fields expected
stays at 90 % or more, and every draft keeps its headline, its date and its number of
contacts. `make bench` prints the same score with each draft's misses."""

from __future__ import annotations

import pytest

from draft_score import (
    expectations,
    import_corpus_draft,
    report_lines,
    score_corpus,
    score_release,
    total,
)

FLOOR = 0.90


def test_the_corpus_scores_at_least_the_floor() -> None:
    scores = score_corpus()
    recovered, expected = total(scores)
    assert expected >= 200  # the corpus is not allowed to shrink into an easy score
    assert recovered / expected >= FLOOR, "\n".join(report_lines(scores))


@pytest.mark.parametrize("name", sorted(expectations()))
def test_each_draft_keeps_its_must_have_fields(name: str) -> None:
    want = expectations()[name]
    assert {"headline", "release_date", "contacts"} <= set(want)
    score = score_release(name, import_corpus_draft(name), want)
    assert not score.must_have_misses, score.misses


def test_the_corpus_holds_every_shape_the_offices_send() -> None:
    names = set(expectations())
    for suffix in (".txt", ".docx", ".eml"):
        assert sum(1 for n in names if n.endswith(suffix)) >= 2, suffix
    shapes = " ".join(want["shape"] for want in expectations().values())
    for shape in ("slash", "one-line", "before the headline", "metadata", "paragraphs",
                  "pasted e-mail", ".eml", "footer"):
        assert shape in shapes, shape


def test_a_miss_is_counted_and_named() -> None:
    """The scorer can fail: a release missing what the draft holds scores below 1."""
    from releasedesk.model import Release

    name = "osa-slash-end.txt"
    score = score_release(name, Release(headline="Something else"), expectations()[name])
    assert score.recovered < score.expected
    assert any(miss.startswith("headline") for miss in score.misses)
    assert "headline" in score.must_have_misses and "contacts count" in score.must_have_misses
