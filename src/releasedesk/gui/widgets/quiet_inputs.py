"""Choice and date fields that ignore the mouse wheel unless they have the focus.

Scrolling a long form passes the pointer over them: a wheel turn must scroll the form, not
turn a release into an embargo or its language into Chinese. An ignored wheel event goes
on to the parent, up to the scroll area. They take the focus by click or Tab, not by wheel.

Ctrl+Z and Ctrl+Shift+Z in them undo and redo the release's history (their own line of
text would claim the keys before the window's Edit ▸ Undo could see them).

The date fields also take a date typed as people type one: into a field that shows "Not
set" (or "No date") the first digit starts from today's date with its year selected, and a
separator typed after a finished part ("2027-", "3-") does not skip the part after it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QWidget

from ..basics.enum_properties import set_enum_property
from ..undo.history_keys import history_key

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QWheelEvent


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
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Z: the release's history, not the typed text's (an editable list's line
        # claims the key before the window's Edit ▸ Undo can see it).
        if not history_key(self, event):
            super().keyPressEvent(event)


class _TypedDate:
    """Typing into a date field as one types a date (see the module's docstring)."""

    _moved_on = False  # the last digit finished a part, and Qt moved to the next one

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit = cast(QDateTimeEdit, self)
        if history_key(edit, event):  # (Ctrl+Z: the release's history, as in a text field)
            return
        text = event.text()
        digit = len(text) == 1 and text.isdigit()
        if digit and edit.specialValueText() and \
                edit.dateTime() == edit.minimumDateTime():
            # "Not set" is the minimum shown as words: typing into the words made garbage
            from PySide6.QtCore import QDate, QDateTime, QTime

            edit.setDateTime(QDateTime(QDate.currentDate(), QTime(0, 0)))
            edit.setCurrentSectionIndex(0)
            edit.setSelectedSection(edit.sectionAt(0))  # the year, replaced by what is typed
            self._moved_on = False
        elif self._moved_on and len(text) == 1 and not text.isalnum() \
                and text in edit.displayFormat():
            self._moved_on = False  # Qt already went on to the next part
            event.accept()
            return
        before = edit.currentSectionIndex()
        super().keyPressEvent(event)  # type: ignore[misc]  # (the Qt class after this one)
        self._moved_on = digit and edit.currentSectionIndex() != before


    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves a field that shows no date: Qt's date fields step through their parts
        on Tab, and one showing "Not set" kept the focus for ever (typing then went into
        the words)."""
        edit = cast(QDateTimeEdit, self)
        if edit.specialValueText() and edit.dateTime() == edit.minimumDateTime():
            return QWidget.focusNextPrevChild(edit, next)
        return cast(bool, super().focusNextPrevChild(next))  # type: ignore[misc]  # (Qt's)


class QuietDateEdit(_TypedDate, _QuietWheel, QDateEdit):
    pass


NO_DAY = QDate(2000, 1, 1)  # a DayEdit's minimum, shown in words: no date


class DayEdit(QuietDateEdit):
    """A date field that may hold no date (its minimum, NO_DAY, shown as *empty_text*),
    written 2026-11-25, with a calendar."""

    def __init__(self, parent: QWidget, name: str, empty_text: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DAY)
        self.setSpecialValueText(empty_text)

    def show_day(self, value: date | None) -> None:
        self.setDate(NO_DAY if value is None else QDate(value.year, value.month, value.day))


def day_of(value: QDate) -> date | None:
    """The date a DayEdit shows (*value*: its dateChanged's), None for no date."""
    return None if value == NO_DAY else date(value.year(), value.month(), value.day())


class QuietDateTimeEdit(_TypedDate, _QuietWheel, QDateTimeEdit):
    pass
