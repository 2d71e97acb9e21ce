"""Find and replace in the body."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)


class FindReplaceDialog(QDialog):
    """A small non-modal dialog acting on the body's editor (either view)."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Find and replace in the body"))
        self.find_text = QLineEdit(self)
        self.find_text.setObjectName("findText")
        self.replace_text = QLineEdit(self)
        self.replace_text.setObjectName("replaceText")
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.status = QLabel(self)
        find_next = QPushButton(self.tr("Find next"), self)
        find_next.setDefault(True)
        replace = QPushButton(self.tr("Replace"), self)
        replace_all = QPushButton(self.tr("Replace all"), self)
        close = QPushButton(self.tr("Close"), self)
        find_next.clicked.connect(self.find_next)
        replace.clicked.connect(self.replace)
        replace_all.clicked.connect(self.replace_all)
        close.clicked.connect(self.close)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Find"), self), 0, 0)
        grid.addWidget(self.find_text, 0, 1)
        grid.addWidget(find_next, 0, 2)
        grid.addWidget(QLabel(self.tr("Replace with"), self), 1, 0)
        grid.addWidget(self.replace_text, 1, 1)
        grid.addWidget(replace, 1, 2)
        grid.addWidget(self.match_case, 2, 1)
        grid.addWidget(replace_all, 2, 2)
        grid.addWidget(self.status, 3, 0, 1, 2)
        grid.addWidget(close, 3, 2)

    def _flags(self) -> QTextDocument.FindFlag:
        return (QTextDocument.FindFlag.FindCaseSensitively if self.match_case.isChecked()
                else QTextDocument.FindFlag(0))

    def find_next(self) -> bool:
        needle = self.find_text.text()
        if not needle:
            return False
        if self.editor.find(needle, self._flags()):
            self.status.clear()
            return True
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        found = self.editor.find(needle, self._flags())
        self.status.setText("" if found else self.tr("Not found."))
        return found

    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        needle = self.find_text.text()
        if self.match_case.isChecked():
            return selected == needle
        return selected.lower() == needle.lower()

    def replace(self) -> None:
        if self.find_text.text() and self._selection_matches():
            self.editor.textCursor().insertText(self.replace_text.text())
        self.find_next()

    def replace_all(self) -> int:
        needle = self.find_text.text()
        if not needle:
            return 0
        document = self.editor.document()
        cursor = QTextCursor(document)
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one undo step for the whole replacement
        while True:
            cursor = document.find(needle, cursor, self._flags())
            if cursor.isNull():
                break
            cursor.insertText(self.replace_text.text())
            count += 1
        edit.endEditBlock()
        self.status.setText(self.tr("Replaced {n}.").format(n=count))
        return count
