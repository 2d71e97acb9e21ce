"""Switching the body between the formatted and the Markdown view keeps its undo history
(issue #27, point 10): every step made in either view is undone and redone in order, over
any mix of typing, view switches, undos and redos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.model import new_release
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts

WORDS = ["harbour", "ferry", "Quay", "码头", "渡轮", "noon", "tide"]
ACTIONS = st.one_of(
    st.tuples(st.just("type"), st.sampled_from(WORDS)),
    st.tuples(st.just("switch"), st.sampled_from([FORMATTED, MARKDOWN])),
    st.tuples(st.just("undo"), st.just("")),
    st.tuples(st.just("redo"), st.just("")),
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    made.show()
    yield made
    made.manager.modified = False
    made.close()


def start(window: MainWindow, body: str) -> None:
    release = new_release()
    release.body = body
    window.manager.modified = False
    window.manager.new(release)
    window.form.body.set_view(FORMATTED)


def type_word(window: MainWindow, word: str) -> None:
    editor = window.form.body.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for character in word:  # (QTest.keyClicks takes ASCII only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, character))


def test_undo_brings_back_text_typed_in_the_other_view(window: MainWindow) -> None:
    start(window, "The terminal opens. ")
    form = window.form
    form.body.set_view(MARKDOWN)
    type_word(window, "Today ")
    assert form.release.body == "The terminal opens. Today "
    form.body.set_view(FORMATTED)
    type_word(window, " soon")  # (the formatted view keeps no space at the end)
    assert form.release.body == "The terminal opens. Today soon"
    form.body.set_view(MARKDOWN)
    assert window.actions["undo"].isEnabled()
    while form.release.body.endswith("soon"):
        window.actions["undo"].trigger()
    assert form.release.body == "The terminal opens. Today "  # as the Markdown view left it
    window.actions["undo"].trigger()  # typed two views ago
    assert form.release.body == form.body.editor.toPlainText() == "The terminal opens. "
    assert not window.manager.modified  # back to the release as it started
    while window.actions["redo"].isEnabled():
        window.actions["redo"].trigger()
    assert form.release.body == form.body.markdown() == "The terminal opens. Today soon"


def _printed(body: str) -> str:
    """The body as it prints: the formatted view holds no spaces at the end of the body, so
    undoing there a step typed after a word that the Markdown view ended with a space
    gives the body without that space (the same paragraph, printed the same)."""
    return body.rstrip(" ")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ACTIONS, min_size=1, max_size=14))
def test_every_step_in_either_view_undoes_and_redoes_in_order(
        window: MainWindow, actions: list[tuple[str, str]]) -> None:
    start(window, "Ferry news.")
    form, history = window.form, window.form.history
    # The body after each step, oldest first (None: a step inside one word's typing, if
    # the views made two of it)
    timeline: list[str | None] = [form.release.body]
    position = 0
    for action, argument in actions:
        if action == "type":
            steps = history.done
            type_word(window, argument + " ")  # (a word's step holds the space after it)
            assert history.done == len(history.steps)  # the redo steps are gone
            added = history.done - steps
            assert 1 <= added <= 2
            del timeline[position + 1:]
            timeline += [None] * (added - 1) + [form.release.body]
            position += added
        elif action == "switch":
            body = form.release.body
            form.body.set_view(argument)
            assert form.release.body == body
        elif action == "undo":
            assert history.undo() == (position > 0)
            position = max(0, position - 1)
        else:
            assert history.redo() == (position < len(timeline) - 1)
            position = min(len(timeline) - 1, position + 1)
        expected = timeline[position]
        if expected is not None:
            assert form.release.body == form.body.markdown()
            assert _printed(form.release.body) == _printed(expected)
    while history.undo():
        pass
    assert form.release.body == timeline[0]
    while history.redo():
        pass
    assert form.release.body == timeline[-1]
