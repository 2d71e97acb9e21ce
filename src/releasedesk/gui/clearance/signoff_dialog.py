"""Tools ▸ Sign Off…: who signs, in which role, with a note, for exactly this text.

While the office register finds an error in the text, Sign Off stays off until the
signer ticks the override and says why; the reason is kept in the sign-off's note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...clearance.fingerprint import short
from ...proofing.findings import TEMPLATES, ProofFinding
from ...proofing.gate import override_note
from ..basics import scheme
from ..basics.dialog_fit import grow_to_fit
from ..basics.dialog_guard import DeskDialog, answer_buttons

REGISTER_SHOWN = 5  # the register's errors listed; the rest counted


class SignOffDialog(DeskDialog):
    def __init__(self, fingerprint: str, roles: list[str], errors: int, name: str = "",
                 parent: QWidget | None = None,
                 register: Sequence[ProofFinding] = ()) -> None:
        super().__init__(parent)
        self.register = list(register)
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
        self.name.selectAll()  # (the last signer's name: typing another replaces it)
        self.role = QComboBox(self)
        self.role.setObjectName("signerRole")
        self.role.setEditable(True)
        self.role.addItems(roles)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("signerNote")
        self.note.setFixedHeight(80)
        self.note.setTabChangesFocus(True)  # (a tab is no character a note may hold)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Note"), self.note)
        print_label = QLabel(f"<tt>{short(fingerprint, 8)}</tt>", self)
        print_label.setToolTip(fingerprint)
        form.addRow(self.tr("Fingerprint"), print_label)
        layout.addLayout(form)
        if errors:
            warning = QLabel(self.tr("The readiness check lists %n error(s) in this text.",
                                     "", errors), self)
            scheme.styled(warning, "color: #a02020;")
            layout.addWidget(warning)
        self.override = QCheckBox(self.tr("Sign off despite the register's errors"), self)
        self.override.setObjectName("registerOverride")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("Why (kept with the sign-off)"))
        self.reason.setFixedHeight(56)
        self.reason.setTabChangesFocus(True)
        if self.register:
            # The same mistake in the subheadline and the body is one line, counted.
            counted: dict[str, int] = {}
            for item in self.register:
                text = _described(item)
                counted[text] = counted.get(text, 0) + 1
            lines = [text if n == 1 else f"{text} (×{n})"
                     for text, n in list(counted.items())[:REGISTER_SHOWN]]
            if len(counted) > REGISTER_SHOWN:
                lines.append(self.tr("… and {n} more").format(
                    n=len(counted) - REGISTER_SHOWN))
            held = QLabel(self.tr(
                "The office register finds %n error(s) in this text; correct them, or "
                "override with a note saying why:", "", len(self.register)), self)
            held.setWordWrap(True)
            scheme.styled(held, "color: #a02020;")
            listed = QLabel("\n".join(f"• {line}" for line in lines), self)
            listed.setObjectName("registerErrors")
            listed.setWordWrap(True)
            layout.addWidget(held)
            layout.addWidget(listed)
            layout.addWidget(self.override)
            layout.addWidget(self.reason)
        else:
            self.override.setVisible(False)
            self.reason.setVisible(False)
        # What keeps the sign-off back (a tab pasted into the note …): said here, the
        # dialog left open with what was typed.
        self.problem = QLabel(self)
        self.problem.setObjectName("signOffProblem")
        self.problem.setWordWrap(True)
        scheme.styled(self.problem, "color: #a02020;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.buttons = answer_buttons(self, QDialogButtonBox.StandardButton.Cancel)
        self.sign = self.buttons.addButton(self.tr("Sign Off"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.override.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def can_sign(self) -> bool:
        """A name, and for a text the register holds, the override ticked with a reason."""
        held = bool(self.register) and not (self.override.isChecked()
                                            and self.reason.toPlainText().strip())
        return bool(self.name.text().strip()) and not held

    def _update(self) -> None:
        self.sign.setEnabled(self.can_sign())
        self.reason.setEnabled(self.override.isChecked())

    def accept(self) -> None:
        """Sign Off: only details the sign-off can take close the dialog; else it says why
        and keeps what was typed."""
        from ...clearance.signoffs import check_signer
        from ...errors import ReleaseDeskError
        from ..basics.i18n import translate_error

        try:
            check_signer(*self.details())
        except ReleaseDeskError as error:
            self.problem.setText(translate_error(error))
            self.problem.setVisible(True)
            grow_to_fit(self)  # (the sentence wraps: the dialog grows, nothing is pushed over)
            return
        super().accept()

    def details(self) -> tuple[str, str, str]:
        """(name, role, note); the note records an override of the register's errors."""
        note = self.note.toPlainText().strip()
        if self.register and self.override.isChecked():
            note = override_note(note, self.reason.toPlainText(), self.register)
        return (self.name.text().strip(), self.role.currentText().strip(), note)


def _described(item: ProofFinding) -> str:
    template = QCoreApplication.translate("Findings", TEMPLATES[item.code])
    try:
        return template.format(**dict(item.args))
    except (KeyError, IndexError, ValueError):
        return item.message
