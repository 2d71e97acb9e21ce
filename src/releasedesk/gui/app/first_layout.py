"""The window's long texts (the body, the preview's page) laid out once as it first shows.

While a window first shows, its layouts size the widgets in turns: a text view is resized two
or three times on its way to the width it keeps (the splitter's share, then its neighbours'
scroll bars), and every new width starts its document's layout again from the top. A text
longer than its view then shows its own scroll bar, which narrows it once more. For the 5k
words of a release opened at start that was most of what show() cost (callgrind: 114 M
instructions of a start's 1,380 M).

So the documents' layout is off while the window shows and on again once it stands: each is
laid out at the width it settled to, its first screen at once and the rest in Qt's own idle
steps, as before. A text that is certainly taller than the screen (one line a paragraph at
the view's font already is) shows its vertical scroll bar from the start, the width it will
keep; afterwards the bar follows the text again as Qt decides it (ScrollBarAsNeeded). (Were
the guess wrong, a paragraph in smaller type, Qt hides the bar again then: only a text just
as tall as its view could keep a bar Qt would not have shown.) Once it stands, the window
looks as it did (tests/test_gui_first_layout.py; callgrind, a 5k-word release: show() 114 ->
57 M instructions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextEdit

from ..basics.enum_properties import set_enum_property

if TYPE_CHECKING:
    from .main_window import MainWindow


def show_laid_out_once(window: MainWindow, show: Callable[[], None]) -> None:
    """*show* the window; the first time, with its long texts laid out once (see above):
    the body in its formatted view, the preview's web page when that is its tab."""
    if window.isVisible():
        show()
        return
    web = window.preview.web
    views = [window.form.body.editor, *([web] if window.preview.currentWidget() is web else [])]
    with laid_out_once(views, window.screen().availableGeometry().height()):
        show()


def surely_taller(view: QTextEdit, screen_height: int) -> bool:
    """Whether the text of *view* is taller than *screen_height* at any width: a paragraph
    takes a line at least, unless blocks stand side by side (a table's cells, in a frame)."""
    document = view.document()
    if document.rootFrame().childFrames():
        return False
    return document.blockCount() * view.fontMetrics().lineSpacing() > screen_height


@contextmanager
def laid_out_once(views: Iterable[object], screen_height: int) -> Iterator[None]:
    """Within: the documents of *views* (the rich text ones: a plain text view lays out only
    what it shows) are not laid out, a long one's scroll bar shown; after: each is laid out
    at the size its view has then."""
    held: list[tuple[QTextEdit, bool]] = []
    for view in views:
        if not isinstance(view, QTextEdit) or not view.document().isLayoutEnabled():
            continue  # (a plain text view, or a document someone else holds: as it is)
        document = view.document()
        tall = surely_taller(view, screen_height)
        if tall:
            set_enum_property(view, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
        document.setLayoutEnabled(False)
        held.append((view, tall))
    try:
        yield
    finally:
        for view, tall in held:
            view.document().setLayoutEnabled(True)
            if tall:
                set_enum_property(view, "verticalScrollBarPolicy", "ScrollBarAsNeeded")
