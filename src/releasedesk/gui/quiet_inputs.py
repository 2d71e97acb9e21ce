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


class _QuietWheel:
    """Takes the wheel only while focused; the focus comes by click or Tab, not by wheel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # (the Qt class after this one)
        set_enum_property(self, "focusPolicy", "StrongFocus")  # type: ignore[arg-type]  # (mixin)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]  # (the Qt class after this one)
            super().wheelEvent(event)  # type: ignore[misc]  # (the Qt class after this one)
        else:
            event.ignore()


class QuietComboBox(_QuietWheel, QComboBox):
    pass


class QuietDateEdit(_QuietWheel, QDateEdit):
    pass


class QuietDateTimeEdit(_QuietWheel, QDateTimeEdit):
    pass
