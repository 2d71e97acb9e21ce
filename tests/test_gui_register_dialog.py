"""Tools ▸ Names and Titles Register…, tried as a new user would: a spreadsheet of fifty
names imported, a title changed with a date, saved into the house style, and a misspelt
name and last year's title caught in the editor; bad files and bad rows are one sentence
and lose nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.logging import Record
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.register_dialog import RegisterDialog
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.recovery import RecoveryStore
from releasedesk.register import TABLES
from releasedesk.settings import Settings
from test_proof_cli import _fifty_people

from examples import examples
from gui_helpers import FakePrompts
from helpers import make_release

PEOPLE = TABLES["people"]


def _dialog(qtbot: QtBot, profile: Profile) -> RegisterDialog:
    dialog = RegisterDialog(ProfileStore(), profile, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _cell(dialog: RegisterDialog, table: str, row: int, column: str) -> str:
    item = dialog.tables[table].item(row, TABLES[table].index(column))
    return item.text() if item else ""


def _set(dialog: RegisterDialog, table: str, row: int, column: str, text: str) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    dialog.tables[table].setItem(row, TABLES[table].index(column), QTableWidgetItem(text))


def _row_of(dialog: RegisterDialog, name: str, title: str) -> int:
    table = dialog.tables["people"]
    return next(r for r in range(table.rowCount())
                if _cell(dialog, "people", r, "name") == name
                and _cell(dialog, "people", r, "title") == title)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_fifty_names_import_and_save_into_the_house_style(qtbot: QtBot, tmp_path: Path,
                                                          encoding: str) -> None:
    store = ProfileStore()
    store.save(Profile(name="office", organization="City"))
    sheet = tmp_path / "names.csv"
    sheet.write_bytes(_fifty_people().encode(encoding))
    dialog = _dialog(qtbot, store.get("office"))
    assert dialog.import_file(sheet)
    assert dialog.tables["people"].rowCount() == 52  # 50 names, and Li's two titles
    assert _cell(dialog, "people", _row_of(dialog, "Li Mingyuan", "Deputy Mayor"),
                 "name_zh") == "李明远"
    assert dialog.tables["terms"].rowCount() == 1
    assert dialog.has_unsaved_edits()
    assert dialog.save()
    names = ProfileStore().get("office").names
    assert len(names.people) == 51
    li = next(p for p in names.people if p.name == "Li Mingyuan")
    assert [t.title for t in li.titles_on(date(2026, 11, 25))] == ["Mayor"]
    assert not dialog.isVisible()


def test_a_bad_file_is_one_sentence_and_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, Profile(name="office"))
    dialog.add_empty_row()
    _set(dialog, "people", 0, "name", "Ana Ortiz")
    before = dialog.rows()
    bad = tmp_path / "names.csv"
    bad.write_text("kind,name\nrobot,Ada\n", encoding="utf-8")
    assert not dialog.import_file(bad)
    assert dialog.problem.isVisible()
    assert 'names.csv was not imported: line 2 of the spreadsheet has the kind "robot"' in \
        dialog.problem.text()
    assert dialog.rows() == before
    assert not dialog.import_file(tmp_path / "missing.csv")
    assert "does not exist" in dialog.problem.text()


@pytest.mark.parametrize(("column", "value", "needle"), [
    ("from", "1 July 2026", "row 1 of People: write the date “1 July 2026” as 2026-07-01"),
    ("name", "", "row 1 of People: there is no name"),
])
def test_a_bad_row_is_not_saved_and_the_edits_stay(qtbot: QtBot, column: str, value: str,
                                                   needle: str) -> None:
    store = ProfileStore()
    store.save(Profile(name="office"))
    dialog = _dialog(qtbot, store.get("office"))
    dialog.add_empty_row()
    for key, text in {"name": "Ana Ortiz", "title": "Director", column: value}.items():
        _set(dialog, "people", 0, key, text)
    assert not dialog.save()
    assert needle in dialog.problem.text()
    assert dialog.isVisible() and _cell(dialog, "people", 0, "title") == "Director"
    assert store.get("office").names.is_empty()


def test_delete_rows_takes_the_selected_rows(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Profile(name="office"))
    for name in ("A", "B", "C"):
        dialog.add_empty_row()
        _set(dialog, "people", dialog.tables["people"].rowCount() - 1, "name", name)
    from PySide6.QtCore import QItemSelectionModel

    table = dialog.tables["people"]
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(table.model().index(1, 0),
                                  flags.ClearAndSelect | flags.Rows)
    dialog.delete_selected()
    assert [p.name for p in dialog.register().people] == ["A", "C"]


def test_a_new_user_imports_changes_a_title_and_the_editor_catches_mistakes(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ProfileStore().save(Profile(name="office", organization="City"))
    sheet = tmp_path / "names.csv"
    sheet.write_text(_fifty_people(), encoding="utf-8")
    release = make_release(profile="office", release_date=date(2026, 11, 25),
                           body="Mayor Li Mingyuan thanked Director PersonAason Exampel and "
                                "Director PersonBason Example.\n")
    path = tmp_path / "story.release"
    document.save(release, path)
    window = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.open_path(path)
    window.show()

    def edit_and_save(dialog: RegisterDialog) -> int:
        assert dialog.import_file(sheet)
        # PersonBason Example moved on: Director until the end of June, then Deputy Mayor.
        row = _row_of(dialog, "PersonBason Example", "Director")
        _set(dialog, "people", row, "to", "2026-06-30")
        dialog.add_empty_row()
        last = dialog.tables["people"].rowCount() - 1
        for key, text in {"name": "PersonBason Example", "title": "Deputy Mayor",
                          "from": "2026-07-01"}.items():
            _set(dialog, "people", last, key, text)
        return int(dialog.save())

    window.names_register()  # (the dialog shows over the window; the test answers it)
    dialog = window.last_dialog
    assert isinstance(dialog, RegisterDialog) and dialog.isVisible()
    assert edit_and_save(dialog)
    window.scheduler.request(window.manager.release, immediately=True)

    def messages() -> list[str]:
        return [window.proofing.describe(f) for f in window.proofing.findings]

    qtbot.waitUntil(lambda: any("PersonBason Example is Deputy Mayor" in m for m in messages()),
                    timeout=10000)
    assert any("“Exampel” is close to the register's “Example”" in m for m in messages())
    assert not any("Li Mingyuan" in m for m in messages())  # Mayor on the day: right
    window.manager.modified = False
    window.close()


def test_a_release_without_a_house_style_is_told_how_to_get_one(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    prompts = FakePrompts()
    window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.manager.release.profile = ""
    window.names_register()
    assert any("Apply House Style" in m for m in prompts.infos)
    assert window.last_dialog is None
    window.close()


def test_a_bad_row_is_shown_to_the_user(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Profile(name="office"))
    dialog.tabs.setCurrentIndex(2)  # Terms
    for _ in range(3):
        dialog.add_empty_row()
    _set(dialog, "terms", 0, "use", "Port Calloway")
    _set(dialog, "terms", 2, "not", "Calloway Port")
    assert not dialog.save()
    assert dialog.problem.text().endswith("row 3 of Terms: there is no right form.")
    assert dialog.tabs.currentIndex() == 2 and dialog.tables["terms"].currentRow() == 2


def test_a_bad_row_is_said_in_chinese_in_the_chinese_interface(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from releasedesk.gui.basics import i18n

    qm = i18n.translation_file("zh_CN")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = _dialog(qtbot, Profile(name="office"))
        dialog.add_empty_row()
        _set(dialog, "people", 0, "name", "Ana Ortiz")
        _set(dialog, "people", 0, "from", "2026-07-01")
        assert not dialog.save()
        assert dialog.problem.text() == "未保存：“人员”第 1 行：有日期但没有职务。"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("table", [name for name, columns in TABLES.items() if len(columns) > 1])
def test_the_first_column_has_room_for_a_long_name(qtbot: QtBot, table: str) -> None:
    dialog = _dialog(qtbot, Profile(name="office", organization="City"))
    widget = dialog.tables[table]
    assert widget.columnWidth(0) >= widget.fontMetrics().horizontalAdvance(
        "Eleanor Whitcombe")


class QtLog(Protocol):
    """pytest-qt's qtlog: the Qt messages printed during the test."""

    records: list[Record]


# Keys a user presses in a register table: a row added (the button), a word typed into
# the cell being edited, Tab and Shift+Tab (Tab in the last cell adds a row, lows15a).
_KEYS = st.lists(st.sampled_from(["add", "type", "tab", "backtab"]), min_size=1, max_size=14)


@settings(max_examples=examples(120, 40),
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(list(TABLES)), keys=_KEYS)
def test_rows_added_and_tabbed_round_print_nothing_and_take_what_is_typed(
        qtbot: QtBot, qtlog: QtLog, table: str, keys: list[str]) -> None:
    """Qt printed "edit: editing failed" at every row added (the button asked the table to
    edit a cell it had just opened): nothing is printed, whatever is pressed, each new row
    is open to type in at its first cell, and what is typed lands in the current cell.
    Tab goes to the next cell as a spreadsheet's does: in the last cell of the last row it
    adds a row and edits its first cell (lows15a: it went round to the table's first cell);
    Shift+Tab goes back a cell (from the first, round to the last) and adds none."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    dialog = _dialog(qtbot, Profile(name="office"))
    dialog.activateWindow()  # (the keys go where the user's would: the active window's focus)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.tabs.setCurrentIndex(list(TABLES).index(table))
    widget = dialog.tables[table]
    printed = len(qtlog.records)
    expected: dict[tuple[int, int], str] = {}
    for n, key in enumerate(keys):
        focus = QApplication.focusWidget()
        editing = isinstance(focus, QLineEdit) and widget.viewport().isAncestorOf(focus)
        if key == "add":
            QTest.mouseClick(dialog.add_row, Qt.MouseButton.LeftButton)
            assert (widget.currentRow(), widget.currentColumn()) == (widget.rowCount() - 1, 0)
            focus = QApplication.focusWidget()
            assert isinstance(focus, QLineEdit) and widget.viewport().isAncestorOf(focus)
        elif key == "type" and editing:
            assert isinstance(focus, QLineEdit)
            word = f"w{n}"
            focus.selectAll()
            QTest.keyClicks(focus, word)
            expected[(widget.currentRow(), widget.currentColumn())] = word
        elif key in ("tab", "backtab") and focus is not None:
            height, columns = widget.rowCount(), widget.columnCount()
            at = widget.currentRow() * columns + widget.currentColumn()
            in_table = widget.currentRow() >= 0 and (focus is widget or editing)
            QTest.keyClick(focus, Qt.Key.Key_Backtab if key == "backtab" else Qt.Key.Key_Tab,
                           Qt.KeyboardModifier.ShiftModifier if key == "backtab"
                           else Qt.KeyboardModifier.NoModifier)
            if in_table:  # (the cell a spreadsheet's Tab or Shift+Tab goes to)
                after = at + 1 if key == "tab" else (at - 1) % (height * columns)
                assert widget.rowCount() == height + (after == height * columns)
                assert (widget.currentRow(), widget.currentColumn()) == divmod(after, columns)
                if after == height * columns:  # a row added: its first cell open to type in
                    focus = QApplication.focusWidget()
                    assert isinstance(focus, QLineEdit)
                    assert widget.viewport().isAncestorOf(focus)
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit) and widget.viewport().isAncestorOf(focus):
        widget.commitData(focus)
    rows = dialog.rows()[table]
    assert {cell: rows[cell[0]][cell[1]] for cell in expected} == expected
    assert [r.message for r in qtlog.records[printed:] if "edit" in r.message] == []
    dialog.mark_clean()
    dialog.close()
