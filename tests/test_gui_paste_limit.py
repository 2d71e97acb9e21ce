"""A paste that would make the body longer than a release holds is refused at once, with
one sentence in the status bar, instead of being taken and refused only at Save (found by
tester14: 2.9 million characters pasted without a word). The sentence counts the body as
Save does (its characters as saved), and nothing typed is lost: the body is as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from releasedesk import document
from releasedesk.errors import ReleaseDeskError
from releasedesk.field_rules import MAX_TEXT_FIELD
from releasedesk.gui.body import rich_paste
from releasedesk.gui.body.body_editor import FORMATTED, MARKDOWN
from releasedesk.gui.form.release_form import ReleaseForm

from examples import examples
from helpers import make_release

LIMIT = 400  # (the rule at a size a test lays out quickly; the real limit below)
WORDS = st.lists(st.sampled_from(["ferry", "quay", "tide", "harbour"]), min_size=1,
                 max_size=60).map(" ".join)


def _window(qtbot: QtBot, body: str, view: str) -> tuple[QMainWindow, ReleaseForm]:
    window = QMainWindow()
    form = ReleaseForm()
    window.setCentralWidget(form)
    qtbot.addWidget(window)
    release = make_release(body=body)
    form.set_release(release)
    form.body.set_view(view)
    form.body.editor.moveCursor(QTextCursor.MoveOperation.End)
    return window, form


def _paste(form: ReleaseForm, text: str, html: bool) -> None:
    data = QMimeData()
    if html:
        data.setHtml("".join(f"<p>{line}</p>" for line in text.split("\n")))
    data.setText(text)
    form.body.editor.insertFromMimeData(data)


def _said(window: QMainWindow) -> list[int]:
    """The numbers the status bar's sentence names (the limit, the would-be length)."""
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*",
                                                         window.statusBar().currentMessage())]


@settings(max_examples=examples(200, 60), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(WORDS, min_size=1, max_size=6).map("\n\n".join),
       pasted=st.lists(WORDS, min_size=1, max_size=8).map("\n".join),
       view=st.sampled_from([FORMATTED, MARKDOWN]), html=st.booleans())
def test_a_paste_past_the_limit_is_refused_and_said(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, body: str, pasted: str, view: str,
        html: bool) -> None:
    monkeypatch.setattr(rich_paste, "MAX_TEXT_FIELD", LIMIT)
    window, form = _window(qtbot, body, view)
    before = form.release.body
    _paste(form, pasted, html)
    after = form.release.body
    if after == before:  # refused: said, with the count the body would have had
        limit, would = _said(window)
        assert limit == LIMIT and would > LIMIT
        assert would >= len(before) + len(pasted)
    else:  # taken: whole, and within the limit
        assert len(after) <= LIMIT
        assert all(word in after for word in pasted.split())
        assert window.statusBar().currentMessage() == ""
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
    window, form = _window(qtbot, body, view)
    _paste(form, pasted, html=False)
    assert (form.release.body == body + pasted) is (room <= 0)
    window.close()


def test_at_the_real_limit_the_paste_and_save_name_the_same_count(
        qtbot: QtBot, tmp_path: Path) -> None:
    body = ("harbour " * (MAX_TEXT_FIELD // 8))[: MAX_TEXT_FIELD - 10]
    pasted = "ferry quay tide"
    window, form = _window(qtbot, body, MARKDOWN)
    _paste(form, pasted, html=False)
    assert form.release.body == body
    limit, would = _said(window)
    assert limit == MAX_TEXT_FIELD
    # Save of that body, pasted anyway, says the same count.
    with pytest.raises(ReleaseDeskError) as refused:
        document.save(make_release(body=body + pasted), tmp_path / "big.release")
    assert f"{would:,}" in str(refused.value)
    _paste(form, pasted[:10], html=False)  # what fits still goes in
    assert form.release.body == body + pasted[:10]
    window.close()
