"""The editor, driven as a user would (offscreen): form → preview, lifecycle, exports."""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.errors import ReleaseDeskError
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.prompts import Choice, DiskChoice
from releasedesk.gui.preview.preview_pane import TEXT, WEB, WORD
from releasedesk.gui.widgets.wrapping_line import WrappingLine
from releasedesk.locks import lock_path
from releasedesk.model import Contact
from releasedesk.recovery import RecoveryStore
from releasedesk.render import FORMATS
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, cell, menu_of, opens, prompts_of, wait_for_tasks, went
from helpers import make_release

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A copy of the wire sample to edit."""
    target = tmp_path / "story.release"
    shutil.copy(WIRE, target)
    return target


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def factory() -> MainWindow:
        prompts = FakePrompts()
        window = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.manager.modified = False
        window.close()



def preview_has(window: MainWindow, text: str, tabs: tuple[int, ...] = (WEB, WORD, TEXT)) -> bool:
    return all(text in window.preview.content(tab) for tab in tabs)


def type_into(widget: QWidget, text: str) -> None:
    """Type like a user: key by key, Return for a new line; at the end unless text is selected."""
    widget.setFocus()
    if isinstance(widget, QLineEdit | WrappingLine) and not widget.hasSelectedText():
        widget.end(False)
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(widget, line)


def test_typing_in_each_field_updates_every_preview_tab(qtbot: QtBot,
                                                        make_window: Callable[[], MainWindow],
                                                        work: Path) -> None:
    window = make_window()
    assert opens(window, work)
    form = window.form
    form.headline.selectAll()
    type_into(form.headline, "Harbour opens quay")
    type_into(form.subheadline, " plus more")
    form.dateline.selectAll()
    type_into(form.dateline, "NEW HAVEN")
    form.organization.selectAll()
    type_into(form.organization, "Quay Trust")
    form.body.editor.moveCursor(form.body.editor.textCursor().MoveOperation.End)
    type_into(form.body.editor, "\n\nA brand-new closing paragraph.")
    form.boilerplate.selectAll()
    type_into(form.boilerplate, "Quay Trust keeps the quay.")
    cell(form.contacts.table, 0, 0).setText("Robin Ferrier")
    for expected in ("Harbour opens quay", "plus more", "NEW HAVEN", "About Quay Trust",
                     "A brand-new closing paragraph.", "Quay Trust keeps the quay.",
                     "Robin Ferrier"):
        qtbot.waitUntil(functools.partial(preview_has, window, expected), timeout=30_000)
    # What is on screen is what the tab holds, once the tab is shown.
    for tab in (WEB, WORD, TEXT):
        window.preview.setCurrentIndex(tab)
        page, widget = window.preview.widget(tab), window.preview.view(tab)
        assert (page is not None and page.isAncestorOf(widget)) or widget is page
        assert widget.isVisibleTo(window.preview)
        assert "A brand-new closing paragraph." in widget.toPlainText()
    assert window.manager.modified
    assert window.isWindowModified()


def test_text_tab_is_the_text_export_verbatim(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                              work: Path) -> None:
    from releasedesk.exporting import draft_bytes

    window = make_window()
    window.open_path(work)
    qtbot.waitUntil(lambda: window.preview.result is not None, timeout=5000)
    assert window.preview.content(TEXT) == draft_bytes(document.load(work), "txt").decode()


def test_save_and_reopen_round_trip(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                    work: Path) -> None:
    window = make_window()
    window.open_path(work)
    window.form.headline.selectAll()
    type_into(window.form.headline, "Saved through the GUI")
    window.actions["save"].trigger()
    assert not window.manager.modified
    assert document.load(work).headline == "Saved through the GUI"
    assert str(work.resolve()) in window.settings.recent_files
    window.close()
    again = make_window()
    again.open_path(work)
    assert again.form.headline.text() == "Saved through the GUI"
    assert again.windowTitle().startswith("story.release")


def test_save_as_untitled(qtbot: QtBot, make_window: Callable[[], MainWindow],
                          tmp_path: Path) -> None:
    window = make_window()
    window.actions["new"].trigger()
    type_into(window.form.headline, "Fresh release")
    target = tmp_path / "fresh.release"
    prompts_of(window).next_path = target
    window.actions["save"].trigger()
    assert document.load(target).headline == "Fresh release"
    assert window.manager.path == target


def test_unsaved_changes_guard_on_close(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                        work: Path) -> None:
    window = make_window()
    window.open_path(work)
    window.show()
    type_into(window.form.headline, " changed")
    prompts = prompts_of(window)
    prompts.unsaved_answer = Choice.CANCEL
    assert not window.close()
    assert window.isVisible() and prompts.unsaved_asked == 1
    prompts.unsaved_answer = Choice.SAVE
    assert window.close()
    assert document.load(work).headline.endswith(" changed")
    assert prompts.unsaved_closing == [True, True]  # (asked about closing, both times)


def test_guard_on_new_and_open_discard(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                       work: Path, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(work)
    type_into(window.form.headline, "X")
    prompts = prompts_of(window)
    prompts.unsaved_answer = Choice.CANCEL
    window.new_document()
    assert window.manager.path == work
    prompts.unsaved_answer = Choice.DISCARD
    other = tmp_path / "other.release"
    document.save(make_release(headline="Other"), other)
    assert opens(window, other)
    assert window.form.headline.text() == "Other"
    assert document.load(work).headline == document.load(WIRE).headline
    # Asked about opening another release, not about closing (nothing was being closed).
    assert prompts.unsaved_closing == [False, False]


def test_failed_open_keeps_the_current_document(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                                work: Path, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(work)
    type_into(window.form.headline, " edited")
    broken = tmp_path / "broken.release"
    broken.write_text("{not json", encoding="utf-8")
    prompts_of(window).unsaved_answer = Choice.DISCARD
    assert not opens(window, broken)
    # Plain words for a damaged file; the technical detail is behind "Show Details…".
    assert prompts_of(window).errors == []
    [(name, details)] = prompts_of(window).damaged
    assert name == "broken.release" and "invalid JSON at line 1" in details
    assert window.manager.path == work
    assert broken.read_text(encoding="utf-8") == "{not json"


def test_newer_version_is_refused_in_a_dialog(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                              tmp_path: Path) -> None:
    newer = tmp_path / "newer.release"
    newer.write_text(json.dumps({**document.to_dict(make_release()), "version": 9}), "utf-8")
    window = make_window()
    assert not opens(window, newer)
    assert "newer ReleaseDesk" in prompts_of(window).errors[0]


def test_failed_save_keeps_text_and_file(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                         work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.open_path(work)
    before = work.read_bytes()
    type_into(window.form.headline, " unsaved")

    def full(*args: object, **kwargs: object) -> None:
        raise ReleaseDeskError("Could not save story.release: the disk is full.")

    monkeypatch.setattr(document, "save", full)
    assert not went(window.manager.save)
    assert prompts_of(window).errors == ["Could not save story.release: the disk is full."]
    assert window.manager.modified
    assert window.form.headline.text().endswith(" unsaved")
    assert work.read_bytes() == before


def test_external_change_is_detected_before_saving(qtbot: QtBot,
                                                   make_window: Callable[[], MainWindow],
                                                   work: Path) -> None:
    window = make_window()
    window.open_path(work)
    document.save(make_release(headline="Changed by a colleague"), work)
    type_into(window.form.headline, " mine")
    prompts = prompts_of(window)
    assert prompts.disk_answer is DiskChoice.CANCEL
    assert not went(window.manager.save)
    assert len(prompts.disk_asked) == 1
    assert document.load(work).headline == "Changed by a colleague"
    prompts.disk_answer = DiskChoice.OVERWRITE
    assert went(window.manager.save)
    assert document.load(work).headline.endswith(" mine")


def test_lock_makes_a_second_window_read_only(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                              work: Path) -> None:
    first = make_window()
    first.open_path(work)
    assert lock_path(work).exists()
    second = make_window()
    assert opens(second, work)
    assert second.manager.read_only
    # Said once the window has been painted (at start-up it is not shown yet).
    qtbot.waitUntil(lambda: bool(prompts_of(second).infos), timeout=5000)
    assert "read-only" in prompts_of(second).infos[0]
    assert "read-only" in second.windowTitle()
    assert not second.form.headline.isEnabled()
    # Saving from the read-only window asks for another name; refusing writes nothing.
    before = work.read_bytes()
    prompts_of(second).next_path = None
    assert not went(second.manager.save)
    prompts_of(second).next_path = work
    assert not went(second.manager.save)
    assert "is open in ReleaseDesk" in prompts_of(second).errors[-1]
    assert work.read_bytes() == before
    first.manager.modified = False
    first.close()
    assert not lock_path(work).exists()


def test_stale_lock_from_a_dead_process_is_taken_over(qtbot: QtBot,
                                                      make_window: Callable[[], MainWindow],
                                                      work: Path) -> None:
    import socket

    lock_path(work).write_text(json.dumps({"user": "ghost", "host": socket.gethostname(),
                                           "pid": 2**22 + 12345, "since": "2026-01-01T00:00:00",
                                           "token": "old"}), encoding="utf-8")
    window = make_window()
    window.open_path(work)
    assert not window.manager.read_only
    assert json.loads(lock_path(work).read_text())["token"] != "old"


def test_recovery_copy_written_after_idle_and_removed_on_save(qtbot: QtBot,
                                                              make_window: Callable[[], MainWindow],
                                                              work: Path,
                                                              tmp_path: Path) -> None:
    window = make_window()
    window.open_path(work)
    type_into(window.form.headline, " draft")
    recovery = tmp_path / "recovery"
    qtbot.waitUntil(lambda: any(recovery.glob("*.release")), timeout=6000)
    copy = next(recovery.glob("*.release"))
    assert document.load(copy).headline.endswith(" draft")
    assert document.load(work).headline == document.load(WIRE).headline  # never the user's file
    window.manager.save()
    assert not any(recovery.glob("*.release"))


def test_every_export_action_writes_its_file(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                             work: Path, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(work)
    prompts = prompts_of(window)
    out = tmp_path / "out"
    out.mkdir()
    for fmt, spec in FORMATS.items():
        name = f"a{spec.suffix}"
        prompts.next_path = out / name
        window.actions[f"export_{fmt}"].trigger()
        wait_for_tasks()
        assert (out / name).stat().st_size > 100, fmt
    assert (out / "a.docx").read_bytes()[:2] == b"PK"
    assert (out / "a.pdf").read_bytes()[:5] == b"%PDF-"
    folder = tmp_path / "all"
    folder.mkdir()
    prompts.next_folder = folder
    window.actions["export_all"].trigger()
    wait_for_tasks()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["manifest.json", *(f"story{spec.suffix}" for spec in FORMATS.values() if spec.in_all)])
    assert window.settings.last_export_folder == str(folder)
    prompts.next_path = tmp_path / "gone" / "x.html"
    window.actions["export_html"].trigger()
    wait_for_tasks()
    assert "folder does not exist" in prompts.errors[-1]


def test_clipboard_copies(qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    window.open_path(work)
    window.actions["copy_fragment"].trigger()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text().startswith('<article class="press-release"')
    assert "Tidewater Ferry Terminal" in clipboard.mimeData().html()
    window.actions["copy_text"].trigger()
    assert clipboard.text().startswith("FOR IMMEDIATE RELEASE\n\n")


def test_readiness_panel_reacts_and_focuses_the_field(qtbot: QtBot,
                                                      make_window: Callable[[], MainWindow],
                                                      work: Path) -> None:
    window = make_window()
    window.open_path(work)
    window.show()
    window.form.headline.selectAll()
    QTest.keyClick(window.form.headline, Qt.Key.Key_Delete)

    def missing_item() -> QListWidgetItem | None:
        for row in range(window.readiness.count()):
            item = window.readiness.item(row)
            if "The headline is missing." in item.text():
                return item
        return None

    qtbot.waitUntil(lambda: missing_item() is not None, timeout=5000)
    window.form.body.editor.setFocus()
    window.readiness.itemClicked.emit(missing_item())
    assert QApplication.focusWidget() is window.form.headline
    type_into(window.form.headline, "Back again")
    qtbot.waitUntil(lambda: missing_item() is None, timeout=5000)


def test_status_bar_counts(qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    english = QTranslator()  # (the English plural forms, as the editor installs them)
    assert english.load(str(Path(__file__).parents[1] / "resources" / "translations"
                            / "releasedesk_en.qm"))
    QCoreApplication.installTranslator(english)
    try:
        _status_bar_counts(qtbot, make_window, work)
    finally:
        QCoreApplication.removeTranslator(english)


def _status_bar_counts(qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    window = make_window()
    window.open_path(work)
    qtbot.waitUntil(lambda: "words" in window.words_label.text(), timeout=5000)
    assert "min read" in window.words_label.text()
    assert window.saved_label.text() == "Saved"
    # The noun agrees with the count, and large counts are grouped as elsewhere.
    for words, said in ((1, "1 word ·"), (2, "2 words ·"), (1234, "1,234 words ·")):
        window.form.body.editor.setPlainText(" ".join(["tide"] * words))
        def shows(said: str = said) -> bool:
            return window.words_label.text().startswith(said)

        qtbot.waitUntil(shows, timeout=5000)
    assert "characters" in window.words_label.text() and "6,169 characters" in \
        window.words_label.text()


def test_embargo_picker_appears_and_sets_the_time(qtbot: QtBot,
                                                  make_window: Callable[[], MainWindow],
                                                  work: Path) -> None:
    window = make_window()
    window.open_path(work)
    window.show()
    assert not window.form.embargo_row.isVisible()
    window.form.status.setCurrentIndex(1)
    assert window.form.embargo_row.isVisible()
    window.form.embargo_zone.setCurrentText("Europe/Berlin")
    release = window.manager.release
    assert release.status == "embargoed"
    assert release.embargo_until is not None and release.embargo_zone == "Europe/Berlin"
    qtbot.waitUntil(lambda: preview_has(window, "EMBARGOED UNTIL", (TEXT,)), timeout=5000)


def test_body_toolbar_edits_markdown(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.form.body.set_view("markdown")
    editor = window.form.body.editor
    editor.setPlainText("important words")
    editor.selectAll()
    window.form.body.actions_by_name["bold"].trigger()
    assert editor.toPlainText() == "**important words**"
    editor.setPlainText("one\ntwo")
    editor.selectAll()
    window.form.body.actions_by_name["numbers"].trigger()
    assert editor.toPlainText() == "1. one\n2. two"
    window.form.body.actions_by_name["bullets"].trigger()
    assert editor.toPlainText() == "- one\n- two"
    editor.undo()
    assert editor.toPlainText() == "1. one\n2. two"


def test_contacts_table_add_remove_reorder_and_mark(qtbot: QtBot,
                                                    make_window: Callable[[], MainWindow],
                                                    work: Path) -> None:
    window = make_window()
    window.open_path(work)
    table = window.form.contacts
    release = window.manager.release
    table.add_contact()
    assert len(release.contacts) == 3
    cell(table.table, 2, 0).setText("New Person")
    cell(table.table, 2, 4).setText("not-an-email")
    assert release.contacts[2].email == "not-an-email"  # kept as typed
    assert cell(table.table, 2, 4).toolTip() != ""
    table.table.setCurrentCell(2, 0)
    table.move_selected(-1)
    assert release.contacts[1].name == "New Person"
    table.remove_selected()
    assert [c.name for c in release.contacts] == ["Dana Whitlock", "Tomasz Lerner"]
    assert window.manager.modified


def test_find_and_replace_in_body(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                  work: Path) -> None:
    window = make_window()
    window.open_path(work)
    dialog = window.find_replace()
    dialog.match_case.setChecked(True)
    dialog.find_text.setText("ferry")
    dialog.replace_text.setText("boat")
    count = dialog.replace_all()
    assert count >= 2
    assert "ferry" not in window.manager.release.body.replace("Ferry", "")
    window.form.body.editor.undo()  # the body's replacements are one step
    assert window.manager.release.body == document.load(work).body


def test_edit_menu_undo_acts_on_the_focused_field(qtbot: QtBot,
                                                  make_window: Callable[[], MainWindow],
                                                  work: Path) -> None:
    window = make_window()
    window.open_path(work)
    window.show()
    type_into(window.form.dateline, "X")
    assert window.form.dateline.text().endswith("X")
    window.actions["undo"].trigger()
    assert not window.form.dateline.text().endswith("X")
    window.actions["redo"].trigger()
    assert window.form.dateline.text().endswith("X")


def test_drop_a_release_file_opens_it(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                      work: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(work))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.manager.path == work


def test_view_menu_toggles_preview_and_zooms(qtbot: QtBot,
                                             make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.show()
    window.actions["show_preview"].trigger()
    assert not window.right.isVisible() and not window.settings.preview_visible
    window.actions["show_preview"].trigger()
    assert window.right.isVisible()
    window.actions["zoom_in"].trigger()
    window.actions["zoom_in"].trigger()
    assert window.preview.zoom == 2 and window.settings.preview_zoom == 2
    window.actions["zoom_reset"].trigger()
    assert window.preview.zoom == 0


def test_settings_are_saved_on_close(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                     work: Path) -> None:
    from releasedesk import paths
    from releasedesk.settings import load_settings

    window = make_window()
    window.open_path(work)
    window.show()
    window.close()
    saved = load_settings()
    assert saved.window_geometry and len(saved.splitter_sizes) == 2
    assert saved.recent_files == [str(work.resolve())]
    assert paths.settings_file().is_relative_to(os.environ["XDG_CONFIG_HOME"])


def test_every_menu_entry_is_wired(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    for menu_action in window.menuBar().actions():
        menu = menu_of(menu_action)
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert action.receivers("2triggered(bool)") > 0, action.text()


def test_replace_puts_the_cursor_in_what_to_find_first(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    """Found by the tester: Ctrl+H put the cursor in "Replace with" before anything was
    looked for. It goes to what to find; once that is there, to the replacement."""
    window = make_window()
    window.open_path(work)
    window.show()
    dialog = window.replace()
    assert dialog.focusWidget() is dialog.find_text
    dialog.find_text.setText("ferry")
    dialog.replace_text.setText("boat")
    dialog.hide()
    again = window.replace()
    assert again.focusWidget() is again.replace_text
    assert again.replace_text.selectedText() == "boat"


@pytest.mark.parametrize("writable", [True, False])
def test_a_release_in_a_folder_it_cannot_be_saved_in_says_so_on_opening(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path,
        monkeypatch: pytest.MonkeyPatch, writable: bool) -> None:
    """Found by the tester: a release opened from a read-only folder said nothing until the
    first save failed."""
    from releasedesk import files

    asked: list[Path] = []

    def can_write_beside(path: Path | str) -> bool:
        asked.append(Path(path))
        return writable

    monkeypatch.setattr(files, "can_write_beside", can_write_beside)
    window = make_window()
    window.open_path(work)
    assert asked == [work]
    message = window.statusBar().currentMessage()
    assert ("cannot write to" in message and "Save As" in message) == (not writable)
    assert not prompts_of(window).infos  # a note in the status bar, not a dialog


def test_can_write_beside_asks_the_folder(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from releasedesk import files

    assert files.can_write_beside(tmp_path / "story.release")
    assert not files.can_write_beside(tmp_path / "no such folder" / "story.release")
    seen: list[tuple[str, int]] = []

    def access(path: str, mode: int) -> bool:
        seen.append((path, mode))
        return False

    monkeypatch.setattr(os, "access", access)
    assert not files.can_write_beside(tmp_path / "story.release")
    assert seen == [(str(tmp_path), os.W_OK | os.X_OK)]


@pytest.mark.parametrize("blank_at", [None, 0, 1])
def test_add_goes_to_the_empty_row_before_making_another(
        qtbot: QtBot, make_window: Callable[[], MainWindow], blank_at: int | None) -> None:
    """A new release starts with an empty contact row; Add opens it (or any empty row)
    rather than adding a second, so no empty contact is saved beside the one typed."""
    window = make_window()
    table = window.form.contacts
    named = [Contact("Ana Ortiz", email="press@calloway-harbour.example")]
    start = list(named)
    if blank_at is not None:
        start.insert(blank_at, Contact())
    table.set_contacts(start)
    before = len(table.contacts)
    table.add_contact()
    expected_row = blank_at if blank_at is not None else len(named)
    assert len(table.contacts) == (before if blank_at is not None else before + 1)
    assert table.table.currentRow() == expected_row
    cell(table.table, expected_row, 0).setText("Tomasz Lerner")
    assert sorted(c.name for c in table.contacts) == ["Ana Ortiz", "Tomasz Lerner"]
