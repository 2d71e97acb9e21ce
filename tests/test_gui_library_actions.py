"""The library window's Duplicate and Make Language Version…, driven as an officer would
(offscreen): the new file is saved beside the chosen one, listed and opened."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.clearance.signoffs import report
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.newsroom.newsroom_window import NewsroomWindow
from releasedesk.gui.twins.twin_dialog import NewLanguageVersionDialog
from releasedesk.newsroom.copies import copy_path, duplicate
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings
from twin_samples import pair

from gui_helpers import FakePrompts, opens, wait_for_tasks
from newsroom_helpers import make, write


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(main)
    yield main
    main.manager.modified = False
    if main.newsroom_window is not None:
        main.newsroom_window.close()
    main.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    releases = tmp_path / "releases"
    write(releases, "ferry.release", headline="Ferry terminal opens", stage="approved",
          day=date(2026, 3, 2), ident="ferry-1")
    (releases / "broken.release").write_text("{ broken")
    return releases


def open_library(window: MainWindow, folder: Path) -> NewsroomWindow:
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.next_folder = folder
    window.actions["open_newsroom"].trigger()
    wait_for_tasks()  # (the folder is listed off the GUI thread)
    assert window.newsroom_window is not None
    return window.newsroom_window


def test_duplicate_saves_a_new_release_beside_lists_and_opens_it(window: MainWindow,
                                                                  folder: Path) -> None:
    library = open_library(window, folder)
    assert not library.duplicate_button.isEnabled()  # nothing chosen yet
    assert library.choose_row("Ferry terminal opens")
    assert library.duplicate_button.isEnabled() and library.version_button.isEnabled()
    library.duplicate_button.click()
    made = folder / "ferry copy.release"
    assert window.manager.path == made
    original, copy = document.load(folder / "ferry.release"), document.load(made)
    assert copy.headline == original.headline and copy.body == original.body
    assert copy.id not in ("", original.id) and copy.twins == []
    assert report(original, None).status == "approved"
    assert not copy.clearance.signoffs and report(copy, None).status == "draft"
    assert library.visible_headlines().count("Ferry terminal opens") == 2
    assert library.choose_row("Ferry terminal opens")
    library.duplicate()
    assert (folder / "ferry copy 2.release").exists()


def test_an_unreadable_row_offers_neither_action(window: MainWindow, folder: Path) -> None:
    library = open_library(window, folder)
    row = next(r for r, h in enumerate(library.visible_headlines()) if h.startswith("Cannot"))
    library.table.selectRow(row)
    assert not library.duplicate_button.isEnabled()
    asked: list[object] = []
    library.run_dialog = lambda dialog, accepted: asked.append(dialog)
    library.make_language_version()
    assert library.duplicate() is None and not asked
    assert sorted(p.name for p in folder.iterdir()) == ["broken.release", "ferry.release"]


def test_make_language_version_from_the_library(window: MainWindow, folder: Path) -> None:
    library = open_library(window, folder)
    asked: list[NewLanguageVersionDialog] = []

    def answer(dialog: NewLanguageVersionDialog, accepted: Callable[[], object]) -> None:
        asked.append(dialog)
        dialog.choose("zh-CN")
        accepted()

    library.run_dialog = answer
    assert library.choose_row("Ferry terminal opens")
    library.version_button.click()
    wait_for_tasks()
    made = folder / "ferry.zh-CN.release"
    assert asked and window.manager.path == made
    twin, source = document.load(made), document.load(folder / "ferry.release")
    assert twin.language == "zh-CN" and [link.id for link in twin.twins] == ["ferry-1"]
    assert [link.path for link in source.twins] == ["ferry.zh-CN.release"]
    assert any(e.relative == "ferry.zh-CN.release" for e in library.library.entries)


def test_make_language_version_of_the_release_open_in_the_editor_says_why_not(
        window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELEASEDESK_LOCK_WAIT", "0")
    assert opens(window, folder / "ferry.release")
    library = open_library(window, folder)
    def run(dialog: NewLanguageVersionDialog, accepted: Callable[[], object]) -> None:
        dialog.choose("fr")
        accepted()

    library.run_dialog = run
    assert library.choose_row("Ferry terminal opens")
    library.make_language_version()
    assert library.busy
    wait_for_tasks()
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    assert any("is open in ReleaseDesk" in message for message in prompts.errors)
    assert not (folder / "ferry.fr.release").exists()


def test_a_duplicate_is_a_release_of_its_own(tmp_path: Path) -> None:
    en_path, _zh = pair(tmp_path)
    original = document.load(en_path)
    copy = duplicate(original)
    assert copy.id != original.id and copy.twins == [] and original.twins
    assert copy_path(en_path).name == "ferry copy.release"
    (tmp_path / "ferry copy.release").write_text("{}")
    for name in ("ferry.release", "ferry copy.release", "ferry copy 7.release"):
        assert copy_path(tmp_path / name).name == "ferry copy 2.release"
    assert copy_path(tmp_path / " copy.release").name == " copy copy.release"
    assert duplicate(make(ident="")).id == ""
