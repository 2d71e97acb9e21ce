"""Background jobs in the editor (gui/basics/tasks.py): an export runs while the window
stays live, its failure reaches the user as one sentence (a bug's traceback in the log), and
a window closed while a job runs loses nothing and is told nothing."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.errors import N_, ReleaseDeskError
from releasedesk.gui.app import exports
from releasedesk.gui.app.export_notice import ExportNotice
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import tasks
from releasedesk.gui.dialogs.prompts import Choice
from releasedesk.model import Release
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, prompts_of, wait_for_tasks

WIRE = SAMPLES / "tidewater-ferry-terminal.release"
EXPORT_KEYS = ("export_html", "export_pdf", "export_all", "send_for_review", "signoff_sheet")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    work = tmp_path / "story.release"
    shutil.copy(WIRE, work)
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    assert opens(win, work)
    yield win
    wait_for_tasks()
    win.manager.modified = False
    win.close()


class Gate:
    """An export that writes only when the test lets it."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.open = threading.Event()

    def export_file(self, release: Release, fmt: str, target: Path,
                    source: Path | None = None) -> Path:
        self.started.set()
        assert self.open.wait(30)
        target.write_text(release.headline, encoding="utf-8")
        return target


def held_export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path) -> Gate:
    gate = Gate()
    monkeypatch.setattr(exports, "export_file", gate.export_file)
    prompts_of(window).next_path = target
    window.actions["export_html"].trigger()
    assert gate.started.wait(30)
    return gate


BUGS: list[Callable[[], Exception]] = [
    lambda: KeyError("headline"), lambda: ValueError("bad"), lambda: AttributeError("x"),
    lambda: ZeroDivisionError("division by zero"), lambda: RuntimeError("boom\nsecond line"),
    lambda: TypeError("unsupported operand"), lambda: IndexError("list index out of range"),
]


@pytest.mark.parametrize("bug", BUGS)
def test_a_bug_in_an_export_is_one_sentence_for_the_user_and_a_traceback_in_the_log(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, bug: Callable[[], Exception]) -> None:
    kind = type(bug()).__name__

    def broken(*args: object, **kwargs: object) -> Path:
        raise bug()

    monkeypatch.setattr(exports, "export_file", broken)
    prompts_of(window).next_path = tmp_path / "out.html"
    window.export("html")
    wait_for_tasks()
    [error] = prompts_of(window).errors
    assert error == ("That could not be finished because of an error inside ReleaseDesk "
                     f"({kind}); details are in the log.")
    assert "\n" not in error and "Traceback" not in error
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.exc_info is not None and record.exc_info[0] is type(bug())
    assert "Traceback" in caplog.text and "an export failed" in record.getMessage()
    assert all(window.actions[key].isEnabled() for key in EXPORT_KEYS)
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("sentence", [
    N_("The export could not be written: the disk is full."),
    N_("Could not write the export: the folder does not exist."),
])
def test_an_expected_failure_is_its_own_sentence_and_no_traceback(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, sentence: str) -> None:
    def refused(*args: object, **kwargs: object) -> Path:
        raise ReleaseDeskError(sentence)

    monkeypatch.setattr(exports, "export_file", refused)
    prompts_of(window).next_path = tmp_path / "out.html"
    window.export("html")
    wait_for_tasks()
    assert prompts_of(window).errors == [sentence]
    assert not [r for r in caplog.records if r.exc_info]


def test_while_an_export_runs_the_window_is_live_and_the_export_commands_wait(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = held_export(window, monkeypatch, tmp_path / "out.html")
    ticks: list[int] = []
    QCoreApplication.processEvents()
    window.form.headline.setFocus()
    QTest.keyClicks(window.form.headline, " today")  # typing goes on meanwhile
    ticks.append(1)
    assert window.statusBar().currentMessage() == "Exporting…"
    assert not any(window.actions[key].isEnabled() for key in EXPORT_KEYS)
    assert window.exporter.in_background(lambda: None, lambda _: None) is False
    assert prompts_of(window).errors == [
        "An export is still being written; try again when it has finished."]
    gate.open.set()
    wait_for_tasks()
    assert (tmp_path / "out.html").read_text(encoding="utf-8") != ""
    assert window.findChild(ExportNotice) is not None
    assert all(window.actions[key].isEnabled() for key in EXPORT_KEYS)
    assert " today" in window.manager.release.headline and ticks


def test_closing_the_window_while_an_export_runs_keeps_the_text_and_finishes_the_file(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "story.release"
    shutil.copy(WIRE, work)
    prompts = FakePrompts()
    win = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    assert opens(win, work)
    win.show()
    gate = held_export(win, monkeypatch, tmp_path / "out.html")
    win.form.headline.setFocus()
    QTest.keyClicks(win.form.headline, " (late news)")
    assert win.manager.modified
    prompts.unsaved_answer = Choice.SAVE
    assert win.close()  # closes at once: the export goes on unseen
    assert " (late news)" in document.load(work).headline
    gate.open.set()
    wait_for_tasks()
    assert (tmp_path / "out.html").exists()  # the file is whole
    assert prompts.errors == [] and win.findChild(ExportNotice) is None  # told nothing


def test_a_task_whose_owner_is_deleted_delivers_nothing(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    got: list[object] = []
    task = tasks.start_task(lambda: release.wait(30), owner, got.append, got.append,
                            "a test task")
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert task.detached and task.running
    release.set()
    wait_for_tasks()
    assert got == [] and not task.running


@pytest.mark.parametrize("fails", [False, True])
def test_a_lane_whose_window_is_freed_while_its_job_runs_delivers_nothing(
        qtbot: QtBot, fails: bool) -> None:
    """The lane's Qt side goes with its parent (a window closed and freed) while Python
    still holds the lane: its job's outcome is dropped, never emitted from a deleted
    object ("Signal source has been deleted" once surfaced in whichever test ran next)."""
    window = QObject()
    lane = tasks.Lane("a test lane", window)
    go = threading.Event()
    got: list[object] = []
    lane.done.connect(got.append)
    lane.failed.connect(got.append)

    def job() -> int:
        go.wait(30)
        if fails:
            raise ReleaseDeskError(N_("It could not be done."))
        return 7

    lane.submit(job)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    go.set()
    assert lane.wait(30)
    QCoreApplication.processEvents()  # (delivery: raised from the dispatcher before)
    wait_for_tasks()
    assert got == []


def test_a_task_runs_once_and_delivers_its_result(qtbot: QtBot) -> None:
    owner = QObject()
    got: list[object] = []
    task = tasks.start_task(lambda: 6 * 7, owner, got.append, got.append, "a test task")
    with pytest.raises(RuntimeError):
        task.start()
    wait_for_tasks()
    assert got == [42] and tasks.idle()
