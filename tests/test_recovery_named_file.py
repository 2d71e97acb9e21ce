"""A start that names a file opens that file (found by tester12: `releasedesk-editor
c.release` after a crash offered another release's unsaved work, and restoring it left
c.release unopened). Only the named file's own recovery copy is offered; other releases'
copies wait, untouched, for a start without a file, and the status bar says so."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.launch import _show, offer_recovery
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.prompts import RecoveryChoice
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts

SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"


def orphaned_copy(store: RecoveryStore, key: str, original: Path | None) -> None:
    """A recovery copy of *original* left by a process that is gone, its headline marked."""
    release = document.load(SAMPLE)
    release.headline = f"Unsaved work of {key}"
    store.write(key, release, original)
    meta = store.folder / f"{key}.json"
    meta.write_text(meta.read_text().replace(f'"pid": {os.getpid()}', '"pid": 4194000'))


@pytest.mark.parametrize("answer", list(RecoveryChoice))
@pytest.mark.parametrize("named, copies", [
    ("a", ("a", "b", None)), ("a", ("b",)), ("a", ("a",)), ("c", ("a", "b")),
    ("./a", ("a", "b")), ("link-to-a", ("a", None)), ("a", ()),
])
def test_the_named_file_opens_and_other_copies_wait(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: RecoveryChoice,
        named: str, copies: tuple[str | None, ...]) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(SAMPLE, folder / f"{name}.release")
    (folder / "link-to-a.release").symlink_to(folder / "a.release")
    monkeypatch.chdir(folder)
    store = RecoveryStore(tmp_path / "recovery")
    for original in copies:
        orphaned_copy(store, f"key{original}",
                      folder / f"{original}.release" if original else None)
    prompts = FakePrompts()
    prompts.restore_answer = answer
    window = MainWindow(Settings(), prompts, store, shown_blank=False)
    qtbot.addWidget(window)
    target = Path(f"{named}.release")
    own = "a" if named in ("./a", "link-to-a") else named
    has_own = own in copies

    offer_recovery(window, lambda restored: _show(window, [str(target)], restored), target)

    assert prompts.restore_asked == (1 if has_own else 0)
    assert window.manager.path is not None
    assert window.manager.path.resolve() == (folder / f"{own}.release").resolve()
    restored = has_own and answer is RecoveryChoice.RESTORE
    headline = window.manager.release.headline
    assert (headline == f"Unsaved work of key{own}") == restored
    left = {copy.key for copy in store.pending()}
    others = {f"key{original}" for original in copies if original != own}
    # Every other release's copy is still there, and the user is told it waits.
    assert others <= left
    assert ("Unsaved work of another release is kept" in window.statusBar().currentMessage()) \
        == bool(others)
    window.manager.modified = False
    window.close()
