"""The redline shows the text as it reads (issue 27, point 9): emphasis, links and lists
rendered, never their Markdown; house-style settings named in words, their values never
JSON."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication

from releasedesk.clearance.reading import (
    SETTING_NAMES,
    STRONG,
    label,
    laid_out,
    read_pieces,
    setting_name,
    value_words,
)
from releasedesk.clearance.wordiff import ADDED, REMOVED, compare
from releasedesk.fields import CONVENTION_KEYS
from releasedesk.gui.basics import i18n
from releasedesk.gui.clearance.redline import RedlineView

WORDS = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9)
# Anything Markdown writes that a reader never sees (a numbered list's numbers print).
MARKERS = re.compile(r"\*|_|`|\[|\]|\(|\)|^\s*[-+]\s|^#|^>", re.M)


@st.composite
def runs(draw: st.DrawFn) -> str:
    """One formatted run of words: plain, bold, italic, bold italic, code or a link."""
    words = " ".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
    kind = draw(st.sampled_from(["plain", "bold", "italic", "both", "code", "link"]))
    return {"plain": words, "bold": f"**{words}**", "italic": f"*{words}*",
            "both": f"***{words}***", "code": f"`{words}`",
            "link": f"[{words}](https://fernhollow.example/{words.replace(' ', '-')})"}[kind]


@st.composite
def blocks(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["paragraph", "bullets", "numbers", "heading", "quote"]))

    def line() -> str:
        return " ".join(draw(st.lists(runs(), min_size=1, max_size=4)))

    if kind == "paragraph":
        return line()
    if kind == "heading":
        return f"## {line()}"
    if kind == "quote":
        return f"> {line()}"
    items = draw(st.integers(1, 4))

    def marker(n: int) -> str:
        return "- " if kind == "bullets" else f"{n + 1}. "

    return "\n".join(marker(n) + line() for n in range(items))


bodies = st.lists(blocks(), min_size=1, max_size=5).map("\n\n".join)


def plain_text(old: str, new: str) -> str:
    view = RedlineView()
    view.show_changes(compare({"canonical": 2, "body": old}, {"canonical": 2, "body": new}))
    return view.toPlainText()


@settings(max_examples=60, deadline=None)
@given(old=bodies, new=bodies)
def test_no_markdown_marker_reaches_the_redline(qapp: QApplication, old: str, new: str) -> None:
    text = plain_text(old, new)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("Body, paragraph"))
    assert not MARKERS.search(body), body
    # Every word of each change is there to read (links' addresses aside).
    for change in compare({"canonical": 2, "body": old}, {"canonical": 2, "body": new}):
        for source in (change.removed, change.added):
            for word in re.findall(r"[a-z]+", re.sub(r"\(https?://[^)]*\)", "", source)):
                assert word in body


@settings(max_examples=40, deadline=None)
@given(words=st.lists(WORDS, min_size=2, max_size=6, unique=True), chosen=st.data())
def test_a_word_made_bold_reads_bold_and_changed(qapp: QApplication, words: list[str],
                                                 chosen: st.DataObject) -> None:
    index = chosen.draw(st.integers(0, len(words) - 1))
    old = " ".join(words)
    new = " ".join(f"**{w}**" if i == index else w for i, w in enumerate(words))
    [change] = compare({"canonical": 2, "body": old}, {"canonical": 2, "body": new})
    pieces = read_pieces(change)
    added = [p for p in pieces if p.kind == ADDED]
    assert [p.text for p in added] == [words[index]] and added[0].styles == {STRONG}
    assert [p.text for p in pieces if p.kind == REMOVED] == [words[index]]
    view = RedlineView()
    view.show_changes([change])
    assert "**" not in view.toPlainText()
    cursor = QTextCursor(view.document())
    found = view.document().find(words[index], cursor)
    bold = []
    while not found.isNull():
        bold.append(found.charFormat().fontWeight() >= QFont.Weight.Bold)
        found = view.document().find(words[index], found)
    assert any(bold)


@pytest.mark.parametrize("source,expected", [
    ("- ferry\n- quay", "• ferry\n• quay"),
    ("3. ferry\n4. quay", "3. ferry\n4. quay"),
    ("**Night** market [opens](https://x.example) `Friday`", "Night market opens Friday"),
    ("## The timetable", "The timetable"),
    ("> Ferries run late.", "Ferries run late."),
])
def test_markdown_is_laid_out_as_it_prints(source: str, expected: str) -> None:
    assert "".join(text for text, _styles, _href in laid_out(source)) == expected


@pytest.mark.parametrize("old,new,absent,present", [
    ({"date_format": "ap"}, {"date_format": "iso"}, "date_format", "date format"),
    ({"date_format": "ap"}, {"date_format": "long"}, "ap", "Nov. 25, 2026 (AP) November 25"),
    ({"paper": ""}, {"paper": "letter"}, "letter", "US Letter"),
    ({"status_line": True}, {"status_line": False}, "false", "no"),
    ({"mail_to": ["a@x.example"]}, {"mail_to": ["a@x.example", "b@x.example"]}, "[",
     "b@x.example"),
    ({"typesetting": {}}, {"typesetting": {"body_size_pt": 11}}, "{", "body size pt: 11"),
    ({"words": {"about": "About us"}}, {"words": {"about": "About the Authority"}},
     "words.about", "output word"),
])
def test_settings_are_named_and_valued_in_words(
        qapp: QApplication, old: dict[str, object], new: dict[str, object], absent: str,
        present: str) -> None:
    changes = compare({"canonical": 2, "conventions": old}, {"canonical": 2, "conventions": new})
    assert changes
    view = RedlineView()
    view.show_changes(changes)
    text = view.toPlainText()
    assert absent not in text and present in text and '"' not in text


def test_every_setting_has_a_name_in_words() -> None:
    for key in CONVENTION_KEYS:
        assert key in SETTING_NAMES, key
        assert "_" not in setting_name(key)


@pytest.mark.parametrize("stored,words", [
    ("true", "yes"), ("false", "no"), ("null", "(none)"), ('["a", "b"]', "a, b"),
    ('{"margins_mm": [20, 25]}', "margins mm: 20, 25"), ("plain words", "plain words"),
    ("{not json", "{not json"), ("2026", "2026")])
def test_stored_values_read_as_words(stored: str, words: str) -> None:
    assert value_words(stored) == words


def test_the_labels_are_translated(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.translation_file("zh_CN")))
    QCoreApplication.installTranslator(translator)
    try:
        [change] = compare({"canonical": 2, "conventions": {"date_format": "ap"}},
                           {"canonical": 2, "conventions": {"date_format": "zh"}})
        heading = label(change, lambda s: QCoreApplication.translate("", s))
        assert not re.search(r"[A-Za-z]", heading), heading
    finally:
        QCoreApplication.removeTranslator(translator)
