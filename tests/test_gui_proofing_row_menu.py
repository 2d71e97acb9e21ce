"""The Proofing panel's row offers what the body's context menu offers (lows15a: only a
right-click in the text did): the dictionary's suggestions, Add to Dictionary, Ignore. A
row is one mistake counted in every place it stands, so a suggestion chosen from it puts
the word in exactly those places, in either view of the body or in a line field, nothing
else of the text changed, and one Undo takes it all back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.gui.proofing.proof_scheduler import proof
from releasedesk.proofing.engine import ProoferCache
from releasedesk.proofing.findings import ProofFinding
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from examples import examples
from gui_helpers import FakePrompts
from helpers import make_release

WORDS = ["ferry", "harbour", "terminal", "opens", "recieve", "goverment", "adress", "the"]
PARAGRAPHS = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)
                      .map(" ".join), min_size=1, max_size=4)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    made.proof_scheduler.request = lambda: None  # type: ignore[method-assign]  # (passes run here, in step)
    yield made
    made.manager.modified = False
    made.close()


@pytest.fixture
def proofers() -> list[ProoferCache]:
    """The proofer a test's passes share (made by the first, as the window's is)."""
    return []


def _proofed(window: MainWindow, proofers: list[ProoferCache]) -> None:
    """A proofing pass of the release as it is now, shown as the window shows one."""
    window.proof_marks.show(proof(proofers, window.manager.release, None, 1, frozenset()))


def _menu(window: MainWindow, row: int) -> QMenu:
    menu = QMenu()
    assert window.proof_marks.add_row_actions(menu, row)
    return menu


def _with(text: str, places: list[ProofFinding], new: str) -> str:
    for finding in sorted(places, key=lambda f: f.start, reverse=True):
        text = text[:finding.start] + new + text[finding.end:]
    return text


@settings(max_examples=examples(60, 15), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=PARAGRAPHS, view=st.sampled_from([FORMATTED, MARKDOWN]),
       pick=st.integers(0, 20))
def test_a_suggestion_from_a_row_changes_exactly_its_places_in_one_step(
        window: MainWindow, proofers: list[ProoferCache], paragraphs: list[str], view: str,
        pick: int) -> None:
    body = "\n\n".join(paragraphs)  # (as the formatted view writes it back: no last newline)
    window.manager.modified = False
    window.manager.new(make_release(body=body))
    window.form.body.set_view(view)
    _proofed(window, proofers)
    rows = [row for row in window.proofing.rows if row[0].field == "body"
            and row[0].kind == "spelling"]
    if not rows:
        return
    row = rows[pick % len(rows)]
    index = window.proofing.rows.index(row)
    word = window.manager.release.body[row[0].start:row[0].end]
    suggestions = window.proof_marks.suggestions(word)
    if not suggestions:
        return
    menu = _menu(window, index)
    first = menu.actions()[0]
    assert first.text() == (suggestions[0] if len(row) == 1 else
                            f"{suggestions[0]} (in all {len(row)} places)")
    texts = [action.text() for action in menu.actions()]
    assert "Add to Dictionary" in texts and "Ignore" in texts
    before = window.form.body.markdown()
    assert before == body
    first.trigger()
    assert window.form.body.markdown() == _with(body, row, suggestions[0])
    assert window.manager.release.body == _with(body, row, suggestions[0])
    window.form.history.undo()  # one step takes every place back
    assert window.form.body.markdown() == body
    window.form.history.redo()
    assert window.form.body.markdown() == _with(body, row, suggestions[0])


def test_a_row_of_a_line_field_corrects_each_of_its_places_in_one_step(
        window: MainWindow) -> None:
    headline = "Ferry goverment and goverment quay"
    window.manager.new(make_release(headline=headline, body="The ferry opens.\n"))
    proofers: list[ProoferCache] = []
    _proofed(window, proofers)
    index = next(i for i, row in enumerate(window.proofing.rows)
                 if row[0].field == "headline")
    assert len(window.proofing.rows[index]) == 2
    menu = _menu(window, index)
    menu.actions()[0].trigger()
    assert window.form.headline.text() == "Ferry government and government quay"
    assert window.manager.release.headline == "Ferry government and government quay"
    window.form.history.undo()
    assert window.form.headline.text() == headline


def test_add_to_dictionary_and_ignore_from_a_row(window: MainWindow) -> None:
    window.manager.new(make_release(body="Brackwater ferry to Quillhaven opens.\n"))
    proofers: list[ProoferCache] = []
    _proofed(window, proofers)

    def row_of(word: str) -> int:
        return next(i for i, row in enumerate(window.proofing.rows)
                    if dict(row[0].args).get("found") == word)

    menu = _menu(window, row_of("Brackwater"))
    next(a for a in menu.actions() if a.text() == "Add to Dictionary").trigger()
    assert window.settings.personal_words == ["Brackwater"]
    menu = _menu(window, row_of("Quillhaven"))
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    found = {dict(f.args).get("found") for f in window.proofing.findings}
    assert "Brackwater" not in found and "Quillhaven" not in found
    assert window.manager.release.body == "Brackwater ferry to Quillhaven opens.\n"


def test_no_menu_off_a_row(window: MainWindow) -> None:
    window.manager.new(make_release(body="The ferry opens.\n"))
    _proofed(window, [])
    assert not window.proof_marks.add_row_actions(QMenu(), len(window.proofing.rows))
    assert not window.proof_marks.add_row_actions(QMenu(), -1)


def test_a_right_click_on_a_row_opens_its_menu(qtbot: QtBot, window: MainWindow) -> None:
    """(as the user asks for it: the panel's own context menu, at the row clicked)"""
    from PySide6.QtWidgets import QApplication

    window.show()
    window.manager.new(make_release(body="The ferry will recieve them.\n"))
    _proofed(window, [])
    panel = window.proofing
    index = next(i for i, row in enumerate(panel.rows)
                 if dict(row[0].args).get("found") == "recieve")
    item = panel.item(index)
    assert item is not None
    panel.customContextMenuRequested.emit(panel.visualItemRect(item).center())
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu.actions()[0].text() == "receive"
    menu.close()
    # off every row: no menu
    panel.customContextMenuRequested.emit(panel.viewport().rect().bottomRight())
    assert QApplication.activePopupWidget() is None
