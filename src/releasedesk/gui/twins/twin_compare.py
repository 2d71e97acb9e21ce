"""View ▸ Compare with Language Version: the open release beside its language version.

Field by field, then paragraph by paragraph (twins/align.py pairs them, facts as
anchors), then the media contacts part by part and the footer line by line: a paragraph
with no counterpart stands alone on its row, a pair whose facts differ says which
("time: 3 p.m. ↔ 下午2时") and highlights them in both texts, and the other version's
paragraphs that changed since the two were last aligned are marked. The text reads as it
prints (compare_cells.py). Double-click or Enter on a row goes to that paragraph or field
in the editor; Next Difference (F8) to the next row that differs or changed.

"Mark as Aligned" records the pair's alignment in this release's link (a change to this
release, saved with it); it asks first while facts still differ or text is still to be
translated. Either version's view shows the newer record of the two, so aligning from
the Chinese side shows on the English side too.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import fields
from ...checks import partner_names
from ...messages import sentences
from ...model import Release, TwinLink
from ...register import Register
from ...twins.align import (
    BLOCK_FIELDS,
    CONTACTS,
    FOOTER,
    Row,
    mark_aligned,
    pair_alignment,
    side_by_side,
)
from ...twins.facts import Fact
from ...twins.link import CHANGED, FOUND, Partner, follow
from ...twins.marks import TO_TRANSLATE
from ...twins.match import Mismatch
from ...twins.words import KIND_WORDS
from ..basics import scheme, tones
from ..basics.dialog_guard import DeskDialog
from ..widgets.command_button import command_button
from ..widgets.language_names import interface_name
from .compare_cells import (
    HIGHLIGHT,
    HTML_ROLE,
    CompareDelegate,
    highlighted,
    plain,
    reading_html,
    reading_runs,
)

CHANGED_BACKGROUND = "#fff1c2"  # the other version's paragraph changed since aligned
DIFFER_COLOUR = "#b00020"  # the two paragraphs state different facts
ALONE_COLOUR = "#77776f"  # "(no counterpart)"
NEXT_SHORTCUT = "F8"


def _core(text: str) -> str:
    return QCoreApplication.translate("", text)


def highlight_on(changed: bool) -> str:
    """The highlight of a fact that differs, on its cell's ground (the fill of a paragraph
    changed since aligned, or the view's): a dark tint under a dark scheme, where the
    cell's text is light (the light pink left it unreadable)."""
    ground = scheme.fill(CHANGED_BACKGROUND) if changed else scheme.ground()
    return tones.fill_on(HIGHLIGHT, ground)


class CompareWindow(DeskDialog):
    """*release* (open in the editor, from *path*) beside the version its links name;
    Mark as Aligned works out the release's links on a copy and hands them to *changed*,
    which applies them to the release (the editor's form: ReleaseForm.apply)."""

    # A row was double-clicked or entered: go to its paragraph or field (the Row).
    jumpRequested = Signal(object)

    def __init__(self, release: Release, path: Path,
                 changed: Callable[[list[TwinLink]], None],
                 parent: QWidget | None = None, read_only: bool = False,
                 register: Register | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("twinCompare")
        self.setWindowTitle(self.tr("Compare with Language Version"))
        self.release = release
        # The office register of the release's house style: its people are facts too, read
        # as readiness reads them (checks.partner_names), so the two find the same.
        self.register = register
        self.path = path
        self.changed = changed
        self.read_only = read_only
        self.partner: Partner | None = None
        self.rows: list[Row] = []
        # How "Mark as Aligned anyway?" is answered (tests answer it without showing it).
        # Asks a yes-or-no question, calling back on Yes (tests answer at once).
        self.ask: Callable[[str, Callable[[], object]], object] = self._ask
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Other version:"), self))
        self.choice = QComboBox(self)
        self.choice.setObjectName("twinChoice")
        top.addWidget(self.choice, 1)
        layout.addLayout(top)
        self.state = QLabel(self)
        self.state.setObjectName("twinState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # (a link's path, as typed)
        layout.addWidget(self.state)
        self.table = QTableWidget(self)
        self.table.setObjectName("twinTable")
        self.table.setColumnCount(3)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setItemDelegate(CompareDelegate(self.table))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.table.activated.connect(lambda index: self.jump(index.row()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 210)
        # Rows sized to their text at the columns' widths: again whenever a width changes
        # (the first show lays the columns out; a resize of the window or a column).
        self._sizing = QTimer(self)
        self._sizing.setSingleShot(True)
        self._sizing.setInterval(0)
        self._sizing.timeout.connect(self.size_rows)
        header.sectionResized.connect(lambda *_args: self._sizing.start())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        next_tip = self.tr(
            "Select the next row whose facts differ or whose text changed since the two "
            "were aligned ({key})").format(
                key=QKeySequence(NEXT_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText))
        self.next_button = command_button(self, self.tr("&Next Difference"),
                                          "twinNextDifference", next_tip,
                                          lambda: self.next_difference())
        self.next_shortcut = QShortcut(QKeySequence(NEXT_SHORTCUT), self)
        self.next_shortcut.activated.connect(lambda: self.next_difference())
        self.aligned_button = command_button(self, self.tr("&Mark as Aligned"),
                                             "twinMarkAligned", self.tr(
            "Record that the two versions say the same now: the paragraphs of either "
            "changed after this are marked, on both sides. Kept when this release is "
            "saved."), lambda: self.mark_aligned())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        for button in (self.refresh_button, self.next_button, self.aligned_button, close):
            button.setAutoDefault(False)  # (Enter on a row goes to it, and presses nothing)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.aligned_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for index, link in enumerate(release.twins):
            self.choice.addItem(f"{interface_name(link.language or '?')} — {link.path}",
                                index)
        self.choice.currentIndexChanged.connect(lambda _index: self.refresh())
        self.resize(1100, 680)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        scheme.on_switch(self, self.refresh)  # (the cells' colours, turned for the scheme)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sizing.start()  # (the columns have their widths once shown)

    def size_rows(self) -> None:
        """Each row as tall as its text at the columns' widths now."""
        self.table.resizeRowsToContents()

    def refresh(self) -> None:
        """Read the other version again and lay the two side by side."""
        index = self.choice.currentData()
        self.table.setRowCount(0)
        self.rows = []
        if index is None or not 0 <= index < len(self.release.twins):
            self.partner = None
            self.state.setText(self.tr("This release has no language version."))
            self.aligned_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        link = self.release.twins[index]
        self.partner = follow(self.release, self.path, link)
        other = interface_name(link.language or "?")
        self.table.setHorizontalHeaderLabels([
            "", self.tr("This version: {language}").format(
                language=interface_name(self.release.language or "en")),
            self.tr("{language} version").format(language=other)])
        if self.partner.state not in (FOUND, CHANGED) or self.partner.release is None:
            self.state.setText(self._unfollowed(other, link.path))
            self.aligned_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.rows = side_by_side(self.release, self.partner.release, link, partner_names(
            self.release, self.partner.release, self.register))
        self._fill()
        self.state.setText(self.state_text(other))
        self.aligned_button.setEnabled(not self.read_only)
        self.next_button.setEnabled(any(self._differs(row) for row in self.rows))

    def state_text(self, other: str) -> str:
        """What the view says about the pair: aligned or not, from which side, what changed
        since, how many facts differ."""
        assert self.partner is not None and self.partner.release is not None
        index = self.choice.currentData()
        link = self.release.twins[index]
        alignment = pair_alignment(self.release, self.partner.release, link)
        changed = sum(row.changed for row in self.rows)
        changed_here = sum(row.here_changed for row in self.rows)
        differ = sum(len(row.mismatches) for row in self.rows)
        if alignment is None:
            state = self.tr("Not yet aligned: once the two say the same, Mark as Aligned "
                            "(here or in the {language} version), and the paragraphs of "
                            "either changed after that are marked.").format(language=other)
        else:
            when = alignment.at[:10]
            if alignment.here:
                state = self.tr("Aligned with the {language} version from this one.")
            else:
                state = self.tr("The {language} version was aligned with this one (marked "
                                "there).")
            state = state.format(language=other)
            if when:
                state = sentences(state, self.tr("Last aligned on {date}.").format(date=when))
            if changed:
                state = sentences(state, self.tr(
                    "%n paragraph(s) of the {language} version changed since (marked).", "",
                    changed).format(language=other))
            elif alignment.theirs is not None:
                state = sentences(state, self.tr(
                    "The {language} version has not changed since.").format(language=other))
            if changed_here:
                state = sentences(state, self.tr(
                    "%n paragraph(s) of this version changed since (marked).", "",
                    changed_here))
        if differ:
            state = sentences(state, self.tr("%n fact(s) differ between the two.", "", differ))
        return state

    def _unfollowed(self, language: str, path: str) -> str:
        assert self.partner is not None
        state = self.partner.state
        if state == "missing":
            return self.tr("The {language} version ({path}) is not there; move it back "
                           "beside this release.").format(language=language, path=path)
        if state == "unreadable":
            return self.tr("The {language} version ({path}) cannot be read: "
                           "{problem}").format(language=language, path=path,
                                               problem=self.partner.problem)
        return self.tr("The link to the {language} version ({path}) does not lead to it; "
                       "the readiness checks say why.").format(language=language, path=path)

    # -- the rows ----------------------------------------------------------------------------

    def _place(self, row: Row) -> str:
        spec = fields.field(row.field)
        label = _core(spec.label) if spec is not None else row.field
        if row.field == CONTACTS:
            number = (row.here if row.here is not None else row.there or 0) + 1
            return self.tr("Contact {number}: {part}").format(
                number=number, part=self.part_name(row.part))
        if row.field == FOOTER:
            number = (row.here if row.here is not None else row.there or 0) + 1
            return self.tr("Footer line {number}").format(number=number)
        if row.field in BLOCK_FIELDS:
            if row.there is None:
                label = self.tr("{field} ¶{number} (this version only)").format(
                    field=label, number=(row.here or 0) + 1)
            elif row.here is None:
                label = self.tr("{field} ¶{number} (other version only)").format(
                    field=label, number=row.there + 1)
            elif row.here == row.there:
                label = self.tr("{field} ¶{number}").format(field=label, number=row.here + 1)
            else:
                label = self.tr("{field} ¶{here} ↔ ¶{there}").format(
                    field=label, here=row.here + 1, there=row.there + 1)
        return label

    def part_name(self, part: str) -> str:
        return {"name": self.tr("name"), "role": self.tr("role"),
                "organization": self.tr("organisation"), "phone": self.tr("phone"),
                "email": self.tr("e-mail")}.get(part, part)

    @staticmethod
    def fact_class_name(kind: str) -> str:
        """The kind of fact in words, as the readiness findings name it (twins/words.py)."""
        word = KIND_WORDS.get(kind)
        return _core(word) if word is not None else kind

    def mismatch_words(self, mismatch: Mismatch) -> str:
        """One differing fact in words: "time: 3 p.m. ↔ 下午2时" (a side that does not
        state it: "not stated")."""
        def said(fact: Fact | None) -> str:
            return " ".join(fact.excerpt.split()) if fact is not None else \
                self.tr("not stated")
        return self.tr("{fact}: {here} ↔ {there}").format(
            fact=self.fact_class_name(mismatch.kind), here=said(mismatch.here),
            there=said(mismatch.there))

    def label_text(self, row: Row) -> str:
        lines = [self._place(row)]
        if row.changed or row.here_changed:
            lines.append(self.tr("changed since aligned"))
        if row.mismatches:
            lines.append(self.tr("facts differ:"))
            lines += [self.mismatch_words(m) for m in row.mismatches]
        return "\n".join(lines)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        alone = self.tr("(no counterpart)")
        for number, row in enumerate(self.rows):
            label = QTableWidgetItem(self.label_text(row))
            label.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            tip = [self.tr("Double-click or press Enter to go to this in the editor.")]
            if row.mismatches:
                label.setForeground(QBrush(QColor(scheme.text(DIFFER_COLOUR))))
                tip = [self.tr("These facts differ between the two versions:"),
                       *(self.mismatch_words(m) for m in row.mismatches), *tip]
            label.setToolTip("\n".join(tip))
            self.table.setItem(number, 0, label)
            markdown = row.field in BLOCK_FIELDS
            for column, index, text, side in ((1, row.here, row.here_text, "here"),
                                               (2, row.there, row.there_text, "there")):
                if index is None or not text:  # (a contact here that gives no phone …)
                    item = QTableWidgetItem(alone if index is None else self.tr("(none)"))
                    item.setForeground(QBrush(QColor(scheme.text(ALONE_COLOUR))))
                else:
                    runs = reading_runs(text, markdown)
                    shown = plain(runs)
                    values = [f.excerpt for m in row.mismatches
                              if (f := (m.here if side == "here" else m.there)) is not None]
                    item = QTableWidgetItem(shown)
                    changed = row.changed if column == 2 else row.here_changed
                    item.setData(HTML_ROLE, reading_html(runs, highlighted(shown, values),
                                                         highlight_on(changed)))
                    if row.mismatches:
                        item.setToolTip(label.toolTip())
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if (row.changed if column == 2 else row.here_changed):
                    item.setBackground(QBrush(QColor(scheme.fill(CHANGED_BACKGROUND))))
                    item.setToolTip(self.tr("Changed since the two were last aligned"))
                self.table.setItem(number, column, item)
        if self.isVisible():
            self.size_rows()
        else:  # (sized once shown, at the columns' widths then)
            self._sizing.start()

    # -- going places ------------------------------------------------------------------------

    @staticmethod
    def _differs(row: Row) -> bool:
        return row.changed or row.here_changed or row.facts_differ

    def next_difference(self) -> int | None:
        """Select the next row (after the current one, round to the top) whose facts differ
        or whose paragraphs changed since aligned; None when no row does."""
        if not self.rows:
            return None
        current = self.table.currentRow()
        count = len(self.rows)
        for step in range(1, count + 1):
            number = (current + step) % count if current >= 0 else step - 1
            if self._differs(self.rows[number]):
                self.table.setCurrentCell(number, 0)
                self.table.selectRow(number)
                # (the keys go to the row now: Enter goes to it in the editor, where it
                # pressed the focused Refresh before, which laid the rows out anew)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                item = self.table.item(number, 0)
                if item is not None:
                    self.table.scrollToItem(item, QTableWidget.ScrollHint.PositionAtTop)
                return number
        return None

    def jump(self, number: int) -> None:
        """Ask the editor to go to row *number*'s paragraph or field."""
        if 0 <= number < len(self.rows):
            self.jumpRequested.emit(self.rows[number])

    # -- aligning ----------------------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        return False  # a view: Mark as Aligned changes the release at once

    def open_problems(self) -> tuple[int, int]:
        """(facts that still differ, paragraphs of either version still to translate)."""
        differ = sum(len(row.mismatches) for row in self.rows)
        untranslated = sum(TO_TRANSLATE in row.here_text for row in self.rows) + \
            sum(TO_TRANSLATE in row.there_text for row in self.rows)
        return differ, untranslated

    def mark_aligned(self) -> None:
        """Record the pair's alignment in this release's link (asking first while facts
        differ or text is still to be translated)."""
        if self.read_only or self.partner is None or self.partner.release is None:
            return
        differ, untranslated = self.open_problems()
        if differ or untranslated:
            problems = []
            if differ:
                problems.append(self.tr("%n fact(s) still differ between the two versions.",
                                        "", differ))
            if untranslated:
                problems.append(self.tr("%n paragraph(s) still marked {mark}.", "",
                                        untranslated).format(mark=TO_TRANSLATE))
            question = sentences(*problems) + "\n\n" + self.tr("Mark as aligned anyway?")
            self.ask(question, self._mark)
        else:
            self._mark()

    def _mark(self) -> None:
        from ...clearance.fingerprint import fingerprint

        if not self.isVisible() or self.partner is None or self.partner.release is None:
            return  # (closed while the question showed: another release may be open)
        moment = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        marked = copy.deepcopy(self.release)
        if not mark_aligned(marked, self.partner.release, fingerprint(self.partner.release),
                            moment):
            return
        self.changed(marked.twins)
        self.refresh()

    def _ask(self, question: str, then: Callable[[], object]) -> None:
        from ..basics.modal import ask

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark as Aligned"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        ask(box, lambda clicked: then() if clicked is yes else None)

    def marked_rows(self) -> list[tuple[str, int | None]]:
        """(field, paragraph index there) of the rows marked changed there (tests,
        screenshot)."""
        return [(row.field, row.there) for row in self.rows if row.changed]

    def marked_here(self) -> list[tuple[str, int | None]]:
        """(field, paragraph index here) of the rows marked changed in this release."""
        return [(row.field, row.here) for row in self.rows if row.here_changed]
