"""A line the page sets in italics keeps Chinese, Japanese and Korean letters upright.

CJK faces have no italics, so a browser slants their letters when a whole line is italic
(a Chinese name in an English subheadline, a credit, a statement): the PDF and Word
documents print them upright. Every rule of the exported page's style sheet that sets
italics on a line of the release forbids the browser's made-up slant (font-synthesis:
weight; the emphasis of a few words, `em`, keeps its slant: it must show)."""

from __future__ import annotations

import re

import lxml.html
import pytest

from releasedesk.exporting import export_context, stamped
from releasedesk.render.html_writer import write_html

from corpus import corpus

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def italic_rules(css: str) -> list[tuple[str, str]]:
    """(selector, declarations) of every rule in *css* that sets italics."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{", "", css)  # (a rule inside @media is a rule all the same)
    return [(selector.strip().rstrip("}").strip(), body) for selector, body in _RULE.findall(css)
            if re.search(r"font-style:\s*italic", body)]


def test_the_rule_reader_finds_italic_rules() -> None:
    css = ("/* a */ .a { font-style: italic; }\n@media print { .b { color: red; "
           "font-style:italic } }\n.c { font-style: normal; }")
    assert [selector for selector, _ in italic_rules(css)] == [".a", ".b"]


@pytest.mark.parametrize("name", corpus())
def test_every_italic_line_of_a_page_keeps_cjk_upright(name: str) -> None:
    page = write_html(stamped(corpus()[name]), export_context()).decode("utf-8")
    css = "\n".join(style.text_content()
                    for style in lxml.html.document_fromstring(page).iter("style"))
    rules = italic_rules(css)
    assert any(".release-subheadline" in selector for selector, _ in rules)
    slanted = [selector for selector, body in rules
               if not re.fullmatch(r"(.*[\s,>])?(em|i)", selector)
               and not re.search(r"font-synthesis:\s*weight\s*(;|$)", body.strip())]
    assert not slanted, f"{name}: italic lines that would slant CJK letters: {slanted}"
