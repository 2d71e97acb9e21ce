"""A real crash: the editor in a child process is SIGKILLed after autosave; the next start
offers the recovery copy and the text comes back."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.prompts import RecoveryChoice
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, recovered, went

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.settings import Settings

    app = QApplication([])
    window = MainWindow(Settings())
    window.open_path(Path(sys.argv[1]))
    assert window.manager.path is not None
    editor = window.form.body.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText("\\n\\nWords typed just before the crash.")
    recovery = window.manager.recovery.folder
    deadline = time.time() + 20
    while time.time() < deadline and not any(recovery.glob("*.json")):
        app.processEvents()
        time.sleep(0.05)
    print("autosaved" if any(recovery.glob("*.json")) else "no-autosave", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def test_killed_editor_is_restored_at_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    work = tmp_path / "story.release"
    shutil.copy(SAMPLES / "tidewater-ferry-terminal.release", work)
    original = work.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(work)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = child.stdout.readline().strip() if child.stdout else ""
        assert line == "autosaved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert work.read_bytes() == original  # autosave never touches the user's file

    time.sleep(0.1)
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore())
    qtbot.addWidget(window)
    pending = window.manager.recovery.pending()
    assert len(pending) == 1 and pending[0].original == work
    assert recovered(window)
    assert window.manager.release.body.endswith("Words typed just before the crash.")
    assert window.manager.modified and window.manager.path == work
    assert "Words typed just before the crash." in window.form.body.editor.toPlainText()
    # Saving makes it the user's file again and clears the recovery copy.
    assert went(window.manager.save)
    assert document.load(work).body.endswith("Words typed just before the crash.")
    assert window.manager.recovery.pending() == []
    window.close()


def _orphaned_copies(store: RecoveryStore, keys: list[str]) -> None:
    """Recovery copies left by a process that is gone, as after a crash."""
    release = document.load(SAMPLES / "fernhollow-seed-bank.release")
    for key in keys:
        store.write(key, release, None)
        meta = store.folder / f"{key}.json"
        meta.write_text(meta.read_text().replace(f'"pid": {os.getpid()}', '"pid": 4194000'))


@pytest.mark.parametrize("answer", list(RecoveryChoice))
def test_only_an_explicit_discard_deletes_recovery_copies(qtbot: QtBot, tmp_path: Path,
                                                          answer: RecoveryChoice) -> None:
    """Whatever the answer, a copy is either restored (and kept until saved), deleted on
    Discard, or still offered at the next start: never lost without being asked."""
    store = RecoveryStore(tmp_path / "recovery")
    _orphaned_copies(store, ["aaaa", "bbbb"])
    prompts = FakePrompts()
    prompts.restore_answer = answer
    window = MainWindow(Settings(), prompts, store)
    qtbot.addWidget(window)
    restored = recovered(window)
    assert restored == (answer is RecoveryChoice.RESTORE)
    left = {copy.key for copy in store.pending()}
    if answer is RecoveryChoice.DISCARD:
        assert prompts.restore_asked == 2 and left == set()
    elif answer is RecoveryChoice.KEEP:
        assert prompts.restore_asked == 1 and left == {"aaaa", "bbbb"}
        # The next start offers them again.
        again = MainWindow(Settings(), FakePrompts(), store)
        qtbot.addWidget(again)
        again.manager.prompts.restore_answer = RecoveryChoice.KEEP  # type: ignore[attr-defined]  # the scripted dialogs of the test window
        assert not recovered(again)
        assert again.manager.prompts.restore_asked == 1  # type: ignore[attr-defined]  # the scripted dialogs of the test window
        again.close()
    else:
        assert prompts.restore_asked == 1
        # The restored copy lives on as this window's recovery copy until saved; the
        # other one waits for the next start.
        assert window.manager.release.headline
        assert len(list(store.folder.glob("*.release"))) == 2
    window.manager.modified = False
    window.close()


@pytest.mark.parametrize("how", ["escape", "close"])
def test_escaping_the_real_recovery_question_keeps_the_copy(qtbot: QtBot, tmp_path: Path,
                                                            how: str) -> None:
    """The real dialog: Escape or closing its window means "not now", never "discard"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from releasedesk.gui.dialogs.prompts import Prompts

    store = RecoveryStore(tmp_path / "recovery")
    _orphaned_copies(store, ["cccc"])
    copy = store.pending()[0]
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.windowTitle())
        if how == "escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.close()

    QTimer.singleShot(0, answer)
    answers: list[RecoveryChoice] = []
    Prompts(None).restore_recovery(copy, answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [RecoveryChoice.KEEP]
    assert seen == ["Restore unsaved work"]
    assert [kept.key for kept in store.pending()] == ["cccc"]


def test_a_files_fingerprint_reads_it_a_chunk_at_a_time(tmp_path: Path) -> None:
    import tracemalloc
    import zlib

    from releasedesk.recovery import CHECKSUM_CHUNK, Fingerprint

    for size in (0, 1, CHECKSUM_CHUNK - 1, CHECKSUM_CHUNK, 3 * CHECKSUM_CHUNK + 7):
        path = tmp_path / f"{size}.release"
        data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        path.write_bytes(data)
        tracemalloc.start()
        try:
            fingerprint = Fingerprint.of(path)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert fingerprint is not None
        assert fingerprint.size == size and fingerprint.checksum == zlib.crc32(data)
        # A release with photos is tens of MB: never read whole to tell whether it changed.
        assert peak < 2 * CHECKSUM_CHUNK + 65536, (size, peak)


def test_a_files_fingerprint_sees_a_replacement_with_the_same_size_and_time(tmp_path: Path) -> None:
    """A copy that keeps the time (rsync -t, cp -p) renamed over the file: its size and time
    are the old ones, its inode and bytes are not."""
    from releasedesk.recovery import Fingerprint

    path, other = tmp_path / "story.release", tmp_path / "other.release"
    path.write_bytes(b"version one\n")
    fingerprint = Fingerprint.of(path)
    assert fingerprint is not None and fingerprint.inode == path.stat().st_ino
    assert Fingerprint.now(path, fingerprint) is fingerprint  # nothing read
    other.write_bytes(b"version two\n")
    os.utime(other, ns=(fingerprint.mtime_ns, fingerprint.mtime_ns))
    os.replace(other, path)
    assert not fingerprint.still_matches(path)
    assert not Fingerprint.now(path, fingerprint).same_content(fingerprint)
    # The same bytes under a new inode and time: the same content, not a change.
    other.write_bytes(b"version one\n")
    os.replace(other, path)
    assert fingerprint.still_matches(path)
    assert Fingerprint.now(path, fingerprint).same_content(fingerprint)
    path.unlink()
    assert not fingerprint.still_matches(path)
    with pytest.raises(FileNotFoundError):
        Fingerprint.now(path, fingerprint)


def test_kept_copies_are_never_offered_or_removed_as_unsaved_work(tmp_path: Path) -> None:
    from helpers import make_release

    store = RecoveryStore(tmp_path / "recovery")
    first = store.kept_copy_path(tmp_path / "story.release")
    assert first.parent == store.folder and first.name.startswith("story (unsaved ")
    store.keep_copy(make_release(headline="Mine"), first)
    second = store.kept_copy_path(tmp_path / "story.release")
    assert second != first  # (the same second: numbered)
    assert document.load(first).headline == "Mine"
    assert store.pending() == []  # (no metadata: not a crash's unsaved work)
