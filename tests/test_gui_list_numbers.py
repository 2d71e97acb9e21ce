"""A numbered list's numbers fit the formatted view's indent (tester15: "001." for 3001):
over list lengths and starts, loaded, typed on, and made from paragraphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk.gui.body.formatted_editor import FormattedEdit
from releasedesk.gui.body.rich_formats import LIST_INDENT


def numbered(count: int, start: int = 1) -> str:
    return "\n".join(f"{start + i}. Stall {i + 1}" for i in range(count)) + "\n"


def fits(editor: FormattedEdit, largest: int) -> bool:
    """Whether the indent holds the number "largest." and the gap after it."""
    metrics = QFontMetricsF(editor.document().defaultFont())
    need = metrics.horizontalAdvance(f"{largest}.") + metrics.horizontalAdvance(" ")
    return editor.document().indentWidth() >= need


@pytest.mark.parametrize(("count", "start"), [
    (9, 1), (99, 1), (999, 1), (3001, 1), (3, 998), (2, 99999), (12, 0)])
def test_a_loaded_list_s_largest_number_fits(qtbot: QtBot, count: int, start: int) -> None:
    editor = FormattedEdit()
    qtbot.addWidget(editor)
    editor.set_markdown("Opening paragraph.\n\n" + numbered(count, start))
    largest = start + count - 1
    assert fits(editor, largest)
    assert editor.document().indentWidth() == LIST_INDENT or largest >= 100
    # a shorter body loaded after it gives the room back
    editor.set_markdown(numbered(3))
    assert editor.document().indentWidth() == LIST_INDENT


def test_typing_the_thousandth_item_widens_the_indent(qtbot: QtBot) -> None:
    editor = FormattedEdit()
    qtbot.addWidget(editor)
    editor.set_markdown(numbered(999))
    assert not fits(editor, 99999)
    before = editor.document().indentWidth()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "Stall 1000")
    assert "1000. Stall 1000" in editor.markdown()
    assert fits(editor, 1000) and editor.document().indentWidth() >= before


def test_numbering_a_thousand_paragraphs_widens_the_indent(qtbot: QtBot) -> None:
    editor = FormattedEdit()
    qtbot.addWidget(editor)
    editor.set_markdown("\n\n".join(f"Stall {i}" for i in range(1, 1201)))
    editor.selectAll()
    editor.toggle_numbers()
    assert "1200. Stall 1200" in editor.markdown()
    assert fits(editor, 1200)
