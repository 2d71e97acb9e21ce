"""File ▸ Open Newsroom Folder…: the library window, driven as an officer would (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.newsroom.newsroom_window import NewsroomWindow
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts, wait_for_tasks
from newsroom_helpers import write


@pytest.fixture
def library_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    write(folder, "ferry.release", headline="Ferry terminal opens", stage="approved",
          day=date(2026, 3, 2), kind="statement")
    write(folder, "zh/night-market.release", headline="夜市下月开张", language="zh-CN",
          stage="draft", day=date(2026, 3, 5), body="磨坊广场的夜市。")
    write(folder, "seed-bank.release", headline="Seed bank breaks ground", stage="in_review",
          day=date(2026, 2, 20), embargo=datetime(2026, 3, 1, 1, tzinfo=UTC))
    (folder / "broken.release").write_text("{ broken")
    return folder


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    prompts = FakePrompts()
    main = MainWindow(Settings(), prompts, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(main)
    yield main
    main.manager.modified = False
    if main.newsroom_window is not None:
        main.newsroom_window.close()
    main.close()


def open_library(window: MainWindow, folder: Path) -> NewsroomWindow:
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.next_folder = folder
    window.actions["open_newsroom"].trigger()
    wait_for_tasks()  # (the folder is listed off the GUI thread)
    assert window.newsroom_window is not None
    return window.newsroom_window


def test_the_menu_lists_the_folder_newest_first(window: MainWindow,
                                                library_folder: Path) -> None:
    library = open_library(window, library_folder)
    assert library.visible_headlines() == [
        "夜市下月开张", "Ferry terminal opens", "Seed bank breaks ground",
        library.visible_headlines()[3]]
    assert library.visible_headlines()[3].startswith("Cannot be read: broken.release")
    assert library.count.text() == "4 of 4 releases"
    model = library.proxy
    row = library.visible_headlines().index("Ferry terminal opens")
    assert [model.index(row, c).data() for c in range(9)] == [
        "Ferry terminal opens", "Statement", "English", "Approved", "2026-03-02", "",
        "Director Imogen Sallow", "", "ferry.release"]
    seed = library.visible_headlines().index("Seed bank breaks ground")
    assert model.index(seed, 5).data() == "2026-03-01 01:00 UTC"
    assert model.index(seed, 3).data() == "In review"
    assert model.index(seed, 1).data() == "News release"  # (its summary names no kind)


def test_search_and_filters(window: MainWindow, library_folder: Path) -> None:
    library = open_library(window, library_folder)
    QTest.keyClicks(library.search, "fer")
    assert library.visible_headlines() == ["Ferry terminal opens"]
    library.search.clear()
    library.search.insert("广场")  # (as an input method commits Chinese text)
    assert library.visible_headlines() == ["夜市下月开张"]
    library.search.clear()
    library.status.setCurrentIndex(library.status.findData("draft"))
    assert library.visible_headlines() == ["夜市下月开张"]
    library.status.setCurrentIndex(library.status.findData("unreadable"))
    assert len(library.visible_headlines()) == 1
    library.status.setCurrentIndex(0)
    library.language.setCurrentIndex(library.language.findData("en"))
    assert sorted(library.visible_headlines()) == ["Ferry terminal opens",
                                                   "Seed bank breaks ground"]
    assert library.count.text() == "2 of 4 releases"
    QTest.keyClicks(library.search, "zzz")
    assert library.visible_headlines() == []


def test_sorting_by_a_column(window: MainWindow, library_folder: Path) -> None:
    library = open_library(window, library_folder)
    library.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # status: draft first
    shown = library.visible_headlines()
    assert shown.index("夜市下月开张") < shown.index("Seed bank breaks ground") < shown.index(
        "Ferry terminal opens")
    library.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    readable = [h for h in library.visible_headlines() if not h.startswith("Cannot")]
    assert readable == sorted(readable, key=str.casefold)


def test_a_double_click_opens_the_release(window: MainWindow, library_folder: Path) -> None:
    library = open_library(window, library_folder)
    row = library.visible_headlines().index("Ferry terminal opens")
    index = library.proxy.index(row, 0)
    library.table.doubleClicked.emit(index)
    assert window.manager.path == library_folder / "ferry.release"
    assert window.manager.release.headline == "Ferry terminal opens"


def test_a_folder_that_cannot_be_listed_is_one_sentence(window: MainWindow,
                                                         tmp_path: Path) -> None:
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.next_folder = tmp_path / "missing"
    window.open_newsroom()
    wait_for_tasks()
    assert window.newsroom_window is None
    assert any("is not a folder" in m for m in prompts.errors)


def test_cancelling_the_folder_choice_does_nothing(window: MainWindow) -> None:
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.next_folder = None
    window.open_newsroom()
    wait_for_tasks()
    assert window.newsroom_window is None and not prompts.errors


def test_the_build_button_writes_the_newsroom_and_says_what_it_did(
        window: MainWindow, library_folder: Path, tmp_path: Path) -> None:
    library = open_library(window, library_folder)
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.next_folder = tmp_path / "site"
    library.build_button.click()
    wait_for_tasks()
    assert sorted(p.name for p in (tmp_path / "site" / "releases").iterdir()) == [
        "ferry.html"]  # the one approved release
    assert (tmp_path / "site" / "feed.xml").is_file()
    [said] = prompts.infos[-1:]
    assert said.startswith("1 release(s) published in")
    assert "2 not approved, 1 unreadable" in said
    assert "broken.release is damaged" in said
    prompts.next_folder = None  # cancelled: nothing happens
    assert library.build_newsroom() is False


def test_a_build_goes_on_when_its_window_closes_and_tells_no_closed_window(
        window: MainWindow, library_folder: Path, tmp_path: Path) -> None:
    library = open_library(window, library_folder)
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    said = (len(prompts.infos), len(prompts.errors))
    assert library.build_newsroom(tmp_path / "site")
    library.close()  # (before the event loop could bring the build's outcome back)
    wait_for_tasks()
    assert (tmp_path / "site" / "feed.xml").is_file()  # the whole site is written
    assert (len(prompts.infos), len(prompts.errors)) == said
    assert library.build_button.isEnabled()  # (opened again, it is not left busy)


def test_a_build_refused_is_one_sentence(window: MainWindow, library_folder: Path,
                                         tmp_path: Path) -> None:
    library = open_library(window, library_folder)
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    (tmp_path / "a-file").write_text("x")
    assert library.build_newsroom(tmp_path / "a-file")
    wait_for_tasks()
    assert any("is a file, not a folder" in m for m in prompts.errors)


def test_the_language_versions_column_and_its_filter(window: MainWindow,
                                                     tmp_path: Path) -> None:
    """Each release lists its language versions with their state; one needing attention
    (a partner changed or missing, an id claimed twice) is marked and says why, and the
    filter finds it."""
    from releasedesk import document
    from twin_samples import pair

    folder = tmp_path / "twins"
    _, zh_path = pair(folder)
    chinese = document.load(zh_path)
    chinese.body += "\n\n新增一段。"
    document.save(chinese, zh_path, in_place=True)
    write(folder, "one.release", headline="Library opens", ident="shared-id")
    write(folder, "two.release", headline="Library closes", ident="shared-id")
    write(folder, "alone.release", headline="Bridge repaired")
    library = open_library(window, folder)
    model = library.proxy
    shown = library.visible_headlines()
    english = shown.index("Fernhollow Opens Tidewater Ferry Terminal")
    chinese_row = shown.index("芬霍洛潮水渡轮码头启用")
    assert model.index(english, 7).data() == "Chinese (Simplified): changed since aligned"
    # (languages named as the filter names them, in the interface language, not as tags)
    assert model.index(chinese_row, 2).data() == "Chinese (Simplified)"
    assert model.index(chinese_row, 7).data() == "English"
    assert "changed since the two were last aligned" in model.index(english, 7).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(english, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(chinese_row, 0).data(Qt.ItemDataRole.DecorationRole) is None
    for headline, other in (("Library opens", "two.release"),
                            ("Library closes", "one.release")):
        row = library.visible_headlines().index(headline)
        assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
        tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert other in tip and "also claim(s) this release's id" in tip
    library.versions.setCurrentIndex(library.versions.findData("attention"))
    assert sorted(library.visible_headlines()) == [
        "Fernhollow Opens Tidewater Ferry Terminal", "Library closes", "Library opens"]
    library.versions.setCurrentIndex(library.versions.findData("with"))
    assert sorted(library.visible_headlines()) == [
        "Fernhollow Opens Tidewater Ferry Terminal", "芬霍洛潮水渡轮码头启用"]
    library.versions.setCurrentIndex(library.versions.findData("without"))
    assert sorted(library.visible_headlines()) == [
        "Bridge repaired", "Library closes", "Library opens"]
    zh_path.unlink()
    library._listed_again()  # (as after Duplicate: the filter chosen stays)
    assert library.versions.currentData() == "without"
    library.versions.setCurrentIndex(library.versions.findData("attention"))
    row = library.visible_headlines().index("Fernhollow Opens Tidewater Ferry Terminal")
    assert model.index(row, 7).data() == "Chinese (Simplified): missing"
    assert "the link is kept" in model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole)


_MARKUP = ["<h1>Big</h1>", '<img src="file:///etc/passwd">', "<b>bold</b> & <i>x",
           "a < b > c", "<qt><font color=red>red</font></qt>"]


@pytest.mark.parametrize("markup", _MARKUP)
def test_names_from_files_show_in_tooltips_as_typed(window: MainWindow, tmp_path: Path,
                                                    markup: str) -> None:
    """A subheadline, a file's name or a link's path holding markup is shown as typed: Qt
    took "<h1>BIG</h1>.release" for rich text and laid it out as a heading."""
    from PySide6.QtGui import QTextDocument

    from releasedesk import document
    from releasedesk.model import TwinLink

    folder = tmp_path / "releases"
    name = markup.replace("/", "_") + ".release"
    partner = write(folder, name, headline="夜市下月开张", language="zh-CN", ident="zh-1")
    source = write(folder, "ferry.release", headline="Ferry terminal opens",
                   subheadline=markup, ident="en-1")
    release = document.load(source)
    release.twins = [TwinLink("zh-1", partner.name, "zh-CN", "")]
    document.save(release, source)
    library = open_library(window, folder)
    model = library.proxy
    row = library.visible_headlines().index("Ferry terminal opens")
    for column, expected in ((0, markup), (7, partner.name)):
        tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        shown = QTextDocument()
        shown.setHtml(tip)
        assert expected in shown.toPlainText(), (column, tip)
        assert markup not in tip


def test_a_release_kind_is_named_in_words(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    write(folder, "fix.release", headline="Ferry times corrected", kind="correction")
    write(folder, "said.release", headline="Director's statement", kind="statement")
    write(folder, "plain.release", headline="Ferry terminal opens")
    library = open_library(window, folder)
    model = library.proxy
    kinds = {library.visible_headlines()[row]: model.index(row, 1).data()
             for row in range(model.rowCount())}
    assert kinds == {"Ferry times corrected": "Correction or update",
                     "Director's statement": "Statement", "Ferry terminal opens": "News release"}


@pytest.mark.parametrize("stem", ["two\nlines", "tab\there", "rtl\u202egnp.exe", "ok name"])
def test_a_file_name_shows_on_one_line(window: MainWindow, tmp_path: Path, stem: str) -> None:
    folder = tmp_path / "releases"
    write(folder, f"{stem}.release", headline="Ferry terminal opens")
    library = open_library(window, folder)
    shown = library.proxy.index(0, 8).data()
    assert not any(ch in shown for ch in "\n\t\u202e")
    assert shown == f"{stem}.release" or "\\" in shown
