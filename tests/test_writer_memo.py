"""The test-only writer memo (tests/writer_memo.py) gives exactly what the writers give:
the kept bytes of an input seen before, a fresh run for any input that differs, and the
writers themselves again once its block ends."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.exporting import export_context
from releasedesk.records import replace
from releasedesk.render import FORMATS, build_layout

from conftest import SAMPLES
from writer_memo import WRITERS, Memo, kept_writers

SAMPLE_FILES = sorted(SAMPLES.glob("*.release"))
# (the PDF of one sample only: the rule is the same for every writer)
CASES = [(path, fmt) for path in SAMPLE_FILES for fmt in FORMATS
         if fmt != "pdf" or path == SAMPLE_FILES[0]]


def _written(path: Path, fmt: str, headline: str | None = None) -> bytes:
    release = document.load(path)
    if headline is not None:
        release.headline = headline
    layout = replace(build_layout(release), export_stem="story")
    return FORMATS[fmt].write(layout, export_context(None))


@pytest.mark.parametrize(("path", "fmt"), CASES, ids=[f"{p.stem}-{f}" for p, f in CASES])
def test_an_input_seen_before_gives_the_bytes_a_fresh_run_gives(path: Path, fmt: str) -> None:
    fresh = _written(path, fmt)
    with kept_writers() as memo:
        first = _written(path, fmt)
        runs = memo.runs
        again = _written(path, fmt)
        assert memo.runs == runs and memo.hits >= 1  # (kept, not written again)
        changed = _written(path, fmt, headline="Another Headline Entirely")
        assert memo.runs > runs  # (a changed release is written anew)
    assert first == again == fresh
    assert changed != fresh
    assert changed == _written(path, fmt, headline="Another Headline Entirely")


def test_the_writers_are_themselves_again_after_the_block() -> None:
    modules = [importlib.import_module(name) for name, _ in WRITERS]
    before = [getattr(module, name) for module, (_, name) in zip(modules, WRITERS, strict=True)]
    with kept_writers():
        during = [getattr(module, name)
                  for module, (_, name) in zip(modules, WRITERS, strict=True)]
        assert all(a is not b for a, b in zip(before, during, strict=True))
    after = [getattr(module, name) for module, (_, name) in zip(modules, WRITERS, strict=True)]
    assert all(a is b for a, b in zip(before, after, strict=True))


def test_an_input_that_cannot_be_keyed_is_written_every_time() -> None:
    calls: list[object] = []

    def writer(*args: object, **kwargs: object) -> bytes:
        calls.append(args)
        return b"x"

    memo = Memo()
    kept = memo.wrap("writer", writer)
    unkeyable = lambda: None  # noqa: E731  (a lambda cannot be pickled)
    assert kept(unkeyable) == kept(unkeyable) == b"x"
    assert len(calls) == 2 and memo.hits == 0
    assert kept("same", wrap=3) == kept("same", wrap=3) == b"x"
    assert len(calls) == 3 and memo.hits == 1
    assert kept("same", wrap=4) == b"x"  # (another argument: another input)
    assert len(calls) == 4
