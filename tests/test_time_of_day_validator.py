"""The release time's field refuses what the regular-expression validator it replaces
refused, and takes what it took (gui/widgets/one_line.TimeOfDayValidator: the same answer
without building Qt's regular expression classes at the editor's start)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from releasedesk.gui.widgets.one_line import TimeOfDayValidator

# The validator the field had before, as it was written there.
FORMER = r"^([01]?\d|2[0-3])?([:：][0-5]?\d?)?$"
# Digits of other scripts (Arabic-Indic three, full-width five) and other colons and signs.
KEYS = [*"0123456789:：;.-+ \n\r\t", "\u0663", "\uff15", "a", "Z", "時"]


def former_state(text: str) -> QValidator.State:
    answer = QRegularExpressionValidator(QRegularExpression(FORMER)).validate(text, len(text))
    state = answer[0] if isinstance(answer, tuple) else answer  # (PySide6 gives a tuple)
    assert isinstance(state, QValidator.State)
    return state


@given(text=st.text(alphabet=st.sampled_from(KEYS), max_size=8))
def test_every_text_gets_the_former_answer(text: str) -> None:
    state, kept, pos = TimeOfDayValidator().validate(text, len(text))
    assert state == former_state(text)
    assert (kept, pos) == (text, len(text))


@pytest.mark.parametrize(("text", "accepted"), [
    ("", True), ("9", True), ("09", True), ("23", True), ("24", False), ("9:", True),
    ("09:3", True), ("09:30", True), ("09:60", False), ("0930", False), ("9：30", True),
    (":30", True), ("09:30:00", False), ("\u0663", False), ("9 30", False),
    ("09:30\n", False)])
def test_times_and_their_beginnings(text: str, accepted: bool) -> None:
    state = TimeOfDayValidator().validate(text, 0)[0]
    assert (state == QValidator.State.Acceptable) is accepted
    assert (former_state(text) == QValidator.State.Acceptable) is accepted


def test_typing_in_a_field_keeps_only_a_time(qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    line.setValidator(TimeOfDayValidator(line))
    QTest.keyClicks(line, "1x0:4a5:9")
    assert line.text() == "10:45"
