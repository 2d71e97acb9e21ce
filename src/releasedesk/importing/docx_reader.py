"""Word drafts (.docx): paragraphs, runs, numbering, hyperlinks, tables and the page footer.

Read straight from the package's XML with lxml (which python-docx brings): named styles
become hints (Title, Subtitle, Heading n, Quote, our own Release Status, Contact, …),
direct formatting too (bold, size, centred, capitals), Word numbering becomes nested
lists that keep their numbers, complex-field hyperlinks become links, and tracked
changes read as they would print (insertions in, deletions out). Pictures become the
release's photos (docx_pictures.py): their Caption paragraphs give caption and credit and
never reach the text; a picture between paragraphs of the body is placed there
(``![…](photo:ID)``), one above the body or after it is left for the layout to place
(the lead on top, the rest after the body), as our own exports place them.
"""

from __future__ import annotations

import re
from functools import cached_property

from lxml import etree

from ..body import tree as t
from ..body.tree import has_words, trim_inlines
from ..errors import N_
from ..field_rules import split_list
from ..model import FooterLine, Photo
from ..render.docx_custom import CUSTOM_NS, FINGERPRINT_PROPERTY, KEYWORDS_PROPERTY
from ..render.docx_styles import KICKER, RELEASE_LINE, SECTION_HEADING
from . import draft as d
from .docx_pictures import (
    PictureReader,
    caption_and_credit,
    centred_caption,
    picture_relationship,
    reads_like_caption,
)
from .docx_runs import (
    MC,
    VAL,
    R,
    RunReader,
    Style,
    alternate_version,
    merge_runs,
    on,
    text_box_paragraphs,
    w,
)
from .docx_tables import first_row_styles, marks_first_row
from .draft import Draft, Piece
from .errors import DraftError
from .lists import PieceSink
from .package import Package, open_package
from .tables import is_layout, rows_as_list, worded
from .text_reader import link_addresses

PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"



_LIST_STYLE = re.compile(r"^list (bullet|number|continue)(?: (\d))?$")
_HEADING_STYLE = re.compile(r"^heading (\d)$")
_STYLE_HINTS = {"title": d.TITLE, "subtitle": d.SUBTITLE, "release status": d.STATUS,
                "release line": d.RELEASE_LINE, "contact": d.CONTACT,
                "boilerplate": d.BOILERPLATE, "end mark": d.END_MARK,
                "standard footer": d.FOOTER, KICKER.lower(): d.LEAD_IN}
# Pieces above the body, and styles that follow it: a picture between these and the body
# is the layout's to place, not the body's.
_HEAD_HINTS = frozenset({d.TITLE, d.SUBTITLE, d.STATUS, d.RELEASE_LINE, d.LEAD_IN})
_END = "(the end of the document)"
_AFTER_BODY_STYLES = frozenset({"section heading", "contact", "boilerplate", "end mark",
                                "credits", "standard footer"})


REVIEW_DOCUMENT = N_("{name} is a document ReleaseDesk sent for review, not a draft: take "
                     "its changes into the release with File ▸ Import Review… in the "
                     "editor, or with “releasedesk import {name} --onto RELEASE” on the "
                     "command line; nothing was imported.")


def read_docx(raw: bytes, name: str) -> Draft:
    """A .docx draft as pieces; DraftError with one sentence if it cannot be read, or if
    it is a document ReleaseDesk sent for review (its labels and thumbnails would come in
    as a release's words and photos)."""
    with open_package(raw, name) as package:
        custom = package.xml("docProps/custom.xml")
        if custom is not None and any(
                item.get("name") == FINGERPRINT_PROPERTY
                for item in custom.iter(f"{{{CUSTOM_NS}}}property")):
            raise DraftError(REVIEW_DOCUMENT, name=name)
        return _DocxReader(package).read()


class _DocxReader:
    def __init__(self, package: Package) -> None:
        self.package = package
        self.styles: dict[str, Style] = {}
        self.first_row_styles: frozenset[str] = frozenset()  # table styles with a heading look
        self.default_size = 11.0
        self.language = ""
        # numId → (levels of its abstract numbering, its start overrides, its abstract's id)
        self.numbering: dict[str, tuple[dict[int, tuple[str, int]], dict[int, int], str]] = {}
        # Word counts per abstract numbering: instances (numIds) of one abstract continue
        # each other's numbers, and an instance with a start override begins a new list
        # (LibreOffice writes a list as one such instance for its first item and a plain one
        # for the rest). Counters by (abstract, level); the list each abstract is in.
        self.counters: dict[tuple[str, int], int] = {}
        self.list_of: dict[str, int] = {}
        self.started: set[str] = set()
        self.rels: dict[str, str] = {}
        self.sink = PieceSink()
        self.deleted = 0
        self.inserted = 0
        self.alternates = 0
        self.symbols = 0
        self.hidden = 0
        self.equations = 0
        self.pictures = PictureReader(package)
        self.found: list[Photo] = []  # photos of the paragraph being read
        self.awaiting: list[Photo] = []  # photos of the last picture, for a caption after it
        self.held_caption: tuple[str, str] | None = None  # a caption before its picture
        self.held_element: etree._Element | None = None
        self.held_refs: list[Photo] = []  # placed in the body if body text follows
        # Text boxes' paragraphs and footnotes or endnotes: they follow the paragraph that
        # holds them; each once, numbered as Word numbers notes.
        self.asides: list[list[t.Inline]] = []
        self.seen_asides: set[str] = set()
        self.boxes = self.notes = 0

    # -- package parts ---------------------------------------------------------------------

    def read(self) -> Draft:
        self._read_styles()
        self._read_numbering()
        self.rels = self._rels("word/_rels/document.xml.rels")
        document = self.package.xml("word/document.xml")
        body = document.find(w("body")) if document is not None else None
        if body is not None:
            self._blocks(body)
            self._release_caption()
            self._place_held(_END)
        notes = []
        if self.inserted or self.deleted:
            notes.append(N_("tracked changes read as they print: insertions kept, deletions "
                            "left out"))
        if self.alternates:
            notes.append(N_("where Word keeps a passage in two versions, the version every "
                            "program reads was imported and the other left out"))
        if self.symbols:
            notes.append(N_("symbols of a symbol font (Wingdings, Symbol) were kept as that "
                            "font's own codes, which other fonts show as boxes: replace "
                            "them with ordinary characters"))
        if self.hidden:
            notes.append(N_("hidden text (Word's Hidden font setting) was left out, as it "
                            "does not print"))
        if self.equations:
            notes.append(N_("equations were kept as their text reads, on one line (a/b, "
                            "x^2, √x): check them"))
        if self.boxes:
            notes.append(N_("the text of text boxes follows the paragraph they stand in"))
        if self.notes:
            notes.append(N_("footnotes and endnotes follow the paragraph that cites them, "
                            "marked [1], [2] …"))
        return Draft(self.sink.pieces, page_footer=self._page_footer(body),
                     language=self._language(), keywords=self._keywords(),
                     format_label="Word document", notes=notes + self.pictures.notes,
                     photos=self.pictures.photos,
                     ours=self.ours,
                     author=self._author())

    def _rels(self, part: str) -> dict[str, str]:
        root = self.package.xml(part)
        if root is None:
            return {}
        return {rel.get("Id", ""): rel.get("Target", "")
                for rel in root.iter(f"{{{PR}}}Relationship")
                if rel.get("TargetMode") == "External" or "footer" in rel.get("Type", "")}

    @cached_property
    def ours(self) -> bool:
        """Laid out in our own Word styles (one of our exports taken back): known once the
        styles are read."""
        names = {style.name for style in self.styles.values()}
        return {RELEASE_LINE.lower(), SECTION_HEADING.lower()} <= names

    def _read_styles(self) -> None:
        root = self.package.xml("word/styles.xml")
        self.first_row_styles = first_row_styles(root)
        if root is None:
            return
        defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if defaults is not None:
            size = defaults.find(w("sz"))
            if size is not None and size.get(VAL, "").isdigit():
                self.default_size = int(size.get(VAL)) / 2
            lang = defaults.find(w("lang"))
            if lang is not None:
                self.language = lang.get(VAL, "")
        based: dict[str, str] = {}
        for element in root.iter(w("style")):
            style = Style()
            style_id = element.get(w("styleId"), "")
            style.kind = element.get(w("type"), "paragraph")
            name = element.find(w("name"))
            style.name = (name.get(VAL, "") if name is not None else style_id).lower()
            parent = element.find(w("basedOn"))
            if parent is not None:
                based[style_id] = parent.get(VAL, "")
            ppr = element.find(w("pPr"))
            if ppr is not None:
                jc = ppr.find(w("jc"))
                if jc is not None:
                    style.centred = jc.get(VAL) == "center"
                style.num = _num_pr(ppr)
                outline = ppr.find(w("outlineLvl"))
                if outline is not None and outline.get(VAL, "").isdigit():
                    style.outline = int(outline.get(VAL))
            rpr = element.find(w("rPr"))
            if rpr is not None:
                style.bold = on(rpr.find(w("b")))
                style.italic = on(rpr.find(w("i")))
                style.caps = on(rpr.find(w("caps")))
                style.hidden = on(rpr.find(w("vanish")))
                size = rpr.find(w("sz"))
                if size is not None and size.get(VAL, "").isdigit():
                    style.size = int(size.get(VAL)) / 2
            self.styles[style_id] = style
        # Inherit what a style does not set from the style it is based on.
        for style_id, style in self.styles.items():
            seen = {style_id}
            parent_id = based.get(style_id)
            while parent_id and parent_id in self.styles and parent_id not in seen:
                seen.add(parent_id)
                parent = self.styles[parent_id]
                for slot in ("bold", "italic", "caps", "centred", "hidden", "num", "outline"):
                    if getattr(style, slot) is None and getattr(parent, slot) is not None:
                        setattr(style, slot, getattr(parent, slot))
                if not style.size:
                    style.size = parent.size
                parent_id = based.get(parent_id)

    def _read_numbering(self) -> None:
        root = self.package.xml("word/numbering.xml")
        if root is None:
            return
        abstracts: dict[str, dict[int, tuple[str, int]]] = {}
        for abstract in root.iter(w("abstractNum")):
            levels: dict[int, tuple[str, int]] = {}
            for level in abstract.iter(w("lvl")):
                index = level.get(w("ilvl"), "0")
                fmt = level.find(w("numFmt"))
                start = level.find(w("start"))
                levels[int(index) if index.isdigit() else 0] = (
                    fmt.get(VAL, "decimal") if fmt is not None else "decimal",
                    int(start.get(VAL)) if start is not None and
                    start.get(VAL, "").lstrip("-").isdigit() else 1)
            abstracts[abstract.get(w("abstractNumId"), "")] = levels
        for num in root.iter(w("num")):
            abstract_id = num.find(w("abstractNumId"))
            levels = abstracts.get(abstract_id.get(VAL, "") if abstract_id is not None else "",
                                   {})
            overrides: dict[int, int] = {}
            for override in num.iter(w("lvlOverride")):
                start = override.find(w("startOverride"))
                index = override.get(w("ilvl"), "0")
                if start is not None and start.get(VAL, "").isdigit() and index.isdigit():
                    overrides[int(index)] = int(start.get(VAL))
            num_id = num.get(w("numId"), "")
            self.numbering[num_id] = (levels, overrides, abstract_id.get(VAL, "") if (
                abstract_id is not None) else f"num {num_id}")

    def _language(self) -> str:
        core = self.package.xml("docProps/core.xml")
        if core is not None:
            language = core.find(f"{{{DC}}}language")
            if language is not None and (language.text or "").strip():
                return str(language.text).strip()
        return self.language

    def _author(self) -> str:
        core = self.package.xml("docProps/core.xml")
        creator = core.find(f"{{{DC}}}creator") if core is not None else None
        return " ".join((creator.text or "").split()) if creator is not None else ""

    def _keywords(self) -> list[str]:
        core = self.package.xml("docProps/core.xml")
        keywords = core.find(f"{{{CP}}}keywords") if core is not None else None
        if keywords is None or not keywords.text:
            return []
        found = split_list(keywords.text)
        # Our export names each keyword in a custom property too: LibreOffice keeps it when
        # it re-saves, while it re-joins the core keywords with spaces. Taken only when it
        # holds the same words as the core keywords (else someone changed them in Word).
        custom = self.package.xml("docProps/custom.xml")
        for item in custom.iter(f"{{{CUSTOM_NS}}}property") if custom is not None else ():
            if item.get("name") == KEYWORDS_PROPERTY:
                ours = [" ".join(line.split()) for line in "".join(item.itertext()).split("\n")]
                ours = [word for word in ours if word]
                if _words(" ".join(ours)) == _words(" ".join(found)):
                    return ours
        return found

    def _page_footer(self, body: etree._Element | None) -> list[FooterLine]:
        if body is None:
            return []
        references = {ref.get(w("type"), "default"): ref.get(f"{{{R}}}id", "")
                      for ref in body.iter(w("footerReference"))}
        rel_id = references.get("default") or references.get("first") or ""
        target = self.rels.get(rel_id, "")
        if not target:
            return []
        part = target.lstrip("/") if target.startswith("/") else f"word/{target}"
        root = self.package.xml(part)
        if root is None:
            return []
        saved = self.rels
        self.rels = {**saved, **self._rels(part.replace("word/", "word/_rels/", 1) + ".rels")}
        lines: list[FooterLine] = []
        for paragraph in root.iter(w("p")):
            nodes = trim_inlines(merge_runs(self._inlines(paragraph, footer=True)))
            text = t.plain_text(nodes).strip()
            if not text:
                continue
            links = [n for n in nodes if isinstance(n, t.Link) and n.href]
            whole = len(nodes) == 1 and links
            lines.append(FooterLine(text, links[0].href or "" if whole else ""))
        self.rels = saved
        return lines

    # -- blocks ---------------------------------------------------------------------------

    def _blocks(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if self.held_element is not None and not picture_relationship(child):
                self._release_caption()
            if tag == w("p"):
                self._paragraph(child)
            elif tag == w("tbl"):
                self._table(child)
            elif tag in (w("sdt"), w("customXml"), w("ins"), w("moveTo")):
                content = child.find(w("sdtContent")) if tag == w("sdt") else child
                if content is not None:
                    self._blocks(content)
            elif tag == f"{{{MC}}}AlternateContent":
                chosen, differs = alternate_version(child)
                self.alternates += differs
                self._blocks(chosen)

    def _table(self, table: etree._Element) -> None:
        """A table: its paragraphs as paragraphs when it holds words in one column only (a
        box, a letterhead beside a logo), else a list of its rows (importing/tables.py)."""
        self._place_held("")
        grid = _grid(table)
        if is_layout([[[t.Text(_words_of(cell))] if cell is not None else [] for cell in row]
                      for row in grid]):
            done: set[int] = set()
            for row in grid:
                for cell in row:
                    if cell is not None and id(cell) not in done:
                        done.add(id(cell))  # (a cell spanning columns is read once)
                        self._blocks(cell)
            return
        read: dict[int, list[t.Inline]] = {}
        rows = [[self._cell(cell, read) if cell is not None else [] for cell in row]
                for row in grid]
        heading = len(rows) > 1 and (
            all(_bold(cell) for cell in rows[0] if worded(cell))
            or marks_first_row(table, _own(table, "tr"), self.first_row_styles))
        block = rows_as_list(rows, heading)
        if block is not None:
            self.sink.piece(Piece(block))
        found, self.found = self.found, []
        self.held_refs.extend(found)  # pictures in a table: placed after it
        self._flush_asides()

    def _cell(self, cell: etree._Element, read: dict[int, list[t.Inline]]) -> list[t.Inline]:
        """A cell's paragraphs as one run of words (read once, though it spans columns or
        rows: the later places take the same words)."""
        found = read.get(id(cell))
        if found is None:
            nodes: list[t.Inline] = []
            for paragraph in _cell_paragraphs(cell):
                if nodes:
                    nodes.append(t.Text(" "))
                nodes.extend(self._inlines(paragraph))
            found = read[id(cell)] = trim_inlines(merge_runs(nodes))
        return found

    # -- pictures -----------------------------------------------------------------------

    def picture(self, element: etree._Element) -> bool:
        """Take the picture *element* shows as a photo (RunReader asks); False if none."""
        photo = self.pictures.take(element)
        if photo is None:
            return False
        self.found.append(photo)
        return True

    def _pictures(self, found: list[Photo], style_name: str) -> None:
        """The photos of one paragraph: a caption held before them is theirs, one after
        them may be; between paragraphs of the body they are placed there."""
        self.awaiting = list(found)  # (the document's caption wins over the file's own)
        if self.held_caption is not None:
            found[0].caption, found[0].credit = self.held_caption
            self.held_caption = self.held_element = None
            self.awaiting.pop(0)
        body_pieces = sum(1 for p in self.sink.pieces if p.style not in _HEAD_HINTS)
        if body_pieces >= (1 if style_name == "figure" else 2):
            self.held_refs.extend(found)

    def _caption(self, paragraph: etree._Element, children: list[t.Inline]) -> None:
        """A Caption paragraph: the caption of the picture before it, or held for the
        picture after it (text after all if no picture comes: _release_caption)."""
        caption, credit = caption_and_credit(children)
        target = next(iter(self.awaiting), None)
        if target is not None:
            target.caption, target.credit = caption, credit
            self.awaiting.pop(0)
            return
        self._release_caption()
        self.held_caption = (caption, credit)
        self.held_element = paragraph

    def _release_caption(self) -> None:
        """A caption held for a picture that did not come: it is text after all."""
        element, self.held_element, self.held_caption = self.held_element, None, None
        if element is not None:
            self._paragraph(element, as_text=True)

    def _place_held(self, style_name: str) -> None:
        """Body text follows pictures held for it: they stand in the body, unless the body
        is over (contacts, About, the end mark follow): pictures after the body are where
        the layout puts the photos the body does not place, except the first photo, which
        the layout would lead with on top, so the body places it at its end."""
        refs, self.held_refs = self.held_refs, []
        if style_name in _AFTER_BODY_STYLES or style_name == _END:
            refs = [photo for photo in refs if photo is self.pictures.photos[0]]
        for photo in refs:
            self.sink.piece(Piece(t.Paragraph([t.Image(photo.id, [t.Text(photo.alt)])])))

    # -- text boxes and notes -----------------------------------------------------------

    def aside(self, element: etree._Element) -> str:
        """Keep a text box's paragraphs, or a footnote's or endnote's, to follow the
        paragraph that holds them (_flush_asides); a note's mark is printed where it
        stands."""
        if element.tag in (w("footnoteReference"), w("endnoteReference")):
            kind = "footnote" if element.tag == w("footnoteReference") else "endnote"
            key = f"{kind} {element.get(w('id'), '')}"
            if key in self.seen_asides:
                return ""
            self.seen_asides.add(key)
            paragraphs = self._note(kind, element.get(w("id"), ""))
            if not paragraphs:
                return ""
            self.notes += 1
            mark = f"[{self.notes}]"
            part = self._typed_targets(kind + "s")[0]
            saved = self.rels  # a note's links are its part's relationships
            self.rels = {**saved, **self._rels(part.replace("word/", "word/_rels/", 1) +
                                               ".rels")}
            for index, note in enumerate(paragraphs):
                nodes = trim_inlines(merge_runs(self._inlines(note)))
                if index == 0:
                    nodes = [t.Text(mark + " "), *nodes]
                if any(has_words(node) for node in nodes):
                    self.asides.append(nodes)
            self.rels = saved
            return mark
        where = element.getroottree().getpath(element)
        if where in self.seen_asides:
            return ""
        self.seen_asides.add(where)
        for box_paragraph in text_box_paragraphs(element):
            nodes = trim_inlines(merge_runs(self._inlines(box_paragraph)))
            if any(has_words(node) for node in nodes):
                self.asides.append(nodes)
                self.boxes = 1
        return ""

    def _note(self, kind: str, note_id: str) -> list[etree._Element]:
        """The paragraphs of the footnote or endnote *note_id* (none for Word's separators)."""
        part = next((target for target in self._typed_targets(kind + "s")), "")
        root = self.package.xml(part) if part else None
        for note in root.iter(w(kind)) if root is not None else ():
            if note.get(w("id")) == note_id and note.get(w("type"), "normal") == "normal":
                return list(note.iter(w("p")))
        return []

    def _typed_targets(self, kind: str) -> list[str]:
        """The parts the document's relationships of *kind* ("footnotes") point to."""
        root = self.package.xml("word/_rels/document.xml.rels")
        targets = []
        for rel in root.iter(f"{{{PR}}}Relationship") if root is not None else ():
            target = rel.get("Target", "")
            if rel.get("Type", "").endswith("/" + kind) and rel.get("TargetMode") != "External":
                targets.append(target.lstrip("/") if target.startswith("/") else
                               f"word/{target}")
        return targets

    def _flush_asides(self) -> None:
        asides, self.asides = self.asides, []
        for nodes in asides:
            self.sink.piece(Piece(t.Paragraph(nodes)))

    # -- paragraphs ---------------------------------------------------------------------

    def _paragraph(self, paragraph: etree._Element, as_text: bool = False) -> None:
        self._one_paragraph(paragraph, as_text)
        self._flush_asides()

    def _one_paragraph(self, paragraph: etree._Element, as_text: bool = False) -> None:
        ppr = paragraph.find(w("pPr"))
        style_id = ""
        if ppr is not None and (ps := ppr.find(w("pStyle"))) is not None:
            style_id = ps.get(VAL, "")
        style = self.styles.get(style_id, Style())
        children = trim_inlines(merge_runs(self._inlines(paragraph)))
        if not self.ours:  # addresses typed out in a draft; our own exports are as written
            children = link_addresses(children)
        name = style.name
        found, self.found = self.found, []
        words = any(has_words(c) for c in children)
        if found:
            self._pictures(found, name)
            if not words:
                return
        elif not words:
            self.sink.piece_break()
            return
        elif not as_text and (name == "caption" or (
                self.awaiting and name in ("", "normal") and (
                    reads_like_caption(children) or (
                        self._centred(ppr, style) and centred_caption(children))))):
            self._caption(paragraph, children)
            return
        else:
            self.awaiting = []
        if self.held_refs:
            self._place_held(name)
        num = _num_pr(ppr) if ppr is not None else None
        num = num or style.num
        list_style = _LIST_STYLE.match(name)
        style_depth = int(list_style.group(2)) - 1 if list_style and list_style.group(2) else 0
        if list_style and list_style.group(1) == "continue":
            self.sink.continuation(style_depth, t.Paragraph(children))
            return
        if num is not None and num[0] not in ("", "0") and num[0] in self.numbering and \
                not self._shows_nothing(num):
            self._list_item(num, max(num[1], style_depth), children)
            return
        if list_style:  # a list style without numbering definitions
            self.sink.item(style_depth, list_style.group(1) == "number", None,
                           [t.Paragraph(children)])
            return
        if name in ("quote", "intense quote"):
            self.sink.quote(t.Paragraph(children))
            return
        if name == "code block":
            self.sink.code(t.plain_text(children))
            return
        heading = _HEADING_STYLE.match(name)
        outline = style.outline
        if ppr is not None and (level := ppr.find(w("outlineLvl"))) is not None and \
                level.get(VAL, "").isdigit():
            outline = int(level.get(VAL))
        level = int(heading.group(1)) if heading else (outline + 1 if outline is not None and
                                                       outline < 6 else 0)
        hint = _STYLE_HINTS.get(name, d.HEADING if level else "")
        block: t.Block = t.Heading(max(1, level), children) if level and hint == d.HEADING \
            else t.Paragraph(children)
        self.sink.piece(Piece(
            block, style=hint, level=level, bold=self._all(paragraph, style, "b"),
            italic=self._all(paragraph, style, "i"), caps=self._all(paragraph, style, "caps"),
            centred=self._centred(ppr, style), size=self._size(paragraph, style)))

    def _shows_nothing(self, num: tuple[str, int]) -> bool:
        """True when the numbering level prints no number and no bullet (format "none"):
        LibreOffice ties its headings to such an outline numbering, which makes them no
        list."""
        levels = self.numbering[num[0]][0]
        return levels.get(num[1], ("decimal", 1))[0] == "none"

    def _list_item(self, num: tuple[str, int], depth: int, children: list[t.Inline]) -> None:
        num_id, level = num
        levels, overrides, abstract = self.numbering[num_id]
        fmt, start = levels.get(level, ("decimal", 1))
        ordered = fmt not in ("bullet", "none")
        if num_id not in self.started:
            self.started.add(num_id)
            if overrides:  # this instance restarts its numbering: a new list
                self.list_of[abstract] = self.list_of.get(abstract, 0) + 1
                for index, number in overrides.items():
                    self.counters[(abstract, index)] = number - 1
        key = (abstract, level)
        if key not in self.counters:
            self.counters[key] = start - 1
        self.counters[key] += 1
        for deeper in [k for k in self.counters if k[0] == abstract and k[1] > level]:
            del self.counters[deeper]  # a higher level's item restarts the levels below it
        self.sink.item(depth, ordered, self.counters[key], [t.Paragraph(children)],
                       group=(abstract, self.list_of.get(abstract, 0)))

    def _centred(self, ppr: etree._Element | None, style: Style) -> bool:
        jc = ppr.find(w("jc")) if ppr is not None else None
        if jc is not None:
            return bool(jc.get(VAL) == "center")
        return bool(style.centred)

    def _runs(self, paragraph: etree._Element) -> list[etree._Element]:
        return [run for run in paragraph.iter(w("r"))
                if any(tt.text and tt.text.strip() for tt in run.iter(w("t")))]

    def _all(self, paragraph: etree._Element, style: Style, prop: str) -> bool:
        """True when every run with text has the property (directly or by its style)."""
        runs = self._runs(paragraph)
        if not runs:
            return False
        for run in runs:
            rpr = run.find(w("rPr"))
            value = on(rpr.find(w(prop))) if rpr is not None else None
            if value is None:
                value = {"b": style.bold, "i": style.italic, "caps": style.caps}[prop]
            if not value:
                return False
        return True

    def _size(self, paragraph: etree._Element, style: Style) -> float:
        sizes = []
        for run in self._runs(paragraph):
            rpr = run.find(w("rPr"))
            size = rpr.find(w("sz")) if rpr is not None else None
            if size is not None and size.get(VAL, "").isdigit():
                sizes.append(int(size.get(VAL)) / 2)
            else:
                sizes.append(style.size or self.default_size)
        return max(sizes, default=style.size or self.default_size)

    # -- runs -----------------------------------------------------------------------------

    def _inlines(self, paragraph: etree._Element, footer: bool = False) -> list[t.Inline]:
        reader = RunReader(self, footer)
        reader.walk(paragraph)
        return reader.finish()


def _num_pr(ppr: etree._Element) -> tuple[str, int] | None:
    num = ppr.find(w("numPr"))
    if num is None:
        return None
    num_id = num.find(w("numId"))
    level = num.find(w("ilvl"))
    value = level.get(VAL, "0") if level is not None else "0"
    return (num_id.get(VAL, "") if num_id is not None else "",
            int(value) if value.isdigit() else 0)


def _words(text: str) -> list[str]:
    """The words of a keyword line, whatever separates them (`,` `;` `、` or spaces)."""
    return [word for word in re.split(r"[\s,;，；、]+", text) if word]


def _grid(table: etree._Element) -> list[list[etree._Element | None]]:
    """The table's own rows (not a nested table's), each cell at every column of the grid
    it covers (a merged cell's words under each column and row it spans), None where a row
    has no cell."""
    rows: list[list[etree._Element | None]] = []
    above: dict[int, etree._Element] = {}  # column → the cell a merge down continues
    for row in _own(table, "tr"):
        before = row.find(f"{w('trPr')}/{w('gridBefore')}")
        cells: list[etree._Element | None] = [None] * (
            int(before.get(VAL, "0")) if before is not None and
            before.get(VAL, "").isdigit() else 0)
        for cell in _own(row, "tc"):
            span = cell.find(f"{w('tcPr')}/{w('gridSpan')}")
            width = max(1, min(64, int(span.get(VAL, "1")))) if span is not None and \
                span.get(VAL, "").isdigit() else 1
            merge = cell.find(f"{w('tcPr')}/{w('vMerge')}")
            column = len(cells)
            shown = cell
            if merge is not None and merge.get(VAL, "continue") != "restart":
                shown = above.get(column, cell)
            for offset in range(width):
                above[column + offset] = shown
            cells.extend([shown] * width)
        rows.append(cells)
    return rows


def _own(parent: etree._Element, name: str) -> list[etree._Element]:
    """*parent*'s children named *name*, those inside content controls and custom XML
    included (a row or cell can be wrapped in them), a nested table's not."""
    found: list[etree._Element] = []
    for child in parent:
        if child.tag == w(name):
            found.append(child)
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                found.extend(_own(content, name))
    return found


def _words_of(cell: etree._Element) -> str:
    """The text a cell shows (deleted text is held elsewhere, in w:delText)."""
    return "".join(text.text or "" for text in cell.iter(w("t")))


def _bold(cell: list[t.Inline]) -> bool:
    """Whether every word of a cell is bold (a heading row written as bold cells)."""
    return all(isinstance(node, t.Strong) or not t.has_words(node) for node in cell)


def _cell_paragraphs(cell: etree._Element) -> list[etree._Element]:
    """A table cell's paragraphs (of tables inside it too), not a text box's: those follow
    the table; of a passage Word keeps in two versions (mc:AlternateContent), the version
    read everywhere else (alternate_version), once."""
    versions = (f"{{{MC}}}Choice", f"{{{MC}}}Fallback")

    def left_out(paragraph: etree._Element) -> bool:
        for ancestor in paragraph.iterancestors():
            if ancestor is cell:
                return False
            if ancestor.tag == w("txbxContent"):
                return True
            parent = ancestor.getparent()
            if ancestor.tag in versions and parent is not None and \
                    alternate_version(parent)[0] is not ancestor:
                return True
        return False
    return [paragraph for paragraph in cell.iter(w("p")) if not left_out(paragraph)]
