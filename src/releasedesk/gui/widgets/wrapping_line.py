"""Text fields that grow with their text instead of scrolling inside the form.

GrowingText is as tall as its wrapped text, between a few rows and a maximum (the About
text). WrappingLine is a one-line field that wraps: a long headline shows whole, on as many
rows as it needs. It keeps QLineEdit's ways where the form and the find dialog use them: text(),
setText() (not an edit), textEdited(str) on the user's edits, a maximum length, the cursor
and selection calls. It holds no line breaks: Enter moves to the next field and pasted
line breaks become spaces.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QKeySequence, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from ...field_rules import one_line
from ...typed_lines import typed_line, typed_line_at
from ..basics.enum_properties import set_enum_property
from ..undo.history_keys import history_key

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QResizeEvent

MAX_ROWS = 6  # beyond this the field scrolls (a pasted document, not a headline)


class GrowingText(QPlainTextEdit):
    """As tall as its wrapped text, from *min_rows* to *max_rows* (then it scrolls)."""

    def __init__(self, parent: QWidget | None = None, min_rows: int = 1,
                 max_rows: int = MAX_ROWS) -> None:
        super().__init__(parent)
        self.min_rows, self.max_rows = min_rows, max_rows
        self._scroll_policy = ""
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        set_enum_property(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        # (Its height is fixed to its text: setFixedHeight in _fit_height.)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _: self._fit_height())
        self._fit_height()

    def rows(self) -> int:
        """How many rows the text takes at the field's width."""
        return max(1, int(self.document().documentLayout().documentSize().height()))

    def _text_height(self) -> float:
        """The laid-out text's height in pixels (a Chinese fallback font's rows are taller
        than the font's own line spacing)."""
        layout = self.document().documentLayout()
        height = 0.0
        block = self.document().firstBlock()
        while block.isValid():
            height += layout.blockBoundingRect(block).height()
            block = block.next()
        return height

    def _height_for(self, rows: int) -> int:
        margins = self.contentsMargins()
        laid_out = self.rows()
        row = self._text_height() / laid_out if laid_out else 0.0
        spacing = float(self.fontMetrics().lineSpacing())
        shown = (row or spacing) * min(rows, laid_out) + spacing * max(0, rows - laid_out)
        return (math.ceil(shown) + math.ceil(2 * self.document().documentMargin())
                + margins.top() + margins.bottom() + 2)

    def _shown_rows(self) -> int:
        return max(self.min_rows, min(self.rows(), self.max_rows))

    def _fit_height(self) -> None:
        rows = self.rows()
        # No scroll bar while the text shows whole (one coming and going would change the
        # width the text wraps at); past max_rows the field scrolls (a pasted document).
        policy = "ScrollBarAsNeeded" if rows > self.max_rows else "ScrollBarAlwaysOff"
        if self._scroll_policy != policy:  # (read back, the property needs Qt's enums)
            set_enum_property(self, "verticalScrollBarPolicy", policy)
            self._scroll_policy = policy
        height = self._height_for(self._shown_rows())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not history_key(self, event):  # Ctrl+Z: the release's history, not the field's
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(self._shown_rows()))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self._height_for(self.min_rows))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()


class WrappingLine(GrowingText):
    textEdited = Signal(str)
    # Text was refused at the maximum length: True for a paste cut short, False for a key.
    refused = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._max_length = 32767  # QLineEdit's default
        self._setting = False
        super().__init__(parent)
        self.textChanged.connect(self._changed)

    # -- QLineEdit's calls ------------------------------------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Show *text* (line breaks as spaces); not an edit: textEdited stays silent."""
        self._setting = True
        try:
            self.setPlainText(one_line(text)[:self._max_length])
        finally:
            self._setting = False

    def setMaxLength(self, length: int) -> None:
        self._max_length = length
        if len(self.toPlainText()) > length:
            self.setText(self.toPlainText())

    def maxLength(self) -> int:
        return self._max_length

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        # (in UTF-16 units, as Qt counts: an emoji is two)
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)

    def setSelection(self, start: int, length: int) -> None:
        end = len(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, end)))
        cursor.setPosition(max(0, min(start + length, end)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def hasSelectedText(self) -> bool:
        return self.textCursor().hasSelection()

    def selectedText(self) -> str:
        return self.textCursor().selectedText()

    def end(self, mark: bool) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor if mark
                        else QTextCursor.MoveMode.MoveAnchor)

    # -- one line, wrapped ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.InsertParagraphSeparator) or \
                event.matches(QKeySequence.StandardKey.InsertLineSeparator):
            event.accept()
            self.focusNextChild()  # Enter moves on, as in a form
            return
        typed = event.text()
        if typed and typed.isprintable() and self._room() < len(typed):
            event.accept()  # (full: the key is refused and the user told, not cut later)
            self.refused.emit(False)
            return
        super().keyPressEvent(event)

    def _room(self) -> int:
        """How many characters may still go in where the cursor is (its selection replaced)."""
        cursor = self.textCursor()
        return self._max_length - len(self.toPlainText()) + \
            (cursor.selectionEnd() - cursor.selectionStart())

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """An input method's text (a Chinese or Japanese word chosen, a dictation) takes
        what fits where the cursor is and says the rest was refused, as a key would."""
        commit = event.commitString()
        room = self._room() + max(0, event.replacementLength())
        if len(commit) <= room:
            super().inputMethodEvent(event)
            return
        from PySide6.QtGui import QInputMethodEvent  # (only for text an IME cuts: rare)

        fitted = QInputMethodEvent(event.preeditString(), event.attributes())
        fitted.setCommitString(commit[:max(0, room)], event.replacementStart(),
                               event.replacementLength())
        super().inputMethodEvent(fitted)
        event.accept()
        self.refused.emit(False)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text, room = typed_line(source.text()), self._room()
            self.textCursor().insertText(text[:max(0, room)])
            self.ensureCursorVisible()
            if len(text) > room:  # (what did not fit is said, never dropped unsaid)
                self.refused.emit(True)

    def paste_plain(self) -> None:
        """Edit ▸ Paste as Plain Text: the clipboard's text, as a paste (cut to fit, said)."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QGuiApplication

        data = QMimeData()
        data.setText(QGuiApplication.clipboard().text())
        self.insertFromMimeData(data)

    def _changed(self) -> None:
        text = self.toPlainText()
        # (typed past the limit, or a character no export prints typed: setText shows the
        # release's text as it is, one line)
        position = self.textCursor().position()
        if self._setting:
            clean = one_line(text)
        else:
            clean, position = typed_line_at(text, position)
        if len(text) > self._max_length or clean != text:
            self.blockSignals(True)
            try:
                whole = QTextCursor(self.document())
                whole.select(QTextCursor.SelectionType.Document)
                whole.insertText(clean[:self._max_length])
            finally:
                self.blockSignals(False)
            self.setCursorPosition(position)
            text = self.toPlainText()
        if not self._setting:
            self.textEdited.emit(text)
