"""A paste into the body drops the characters a save drops (body.safety.clean_text): a
right-to-left override pasted from a web page showed "gnp.exe" as "exe.png" in the editor
while the preview and the exports, which read the saved body, showed "gnp.exe".

Invariant, over texts holding every kind of such character, written literally or as an
HTML character reference, pasted as HTML or as plain text into either view: the editor
shows the words the saved body holds, and nothing a save would drop."""

from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from releasedesk.body.safety import clean_text
from releasedesk.gui.body.formatted_editor import FormattedEdit
from releasedesk.gui.body.markdown_editor import MarkdownEdit

from examples import examples

# What clean_text drops: controls, bidi embeddings and overrides, the deprecated format
# controls, a byte order mark, interlinear annotation marks, non-characters.
DROPPED = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\ufeff", "\x07", "\x1b",
           "\x85", "\u206a", "\u206f", "\ufff9", "\ufffb", "\uffff"]
# ... and what it keeps: isolates, marks, joiners, letters of both directions.
KEPT = ["\u2066", "\u2069", "\u200f", "\u200e", "\u200d", "\u2060", "a", "b", "港", "ש", ".",
        " ", "exe", "gnp", "photo"]

texts = st.lists(st.sampled_from(DROPPED + KEPT), min_size=1, max_size=20).map("".join).filter(
    lambda text: clean_text(text).strip() != "")


def pasted(editor: QTextEdit | QPlainTextEdit, data: QMimeData) -> str:
    editor.insertFromMimeData(data)
    return editor.toPlainText()


def as_html(text: str, references: bool) -> str:
    if references:  # (HTML reads &#x85; as "…", as Windows-1252 has it, and &#xffff; as "�")
        text = "".join(f"&#x{ord(c):x};" if c in DROPPED and c not in "\x85\uffff"
                       else html.escape(c) for c in text)
    else:
        text = html.escape(text)
    return f"<p>Open <b>{text}</b> now</p>"


@settings(max_examples=examples(100, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_a_paste_shows_what_the_saved_body_holds(qapp: QApplication, text: str,
                                                 references: bool) -> None:
    kept = clean_text(text)
    for make in (FormattedEdit, MarkdownEdit):
        for kind in ("html", "plain"):
            editor = make()
            if isinstance(editor, FormattedEdit):
                editor.set_markdown("")
            data = QMimeData()
            if kind == "html":
                data.setHtml(as_html(text, references))
            data.setText(f"Open {text} now")
            shown = pasted(editor, data)
            assert clean_text(shown) == shown, (make.__name__, kind, shown)
            assert not set(shown) & set(DROPPED), (make.__name__, kind)
            # Every kept character is there, in order (the HTML reader folds spaces).
            words = [word for word in kept.split() if word]
            position = 0
            for word in words:
                position = shown.find(word, position)
                assert position >= 0, (make.__name__, kind, word, shown)
                position += len(word)


def test_the_testers_spoofed_file_name_reads_as_saved(qapp: QApplication) -> None:
    spoof = "photo\u202egnp.exe"
    editor = FormattedEdit()
    editor.set_markdown("")
    data = QMimeData()
    data.setHtml(f"<p>Download <a href='https://x.example/f'>{spoof}</a></p>")
    data.setText(f"Download {spoof}")
    assert "photognp.exe" in pasted(editor, data)
    assert "\u202e" not in editor.markdown()
