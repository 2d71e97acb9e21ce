"""Pathological bodies never raise, never lose words, and nest no deeper than the writers allow.

Their speed (linear, 0.2 s at 100k characters) is measured by benchmarks/bench_pathological.py.
"""

from __future__ import annotations

import sys

import pytest

from releasedesk.body import tree as t
from releasedesk.body.inline import MAX_INLINE_DEPTH
from releasedesk.body.parse import MAX_BLOCK_NESTING, parse_markdown
from releasedesk.exporting import export_context
from releasedesk.records import replace
from releasedesk.render import build_layout, format_of

from conftest import ROOT
from helpers import make_release

sys.path.insert(0, str(ROOT / "benchmarks"))
from pathological import PATTERNS


def _inline_depth(nodes: list[t.Inline]) -> int:
    deepest = 0
    pending = [(node, 1) for node in nodes]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, (t.Strong, t.Emphasis, t.Link)):
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in node.children)
    return deepest


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pathological_body_keeps_every_word(name: str) -> None:
    source = PATTERNS[name](20_000)
    blocks = parse_markdown(source)
    text = "".join(t.block_texts(blocks))
    # Every "a" is text in these patterns (link targets are all "b" or URLs).
    assert text.count("a") == source.replace("[x]: https://example.org", "").count("a")
    for block in t.walk_blocks(blocks):
        if isinstance(block, (t.Paragraph, t.Heading)):
            assert _inline_depth(block.children) <= MAX_INLINE_DEPTH


@pytest.mark.parametrize("source", [
    "> " * 1000 + "innermost",
    "\n".join("  " * level + "- level" for level in range(1000)) + " innermost",
    "**" * 1000 + "innermost" + "**" * 1000,
    "*" * 1000 + "innermost" + "*" * 1000,
    "[a" * 300 + " innermost" + "](https://example.org)" * 300,
    "![" * 1000 + "innermost" + "](https://example.org/i.png)" * 1000,
    "1. " * 1000 + "innermost",
])
def test_deep_nesting_degrades_to_text_in_every_format(source: str) -> None:
    release = make_release(body=source + "\n\nclosing words")
    # One layout (the body parsed once, as export_bytes does) written in every format.
    layout = replace(build_layout(release), export_stem="story")
    context = export_context()
    exports = {fmt: format_of(fmt).write(replace(layout), context)
               for fmt in ("html", "fragment", "txt", "docx")}
    text = exports["txt"].decode("utf-8")
    assert "innermost" in text and "closing words" in text
    nesting = 0
    for block in t.walk_blocks(parse_markdown(source)):
        if isinstance(block, (t.Quote, t.BulletList, t.OrderedList)):
            nesting += 1
    assert nesting <= MAX_BLOCK_NESTING
