"""Tools ▸ Names and Titles Register…: the office register of a house style in tables.

People (a row per title, with the dates it holds), organisations, terms (right ← wrong),
places, the house's own words and phrases never to print; rows added, edited, deleted, or
imported from a spreadsheet saved as CSV (UTF-8 or GB18030) or a register's JSON. Saved
into the house-style profile, the same place `releasedesk profile register` puts it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import QT_TRANSLATE_NOOP, ReleaseDeskError
from ...profiles import Profile, ProfileStore, profile_label
from ...register import (
    TABLE_NAMES,
    TABLES,
    Register,
    RegisterError,
    Rows,
    merge,
    read_register_file,
    register_from_rows,
    register_rows,
)
from ..basics import scheme
from ..basics.dialog_guard import DeskDialog
from ..basics.enum_properties import set_enum_property
from ..basics.i18n import translate_error

if TYPE_CHECKING:
    from .prompts import Prompts

# The columns' headings, by the register's column names (register.TABLES).
_HEADINGS = {
    "name": QT_TRANSLATE_NOOP("RegisterDialog", "Name"),
    "name_zh": QT_TRANSLATE_NOOP("RegisterDialog", "Chinese name"),
    "title": QT_TRANSLATE_NOOP("RegisterDialog", "Title"),
    "title_zh": QT_TRANSLATE_NOOP("RegisterDialog", "Chinese title"),
    "from": QT_TRANSLATE_NOOP("RegisterDialog", "From (YYYY-MM-DD)"),
    "to": QT_TRANSLATE_NOOP("RegisterDialog", "To (YYYY-MM-DD)"),
    "organization": QT_TRANSLATE_NOOP("RegisterDialog", "Organisation"),
    "short": QT_TRANSLATE_NOOP("RegisterDialog", "Short forms (; between)"),
    "use": QT_TRANSLATE_NOOP("RegisterDialog", "Write"),
    "not": QT_TRANSLATE_NOOP("RegisterDialog", "Not (; between)"),
    "word": QT_TRANSLATE_NOOP("RegisterDialog", "Word"),
    "phrase": QT_TRANSLATE_NOOP("RegisterDialog", "Phrase"),
    "banned.use": QT_TRANSLATE_NOOP("RegisterDialog", "Instead"),
    "places.name": QT_TRANSLATE_NOOP("RegisterDialog", "Place"),
}


def _headings() -> dict[str, str]:
    return {key: QCoreApplication.translate("RegisterDialog", text)
            for key, text in _HEADINGS.items()}


class RegisterTable(QTableWidget):
    """A register table that Tab leaves as a spreadsheet does: in the last cell of the
    last row it adds a row and goes to its first cell (Qt's own Tab went round to the
    table's first cell); everywhere else, to the next cell as before."""

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        if cursorAction == QAbstractItemView.CursorAction.MoveNext and current.isValid() \
                and current.row() == self.rowCount() - 1 \
                and current.column() == self.columnCount() - 1:
            return self.model().index(add_row(self), 0)
        return super().moveCursor(cursorAction, modifiers)


def add_row(widget: QTableWidget) -> int:
    """A new last row of *widget*, its first cell's item made (before its editor opens)."""
    row = widget.rowCount()
    widget.insertRow(row)
    widget.setItem(row, 0, QTableWidgetItem(""))
    return row


class RegisterDialog(DeskDialog):
    """The register of *profile*, edited in tables and saved into its profile."""

    def __init__(self, store: ProfileStore, profile: Profile, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.store, self.profile, self.prompts = store, profile, prompts
        self.setWindowTitle(self.tr("Names and Titles Register — {house}").format(
            house=profile_label(profile)))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Names, titles and terms every release of this house style must get exactly "
            "right. A person has a row for each title, with the dates it holds; proofing "
            "checks a title against the release date."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if profile.builtin:
            note = QLabel(self.tr("“{house}” is built in: saving keeps your own copy of it, "
                                  "used in its place.").format(house=profile_label(profile)),
                          self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.tabs = QTabWidget(self)
        self.tables: dict[str, QTableWidget] = {}
        headings = _headings()
        for table, columns in TABLES.items():
            widget = RegisterTable(0, len(columns), self)
            widget.setObjectName(f"register_{table}")
            widget.setHorizontalHeaderLabels(
                [headings.get(f"{table}.{c}", headings[c]) for c in columns])
            widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            widget.horizontalHeader().setStretchLastSection(True)
            widget.verticalHeader().setDefaultSectionSize(
                widget.fontMetrics().height() + 8)
            set_enum_property(widget, "selectionBehavior", "SelectRows")
            widget.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
            self.tables[table] = widget
            label = QCoreApplication.translate("", TABLE_NAMES[table])
            widget.setAccessibleName(label.replace("&", ""))
            corner = widget.findChild(QAbstractButton, "qt_tableview_cornerbutton")
            if corner is not None:  # (Qt's button that selects the whole table)
                corner.setAccessibleName(self.tr("Select all rows"))
            self.tabs.addTab(widget, label)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.add_row = QPushButton(self.tr("&Add Row"), self)
        self.add_row.clicked.connect(self.add_empty_row)
        self.delete_rows = QPushButton(self.tr("&Delete Rows"), self)
        self.delete_rows.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("&Import CSV or JSON…"), self)
        self.import_button.setToolTip(self.tr(
            "A spreadsheet saved as CSV (UTF-8 or GB18030) with the columns kind, name, "
            "name_zh, title, title_zh, from, to, organization, also; or a register's JSON"))
        self.import_button.clicked.connect(self.choose_import)
        for button in (self.add_row, self.delete_rows, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setObjectName("registerProblem")
        self.problem.setWordWrap(True)
        scheme.styled(self.problem, "color: #a02020;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_rows(register_rows(profile.names))

    def sizeHint(self) -> QSize:
        return QSize(980, 600)  # (cut to a small screen by DeskDialog)

    # -- the tables ---------------------------------------------------------------------------

    def show_rows(self, rows: Rows) -> None:
        for table, widget in self.tables.items():
            data = rows.get(table, [])
            widget.setRowCount(len(data))
            for r, values in enumerate(data):
                for c, value in enumerate(values):
                    widget.setItem(r, c, QTableWidgetItem(value))
            widget.resizeColumnsToContents()
            # The first column holds names and terms: room for a long one typed later
            # ("Eleanor Whitcombe-Ashford"), not only for the header's word.
            name_room = widget.fontMetrics().horizontalAdvance("M" * 14)
            for column in range(widget.columnCount()):
                low = name_room if column == 0 and widget.columnCount() > 1 else 90
                widget.setColumnWidth(column, min(max(widget.columnWidth(column), low), 260))

    def rows(self) -> Rows:
        rows: Rows = {}
        for table, widget in self.tables.items():
            rows[table] = [[(item.text() if (item := widget.item(r, c)) else "")
                            for c in range(widget.columnCount())]
                           for r in range(widget.rowCount())]
        return rows

    def current_table(self) -> QTableWidget:
        return list(self.tables.values())[self.tabs.currentIndex()]

    def add_empty_row(self) -> None:
        """A new last row, its first cell open to type in. The table opens the editor of
        the cell that becomes current (its edit triggers hold CurrentChanged), so making the
        cell current is all it takes: asking the table to edit that cell again failed, and
        Qt printed "edit: editing failed" on the terminal at every row added."""
        widget = self.current_table()
        widget.setCurrentCell(add_row(widget), 0)

    def delete_selected(self) -> None:
        widget = self.current_table()
        rows = sorted({index.row() for index in widget.selectionModel().selectedIndexes()},
                      reverse=True)
        if not rows and widget.currentRow() >= 0:
            rows = [widget.currentRow()]
        for row in rows:
            widget.removeRow(row)

    # -- import and save ----------------------------------------------------------------------

    def choose_import(self) -> None:
        """Ask for a register file, then add it to the tables (import_file)."""
        from ..basics.modal import FileMode, choose_files

        choose_files(self, FileMode.OPEN, self.tr("Import a register"), "",
                     self.tr("Spreadsheet (CSV) or register (JSON) (*.csv *.json)"),
                     lambda names: self.import_file(Path(names[0])))

    def import_file(self, path: Path) -> bool:
        """Add the register in *path* to the tables (a person of the same name takes the
        new rows); a file that cannot be read changes nothing and says why."""
        try:
            imported = read_register_file(path)
            current = register_from_rows(self.rows())
        except RegisterError as exc:
            self.say(self.tr("{file} was not imported: {problem}").format(
                file=path.name, problem=_translated(exc)))
            return False
        self.show_rows(register_rows(merge(current, imported)))
        self.say("")
        self.tabs.setCurrentIndex(0)
        return True

    def register(self) -> Register:
        return register_from_rows(self.rows())

    def save(self) -> bool:
        try:
            register = self.register()
        except RegisterError as exc:
            self.say(self.tr("Not saved: {problem}").format(problem=_translated(exc)))
            self._show_row(exc)
            return False
        self.profile.names = register
        try:
            self.store.save(self.profile)
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return False
        self.say("")
        self.mark_clean()
        self.accept()
        return True

    def _show_row(self, exc: RegisterError) -> None:
        """Put the cursor on the row a problem names."""
        row, name = exc.arguments.get("row"), exc.arguments.get("table")
        table = next((key for key, text in TABLE_NAMES.items() if text == name), None)
        if isinstance(row, int) and table is not None:
            self.tabs.setCurrentIndex(list(self.tables).index(table))
            self.tables[table].setCurrentCell(row - 1, 0)

    def say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))


def _translated(exc: ReleaseDeskError) -> str:
    args = dict(exc.arguments)
    if isinstance(args.get("table"), str):  # (a table's name, marked N_ in register.py)
        args["table"] = QCoreApplication.translate("", str(args["table"]))
        exc = ReleaseDeskError(exc.template, **args)
    text = translate_error(exc).rstrip(".。")
    chinese = any("\u4e00" <= char <= "\u9fff" for char in text)
    return text + ("。" if chinese else ".")
