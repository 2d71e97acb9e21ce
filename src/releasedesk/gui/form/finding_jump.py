"""Going to a readiness finding: its field unfolded and focused, and what it is about
selected (the over-long part of the headline, the weekday in the body, a contact's cell)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression

from ..widgets.collapsible import reveal

if TYPE_CHECKING:
    from ...checks import Finding
    from .release_form import ReleaseForm


def show_finding(form: ReleaseForm, finding: Finding) -> None:
    """Go to the finding's field and select what it is about (the over-long part of
    the headline, the weekday in the body, the contact's doubtful e-mail)."""
    form.focus_field(finding.field)
    if finding.field in ("headline", "subheadline"):
        line = form.headline if finding.field == "headline" else form.subheadline
        start = _locate(line.text(), finding.about, finding.where)
        if start >= 0:
            line.setSelection(start, len(finding.about))
    elif finding.field == "contacts" and 0 <= finding.where < form.contacts.table.rowCount():
        _select_contact(form, finding.where, finding.about)
    elif finding.field == "body" and finding.about:
        _select_in_body(form, finding.about)


def _select_contact(form: ReleaseForm, row: int, about: str) -> None:
    table = form.contacts.table
    column = next((c for c in range(table.columnCount())
                   if (item := table.item(row, c)) is not None and about
                   and item.text() == about), 0)
    table.setCurrentCell(row, column)
    item = table.item(row, column)
    if item is not None:
        table.scrollToItem(item)
        reveal(table, table.visualItemRect(item).translated(
            table.viewport().mapTo(table, table.viewport().rect().topLeft())))
        if about and not form.read_only:
            table.editItem(item)  # its editor opens with the text selected


def _select_in_body(form: ReleaseForm, phrase: str) -> None:
    """Select *phrase* in the body's view; in the Markdown view emphasis marks may
    stand between its letters ("**Tuesday**, March 3")."""
    editor = form.body.editor
    words = ["[*_]*".join(re.escape(ch) for ch in word) for word in phrase.split()]
    if not words:
        return
    found = editor.document().find(QRegularExpression(r"[*_]*\s+[*_]*".join(words)))
    if found.isNull():
        return
    editor.setTextCursor(found)
    editor.ensureCursorVisible()
    reveal(editor, editor.cursorRect(found).translated(
        editor.viewport().mapTo(editor, editor.viewport().rect().topLeft())))


def _locate(text: str, about: str, where: int) -> int:
    """Where *about* stands in *text*: at *where* if it still does, else its first place."""
    if not about:
        return -1
    if where >= 0 and text[where:where + len(about)] == about:
        return where
    return text.find(about)
