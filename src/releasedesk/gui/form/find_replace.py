"""Find and replace across the release: headline, subheadline, dateline, organisation, body,
contacts, "About" and keywords, in reading order; every match says which field it is in.

Replacements go through the fields as edits (the form updates the release, one undo step
a field), never around them.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING

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

from ..basics.dialog_guard import DeskDialog

if TYPE_CHECKING:
    from ..undo.release_history import ReleaseHistory
    from .release_form import ReleaseForm

SNIPPET = 30  # characters shown either side of a match in the list


class Target:
    """One searchable field: its label, and how to read, select and replace in it."""

    def __init__(self, label: str, widget: QWidget) -> None:
        self.label = label
        self.widget = widget

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
                        item = QListWidgetItem(f"{target.label}: {_snippet(text, match)}")
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
            n=index + 1, total=len(self.matches), field=match.target.label))

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
        with self._one_step(self.tr("Replace All")):
            try:
                for match in reversed(matches):
                    match.target.replace(match.row, match.column, match.start, match.length,
                                         self.replace_text.text())
            finally:
                for cursor in blocks.values():
                    cursor.endEditBlock()
        self.refresh()
        self.status.setText(self.tr("Replaced {n}.").format(n=len(matches)))
        return len(matches)


def _snippet(text: str, match: Match) -> str:
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.start)
    line_end = len(text) if line_end < 0 else line_end
    start = max(line_start, match.start - SNIPPET)
    end = min(line_end, match.start + match.length + SNIPPET)
    return ("…" if start > line_start else "") + text[start:end] + \
        ("…" if end < line_end else "")


def form_targets(form: ReleaseForm) -> list[Target]:
    """The release's text fields in reading order, the body in the view shown."""
    return [Target(form.tr("Headline"), form.headline),
            Target(form.tr("Subheadline"), form.subheadline),
            Target(form.tr("Dateline"), form.dateline),
            Target(form.tr("Organisation"), form.organization),
            # (a line field added to the field table since: its own line in the form)
            *(Target(form.tr_field(name), form.lines[name]) for name in form.added_lines),
            Target(form.tr("Body"), form.body.editor),
            Target(form.tr("Media contacts"), form.contacts.table),
            Target(form.tr("About (boilerplate)"), form.boilerplate),
            Target(form.tr("Keywords"), form.keywords)]

