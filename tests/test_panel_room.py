"""The Suggestions panel takes a fair share of the window and leaves the form the width its
fields need (the tester found the form squeezed to a column of clipped fields when it
showed): the preview gives up its room first, and folds away when too little is left to
read; closing the panel gives the form and the preview their widths back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.app.panel_room import PANEL_SHARE, PREVIEW_LEAST, shares
from test_gui_review import _import, _send, window  # noqa: F401 (the fixture: a window shown)

from conftest import SAMPLES
from gui_helpers import opens


@given(width=st.integers(600, 3000), form=st.integers(300, 800), least=st.integers(250, 450))
@settings(max_examples=500, deadline=None)
def test_the_shares_keep_the_form_whole_and_the_preview_readable_or_folded(
        width: int, form: int, least: int) -> None:
    got = shares(width, form, least)
    assert got.form + got.preview + got.panel == max(width, got.panel)
    assert got.panel >= least
    assert got.panel <= max(least, width * PANEL_SHARE // 10)  # a fair share, at most
    assert got.preview == 0 or got.preview >= PREVIEW_LEAST
    if width >= form + least:  # room for the form's fields beside the panel: they have it
        assert got.form >= form
    if got.preview:
        assert got.form == form  # (the preview has all the form does not need)


@pytest.mark.parametrize(("width", "form", "least", "expected"), [
    (1270, 537, 372, (537, 352, 381)),  # a 1280-pixel screen: all three, the panel 30 %
    (1014, 537, 372, (642, 0, 372)),  # 1024: the preview would be 105 wide: folded away
    (1014, 420, 372, (420, 222, 372)),  # 1024, a narrower form: a preview 222 wide stays
    (1900, 537, 372, (537, 793, 570)),
    (700, 537, 372, (328, 0, 372)),  # too narrow for both: the panel keeps its least
])
def test_the_shares_on_common_screens(width: int, form: int, least: int,
                                      expected: tuple[int, int, int]) -> None:
    got = shares(width, form, least)
    assert (got.form, got.preview, got.panel) == expected


@pytest.mark.parametrize("sample", ["tidewater-ferry-terminal", "fernhollow-night-market-zh"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_form_keeps_its_fields_width_beside_the_panel(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        sample: str, size: tuple[int, int]) -> None:
    window.resize(*size)
    story = tmp_path / "story.release"
    document.save(document.load(SAMPLES / f"{sample}.release"), story)
    assert opens(window, story)
    qtbot.wait(50)
    before = window.splitter.sizes()
    panel = _import(window, _send(window, tmp_path), monkeypatch)
    qtbot.wait(50)
    needs = max(window.form_scroll.minimumWidth(), window.form.minimumSizeHint().width())
    assert window.form_scroll.width() >= needs, (window.form_scroll.width(), needs)
    assert panel.isVisible() and panel.width() >= panel.minimumWidth()
    preview = window.splitter.sizes()[1]
    assert preview == 0 or preview >= PREVIEW_LEAST - 30, window.splitter.sizes()
    if size[0] >= 1280:  # room for all three
        assert preview >= PREVIEW_LEAST
    panel.close()
    qtbot.wait(50)
    after = window.splitter.sizes()
    assert abs(after[0] / sum(after) - before[0] / sum(before)) < 0.02, (before, after)
