"""The PDF writer keeps its font configuration from one export to the next (pdf_writer.
_Faces: faces loaded and found once, not for each export), whichever thread exports: the
editor runs each export as a job of a thread pool, whose Python state is new for each job.
A kept configuration must not change a byte: every release gives the PDF a new
configuration gives, whatever was laid out with it before (English or Chinese, other
papers, house settings). Two exports at once never share one."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

from releasedesk import document
from releasedesk.exporting import export_context
from releasedesk.model import Release
from releasedesk.render import build_layout, pdf_writer
from releasedesk.render.context import ExportContext
from releasedesk.render.layout import Layout
from releasedesk.render.pdf_writer import lent_faces, write_pdf

from helpers import make_release

T = TypeVar("T")


def in_new_thread(work: Callable[[], T]) -> T:
    """*work*'s result, run in a thread of its own."""
    out: list[T] = []
    thread = threading.Thread(target=lambda: out.append(work()))
    thread.start()
    thread.join()
    assert len(out) == 1, "the thread's work failed"
    return out[0]


def releases(sample_paths: list[Path]) -> dict[str, Release]:
    made = {path.stem: document.load(path) for path in sample_paths}
    made["english"] = make_release()
    made["chinese"] = make_release(language="zh-CN", headline="港口渡轮新航线下月开通",
                                   body="市渡轮公司今天宣布，新航线将于下月开通。\n\n"
                                        "- 每日八班\n- 票价不变\n\n详见*时刻表*。")
    made["letter"] = make_release(language="en-US")
    made["letter"].conventions.paper = "letter"
    made["long words"] = make_release(body="A " + "harbour" * 60 + " crossing.")
    return made


@pytest.fixture(scope="module")
def fresh_pdfs() -> dict[str, bytes]:
    """Each release's PDF from a fresh configuration, written once for both orders: a fresh
    configuration is the same in every order, and so is its PDF."""
    return {}


@pytest.mark.parametrize("order", [1, -1], ids=["in order", "reversed"])
def test_a_kept_configuration_gives_the_bytes_of_a_fresh_one(sample_paths: list[Path],
                                                             order: int,
                                                             fresh_pdfs: dict[str, bytes]
                                                             ) -> None:
    layouts: dict[str, Layout] = {name: build_layout(release)
                                  for name, release in releases(sample_paths).items()}
    context = export_context(moment=None)
    names = list(layouts)[::order]
    assert len(names) >= 7
    # One configuration lays out every release in turn, each from a thread of its own:
    # each after all the ones before it.
    with no_kept_configuration():
        kept = {name: in_new_thread(pdf_of(layouts[name], context)) for name in names}
    for name in names:
        if name not in fresh_pdfs:
            with no_kept_configuration():
                fresh_pdfs[name] = write_pdf(layouts[name], context)
        assert kept[name] == fresh_pdfs[name], f"{name}: a kept configuration changed the PDF"


def pdf_of(layout: Layout, context: ExportContext) -> Callable[[], bytes]:
    return lambda: write_pdf(layout, context)


@contextmanager
def no_kept_configuration() -> Iterator[None]:
    """Within: as if no PDF had been exported yet (the first export makes a configuration,
    the next ones use it); afterwards the kept ones are back."""
    with pdf_writer._IDLE_LOCK:
        kept = pdf_writer._IDLE[:]
        pdf_writer._IDLE.clear()
    try:
        yield
    finally:
        with pdf_writer._IDLE_LOCK:
            pdf_writer._IDLE[:] = kept


def lent_config() -> object:
    with lent_faces() as faces:
        return faces.kept()


def test_exports_one_after_another_share_one_configuration_from_any_thread() -> None:
    with no_kept_configuration():
        first = lent_config()
        assert lent_config() is first
        assert in_new_thread(lent_config) is first
        assert in_new_thread(lent_config) is first


def test_a_pool_threads_exports_share_one_configuration() -> None:
    """The editor's way (gui/basics/tasks.py): each export a job of a QThreadPool."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    seen: list[object] = []
    with no_kept_configuration():
        for _ in range(3):
            pool.start(lambda: seen.append(lent_config()))
            assert pool.waitForDone(60_000)
    assert len(seen) == 3 and seen[0] is seen[1] is seen[2]


def test_two_exports_at_once_never_share_a_configuration() -> None:
    with no_kept_configuration():
        with lent_faces() as mine:
            theirs = in_new_thread(lent_config)  # (while mine is lent)
            assert theirs is not mine.kept()
            with lent_faces() as third:
                assert third is not mine and third.kept() is theirs
        kept = [faces.kept() for faces in pdf_writer._IDLE]
        assert kept == [theirs, mine.kept()]  # (the one given back last, last)
        assert lent_config() is mine.kept()
        with lent_faces(), lent_faces(), lent_faces():
            pass
        assert len(pdf_writer._IDLE) == pdf_writer._IDLE_KEPT


def test_a_configuration_lent_out_of_keeping_is_never_kept() -> None:
    with no_kept_configuration():
        kept = lent_config()
        with lent_faces(keep=False) as own:
            assert own.kept() is not kept
            assert lent_config() is kept  # (not lent: the kept one is free)
        assert [faces.kept() for faces in pdf_writer._IDLE] == [kept]
