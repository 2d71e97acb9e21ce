"""The system's colour scheme, light or dark, as the editor's colours see it.

The application palette says which it is (a dark desktop, Qt 6.5+'s colour scheme, a
dark QPalette or QT_QPA_PLATFORMTHEME all end there), so this module reads the palette
and nothing else. Every colour of our own goes through here at the moment it is used
(tones.py turns it for a dark ground: loaded with the first dark colour, never under a
light scheme), and `follow` applies a widget's colours again when the palette changes, so a
scheme switched while the editor runs is followed too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from .styling import solid_brush

if TYPE_CHECKING:
    from PySide6.QtGui import QBrush
    from PySide6.QtWidgets import QWidget

BASE, WINDOW = "base", "window"  # the ground of text fields and views; of windows, labels


def ground(where: str = BASE) -> str:
    """The application palette's background of text views (BASE) or of windows (WINDOW)."""
    palette = QGuiApplication.palette()
    role = QPalette.ColorRole.Base if where == BASE else QPalette.ColorRole.Window
    return str(palette.color(role).name())


def is_dark() -> bool:
    """True under a dark scheme: the windows' text is lighter than their background."""
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return bool(text.lightness() > window.lightness())


def text(colour: str, where: str = BASE) -> str:
    """One of our text colours as it reads on the scheme's ground (unchanged when light)."""
    if not is_dark():
        return colour
    from .tones import text_on  # (loaded with the first dark colour)

    return text_on(colour, ground(where))


def fill(colour: str, where: str = BASE) -> str:
    """One of our tints as a fill on the scheme's ground (unchanged when light)."""
    if not is_dark():
        return colour
    from .tones import fill_on  # (loaded with the first dark colour)

    return fill_on(colour, ground(where))


def css(style: str, where: str = BASE) -> str:
    """A style sheet or style attribute of our colours, turned for the scheme's ground."""
    if not is_dark():
        return style
    from .tones import css_on  # (loaded with the first dark colour)

    return css_on(style, ground(where))


def html(markup: str, where: str = BASE) -> str:
    """HTML of ours whose style attributes hold our colours, turned for the scheme."""
    if not is_dark():
        return markup
    from .tones import html_on  # (loaded with the first dark colour)

    return html_on(markup, ground(where))


def text_brush(colour: str, where: str = BASE) -> QBrush:
    return solid_brush(text(colour, where))


def fill_brush(colour: str, where: str = BASE) -> QBrush:
    return solid_brush(fill(colour, where))


class _Watch(QObject):
    """One per application: hears the application palette change (a dark desktop, Qt's
    colour scheme, a palette set) and, when the scheme switched, sets every style sheet
    again and says so (`switched`). (Qt tells only the windows of the change itself; a
    child with a style sheet hears nothing.)"""

    switched = Signal()

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("schemeWatch")
        self.dark = is_dark()
        app.paletteChanged.connect(self._palette_changed)

    def _palette_changed(self, _palette: QPalette) -> None:
        if is_dark() != self.dark:
            self.dark = is_dark()
            self._refresh_style_sheets()
            self.switched.emit()

    @staticmethod
    def _refresh_style_sheets() -> None:
        """Qt resolves a sheet's palette(...) colours when it is set: without this a
        summary in palette(placeholder-text) kept the old scheme's grey."""
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.allWidgets():
            sheet = widget.styleSheet()
            if "palette(" in sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)


def watch_application() -> _Watch | None:
    """The application's watch (made on first use; none without an application)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None
    found = app.findChild(_Watch, "schemeWatch")
    return found if found is not None else _Watch(app)


class _Follower(QObject):
    """Calls *apply* when the scheme switched, while its widget lives."""

    def __init__(self, widget: QObject, apply: Callable[[], object]) -> None:
        super().__init__(widget)
        self._apply = apply
        watch = watch_application()
        if watch is not None:
            watch.switched.connect(self.switched)

    def switched(self) -> None:
        self._apply()


def follow(widget: QWidget, apply: Callable[[], object]) -> None:
    """Apply *widget*'s scheme-dependent colours now and again whenever the scheme
    switches; *apply* reads the scheme through this module."""
    apply()
    _Follower(widget, apply)


def on_switch(widget: QWidget, apply: Callable[[], object]) -> None:
    """Call *apply* whenever the scheme switches while *widget* lives."""
    _Follower(widget, apply)


def styled(widget: QWidget, style: str, where: str = WINDOW) -> None:
    """*widget*'s style sheet of our colours, in the scheme now and after a switch."""
    follow(widget, lambda: widget.setStyleSheet(css(style, where)))


def dark_palette() -> QPalette:
    """A dark palette like the ones dark desktops give Qt (for screenshots and tests: the
    editor itself takes the system's)."""
    from PySide6.QtGui import QColor

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in [(roles.Window, "#2d2d2d"), (roles.WindowText, "#e6e6e6"),
                         (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#2a2a2a"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                         (roles.ButtonText, "#e6e6e6"), (roles.ToolTipBase, "#3a3a3a"),
                         (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#9a9a9a"),
                         (roles.Highlight, "#3d7bd9"), (roles.HighlightedText, "#ffffff"),
                         (roles.Link, "#7fb0ff"), (roles.BrightText, "#ff6060"),
                         (roles.Light, "#4a4a4a"), (roles.Midlight, "#404040"),
                         (roles.Mid, "#303030"), (roles.Dark, "#202020"),
                         (roles.Shadow, "#000000")]:
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette
