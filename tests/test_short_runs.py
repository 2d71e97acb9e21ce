"""The preview's HTML with long texts in short runs: the same text and the same look in Qt,
only cut into more runs (short_runs.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtWidgets import QApplication

from releasedesk.body import tree as t
from releasedesk.gui.basics.short_runs import RUN, SHAPED_STEP, runs, short_runs
from releasedesk.gui.body import rich_body
from releasedesk.gui.body.formatted_editor import FormattedEdit
from releasedesk.gui.body.rich_formats import MARKS, RUN_PART
from releasedesk.gui.preview.preview_pane import render_preview
from releasedesk.render.html_units import SplitHtml
from releasedesk.render.html_writer import render_fragment
from releasedesk.render.layout import build_layout
from releasedesk.resources import resource_text

from body_trees import bodies
from corpus import corpus
from examples import examples
from helpers import make_release

CSS = {"web": resource_text("css", "preview-web.css"),
       "word": resource_text("css", "preview-word.css")}
INSERTED = re.compile(r'<a name="run">(.*?)</a>', re.DOTALL)
TEXT = re.compile(r">([^<]*)<")
LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.DOTALL)


def pages() -> dict[str, tuple[str, str]]:
    """Every corpus release as the Web and the Word tab show it: name -> (html, css)."""
    return {name: (html, css) for name, (html, _, css) in previews().items()}


def previews() -> dict[str, tuple[str, SplitHtml, str]]:
    """Every corpus release as the Web and the Word tab show it, with the blocks Qt is
    given (long texts in short runs): name -> (html, blocks, css)."""
    found = {}
    for name, release in corpus().items():
        result = render_preview(release)
        found[f"{name} (web)"] = (result.web, result.web_units, CSS["web"])
        found[f"{name} (word)"] = (result.word, result.word_units, CSS["word"])
    return found


def looks(html: str, css: str) -> list[tuple[str, tuple[object, ...]]]:
    """The document's text in runs of one look: everything a reader sees of a format."""
    document = QTextDocument()
    document.setDefaultStyleSheet(css)
    document.setHtml(html)
    return document_looks(document)


def document_looks(document: QTextDocument) -> list[tuple[str, tuple[object, ...]]]:
    runs: list[tuple[str, tuple[object, ...]]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            look = _look(fragment.charFormat())
            if runs and runs[-1][1] == look:
                runs[-1] = (runs[-1][0] + fragment.text(), look)
            else:
                runs.append((fragment.text(), look))
            iterator += 1
        runs.append(("\n", ()))
        block = block.next()
    return runs


def _look(char: QTextCharFormat) -> tuple[object, ...]:
    font = char.font()
    return (char.foreground().color().name(), font.family(), font.pointSizeF(), font.weight(),
            font.italic(), font.underline(), font.strikeOut(), font.letterSpacing(),
            char.verticalAlignment(), char.background().color().name(), char.anchorHref(),
            char.property(QTextFormat.Property.FontFixedPitch), char.stringProperty(MARKS),
            char.property(QTextFormat.Property.FontSizeAdjustment))


def test_taking_the_runs_out_again_gives_the_writers_html_back() -> None:
    for name, (html, _css) in pages().items():
        assert INSERTED.sub(r"\1", short_runs(html)) == html, name


def test_qt_sees_the_same_text_in_the_same_look(qapp: QApplication) -> None:
    cut = 0
    for name, (html, css) in pages().items():
        shorter = short_runs(html)
        cut += shorter.count('<a name="run">')
        assert looks(shorter, css) == looks(html, css), name
    assert cut > 1000  # the long release was cut: the comparison saw runs, not nothing


def test_no_long_run_is_left_outside_links() -> None:
    html = render_preview(corpus()["twenty-thousand-words"]).web
    outside_links = LINK.sub("<a></a>", INSERTED.sub(r"<b></b>\1<b></b>", short_runs(html)))
    longest = max(len(INSERTED.sub("", text)) for text in TEXT.findall(outside_links))
    assert longest <= RUN
    inside = max(len(piece) for piece in INSERTED.findall(short_runs(html)))
    assert inside <= RUN


def test_links_entities_and_unbreakable_text_stay_whole() -> None:
    link = '<a href="https://x.example/?a=1&amp;b=2">' + "link words " * 20 + "</a>"
    assert short_runs(f"<p>{link}</p>") == f"<p>{link}</p>"
    address = "https://calloway-harbour.example/" + "x" * 200  # no place to cut
    assert short_runs(f"<p>{address}</p>") == f"<p>{address}</p>"
    entities = "<p>" + "Fish &amp; chips &lt;3 " * 30 + "</p>"
    for piece in INSERTED.findall(short_runs(entities)):
        assert piece.count("&") == piece.count(";")  # every entity whole inside its run
    chinese = "<p>" + "渡轮码头今天开放，" * 30 + "</p>"
    assert '<a name="run">' in short_runs(chinese)  # cut after the Chinese commas


def _runs_break_by_break(text: str, run: int) -> list[str]:
    """The runs as first written: every break within a run found, the last one taken."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > run:
        last = None
        for within in re.finditer(r"[ \n，。、；：！？]", text[:start + run]):
            if within.start() >= start + 1:
                last = within
        if last is not None:
            end = last.end()
        else:
            after = re.compile(r"[ \n，。、；：！？]").search(text, start + run)
            if after is None:
                break
            end = after.end()
        if end >= len(text):
            break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


@settings(max_examples=examples(600, 200), deadline=None)
@given(st.text(st.sampled_from("ab \n，。、；：！？x渡\u3000-"), max_size=500),
       st.sampled_from([1, 2, 3, 7, 20, RUN]))
def test_runs_cut_after_the_last_break_of_each_run(text: str, run: int) -> None:
    assert runs(text, run) == _runs_break_by_break(text, run)
    assert "".join(runs(text, run)) == text


_BREAKS = re.compile(r"[ \n，。、；：！？]")


@settings(max_examples=examples(600, 200), deadline=None)
@given(st.text(st.sampled_from("ab \n，。、；：！？x渡\u3000-é&;"), max_size=900))
def test_every_run_that_can_break_is_shorter_than_the_shaping_step(text: str) -> None:
    """Qt keeps a paragraph's shaping buffer in steps of its longest item's length: no run
    cut at the default length reaches SHAPED_STEP, unless it has no break to end it at
    before (a long word or address runs on to its first break)."""
    assert RUN < SHAPED_STEP
    pieces = runs(text)
    assert "".join(pieces) == text
    for piece in pieces:
        assert len(piece) < SHAPED_STEP or _BREAKS.search(piece, 1, RUN) is None


@settings(max_examples=40, deadline=None)
@given(bodies())
def test_any_body_keeps_its_text_and_look(qapp: QApplication, body: list[t.Block]) -> None:
    from releasedesk.render.markdown_writer import write_markdown

    release = make_release(body=write_markdown(body * 4))
    html = render_fragment(build_layout(release))
    shorter = short_runs(html, run=24)
    assert INSERTED.sub(r"\1", shorter) == html
    assert looks(shorter, CSS["web"]) == looks(html, CSS["web"])


def formatted(body: str) -> tuple[FormattedEdit, str]:
    """The formatted editor holding *body*, and the Markdown it reads back from it."""
    editor = FormattedEdit()
    editor.set_markdown(body)
    editor.document().setModified(True)  # as after an edit: read back, not the source kept
    return editor, editor.markdown()


def parts(editor: FormattedEdit) -> int:
    count = 0
    block = editor.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            count += bool(iterator.fragment().charFormat().property(RUN_PART))
            iterator += 1
        block = block.next()
    return count


def test_the_formatted_editor_holds_long_texts_in_runs_and_reads_them_back_the_same(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    bodies = {name: release.body for name, release in corpus().items()}
    cut = {name: formatted(body) for name, body in bodies.items()}
    monkeypatch.setattr(rich_body, "runs", lambda text: [text])
    for name, body in bodies.items():
        editor, markdown = cut[name]
        whole_editor, whole_markdown = formatted(body)
        assert parts(whole_editor) == 0
        assert markdown == whole_markdown, name
        assert document_looks(editor.document()) == document_looks(whole_editor.document()), name
    assert parts(cut["twenty-thousand-words"][0]) > 1000


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies())
def test_any_body_reads_back_the_same_from_short_runs(qapp: QApplication,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      body: list[t.Block]) -> None:
    from releasedesk.render.markdown_writer import write_markdown

    markdown = write_markdown(body)
    with monkeypatch.context() as patch:
        patch.setattr(rich_body, "runs", lambda text: runs(text, 6))
        editor, cut = formatted(markdown)
    whole_editor, whole = formatted(markdown)
    assert cut == whole
    assert document_looks(editor.document()) == document_looks(whole_editor.document())


def test_what_is_copied_from_the_preview_is_the_uncut_text(qapp: QApplication) -> None:
    from PySide6.QtGui import QTextCursor

    from releasedesk.gui.basics.short_runs import without_runs
    from releasedesk.gui.preview.document_patch import DocumentPatcher
    from releasedesk.gui.preview.preview_photos import PhotoTextBrowser

    for name, (html, split, css) in previews().items():
        browser = PhotoTextBrowser()
        browser.document().setDefaultStyleSheet(css)
        patcher = DocumentPatcher(browser.document())
        patcher.set_html(html, split)
        browser.shown_html = patcher.html
        reference = QTextDocument()  # the same page, never cut
        reference.setDefaultStyleSheet(css)
        reference.setHtml(without_runs(patcher.html()))
        length = reference.characterCount() - 1
        for start, end in ((0, length), (length // 3, 2 * length // 3)):
            for document in (browser.document(), reference):
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                if document is browser.document():
                    browser.setTextCursor(cursor)
                else:
                    expected = cursor.selection()
            copied = browser.createMimeDataFromSelection()
            assert 'name="run"' not in copied.html(), name
            assert copied.html() == expected.toHtml(), name
            assert copied.text() == expected.toPlainText(), name
            assert copied.text().strip()  # something was selected and copied
