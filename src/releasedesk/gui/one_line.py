"""One-line inputs stay one line: a pasted or typed line break becomes a space.

QLineEdit keeps the line breaks of pasted text (and shows them as nothing), so a
dateline, an organisation or a contact's name pasted from an e-mail could carry one into
the release and from there into an e-mail export's header. A validator fixes the text
as it comes in, whatever way it comes (paste, drop, input method, setText).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from ..field_rules import one_line


class OneLineValidator(QValidator):
    """Accepts every text, with its line breaks turned into spaces."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        fixed = one_line(text)
        return QValidator.State.Acceptable, fixed, min(pos, len(fixed))


def keep_one_line(*edits: QLineEdit, parent: QObject | None = None) -> None:
    """Give each of *edits* the one-line validator (one shared instance)."""
    if not edits:
        return
    validator = OneLineValidator(parent or edits[0])
    for edit in edits:
        edit.setValidator(validator)
