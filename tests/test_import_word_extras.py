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


# -- text boxes ---------------------------------------------------------------------------

def text_box(paragraphs: list[str], shape: str) -> str:
    """A run holding a text box as Word 2010+ writes it (drawing in mc:AlternateContent with
    a VML copy for older readers), as LibreOffice writes it, or VML alone (older Word)."""
    content = "<w:txbxContent>" + "".join(paragraph(text) for text in paragraphs) + \
        "</w:txbxContent>"
    drawing = ('<w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic>'
               '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
               f'wordprocessingShape"><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = f'<w:pict><v:rect><v:textbox>{content}</v:textbox></v:rect></w:pict>'
    run = {"alternate": '<mc:AlternateContent><mc:Choice Requires="wps">' + drawing +
                        f'</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>',
           "drawing": drawing, "vml": vml}[shape]
    return f"<w:r>{run}</w:r>"


BOX_TEXTS = [["Key fact: the breakwater will shelter 60 moorings."],
             ["At a glance", "Length: 240 metres", "Start: May 2026"],
             ["要点：防波堤可容纳60个泊位。"]]


@pytest.mark.parametrize("shape", ["alternate", "drawing", "vml"])
@pytest.mark.parametrize("texts", BOX_TEXTS)
@pytest.mark.parametrize("alone", [False, True])
def test_a_text_box_s_words_follow_its_paragraph_once(
        shape: str, texts: list[str], alone: bool) -> None:
    words = "" if alone else '<w:r><w:t>The breakwater will be built of local stone.</w:t></w:r>'
    holder = f"<w:p>{text_box(texts, shape)}{words}</w:p>"
    release, report = imported(word_draft(HEAD + holder + TAIL))
    paragraphs = release.body.split("\n\n")
    for text in texts:
        assert paragraphs.count(text) == 1, release.body
    if not alone:
        assert paragraphs.index("The breakwater will be built of local stone.") < \
            paragraphs.index(texts[0])
    assert paragraphs.index(texts[-1]) < paragraphs.index(
        "The project costs four million crowns and starts in May.")
    assert "the text of text boxes follows the paragraph they stand in" in report.notes


@pytest.mark.parametrize("shape", ["alternate", "drawing", "vml"])
def test_a_text_box_in_a_table_cell_is_read_once_after_the_table(shape: str) -> None:
    box = text_box(["Open late"], shape)
    cell = f'<w:tc><w:p><w:r><w:t>Oldbridge</w:t></w:r>{box}</w:p></w:tc>'
    table = f'<w:tbl><w:tr>{cell}<w:tc>{paragraph("9–22")}</w:tc></w:tr></w:tbl>'
    release, _ = imported(word_draft(HEAD + table + TAIL))
    paragraphs = release.body.split("\n\n")
    assert "- Oldbridge: 9–22" in paragraphs
    assert paragraphs.count("Open late") == 1
    assert release.body.count("Open late") == 1


def test_a_text_box_inside_a_text_box_is_read_once_each() -> None:
    inner = text_box(["Inner words"], "alternate")
    outer = ('<w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
             f'<w:txbxContent><w:p><w:r><w:t>Outer words</w:t></w:r>{inner}</w:p>'
             '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
             '</w:drawing></w:r>')
    release, _ = imported(word_draft(HEAD + f"<w:p>{outer}</w:p>" + TAIL))
    assert release.body.count("Outer words") == 1
    assert release.body.count("Inner words") == 1


def test_a_text_box_in_the_page_footer_is_not_read_into_the_body() -> None:
    footer = (f'<w:ftr {NAMESPACES}>' + f'<w:p>{text_box(["Footer box"], "alternate")}</w:p>'
              + paragraph("© 2026 Laxey Harbour Board") + "</w:ftr>")
    body = HEAD + TAIL + ('<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/>'
                          '</w:sectPr>')
    release, _ = imported(word_draft(body, {"word/footer1.xml": footer},
                                     f'<Relationship Id="rIdF" Type="{REL}/footer" '
                                     'Target="footer1.xml"/>'))
    assert "Footer box" not in release.body


# -- footnotes and endnotes -------------------------------------------------------------------

def notes_part(kind: str, notes: dict[str, list[str]]) -> str:
    separators = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
                  f'</w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p>'
                  f'<w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
    body = "".join(f'<w:{kind} w:id="{note_id}">' + "".join(
        f'<w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        '</w:p>' for text in texts) + f"</w:{kind}>" for note_id, texts in notes.items())
    return f"<w:{kind}s {NAMESPACES}>{separators}{body}</w:{kind}s>"


NOTES = [{"1": ["Vote of 7 to 2; minutes are on the board's site."]},
         {"1": ["First note."], "2": ["Second note.", "Its second paragraph."]},
         {"5": ["会议纪要已在网站公布。"]}]


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
@pytest.mark.parametrize("notes", NOTES)
def test_footnotes_and_endnotes_follow_the_paragraph_that_cites_them(
        kind: str, notes: dict[str, list[str]]) -> None:
    references = "".join(f'<w:r><w:t xml:space="preserve"> Point {n}</w:t></w:r>'
                         f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r>'
                         for n, note_id in enumerate(notes, start=1))
    citing = f'<w:p><w:r><w:t>The board voted.</w:t></w:r>{references}</w:p>'
    raw = word_draft(HEAD + citing + TAIL, {f"word/{kind}s.xml": notes_part(kind, notes)},
                     f'<Relationship Id="rIdN" Type="{REL}/{kind}s" Target="{kind}s.xml"/>')
    release, report = imported(raw)
    body = release.body.replace("\\[", "[").replace("\\]", "]")
    paragraphs = body.split("\n\n")
    citing_at = next(i for i, p in enumerate(paragraphs) if p.startswith("The board voted."))
    expected = []
    for n, texts in enumerate(notes.values(), start=1):
        assert f"Point {n}[{n}]" in paragraphs[citing_at]
        expected += [f"[{n}] {texts[0]}", *texts[1:]]
    assert paragraphs[citing_at + 1: citing_at + 1 + len(expected)] == expected
    assert any(note.startswith("footnotes and endnotes follow") for note in report.notes)


def test_a_note_cited_twice_or_citing_itself_is_read_once() -> None:
    looping = (f'<w:footnotes {NAMESPACES}><w:footnote w:id="1"><w:p><w:r><w:t>Looping note'
               '</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
    citing = ('<w:p><w:r><w:t>Cited here</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
              '<w:r><w:t> and again</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    raw = word_draft(HEAD + citing + TAIL, {"word/footnotes.xml": looping},
                     f'<Relationship Id="rIdN" Type="{REL}/footnotes" Target="footnotes.xml"/>')
    release, _ = imported(raw)
    assert release.body.count("Looping note") == 1


@pytest.mark.parametrize("target", ["", "missing.xml"])
def test_a_reference_to_a_note_that_is_not_there_changes_nothing(target: str) -> None:
    citing = ('<w:p><w:r><w:t>Cited here.</w:t></w:r>'
              '<w:r><w:footnoteReference w:id="7"/></w:r></w:p>')
    rels = f'<Relationship Id="rIdN" Type="{REL}/footnotes" Target="{target}"/>' if target else ""
    release, report = imported(word_draft(HEAD + citing + TAIL, relationships=rels))
    assert "Cited here." in release.body.split("\n\n")
    assert not any(note.startswith("footnotes") for note in report.notes)


# -- pictures not inside the document ----------------------------------------------------------

def picture(attribute: str) -> str:
    return ('<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="The north quay"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/'
            f'picture"><pic:pic><pic:blipFill><a:blip {attribute}/></pic:blipFill></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


@pytest.mark.parametrize(("attribute", "relationship"), [
    ('r:link="rIdL"', f'<Relationship Id="rIdL" Type="{REL}/image" '
                      'Target="file:///tmp/quay.jpg" TargetMode="External"/>'),
    ('r:link="rIdL"', f'<Relationship Id="rIdL" Type="{REL}/image" '
                      'Target="https://example.com/quay.jpg" TargetMode="External"/>'),
    ('r:embed="rIdE"', f'<Relationship Id="rIdE" Type="{REL}/image" '
                       'Target="media/image1.png"/>'),
    ('r:embed="rIdX"', ""),
])
def test_a_picture_not_inside_the_document_is_named_in_the_report(
        attribute: str, relationship: str) -> None:
    body = HEAD + f"<w:p>{picture(attribute)}{picture(attribute)}</w:p>" + TAIL
    release, report = imported(word_draft(body, relationships=relationship))
    assert not release.photos
    assert "The north quay" in release.body
    said = [note for note in report.notes if note.startswith("a picture not inside")]
    assert len(said) == 1
