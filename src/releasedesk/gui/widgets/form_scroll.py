"""The form's scroll area: never narrower than the form's fields.

The form scrolls up and down only (a sideways scroll bar under a form is easy to miss), so
a scroll area narrower than the form's fields cut them off at the right: at 1024 pixels the
window's first split left the English form about 50 pixels short, hiding the headline's
counter and the ends of the Release fields. The area's least width is the form's own least
width (its labels and fields, which differ by language and grow as sections are made) plus
room for its scroll bar; the splitter then gives the form that much and the preview the
rest, and a window too narrow for both grows no narrower.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget

# Below this, a form holds too few words a line to be worth showing beside the preview.
FORM_LEAST = 420


class FormScroll(QScrollArea):
    """A vertical-only scroll area whose least width follows its widget's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least: int | None = None  # (worked out when first asked: once laid out)

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
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return max(FORM_LEAST, widget.minimumSizeHint().width() + bar + 2 * self.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (the form is laid out again, its least width may have changed: a section made,
        # another language's labels)
        if (self._least is not None and event.type() == QEvent.Type.LayoutRequest
                and watched is self.widget()):
            least = self.least_width()
            if least != self._least:
                self._least = least
                self.updateGeometry()
        return super().eventFilter(watched, event)
