"""Every line field of the form says when its length limit cut what came in (the headline and
subheadline already did; tester12 found the dateline, organisation and the table's other
lines cutting a long paste without a word). A validator's refusal (a letter in a time) is no
such case and says nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk.field_rules import MAX_LINE_FIELD
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.undo.history_keys import HistoryLineEdit
from test_gui import make_window  # noqa: F401 (fixture)

SAID = "holds at most"


def line_names() -> list[str]:
    from releasedesk import fields

    # (the headline's and subheadline's own test is test_gui_line_limit; a time of day
    # takes only digits and a colon, far below the limit)
    return [spec.name for spec in fields.FIELDS if spec.kind == fields.LINE
            and spec.name not in ("headline", "subheadline", "release_time")]


@pytest.mark.parametrize("name", line_names())
@pytest.mark.parametrize("over", [1, 37, 5000])
def test_a_line_says_what_its_limit_did_not_take(
        qtbot: QtBot, make_window: Callable[[], MainWindow], name: str, over: int) -> None:
    window = make_window()
    window.actions["new"].trigger()
    window.show()
    line = window.form.lines[name]
    assert isinstance(line, HistoryLineEdit)
    line.setFocus()
    QGuiApplication.clipboard().setText("1" * (MAX_LINE_FIELD + over))
    window.statusBar().clearMessage()
    line.paste()
    assert len(line.text()) == MAX_LINE_FIELD
    assert SAID in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    QTest.keyClicks(line, "x")  # full: the key is refused, and said
    assert len(line.text()) == MAX_LINE_FIELD and SAID in window.statusBar().currentMessage()


def test_a_paste_that_fits_and_a_time_s_refused_letter_say_nothing(
        make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.actions["new"].trigger()
    window.show()
    for name, line in window.form.lines.items():
        if not isinstance(line, HistoryLineEdit):
            continue
        window.statusBar().clearMessage()
        line.clear()
        QTest.keyClicks(line, "12:3x")  # (a time refuses the letter; the rest take it)
        assert SAID not in window.statusBar().currentMessage(), name
