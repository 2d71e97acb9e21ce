"""DOCX writer: named styles only, so an editor restyles the release by style, not by hand."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from ..model import Contact
from . import tree as t
from .contacts import email_href, phone_href
from .layout import Layout
from .words import is_chinese

# Our own styles, beside Word's built-in Title, Subtitle, Heading n, Quote, List …, Footer.
STATUS = "Release Status"
RELEASE_LINE = "Release Line"
DATELINE = "Dateline"
CONTACT = "Contact"
BOILERPLATE = "Boilerplate"
END_MARK = "End Mark"
STANDARD_FOOTER = "Standard Footer"
HYPERLINK = "Hyperlink"
CODE = "Code"
CODE_BLOCK = "Code Block"

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def render_docx(layout: Layout) -> bytes:
    """The release as a .docx file's bytes."""
    return _DocxWriter(layout).write()


class _DocxWriter:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.document = docx.Document()
        self.body = self.document.element.body
        self.anchor = self.body[-1]  # sectPr: paragraphs go before it
        self.styles: dict[str, str] = {}
        self._define_styles()

    # -- styles -----------------------------------------------------------------

    def _define_styles(self) -> None:
        styles = self.document.styles

        def paragraph_style(name: str, size: float | None = None, bold: bool = False,
                            italic: bool = False, color: str | None = None,
                            after: float | None = None, before: float | None = None,
                            caps: bool = False, align: WD_ALIGN_PARAGRAPH | None = None,
                            base: str = "Normal") -> None:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[base]
            style.quick_style = True
            font = style.font
            if size:
                font.size = Pt(size)
            font.bold = bold or None
            font.italic = italic or None
            font.all_caps = caps or None
            if color:
                font.color.rgb = RGBColor.from_string(color)
            fmt = style.paragraph_format
            if after is not None:
                fmt.space_after = Pt(after)
            if before is not None:
                fmt.space_before = Pt(before)
            if align is not None:
                fmt.alignment = align

        paragraph_style(STATUS, size=9, bold=True, caps=True, color="7A1F1F", after=12)
        paragraph_style(RELEASE_LINE, size=10, color="5F5F59", after=18)
        paragraph_style(CONTACT, after=8)
        paragraph_style(BOILERPLATE, size=10, color="33332F")
        paragraph_style(END_MARK, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=12)
        paragraph_style(STANDARD_FOOTER, size=8, color="5F5F59", after=0)
        paragraph_style(CODE_BLOCK, size=9, after=0)
        styles[CODE_BLOCK].font.name = "Courier New"

        dateline = styles.add_style(DATELINE, WD_STYLE_TYPE.CHARACTER)
        dateline.font.bold = True
        link = styles.add_style(HYPERLINK, WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor(0x1A, 0x4F, 0x8B)
        link.font.underline = True
        code = styles.add_style(CODE, WD_STYLE_TYPE.CHARACTER)
        code.font.name = "Courier New"

        title = styles["Title"]
        title.font.size = Pt(22)
        title.font.color.rgb = RGBColor(0x1D, 0x1D, 0x1B)
        styles["Subtitle"].font.color.rgb = RGBColor(0x44, 0x44, 0x3F)
        page_footer = styles["Footer"]
        page_footer.font.size = Pt(8)
        page_footer.font.color.rgb = RGBColor(0x5F, 0x5F, 0x59)
        for name in ("Footer", "Title", "Subtitle", "Quote", "Heading 2", "Heading 3",
                     "Heading 4", "Heading 5", "Heading 6", "List Bullet", "List Bullet 2",
                     "List Bullet 3", "List Number", "List Number 2", "List Number 3",
                     "List Continue", "List Continue 2", "List Continue 3", "Normal",
                     STATUS, RELEASE_LINE, CONTACT, BOILERPLATE, END_MARK, STANDARD_FOOTER,
                     CODE_BLOCK, DATELINE, HYPERLINK, CODE):
            self.styles[name] = styles[name].style_id
        self._set_language()

    def _set_language(self) -> None:
        language = self.layout.language
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        run_props = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        lang = run_props.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            run_props.append(lang)
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language if is_chinese(language) else "zh-CN")
        if is_chinese(language):
            fonts = run_props.find(qn("w:rFonts"))
            # A named East-Asian font: Word and LibreOffice then choose a CJK face.
            fonts.set(qn("w:eastAsia"), "SimSun")
            if qn("w:eastAsiaTheme") in fonts.attrib:
                del fonts.attrib[qn("w:eastAsiaTheme")]

    # -- paragraphs and runs ----------------------------------------------------

    def paragraph(self, style: str, inlines: list[t.Inline] | None = None,
                  text: str | None = None, container: object = None,
                  numbering: tuple[int, int] | None = None) -> object:
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), self.styles[style])
        ppr.append(pstyle)
        if numbering is not None:
            num_pr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), str(numbering[1]))
            num_id = OxmlElement("w:numId")
            num_id.set(qn("w:val"), str(numbering[0]))
            num_pr.append(ilvl)
            num_pr.append(num_id)
            ppr.append(num_pr)
        p.append(ppr)
        if text is not None:
            self._run(p, text)
        if inlines:
            self._inlines(p, inlines, False, False)
        if container is None:
            self.anchor.addprevious(p)
        else:
            container.append(p)  # type: ignore[attr-defined]
        return p

    def _run(self, parent: object, text: str, bold: bool = False, italic: bool = False,
             style: str | None = None) -> None:
        r = OxmlElement("w:r")
        if bold or italic or style:
            rpr = OxmlElement("w:rPr")
            if style:
                rstyle = OxmlElement("w:rStyle")
                rstyle.set(qn("w:val"), self.styles[style])
                rpr.append(rstyle)
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            r.append(rpr)
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                r.append(OxmlElement("w:br"))
            if piece:
                wt = OxmlElement("w:t")
                wt.text = piece
                if piece[0] == " " or piece[-1] == " " or "  " in piece:
                    wt.set(_XML_SPACE, "preserve")
                r.append(wt)
        parent.append(r)  # type: ignore[attr-defined]

    def _inlines(self, parent: object, nodes: list[t.Inline], bold: bool, italic: bool,
                 style: str | None = None) -> None:
        for node in nodes:
            if isinstance(node, t.Text):
                self._run(parent, node.text, bold, italic, style)
            elif isinstance(node, t.Strong):
                self._inlines(parent, node.children, True, italic, style)
            elif isinstance(node, t.Emphasis):
                self._inlines(parent, node.children, bold, True, style)
            elif isinstance(node, t.Code):
                self._run(parent, node.text, bold, italic, CODE)
            elif isinstance(node, t.LineBreak):
                self._run(parent, "\n", bold, italic, style)
            elif isinstance(node, t.Dateline):
                self._run(parent, node.text, bold, italic, DATELINE)
            elif isinstance(node, t.Link):
                if node.href is None:
                    self._inlines(parent, node.children, bold, italic, style)
                else:
                    self._hyperlink(parent, node.href, node.children, bold, italic)

    def _hyperlink(self, parent: object, href: str, children: list[t.Inline], bold: bool,
                   italic: bool) -> None:
        rel_id = self.document.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK,
                                              is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel_id)
        self._inlines(link, children, bold, italic, HYPERLINK)
        parent.append(link)  # type: ignore[attr-defined]

    # -- blocks -----------------------------------------------------------------

    def blocks(self, blocks: list[t.Block], base: str = "Normal", depth: int = 0) -> None:
        for block in blocks:
            if isinstance(block, t.Paragraph):
                self.paragraph(base, block.children)
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
        layout = self.layout
        if layout.status_line:
            self.paragraph(STATUS, text=layout.status_line)
        self.paragraph("Title", text=layout.headline)
        if layout.subheadline:
            self.paragraph("Subtitle", text=layout.subheadline)
        if layout.release_line is not None:
            self.paragraph(RELEASE_LINE, text=layout.release_line.text)
        self.blocks(layout.body)
        if layout.contacts:
            self.paragraph("Heading 2", text=layout.contacts_heading)
            for contact in layout.contacts:
                self._contact(contact)
        if layout.boilerplate:
            if layout.about_heading:
                self.paragraph("Heading 2", text=layout.about_heading)
            self.blocks(layout.boilerplate, BOILERPLATE)
        if layout.end_mark:
            self.paragraph(END_MARK, text=layout.end_mark)
        for line in layout.footer:
            self.paragraph(STANDARD_FOOTER, text=line)
        self._page_footer()
        self._properties()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def _contact(self, contact: Contact) -> None:
        p = self.paragraph(CONTACT)
        first = True

        def line(text: str, bold: bool = False, href: str | None = None, label: str = "") -> None:
            nonlocal first
            if not first:
                self._run(p, "\n")
            first = False
            if label:
                self._run(p, f"{label}: ")
            if href:
                self._hyperlink(p, href, [t.Text(text)], False, False)
            else:
                self._run(p, text, bold)

        words = self.layout.words
        if contact.name:
            line(contact.name, bold=True)
        detail = ", ".join(x for x in (contact.role, contact.organization) if x)
        if detail:
            line(detail)
        if contact.phone:
            line(contact.phone, href=phone_href(contact.phone), label=words.phone)
        if contact.email:
            line(contact.email, href=email_href(contact.email), label=words.email)

    def _page_footer(self) -> None:
        for section in self.document.sections:
            footer = section.footer
            footer.is_linked_to_previous = False
            container = footer._element
            for existing in list(container):
                container.remove(existing)
            lines = self.layout.footer or [""]
            for line in lines:
                self.paragraph("Footer", text=line, container=container)

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
        props.comments = ""
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        props.created = now
        props.modified = now
        props.revision = 1
