"""A heading that a draft sets bold throughout comes in as a plain heading.

Found by the tester: the numbered headings of a Chinese Word draft (一、…, bold, as
department drafts set them) came in as ``## **一、…**``; a heading prints bold anyway, and
the stars showed in the Markdown view and in every edit. English Word headings whose runs
are bold too came in the same way. A heading only part of which is bold keeps that part.
"""

from __future__ import annotations

import io
from datetime import UTC

import docx
import pytest

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.importing import READERS, import_bytes

FIRST = "区教育局今天举办寒假校园安全专题培训，全区一百二十余人参加。"
EN_FIRST = "The Kestrel Valley Water Board opened its new filter beds on Monday morning."


def _docx(paragraphs: list[tuple[str, str, list[tuple[str, bool]]]]) -> bytes:
    """A Word draft: each paragraph (its style, its runs as (text, bold))."""
    document = docx.Document()
    for style, _, runs in paragraphs:
        paragraph = document.add_paragraph(style=style)
        for text, bold in runs:
            paragraph.add_run(text).bold = bold or None
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# (the heading's paragraph style, its runs (text, bold), the heading expected in the body)
CASES = [
    ("Normal", [("一、培训内容", True)], "## 一、培训内容"),
    ("Normal", [("一、", True), ("培训内容", True)], "## 一、培训内容"),
    ("Normal", [("（二）冰面救援", True)], "### （二）冰面救援"),
    ("Normal", [("一、培训内容", False)], "## 一、培训内容"),
    ("Heading 2", [("一、培训内容", True)], "## 一、培训内容"),
    ("Heading 2", [("Training", True), (" for ", False), ("staff", True)],
     "## **Training** for **staff**"),
    ("Heading 2", [("What the new beds do", True)], "## What the new beds do"),
    ("Heading 3", [("Who", True), (" ", False), ("pays", True)], "### Who pays"),
    ("Heading 1", [("Opening times", True)], "# Opening times"),
    ("Heading 2", [("Opening times", False)], "## Opening times"),
]


@pytest.mark.parametrize(("style", "runs", "expected"), CASES)
def test_a_heading_bold_throughout_is_a_plain_heading(style: str, runs: list[tuple[str, bool]],
                                                      expected: str) -> None:
    chinese = any("\u4e00" <= c <= "\u9fff" for text, _ in runs for c in text)
    first = FIRST if chinese else EN_FIRST
    headline = "芬霍洛区教育局举办寒假校园安全专题培训" if chinese else \
        "Kestrel Valley Water Board opens new filter beds"
    data = _docx([("Title", "", [(headline, False)]), ("Normal", "", [(first, False)]),
                  (style, "", runs), ("Normal", "", [("讲师讲解了冰面救援的基本方法。" if chinese
                                                      else "Each bed holds a metre of sand.",
                                                      False)])])
    release, _ = import_bytes(data, "draft.docx", READERS["docx"], zone=UTC)
    lines = release.body.split("\n\n")
    assert expected in lines, release.body
    headings = [b for b in parse_markdown(release.body) if isinstance(b, t.Heading)]
    assert len(headings) == 1
    words = "".join(text for text, _ in runs)
    assert t.plain_text(headings[0].children) == words


@pytest.mark.parametrize(("html", "expected"), [
    ("<h2><strong>What the new beds do</strong></h2>", "## What the new beds do"),
    ("<h2><b>一、</b><b>培训内容</b></h2>", "## 一、培训内容"),
    ("<h2><strong>Who</strong> pays</h2>", "## **Who** pays"),
    ("<h3> <strong>Opening times</strong> </h3>", "### Opening times"),
])
def test_an_html_heading_bold_throughout_is_a_plain_heading(html: str, expected: str) -> None:
    page = (f"<html><body><h1>Kestrel Valley Water Board opens new filter beds</h1>"
            f"<p>{EN_FIRST}</p>{html}<p>Each bed holds a metre of sand.</p></body></html>")
    release, _ = import_bytes(page.encode(), "draft.html", READERS["html"], zone=UTC)
    assert expected in release.body.split("\n\n"), release.body


# Found by the tester: a draft whose text begins with its first section heading, straight
# under the headline, lost that heading to the subheadline ("Guessed: Subheadline 一、…").
@pytest.mark.parametrize(("style", "runs", "expected"), [
    ("Normal", [("一、活动概况", True)], "## 一、活动概况"),
    ("Normal", [("一、活动概况", False)], "## 一、活动概况"),
    ("Normal", [("（一）活动概况", True)], "### （一）活动概况"),
    ("Heading 2", [("一、活动概况", True)], "## 一、活动概况"),
    ("Normal", [("一、 活动概况", True)], "## 一、 活动概况"),
])
def test_a_first_section_heading_under_the_headline_stays_in_the_body(
        style: str, runs: list[tuple[str, bool]], expected: str) -> None:
    data = _docx([("Title", "", [("芬霍洛区举办夜市开市活动", False)]), (style, "", runs),
                  ("Normal", "", [(FIRST, False)]),
                  ("Normal", "", [("二、交通安排", True)]),
                  ("Normal", "", [("夜市期间，区内公交线路延长运营至深夜。", False)])])
    release, _ = import_bytes(data, "draft.docx", READERS["docx"], zone=UTC)
    assert release.subheadline == ""
    lines = release.body.split("\n\n")
    assert expected in lines and "## 二、交通安排" in lines, release.body
    assert lines.index(expected) < lines.index("## 二、交通安排")


@pytest.mark.parametrize("subheadline", ["夜市将持续至十月底", "——记芬霍洛区夜市开市首日"])
def test_a_subheadline_under_the_headline_is_still_one(subheadline: str) -> None:
    data = _docx([("Title", "", [("芬霍洛区举办夜市开市活动", False)]),
                  ("Normal", "", [(subheadline, True)]), ("Normal", "", [(FIRST, False)])])
    release, _ = import_bytes(data, "draft.docx", READERS["docx"], zone=UTC)
    assert release.subheadline == subheadline
