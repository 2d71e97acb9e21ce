"""The Word document tab: the article on a white page of fixed width, centred on grey.

The page is the document's root frame (white, padded like the DOCX's margins) laid out at
a fixed width, not an HTML table: Qt lays a table out whole on every change (0.4–0.6 s
for a 20k-word release), while a plain document is laid out lazily and can be updated
block by block like the web tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from ..basics import scheme
from ..basics.enum_properties import set_enum_property
from ..basics.styling import solid_brush
from .preview_photos import PhotoTextBrowser

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

PAGE_WIDTH = 680  # px at the default font size: about A4's proportions beside the text
PAGE_PADDING = 64  # the page margin around the text
GAP = 18  # grey around the page
PAGE, SURROUND = "#ffffff", "#e4e4df"  # in a light scheme


class PageView(PhotoTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dress_surround()
        self.setAutoFillBackground(True)
        set_enum_property(self, "lineWrapMode", "FixedPixelWidth")
        self._base_size: float | None = None  # the font size before any zoom
        self._margins = (0, 0)  # the viewport margins last set (side, top)
        self.setLineWrapColumnOrWidth(PAGE_WIDTH)
        # Page and margins are set when the tab is first shown (refit) and after every
        # whole parse (dress_page): the tab starts hidden, so the start pays for neither.

    def _dress_surround(self) -> None:
        """Grey around a white page; in a dark scheme, the dark ground around a page a
        shade lighter (the page's text is turned to read on it, preview.py)."""
        wanted = scheme.ground(scheme.BASE) if scheme.is_dark() else SURROUND
        palette = self.palette()
        if palette.color(QPalette.ColorRole.Window).name() == wanted:
            return
        surround = solid_brush(wanted)
        palette.setBrush(QPalette.ColorRole.Base, surround)  # the view around the page
        palette.setBrush(QPalette.ColorRole.Window, surround)  # the margins beside the view
        self.setPalette(palette)

    def dress_page(self) -> None:
        """Make the root frame the page; call again after the document was rebuilt (and
        after the scheme switched)."""
        self._dress_surround()
        root = self.document().rootFrame()
        page = root.frameFormat()
        page.setBackground(scheme.fill_brush(PAGE))
        page.setMargin(0)
        page.setPadding(self._scaled(PAGE_PADDING))
        root.setFrameFormat(page)

    def _scaled(self, pixels: int) -> int:
        if self._base_size is None:
            return pixels  # not zoomed yet (reading the font here would slow the start)
        size = self.font().pointSizeF()
        return round(pixels * size / self._base_size) if size > 0 < self._base_size else pixels

    def refit(self) -> None:
        """When shown, resized or zoomed: the page width follows the font size, and the page
        sits in the middle of the view.

        Only what changed is set: a new wrap width or frame format lays the whole document
        out again (60 ms at 20k words), which must not happen on every preview update.
        """
        width = self._scaled(PAGE_WIDTH)
        if width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)
            self.dress_page()  # the padding follows the zoom too
        spare = (self.width() - 2 * self.frameWidth() - width
                 - self.verticalScrollBar().sizeHint().width())
        side = max(GAP, spare // 2)
        if (side, GAP) != self._margins:
            self._margins = (side, GAP)
            self.setViewportMargins(side, GAP, side, GAP)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.isVisible():
            self.refit()
        super().resizeEvent(event)

    def remember_font_size(self) -> None:
        """Call before the first zoom: the size the page's proportions are for."""
        if self._base_size is None:
            self._base_size = self.font().pointSizeF()

