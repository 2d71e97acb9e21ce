"""A release changed on disk while it is open: the editor notices, offers to reload, and
never silently saves over the change (issue 22, point 6)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from releasedesk import cli, document
from releasedesk.gui.app.disk_notice import DiskNoticeBar
from releasedesk.gui.app.document_manager import OnDisk
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import i18n
from releasedesk.gui.dialogs.prompts import DiskChoice, Prompts
from releasedesk.gui.widgets.wrapping_line import WrappingLine
from releasedesk.locks import lock_path
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, prompts_of, went

WIRE = SAMPLES / "tidewater-ferry-terminal.release"
WAIT_MS = 15000  # the longest a notice may take (a fraction of a second; more on a loaded CI box)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    target = tmp_path / "story.release"
    shutil.copy(WIRE, target)
    return target


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
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



def change_on_disk(path: Path, headline: str) -> None:
    """Another program saves the release with a new headline."""
    release = document.load(path)
    release.headline = headline
    document.save(release, path)


def bar_of(window: MainWindow) -> DiskNoticeBar | None:
    bar = window.findChild(DiskNoticeBar)
    return bar if bar is not None and bar.isVisible() else None


def wait_for_bar(qtbot: QtBot, window: MainWindow) -> DiskNoticeBar:
    qtbot.waitUntil(lambda: bar_of(window) is not None, timeout=WAIT_MS)
    bar = bar_of(window)
    assert bar is not None
    return bar


def wait_for_a_check(qtbot: QtBot, window: MainWindow) -> None:
    """Until the watcher has seen what happened to the file and compared it (so a notice
    that does not come is known not to come)."""
    before = window.disk_watch.checks
    qtbot.waitUntil(lambda: window.disk_watch.checks > before, timeout=WAIT_MS)


def type_into(widget: QLineEdit | WrappingLine, text: str) -> None:
    widget.setFocus()
    widget.end(False)
    QTest.keyClicks(widget, text)


def opened(make_window: Callable[[], MainWindow], work: Path) -> MainWindow:
    window = make_window()
    window.show()
    assert opens(window, work)
    return window


def test_a_change_on_disk_shows_the_bar_and_reload_shows_the_new_text(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = opened(make_window, work)
    change_on_disk(work, "Ferry Terminal Opens a Week Early")
    bar = wait_for_bar(qtbot, window)
    assert bar.message.text() == "“story.release” was changed on disk by another program."
    assert (bar.primary.text(), bar.secondary.text()) == ("Reload", "Keep Mine")
    assert bar.mapTo(window, bar.rect().topLeft()).y() < window.splitter.mapTo(
        window, window.splitter.rect().topLeft()).y()  # above the form, one line high
    assert bar.height() < 3 * bar.primary.height()
    QTest.mouseClick(bar.primary, Qt.MouseButton.LeftButton)
    # No unsaved changes: nothing to ask, nothing to keep.
    assert window.form.headline.text() == "Ferry Terminal Opens a Week Early"
    assert not window.manager.modified
    assert bar_of(window) is None
    assert prompts_of(window).reload_asked == []
    assert "Reloaded story.release from disk" in window.statusBar().currentMessage()
    assert lock_path(work).exists()  # still ours
    # The reloaded file is what is on disk now: saving asks nothing.
    type_into(window.form.headline, "!")
    assert went(window.manager.save)
    assert prompts_of(window).disk_asked == []
    assert document.load(work).headline == "Ferry Terminal Opens a Week Early!"


def test_reload_over_unsaved_changes_asks_and_keeps_them_as_a_copy(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, tmp_path: Path) -> None:
    window = opened(make_window, work)
    type_into(window.form.headline, " (mine)")
    mine = window.form.headline.text()
    change_on_disk(work, "Changed by a colleague")
    bar = wait_for_bar(qtbot, window)
    prompts = prompts_of(window)
    prompts.reload_answer = False  # Cancel: nothing happens
    bar.primary.click()
    assert len(prompts.reload_asked) == 1
    assert window.form.headline.text() == mine and window.manager.modified
    assert bar_of(window) is bar  # still there to choose again
    prompts.reload_answer = True
    bar.primary.click()
    name, kept = prompts.reload_asked[-1]
    assert name == "story.release"
    assert window.form.headline.text() == "Changed by a colleague"
    assert not window.manager.modified
    # The unsaved changes are a release of their own in the recovery folder, named as the
    # question said; never offered as a crash's unsaved work, never in the user's folder.
    assert kept.parent == tmp_path / "recovery" and kept.name.startswith("story (unsaved ")
    assert document.load(kept).headline == mine
    assert str(kept) in window.statusBar().currentMessage()
    assert RecoveryStore(tmp_path / "recovery").pending() == []
    assert sorted(p.name for p in work.parent.iterdir() if p.is_file()) == \
        sorted(["story.release", lock_path(work).name])
    # The undo history starts again from the reloaded release.
    assert not window.actions["undo"].isEnabled()


def test_keep_mine_then_save_asks_before_overwriting(qtbot: QtBot,
                                                     make_window: Callable[[], MainWindow],
                                                     work: Path) -> None:
    window = opened(make_window, work)
    type_into(window.form.headline, " (mine)")
    change_on_disk(work, "Changed by a colleague")
    bar = wait_for_bar(qtbot, window)
    QTest.mouseClick(bar.secondary, Qt.MouseButton.LeftButton)  # Keep Mine
    assert bar_of(window) is None
    window.disk_watch.check()  # the same change again: no nagging
    assert bar_of(window) is None
    prompts = prompts_of(window)
    assert not went(window.manager.save)  # the question's default: Cancel
    [(name, reload, kept)] = prompts.disk_asked
    assert (name, reload) == ("story.release", True) and kept is not None
    assert document.load(work).headline == "Changed by a colleague"
    # Changed once more: the bar comes back.
    change_on_disk(work, "Changed by a colleague, twice")
    wait_for_bar(qtbot, window)
    prompts.disk_answer = DiskChoice.OVERWRITE
    assert went(window.manager.save)
    assert document.load(work).headline.endswith(" (mine)")
    assert bar_of(window) is None


def test_reload_asks_over_unsaved_changes_and_keeps_them(qtbot: QtBot,
                                                         make_window: Callable[[], MainWindow],
                                                         work: Path,
                                                        tmp_path: Path) -> None:
    window = opened(make_window, work)
    type_into(window.form.headline, " (mine)")
    mine = window.form.headline.text()
    change_on_disk(work, "Changed by a colleague")
    prompts = prompts_of(window)
    prompts.reload_answer = False
    assert not went(window.manager.reload)
    assert window.form.headline.text() == mine and window.manager.modified
    prompts.reload_answer = True
    assert went(window.manager.reload)
    name, kept = prompts.reload_asked[-1]
    assert name == "story.release" and len(prompts.reload_asked) == 2
    assert window.form.headline.text() == "Changed by a colleague"
    assert not window.manager.modified
    assert kept.parent == tmp_path / "recovery" and document.load(kept).headline == mine
    assert RecoveryStore(tmp_path / "recovery").pending() == []


def test_reload_from_the_save_question_keeps_the_unsaved_changes(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = opened(make_window, work)
    type_into(window.form.headline, " (mine)")
    mine = window.form.headline.text()
    change_on_disk(work, "Changed by a colleague")
    prompts = prompts_of(window)
    prompts.disk_answer = DiskChoice.RELOAD
    assert not went(window.manager.save)
    [(_, reload, kept)] = prompts.disk_asked
    assert reload and kept is not None
    assert prompts.reload_asked == []  # asked once, in the save question
    assert window.form.headline.text() == "Changed by a colleague"
    assert document.load(kept).headline == mine
    assert document.load(work).headline == "Changed by a colleague"


def test_our_own_saves_never_raise_the_notice(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                              work: Path) -> None:
    window = opened(make_window, work)
    notices: list[OnDisk] = []
    window.disk_watch.noticeChanged.connect(lambda: notices.append(window.disk_watch.notice))
    for number in range(5):  # quick saves, one after the other
        type_into(window.form.headline, f" {number}")
        assert went(window.manager.save)
        QApplication.processEvents()
    wait_for_a_check(qtbot, window)  # what the watcher saw of our saves was compared
    assert notices == [] and bar_of(window) is None
    assert prompts_of(window).disk_asked == []
    assert document.load(work).headline.endswith(" 4")
    # A sign-off saves at once (clearance): not a change either.
    window.clearance.set_status("in_review")
    wait_for_a_check(qtbot, window)
    assert notices == []


def test_autosave_writes_only_its_copy(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                       work: Path, tmp_path: Path) -> None:
    window = opened(make_window, work)
    before = work.read_bytes()
    type_into(window.form.headline, " draft")
    window.manager.write_recovery(wait=True)
    assert any((tmp_path / "recovery").glob("*.release"))
    assert work.read_bytes() == before
    window.disk_watch.check()
    assert window.disk_watch.notice is OnDisk.SAME


def test_after_save_as_the_new_file_is_watched(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                               work: Path) -> None:
    window = opened(make_window, work)
    copy = work.with_name("copy.release")
    prompts_of(window).next_path = copy
    assert went(window.manager.save_as)
    assert window.manager.path == copy
    assert str(copy) in window.disk_watch.watched and str(work) not in window.disk_watch.watched
    change_on_disk(work, "The old file, changed")  # no longer this window's
    wait_for_a_check(qtbot, window)
    assert bar_of(window) is None
    change_on_disk(copy, "The copy, changed")
    assert "“copy.release”" in wait_for_bar(qtbot, window).message.text()


def test_a_file_touched_or_put_back_as_it_was_is_no_change(qtbot: QtBot,
                                                           make_window: Callable[[], MainWindow],
                                                           work: Path) -> None:
    window = opened(make_window, work)
    original = work.read_bytes()
    notices: list[OnDisk] = []
    window.disk_watch.noticeChanged.connect(lambda: notices.append(window.disk_watch.notice))
    os.utime(work, ns=(1, 1))  # touched: another time, the same bytes
    wait_for_a_check(qtbot, window)
    change_on_disk(work, "Briefly something else")
    work.write_bytes(original)  # put back before the check
    wait_for_a_check(qtbot, window)
    assert notices == []
    # Changed for long enough to be seen, then put back: the bar goes by itself.
    change_on_disk(work, "Briefly something else")
    wait_for_bar(qtbot, window)
    shutil.copy(WIRE, work.with_name("elsewhere.release"))
    os.replace(work.with_name("elsewhere.release"), work)  # (a new inode, the old bytes)
    qtbot.waitUntil(lambda: bar_of(window) is None, timeout=WAIT_MS)
    assert notices == [OnDisk.CHANGED, OnDisk.SAME]


@pytest.mark.parametrize("how", ["removed", "renamed"])
def test_a_removed_file_is_reported_and_save_writes_it_again(qtbot: QtBot,
                                                             make_window: Callable[[], MainWindow],
                                                             work: Path,
                                                             how: str) -> None:
    window = opened(make_window, work)
    if how == "removed":
        work.unlink()
    else:
        work.rename(work.with_name("moved.release"))
    bar = wait_for_bar(qtbot, window)
    assert bar.message.text() == \
        "“story.release” was removed or renamed on disk; Save writes it again."
    assert (bar.primary.text(), bar.secondary.text()) == ("Save", "Dismiss")
    bar.primary.click()
    assert work.exists() and document.load(work).headline == window.form.headline.text()
    assert bar_of(window) is None
    assert prompts_of(window).disk_asked == []  # nothing there to overwrite


def test_dismissing_the_removed_notice_then_the_file_comes_back(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = opened(make_window, work)
    original = work.read_bytes()
    work.unlink()
    bar = wait_for_bar(qtbot, window)
    bar.secondary.click()  # Dismiss
    assert bar_of(window) is None
    work.write_bytes(original)  # back as it was (a git checkout): nothing to say
    wait_for_a_check(qtbot, window)
    assert bar_of(window) is None and window.disk_watch.notice is OnDisk.SAME
    assert "story.release" in [Path(p).name for p in window.disk_watch.watched]


def test_a_lockless_cli_change_is_noticed(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                          work: Path) -> None:
    """A colleague's command on a share where the lock cannot be seen (here: the lock file
    is gone) changes the release: the editor notices and reloads it."""
    window = opened(make_window, work)
    lock_path(work).unlink()
    assert cli.main(["status", str(work), "--set", "in-review"]) == 0
    bar = wait_for_bar(qtbot, window)
    bar.primary.click()
    assert window.manager.release.clearance.status == "in_review"
    qtbot.waitUntil(lambda: "In review" in window.windowTitle(), timeout=WAIT_MS)


def test_a_read_only_window_offers_reload_of_the_holders_save(qtbot: QtBot,
                                                              make_window: Callable[[], MainWindow],
                                                              work: Path) -> None:
    holder = opened(make_window, work)
    reader = opened(make_window, work)
    assert reader.manager.read_only
    type_into(holder.form.headline, " (updated)")
    assert went(holder.manager.save)
    bar = wait_for_bar(qtbot, reader)
    assert (bar.primary.text(), bar.secondary.text()) == ("Reload", "Dismiss")
    bar.primary.click()
    assert reader.form.headline.text() == holder.form.headline.text()
    assert reader.manager.read_only and not reader.form.headline.isEnabled()
    assert bar_of(holder) is None


def test_a_change_the_watcher_cannot_see_is_noticed_on_coming_back(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Some shares tell no watcher: the window looks when it is activated again."""
    monkeypatch.setattr(QFileSystemWatcher, "addPaths", lambda self, paths: list(paths))
    window = opened(make_window, work)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    # the check its own activation asked for is made before the file changes (on a loaded
    # machine it could otherwise come after, and see the change that nobody reported)
    qtbot.waitUntil(lambda: not window.disk_watch.waiting)
    change_on_disk(work, "Changed on the share")
    QTest.qWait(50)
    assert bar_of(window) is None  # nobody told the window
    other = make_window()  # the user goes to another program, and back
    other.show()
    other.activateWindow()
    assert QTest.qWaitForWindowActive(other)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    wait_for_bar(qtbot, window)


def test_the_window_looks_again_without_an_event_override() -> None:
    # (the activation is followed through the application's focusWindowChanged: a Python
    # override taking any QEvent made PySide6 build every event class at the start)
    assert not {"changeEvent", "event", "eventFilter"} & set(vars(MainWindow))


def test_a_change_through_a_symbolic_link_is_noticed(qtbot: QtBot,
                                                     make_window: Callable[[], MainWindow],
                                                     work: Path) -> None:
    link = work.with_name("link.release")
    link.symlink_to(work)
    window = opened(make_window, link)
    change_on_disk(work, "Changed in the linked file")
    bar = wait_for_bar(qtbot, window)
    assert "“link.release”" in bar.message.text()
    bar.primary.click()
    assert window.form.headline.text() == "Changed in the linked file"
    assert link.is_symlink()


def test_a_damaged_version_on_disk_is_not_loaded(qtbot: QtBot,
                                                 make_window: Callable[[], MainWindow],
                                                 work: Path) -> None:
    window = opened(make_window, work)
    headline = window.form.headline.text()
    work.write_text("{half a file", encoding="utf-8")  # a sync client still writing
    bar = wait_for_bar(qtbot, window)
    bar.primary.click()
    assert [name for name, _ in prompts_of(window).damaged] == ["story.release"]
    assert window.form.headline.text() == headline


def test_the_bar_speaks_chinese(qtbot: QtBot, qapp: QApplication,
                                make_window: Callable[[], MainWindow], work: Path) -> None:
    qm = i18n.translation_file("zh_CN")
    translator = QTranslator()
    assert qm is not None and translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = opened(make_window, work)
        change_on_disk(work, "Changed")
        bar = wait_for_bar(qtbot, window)
        assert "story.release" in bar.message.text()
        assert "changed" not in bar.message.text()
        assert "磁盘" in bar.message.text()
    finally:
        QCoreApplication.removeTranslator(translator)


# -- the real questions: Cancel is the default -----------------------------------------


def answer_box(qtbot: QtBot, action: Callable[[QMessageBox], None],
               seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        action(box)

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_the_save_question_defaults_to_cancel(qtbot: QtBot, key: Qt.Key,
                                             tmp_path: Path) -> None:
    seen: list[str] = []
    answer_box(qtbot, lambda box: QTest.keyClick(box, key), seen)
    kept = tmp_path / "kept.release"
    answers: list[DiskChoice] = []
    Prompts(None).changed_on_disk("story.release", True, kept, answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [DiskChoice.CANCEL]
    assert "“story.release” was changed on disk" in seen[0]


@pytest.mark.parametrize(("button", "choice"), [("Overwrite", DiskChoice.OVERWRITE),
                                                ("Reload", DiskChoice.RELOAD)])
def test_the_save_question_buttons(qtbot: QtBot, button: str, choice: DiskChoice) -> None:
    def click(box: QMessageBox) -> None:
        [wanted] = [b for b in box.buttons() if b.text() == button]
        wanted.click()

    answer_box(qtbot, click, [])
    answers: list[DiskChoice] = []
    Prompts(None).changed_on_disk("story.release", True, None, answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [choice]


def test_the_save_question_without_reload(qtbot: QtBot) -> None:
    texts: list[list[str]] = []

    def look(box: QMessageBox) -> None:
        texts.append(sorted(b.text().replace("&", "") for b in box.buttons()))
        box.reject()

    answer_box(qtbot, look, [])
    answers: list[DiskChoice] = []
    Prompts(None).changed_on_disk("story.release", False, None, answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [DiskChoice.CANCEL]
    assert texts == [["Cancel", "Overwrite"]]


def test_the_reload_question_defaults_to_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []
    answer_box(qtbot, lambda box: QTest.keyClick(box, Qt.Key.Key_Return), seen)
    reloaded: list[bool] = []
    Prompts(None).reload_over_changes("story.release", tmp_path / "kept.release",
                                      lambda: reloaded.append(True))
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None)
    assert not reloaded
    assert seen == ["Replace your unsaved changes to “story.release” with the version on "
                    "disk?"]
