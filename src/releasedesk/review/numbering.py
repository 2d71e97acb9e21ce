"""The number Word shows before a numbered paragraph of a reviewed document.

A paragraph is numbered by its own ``w:numPr`` or by its style's (``w:basedOn`` followed):
a numbering instance (``w:numId``; "0" takes the numbering away) and a level (``w:ilvl``;
where only the style names the instance, the level whose ``w:pStyle`` is that style).
The instances that share one abstract numbering count together, as Word counts them: a
paragraph takes the number after the last one shown at its level, or the level's start;
an instance that overrides a level's start (``w:lvlOverride/w:startOverride``, or a
``w:lvl`` of its own) starts there at its first paragraph of that level. A paragraph at a
level sets the deeper levels back to their starts. Only decimal numbers are shown in
digits; bullets and letters give 0.
"""

from __future__ import annotations

from lxml import etree

from ..importing.docx_runs import w

_VAL = w("val")
_DIGITS = frozenset({"decimal"})


def _whole(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _number(element: etree._Element | None) -> int | None:
    """An element's w:val as a whole number, None where it is missing or not one."""
    return None if element is None else _whole(element.get(_VAL, ""))


class WordNumbering:
    """Counts a document's numbered paragraphs in order: shown() for each paragraph."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.abstract_of: dict[str, str] = {}  # numId: its abstract numbering's id
        self.starts_at: dict[tuple[str, int], int] = {}  # (numId, level): its start override
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # (start, format, style)
        self.style_numbering: dict[str, tuple[str, int | None]] = {}
        self.based_on: dict[str, str] = {}
        self.counts: dict[str, dict[int, int]] = {}  # abstract: level: the last number shown
        self.started: set[tuple[str, int]] = set()  # overrides that have taken effect
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def _read_numbering(self, root: etree._Element) -> None:
        for abstract in root.iter(w("abstractNum")):
            self.levels[abstract.get(w("abstractNumId"), "")] = _levels(abstract)
        for num in root.iter(w("num")):
            ident = num.get(w("numId"), "")
            found = num.find(w("abstractNumId"))
            self.abstract_of[ident] = found.get(_VAL, "") if found is not None else ""
            for override in num.iter(w("lvlOverride")):
                level = _whole(override.get(w("ilvl"), "0"))
                if level is None:
                    continue
                start = _number(override.find(w("startOverride")))
                if start is None:
                    start = _number(override.find(f"{w('lvl')}/{w('start')}"))
                if start is not None:
                    self.starts_at[(ident, level)] = start

    def _read_styles(self, root: etree._Element) -> None:
        for style in root.iter(w("style")):
            ident = style.get(w("styleId"), "")
            parent = style.find(w("basedOn"))
            if parent is not None:
                self.based_on[ident] = parent.get(_VAL, "")
            numbered = style.find(f"{w('pPr')}/{w('numPr')}")
            if numbered is not None:
                self.style_numbering[ident] = (_num_id(numbered),
                                               _number(numbered.find(w("ilvl"))))

    def _of_style(self, style: str) -> tuple[str, int | None]:
        seen: set[str] = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_numbering:
                return self.style_numbering[style]
            style = self.based_on.get(style, "")
        return "", None

    def instance(self, properties: etree._Element | None, style: str) -> tuple[str, int]:
        """The numbering instance and level a paragraph is numbered by ("" for none)."""
        own = properties.find(w("numPr")) if properties is not None else None
        num_id, level = self._of_style(style)
        if own is not None:
            own_id = _num_id(own)
            num_id = own_id or num_id
            own_level = _number(own.find(w("ilvl")))
            level = own_level if own_level is not None else level
        if not num_id or num_id == "0" or num_id not in self.abstract_of:
            return "", 0
        if level is None:  # (the level that names the style, else the first)
            levels = self.levels.get(self.abstract_of[num_id], {})
            level = next((n for n, (_, _, linked) in sorted(levels.items())
                          if linked and linked == style), 0)
        return num_id, max(0, min(level, 8))

    def shown(self, properties: etree._Element | None, style: str) -> int:
        """Count the paragraph with *properties* (its w:pPr) and style id *style*: the
        number Word shows before it, 0 where it shows none or no digits."""
        num_id, level = self.instance(properties, style)
        if not num_id:
            return 0
        abstract = self.abstract_of[num_id]
        start, form, _ = self.levels.get(abstract, {}).get(level, (1, "decimal", ""))
        counts = self.counts.setdefault(abstract, {})
        if (num_id, level) in self.starts_at and (num_id, level) not in self.started:
            self.started.add((num_id, level))
            value = self.starts_at[(num_id, level)]
        else:
            value = counts[level] + 1 if level in counts else start
        counts[level] = value
        for deeper in [n for n in counts if n > level]:
            del counts[deeper]
        return value if form in _DIGITS else 0


def _num_id(numbered: etree._Element) -> str:
    found = numbered.find(w("numId"))
    return found.get(_VAL, "") if found is not None else ""


def _levels(abstract: etree._Element) -> dict[int, tuple[int, str, str]]:
    """An abstract numbering's levels: (start, number format, the style linked to it)."""
    out: dict[int, tuple[int, str, str]] = {}
    for level in abstract.findall(w("lvl")):
        start = _number(level.find(w("start")))
        form = level.find(w("numFmt"))
        linked = level.find(w("pStyle"))
        number = _whole(level.get(w("ilvl"), "0"))
        if number is None:
            continue
        out[number] = (1 if start is None else start,
                       form.get(_VAL, "decimal") if form is not None else "decimal",
                       linked.get(_VAL, "") if linked is not None else "")
    return out
