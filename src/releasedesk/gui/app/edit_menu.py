"""Edit ▸ Cut, Copy, Paste, Paste as Plain Text, Select All, Find, Replace (issue #27,
point 7): the platform's shortcuts, acting on the field that has the focus — a line field,
the body in either view, the About text, a contact's cell being edited — and enabled as
that field allows (a selection to cut or copy, text on the clipboard, a writable field).
Undo and Redo stay the release's one history (main_window, release_history)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from ..basics.enum_properties import set_shortcut

if TYPE_CHECKING:
    from .main_window import MainWindow

TextField = QLineEdit | QTextEdit | QPlainTextEdit
_FOLLOWED = "editCommandsFollow"  # a field's mark: the Edit commands hear its changes
PLAIN_PASTE_KEYS = "Ctrl+Shift+V"  # (no standard key; the one word processors use)


def text_field(widget: QWidget | None) -> TextField | None:
    """The text field the Edit commands act on, if *widget* is one (or a list one can type
    into, such as the Language: its line)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return widget if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) else None


def _selected(field: TextField) -> bool:
    if isinstance(field, QLineEdit):
        return field.hasSelectedText()
    return field.textCursor().hasSelection()


def _writable(field: TextField) -> bool:
    return field.isEnabled() and not field.isReadOnly()


def _has_text(field: TextField) -> bool:
    return bool(field.text()) if isinstance(field, QLineEdit) \
        else not field.document().isEmpty()


def paste_plain(field: TextField) -> None:
    """The clipboard's plain text into *field*, whatever formatting it also carries."""
    plain = getattr(field, "paste_plain", None)  # the body's views: their own, one undo step
    if plain is not None:
        plain()
        return
    text = QGuiApplication.clipboard().text()
    if isinstance(field, QLineEdit):
        field.insert(" ".join(text.splitlines()))  # (a line field holds one line)
    else:
        field.insertPlainText(text)


class EditCommands(QObject):
    """The clipboard and find commands of the window's Edit menu."""

    def __init__(self, window: MainWindow, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.field: TextField | None = None
        self.actions: dict[str, QAction] = {}
        standard = QKeySequence.StandardKey
        for key, text, shortcut, command in (
            ("cut", self.tr("Cu&t"), standard.Cut, lambda f: f.cut()),
            ("copy", self.tr("&Copy"), standard.Copy, lambda f: f.copy()),
            ("paste", self.tr("&Paste"), standard.Paste, lambda f: f.paste()),
            ("paste_plain", self.tr("Pa&ste as Plain Text"), PLAIN_PASTE_KEYS, paste_plain),
            ("select_all", self.tr("Select &All"), standard.SelectAll,
             lambda f: f.selectAll()),
        ):
            action = QAction(window)
            action.setText(text)
            action.setObjectName(key)
            set_shortcut(action, shortcut)
            action.triggered.connect(lambda _=False, k=key, c=command: self._run(k, c))
            menu.insertAction(before, action)  # type: ignore[arg-type]  # (None: at the end)
            self.actions[key] = action
        menu.insertSeparator(before)  # type: ignore[arg-type]  # (None: at the end)
        # (Methods, not lambdas: the connections end with this object, when the window goes.)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # (a window needs one)
        app.focusChanged.connect(self._focus_changed)
        QGuiApplication.clipboard().dataChanged.connect(self.refresh)
        menu.aboutToShow.connect(self._menu_shown)
        self._follow(window.focusWidget())

    def _menu_shown(self) -> None:
        self._follow(self.window.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._follow(new)

    def _follow(self, widget: QWidget | None) -> None:
        """The focus moved: the commands follow the field it moved to (in this window)."""
        if widget is not None and widget.window() is not self.window:
            return  # (a dialog or the menu itself: the window's field stays the target)
        if isinstance(widget, (QMenuBar, QMenu)):
            # The menu bar takes the focus while the keyboard opens a menu (Alt+E, F10): the
            # field the user was in stays the target, as it gets the focus back after.
            self.refresh()
            return
        field = text_field(widget)
        if field is not self.field:
            self.field = field
            if field is not None:
                _follow_signals(field, self.refresh)  # (a field left behind: refresh ignores it)
                # The body's views have Ctrl+Shift+V of their own (for use outside a
                # window); two actions on one key would both stay silent: the menu's acts.
                own = getattr(field, "paste_plain_action", None)
                if isinstance(own, QAction) and not own.shortcut().isEmpty():
                    own.setShortcut(QKeySequence())
        self.refresh()

    def refresh(self) -> None:
        if not all(_alive(action) for action in self.actions.values()):
            return  # (the window is being taken down)
        field = self.field
        if field is not None and not _alive(field):
            self.field = field = None
        selected = field is not None and _selected(field)
        writable = field is not None and _writable(field)
        pasteable = writable and bool(QGuiApplication.clipboard().text())
        states = {"cut": selected and writable, "copy": selected, "paste": pasteable,
                  "paste_plain": pasteable,
                  "select_all": field is not None and _has_text(field)}
        for key, enabled in states.items():
            self.actions[key].setEnabled(enabled)

    def _run(self, key: str, command: Callable[[TextField], object]) -> None:
        self.refresh()  # (a field turned read-only says nothing: asked again here)
        if self.field is not None and self.actions[key].isEnabled():
            command(self.field)
        self.refresh()


def _follow_signals(field: TextField, slot: Callable[[], None]) -> None:
    """*slot* runs when *field*'s text or selection changes (connected once, however often
    the focus comes back; the connection ends with the slot's object). (A mark on the field,
    not Qt's UniqueConnection: that builds the whole Qt namespace at start-up.)"""
    if field.property(_FOLLOWED):
        return
    field.setProperty(_FOLLOWED, True)
    field.selectionChanged.connect(slot)
    field.textChanged.connect(slot)


def _alive(thing: QObject) -> bool:
    return isValid(thing)
