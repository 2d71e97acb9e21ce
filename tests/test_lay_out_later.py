"""A body, or a whole preview shown from its top, put into a view on screen is written with
the document's layout off and laid out once it is whole (formatted_editor.set_markdown,
DocumentPatcher.set_html): once settled, the view looks exactly as when Qt followed every
change, at its top, further down and at its end, with the same scroll range. (A preview
scrolled down is parsed as before, so the reader's place is put back in the same range.)"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser

from releasedesk.body.inline import AnyPhotoId
from releasedesk.body.parse import parse_markdown
from releasedesk.gui.body.formatted_editor import FormattedEdit
from releasedesk.gui.body.rich_body import fill_document
from releasedesk.gui.preview.document_patch import DocumentPatcher
from releasedesk.gui.preview.preview_pane import render_preview
from releasedesk.resources import resource_text

from corpus import corpus

CSS = resource_text("css", "preview-web.css")
SIZE = (460, 320)
# Short and long, lists, Chinese, right-to-left, emoji, links: each written both ways.
NAMES = ("empty-optional", "twenty-thousand-words", "nested-lists", "cjk", "rtl", "emoji",
         "many-links", "fernhollow-night-market-zh")


def _seen(app: QApplication, view: QTextBrowser | FormattedEdit) -> tuple[int, list[QImage]]:
    """The view settled (laid out to its end: where a half-done background layout stands
    varies from run to run), its scroll range, and what a reader sees at its top, half way
    down and at its end."""
    bar = view.verticalScrollBar()
    view.document().documentLayout().documentSize()
    app.processEvents()
    pictures = []
    for place in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(place)
        app.processEvents()
        pictures.append(view.grab().toImage())
    return bar.maximum(), pictures


def _on_screen(view: QTextBrowser | FormattedEdit, app: QApplication) -> None:
    # No text cursor drawn: whichever view has the focus shows a blinking one, and which
    # that is depends on what windows an earlier test in the same process left active.
    view.setCursorWidth(0)
    view.resize(*SIZE)
    view.show()
    app.processEvents()


@pytest.mark.parametrize("name", NAMES)
def test_the_formatted_body_looks_as_when_qt_followed_the_writing(qapp: QApplication,
                                                                   name: str) -> None:
    body = corpus()[name].body
    now, before = FormattedEdit(), FormattedEdit()
    _on_screen(now, qapp)
    _on_screen(before, qapp)
    now.set_markdown(body)
    # The former way: the cursor writes into a document that lays out as it goes.
    before.document().setUndoRedoEnabled(False)
    fill_document(QTextCursor(before.document()), parse_markdown(body, AnyPhotoId()),
                  before.ids, before.look)
    before.document().setUndoRedoEnabled(True)
    before.moveCursor(QTextCursor.MoveOperation.Start)
    assert now.document().isLayoutEnabled()
    assert now.document().toHtml() == before.document().toHtml()
    assert _seen(qapp, now) == _seen(qapp, before), name
    assert not now.document().isUndoAvailable()
    for view in (now, before):
        view.close()


@pytest.mark.parametrize("name", NAMES)
def test_the_preview_looks_as_when_qt_followed_the_parse(qapp: QApplication,
                                                         name: str) -> None:
    result = render_preview(corpus()[name])
    now, before = QTextBrowser(), QTextBrowser()
    for view in (now, before):
        view.document().setDefaultStyleSheet(CSS)
        _on_screen(view, qapp)
    DocumentPatcher(now.document()).set_html(result.web, result.web_units, from_top=True)
    before.document().setHtml(result.web_units.flat)  # the former way
    assert now.document().isLayoutEnabled()
    assert _seen(qapp, now) == _seen(qapp, before), name
    for view in (now, before):
        view.close()


def test_a_preview_scrolled_down_is_parsed_as_before(qapp: QApplication) -> None:
    """Further down, the whole parse is Qt's own: the range the reader's place is put back
    in right after is the one it always was."""
    result = render_preview(corpus()["twenty-thousand-words"])
    now, before = QTextBrowser(), QTextBrowser()
    for view in (now, before):
        view.document().setDefaultStyleSheet(CSS)
        _on_screen(view, qapp)
    DocumentPatcher(now.document()).set_html(result.web, result.web_units)
    before.document().setHtml(result.web_units.flat)
    assert now.verticalScrollBar().maximum() == before.verticalScrollBar().maximum() > 0
    for view in (now, before):
        view.close()
