"""A photo's place in the formatted body looks like a photo's place, not like a link: it
starts with a small picture, its words are neither underlined nor in the links' colour,
and it is no anchor. The look is the view's alone: the body's Markdown comes back byte for
byte, the tree the same, and edits around the place keep the picture a picture."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from releasedesk.body import tree as t
from releasedesk.body.inline import AnyPhotoId
from releasedesk.body.parse import parse_markdown
from releasedesk.gui.body.rich_body import fill_document
from releasedesk.gui.body.rich_formats import (
    MARKS,
    OBJECT,
    CharLook,
    char_format,
    is_photo_mark,
    split_marks,
)
from releasedesk.gui.body.rich_read import read_blocks
from releasedesk.render.markdown_writer import write_markdown
from test_rich_body import Edits, through_editor

from body_trees import bodies
from examples import examples

RELAXED = settings(max_examples=examples(150, 60), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

photo_ids = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
plain_words = st.lists(st.sampled_from(["The", "ferry", "at", "dusk", "quay", "2026",
                                        "港口", "渡轮", "夜景", "O'Neill", "café"]),
                       min_size=1, max_size=6).map(" ".join)


@st.composite
def photo_paragraph(draw: st.DrawFn) -> str:
    """A paragraph holding a photo's place: alone, as the editor places one, or among words."""
    place = f"![{draw(plain_words)}](photo:{draw(photo_ids)})"
    before = draw(st.sampled_from(["", "Seen here: ", "如图 "]))
    after = draw(st.sampled_from(["", " on the day.", " 摄影。"]))
    return before + place + after


# (a paragraph of words never starts with a number: "2026." alone is an ordered list's
# item, which comes back numbered in order, "2026." then "2027.")
paragraphs = st.lists(st.one_of(plain_words.filter(lambda words: not words[0].isdigit())
                                .map(lambda words: words + "."),
                                photo_paragraph()), min_size=1, max_size=6)
with_photos = paragraphs.filter(lambda found: any("](photo:" in p for p in found)).map(
    "\n\n".join)


@st.composite
def trees_with_photos(draw: st.DrawFn) -> list[t.Block]:
    """A generated body (lists, quotations, links …) with photos' places among its blocks."""
    blocks = list(draw(bodies()))
    for _ in range(draw(st.integers(1, 3))):
        place = t.Image(draw(photo_ids), [t.Text(draw(plain_words))])
        at = draw(st.integers(0, len(blocks)))
        blocks.insert(at, t.Paragraph([place]))
    return blocks


class PhotoEdits(Edits):
    """test_rich_body's random edits, on a document whose photos' places are read as
    places (the editor reads every well-formed photo id so)."""

    def __init__(self, markdown: str) -> None:
        super().__init__("")
        fill_document(QTextCursor(self.document), parse_markdown(markdown, AnyPhotoId()),
                      self.ids, self.look)
        self.mirror.markdown()


def filled(markdown: str) -> QTextDocument:
    document = QTextDocument()
    fill_document(QTextCursor(document), parse_markdown(markdown, AnyPhotoId()),
                  itertools.count(1), CharLook())
    return document


def photo_places(document: QTextDocument) -> list[list[tuple[str, bool, bool, bool, str]]]:
    """Each photo's place in *document*: its runs, as (text, a picture, an anchor,
    underlined, colour)."""
    places: dict[str, list[tuple[str, bool, bool, bool, str]]] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            mark = next((m for m in split_marks(fmt.stringProperty(MARKS)) if m[0] == "i"),
                        None)
            if mark is not None:
                places.setdefault(mark, []).append((
                    fragment.text(), is_photo_mark(fmt), fmt.isAnchor(), fmt.fontUnderline(),
                    fmt.foreground().color().name()))
            fragments += 1
        block = block.next()
    return list(places.values())


def link_colour() -> str:
    return char_format("p", 0, "a1", "https://x.example").foreground().color().name()


@RELAXED
@given(with_photos)
def test_a_photo_s_place_shows_a_picture_and_no_link(qapp: QApplication, markdown: str) -> None:
    document = filled(markdown)
    places = photo_places(document)
    assert len(places) == markdown.count("](photo:")
    for runs in places:
        text, picture, *_ = runs[0]
        assert picture and text == OBJECT  # the place starts with the picture …
        words = runs[1:]
        assert words and not any(run[1] for run in words)  # … then its words
        for _text, _picture, anchor, underlined, colour in words:
            assert not anchor and not underlined and colour != link_colour()


@RELAXED
@given(with_photos)
def test_the_markdown_comes_back_byte_for_byte(qapp: QApplication, markdown: str) -> None:
    assert through_editor(markdown) == markdown
    assert OBJECT not in through_editor(markdown)


@RELAXED
@given(trees_with_photos())
def test_bodies_with_photos_read_back_as_the_same_tree(qapp: QApplication,
                                                        blocks: list[t.Block]) -> None:
    markdown = write_markdown(blocks)
    document = filled(markdown)
    assert read_blocks(document) == parse_markdown(markdown, AnyPhotoId())
    again = through_editor(markdown)
    assert through_editor(again) == again


@settings(max_examples=examples(60, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(with_photos, st.data())
def test_edits_keep_the_picture_a_picture(qapp: QApplication, markdown: str,
                                          data: st.DataObject) -> None:
    edits = PhotoEdits(markdown)
    assert len(photo_places(edits.document)) == markdown.count("](photo:")
    kinds = ["type", "delete", "enter", "backspace", "bold", "link", "list", "quote", "heading",
             "nest", "undo"]
    for kind in data.draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=8)):
        edits.apply(data, kind)
        assert edits.mirror.markdown() == write_markdown(read_blocks(edits.document)), kind
        assert OBJECT not in edits.mirror.markdown()
        # every picture left is still drawn as one (a restyled run keeps its image)
        block = edits.document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if OBJECT in fragment.text():
                    assert is_photo_mark(fragment.charFormat()), kind
                fragments += 1
            block = block.next()
