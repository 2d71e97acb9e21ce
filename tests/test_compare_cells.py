"""The cells of Compare with Language Version read as the text prints (issue 28, walk 2,
point 7), over many Markdown paragraphs: no Markdown marks, a link as its words, the
user's text escaped, and the differing values highlighted where they stand."""

from __future__ import annotations

import itertools
import re
from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.gui.twins.compare_cells import (
    HIGHLIGHT,
    highlighted,
    plain,
    reading_html,
    reading_runs,
)

_WORD = st.sampled_from(["ferry", "码头", "2 p.m.", "下午3时", "<b>", "a&b", "Nov. 25", "15%",
                         "0510-8555 0118", "“quoted”", "x<y"])
_INLINE = st.one_of(
    _WORD,
    _WORD.map(lambda w: f"**{w}**"),
    _WORD.map(lambda w: f"*{w}*"),
    _WORD.map(lambda w: f"[{w}](https://fern.example/{len(w)})"),
)
_LINE = st.lists(_INLINE, min_size=1, max_size=6).map(" ".join)
_BLOCK = st.one_of(
    _LINE,
    _LINE.map(lambda line: f"### {line}"),
    _LINE.map(lambda line: f"> {line}"),
    st.lists(_LINE, min_size=1, max_size=3).map(
        lambda lines: "\n".join(f"{n + 1}. {line}" for n, line in enumerate(lines))),
    st.lists(_LINE, min_size=1, max_size=3).map(
        lambda lines: "\n".join(f"- {line}" for line in lines)),
)


def _text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html.replace("<br>", "\n")))


@settings(max_examples=300, deadline=None)
@given(_BLOCK)
def test_a_paragraph_reads_without_its_markdown(source: str) -> None:
    runs = reading_runs(source, True)
    shown = plain(runs)
    assert "**" not in shown and "](" not in shown and "https://fern.example" not in shown
    assert not shown.startswith(("###", "> ", "- "))
    html = reading_html(runs, [])
    assert _text_of(html) == shown  # the HTML says the same words, every one escaped
    assert "<b>" not in re.sub(r"</?(b|i|u|code|br|span[^>]*)>", "", html)


@settings(max_examples=300, deadline=None)
@given(st.lists(_INLINE, min_size=1, max_size=8).map(" ".join), st.lists(_WORD, max_size=3))
def test_each_value_found_is_highlighted_where_it_stands(source: str,
                                                         values: list[str]) -> None:
    runs = reading_runs(source, True)
    shown = plain(runs)
    spans = highlighted(shown, values)
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # never overlap
    for start, end in spans:
        assert any(" ".join(shown[start:end].split()) == " ".join(v.split()) for v in values)
    html = reading_html(runs, spans)
    marked = "".join(_text_of(part) for part in re.findall(
        f'<span style="background-color:{HIGHLIGHT}">(.*?)</span>', html))
    assert marked == "".join(shown[start:end] for start, end in spans)
    assert _text_of(html) == shown


@pytest.mark.parametrize(("text", "markdown", "shown"), [
    ("Doors open at **2 p.m.**", True, "Doors open at 2 p.m."),
    ("See [the page](https://fern.example/p).", True, "See the page."),
    ("### Opening weekend", True, "Opening weekend"),
    ("> “Shorter queues,” said **Imogen**.", True, "“Shorter queues,” said Imogen."),
    ("1. One\n2. Two", True, "1. One\n2. Two"),
    ("Privacy <https://fern.example/privacy>", False, "Privacy <https://fern.example/privacy>"),
    ("**not Markdown** in a headline", False, "**not Markdown** in a headline"),
    ("[TO TRANSLATE] The port", True, "[TO TRANSLATE] The port"),
])
def test_what_each_kind_of_text_reads_as(text: str, markdown: bool, shown: str) -> None:
    assert plain(reading_runs(text, markdown)) == shown
