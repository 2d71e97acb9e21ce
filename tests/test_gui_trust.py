"""The editor never lets a release out saying less than the writer set (issue 10)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body.markdown_editor import MarkdownEdit, MarkdownHighlighter
from releasedesk.gui.preview.preview_pane import TEXT, WEB, WORD
from releasedesk.render import FORMATS
from test_gui import make_window, preview_has, work  # noqa: F401 (fixtures)

from gui_helpers import cell, opens, prompts_of, wait_for_tasks


def test_choosing_embargoed_proposes_nine_on_the_release_date(qtbot: QtBot,
                                                              make_window: Callable[[], MainWindow],
                                                              work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    form = window.form
    form.release_date.setDate(QDate(2026, 11, 25))
    form.status.setCurrentIndex(form.status.findData("embargoed"))
    moment = window.manager.release.embargo_until
    assert moment is not None
    assert (moment.date(), moment.hour, moment.minute) == (date(2026, 11, 25), 9, 0)
    assert form.embargo_time.time() == QTime(9, 0)
    window.scheduler.render_now()
    assert preview_has(window, "EMBARGOED UNTIL", (WEB, WORD, TEXT))
    assert preview_has(window, "Nov. 25, 2026, 09:00", (WEB, WORD, TEXT))


def test_export_over_errors_asks_once_listing_them(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, tmp_path: Path) -> None:
    window = make_window()
    assert opens(window, work)
    window.form.headline.setText("")
    window.manager.release.headline = ""
    prompts = prompts_of(window)
    prompts.next_folder = tmp_path / "out"
    prompts.next_folder.mkdir()
    prompts.export_anyway = False
    window.export_all()
    assert len(prompts.export_errors_shown) == 1
    assert any("headline" in error for error in prompts.export_errors_shown[0])
    assert list(prompts.next_folder.iterdir()) == []
    prompts.export_anyway = True
    window.export_all()
    wait_for_tasks()
    assert len(prompts.export_errors_shown) == 2
    # Every format of "all formats" (the package holds the others), and manifest.json.
    assert len(list(prompts.next_folder.iterdir())) == len([f for f in FORMATS.values()
                                                            if f.in_all]) + 1
    prompts.next_path = tmp_path / "one.txt"
    window.export("txt")
    wait_for_tasks()
    assert len(prompts.export_errors_shown) == 3 and prompts.next_path.exists()


def test_a_ready_release_exports_without_a_question(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, tmp_path: Path) -> None:
    window = make_window()
    assert opens(window, work)
    prompts = prompts_of(window)
    prompts.next_path = tmp_path / "story.docx"
    window.export("docx")
    wait_for_tasks()
    assert prompts.export_errors_shown == [] and prompts.next_path.exists()


def _formats_at(highlighter: MarkdownHighlighter, block_number: int) -> bool:
    """True when the block's first character is highlighted as a list marker."""
    block = highlighter.document().findBlockByNumber(block_number)
    layout = block.layout()
    return any(r.start == 0 and r.format == highlighter.list_format
               for r in layout.formats())


def test_highlighter_agrees_with_the_exports_about_lists(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    window.form.body.set_view("markdown")
    editor = window.form.body.editor
    editor.setPlainText("Each centre offers:\n- seating\n\nThe year\n2026. was long\n\n"
                        "Steps:\n1. first\n2. second")
    assert isinstance(editor, MarkdownEdit)
    highlighter = editor.highlighter
    highlighter.rehighlight()
    assert _formats_at(highlighter, 1)  # "- seating" interrupts its lead-in line
    assert not _formats_at(highlighter, 4)  # "2026. was long" continues the paragraph
    assert _formats_at(highlighter, 7) and _formats_at(highlighter, 8)
    window.scheduler.render_now()
    web = window.preview.content(WEB)
    assert "<li>seating</li>" in web and "The year 2026. was long" in web
    assert "<li>first</li>" in web and "<li>second</li>" in web


def test_enter_continues_a_list_and_ends_it_on_an_empty_item(qtbot: QtBot,
                                                             make_window: Callable[[], MainWindow],
                                                             work: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window()
    assert opens(window, work)
    window.form.body.set_view("markdown")
    editor = window.form.body.editor
    editor.setPlainText("")
    editor.setFocus()
    QTest.keyClicks(editor, "Each centre offers:")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    window.form.body.actions_by_name["bullets"].trigger()
    QTest.keyClicks(editor, "seating")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "a quiet room")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # on the empty item: the list ends
    QTest.keyClicks(editor, "Open daily.")
    assert editor.toPlainText() == "Each centre offers:\n- seating\n- a quiet room\n\nOpen daily."
    window.scheduler.render_now()
    assert "<li>a quiet room</li>\n</ul>\n<p>Open daily.</p>" in window.preview.content(WEB)
    editor.setPlainText("1. one")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "two")
    assert editor.toPlainText() == "1. one\n2. two"
    editor.document().undo()
    editor.document().undo()
    assert editor.toPlainText().startswith("1. one")


def test_text_copied_from_the_preview_pastes_into_the_body_as_written(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    from PySide6.QtGui import QTextCursor

    window = make_window()
    assert opens(window, work)
    bold = "words set in bold that run on well past eighty characters of text " * 2
    body = f"Opening words and **{bold.strip()}** and *some {bold.strip()}* to end.\n"
    window.form.body.set_markdown(body)
    window.form.body.changed.emit()
    window.scheduler.render_now()
    browser = window.preview.web
    found = browser.document().find("Opening words")
    assert not found.isNull()
    cursor = QTextCursor(found.block())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    browser.copy()
    editor = window.form.body.editor  # the formatted view
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.paste()
    pasted = window.form.body.markdown()
    assert pasted.count(f"**{bold.strip()}**") == 2, pasted
    assert pasted.count(f"*some {bold.strip()}*") == 2, pasted
    assert "** **" not in pasted and "* *" not in pasted


def test_a_pasted_line_break_in_a_one_line_field_becomes_a_space(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_window()
    assert opens(window, work)
    form = window.form
    clipboard = QApplication.clipboard()
    for edit, field in ((form.dateline, "dateline"), (form.organization, "organization")):
        edit.selectAll()
        clipboard.setText("Port\r\nCalloway\u2028Harbour\nAuthority")
        edit.paste()
        assert edit.text() == "Port Calloway Harbour Authority"
        assert getattr(window.manager.release, field) == "Port Calloway Harbour Authority"
    form.headline.selectAll()
    clipboard.setText("Ferry\nopens")
    form.headline.paste()
    assert window.manager.release.headline == "Ferry opens"
    cell(form.contacts.table, 0, 0).setText("Robin\r\nFerrier")
    assert window.manager.release.contacts[0].name == "Robin Ferrier"
    assert cell(form.contacts.table, 0, 0).text() == "Robin Ferrier"


@pytest.mark.parametrize(("zone", "now", "expected"), [
    # dated today, after 9:00 there: the next whole hour (found by the tester: 09:00, past)
    ("UTC", datetime(2026, 12, 6, 14, 20, tzinfo=UTC), (date(2026, 12, 6), 15)),
    ("Asia/Shanghai", datetime(2026, 12, 6, 2, 5, tzinfo=UTC), (date(2026, 12, 6), 11)),
    # before 9:00 there: 9:00 as before
    ("UTC", datetime(2026, 12, 6, 7, 59, tzinfo=UTC), (date(2026, 12, 6), 9)),
    ("America/New_York", datetime(2026, 12, 6, 13, 0, tzinfo=UTC), (date(2026, 12, 6), 9)),
    # the last hour of the day: 9:00 stays (an hour past midnight would be another day)
    ("UTC", datetime(2026, 12, 6, 23, 30, tzinfo=UTC), (date(2026, 12, 6), 9)),
    # dated another day: 9:00 on it
    ("UTC", datetime(2026, 12, 5, 18, 0, tzinfo=UTC), (date(2026, 12, 6), 9)),
])
def test_a_proposed_embargo_is_not_already_past_today(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, zone: str,
        now: datetime, expected: tuple[date, int]) -> None:
    window = make_window()
    assert opens(window, work)
    window.manager.release.conventions.zone = zone
    window.manager.release.release_date = date(2026, 12, 6)
    proposed = window.form.embargo.proposed_embargo(now)
    assert (proposed.date().toPython(), proposed.time().hour(),
            proposed.time().minute()) == (*expected, 0)


@pytest.mark.parametrize(("language", "house_zone", "expected"), [
    ("zh-CN", "", "Asia/Shanghai"),  # a Chinese release prints Beijing time: given in it
    # (城市门户（中文）, the built-in Chinese portal style, names no zone of its own)
    ("zh-TW", "", "Asia/Shanghai"),
    ("zh-CN", "Asia/Hong_Kong", "Asia/Hong_Kong"),  # the house style's zone first
    ("en", "Europe/Berlin", "Europe/Berlin"),
    ("en-GB", "", ""),  # no house zone: this computer's
])
def test_an_embargo_is_first_given_in_the_house_zone_else_the_release_languages(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, language: str,
        house_zone: str, expected: str) -> None:
    from zoneinfo import ZoneInfo

    from releasedesk.checks import check
    from releasedesk.gui.widgets.zones import system_zone

    window = make_window()
    assert opens(window, work)
    release = window.manager.release
    release.language, release.conventions.zone = language, house_zone
    window.form.set_release(release, False)
    window.form.release_date.setDate(QDate(2030, 3, 4))
    form = window.form
    form.status.setCurrentIndex(form.status.findData("embargoed"))
    zone = expected or system_zone()
    assert release.embargo_zone == zone
    assert form.embargo.current_zone_name() == zone
    # 9:00 on the release date there, which the notice prints on the release date
    assert release.embargo_until == datetime(2030, 3, 4, 9, 0, tzinfo=ZoneInfo(zone))
    assert "embargo_after_release" not in {f.code for f in check(release)}
