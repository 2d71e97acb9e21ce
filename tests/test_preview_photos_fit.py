"""Photos in the preview fit its pane (lows13: at 1024 pixels the web preview's photo, shown
at its 540-pixel preview size, was wider than the pane and a horizontal scroll bar showed).

Invariant, over pane widths and photo shapes: the web page never scrolls sideways, a photo
is shown at most as wide as the text beside it, never wider than its preview size, and
with the photo's own proportions; the picture is drawn there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.preview.preview_photos import SCHEME, PhotoTextBrowser, text_room
from releasedesk.settings import Settings

import photo_files as pf
from conftest import SAMPLES
from gui_helpers import FakePrompts, opens

WIDTHS = [160, 240, 330, 420, 560, 700, 1000]
# (preview width, height) as display_size gives them: landscape, portrait, a panorama, a
# photo smaller than the preview's box
SHAPES = [(540, 405), (228, 405), (540, 96), (120, 90)]
RED = QColor("#d01010")


def _laid_photo(browser: PhotoTextBrowser) -> tuple[float, float]:
    """The width and height the photo is laid out at: its line's width (the picture is all
    the line holds) and height above the baseline (where the picture sits)."""
    block = browser.document().begin()
    browser.document().documentLayout().blockBoundingRect(block)  # (laid out now)
    line = block.layout().lineAt(0)
    return line.naturalTextWidth(), line.ascent()


def _browser(qtbot: QtBot, width: int, shape: tuple[int, int]) -> PhotoTextBrowser:
    browser = PhotoTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(width, 600)
    picture = QImage(shape[0], shape[1], QImage.Format.Format_RGB888)
    picture.fill(RED)
    browser.set_photo_images({"k": picture})
    browser.setHtml(f'<p class="release-photo"><img src="{SCHEME}:k" width="{shape[0]}" '
                    f'height="{shape[1]}" alt="a ferry"><br>The caption.</p><p>Text after.</p>')
    browser.show()
    qtbot.waitExposed(browser)
    return browser


@pytest.mark.parametrize("width", WIDTHS)
def test_a_photo_fits_the_pane_with_its_proportions(qtbot: QtBot, qapp: QApplication,
                                                     width: int) -> None:
    for shape in SHAPES:
        browser = _browser(qtbot, width, shape)
        room = text_room(browser.document(), 0)
        shown_width, laid_height = _laid_photo(browser)
        assert browser.horizontalScrollBar().maximum() == 0, (width, shape)
        assert shown_width <= min(room, shape[0]) + 0.5, (width, shape, room)
        assert shown_width >= min(room, shape[0]) - 1, (width, shape, room)  # never smaller
        shown_height = shape[1] * shown_width / shape[0]
        assert laid_height == pytest.approx(shown_height, abs=1), (width, shape)
        # the picture is drawn in its place, at the top left of the text
        margin = int(browser.document().documentMargin())
        centre = browser.viewport().grab().toImage().pixelColor(
            margin + int(shown_width / 2), margin + int(shown_height / 2))
        assert centre == RED, (width, shape, centre.name())
        browser.close()


def test_a_photo_grows_back_when_the_pane_widens(qtbot: QtBot, qapp: QApplication) -> None:
    browser = _browser(qtbot, 300, (540, 405))
    narrow = _laid_photo(browser)[0]
    browser.resize(900, 600)
    qtbot.waitUntil(lambda: _laid_photo(browser)[0] == pytest.approx(540), timeout=3000)
    assert narrow < 300


def test_a_photo_s_place_is_kept_at_its_shape_before_its_picture_comes(
        qtbot: QtBot, qapp: QApplication) -> None:
    """The start-up render has the photos' places, not their pictures: the place is already
    the size the picture will have, so nothing below it moves when it comes."""
    browser = PhotoTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(330, 600)
    browser.setHtml(f'<p><img src="{SCHEME}:k" width="540" height="405"></p><p>after</p>')
    browser.show()
    qtbot.waitExposed(browser)
    before = _laid_photo(browser)
    height = browser.document().size().height()
    picture = QImage(540, 405, QImage.Format.Format_RGB888)
    picture.fill(RED)
    browser.set_photo_images({"k": picture})
    assert _laid_photo(browser) == before
    assert browser.document().size().height() == height
    assert before[0] < 330 and before[1] == pytest.approx(before[0] * 405 / 540, abs=1)


def test_the_window_s_web_preview_does_not_scroll_sideways_at_1024_pixels(
        qtbot: QtBot, tmp_path: Path) -> None:
    release = document.load(SAMPLES / "tidewater-ferry-terminal.release")
    release.photos = [pf.photo(width=2400, height=1600)]
    release.body = f"![A ferry](photo:{release.photos[0].id})\n\n{release.body}"
    story = tmp_path / "story.release"
    document.save(release, story)
    window = MainWindow(Settings(), FakePrompts())
    qtbot.addWidget(window)
    assert opens(window, story)
    window.resize(1024, 740)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.preview.result is not None
                    and bool(window.preview.result.images), timeout=15000)
    web = window.preview.web
    key = release.photos[0].sha256[:24]
    image = web.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                    f"{SCHEME}:{key}")
    assert isinstance(image, QImage) and image.width() == 540  # the preview's copy
    assert web.viewport().width() < 540  # (the case: a pane narrower than the photo)
    qtbot.waitUntil(lambda: web.horizontalScrollBar().maximum() == 0, timeout=3000)
    assert web.document().size().width() <= web.viewport().width()
    window.manager.modified = False
    window.close()
