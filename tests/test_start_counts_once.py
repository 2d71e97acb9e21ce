"""The start renders with no work done twice or imported for nothing (issue 26's start-up).

The preview's render counts the body's words once and hands the count to the readiness
checks (2–3 ms at 5,000 words, at the start and after every keystroke); the checks count
for themselves when called alone (the command line, the export's check). Over generated
releases and the corpus, the findings are the same either way. HTML escaping at start
needs no ``html`` module: ``text_html.escape`` gives ``html.escape``'s characters.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk import checks, model
from releasedesk.body import tree as t
from releasedesk.gui.preview import preview_pane
from releasedesk.model import Release
from releasedesk.render.layout import build_layout
from releasedesk.text_html import escape
from test_preview_units import preview_releases

from corpus import corpus
from examples import examples

NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def _both_ways(release: Release) -> tuple[list[checks.Finding], list[checks.Finding]]:
    body = build_layout(release).parsed_body
    counted = model.count_words("\n".join(t.block_texts(body)))
    return (checks.check(release, NOW, body=body),
            checks.check(release, NOW, body=body, words=counted))


@settings(max_examples=examples(60, 25), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(preview_releases(), st.sampled_from((0, 1, 40, 300, 5000)))
def test_findings_are_the_same_with_the_words_handed_in(release: Release,
                                                        extra: int) -> None:
    # (from far too short to past the length limit, with links dense or not)
    release.body += "\n\n" + " ".join(["harbour"] * extra)
    alone, handed = _both_ways(release)
    assert alone == handed


@pytest.mark.parametrize("name", sorted(corpus()))
def test_findings_are_the_same_with_the_words_handed_in_over_the_corpus(name: str) -> None:
    alone, handed = _both_ways(corpus()[name])
    assert alone == handed


def test_the_preview_counts_the_body_once(monkeypatch: pytest.MonkeyPatch) -> None:
    release = corpus()["cjk"]
    counted: list[str] = []

    def counting(text: str) -> int:
        counted.append(text)
        return model.count_words(text)

    monkeypatch.setattr(preview_pane, "count_words", counting)
    monkeypatch.setattr(checks, "count_words", counting)
    result = preview_pane.render_preview(release)
    body_text = "\n".join(t.block_texts(build_layout(release).parsed_body))
    assert counted == [body_text]
    assert result.words == model.count_words(body_text) > 0
    # The readiness findings are those the checks find alone.
    assert result.findings == checks.check(release, body=build_layout(release).parsed_body,
                                           fingerprint=build_layout(release).fingerprint)


@settings(max_examples=examples(300, 100))
@given(st.text(alphabet=st.sampled_from("&<>\"'a中 \n;#x"), max_size=30), st.booleans())
def test_escape_is_html_escape(text: str, quote: bool) -> None:
    assert escape(text, quote) == html.escape(text, quote)
    assert escape(text) == html.escape(text)
