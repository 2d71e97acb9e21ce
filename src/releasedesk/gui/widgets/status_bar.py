"""The window's status bar: a message covers the word count, even one given before the
window first shows.

QStatusBar hides its normal widgets while a message shows, but only those visible when the
message came: a message given before the window showed (an imported draft's "review the
marked fields", a release restored at start) was drawn over the word count, both legible
as neither. This bar hides them again as it shows, the way Qt does, so that they come back
when the message goes.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStatusBar, QWidget


class StatusBar(QStatusBar):
    """A QStatusBar whose normal widgets make way for a message given before it showed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._normal: list[QWidget] = []

    def addWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        super().addWidget(widget, stretch or 0)
        self._normal.append(widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentMessage():
            from PySide6.QtCore import Qt  # (only now: its enums cost the start ~20 ms)

            for widget in self._normal:
                widget.hide()
                # (as Qt's own hiding does: not hidden "by hand", so shown again with the
                # message gone)
                widget.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
