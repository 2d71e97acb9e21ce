"""The document sent for review: a .docx meant to be marked up (issue 23, point 5).

Pure: bytes from a release, its fingerprint and the export moment; no file is read or
written here. The release's fields come in a clear order, each after a small label
paragraph, in the export's own styles (render/docx_styles.py). Each field's paragraphs are
wrapped in a hidden bookmark named for the field (``_rd_headline``, ``_rd_contact_0_phone``:
slots.py), which Word and LibreOffice keep when they save; the document's custom
properties name the release's fingerprint and, per field, a digest of the text as sent.
Track changes is on when the reviewer opens it.
"""

from __future__ import annotations

import io
from datetime import UTC
from xml.sax.saxutils import escape, quoteattr

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from lxml import etree

from ..export_time import export_moment
from ..language_tag import is_chinese
from ..model import Photo, Release
from ..render.docx_custom import FINGERPRINT_PROPERTY as FINGERPRINT_PROPERTY  # (its home)
from ..render.docx_custom import with_custom_properties
from ..render.docx_styles import (
    BOILERPLATE,
    CODE,
    CONTACT,
    HYPERLINK,
    SECTION_HEADING,
    STYLE_IDS,
    faces,
    put_styles,
    release_styles,
    style_id,
    style_xml,
)
from ..render.docx_template import blank_document
from ..render.stable_zip import with_fixed_dates
from ..render.typesetting import language_type
from ..render.typography import LABEL_PT, MUTED
from . import slots as s
from .formatted import PHOTO_REFERENCE, PHOTO_STYLE, Layout, layout, list_number, prefix_of

FIELD_LABEL = "Review Field Label"
FIELD_PROPERTY = "ReleaseDesk field "  # + the slot's key: the digest of its text as sent
_STYLE_OF = {"headline": "Title", "subheadline": "Subtitle", "body": "Normal",
             "boilerplate": BOILERPLATE}
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_INTRO = {
    "en": "For review: please mark up this text with Track Changes on and add comments "
          "where you like. Each field follows its grey label; text outside the fields is "
          "not read back.",
    "zh": "送审稿：请在修订模式下修改，可随处添加批注。"
          "每个字段位于灰色标签之后；字段以外的文字不会被读回。",
}


def review_docx(release: Release, fingerprint: str) -> bytes:
    """*release* as a .docx to send for review, naming *fingerprint* as the content sent."""
    return _ReviewWriter(release, fingerprint).write()


class _ReviewWriter:
    def __init__(self, release: Release, fingerprint: str) -> None:
        self.release = release
        self.fingerprint = fingerprint
        self.language = release.language or "en"
        self.chinese = is_chinese(self.language)
        self.out: list[str] = []
        self.bookmarks = 0
        self.styles = {**STYLE_IDS, FIELD_LABEL: style_id(FIELD_LABEL),
                       PHOTO_STYLE: style_id(PHOTO_STYLE)}
        self.document = blank_document(footer=False)
        self.links: dict[str, str] = {}  # hyperlink addresses: their relationship ids
        self.pictures = 0  # the pictures placed so far (each drawing's own id)
        # Emphasis as the export draws it: italic for Latin text, dots for Chinese.
        self.emphasis = "<w:i/>" if language_type(release.language).italic \
            else '<w:em w:val="dot"/>'

    def write(self) -> bytes:
        document = self.document
        self._styles(document)
        self._label("intro", _INTRO["zh" if self.chinese else "en"])
        group = ""
        digests: dict[str, str] = {}
        for slot in s.slots(self.release):
            if slot.group and slot.group != group:
                self._label(slot.group, s.group_label(slot.group, self.language),
                            SECTION_HEADING)
                if slot.group.startswith("photo_"):
                    self._thumbnail(int(slot.group.rsplit("_", 1)[1]))
            group = slot.group
            self._label(slot.key, slot.labelled(self.language))
            text = s.get(self.release, slot.key)
            if slot.kind == s.BLOCK:
                self._formatted(slot.bookmark, layout(text, self._style(slot), self.language))
            else:
                self._field(slot.bookmark, s.paragraphs_of(text, slot.kind),
                            self._style(slot))
            digests[slot.key] = s.digest(text)
        self._place(document)
        self._track_changes(document)
        props = document.core_properties
        props.title = s.xml_safe(s.get(self.release, "headline"))[:255]
        props.category = "Press release for review"
        props.language = self.language
        props.identifier = self.fingerprint
        now = export_moment().astimezone(UTC).replace(tzinfo=None)
        props.created = props.modified = now
        props.revision = 1
        buffer = io.BytesIO()
        document.save(buffer)
        return with_fixed_dates(with_custom_properties(buffer.getvalue(),
                                                        self._properties(digests)))

    def _style(self, slot: s.Slot) -> str:
        if slot.key in _STYLE_OF:
            return _STYLE_OF[slot.key]
        return CONTACT if slot.key.startswith("contact_") else "Normal"

    def _styles(self, document: docx.document.Document) -> None:
        # The release's language sets the faces (Chinese first for Chinese), its sizes and
        # indents; the page stays the review document's own.
        setting = language_type(self.release.language)
        label = style_xml(FIELD_LABEL, font=faces(setting)["sans"], size=LABEL_PT, caps=True,
                          color=MUTED, before=10, after=2, keep_next=True,
                          first_line=(0, setting.body_pt) if setting.indent_chars else None)
        # A photo's place: grey words beside a rule, apart from the text around it.
        photo = style_xml(PHOTO_STYLE, font=faces(setting)["sans"], size=LABEL_PT,
                          color=MUTED, before=6, after=6, rule_left=MUTED, keep_lines=True,
                          first_line=(0, setting.body_pt) if setting.indent_chars else None)
        put_styles(document, [*release_styles(self.release.conventions.accent, setting), label,
                              photo])

    def _label(self, key: str, text: str, style: str = FIELD_LABEL) -> None:
        name = s.LABEL_PREFIX + key
        start, end = self._bookmark(name)
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="{self.styles[style]}"/></w:pPr>'
                        f"{start}{_run(text)}{end}</w:p>")

    def _field(self, name: str, paragraphs: list[str], style: str) -> None:
        start, end = self._bookmark(name)
        last = len(paragraphs) - 1
        for index, text in enumerate(paragraphs):
            self.out.append(f'<w:p><w:pPr><w:pStyle w:val="{self.styles[style]}"/></w:pPr>'
                            f'{start if index == 0 else ""}{_run(text)}'
                            f'{end if index == last else ""}</w:p>')

    def _formatted(self, name: str, laid: Layout) -> None:
        """A Markdown field as the reader should see it (formatted.py): bold, italic,
        links, code, headings, list items, quotations."""
        start, end = self._bookmark(name)
        last = len(laid.paragraphs) - 1
        numbering = self._numbering(laid)
        for number, paragraph in enumerate(laid.paragraphs):
            style = paragraph.style if paragraph.style in self.styles else "Normal"
            parts = [f'<w:p><w:pPr><w:pStyle w:val="{self.styles[style]}"/>'
                     f"{numbering[number]}</w:pPr>", start if number == 0 else ""]
            if style == PHOTO_STYLE:  # the picture above the line that holds its place
                parts.append(self._picture(laid.atoms[paragraph.start].source))
            link = -1
            for text, flags, span in laid.runs(number):
                if span != link:
                    if link >= 0:
                        parts.append("</w:hyperlink>")
                    if span >= 0:
                        href = laid.spans[span].href or ""
                        parts.append(f'<w:hyperlink r:id="{self._link_id(href)}">')
                    link = span
                parts.append(_run(text, self._run_format(flags, span >= 0)))
            if link >= 0:
                parts.append("</w:hyperlink>")
            parts.append(f'{end if number == last else ""}</w:p>')
            self.out.append("".join(parts))

    def _numbering(self, laid: Layout) -> list[str]:
        """Each paragraph's w:numPr: every numbered list of the Markdown an instance of
        its style's numbering of its own, starting at the list's first number, so Word
        shows the numbers the Markdown gives (the style's instance would count on from
        the list before); "" for the other paragraphs. A list goes on while list items
        follow at its depth or deeper, with the same delimiter."""
        out: list[str] = []
        lists: dict[int, tuple[str, int]] = {}  # depth: (delimiter, numId; 0 for bullets)
        for number, paragraph in enumerate(laid.paragraphs):
            style = paragraph.style
            if not style.startswith(("List Bullet", "List Number")):
                lists.clear()
                out.append("")
                continue
            depth = int(style[-1]) if style[-1].isdigit() else 1
            for deeper in [d for d in lists if d > depth]:
                del lists[deeper]
            found = list_number(prefix_of(laid, number))
            if not style.startswith("List Number") or found is None:
                lists[depth] = ("", 0)
                out.append("")
                continue
            first, delimiter = found
            if lists.get(depth, ("", 0))[0] != delimiter:
                lists[depth] = (delimiter, self._restart(style, first))
            out.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{lists[depth][1]}"/>'
                       "</w:numPr>")
        return out

    def _restart(self, style: str, first: int) -> int:
        """A new instance of *style*'s numbering that starts at *first*."""
        numbering = self.document.part.numbering_part.element
        num_id = int(self.document.styles[style].element.pPr.numPr.numId.val)
        made = numbering.add_num(numbering.num_having_numId(num_id).abstractNumId.val)
        made.add_lvlOverride(ilvl=0).add_startOverride(first)
        return int(made.numId)

    def _picture(self, reference: str) -> str:
        """The photo *reference* places, small, above its line: a picture anchored to the
        line (text below it, locked in place), so the line's words are all the paragraph
        holds; "" for a photo the release does not have."""
        found = PHOTO_REFERENCE.fullmatch(reference.strip())
        photo = next((x for x in self.release.photos if found and x.id == found.group(2)),
                     None)
        inline = self._inline(photo, _PICTURE_PX, _PICTURE_EMU) if photo is not None else None
        return "" if inline is None else f"<w:r><w:drawing>{_anchored(inline)}</w:drawing></w:r>"

    def _thumbnail(self, number: int) -> None:
        """A small copy of photo *number* above its caption, in a paragraph of its own
        that belongs to no field (after the photo's label: what it holds is not read
        back), kept with the caption's label; none for a photo whose bytes do not open."""
        photos = self.release.photos
        inline = self._inline(photos[number], _THUMBNAIL_PX, _THUMBNAIL_EMU, box=True) \
            if number < len(photos) else None
        if inline is not None:
            for side in ("distT", "distB", "distL", "distR"):  # (flush with the labels)
                inline.set(side, "0")
            xml = etree.tostring(inline, encoding=str)
            self.out.append(f'<w:p><w:pPr><w:pStyle w:val="{self.styles[FIELD_LABEL]}"/>'
                            f"</w:pPr><w:r><w:drawing>{xml}</w:drawing></w:r></w:p>")

    def _inline(self, photo: Photo, longest: int, width: int,
                box: bool = False) -> CT_Inline | None:
        """*photo* scaled to *longest* pixels at most, as an inline picture *width* EMU
        wide (*box*: its longer side that long), the same bytes for the same photo; None
        when its bytes no longer open."""
        from ..media.copies import encode, scaled

        try:
            image = scaled(photo.data, (longest, longest))
        except (OSError, ValueError):  # (stored bytes that no longer open: no picture)
            return None
        height = round(width * image.height / max(1, image.width))
        if box and height > width:
            width, height = round(width * width / height), width
        inline = self.document.part.new_pic_inline(
            io.BytesIO(encode(image, ".jpg")), width, height)
        self.pictures += 1
        for element in (inline.docPr, *inline.xpath(".//pic:cNvPr")):
            element.set("id", str(self.pictures))
            element.set("name", photo.file_name)
        inline.docPr.set("descr", photo.alt or photo.caption)
        return inline

    def _run_format(self, flags: str, linked: bool) -> str:
        style = HYPERLINK if linked else CODE if "c" in flags else ""
        inner = (f'<w:rStyle w:val="{self.styles[style]}"/>' if style else "") + \
            ("<w:b/>" if "b" in flags else "") + (self.emphasis if "i" in flags else "")
        return f"<w:rPr>{inner}</w:rPr>" if inner else ""

    def _link_id(self, href: str) -> str:
        found = self.links.get(href)
        if found is None:
            found = self.links[href] = self.document.part.relate_to(
                href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        return found

    def _bookmark(self, name: str) -> tuple[str, str]:
        self.bookmarks += 1
        number = self.bookmarks
        return (f'<w:bookmarkStart w:id="{number}" w:name={quoteattr(name)}/>',
                f'<w:bookmarkEnd w:id="{number}"/>')

    def _place(self, document: docx.document.Document) -> None:
        body = document.element.body
        section = body[-1]
        wrapper = parse_xml(f"<w:body {_W} {_R}>{''.join(self.out)}</w:body>")
        for paragraph in list(wrapper):
            section.addprevious(paragraph)

    def _track_changes(self, document: docx.document.Document) -> None:
        settings = document.settings.element
        track = parse_xml(f"<w:trackRevisions {_W}/>")
        later = settings.find(qn("w:defaultTabStop"))
        if later is not None:
            later.addprevious(track)
        else:
            settings.append(track)

    def _properties(self, digests: dict[str, str]) -> list[tuple[str, str]]:
        return [(FINGERPRINT_PROPERTY, self.fingerprint),
                *((FIELD_PROPERTY + key, value) for key, value in digests.items())]


_PICTURE_PX = 720  # the longer side of a photo's copy in the review document
_PICTURE_EMU = 2_160_000  # its width there: 6 cm
_THUMBNAIL_PX = 240  # the longer side of the small copy above a photo's caption
_THUMBNAIL_EMU = 972_000  # its longer side: 2.7 cm
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _anchored(inline: etree._Element) -> str:
    """python-docx's inline picture as a picture anchored to its paragraph, the text
    below it (wrapTopAndBottom) and the anchor locked: its XML, namespaces declared."""
    def wp(name: str) -> str:
        return f"{{{_WP}}}{name}"

    anchor = etree.Element(wp("anchor"), {
        "distT": "0", "distB": "91440", "distL": "0", "distR": "0", "simplePos": "0",
        "relativeHeight": "1", "behindDoc": "0", "locked": "1", "layoutInCell": "1",
        "allowOverlap": "0"}, nsmap={"wp": _WP})
    etree.SubElement(anchor, wp("simplePos"), {"x": "0", "y": "0"})
    for axis, relative in (("H", "column"), ("V", "paragraph")):
        position = etree.SubElement(anchor, wp(f"position{axis}"), {"relativeFrom": relative})
        etree.SubElement(position, wp("posOffset")).text = "0"
    anchor.append(inline.find(wp("extent")))
    etree.SubElement(anchor, wp("effectExtent"), {"l": "0", "t": "0", "r": "0", "b": "0"})
    etree.SubElement(anchor, wp("wrapTopAndBottom"))
    for name in ("docPr", "cNvGraphicFramePr"):
        found = inline.find(wp(name))
        if found is not None:
            anchor.append(found)
    anchor.append(inline[-1])  # a:graphic
    return str(etree.tostring(anchor, encoding=str))


def _run(text: str, properties: str = "") -> str:
    """One w:r of *text*: a line break is w:br, a tab w:tab, spaces kept."""
    if not text:
        return ""
    parts = ["<w:r>", properties]
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            parts.append("<w:br/>")
        for tab_number, piece in enumerate(line.split("\t")):
            if tab_number:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    parts.append("</w:r>")
    return "".join(parts)
