"""Rich paste into the body: HTML from Word, a browser or an e-mail becomes our Markdown.

Bold, italic, links, lists (nested, numbered with their start), headings and quotes
survive; styles, scripts, images (their alt text kept) and tracking junk do not. The
importer's HTML reader and the Markdown writer do the work, so a paste and an imported
HTML draft read the same. Ctrl+Shift+V pastes the plain text instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ...field_rules import MAX_TEXT_FIELD, count
from ..basics.enum_properties import set_enum_property, set_shortcut
from ..undo.typing_steps import TypingSteps

log = logging.getLogger(__name__)


def html_to_markdown(html: str, body: str = "") -> str:
    """The Markdown for HTML pasted into the Markdown *body* ("" when it holds no words):
    its headings no higher than the body's own (body.parse.fit_headings)."""
    from ...body.parse import fit_headings, top_heading_level
    from ...importing.html_reader import html_to_blocks
    from ...render.markdown_writer import write_markdown

    return write_markdown(fit_headings(html_to_blocks(html), top_heading_level(body)))


def paste_fits(editor: QPlainTextEdit | QTextEdit, body: int, added: int,
               refused: Callable[[str], object]) -> bool:
    """Whether a paste of *added* characters (as saved) into *editor*, whose body holds
    *body* characters as saved, keeps the body within what a release holds (the limit
    Save checks). If not, nothing is pasted and *refused* is handed the one sentence that
    says so and what to do, in the count Save uses (the editor's `pasteRefused`: the
    window shows it in a message box, so a user not looking at the status bar reads it
    too): the clipboard still holds the text and nothing typed is touched."""
    replaced = len(editor.textCursor().selectedText())
    after = body - min(replaced, body) + added
    if after <= MAX_TEXT_FIELD:
        return True
    log.info("paste of %d characters refused: the body would hold %d", added, after)
    refused(refusal(after))
    return False


def refusal(after: int) -> str:
    """The sentence for a paste refused because the body would then hold *after*
    characters as saved."""
    return QCoreApplication.translate(
        "BodyEditor", "Nothing was pasted: with it the body would hold {n} characters as "
        "saved, more than the {max} a release holds; paste a shorter part, or make room in "
        "the body first.").format(n=count(after), max=count(MAX_TEXT_FIELD))


class PlainPaste:
    """An editor's Paste as Plain Text (Ctrl+Shift+V, *action*): the clipboard's plain
    text, whatever formatting it also carries; *now* while such a paste is under way."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, name: str, text: str) -> None:
        self.editor = editor
        self.now = False
        action = QAction(editor)
        action.setObjectName(name)
        action.setText(text)
        set_shortcut(action, "Ctrl+Shift+V")
        set_enum_property(action, "shortcutContext", "WidgetShortcut")
        action.triggered.connect(self.paste)
        editor.addAction(action)
        self.action = action

    def paste(self) -> None:
        self.now = True
        try:
            self.editor.paste()
        finally:
            self.now = False


class RichPasteEdit(QPlainTextEdit):
    """A plain-text editor whose paste turns HTML into Markdown."""

    pasteRefused = Signal(str)  # a paste past the body's limit: the sentence saying so

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing_steps = TypingSteps(self)  # word-sized undo steps; a paste names its own
        self.plain_paste = PlainPaste(self, "pastePlain", self.tr("Paste as Plain Text"))
        self.paste_plain_action = self.plain_paste.action

    def paste_plain(self) -> None:
        """Paste the clipboard's plain text, whatever formatting it also carries."""
        self.plain_paste.paste()

    def insertFromMimeData(self, source: QMimeData) -> None:
        with self.typing_steps.pasting():
            self._insert(source)

    def _insert(self, source: QMimeData) -> None:
        if source.hasHtml() and not self.plain_paste.now:
            try:
                markdown = html_to_markdown(source.html(), self.toPlainText())
            except Exception:  # a converter bug must never cost the user their paste
                log.exception("rich paste failed; pasting plain text")
                markdown = ""
            if markdown.strip():
                if not paste_fits(self, len(self.toPlainText()), len(markdown),
                                  self.pasteRefused.emit):
                    return
                self.textCursor().insertText(markdown)
                self.ensureCursorVisible()
                return
        if source.hasText():
            # (without the characters a save drops, as the body is saved and read again)
            from ...body.safety import clean_text

            text = clean_text(source.text())
            if paste_fits(self, len(self.toPlainText()), len(text),
                          self.pasteRefused.emit):
                self.textCursor().insertText(text)
                self.ensureCursorVisible()
            return
        if paste_fits(self, len(self.toPlainText()), len(source.text()),
                      self.pasteRefused.emit):
            super().insertFromMimeData(source)


def clipboard_html(html: str, text: str) -> None:
    """Put HTML (and its plain text) on the clipboard (used by tests and the screenshot)."""
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)
