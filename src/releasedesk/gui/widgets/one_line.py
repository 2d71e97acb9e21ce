"""One-line inputs stay one line: a pasted or typed line break becomes a space.

(And what no export prints is not taken either: a pasted tab, BEL or U+202E RIGHT-TO-LEFT
OVERRIDE would show as a box or reversed text in the form and be printed cleaned.)

QLineEdit keeps the line breaks of pasted text (and shows them as nothing), so a
dateline, an organisation or a contact's name pasted from an e-mail could carry one into
the release and from there into an e-mail export's header. A validator fixes the text
as it comes in, whatever way it comes (paste, drop, input method, setText).

A time of day's field takes only what can begin a time (TimeOfDayValidator).

LineMarks draws proofing's wavy underlines in such a field (gui/proofing/proof_marks.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from ...patterns import compiled
from ...typed_lines import typed_line_at

# A time of day as far as it is typed: hours 0-23, a colon (or a full-width one), minutes
# ("9", "09:", "09:3", ":30"); every beginning of one is one, so a text either is one or
# cannot become one. (ASCII digits only, as QRegularExpression's \d.)
_TIME_TYPED = compiled(r"([01]?[0-9]|2[0-3])?([:：][0-5]?[0-9]?)?")


class OneLineValidator(QValidator):
    """Accepts every text, cleaned as a one-line field takes it (field_rules.typed_line):
    line breaks and tabs turned into spaces, control and direction characters dropped."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        fixed, caret = typed_line_at(text, pos)
        return QValidator.State.Acceptable, fixed, caret


class TimeOfDayValidator(QValidator):
    """Only a time of day can be typed: a key that cannot lead to one is refused, as the
    QRegularExpressionValidator of the same pattern refused it (without building Qt's
    regular expression classes at every start: ~4 M instructions)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if _TIME_TYPED.fullmatch(text):
            return QValidator.State.Acceptable, text, pos
        if text.endswith("\n") and _TIME_TYPED.fullmatch(text[:-1]):
            # (its "$" matched before a last line break: such a text was let in, unfinished)
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


def keep_one_line(*edits: QLineEdit, parent: QObject | None = None) -> None:
    """Give each of *edits* the one-line validator (one shared instance)."""
    if not edits:
        return
    validator = OneLineValidator(parent or edits[0])
    for edit in edits:
        edit.setValidator(validator)


class LineMarks(QObject):
    """Red wavy lines under proofing findings in QLineEdit fields (which have no extra
    selections): painted over the field after it paints itself. A field's marks are for
    the text they were found in; once the text changes they are not drawn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[QLineEdit, tuple[str, list[tuple[int, int]]]] = {}

    def set_marks(self, edit: QLineEdit, text: str, spans: list[tuple[int, int]]) -> None:
        """Underline *spans* (start, end) of *text*, while *edit* shows that text."""
        # Filtered only while marked: every event of a field passing through Python costs.
        if spans:
            if edit not in self._marks:
                edit.installEventFilter(self)
            self._marks[edit] = (text, list(spans))
        elif self._marks.pop(edit, None) is not None:
            edit.removeEventFilter(self)
        edit.update()

    def spans(self, edit: QLineEdit) -> list[tuple[int, int]]:
        """The spans underlined now (none once the text changed)."""
        text, spans = self._marks.get(edit, ("", []))
        return spans if spans and edit.text() == text else []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLineEdit):
            return False
        spans = self.spans(watched)
        if not spans:
            return False
        watched.paintEvent(event)  # type: ignore[arg-type]  # (the field first, then the marks)
        _paint_waves(watched, spans)
        return True


def x_of(edit: QLineEdit, position: int) -> int:
    """The x of the gap before character *position* of *edit*'s text, in its coordinates."""
    text = edit.displayText()
    metrics = edit.fontMetrics()
    caret = edit.cursorRect().center().x()  # (the cursor's place: scrolled as the text is)
    cursor = edit.cursorPosition()
    return caret + metrics.horizontalAdvance(text[:position]) - \
        metrics.horizontalAdvance(text[:cursor])


def _paint_waves(edit: QLineEdit, spans: list[tuple[int, int]]) -> None:
    from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

    from ..basics import scheme

    # A pen made a setting at a time and handed to strokePath: QPen(colour, width) and
    # setPen are overloaded on Qt's enums, and PySide6 resolving either builds every enum
    # of the Qt namespace (93 types, ~1 MiB held for the session) when nothing else has.
    pen = QPen()
    pen.setColor(QColor(scheme.text(WAVE_COLOUR)))
    pen.setWidth(1)
    painter = QPainter(edit)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        baseline = edit.cursorRect().bottom() - 1
        left, right = 2, edit.width() - 2
        for start, end in spans:
            x0, x1 = max(left, x_of(edit, start)), min(right, x_of(edit, end))
            if x1 - x0 < 2:
                continue
            path = QPainterPath()
            path.moveTo(x0, baseline)
            x, up = float(x0), True
            while x < x1:
                x = min(x + 2.0, float(x1))
                path.lineTo(x, baseline - 2 if up else baseline)
                up = not up
            painter.strokePath(path, pen)
    finally:
        painter.end()


WAVE_COLOUR = "#d01c1c"
