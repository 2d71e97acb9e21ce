"""Word-sized undo steps for the body's editors.

QTextDocument merges every character typed in a row into one undo step, so one Undo took
back a whole sentence and more. A character typed after a space or punctuation (or as the
first key after the writer came back to the body) is inserted inside an edit block of its
own: the document cannot merge it into the step before, and the characters after it merge
into its step, so each step is one word with the space after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from .release_history import is_word_boundary


class TypingSteps:
    def __init__(self, editor: QTextEdit | QPlainTextEdit) -> None:
        self.editor = editor
        self.word_ended = True  # the next character typed starts a step
        self.has_word = False  # the step being typed holds more than spaces
        self.typing = False  # a key is being handled (its document steps are typing)

    def key(self, event: QKeyEvent, handle: Callable[[QKeyEvent], None]) -> None:
        text = event.text()
        typed = bool(text) and text.isprintable()
        self.typing = True
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
            self.typing = False
        if typed:
            if not is_word_boundary(text[-1]):
                self.has_word = True
            # A word ends at a space or punctuation; spaces typed before a word wait for it
            # (a step of spaces alone would undo unseen).
            self.word_ended = is_word_boundary(text[-1]) and self.has_word
        elif text:  # Enter, Backspace, Tab: the next word is a step of its own
            self.word_ended = True
