"""A one-line field takes text as the exports print it (tester15, finding 3).

A tab, BEL or U+202E pasted into the headline showed as a box and as reversed text in the
form, while the exports printed them cleaned. Now every one-line field (the wrapping
headline and subheadline, QLineEdit fields with the one-line validator, the contacts'
cells) cleans pasted and typed text by one rule, field_rules.typed_line: one_line's line
breaks as spaces, body.safety.clean_line's characters dropped (the rule the body's paste
follows), a tab a space.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from releasedesk.body.safety import clean_line
from releasedesk.field_rules import one_line
from releasedesk.gui.widgets.contacts_table import ContactsTable
from releasedesk.gui.widgets.one_line import keep_one_line
from releasedesk.gui.widgets.wrapping_line import WrappingLine
from releasedesk.model import Contact
from releasedesk.typed_lines import typed_line

# Text as it is pasted: letters of several scripts, and the characters that misbehave.
ODD = "\t\x07\x00\x1b\x7f\x85\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
      "\u2066\u2067\u2068\u2069\u00ad\ufeff\r\n\u2028\u2029\x0b\x0c"
TEXTS = st.text(alphabet=st.sampled_from(list(ODD)) | st.characters(
    codec="utf-8", categories=("L", "N", "P", "Zs", "So", "Mn")), max_size=40)
# (a QPlainTextEdit's toPlainText gives U+00A0 NO-BREAK SPACE as a space, Qt's own way)
FIELD_TEXTS = TEXTS.map(lambda text: text.replace("\xa0", " "))


@settings(max_examples=300)
@given(TEXTS)
def test_a_typed_line_is_what_the_exports_print(text: str) -> None:
    line = typed_line(text)
    assert clean_line(line) == line  # (the exports drop nothing more from it)
    assert one_line(line) == line and "\t" not in line
    assert typed_line(line) == line
    assert len(line) <= len(text)
    # Nothing else is taken away: every letter, digit and isolate typed is still there.
    kept = [c for c in text if c not in ODD or c in "\u200b\u200d\u200e\u200f\u2066\u2067"
            "\u2068\u2069"]
    assert [c for c in line if c != " "] == [c for c in kept if c != " "]


@settings(max_examples=60, deadline=None)
@given(before=FIELD_TEXTS, pasted=FIELD_TEXTS)
def test_the_wrapping_fields_show_a_paste_cleaned(qapp: QApplication, before: str,
                                                  pasted: str) -> None:
    field = WrappingLine()
    field.setText(typed_line(before))
    field.moveCursor(QTextCursor.MoveOperation.End)
    data = QMimeData()
    data.setText(pasted)
    field.insertFromMimeData(data)
    assert field.text() == typed_line(before) + typed_line(pasted)
    field.deleteLater()


@settings(max_examples=60, deadline=None)
@given(before=FIELD_TEXTS, typed=FIELD_TEXTS)
def test_the_wrapping_fields_clean_what_is_typed(qapp: QApplication, before: str,
                                                 typed: str) -> None:
    field = WrappingLine()
    field.setText(typed_line(before))
    field.moveCursor(QTextCursor.MoveOperation.End)
    edits: list[str] = []
    field.textEdited.connect(edits.append)
    for character in typed:  # one key at a time, as typing (or an input method) inserts
        cursor = field.textCursor()
        cursor.insertText(character)
    assert field.text() == typed_line(typed_line(before) + typed)
    assert clean_line(field.text()) == field.text() and "\t" not in field.text()
    assert all(clean_line(edit) == edit for edit in edits)
    field.deleteLater()


@settings(max_examples=60, deadline=None)
@given(before=TEXTS, pasted=TEXTS)
def test_the_line_fields_take_a_paste_cleaned(qapp: QApplication, before: str, pasted: str) -> None:
    field = QLineEdit()
    keep_one_line(field)
    field.setText(typed_line(before))
    field.end(False)
    QGuiApplication.clipboard().setText(pasted)
    field.paste()
    field.insert("\t\u202e")  # (as a key would)
    assert field.text() == typed_line(typed_line(before) + pasted) + " "
    field.deleteLater()


@settings(max_examples=40, deadline=None)
@given(TEXTS)
def test_a_contacts_cell_keeps_it_cleaned(qapp: QApplication, typed: str) -> None:
    table = ContactsTable()
    table.set_contacts([Contact("Ana Ortiz")])
    item = table.table.item(0, 0)
    assert item is not None
    item.setText(typed)
    assert table.contacts[0].name == typed_line(typed) == item.text()
    table.deleteLater()
