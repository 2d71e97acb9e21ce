"""Proofing where the text is typed: wavy underlines in the body and the one-line fields,
and on the context menu of a finding the dictionary's suggestions (asked for only when
the menu opens), "Add to Dictionary" (the personal word list, in the user's settings),
"Ignore" (for this session) and, for a finding that names its correction, that correction.

The Proofing panel's rows offer the same menu (lows15a). A row is one mistake, counted in
each place it stands (proofing_panel.grouped), so its correction is made in every place
the row counts, as one undo step: the list is read as what to correct, and a word
misspelt alike in three places is corrected alike. A place edited since the pass (its text
no longer the word found) is left as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QTextEdit

from ...proofing.findings import SPELLING, ProofFinding
from ...proofing.personal import drop_accepted, found_word, with_word
from ...settings import Settings, save_settings
from ..basics import scheme
from ..basics.enum_properties import set_enum_property
from ..widgets.one_line import WAVE_COLOUR, LineMarks
from ..widgets.wrapping_line import WrappingLine
from .proofing_panel import SHOWN_MAX, _Places, underline

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from ...model import Release
    from ..form.release_form import ReleaseForm
    from .proof_scheduler import ProofResult, ProofScheduler
    from .proofing_panel import ProofingPanel

log = logging.getLogger(__name__)
SUGGESTIONS = 5  # at most this many on the menu
Line = QLineEdit | WrappingLine


class ProofMarks(QObject):
    """The findings of the last proofing pass, drawn in the form and offered on its menus."""

    def __init__(self, form: ReleaseForm, panel: ProofingPanel, scheduler: ProofScheduler,
                 settings: Settings, release: Callable[[], Release],
                 save: Callable[[Settings], None] = save_settings) -> None:
        super().__init__(form)
        self.form, self.panel, self.scheduler = form, panel, scheduler
        self.settings = settings
        self._release = release
        self._save = save
        self.ignored: set[str] = set()  # "Ignore": for this session, every release
        self.body = ""  # the body proofed (the findings' offsets are into it)
        self.texts: dict[str, str] = {}  # each line field's text proofed
        self.line_marks = LineMarks(self)
        self.lines: dict[str, Line] = dict(form.lines)
        for name, line in self.lines.items():
            set_enum_property(line, "contextMenuPolicy", "CustomContextMenu")
            line.customContextMenuRequested.connect(
                lambda at, n=name: self.line_menu(n, at))
        form.body.proof_menu = self.body_menu
        set_enum_property(panel, "contextMenuPolicy", "CustomContextMenu")
        panel.customContextMenuRequested.connect(self.row_menu)
        scheduler.accepted = self.accepted()

    # -- the words accepted -------------------------------------------------------------------

    def accepted(self) -> frozenset[str]:
        return frozenset(self.settings.personal_words) | frozenset(self.ignored)

    def add_to_dictionary(self, word: str) -> None:
        """Spell *word* right from now on, in every release (the user's settings)."""
        self.settings.personal_words = with_word(self.settings.personal_words, word)
        self._save(self.settings)
        self._accepted_changed()

    def ignore(self, word: str) -> None:
        """Let *word* be until the editor closes."""
        self.ignored.add(word)
        self._accepted_changed()

    def _accepted_changed(self) -> None:
        accepted = self.accepted()
        self.scheduler.accepted = accepted
        self.panel.set_findings(drop_accepted(self.panel.findings, accepted))
        self.redraw()
        self.scheduler.request()  # (the next pass leaves the words out itself)

    # -- underlines ---------------------------------------------------------------------------

    def show(self, result: ProofResult) -> None:
        """A proofing pass's findings: in the panel, under the body and the lines."""
        self.body = result.body
        self.texts = dict(result.texts)
        self.panel.set_findings(result.findings)
        self.redraw()

    def redraw(self) -> None:
        findings = self.panel.findings
        underline(self.form.body.editor, findings, self.body)
        # The lines' findings sorted out in one pass (a 20k-word body has thousands of
        # findings; going through them once per line held the GUI thread ~10 ms a pass).
        by_line: dict[str, list[ProofFinding]] = {}
        for finding in findings:
            if finding.field in self.lines and not finding.part and finding.end > finding.start:
                by_line.setdefault(finding.field, []).append(finding)
        for name, line in self.lines.items():
            text = self.texts.get(name)
            spans = sorted({(f.start, f.end) for f in by_line.get(name, ())
                            if text is not None and f.end <= len(text)})[:SHOWN_MAX]
            if isinstance(line, QLineEdit):
                self.line_marks.set_marks(line, text or "", spans if text is not None else [])
            else:
                _wavy(line, spans if text is not None and line.text() == text else [])

    def _line_findings(self, name: str) -> list[ProofFinding]:
        return [f for f in self.panel.findings
                if f.field == name and not f.part and f.end > f.start]

    # -- context menus ------------------------------------------------------------------------

    def body_menu(self, menu: QMenu, editor: QPlainTextEdit | QTextEdit, at: QPoint) -> None:
        """Put the proofing actions for the finding under *at* on the body's *menu*."""
        position = editor.cursorForPosition(at).position()
        shown = editor.toPlainText()
        places = _Places(shown, self.body)
        for item in [f for f in self.panel.findings if f.field == "body"][:SHOWN_MAX]:
            found = self.body[item.start:item.end]
            if not found:
                continue
            start = places.place(item.start, found)
            if start < 0 or shown[start:start + len(found)] != found:
                continue
            end = start + len(found)
            if start <= position <= end:
                self._add_actions(menu, item, found,
                                  partial(_replace_in_document, editor, start, end))
                return

    def line_menu(self, name: str, at: QPoint) -> None:
        line = self.lines[name]
        if isinstance(line, QLineEdit):
            menu = line.createStandardContextMenu()
            position = line.cursorPositionAt(at)
        else:
            menu = line.createStandardContextMenu(at)
            position = line.cursorForPosition(at).position()
        self.add_line_actions(menu, name, position)
        from ..basics.modal import popup

        popup(menu, line.mapToGlobal(at) if isinstance(line, QLineEdit)
              else line.viewport().mapToGlobal(at))

    def add_line_actions(self, menu: QMenu, name: str, position: int) -> None:
        """The proofing actions for the finding at *position* of line field *name*."""
        line = self.lines[name]
        text = line.text()
        if text != self.texts.get(name):
            return  # edited since it was proofed: the next pass will say
        for item in self._line_findings(name):
            if item.start <= position <= item.end:
                self._add_actions(menu, item, text[item.start:item.end],
                                  partial(_replace_in_line, line, item.start, item.end))
                return

    def row_menu(self, at: QPoint) -> None:
        """The proofing panel's menu for the row under *at* (none off a row)."""
        item = self.panel.itemAt(at)
        menu = QMenu(self.panel)
        if item is None or not self.add_row_actions(menu, self.panel.row(item)):
            menu.deleteLater()
            return
        from ..basics.modal import popup

        popup(menu, self.panel.viewport().mapToGlobal(at))

    def add_row_actions(self, menu: QMenu, row: int) -> bool:
        """The proofing actions for the panel's *row* (whether it has any): as on the
        finding in the text, each correction made in every place the row counts."""
        if not 0 <= row < len(self.panel.rows):
            return False
        places = self.panel.rows[row]
        first = places[0]
        if first.field == "body":
            found = self.body[first.start:first.end]
        elif first.field in self.lines and not first.part:
            found = self.texts.get(first.field, "")[first.start:first.end]
        else:  # (a contact's or the language's finding: words, and no place to change)
            found = ""
        if not found and first.kind == SPELLING:
            found = found_word(first)
        if not found and first.kind == SPELLING:
            return False
        self._add_actions(menu, first, found, partial(self.replace_places, places),
                          len(places))
        return True

    def replace_places(self, places: list[ProofFinding], new: str) -> None:
        """Put *new* in each of *places* whose text is still what was found there, in one
        edit of its field (one undo step)."""
        field = places[0].field
        if field == "body":
            editor = self.form.body.editor
            if self.form.read_only:
                return
            shown = editor.toPlainText()
            spans = _Places(shown, self.body).spans(
                [(f.start, self.body[f.start:f.end]) for f in places])
            _replace_spans(editor, spans, new)
        elif field in self.lines:
            line = self.lines[field]
            text = line.text()
            if text != self.texts.get(field):
                return  # edited since it was proofed: the next pass will say
            spans = sorted({(f.start, f.end) for f in places if not f.part and f.end > f.start})
            if len(spans) == 1:
                _replace_in_line(line, *spans[0], new)
            elif spans and not line.isReadOnly():
                for start, end in reversed(spans):
                    text = text[:start] + new + text[end:]
                _replace_whole_line(line, text)

    def _add_actions(self, menu: QMenu, item: ProofFinding, found: str,
                     replace: Callable[[str], None], places: int = 1) -> None:
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        read_only = self.form.read_only
        if item.kind == SPELLING:
            word = found_word(item) or found
            suggestions = self.suggestions(word)
            for option in suggestions:
                action = QAction(option if places == 1 else self.tr(
                    "{suggestion} (in all %n places)", "", places).format(
                        suggestion=option), menu)
                font = action.font()
                font.setBold(True)
                action.setFont(font)
                action.setEnabled(not read_only)
                action.triggered.connect(lambda _=False, o=option: replace(o))
                actions.append(action)
            if not suggestions:
                none = QAction(self.tr("(No spelling suggestions)"), menu)
                none.setEnabled(False)
                actions.append(none)
            add = QAction(self.tr("Add to Dictionary"), menu)
            add.setObjectName("proofAddWord")
            add.setToolTip(self.tr("Spell “{word}” this way in every release").format(
                word=word))
            add.triggered.connect(lambda _=False, w=word: self.add_to_dictionary(w))
            ignore = QAction(self.tr("Ignore"), menu)
            ignore.setObjectName("proofIgnoreWord")
            ignore.triggered.connect(lambda _=False, w=word: self.ignore(w))
            actions += [add, ignore]
        else:
            use = str(dict(item.args).get("use", ""))
            described = self.panel.describe(item)
            message = QAction(_elided(described), menu)
            message.setToolTip(described)
            message.setEnabled(False)
            actions.append(message)
            if use and use != found:
                change = QAction(self.tr("Change to “{use}”").format(use=use) if places == 1
                                 else self.tr("Change to “{use}” (in all %n places)", "",
                                              places).format(use=use), menu)
                change.setObjectName("proofChange")
                change.setEnabled(not read_only)
                change.triggered.connect(lambda _=False, u=use: replace(u))
                actions.append(change)
        for action in actions:
            menu.insertAction(first, action) if first is not None else menu.addAction(action)
        if first is not None:
            menu.insertSeparator(first)

    def suggestions(self, word: str) -> list[str]:
        """The dictionary's suggestions for *word* (on the GUI thread: only on right-click)."""
        from ...proofing.spelling import SpellingOff, shared_speller, variant_for

        release = self._release()
        profile = self.scheduler.profile
        variant = variant_for(release.language, profile.language if profile else "")
        if variant is None:
            return []
        try:
            return shared_speller(variant).suggest(word, SUGGESTIONS)
        except SpellingOff:
            return []
        except Exception:  # a library's own failure: the menu still opens
            log.exception("spelling suggestions failed")
            return []


def _replace_in_document(editor: QPlainTextEdit | QTextEdit, start: int, end: int,
                         new: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)  # one undo step of the body (its history names it)
    editor.setTextCursor(cursor)


def _replace_spans(editor: QPlainTextEdit | QTextEdit, spans: list[tuple[int, int]],
                   new: str) -> None:
    """*new* in place of each of *spans* of the view's text, as one edit (one undo step)."""
    if not spans:
        return
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    try:
        for start, end in sorted(set(spans), reverse=True):  # (the later first: offsets hold)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
    finally:
        cursor.endEditBlock()
    editor.setTextCursor(cursor)


def _replace_whole_line(line: Line, text: str) -> None:
    """The line's text made *text* in one edit (several places corrected at once)."""
    if isinstance(line, QLineEdit):
        line.selectAll()
        line.insert(text)  # an edit: textEdited, the form's undo step
    else:
        cursor = line.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        line.setTextCursor(cursor)


def _replace_in_line(line: Line, start: int, end: int, new: str) -> None:
    if line.isReadOnly():
        return
    if isinstance(line, QLineEdit):
        line.setSelection(start, end - start)
        line.insert(new)  # an edit: textEdited, the form's undo step
    else:
        cursor = line.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)
        line.setTextCursor(cursor)


def _wavy(editor: QPlainTextEdit | QTextEdit, spans: list[tuple[int, int]]) -> None:
    selections = []
    for start, end in spans:
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        text_format = QTextCharFormat()
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        text_format.setUnderlineColor(QColor(scheme.text(WAVE_COLOUR)))
        selection.format = text_format
        selections.append(selection)
    editor.setExtraSelections(selections)


MESSAGE_CHARS = 60  # a finding's sentence on the menu is cut here (the panel has it whole)


def _elided(text: str) -> str:
    return text if len(text) <= MESSAGE_CHARS else text[:MESSAGE_CHARS - 1].rstrip() + "…"
