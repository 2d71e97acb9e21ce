"""The editor fits a laptop, and a finding goes to what it is about (issue 14, items 3, 12)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.checks import HEADLINE_MAX, Finding
from releasedesk.field_rules import MAX_LINE_FIELD
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.app.window_settings import FRAME_ALLOWANCE, default_geometry
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN, MIN_HEIGHT
from releasedesk.model import Contact
from test_gui import make_window, work  # noqa: F401 (fixtures)

from gui_helpers import cell, heading, opens

LAPTOP = QRect(0, 0, 1366, 768)
DESKTOP = QRect(0, 0, 1920, 1080)
LONG_HEADLINE = ("Calloway Harbour Authority Opens the Tidewater Ferry Terminal, Doubles Weekday "
                 "Crossings to Marrow Island and Cuts Waiting Times at the Quay for Good")
LONG_HEADLINES = (
    LONG_HEADLINE,
    "芬霍洛区磨坊广场夜市下月开张，区政府宣布周五周六晚间开放两百个摊位，以本地农产品、手工艺品和"
    "特色小吃为主，并增开三条夜间公交线路方便市民前往",
    "https://calloway-harbour.example/news/2026/11/25/tidewater-ferry-terminal-opens-"
    "to-passengers-with-twice-the-weekday-crossings",
)


def on_screen_like(qtbot: QtBot, window: MainWindow, available: QRect) -> MainWindow:
    """*window* as a first start on a screen with *available* room shows it."""
    window.setGeometry(default_geometry(available))
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def scroll_of(window: MainWindow) -> QScrollArea:
    scroll = window.findChild(QScrollArea, "formScroll")
    assert scroll is not None
    return scroll


def wholly_shown(widget: QWidget, area: QRect | None = None) -> bool:
    """Whether *area* of *widget* (all of it by default) is on screen, not scrolled away."""
    area = widget.rect() if area is None else area
    return widget.visibleRegion().intersected(area).boundingRect() == area.intersected(
        widget.rect())


@pytest.mark.parametrize("available", [
    LAPTOP, QRect(0, 27, 1366, 741), QRect(0, 0, 1280, 720), QRect(0, 0, 1024, 600),
    DESKTOP, QRect(1920, 0, 2560, 1400), QRect(0, 0, 3840, 2160)])
def test_the_first_window_fits_the_screen_with_its_frame(available: QRect) -> None:
    window = default_geometry(available)
    left, top = FRAME_ALLOWANCE[0] // 2, FRAME_ALLOWANCE[1] - FRAME_ALLOWANCE[0] // 2
    framed = window.adjusted(-left, -top, left, FRAME_ALLOWANCE[0] // 2)
    assert available.contains(framed), (available, window)
    assert window.width() >= min(1360, available.width() - FRAME_ALLOWANCE[0])
    assert window.height() >= min(860, available.height() - FRAME_ALLOWANCE[1])


def test_a_first_start_fits_the_screen_it_opens_on(
        qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()  # no saved geometry in its settings
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (available, window.frameGeometry())


@pytest.mark.parametrize(("available", "share"), [(LAPTOP, 0.4), (DESKTOP, 0.55)])
def test_the_body_takes_the_height_the_rest_leaves_and_the_form_does_not_scroll(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, available: QRect,
        share: float) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, available)
    scroll = scroll_of(window)
    editor = window.form.body.editor
    assert scroll.verticalScrollBar().maximum() == 0  # everything in view, one scroll bar: none
    assert scroll.horizontalScrollBar().maximum() == 0
    assert window.form.width() <= scroll.viewport().width()
    assert editor.height() >= share * scroll.viewport().height(), (
        editor.height(), scroll.viewport().height())
    taller = QRect(available.x(), available.y(), available.width(), available.height() + 200)
    window.setGeometry(default_geometry(taller))
    settle()
    if window.height() > default_geometry(available).height():  # room grew: the body took it
        assert window.form.body.editor.height() > editor.height() - 1


def test_on_a_laptop_every_section_unfolded_scrolls_in_its_own_pane_never_in_another(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, LAPTOP)
    form = window.form
    for section in form.sections.values():
        section.set_expanded(True)
    settle()
    scroll = scroll_of(window)
    assert form.body.editor.height() >= MIN_HEIGHT
    assert scroll.horizontalScrollBar().maximum() == 0
    # The form itself does not scroll: the body and the sections' pane beside it (below
    # it, in a splitter) each scroll on their own, neither inside the other.
    assert scroll.verticalScrollBar().maximum() == 0
    pane = form.details_scroll
    assert not form.body.isAncestorOf(pane) and not pane.isAncestorOf(form.body)
    assert pane.verticalScrollBar().maximum() > 0  # all three unfolded: more than fits
    # No scroll bar inside the pane's: the contacts table shows every row whole.
    table = form.contacts.table
    assert table.verticalScrollBar().maximum() == 0
    assert table.horizontalScrollBar().maximum() == 0
    # Nor inside the About text and the footer: they are as tall as their text.
    form.boilerplate.setPlainText("\n\n".join(
        f"Paragraph {n} about the Calloway Harbour Authority, its ferries and its quay."
        for n in range(5)))
    settle()
    for text in (form.boilerplate, form.footer):
        assert text.verticalScrollBar().maximum() == 0, text.objectName()
    settle()  # (the taller About text lays the pane out again)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    settle()
    assert wholly_shown(form.footer)  # the last field is reachable
    assert scroll.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("text", LONG_HEADLINES)
def test_a_long_headline_wraps_and_shows_whole(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, text: str) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, LAPTOP)
    for line in (window.form.headline, window.form.subheadline):
        line.setText("Short")
        settle()
        one_row = line.height()
        line.setText(text)
        settle()
        assert line.rows() > 1
        assert line.height() > one_row
        assert line.verticalScrollBar().maximum() == 0  # all of it shows, nothing scrolls
        assert line.horizontalScrollBar().maximum() == 0
        assert line.text() == text
        line.setText("Short")
        settle()
        assert line.height() == one_row and line.rows() == 1
    assert scroll_of(window).horizontalScrollBar().maximum() == 0


def test_the_headline_keeps_to_one_line_and_its_limit(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, LAPTOP)
    headline = window.form.headline
    headline.setFocus()
    headline.selectAll()
    QTest.keyClicks(headline, "Ferry opens")
    QTest.keyClick(headline, Qt.Key.Key_Return)  # Enter moves on, no line break
    assert window.manager.release.headline == "Ferry opens"
    assert QApplication.focusWidget() is not headline
    pasted = QMimeData()
    pasted.setText("First line\nsecond line\r\nthird")
    headline.setFocus()
    headline.end(False)
    headline.insertFromMimeData(pasted)
    assert window.manager.release.headline == "Ferry opens" + "First line second line third"
    pasted.setText("x" * (MAX_LINE_FIELD + 50))
    headline.insertFromMimeData(pasted)
    assert len(headline.text()) == MAX_LINE_FIELD
    assert window.manager.release.headline == headline.text()


def test_the_contacts_show_organisation_and_e_mail_whole(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    window.manager.release.contacts.append(Contact(
        name="Ngozi Abernathy-Castellanos", role="Head of Communications and Public Affairs",
        organization="Calloway Harbour Authority Ferry Services Division",
        phone="+44 1632 960 123", email="communications.department@calloway-harbour.example"))
    window.form.set_release(window.manager.release)
    on_screen_like(qtbot, window, LAPTOP)
    window.form.sections["contacts"].set_expanded(True)
    settle()
    table = window.form.contacts.table
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    metrics = QFontMetrics(table.font())
    flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            assert item is not None
            width = table.columnWidth(column) - 8  # the cell's text margins
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, item.text())
            assert needed.height() <= table.rowHeight(row), (row, column, item.text())
    header = table.horizontalHeader()
    for column in range(table.columnCount()):  # the titles ("Organisation", "E-mail") too
        title = heading(table, column)
        assert metrics.horizontalAdvance(title) <= header.sectionSize(column), title


def test_a_folded_section_tells_what_it_holds(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                              work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    form = window.form
    summary = form.sections["contacts"].summary_label
    names = [c.name for c in window.manager.release.contacts if c.name]
    assert str(len(names)) in summary.text() and all(n in summary.text() for n in names)
    form.contacts.add_contact()
    cell(form.contacts.table, len(names), 0).setText("Rafael Okonjo")
    assert "Rafael Okonjo" in summary.text() and str(len(names) + 1) in summary.text()
    assert form.sections["photos"].summary_label.text() == form.tr("No photos")
    form.boilerplate.setPlainText("About the harbour, in a few words.")
    assert "About the harbour" in form.sections["about"].summary_label.text()


def test_folded_sections_are_made_when_first_needed_and_lose_nothing(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    form = window.form
    assert form._contacts is None and form._photos is None  # nothing made at start
    contacts = window.manager.release.contacts
    # Another release opened while folded: its contacts are what the summary and the
    # table, made later, show.
    contacts.append(Contact("Imogen Sallow", "Director", "Calloway", "", "is@c.example"))
    form.set_release(window.manager.release)
    assert "Imogen Sallow" in form.sections["contacts"].summary_label.text()
    assert form._contacts is None
    form.sections["contacts"].set_expanded(True)  # unfolded: made, with the release's rows
    assert form._contacts is not None
    table = form.contacts.table
    assert table.rowCount() == len(contacts) and form.contacts.isVisibleTo(form)
    assert table.item(len(contacts) - 1, 0).text() == "Imogen Sallow"
    table.item(0, 0).setText("Dana Whitlock-Reyes")  # an edit is the release's at once
    assert window.manager.release.contacts[0].name == "Dana Whitlock-Reyes"
    assert window.manager.modified
    window.actions["undo"].trigger()  # Edit ▸ Undo
    assert window.manager.release.contacts[0].name != "Dana Whitlock-Reyes"
    assert table.item(0, 0).text() == window.manager.release.contacts[0].name
    # The photos panel: made by a read-only release's first look, and read-only.
    form.set_read_only(True)
    assert not form.photos.list.isEnabled()
    form.set_read_only(False)
    assert form.photos.list.isEnabled()


def test_nothing_changes_a_read_only_release(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    first = make_window()
    assert opens(first, work)
    second = make_window()
    assert opens(second, work)  # the first window holds the lock: read-only here
    assert second.manager.read_only
    form = second.form
    before = list(second.manager.release.contacts)
    for button in (form.contacts.add_button, form.contacts.remove_button,
                   form.contacts.up_button, form.contacts.down_button):
        assert not button.isEnabled()
    assert not form.photos.add_button.isEnabled()
    form.contacts.add_button.click()
    assert second.manager.release.contacts == before and not second.manager.modified
    # Nor through the body's toolbar, Find and Replace or Apply House Style.
    body = second.manager.release.body
    form.body.editor.selectAll()
    for name, action in form.body.actions_by_name.items():
        assert not action.isEnabled(), name
        action.trigger()
    assert not second.actions["apply_house_style"].isEnabled()
    second.actions["find"].trigger()
    dialog = second.find_dialog
    assert dialog is not None and not dialog.replace_all_button.isEnabled()
    dialog.find_text.setText("Calloway")
    dialog.replace_text.setText("ZZZ")
    assert dialog.matches and dialog.replace_all() == 0
    dialog.replace()
    release = second.manager.release
    assert release.body == body and "ZZZ" not in release.headline + release.dateline
    assert not second.manager.modified
    form.set_read_only(False)  # as after Save As of a copy
    assert form.contacts.add_button.isEnabled() and form.photos.add_button.isEnabled()
    assert all(action.isEnabled() for action in form.body.actions_by_name.values())


def test_enter_or_space_on_a_section_title_folds_and_unfolds_it(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = on_screen_like(qtbot, make_window(), DESKTOP)
    assert opens(window, work)
    section = window.form.sections["contacts"]
    section.button.setFocus()
    for key, expanded in ((Qt.Key.Key_Return, True), (Qt.Key.Key_Enter, False),
                          (Qt.Key.Key_Space, True)):
        QTest.keyClick(section.button, key)
        settle()
        assert section.is_expanded() is expanded, key
    table = window.form.contacts.table  # the arrow keys show the cell they are on
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_Right)
    assert table.currentColumn() == 1
    assert [(item.row(), item.column()) for item in table.selectedItems()] == [(0, 1)]
    rows = table.rowCount()
    window.form.contacts.remove_button.click()  # the current cell's row
    assert table.rowCount() == rows - 1


def tab_round(start: QWidget, presses: int = 60) -> list[QWidget]:
    start.setFocus()
    settle()
    visited = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        settle()
    return visited


@pytest.mark.parametrize("view", [FORMATTED, MARKDOWN])
def test_tab_goes_through_the_form_as_it_reads(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, view: str) -> None:
    window = on_screen_like(qtbot, make_window(), DESKTOP)
    assert opens(window, work)
    form = window.form
    form.body.set_view(view)
    for section in form.sections.values():  # their content made now, after the rest
        section.set_expanded(True)
    settle()
    visited = tab_round(form.headline)
    one_round = visited[:visited.index(form.headline, 1)]  # Tab comes back to the headline
    expected = [form.headline, form.subheadline, form.status, form.release_date,
                form.dateline, form.language, form.organization, form.body.editor,
                form.sections["photos"].button, form.photos.list,
                form.sections["contacts"].button, form.contacts.table,
                form.contacts.add_button, form.sections["about"].button, form.boilerplate,
                form.keywords, form.end_mark, form.footer, window.preview.web,
                window.readiness]
    positions = [one_round.index(widget) for widget in expected]
    assert positions == sorted(positions)
    assert one_round.count(form.body.editor) == 1  # one stop, where the body stands
    assert not any(isinstance(widget, QScrollArea) for widget in one_round)


# -- a finding goes to what it is about ------------------------------------------------------

def finding_row(window: MainWindow, code: str) -> int:
    window.scheduler.render_now()
    for row, finding in enumerate(window.readiness.findings):
        if finding.code == code:
            return row
    raise AssertionError(f"no {code} finding in {window.readiness.findings}")


def click_finding(window: MainWindow, code: str) -> Finding:
    row = finding_row(window, code)
    window.readiness.itemClicked.emit(window.readiness.item(row))
    settle()
    return window.readiness.findings[row]


def scrolled_away(window: MainWindow) -> None:
    """A window too low for the form, every section unfolded, the form and the sections'
    pane scrolled to their ends: the top fields out of view."""
    window.resize(1000, 420)
    for section in window.form.sections.values():
        section.set_expanded(True)
    settle()
    for area in (scroll_of(window), window.form.details_scroll):
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())
    settle()


def test_a_headline_finding_selects_the_part_over_the_limit(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, LAPTOP)
    headline = window.form.headline
    headline.selectAll()
    headline.insertPlainText("  " + LONG_HEADLINE)  # typed: leading spaces count for nothing
    scrolled_away(window)
    assert not wholly_shown(headline)
    click_finding(window, "headline_long")
    assert headline.hasFocus()
    assert headline.selectedText() == LONG_HEADLINE[HEADLINE_MAX:]
    assert wholly_shown(headline)


def test_a_contact_finding_selects_the_doubtful_address(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    window.manager.release.contacts.insert(0, Contact())  # an empty row: indexes still hold
    window.manager.release.contacts[2].email = "press(at)calloway.example"
    window.form.set_release(window.manager.release)
    on_screen_like(qtbot, window, LAPTOP)
    window.form.sections["contacts"].set_expanded(True)
    bar = scroll_of(window).verticalScrollBar()
    bar.setValue(0)
    window.form.sections["contacts"].set_expanded(False)
    settle()
    click_finding(window, "contact_email")
    table = window.form.contacts.table
    assert window.form.sections["contacts"].is_expanded()
    assert (table.currentRow(), table.currentColumn()) == (2, 4)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.selectedText() == "press(at)calloway.example"  # type: ignore[attr-defined]  # the focused editor is a line edit
    shown = table.visualItemRect(cell(table, 2, 4))
    assert wholly_shown(table.viewport(), shown)


@pytest.mark.parametrize("view", [FORMATTED, MARKDOWN])
def test_a_weekday_finding_selects_the_phrase_in_either_view(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, view: str) -> None:
    window = make_window()
    assert opens(window, work)
    release = window.manager.release
    assert release.release_date == date(2026, 11, 25)  # a Wednesday
    release.body += "\n\nThe night ferry runs from today (**Tuesday**) until March."
    window.form.set_release(release)
    window.form.body.set_view(view)
    on_screen_like(qtbot, window, LAPTOP)
    scrolled_away(window)
    finding = click_finding(window, "weekday_mismatch")
    editor = window.form.body.editor
    assert editor.hasFocus()
    selected = editor.textCursor().selectedText()
    assert selected.replace("*", "") == finding.about == "today (Tuesday"
    assert wholly_shown(editor.viewport(), editor.cursorRect())


def test_a_finding_without_a_place_just_goes_to_its_field(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, LAPTOP)
    window.manager.release.photos.clear()
    window.form.show_finding(Finding("error", "footer", "footer_empty"))
    settle()
    assert window.form.sections["about"].is_expanded()
    assert window.form.footer.hasFocus()
    qtbot.waitUntil(lambda: wholly_shown(window.form.footer), timeout=2000)


def test_find_opens_the_folded_section_of_its_match(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, LAPTOP)
    about = window.form.sections["about"]
    assert not about.is_expanded()
    dialog = window.find_replace()
    dialog.find_text.setText("founded in 1921")
    assert dialog.find_next()
    settle()
    assert about.is_expanded()
    assert window.form.boilerplate.textCursor().selectedText().lower() == "founded in 1921"
    assert wholly_shown(window.form.boilerplate)


def test_contact_rows_fit_their_text_the_first_time_the_section_opens(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    on_screen_like(qtbot, window, LAPTOP)
    table = window.form.contacts.table
    window.form.sections["contacts"].set_expanded(True)
    qtbot.wait(50)
    settle()
    line = table.fontMetrics().lineSpacing()
    # The sample's cells wrap to three lines at most at this width; folded, the table had
    # no width and its rows were fitted to a sliver (a dozen lines each).
    assert table.rowCount() >= 2
    assert all(table.rowHeight(row) <= 4 * line + 12 for row in range(table.rowCount()))
