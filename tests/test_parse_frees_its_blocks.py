"""A body parse leaves no cycles behind (render/parse._unlink): the block parser's blocks
are freed as soon as the parse returns, even while the cyclic garbage collector is paused,
as the editor pauses it while it starts (startup.lasting_objects)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.blocks import Block
from releasedesk.body.parse import parse_markdown
from releasedesk.render.markdown_writer import write_markdown

from body_trees import bodies

BODIES = [
    "",
    "One paragraph.",
    "# Heading\n\nText with *emphasis* and a [link](https://x.example).",
    "- one\n- two\n  - nested\n    1. deep\n\n> quoted\n> - list in quote",
    "Para\n\n```\ncode\n```\n\n---\n\n###",
    "[ref]: https://x.example\n\nUse [ref] here.\n\n1) a\n2) b",
    "港口渡轮码头。\n\n> 夜市开放\n\n- 一\n- 二",
    "> > > > > deeply\n> > > > > quoted",
]


@contextmanager
def _collector_paused() -> Iterator[list[object]]:
    """Cycles made in the block are collected at its end into the list it yields.

    Everything alive before the block is frozen out of the collector's sight (gc.freeze),
    so the collection at the end looks at what the block made, not at the whole heap of a
    long test run: a cycle of the parse's blocks is found all the same."""
    running = gc.isenabled()
    gc.disable()
    gc.freeze()
    garbage: list[object] = []
    try:
        yield garbage
    finally:
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            gc.collect()
            garbage.extend(gc.garbage)
            gc.garbage.clear()
        finally:
            gc.set_debug(0)
            gc.unfreeze()
            if running:
                gc.enable()


def _blocks_in(garbage: list[object]) -> int:
    return sum(isinstance(item, Block) for item in garbage)


@pytest.mark.parametrize("body", BODIES)
def test_a_parse_leaves_no_blocks_for_the_collector(body: str) -> None:
    with _collector_paused() as garbage:
        tree = parse_markdown(body)
    assert _blocks_in(garbage) == 0
    assert all(isinstance(block, t.Block) for block in tree)


@settings(max_examples=60, deadline=None)
@given(bodies())
def test_generated_bodies_leave_no_blocks_either(body: list[t.Block]) -> None:
    markdown = write_markdown(body)
    with _collector_paused() as garbage:
        again = parse_markdown(markdown)
    assert _blocks_in(garbage) == 0
    assert again == parse_markdown(markdown)  # (the same tree, parse after parse)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="ab \n-*>#`[]()1.!_\\<&", max_size=300))
def test_any_text_leaves_no_blocks(text: str) -> None:
    with _collector_paused() as garbage:
        parse_markdown(text)
    assert _blocks_in(garbage) == 0
