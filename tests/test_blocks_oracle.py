"""body/blocks.py reads block structure as CommonMark's reference implementation does.

Documents are generated line by line from the block constructs a writer, an importer or a
paste can produce (paragraphs, lazy lines, bullet and numbered items at every indent,
quote markers, ATX and setext headings, rules, fences, indented code, blank lines, tabs,
reference definitions) and rendered by ``commonmark`` (the Python port of the reference
parser, commonmark.js) and by the exports; the two must agree, compared as the conformance
script compares the spec's examples (benchmarks/commonmark_conformance.py).
"""

from __future__ import annotations

import sys

import commonmark
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from releasedesk.render import body_html

from conftest import ROOT
from examples import examples

sys.path.insert(0, str(ROOT / "benchmarks"))
from commonmark_conformance import canonical, heading_shift

WORDS = st.sampled_from(["harbour", "ferry", "*quay*", "**new**", "`code`", "[link][r]",
                         "[link](https://example.org/a)", "a_b", "x*", "—", "2026.", "#tag"])
TEXT = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)
INDENT = st.sampled_from(["", " ", "  ", "   ", "    ", "     ", "\t", " \t", "      "])
MARKER = st.sampled_from(["- ", "* ", "+ ", "1. ", "2. ", "3) ", "10. ", "> ", ">", "- > ",
                          "> - ", "1. - ", "-", "1."])
LINE = st.one_of(
    TEXT,
    st.tuples(INDENT, MARKER, TEXT).map("".join),
    st.tuples(INDENT, MARKER).map("".join),
    st.tuples(INDENT, TEXT).map("".join),
    st.sampled_from(["", "", "", "# Heading", "## Sub #", "###### six", "#no", "===", "---",
                     "***", "- - -", "___", "```", "~~~", "```python", "    code line",
                     "[r]: https://example.org/ref", '[r]: https://example.org "t"', "> ",
                     "  ", "\t- tabbed", "-\tx"]),
)
DOCUMENT = st.lists(LINE, min_size=1, max_size=14).map("\n".join)


def agree(source: str) -> None:
    expected = commonmark.commonmark(source)
    # commonmark 0.9 leaves an empty <p></p> where a paragraph held only definitions.
    wanted = canonical(expected, heading_shift(expected)).replace("<p></p>", "")
    assert canonical(body_html(source)) == wanted, source


@settings(max_examples=examples(1500, 500), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
@example("- a\n - b\n  - c\n   - d\n    - e")
@example("1. a\n\n  2. b\n\n    3. c")
@example("Intro\n1. first\n2. second\n\n* loose\n\n* list")
@example("> quote\nlazy line\n> - item\ncontinued")
@example("> harbour\n    > ")
@example("[r]: https://example.org/ref\n===\n\n[link][r]")
@example("- a\n\n  b\n- c")
@example("```\ncode\n  ```\nafter")
@example("\t- tab\n\t\tnested")
@example("- - item\n- - - item\n* - item\n1. - item\n- - -\n- -")  # markers in a row
def test_blocks_agree_with_the_reference_parser(source: str) -> None:
    agree(source)
