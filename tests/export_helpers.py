"""Read every export back into plain facts the tests can compare across formats."""

from __future__ import annotations

import io
import json

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.shared import Length
from docx.text.paragraph import Paragraph

from releasedesk.body.safety import clean_text
from releasedesk.exporting import draft_bytes
from releasedesk.model import Release
from releasedesk.render.html_writer import FOOTER_GAP
from releasedesk.render.layout import footer_items
from releasedesk.render.text_writer import FOOTER_GAP as TEXT_FOOTER_GAP

from helpers import Node, parse_html


def html_page(release: Release) -> Node:
    tree = parse_html(draft_bytes(release, "html").decode("utf-8"))
    assert tree.doctype is not None and tree.doctype.lower() == "doctype html"
    return tree.root


def fragment(release: Release) -> Node:
    return parse_html(draft_bytes(release, "fragment").decode("utf-8")).root


def text(release: Release, wrap: int | None = None) -> str:
    return draft_bytes(release, "txt", wrap).decode("utf-8")


def open_docx(release: Release) -> docx.document.Document:
    return docx.Document(io.BytesIO(draft_bytes(release, "docx")))


def docx_paragraphs(document: docx.document.Document) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, hyperlink text included."""
    out = []
    for paragraph in document.paragraphs:
        out.append((style_name(paragraph), paragraph_text(paragraph)))
    return out


def paragraph_text(paragraph: object) -> str:
    """All w:t text of a paragraph, hyperlinks included, w:br as newline, a non-breaking
    hyphen as "-" (as Word copies it)."""
    element = paragraph._p  # type: ignore[attr-defined]  # python-docx internals, untyped
    parts = []
    for node in element.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "br":
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def docx_footer_lines(document: docx.document.Document) -> list[str]:
    """The page footer's lines as a reader reads them (a footer's label is kept with the
    word after it by a no-break space: read as the space it prints as)."""
    lines = []
    for section in document.sections:
        lines.append([paragraph_text(p).replace("\u00a0", " ")
                      for p in section.footer.paragraphs])
    assert all(x == lines[0] for x in lines), "sections disagree on the page footer"
    return lines[0]


def docx_hyperlinks(document: docx.document.Document) -> list[str]:
    part = document.part
    targets = []
    for element in part.element.iter():
        if element.tag.endswith("}hyperlink"):
            rel_id = element.get(
                "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            rel = part.rels[rel_id]
            assert rel.reltype == RELATIONSHIP_TYPE.HYPERLINK and rel.is_external
            targets.append(rel.target_ref)
    return targets


def json_ld(page: Node) -> dict[str, object]:
    scripts = page.iter("script")
    assert len(scripts) == 1
    assert scripts[0].attrs.get("type") == "application/ld+json"
    data = json.loads(scripts[0].text())
    assert isinstance(data, dict)
    return data


def footer_as_written(line: str, fmt: str) -> str:
    """A footer line as *fmt* writes it: its items apart by that format's visible gap."""
    gap = TEXT_FOOTER_GAP if fmt == "txt" else FOOTER_GAP
    return gap.join(footer_items(clean_text(line).strip()))


def docx_footer_once(document: docx.document.Document, lines: list[str]) -> None:
    """The standard footer is the page footer, exactly (a label's space to the word after
    it a no-break space), and nowhere in the text."""
    expected = [footer_as_written(line, "docx").replace("\u00a0", " ") for line in lines]
    assert [paragraph_text(p).replace("\u00a0", " ")
            for p in document.sections[0].footer.paragraphs] == expected
    # Not again in the text: no body paragraph is set as a footer (LibreOffice's PDF of
    # every corpus release is checked for one footer a page in test_real_clients).
    styles = {style_name(p) for p in document.paragraphs}
    assert not styles & {"Footer", "Standard Footer"}, styles


def style_name(paragraph: Paragraph) -> str:
    """The name of *paragraph*'s style ("" for none)."""
    style = paragraph.style
    return style.name if style is not None and style.name is not None else ""


def twips(length: Length | None) -> int:
    """A Word length (a page size, a margin) in twentieths of a point."""
    assert length is not None
    value: int = round(length.twips)  # (python-docx types .twips as Any)
    return value
