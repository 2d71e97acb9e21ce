"""Tools ▸ Sign Off…: who signs, in which role, with a note, for exactly this text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..clearance.fingerprint import short
from .dialog_guard import DeskDialog


class SignOffDialog(DeskDialog):
    def __init__(self, fingerprint: str, roles: list[str], errors: int, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signOffDialog")
        self.setWindowTitle(self.tr("Sign Off"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "You sign off exactly the text as it is now. Any later change to what the "
            "exports show turns the status back and says so."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setObjectName("signerName")
        self.role = QComboBox(self)
        self.role.setObjectName("signerRole")
        self.role.setEditable(True)
        self.role.addItems(roles)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("signerNote")
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Note"), self.note)
        print_label = QLabel(f"<tt>{short(fingerprint, 8)}</tt>", self)
        print_label.setToolTip(fingerprint)
        form.addRow(self.tr("Fingerprint"), print_label)
        layout.addLayout(form)
        if errors:
            warning = QLabel(self.tr("The readiness check lists {n} error(s) in this text.")
                             .format(n=errors), self)
            warning.setStyleSheet("color: #a02020;")
            layout.addWidget(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign = self.buttons.addButton(self.tr("Sign Off"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda text: self.sign.setEnabled(bool(text.strip())))
        self.sign.setEnabled(bool(name.strip()))

    def details(self) -> tuple[str, str, str]:
        return (self.name.text().strip(), self.role.currentText().strip(),
                self.note.toPlainText().strip())
