"""After the last open suggestion is decided, the focus stays on the list of suggestions
(found by tester14: it jumped into "Accepted by" with the name selected, so the next
key typed replaced the name), and never goes to the name after any decision."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.review import review_session as rs
from releasedesk.gui.review.review_panel import ReviewPanel
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings
from test_gui_review import _import, _marked, _open_sample, _send

from gui_helpers import FakePrompts, session_of

CASES = ["insertion", "deletion", "contact", "keywords"]


@pytest.fixture
def shown(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    yield window
    window.manager.modified = False
    window.close()


def _buttons(panel: ReviewPanel, how: str) -> tuple[QPushButton, bool]:
    """The button a decision is made with, and whether it decides every open one."""
    return {"accept": (panel.accept_button, False), "reject": (panel.reject_button, False),
            "accept all": (panel.accept_all_button, True),
            "reject all": (panel.reject_all_button, True)}[how]


@pytest.mark.parametrize("how", ["accept", "reject", "accept all", "reject all", "mixed"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_deciding_the_last_suggestion_keeps_the_focus_off_the_name(
        qtbot: QtBot, shown: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        how: str, seed: int) -> None:
    _open_sample(shown, tmp_path)
    sent = _send(shown, tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_marked(sent.read_bytes(), CASES))
    panel = _import(shown, reviewed, monkeypatch)
    panel.by.setText("Ines Ward")
    session = session_of(shown)
    rng = random.Random(seed)
    while session.open():
        left = session.open()
        choice = how if how != "mixed" else rng.choice(["accept", "reject"])
        button, every = _buttons(panel, choice)
        if not every:
            panel.select(rng.choice(left))
        button.setFocus()  # as a click or Tab leaves it
        qtbot.waitUntil(button.hasFocus, timeout=2000)
        button.click()
        focused = QApplication.focusWidget()
        assert focused is not panel.by
        assert panel.by.selectedText() == ""
        if not button.isEnabled():  # turned off under the focus: the list has it
            assert focused is panel.tree
    assert all(state != rs.PENDING for state in session.states)
    assert panel.by.text() == "Ines Ward"
    assert QApplication.focusWidget() is panel.tree
