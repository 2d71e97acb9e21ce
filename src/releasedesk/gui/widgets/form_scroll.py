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
the form's later changes are followed without any of its events coming through Python. An
event filter on the form (or an override of QScrollArea.eventFilter) did that: every event
of the form through Python, and the first one made PySide6 build the classes of every kind
of event, ~50 of them (~7 M instructions of a start). Instead the viewport, which holds the
form, has an empty layout of its own: each time the form's size hints may have changed,
Qt invalidates the layout of the form's parent (QWidget::updateGeometry), so the layout's
invalidate() (no argument to convert) is where the area looks again. The layout holds no
item and asks for no room: it lays nothing out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

# Below this, a form holds too few words a line to be worth showing beside the preview.
FORM_LEAST = 420


class FormScroll(QScrollArea):
    """A vertical-only scroll area whose least width follows its widget's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least: int | None = None  # (worked out when first asked: once laid out)
        self._following = False  # (from the first show: see showEvent)
        # The viewport is made here, as QScrollArea makes its own: asked for with
        # viewport(), Qt's own comes to Python as a widget of no class PySide6 knows, which
        # makes it build every QWidget class (~47 of them, ~38 M instructions) to find one.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
        viewport.setAutoFillBackground(True)
        _LayoutFollower(self, viewport)
        self.setViewport(viewport)

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
        if self._least is None or not self._following:
            return
        least = self.least_width()
        if least != self._least:
            self._least = least
            self.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        # Followed from the first show: until then Qt asks the least width only to lay the
        # window out, and the form passes through sizes it does not keep (a change followed
        # then cost the start one more layout of the body at another width, ~26 M).
        super().showEvent(event)
        if not self._following:
            self._following = True
            self.follow_least_width()  # (what changed before)


class _LayoutFollower(QVBoxLayout):
    """The viewport's empty layout: told by Qt each time the form in the viewport may have
    new size hints (see above), it tells the area.

    Disabled, it is never laid out (a layout laid out would ask the area to lay out again:
    at the start, one more pass over the body's text at a new width, ~26 M instructions);
    and what Qt does when the form's parent has no layout (QWidget::updateGeometry) it does
    still: a layout request to the viewport, on which the area updates its scroll bars."""

    def __init__(self, area: FormScroll, viewport: QWidget) -> None:
        self._area = area  # (before Qt's first call of invalidate)
        self._viewport = viewport
        super().__init__(viewport)
        self.setContentsMargins(0, 0, 0, 0)
        self.setEnabled(False)

    def invalidate(self) -> None:
        super().invalidate()
        if self._viewport.isVisible():
            QCoreApplication.postEvent(self._viewport, QEvent(QEvent.Type.LayoutRequest))
        self._area.follow_least_width()
