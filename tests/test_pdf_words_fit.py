"""The PDF's sheet turns the release's wrap-anywhere off only where no word needs it.

pdf_writer.words_fit decides, from the printed page, whether any word could be too wide
for its line; where none can, WeasyPrint gets a sheet (WORDS_FIT_CSS) that spares it
work on every line. The PDF must not change: over the corpus (the samples and the tricky
releases) and over hostile bodies, every release the rule is given to prints the same
bytes without it, and a body with a word that might need the wrap never gets it.
"""

from __future__ import annotations

import pytest

from releasedesk.exporting import draft_bytes, export_context
from releasedesk.render import build_layout, pdf_writer
from releasedesk.render.html_writer import page_css, render_page
from releasedesk.render.pdf_writer import _paper_setting, break_long_runs, words_fit

from corpus import corpus
from helpers import make_release

# Bodies whose words all fit, and bodies with one that might not (or whose line breaks
# Pango might take otherwise without the wrap).
FITTING = {
    "plain": "A short paragraph of ordinary words.\n\nAnother one, with *emphasis*.",
    "link": "See [the timetable](https://example.org/timetable) for the crossings.",
    "list": "Before:\n\n- one item\n- two items\n  - nested item, deeper",
    "dashes": "Open — and closed – as “quoted” … for €5™.",
}
UNFITTING = {
    "long word": "A " + "harbour" * 12 + " crossing.",
    "long address": "See [the map](https://example.org/" + "a" * 80 + ").",
    "em dash after a letter": "The ferry—and the quay.",
    "soft hyphen": "A har\u00adbour crossing.",
    "chinese": "港口渡轮服务恢复正常。",
    "tab": "Code:\n\n    a\tb",
}


def fits(body: str) -> bool:
    layout = build_layout(make_release(body=body))
    context = export_context()
    page = break_long_runs(render_page(layout, context.stylesheets, running_footer=True))
    return words_fit(page, page_css(layout, context.stylesheets),
                     _paper_setting(layout, layout.paper))


@pytest.mark.parametrize("name", sorted(FITTING))
def test_bodies_of_fitting_words_get_the_rule(name: str) -> None:
    assert fits(FITTING[name])


@pytest.mark.parametrize("name", sorted(UNFITTING))
def test_a_word_that_might_need_the_wrap_keeps_it(name: str) -> None:
    assert not fits(UNFITTING[name])


def test_generated_text_of_a_sheet_keeps_the_wrap() -> None:
    layout = build_layout(make_release(body=FITTING["plain"]))
    context = export_context()
    page = render_page(layout, context.stylesheets, running_footer=True)
    own = page_css(layout, context.stylesheets)
    setting = _paper_setting(layout, layout.paper)
    assert words_fit(page, own, setting)
    assert not words_fit(page, own + 'p::before { content: "x"; }', setting)


class _NotGiven(Exception):
    """words_fit said no: the export is stopped there (nothing to compare)."""


def test_the_rule_never_changes_a_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    releases = dict(corpus())
    releases.update({name: make_release(body=body) for name, body in FITTING.items()})
    given = []
    real = pdf_writer.words_fit
    for name, release in releases.items():
        with monkeypatch.context() as patch:
            decided: list[bool] = []

            def watched(*args: object, store: list[bool] = decided) -> bool:
                store.append(real(*args))  # type: ignore[arg-type]  # words_fit's own arguments
                if not store[-1]:
                    raise _NotGiven  # (WeasyPrint need not set a PDF the rule is not given to)
                return store[-1]

            patch.setattr(pdf_writer, "words_fit", watched)
            try:
                with_rule = draft_bytes(release, "pdf")
            except _NotGiven:
                assert decided == [False], name
                continue
        assert decided == [True], name  # (asked once, before the PDF is set)
        given.append(name)
        with monkeypatch.context() as patch:
            patch.setattr(pdf_writer, "words_fit", lambda *args: False)
            assert draft_bytes(release, "pdf") == with_rule, name
    # (the rule is given to most releases: the samples in Latin text among them)
    assert len(given) >= len(FITTING) + 2, given
