"""Every dialog fits a 1366×768 and a 1280×720 screen, and a dialog with unsaved edits asks
before Escape, Cancel or Close throws them away (issue #27, point 6)."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import releasedesk.gui
from releasedesk.gui.basics import dialog_guard
from releasedesk.gui.basics.dialog_fit import FRAME_ALLOWANCE, fitted_rect
from releasedesk.gui.body.link_dialog import LinkDialog
from releasedesk.gui.clearance.signoff_dialog import SignOffDialog
from releasedesk.gui.dialogs.house_style import HouseStyleDialog
from releasedesk.gui.dialogs.preferences import PreferencesDialog
from releasedesk.gui.dialogs.register_dialog import RegisterDialog
from releasedesk.json_values import JsonObject
from releasedesk.profiles import ProfileStore

from gui_helpers import FakePrompts

TESTS = Path(__file__).parent
SCREENS = [(1366, 768), (1280, 720)]


def every_dialog_class() -> set[str]:
    for module in pkgutil.walk_packages(releasedesk.gui.__path__, "releasedesk.gui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("releasedesk."):
            found.add(cls.__name__)
        todo += cls.__subclasses__()
    return found - {"DeskDialog"}


@pytest.fixture(scope="module", params=SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def frames(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> JsonObject:
    width, height = request.param
    folder = tmp_path_factory.mktemp("screen")
    config = folder / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    home = folder / "home"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    done = subprocess.run([sys.executable, str(TESTS / "dialog_frames.py")], env=env,
                          capture_output=True, text=True, timeout=240, check=True)
    report: JsonObject = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [0, 0, width, height]  # the screen asked for, not the default
    return report


def test_every_dialog_is_opened_by_the_frame_check(frames: JsonObject) -> None:
    assert every_dialog_class() <= set(frames["dialogs"]), \
        "a new dialog: add it to tests/dialog_frames.py"


def test_every_dialog_frame_is_inside_the_screen(frames: JsonObject) -> None:
    screen = QRect(*frames["screen"])
    for name, shown in frames["dialogs"].items():
        frame = QRect(*shown["frame"])
        assert screen.contains(frame), (name, frame, screen)
        least_width, least_height = shown["least"]
        # Room for the window manager's real frame too (the offscreen one is thin).
        assert least_width + 16 <= screen.width() and least_height + 48 <= screen.height(), name


@pytest.mark.parametrize("width,height", SCREENS)
@pytest.mark.parametrize("wanted", [QSize(300, 200), QSize(900, 882), QSize(2000, 1500)])
@pytest.mark.parametrize("centre_x,centre_y", [(683, 384), (0, 0), (1366, 768), (200, 700)])
def test_a_fitted_dialog_lies_inside_any_screen(width: int, height: int, wanted: QSize,
                                                centre_x: int, centre_y: int) -> None:
    from PySide6.QtCore import QPoint

    available = QRect(0, 27, width, height - 27)  # less a top panel
    least = QSize(300, 120)
    rect = fitted_rect(wanted, least, FRAME_ALLOWANCE, available, QPoint(centre_x, centre_y))
    frame = rect.marginsAdded(FRAME_ALLOWANCE)
    assert available.contains(frame)
    assert rect.width() >= least.width() and rect.height() >= least.height()
    assert rect.width() == min(wanted.width(), width - 16)


# -- asking before edits are discarded ---------------------------------------------------------


def make(name: str) -> QDialog:
    if name == "house style":
        return HouseStyleDialog(ProfileStore(), FakePrompts())
    if name == "preferences":
        return PreferencesDialog("")
    if name == "link":
        return LinkDialog("the timetable", "", False)
    if name == "register":
        from releasedesk.profiles import Profile

        return RegisterDialog(ProfileStore(), Profile(name="office"), FakePrompts())
    return SignOffDialog("ab" * 32, ["Reviewer"], 0, "")


def edit(dialog: QDialog) -> None:
    if isinstance(dialog, HouseStyleDialog):
        QTest.keyClicks(dialog.organization, " Ferries")
    elif isinstance(dialog, PreferencesDialog):
        dialog.language.setCurrentIndex(dialog.language.count() - 1)
    elif isinstance(dialog, LinkDialog):
        QTest.keyClicks(dialog.address_edit, "calloway.example")
    elif isinstance(dialog, RegisterDialog):
        dialog.add_empty_row()
    else:
        assert isinstance(dialog, SignOffDialog)
        QTest.keyClicks(dialog.note, "Checked the quotes.")


DIALOGS = ["house style", "preferences", "link", "sign-off", "register"]
CLOSINGS = ["escape", "close"]


def close(dialog: QDialog, how: str) -> None:
    if how == "escape":
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close()


@pytest.mark.parametrize("how", CLOSINGS)
@pytest.mark.parametrize("name", DIALOGS)
@pytest.mark.parametrize("answer", [True, False])
def test_edits_are_discarded_only_when_the_user_says_so(qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch, name: str,
                                                        how: str, answer: bool) -> None:
    asked: list[QDialog] = []
    def ask_discard(parent: QDialog, then: Callable[[bool], object]) -> None:
        asked.append(parent)
        then(answer)

    monkeypatch.setattr(dialog_guard, "ask_discard", ask_discard)
    dialog = make(name)
    qtbot.addWidget(dialog)
    dialog.show()
    edit(dialog)
    close(dialog, how)
    assert asked == [dialog]
    assert dialog.isVisible() == (not answer)  # kept open to go on editing
    if not answer:
        monkeypatch.setattr(dialog_guard, "ask_discard", lambda parent, then: then(True))


@pytest.mark.parametrize("how", CLOSINGS)
@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_without_edits_closes_unasked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                               name: str, how: str) -> None:
    asked: list[QDialog] = []
    monkeypatch.setattr(dialog_guard, "ask_discard",
                        lambda parent, then: asked.append(parent))
    dialog = make(name)
    qtbot.addWidget(dialog)
    dialog.show()
    close(dialog, how)
    assert not asked and not dialog.isVisible()


def test_a_saved_house_style_closes_unasked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[QDialog] = []
    monkeypatch.setattr(dialog_guard, "ask_discard",
                        lambda parent, then: asked.append(parent))
    dialog = make("house style")
    assert isinstance(dialog, HouseStyleDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("harbour-desk")
    assert dialog.save()
    dialog.buttons["close"].click()
    assert not asked and not dialog.isVisible()
