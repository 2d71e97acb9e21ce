"""Text read from files is shown as typed wherever a label says it: a headline, a file's
name, a link's path holding "<h1>", "<img src=…>" or "<font>" is never laid out as markup
(Qt takes a label's text for rich text when it merely looks like it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.twins.twin_dialog import NewLanguageVersionDialog
from releasedesk.model import TwinLink
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts, opens, wait_for_tasks
from newsroom_helpers import write

MARKUP = ["<h1>Big</h1>", '<img src="file:///etc/hostname">', "<b>bold</b> &amp; x",
          "<font color=red>red</font>"]


def laid_out_as_markup(widget: QWidget, markup: str) -> list[str]:
    """The texts of *widget*'s labels that hold *markup* and that Qt would lay out as rich
    text (our own labels may be rich: "<b>Readiness</b>")."""
    from PySide6.QtCore import Qt

    return [label.text() for label in widget.findChildren(QLabel)
            if markup in label.text() and (
                label.textFormat() == Qt.TextFormat.RichText
                or (label.textFormat() == Qt.TextFormat.AutoText
                    and GuiQt.mightBeRichText(label.text())))]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(main)
    yield main
    main.manager.modified = False
    if main.newsroom_window is not None:
        main.newsroom_window.close()
    if main.twin_commands.compare_window is not None:
        main.twin_commands.compare_window.close()
    main.close()


@pytest.mark.parametrize("markup", MARKUP)
def test_new_language_version_shows_the_headline_and_folder_as_typed(
        qtbot: QtBot, tmp_path: Path, markup: str) -> None:
    folder = tmp_path / markup.replace("/", "_")
    folder.mkdir()
    dialog = NewLanguageVersionDialog(f"Ferry {markup}", "en", folder / "a.release",
                                      ["zh-CN", "fr"], unsaved=True)
    qtbot.addWidget(dialog)
    dialog.problem.setText(f"{markup} is not a language tag")
    assert laid_out_as_markup(dialog, markup) == []
    assert any(markup in label.text() for label in dialog.findChildren(QLabel))


@pytest.mark.parametrize("markup", MARKUP)
def test_compare_and_the_form_show_a_links_path_as_typed(
        window: MainWindow, tmp_path: Path, markup: str) -> None:
    path = write(tmp_path, "ferry.release", headline="Ferry terminal opens",
                 kind="correction", ident="en-1")
    release = document.load(path)
    gone = markup.replace("/", "_") + ".release"
    release.twins = [TwinLink("zh-1", gone, "zh-CN", "")]
    release.corrects_path = gone
    document.save(release, path)
    assert opens(window, path)
    assert any(gone in label.text() for label in window.findChildren(QLabel))
    assert laid_out_as_markup(window, gone) == []
    view = window.twin_commands.compare()
    assert view is not None
    assert gone in view.state.text()
    assert laid_out_as_markup(view, gone) == []


@pytest.mark.parametrize("markup", MARKUP)
def test_the_library_names_files_as_typed(window: MainWindow, tmp_path: Path,
                                          markup: str) -> None:
    folder = tmp_path / "releases"
    stem = markup.replace("/", "_")
    write(folder, f"{stem}.release", headline="Library opens", ident="shared")
    write(folder, "other.release", headline="Library closes", ident="shared")
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.next_folder = folder
    window.actions["open_newsroom"].trigger()
    wait_for_tasks()  # (the folder is listed off the GUI thread)
    library = window.newsroom_window
    assert library is not None
    assert stem in library.problems.text()
    assert laid_out_as_markup(library, stem) == []


@pytest.mark.parametrize("markup", MARKUP)
def test_a_message_shows_names_as_typed(qtbot: QtBot, markup: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from releasedesk.gui.dialogs.prompts import plain_box

    message = f"{markup}.release was left out of the newsroom: it is damaged."
    box = plain_box(QMessageBox.Icon.Information, "ReleaseDesk", message, None)
    qtbot.addWidget(box)
    assert laid_out_as_markup(box, markup) == []
    assert any(label.text() == message for label in box.findChildren(QLabel))
