"""The preview's Word and Plain text views are made when their tab is first shown (issue 26,
start-up): the window's start makes neither; made later, after any zoom, a view is the view
the start would have made and zoomed (its font, the page's width, its style sheet), shows
the tab's content, and carries its accessible name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.preview.page_view import PAGE_WIDTH
from releasedesk.gui.preview.preview_pane import TEXT, WEB, WORD, PreviewPane
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens

LATER = {WORD: "previewWord", TEXT: "previewText"}


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Windows showing the sample release, rendered, at 1280×800."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(Settings(), FakePrompts(),
                            RecoveryStore(tmp_path / f"recovery{len(made)}"))
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1280, 800)
        work = tmp_path / f"story{len(made)}.release"
        work.write_bytes((SAMPLES / "tidewater-ferry-terminal.release").read_bytes())
        assert opens(window, work)
        window.show()
        window.scheduler.render_now()
        qtbot.waitUntil(lambda: window.preview.result is not None)
        return window

    yield make
    for window in made:
        window.manager.modified = False
        window.close()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def made_views(preview: PreviewPane) -> set[int]:
    return {tab for tab, name in LATER.items() if preview.findChild(QWidget, name) is not None}


def test_the_start_makes_only_the_web_view(window: MainWindow) -> None:
    assert made_views(window.preview) == set()
    assert window.preview.currentIndex() == WEB
    assert window.preview.web.isVisible()


@pytest.mark.parametrize("zoom", [-2, 0, 1, 4])
@pytest.mark.parametrize("tab", [WORD, TEXT])
def test_a_view_made_when_shown_is_the_view_made_at_start(window: MainWindow, zoom: int,
                                                          tab: int) -> None:
    preview = window.preview
    preview.set_zoom(zoom)
    assert made_views(preview) == set()  # (zooming makes no view)
    preview.setCurrentIndex(tab)
    QApplication.processEvents()
    assert made_views(preview) == {tab}
    view = preview.view(tab)
    page = preview.widget(tab)
    assert page is not None and page.isAncestorOf(view) and view.isVisible()
    assert view.accessibleName()
    if tab == TEXT:
        assert view.toPlainText() == preview.content(TEXT)
    else:
        assert window.form.release.headline in view.toPlainText()
    if tab == WORD:
        word = preview.word
        # Zoomed as the web view is, its page as wide as that size asks, its style sheet
        # the web view's kind: in the release's accent.
        assert word.font().pointSizeF() == preview.web.font().pointSizeF()
        assert (word.lineWrapColumnOrWidth() > PAGE_WIDTH) == (zoom > 0)
        assert (word.lineWrapColumnOrWidth() < PAGE_WIDTH) == (zoom < 0)
        accent = preview.result.accent if preview.result is not None else ""
        assert accent and accent in word.document().defaultStyleSheet()


def test_a_view_made_then_zoomed_is_a_view_zoomed_then_made(
        make_window: Callable[[], MainWindow]) -> None:
    looks = []
    for made_first in (True, False):
        preview = make_window().preview
        if made_first:
            preview.setCurrentIndex(WORD)
            QApplication.processEvents()
            preview.setCurrentIndex(WEB)
        preview.set_zoom(3)
        preview.setCurrentIndex(WORD)
        QApplication.processEvents()
        word = preview.word
        looks.append((word.font().pointSizeF(), word.lineWrapColumnOrWidth(),
                      word.document().rootFrame().frameFormat().padding(),
                      word.document().defaultStyleSheet()))
    assert looks[0] == looks[1]
    assert looks[0][1] > PAGE_WIDTH
