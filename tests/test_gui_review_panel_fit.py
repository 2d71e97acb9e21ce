"""The Suggestions panel on a small screen and after Undo (issue 23, point 4): the Change
column keeps most of the list's width at 1366 pixels; an accepted suggestion still shows
what it changed; Undo leaves the form at its left edge; the send dialog says what it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.review.review_panel import CHANGE_SHARE, ReviewPanel
from review_markup import Markup
from test_gui_review import _import, _open_sample, _send, window  # noqa: F401

from gui_helpers import prompts_of, session_of


def _review(window: MainWindow, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> ReviewPanel:
    _open_sample(window, tmp_path)
    m = Markup(_send(window, tmp_path).read_bytes())
    m.delete("subheadline", 2, 6)  # "new "
    m.insert("headline", 0, "Now open: ")
    m.comment("headline", 0, 8, "Is the name right?")
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(m.bytes())
    return _import(window, reviewed, monkeypatch)


def test_the_send_dialog_is_titled_send_for_review(window: MainWindow, tmp_path: Path) -> None:
    _open_sample(window, tmp_path)
    _send(window, tmp_path)
    assert prompts_of(window).export_titles == ["Send for Review"]


@pytest.mark.parametrize("width", [240, 300, 360, 420, 520, 700, 1000])
def test_the_change_column_keeps_most_of_the_width(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   width: int) -> None:
    panel = _review(window, tmp_path, monkeypatch)
    panel.fit_columns(width)
    tree = panel.tree
    reviewer, time, state = panel.natural
    others = sum(tree.columnWidth(c) for c in (1, 2, 3) if not tree.isColumnHidden(c))
    room = width * (1 - CHANGE_SHARE)
    if reviewer + time + state <= room:  # wide: every column as wide as its text
        assert not tree.isColumnHidden(2) and tree.columnWidth(1) == reviewer
    else:  # narrow: the time goes (the row's tooltip and the detail give it)
        assert tree.isColumnHidden(2)
        assert others <= room + 1 or tree.columnWidth(1) == reviewer // 2
    index = 0
    assert panel.items[index].toolTip(1).startswith(panel.items[index].text(1) + " · ")


def test_at_1366_by_768_the_change_is_readable(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window.resize(1366, 768)
    panel = _review(window, tmp_path, monkeypatch)
    qtbot.wait(50)
    viewport = panel.tree.viewport().width()
    assert panel.tree.columnWidth(0) >= viewport * CHANGE_SHARE - 2


def test_an_accepted_suggestion_still_shows_its_change(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _review(window, tmp_path, monkeypatch)
    session = session_of(window)
    deletion = next(i for i, x in enumerate(session.suggestions) if x.kind == "deletion")
    panel.select(deletion)
    QTest.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    panel.select(deletion)
    html, text = panel.detail.toHtml(), panel.detail.toPlainText()
    assert "line-through" in html and "new" in text and "Accepted" in text
    assert "lakeside" in text  # the rest of the subheadline, as it reads now


def test_undo_puts_the_form_back_at_its_left_edge(qtbot: QtBot, window: MainWindow,
                                                  tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _review(window, tmp_path, monkeypatch)
    bar = window.form_scroll.horizontalScrollBar()
    panel.select(0)
    QTest.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    bar.setRange(0, 200)  # (a form wider than its pane, as a narrow window leaves it)
    bar.setValue(120)
    window.form.history.undo()  # (the field put back is revealed, for 300 ms)
    qtbot.wait(400)
    assert bar.value() == 0
    assert window.form.details_scroll.horizontalScrollBar().value() == 0
