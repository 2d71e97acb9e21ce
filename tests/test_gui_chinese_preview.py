"""The editor's preview sets a Chinese release as its exports do (issue 24, point 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from releasedesk.document import load
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


def _italic_fragments(block: QTextBlock) -> list[str]:
    found = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.charFormat().fontItalic():
            found.append(fragment.text())
        fragments += 1
    return found


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.sampled_from(["马罗岛渡轮", "每日增开", "两班", "，", "船票",
                                        "在线预订", "并延长", "候船室开放时间", "。", "港务局"]),
                       min_size=20, max_size=60))
def test_a_long_chinese_subheadline_stays_upright_in_every_run(qtbot: QtBot,
                                                               pieces: list[str]) -> None:
    """The preview cuts long texts into short runs (basics/short_runs.py); every run of a
    Chinese subheadline is upright, as the whole of it is (attack walkthrough: the runs after
    the first were italic)."""
    subheadline = "".join(pieces)
    release = make_release(language="zh-CN", headline="渡轮加班", dateline="无锡",
                           subheadline=subheadline, body="港务局今天宣布。",
                           boilerplate="", end_mark="")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_result(render_preview(release, 1))
    for tab in (WEB, WORD):
        pane.setCurrentIndex(tab)
        browser = pane.web if tab == WEB else pane.word
        subtitle = next(b for b in _body_blocks(browser) if b.text() == subheadline)
        assert _italic_fragments(subtitle) == []


SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.mark.parametrize(("name", "centred"), [("fernhollow-night-market-zh.release", True),
                                               ("tidewater-ferry-terminal.release", False)])
def test_the_preview_centres_a_portal_s_whole_footer_and_keeps_others_left(
        qtbot: QtBot, name: str, centred: bool) -> None:
    """The page centres a portal release's footer, standard lines too (decision of the last
    stop); the web preview had centred only the portal's own lines."""
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(700, 800)
    result = render_preview(load(SAMPLES / name), 1)
    assert result.centred_footer == centred and result.footer
    pane.show_result(result)
    pane.setCurrentIndex(WEB)
    blocks = _body_blocks(pane.web)
    for line in result.footer:
        [block] = [b for b in blocks if " ".join(b.text().split()) == " ".join(line.text.split())]
        assert bool(block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter) == centred
    for block in blocks:
        if block.text().startswith("（作者"):
            assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
