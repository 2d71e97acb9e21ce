"""A status message covers the word count, never overlaps it: also a message given before
the window first shows (an imported draft's, a restored release's), and the count comes
back once the message goes, by its timeout or cleared."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.settings import Settings

from gui_helpers import FakePrompts


@pytest.mark.parametrize("before_show", [True, False])
@pytest.mark.parametrize("timeout", [0, 150])
def test_the_word_count_makes_way_for_a_message_and_comes_back(
        qtbot: QtBot, before_show: bool, timeout: int) -> None:
    window = MainWindow(Settings(), FakePrompts())
    qtbot.addWidget(window)
    bar, count = window.statusBar(), window.words_label
    if before_show:
        bar.showMessage("Imported draft.docx: review the marked fields and save", timeout)
    window.show()
    qtbot.waitExposed(window)
    if not before_show:
        assert count.isVisible()
        bar.showMessage("Saved story.release", timeout)
    assert bar.currentMessage() and not count.isVisible()
    if timeout:
        qtbot.waitUntil(lambda: not bar.currentMessage(), timeout=2000)
    else:
        bar.clearMessage()
    qtbot.waitUntil(count.isVisible, timeout=1000)
    assert window.saved_label.isVisible()  # (the permanent widgets never made way)


def test_a_window_shown_without_a_message_shows_its_count(qtbot: QtBot) -> None:
    window = MainWindow(Settings(), FakePrompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.statusBar().currentMessage()
    assert window.words_label.isVisible()
