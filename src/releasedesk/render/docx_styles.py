"""The Word document's named styles: the release's look, restylable by a web team's template.

Word's own styles (Normal, Title, Subtitle, heading n, Quote, footer) are replaced by
ours under their built-in ids, so a template that restyles "Heading 2" still applies;
the release's own parts (Release Status, Dateline, Contact …) are custom styles. Faces and
colours come from render.typography, the same pairing the HTML page uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .typesetting import LATIN, TypeSet
from .typography import (
    FOOTER_PT,
    LABEL_PT,
    LINK,
    MUTED,
    RULE,
    SMALL_PT,
    SOFT,
    SUBTLE,
    TEXT,
)

if TYPE_CHECKING:
    from docx.document import Document

NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CONTACT_PT = 10.5
# The body's headings by level (Heading 2 … Heading 6), in points.
HEADING_PT = {2: 14, 3: 12.5, 4: 11.5, 5: 11, 6: 11}
STATUS = "Release Status"
RELEASE_LINE = "Release Line"
SECTION_HEADING = "Section Heading"
LEAD_IN = "List Lead-In"
DATELINE = "Dateline"
CONTACT = "Contact"
BOILERPLATE = "Boilerplate"
END_MARK = "End Mark"
HYPERLINK = "Hyperlink"
CODE = "Code"
CODE_BLOCK = "Code Block"
FIGURE = "Figure"
CAPTION = "Caption"
# A Chinese portal's release: 引题 above the title, 摘要 under it, the credits after the body.
KICKER = "Kicker"
SUMMARY = "Summary"
CREDITS = "Credits"
# A portal's structured footer (主办单位, 网站标识码, ICP备案号 …): centred, as portals print it.
PORTAL_FOOTER = "Portal Footer"

Faces = tuple[str, str]  # (for Latin text, for Chinese text)


def faces(setting: TypeSet) -> dict[str, Faces]:
    """The faces each kind of text is set in, by the release's setting (typesetting.py)."""
    serif = setting.word_faces(setting.body_fonts)
    return {"serif": serif, "sans": setting.word_faces(setting.sans_fonts),
            "title": setting.word_faces(setting.title_fonts),
            "mono": ("Courier New", serif[1])}

# Word's built-in styles keep their ids (and their internal lower-case names).
_BUILTIN_NAMES = {"Normal": "Normal", "Title": "Title", "Subtitle": "Subtitle",
                  "Quote": "Quote", "Footer": "footer", "Caption": "caption",
                  **{f"Heading {n}": f"heading {n}" for n in range(2, 7)}}


def style_id(name: str) -> str:
    return name.replace(" ", "").replace("-", "")


def _twips(points: float) -> int:
    return round(points * 20)


def style_xml(name: str, kind: str = "paragraph", *, based_on: str | None = "Normal",
              font: Faces | None = None, size: float | None = None, bold: bool = False,
              italic: bool = False, caps: bool = False, color: str | None = None,
              underline: bool = False, tracking: float | None = None,
              before: float | None = None, after: float | None = None,
              line: float | None = None, center: bool = False, right: bool = False,
              indent: float | None = None,
              rule_left: str | None = None, keep_next: bool = False, keep_lines: bool = False,
              outline: int | None = None, default: bool = False,
              first_line: tuple[int, float] | None = None, justify: bool | None = None,
              exact_line: float | None = None, emphasis_dots: bool = False) -> str:
    """One w:style element, its children in the order the schema requires."""
    builtin = name in _BUILTIN_NAMES
    attributes = f'w:type="{kind}" w:styleId="{style_id(name)}"'
    if default:
        attributes += ' w:default="1"'
    if not builtin:
        attributes += ' w:customStyle="1"'
    parts = [f'<w:style {NAMESPACE} {attributes}>'
             f'<w:name w:val="{_BUILTIN_NAMES.get(name, name)}"/>']
    if based_on is not None and not default:
        parent = based_on if kind == "paragraph" else "DefaultParagraphFont"
        parts.append(f'<w:basedOn w:val="{style_id(parent)}"/>')
    if kind == "paragraph" and not default:
        parts.append('<w:next w:val="Normal"/>')
    parts.append("<w:qFormat/>")
    ppr = []
    if keep_next:
        ppr.append("<w:keepNext/>")
    if keep_lines:
        ppr.append("<w:keepLines/>")
    if rule_left:
        ppr.append(f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="12" '
                   f'w:color="{rule_left.lstrip("#")}"/></w:pBdr>')
    spacing = "".join(f' w:{edge}="{_twips(value)}"' for edge, value in
                      (("before", before), ("after", after)) if value is not None)
    if exact_line is not None:  # an official document's grid: lines exactly this far apart
        spacing += f' w:line="{_twips(exact_line)}" w:lineRule="exact"'
    elif line is not None:
        spacing += f' w:line="{round(line * 240)}" w:lineRule="auto"'
    if spacing:
        ppr.append(f"<w:spacing{spacing}/>")
    # first_line: (characters, the body's size): "200" hundredths of a character, and the
    # same in twips for programs that do not count characters; (0, _) undoes Normal's.
    indents = "" if indent is None else f' w:left="{_twips(indent)}"'
    if first_line is not None:
        chars, char_pt = first_line
        indents += (f' w:firstLine="{_twips(chars * char_pt)}"'
                    f' w:firstLineChars="{chars * 100}"')
    if indents:
        ppr.append(f"<w:ind{indents}/>")
    if center:
        ppr.append('<w:jc w:val="center"/>')
    elif right:
        ppr.append('<w:jc w:val="right"/>')
    elif justify is not None:  # (False: undoes the justified Normal's, for lines kept apart)
        ppr.append(f'<w:jc w:val="{"both" if justify else "left"}"/>')
    if outline is not None:
        ppr.append(f'<w:outlineLvl w:val="{outline}"/>')
    if ppr:
        parts.append(f"<w:pPr>{''.join(ppr)}</w:pPr>")
    rpr = []
    if font:
        latin, east_asian = (_xml_attr(face) for face in font)
        rpr.append(f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:cs="{latin}" '
                   f'w:eastAsia="{east_asian}"/>')
    if bold:
        rpr.append("<w:b/><w:bCs/>")
    if italic:
        rpr.append("<w:i/><w:iCs/>")
    if caps:
        rpr.append("<w:caps/>")
    if color:
        rpr.append(f'<w:color w:val="{color.lstrip("#")}"/>')
    if tracking is not None:
        rpr.append(f'<w:spacing w:val="{_twips(tracking)}"/>')
    if size:
        rpr.append(f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
    if underline:
        rpr.append('<w:u w:val="single"/>')
    if emphasis_dots:
        rpr.append('<w:em w:val="dot"/>')
    if rpr:
        parts.append(f"<w:rPr>{''.join(rpr)}</w:rPr>")
    parts.append("</w:style>")
    return "".join(parts)


def _xml_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def release_styles(accent: str, setting: TypeSet = LATIN) -> list[str]:
    """Every style a release uses, in the house's accent colour and the release's setting
    (faces, sizes, lines, indents: typesetting.py)."""
    font = faces(setting)
    body = setting.body_pt
    pitch = setting.line_pitch_pt or None
    # Normal is the body's style: its first line indented (Chinese text), justified.
    # Every other paragraph style undoes the indent it would inherit from Normal.
    indent = (setting.indent_chars, body) if setting.indent_chars else None
    flush = (0, body) if indent else None
    return [
        style_xml("Normal", font=font["serif"], size=body, color=TEXT, after=0 if pitch else 8,
                  line=setting.line_spacing, exact_line=pitch, default=True,
                  tracking=setting.tracking_pt or None,
                  first_line=indent, justify=setting.justify or None),
        style_xml("Title", font=font["title"], size=setting.title_pt, bold=True, color=TEXT,
                  after=6, line=1.1, keep_next=True, center=setting.title_centered,
                  first_line=flush, exact_line=None if pitch is None else
                  max(pitch, setting.title_pt * 1.3)),
        style_xml("Subtitle", font=font["serif"], size=setting.subtitle_pt,
                  italic=setting.italic, color=SUBTLE, after=8, keep_next=True,
                  center=setting.title_centered, first_line=flush),
        *(style_xml(f"Heading {level}", font=font["serif"], size=size, bold=True, color=TEXT,
                    before=16, after=4, keep_next=True, keep_lines=True, outline=level - 1,
                    first_line=flush)
          for level, size in HEADING_PT.items()),
        style_xml("Quote", color=SOFT, indent=12, rule_left=RULE, after=8),
        style_xml("Footer", font=font["sans"], size=FOOTER_PT, color=MUTED, after=0, line=1.15,
                  first_line=flush, justify=False if setting.justify else None,
                  exact_line=None if pitch is None else FOOTER_PT * 1.3),
        style_xml(PORTAL_FOOTER, based_on="Footer", center=True),
        style_xml(STATUS, font=font["sans"], size=LABEL_PT, bold=True, caps=True, color=accent,
                  tracking=0.6, after=10, keep_next=True, first_line=flush,
                  center=setting.title_centered),
        style_xml(RELEASE_LINE, size=SMALL_PT, color=MUTED, after=14, keep_next=True,
                  first_line=flush, center=setting.title_centered),
        style_xml(SECTION_HEADING, based_on="Heading 2", font=font["sans"], size=9.5,
                  caps=True, color=accent, tracking=0.4, before=20, after=6, keep_next=True,
                  keep_lines=True, outline=1),
        style_xml(LEAD_IN, keep_next=True),
        # Which contacts and About paragraphs keep with the next is decided per release
        # (docx_keep): a chain longer than a page would leave page 1 half empty.
        style_xml(CONTACT, size=max(CONTACT_PT, body - 1), after=8, keep_lines=True,
                  first_line=flush, justify=False if setting.justify else None),
        style_xml(BOILERPLATE, size=max(10, body - 1), color=SOFT, keep_lines=True),
        style_xml(END_MARK, before=12, after=12, center=True, tracking=2, keep_lines=True,
                  first_line=flush),
        style_xml(CODE_BLOCK, font=font["mono"], size=9, after=0, line=1.0, first_line=flush),
        style_xml(DATELINE, "character", bold=True),
        style_xml(HYPERLINK, "character", color=LINK, underline=True),
        style_xml(CODE, "character", font=font["mono"]),
        style_xml(KICKER, size=SMALL_PT, color=SUBTLE, after=4, keep_next=True,
                  center=setting.title_centered, first_line=flush),
        style_xml(SUMMARY, size=SMALL_PT, color=SOFT, after=12, keep_lines=True,
                  first_line=flush),
        # (right, as portals print "（作者：…　责任编辑：…）" under the text)
        style_xml(CREDITS, size=SMALL_PT, color=MUTED, before=8, keep_lines=True,
                  first_line=flush, right=True),
    ]


def photo_styles(setting: TypeSet = LATIN) -> list[str]:
    """The styles of photos (only a release with photos carries them): the picture's own
    paragraph, kept with its caption, and Word's built-in Caption."""
    flush = (0, setting.body_pt) if setting.indent_chars else None
    return [
        style_xml(FIGURE, before=10, after=4, line=1.0, center=True, keep_next=True,
                  keep_lines=True, first_line=flush),
        style_xml(CAPTION, font=faces(setting)["sans"], size=SMALL_PT, color=MUTED, after=14,
                  line=1.2, keep_lines=True, first_line=flush),
    ]


# Every style the writer names, by display name → id (Word's list styles included).
STYLE_IDS: dict[str, str] = {
    name: style_id(name)
    for name in (*_BUILTIN_NAMES, "List Bullet", "List Bullet 2", "List Bullet 3",
                 "List Number", "List Number 2", "List Number 3", "List Continue",
                 "List Continue 2", "List Continue 3", STATUS, RELEASE_LINE, SECTION_HEADING,
                 LEAD_IN, CONTACT, BOILERPLATE, END_MARK, CODE_BLOCK, DATELINE, HYPERLINK, CODE,
                 FIGURE, KICKER, SUMMARY, CREDITS, PORTAL_FOOTER)
}


def put_styles(document: Document, styles: Iterable[str]) -> None:
    """Each w:style of *styles* (XML) into *document*: in the place of the style with its id
    (Word's built-in, which a template may restyle), or added after the rest."""
    from docx.oxml import parse_xml  # (python-docx loads when a Word file is first made)
    from docx.oxml.ns import qn

    element = document.styles.element
    existing = {old.get(qn("w:styleId")): old for old in element.findall(qn("w:style"))}
    for xml in styles:
        new = parse_xml(xml)
        old = existing.get(new.get(qn("w:styleId")))
        if old is not None:
            old.addprevious(new)
            element.remove(old)
        else:
            element.append(new)
