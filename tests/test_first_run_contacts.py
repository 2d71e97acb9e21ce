"""Issue 27: a contact row of the first-run set-up is never dropped unseen. A row left
empty or with no name is said (one sentence naming the row), on Next and on Finish, and
the cell being typed in when the button is clicked counts; a full row is saved."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.first_run import FirstRunDialog
from releasedesk.house_setup import contact_problems, setup_problems
from releasedesk.model import Contact
from releasedesk.profiles import ProfileStore
from releasedesk.records import replace
from test_first_run import answers_for, fill
from test_gui import make_window  # noqa: F401 (fixture)

words = st.text("abcdefghij ", min_size=0, max_size=8)
contacts = st.builds(Contact, name=words, role=words, organization=words, phone=words,
                     email=st.sampled_from(["", "ana@harbour.example"]))


@given(st.lists(contacts, max_size=5))
def test_every_row_without_a_name_is_named_by_its_row_and_full_rows_pass(
        rows: list[Contact]) -> None:
    problems = contact_problems(rows)
    said = [p.arguments["row"] for p in problems]
    assert said == [i for i, c in enumerate(rows, start=1) if not c.name.strip()]
    for problem in problems:
        message = str(problem.error())
        assert str(problem.arguments["row"]) in message
        assert ("empty" in message) == rows[int(str(problem.arguments["row"])) - 1].is_empty()
    assert (setup_problems(answers_for(contacts=rows)) == []) == (not said)


@pytest.mark.parametrize("typed", [{}, {"phone": "+1 555 0100"}, {"role": "Press officer"},
                                   {"email": "press@calloway-harbour.example"}])
def test_a_half_filled_row_keeps_the_user_on_the_contacts_page(
        qtbot: QtBot, make_window: Callable[[], MainWindow], typed: dict[str, str]) -> None:
    window = make_window()
    dialog = window.set_up_organisation()
    assert isinstance(dialog, FirstRunDialog)
    fill(dialog)
    dialog.go(2)
    table = dialog.contacts
    table.set_contacts([Contact("Ana Ortiz", email="press@calloway-harbour.example")])
    table.add_contact()  # a new row, its name cell open for typing
    for field, text in typed.items():
        table.contacts[-1] = replace(Contact(), **{field: text})
    table._reload()
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 2
    assert "Contact 2" in dialog.problem.text()
    assert table.table.currentRow() == 1
    dialog.go(3)
    assert not dialog.finish()  # Finish says it too, on the contacts page
    assert dialog.pages.currentIndex() == 2 and "Contact 2" in dialog.problem.text()
    assert dialog.isVisible() and not [p for p in ProfileStore().load_all() if not p.builtin]


def test_a_name_still_being_typed_when_next_is_clicked_is_kept(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.show()
    dialog = window.set_up_organisation()
    assert isinstance(dialog, FirstRunDialog)
    fill(dialog)
    dialog.go(2)
    table = dialog.contacts
    table.set_contacts([])
    table.add_contact()  # the name cell's editor is open
    qtbot.waitUntil(lambda: table.table.viewport().isAncestorOf(
        dialog.focusWidget()) if dialog.focusWidget() else False, timeout=3000)
    QTest.keyClicks(dialog.focusWidget(), "Tomasz Lerner")
    dialog.next_button.click()  # (without pressing Enter first)
    assert dialog.pages.currentIndex() == 3, dialog.problem.text()
    assert dialog.finish()
    saved = dialog.saved
    assert saved is not None
    assert [c.name for c in ProfileStore().get(saved.name).contacts] == ["Tomasz Lerner"]
