"""The formatted body editor, driven as a writer would: keys, toolbar, paste, views, undo."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body import link_dialog
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.gui.body.formatted_editor import MARKDOWN_MIME, FormattedEdit
from releasedesk.gui.body.markdown_editor import MarkdownEdit
from releasedesk.gui.body.rich_paste import clipboard_html
from releasedesk.recovery import RecoveryStore
from releasedesk.render import body_html
from releasedesk.settings import Settings

import drafts
from conftest import SAMPLES
from gui_helpers import FakePrompts, opens

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    work = tmp_path / "story.release"
    shutil.copy(SAMPLES / "tidewater-ferry-terminal.release", work)
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    assert opens(made, work)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.manager.modified = False
    made.close()


def body_of(window: MainWindow, text: str) -> FormattedEdit:
    """The formatted view, holding *text* (Markdown), focused, the cursor at the end."""
    window.manager.release.body = text  # as if a release with this body was opened
    window.form.set_release(window.manager.release)
    editor = window.form.body.editor
    assert isinstance(editor, FormattedEdit)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return editor


def select(editor: FormattedEdit, words: str) -> None:
    cursor = editor.document().find(words)
    assert not cursor.isNull(), words
    editor.setTextCursor(cursor)


def release_body(window: MainWindow) -> str:
    return window.manager.release.body


def test_new_users_write_in_the_formatted_view(window: MainWindow) -> None:
    assert window.form.body.view == FORMATTED
    assert isinstance(window.form.body.editor, FormattedEdit)
    assert not window.actions["body_markdown"].isChecked()
    # The sample shows as it reads: no asterisks, and bold where the Markdown says so.
    editor = window.form.body.editor
    assert "**" not in editor.toPlainText() and "Imogen Sallow" in editor.toPlainText()
    select(editor, "Imogen Sallow")
    assert editor.textCursor().charFormat().fontWeight() == 700


def test_ctrl_b_and_ctrl_i_format_the_selection(window: MainWindow) -> None:
    editor = body_of(window, "The terminal opens on Monday at nine.")
    select(editor, "Monday")
    QTest.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert release_body(window) == "The terminal opens on **Monday** at nine."
    select(editor, "at nine")
    QTest.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert release_body(window) == "The terminal opens on **Monday** *at nine*."
    select(editor, "Monday")
    QTest.keyClick(editor, Qt.Key.Key_B, CTRL)  # all bold already: bold goes
    assert release_body(window) == "The terminal opens on Monday *at nine*."
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert release_body(window) == "The terminal opens on **Monday** *at nine*."


def test_bold_typed_after_ctrl_b_without_a_selection(window: MainWindow) -> None:
    editor = body_of(window, "Ferries run")
    QTest.keyClick(editor, Qt.Key.Key_B, CTRL)
    QTest.keyClicks(editor, " often")
    assert release_body(window) == "Ferries run **often**"


def test_enter_continues_a_list_and_ends_it_on_an_empty_item(window: MainWindow) -> None:
    editor = body_of(window, "Each centre offers:\n\n- seating")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "a quiet room")
    assert release_body(window) == "Each centre offers:\n\n- seating\n- a quiet room"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # on the empty item: the list ends
    QTest.keyClicks(editor, "Open daily.")
    assert release_body(window) == \
        "Each centre offers:\n\n- seating\n- a quiet room\n\nOpen daily."
    assert "<li>a quiet room</li>\n</ul>\n<p>Open daily.</p>" in body_html(release_body(window))


def test_an_end_mark_typed_last_gives_way_to_the_releases_own(window: MainWindow) -> None:
    for mark in ("###", "-30-", "-end-"):
        editor = body_of(window, "The terminal opens on Monday.")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        QTest.keyClicks(editor, mark)
        assert release_body(window) == "The terminal opens on Monday.\n\n" + mark
        assert body_html(release_body(window)) == "<p>The terminal opens on Monday.</p>\n"
        QTest.keyClick(editor, Qt.Key.Key_Return)  # no longer last: text, as in Markdown
        QTest.keyClicks(editor, "More.")
        assert mark in body_html(release_body(window))


def test_enter_in_quotations_and_subheadings(window: MainWindow) -> None:
    editor = body_of(window, "## Opening weekend\n\n> said the mayor")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # a new paragraph of the quotation
    QTest.keyClicks(editor, "and the crowd cheered")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # on the empty line: out of the quotation
    QTest.keyClicks(editor, "After the quote.")
    assert release_body(window) == ("## Opening weekend\n\n> said the mayor\n>\n"
                                     "> and the crowd cheered\n\nAfter the quote.")
    cursor = editor.document().find("weekend")
    editor.setTextCursor(cursor)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # after a subheading: a paragraph
    QTest.keyClicks(editor, "Free crossings")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a line break
    QTest.keyClicks(editor, "all day")
    assert release_body(window).startswith(
        "## Opening weekend\n\nFree crossings\\\nall day\n\n> said the mayor")


def test_tab_nests_and_shift_tab_un_nests_list_items(window: MainWindow) -> None:
    editor = body_of(window, "1. Buildings\n2. roof\n3. walls\n4. Boats")
    select(editor, "roof")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert release_body(window) == "1. Buildings\n    1. roof\n2. walls\n3. Boats"
    select(editor, "walls")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # joins the sub-list above it
    assert release_body(window) == "1. Buildings\n    1. roof\n    2. walls\n2. Boats"
    select(editor, "Buildings")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # the first item has no item above: stays
    assert release_body(window).startswith("1. Buildings\n    1. roof")
    select(editor, "roof")
    QTest.keyClick(editor, Qt.Key.Key_Backtab)
    assert release_body(window) == "1. Buildings\n2. roof\n    1. walls\n3. Boats"
    select(editor, "roof")
    QTest.keyClick(editor, Qt.Key.Key_Backtab)  # out of the list: a paragraph
    # Its sub-item stays where it was, now a list of its own before the rest of the list.
    assert body_html(release_body(window)) == (
        '<ol>\n<li>Buildings</li>\n</ol>\n<p>roof</p>\n<ol>\n<li>walls</li>\n</ol>\n'
        '<ol start="2">\n<li>Boats</li>\n</ol>\n')
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert release_body(window) == "1. Buildings\n2. roof\n    1. walls\n3. Boats"


def test_tab_outside_a_list_moves_on_to_the_next_field(window: MainWindow) -> None:
    editor = body_of(window, "A paragraph.")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert release_body(window) == "A paragraph."
    assert QApplication.focusWidget() is not editor


def test_tab_nests_list_lines_in_the_markdown_view_too(window: MainWindow) -> None:
    window.form.body.set_view(MARKDOWN)
    editor = window.form.body.editor
    editor.setPlainText("- one\n- two\n- three\n\n1. first\n2. second\n\nA paragraph.")
    editor.setFocus()

    def at(text: str) -> None:
        editor.setTextCursor(editor.document().find(text))

    def press(key: Qt.Key) -> None:
        QTest.keyClick(editor, key)

    at("two")
    press(Qt.Key.Key_Tab)
    assert editor.toPlainText().startswith("- one\n  - two\n- three")
    assert "<ul>\n<li>two</li>\n</ul>" in body_html(editor.toPlainText())  # nested
    at("three")
    press(Qt.Key.Key_Tab)  # a sibling of the nested item: nested under "one" as well
    assert editor.toPlainText().startswith("- one\n  - two\n  - three")
    press(Qt.Key.Key_Backtab)
    assert editor.toPlainText().startswith("- one\n  - two\n- three")
    at("second")
    press(Qt.Key.Key_Tab)  # under "1. first": at its text column
    assert "1. first\n   2. second" in editor.toPlainText()
    at("one")
    press(Qt.Key.Key_Tab)  # the first item has nothing to nest in: unchanged, focus kept
    assert editor.toPlainText().startswith("- one\n")
    assert QApplication.focusWidget() is editor
    window.actions["undo"].trigger()  # each Tab was one step
    assert "1. first\n2. second" in editor.toPlainText()
    at("paragraph")
    press(Qt.Key.Key_Tab)  # not a list line: Tab moves on
    assert QApplication.focusWidget() is not editor


def test_nesting_four_levels_deep(window: MainWindow) -> None:
    editor = body_of(window, "- one\n- two\n- three\n- four")
    for depth, words in enumerate(("two", "three", "four"), start=1):
        select(editor, words)
        for _ in range(depth):
            QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert release_body(window) == "- one\n    - two\n        - three\n            - four"


def test_backspace_at_the_start_of_an_item_removes_its_bullet(window: MainWindow) -> None:
    editor = body_of(window, "- harbour\n- quay")
    cursor = editor.document().find("quay")
    cursor.setPosition(cursor.selectionStart())
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)  # the item above takes it as a paragraph
    assert body_html(release_body(window)) == \
        "<ul>\n<li>\n<p>harbour</p>\n<p>quay</p>\n</li>\n</ul>\n"
    cursor = editor.document().find("harbour")
    cursor.setPosition(cursor.selectionStart())
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)  # the first item: out of the list
    assert release_body(window).startswith("harbour")


def test_toolbar_makes_lists_quotes_and_subheadings(window: MainWindow) -> None:
    editor = body_of(window, "Opening weekend\n\nfree crossings\n\nguided tours\n\nsaid the mayor")
    actions = window.form.body.actions_by_name
    select(editor, "Opening weekend")
    actions["heading"].trigger()
    cursor = editor.document().find("free crossings")
    cursor.setPosition(editor.document().find("guided tours").selectionEnd(),
                       QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    actions["numbers"].trigger()
    select(editor, "said the mayor")
    actions["quote"].trigger()
    assert release_body(window) == (
        "## Opening weekend\n\n1. free crossings\n2. guided tours\n\n> said the mayor")
    select(editor, "free crossings")
    actions["bullets"].trigger()  # a numbered item made bulleted
    assert release_body(window).startswith("## Opening weekend\n\n- free crossings")
    select(editor, "Opening weekend")
    actions["heading"].trigger()  # and back to a paragraph
    assert release_body(window).startswith("Opening weekend\n\n")


def test_pasting_from_a_browser_keeps_the_formatting(window: MainWindow) -> None:
    editor = body_of(window, "")
    clipboard_html(drafts.EMAIL_HTML, "plain words only")
    editor.paste()
    body = release_body(window)
    assert "**Monday**" in body and "[our site](https://calloway-harbour.example/taxis)" in body
    assert "1. Boats run every ten minutes.\n    - Later at weekends." in body
    assert "script" not in body and "javascript" not in body
    editor.selectAll()
    editor.paste_plain_action.trigger()
    assert release_body(window) == "plain words only"
    QGuiApplication.clipboard().clear()


def test_pasting_into_the_middle_of_a_paragraph(window: MainWindow) -> None:
    editor = body_of(window, "Before after.")
    cursor = editor.document().find("after")
    cursor.setPosition(cursor.selectionStart())
    editor.setTextCursor(cursor)
    clipboard_html("<p>one <b>two</b></p><ul><li>three</li></ul>", "one two three")
    editor.paste()
    assert release_body(window) == "Before\n\none **two**\n\n- three\n\nafter."
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)  # one paste, one undo
    assert release_body(window) == "Before after."
    QGuiApplication.clipboard().clear()


def test_copy_carries_markdown_and_the_exports_html(window: MainWindow) -> None:
    editor = body_of(window, "Ride **free** at [the quay](https://x.example).\n\n- one\n- two")
    editor.selectAll()
    editor.copy()
    data = QGuiApplication.clipboard().mimeData()
    assert bytes(data.data(MARKDOWN_MIME).data()).decode() == release_body(window)
    assert data.html() == body_html(release_body(window))
    assert "Ride free at the quay." in data.text()
    window.form.body.set_view(MARKDOWN)
    markdown = window.form.body.editor
    assert isinstance(markdown, MarkdownEdit)
    markdown.setPlainText("")
    markdown.paste()  # our own copy: its Markdown, exactly
    assert markdown.toPlainText() == \
        "Ride **free** at [the quay](https://x.example).\n\n- one\n- two"
    QGuiApplication.clipboard().clear()


def test_typing_after_a_link_is_not_part_of_it(window: MainWindow) -> None:
    editor = body_of(window, "See [the timetable](https://x.example)")
    QTest.keyClicks(editor, " today")
    assert release_body(window) == "See [the timetable](https://x.example) today"
    cursor = editor.document().find("time")
    cursor.setPosition(cursor.selectionEnd())
    editor.setTextCursor(cursor)
    QTest.keyClicks(editor, "-")  # inside the link, words join it
    assert release_body(window) == "See [the time-table](https://x.example) today"


def test_a_link_shows_its_address_on_hover(window: MainWindow) -> None:
    editor = body_of(window, "See [the timetable](https://x.example/t)")
    select(editor, "timetable")
    fmt = editor.textCursor().charFormat()
    assert fmt.toolTip() == "https://x.example/t" and fmt.fontUnderline()


def test_ctrl_k_links_the_selection_in_both_views(window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str, bool]] = []

    def answer(parent: QWidget, text: str, address: str, editing: bool,
               then: Callable[[link_dialog.LinkAnswer], object]) -> None:
        asked.append((text, address, editing))
        then(link_dialog.LinkAnswer(text, "https://calloway-harbour.example/ferries"))

    monkeypatch.setattr(link_dialog, "ask_link", answer)
    editor = body_of(window, "Plan a trip with the timetable.")
    select(editor, "the timetable")
    QTest.keyClick(editor, Qt.Key.Key_K, CTRL)
    assert asked == [("the timetable", "", False)]
    assert release_body(window) == \
        "Plan a trip with [the timetable](https://calloway-harbour.example/ferries)."
    select(editor, "time")
    QTest.keyClick(editor, Qt.Key.Key_K, CTRL)  # in a link: that link, to change
    assert asked[-1] == ("the timetable", "https://calloway-harbour.example/ferries", True)
    window.form.body.set_view(MARKDOWN)
    markdown = window.form.body.editor
    markdown.setPlainText("Plan a trip with the timetable.")
    cursor = markdown.document().find("the timetable")
    markdown.setTextCursor(cursor)
    markdown.setFocus()
    QTest.keyClick(markdown, Qt.Key.Key_K, CTRL)
    assert markdown.toPlainText() == \
        "Plan a trip with [the timetable](https://calloway-harbour.example/ferries)."


def test_spaces_at_the_ends_of_a_selection_stay_outside_the_link(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(parent: QWidget, text: str, address: str, editing: bool,
               then: Callable[[link_dialog.LinkAnswer], object]) -> None:
        asked.append(text)
        then(link_dialog.LinkAnswer(text, "https://calloway-harbour.example/ferries"))

    monkeypatch.setattr(link_dialog, "ask_link", answer)
    editor = body_of(window, "Plan a trip with the timetable and go.")
    select(editor, " the timetable ")
    QTest.keyClick(editor, Qt.Key.Key_K, CTRL)
    assert asked == ["the timetable"]
    assert release_body(window) == \
        "Plan a trip with [the timetable](https://calloway-harbour.example/ferries) and go."
    window.form.body.set_view(MARKDOWN)
    markdown = window.form.body.editor
    markdown.setPlainText("Plan a trip with the timetable and go.")
    markdown.setTextCursor(markdown.document().find(" the timetable "))
    markdown.setFocus()
    QTest.keyClick(markdown, Qt.Key.Key_K, CTRL)
    assert markdown.toPlainText() == \
        "Plan a trip with [the timetable](https://calloway-harbour.example/ferries) and go."


def test_removing_and_retexting_a_link(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = body_of(window, "See [the timetable](https://x.example) now")
    select(editor, "time")
    monkeypatch.setattr(link_dialog, "ask_link",
                        lambda *args: args[-1](link_dialog.LinkAnswer("the new timetable",
                                                                      "https://y.example")))
    editor.edit_link()
    assert release_body(window) == "See [the new timetable](https://y.example) now"
    select(editor, "new")
    monkeypatch.setattr(link_dialog, "ask_link",
                        lambda *args: args[-1](link_dialog.LinkAnswer("the new timetable",
                                                                      None)))
    editor.edit_link()
    assert release_body(window) == "See the new timetable now"


# -- the two views ------------------------------------------------------------------------


def test_switching_views_never_changes_the_body(window: MainWindow) -> None:
    original = release_body(window)
    action = window.actions["body_markdown"]
    action.trigger()
    assert window.form.body.view == MARKDOWN and window.settings.body_view == MARKDOWN
    assert window.form.body.editor.toPlainText() == original  # unedited: exactly the file's
    action.trigger()
    assert window.form.body.view == FORMATTED and window.settings.body_view == FORMATTED
    assert release_body(window) == original
    assert not window.manager.modified


def test_edits_cross_over_and_the_body_history_reaches_back_across_a_view_switch(
        window: MainWindow) -> None:
    editor = body_of(window, "Harbour news.")
    select(editor, "news")
    QTest.keyClick(editor, Qt.Key.Key_B, CTRL)
    window.form.body.set_view(MARKDOWN)
    markdown = window.form.body.editor
    assert markdown.toPlainText() == "Harbour **news**."
    markdown.setFocus()
    markdown.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(markdown, " *More* soon.")
    assert release_body(window) == "Harbour **news**. *More* soon."
    window.form.body.set_view(FORMATTED)
    formatted = window.form.body.editor
    assert isinstance(formatted, FormattedEdit)
    select(formatted, "More")
    assert editor.textCursor().charFormat().fontItalic()
    # The Markdown view's steps stay in the release's history, as text snapshots.
    history = window.form.history
    assert [step.field for step in history.steps].count("body") == 3  # bold, two words
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, " Today is calm.")
    assert release_body(window) == "Harbour **news**. *More* soon. Today is calm."
    undone = []
    while history.undo():  # word by word, across the switch, back to the file
        undone.append(release_body(window))
    before = "Harbour **news**. *More* soon."
    assert undone[:3] == [before + " Today is", before + " Today", before]
    assert undone[3:] == ["Harbour **news**. *More*", "Harbour **news**.", "Harbour news."]
    assert window.form.body.editor.toPlainText() == "Harbour news."
    assert history.redo()
    assert release_body(window) == "Harbour **news**."
    while history.redo():
        pass
    assert release_body(window) == before + " Today is calm."


def test_a_readiness_finding_focuses_the_body_in_either_view(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    editor = body_of(window, "")
    QTest.keyClicks(editor, "Too short.")  # under 100 words: a finding about the body
    window.scheduler.render_now()

    def body_finding() -> QListWidgetItem | None:
        for row, finding in enumerate(window.readiness.findings):
            if finding.field == "body":
                return window.readiness.item(row)
        return None

    qtbot.waitUntil(lambda: body_finding() is not None, timeout=5000)
    for view in (FORMATTED, MARKDOWN):
        window.form.body.set_view(view)
        window.form.headline.setFocus()
        window.readiness.itemClicked.emit(body_finding())
        assert QApplication.focusWidget() is window.form.body.editor, view


def test_the_view_is_remembered(tmp_path: Path) -> None:
    from releasedesk.settings import load_settings, save_settings

    path = tmp_path / "settings.json"
    assert load_settings(path).body_view == FORMATTED  # a new user
    path.write_text('{"preview_zoom": 1}', encoding="utf-8")
    assert load_settings(path).body_view == MARKDOWN  # settings from before: Markdown kept
    settings = load_settings(path)
    settings.body_view = FORMATTED
    save_settings(settings, path)
    assert load_settings(path).body_view == FORMATTED


def test_a_window_starts_in_the_remembered_view(qtbot: QtBot, tmp_path: Path) -> None:
    made = MainWindow(Settings(body_view=MARKDOWN), FakePrompts(),
                      RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    assert isinstance(made.form.body.editor, MarkdownEdit)
    assert made.actions["body_markdown"].isChecked()
    assert FORMATTED not in made.form.body._views  # built only when first shown
    made.close()


def test_a_read_only_release_cannot_be_edited_in_either_view(window: MainWindow) -> None:
    window.form.set_release(window.manager.release, read_only=True)
    for view in (FORMATTED, MARKDOWN):
        window.form.body.set_view(view)
        assert not window.form.body.editor.isEnabled()


def test_a_file_dropped_on_the_body_is_not_typed_into_it(window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    editor = body_of(window, "Words.")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile("/tmp/story.release")])
    dropped.setText("/tmp/story.release")
    assert not editor.canInsertFromMimeData(dropped)  # the window opens it instead
    pasted = QMimeData()
    pasted.setText("plain words")
    assert editor.canInsertFromMimeData(pasted)
