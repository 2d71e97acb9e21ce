"""From a row of Compare with Language Version to the editor: the cursor on that paragraph
or field of the release being edited (twin_compare.py asks, twin_actions.py answers).

A row of the other version only has no paragraph here: the cursor goes to this release's
paragraph before it (or the field's start), where its translation would go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ...model import Release
from ...twins.align import BLOCK_FIELDS, CONTACTS, FOOTER, Row, paragraphs
from ...twins.marks import TO_TRANSLATE
from ..form.release_form import ReleaseForm
from ..widgets.collapsible import reveal
from ..widgets.contacts_table import FIELDS as CONTACT_COLUMNS
from .compare_cells import plain, reading_runs

_MARKER = re.compile(r"^(?:•|\d+\.)\s+")
_BETWEEN = r"[*_`\[\]]*"


def here_index(row: Row, rows: Sequence[Row]) -> int | None:
    """The index of this release's paragraph (contact, line) the row stands for; for a row
    of the other version only, the one before it in the same field (None: none before)."""
    if row.here is not None:
        return row.here
    place = next((k for k, other in enumerate(rows) if other is row), len(rows))
    earlier = [other.here for other in rows[:place]
               if other.field == row.field and other.here is not None]
    return earlier[-1] if earlier else None


def go_to_row(form: ReleaseForm, release: Release, row: Row, rows: Sequence[Row]) -> None:
    """Focus *row*'s field in *form* and put the cursor on its paragraph, contact or line."""
    index = here_index(row, rows)
    form.focus_field(row.field)
    if row.field == CONTACTS:
        table = form.contacts.table
        if index is not None and index < table.rowCount():
            column = CONTACT_COLUMNS.index(row.part) if row.part in CONTACT_COLUMNS else 0
            table.setCurrentCell(index, column)
            item = table.item(index, column)
            if item is not None:
                table.scrollToItem(item)
        return
    if row.field == FOOTER:
        _to_block(form.footer, index or 0)
        return
    if row.field not in BLOCK_FIELDS or index is None:
        return
    units = paragraphs(getattr(release, row.field) or "")
    if index >= len(units):
        return
    editor = form.body.editor if row.field == "body" else form.field_widget(row.field)
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        _to_paragraph(editor, units, index, markdown_text=getattr(release, row.field) or "")


def _to_block(editor: QPlainTextEdit | QTextEdit, number: int) -> None:
    block = editor.document().findBlockByNumber(number)
    if block.isValid():
        _place(editor, block.position())


def _to_paragraph(editor: QPlainTextEdit | QTextEdit, units: list[str], index: int,
                  markdown_text: str) -> None:
    """The cursor at the start of paragraph *index*: found by its place in the Markdown
    when the editor shows the Markdown, else by its first words as they read."""
    shown = editor.toPlainText()
    if shown.replace("\r\n", "\n") == markdown_text.replace("\r\n", "\n"):
        at = 0
        for number, unit in enumerate(units):
            at = shown.find(unit.removeprefix(f"{TO_TRANSLATE} "), at)  # (paragraphs())
            if at < 0:
                break
            if number == index:
                _place(editor, at)
                return
            at += len(unit)
    words = _MARKER.sub("", plain(reading_runs(units[index], True)).split("\n")[0]).split()
    phrase: list[str] = []
    for word in words:  # (a few words, or the start of a Chinese sentence)
        phrase.append(word[:24])
        if len(phrase) >= 4 or sum(map(len, phrase)) >= 24:
            break
    if not phrase:
        return
    pattern = (_BETWEEN + r"\s+" + _BETWEEN).join(
        _BETWEEN.join(re.escape(ch) for ch in word) for word in phrase)
    found = re.compile(pattern).search(shown)
    if found is not None:
        _place(editor, found.start())


def _place(editor: QPlainTextEdit | QTextEdit, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(min(position, len(editor.toPlainText())),
                       QTextCursor.MoveMode.MoveAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    reveal(editor, editor.cursorRect(cursor).translated(
        editor.viewport().mapTo(editor, editor.viewport().rect().topLeft())))
