"""DOCX writer: named styles only, so an editor restyles the release by style, not by hand."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from datetime import UTC, datetime

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.part import Part
from docx.opc.rel import Relationships
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu
from lxml import etree

from ..body import tree as t
from ..body.tree import LaidPhoto, plain_text, starts_right_to_left
from ..field_rules import phone_spans
from ..language_tag import is_chinese
from ..media.as_stored import stored_bytes
from ..model import Contact, FooterLine
from . import sections as s
from .contacts import contact_detail, email_href, phone_href
from .context import ExportContext
from .docx_custom import KEYWORDS_PROPERTY
from .docx_package import docx_bytes
from .docx_styles import (
    BOILERPLATE,
    CAPTION,
    CODE,
    CODE_BLOCK,
    CONTACT,
    CONTACT_PT,
    CREDITS,
    DATELINE,
    END_MARK,
    FIGURE,
    HYPERLINK,
    KICKER,
    LEAD_IN,
    PORTAL_FOOTER,
    RELEASE_LINE,
    SECTION_HEADING,
    STATUS,
    STYLE_IDS,
    SUMMARY,
    faces,
    photo_styles,
    put_styles,
    release_styles,
)
from .docx_template import blank_document, font_table_xml
from .event_block import Panel
from .html_writer import FOOTER_GAP
from .keeps import KeepPlan, layout_plan
from .layout import HOUSE_GAP, Layout, footer_gaps, footer_items, footer_joins
from .note_marks import cited, note_number, note_numbers
from .sections import Renderers, sections
from .stable_zip import FIXED_DATE
from .typesetting import MM_PER_PT

_EMU_PER_PT = 12700
# The page's margins where the house sets none: Word's template's (top, right, bottom,
# left, in points: an inch, an inch and a quarter).
USUAL_MARGINS_PT = (72.0, 90.0, 72.0, 90.0)


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _w_t(text: str) -> str:
    if text[0] == " " or text[-1] == " " or "  " in text:
        return f'<w:t xml:space="preserve">{_xml_text(text)}</w:t>'
    return f"<w:t>{_xml_text(text)}</w:t>"


def _unbreakable_phones(text: str, keep: tuple[str, ...]) -> list[str]:
    """The w:t (and w:noBreakHyphen) of *text*, its phone numbers (and the texts of *keep*)
    written so no line breaks inside them: a hyphen is Word's non-breaking hyphen, a
    space a no-break space. (Nothing written between two Chinese characters stops
    LibreOffice breaking there, not a word joiner: a Chinese label's colon may end a
    line, as Chinese typesetting allows.)"""
    parts: list[str] = []
    last = 0
    # A number's pieces are w:t of their own, apart from a kept text around it (a footer's
    # label: "电话：010-…"), so a reader gives its spaces back (plain_phone_spaces).
    cuts = {cut for span in phone_spans(text) for cut in span}
    for start, end in phone_spans(text, keep):
        if start > last:
            parts.append(_w_t(text[last:start]))
        inner = sorted({start, end} | {cut for cut in cuts if start < cut < end})
        for cut_start, cut_end in itertools.pairwise(inner):
            kept = text[cut_start:cut_end].replace(" ", NO_BREAK_SPACE)
            for index, piece in enumerate(kept.split("-")):
                if index:
                    parts.append("<w:noBreakHyphen/>")
                if piece:
                    parts.append(_w_t(piece))
        last = end
    if last < len(text):
        parts.append(_w_t(text[last:]))
    return parts


NO_BREAK_SPACE = "\u00a0"


def _undeclared(xml: str, declared: dict[str, str]) -> str:
    """One element's *xml* without the namespace declarations of its first tag that are
    *declared* already (by the document's root, which it joins as text)."""
    end = xml.index(">")
    head = xml[:end]
    for prefix, uri in declared.items():
        head = head.replace(f' xmlns:{prefix}="{uri}"', "")
    return head + xml[end:]


def write_docx(layout: Layout, context: ExportContext) -> bytes:
    """The release as a .docx file's bytes, dated the context's moment of export."""
    return _DocxWriter(layout, context.dated).write()


_KEEP_NEXT = "<w:keepNext/>"

# The sections printed as one paragraph of their text in a style of their own.
_TextSection = s.KindName | s.LeadIn | s.Headline | s.Subheadline | s.Credits | s.EndMark


class _LinkTargets:
    """The relationship ids of one part's hyperlink addresses, one per address.

    python-docx's part.relate_to looks for an existing relationship through all of the
    part's relationships and numbers a new one by trying rId1, rId2, … until one is free,
    both for every link: a body of N links took time in N² (50,000 links: 66 s). This
    keeps the addresses' ids in a dict and the lowest number that may be free, and gives
    the ids relate_to gives (relationships are only ever added: the lowest free number
    only grows), so the document is the same.
    """

    def __init__(self, part: Part) -> None:
        self.rels: Relationships = part.rels
        self.ids: dict[str, str] = {}
        for rel in self.rels.values():
            if rel.is_external and rel.reltype == RELATIONSHIP_TYPE.HYPERLINK:
                self.ids.setdefault(rel.target_ref, rel.rId)
        self.number = 1

    def rel_id(self, href: str) -> str:
        """The id of the part's relationship to *href*, added if it has none yet."""
        found = self.ids.get(href)
        if found is None:
            while f"rId{self.number}" in self.rels:  # others add relationships too
                self.number += 1
            found = self.ids[href] = f"rId{self.number}"
            self.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, href, found,
                                       is_external=True)
        return found


class _DocxWriter:
    def __init__(self, layout: Layout, moment: datetime | None = None) -> None:
        self.layout = layout
        self.moment = moment or datetime(*FIXED_DATE, tzinfo=UTC)
        self.document = blank_document()
        self.out: list[str] = []
        self.styles = STYLE_IDS
        # While set (contacts, the page footer): phone numbers, and these texts, are written
        # so no line breaks inside them (non-breaking hyphens and spaces).
        self.keep: tuple[str, ...] | None = None
        self.pictures = 0
        self.link_targets: dict[Part, _LinkTargets] = {}  # by part
        self.setting = layout.type
        # Emphasis: italic for Latin text; emphasis dots (着重号) for Chinese, which has no
        # italic (Word would slant the characters) and whose bold is already strong's.
        self.emphasis = "<w:i/>" if self.setting.italic else '<w:em w:val="dot"/>'
        self.notes = note_numbers(layout.body)  # the body's notes: their citations raised
        self.noted: list[int] = []  # the notes given their bookmark (each once), in order
        self._set_up_page()
        self._define_styles(self.document)

    # -- styles -----------------------------------------------------------------

    def _define_styles(self, document: Document) -> None:
        """Our styles replace Word's built-ins of the same id and join the rest (in our
        blank package, docx_template.py, or in another to compare with)."""
        styles = release_styles(self.layout.accent, self.setting)
        if self.layout.photos:
            styles += photo_styles(self.setting)
        put_styles(document, styles)
        self._set_defaults(document)

    def _set_defaults(self, document: Document) -> None:
        """The document's default faces (no theme fonts: those would win) and language."""
        language = self.layout.language
        defaults = document.styles.element.find(qn("w:docDefaults"))
        run_props = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        fonts = run_props.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            run_props.insert(0, fonts)
        for key in list(fonts.attrib):
            del fonts.attrib[key]
        latin, east_asian = faces(self.setting)["serif"]
        for slot in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{slot}"), latin)
        # A named East-Asian face: Word and LibreOffice then set Chinese in a CJK face.
        fonts.set(qn("w:eastAsia"), east_asian)
        lang = run_props.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            run_props.append(lang)
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language if is_chinese(language) else "zh-CN")
        # No space added between Chinese and Latin letters or digits ("12月5日", not
        # "12 月 5 日"): the page and the PDF add none, and Word and LibreOffice would.
        paragraph_props = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        later = next((child for child in paragraph_props
                      if child.tag in _AFTER_AUTO_SPACE), None)
        for name in ("w:autoSpaceDE", "w:autoSpaceDN"):
            for old in paragraph_props.findall(qn(name)):
                paragraph_props.remove(old)
            element = OxmlElement(name)
            element.set(qn("w:val"), "0")
            if later is None:
                paragraph_props.append(element)
            else:
                later.addprevious(element)

    # -- paragraphs and runs ----------------------------------------------------

    def paragraph(self, style: str, inlines: list[t.Inline] | None = None,
                  text: str | None = None, numbering: tuple[int, int] | None = None,
                  runs: list[str] | None = None, target: list[str] | None = None,
                  keep_next: bool = False, note: int | None = None) -> None:
        """Queue one w:p; paragraphs are built as XML text and parsed once (fast).
        *keep_next* keeps it on the page of the next paragraph (beyond its style's); *note*:
        it is that note ("[1] …"), marked for its citations' links."""
        parts = [f'<w:p><w:pPr><w:pStyle w:val="{self.styles[style]}"/>']
        if keep_next:
            parts.append(_KEEP_NEXT)
        if numbering is not None:
            parts.append(f'<w:numPr><w:ilvl w:val="{numbering[1]}"/>'
                         f'<w:numId w:val="{numbering[0]}"/></w:numPr>')
        words = text if text is not None else plain_text(inlines) if inlines else ""
        if starts_right_to_left(words):  # (as the page's dir="rtl": set from the right)
            parts.append("<w:bidi/>")
        parts.append("</w:pPr>")
        if note is not None:
            self.noted.append(note)
            mark = len(self.noted)
            parts.append(f'<w:bookmarkStart w:id="{mark}" w:name="{note_bookmark(note)}"/>'
                         f'<w:bookmarkEnd w:id="{mark}"/>')
        if text is not None:
            parts.append(self._run(text))
        if inlines:
            self._inlines(inlines, False, False, None, parts)
        if runs:
            parts.extend(runs)
        parts.append("</w:p>")
        (self.out if target is None else target).append("".join(parts))

    def _run(self, text: str, bold: bool = False, italic: bool = False,
             style: str | None = None, raised: bool = False) -> str:
        parts = ["<w:r>"]
        if bold or italic or style or raised:
            parts.append("<w:rPr>")
            if style:
                parts.append(f'<w:rStyle w:val="{self.styles[style]}"/>')
            if bold:
                parts.append("<w:b/>")
            emphasis = self.emphasis if italic else ""
            if italic and emphasis == "<w:i/>":
                parts.append(emphasis)
            if raised:  # a note's citation ("[1]", note_marks.py), as the page raises it
                parts.append('<w:vertAlign w:val="superscript"/>')
            if italic and emphasis != "<w:i/>":
                parts.append(emphasis)  # (emphasis dots come after it in w:rPr)
            parts.append("</w:rPr>")
        for index, piece in enumerate(text.split("\n")):
            if index:
                parts.append("<w:br/>")
            if piece and self.keep is not None:
                parts.extend(_unbreakable_phones(piece, self.keep))
            elif piece:
                parts.append(_w_t(piece))
        parts.append("</w:r>")
        return "".join(parts)

    def _inlines(self, nodes: list[t.Inline], bold: bool, italic: bool, style: str | None,
                 parts: list[str]) -> None:
        for node in nodes:
            if isinstance(node, t.Text):
                for piece in cited(node.text, self.notes):
                    if isinstance(piece, str):
                        parts.append(self._run(piece, bold, italic, style))
                    elif style == HYPERLINK:  # (inside a link: raised, not a link in a link)
                        parts.append(self._run(f"[{piece}]", bold, italic, style, raised=True))
                    else:  # linked to its note, as the page's is
                        parts.append(f'<w:hyperlink w:anchor="{note_bookmark(piece)}">'
                                     f'{self._run(f"[{piece}]", bold, italic, style, True)}'
                                     "</w:hyperlink>")
            elif isinstance(node, t.Strong):
                self._inlines(node.children, True, italic, style, parts)
            elif isinstance(node, t.Emphasis):
                self._inlines(node.children, bold, True, style, parts)
            elif isinstance(node, t.Code):
                parts.append(self._run(node.text, bold, italic, CODE))
            elif isinstance(node, t.LineBreak):
                parts.append(self._run("\n", bold, italic, style))
            elif isinstance(node, t.Dateline):
                parts.append(self._run(node.text, bold, italic, DATELINE))
            elif isinstance(node, t.Link):
                if node.href is None:
                    self._inlines(node.children, bold, italic, style, parts)
                else:
                    parts.append(self._hyperlink(node.href, node.children, bold, italic))
            elif isinstance(node, t.Image):  # a photo reference that places nothing
                self._inlines(node.children, bold, italic, style, parts)

    def _hyperlink(self, href: str, children: list[t.Inline], bold: bool, italic: bool,
                   part: Part | None = None) -> str:
        """A w:hyperlink; its target is a relationship of the part it appears in."""
        part = part or self.document.part
        targets = self.link_targets.get(part)
        if targets is None:
            targets = self.link_targets[part] = _LinkTargets(part)
        parts = [f'<w:hyperlink r:id="{targets.rel_id(href)}">']
        self._inlines(children, bold, italic, HYPERLINK, parts)
        parts.append("</w:hyperlink>")
        return "".join(parts)

    def _flush(self, paragraphs: list[str]) -> list[object]:
        """Parse queued paragraphs in one go and return the w:p elements.

        Each paragraph declares its namespaces itself (lxml drops them as it joins a
        part whose root declares them): lxml (6.0) moves an element into another
        document in time linear in its size only then (see _place_body)."""
        declared = f"<w:p {nsdecls('w', 'r')}>"
        own = "".join(paragraph.replace("<w:p>", declared, 1) for paragraph in paragraphs)
        wrapper = parse_xml(f"<body>{own}</body>")
        return list(wrapper)

    def _place_body(self) -> None:
        """The queued paragraphs into the document's body, before its section properties.

        The document is parsed again, once, with them in it, rather than the paragraphs
        parsed apart and moved in: lxml (6.0) moves an element into another document by
        looking up again the namespace of each name in it that the element does not
        declare itself, in a cache it fills with the wrong key (the new namespace, not
        the old), so the cache grows by one entry per name and each look-up goes through
        it: time in the square of a paragraph's size (30,000 links, each with a space
        run: xml:space, a namespace no element declares). The XML is the same."""
        part = self.document.part
        root = part.element
        body = root.body
        mark = etree.Comment(" body ")
        body.insert(len(body) - 1, mark)  # before w:sectPr, the body's last child
        before, after = etree.tostring(root, encoding="unicode").split("<!-- body -->")
        whole = parse_xml(before + "".join(self.out) + after)
        # python-docx keeps the root in the part (which saves it) and in the document.
        part._element = self.document._element = whole

    # -- blocks -----------------------------------------------------------------

    def blocks(self, blocks: list[t.Block], base: str = "Normal", depth: int = 0) -> None:
        for number, block in enumerate(blocks):
            if isinstance(block, t.Paragraph):
                # A paragraph that leads into a list stays on the list's page.
                leads_list = number + 1 < len(blocks) and \
                    isinstance(blocks[number + 1], (t.BulletList, t.OrderedList))
                note = note_number(block) if self.notes else None
                self.paragraph(LEAD_IN if leads_list and base == "Normal" else base,
                               block.children, note=note if note is not None
                               and note not in self.noted else None)
            elif isinstance(block, t.Heading):
                self.paragraph(f"Heading {block.level}", block.children)
            elif isinstance(block, t.BulletList):
                self._list(block.items, "List Bullet", depth, None)
            elif isinstance(block, t.OrderedList):
                self._list(block.items, "List Number", depth, block.start)
            elif isinstance(block, t.Quote):
                self.blocks(block.blocks, "Quote", depth)
            elif isinstance(block, t.CodeBlock):
                self.paragraph(CODE_BLOCK, text=block.text)
            elif isinstance(block, t.Rule):
                self.paragraph(END_MARK, text="* * *")
            elif isinstance(block, t.Figure):
                self._figure(block.photo)

    def _figure(self, photo: LaidPhoto) -> None:
        """The picture at the text's width (tall ones shorter), its alt text as the picture's
        description, then its caption and credit in the Caption style."""
        width_px, height_px, _ = photo.largest
        section = self.document.sections[0]
        def length(value: int | None) -> int:
            return int(value or 0)  # (python-docx lengths are ints in EMU)

        text_width = length(section.page_width) - length(section.left_margin) \
            - length(section.right_margin)
        most_height = (length(section.page_height) - length(section.top_margin)
                       - length(section.bottom_margin)) * 3 // 5
        width = text_width
        height = round(width * height_px / width_px)
        if height > most_height:
            height = most_height
            width = round(height * width_px / height_px)
        # (the photo's own bytes where media/as_stored.py keeps them: no new compression)
        data = stored_bytes(photo.photo, width_px) or \
            self.layout.photo_copies().copy(photo.photo, width_px)
        inline = self.document.part.new_pic_inline(io.BytesIO(data), width, height)
        self.pictures += 1
        for element in (inline.docPr, *inline.xpath(".//pic:cNvPr")):
            element.set("id", str(self.pictures))  # unique: the paragraphs join the body later
            element.set("name", photo.original)
        inline.docPr.set("descr", photo.alt)
        drawing = _undeclared(etree.tostring(inline, encoding=str),
                              self.document.part.element.nsmap)
        self.paragraph(FIGURE, runs=[f"<w:r><w:drawing>{drawing}</w:drawing></w:r>"])
        runs = []
        if photo.caption:
            runs.append(self._run(photo.caption))
        if photo.credit:
            words = self.layout.words
            credit = f"{words.credit}{words.label_sep}{photo.credit}"
            runs.append(self._run((" " if runs else "") + credit, italic=True))
        if runs:
            self.paragraph(CAPTION, runs=runs)

    def _list(self, items: list[t.ListItem], kind: str, depth: int, start: int | None) -> None:
        level = min(depth, 2)
        style = kind if level == 0 else f"{kind} {level + 1}"
        continue_style = "List Continue" if level == 0 else f"List Continue {level + 1}"
        numbering = self._restart_numbering(style, start) if start is not None else None
        for item in items:
            first = True
            for block in item.blocks:
                if first and isinstance(block, t.Paragraph):
                    self.paragraph(style, block.children, numbering=numbering)
                elif isinstance(block, t.Paragraph):
                    self.paragraph(continue_style, block.children)
                else:
                    self.blocks([block], continue_style, depth + 1)
                first = False

    def _restart_numbering(self, style: str, start: int) -> tuple[int, int]:
        """A fresh numbering instance, so each numbered list counts from its own start."""
        style_element = self.document.styles[style].element
        num_id = int(style_element.pPr.numPr.numId.val)
        numbering = self.document.part.numbering_part.element
        abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
        num = numbering.add_num(abstract_id)
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(start)
        return num.numId, 0

    # -- the release ------------------------------------------------------------

    def write(self) -> bytes:
        self.plan = self._keep_plan()
        self.footer: s.Footer | None = None
        self.renderers().each_then_drop(sections(self.layout))
        # The standard footer lives in the page footer, on every page, once (not again
        # at the end of the text).
        self._place_body()
        self._page_footer(self.footer)
        self._properties()
        # LibreOffice re-joins the core keywords with spaces: they travel whole as a
        # custom property too.
        custom = [(KEYWORDS_PROPERTY, "\n".join(self.layout.keywords))] \
            if self.layout.keywords else None
        named = faces(self.setting)
        fonts = font_table_xml([named[kind][1] for kind in ("serif", "sans", "title")])
        return docx_bytes(self.document, custom,
                          {"word/fontTable.xml": fonts.encode("utf-8")})

    def renderers(self) -> Renderers:
        """How the Word document prints each section (sections.py): a styled paragraph
        or more each; the footer in the page footer."""

        def styled(style: str) -> Callable[[_TextSection], None]:
            return lambda section: self.paragraph(style, text=section.text)

        def status(section: s.Status) -> None:
            if section.late or section.line.text:  # (a house's empty status word: no line)
                self.paragraph(STATUS, text=section.line.text)

        def summary(section: s.Summary) -> None:
            self.paragraph(SUMMARY, runs=[self._run(section.label, True),
                                          self._run(section.text)])

        def footer(section: s.Footer) -> None:
            self.footer = section

        renderers = Renderers("Word", {
            s.Header: lambda section: renderers.each(section.parts),
            s.Status: status, s.KindName: styled(STATUS), s.LeadIn: styled(KICKER),
            s.Headline: styled("Title"), s.Subheadline: styled("Subtitle"),
            s.Released: lambda section: self.paragraph(RELEASE_LINE, text=section.line.text),
            s.Summary: summary, s.KindBlock: lambda section: self._panel(section.panel),
            s.Body: lambda section: self.blocks(list(section.blocks)),
            s.Credits: styled(CREDITS), s.Contacts: self._contacts, s.About: self._about,
            s.EndMark: styled(END_MARK), s.Footer: footer,
        })
        return renderers

    def _contacts(self, section: s.Contacts) -> None:
        self.paragraph(SECTION_HEADING, text=section.heading)
        last = len(section.contacts) - 1
        for number, contact in enumerate(section.contacts):
            self._contact(contact, self.plan.contacts_with_about if number == last
                          else self.plan.contacts)

    def _about(self, section: s.About) -> None:
        if section.heading:
            self.paragraph(SECTION_HEADING, text=section.heading)
        start = len(self.out)
        self.blocks(list(section.blocks), BOILERPLATE)
        if self.plan.about:
            self._keep_together(start)

    def _panel(self, panel: Panel) -> None:
        """A kind's block (event_block.py): its heading as a section's, then a paragraph
        a row, its label bold, a link's text linked; kept on one page."""
        start = len(self.out)
        if panel.heading:
            self.paragraph(SECTION_HEADING, text=panel.heading)
        sep = self.layout.words.label_sep
        for row in panel.rows:
            pieces: list[t.Inline] = []
            for index, line in enumerate(row.text.split("\n")):
                if index:
                    pieces.append(t.LineBreak())
                pieces.append(t.Text(line))
            inlines: list[t.Inline] = [t.Strong([t.Text(row.label + sep)])] if row.label else []
            inlines += [t.Link(row.href, pieces)] if row.href else pieces
            self.paragraph("Normal", inlines=inlines)
        self._keep_together(start)

    def _set_up_page(self) -> None:
        """The paper, the margins and (for an official document) the grid of lines and
        characters, from the release's setting (typesetting.py)."""
        setting = self.setting
        section = self.document.sections[0]
        width, height = setting.paper_mm
        section.page_width = Emu(round(width / MM_PER_PT * _EMU_PER_PT))
        section.page_height = Emu(round(height / MM_PER_PT * _EMU_PER_PT))
        top, right, bottom, left = ((mm / MM_PER_PT for mm in setting.margins_mm)
                                    if setting.margins_mm else USUAL_MARGINS_PT)
        section.top_margin = Emu(round(top * _EMU_PER_PT))
        section.right_margin = Emu(round(right * _EMU_PER_PT))
        section.bottom_margin = Emu(round(bottom * _EMU_PER_PT))
        section.left_margin = Emu(round(left * _EMU_PER_PT))
        if setting.line_pitch_pt:
            sect_pr = section._sectPr
            grid = sect_pr.find(qn("w:docGrid"))
            if grid is None:
                grid = OxmlElement("w:docGrid")
                sect_pr.append(grid)
            # A grid of lines only: the characters per line come from the body's tracking
            # (docx_styles), which Word and LibreOffice lay out alike; a grid of characters
            # is read differently by each.
            grid.set(qn("w:type"), "lines")
            grid.set(qn("w:linePitch"), str(round(setting.line_pitch_pt * 20)))

    def _keep_plan(self) -> KeepPlan:
        """How much of contacts and About Word keeps on one page (keeps.py)."""
        section = self.document.sections[0]
        width = int(section.page_width or 0) - int(section.left_margin or 0) \
            - int(section.right_margin or 0)
        height = int(section.page_height or 0) - int(section.top_margin or 0) \
            - int(section.bottom_margin or 0)
        setting = self.setting
        line = (setting.line_pitch_pt / setting.body_pt if setting.line_pitch_pt
                # Word's single line is about 1.15 times the size; the release's on top.
                else 1.15 * setting.line_spacing)
        return layout_plan(self.layout, width / _EMU_PER_PT, height / _EMU_PER_PT,
                           max(CONTACT_PT, setting.body_pt - 1), line)

    def _keep_together(self, start: int) -> None:
        """Keep each paragraph queued since *start* with the next (not the last)."""
        indices = [i for i in range(start, len(self.out)) if self.out[i].startswith("<w:p>")]
        for index in indices[:-1]:
            if _KEEP_NEXT not in self.out[index]:
                head, _, rest = self.out[index].partition("/>")
                self.out[index] = head + "/>" + _KEEP_NEXT + rest

    def _contact(self, contact: Contact, keep_next: bool = False) -> None:
        runs: list[str] = []

        def line(text: str, bold: bool = False, href: str | None = None, label: str = "") -> None:
            if runs:
                runs.append(self._run("\n"))
            if label:
                runs.append(self._run(label + words.label_sep))
            if href:
                runs.append(self._hyperlink(href, [t.Text(text)], False, False))
            else:
                runs.append(self._run(text, bold))

        words = self.layout.words
        self.keep = (contact.phone,) if contact.phone else ()
        if contact.name:
            line(contact.name, bold=True)
        detail = contact_detail(contact.role, contact.organization, words.detail_sep)
        if detail:
            line(detail)
        if contact.phone:
            line(contact.phone, href=phone_href(contact.phone), label=words.phone)
        if contact.email:
            line(contact.email, href=email_href(contact.email), label=words.email)
        self.keep = None
        self.paragraph(CONTACT, runs=runs, keep_next=keep_next)

    def _footer_run(self, line: FooterLine, part: Part) -> str:
        """One footer line's runs: its items apart, each label kept with the first word
        after it (layout.footer_joins: no-break spaces), as phone numbers are kept whole."""
        items = footer_items(line.text)
        # The house's gap (two spaces) printed wide, as the other exports print it; any
        # other gap as it was typed ("　"), so the document imports back to the same line.
        gaps = [FOOTER_GAP if gap == HOUSE_GAP or "\t" in gap else gap
                for gap in footer_gaps(line.text)]
        text = items[0] + "".join(gap + item for gap, item in zip(gaps, items[1:], strict=True))
        self.keep = tuple(item[start:end] for item in items
                          for start, end in footer_joins(item))
        try:
            if line.url:
                return self._hyperlink(line.url, [t.Text(text)], False, False, part)
            return self._run(text) if text else ""
        finally:
            self.keep = ()

    def _page_footer(self, printed: s.Footer | None) -> None:
        """Word's page footer: the footer section's lines (an empty line for none)."""
        standard = printed.lines if printed is not None else ()
        portal = printed.portal_lines if printed is not None else ()
        self.keep = ()
        for section in self.document.sections:
            footer = section.footer
            footer.is_linked_to_previous = False
            lines: list[str] = []
            # A portal's page centres all of its footer, the standard lines too.
            style = PORTAL_FOOTER if self.layout.portal is not None else "Footer"
            for line in standard or ([] if portal else [FooterLine("")]):
                self.paragraph(style, runs=[self._footer_run(line, footer.part)],
                               target=lines)
            for items in portal:  # each entry its own link
                runs: list[str] = []
                for item in items:
                    if runs:
                        runs.append(self._run(FOOTER_GAP))
                    runs.append(self._footer_run(FooterLine(item.text, item.url), footer.part))
                self.paragraph(PORTAL_FOOTER, runs=runs, target=lines)
            container = footer._element
            for existing in list(container):
                container.remove(existing)
            for element in self._flush(lines):
                container.append(element)
        self.keep = None

    def _properties(self) -> None:
        layout = self.layout
        props = self.document.core_properties
        props.title = layout.title[:255]
        props.subject = layout.subheadline[:255]
        props.author = layout.organization[:255]
        props.last_modified_by = layout.organization[:255]
        props.keywords = ", ".join(layout.keywords)[:255]
        props.language = layout.language
        props.category = "Press release"
        notice = layout.embargo_notice
        props.content_status = notice.text[:255] if notice is not None else ""
        props.comments = ""
        # Clearance: the content's fingerprint and the workflow status (docs/file-format.md).
        props.identifier = layout.fingerprint
        props.version = layout.workflow_status
        # The moment the export took (its context's); a context without one (a preview)
        # says the first moment a ZIP can hold, as its members do: no clock read.
        now = self.moment.astimezone(UTC).replace(tzinfo=None)
        props.created = now
        props.modified = now
        props.revision = 1
        # (The theme's East Asian language is Chinese in every document: docx_template.)


# w:pPr's children that come after w:autoSpaceDE and w:autoSpaceDN (ECMA-376, CT_PPrBase).
_AFTER_AUTO_SPACE = frozenset(qn(f"w:{name}") for name in (
    "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"))


def note_bookmark(number: int) -> str:
    """The bookmark of note *number* in the Word document: hidden ("_"), as Word names its
    own cross-reference targets."""
    return f"_Note{number}"
