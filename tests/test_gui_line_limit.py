"""A one-line field at its maximum length (the headline's 2,000 characters) takes what fits
of a paste, where the cursor is, and says the rest was not pasted; a key that no longer
fits is refused and said, never taken and then cut off the end (or another key lost); so is
what an input method commits (lows13: it was cut off the end of the line, unsaid)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.field_rules import MAX_LINE_FIELD
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.widgets.wrapping_line import WrappingLine
from releasedesk.model import new_release
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from examples import examples
from gui_helpers import FakePrompts

LIMIT = 12
WORDS = st.text(alphabet="abc xyz", max_size=2 * LIMIT)


def _line(text: str) -> tuple[WrappingLine, list[bool]]:
    line = WrappingLine()
    line.setMaxLength(LIMIT)
    line.setText(text)
    said: list[bool] = []
    line.refused.connect(said.append)
    return line, said


@settings(max_examples=examples(300, 80), deadline=None)
@given(WORDS.filter(lambda t: len(t) <= LIMIT), WORDS, st.integers(0, LIMIT),
       st.integers(0, LIMIT))
def test_a_paste_takes_what_fits_where_the_cursor_is(
        qapp: QWidget, before: str, pasted: str, start: int, end: int) -> None:
    line, said = _line(before)
    start, end = sorted((min(start, len(before)), min(end, len(before))))
    line.setSelection(start, end - start)
    data = QMimeData()
    data.setText(pasted)
    line.insertFromMimeData(data)
    room = LIMIT - len(before) + (end - start)
    assert line.text() == before[:start] + pasted[:room] + before[end:]
    assert said == ([True] if len(pasted) > room else [])  # told exactly when cut
    line.deleteLater()


@settings(max_examples=examples(300, 60), deadline=None)
@given(WORDS.filter(lambda t: len(t) <= LIMIT), st.text(alphabet="kq ", min_size=1,
                                                         max_size=LIMIT))
def test_keys_past_the_limit_are_refused_and_said(qapp: QWidget, before: str,
                                                  typed: str) -> None:
    line, said = _line(before)
    line.setCursorPosition(0)  # (typing at the start: a cut off the end would hide it)
    QTest.keyClicks(line, typed)
    taken = typed[:LIMIT - len(before)]
    assert line.text() == taken + before
    assert said == [False] * (len(typed) - len(taken))
    line.deleteLater()


def _commit(line: QWidget, text: str, preedit: str = "") -> None:
    """What an input method sends as a word is chosen: the text, and the next composition."""
    event = QInputMethodEvent(preedit, [])
    event.setCommitString(text)
    QApplication.sendEvent(line, event)


@settings(max_examples=examples(300, 60), deadline=None)
@given(WORDS.filter(lambda t: len(t) <= LIMIT), st.text(alphabet="港口渡轮 ab", min_size=1,
                                                         max_size=LIMIT),
       st.integers(0, LIMIT), st.integers(0, LIMIT), st.sampled_from(["", "gang"]))
def test_an_input_method_s_text_takes_what_fits_and_says_the_rest(
        qapp: QWidget, before: str, committed: str, start: int, end: int,
        preedit: str) -> None:
    line, said = _line(before)
    start, end = sorted((min(start, len(before)), min(end, len(before))))
    line.setSelection(start, end - start)
    _commit(line, committed, preedit)
    room = LIMIT - len(before) + (end - start)
    assert line.text() == before[:start] + committed[:room] + before[end:]
    assert said == ([False] if len(committed) > room else [])  # told exactly when cut
    line.deleteLater()


def test_the_window_says_an_input_method_s_text_was_cut(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.manager.new(new_release())
    window.show()
    qtbot.waitExposed(window)
    for name in ("headline", "subheadline", "dateline"):
        line = getattr(window.form, name)
        line.setFocus()
        line.setText("港" * (MAX_LINE_FIELD - 1))
        line.end(False)
        window.statusBar().clearMessage()
        _commit(line, "渡轮码头")
        assert line.text() == "港" * (MAX_LINE_FIELD - 1) + "渡", name
        assert "holds at most" in window.statusBar().currentMessage(), name
        window.statusBar().clearMessage()
        _commit(line, "")  # (a composition ended with nothing chosen: nothing to say)
        assert window.statusBar().currentMessage() == "", name
    window.manager.modified = False


def test_the_window_says_a_paste_into_the_headline_was_cut(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.manager.new(new_release())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    headline = window.form.headline
    headline.setFocus()
    QApplication.processEvents()
    QGuiApplication.clipboard().setText("harbour " * 400)  # 3,200 characters
    window.actions["paste"].trigger()
    assert len(window.manager.release.headline) == MAX_LINE_FIELD
    assert window.statusBar().currentMessage() == (
        f"“Headline” holds at most {headline.locale().toString(MAX_LINE_FIELD)} characters; "
        "the rest was not pasted.")
    CTRL = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(headline, Qt.Key.Key_Home, CTRL)
    QTest.keyClick(headline, Qt.Key.Key_X)  # full: refused, and said
    assert window.manager.release.headline == "harbour " * 250
    assert "nothing more can be typed" in window.statusBar().currentMessage()
    QTest.keyClick(headline, Qt.Key.Key_End, CTRL)
    QTest.keyClick(headline, Qt.Key.Key_Backspace)
    QTest.keyClicks(headline, "!?")  # room for one: the first key is kept, not lost
    assert window.manager.release.headline == "harbour " * 249 + "harbour!"
    QGuiApplication.clipboard().clear()
    window.manager.modified = False
