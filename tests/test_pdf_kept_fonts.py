"""The PDF writer keeps a thread's font configuration from one export to the next
(pdf_writer._Faces: faces loaded and found once, not for each export). A kept
configuration must not change a byte: every release gives the PDF it gives in a fresh
thread, whatever the thread laid out before it (English or Chinese, other papers,
house settings), and each thread has a configuration of its own."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from releasedesk import document
from releasedesk.exporting import export_context
from releasedesk.model import Release
from releasedesk.render import build_layout
from releasedesk.render.context import ExportContext
from releasedesk.render.layout import Layout
from releasedesk.render.pdf_writer import font_config, write_pdf

from helpers import make_release

T = TypeVar("T")


def in_new_thread(work: Callable[[], T]) -> T:
    """*work*'s result, run in a thread of its own (a fresh font configuration)."""
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


@pytest.mark.parametrize("order", [1, -1], ids=["in order", "reversed"])
def test_a_kept_configuration_gives_the_bytes_of_a_fresh_one(sample_paths: list[Path],
                                                             order: int) -> None:
    layouts: dict[str, Layout] = {name: build_layout(release)
                                  for name, release in releases(sample_paths).items()}
    context = export_context(moment=None)
    names = list(layouts)[::order]
    assert len(names) >= 7
    # One thread lays out every release in turn: each after all the ones before it.
    kept = in_new_thread(lambda: {name: write_pdf(layouts[name], context) for name in names})
    for name in names:
        fresh = in_new_thread(pdf_of(layouts[name], context))
        assert kept[name] == fresh, f"{name}: a kept configuration changed the PDF"


def pdf_of(layout: Layout, context: ExportContext) -> Callable[[], bytes]:
    return lambda: write_pdf(layout, context)


def test_each_thread_keeps_a_configuration_of_its_own() -> None:
    mine = font_config()
    assert font_config() is mine
    theirs: object = in_new_thread(font_config)
    assert theirs is not mine
    assert in_new_thread(font_config) is not theirs
