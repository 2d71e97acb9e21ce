"""Rendering a release leaves no reference cycles behind: everything it makes is freed by
reference counting when it is dropped.

The editor's start makes its first preview with the cyclic collector paused and then
freezes everything made so far (startup.lasting_objects): a cycle made there is never
collected. The writers' section tables of their own methods or self-calling closures, and a
link walk that called itself through a closure, kept the start's whole layout (~1 MiB at 20k
words) for the session."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from releasedesk.exporting import export_context, stamped
from releasedesk.gui.preview.preview_pane import render_preview
from releasedesk.model import Release
from releasedesk.render.docx_writer import write_docx
from releasedesk.render.html_writer import HtmlOptions, article
from releasedesk.render.text_writer import render_text

from corpus import corpus


@contextmanager
def cycles_left() -> Iterator[list[object]]:
    """The objects of ours that only the cyclic collector could free, made in the block.

    Everything alive before the block is frozen (gc.freeze) and stays frozen (the test
    process freezes what lasts anyway, tests/conftest.py): the collector then looks at what
    the block made only. A cycle among new objects is found all the same, and a collection
    takes milliseconds instead of a walk over every object a loaded test process holds
    (~0.3 s each, 90 s over the corpus)."""
    gc.collect()
    running = gc.isenabled()
    gc.disable()
    gc.freeze()
    found: list[object] = []
    try:
        yield found
    finally:
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            gc.collect()
            found.extend(thing for thing in gc.garbage if _ours(thing))
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
            if running:
                gc.enable()


def _ours(thing: object) -> bool:
    module = getattr(thing, "__module__", None) if callable(thing) else \
        type(thing).__module__
    return isinstance(module, str) and module.startswith("releasedesk")


RENDERS: dict[str, Callable[[Release], object]] = {
    "preview (the start's render)": render_preview,
    "article with units": lambda release: article(stamped(release), HtmlOptions(units=True)),
    "plain text": lambda release: render_text(stamped(release)),
}


@pytest.mark.parametrize("what", RENDERS)
def test_a_render_leaves_no_cycles(what: str) -> None:
    render = RENDERS[what]
    for name, release in corpus().items():
        render(release)  # (what loads at first use is loaded before counting)
        with cycles_left() as found:
            render(release)
        assert not found, (name, sorted({type(thing).__name__ for thing in found}))


def test_the_word_writer_leaves_no_cycles() -> None:
    release = corpus()["tidewater-ferry-terminal"]
    context = export_context()
    write_docx(stamped(release), context)
    with cycles_left() as found:
        write_docx(stamped(release), context)
    assert not found, sorted({type(thing).__name__ for thing in found})
