"""The editor's language versions, driven as an officer would (offscreen): File ▸ New
Language Version… and View ▸ Compare with Language Version with Mark as Aligned."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.twins.twin_dialog import NewLanguageVersionDialog
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings
from releasedesk.twins.align import recorded
from releasedesk.twins.marks import TO_TRANSLATE
from releasedesk.twins.words import KIND_WORDS
from twin_samples import pair

from gui_helpers import FakePrompts, cell, opens, went


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(main)
    yield main
    main.manager.modified = False
    main.close()


def _answer(tag: str, copy_text: bool = False, name: str = "",
            ) -> tuple[Callable[[NewLanguageVersionDialog, Callable[[], object]], None],
                       list[NewLanguageVersionDialog]]:
    seen: list[NewLanguageVersionDialog] = []

    def run(dialog: NewLanguageVersionDialog, accepted: Callable[[], object]) -> None:
        seen.append(dialog)
        dialog.choose(tag)
        dialog.copy_text.setChecked(copy_text)
        if name:
            dialog.file_name.setText(name)
            dialog._named_by_hand()
        if not dialog.problem_text():
            accepted()  # (OK is off while there is a problem)
    return run, seen


def test_new_language_version_saves_beside_links_both_and_opens_it(window: MainWindow,
                                                                   tmp_path: Path) -> None:
    en_path, _zh = pair(tmp_path)
    source = document.load(en_path)
    source.twins = []
    document.save(source, en_path)
    assert opens(window, en_path)
    assert not window.actions["compare_language_version"].isEnabled()
    run, seen = _answer("fr", copy_text=True)
    window.twin_commands.run_dialog = run
    window.actions["new_language_version"].trigger()
    made = tmp_path / "ferry.fr.release"
    assert seen and seen[0].file_name.text() == "ferry.fr.release"
    assert window.manager.path == made
    twin = document.load(made)
    saved_source = document.load(en_path)
    assert twin.language == "fr" and twin.body.startswith(TO_TRANSLATE)
    assert [link.id for link in twin.twins] == [saved_source.id]
    assert [(link.id, link.path) for link in saved_source.twins] == [(twin.id,
                                                                       "ferry.fr.release")]
    assert window.actions["compare_language_version"].isEnabled()


@pytest.mark.parametrize(("tag", "name", "problem"), [
    ("en-GB", "", "already in"), ("not a tag!", "", "not a language tag"),
    # (a name no item shows; "French", as the list names fr, is fr: lows15a)
    ("Klingon", "", "not a language tag"), ("english", "", "not a language tag"),
    ("f", "", "not a language tag"), ("None", "", "not a language tag"),
    ("zh-CN", "ferry.zh-CN.release", "already exists"), ("fr", "../x", "file name"),
])
def test_the_dialog_says_why_it_cannot_make_the_version(window: MainWindow, tmp_path: Path,
                                                        tag: str, name: str,
                                                        problem: str) -> None:
    en_path, zh_path = pair(tmp_path)
    before = en_path.read_bytes(), zh_path.read_bytes()
    assert opens(window, en_path)
    run, seen = _answer(tag, name=name)
    window.twin_commands.run_dialog = run
    window.twin_commands.new_language_version()
    assert problem in seen[0].problem.text()
    assert not seen[0].buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert (en_path.read_bytes(), zh_path.read_bytes()) == before
    assert window.manager.path == en_path


def test_the_language_list_offers_known_variants_but_not_the_releases_own(
        window: MainWindow, tmp_path: Path) -> None:
    en_path, _zh = pair(tmp_path)
    assert opens(window, en_path)
    seen: list[NewLanguageVersionDialog] = []
    def run(dialog: NewLanguageVersionDialog, accepted: Callable[[], object]) -> None:
        seen.append(dialog)

    window.twin_commands.run_dialog = run
    window.twin_commands.new_language_version()
    tags = [seen[0].language.itemData(i) for i in range(seen[0].language.count())]
    assert {"zh-CN", "zh-TW", "zh-HK", "fr"} <= set(tags)
    assert not any(str(tag).startswith("en") for tag in tags)
    # ferry.zh-CN.release is already beside it: the dialog starts on a language it can make
    assert seen[0].tag() != "zh-CN" and seen[0].problem_text() == ""


def test_compare_pairs_paragraphs_and_marks_what_changed_since_aligned(
        window: MainWindow, tmp_path: Path) -> None:
    en_path, zh_path = pair(tmp_path)
    assert opens(window, zh_path)
    assert window.actions["compare_language_version"].isEnabled()
    window.actions["compare_language_version"].trigger()
    view = window.twin_commands.compare_window
    assert view is not None
    body = [(r.here, r.there) for r in view.rows if r.field == "body"]
    # the shuttle-bus paragraph (English 3) has no Chinese counterpart yet
    assert body == [(0, 0), (1, 1), (2, 2), (None, 3), (3, 4)]
    assert view.marked_rows() == [] and "Not yet aligned" in view.state.text()
    # (its "every 20 minutes" is a fact the Chinese does not state: aligning asks first)
    asked: list[str] = []

    def anyway(text: str, then: Callable[[], object]) -> None:
        asked.append(text)
        then()

    view.ask = anyway
    view.mark_aligned()
    assert len(asked) == 1 and window.manager.modified
    assert went(window.manager.save)
    assert recorded(document.load(zh_path).twins[0]) is not None
    english = document.load(en_path)
    english.body = english.body.replace("every 20 minutes", "every 15 minutes")
    english.headline = "Fernhollow Opens Its Tidewater Ferry Terminal"
    document.save(english, en_path)
    view.refresh()
    assert view.marked_rows() == [("headline", 0), ("body", 3)]
    assert "2 paragraph" in view.state.text()  # ("2 paragraphs" once English plurals are installed)
    labels = [cell(view.table, k, 0).text() for k in range(view.table.rowCount())]
    assert sum("changed since aligned" in label for label in labels) == 2


def test_compare_with_the_version_missing_says_so_and_keeps_the_link(
        window: MainWindow, tmp_path: Path) -> None:
    en_path, zh_path = pair(tmp_path)
    zh_path.unlink()
    assert opens(window, en_path)
    view = window.twin_commands.compare()
    assert view is not None and view.rows == []
    assert "is not there" in view.state.text()
    assert not view.aligned_button.isEnabled()
    view.mark_aligned()
    assert len(window.manager.release.twins) == 1 and not window.manager.modified


@pytest.mark.parametrize(("shown", "chinese", "kind"), [
    ("2 p.m.", "下午3时", "time"),
    ("0181", "0510-8555 0181", "phone"),
    ("3,200", "约3.2万名乘客", "number"),
])
def test_the_readiness_panel_lists_what_the_other_version_states_differently(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, shown: str, chinese: str,
        kind: str) -> None:
    """The editor finds what `releasedesk check` finds across the pair, in both versions."""
    en_path, zh_path = pair(tmp_path)
    zh = document.load(zh_path)
    zh.body = {"time": zh.body.replace("下午2时", chinese),
               "phone": zh.body.replace("0510-8555 0118", chinese),
               "number": zh.body.replace("约3200名乘客", chinese)}[kind]
    document.save(zh, zh_path)
    for path in (zh_path, en_path):
        assert opens(window, path)
        qtbot.waitUntil(lambda: any(f.code.startswith("twin_fact")
                                    for f in window.readiness.findings), timeout=15000)
        found = [f for f in window.readiness.findings if f.code.startswith("twin_fact")]
        assert any(dict(f.args).get("kind") == KIND_WORDS[kind] for f in found), found
        texts = [window.readiness.item(k).text() for k in range(window.readiness.count())]
        assert any(shown in text for text in texts), texts


def test_a_pair_that_agrees_lists_no_difference(qtbot: QtBot, window: MainWindow,
                                                tmp_path: Path) -> None:
    en_path, _zh_path = pair(tmp_path)
    english = document.load(en_path)  # without the paragraph the Chinese has not yet
    english.body = english.body.replace(
        "Free shuttle buses will run from the old pier every 20 minutes on opening day.\n\n", "")
    document.save(english, en_path)
    assert opens(window, en_path)
    qtbot.waitUntil(lambda: window.readiness.count() > 0, timeout=5000)
    qtbot.wait(200)
    assert not [f for f in window.readiness.findings if f.code.startswith("twin_")]


@pytest.mark.parametrize("go_on", [True, False])
def test_an_untitled_release_is_saved_first_and_the_prompt_says_save_as_comes_next(
        window: MainWindow, tmp_path: Path, go_on: bool) -> None:
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    window.manager.release.headline = "Harbour ferry timetable changes"
    prompts.save_first_answer = go_on
    prompts.next_path = tmp_path / "ferry.release"
    run, seen = _answer("fr")
    window.twin_commands.run_dialog = run
    window.actions["new_language_version"].trigger()
    assert len(prompts.save_first_asked) == 1
    assert "Save As" in prompts.save_first_asked[0] and "first" in prompts.save_first_asked[0]
    assert not prompts.infos  # no dead-end notice before it
    if go_on:  # saved where the user chose, then asked for the language
        assert (tmp_path / "ferry.release").exists() and seen
        assert (tmp_path / "ferry.fr.release").exists()
    else:  # Cancel: nothing saved, nothing asked
        assert not (tmp_path / "ferry.release").exists() and not seen
        assert window.manager.path is None


def test_a_release_opened_by_a_relative_name_says_its_folder(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by the tester: started as `releasedesk-editor story.release`, New Language
    Version said "Saved in ., then opened."."""
    en_path, _zh = pair(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert opens(window, Path(en_path.name))
    assert window.manager.path == en_path
    run, seen = _answer("fr")
    window.twin_commands.run_dialog = run
    window.actions["new_language_version"].trigger()
    [dialog] = seen
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text == f"Saved in {tmp_path}, then opened." for text in shown), shown
    assert window.manager.path == tmp_path / "ferry.fr.release"


def test_a_language_typed_and_entered_is_never_an_item_without_a_tag(
        window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    """Typing into the language box and pressing Enter adds no item (an added item had no
    tag: the version was made in the language "None", tester11); a tag typed so is the
    version's language; a language's name as the list names it is that item ("French":
    fr), any other name is refused."""
    en_path, _zh = pair(tmp_path)
    assert opens(window, en_path)
    seen: list[NewLanguageVersionDialog] = []
    window.twin_commands.run_dialog = lambda dialog, accepted: seen.append(dialog)
    window.twin_commands.new_language_version()
    dialog = seen[0]
    count = dialog.language.count()
    for typed, tag, problem in (("Deutsch", "Deutsch", True), ("French", "fr", False),
                                ("de-AT", "de-AT", False)):
        line = dialog.language.lineEdit()
        assert line is not None
        line.selectAll()
        QTest.keyClicks(line, typed)
        QTest.keyClick(line, Qt.Key.Key_Return)
        assert dialog.language.count() == count
        assert dialog.tag() == tag and bool(dialog.problem_text()) == problem
        if not problem:
            assert dialog.file_name.text() == f"ferry.{tag}.release"
