"""The Proofing panel and the body's underlines: every proofing finding, live (found by the
preview worker, proofing/), listed with a jump to it and underlined in the body.

The same mistake made in several places (a word misspelt three times) is one row of the
list, at its first place, saying how many places: a proof-reader reads the list as what to
correct, and a row per place repeats it. Each click on the row goes to its next place in
turn, back to the first after the last, so every place stays reachable from the list; every
place is underlined as before."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...messages import finding_sentence
from ...proofing.findings import ERROR, TEMPLATES, ProofFinding
from ..basics import scheme
from .finding_list import FindingList, interface_words

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from ..form.release_form import ReleaseForm

_COLOURS = {ERROR: "#a02020"}
_UNDERLINE = {ERROR: "#d01c1c", "warning": "#d01c1c"}
_CLEAN = "#2f6b2f"
# At most this many rows listed and findings underlined: past it, a draft is far from proofed
# and a longer list would only slow the window (a 20k-word text in the wrong dictionary
# has over a thousand).
SHOWN_MAX = 200
# The first underlines are handed to the body's view this many blocks at a time (_hand_over):
# the shaped text of each few (~25 KB a paragraph) passes through the heap at once, and the
# heap stays as tall as the tallest few left it (16: ~0.3 MiB more at the 20k-word peak).
SHAPED_AT_ONCE = 4


_Same = tuple[str, str, tuple[tuple[str, object], ...], str]  # a row's mistake


def _same(finding: ProofFinding) -> _Same:
    """What makes two findings the same mistake: what the row says of them."""
    return finding.severity, finding.code, finding.args, finding.suggestion


def grouped(findings: list[ProofFinding]) -> list[list[ProofFinding]]:
    """*findings* as the panel's rows: each mistake's places together, in their order, the
    rows in the order of each mistake's first place."""
    rows: dict[_Same, list[ProofFinding]] = {}
    for finding in findings:
        rows.setdefault(_same(finding), []).append(finding)
    return list(rows.values())


class ProofingPanel(FindingList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("proofing", parent)
        self.findings: list[ProofFinding] = []
        self.rows: list[list[ProofFinding]] = []  # each row's places, in order
        # The place a row's next click goes to, by its mistake (kept while the row keeps
        # its number of places: an edit elsewhere moves them; one corrected starts again).
        self._turns: dict[_Same, tuple[int, int]] = {}
        self._shown = False

    def recolour(self) -> None:
        if self._shown:
            self._shown = False
            self.set_findings(self.findings)

    def set_findings(self, findings: list[ProofFinding] | None) -> None:
        """Show *findings*; None keeps what is shown (that render did not proof)."""
        if findings is None or (findings == self.findings and self._shown):
            return
        self.findings = list(findings)
        self._shown = True
        self.clear()
        rows = grouped(self.findings)
        self.rows = rows[:SHOWN_MAX]
        self._turns = {key: turn for key, turn in self._turns.items()
                       if any(_same(row[0]) == key and len(row) == turn[1] for row in self.rows)}
        if not findings:
            self.add_line(self.tr("Proofing found nothing to correct."), _CLEAN)
            return
        labels = {ERROR: self.tr("Error"), "warning": self.tr("Warning")}
        for row in self.rows:
            finding = row[0]
            text = self.tr("{severity}: {message}").format(
                severity=labels.get(finding.severity, ""), message=self.describe(finding))
            tip = self.tr("Click to go to it; right-click to correct it")
            if len(row) > 1:  # (so the count's English form is always the plural's)
                text = self.tr("{finding} (%n places)", "", len(row)).format(finding=text)
                tip = self.tr("Click to go to each place in turn; right-click to correct "
                              "every place")
            if finding.suggestion:
                text = self.tr("{finding} Suggestion: {suggestion}").format(
                    finding=text, suggestion=finding.suggestion)
            self.add_line(text, _COLOURS.get(finding.severity), tip)
        if len(rows) > SHOWN_MAX:
            self.addItem(QListWidgetItem(self.tr("… and {n} more: correct these first.").format(
                n=sum(len(row) for row in rows[SHOWN_MAX:]))))

    def describe(self, finding: ProofFinding) -> str:
        """The finding in the interface language (proofing itself speaks English)."""
        return finding_sentence(TEMPLATES[finding.code], dict(finding.args), finding.message,
                                interface_words)

    def finding_at(self, row: int) -> ProofFinding | None:
        """The place *row*'s click goes to: its mistake's next place, after the one the
        last click went to (the first again after the last)."""
        if not 0 <= row < len(self.rows):
            return None
        places = self.rows[row]
        key = _same(places[0])
        turn = self._turns.get(key, (0, len(places)))[0] % len(places)
        self._turns[key] = (turn + 1, len(places))
        finding = places[turn]
        return finding if finding.field != "language" else None


def go_to(form: ReleaseForm, finding: ProofFinding, body: str) -> None:
    """Focus the finding's field and select what it is about (*body*: the text proofed)."""
    form.focus_field(finding.field)
    found = body[finding.start:finding.end] if finding.field == "body" else ""
    if finding.field in ("headline", "subheadline") and not finding.part:
        line = form.headline if finding.field == "headline" else form.subheadline
        if finding.end <= len(line.text()):
            line.setSelection(finding.start, finding.end - finding.start)
    elif finding.field == "body" and found:
        from PySide6.QtGui import QTextCursor

        editor = form.body.editor
        start = _Places(editor.toPlainText(), body).place(finding.start, found)
        if start >= 0:
            cursor = editor.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(start + len(found), QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()


class _Places:
    """Finds' places in the view's text, each text searched once per word (linear)."""

    def __init__(self, shown: str, body: str) -> None:
        self.shown, self.body = shown, body
        self.same = shown == body
        self._found: dict[str, tuple[list[int], list[int]]] = {}

    def spans(self, finds: list[tuple[int, str]]) -> list[tuple[int, int]]:
        """Where each (start in the body, text found) stands in the view's text, for those
        whose text is still there."""
        out = []
        for start, found in finds:
            at = self.place(start, found) if found else -1
            if at >= 0 and self.shown[at:at + len(found)] == found:
                out.append((at, at + len(found)))
        return out

    def place(self, start: int, found: str) -> int:
        if self.same:
            return start
        lists = self._found.get(found)
        if lists is None:
            lists = self._found[found] = (_all(self.body, found), _all(self.shown, found))
        in_body, in_shown = lists
        occurrence = bisect.bisect_left(in_body, start)
        return in_shown[occurrence] if occurrence < len(in_shown) else -1


def _all(text: str, found: str) -> list[int]:
    places = []
    at = text.find(found)
    while at >= 0:
        places.append(at)
        at = text.find(found, at + 1)
    return places


def underline(editor: QPlainTextEdit | QTextEdit, findings: list[ProofFinding] | None,
              body: str) -> None:
    """A red wavy line under each finding of the body in *editor* (its view's text may
    be the Markdown itself or the formatted text); none when the body changed since."""
    if findings is None:
        return
    # The text classes load with the body's views, not on the editor's start.
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QTextEdit

    shown = editor.toPlainText()
    places = _Places(shown, body)
    selections: list[QTextEdit.ExtraSelection] = []
    # Where there were no underlines (a release just opened), the blocks whose shaped text
    # Qt keeps once the underlines are made (_hand_over).
    fresh = not editor.extraSelections()
    shaped: dict[int, QTextBlock] = {}
    for finding in [f for f in findings if f.field == "body"][:SHOWN_MAX]:
        if finding.end <= finding.start:
            continue
        found = body[finding.start:finding.end]
        start = places.place(finding.start, found)
        if start < 0 or shown[start:start + len(found)] != found:
            continue
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(start + len(found), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        text_format = QTextCharFormat()
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        # An explicit colour: macOS draws the spell-check style as dash-dot otherwise.
        wave = scheme.text(_UNDERLINE.get(finding.severity, "#d01c1c"))  # (dark scheme: lighter)
        text_format.setUnderlineColor(QColor(wave))
        selection.format = text_format
        selections.append(selection)
        if fresh:
            shaped[cursor.blockNumber()] = cursor.block()
            if len(shaped) >= SHAPED_AT_ONCE:
                _hand_over(editor, selections, shaped)
    _hand_over(editor, selections, shaped)


def _hand_over(editor: QPlainTextEdit | QTextEdit, selections: list[QTextEdit.ExtraSelection],
               shaped: dict[int, QTextBlock]) -> None:
    """Underline *selections*, then free the shaped text Qt keeps for the *shaped* blocks.

    Placing a cursor in a block (QTextCursor.setPosition measures its x) shapes the block's
    text, and Qt keeps that until the block is next painted: for a block off screen, as long
    as it stays there (some 25 KB a paragraph). Underlines where there were none (a release
    just opened) are handed over a few blocks at a time, each few let go of before the next
    are placed: the first underlines of a 20k-word body no longer add all of theirs (0.8 MiB)
    to the editor's peak memory at once. Painting none of a block's lines (a clip above them
    all) frees it as painting them would. Later passes keep what they shape, as before:
    most of their underlines are in the same blocks, whose shaping they reuse.
    """
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QImage, QPainter

    editor.setExtraSelections(selections)
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    nowhere = QRectF(0, -2, 1, 1)  # (above every line of a block drawn at 0, 0)
    try:
        for block in shaped.values():
            if block.isValid():
                block.layout().draw(painter, QPointF(0, 0), [], nowhere)
    finally:
        painter.end()
    shaped.clear()
