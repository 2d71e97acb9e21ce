"""A time-zone box narrower than its words shows their start (found by tester12 at
1024×700: the embargo's zone read "e, Washington — America (UTC−05:00)", its city cut off).
Whenever the box is not being typed in, whatever put the zone there, the words are shown
from their first letter; while typing, the cursor stays where the user types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.gui.widgets.zones import offer_zones, zone_label

ZONES = ["America/New_York", "Asia/Shanghai", "Europe/London", "America/Argentina/Buenos_Aires",
         "Pacific/Chatham", "UTC"]


@pytest.fixture
def boxes(qtbot: QtBot) -> tuple[QWidget, QComboBox, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    combo = QComboBox(window)
    combo.setEditable(True)
    offer_zones(combo, "America/New_York")
    other = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(combo)
    layout.addWidget(other)
    window.resize(150, 80)  # far narrower than any zone's words
    window.show()
    qtbot.waitExposed(window)
    return window, combo, other


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("how", ["index", "text", "typed then left"])
def test_the_box_shows_a_zone_from_its_start(qtbot: QtBot,
                                             boxes: tuple[QWidget, QComboBox, QLineEdit],
                                             zone: str, how: str) -> None:
    _window, combo, other = boxes
    edit = combo.lineEdit()
    assert edit is not None
    label = zone_label(zone)
    other.setFocus()  # (a zone set by opening a release or a house style: typed elsewhere)
    qtbot.waitUntil(other.hasFocus)
    if how == "index":
        combo.setCurrentIndex(combo.findData(zone))
    elif how == "text":
        combo.setEditText(label)
    else:
        combo.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        edit.clear()
        QTest.keyClicks(edit, zone)
        assert edit.cursorPosition() == len(zone)  # typing keeps its place
        other.setFocus()
        qtbot.waitUntil(lambda: not edit.hasFocus())
    fits = edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width() // 2
    assert edit.cursorPosition() == 0 or fits  # (words that fit show whole anyway)
    # what is painted starts with the zone's first letters
    if not fits:
        assert edit.cursorRect().left() <= edit.fontMetrics().horizontalAdvance("M")
    assert Qt.AlignmentFlag.AlignRight not in edit.alignment()
