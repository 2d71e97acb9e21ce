"""After an export a bar says what was written, with Open File and Open Folder; each
release's last export folder is remembered (issue #27, point 8)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.export_notice import ExportNotice
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.recovery import RecoveryStore
from releasedesk.render import FORMATS
from releasedesk.settings import MAX_EXPORT_FOLDERS, Settings, load_settings, save_settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, prompts_of, wait_for_tasks

SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The URLs the desktop was asked to open (no program starts in a test)."""
    urls: list[QUrl] = []
    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    made.show()
    yield made
    made.manager.modified = False
    made.close()


def release_in(folder: Path, name: str = "story") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.release"
    shutil.copy(SAMPLE, path)
    return path


def notice_of(window: MainWindow) -> ExportNotice:
    notice = window.findChild(ExportNotice)
    assert notice is not None and notice.isVisible()
    return notice


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_export_offers_its_file_and_folder(window: MainWindow, opened: list[QUrl],
                                                tmp_path: Path, fmt: str) -> None:
    assert opens(window, release_in(tmp_path / "drafts"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"harbour{FORMATS[fmt].suffix}"
    prompts_of(window).next_path = target
    window.export(fmt)
    wait_for_tasks()
    notice = notice_of(window)
    assert target.name in notice.message.text()
    notice.open_file.click()
    notice.open_folder.click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(out)]
    assert all(url.isLocalFile() for url in opened)


def test_all_formats_open_the_page_and_the_folder(window: MainWindow, opened: list[QUrl],
                                                  tmp_path: Path) -> None:
    assert opens(window, release_in(tmp_path / "drafts"))
    folder = tmp_path / "all"
    folder.mkdir()
    prompts_of(window).next_folder = folder
    window.export_all()
    wait_for_tasks()
    notice = notice_of(window)
    notice.open_file.click()
    notice.open_folder.click()
    assert [Path(url.toLocalFile()) for url in opened] == [folder / "story.html", folder]
    notice.dismiss.click()
    assert not notice.isVisible()


def test_a_desktop_that_cannot_open_it_says_so(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert opens(window, release_in(tmp_path / "drafts"))
    prompts_of(window).next_path = tmp_path / "x.txt"
    window.export("txt")
    wait_for_tasks()
    notice_of(window).open_file.click()
    assert prompts_of(window).errors and "x.txt" in prompts_of(window).errors[-1]


def test_the_notice_goes_when_another_release_opens(window: MainWindow, opened: list[QUrl],
                                                    tmp_path: Path) -> None:
    assert opens(window, release_in(tmp_path / "drafts"))
    prompts_of(window).next_path = tmp_path / "x.html"
    window.export("html")
    wait_for_tasks()
    notice = notice_of(window)
    assert opens(window, release_in(tmp_path / "other", "second"))
    assert not notice.isVisible()


def test_each_release_remembers_its_own_export_folder(window: MainWindow, opened: list[QUrl],
                                                      tmp_path: Path) -> None:
    first, second = release_in(tmp_path / "a"), release_in(tmp_path / "b", "second")
    for path, out in ((first, tmp_path / "out-a"), (second, tmp_path / "out-b")):
        out.mkdir()
        assert opens(window, path)
        prompts_of(window).next_path = out / "x.html"
        window.export("html")
        wait_for_tasks()
    assert opens(window, first)
    assert window._export_folder() == str(tmp_path / "out-a")
    assert opens(window, second)
    assert window._export_folder() == str(tmp_path / "out-b")
    window.manager.new(window.manager.release)  # untitled: the last folder used
    assert window._export_folder() == str(tmp_path / "out-b")
    save_settings(window.settings)  # the test settings (conftest): never the user's
    again = load_settings()
    assert again.export_folder_of(first) == str(tmp_path / "out-a")
    assert again.export_folder_of(second) == str(tmp_path / "out-b")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(0, 5)), max_size=120))
def test_the_folders_kept_are_the_latest_of_each_release(tmp_path_factory: pytest.TempPathFactory,
                                                         exports: list[tuple[int, int]]) -> None:
    base = Path("/srv/desk")
    remembered = Settings()
    latest: dict[str, str] = {}
    for release, folder in exports:
        path, out = base / f"r{release}.release", base / f"out{folder}"
        remembered.remember_export_folder(path, out)
        latest.pop(str(path), None)
        latest[str(path)] = str(out)
    kept = dict(list(latest.items())[-MAX_EXPORT_FOLDERS:])
    assert remembered.export_folders == kept
    for kept_path, kept_out in kept.items():
        assert remembered.export_folder_of(Path(kept_path)) == kept_out
    file = tmp_path_factory.mktemp("settings") / "settings.json"
    save_settings(remembered, file)
    assert load_settings(file).export_folders == kept
    file.write_text(json.dumps({"export_folders": {"x": 3}}))
    assert load_settings(file).export_folders == {}  # a damaged entry: none remembered


# (remembered for this release, last used, the release's own folder, documents): which
# are there and take new files; the folder proposed is the first of them that does, else
# home (tester15: a release in a read-only folder proposed that folder).
FOLDER_TABLE = [
    ((True, True, True, True), "own-export"),
    ((False, True, True, True), "last-export"),
    ((False, False, True, True), "drafts"),
    ((False, False, False, True), "Documents"),
    ((False, False, False, False), "home"),
    ((True, False, False, False), "own-export"),
    ((False, True, False, False), "last-export"),
    ((False, False, True, False), "drafts"),
]


@pytest.mark.parametrize("writable, proposed", FOLDER_TABLE)
@pytest.mark.parametrize("missing", [False, True])
def test_the_export_folder_proposed_takes_new_files(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        writable: tuple[bool, ...], proposed: str, missing: bool) -> None:
    import os

    from PySide6.QtCore import QStandardPaths

    names = ("own-export", "last-export", "drafts", "Documents")
    folders = {name: tmp_path / name for name in (*names, "home")}
    for folder in folders.values():
        folder.mkdir(exist_ok=True)
    path = release_in(folders["drafts"])
    assert opens(window, path)
    window.settings.remember_export_folder(path, folders["own-export"])
    window.settings.last_export_folder = str(folders["last-export"])
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda location: str(folders["Documents"]))
    monkeypatch.setattr(Path, "home", lambda: folders["home"])
    refused = {str(folders[name]) for name, ok in zip(names, writable, strict=True) if not ok}
    if missing:  # a folder that is gone is passed over as a read-only one is
        for name in refused:
            shutil.rmtree(name)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda where, mode, **kw: str(where) not in refused
                        and real_access(where, mode, **kw))
    assert window._export_folder() == str(folders[proposed])
