"""Whether a Word table's first row is its heading row (tester15: a heading row that is not
bold was read as an item, "Branch: Kits"). Word says so in any of these ways, and the
reader takes each:

- the row repeats as a heading on each page (``w:tblHeader``);
- its words are bold (the reader's own test, on the cells' words);
- the table's style formats a first row (``w:tblStylePr w:type="firstRow"``, in the
  style or one it is based on) and the table's look turns that on (``w:tblLook``:
  ``w:firstRow``, or the first-row bit of the older hexadecimal value; Word's default
  look, when none is written, has it on);
- it is the only row shaded in its colour: every cell of it shaded one colour (not
  white, not automatic) that no cell of another row has.
"""

from __future__ import annotations

from lxml import etree

from .docx_runs import VAL, on, w

_FIRST_ROW_BIT = 0x0020  # w:tblLook w:val's "apply first row conditional formatting"
_DEFAULT_LOOK = 0x04A0  # the look Word gives a new table (first row and column, no bands)
_PLAIN_FILLS = frozenset({"", "auto", "ffffff", "none"})


def first_row_styles(styles: etree._Element | None) -> frozenset[str]:
    """The ids of the table styles in styles.xml that format a first row (themselves or
    through the styles they are based on)."""
    if styles is None:
        return frozenset()
    own: set[str] = set()
    based: dict[str, str] = {}
    for style in styles.iter(w("style")):
        if style.get(w("type")) != "table":
            continue
        style_id = style.get(w("styleId"), "")
        parent = style.find(w("basedOn"))
        if parent is not None:
            based[style_id] = parent.get(VAL, "")
        if any(look.get(w("type")) == "firstRow" and len(look)
               for look in style.iter(w("tblStylePr"))):
            own.add(style_id)
    found = set(own)
    for style_id in based:
        seen = {style_id}
        parent_id = based.get(style_id, "")
        while parent_id and parent_id not in seen:
            if parent_id in own:
                found.add(style_id)
                break
            seen.add(parent_id)
            parent_id = based.get(parent_id, "")
    return frozenset(found)


def marks_first_row(table: etree._Element, rows: list[etree._Element],
                    styled: frozenset[str]) -> bool:
    """Whether Word marks the first of *rows* (the table's own rows) as the heading row, by
    a repeat, its style's look or its own shading (bold is the caller's test)."""
    if len(rows) < 2:
        return False
    if on(rows[0].find(f"{w('trPr')}/{w('tblHeader')}")) is True:
        return True
    properties = table.find(w("tblPr"))
    style = properties.find(w("tblStyle")) if properties is not None else None
    if style is not None and style.get(VAL, "") in styled and _looks_at_first_row(properties):
        return True
    return _only_row_of_its_shade(rows)


def _looks_at_first_row(properties: etree._Element | None) -> bool:
    look = properties.find(w("tblLook")) if properties is not None else None
    if look is None:
        return bool(_DEFAULT_LOOK & _FIRST_ROW_BIT)
    first = look.get(w("firstRow"))
    if first is not None:
        return first.lower() not in ("0", "false", "off")
    try:
        return bool(int(look.get(VAL, f"{_DEFAULT_LOOK:04X}"), 16) & _FIRST_ROW_BIT)
    except ValueError:
        return False


def _fills(row: etree._Element) -> list[str]:
    """Each cell's shading colour in *row* ("" for none), a row-wide shading under it."""
    wide = row.find(f"{w('tblPrEx')}/{w('shd')}")
    under = _fill(wide)
    return [_fill(cell.find(f"{w('tcPr')}/{w('shd')}")) or under
            for cell in row.iter(w("tc"))]


def _fill(shading: etree._Element | None) -> str:
    if shading is None:
        return ""
    fill = shading.get(w("fill"), "").lower()
    return "" if fill in _PLAIN_FILLS else fill


def _only_row_of_its_shade(rows: list[etree._Element]) -> bool:
    first = set(_fills(rows[0]))
    if len(first) != 1 or "" in first:
        return False
    return not any(first & set(_fills(row)) for row in rows[1:])
