"""The inline content of one Word paragraph: runs, hyperlinks, fields, tracked changes.

Hidden text (Word's Hidden font setting, w:vanish, directly or by a character style) does
not print, so it is left out; an equation (m:oMath) is kept as its text reads, in reading
order (a fraction as a/b, a power as x^2, a root as √x). Both are counted for the import
report, which says so."""

from __future__ import annotations

import re
from typing import Protocol

from lxml import etree

from ..body import tree as t
from ..body.safety import safe_href
from ..body.tree import has_words, trim_inlines
from ..field_rules import plain_phone_spaces
from .html_reader import merge_inlines

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"', re.I)
_OFF = frozenset({"0", "false", "off", "none"})


def w(name: str) -> str:
    return f"{{{W}}}{name}"


VAL = w("val")


def on(element: etree._Element | None) -> bool | None:
    """A Word on/off property: None when absent."""
    if element is None:
        return None
    return element.get(VAL, "true").lower() not in _OFF


class Style:
    """A Word style as the reader needs it (None: the style does not say)."""

    __slots__ = ("bold", "caps", "centred", "hidden", "italic", "kind", "name", "num",
                 "outline", "size")

    def __init__(self) -> None:
        self.name = ""
        self.kind = "paragraph"
        self.bold: bool | None = None
        self.italic: bool | None = None
        self.caps: bool | None = None
        self.hidden: bool | None = None  # w:vanish: its text does not print
        self.size = 0.0
        self.centred: bool | None = None
        self.num: tuple[str, int] | None = None
        self.outline: int | None = None


class RunOwner(Protocol):
    """What a run reader asks of the document it reads: the part's links and styles, the
    tracked changes counted, and the pictures taken."""

    rels: dict[str, str]
    styles: dict[str, Style]
    deleted: int
    inserted: int
    alternates: int  # passages of which Word keeps a differing second version, not read
    symbols: int  # symbols of a symbol font, kept as the font's private code
    hidden: int  # runs of hidden text with words, left out
    equations: int  # equations, kept as their text reads

    def picture(self, element: etree._Element) -> bool: ...

    def aside(self, element: etree._Element) -> str:
        """Keep the text of the text box or the footnote or endnote *element* shows, to
        follow the paragraph; the mark to print where it stands ("[1]" for a note)."""


class RunReader:
    """The inline content of one paragraph, complex fields and all."""

    def __init__(self, owner: RunOwner, footer: bool) -> None:
        self.owner = owner
        self.footer = footer
        self.out: list[t.Inline] = []
        self.fields: list[dict[str, object]] = []

    def target(self) -> list[t.Inline]:
        for field in reversed(self.fields):
            if field["state"] == "result":
                return field["nodes"]  # type: ignore[return-value]  # "nodes" holds a list
        return self.out

    def finish(self) -> list[t.Inline]:
        while self.fields:
            self._end_field()
        return self.out

    def walk(self, element: etree._Element, link: str | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == w("r"):
                self.run(child, link)
            elif tag == w("hyperlink"):
                href = self.owner.rels.get(child.get(f"{{{R}}}id", ""), "")
                nodes: list[t.Inline] = []
                saved, self.out = self.out, nodes
                self.walk(child, href)
                self.out = saved
                target = safe_href(href) if href else None
                nodes = merge_runs(nodes)
                self.target().extend([t.Link(target, trim_inlines(nodes))] if target and
                                     any(has_words(n) for n in nodes) else nodes)
            elif tag == w("fldSimple"):
                instruction = child.get(w("instr"), "")
                if self.footer and re.search(r"\b(NUM)?PAGES?\b", instruction):
                    continue
                nodes = []
                saved, self.out = self.out, nodes
                self.walk(child, link)
                self.out = saved
                found = _HYPERLINK_FIELD.search(instruction)
                address = safe_href(found.group(1)) if found else None
                self.target().extend([t.Link(address, merge_runs(nodes))] if address
                                     else nodes)
            elif tag in (w("del"), w("moveFrom")):
                self.owner.deleted += 1
            elif tag in (w("ins"), w("moveTo")):
                self.owner.inserted += 1
                self.walk(child, link)
            elif tag in (w("smartTag"), w("customXml"), w("sdt"), w("sdtContent"), w("bdo"),
                         w("dir")):
                self.walk(child, link)
            elif tag == f"{{{MC}}}AlternateContent":
                self.walk(self.alternate(child), link)
            elif tag in (f"{{{M}}}oMath", f"{{{M}}}oMathPara"):
                said = " ".join(equation_text(math) for math in (
                    [child] if tag == f"{{{M}}}oMath" else child.iter(f"{{{M}}}oMath")))
                if said.strip():
                    self.owner.equations += 1
                    self._text(said, False, False, "")
            elif tag not in (w("pPr"), w("rPr")) and child.find(f".//{w('t')}") is not None:
                self.walk(child, link)  # a wrapper this reader does not name: its words print

    def run(self, run: etree._Element, link: str | None) -> None:
        rpr = run.find(w("rPr"))
        char_style = ""
        bold = italic = False
        # Hidden: as the run says, else as its character style says, else as its
        # paragraph's style says (Word's order; a style's own from the one it is based on).
        rs = rpr.find(w("rStyle")) if rpr is not None else None
        style = self.owner.styles.get(rs.get(VAL, "")) if rs is not None else None
        hidden = on(rpr.find(w("vanish"))) if rpr is not None else None
        if hidden is None and style is not None:
            hidden = style.hidden
        if hidden is None:
            hidden = self._paragraph_hidden(run)
        if hidden:
            if any((text.text or "").strip() for text in run.iter(w("t"))):
                self.owner.hidden += 1
            return  # hidden text does not print
        if rpr is not None:
            char_style = style.name if style is not None else ""
            bold = bool(on(rpr.find(w("b"))) if rpr.find(w("b")) is not None else
                        style is not None and style.bold and char_style != "dateline")
            italic = bool(on(rpr.find(w("i"))) if rpr.find(w("i")) is not None else
                          style is not None and style.italic)
            # Emphasis dots (着重号): how Chinese text emphasises, having no italic.
            dots = rpr.find(w("em"))
            italic = italic or (dots is not None and dots.get(VAL, "none") != "none")
        self._content(run, link, bold, italic, char_style)

    def _paragraph_hidden(self, run: etree._Element) -> bool | None:
        """Whether the style of the paragraph holding *run* hides its text (w:vanish in
        the paragraph style's run properties); None when it does not say."""
        paragraph = next(run.iterancestors(w("p")), None)
        found = paragraph.find(f"{w('pPr')}/{w('pStyle')}") if paragraph is not None else None
        style = self.owner.styles.get(found.get(VAL, "")) if found is not None else None
        return style.hidden if style is not None else None

    def alternate(self, element: etree._Element) -> etree._Element:
        """The version of an mc:AlternateContent to read (see `alternate_version`), counting
        a passage whose other version reads otherwise for the report."""
        chosen, differs = alternate_version(element)
        if differs:
            self.owner.alternates += 1
        return chosen

    def _content(self, run: etree._Element, link: str | None, bold: bool, italic: bool,
                 char_style: str) -> None:
        """The content of a run (or of the version of an mc:AlternateContent in it)."""
        for child in run:
            tag = child.tag
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    self.fields.append({"state": "instr", "instr": "", "nodes": []})
                elif kind == "separate" and self.fields:
                    self.fields[-1]["state"] = "result"
                elif kind == "end" and self.fields:
                    self._end_field()
            elif tag == w("instrText"):
                if self.fields and self.fields[-1]["state"] == "instr":
                    self.fields[-1]["instr"] = str(self.fields[-1]["instr"]) + (child.text or "")
            elif self.fields and self.fields[-1]["state"] == "instr":
                continue  # the field's code, not its text
            elif tag == w("t"):  # (a phone number's no-break spaces: the writer's, undone)
                self._text(plain_phone_spaces(child.text or ""), bold, italic, char_style)
            elif tag in (w("tab"), w("ptab")):
                self._text(" ", bold, italic, char_style)
            elif tag == w("noBreakHyphen"):
                self._text("-", bold, italic, char_style)
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) not in ("page", "column"):
                    self.target().append(t.LineBreak())
            elif tag in (w("drawing"), w("pict"), f"{{{MC}}}AlternateContent"):
                if not self.footer and self.owner.picture(child):
                    continue  # a photo of the release, not words of the text
                if not self.footer and _text_box(child) is not None:
                    self.owner.aside(child)  # a text box: its words follow the paragraph
                    continue
                if tag == f"{{{MC}}}AlternateContent" and \
                        next(child.iter(w("t"), w("sym")), None) is not None:
                    # Words (Word's emoji among them) in two versions: one of them is read.
                    self._content(self.alternate(child), link, bold, italic, char_style)
                    continue
                alt = alt_text(child)
                if alt:
                    self._text(f" {alt} ", False, False, "")
            elif tag == w("sym"):
                self._text(self._symbol(child), bold, italic, char_style)
            elif tag == w("ruby"):  # a character with its reading above: the character prints
                base = child.find(w("rubyBase"))
                if base is not None:
                    self.walk(base, link)
            elif tag in (w("footnoteReference"), w("endnoteReference")) and not self.footer:
                self._text(self.owner.aside(child), bold, italic, char_style)

    def _symbol(self, element: etree._Element) -> str:
        """A w:sym's character. A symbol font's (Wingdings, Symbol) are stored at the
        font's own private codes (U+F020–U+F0FF), which no other font shows as the symbol:
        kept as they are (nothing is left out), and counted for the report."""
        code = element.get(w("char"), "")
        try:
            value = int(code, 16)
            char = chr(value)
        except (ValueError, OverflowError):
            return ""
        if 0xD800 <= value <= 0xDFFF or value < 0x20:
            return ""
        if 0xE000 <= value <= 0xF8FF:
            self.owner.symbols += 1
        return char

    def _text(self, text: str, bold: bool, italic: bool, char_style: str) -> None:
        if not text:
            return
        node: t.Inline
        if char_style == "dateline":
            node = t.Dateline(text)
        elif char_style == "code":
            node = t.Code(text)
        else:
            node = t.Text(text)
        if italic and not isinstance(node, t.Dateline):
            node = t.Emphasis([node])
        if bold and not isinstance(node, t.Dateline):
            node = t.Strong([node])
        self.target().append(node)

    def _end_field(self) -> None:
        field = self.fields.pop()
        nodes = merge_runs(field["nodes"])  # type: ignore[arg-type]  # "nodes" holds a list
        instruction = str(field["instr"])
        if self.footer and re.search(r"\b(NUM)?PAGES?\b", instruction):
            return  # page numbers are not footer text
        found = _HYPERLINK_FIELD.search(instruction)
        href = safe_href(found.group(1)) if found else None
        self.target().extend([t.Link(href, trim_inlines(nodes))] if href and
                             any(has_words(n) for n in nodes) else nodes)


# Equations (Office Math): each structure read into a line of text (equation_text); any
# other element reads as its parts in order.
def _m(name: str) -> str:
    return f"{{{M}}}{name}"


_READS = {_m("sup"): "^", _m("sub"): "_"}  # (a part's mark before it: x^2, x_1)


FORMULA_SPACE = "\u2009"


def equation_text(element: etree._Element) -> str:
    """The text of the equation *element* (an m:oMath) as it reads: its m:t in order, a
    fraction as a/b, a power as x^2, an index as x_1, a root as √x (the n-th: ∛x …, or
    n√x), a bracket with its own characters, the whole on one line: its spaces thin ones
    (U+2009), so it reads as one formula, which proofing passes over (proofing/text.py)."""
    return FORMULA_SPACE.join(_math(element).split())


def _math(element: etree._Element) -> str:
    tag = element.tag
    if tag == _m("t"):
        return element.text or ""
    if tag in (_m("oMathParaPr"), _m("fPr"), _m("sSupPr"), _m("sSubPr"), _m("sSubSupPr"),
               _m("radPr"), _m("dPr"), _m("naryPr"), _m("ctrlPr"), w("rPr"), _m("rPr")):
        return ""
    if tag == _m("f"):
        return f"{_grouped(element.find(_m('num')))}/{_grouped(element.find(_m('den')))}"
    if tag == _m("rad"):
        found = element.find(_m("deg"))
        degree = _math(found).strip() if found is not None else ""
        base = _grouped(element.find(_m("e")))
        sign = {"": "√", "2": "√", "3": "∛", "4": "∜"}.get(degree)
        return f"{sign}{base}" if sign else f"{degree}√{base}"
    if tag == _m("d"):  # a bracket: its own characters, its parts apart as it writes them
        props = element.find(_m("dPr"))
        parts = [_math(part) for part in element.findall(_m("e"))]
        return (_character(props, "begChr", "(") + _character(props, "sepChr", "|").join(parts)
                + _character(props, "endChr", ")"))
    if tag == _m("nary"):
        props = element.find(_m("naryPr"))
        found = props.find(_m("chr")) if props is not None else None
        sign = found.get(_m("val"), "∫") if found is not None else "∫"
        limits = "".join(_math(child) for child in element if child.tag in _READS)
        body = element.find(_m("e"))  # (what is summed: apart from the limits, ∑_i^n x)
        return sign + limits + (" " + _math(body) if body is not None else "")
    if tag in _READS:
        return _READS[tag] + _grouped(element)
    return "".join(_math(child) for child in element)


def _character(props: etree._Element | None, name: str, default: str) -> str:
    """A bracket's character *name* (begChr, sepChr, endChr) as its properties set it."""
    found = props.find(_m(name)) if props is not None else None
    return found.get(_m("val"), default) if found is not None else default


def _grouped(element: etree._Element | None) -> str:
    """A part's text, in brackets when it is more than one letter or number (a/(b+c))."""
    if element is None:
        return ""
    text = "".join(_math(child) for child in element).strip()
    return text if len(text) <= 1 or text.replace(".", "").isalnum() else f"({text})"


def merge_runs(nodes: list[t.Inline]) -> list[t.Inline]:
    """A Word paragraph's inlines merged as the HTML reader merges them (merge_inlines:
    adjacent text joined, its spaces as a browser shows them), each line apart: the spaces
    before a line break are kept, as Word prints them and as our export writes those a
    body's line ends with (a browser drops them; a Markdown hard break keeps them)."""
    merged: list[t.Inline] = []
    line: list[t.Inline] = []
    for node in nodes:
        if isinstance(node, t.LineBreak):
            merged.extend(merge_inlines(line))
            merged.append(node)
            line = []
        else:
            line.append(node)
    merged.extend(merge_inlines(line))
    return merged


def _text_box(element: etree._Element) -> etree._Element | None:
    """The content of the text box *element* (a w:drawing, w:pict or mc:AlternateContent)
    shows: a w:txbxContent, the first choice's rather than its copy for older readers."""
    return next(element.iter(w("txbxContent")), None)


def text_box_paragraphs(element: etree._Element) -> list[etree._Element]:
    """The paragraphs of the text box *element* shows, in order: not those of a text box
    inside it (read when its own paragraph is), nor the copy an mc:Fallback keeps."""
    content = _text_box(element)
    if content is None:
        return []
    return [p for p in content.iter(w("p")) if _directly_in(p, content)]


def _directly_in(paragraph: etree._Element, content: etree._Element) -> bool:
    for ancestor in paragraph.iterancestors():
        if ancestor is content:
            return True
        if ancestor.tag in (w("txbxContent"), f"{{{MC}}}Fallback"):
            return False
    return False


def alternate_version(element: etree._Element) -> tuple[etree._Element, bool]:
    """The version of the mc:AlternateContent *element* to read, and whether another
    version holds other words. Word shows a choice only to programs that know what it
    requires (a newer Word's emoji, its text effects) and keeps a fallback for every other
    program: the fallback is read, as LibreOffice reads it, unless it is empty."""
    choices = element.findall(f"{{{MC}}}Choice")
    fallback = element.find(f"{{{MC}}}Fallback")
    chosen = fallback if fallback is not None and len(fallback) else next(
        (choice for choice in choices if len(choice)), fallback if fallback is not None
        else element)
    words = _words_of(chosen)
    differs = any(_words_of(branch) not in ([], words) for branch in choices)
    return chosen, differs


def _words_of(element: etree._Element) -> list[str]:
    """The words *element* prints: its w:t's, but not those of a deletion."""
    deleted = (w("del"), w("moveFrom"))
    return "".join(node.text or "" for node in element.iter(w("t")) if not any(
        ancestor.tag in deleted for ancestor in node.iterancestors())).split()


def alt_text(element: etree._Element) -> str:
    for props in element.iter(f"{{{WP}}}docPr"):
        alt = (props.get("descr") or props.get("title") or "").strip()
        if alt:
            return " ".join(alt.split())
    return ""


