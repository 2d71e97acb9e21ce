"""A Word or web draft's section heading set as a bold line (no heading style) comes in as a
heading: found by the tester, "Opening weekend" in a Normal paragraph with one bold run
came in as ``**Opening weekend**``, while the same words in a Heading 2 paragraph came in as
``## Opening weekend``. Only a short line, bold throughout, that is no sentence and no label,
with text after it, in a draft without headings of its own; a text or Markdown draft's bold
stays as its writer typed it, and so does a release's own bold paragraph taken back from its
Word or web export."""

from __future__ import annotations

from datetime import UTC

import pytest

from releasedesk import document
from releasedesk.exporting import export_context
from releasedesk.importing import READERS, import_bytes
from releasedesk.render import build_layout
from releasedesk.render.docx_writer import write_docx
from releasedesk.render.html_writer import write_html
from test_import_bold_headings import _docx as styled_docx

from conftest import SAMPLES

EN_FIRST = "The Kestrel Valley Water Board opened its new filter beds on Monday morning."
EN_NEXT = "Each bed holds a metre of sand and gravel."
ZH_FIRST = "区教育局今天举办寒假校园安全专题培训，全区一百二十余人参加。"
ZH_NEXT = "讲师讲解了冰面救援的基本方法。"


def _docx(paragraphs: list[tuple[str, list[tuple[str, bool]]]]) -> bytes:
    """A Word draft: each paragraph (its style, its runs as (text, bold))."""
    return styled_docx([(style, "", runs) for style, runs in paragraphs])


def _body(line: list[tuple[str, bool]], after: str | None, chinese: bool = False,
          heading: str | None = None) -> list[str]:
    first, headline = (ZH_FIRST, "芬霍洛区举办寒假校园安全培训") if chinese else \
        (EN_FIRST, "Kestrel Valley opens new filter beds")
    paragraphs: list[tuple[str, list[tuple[str, bool]]]] = [
        ("Title", [(headline, False)]), ("Normal", [(first, False)])]
    if heading is not None:
        paragraphs += [("Heading 2", [(heading, False)]), ("Normal", [(first, False)])]
    paragraphs.append(("Normal", line))
    if after is not None:
        paragraphs.append(("Normal", [(after, False)]))
    release, _ = import_bytes(_docx(paragraphs), "draft.docx", READERS["docx"], zone=UTC)
    return release.body.split("\n\n")


@pytest.mark.parametrize(("line", "expected"), [
    ([("Opening weekend", True)], "## Opening weekend"),
    ([("Opening ", True), ("weekend", True)], "## Opening weekend"),
    ([("What the beds cost", True)], "## What the beds cost"),
    ([("2027 works", True)], "## 2027 works"),
])
def test_a_bold_line_with_text_after_it_is_a_heading(line: list[tuple[str, bool]],
                                                     expected: str) -> None:
    body = _body(line, EN_NEXT)
    assert expected in body, body
    assert body.index(expected) == body.index(EN_NEXT) - 1


def test_a_chinese_bold_line_is_a_heading_too() -> None:
    body = _body([("活动安排", True)], ZH_NEXT, chinese=True)
    assert "## 活动安排" in body, body


def test_a_draft_with_headings_of_its_own_keeps_its_bold_lines_bold() -> None:
    body = _body([("Opening weekend", True)], EN_NEXT, heading="The new beds")
    assert "## The new beds" in body and "**Opening weekend**" in body, body


@pytest.mark.parametrize("sample", sorted(path.stem for path in SAMPLES.glob("*.release")))
@pytest.mark.parametrize("where", [1, 2, -1])
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_release_s_own_bold_paragraph_comes_back_from_its_export_as_it_was(
        sample: str, where: int, fmt: str) -> None:
    release = document.load(SAMPLES / f"{sample}.release")
    paragraphs = release.body.split("\n\n")
    paragraphs.insert(where, "**Harbour walks on Sunday**")
    release.body = "\n\n".join(paragraphs)
    layout = build_layout(release)
    data = write_docx(layout, export_context()) if fmt == "docx" else \
        write_html(layout, export_context())
    back, _ = import_bytes(data, f"story.{fmt}", READERS[fmt], zone=UTC)
    assert "**Harbour walks on Sunday**" in back.body.split("\n\n"), back.body
    assert "# Harbour walks on Sunday" not in back.body


@pytest.mark.parametrize(("line", "after"), [
    ([("The beds open on Monday.", True)], EN_NEXT),  # a sentence set bold
    ([("Media enquiries:", True)], EN_NEXT),  # a label
    ([("Opening", True), (" weekend", False)], EN_NEXT),  # bold in part
    ([("Opening weekend", True)], None),  # nothing after it
    ([("A" * 30 + " " + "b" * 60, True)], EN_NEXT),  # too long for a heading
    ([("2027", True)], EN_NEXT),  # no word in it
    ([("Opening weekend", False)], EN_NEXT),  # not bold
])
def test_other_bold_lines_stay_as_they_are(line: list[tuple[str, bool]],
                                           after: str | None) -> None:
    body = _body(line, after)
    assert not any(block.startswith("#") for block in body), body


def test_two_bold_lines_in_a_row_are_not_both_headings() -> None:
    data = _docx([("Title", [("Kestrel Valley opens new filter beds", False)]),
                  ("Normal", [(EN_FIRST, False)]), ("Normal", [("Opening weekend", True)]),
                  ("Normal", [("Free guided walks", True)]), ("Normal", [(EN_NEXT, False)])])
    release, _ = import_bytes(data, "draft.docx", READERS["docx"], zone=UTC)
    body = release.body.split("\n\n")
    assert "**Opening weekend**" in body and "## Free guided walks" in body, body


def test_a_web_draft_s_bold_line_is_a_heading() -> None:
    html = (f"<html><body><h1>Kestrel Valley opens new filter beds</h1><p>{EN_FIRST}</p>"
            f"<p><strong>Opening weekend</strong></p><p>{EN_NEXT}</p></body></html>")
    release, _ = import_bytes(html.encode(), "draft.html", READERS["html"], zone=UTC)
    assert "## Opening weekend" in release.body.split("\n\n"), release.body


def test_a_markdown_draft_s_bold_line_stays_as_typed() -> None:
    text = (f"# Kestrel Valley opens new filter beds\n\n{EN_FIRST}\n\n**Opening weekend**\n\n"
            f"{EN_NEXT}\n")
    release, _ = import_bytes(text.encode(), "draft.md", READERS["md"], zone=UTC)
    assert "**Opening weekend**" in release.body.split("\n\n"), release.body
