"""Inline Markdown: emphasis by CommonMark's delimiter rules, code, links, breaks, escapes."""

from __future__ import annotations

import pytest

from releasedesk.body import tree as t
from releasedesk.body.inline import parse_inline


def shape(nodes: list[t.Inline]) -> str:
    """A compact, HTML-like picture of inline nodes for readable assertions."""
    out = []
    for node in nodes:
        if isinstance(node, t.Text):
            out.append(node.text)
        elif isinstance(node, t.Strong):
            out.append(f"<s>{shape(node.children)}</s>")
        elif isinstance(node, t.Emphasis):
            out.append(f"<e>{shape(node.children)}</e>")
        elif isinstance(node, t.Code):
            out.append(f"<c>{node.text}</c>")
        elif isinstance(node, t.Link):
            out.append(f"<a {node.href}>{shape(node.children)}</a>")
        elif isinstance(node, t.LineBreak):
            out.append("<br>")
    return "".join(out)


@pytest.mark.parametrize(("source", "expected"), [
    ("*em* and **strong**", "<e>em</e> and <s>strong</s>"),
    ("_em_ and __strong__", "<e>em</e> and <s>strong</s>"),
    ("***both***", "<e><s>both</s></e>"),
    ("*a **b** c*", "<e>a <s>b</s> c</e>"),
    ("**a *b* c**", "<s>a <e>b</e> c</s>"),
    ("snake_case_name stays", "snake_case_name stays"),
    ("2 * 3 * 4", "2 * 3 * 4"),
    ("a * not emphasis*", "a * not emphasis*"),
    ("**unclosed strong", "**unclosed strong"),
    ("*foo**bar**baz*", "<e>foo<s>bar</s>baz</e>"),
    ("intra*word*emphasis", "intra<e>word</e>emphasis"),
    ("\\*escaped\\* \\_too\\_", "*escaped* _too_"),
    ("`code *not em*` after", "<c>code *not em*</c> after"),
    ("``a ` b``", "<c>a ` b</c>"),
    ("unclosed `tick", "unclosed `tick"),
    ("[text](https://a.example/x)", "<a https://a.example/x>text</a>"),
    ('[t](https://a.example/x "Title")', "<a https://a.example/x>t</a>"),
    ("[t](<https://a.example/with space>)", "<a https://a.example/with%20space>t</a>"),
    ("[t](https://a.example/p_(x))", "<a https://a.example/p_(x)>t</a>"),
    ("[**bold** link](https://a.example)", "<a https://a.example><s>bold</s> link</a>"),
    ("*[em link](https://a.example)*", "<e><a https://a.example>em link</a></e>"),
    ("[bad](javascript:alert(1))", "<a None>bad</a>"),
    ("[not a link] here", "[not a link] here"),
    ("![alt words](https://cdn.example/i.png)", "alt words"),
    ("<https://a.example/auto>", "<a https://a.example/auto>https://a.example/auto</a>"),
    ("<press@a.example>", "<a mailto:press@a.example>press@a.example</a>"),
    ("<b>not markup</b>", "<b>not markup</b>"),
    ("AT&amp;T &copy; R&D &notit", "AT&T © R&D &notit"),
    ("line one  \nline two", "line one<br>line two"),
    ("line one\\\nline two", "line one<br>line two"),
    ("soft\nbreak", "soft break"),
    ("中文\n换行", "中文换行"),
])
def test_inline_shapes(source: str, expected: str) -> None:
    assert shape(parse_inline(source)) == expected


def test_reference_links() -> None:
    refs = {"site": ("https://a.example/site", "")}
    assert shape(parse_inline("[the site][site] and [site][] and [Site]", refs)) == (
        "<a https://a.example/site>the site</a> and <a https://a.example/site>site</a> and "
        "<a https://a.example/site>Site</a>")
    assert shape(parse_inline("[unknown][nope]", refs)) == "[unknown][nope]"


def test_body_reference_definitions_resolve() -> None:
    from releasedesk.body.parse import parse_markdown

    blocks = parse_markdown("See [the plan][p].\n\n[p]: https://a.example/plan\n")
    assert [link.href for link in t.iter_links(blocks)] == ["https://a.example/plan"]


def test_pathological_input_stays_fast() -> None:
    import time

    start = time.perf_counter()
    parse_inline("*a " * 20_000 + "[" * 5_000 + "`" * 3_000)
    parse_inline("**" * 10_000)
    # Generous: this guards against quadratic blow-ups, not a performance budget.
    assert time.perf_counter() - start < 10
