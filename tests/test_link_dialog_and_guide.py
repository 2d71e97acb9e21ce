"""The link dialog (Ctrl+K, both views) checks the address; Help ▸ Formatting Guide."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from releasedesk.body.safety import safe_href
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body.formatting_guide import FormattingGuide, guide_html
from releasedesk.gui.body.link_dialog import LinkDialog, clipboard_address, normalise_address
from releasedesk.render import body_html
from releasedesk.resources import resources_dir
from releasedesk.settings import Settings

from gui_helpers import FakePrompts


def test_addresses_readers_can_follow() -> None:
    assert normalise_address("https://calloway-harbour.example/ferries") == \
        "https://calloway-harbour.example/ferries"
    assert normalise_address("  www.calloway-harbour.example ") == \
        "https://www.calloway-harbour.example"
    assert normalise_address("calloway-harbour.example/ferries?day=mon") == \
        "https://calloway-harbour.example/ferries?day=mon"
    assert normalise_address("press@calloway-harbour.example") == \
        "mailto:press@calloway-harbour.example"
    assert normalise_address("tel:+1 555 0142 318") == "tel:+1%20555%200142%20318"
    assert normalise_address("http://localhost:8080/x") == "http://localhost:8080/x"
    for refused in ("", "javascript:alert(1)", "https://", "https:///path", "ftp://x.example",
                    "file:///etc/passwd", "mailto:nobody", "tel:call-me", "just words",
                    "https://intranet/page", "/relative/path"):
        assert normalise_address(refused) is None, refused


@given(st.tuples(st.sampled_from(["", "https://", "http://", "www.", "mailto:", "tel:"]),
                 st.text(max_size=30), st.sampled_from(["", ".example", "@x.example", "/a b"]))
       .map("".join))
def test_every_accepted_address_stays_a_link_in_the_exports(text: str) -> None:
    address = normalise_address(text)
    if address is None:
        return
    assert safe_href(address) == address
    assert '<a href="' in body_html(f"[words](<{address}>)")


def test_the_dialog_refuses_an_address_in_one_sentence(qtbot: QtBot) -> None:
    dialog = LinkDialog("the timetable", "", False)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no address yet
    dialog.address_edit.setText("javascript:alert(1)")
    assert not ok.isEnabled() and not dialog.problem.isHidden()
    assert dialog.problem.text().count(".") == 1  # one sentence, saying what to give
    dialog.address_edit.setText("calloway-harbour.example/ferries")
    assert ok.isEnabled() and dialog.problem.isHidden()
    assert dialog.answer().address == "https://calloway-harbour.example/ferries"
    dialog.text_edit.setText("   ")
    assert not ok.isEnabled()  # a link needs words


def test_an_existing_link_can_be_removed(qtbot: QtBot) -> None:
    dialog = LinkDialog("the timetable", "https://x.example", True)
    qtbot.addWidget(dialog)
    remove = dialog.findChild(QPushButton, "removeLink")
    assert remove is not None
    remove.click()
    assert dialog.answer().address is None and dialog.answer().text == "the timetable"


def test_an_address_on_the_clipboard_is_offered(qapp: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("https://calloway-harbour.example/ferries")
    assert clipboard_address() == "https://calloway-harbour.example/ferries"
    clipboard.setText("www.calloway-harbour.example")
    assert clipboard_address() == "https://www.calloway-harbour.example"
    for other in ("a sentence someone copied", "javascript:alert(1)", "line one\nline two"):
        clipboard.setText(other)
        assert clipboard_address() == "", other
    clipboard.clear()


# -- the formatting guide ---------------------------------------------------------------


def test_the_guide_follows_the_interface_language(qtbot: QtBot, tmp_path: Path) -> None:
    for language, title in (("en", "Formatting the body"), ("zh_CN", "正文格式")):
        window = MainWindow(Settings(ui_language=language), FakePrompts())
        qtbot.addWidget(window)
        window.actions["formatting_guide"].trigger()
        guide = window.findChild(FormattingGuide)
        assert guide is not None and guide.isVisible()
        browser = guide.findChild(QTextBrowser)
        assert browser is not None and title in browser.toPlainText()
        window.actions["formatting_guide"].trigger()  # shown again, not twice
        assert len(window.findChildren(FormattingGuide)) == 1
        guide.close()  # (a window of its own: left open, a later test in this process sees it)
        window.close()


def test_both_guides_say_the_same_things() -> None:
    pages = sorted((resources_dir() / "help").glob("formatting-guide.*.html"))
    assert [p.name for p in pages] == ["formatting-guide.en.html", "formatting-guide.zh_CN.html"]
    english, chinese = guide_html("en"), guide_html("zh_CN")
    keys = r"Ctrl\+Shift\+V|Shift\+Tab|Shift\+Enter|Ctrl\+[A-Z]|Enter|Tab"
    codes = r"<code>.*?</code>"
    assert sorted(re.findall(keys, english)) == sorted(re.findall(keys, chinese))
    assert len(re.findall(codes, english)) == len(re.findall(codes, chinese))
    assert guide_html("fr") == english  # no page of its own: English
