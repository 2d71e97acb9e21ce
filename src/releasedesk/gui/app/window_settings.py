"""The main window's place and arrangement, kept in the settings between starts."""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect

from ...settings import save_settings

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

# The window's size on a first start: nine tenths of a large screen, at least DEFAULT_SIZE,
# and never more than a small screen (a laptop's 1366×768) has room for.
DEFAULT_SIZE = (1360, 860)
FRAME_ALLOWANCE = (16, 48)  # the window manager's frame and title bar, before they are known


def default_geometry(available: QRect) -> QRect:
    """The window's place with no saved geometry: it and its frame fit in *available*
    (the screen less its panels), centred there."""
    width = min(max(DEFAULT_SIZE[0], available.width() * 9 // 10),
                available.width() - FRAME_ALLOWANCE[0])
    height = min(max(DEFAULT_SIZE[1], available.height() * 9 // 10),
                 available.height() - FRAME_ALLOWANCE[1])
    left = available.x() + (available.width() - width) // 2
    top = available.y() + max(FRAME_ALLOWANCE[1] - 8, (available.height() - height) // 2)
    return QRect(left, top, width, height)


def restore_window(window: MainWindow) -> None:
    """The window as the settings left it: geometry (a first start: default_geometry),
    the split, the preview's zoom and visibility, the body's view."""
    if window.settings.window_geometry:
        try:
            window.restoreGeometry(QByteArray(base64.b64decode(window.settings.window_geometry)))
        except (ValueError, TypeError):
            log.warning("ignoring unreadable window geometry in settings")
    else:
        window.setGeometry(default_geometry(window.screen().availableGeometry()))
    if len(window.settings.splitter_sizes) == 2 and all(window.settings.splitter_sizes):
        window.splitter.setSizes(window.settings.splitter_sizes)
    else:
        window.splitter.setSizes([620, 740])
    if window.settings.preview_zoom:
        window.preview.set_zoom(window.settings.preview_zoom)
    window.form.body.set_view(window.settings.body_view)
    window.set_preview_visible(window.settings.preview_visible)


def store_window(window: MainWindow) -> None:
    """Remember the geometry and the split, and save the settings."""
    window.settings.window_geometry = base64.b64encode(
        window.saveGeometry().data()).decode()
    window.settings.splitter_sizes = list(window.splitter.sizes())
    save_settings(window.settings)
