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

from releasedesk import document
from releasedesk.gui import app
from releasedesk.gui.main_window import MainWindow
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from releasedesk.gui.main_window import MainWindow
    from releasedesk.settings import Settings

    app = QApplication([])
    window = MainWindow(Settings())
    assert window.open_path(Path(sys.argv[1]))
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


def test_killed_editor_is_restored_at_next_start(qtbot, tmp_path: Path) -> None:
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
    assert app.offer_recovery(window)
    assert window.manager.release.body.endswith("Words typed just before the crash.")
    assert window.manager.modified and window.manager.path == work
    assert "Words typed just before the crash." in window.form.body.editor.toPlainText()
    # Saving makes it the user's file again and clears the recovery copy.
    assert window.manager.save()
    assert document.load(work).body.endswith("Words typed just before the crash.")
    assert window.manager.recovery.pending() == []
    window.close()


def test_declined_recovery_is_discarded(qtbot, tmp_path: Path) -> None:
    store = RecoveryStore()
    release = document.load(SAMPLES / "fernhollow-seed-bank.release")
    store.write("deadbeef", release, None)
    meta = store.folder / "deadbeef.json"
    meta.write_text(meta.read_text().replace(f'"pid": {os.getpid()}', '"pid": 4194000'))
    prompts = FakePrompts()
    prompts.restore_answer = False
    window = MainWindow(Settings(), prompts, store)
    qtbot.addWidget(window)
    assert not app.offer_recovery(window)
    assert store.pending() == []
    window.close()
