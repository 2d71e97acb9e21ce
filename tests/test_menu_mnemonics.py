"""Each menu's access keys are unique, in English and in Chinese.

Found by the tester: in the Chinese File menu 导入审阅稿(M) and 另存为模板(M) shared M, so
Alt+F, M only moved between them (Qt cycles through clashing mnemonics) and never opened
Import Review; N, T and E clashed too. Every menu of the menu bar and its submenus is
walked, the visible and hidden actions alike (a kind's commands show by the release)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.settings import Settings
from test_zh_interface_walk import chinese  # noqa: F401  (the fixture)

MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str:
    """The access key of a menu text ("Import &Review…" → R; "&&" is a literal &)."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def menus(menu: QMenu) -> Iterator[QMenu]:
    yield menu
    for action in menu.actions():
        if isinstance(sub := action.menu(), QMenu):
            yield from menus(sub)


def clashes(window: MainWindow) -> list[str]:
    found = []
    top = [(action, sub) for action in window.menuBar().actions()
           if isinstance(sub := action.menu(), QMenu)]
    letters = Counter(mnemonic(action.text()) for action, _ in top)
    found += [f"menu bar: {key}" for key, count in letters.items() if key and count > 1]
    for _, sub in top:
        for menu in menus(sub):
            texts = [item.text() for item in menu.actions()
                     if not item.isSeparator() and item.text()]
            letters = Counter(mnemonic(text) for text in texts)
            for key, count in letters.items():
                if key and count > 1:
                    names = [text for text in texts if mnemonic(text) == key]
                    found.append(f"{menu.title()}: {key} in {names}")
    return found


def test_each_english_menu_has_unique_access_keys(qapp: QApplication, qtbot: QtBot) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert clashes(window) == []


@pytest.mark.usefixtures("chinese")
def test_each_chinese_menu_has_unique_access_keys(qapp: QApplication, qtbot: QtBot) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "文件(&F)"  # the translation is in use
    assert clashes(window) == []
