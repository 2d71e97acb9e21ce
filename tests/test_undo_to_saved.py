"""Undoing every change since the file was opened makes the release unmodified again,
whether the change was one field or a command gathered into one step (a kind chosen, which
also sets the status back to draft): the title loses its *, and the status bar its
"unsaved changes". A kind's change on a freshly opened file once left it marked modified."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import kinds
from releasedesk.field_change import FieldChange
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, wait_for_tasks

FILES = ["tidewater-ferry-terminal.release", "fernhollow-night-market-zh.release"]


@pytest.fixture(params=FILES)
def window(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path
           ) -> Iterator[MainWindow]:
    work = tmp_path / "story.release"
    shutil.copy(SAMPLES / request.param, work)
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    assert opens(win, work)
    wait_for_tasks()
    assert not win.isWindowModified()
    yield win
    wait_for_tasks()
    win.manager.modified = False
    win.close()


@pytest.mark.parametrize("kind", [kinds.ADVISORY, kinds.STATEMENT, kinds.CORRECTION])
def test_a_kind_chosen_then_undone_leaves_the_release_unmodified(window: MainWindow,
                                                                  kind: str) -> None:
    combo = window.form.kind_fields.kind
    combo.setCurrentIndex(combo.findData(kind))
    wait_for_tasks()
    assert window.form.release.kind == kind and window.isWindowModified()
    assert window.form.history.undo()
    wait_for_tasks()
    assert window.form.release.kind == kinds.NEWS
    assert not window.isWindowModified() and not window.manager.modified
    assert window.form.history.redo()
    assert window.isWindowModified()


@pytest.mark.parametrize("changes", [
    [("headline", "A new headline")],
    [("headline", "A new headline"), ("dateline", "CALLOWAY")],
])
def test_fields_changed_then_all_undone_leave_the_release_unmodified(
        window: MainWindow, changes: list[tuple[str, str]]) -> None:
    for name, value in changes:
        window.form.apply(FieldChange(name, value))
    assert window.isWindowModified()
    while window.form.history.undo():
        pass
    wait_for_tasks()
    assert not window.isWindowModified() and not window.manager.modified


@pytest.mark.parametrize(("kind", "name"), [
    (kinds.CORRECTION, "correction_note"), (kinds.ADVISORY, "event_speakers"),
    (kinds.ADVISORY, "event_attend"), (kinds.STATEMENT, "statement_by")])
def test_undo_in_a_kinds_text_takes_back_a_word_not_a_letter(
        window: MainWindow, kind: str, name: str) -> None:
    """Typing into a kind's own text field is undone a word at a time, as in the headline
    (the correction's note took back one letter per Undo)."""
    from PySide6.QtTest import QTest

    combo = window.form.kind_fields.kind
    combo.setCurrentIndex(combo.findData(kind))
    wait_for_tasks()
    widget = window.form.field_widget(name)
    assert widget is not None
    widget.setFocus()
    QTest.keyClicks(widget, "Fares fall")
    wait_for_tasks()
    assert getattr(window.form.release, name) == "Fares fall"
    assert window.form.history.undo()
    assert getattr(window.form.release, name) in ("Fares", "Fares ")
    assert window.form.history.undo()
    assert getattr(window.form.release, name) == ""
