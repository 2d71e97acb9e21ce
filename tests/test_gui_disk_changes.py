"""A release changed on disk while it is open: Save never silently overwrites the change,
and Reload shows it (issue 22, point 6)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from releasedesk import document
from releasedesk.gui.main_window import MainWindow
from releasedesk.gui.prompts import DiskChoice, Prompts
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    target = tmp_path / "story.release"
    shutil.copy(WIRE, target)
    return target


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def factory() -> MainWindow:
        window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.manager.modified = False
        window.close()


def prompts_of(window: MainWindow) -> FakePrompts:
    assert isinstance(window.prompts, FakePrompts)
    return window.prompts


def change_on_disk(path: Path, headline: str) -> None:
    """Another program saves the release with a new headline."""
    release = document.load(path)
    release.headline = headline
    document.save(release, path)


def type_into(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.end(False)
    QTest.keyClicks(widget, text)


def opened(make_window, work: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show()
    assert window.open_path(work)
    return window


def test_reload_asks_over_unsaved_changes_and_keeps_them(qtbot, make_window, work,
                                                        tmp_path) -> None:
    window = opened(make_window, work)
    type_into(window.form.headline, " (mine)")
    mine = window.form.headline.text()
    change_on_disk(work, "Changed by a colleague")
    prompts = prompts_of(window)
    prompts.reload_answer = False
    assert not window.manager.reload()
    assert window.form.headline.text() == mine and window.manager.modified
    prompts.reload_answer = True
    assert window.manager.reload()
    name, kept = prompts.reload_asked[-1]
    assert name == "story.release" and len(prompts.reload_asked) == 2
    assert window.form.headline.text() == "Changed by a colleague"
    assert not window.manager.modified
    assert kept.parent == tmp_path / "recovery" and document.load(kept).headline == mine
    assert RecoveryStore(tmp_path / "recovery").pending() == []


def test_reload_from_the_save_question_keeps_the_unsaved_changes(qtbot, make_window,
                                                                 work) -> None:
    window = opened(make_window, work)
    type_into(window.form.headline, " (mine)")
    mine = window.form.headline.text()
    change_on_disk(work, "Changed by a colleague")
    prompts = prompts_of(window)
    prompts.disk_answer = DiskChoice.RELOAD
    assert not window.manager.save()
    [(_, reload, kept)] = prompts.disk_asked
    assert reload and kept is not None
    assert prompts.reload_asked == []  # asked once, in the save question
    assert window.form.headline.text() == "Changed by a colleague"
    assert document.load(kept).headline == mine
    assert document.load(work).headline == "Changed by a colleague"



# -- the real questions: Cancel is the default -----------------------------------------


def answer_box(qtbot, action, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        action(box)

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_the_save_question_defaults_to_cancel(qtbot, key, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    answer_box(qtbot, lambda box: qtbot.keyClick(box, key), seen)
    kept = tmp_path / "kept.release"
    assert Prompts(None).changed_on_disk("story.release", True, kept) is DiskChoice.CANCEL
    assert "“story.release” was changed on disk" in seen[0]


@pytest.mark.parametrize(("button", "choice"), [("Overwrite", DiskChoice.OVERWRITE),
                                                ("Reload", DiskChoice.RELOAD)])
def test_the_save_question_buttons(qtbot, button, choice) -> None:  # type: ignore[no-untyped-def]
    def click(box: QMessageBox) -> None:
        [wanted] = [b for b in box.buttons() if b.text() == button]
        wanted.click()

    answer_box(qtbot, click, [])
    assert Prompts(None).changed_on_disk("story.release", True, None) is choice


def test_the_save_question_without_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    texts: list[list[str]] = []

    def look(box: QMessageBox) -> None:
        texts.append(sorted(b.text().replace("&", "") for b in box.buttons()))
        box.reject()

    answer_box(qtbot, look, [])
    assert Prompts(None).changed_on_disk("story.release", False, None) is DiskChoice.CANCEL
    assert texts == [["Cancel", "Overwrite"]]


def test_the_reload_question_defaults_to_cancel(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    answer_box(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), seen)
    assert not Prompts(None).reload_over_changes("story.release", tmp_path / "kept.release")
    assert seen == ["Replace your unsaved changes to “story.release” with the version on "
                    "disk?"]
