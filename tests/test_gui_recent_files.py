"""File ▸ Open Recent follows every open and save of the session (found by tester12: with
no recent file at start the menu was disabled, and the first save never reached it)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, prompts_of

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    yield made
    made.manager.modified = False
    made.close()


def listed(window: MainWindow) -> list[str]:
    """What Open Recent offers as a user sees it: enabled, the files' names in order."""
    menu = window.recent_menu
    return [action.text() for action in menu.actions()] if menu.isEnabled() else []


@pytest.mark.parametrize("steps", [
    ("save_as",), ("new", "save"), ("open", "save_as"), ("save_as", "save_as"),
    ("new", "save", "open", "save_as"),
])
def test_every_open_and_save_is_offered_at_once(window: MainWindow, tmp_path: Path,
                                                steps: tuple[str, ...]) -> None:
    assert listed(window) == []
    expected: list[str] = []
    for number, step in enumerate(steps):
        target = tmp_path / f"{step}-{number}.release"
        if step == "new":
            window.actions["new"].trigger()
            continue
        if step == "open":
            shutil.copy(WIRE, target)
            window.open_path(target)
        else:  # save (of a release never saved) and save as both ask where
            prompts_of(window).next_path = target
            window.actions["save_as" if step == "save_as" else "save"].trigger()
        assert target.exists()
        expected = [target.name, *(name for name in expected if name != target.name)]
        assert listed(window) == expected
