"""An ideographic space (U+3000) or a no-break space (U+00A0) at a paragraph's, a
heading's or a list item's start or end is text: CommonMark strips only spaces and tabs
there, and a Chinese office indents and spaces with U+3000. The body keeps them, and so
does every writer: the Markdown written back, the web page, the text, the Word document
and the PDF's page (where a leading ideographic space moves the first word by its width).
"""

from __future__ import annotations

import html
import io
import shutil
import subprocess
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from releasedesk.exporting import draft_bytes
from releasedesk.render.markdown_writer import write_markdown

from conftest import need
from examples import examples
from helpers import make_release

IDEOGRAPHIC, NO_BREAK = "\u3000", "\u00a0"
WORDS = ["港口", "渡轮码头", "开放", "harbour", "ferry", "2026", "夜市。"]
edges = st.text(alphabet=[IDEOGRAPHIC, NO_BREAK], max_size=3)
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


@st.composite
def edged_texts(draw: st.DrawFn) -> str:
    """Words with ideographic and no-break spaces (and, outside them, ordinary spaces and
    tabs the parser must drop) at either end."""
    return draw(edges) + draw(words) + draw(edges)


@st.composite
def edged_bodies(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A body's Markdown and the text each of its blocks must read (in reading order)."""
    parts: list[str] = []
    texts: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "p2", "h", "list"]))
        # Spaces and tabs the parser strips: up to three spaces before (four, or a tab, make
        # code), one space or a tab after (two would be a hard break before a next line).
        pad, end = draw(st.sampled_from(["", " ", "   "])), draw(st.sampled_from(["", " ", "\t"]))
        if kind == "p":
            text = draw(edged_texts())
            parts.append(pad + text + end)
            texts.append(text)
        elif kind == "p2":  # two lines: a soft break (a space before a Latin word) between
            first, second = draw(edged_texts()), "ferry" + draw(edged_texts())
            parts.append(f"{pad}{first}{end.strip(chr(9))}\n{pad}{second}{end}")
            texts.append(f"{first} {second}")
        elif kind == "h":
            text = draw(edged_texts())
            parts.append(f"## {pad}{text}{end}")
            texts.append(text)
        else:
            items = draw(st.lists(edged_texts(), min_size=1, max_size=3))
            parts.append("\n".join(f"- {item}{end}" for item in items))
            texts.extend(items)
            parts.append("between")  # (two lists in a row would be one)
            texts.append("between")
    return "\n\n".join(parts), texts


@settings(max_examples=examples(200, 60), deadline=None)
@given(edged_bodies())
def test_the_parser_keeps_ideographic_and_no_break_spaces_at_block_edges(
        body: tuple[str, list[str]]) -> None:
    source, texts = body
    blocks = parse_markdown(source)
    assert t.block_texts(blocks) == texts
    assert parse_markdown(write_markdown(blocks)) == blocks


@settings(max_examples=examples(60, 40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(edged_bodies())
def test_every_text_writer_keeps_them(body: tuple[str, list[str]]) -> None:
    source, texts = body
    release = make_release(body=source, language="zh-CN", dateline="")
    page = html.unescape(draft_bytes(release, "html").decode())
    text = draft_bytes(release, "txt", wrap=0).decode()
    word = [p.text for p in Document(io.BytesIO(draft_bytes(release, "docx"))).paragraphs]
    for expected in texts:
        assert expected in page
        assert expected in text
        assert any(expected in paragraph for paragraph in word), expected


def _first_words(pdf: Path, openings: list[str]) -> list[tuple[float, float]]:
    """Where each of *openings* starts on the page and how wide its first character is."""
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True,
                         timeout=120, check=True).stdout
    found: dict[str, tuple[float, float]] = {}
    for word in etree.fromstring(out).iter("{http://www.w3.org/1999/xhtml}word"):
        text = word.text or ""
        left, right = float(word.get("xMin", 0)), float(word.get("xMax", 0))
        for opening in openings:
            if text.startswith(opening) and opening not in found:
                found[opening] = (left, (right - left) / len(text))
    return [found[opening] for opening in openings]


@settings(max_examples=examples(12, 8), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 3), min_size=2, max_size=5))
def test_the_pdf_indents_by_each_leading_ideographic_space(tmp_path: Path,
                                                          indents: list[int]) -> None:
    """Paragraph n opens with indents[n] ideographic spaces: its first word starts that
    many character widths right of a paragraph with none (the trailing ones hang, as CSS
    has them at a line's end)."""
    openings = [f"第{'一二三四五'[n]}段" for n in range(len(indents))]
    body = "\n\n".join(IDEOGRAPHIC * k + opening + "文字。" + IDEOGRAPHIC
                       for k, opening in zip(indents, openings, strict=True))
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(draft_bytes(make_release(body=body + "\n\n零段", language="zh-CN",
                                             dateline=""), "pdf"))
    (base, _), = _first_words(pdf, ["零段"])
    for (left, width), k in zip(_first_words(pdf, openings), indents, strict=True):
        assert abs(left - base - k * width) < 0.5, (k, left, base, width)
