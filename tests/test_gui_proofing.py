"""Proofing in the editor: the Proofing panel lists every finding, found off the GUI thread;
the body's mistakes are underlined in both views; a click selects the mistake; the panel
speaks Chinese in the Chinese interface."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.basics import i18n
from releasedesk.profiles import Profile, ProfileStore
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from gui_helpers import FakePrompts, opens
from helpers import make_release
from proof_score import corpus_register

BODY = ("Deputy Mayor Li Mingyuan opened the Port of Calloway terminal on Tuesday, Nov. 25.\n\n"
        "Passengers will **recieve** a text when the ferry leaves.\n")


def _opened_office_release(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Path]:
    """A window (not yet shown) with the office's release open: its house style holds the
    corpus's register."""
    ProfileStore().save(Profile(name="office", organization="Northgate Library Trust",
                                names=corpus_register()))
    release = make_release(profile="office", body=BODY, release_date=date(2026, 11, 25))
    path = tmp_path / "story.release"
    document.save(release, path)
    win = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    assert opens(win, path)
    return win, path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win, _path = _opened_office_release(qtbot, tmp_path)
    win.show()
    win.scheduler.request(win.manager.release, immediately=True)
    qtbot.waitUntil(lambda: bool(win.proofing.findings), timeout=10000)
    yield win
    win.manager.modified = False
    win.close()


def _underlined(editor: QPlainTextEdit | QTextEdit) -> list[str]:
    return [s.cursor.selectedText() for s in editor.extraSelections()]


def test_the_panel_lists_every_class_found_with_errors_first(window: MainWindow) -> None:
    kinds = [f.kind for f in window.proofing.findings]
    assert {"register-title", "term", "weekday", "spelling"} <= set(kinds)
    assert window.proofing.count() == len(window.proofing.rows)
    assert [f for row in window.proofing.rows for f in row] == window.proofing.findings
    first = window.proofing.item(0).text()
    assert first.startswith("Error: ")
    texts = [window.proofing.item(i).text() for i in range(window.proofing.count())]
    assert any("not Deputy Mayor" in t and "Suggestion: Mayor" in t for t in texts)


def test_the_body_is_underlined_in_both_views_and_a_click_selects_the_mistake(
        qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    expected = {"Deputy Mayor Li Mingyuan", "Port of Calloway", "Tuesday, Nov. 25", "recieve"}
    assert set(_underlined(form.body.editor)) == expected  # the formatted view
    form.body.set_view("markdown")
    qtbot.waitUntil(lambda: set(_underlined(form.body.editor)) == expected, timeout=5000)
    for underline in form.body.editor.extraSelections():
        assert underline.format.underlineStyle().name == "WaveUnderline"
    row = next(i for i, places in enumerate(window.proofing.rows) if places[0].kind == "term")
    window.proofing.itemClicked.emit(window.proofing.item(row))
    assert form.body.editor.textCursor().selectedText() == "Port of Calloway"


def test_an_edit_is_proofed_again(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    form.body.set_view("markdown")
    form.body.set_markdown("Passengers receive a text on Wednesday, Nov. 25.\n")
    form.body.changed.emit()
    qtbot.waitUntil(lambda: not [f for f in window.proofing.findings if f.field == "body"],
                    timeout=10000)
    assert _underlined(form.body.editor) == []


def test_the_panel_speaks_chinese(window: MainWindow) -> None:
    qm = i18n.translation_file("zh_CN")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        title = next(f for f in window.proofing.findings if f.kind == "register-title")
        assert "的职务是Mayor，不是Deputy Mayor" in window.proofing.describe(title)
        spelling = next(f for f in window.proofing.findings if f.kind == "spelling")
        assert "词典中" in window.proofing.describe(spelling)
        # the dictionary is named in Chinese too (it said "不在American English词典中")
        said = window.proofing.describe(spelling)
        assert "English" not in said and ("美式英语" in said or "英式英语" in said), said
    finally:
        QCoreApplication.removeTranslator(translator)


def _letters(n: int) -> str:
    """*n* written in letters (a, b, … z, ba, bb …): a word part spelling never skips."""
    word = ""
    while True:
        n, digit = divmod(n, 26)
        word = chr(ord("a") + digit) + word
        if not n:
            return word


def test_a_draft_full_of_mistakes_lists_and_underlines_at_most_two_hundred(qtbot: QtBot) -> None:
    from releasedesk.gui.body.body_editor import BodyEditor
    from releasedesk.gui.proofing.proofing_panel import SHOWN_MAX, ProofingPanel, underline
    from releasedesk.proofing.engine import proof

    # Each paragraph's mistakes its own (a mistake made again is one row, not a row more).
    body = "\n\n".join(f"Paragraf{_letters(n)} has a mistaek{_letters(n)} and "
                       f"**anuther{_letters(n)}** one." for n in range(150))
    release = make_release(body=body)
    findings = [f for f in proof(release) if f.field == "body"]
    assert len(findings) == 450
    panel = ProofingPanel()
    qtbot.addWidget(panel)
    panel.set_findings(findings)
    assert panel.count() == SHOWN_MAX + 1
    assert "250 more" in panel.item(SHOWN_MAX).text()
    editor = BodyEditor()
    qtbot.addWidget(editor)
    for view in ("formatted", "markdown"):
        editor.set_view(view)
        editor.set_markdown(body)
        underline(editor.editor, findings, body)
        underlined = _underlined(editor.editor)
        assert len(underlined) == SHOWN_MAX
        # Each the right word, in order: the n-th "anuther" of the Markdown is the n-th
        # of the formatted text too.
        assert underlined[:3] == ["Paragrafa", "mistaeka", "anuthera"]
        starts = [s.cursor.selectionStart() for s in editor.editor.extraSelections()]
        assert starts == sorted(starts)


def test_the_registers_findings_come_after_the_first_proofing_pass(qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    """The start's render on the GUI thread leaves the office register out (loading the
    proofing rules for it cost ~110 M instructions before the window showed); the readiness
    list has the register's findings once the first proofing pass has loaded them."""
    from releasedesk.checks import check, uses_register

    win, path = _opened_office_release(qtbot, tmp_path)
    assert uses_register(win.scheduler.profile)
    every = {(f.code, f.field) for f in check(win.manager.release, profile=win.scheduler.profile,
                                               path=path)}
    without = {(f.code, f.field) for f in check(win.manager.release, register=False,
                                                 profile=win.scheduler.profile, path=path)}
    assert without < every  # (the title given wrong in the body: the register's error)
    first = win.scheduler.render_now()  # as the start renders, before the window shows
    assert {(f.code, f.field) for f in first.findings} == without
    win.show()

    def listed() -> set[tuple[str, str]]:
        result = win.preview.result
        return {(f.code, f.field) for f in result.findings} if result is not None else set()

    qtbot.waitUntil(lambda: bool(win.proofing.findings), timeout=10000)
    qtbot.waitUntil(lambda: listed() == every, timeout=10000)
    win.manager.modified = False
    win.close()


@pytest.mark.parametrize("body", [
    "\n\n".join(f"Paragraf {n} has a mistaek and **anuther** one." for n in range(60)),
    "\n\n".join(("A long paragraf with one mistaek. " * (n % 7 + 1)).strip() for n in range(40)),
    "- Frist item\n- secnd item\n\nA paragraf after the list.\n\n> A quoet here.",
    "One paragraf only, with a mistaek.",
])
def test_the_first_underlines_made_a_few_blocks_at_a_time_are_those_made_at_once(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """The first underlines of a body are handed to its view a few blocks at a time (the
    shaped text of each few freed before the next); the view ends with the same underlines
    as when they are handed over at once, and a later pass over them keeps them."""
    from releasedesk.gui.body.body_editor import BodyEditor
    from releasedesk.gui.proofing import proofing_panel
    from releasedesk.proofing.engine import proof

    findings = [f for f in proof(make_release(body=body)) if f.field == "body"]
    assert findings
    editor = BodyEditor()
    qtbot.addWidget(editor)

    def underlines() -> list[tuple[int, int, str, str]]:
        return [(s.cursor.anchor(), s.cursor.position(), s.cursor.selectedText(),
                 s.format.underlineColor().name()) for s in editor.editor.extraSelections()]

    for view in ("formatted", "markdown"):
        editor.set_view(view)
        made = []
        for at_once in (1, 3, 10_000):
            editor.set_markdown(body)
            editor.editor.setExtraSelections([])
            monkeypatch.setattr(proofing_panel, "SHAPED_AT_ONCE", at_once)
            proofing_panel.underline(editor.editor, findings, body)
            made.append(underlines())
            proofing_panel.underline(editor.editor, findings, body)  # (a later pass)
            assert underlines() == made[-1]
        assert made[0] == made[1] == made[2]
        assert len(made[0]) == min(len(findings), proofing_panel.SHOWN_MAX)
        assert all(text for _, _, text, _ in made[0])
