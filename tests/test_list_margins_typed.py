"""A list made or nested in the formatted view looks as the same Markdown read in does (found
by tester12: the items of a list made with "• List" and a sub-list made with Tab sat one
level further in than their siblings typed after leaving a sub-list; the exports were right).

Invariant, over sequences of list commands and typing: every block's left margin and list
indent in the view equal those of a fresh view given the view's own Markdown."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from releasedesk.gui.body.formatted_editor import FormattedEdit

from examples import examples

STEPS = ("bullets", "numbers", "tab", "backtab", "return", "type")


def run(editor: FormattedEdit, steps: list[str]) -> None:
    editor.set_markdown("Intro.\n\n## What changes")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    for number, step in enumerate(steps):
        if step == "bullets":
            editor.toggle_bullets()
        elif step == "numbers":
            editor.toggle_numbers()
        elif step in ("tab", "backtab"):
            if editor.textCursor().block().textList() is None:
                continue  # (outside a list Tab is a character or a move of the focus)
            QTest.keyClick(editor, Qt.Key.Key_Tab if step == "tab" else Qt.Key.Key_Backtab)
        elif step == "return":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(editor, f"item {number}")


def looks(editor: FormattedEdit) -> list[tuple[str, float, int | None]]:
    """Each block's text, left margin and list indent, as the view lays them out."""
    out: list[tuple[str, float, int | None]] = []
    block = editor.document().begin()
    while block.isValid():
        lst = block.textList()
        if block.text():  # (an empty paragraph or item may have no Markdown of its own)
            out.append((block.text(), block.blockFormat().leftMargin(),
                        lst.format().indent() if lst is not None else None))
        block = block.next()
    return out


def empty_item(editor: FormattedEdit) -> bool:
    block = editor.document().begin()
    while block.isValid():
        if block.textList() is not None and not block.text():
            return True
        block = block.next()
    return False


def typed(steps: list[str]) -> FormattedEdit:
    editor = FormattedEdit()
    run(editor, steps)
    return editor


def assert_looks_as_read_in(editor: FormattedEdit, steps: list[str]) -> None:
    fresh = FormattedEdit()
    fresh.set_markdown(editor.markdown())
    assert looks(editor) == looks(fresh), (steps, editor.markdown())


TABLE = [
    # the tester's: a list, a sub-item by Tab, back out by Shift+Tab
    ["bullets", "type", "return", "type", "return", "tab", "type", "return", "backtab",
     "type"],
    ["numbers", "type", "return", "type", "return", "tab", "type"],
    ["type", "bullets", "return", "type", "tab", "return", "type", "backtab", "type"],
    ["bullets", "type", "return", "tab", "type", "return", "tab", "type", "return", "backtab",
     "backtab", "type"],
    ["numbers", "type", "return", "tab", "bullets", "type"],
]


def test_the_tester_s_lists_look_as_read_in(qapp: QApplication) -> None:
    for steps in TABLE:
        editor = typed(steps)
        assert not empty_item(editor)
        assert_looks_as_read_in(editor, steps)


@settings(max_examples=examples(80, 40), deadline=None)
@given(st.lists(st.sampled_from(STEPS), min_size=1, max_size=14))
def test_any_list_edits_look_as_read_in(qapp: QApplication, steps: list[str]) -> None:
    assert_looks_as_read_in(typed(steps), steps)


def test_an_empty_sub_item_leaves_its_parent_s_text_as_it_was(qapp: QApplication) -> None:
    """1. List, type, Enter, Tab, and nothing typed (lows13): the empty sub-item has no
    Markdown of its own, and the item's text is not read back with a "1." or a "-" after it
    (nor as a heading)."""
    for steps in (["numbers", "type", "return", "tab"], ["bullets", "type", "return", "tab"],
                  ["numbers", "type", "return", "tab", "bullets"],
                  ["bullets", "type", "return", "tab", "tab"],
                  ["numbers", "type", "return", "tab", "return", "tab"]):
        editor = typed(steps)
        assert empty_item(editor)
        assert_looks_as_read_in(editor, steps)
