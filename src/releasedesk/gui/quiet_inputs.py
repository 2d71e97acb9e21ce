"""Choice and date fields that ignore the mouse wheel unless they have the focus.

Scrolling a long form passes the pointer over them: a wheel turn must scroll the form, not
turn a release into an embargo or its language into Chinese. An ignored wheel event goes
on to the parent, up to the scroll area. They take the focus by click or Tab, not by wheel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QWidget

from .enum_properties import set_enum_property

if TYPE_CHECKING:
    from PySide6.QtGui import QWheelEvent


def _quiet(widget: QWidget) -> None:
    set_enum_property(widget, "focusPolicy", "StrongFocus")


class QuietComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _quiet(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class QuietDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _quiet(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class QuietDateTimeEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _quiet(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
