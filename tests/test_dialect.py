"""The body's Markdown is CommonMark, with the deliberate differences the README lists."""

from __future__ import annotations

import pytest

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.render import body_html


@pytest.mark.parametrize(("markdown", "html"), [
    # What the old dialect got wrong (issue 17's list), as CommonMark reads it.
    ("- foo\n  - bar", "<ul>\n<li>foo\n<ul>\n<li>bar</li>\n</ul>\n</li>\n</ul>\n"),
    ("1. one\n2. two\n   - sub",
     "<ol>\n<li>one</li>\n<li>two\n<ul>\n<li>sub</li>\n</ul>\n</li>\n</ol>\n"),
    ("Intro line\n1. first", "<p>Intro line</p>\n<ol>\n<li>first</li>\n</ol>\n"),
    ("1234567890. not ok", "<p>1234567890. not ok</p>\n"),
    ("#1 in the state for recycling", "<p>#1 in the state for recycling</p>\n"),
    # Issue 10: a bullet list interrupts the paragraph that introduces it.
    ("Each centre offers:\n- seating\n- a quiet room",
     "<p>Each centre offers:</p>\n<ul>\n<li>seating</li>\n<li>a quiet room</li>\n</ul>\n"),
    # An ordered list interrupts a paragraph only when it starts at 1.
    ("The year\n2026. was long", "<p>The year 2026. was long</p>\n"),
    ("3. third\n4. fourth", '<ol start="3">\n<li>third</li>\n<li>fourth</li>\n</ol>\n'),
    # Loose lists keep their paragraphs.
    ("- a\n\n- b", "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n"),
    # Links: brackets take precedence over emphasis, references resolve.
    ("*[foo*](https://example.org)", '<p>*<a href="https://example.org">foo*</a></p>\n'),
    ("[the plan][p]\n\n[p]: https://example.org/plan",
     '<p><a href="https://example.org/plan">the plan</a></p>\n'),
    ("[outer [inner](https://a.example)](https://b.example)",
     '<p>[outer <a href="https://a.example">inner</a>](https://b.example)</p>\n'),
])
def test_commonmark_structure(markdown: str, html: str) -> None:
    assert body_html(markdown) == html


@pytest.mark.parametrize(("markdown", "html"), [
    # Raw HTML is text.
    ('<b onclick="x()">bold</b>', "<p>&lt;b onclick=\"x()\"&gt;bold&lt;/b&gt;</p>\n"),
    ("<div>\nblock\n</div>", "<p>&lt;div&gt; block &lt;/div&gt;</p>\n"),
    # Only links a reader can safely follow: the words stay, the target goes.
    ("[home](/index.html)", "<p>home</p>\n"),
    ("[run](javascript:alert(1))", "<p>run</p>\n"),
    # An image is its description.
    ("![The new *terminal*](https://example.org/t.jpg)", "<p>The new <em>terminal</em></p>\n"),
    # The body's highest heading is level 2, also inside a quotation.
    ("# Top\n\n> # Quoted", "<h2>Top</h2>\n<blockquote>\n<h2>Quoted</h2>\n</blockquote>\n"),
    ("### Only third", "<h2>Only third</h2>\n"),
    # A lone line of hashes inside the body is text, never an empty heading.
    ("Para\n\n###\n\nMore", "<p>Para</p>\n<p>###</p>\n<p>More</p>\n"),
    # A line break between CJK characters adds no space.
    ("第一行\n第二行", "<p>第一行第二行</p>\n"),
    # Entities cannot smuggle control or bidi-override characters into an export.
    ("a&#x202E;b&#27;c &amp; &#0;", "<p>abc &amp; \ufffd</p>\n"),
])
def test_deliberate_differences(markdown: str, html: str) -> None:
    assert body_html(markdown) == html


def test_end_mark_line_ends_the_body() -> None:
    assert body_html("Last words.\n\n###\n") == "<p>Last words.</p>\n"
    assert body_html("Last words.\n\n-30-") == "<p>Last words.</p>\n"


def test_ordered_list_start_is_bounded_by_commonmark() -> None:
    # Nine digits at most, so no start number reaches a writer's integer limits.
    blocks = parse_markdown("999999999. last")
    assert isinstance(blocks[0], t.OrderedList) and blocks[0].start == 999999999
    assert isinstance(parse_markdown("2147483648. big")[0], t.Paragraph)
    assert isinstance(parse_markdown("9" * 5000 + ". huge")[0], t.Paragraph)
