"""The Word tab's page: centred, dressed after every rebuild, following the zoom."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from releasedesk.gui.preview.document_patch import DocumentPatcher
from releasedesk.gui.preview.page_view import GAP, PAGE_PADDING, PAGE_WIDTH, PageView


def test_the_page_is_white_padded_centred_and_zooms(qapp: QApplication) -> None:
    view = PageView()
    view.resize(1400, 700)
    view.show()
    qapp.processEvents()
    patcher = DocumentPatcher(view.document(), view.dress_page)
    html = "<p>One paragraph.</p>\n<p>Another.</p>\n"
    patcher.set_html(html, None)  # a whole parse: the page dressed after it
    view.refit()
    page = view.document().rootFrame().frameFormat()
    assert page.background().color().name() == "#ffffff"
    assert page.padding() == PAGE_PADDING
    assert view.lineWrapColumnOrWidth() == PAGE_WIDTH
    margins = view.viewportMargins()
    assert margins.left() == margins.right() > GAP  # centred in a wide view

    view.remember_font_size()
    view.zoomIn(4)
    view.refit()
    assert view.lineWrapColumnOrWidth() > PAGE_WIDTH
    assert view.document().rootFrame().frameFormat().padding() > PAGE_PADDING
    view.close()


def test_a_narrow_view_keeps_the_gap_and_scrolls(qapp: QApplication) -> None:
    view = PageView()
    view.resize(500, 400)
    view.show()
    qapp.processEvents()
    view.refit()
    assert view.viewportMargins().left() == GAP
    assert view.lineWrapColumnOrWidth() == PAGE_WIDTH  # the page keeps its width
    view.close()
