"""Edit ▸ Cut, Copy, Paste, Paste as Plain Text, Select All, Find, Replace act on the field
with the focus — a line field, the body in either view — with the platform's shortcuts,
enabled as that field allows (issue #27, point 7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.gui.widgets.wrapping_line import WrappingLine
from releasedesk.model import new_release
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts, menu_of

STANDARD = {"cut": QKeySequence.StandardKey.Cut, "copy": QKeySequence.StandardKey.Copy,
            "paste": QKeySequence.StandardKey.Paste,
            "select_all": QKeySequence.StandardKey.SelectAll,
            "find": QKeySequence.StandardKey.Find, "replace": QKeySequence.StandardKey.Replace,
            "undo": QKeySequence.StandardKey.Undo}
FIELDS = ["headline", "body-formatted", "body-markdown"]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    release = new_release()
    release.headline = "Ferry terminal opens"
    release.body = "Ferry terminal opens"
    made.manager.new(release)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    yield made
    QGuiApplication.clipboard().clear()
    made.manager.modified = False
    made.close()


def focus(window: MainWindow, name: str) -> QLineEdit | QPlainTextEdit | QTextEdit:
    field: QLineEdit | QPlainTextEdit | QTextEdit
    if name == "headline":
        field = window.form.headline
    else:
        window.form.body.set_view(FORMATTED if name.endswith("formatted") else MARKDOWN)
        field = window.form.body.editor
    field.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is field
    return field


def text_of(window: MainWindow, name: str) -> str:
    return window.manager.release.headline if name == "headline" \
        else window.manager.release.body


def select_word(field: QLineEdit | QPlainTextEdit | QTextEdit, word: str) -> None:
    start = text(field).index(word)
    if isinstance(field, QLineEdit):
        field.setSelection(start, len(word))
    else:
        cursor = field.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)


def text(field: QLineEdit | QPlainTextEdit | QTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def test_the_platform_shortcuts(window: MainWindow) -> None:
    for key, standard in STANDARD.items():
        assert window.actions[key].shortcuts() == QKeySequence.keyBindings(standard) or \
            window.actions[key].shortcut() == QKeySequence(standard), key
    assert window.actions["paste_plain"].shortcut() == QKeySequence("Ctrl+Shift+V")
    assert not window.actions["replace"].shortcut().isEmpty()  # on every desktop
    menu = menu_of(window.menuBar().actions()[1])
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[:9] == ["undo", "redo", "cut", "copy", "paste", "paste_plain", "select_all",
                         "find", "replace"]


@pytest.mark.parametrize("name", FIELDS)
def test_cut_copy_paste_on_the_focused_field(window: MainWindow, name: str) -> None:
    field = focus(window, name)
    actions = window.actions
    assert not actions["cut"].isEnabled() and not actions["copy"].isEnabled()
    select_word(field, "terminal")
    assert actions["cut"].isEnabled() and actions["copy"].isEnabled()
    actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == "terminal"
    actions["cut"].trigger()
    assert text_of(window, name) == "Ferry  opens"
    assert actions["paste"].isEnabled() and not actions["cut"].isEnabled()
    actions["paste"].trigger()
    assert text_of(window, name) == "Ferry terminal opens"
    actions["undo"].trigger()  # the release's history took the paste as a step
    assert text_of(window, name) == "Ferry  opens"


@pytest.mark.parametrize("name", FIELDS)
def test_select_all_and_paste_as_plain_text(window: MainWindow, name: str) -> None:
    field = focus(window, name)
    window.actions["select_all"].trigger()
    assert (field.selectedText() if isinstance(field, QLineEdit)
            else field.textCursor().selectedText()) == "Ferry terminal opens"
    data = QMimeData()
    data.setHtml("<p><b>Harbour</b> <i>news</i></p>")
    data.setText("Harbour news")
    QGuiApplication.clipboard().setMimeData(data)
    assert window.actions["paste_plain"].isEnabled()
    window.actions["paste_plain"].trigger()
    assert text_of(window, name) == "Harbour news"  # no asterisks, no bold


@pytest.mark.parametrize("name", ["headline", "body-markdown"])
def test_the_plain_paste_shortcut_reaches_the_field(window: MainWindow, name: str) -> None:
    field = focus(window, name)
    field.selectAll()
    data = QMimeData()
    data.setHtml("<p><b>Harbour</b></p>")
    data.setText("Harbour")
    QGuiApplication.clipboard().setMimeData(data)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert text_of(window, name) == "Harbour"


def test_commands_follow_the_focus_and_the_clipboard(window: MainWindow) -> None:
    actions = window.actions
    QGuiApplication.clipboard().clear()
    field = focus(window, "headline")
    assert not actions["paste"].isEnabled() and actions["select_all"].isEnabled()
    QGuiApplication.clipboard().setText("quay")
    assert actions["paste"].isEnabled()
    field.selectAll()
    field.setReadOnly(True)  # (as in a release open read-only)
    actions["cut"].trigger()
    assert isinstance(field, WrappingLine) and field.text() == "Ferry terminal opens"
    menu_of(window.menuBar().actions()[1]).aboutToShow.emit()
    assert actions["copy"].isEnabled()
    assert not actions["cut"].isEnabled() and not actions["paste"].isEnabled()
    field.setReadOnly(False)
    window.form.headline.clear()
    assert not actions["select_all"].isEnabled()
    window.form.status.setFocus()  # a list to choose from: no text to cut or paste
    QApplication.processEvents()
    assert not any(actions[k].isEnabled() for k in ("cut", "copy", "paste", "select_all"))
    focus(window, "body-formatted")
    assert actions["paste"].isEnabled() and actions["select_all"].isEnabled()


@pytest.mark.parametrize("name", ["headline", "subheadline", "body-formatted"])
def test_a_menu_opened_from_the_keyboard_acts_on_the_field(window: MainWindow,
                                                           name: str) -> None:
    """Alt+E moves the focus to the menu bar while its menu is open: the commands still
    act on the field the user was in (the field gets the focus back when the menu closes)."""
    field: QLineEdit | QPlainTextEdit | QTextEdit
    if name == "subheadline":
        window.form.subheadline.setPlainText("Ferry terminal opens")
        field = window.form.subheadline
        field.setFocus()
    else:
        field = focus(window, name)
    select_word(field, "terminal")
    QGuiApplication.clipboard().setText("quay")
    bar = window.menuBar()
    bar.setFocus(Qt.FocusReason.MenuBarFocusReason)  # (as the keyboard's menu navigation)
    QApplication.processEvents()
    assert QApplication.focusWidget() is bar
    menu_of(bar.actions()[1]).aboutToShow.emit()
    actions = window.actions
    assert all(actions[key].isEnabled()
               for key in ("cut", "copy", "paste", "paste_plain", "select_all"))
    actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == "terminal"


def test_a_list_one_types_into_is_a_text_field(window: MainWindow) -> None:
    language = window.form.language
    language.setFocus()
    QApplication.processEvents()
    line = language.lineEdit()
    assert line is not None
    line.selectAll()
    actions = window.actions
    assert actions["copy"].isEnabled() and actions["select_all"].isEnabled()
    actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == line.text() != ""
    window.form.status.setFocus()  # a list one only chooses from: no text field
    QApplication.processEvents()
    assert not actions["copy"].isEnabled() and not actions["select_all"].isEnabled()


def test_find_and_replace_open_the_one_dialog(window: MainWindow) -> None:
    focus(window, "headline")
    window.actions["find"].trigger()
    dialog = window.find_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.focusWidget() is dialog.find_text
    window.actions["replace"].trigger()
    assert window.find_dialog is dialog
    assert dialog.focusWidget() is dialog.find_text  # (nothing to find yet: it goes there)
    dialog.find_text.setText("terminal")
    window.actions["replace"].trigger()
    assert dialog.focusWidget() is dialog.replace_text
    dialog.replace_text.setText("quay")
    dialog.replace_all()
    assert window.manager.release.headline == "Ferry quay opens"
    dialog.close()
