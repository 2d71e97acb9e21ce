"""Plain text pasted into the formatted view: a blank line parts two paragraphs and is not an
empty paragraph of its own (tester13: pasting two paragraphs showed a gap between them that
the saved text did not have). In a code block the blank lines are the code's own."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from releasedesk.gui.body.body_editor import FORMATTED
from releasedesk.gui.form.release_form import ReleaseForm

from examples import examples
from helpers import make_release

WORDS = st.text("abcdefg XYZ.,", min_size=1, max_size=20).filter(lambda w: w.strip())
GAPS = st.sampled_from(["\n\n", "\n\n\n", "\n  \n", "\r\n\r\n", "\n\t\n\n"])


def _blocks(form: ReleaseForm) -> list[str]:
    block, texts = form.body.editor.document().firstBlock(), []
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def _paste(form: ReleaseForm, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    form.body.editor.insertFromMimeData(data)


@settings(max_examples=examples(60, 20), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(WORDS, min_size=2, max_size=4), gaps=st.lists(GAPS, min_size=3,
                                                                       max_size=3))
def test_pasted_paragraphs_come_in_without_empty_ones_between(
        qtbot: QtBot, paragraphs: list[str], gaps: list[str]) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    form.set_release(make_release(body="Opening words."))
    form.body.set_view(FORMATTED)
    editor = form.body.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.textCursor().insertBlock()
    text = paragraphs[0] + "".join(gap + words for gap, words in zip(gaps, paragraphs[1:],
                                                                      strict=False))
    _paste(form, text)
    assert _blocks(form) == ["Opening words.", *paragraphs]
    assert "" not in _blocks(form)


def test_a_code_block_keeps_the_blank_lines_pasted_into_it(qtbot: QtBot) -> None:
    form = ReleaseForm()
    qtbot.addWidget(form)
    form.set_release(make_release(body="Words.\n\n```\nrun\n```"))
    form.body.set_view(FORMATTED)
    editor = form.body.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    _paste(form, "\nfirst\n\nsecond")
    assert _blocks(form)[-4:] == ["run", "first", "", "second"]
