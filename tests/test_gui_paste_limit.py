"""A paste that would make the body longer than a release holds is refused at once, with
one sentence, instead of being taken and refused only at Save (found by tester14: 2.9
million characters pasted without a word). The sentence counts the body as Save does (its
characters as saved), says what to do, and nothing typed is lost: the body is as it was.
The window shows it in a message box (lows15a: in the status bar it was gone after 15 s,
unread by a user looking at the text), for either view and a rich, plain or our own
formatted paste alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.errors import ReleaseDeskError
from releasedesk.field_rules import MAX_TEXT_FIELD
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.body import rich_paste
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.gui.body.formatted_editor import MARKDOWN_MIME
from releasedesk.gui.form.release_form import ReleaseForm
from releasedesk.recovery import RecoveryStore
from releasedesk.settings import Settings

from examples import examples
from gui_helpers import FakePrompts, prompts_of
from helpers import make_release

LIMIT = 400  # (the rule at a size a test lays out quickly; the real limit below)
KINDS = ("plain", "html", "ours")  # text alone; HTML (Word, a browser); our own copy
WORDS = st.lists(st.sampled_from(["ferry", "quay", "tide", "harbour"]), min_size=1,
                 max_size=60).map(" ".join)


def _window(qtbot: QtBot, body: str, view: str
            ) -> tuple[QMainWindow, ReleaseForm, list[str]]:
    """A window holding a form with *body* in *view*, the cursor at its end; the list is
    what the body's editor said of refused pastes."""
    window = QMainWindow()
    form = ReleaseForm()
    window.setCentralWidget(form)
    qtbot.addWidget(window)
    release = make_release(body=body)
    form.set_release(release)
    form.body.set_view(view)
    form.body.editor.moveCursor(QTextCursor.MoveOperation.End)
    said: list[str] = []
    form.body.pasteRefused.connect(said.append)
    return window, form, said


def _data(text: str, kind: str) -> QMimeData:
    data = QMimeData()
    if kind == "html":
        data.setHtml("".join(f"<p>{line}</p>" for line in text.split("\n")))
    elif kind == "ours":
        data.setData(MARKDOWN_MIME, text.replace("\n", "\n\n").encode("utf-8"))
    data.setText(text)
    return data


def _paste(form: ReleaseForm, text: str, html: bool = False, kind: str = "") -> None:
    form.body.editor.insertFromMimeData(_data(text, kind or ("html" if html else "plain")))


def _numbers(said: list[str]) -> list[int]:
    """The numbers the one sentence said names (the would-be length, then the limit)."""
    assert len(said) == 1, said
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", said[0])]


@settings(max_examples=examples(200, 60), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(WORDS, min_size=1, max_size=6).map("\n\n".join),
       pasted=st.lists(WORDS, min_size=1, max_size=8).map("\n".join),
       view=st.sampled_from([FORMATTED, MARKDOWN]), kind=st.sampled_from(KINDS))
def test_a_paste_past_the_limit_is_refused_and_said(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, body: str, pasted: str, view: str,
        kind: str) -> None:
    monkeypatch.setattr(rich_paste, "MAX_TEXT_FIELD", LIMIT)
    window, form, said = _window(qtbot, body, view)
    before = form.release.body
    _paste(form, pasted, kind=kind)
    after = form.release.body
    if after == before:  # refused: said once, with the count the body would have had
        would, limit = _numbers(said)
        assert limit == LIMIT and would > LIMIT
        assert would >= len(before) + len(pasted)
    else:  # taken: whole, within the limit, and nothing said
        assert len(after) <= LIMIT
        assert all(word in after for word in pasted.split())
        assert said == []
    window.close()


@pytest.mark.parametrize("view", [FORMATTED, MARKDOWN])
@pytest.mark.parametrize("room", [-1, 0, 1, 25])
def test_a_paste_is_taken_exactly_while_it_fits(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: str, room: int) -> None:
    """One line of words pasted after the body: taken while the body then holds the limit
    or less, refused one character past it."""
    monkeypatch.setattr(rich_paste, "MAX_TEXT_FIELD", LIMIT)
    body = "tide " * 40 + "quay"
    pasted = "x" * (LIMIT - len(body) + room)
    window, form, said = _window(qtbot, body, view)
    _paste(form, pasted, html=False)
    assert (form.release.body == body + pasted) is (room <= 0)
    assert len(said) == (room > 0)
    window.close()


def test_at_the_real_limit_the_paste_and_save_name_the_same_count(
        qtbot: QtBot, tmp_path: Path) -> None:
    body = ("harbour " * (MAX_TEXT_FIELD // 8))[: MAX_TEXT_FIELD - 10]
    pasted = "ferry quay tide"
    window, form, said = _window(qtbot, body, MARKDOWN)
    _paste(form, pasted, html=False)
    assert form.release.body == body
    would, limit = _numbers(said)
    assert limit == MAX_TEXT_FIELD
    # Save of that body, pasted anyway, says the same count.
    with pytest.raises(ReleaseDeskError) as refused:
        document.save(make_release(body=body + pasted), tmp_path / "big.release")
    assert f"{would:,}" in str(refused.value)
    _paste(form, pasted[:10], html=False)  # what fits still goes in
    assert form.release.body == body + pasted[:10]
    window.close()


@pytest.fixture
def main_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    made = MainWindow(Settings(), FakePrompts(), RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(made)
    return made


@pytest.mark.parametrize("view", [FORMATTED, MARKDOWN])
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("plain_paste", [False, True])
def test_the_window_says_a_refused_paste_in_a_box_that_stays(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, view: str, kind: str,
        plain_paste: bool) -> None:
    """Paste (Ctrl+V) and Paste as Plain Text (Ctrl+Shift+V) from the clipboard, as the
    user does, in either view: refused, the window shows the one sentence in a message
    box (not a status-bar message that goes), the body is untouched, and a paste that fits
    afterwards is taken without a word."""
    monkeypatch.setattr(rich_paste, "MAX_TEXT_FIELD", LIMIT)
    window = main_window
    release = make_release(body="tide " * 40 + "quay")
    window.manager.new(release)
    window.form.body.set_view(view)
    editor = window.form.body.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    before = window.form.release.body
    prompts = prompts_of(window)
    QGuiApplication.clipboard().setMimeData(_data("ferry harbour\n" * 30, kind))
    editor.paste_plain() if plain_paste else editor.paste()
    assert window.form.release.body == before
    assert len(prompts.errors) == 1
    sentence = prompts.errors[0]
    assert sentence.startswith("Nothing was pasted") and sentence.count(".") == 1
    assert f"{LIMIT}" in sentence and "paste a shorter part" in sentence
    assert window.statusBar().currentMessage() == ""
    QGuiApplication.clipboard().setMimeData(_data("ferry", kind))
    editor.paste_plain() if plain_paste else editor.paste()
    assert "ferry" in window.form.release.body
    assert len(prompts.errors) == 1
    window.manager.modified = False
    window.close()
