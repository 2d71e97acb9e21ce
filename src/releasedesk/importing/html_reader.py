"""HTML drafts and rich paste: the element tree read into body.tree blocks.

Bold, italic, links (safe schemes only, tracking parameters removed), lists (Word's
paragraph lists too, numbered with their start), headings, quotes and tables (as text
rows) survive; styles, scripts and hidden elements do not. Pictures (``<img>``) are
noted where they stand (html_pictures.py makes them photos on import: data: URLs and
files beside the draft); in a pasted body, or where no photo is taken, their alt text
stays as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..body import tree as t
from ..body.safety import clean_text, safe_href
from ..body.tree import has_words, trim_inlines
from ..field_rules import split_list
from . import draft as d
from .draft import Draft, PictureRef, Piece
from .html_dom import Element, parse_html
from .lists import PieceSink

_SPACE = re.compile(r"[ \t\n\r\f\u00a0]+")
_MSO_LIST = re.compile(r"mso-list\s*:\s*l(\d+)\s+level(\d+)", re.I)
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px)", re.I)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
_NOT_BOLD = re.compile(r"font-weight\s*:\s*(normal|[1-4]00)", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok"
                       r"|yclid|igshid|oly_enc_id|oly_anon_id|vero_id|wickedid)$", re.I)
_ORDERED_MARKER = re.compile(r"^\(?([0-9]+|[A-Za-z]|[ivxlcdm]+)[.)]")
_CONTAINERS = frozenset({"div", "section", "article", "main", "header", "footer", "aside",
                         "nav", "body", "html", "#root", "form", "fieldset", "details",
                         "summary", "figure", "center", "dl", "tbody", "thead", "tfoot"})
_PARAGRAPHS = frozenset({"p", "address", "dt", "dd", "figcaption", "caption"})
# Notes (footnotes, endnotes) as pandoc, Word ("Save as web page"), Google Docs and blog
# tools write them: a reference is a link to "#fn1", "#_ftn1", "#ftnt1" … whose text is the
# note's number; the note links back with "↩" or its number. A reference comes in as "[1]",
# as the Word importer writes it, never as a bare digit glued to the word ("today.1").
_NOTE_TARGET = re.compile(r"#(?:_?ftn|ftnt|fn|footnote|endnote|_?edn|note|cite_note)[-_]?\w*",
                          re.I)
_NOTE_NUMBER = re.compile(r"\[?\s*(\d{1,3})\s*\]?")
_NOTE_BACK = frozenset({"↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴"})
_NOTES_CLASS = re.compile(r"footnotes?|endnotes?|notes", re.I)
_CLASS_STYLES = {
    "release-status": d.STATUS, "release-headline": d.TITLE, "release-subheadline": d.SUBTITLE,
    "release-line": d.RELEASE_LINE, "release-end-mark": d.END_MARK, "msotitle": d.TITLE,
    "msosubtitle": d.SUBTITLE, "title": d.TITLE, "subtitle": d.SUBTITLE,
    "release-footer": d.FOOTER, "release-contacts": d.CONTACT, "release-about": d.BOILERPLATE,
}


# An <img> the reader met, until html_pictures.py takes it as a photo or gives back its
# alt text: t.Image(PICTURE + index), the index into Draft.pictures.
PICTURE = "\x00picture:"


def read_html(source: str, pictures: bool = False) -> Draft:
    """An HTML draft (a page or a fragment) as pieces. With *pictures*, each ``<img>`` at
    the top level stands as a placeholder Image (PICTURE + its index in draft.pictures:
    src, alt and the caption of its ``<figure>``); without, its alt text stays as text."""
    root, language, keywords = parse_html(source)
    reader = _Reader(pictures)
    reader.container(root, "", False)
    reader.flush("", False)
    return Draft(reader.sink.pieces, language=language.strip(), format_label="HTML",
                 keywords=split_list(keywords), pictures=reader.pictures)


def html_to_blocks(source: str) -> list[t.Block]:
    """The blocks of pasted HTML, for the body (rich paste), without the characters no
    saved body keeps (body.safety.clean_text: a bidi override shows "gnp.exe" as
    "exe.png" in the editor until the body is saved and read again)."""
    blocks: list[t.Block] = [piece.block for piece in read_html(source).pieces]
    for block in blocks:
        _clean(block)
    return blocks


def _clean(node: t.Node) -> None:
    for name in node.__slots__:
        value = getattr(node, name)
        if name == "text" and isinstance(value, str):
            setattr(node, name, clean_text(value))
        elif isinstance(value, list):
            for child in value:
                if isinstance(child, t.Node):
                    _clean(child)


def untracked(href: str) -> str:
    """A link without redirect wrappers (Outlook Safe Links, Google) and tracking parameters."""
    try:
        parts = urlsplit(href.strip())
        host = parts.netloc.lower()
        query = parse_qsl(parts.query, keep_blank_values=True)
        if host.endswith("safelinks.protection.outlook.com") or (
                host.startswith(("www.google.", "google.")) and parts.path == "/url"):
            target = dict(query).get("url") or dict(query).get("q")
            if target:
                return untracked(target)
        kept = [(k, v) for k, v in query if not _TRACKING.match(k)]
        if len(kept) == len(query):
            return href.strip()
        return urlunsplit(parts._replace(query=urlencode(kept)))
    except ValueError:
        return href


class _Reader:
    def __init__(self, pictures: bool = False) -> None:
        self.sink = PieceSink()
        self.pending: list[t.Inline] = []
        self.takes_pictures = pictures
        self.pictures: list[PictureRef] = []

    # -- blocks ---------------------------------------------------------------------------

    def container(self, element: Element, style: str, centred: bool) -> None:
        """Walk a container's children: inline runs become paragraphs, blocks pieces."""
        for child in element.children:
            if isinstance(child, str) or child.tag not in _BLOCK_TAGS:
                self.pending.extend(self.inline(child, False, False))
                continue
            self.flush(style, centred)
            self.block(child, style, centred)

    def flush(self, style: str, centred: bool) -> None:
        if self.pending:
            for paragraph in _split_paragraphs(self.pending):
                self.sink.piece(_piece(paragraph, style, centred, 0.0))
            self.pending = []

    def block(self, element: Element, style: str, centred: bool) -> None:
        tag = element.tag
        own = next((_CLASS_STYLES[c.lower()] for c in element.classes
                    if c.lower() in _CLASS_STYLES), "")
        centred = centred or bool(_CENTRED.search(element.style)) or \
            element.attrs.get("align", "").lower() == "center" or tag == "center"
        if tag == "figure" and self.takes_pictures and self.figure(element, own or style):
            return
        if tag in _CONTAINERS or tag in ("td", "th", "li"):
            self.container(element, own or style, centred)
            self.flush(own or style, centred)
        elif tag in _PARAGRAPHS:
            self.paragraph(element, own or style, centred)
        elif tag[0] == "h" and tag[1:].isdigit():
            children = trim_inlines(self.inline_children(element, False, False))
            if children:
                level = int(tag[1:])
                piece = _piece(t.Heading(level, children), own or d.HEADING, centred,
                               _size(element))
                piece.level = level
                if own and own != d.TITLE and not style:
                    piece.style = own
                elif style and not own:
                    piece.style = style  # a heading inside our own contacts/about section
                self.sink.piece(piece)
        elif tag == "ol" and _note_list(element):
            self.notes(element, own or style)
        elif tag in ("ul", "ol"):
            block = self.list_block(element)
            if block.items:
                self.sink.piece(Piece(block, style=own or style))
        elif tag == "blockquote":
            blocks = self.blocks_of(element)
            if blocks:
                self.sink.piece(Piece(t.Quote(blocks), style=own or style))
        elif tag == "pre":
            text = _text_of(element).strip("\n")
            if text.strip():
                self.sink.piece(Piece(t.CodeBlock(text), style=own or style))
        elif tag == "table":
            for row in _rows(element):
                cells = [trim_inlines(self.inline_children(cell, False, False)) for cell in row]
                line: list[t.Inline] = []
                for cell in (c for c in cells if c):
                    if line:
                        line.append(t.Text(" | "))
                    line.extend(cell)
                if line:
                    self.sink.piece(_piece(t.Paragraph(merge_inlines(line)), own or style,
                                           centred, 0.0))
        elif tag == "hr":
            self.sink.piece(Piece(t.Rule(), style=own or style))

    def figure(self, element: Element, style: str) -> bool:
        """A ``<figure>`` of one picture and its ``<figcaption>``: one placeholder with the
        caption; False (read as a container) for any other figure."""
        images = list(_descendants(element, "img"))
        captions = [c for c in element.children if isinstance(c, Element)
                    and c.tag == "figcaption"]
        if len(images) != 1 or len(captions) > 1 or not images[0].attrs.get("src", "").strip():
            return False
        caption = _SPACE.sub(" ", _text_of(captions[0])).strip() if captions else ""
        others = [c for c in element.children if isinstance(c, Element)
                  and c.tag not in ("img", "figcaption") and images[0] not in _descendants(
                      c, "img")]
        if any(_SPACE.sub("", _text_of(c)) for c in others) or any(
                isinstance(c, str) and _SPACE.sub("", c) for c in element.children):
            return False  # words beside the picture: read them as they are
        figure_id = element.attrs.get("id", "").strip()
        name = figure_id[len("photo-"):] if figure_id.startswith("photo-") else ""
        image = self.picture(images[0], caption, name)
        self.sink.piece(Piece(t.Paragraph([image]), style=style))
        return True

    def picture(self, node: Element, caption: str = "", name: str = "") -> t.Image:
        alt = _SPACE.sub(" ", node.attrs.get("alt", "")).strip()
        self.pictures.append(PictureRef(node.attrs.get("src", "").strip(), alt, caption, name))
        return t.Image(f"{PICTURE}{len(self.pictures) - 1}", [t.Text(alt)] if alt else [])

    def paragraph(self, element: Element, style: str, centred: bool) -> None:
        word_list = _MSO_LIST.search(element.style)
        marker = next((c for c in element.children
                       if isinstance(c, Element) and c.tag == "list-marker"), None)
        children = self.inline_children(element, False, False)
        if word_list or marker is not None:
            marker_text = _SPACE.sub(" ", _text_of(marker)).strip() if marker else ""
            number = _ORDERED_MARKER.match(marker_text)
            depth = int(word_list.group(2)) - 1 if word_list else 0
            ordered = number is not None
            start = int(number.group(1)) if number and number.group(1).isdigit() else None
            group = word_list.group(1) if word_list else None
            self.sink.item(depth, ordered, start, [t.Paragraph(trim_inlines(children))], group)
            return
        for paragraph in _split_paragraphs(children):
            self.sink.piece(_piece(paragraph, style, centred, _size(element)))

    def notes(self, element: Element, style: str) -> None:
        """A list of notes: each a paragraph "[1] …", as the Word importer keeps notes."""
        start = element.attrs.get("start", "1").strip()
        number = int(start) if start.isdigit() else 1
        for item in element.children:
            if not isinstance(item, Element) or item.tag != "li":
                continue
            words = trim_inlines(merge_inlines([
                t.Text(" ") if isinstance(n, t.LineBreak) else n
                for n in self.inline_children(item, False, False)]))
            if words:
                self.sink.piece(_piece(t.Paragraph(merge_inlines([t.Text(f"[{number}] "),
                                                                  *words])),
                                       style, False, 0.0))
            number += 1

    def blocks_of(self, element: Element) -> list[t.Block]:
        """The blocks inside *element* (a list item, a quote), read by a reader of their own."""
        inner = _Reader()
        inner.container(element, "", False)
        inner.flush("", False)
        return [piece.block for piece in inner.sink.pieces]

    def list_block(self, element: Element) -> t.BulletList | t.OrderedList:
        items = [t.ListItem(self.blocks_of(child)) for child in element.children
                 if isinstance(child, Element) and child.tag == "li"]
        if element.tag == "ul":
            return t.BulletList(items)
        start = element.attrs.get("start", "1").strip()
        return t.OrderedList(items, int(start) if start.isdigit() else 1)

    # -- inlines ---------------------------------------------------------------------------

    def inline_children(self, element: Element, bold: bool, italic: bool) -> list[t.Inline]:
        nodes: list[t.Inline] = []
        for child in element.children:
            nodes.extend(self.inline(child, bold, italic))
        return merge_inlines(nodes)

    def inline(self, node: Element | str, bold: bool, italic: bool) -> list[t.Inline]:
        if isinstance(node, str):
            return [t.Text(_SPACE.sub(" ", node))] if node else []
        tag = node.tag
        if tag == "list-marker":
            return []
        if tag == "br":
            return [t.LineBreak()]
        if tag == "img":
            if self.takes_pictures and node.attrs.get("src", "").strip():
                return [t.Text(" "), self.picture(node), t.Text(" ")]
            alt = _SPACE.sub(" ", node.attrs.get("alt", "")).strip()
            return [t.Text(f" {alt} ")] if alt else []
        if tag in _BLOCK_TAGS:  # a block inside inline content (invalid HTML): its words
            return [t.Text(" "), *self.inline_children(node, bold, italic), t.Text(" ")]
        if tag == "a" and node.attrs.get("href", "").startswith("#"):
            words = _SPACE.sub(" ", _text_of(node)).strip()
            if words in _NOTE_BACK or any("back" in c.lower() for c in node.classes):
                return []  # a note's link back to its reference
            number = _NOTE_NUMBER.fullmatch(words)
            if number and (_NOTE_TARGET.fullmatch(node.attrs["href"]) or _in_sup(node) or
                           words.startswith("[")):
                return [t.Text(f"[{number.group(1)}]")]
        if tag == "sup":
            number = _NOTE_NUMBER.fullmatch(_SPACE.sub(" ", _text_of(node)).strip())
            if number and _text_of(node).strip().startswith("["):
                return [t.Text(f"[{number.group(1)}]")]
        if tag in ("code", "kbd", "samp", "tt"):
            text = _SPACE.sub(" ", _text_of(node))
            return [t.Code(text)] if text.strip() else [t.Text(text)]
        style = node.style
        make_bold = (tag in ("b", "strong") and not _NOT_BOLD.search(style)) or \
            bool(_BOLD_STYLE.search(style))
        make_italic = tag in ("i", "em", "cite", "dfn") or bool(_ITALIC_STYLE.search(style))
        children = self.inline_children(node, bold or make_bold, italic or make_italic)
        if tag == "a":
            href = node.attrs.get("href", "")
            target = safe_href(untracked(href)) if href and not href.startswith("#") else None
            if target is not None and any(has_words(c) for c in children):
                children = [t.Link(target, trim_inlines(children))]
        if make_italic and not italic:
            children = _wrap(children, t.Emphasis)
        if make_bold and not bold:
            children = _wrap(children, t.Strong)
        return children


_BLOCK_TAGS = _CONTAINERS | _PARAGRAPHS | frozenset(
    {"ul", "ol", "li", "blockquote", "pre", "table", "tr", "td", "th", "hr", "h1", "h2", "h3",
     "h4", "h5", "h6"})


def _in_sup(node: Element) -> bool:
    parent = node.parent
    return parent is not None and parent.tag == "sup"


def _note_list(element: Element) -> bool:
    """An ordered list of notes: in a footnotes section, or each item a note's target."""
    items = [c for c in element.children if isinstance(c, Element) and c.tag == "li"]
    if not items:
        return False
    holder: Element | None = element
    while holder is not None:
        if any(_NOTES_CLASS.fullmatch(c) for c in holder.classes) or \
                holder.attrs.get("role", "") == "doc-endnotes":
            return True
        holder = holder.parent
    return all(_NOTE_TARGET.fullmatch("#" + item.attrs.get("id", "")) for item in items)


def _wrap(children: list[t.Inline], kind: type[t.Strong] | type[t.Emphasis]) -> list[t.Inline]:
    """Emphasis around *children*, whitespace at its edges left outside."""
    if not any(has_words(c) for c in children):
        return children
    lead: list[t.Inline] = []
    trail: list[t.Inline] = []
    inner = list(children)
    if isinstance(inner[0], t.Text) and inner[0].text[:1] == " ":
        lead = [t.Text(" ")]
        inner[0] = t.Text(inner[0].text.lstrip(" "))
    if isinstance(inner[-1], t.Text) and inner[-1].text[-1:] == " ":
        trail = [t.Text(" ")]
        inner[-1] = t.Text(inner[-1].text.rstrip(" "))
    inner = [n for n in inner if not (isinstance(n, t.Text) and not n.text)]
    return [*lead, kind(inner), *trail]


def merge_inlines(nodes: list[t.Inline]) -> list[t.Inline]:
    """Adjacent text joined with single spaces; same emphasis side by side made one."""
    out: list[t.Inline] = []
    for node in nodes:
        if isinstance(node, t.Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], t.Text):
                joined = out[-1].text + node.text
                out[-1] = t.Text(_SPACE.sub(" ", joined))
                continue
            if out and _ends_with_space(out[-1]) and node.text.startswith(" "):
                node = t.Text(node.text.lstrip(" "))
                if not node.text:
                    continue
            if out and isinstance(out[-1], t.LineBreak):
                node = t.Text(node.text.lstrip(" "))
                if not node.text:
                    continue
        elif isinstance(node, t.LineBreak) and out and isinstance(out[-1], t.Text):
            out[-1] = t.Text(out[-1].text.rstrip(" "))
            if not out[-1].text:
                out.pop()
        elif out and type(out[-1]) is type(node) and isinstance(node, (t.Strong, t.Emphasis)):
            previous = out[-1]
            assert isinstance(previous, (t.Strong, t.Emphasis))
            out[-1] = type(node)(merge_inlines([*previous.children, *node.children]))
            continue
        out.append(node)
    return out


def _ends_with_space(node: t.Inline) -> bool:
    return isinstance(node, t.Text) and node.text.endswith(" ")


def _split_paragraphs(nodes: list[t.Inline]) -> list[t.Paragraph]:
    """Two line breaks in a row (e-mail HTML's blank line) start a new paragraph."""
    paragraphs: list[t.Paragraph] = []
    current: list[t.Inline] = []
    for index, node in enumerate(nodes):
        if isinstance(node, t.LineBreak) and index + 1 < len(nodes) and \
                isinstance(nodes[index + 1], t.LineBreak):
            if trim_inlines(current):
                paragraphs.append(t.Paragraph(trim_inlines(current)))
            current = []
            continue
        current.append(node)
    if trim_inlines(current):
        paragraphs.append(t.Paragraph(trim_inlines(current)))
    return paragraphs


def _piece(block: t.Block, style: str, centred: bool, size: float) -> Piece:
    children = block.children if isinstance(block, (t.Paragraph, t.Heading)) else []
    worded = [c for c in children if has_words(c)]
    return Piece(block, style=style, centred=centred, size=size,
                 bold=bool(worded) and all(isinstance(c, t.Strong) for c in worded),
                 italic=bool(worded) and all(isinstance(c, t.Emphasis) for c in worded))


def _size(element: Element) -> float:
    match = _FONT_SIZE.search(element.style)
    if match is None:
        spans = [c for c in element.children if isinstance(c, Element)]
        match = _FONT_SIZE.search(spans[0].style) if len(spans) == 1 else None
    if match is None:
        return 0.0
    value = float(match.group(1))
    return value * 0.75 if match.group(2).lower() == "px" else value


def _descendants(element: Element, tag: str) -> Iterator[Element]:
    for child in element.children:
        if isinstance(child, Element):
            if child.tag == tag:
                yield child
            yield from _descendants(child, tag)


def _text_of(element: Element | None) -> str:
    if element is None:
        return ""
    return "".join(c if isinstance(c, str) else
                   ("\n" if c.tag == "br" else _text_of(c)) for c in element.children)


def _rows(table: Element) -> list[list[Element]]:
    rows: list[list[Element]] = []
    stack: list[Element] = [table]
    while stack:
        element = stack.pop(0)
        for child in element.children:
            if not isinstance(child, Element):
                continue
            if child.tag == "tr":
                rows.append([c for c in child.children
                             if isinstance(c, Element) and c.tag in ("td", "th")])
            elif child.tag in ("thead", "tbody", "tfoot"):
                stack.append(child)
    return rows
