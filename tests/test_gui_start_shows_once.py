"""The editor's start shows one release, once (issue 26, start-up): the file it opens, the
new release it starts without one, or after a damaged file; never a blank release first,
filled into the form and then replaced. The window, title and preview are those of the
release shown."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.dialogs.prompts import Prompts
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.model import Release

from helpers import make_release

CASES = ["file", "no file", "damaged file"]


@pytest.mark.parametrize("case", CASES)
def test_the_start_fills_the_form_once_with_the_release_shown(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    from releasedesk.gui.app.launch import start

    shown: list[str] = []
    fill = ReleaseForm.set_release

    def counted(self: ReleaseForm, release: Release, read_only: bool = False) -> None:
        shown.append(release.headline)
        fill(self, release, read_only)

    monkeypatch.setattr(ReleaseForm, "set_release", counted)
    monkeypatch.setattr(Prompts, "damaged_file", lambda *_args: None)
    argv: list[str] = []
    if case == "file":
        path = tmp_path / "quay.release"
        document.save(make_release(headline="North Quay Opens"), path)
        argv = [str(path)]
    elif case == "damaged file":
        path = tmp_path / "broken.release"
        path.write_text('{"format": "releasedesk", "body": ', "utf-8")
        argv = [str(path)]
    # start() is the editor's start and tunes the process: undone for the tests after this.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    interval = sys.getswitchinterval()
    try:
        _app, window = start(argv)
    finally:
        sys.setswitchinterval(interval)
        gc.unfreeze()
    qtbot.addWidget(window)
    try:
        expected = "North Quay Opens" if case == "file" else ""
        assert shown == [expected]
        assert window.form.release is window.manager.release
        assert window.form.headline.text() == expected
        assert window.windowTitle().endswith("ReleaseDesk") and window.isVisible()
        assert window.preview.result is not None
        assert (expected in window.preview.result.web) if expected else True
    finally:
        window.manager.modified = False
        window.close()
