"""One undo history for the whole release (issue #14, point 2): every kind of field can be
undone and redone, in the order the edits were made, typing in word-sized steps, and
Edit ▸ Undo says what it takes back."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.gui.undo.release_history import is_word_boundary, typed_character
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

import photo_files as pf
from conftest import SAMPLES
from gui_helpers import FakePrompts, cell, opens, went

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    work = tmp_path / "story.release"
    work.write_bytes((SAMPLES / "tidewater-ferry-terminal.release").read_bytes())
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    assert opens(made, work)
    made.show()
    yield made
    made.manager.modified = False
    made.close()


def state(form: ReleaseForm) -> dict[str, object]:
    """The whole release as the file holds it (photos by their words and fingerprints)."""
    return copy.deepcopy(document.to_dict(form.release))


def type_keys(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def set_language(form: ReleaseForm) -> None:
    form.language.setCurrentIndex(form.language.findData("zh-CN"))


def embargo(form: ReleaseForm) -> None:
    form.status.setCurrentIndex(form.status.findData("embargoed"))


EDITS: dict[str, Callable[[ReleaseForm], None]] = {
    "headline": lambda form: type_keys(form.headline, " at dawn"),
    "subheadline": lambda form: type_keys(form.subheadline, " and more"),
    "status": embargo,
    "release_date": lambda form: form.release_date.setDate(QDate(2027, 3, 4)),
    "dateline": lambda form: type_keys(form.dateline, "X"),
    "organization": lambda form: type_keys(form.organization, " Ltd"),
    "language": set_language,
    "contacts": lambda form: form.contacts.add_contact(),
    "contact_cell": lambda form: cell(form.contacts.table, 0, 0).setText("Robin Ferrier"),
    "boilerplate": lambda form: type_keys(form.boilerplate, " Since 1890."),
    "keywords": lambda form: type_keys(form.keywords, ", quay"),
    "end_mark": lambda form: form.end_mark.setCurrentIndex(
        (form.end_mark.currentIndex() + 1) % form.end_mark.count()),
    "body": lambda form: type_keys(form.body.editor, "Calm seas."),
}


@pytest.mark.parametrize("kind", EDITS)
def test_every_kind_of_edit_is_undone_and_redone(window: MainWindow, kind: str) -> None:
    form = window.form
    before = state(form)
    EDITS[kind](form)
    after = state(form)
    assert after != before, kind
    undo = window.actions["undo"]
    assert undo.isEnabled() and undo.text().replace("&", "") != "Undo"
    while form.history.undo():
        pass
    assert state(form) == before
    assert window.manager.release.body == before["body"]  # the window's release is the form's
    while form.history.redo():
        pass
    assert state(form) == after


def test_the_edit_menu_names_what_it_undoes(window: MainWindow) -> None:
    embargo(window.form)
    undo, redo = window.actions["undo"], window.actions["redo"]
    assert undo.text() == "&Undo Change Status" and not redo.isEnabled()
    undo.trigger()
    assert undo.text() == "&Undo" and not undo.isEnabled()
    assert redo.text() == "&Redo Change Status"
    redo.trigger()
    assert window.form.release.status == "embargoed"


# The form's inputs that are no text field: each holds a line of its own (an editable
# list, a date) that would claim Ctrl+Z for itself.
KEYED: dict[str, Callable[[ReleaseForm], QWidget]] = {
    "language": lambda form: form.language,
    "status": lambda form: form.status,
    "release_date": lambda form: form.release_date,
    "embargo_time": lambda form: form.embargo_time,
    "embargo_zone": lambda form: form.embargo_zone,
    "kind": lambda form: form.kind_fields.kind,
}


@pytest.mark.parametrize("name", KEYED)
def test_undo_keys_reach_the_history_from_any_input(window: MainWindow, name: str) -> None:
    form = window.form
    embargo(form)  # (the embargo's inputs shown)
    before = form.release.dateline
    type_keys(form.dateline, "X")
    typed = form.release.dateline
    assert typed != before and window.actions["undo"].text() == "&Undo Change Dateline"
    widget = KEYED[name](form)
    widget.setFocus()
    QGuiApplication.processEvents()
    assert widget.hasFocus()
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert form.release.dateline == before
    QTest.keyClick(widget, Qt.Key.Key_Z,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert form.release.dateline == typed


def test_choosing_embargoed_and_its_proposed_moment_are_one_step(window: MainWindow) -> None:
    form = window.form
    assert form.release.embargo_until is None
    embargo(form)
    assert form.release.embargo_until is not None
    assert form.history.undo()
    assert form.release.status == "immediate" and form.release.embargo_until is None
    assert not form.embargo_row.isVisibleTo(form)
    assert not form.history.undo()


def test_edits_in_different_fields_are_undone_newest_first(window: MainWindow) -> None:
    form = window.form
    states = [state(form)]
    for kind in ("headline", "status", "contacts", "body", "language", "keywords"):
        EDITS[kind](form)
        states.append(state(form))
    seen = [state(form)]
    while form.history.undo():
        seen.append(state(form))
    # Typed edits take several word-sized steps; the state after each edit is on the way back.
    for expected in reversed(states):
        assert expected in seen
    assert seen[-1] == states[0]
    assert [seen.index(s) for s in reversed(states)] == sorted(seen.index(s) for s in states)


@pytest.mark.parametrize("field", ["headline", "body", "boilerplate"])
def test_typing_is_undone_word_by_word(window: MainWindow, field: str) -> None:
    form = window.form
    widget = form.body.editor if field == "body" else getattr(form, field)
    widget.setFocus()
    if field == "body":
        widget.moveCursor(QTextCursor.MoveOperation.End)
    else:
        getattr(widget, "end", lambda _: widget.moveCursor(QTextCursor.MoveOperation.End))(False)
    start = getattr(form.release, field)
    QTest.keyClicks(widget, " The quay opens today.")
    assert getattr(form.release, field).endswith("The quay opens today.")
    texts = []
    while getattr(form.release, field) != start:
        assert form.history.undo()
        texts.append(getattr(form.release, field))
    # Four words, each its own step (with the space or full stop after it, the space typed
    # first with the first word): every undo changes what the field shows.
    assert [t[len(start.rstrip()):].strip() for t in texts] == [
        "The quay opens", "The quay", "The", ""]


def test_ctrl_z_in_a_field_undoes_the_release_history(window: MainWindow) -> None:
    form = window.form
    embargo(form)  # a step in another field, older than the typing
    type_keys(form.dateline, "Q")
    QTest.keyClick(form.dateline, Qt.Key.Key_Z, CTRL)
    assert not form.release.dateline.endswith("Q")
    QTest.keyClick(form.dateline, Qt.Key.Key_Z, CTRL)  # the status, though the focus is here
    assert form.release.status == "immediate"
    QTest.keyClick(form.dateline, Qt.Key.Key_Y, CTRL)
    assert form.release.status == "embargoed"


def test_a_toolbar_command_is_one_step_named_after_it(window: MainWindow) -> None:
    form = window.form
    editor = form.body.editor
    editor.setFocus()
    cursor = editor.document().find("terminal")
    assert not cursor.isNull()
    editor.setTextCursor(cursor)
    before = form.release.body
    form.body.actions_by_name["bold"].trigger()
    assert form.release.body != before
    assert window.actions["undo"].text() == "&Undo Bold"
    window.actions["undo"].trigger()
    assert form.release.body == before


def test_replace_all_across_fields_is_one_step(window: MainWindow) -> None:
    form = window.form
    before = state(form)
    dialog = window.find_replace()
    dialog.find_text.setText("ferry")
    dialog.replace_text.setText("boat")
    assert dialog.replace_all() > 1
    fields = {name for name, value in state(form).items() if value != before[name]}
    assert len(fields) > 1  # the body and at least one other field
    assert window.actions["undo"].text() == "&Undo Replace All"
    assert form.history.undo()
    assert state(form) == before
    dialog.close()


def test_a_new_edit_after_undo_drops_the_redo(window: MainWindow) -> None:
    form = window.form
    type_keys(form.headline, "A")
    form.history.undo()
    assert form.history.redo_label() is not None
    set_language(form)
    assert form.history.redo_label() is None


def test_opening_a_release_starts_a_fresh_history(window: MainWindow, tmp_path: Path) -> None:
    embargo(window.form)
    other = tmp_path / "other.release"
    other.write_bytes((SAMPLES / "fernhollow-seed-bank.release").read_bytes())
    window.manager.modified = False
    assert opens(window, other)
    assert window.form.history.undo_label() is None
    assert not window.actions["undo"].isEnabled()


def test_footer_update_and_restored_version_are_undoable(window: MainWindow) -> None:
    form = window.form
    before = state(form)
    form.release.footer = []
    form.record_change("footer", "Update Footer")
    assert window.actions["undo"].text() == "&Undo Update Footer"
    form.release.headline = "An earlier headline"
    form.release.body = "An earlier body."
    assert sorted(form.show_changes("Restore Earlier Version")) == ["body", "headline"]
    assert form.headline.text() == "An earlier headline"
    assert form.history.undo_label() == "Restore Earlier Version"
    assert form.history.undo() and form.history.undo()
    assert state(form) == before


def test_switching_the_body_view_keeps_the_other_fields_history(window: MainWindow) -> None:
    form = window.form
    embargo(form)
    body = form.release.body
    type_keys(form.body.editor, "Word")
    form.body.set_view(MARKDOWN)
    assert [step.field for step in form.history.steps][-1] == "body"
    assert form.history.undo()  # the word typed in the other view
    assert form.release.body == body == form.body.editor.toPlainText()
    assert form.history.undo()
    assert form.release.status == "immediate"


def test_photo_caption_typing_and_removal_are_undone(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path) -> None:
    photo = tmp_path / "quay.jpg"
    photo.write_bytes(pf.camera_jpeg(1200, 800))
    panel = window.form.photos
    panel.add_files([photo])
    qtbot.waitUntil(lambda: bool(window.manager.release.photos), timeout=15000)
    form = window.form
    panel.list.setCurrentRow(0)
    before = state(form)
    panel.caption.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(panel.caption, " at noon")
    assert form.release.photos[0].caption.endswith("at noon")
    panel.remove_selected()
    assert not form.release.photos
    steps = 0
    while state(form) != before:
        assert form.history.undo()
        steps += 1
    assert steps == 3  # the removal, "noon", " at " (the space typed first waits for its word)
    assert panel.list.count() == 1


def test_word_boundaries_and_typed_characters() -> None:
    assert all(is_word_boundary(c) for c in " \t\n.,;!?，。、")
    assert not any(is_word_boundary(c) for c in "aZ9é港")
    assert typed_character("harbour", "harbours") == "s"
    assert typed_character("harbour", "harbur") == "o"
    assert typed_character("ab", "xy") is None and typed_character("a", "abc") is None
    assert typed_character(None, "a") is None


def test_history_is_bounded(window: MainWindow) -> None:
    from releasedesk.gui.undo.release_history import LIMIT

    form = window.form
    for day in range(LIMIT + 20):
        form.release_date.setDate(QDate(2020, 1, 1).addDays(day))
    assert len(form.history.steps) == LIMIT
    assert form.release.release_date == date(2020, 1, 1) + timedelta(days=LIMIT + 19)
    while form.history.undo():
        pass
    assert form.release.release_date == date(2020, 1, 1) + timedelta(days=19)


def test_undoing_every_edit_since_saving_makes_the_release_unmodified(window: MainWindow) -> None:
    form, manager = window.form, window.manager
    type_keys(form.headline, " today")
    embargo(form)
    assert manager.modified and window.isWindowModified()
    while form.history.undo():
        pass
    assert not manager.modified and not window.isWindowModified()
    form.history.redo()
    assert manager.modified
    assert went(manager.save)
    type_keys(form.body.editor, "More")  # after saving: undone back to the save
    assert manager.modified
    form.history.undo()
    assert not manager.modified
    form.history.undo()  # and further back: modified again
    assert manager.modified and form.release.status == "immediate"


def test_an_imported_or_recovered_text_stays_modified_when_undone(window: MainWindow) -> None:
    form, manager = window.form, window.manager
    manager.mark_modified()  # as after an import: unsaved work without an undo step
    type_keys(form.dateline, "X")
    form.history.undo()
    assert manager.modified


def test_ctrl_y_redoes_as_well(window: MainWindow) -> None:
    form = window.form
    set_language(form)
    form.history.undo()
    QTest.keyClick(form.headline, Qt.Key.Key_Y, CTRL)
    assert form.release.language == "zh-CN"
    form.history.undo()
    QTest.keyClick(form.body.editor, Qt.Key.Key_Y, CTRL)
    assert form.release.language == "zh-CN"


def test_body_steps_name_the_body(window: MainWindow) -> None:
    type_keys(window.form.body.editor, "Word")
    assert window.actions["undo"].text() == "&Undo Typing in Body"


def _paste_key(editor: QWidget) -> None:
    QTest.keyClick(editor, Qt.Key.Key_V, CTRL)


def _menu_paste(editor: QWidget) -> None:
    assert isinstance(editor, (QPlainTextEdit, QTextEdit))  # (either view of the body)
    editor.paste()


def _cut_key(editor: QWidget) -> None:
    assert isinstance(editor, (QPlainTextEdit, QTextEdit))  # (either view of the body)
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_X, CTRL)


STEPS_BY_HAND: list[tuple[str, Callable[[QWidget], None], str]] = [
    ("Ctrl+V", _paste_key, "&Undo Paste in Body"),
    ("the Edit menu's Paste", _menu_paste, "&Undo Paste in Body"),
    ("Ctrl+X", _cut_key, "&Undo Cut in Body"),
    ("a letter", lambda editor: type_keys(editor, "W"), "&Undo Typing in Body"),
]


@pytest.mark.parametrize("view", [MARKDOWN, FORMATTED])
@pytest.mark.parametrize(("how", "act", "named"), STEPS_BY_HAND, ids=[s[0] for s in STEPS_BY_HAND])
def test_a_paste_or_a_cut_is_named_for_what_it_did(
        window: MainWindow, view: str, how: str, act: Callable[[QWidget], None],
        named: str) -> None:
    """A paste is "Paste in Body" however it came (a key or the menu), a cut "Cut in Body",
    in either view of the body; typing stays "Typing in Body"."""
    body = window.form.body
    body.set_view(view)
    QGuiApplication.clipboard().setText("Pasted words")
    act(body.editor)
    assert window.actions["undo"].text() == named, how
    before = window.form.release.body
    window.form.history.undo()
    assert window.form.release.body != before or how == "Ctrl+X"
