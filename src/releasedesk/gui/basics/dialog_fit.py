"""Dialogs that fit the screen they open on (issue #27, point 6).

A laptop's 1366×768 or a 1280×720 screen, less its panels, is the smallest the editor is
made for: a dialog shown there is cut to the room the screen has and placed inside it,
centred over its parent. A dialog whose content needs more height holds it in a scroll
area (house_style), so cutting it hides nothing for good.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

# The window manager's frame and title bar, before they are known.
FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)


def fitted_rect(size: QSize, least: QSize, frame: QMargins, available: QRect,
                centre: QPoint) -> QRect:
    """The dialog's geometry (without its frame): *size* cut to what *available* (the
    screen less its panels) holds with *frame* around it, never below *least* (its
    layout's minimum), centred on *centre* and moved inside *available*."""
    room_width = available.width() - frame.left() - frame.right()
    room_height = available.height() - frame.top() - frame.bottom()
    width = max(min(size.width(), room_width), least.width())
    height = max(min(size.height(), room_height), least.height())
    left = centre.x() - width // 2
    top = centre.y() - height // 2
    # Inside the screen: the frame's right and bottom edges first, then its left and top
    # (a dialog larger than the screen keeps its title bar reachable).
    left = min(left, available.right() + 1 - frame.right() - width)
    top = min(top, available.bottom() + 1 - frame.bottom() - height)
    left = max(left, available.left() + frame.left())
    top = max(top, available.top() + frame.top())
    return QRect(left, top, width, height)


def frame_margins(widget: QWidget) -> QMargins:
    """The frame the window manager draws around *widget*; an allowance until it is known."""
    outer, inner = widget.frameGeometry(), widget.geometry()
    if outer == inner:
        return FRAME_ALLOWANCE
    return QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                    outer.right() - inner.right(), outer.bottom() - inner.bottom())


def fit_on_screen(widget: QWidget) -> None:
    """Resize and move *widget* (a top-level dialog) to fit its screen, over its parent."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen()
    available = screen.availableGeometry()
    if widget.testAttribute(Qt.WidgetAttribute.WA_Moved):  # placed by its own code: kept
        centre = widget.geometry().center()
    elif parent is not None and parent.isVisible():
        centre = parent.window().frameGeometry().center()
    else:
        centre = available.center()
    resized = widget.testAttribute(Qt.WidgetAttribute.WA_Resized)  # (by its own code)
    size = widget.size() if resized else widget.sizeHint()
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    rect = fitted_rect(size.expandedTo(least), least, frame_margins(widget), available, centre)
    frame = frame_margins(widget)
    widget.resize(rect.size())
    widget.move(rect.topLeft() - QPoint(frame.left(), frame.top()))  # (move places the frame)



def grow_to_fit(widget: QWidget) -> None:
    """A message just appeared or changed in *widget* (a dialog): it grows to the height its
    layout needs at its width, wrapped lines counted, so the message is not cut and
    pushes nothing over the fields above it (tester15: the link dialog's refusal of a
    javascript: address, the Sign Off dialog's error); within its screen, never shrunk."""
    layout = widget.layout()
    if layout is None:
        return
    layout.activate()
    width = widget.width()
    need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else \
        layout.totalSizeHint().height()
    need = max(need, layout.totalMinimumSize().height())
    screen = widget.screen()
    if screen is not None:
        frame = frame_margins(widget)
        need = min(need, screen.availableGeometry().height() - frame.top() - frame.bottom())
    if need > widget.height():
        widget.setMinimumHeight(need)  # (the user cannot drag it back over the message)
        widget.resize(width, need)
