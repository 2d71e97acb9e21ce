"""A Word draft's table comes into the body as something an officer can use (lows13: a table
came in as paragraphs of "Site | Tonnes" text, a nested table's rows twice, and an empty
cell shifted the cells after it under the wrong column).

The body's CommonMark has no tables: a table of data becomes a bulleted list, an item per
row, its cells named by the heading row's labels when there is one ("Site: North Quay;
Tonnes: 1,200"), else led by the first cell ("North Quay: 1,200"); a table with words in
one column only (a box, a letterhead beside a logo) is read as its paragraphs.

Invariants, over generated tables: every cell's words come in once, in the order of rows
and columns, beside their column's label; the list has one item per row with words; no
" | " is ever written."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.body import tree as t
from releasedesk.body.parse import parse_markdown
from test_import_word_extras import HEAD, TAIL, imported, paragraph, word_draft

from examples import examples

WORDS = ["North Quay", "1,200", "+4%", "Mill Street", "640 m", "港口", "渡轮码头", "Oldbridge"]


def cell(text: str, props: str = "", bold: bool = False) -> str:
    run = "<w:rPr><w:b/></w:rPr>" if bold else ""
    words = f'<w:r>{run}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:tc>{props}<w:p>{words}</w:p></w:tc>"


def table(rows: list[list[str]], heading: str = "") -> str:
    """A table of *rows*; *heading* "marked" (Word's repeating heading row) or "bold"."""
    out = []
    for number, row in enumerate(rows):
        first = number == 0
        props = "<w:trPr><w:tblHeader/></w:trPr>" if first and heading == "marked" else ""
        out.append(f"<w:tr>{props}"
                   + "".join(cell(text, bold=first and heading == "bold") for text in row)
                   + "</w:tr>")
    return f"<w:tbl>{''.join(out)}</w:tbl>"


def body_of(xml: str) -> list[t.Block]:
    release, _ = imported(word_draft(HEAD + xml + TAIL))
    assert " | " not in release.body
    return parse_markdown(release.body)


def the_list(blocks: list[t.Block]) -> list[str]:
    lists = [b for b in blocks if isinstance(b, t.BulletList)]
    assert len(lists) == 1, blocks
    return [t.plain_text(item.blocks[0].children) for item in lists[0].items
            if isinstance(item.blocks[0], t.Paragraph)]


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[list[str]], str]:
    columns = draw(st.integers(2, 4))
    heading = draw(st.sampled_from(["", "marked", "bold"]))
    rows = []
    for number in range(draw(st.integers(2, 5))):
        row = [f"{draw(st.sampled_from(WORDS))} r{number}c{column}"
               if number == 0 or draw(st.integers(0, 5)) else ""
               for column in range(columns)]
        rows.append(row)
    rows[0] = [f"Label{column}" for column in range(columns)] if heading else rows[0]
    return rows, heading


@settings(max_examples=examples(60, 20), deadline=None)
@given(tables())
def test_a_table_of_data_comes_in_as_a_list_of_its_rows(case: tuple[list[list[str]], str]
                                                         ) -> None:
    rows, marked = case
    items = the_list(body_of(table(rows, marked)))
    # (a heading row over no words is the table's one row of words)
    heading = marked if any(any(row) for row in rows[1:]) else ""
    data = rows[1:] if heading else rows
    kept = [row for row in data if any(row)]
    assert len(items) == len(kept)
    for item, row in zip(items, kept, strict=True):
        # (a row in Chinese or Japanese takes the full-width colon and semicolon)
        wide = any("\u3040" <= char <= "\u9fff"
                   for char in "".join([*row, *(rows[0] if heading else [])]))
        colon, semicolon = ("：", "；") if wide else (": ", "; ")
        position = 0
        for column, text in enumerate(row):
            if not text:
                continue
            wanted = f"{rows[0][column]}{colon}{text}" if heading else text
            found = item.find(wanted, position)
            assert found >= 0, (item, row)
            position = found + len(wanted)
        if not heading:  # the first cell with words leads, the rest follow a colon
            worded = [text for text in row if text]
            assert item == worded[0] + (colon + semicolon.join(worded[1:]) if worded[1:]
                                        else "")


TABLE = [
    # (rows, heading, the list's items)
    ([["Site", "Tonnes"], ["North Quay", "1,200"], ["South Pier", "800"]], "marked",
     ["Site: North Quay; Tonnes: 1,200", "Site: South Pier; Tonnes: 800"]),
    ([["Site", "Tonnes", "Change"], ["North Quay", "", "+4%"]], "bold",
     ["Site: North Quay; Change: +4%"]),
    ([["Mill Street", "640 m"], ["Quay Lane", "410 m"]], "", ["Mill Street: 640 m",
                                                             "Quay Lane: 410 m"]),
    ([["Oldbridge", "9–22"]], "", ["Oldbridge: 9–22"]),
    ([["码头", "吨数"], ["北码头", "1,200"]], "marked", ["码头：北码头；吨数：1,200"]),
    ([["", "640 m", "+4%"]], "", ["640 m: +4%"]),
]


def test_tables_as_an_officer_reads_them() -> None:
    for rows, heading, items in TABLE:
        assert the_list(body_of(table(rows, heading))) == items, rows


def test_a_table_with_words_in_one_column_is_read_as_its_paragraphs() -> None:
    boxed = ('<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc>'
             + paragraph("Fact sheet", "Heading2") + paragraph("The quay opened in 1894.")
             + paragraph("It handles 1,200 tonnes a day.") + "</w:tc></w:tr></w:tbl>")
    blocks = body_of(boxed)
    texts = t.block_texts(blocks)
    assert not any(isinstance(b, t.BulletList) for b in blocks)
    start = texts.index("Fact sheet")
    assert texts[start:start + 3] == ["Fact sheet", "The quay opened in 1894.",
                                      "It handles 1,200 tonnes a day."]
    assert isinstance(blocks[start], t.Heading)


def test_merged_cells_and_nested_tables_are_read_once_in_their_places() -> None:
    span = "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
    down, more = "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>", "<w:tcPr><w:vMerge/></w:tcPr>"
    nested = "<w:tbl><w:tr>" + cell("inner") + "</w:tr></w:tbl>"
    xml = ("<w:tbl>"
           "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("Region") + cell("Site")
           + cell("Tonnes") + "</w:tr>"
           "<w:tr>" + cell("North", down) + cell("Quay") + cell("1,200") + "</w:tr>"
           "<w:tr>" + cell("", more) + cell("Pier") + "<w:tc><w:p><w:r><w:t>800</w:t></w:r>"
           "</w:p>" + nested + "</w:tc></w:tr>"
           "<w:tr>" + cell("Total of all sites", span) + cell("2,000") + "</w:tr>"
           "</w:tbl>")
    assert the_list(body_of(xml)) == [
        "Region: North; Site: Quay; Tonnes: 1,200",
        "Region: North; Site: Pier; Tonnes: 800 inner",  # (the merge down repeats its words)
        "Region: Total of all sites; Tonnes: 2,000"]  # (a cell across columns: said once)
