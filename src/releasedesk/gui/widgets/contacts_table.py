"""Media contacts: a table with add, remove and reorder; doubtful entries marked, not dropped."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...field_rules import email_is_valid, phone_is_valid
from ...model import Contact
from ...typed_lines import typed_line
from ..basics import scheme
from ..basics.enum_properties import set_enum_property

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

FIELDS = ("name", "role", "organization", "phone", "email")
DOUBTFUL = "#f6d5d0"  # a pale red behind a phone or e-mail address that looks wrong


class ContactsTable(QWidget):
    """Edits a list of Contact objects in place; emits edited() after every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts: list[Contact] = []
        self._loading = False
        scheme.on_switch(self, self._reload)  # (the doubtful cells' tint, in the new scheme)
        self.table = QTableWidget(0, len(FIELDS), self)
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Phone"),
            self.tr("E-mail")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.verticalHeader().setVisible(False)
        # The cell the arrow keys are on shows; Remove and Move take its row.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Nothing cut with "…": a long organisation or e-mail wraps (an address anywhere)
        # and its row grows; the table grows with its rows, so the form scrolls, not it.
        self.table.setWordWrap(True)
        # Tab leaves the table for the next field, as everywhere in the form; the arrow keys
        # go from cell to cell.
        self.table.setTabKeyNavigation(False)
        self._delegate_set = False  # (the wrapping delegate comes with the first show)
        set_enum_property(self.table, "textElideMode", "ElideNone")
        set_enum_property(self.table, "verticalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self.table, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.itemChanged.connect(self._item_changed)

        buttons = QHBoxLayout()
        # Text set apart: QPushButton(text, parent) makes PySide6 build QIcon at start-up.
        self.add_button, self.remove_button, self.up_button, self.down_button = (
            QPushButton(self) for _ in range(4))
        self.add_button.setText(self.tr("Add contact"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def tab_chain(self) -> list[QWidget]:
        """Its widgets in the order Tab visits them."""
        return [self.table, self.add_button, self.remove_button, self.up_button,
                self.down_button]

    def commit_edit(self) -> None:
        """A cell still being typed in: its text into the contact now (a dialog's button
        clicked next would otherwise read the contact without it)."""
        from PySide6.QtWidgets import QAbstractItemDelegate

        editor = self.window().focusWidget()  # (the window's, active or not)
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def set_contacts(self, contacts: list[Contact]) -> None:
        """Show a copy of *contacts*, edited here: ``contacts`` is the table's own list, sent
        on with each ``edited`` (a release's never held by the table)."""
        self.contacts = copy.deepcopy(list(contacts))
        self._reload()

    def _reload(self, select: int | None = None) -> None:
        self._loading = True
        self.table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            for column, name in enumerate(FIELDS):
                item = QTableWidgetItem(getattr(contact, name))
                self.table.setItem(row, column, item)
                self._mark(item, name)
        self._loading = False
        self._fit_rows()
        if select is not None and 0 <= select < len(self.contacts):
            self.table.setCurrentCell(select, max(0, self.table.currentColumn()))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._delegate_set:  # (its text layouts cost the start-up of a folded table)
            from .wrapping_delegate import WrappingDelegate

            self.table.setItemDelegate(WrappingDelegate(self.table))
            self._delegate_set = True
        super().showEvent(event)
        # Folded, the table had no width: its rows were fitted to a sliver. Now it has one
        # (once the section's layout has run).
        QTimer.singleShot(0, self, self._fit_rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped text, the table as tall as its rows (one
        empty row's height at least)."""
        if not self.isVisible():
            return  # folded: fitted when shown (a hidden table has no width to wrap at)
        table = self.table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount())) \
            or table.verticalHeader().defaultSectionSize()
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)

    def _mark(self, item: QTableWidgetItem, name: str) -> None:
        text = item.text().strip()
        doubtful = bool(text) and (
            (name == "email" and not email_is_valid(text))
            or (name == "phone" and not phone_is_valid(text)))
        item.setBackground(scheme.fill_brush(DOUBTFUL) if doubtful else QBrush())
        item.setToolTip(self.tr("This does not look like a valid {what}; it is kept as typed.")
                        .format(what=self.tr("e-mail address") if name == "email"
                                else self.tr("phone number")) if doubtful else "")

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row, column = item.row(), item.column()
        if row >= len(self.contacts):
            return
        name = FIELDS[column]
        text = typed_line(item.text())  # (a pasted address block: one line per cell)
        if text != item.text():
            self._loading = True
            item.setText(text)
            self._loading = False
        setattr(self.contacts[row], name, text)
        self._loading = True
        self._mark(item, name)
        self._loading = False
        self._fit_rows()
        self.edited.emit()

    def add_contact(self) -> None:
        """A row to type a contact into, its name cell open: the empty row already there
        (a new release starts with one), else a new one. Two empty rows would be one saved
        as an empty contact (tester11: it came back from review as "Media contact 1")."""
        row = next((k for k, contact in enumerate(self.contacts) if contact.is_empty()), None)
        added = row is None
        if row is None:
            self.contacts.append(Contact())
            row = len(self.contacts) - 1
        self._reload(select=row)
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        if added:
            self.edited.emit()

    def selected_row(self) -> int | None:
        """The row of the cell the user is on (Remove and Move take it)."""
        current = self.table.currentRow()
        return current if current >= 0 else None

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or row >= len(self.contacts):
            return
        del self.contacts[row]
        self._reload(select=min(row, len(self.contacts) - 1))
        self.edited.emit()

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        target = row + step
        if not 0 <= target < len(self.contacts):
            return
        self.contacts[row], self.contacts[target] = self.contacts[target], self.contacts[row]
        self._reload(select=target)
        self.edited.emit()
