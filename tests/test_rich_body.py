"""Switching never changes the content: Markdown → formatted editor → Markdown renders to
the same HTML, and the Markdown kept up to date while typing is the document's own."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from releasedesk.body import tree as t
from releasedesk.body.parse import END_MARK_LINES, parse_markdown
from releasedesk.gui.body.formatted_blocks import BlockCommands, selected_blocks
from releasedesk.gui.body.formatted_editor import FormattedEdit
from releasedesk.gui.body.formatted_inline import InlineCommands
from releasedesk.gui.body.rich_body import fill_document
from releasedesk.gui.body.rich_formats import CharLook
from releasedesk.gui.body.rich_read import MarkdownMirror, read_blocks
from releasedesk.render import body_html
from releasedesk.render.markdown_writer import write_markdown

from body_trees import markdown_bodies, snippet_bodies
from conftest import SAMPLES
from examples import examples

RELAXED = settings(max_examples=examples(150, 60), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def through_editor(markdown: str) -> str:
    """The Markdown the formatted editor gives back once its document has been read."""
    editor = FormattedEdit()
    editor.set_markdown(markdown)
    editor.document().setModified(True)  # as after an edit: read back, not the source kept
    return editor.markdown()


@RELAXED
@given(markdown_bodies)
def test_generated_bodies_survive_the_formatted_editor(qapp: QApplication, markdown: str) -> None:
    again = through_editor(markdown)
    assert body_html(again) == body_html(markdown), (markdown, again)
    assert through_editor(again) == again  # and reading it once more changes nothing


@RELAXED
@given(snippet_bodies)
def test_markdown_as_others_write_it_survives_the_formatted_editor(qapp: QApplication,
                                                                   markdown: str) -> None:
    again = through_editor(markdown)
    assert body_html(again) == body_html(markdown), (markdown, again)


def test_the_samples_survive_the_formatted_editor(qapp: QApplication,
                                                  sample_paths: list[Path]) -> None:
    import json

    for path in sample_paths:
        body = json.loads(path.read_text(encoding="utf-8"))["body"]
        assert body_html(through_editor(body)) == body_html(body), path.name


def test_an_unedited_view_gives_back_its_text_exactly(qapp: QApplication) -> None:
    body = "* star bullets\n* stay stars\n\n### A heading of level three"
    editor = FormattedEdit()
    editor.set_markdown(body)
    assert editor.markdown() == body
    QTextCursor(editor.document()).insertText("New ")
    assert editor.markdown().startswith("- New star bullets")
    editor.undo()  # back where it started: its own text again
    assert editor.markdown() == body


def test_structures_read_back_as_the_same_tree(qapp: QApplication) -> None:
    for markdown in ("- > quote in an item\n- - list in an item\n-\n- after an empty item",
                     "> a\n\n> b", "*a* *b* **[x](https://x.example)** [**y**](https://y.example)",
                     "5. five\n6. six\n    1. sub", "港口*渡轮*码头", "one\\\ntwo",
                     "---\n\n    code\n    block"):
        document = QTextDocument()
        fill_document(QTextCursor(document), parse_markdown(markdown), itertools.count(1),
                      CharLook())
        assert read_blocks(document) == parse_markdown(markdown), markdown


def formatted_with_last_line(markdown: str, lines: list[str]) -> str:
    """The Markdown the formatted view saves for *markdown* with *lines* typed after it,
    each a paragraph of plain text."""
    document = QTextDocument()
    blocks = [*parse_markdown(markdown), *(t.Paragraph([t.Text(line)]) for line in lines)]
    fill_document(QTextCursor(document), blocks, itertools.count(1), CharLook())
    return MarkdownMirror(document).markdown()


@RELAXED
@given(markdown_bodies, st.sampled_from(END_MARK_LINES), st.sampled_from(["", " ", "  "]),
       st.sampled_from(["", " "]))
def test_an_end_mark_typed_last_prints_as_in_the_markdown_view(
        qapp: QApplication, markdown: str, mark: str, before: str, after: str) -> None:
    # The last line gives way to the release's own end mark in either view (not "\\###",
    # which printed the mark twice); anywhere else it is text in either view.
    last = formatted_with_last_line(markdown, [before + mark + after])
    assert body_html(last) == body_html(markdown + "\n\n" + mark) == body_html(markdown), last
    inside = formatted_with_last_line(markdown, [mark, "Ends here."])
    typed = markdown + "\n\n" + mark + "\n\nEnds here."
    assert body_html(inside) == body_html(typed) != body_html(markdown + "\n\nEnds here.")


@RELAXED
@given(markdown_bodies, st.sampled_from(["#", "####", "--30--", "\\###", "### a", "-30-."]))
def test_a_last_line_that_is_no_end_mark_stays_text(qapp: QApplication, markdown: str,
                                                    line: str) -> None:
    last = formatted_with_last_line(markdown, [line])
    assert body_html(last) != body_html(markdown)
    assert body_html(last) == body_html(markdown + "\n\n" + write_markdown(
        [t.Paragraph([t.Text(line)])]))


# -- the Markdown kept while typing is the document's own --------------------------------


class Edits:
    """Random edits of the kinds a writer makes, on a document with a mirror."""

    def __init__(self, markdown: str) -> None:
        self.document = QTextDocument()
        self.ids = itertools.count(1)
        self.look = CharLook()
        fill_document(QTextCursor(self.document), parse_markdown(markdown), self.ids, self.look)
        self.mirror = MarkdownMirror(self.document)
        self.mirror.markdown()  # read now, so what follows is kept up incrementally
        self.blocks = BlockCommands(self.document, self.ids, self.look)
        self.inline = InlineCommands(self.document, self.ids, self.look)

    def cursor(self, data: st.DataObject, selection: bool = False) -> QTextCursor:
        end = self.document.characterCount() - 1
        cursor = QTextCursor(self.document)
        cursor.setPosition(data.draw(st.integers(0, end)))
        if selection:
            cursor.setPosition(data.draw(st.integers(0, end)), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def apply(self, data: st.DataObject, kind: str) -> None:
        cursor = self.cursor(data, selection=kind in ("delete", "bold", "link", "list",
                                                       "quote", "heading", "nest"))
        cursor.beginEditBlock()
        if kind == "type":
            cursor.insertText(data.draw(st.sampled_from(["a", " word ", "港口", "*", "\n"])))
        elif kind == "delete":
            cursor.removeSelectedText()
        elif kind == "enter":
            self.blocks.enter(cursor)
        elif kind == "backspace":
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            if not self.blocks.backspace(cursor):
                cursor.deletePreviousChar()
        elif kind == "bold":
            self.inline.toggle_mark(cursor, data.draw(st.sampled_from("se")))
        elif kind == "link" and cursor.hasSelection():
            self.inline.set_link(cursor.selectionStart(), cursor.selectionEnd(),
                                 cursor.selectedText(), "https://x.example")
        elif kind == "list":
            self.blocks.toggle_list(selected_blocks(cursor), data.draw(st.booleans()))
        elif kind == "quote":
            self.blocks.toggle_quote(selected_blocks(cursor))
        elif kind == "heading":
            self.blocks.toggle_heading(selected_blocks(cursor))
        elif kind == "nest":
            self.blocks.each_item(selected_blocks(cursor), data.draw(st.sampled_from(
                ["nest", "unnest"])))
        cursor.endEditBlock()
        if kind == "undo":
            self.document.undo()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_bodies, st.data())
def test_markdown_kept_while_editing_is_the_documents_own(qapp: QApplication, markdown: str,
                                                         data: st.DataObject) -> None:
    edits = Edits(markdown)
    kinds = ["type", "delete", "enter", "backspace", "bold", "link", "list", "quote", "heading",
             "nest", "undo"]
    for kind in data.draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=8)):
        edits.apply(data, kind)
        kept = edits.mirror.markdown()
        fresh = write_markdown(read_blocks(edits.document))
        assert kept == fresh, kind


def test_edits_touch_only_the_changed_lines(qapp: QApplication) -> None:
    body = (SAMPLES / "tidewater-ferry-terminal.release").read_text(encoding="utf-8")
    import json

    edits = Edits(json.loads(body)["body"])
    before = list(edits.mirror._lines or [])
    cursor = QTextCursor(edits.document.findBlockByNumber(3))
    cursor.insertText("Typed ")
    edits.mirror.markdown()
    after = edits.mirror._lines or []
    assert len(after) == len(before)
    changed = [n for n, (old, new) in enumerate(zip(before, after, strict=True)) if old is not new]
    assert changed == [3]


def test_an_item_without_a_parent_item_un_nests_into_a_list_of_its_own(qapp: QApplication) -> None:
    # A sub-item whose parent item is gone (pasted alone, or its parent deleted): the only
    # item of its list, which Qt deletes as the item leaves it.
    edits = Edits("1. only")
    block = edits.document.firstBlock()
    cursor = QTextCursor(edits.document)
    cursor.beginEditBlock()
    edits.blocks.apply(block, ("l", "l"), block.textList())
    cursor.endEditBlock()
    assert edits.blocks.unnest(block) == 0
    assert edits.mirror.markdown() == "1. only"


@RELAXED
@given(st.lists(st.tuples(st.text(alphabet="\u3000\u00a0", max_size=3),
                          st.sampled_from(["港口开放", "ferry *quay*", "**夜市**", "码头"]),
                          st.text(alphabet="\u3000\u00a0", max_size=3)), min_size=1, max_size=4),
       st.sampled_from(["", "- ", "## "]))
def test_ideographic_and_no_break_spaces_at_a_block_s_edges_survive_the_formatted_editor(
        qapp: QApplication, lines: list[tuple[str, str, str]], opening: str) -> None:
    """They are text in CommonMark (only spaces and tabs are stripped there), and a Chinese
    office indents with U+3000: the formatted view keeps them as the Markdown view does."""
    markdown = "\n\n".join(f"{opening}{lead}{words}{trail}" for lead, words, trail in lines)
    again = through_editor(markdown)
    assert parse_markdown(again) == parse_markdown(markdown), (markdown, again)
