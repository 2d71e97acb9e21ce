"""Sign Off's dialog as a second signer meets it: the last signer's name is selected, so
typing replaces it; Tab leaves the note; details the sign-off cannot take are said in the
dialog, which stays open with what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.clearance.signoffs import MAX_NOTE
from releasedesk.gui.clearance.signoff_dialog import SignOffDialog


def _dialog(qtbot: QtBot, name: str = "Ana Ortiz") -> SignOffDialog:
    dialog = SignOffDialog("ab" * 32, ["Legal", "Director"], 0, name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("name", ["Ana Ortiz", "李明远", ""])
def test_typing_a_name_replaces_the_last_signers(qtbot: QtBot, name: str) -> None:
    dialog = _dialog(qtbot, name)
    assert QApplication.focusWidget() is dialog.name
    QTest.keyClicks(dialog.name, "Bo Test")
    assert dialog.name.text() == "Bo Test"


def test_tab_leaves_the_note(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.note.setFocus()
    QTest.keyClicks(dialog.note, "Checked")
    QTest.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.note.toPlainText() == "Checked"
    assert QApplication.focusWidget() is not dialog.note


# (name, role, note) the sign-off refuses, each with a word of the sentence that says why.
REFUSED = [
    ("Ana\tOrtiz", "Legal", "", "name"),
    ("Ana Ortiz", "Le\u202egal", "", "role"),
    ("Ana Ortiz", "Legal", "Checked\twith counsel", "note"),
    ("Ana Ortiz", "Legal", "x" * (MAX_NOTE + 1), "note"),
    ("   ", "Legal", "", "name"),
]


@pytest.mark.parametrize(("name", "role", "note", "word"), REFUSED)
def test_a_refusal_keeps_the_dialog_open_with_the_text(
        qtbot: QtBot, name: str, role: str, note: str, word: str) -> None:
    dialog = _dialog(qtbot)
    dialog.name.setText(name)
    dialog.role.setEditText(role)
    dialog.note.setPlainText(note)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.problem.isVisible() and word in dialog.problem.text()
    assert (dialog.name.text(), dialog.role.currentText(), dialog.note.toPlainText()) == \
        (name, role, note)
    dialog.name.setText("Bo Test")
    dialog.role.setEditText("Legal")
    dialog.note.setPlainText("Checked with counsel")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == 1
    assert dialog.details() == ("Bo Test", "Legal", "Checked with counsel")
