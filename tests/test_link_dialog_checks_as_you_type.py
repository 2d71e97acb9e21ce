"""The link dialog (Ctrl+K) is wide enough for a long address and checks it as it is typed
(issue #27, point 11): OK only for an address the exports print as a link, one sentence
under the field for any other, and the completed address shown when it differs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from releasedesk.gui.body.link_dialog import LinkDialog, normalise_address
from releasedesk.render import body_html

LONG_ADDRESSES = [  # 60 characters and more, as offices paste them
    "https://www.calloway-harbour.example/news/2026/terminal-opens",
    "https://press.marrow-island.example/releases/ferry-timetable?lang=en",
    "https://calloway-harbour.example/media/photos/quay-at-dawn-2026.jpg",
    "mailto:press-office@calloway-harbour-authority.example?subject=Ferry",
]
TYPED = [  # (address, whether a reader can follow it)
    ("https://calloway-harbour.example/ferries", True),
    ("www.calloway-harbour.example", True),
    ("press@calloway-harbour.example", True),
    ("mailto:press@calloway-harbour.example", True),
    ("tel:+1 555 0142", True),
    ("javascript:alert(1)", False),
    ("/news/terminal-opens", False),  # relative: the exports print no link for it
    ("terminal-opens.html#top", False),
    ("ftp://files.example/x", False),
    ("https://", False),
]


def ok_button(dialog: LinkDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.mark.parametrize("address", LONG_ADDRESSES)
def test_a_long_address_shows_whole(qtbot: QtBot, address: str) -> None:
    assert len(address) >= 60
    dialog = LinkDialog("the timetable", address, True)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.address_edit
    room = field.width() - field.textMargins().left() - field.textMargins().right() - 8
    assert field.fontMetrics().horizontalAdvance(address[:60]) <= room


@pytest.mark.parametrize(("address", "followed"), TYPED)
def test_every_character_typed_is_checked(qtbot: QtBot, address: str, followed: bool) -> None:
    dialog = LinkDialog("the timetable", "", False)
    qtbot.addWidget(dialog)
    dialog.show()
    typed = ""
    for character in address:
        QTest.keyClicks(dialog.address_edit, character)
        typed += character
        target = normalise_address(typed)
        assert ok_button(dialog).isEnabled() == (target is not None), typed
        assert dialog.problem.isHidden() == (target is not None), typed
    assert (normalise_address(address) is not None) == followed
    if followed:
        completed = normalise_address(address)
        assert dialog.target.isHidden() == (completed == address)
        assert dialog.answer().address == completed
        assert '<a href="' in body_html(f"[words](<{completed}>)")


@pytest.mark.parametrize("relative", ["/news/terminal-opens", "terminal-opens.html", "#top"])
def test_relative_addresses_are_refused_as_the_exports_refuse_them(relative: str) -> None:
    assert '<a href="' not in body_html(f"[words](<{relative}>)")
    assert normalise_address(relative) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcxyz.:/@-_?#=%+ 0129htpsmailoÄ码", max_size=40))
def test_ok_follows_the_check_for_any_address(qapp: QApplication, address: str) -> None:
    dialog = LinkDialog("words", "", False)
    dialog.address_edit.setText(address)
    followed = normalise_address(address) is not None
    assert ok_button(dialog).isEnabled() == followed
    assert (dialog.problem.text() == "") == (followed or not address.strip())
    dialog.deleteLater()
