"""The window's long texts are laid out once as it first shows (gui/app/first_layout.py):
once it stands, the body and the preview look exactly as when Qt laid them out at every
width on the way (the same scroll bars, scroll ranges and pixels), short texts and long,
and afterwards their documents lay out and their scroll bars follow the text as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.first_layout import laid_out_once, surely_taller
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.settings import Settings

from corpus import corpus

# Long and short, Chinese, right to left, lists: the body and the preview of each.
NAMES = ("twenty-thousand-words", "empty-optional", "cjk", "rtl", "nested-lists",
         "tidewater-ferry-terminal")
SIZE = (1100, 700)


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.open_path(path)
    window.scheduler.render_now()
    # (no proofing pass: it would underline one window's words before the other's)
    window.proof_scheduler.shutdown()
    return window


def _settled(app: QApplication, view: QTextEdit | QPlainTextEdit) -> tuple[bool, int, QImage]:
    """*view* laid out to its end (where Qt's idle steps stand varies from run to run): its
    scroll bar, its scroll range, what it shows at its top."""
    view.document().documentLayout().documentSize()
    app.processEvents()
    bar = view.verticalScrollBar()
    return bar.isVisible(), bar.maximum(), view.viewport().grab().toImage()


@pytest.mark.parametrize("name", NAMES)
def test_the_window_first_shown_looks_as_when_qt_laid_out_every_width(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, name: str) -> None:
    paths = [tmp_path / "ours.release", tmp_path / "qts.release"]  # (each its own lock)
    for path in paths:
        document.save(corpus()[name], path)
    ours, qts = (_window(qtbot, path) for path in paths)
    for window in (ours, qts):
        window.form.body.editor.setCursorWidth(0)  # (the focus, and its cursor, is one's)
    try:
        ours.show()  # laid out once
        QMainWindow.show(qts)  # Qt's own way: laid out at every width on the way
        qapp.processEvents()
        for view in (ours.form.body.editor, ours.preview.web):
            assert view.document().isLayoutEnabled()
            assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        for mine, theirs in ((ours.form.body.editor, qts.form.body.editor),
                             (ours.preview.web, qts.preview.web)):
            assert mine.viewport().size() == theirs.viewport().size()
            assert _settled(qapp, mine) == _settled(qapp, theirs)
    finally:
        for window in (ours, qts):
            window.manager.modified = False
            window.close()


def test_a_long_body_shown_first_then_edited_lays_out_and_scrolls_as_before(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "long.release"
    document.save(corpus()["twenty-thousand-words"], path)
    window = _window(qtbot, path)
    try:
        window.show()
        qapp.processEvents()
        editor = window.form.body.editor
        bar = editor.verticalScrollBar()
        editor.document().documentLayout().documentSize()
        qapp.processEvents()
        assert bar.isVisible() and bar.maximum() > 0
        editor.selectAll()  # the long text goes: the bar goes with it, as Qt decides
        editor.insertPlainText("Short now.")
        qapp.processEvents()
        assert not bar.isVisible() and bar.maximum() == 0
    finally:
        window.manager.modified = False
        window.close()


def test_views_it_does_not_hold_are_left_as_they_are(qapp: QApplication) -> None:
    held = QTextEdit()
    held.setPlainText("\n".join(["line"] * 500))
    held.document().setLayoutEnabled(False)  # (someone else's pause)
    with laid_out_once([held, object()], 100):
        assert held.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert not held.document().isLayoutEnabled()


@settings(max_examples=25, deadline=None)
@given(paragraphs=st.lists(st.text(alphabet="ab cd\u4e00", max_size=300), min_size=1,
                           max_size=120),
       height=st.integers(50, 2000), width=st.integers(120, 1400))
def test_a_text_called_surely_taller_is_taller_at_any_width(
        qapp: QApplication, paragraphs: list[str], height: int, width: int) -> None:
    view = QTextEdit()
    view.setPlainText("\n".join(paragraphs))
    view.document().setTextWidth(width)
    if surely_taller(view, height):
        assert view.document().size().height() > height
