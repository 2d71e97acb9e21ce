"""Paragraphs in Hebrew or Arabic read from the right in every export (tester13: in the Word
document and the PDF they sat on the left with their full stop on the wrong side; the page said
dir="auto", which neither WeasyPrint nor Qt's rich text reads)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.body.tree import starts_right_to_left
from releasedesk.exporting import export_context
from releasedesk.render.docx_writer import write_docx
from releasedesk.render.html_writer import render_fragment
from releasedesk.render.layout import build_layout
from releasedesk.render.pdf_writer import write_pdf

from conftest import need
from helpers import make_release

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ARABIC = "مرحبا بكم في خدمة العبارة الليلية"
HEBREW = "ברוכים הבאים לשירות המעבורת"


@pytest.mark.parametrize(("text", "right"), [
    (ARABIC + ".", True), (HEBREW, True), ("30 " + ARABIC, True), ("«" + HEBREW + "»", True),
    ("Mixed: the fare is 2.50 دولار", False), ("English only.", False), ("", False),
    ("2026 — 30", False), ("凌晨 " + ARABIC, False), ("\u200f" + "fare", False),
    ("ـ" + "ferry", True),  # (the Arabic tatweel is strongly right to left)
])
def test_a_paragraph_reads_from_the_right_when_its_first_strong_letter_does(
        text: str, right: bool) -> None:
    assert starts_right_to_left(text) is right


PARTS = st.sampled_from([ARABIC, HEBREW, "the night ferry", "30", "2.50", "—", "临江", "«",
                         "(9 שקל)", "دولار"])
TEXTS = st.lists(PARTS, min_size=1, max_size=4).map(" ".join)
KINDS = st.sampled_from(["{}", "## {}", "- {}", "> {}", "1. {}"])


def _html_directions(article: str, texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        tag = re.search(r"<(p|h2|li)([^>]*)>" + re.escape(text) + "<", article)
        assert tag is not None, text
        direction = re.search(r'dir="(\w+)"', tag.group(2))
        found.append(direction.group(1) if direction else "")
    return found


def _docx_bidi(data: bytes, texts: list[str]) -> list[bool]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    marked = {}
    for paragraph in root.iter(f"{W}p"):
        words = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
        marked[words] = paragraph.find(f"{W}pPr/{W}bidi") is not None
    return [marked[text] for text in texts]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(KINDS, TEXTS), min_size=1, max_size=5,
                unique_by=lambda pair: pair[1]))
def test_the_page_and_the_word_document_set_the_same_paragraphs_from_the_right(
        blocks: list[tuple[str, str]]) -> None:
    # (after a first paragraph: the dateline opens that one, left to right)
    body = "\n\n".join(["The ferry opens.", *(kind.format(text) for kind, text in blocks)])
    layout = build_layout(make_release(body=body))
    texts = [text for _, text in blocks]
    directions = _html_directions(render_fragment(layout), texts)
    bidi = _docx_bidi(write_docx(layout, export_context()), texts)
    for text, direction, marked in zip(texts, directions, bidi, strict=True):
        right = starts_right_to_left(text)
        assert marked is right, text
        assert direction == ("rtl" if right else "auto" if re.search("[\u0590-\u08ff]", text)
                             else ""), text


def test_the_pdf_sets_a_right_to_left_paragraph_from_the_right(tmp_path: Path) -> None:
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    body = f"The ferry opens.\n\n{HEBREW}.\n\nTickets go on sale Monday."
    pdf = tmp_path / "rtl.pdf"
    pdf.write_bytes(write_pdf(build_layout(make_release(body=body)), export_context()))
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, text=True, check=True, timeout=120).stdout
    lines = {line.strip(): len(line) - len(line.lstrip()) for line in text.splitlines()}
    [hebrew] = [indent for line, indent in lines.items() if "המעבורת" in line]
    assert lines["Tickets go on sale Monday."] == 0 and hebrew > 20
