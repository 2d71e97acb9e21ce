"""Room for a panel docked beside the form and the preview (the Suggestions panel of a
review taken back): the form keeps the width its fields need, the panel takes a fair share
of the window, and the preview what is left, or nothing where too little is left to read.

The widths are worked out here, apart from Qt (`shares`), and applied to the window's dock
and splitter (`make_room`); closing the panel gives the form and the preview the widths
they had before it came.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import record

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from .main_window import MainWindow

# The panel's share of the window when there is room for it (a tenth of it: 3 → 30 %).
PANEL_SHARE = 3
# A preview narrower than this shows a word or two a line: it gives its room to the others.
PREVIEW_LEAST = 200


@record(frozen=True)
class Shares:
    """Widths in pixels of the form, the preview (0: folded away) and the panel."""

    form: int
    preview: int
    panel: int


def shares(width: int, form_needs: int, panel_least: int) -> Shares:
    """How *width* (the window's, less its handles) is shared when the panel shows: the
    form its fields' width (*form_needs*), the panel a third of the window at most and
    *panel_least* at least, the preview the rest; a preview that would be narrower than
    PREVIEW_LEAST folds away, and its room goes to the form. Too narrow a window for the
    form and the panel at their least: the panel keeps its least and the form the rest."""
    panel = max(panel_least, width * PANEL_SHARE // 10)
    preview = width - form_needs - panel
    if preview < PREVIEW_LEAST:  # the panel gives up room down to its least first
        panel = max(panel_least, width - form_needs - PREVIEW_LEAST)
        preview = width - form_needs - panel
    if preview < PREVIEW_LEAST:
        return Shares(max(0, width - panel), 0, panel)
    return Shares(form_needs, preview, panel)


class PanelRoom:
    """Makes room for *panel* (docked in *window*) each time it shows (`make`), and gives
    the form and the preview their widths back when it closes."""

    def __init__(self, window: MainWindow, panel: QDockWidget) -> None:
        """(Before the panel is docked: the widths it finds are those it gives back.)"""
        self.window = window
        self.panel = panel
        self.before: list[int] | None = None  # the splitter's widths before the panel came
        self.remember()
        panel.visibilityChanged.connect(self._shown)

    def remember(self) -> None:
        """Keep the form's and the preview's widths, while the panel is not showing."""
        if not self.panel.isVisible() and self.before is None:
            self.before = self.window.splitter.sizes()

    def make(self) -> Shares:
        """Share the window's width between the form, the preview and the panel (shown)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle

        window, splitter = self.window, self.window.splitter
        handles = splitter.handleWidth() + window.style().pixelMetric(
            QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        wanted = shares(window.width() - handles, window.form_scroll.least_width(),
                        self.panel.minimumWidth())
        window.resizeDocks([self.panel], [wanted.panel], Qt.Orientation.Horizontal)
        layout = window.layout()
        if layout is not None:
            layout.activate()  # (the dock takes its width now: the splitter has the rest)
        room = sum(splitter.sizes())
        preview = min(wanted.preview, max(0, room - wanted.form))
        splitter.setSizes([room - preview, preview])
        return wanted

    def _shown(self, visible: bool) -> None:
        if not visible and self.before is not None:
            from PySide6.QtCore import QTimer

            before, self.before = self.before, None
            # (once the window has laid itself out without the dock)
            QTimer.singleShot(0, self.window.splitter, lambda: self._give_back(before))

    def _give_back(self, before: list[int]) -> None:
        self.window.splitter.setSizes(before)
