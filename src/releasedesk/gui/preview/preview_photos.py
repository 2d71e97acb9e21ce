"""Photos in the preview: scaled once off the GUI thread, kept small, shown by Qt's rich text.

Qt's rich text knows neither <figure> nor srcset, and would show a 1600-pixel copy at 1600
pixels; so the preview's copy of the article turns each figure into a paragraph holding
the picture at the preview's width and its caption under it, and names the picture by its
content (``releasedesk-photo:SHA``), which the browsers below answer from memory.

Memory stays bounded: the cache keeps one scaled copy (at most 540 × 405 pixels, about
0.65 MB) per photo of the release being shown and forgets photos that left it; a full-size
photo is never decoded (JPEGs are decoded at 1/2 to 1/8 scale straight away).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPyTextObject, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...body.tree import LaidPhoto
from ...model import Photo
from ...records import record
from ...render.html_writer import figure_caption
from ...render.words import OutputWords
from ...text_html import escape
from ..basics.short_runs import without_runs

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QRect, QRectF, QUrl
    from PySide6.QtGui import QImage, QPainter

PREVIEW_BOX = (540, 405)  # within the Word tab's page (680 px less its margins)
ICON_BOX = (96, 64)  # the Photos section's thumbnails, made from the same decode
SCHEME = "releasedesk-photo"


@record(frozen=True)
class PreviewImage:
    """A scaled photo, as raw 8-bit pixels (Qt-free; the GUI thread makes the QImage)."""

    key: str  # the photo's content, shortened: the same picture, the same key
    width: int
    height: int
    mode: str  # "RGB" or "RGBA"
    pixels: bytes
    icon_size: tuple[int, int] = (0, 0)
    icon_pixels: bytes = b""


class PreviewImageCache:
    """Scaled copies by photo content; only the latest release's photos are kept."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._images: dict[str, PreviewImage] = {}

    def images(self, photos: list[Photo]) -> list[PreviewImage]:
        """The scaled copy of each photo (made now if new); forgets every other photo."""
        made: dict[str, PreviewImage] = {}
        for photo in photos:
            key = photo.sha256[:24]
            with self._lock:
                found = self._images.get(key)
            if found is None:
                found = scaled_copy(photo, PREVIEW_BOX, icon=True)
            made[key] = found
        with self._lock:
            self._images = made
        return list(made.values())

    def __len__(self) -> int:
        return len(self._images)


def scaled_copy(photo: Photo, box: tuple[int, int], icon: bool = False) -> PreviewImage:
    """*photo* fitted inside *box* (never enlarged), and its icon when asked."""
    from ...media.copies import scaled

    image = scaled(photo.data, box)
    mode = "RGBA" if image.mode == "RGBA" else "RGB"
    image = image.convert(mode)
    if not icon:
        return PreviewImage(photo.sha256[:24], image.width, image.height, mode,
                            image.tobytes())
    small = image.copy()
    small.thumbnail(ICON_BOX)
    return PreviewImage(photo.sha256[:24], image.width, image.height, mode, image.tobytes(),
                        small.size, small.tobytes())


def display_size(photo: LaidPhoto, box: tuple[int, int] = PREVIEW_BOX) -> tuple[int, int]:
    """The size a photo is shown at: inside *box* (the preview's), never enlarged."""
    width, height = photo.width, photo.height
    scale = min(1.0, box[0] / width, box[1] / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def preview_figure(photo: LaidPhoto, words: OutputWords,
                   box: tuple[int, int] = PREVIEW_BOX) -> str:
    """A photo as a paragraph Qt shows (it knows no <figure>): the picture at its preview
    size (inside *box*), then its caption and credit as the exports write them (the HTML
    writer's HtmlOptions.figure)."""
    width, height = display_size(photo, box)
    key = photo.photo.sha256[:24]
    caption = figure_caption(photo, words)
    opening = (f'<p class="release-photo"><img src="{SCHEME}:{key}" width="{width}" '
               f'height="{height}" alt="{escape(photo.alt, quote=True)}">')
    return f"{opening}\n<br>{caption}</p>\n" if caption else f"{opening}</p>\n"


def to_qimage(image: PreviewImage, icon: bool = False) -> QImage:
    """The QImage of a scaled copy, or of its icon (a copy of its own: the bytes may go)."""
    from PySide6.QtGui import QImage  # (with the first photo: Qt's image class, its enums)

    kind = QImage.Format.Format_RGBA8888 if image.mode == "RGBA" else QImage.Format.Format_RGB888
    width, height = image.icon_size if icon else (image.width, image.height)
    stride = width * (4 if image.mode == "RGBA" else 3)
    return QImage(image.icon_pixels if icon else image.pixels, width, height, stride,
                  kind).copy()


def text_room(document: QTextDocument, position: int) -> float:
    """The width the text has at *position*: the document's, less its root frame's margins,
    border and padding and the paragraph's margins and first-line indent."""
    frame = document.rootFrame().frameFormat()
    block = document.findBlock(position).blockFormat()
    return (document.textWidth() - frame.leftMargin() - frame.rightMargin()
            - 2 * (frame.border() + frame.padding()) - block.leftMargin()
            - block.rightMargin() - max(0.0, block.textIndent()))


class FittedPictures(QPyTextObject):
    """Qt's pictures in a document, but never wider than the text: a photo's <img> names
    its preview size (540 pixels at most, its place kept before its picture comes), which
    in a pane narrower than that (a 1024-pixel window) is shown at the text's width, its
    height in proportion, and grows back as the pane widens (every layout asks again)."""

    def intrinsicSize(self, document: QTextDocument, position: int,  # (Qt names it)
                      kind: QTextFormat) -> QSizeF:
        picture = kind.toImageFormat()
        width, height = picture.width(), picture.height()
        if width <= 0 or height <= 0:  # (no size named: the picture's own)
            image = self._image(document, kind)
            width, height = (image.width(), image.height()) if image is not None else (0, 0)
        room = text_room(document, position)
        if width > room > 0:
            width, height = room, height * room / width
        return QSizeF(width, height)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect,  # (Qt names it)
                   document: QTextDocument, position: int, kind: QTextFormat) -> None:
        image = self._image(document, kind)
        if image is not None:
            painter.save()
            painter.setRenderHint(painter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, image)
            painter.restore()

    @staticmethod
    def _image(document: QTextDocument, kind: QTextFormat) -> QImage | None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QImage, QPixmap

        found = document.resource(QTextDocument.ResourceType.ImageResource.value,
                                  QUrl(kind.toImageFormat().name()))
        if isinstance(found, QPixmap):
            found = found.toImage()
        return found if isinstance(found, QImage) and not found.isNull() else None


class PhotoTextBrowser(QTextBrowser):
    """A QTextBrowser that shows the release's photos from memory, never from a file, and
    never wider than its text (FittedPictures)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures = FittedPictures(self)
        self.document().documentLayout().registerHandler(
            QTextFormat.ObjectTypes.ImageObject.value, self._pictures)
        self.photo_images: dict[str, QImage] = {}
        # The HTML the document was made from (set by the preview), for what is copied.
        self.shown_html: Callable[[], str] | None = None

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as the writer's HTML would give it: the document Qt holds has its
        long texts cut into runs (short_runs.py), which would split bold and italic in
        what is pasted; the same stretch of a document made from the uncut HTML does not.
        """
        if self.shown_html is None:
            return super().createMimeDataFromSelection()
        from PySide6.QtCore import QMimeData  # (on the first copy, not at every start)

        clean = QTextDocument()
        clean.setDefaultStyleSheet(self.document().defaultStyleSheet())
        clean.setHtml(without_runs(self.shown_html()))
        selected = self.textCursor()
        cursor = QTextCursor(clean)
        cursor.setPosition(min(selected.selectionStart(), clean.characterCount() - 1))
        cursor.setPosition(min(selected.selectionEnd(), clean.characterCount() - 1),
                           QTextCursor.MoveMode.KeepAnchor)
        fragment = cursor.selection()
        data = QMimeData()
        data.setHtml(fragment.toHtml())
        data.setText(fragment.toPlainText())
        return data

    def set_photo_images(self, images: dict[str, QImage]) -> None:
        """The photos' pictures by key. Handed to the document too: it keeps what it was
        given for a picture the first time (an empty image, before the photos were
        scaled), so a document already showing the places would never show the photos."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QImage

        kind = QTextDocument.ResourceType.ImageResource.value
        document = self.document()
        for key in self.photo_images.keys() - images.keys():  # (a document never forgets
            document.addResource(kind, QUrl(f"{SCHEME}:{key}"), QImage())  # a resource)
        for key, image in images.items():
            document.addResource(kind, QUrl(f"{SCHEME}:{key}"), image)
        self.photo_images = images
        self.viewport().update()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        from PySide6.QtCore import QUrl  # (asked for a picture or a style: rare, not at start)
        from PySide6.QtGui import QImage

        url = QUrl(name) if isinstance(name, str) else name
        if url.scheme() == SCHEME:
            if int(kind) == int(QTextDocument.ResourceType.ImageResource.value):
                return self.photo_images.get(url.path(), QImage())
            return None
        return super().loadResource(kind, name)
