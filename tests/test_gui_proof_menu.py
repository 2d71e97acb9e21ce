"""The proofing context menu: on a misspelt word in the body (both views) and in the line
fields, the dictionary's suggestions, Add to Dictionary (the personal list in the user's
settings, here a folder of the test's own) and Ignore (this session); either takes the
underline away and updates the Proofing panel at once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from releasedesk import document, paths
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.proofing.personal import MAX_WORDS, accepts, clean_word, with_word
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings, load_settings

from gui_helpers import FakePrompts, opens
from helpers import make_release
from proof_score import corpus_register

BODY = ("Deputy Mayor Li Mingyuan opened the Port of Calloway terminal.\n\n"
        "Passengers will **recieve** a text when the ferry leaves Brackwater.\n")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    ProfileStore().save(Profile(name="office", organization="Northgate Library Trust",
                                names=corpus_register()))
    release = make_release(profile="office", body=BODY, release_date=date(2026, 11, 25),
                           headline="Northgate Opens a Ferry Termnal",
                           dateline="Northgaet")
    path = tmp_path / "story.release"
    document.save(release, path)
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    assert opens(win, path)
    win.show()
    win.scheduler.request(win.manager.release, immediately=True)
    qtbot.waitUntil(lambda: any(f.field == "dateline" for f in win.proofing.findings),
                    timeout=10000)
    yield win
    win.manager.modified = False
    win.close()


def _underlined(editor: QPlainTextEdit | QTextEdit) -> list[str]:
    return [s.cursor.selectedText() for s in editor.extraSelections()]


def _body_menu(window: MainWindow, word: str) -> QMenu:
    editor = window.form.body.editor
    at = editor.toPlainText().index(word) + 2
    cursor = QTextCursor(editor.document())
    cursor.setPosition(at)
    menu = editor.createStandardContextMenu()
    window.proof_marks.body_menu(menu, editor, editor.cursorRect(cursor).center())
    return menu


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _action(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text() == text)


def _spelling_words(window: MainWindow) -> set[str]:
    return {str(dict(f.args)["found"]) for f in window.proofing.findings
            if f.kind == "spelling"}


@pytest.mark.parametrize("view", ["formatted", "markdown"])
def test_a_suggestion_replaces_the_word_in_either_view(qtbot: QtBot, window: MainWindow,
                                                       view: str) -> None:
    window.form.body.set_view(view)
    qtbot.waitUntil(lambda: "recieve" in _underlined(window.form.body.editor), timeout=5000)
    menu = _body_menu(window, "recieve")
    texts = _texts(menu)
    assert texts[0] == "receive"  # the dictionary's first suggestion comes first
    assert "Add to Dictionary" in texts and "Ignore" in texts
    assert texts.index("Ignore") < texts.index(next(t for t in texts if "Undo" in t
                                                    or "Copy" in t))
    _action(menu, "receive").trigger()
    assert "will **receive** a text" in window.form.body.markdown()
    window.form.history.undo()
    assert "will **recieve** a text" in window.form.body.markdown()


def test_the_menu_has_no_proofing_actions_off_a_finding(window: MainWindow) -> None:
    menu = _body_menu(window, "Passengers")
    assert "Add to Dictionary" not in _texts(menu)
    assert "Ignore" not in _texts(menu)


def test_suggestions_are_asked_only_on_right_click(qtbot: QtBot, window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from releasedesk.proofing import spelling

    asked: list[str] = []
    original = spelling.Speller.suggest
    def suggest(self: spelling.Speller, word: str, limit: int = 3) -> list[str]:
        asked.append(word)
        return original(self, word, limit)

    monkeypatch.setattr(spelling.Speller, "suggest", suggest)
    window.form.body.set_markdown(BODY + "\nA secnd paragraph.\n")
    window.form.body.changed.emit()
    qtbot.waitUntil(lambda: "secnd" in _spelling_words(window), timeout=10000)
    assert asked == []  # the proofing pass asked for none
    _body_menu(window, "secnd")
    assert asked == ["secnd"]


def test_add_to_dictionary_keeps_the_word_in_the_users_settings(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    assert "Brackwater" in _spelling_words(window)
    menu = _body_menu(window, "Brackwater")
    _action(menu, "Add to Dictionary").trigger()
    # At once: off the panel and the underlines; kept in the settings file.
    assert "Brackwater" not in _spelling_words(window)
    assert "Brackwater" not in _underlined(window.form.body.editor)
    assert "recieve" in _underlined(window.form.body.editor)
    assert window.settings.personal_words == ["Brackwater"]
    saved = json.loads(paths.settings_file().read_text("utf-8"))
    assert saved["personal_words"] == ["Brackwater"]
    assert str(paths.settings_file()).startswith(str(Path.home()))  # (the test's own home)
    assert load_settings().personal_words == ["Brackwater"]
    # And the next pass leaves it out itself.
    window.form.body.set_markdown(BODY + "\nBrackwater again.\n")
    window.form.body.changed.emit()
    qtbot.waitUntil(lambda: window.proof_marks.body.endswith("again.\n"), timeout=10000)
    assert "Brackwater" not in _spelling_words(window)


def test_ignore_lasts_the_session_and_is_not_saved(qtbot: QtBot, window: MainWindow) -> None:
    menu = _body_menu(window, "recieve")
    _action(menu, "Ignore").trigger()
    assert "recieve" not in _spelling_words(window)
    assert "recieve" not in _underlined(window.form.body.editor)
    assert window.settings.personal_words == []
    assert not paths.settings_file().exists() or \
        "recieve" not in paths.settings_file().read_text("utf-8")
    window.scheduler.request(window.manager.release, immediately=True)
    qtbot.wait(800)
    assert "recieve" not in _spelling_words(window)


def test_a_register_finding_offers_its_correction(window: MainWindow) -> None:
    menu = _body_menu(window, "Port of Calloway")
    change = next(a for a in menu.actions() if a.objectName() == "proofChange")
    assert change.text() == "Change to “Port Calloway”"
    assert "Add to Dictionary" not in _texts(menu)
    change.trigger()
    assert "opened the Port Calloway terminal" in window.form.body.markdown()


def test_a_title_not_held_offers_the_one_held(window: MainWindow) -> None:
    # Li Mingyuan is Mayor from 2026-07-01: the title is changed, the name kept.
    menu = _body_menu(window, "Deputy Mayor")
    change = next(a for a in menu.actions() if a.objectName() == "proofChange")
    assert change.text() == "Change to “Mayor Li Mingyuan”"
    change.trigger()
    assert window.form.body.markdown().startswith("Mayor Li Mingyuan opened the Port")


def test_line_fields_are_underlined_with_the_same_menu(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    assert _underlined(form.headline) == ["Termnal"]
    dateline = form.dateline
    assert isinstance(dateline, QLineEdit)
    assert window.proof_marks.line_marks.spans(dateline) == [(0, len("Northgaet"))]
    assert not dateline.grab().isNull()  # (the marks paint without failing)
    menu = QMenu()
    window.proof_marks.add_line_actions(menu, "headline",
                                        form.headline.text().index("Termnal") + 1)
    assert _texts(menu)[0] == "Terminal"
    _action(menu, "Terminal").trigger()
    assert window.manager.release.headline == "Northgate Opens a Ferry Terminal"
    menu = QMenu()
    window.proof_marks.add_line_actions(menu, "dateline", 3)
    _action(menu, "Ignore").trigger()
    assert not any(f.field == "dateline" and f.kind == "spelling"
                   for f in window.proofing.findings)
    # Still not one of the register's places: that warning stays, underlined, on its menu.
    (place,) = [f for f in window.proofing.findings if f.field == "dateline"]
    assert place.kind == "dateline-place"
    assert window.proof_marks.line_marks.spans(dateline) == [(0, len("Northgaet"))]
    menu = QMenu()
    window.proof_marks.add_line_actions(menu, "dateline", 3)
    assert "not one of the register's places" in _texts(menu)[0]
    assert "Ignore" not in _texts(menu)
    # Typing in a line takes its stale marks away until the next pass.
    dateline.setText("Northgaet Harbour")
    assert window.proof_marks.line_marks.spans(dateline) == []


# -- the personal word list (Qt-free) -----------------------------------------------------

@pytest.mark.parametrize(("words", "found", "expected"), [
    ({"Brackwater"}, "Brackwater", True),
    ({"Brackwater"}, "brackwater", False),  # a capitalised word stays capitalised
    ({"ferrymaster"}, "Ferrymaster", True),  # a small-letter word may start a sentence
    ({"ferrymaster"}, "FERRYMASTER", True),
    ({"ferrymaster"}, "FerryMaster", False),
    (set(), "anything", False),
])
def test_accepts_follows_a_personal_dictionarys_rule(words: set[str], found: str,
                                                     expected: bool) -> None:
    assert accepts(words, found) is expected


@given(st.lists(st.text(min_size=1, max_size=80), max_size=30), st.text(max_size=80))
def test_with_word_keeps_each_word_once_and_clean(words: list[str], word: str) -> None:
    kept = with_word(words, word)
    cleaned = clean_word(word)
    if cleaned:
        assert kept[-1] == cleaned
        assert kept.count(cleaned) == 1
    assert len(kept) <= MAX_WORDS


def test_with_word_drops_the_oldest_past_the_limit() -> None:
    words = [f"w{n}" for n in range(MAX_WORDS)]
    kept = with_word(words, "newest")
    assert len(kept) == MAX_WORDS and kept[0] == "w1" and kept[-1] == "newest"
