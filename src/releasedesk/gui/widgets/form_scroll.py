"""The form's scroll area: never narrower than the form's fields.

The form scrolls up and down only (a sideways scroll bar under a form is easy to miss), so
a scroll area narrower than the form's fields cut them off at the right: at 1024 pixels the
window's first split left the English form about 50 pixels short, hiding the headline's
counter and the ends of the Release fields. The area's least width is the form's own least
width (its labels and fields, which differ by language and grow as sections are made) plus
room for its scroll bar; the splitter then gives the form that much and the preview the
rest, and a window too narrow for both grows no narrower.

Kept cheap for the editor's start (issue 26): the scroll bar's room is the bar's own size
hint (what QAbstractScrollArea's least size counts, the style's scroll-bar extent), not
asked of QStyle, whose first use makes PySide6 build its ~600 enum members (~6 ms); and
the form's later changes are followed by a watcher installed once the area is first shown,
not by overriding QScrollArea.eventFilter, which would bring every event of the form
through Python from its first child on (~5 ms of the start). Until the area shows, Qt asks
its least width only to lay the window out, and the watcher looks once more when installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

# Below this, a form holds too few words a line to be worth showing beside the preview.
FORM_LEAST = 420


class FormScroll(QScrollArea):
    """A vertical-only scroll area whose least width follows its widget's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least: int | None = None  # (worked out when first asked: once laid out)
        self._watch: _LayoutWatch | None = None  # (installed when first shown)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._least is None:
            self._least = self.least_width()
        return QSize(max(hint.width(), self._least), hint.height())

    def least_width(self) -> int:
        """The form's least width, its scroll bar and this area's frame."""
        widget = self.widget()
        if widget is None:
            return FORM_LEAST
        bar = self.verticalScrollBar().sizeHint().width()  # (the style's scroll-bar extent)
        return max(FORM_LEAST, widget.minimumSizeHint().width() + bar + 2 * self.frameWidth())

    def follow_least_width(self) -> None:
        """The form was laid out again: its least width may have changed (a section made,
        another language's labels)."""
        if self._least is None:
            return
        least = self.least_width()
        if least != self._least:
            self._least = least
            self.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        widget = self.widget()
        if self._watch is None and widget is not None:
            self._watch = _LayoutWatch(self)
            widget.installEventFilter(self._watch)
            self.follow_least_width()  # (what changed before the watcher was there)


class _LayoutWatch(QObject):
    """Tells the area each time its widget is laid out again."""

    def __init__(self, area: FormScroll) -> None:
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self._area.widget():
            self._area.follow_least_width()
        return False
