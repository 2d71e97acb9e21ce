"""The editor's preview sets a Chinese release as its exports do (issue 24, point 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from releasedesk.gui.preview.preview_pane import WEB, WORD, PreviewPane, render_preview

from helpers import make_release


def _body_blocks(browser: QTextBrowser) -> list[QTextBlock]:
    document = browser.document()
    block = document.firstBlock()
    found = []
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_the_preview_indents_justifies_centres_and_keeps_chinese_upright(qtbot: QtBot) -> None:
    release = make_release(language="zh-CN", headline="芬霍洛区夜市开张", dateline="无锡",
                           subheadline="每周五晚开放",
                           body="芬霍洛区行政公署今天宣布夜市开张。" * 6 + "\n\n请*注意安全*。",
                           boilerplate="", end_mark="")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show_result(render_preview(release, 1))
    for tab in (WEB, WORD):
        pane.setCurrentIndex(tab)
        browser = pane.web if tab == WEB else pane.word
        blocks = _body_blocks(browser)
        title = next(b for b in blocks if b.text() == "芬霍洛区夜市开张")
        assert title.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
        first = next(b for b in blocks if b.text().startswith("无锡"))
        assert first.blockFormat().textIndent() > 0
        assert first.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
        emphasis = next(b for b in blocks if "注意安全" in b.text())
        cursor = QTextCursor(emphasis)
        cursor.setPosition(emphasis.position() + emphasis.text().index("注意") + 1)
        assert not cursor.charFormat().fontItalic()
        subtitle = next(b for b in blocks if b.text() == "每周五晚开放")
        cursor = QTextCursor(subtitle)
        cursor.setPosition(subtitle.position() + 1)
        assert not cursor.charFormat().fontItalic()
    # An English release keeps its own setting: no indent, italic emphasis.
    pane.show_result(render_preview(make_release(), 2))
    pane.setCurrentIndex(WEB)
    body = next(b for b in _body_blocks(pane.web) if b.text().startswith("NORTHGATE"))
    assert body.blockFormat().textIndent() == 0
