"""Parts of a Word draft that offices use and that must not vanish on import.

Found by the tester's walkthrough with drafts written in LibreOffice: a heading that
LibreOffice ties to its outline numbering (format "none") came in as a bullet; the text of a
text box and of footnotes and endnotes was dropped without a word in the report; a picture
linked to a file outside the document was dropped without a word. Each draft here is built
as LibreOffice and Word write them, part by part, over several shapes.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from releasedesk.importing import READERS, import_bytes
from releasedesk.importing.report import ImportReport
from releasedesk.model import Release

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = ('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Laxey Harbour Board Approves '
        'New Breakwater</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>LAXEY, April 2, 2026 — The Laxey Harbour Board approved a 240-metre '
        'breakwater on Wednesday, its chair said at the quay.</w:t></w:r></w:p>')
TAIL = ('<w:p><w:r><w:t>The project costs four million crowns and starts in May.</w:t>'
        '</w:r></w:p><w:p><w:r><w:t>###</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Media contact: Owen Brack, (555) 010-2290, '
        'obrack@laxeyharbour.example</w:t></w:r></w:p>')
STYLES = (f'<w:styles {NAMESPACES}>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/>'
          '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
          '<w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Heading 3"/>'
          '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>'
          '<w:outlineLvl w:val="2"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
          '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>'
          '</w:style></w:styles>')


def _level(index: int, fmt: str) -> str:
    text = "" if fmt == "none" else ("•" if fmt == "bullet" else f"%{index + 1}.")
    return (f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


# LibreOffice's outline numbering (every level "none"), and a real bulleted list.
NUMBERING = (f'<w:numbering {NAMESPACES}>'
             '<w:abstractNum w:abstractNumId="1">'
             + "".join(_level(i, "none") for i in range(9)) + '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="2">'
             + "".join(_level(i, "bullet") for i in range(9)) + '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


def word_draft(body: str, parts: dict[str, str] | None = None,
               relationships: str = "") -> bytes:
    """A .docx whose document body is *body* (WordprocessingML), with the styles and
    numbering above and any further *parts* (name → XML) with their *relationships*."""
    parts = dict(parts or {})
    rels = (f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rIdNumbering" Type="{REL}/numbering" Target="numbering.xml"/>'
            + relationships)
    files = {
        "[Content_Types].xml":
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels":
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{rels}</Relationships>',
        "word/document.xml": f'<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>',
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
        **parts,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                             + text)
    return buffer.getvalue()


def imported(raw: bytes) -> tuple[Release, ImportReport]:
    return import_bytes(raw, "draft.docx", READERS["docx"])


def paragraph(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


# -- headings on LibreOffice's outline numbering --------------------------------------------

@pytest.mark.parametrize(("style", "marks"), [("Heading2", "## "), ("Heading3", "### ")])
@pytest.mark.parametrize("heading", ["Cost", "Where to go", "费用与工期", "Timetable 2026"])
def test_a_heading_on_an_outline_numbering_that_shows_nothing_stays_a_heading(
        style: str, marks: str, heading: str) -> None:
    release, _ = imported(word_draft(HEAD + paragraph(heading, style) + TAIL))
    lines = release.body.splitlines()
    assert marks + heading in lines
    assert not any(line.lstrip("-* ").startswith(heading) and line.startswith(("-", "*"))
                   for line in lines)


@pytest.mark.parametrize("items", [["Oldbridge Library"], ["Fenwick Hall", "Laxey Centre"]])
def test_a_list_whose_numbering_shows_a_bullet_is_still_a_list(items: list[str]) -> None:
    body = "".join(paragraph(item, "ListBullet") for item in items)
    release, _ = imported(word_draft(HEAD + body + TAIL))
    for item in items:
        assert f"- {item}" in release.body.splitlines()
