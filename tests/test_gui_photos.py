"""The editor's Photos section and previews, driven as a user would: add by dialog or drop,
fields prefilled from the file, reorder, edit, remove, place in the body, previews with the
pictures in them, autosave off the GUI thread, export of the package."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QTextDocument
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.preview.preview_pane import TEXT, WEB, WORD
from releasedesk.gui.preview.preview_photos import SCHEME
from releasedesk.model import Release
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

import photo_files as pf
from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, wait_for_tasks, went


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A copy of the wire sample to edit."""
    target = tmp_path / "story.release"
    target.write_bytes((SAMPLES / "tidewater-ferry-terminal.release").read_bytes())
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


def prompts_of(window: MainWindow) -> FakePrompts:
    assert isinstance(window.prompts, FakePrompts)
    return window.prompts


@pytest.fixture
def camera_file(tmp_path: Path) -> Path:
    path = tmp_path / "Ferry at Dawn.JPG"
    path.write_bytes(pf.camera_jpeg(2400, 1600))
    return path


def add_and_wait(qtbot: QtBot, window: MainWindow, *paths: Path) -> None:
    panel = window.form.photos
    before = len(window.manager.release.photos)
    panel.add_files(list(paths))
    qtbot.waitUntil(lambda: len(window.manager.release.photos) == before + len(paths)
                    or bool(prompts_of(window).errors), timeout=15000)


def test_add_by_dialog_prefills_and_marks_the_document_modified(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, camera_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    assert opens(window, work)
    prompts = prompts_of(window)
    asked: list[str] = []
    def open_photos(folder: str, then: Callable[[list[Path]], object]) -> None:
        asked.append(folder)
        then([camera_file])

    monkeypatch.setattr(prompts, "open_photos", open_photos)
    window.form.photos.add_button.click()
    assert asked == [str(work.parent)]  # the dialog starts in the release's folder
    qtbot.waitUntil(lambda: bool(window.manager.release.photos), timeout=15000)
    photo = window.manager.release.photos[0]
    assert photo.id == "ferry-at-dawn"
    assert (photo.caption, photo.alt) == (pf.IPTC_CAPTION, pf.XMP_ALT)
    panel = window.form.photos
    assert panel.caption.toPlainText() == pf.IPTC_CAPTION
    assert panel.alt.text() == pf.XMP_ALT
    assert "taken from the photo's own metadata" in panel.note.text()
    assert window.manager.modified
    assert pf.SERIAL.encode() not in photo.data
    assert panel.has_thumbnail(0)  # the worker's thumbnail came with the photo


def test_dropping_photos_on_the_window_adds_them(qtbot: QtBot,
                                                 make_window: Callable[[], MainWindow], work: Path,
                                                 camera_file: Path,
                                                 tmp_path: Path) -> None:
    window = make_window()
    assert opens(window, work)
    second = tmp_path / "crew.png"
    second.write_bytes(pf.camera_png())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(camera_file)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(window.manager.release.photos) == 2, timeout=15000)
    assert [p.id for p in window.manager.release.photos] == ["ferry-at-dawn", "crew"]
    assert window.manager.path == work  # a dropped photo never replaces the document


def test_a_bad_file_gets_one_sentence_and_changes_nothing(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, tmp_path: Path) -> None:
    window = make_window()
    assert opens(window, work)
    fake = tmp_path / "scan.jpg"
    fake.write_bytes(b"%PDF-1.5 a scanned letter")
    window.form.photos.add_files([fake])
    qtbot.waitUntil(lambda: bool(prompts_of(window).errors), timeout=15000)
    assert prompts_of(window).errors == [
        "scan.jpg is a PDF document, not a photo, whatever its name says. Export the picture "
        "from it as JPEG or PNG and add that."]
    assert window.manager.release.photos == [] and not window.manager.modified


def test_edit_reorder_lead_remove_and_place(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                            work: Path, camera_file: Path,
                                            tmp_path: Path) -> None:
    window = make_window()
    assert opens(window, work)
    second = tmp_path / "crew.jpg"
    second.write_bytes(pf.camera_jpeg(1300, 900, iptc=False, xmp=False))
    add_and_wait(qtbot, window, camera_file, second)
    panel = window.form.photos
    photos = window.manager.release.photos
    panel.list.setCurrentRow(0)  # none marked: the first leads, and its box says so
    assert panel.lead.isChecked() and panel.list.item(0).text().endswith("(lead)")
    panel.list.setCurrentRow(1)
    assert not panel.lead.isChecked()
    QTest.keyClicks(panel.caption, "The crew")
    QTest.keyClicks(panel.credit, "Bo Lind")
    QTest.keyClicks(panel.alt, "Four people in orange jackets")
    assert (photos[1].caption, photos[1].credit, photos[1].alt) == (
        "The crew", "Bo Lind", "Four people in orange jackets")
    panel.lead.setChecked(True)
    assert [p.lead for p in photos] == [False, True]
    assert panel.list.item(1).text().endswith("(lead)")
    panel.up_button.click()
    assert [p.id for p in window.manager.release.photos] == ["crew", "ferry-at-dawn"]
    assert panel.list.currentRow() == 0
    body = window.form.body.editor
    body.moveCursor(body.textCursor().MoveOperation.End)
    panel.place_button.click()
    assert "![Four people in orange jackets](photo:crew)" in window.manager.release.body
    panel.list.setCurrentRow(1)
    panel.remove_button.click()
    assert [p.id for p in window.manager.release.photos] == ["crew"]
    window.scheduler.render_now()
    assert [f.code for f in window.readiness.findings if f.code.startswith("photo_")] == [
        "photo_url_relative"]  # (the house style names no site address: tests/test_base_url)
    panel.alt.selectAll()
    QTest.keyClick(panel.alt, Qt.Key.Key_Delete)
    window.scheduler.render_now()
    assert "photo_alt_missing" in {f.code for f in window.readiness.findings}
    window.show()
    qtbot.waitExposed(window)
    window.readiness.fieldRequested.emit("photos")
    qtbot.waitUntil(panel.list.hasFocus, timeout=3000)


def test_previews_show_the_pictures_in_all_three_tabs(qtbot: QtBot,
                                                      make_window: Callable[[], MainWindow],
                                                      work: Path,
                                                      camera_file: Path) -> None:
    window = make_window()
    assert opens(window, work)
    add_and_wait(qtbot, window, camera_file)
    key = window.manager.release.photos[0].sha256[:24]
    qtbot.waitUntil(lambda: window.preview.result is not None
                    and bool(window.preview.result.images), timeout=15000)
    for tab, browser in ((WEB, window.preview.web), (WORD, window.preview.word)):
        window.preview.setCurrentIndex(tab)
        html = window.preview.content(tab)
        assert f'src="{SCHEME}:{key}"' in html and 'width="540"' in html
        assert pf.IPTC_CAPTION in html
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl(f"{SCHEME}:{key}"))
        assert isinstance(image, QImage) and image.width() == 540
    window.preview.setCurrentIndex(TEXT)
    assert "[Photo: " + pf.IPTC_CAPTION in window.preview.content(TEXT)
    assert len(window.scheduler.images) == 1


def reopened_with_a_photo(qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path,
                          camera_file: Path) -> MainWindow:
    """*work* given the camera photo and saved in one window, then opened in another."""
    window = make_window()
    assert opens(window, work)
    add_and_wait(qtbot, window, camera_file)
    assert went(window.manager.save)
    window.manager.modified = False
    window.close()
    again: MainWindow = make_window()
    assert opens(again, work)
    return again


def test_a_reopened_release_gets_thumbnails_from_the_preview(qtbot: QtBot,
                                                             make_window: Callable[[], MainWindow],
                                                             work: Path,
                                                            camera_file: Path) -> None:
    again = reopened_with_a_photo(qtbot, make_window, work, camera_file)
    panel = again.form.photos
    assert panel.list.count() == 1
    qtbot.waitUntil(lambda: panel.has_thumbnail(0), timeout=15000)
    icon = panel.list.item(0).icon().pixmap(96, 64).toImage()
    assert icon.width() == 96  # the photo itself, 3:2, at the icon's size


def test_a_reopened_release_shows_its_photos_in_the_web_page(qtbot: QtBot,
                                                             make_window: Callable[[], MainWindow],
                                                             work: Path,
                                                              camera_file: Path) -> None:
    again = reopened_with_a_photo(qtbot, make_window, work, camera_file)
    key = again.manager.release.photos[0].sha256[:24]
    # As the editor starts with a file: the first render, on the GUI thread, has the
    # photo's place, not its picture, and is painted before the picture comes.
    assert not again.scheduler.render_now().images
    again.preview.web.grab()
    qtbot.waitUntil(lambda: again.preview.result is not None
                    and bool(again.preview.result.images), timeout=15000)
    for tab, browser in ((WEB, again.preview.web), (WORD, again.preview.word)):
        again.preview.setCurrentIndex(tab)
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl(f"{SCHEME}:{key}"))
        assert isinstance(image, QImage) and image.width() == 540, tab
    web = again.preview.web
    web.set_photo_images({})  # the photo gone: the document lets go of its picture
    image = web.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                    QUrl(f"{SCHEME}:{key}"))
    assert isinstance(image, QImage) and image.isNull()


def test_autosave_runs_off_the_gui_thread(qtbot: QtBot, tmp_path: Path, work: Path) -> None:
    started, release_write = threading.Event(), threading.Event()

    class SlowStore(RecoveryStore):
        def write(self, key: str, release: Release, original: Path | None) -> None:
            started.set()
            release_write.wait(10)
            super().write(key, release, original)

    window = MainWindow(Settings(), FakePrompts(), SlowStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert opens(window, work)
    window.manager.release.photos.append(pf.photo())
    window.manager.mark_modified()
    window.manager.write_recovery()  # returns at once although the disk "hangs"
    assert started.wait(10)
    assert not any((tmp_path / "recovery").glob("*.release"))
    release_write.set()
    qtbot.waitUntil(lambda: any((tmp_path / "recovery").glob("*.release")), timeout=10000)
    copy = next((tmp_path / "recovery").glob("*.release"))
    qtbot.waitUntil(lambda: document.load(copy).photos == window.manager.release.photos,
                    timeout=10000)
    window.manager.modified = False
    window.close()
    assert not any((tmp_path / "recovery").glob("*.release"))


def test_save_reopen_and_export_the_package(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                            work: Path, camera_file: Path,
                                            tmp_path: Path) -> None:
    window = make_window()
    assert opens(window, work)
    add_and_wait(qtbot, window, camera_file)
    assert went(window.manager.save)
    assert work.read_bytes().startswith(b"PK")
    assert document.load(work).photos == window.manager.release.photos
    prompts_of(window).next_path = tmp_path / "web.zip"
    window.actions["export_package"].trigger()
    wait_for_tasks()
    with zipfile.ZipFile(tmp_path / "web.zip") as archive:
        assert "web/web_files/ferry-at-dawn-1600.jpg" in archive.namelist()


def test_read_only_documents_cannot_change_photos(qtbot: QtBot,
                                                  make_window: Callable[[], MainWindow], work: Path,
                                                  camera_file: Path) -> None:
    first = make_window()
    assert opens(first, work)
    second = make_window()
    assert opens(second, work)
    assert second.manager.read_only
    panel = second.form.photos
    assert not panel.add_button.isEnabled()
    panel.add_files([camera_file])
    assert panel.reader.wait(10)
    qtbot.wait(50)
    assert second.manager.release.photos == []


def test_a_photo_dragged_over_the_window_loads_the_photo_libraries_before_the_drop(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, camera_file: Path) -> None:
    from PySide6.QtGui import QDragEnterEvent

    window = make_window()
    assert opens(window, work)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(camera_file))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(event)
    assert event.isAccepted()
    panel = window.form.photos
    wait_for_tasks()
    assert panel.reader.preloaded
    assert window.manager.release.photos == []  # nothing added before the drop


def test_photo_references_survive_the_formatted_body_editor(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, camera_file: Path) -> None:
    """Placed in the formatted view, edited around, read back: the reference stays."""
    window = make_window()
    assert opens(window, work)
    add_and_wait(qtbot, window, camera_file)
    body = window.form.body
    assert body.view == "formatted"
    body.editor.moveCursor(body.editor.textCursor().MoveOperation.Start)
    window.form.photos.place_button.click()
    assert "(photo:ferry-at-dawn)" in window.manager.release.body
    QTest.keyClicks(body.editor, "More words. ")
    markdown = window.manager.release.body
    assert f"![{pf.XMP_ALT}](photo:ferry-at-dawn)" in markdown
    window.scheduler.render_now()
    html = window.preview.content(WEB)
    assert html.count('class="release-photo"') == 1  # placed once, where the body says
    body.set_view("markdown")
    assert f"![{pf.XMP_ALT}](photo:ferry-at-dawn)" in body.editor.toPlainText()
    body.set_view("formatted")
    QTest.keyClicks(body.editor, "x")
    assert "(photo:ferry-at-dawn)" in window.manager.release.body
