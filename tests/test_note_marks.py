"""A note's citation in the body ("today.[1]", with a note paragraph "[1] …") is a raised
link to its note in the page, raised in the Word document, and "[1]" in the text export.

Found by the tester: a draft's footnote came in glued to the word ("today.1") and went
out so in every format. The importers now keep a note as "[1]" (test_import_html_notes);
the exports show it as a note reference, each citation linked to the one note of its
number, while the text export keeps the brackets.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.exporting import export_context
from releasedesk.importing import READERS, import_bytes
from releasedesk.model import Release
from releasedesk.render import build_layout
from releasedesk.render.docx_writer import write_docx
from releasedesk.render.html_writer import write_html
from releasedesk.render.note_marks import cited
from releasedesk.render.text_writer import render_text
from test_import_html_notes import PAGES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTES = frozenset({1, 2, 12})


@pytest.mark.parametrize(("text", "pieces"), [
    ("today.[1] Ferries", ["today.", 1, " Ferries"]),
    ("today[2].", ["today", 2, "."]),
    ("今天重新开放。[1]渡轮", ["今天重新开放。", 1, "渡轮"]),
    ("two[1][2] notes", ["two", 1, 2, " notes"]),
    ("a list [1] apart", ["a list [1] apart"]),  # after a space: not a citation
    ("[1] The note itself", ["[1] The note itself"]),
    ("see ([1])", ["see ([1])"]), ("（[1]）", ["（[1]）"]),
    ("today.[3] unknown note", ["today.[3] unknown note"]),
    ("today.[12]", ["today.", 12]),
    ("word[1](x) and [2]: label", ["word[1](x) and [2]: label"]),
])
def test_what_is_a_citation(text: str, pieces: list[str | int]) -> None:
    assert cited(text, NOTES) == pieces
    assert cited(text, frozenset()) == [text]


def _release(body: str, language: str = "en") -> Release:
    return Release(headline="Quay reopens", body=body, language=language)


BODY = ("The quay reopened today.\\[1\\] Ferries run from **Monday**.\\[2\\]\n\n"
        "- A list item citing one[1]\n\n"
        "\\[1\\] The quay was closed in May.\n\n\\[2\\] Timetables are at the office.")


def _page(release: Release) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(write_html(build_layout(release), export_context()))


def test_the_page_raises_each_citation_as_a_link_to_its_note() -> None:
    page = _page(_release(BODY))
    refs = page.xpath('//sup[@class="release-note-ref"]/a')
    assert [a.get("href") for a in refs] == ["#note-1", "#note-2", "#note-1"]
    assert [a.text for a in refs] == ["[1]", "[2]", "[1]"]
    for number in (1, 2):
        [note] = page.xpath(f'//*[@id="note-{number}"]')
        assert note.tag == "p" and note.text_content().startswith(f"[{number}] ")
    assert "today.1" not in page.text_content()


def test_the_word_document_raises_them_and_the_text_keeps_brackets() -> None:
    for language in ("en", "zh-CN"):
        release = _release(BODY.replace("Monday", "周一"), language)
        layout = build_layout(release)
        data = write_docx(layout, export_context())
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("word/document.xml"))
        raised = [run for run in root.iter(f"{W}r")
                  if run.find(f"{W}rPr/{W}vertAlign") is not None]
        assert ["".join(t.text or "" for t in run.iter(f"{W}t")) for run in raised] == \
            ["[1]", "[2]", "[1]"]
        for run in raised:
            assert run.find(f"{W}rPr/{W}vertAlign").get(f"{W}val") == "superscript"
        text = render_text(layout)
        assert "today.[1] Ferries" in text and "\n[1] The quay was closed" in text


def test_an_imported_html_draft_s_notes_come_out_raised() -> None:
    release, _ = import_bytes(PAGES["pandoc"].encode(), "draft.html", READERS["html"],
                              zone=UTC)
    page = _page(release)
    assert [a.get("href") for a in page.xpath('//sup[@class="release-note-ref"]/a')] == \
        ["#note-1", "#note-2"]
    assert not re.search(r"[a-z.]\d", page.xpath('//div[@class="release-body"]')[0]
                         .text_content())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(1, 6), max_size=8), st.lists(st.integers(1, 6), max_size=4))
def test_every_citation_links_to_one_note_that_is_there(cites: list[int],
                                                        notes: list[int]) -> None:
    """In the page (an id) and in the Word document (a bookmark) alike."""
    words = " ".join(f"word{n % 3}.[{n}]" for n in cites) or "No citations."
    body = "\n\n".join([words, *(f"\\[{n}\\] Note {n}." for n in notes)])
    page = _page(_release(body))
    ids = [element.get("id") for element in page.xpath('//*[starts-with(@id, "note-")]')]
    assert len(ids) == len(set(ids)) == len(set(notes))
    hrefs = [a.get("href") for a in page.xpath('//sup[@class="release-note-ref"]/a')]
    assert hrefs == [f"#note-{n}" for n in cites if n in notes]
    assert all(href[1:] in ids for href in hrefs)
    root = _document(_release(body))
    starts = list(root.iter(f"{W}bookmarkStart"))
    names = [m.get(f"{W}name") for m in starts]
    marks = [m.get(f"{W}id") for m in starts]
    assert len(names) == len(set(names)) == len(set(notes)) == len(set(marks))
    assert sorted(marks) == sorted(m.get(f"{W}id") for m in root.iter(f"{W}bookmarkEnd"))
    anchors = [x.get(f"{W}anchor") for x in root.iter(f"{W}hyperlink")]
    assert anchors == [f"_Note{n}" for n in cites if n in notes]
    assert set(anchors) <= set(names)


def _document(release: Release) -> etree._Element:
    data = write_docx(build_layout(release), export_context())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def test_the_word_document_links_each_citation_to_its_note() -> None:
    """Noticed last stop: the citations were raised but led nowhere."""
    for language in ("en", "zh-CN"):
        root = _document(_release(BODY, language))
        links = [(link.get(f"{W}anchor"), "".join(t.text or "" for t in link.iter(f"{W}t")))
                 for link in root.iter(f"{W}hyperlink") if link.get(f"{W}anchor")]
        assert links == [("_Note1", "[1]"), ("_Note2", "[2]"), ("_Note1", "[1]")]
        for number in (1, 2):
            [start] = [m for m in root.iter(f"{W}bookmarkStart")
                       if m.get(f"{W}name") == f"_Note{number}"]
            paragraph = start.getparent()
            assert paragraph.tag == f"{W}p"
            text = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
            assert text.startswith(f"[{number}] ")
            [end] = [m for m in root.iter(f"{W}bookmarkEnd")
                     if m.get(f"{W}id") == start.get(f"{W}id")]
            assert end.getparent() is paragraph


def test_a_citation_inside_a_link_is_raised_not_linked_again() -> None:
    root = _document(_release("See [the timetable[1]](https://example.org/t).\n\n"
                              "\\[1\\] Printed copies at the office."))
    [link] = list(root.iter(f"{W}hyperlink"))
    assert link.get(f"{W}anchor") is None and not list(link.iterdescendants(f"{W}hyperlink"))
    raised = [r for r in link.iter(f"{W}r") if r.find(f"{W}rPr/{W}vertAlign") is not None]
    assert ["".join(t.text or "" for t in r.iter(f"{W}t")) for r in raised] == ["[1]"]
