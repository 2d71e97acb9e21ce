"""The set-up's buttons answer the keyboard (found by tester12: Next and Back had no Alt
key): each button a user can press on a page has its own Alt letter, no two visible
controls share one, and Alt+N / Alt+B / Alt+F walk the pages as the buttons do."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.first_run import FirstRunDialog
from releasedesk.house_setup import save_setup
from test_first_run import answers_for, fill
from test_gui import make_window  # noqa: F401 (fixture)


def mnemonic(text: str) -> str | None:
    """The Alt letter of a control's text ("&Next" → "n"), None without one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def visible_keys(dialog: FirstRunDialog) -> list[tuple[str | None, str, QWidget]]:
    """Each visible button and labelled field: its Alt letter, its text, the widget."""
    found: list[tuple[str | None, str, QWidget]] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
        if text and (labelled or isinstance(widget, QAbstractButton)):
            found.append((mnemonic(text), text, widget))
    return found


@pytest.fixture(params=["first start", "run again"])
def dialog(qtbot: QtBot, make_window: Callable[[], MainWindow],
           request: pytest.FixtureRequest) -> FirstRunDialog:
    window = make_window()
    window.show()
    again = request.param == "run again"
    if again:  # (over the office's own house style: Cancel in place of Skip Set-up)
        window.settings.last_profile = save_setup(window.profiles(), answers_for()).name
    made = window.set_up_organisation(first_start=not again)
    assert (made.update_profile is not None) is again
    assert isinstance(made, FirstRunDialog)
    qtbot.waitExposed(made)
    made.activateWindow()  # (Alt letters reach the active window only)
    qtbot.waitUntil(made.isActiveWindow)
    return made


@pytest.mark.parametrize("page", range(FirstRunDialog.PAGES))
def test_every_page_s_buttons_have_their_own_alt_letter(dialog: FirstRunDialog,
                                                        page: int) -> None:
    dialog.go(page)
    keys = visible_keys(dialog)
    for key, text, widget in keys:
        if widget in (dialog.skip_button, dialog.back_button, dialog.next_button,
                      dialog.finish_button):
            assert key is not None, text
    letters = [key for key, _, _ in keys if key is not None]
    assert len(letters) == len(set(letters)), [text for _, text, _ in keys]


def on_page(dialog: FirstRunDialog, index: int) -> bool:
    return dialog.pages.currentIndex() == index


def test_alt_keys_walk_the_pages(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    def alt(key: Qt.Key) -> None:  # (a button pressed by its letter clicks a moment later)
        QTest.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)

    QTest.keyClicks(dialog.organization, "Calloway Harbour Authority")
    for expected in (1, 2, 3):
        alt(Qt.Key.Key_N)
        qtbot.waitUntil(partial(on_page, dialog, expected))
    alt(Qt.Key.Key_B)
    qtbot.waitUntil(partial(on_page, dialog, 2))
    dialog.go(0)
    fill(dialog)
    alt(Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not dialog.isVisible())
