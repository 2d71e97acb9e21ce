"""Find and replace across every text of the release that prints: headline, subheadline,
dateline, organisation, a portal's and a kind's fields, body, contacts, "About", keywords,
the photos' captions, credits and alt texts and the standard footer, in reading order;
every match says which field it is in. Which fields are searched is the field table's
(``fields.FIELDS``: every field that prints and holds text): a field no widget below names
is searched in the release itself (``FieldTarget``).

Replacements go through the fields as edits (the form updates the release, one undo step
a field), never around them. The standard footer is the house style's: found, never
replaced here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from ... import fields, kinds
from ...field_change import FieldChange
from ...model import Contact, FooterLine, Photo
from ..basics.dialog_guard import DeskDialog

if TYPE_CHECKING:
    from ..undo.release_history import ReleaseHistory
    from .release_form import ReleaseForm

SNIPPET = 30  # characters shown either side of a match in the list

# The kinds of field that hold text a reader sees (what find and replace search).
TEXT_KINDS = frozenset({fields.LINE, fields.BLOCK, fields.LIST, fields.CONTACTS,
                        fields.FOOTER, fields.PHOTOS})
PHOTO_PARTS = ("caption", "credit", "alt")  # a photo's words, in the panel's order


class Target:
    """One searchable field: its label, and how to read, select and replace in it."""

    def __init__(self, label: str, widget: QWidget) -> None:
        self.label = label
        self.widget = widget

    def where(self, row: int, column: int) -> str:
        """The name of the piece (*row*, *column*) as a match's line says it."""
        return self.label

    def writable(self) -> bool:
        """Whether a match here may be replaced (the house style's footer may not)."""
        return True

    def cells(self) -> list[tuple[int, int, str]]:
        """(row, column, text) of each searchable piece: one for a text field."""
        widget = self.widget
        if isinstance(widget, QTableWidget):
            return [(r, c, item.text()) for r in range(widget.rowCount())
                    for c in range(widget.columnCount())
                    if (item := widget.item(r, c)) is not None]
        if isinstance(widget, QLineEdit):
            return [(0, 0, widget.text())]
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            return [(0, 0, widget.toPlainText())]
        return []

    def select(self, row: int, column: int, start: int, length: int) -> None:
        from ..widgets.collapsible import reveal

        widget = self.widget
        reveal(widget)  # a folded section opens, the form scrolls to the field
        widget.setFocus()
        if isinstance(widget, QTableWidget):
            widget.setCurrentCell(row, column)
        elif isinstance(widget, QLineEdit):
            widget.setSelection(start, length)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)

    def replace(self, row: int, column: int, start: int, length: int, text: str) -> None:
        widget = self.widget
        if isinstance(widget, QTableWidget):
            item = widget.item(row, column)
            if item is not None:
                old = item.text()
                item.setText(old[:start] + text + old[start + length:])
        elif isinstance(widget, QLineEdit):
            widget.setSelection(start, length)
            widget.insert(text)  # an edit: the form hears it (setText would not tell it)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)


class Match:
    __slots__ = ("column", "length", "row", "start", "target")

    def __init__(self, target: Target, row: int, column: int, start: int, length: int) -> None:
        self.target = target
        self.row = row
        self.column = column
        self.start = start
        self.length = length


class FindReplaceDialog(DeskDialog):
    """Non-modal; it stands beside the form, not over the body."""

    def has_unsaved_edits(self) -> bool:
        return False  # (what it searches for is no edit: Escape just closes it)

    def __init__(self, targets: Callable[[], list[Target]],
                 parent: QWidget | None = None, history: ReleaseHistory | None = None,
                 writable: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self.targets = targets
        self.history = history  # the release's undo history: each command is one step
        self.writable = writable  # False while the release is open read-only
        self.setWindowTitle(self.tr("Find and replace"))
        self.find_text = QLineEdit(self)
        self.find_text.setObjectName("findText")
        self.replace_text = QLineEdit(self)
        self.replace_text.setObjectName("replaceText")
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.status = QLabel(self)
        self.results = QListWidget(self)
        self.results.setObjectName("findResults")
        self.matches: list[Match] = []
        self.current = -1
        find_next = QPushButton(self.tr("Find next"), self)
        find_next.setDefault(True)
        replace = self.replace_button = QPushButton(self.tr("Replace"), self)
        replace_all = self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        close = QPushButton(self.tr("Close"), self)
        find_next.clicked.connect(self.find_next)
        replace.clicked.connect(self.replace)
        replace_all.clicked.connect(self.replace_all)
        close.clicked.connect(self.close)
        self.find_text.textChanged.connect(lambda _: self.refresh())
        self.match_case.toggled.connect(lambda _: self.refresh())
        self.results.itemActivated.connect(self._go_to_item)
        self.results.itemClicked.connect(self._go_to_item)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Find"), self), 0, 0)
        grid.addWidget(self.find_text, 0, 1)
        grid.addWidget(find_next, 0, 2)
        grid.addWidget(QLabel(self.tr("Replace with"), self), 1, 0)
        grid.addWidget(self.replace_text, 1, 1)
        grid.addWidget(replace, 1, 2)
        grid.addWidget(self.match_case, 2, 1)
        grid.addWidget(replace_all, 2, 2)
        grid.addWidget(self.results, 3, 0, 1, 3)
        grid.addWidget(self.status, 4, 0, 1, 2)
        grid.addWidget(close, 4, 2)

    # -- finding ------------------------------------------------------------------------

    def refresh(self) -> list[Match]:
        """Every match in every field, in reading order, listed with its field."""
        self.update_buttons()
        needle = self.find_text.text()
        self.matches = []
        self.results.clear()
        if needle:
            fold = not self.match_case.isChecked()
            wanted = needle.lower() if fold else needle
            for target in self.targets():
                for row, column, text in target.cells():
                    haystack = text.lower() if fold else text
                    start = haystack.find(wanted)
                    while start >= 0:
                        match = Match(target, row, column, start, len(needle))
                        self.matches.append(match)
                        item = QListWidgetItem(
                            f"{target.where(row, column)}: {_snippet(text, match)}")
                        self.results.addItem(item)
                        start = haystack.find(wanted, start + max(1, len(needle)))
        self.current = -1
        self.status.setText(self.tr("{n} found").format(n=len(self.matches))
                            if needle else "")
        return self.matches

    def find_next(self) -> bool:
        matches = self.refresh() if not self.matches or self.current < 0 else self.matches
        if not matches:
            self.status.setText(self.tr("Not found."))
            return False
        self.current = (self.current + 1) % len(matches)
        self._show(self.current)
        return True

    def _show(self, index: int) -> None:
        match = self.matches[index]
        match.target.select(match.row, match.column, match.start, match.length)
        self.results.setCurrentRow(index)
        self.status.setText(self.tr("{n} of {total}, in {field}").format(
            n=index + 1, total=len(self.matches),
            field=match.target.where(match.row, match.column)))

    def _go_to_item(self, item: QListWidgetItem) -> None:
        index = self.results.row(item)
        if 0 <= index < len(self.matches):
            self.current = index
            self._show(index)

    # -- replacing ----------------------------------------------------------------------

    def replace(self) -> None:
        """Replace the match shown, then show the next one."""
        if not self._may_replace():
            return
        if 0 <= self.current < len(self.matches):
            match = self.matches[self.current]
            if not match.target.writable():
                self.status.setText(self._footer_kept())
                return
            with self._one_step(self.tr("Replace")):
                match.target.replace(match.row, match.column, match.start, match.length,
                                     self.replace_text.text())
            following = self.current
            self.refresh()
            self.current = following - 1
        self.find_next()

    def update_buttons(self) -> None:
        """Replacing only while the release can be changed."""
        for button in (self.replace_button, self.replace_all_button):
            button.setEnabled(self.writable())

    def _may_replace(self) -> bool:
        if self.writable():
            return True
        self.status.setText(self.tr("This release is open read-only: nothing was replaced."))
        return False

    def _one_step(self, label: str) -> AbstractContextManager[None]:
        return self.history.grouped(label) if self.history is not None else nullcontext()

    def replace_all(self) -> int:
        """Replace every match, last first (earlier positions stay right); all of them are
        one undo step (of each text field's own history, without the release's)."""
        if not self._may_replace():
            return 0
        matches = self.refresh()
        blocks: dict[int, QTextCursor] = {}
        for match in matches:
            widget = match.target.widget
            if isinstance(widget, (QPlainTextEdit, QTextEdit)) and id(widget) not in blocks:
                blocks[id(widget)] = QTextCursor(widget.document())
                blocks[id(widget)].beginEditBlock()
        kept = [match for match in matches if not match.target.writable()]
        matches = [match for match in matches if match.target.writable()]
        with self._one_step(self.tr("Replace All")):
            try:
                for match in reversed(matches):
                    match.target.replace(match.row, match.column, match.start, match.length,
                                         self.replace_text.text())
            finally:
                for cursor in blocks.values():
                    cursor.endEditBlock()
        self.refresh()
        done = self.tr("Replaced {n}.").format(n=len(matches))
        self.status.setText(f"{done} {self._footer_kept()}" if kept else done)
        return len(matches)

    def _footer_kept(self) -> str:
        return self.tr("The standard footer belongs to the house style and was left as it "
                       "is (Tools ▸ House Style…).")


def _snippet(text: str, match: Match) -> str:
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.start)
    line_end = len(text) if line_end < 0 else line_end
    start = max(line_start, match.start - SNIPPET)
    end = min(line_end, match.start + match.length + SNIPPET)
    return ("…" if start > line_start else "") + text[start:end] + \
        ("…" if end < line_end else "")


class FieldTarget(Target):
    """A field of the table searched in the release itself and replaced through the form's
    one write path (``ReleaseForm.apply``): a kind's paragraphs, the photos' words (the
    panel shows one photo at a time), the footer; its widget is made only to show a match."""

    def __init__(self, form: ReleaseForm, spec: fields.Field) -> None:
        super().__init__(form.tr_field(spec.name), form)
        self.form = form
        self.spec = spec

    def where(self, row: int, column: int) -> str:
        if self.spec.kind == fields.PHOTOS:
            translate = QCoreApplication.translate  # (the dialog's context, where it is said)
            return (translate("FindReplaceDialog", "Photo {number}, caption"),
                    translate("FindReplaceDialog", "Photo {number}, credit"),
                    translate("FindReplaceDialog", "Photo {number}, alt text"))[column].format(
                        number=row + 1)
        return self.label

    def writable(self) -> bool:
        return self.spec.kind != fields.FOOTER

    def _value(self) -> object:
        return getattr(self.form.release, self.spec.name)

    def cells(self) -> list[tuple[int, int, str]]:
        value, kind = self._value(), self.spec.kind
        if kind == fields.PHOTOS:
            return [(r, c, getattr(photo, part))
                    for r, photo in enumerate(fields.items_of(value, Photo))
                    for c, part in enumerate(PHOTO_PARTS)]
        if kind == fields.CONTACTS:
            return [(r, c, getattr(contact, key))
                    for r, contact in enumerate(fields.items_of(value, Contact))
                    for c, key in enumerate(fields.CONTACT_FIELDS)]
        if kind == fields.FOOTER:
            return [(r, 0, line.text)
                    for r, line in enumerate(fields.items_of(value, FooterLine))]
        if kind == fields.LIST:
            return [(r, 0, item) for r, item in enumerate(fields.items_of(value, str))]
        return [(0, 0, fields.value_of(value, str))]

    def replace(self, row: int, column: int, start: int, length: int, text: str) -> None:
        def spliced(old: str) -> str:
            return old[:start] + text + old[start + length:]

        value, kind = self._value(), self.spec.kind
        new: object
        if kind == fields.FOOTER:
            return  # (the house style's: see writable)
        if kind in (fields.PHOTOS, fields.CONTACTS):
            records = [copy.copy(item) for item in fields.items_of(value, object)]
            part = (PHOTO_PARTS if kind == fields.PHOTOS else fields.CONTACT_FIELDS)[column]
            setattr(records[row], part, spliced(getattr(records[row], part)))
            new = records
        elif kind == fields.LIST:
            items = fields.items_of(value, str)
            items[row] = spliced(items[row])
            new = items
        else:
            new = spliced(fields.value_of(value, str))
        self.form.apply(FieldChange(self.spec.name, new))

    def select(self, row: int, column: int, start: int, length: int) -> None:
        form = self.form
        shown: QWidget | None
        if self.spec.kind == fields.PHOTOS:
            panel = form.photos
            panel.list.setCurrentRow(row)
            shown = (panel.caption, panel.credit, panel.alt)[column]
        else:
            shown = form.field_widget(self.spec.name)
            if self.spec.kind == fields.FOOTER:  # (its lines one under the other, as shown)
                start += sum(len(f"{line.text} <{line.url}>" if line.url else line.text) + 1
                             for line in form.release.footer[:row])
        if shown is not None:
            Target(self.label, shown).select(0, 0, start, length)


def form_targets(form: ReleaseForm) -> list[Target]:
    """The release's text fields that print, in reading order, the body in the view shown:
    the widgets that show a field whole, then every other field of the table that prints
    text (a kind's paragraphs before the body, the photos after it, the footer last)."""
    shown = [Target(form.tr("Headline"), form.headline),
             Target(form.tr("Subheadline"), form.subheadline),
             Target(form.tr("Dateline"), form.dateline),
             Target(form.tr("Organisation"), form.organization),
             # (a line field added to the field table since: its own line in the form)
             *(Target(form.tr_field(name), form.lines[name]) for name in form.added_lines),
             Target(form.tr("Body"), form.body.editor),
             Target(form.tr("Media contacts"), form.contacts.table),
             Target(form.tr("About (boilerplate)"), form.boilerplate),
             Target(form.tr("Keywords"), form.keywords)]
    covered = {"headline", "subheadline", "dateline", "organization", *form.added_lines,
               "body", "contacts", "boilerplate", "keywords"}
    others = [FieldTarget(form, spec) for spec in fields.FIELDS
              if spec.prints and spec.kind in TEXT_KINDS and spec.name not in covered]
    kinds_own = [target for target in others if kinds.owner(target.spec.name) is not None]
    body = next(i for i, target in enumerate(shown) if target.widget is form.body.editor)
    rest = sorted((target for target in others if target not in kinds_own),
                  key=lambda target: target.spec.kind == fields.FOOTER)
    return [*shown[:body], *kinds_own, *shown[body:], *rest]
