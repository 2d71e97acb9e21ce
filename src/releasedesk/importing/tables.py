"""A draft's table as the body can hold it (the body's CommonMark has no tables).

A table of figures ("Site | Tonnes", a row per site) becomes a bulleted list, one item per
row, each cell named by its column's heading when the first row is one: "Site: North Quay;
Tonnes: 1,200". Without a heading row the first cell leads: "North Quay: 1,200; +4%". An
item reads as a sentence in every export (web page, Word, PDF, plain text, e-mail), stays an
item when edited, and is read aloud with its labels. A table that holds words in one
column only (a box around a quote, a logo beside the letterhead) is a layout, not data:
its paragraphs are read as paragraphs (the reader does that; ``is_layout`` says when).
"""

from __future__ import annotations

from ..body import tree as t
from ..body.tree import has_words, trim_inlines
from .html_reader import merge_inlines

Cell = list[t.Inline]  # a cell's words as inline nodes; [] for an empty cell


def worded(cell: Cell) -> bool:
    return any(has_words(node) for node in cell)


def is_layout(rows: list[list[Cell]]) -> bool:
    """Whether no row has words in more than one cell (one column, or one box)."""
    return all(sum(1 for cell in row if worded(cell)) <= 1 for row in rows)


def rows_as_list(rows: list[list[Cell]], heading: bool) -> t.BulletList | None:
    """The rows of a table of data as a list, one item per row with words (a cell that
    spans columns is the same list in each of them); with *heading* the first row names
    the columns (unless it is all the table holds). None when no row has words."""
    if heading and not any(worded(cell) for row in rows[1:] for cell in row):
        heading = False
    labels = [t.plain_text(cell).strip().rstrip(":：").strip() for cell in rows[0]] \
        if heading else []
    items: list[t.ListItem] = []
    for row in rows[1:] if heading else rows:
        line = _row_line(row, labels)
        if line:
            items.append(t.ListItem([t.Paragraph(line)]))
    return t.BulletList(items) if items else None


def _row_line(row: list[Cell], labels: list[str]) -> list[t.Inline]:
    # (a cell spanning columns stands in each: said once, under its first column's label)
    cells = [(labels[index] if index < len(labels) else "", trim_inlines(list(cell)))
             for index, cell in enumerate(row) if not index or cell is not row[index - 1]]
    cells = [(label, cell) for label, cell in cells if worded(cell)]
    if not cells:
        return []
    wide = _wide(row, labels)
    colon, semicolon = ("：", "；") if wide else (": ", "; ")
    line: list[t.Inline] = []
    if labels:
        for label, cell in cells:
            if line:
                line.append(t.Text(semicolon))
            if label:
                line.append(t.Text(label + colon))
            line.extend(cell)
        return merge_inlines(line)
    first, *rest = cells
    line.extend(first[1])
    for number, (_, cell) in enumerate(rest):
        line.append(t.Text(colon if number == 0 else semicolon))
        line.extend(cell)
    return merge_inlines(line)


def _wide(row: list[Cell], labels: list[str]) -> bool:
    """Whether the row is written in Chinese or Japanese (full-width colon and semicolon)."""
    text = "".join([*labels, *(t.plain_text(cell) for cell in row)])
    return any("\u3040" <= char <= "\u9fff" for char in text)
