"""A Word table's heading row that is not bold (tester15: "Branch: Kits" came in as an
item): the first row is the heading when Word repeats it (w:tblHeader), when the table's
style formats a first row and the table's look turns that on, or when it is the only row
shaded in its colour; not otherwise. Table test over DOCX files built here (as XML, and
with python-docx's own table styles)."""

from __future__ import annotations

import io

import pytest

from releasedesk.body.parse import parse_markdown
from releasedesk.importing import READERS, import_bytes
from test_import_word_extras import HEAD, STYLES, TAIL, word_draft
from test_import_word_tables import body_of, the_list

ROWS = [["Branch", "Kits"], ["Northgate", "40"], ["Mill Lane", "25"], ["Quay Street", "10"]]
HEADED = ["Branch: Northgate; Kits: 40", "Branch: Mill Lane; Kits: 25",
          "Branch: Quay Street; Kits: 10"]
PLAIN = ["Branch: Kits", "Northgate: 40", "Mill Lane: 25", "Quay Street: 10"]

FIRST_ROW_LOOK = ('<w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr>'
                  '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>'
                  '</w:tblStylePr>')
TABLE_STYLES = (
    '<w:style w:type="table" w:styleId="Headed"><w:name w:val="Headed"/>'
    f'{FIRST_ROW_LOOK}</w:style>'
    '<w:style w:type="table" w:styleId="HeadedToo"><w:name w:val="Headed Too"/>'
    '<w:basedOn w:val="Headed"/></w:style>'
    '<w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="EmptyLook"><w:name w:val="Empty Look"/>'
    '<w:tblStylePr w:type="firstRow"/></w:style>')


def table(style: str = "", look: str | None = None, fills: list[str] | None = None,
          row_fill: str = "", repeat: bool = False) -> str:
    """ROWS as a table: its style and look (None writes no w:tblLook), each row's cell
    shading (fills[n], "" none), the first row's shading as the row's, and its repeat."""
    properties = (f'<w:tblStyle w:val="{style}"/>' if style else "") + (
        f"<w:tblLook {look}/>" if look is not None else "")
    rows = []
    for number, row in enumerate(ROWS):
        fill = fills[number] if fills and number < len(fills) else ""
        shading = f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>' \
            if fill else ""
        before = f'<w:tblPrEx><w:shd w:val="clear" w:fill="{row_fill}"/></w:tblPrEx>' \
            if row_fill and not number else ""
        repeated = "<w:trPr><w:tblHeader/></w:trPr>" if repeat and not number else ""
        rows.append(f"<w:tr>{before}{repeated}" + "".join(
            f'<w:tc>{shading}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>' for text in row)
            + "</w:tr>")
    return f"<w:tbl><w:tblPr>{properties}</w:tblPr>{''.join(rows)}</w:tbl>"


CASES = [
    # (what marks the first row, the table, whether it is the heading)
    ("nothing", table(), False),
    ("a repeated heading row", table(repeat=True), True),
    ("the style's first-row look, on", table("Headed", 'w:firstRow="1"'), True),
    ("the style's first-row look, on by the old value", table("Headed", 'w:val="04A0"'), True),
    ("the style's first-row look, Word's default look", table("Headed"), True),
    ("a style based on one with a first-row look", table("HeadedToo", 'w:firstRow="1"'), True),
    ("the style's first-row look, turned off", table("Headed", 'w:firstRow="0"'), False),
    ("the style's first-row look, off by the old value", table("Headed", 'w:val="0480"'),
     False),
    ("a style without a first-row look", table("Grid", 'w:firstRow="1"'), False),
    ("a first-row look that formats nothing", table("EmptyLook", 'w:firstRow="1"'), False),
    ("a style not in the document", table("Missing", 'w:firstRow="1"'), False),
    ("the only shaded row", table(fills=["D9E2F3"]), True),
    ("the only row of its shade", table(fills=["1F3864", "F2F2F2", "", "F2F2F2"]), True),
    ("a row-wide shading", table(row_fill="D9E2F3"), True),
    ("banded rows, the first one of them", table(fills=["F2F2F2", "", "F2F2F2", ""]), False),
    ("white shading", table(fills=["FFFFFF"]), False),
    ("automatic shading", table(fills=["auto"]), False),
]


@pytest.mark.parametrize(("why", "xml", "heading"), CASES, ids=[c[0] for c in CASES])
def test_a_first_row_word_marks_as_the_heading_names_the_columns(
        why: str, xml: str, heading: bool) -> None:
    styles = STYLES.replace("</w:styles>", TABLE_STYLES + "</w:styles>")
    release, _ = import_bytes(word_draft(HEAD + xml + TAIL, {"word/styles.xml": styles}),
                              "draft.docx", READERS["docx"])
    assert the_list(parse_markdown(release.body)) == (HEADED if heading else PLAIN), why


def test_only_one_cell_of_the_first_row_shaded_is_no_heading() -> None:
    shaded = table().replace(
        "<w:tc><w:p><w:r><w:t>Branch", '<w:tc><w:tcPr><w:shd w:val="clear" w:fill="D9E2F3"/>'
        "</w:tcPr><w:p><w:r><w:t>Branch", 1)
    assert "D9E2F3" in shaded
    assert the_list(body_of(shaded)) == PLAIN


@pytest.mark.parametrize(("style", "heading"), [
    ("Light Grid Accent 1", True), ("Medium Shading 1 Accent 1", True), ("Light List", True),
    ("Table Grid", False), (None, False)])
def test_python_docx_s_table_styles_mark_their_heading_as_word_shows_it(
        style: str | None, heading: bool) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Fernhollow Libraries Lend Seed Kits", 0)
    document.add_paragraph("FERNHOLLOW — The district's libraries lend seed kits from "
                           "Monday, the district said.")
    made = document.add_table(rows=len(ROWS), cols=2, style=style)
    for number, row in enumerate(ROWS):
        for column, text in enumerate(row):
            made.cell(number, column).text = text
    document.add_paragraph("Kits are free with a library card.")
    buffer = io.BytesIO()
    document.save(buffer)
    release, _ = import_bytes(buffer.getvalue(), "draft.docx", READERS["docx"])
    assert the_list(parse_markdown(release.body)) == (HEADED if heading else PLAIN), \
        release.body
