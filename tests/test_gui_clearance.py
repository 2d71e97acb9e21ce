"""Clearance in the editor: status shown and kept honest, sign off, changes since approval,
history and restore, compare with another draft, the sign-off sheet, damaged history."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.clearance.fingerprint import fingerprint
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.clearance.history_dialog import HistoryDialog
from releasedesk.gui.clearance.redline import RedlineDialog
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from conftest import SAMPLES
from gui_helpers import FakePrompts, opens, wait_for_tasks

WIRE = SAMPLES / "tidewater-ferry-terminal.release"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    story = tmp_path / "story.release"
    shutil.copy(WIRE, story)
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    assert opens(made, story)
    made.scheduler.render_now()
    yield made
    made.manager.modified = False
    made.close()


def prompts(window: MainWindow) -> FakePrompts:
    assert isinstance(window.prompts, FakePrompts)
    return window.prompts


def sign(window: MainWindow, name: str = "Li Wei", role: str = "Director") -> None:
    prompts(window).signoff_answer = (name, role, "Cleared")
    window.actions["sign_off"].trigger()
    window.scheduler.render_now()


def edit_headline(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.form.headline.setFocus()
    window.form.headline.end(False)
    QTest.keyClicks(window.form.headline, text)
    qtbot.waitUntil(lambda: window.clearance.fingerprint == fingerprint(window.manager.release),
                    timeout=5000)


def test_status_in_title_and_status_bar_follows_signoff_and_edits(window: MainWindow,
                                                                  qtbot: QtBot) -> None:
    assert "— Draft — ReleaseDesk" in window.windowTitle()
    assert window.clearance.label.text() == "Draft"
    sign(window)
    assert "— Approved — ReleaseDesk" in window.windowTitle()
    asked_print, _, errors = prompts(window).signoff_asked[0]
    assert asked_print == fingerprint(window.manager.release) and errors == 0
    # The sign-off is saved at once: it is part of the record.
    assert window.manager.path is not None
    on_disk = document.load(window.manager.path)
    assert [s.name for s in on_disk.clearance.signoffs] == ["Li Wei"]
    assert not window.manager.modified
    edit_headline(window, qtbot, " Today")
    assert "— In review — ReleaseDesk" in window.windowTitle()
    assert window.clearance.label.text().startswith(
        "In review: changed since Director Li Wei approved it on ")
    assert any(f.code == "approval_stale" for f in window.readiness.findings)


def test_changes_since_approval_shows_the_changed_words(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    sign(window)
    edit_headline(window, qtbot, " Today")
    window.actions["changes_since_approval"].trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, RedlineDialog)
    assert dialog.heading.text().startswith("Changes since Director Li Wei approved it on")
    (change,) = dialog.view.changes
    assert change.key == "headline" and change.added.endswith(" Today")
    assert change.removed == change.added.removesuffix(" Today")
    assert "underline" in dialog.view.toHtml() and "Today" in dialog.view.toPlainText()
    dialog.close()


def test_history_restores_an_earlier_version(window: MainWindow, qtbot: QtBot) -> None:
    original = window.manager.release.headline
    window.manager.save()
    edit_headline(window, qtbot, " Today")
    window.manager.save()
    window.actions["history"].trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    assert [c.key for c in dialog.view.changes] == ["headline"]
    dialog.restore_button.click()
    assert window.manager.release.headline == original
    assert window.form.headline.text() == original
    assert window.manager.modified


def test_compare_with_another_draft(window: MainWindow, tmp_path: Path) -> None:
    other = document.load(WIRE)
    other.body = other.body.replace("today opened", "yesterday opened", 1)
    document.save(other, tmp_path / "older.release")
    prompts(window).next_path = tmp_path / "older.release"
    window.actions["compare_with"].trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, RedlineDialog)
    (change,) = dialog.view.changes
    assert (change.label(), change.removed.split()[:6]) == (
        "Body, paragraph 1", ["The", "Calloway", "Harbour", "Authority", "yesterday", "opened"])
    (tmp_path / "broken.release").write_text("{", "utf-8")
    prompts(window).next_path = tmp_path / "broken.release"
    window.actions["compare_with"].trigger()
    assert "broken.release is damaged" in prompts(window).errors[-1]


def test_published_only_once_approved_and_sheet_export(window: MainWindow,
                                                       tmp_path: Path) -> None:
    assert not window.actions["mark_published"].isEnabled()
    sign(window)
    assert window.actions["mark_published"].isEnabled()
    window.actions["mark_published"].trigger()
    window.scheduler.render_now()
    assert "— Published — ReleaseDesk" in window.windowTitle()
    prompts(window).next_path = tmp_path / "sheet.docx"
    window.actions["signoff_sheet"].trigger()
    wait_for_tasks()
    cells = [c.text for t in docx.Document(str(tmp_path / "sheet.docx")).tables
             for row in t.rows for c in row.cells]
    assert "Li Wei" in cells and "Published" in cells


def test_a_refused_signoff_is_one_sentence(window: MainWindow) -> None:
    prompts(window).signoff_answer = ("Li\x07", "Director", "")
    window.actions["sign_off"].trigger()
    assert prompts(window).errors == [
        "The name of a sign-off holds control characters (a line break, a tab …); type it on "
        "one line again."]
    assert window.manager.release.clearance.signoffs == []


def test_a_damaged_history_opens_with_one_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    release = document.load(WIRE)
    path = tmp_path / "damaged.release"
    document.save(release, path)
    data = json.loads(path.read_text("utf-8"))
    data["history"][0]["fingerprint"] = "sha256:" + "0" * 64
    path.write_text(json.dumps(data), "utf-8")
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    assert opens(made, path)
    assert made.form.headline.text() == release.headline
    errors = prompts(made).errors
    assert len(errors) == 1 and "history of damaged.release is damaged" in errors[0]
    made.manager.modified = False
    made.close()


def test_export_all_from_the_editor_verifies(window: MainWindow, tmp_path: Path) -> None:
    from releasedesk.clearance.verify import verify
    from releasedesk.render import FORMATS

    sign(window)
    folder = tmp_path / "web"
    folder.mkdir()
    prompts(window).next_folder = folder
    window.export_all()
    wait_for_tasks()
    verdict = verify(folder)
    assert verdict.ok and verdict.checked == len([f for f in FORMATS.values() if f.in_all])
    assert verdict.manifest["release"]["file"] == "story.release"
