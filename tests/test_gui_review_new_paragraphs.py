"""Paragraphs a reviewer typed after others (tests/test_review_new_paragraphs.py) accepted
in the Suggestions panel and on the command line (``releasedesk import REVIEWED.docx
--onto FILE --accept-all``) give one body: each new paragraph in the style Word shows
for it, a numbered one with Word's number."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app import review_actions
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings
from review_markup import Markup
from test_review_new_paragraphs import Line, enter_at_end, markdown, typed_after
from test_review_whole_paragraphs import release_with

from gui_helpers import FakePrompts, opens, prompts_of, review_of, wait_for_tasks
from test_cli import run


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.manager.modified = False
    win.close()


_BODY: list[Line] = [
    (0, "heading", "Sailings", 0), (1, "item", "Early boat.", 0), (1, "item", "Late boat.", 0),
    (2, "plain", "Tickets on board.", 0), (3, "number", "Book online.", 4),
    (3, "number", "Pay at the pier.", 5), (4, "quote", "Calm seas.", 0),
    (5, "plain", "Call us.", 0)]
# (after which lines, the kind of paragraph typed after each)
CASES = [([0, 3, 7], "plain"), ([0, 2, 5], "item"), ([1, 3, 6], "heading"),
         ([3, 5, 7], "number"), ([2, 6], "quote"), ([0, 4], "unstyled")]


@pytest.mark.parametrize(("lines", "kind"), CASES)
def test_the_panel_and_the_command_line_accept_new_paragraphs_alike(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        lines: list[int], kind: str) -> None:
    story = tmp_path / "story.release"
    document.save(release_with(markdown(_BODY)), story)
    assert opens(window, story)
    sent = tmp_path / "sent.docx"
    prompts_of(window).next_path = sent
    window.actions["send_for_review"].trigger()  # File ▸ Send for Review…
    wait_for_tasks()
    m = Markup(sent.read_bytes())
    paragraphs = m.paragraphs("body")
    for number in lines:
        enter_at_end(m, paragraphs[number], kind)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(m.bytes())
    # the command line, onto a copy of the release
    copy = tmp_path / "copy.release"
    shutil.copyfile(story, copy)
    done = run("import", reviewed, "--onto", copy, "--accept-all", "--by", "Ines Ward")
    assert done.returncode == 0, done.stderr
    # the panel: File ▸ Import Review…, then Accept All
    monkeypatch.setattr(review_actions, "ask_review_path",
                        lambda parent, folder, then: then(reviewed))
    window.actions["import_review"].trigger()
    wait_for_tasks()
    panel = review_of(window).panel
    assert panel is not None and panel.accept_all_button.isEnabled()
    QTest.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    expected, _ = typed_after(_BODY, [(n, kind) for n in lines])
    assert window.manager.release.body == document.load(copy).body == markdown(expected)
