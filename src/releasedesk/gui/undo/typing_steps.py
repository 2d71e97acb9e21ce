"""Word-sized undo steps for the body's editors.

QTextDocument merges every character typed in a row into one undo step, so one Undo took
back a whole sentence and more. A character typed after a space or punctuation (or as the
first key after the writer came back to the body) is inserted inside an edit block of its
own: the document cannot merge it into the step before, and the characters after it merge
into its step, so each step is one word with the space after it.

While a key or a paste is handled, `doing` says what the document's steps are (typing, a
paste, a cut): the history names the step after it ("Undo Paste in Body").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal

from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from .release_history import is_word_boundary

Doing = Literal["typing", "paste", "cut"]


class TypingSteps:
    def __init__(self, editor: QTextEdit | QPlainTextEdit) -> None:
        self.editor = editor
        self.word_ended = True  # the next character typed starts a step
        self.has_word = False  # the step being typed holds more than spaces
        self.doing: Doing | None = None  # what the document's steps being made are

    def key(self, event: QKeyEvent, handle: Callable[[QKeyEvent], None]) -> None:
        text = event.text()
        typed = bool(text) and text.isprintable()
        # (the document may record a paste's step once the key is handled, after the
        # editor's insertFromMimeData, which runs in pasting(), has returned)
        self.doing = ("cut" if event.matches(QKeySequence.StandardKey.Cut) else
                      "paste" if event.matches(QKeySequence.StandardKey.Paste) else "typing")
        try:
            if typed and self.word_ended:
                self.has_word = False
                cursor = self.editor.textCursor()
                cursor.beginEditBlock()
                try:
                    handle(event)
                finally:
                    cursor.endEditBlock()
            else:
                handle(event)
        finally:
            self.doing = None
        if typed:
            if not is_word_boundary(text[-1]):
                self.has_word = True
            # A word ends at a space or punctuation; spaces typed before a word wait for it
            # (a step of spaces alone would undo unseen).
            self.word_ended = is_word_boundary(text[-1]) and self.has_word
        elif text:  # Enter, Backspace, Tab: the next word is a step of its own
            self.word_ended = True

    @contextmanager
    def pasting(self) -> Iterator[None]:
        """The document's steps made in the block are a paste (from a key, a menu or a
        drop)."""
        before, self.doing = self.doing, "paste"
        try:
            yield
        finally:
            self.doing = before
