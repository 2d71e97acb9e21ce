"""ReleaseDesk's own blank Word document: the package every Word file we write starts from.

python-docx's default template is a whole word processor's start: 164 styles and 137
latent ones (styles.xml and its twin stylesWithEffects.xml, 0.9 MB), a theme, a thumbnail,
custom XML and web settings. Opening it took ~8 ms of an export and compressing it again
~3.6 ms; the release used a dozen of its styles. This package holds only what our two Word
documents (render/docx_writer.py, review/sending.py) rely on and what Word and LibreOffice
need to show them:

- the document defaults (size, spacing; the writers put the faces and languages in),
  Word's paragraph and character defaults (Normal, Default Paragraph Font) and its list
  styles (List Bullet, List Number, List Continue, levels 1-3), each as Word's own
  template formats it, so a document looks as it did;
- the numbering those list styles name (a bullet or "1." hanging at each level);
- the settings that change how text is laid out (Word 2010 compatibility, East Asian
  layout, no compression of CJK punctuation, the tab stop);
- the export's page footer (an empty one, which the writer fills; the review document has
  none).

Every other style (Title, the headings, Release Status …) is the writers' own
(docx_styles.py), put in by put_styles. The package is built here from text, once per
process (template_bytes), stored uncompressed, and each document opens a fresh copy of it
(blank_document): ~0.5 ms, with no file read.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from typing import TYPE_CHECKING
from xml.sax.saxutils import quoteattr

from .docx_styles import NAMESPACE, style_id
from .stable_zip import FIXED_DATE

if TYPE_CHECKING:
    from docx.document import Document

_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# The list styles' levels: (bullet styles, numbered styles, continuing paragraphs), each
# indented a quarter inch more (in twips) than the level before, the bullet or number
# hanging a quarter inch.
_STEP = 360
LIST_LEVELS = 3
# Word's bullet: the Symbol face's round bullet (its private-use code), as Word writes it.
_BULLET = "\uf0b7"


def _list_style(name: str, numbering: int | None, level: int) -> str:
    """A list style as Word's template has it: Normal's, held close to its neighbours
    (contextualSpacing), on its numbering (bullets, numbers) or indented to the text of
    the items (List Continue, with Word's space after)."""
    ppr = [f'<w:numPr><w:numId w:val="{numbering}"/></w:numPr>'] if numbering else [
        '<w:spacing w:after="120"/>', f'<w:ind w:left="{_STEP * level}"/>']
    return (f'<w:style w:type="paragraph" w:styleId="{style_id(name)}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
            f'<w:unhideWhenUsed/><w:pPr>{"".join(ppr)}<w:contextualSpacing/></w:pPr>'
            "</w:style>")


def _list_names(kind: str) -> list[str]:
    return [kind if level == 1 else f"{kind} {level}" for level in range(1, LIST_LEVELS + 1)]


# numbering ids: bullets 1-3, numbers 4-6 (one abstract numbering each, ids from 0).
_NUMBERED = {"List Bullet": 1, "List Number": 1 + LIST_LEVELS}


def styles_xml() -> str:
    """styles.xml: the defaults, Normal (the writers restyle it), Default Paragraph Font and
    the list styles."""
    lists = [_list_style(name, _NUMBERED[kind] + index if kind in _NUMBERED else None,
                         index + 1)
             for kind in ("List Bullet", "List Number", "List Continue")
             for index, name in enumerate(_list_names(kind))]
    return (f"{_HEAD}<w:styles {NAMESPACE}>"
            "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts/>"
            '<w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
            '<w:name w:val="Normal"/><w:qFormat/></w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
            '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
            f"<w:unhideWhenUsed/></w:style>{''.join(lists)}</w:styles>")


def _level(abstract: int, kind: str, level: int) -> str:
    """One single-level list: its items' style, their bullet or number, the indent."""
    name = _list_names(kind)[level - 1]
    indent = _STEP * level
    bullet = kind == "List Bullet"
    mark = (f'<w:numFmt w:val="bullet"/><w:pStyle w:val="{style_id(name)}"/>'
            f'<w:lvlText w:val="{_BULLET}"/>') if bullet else \
        (f'<w:numFmt w:val="decimal"/><w:pStyle w:val="{style_id(name)}"/>'
         '<w:lvlText w:val="%1."/>')
    face = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' \
        if bullet else ""
    return (f'<w:abstractNum w:abstractNumId="{abstract}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/>{mark}<w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{indent}"/></w:tabs>'
            f'<w:ind w:left="{indent}" w:hanging="{_STEP}"/></w:pPr>{face}</w:lvl>'
            "</w:abstractNum>")


def numbering_xml() -> str:
    """numbering.xml: the list styles' numberings (w:num n names w:abstractNum n - 1)."""
    abstract = [_level(first - 1 + level - 1, kind, level)
                for kind, first in _NUMBERED.items() for level in range(1, LIST_LEVELS + 1)]
    nums = [f'<w:num w:numId="{number}"><w:abstractNumId w:val="{number - 1}"/></w:num>'
            for number in range(1, 2 * LIST_LEVELS + 1)]
    return f"{_HEAD}<w:numbering {NAMESPACE}>{''.join(abstract)}{''.join(nums)}</w:numbering>"


def settings_xml() -> str:
    """settings.xml: what changes the layout, in the schema's order. The theme's East
    Asian language is Chinese (not the Japanese of Word's template, which has Word pick
    Japanese glyph forms), as the document defaults' is."""
    compat = "".join(
        f'<w:compatSetting w:name="{name}" w:uri="http://schemas.microsoft.com/office/word"'
        f' w:val="{value}"/>'
        for name, value in (("compatibilityMode", 14),
                            ("overrideTableStyleFontSizeAndJustification", 1),
                            ("enableOpenTypeFeatures", 1), ("doNotFlipMirrorIndents", 1)))
    return (f"{_HEAD}<w:settings {NAMESPACE}>"
            '<w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            f"<w:compat><w:useFELayout/>{compat}</w:compat>"
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


# Chinese faces Windows ships (a Chinese Word has them): named as they are. Any other
# Chinese face a document names (Noto / Source Han, a house style's FZ 小标宋) is described
# in the font table so that Word, on a machine without it, puts a Chinese face of the same
# kind in its place rather than a Latin one: GB2312's character set and, as its other name,
# the Windows face of its kind (宋体 for a serif, 微软雅黑 for a sans).
WINDOWS_CJK_FACES = frozenset({
    "SimSun", "宋体", "NSimSun", "新宋体", "SimHei", "黑体", "Microsoft YaHei", "微软雅黑",
    "FangSong", "仿宋", "KaiTi", "楷体", "DengXian", "等线"})
_STAND_INS = {"roman": "宋体", "swiss": "微软雅黑"}
_SANS_FACE = re.compile(r"Sans|Hei|Gothic|黑")


def font_table_xml(faces: list[str]) -> str:
    """fontTable.xml describing the Chinese *faces*, each once: its character set (GB2312)
    and kind (a sans by its name: "Noto Sans CJK SC", "SimHei", "微软雅黑"; else a serif),
    and a Windows face to stand in for one Windows does not ship."""
    entries: dict[str, str] = {}
    for face in faces:
        if face in entries:
            continue
        kind = "swiss" if _SANS_FACE.search(face) else "roman"
        other = "" if face in WINDOWS_CJK_FACES else \
            f'<w:altName w:val="{_STAND_INS[kind]}"/>'
        entries[face] = (f'<w:font w:name={quoteattr(face)}>{other}<w:charset w:val="86"/>'
                         f'<w:family w:val="{kind}"/><w:pitch w:val="variable"/></w:font>')
    return f"{_HEAD}<w:fonts {NAMESPACE}>{''.join(entries.values())}</w:fonts>"


def document_xml(footer: bool) -> str:
    """document.xml: an empty body on a US Letter page with Word's margins (the writers
    set the release's paper); the page footer named when *footer*."""
    reference = '<w:footerReference w:type="default" r:id="rIdFooter"/>' if footer else ""
    return (f"{_HEAD}<w:document {NAMESPACE} {_R} {_WP}><w:body><w:sectPr>{reference}"
            '<w:pgSz w:w="12240" w:h="15840"/>'
            '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" '
            'w:header="720" w:footer="720" w:gutter="0"/>'
            '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'
            "</w:document>")


def _relationships(targets: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
                    for rid, kind, target in targets)
    return f'{_HEAD}<Relationships xmlns="{_PACKAGE}">{items}</Relationships>'


def template_members(footer: bool) -> dict[str, str]:
    """The blank package's members (name → XML), the page footer's when *footer*."""
    parts = [("word/document.xml", f"{_TYPES}.document.main+xml"),
             ("word/styles.xml", f"{_TYPES}.styles+xml"),
             ("word/numbering.xml", f"{_TYPES}.numbering+xml"),
             ("word/settings.xml", f"{_TYPES}.settings+xml"),
             ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")]
    parts.append(("word/fontTable.xml", f"{_TYPES}.fontTable+xml"))
    word_rels = [("rIdStyles", f"{_OFFICE}/styles", "styles.xml"),
                 ("rIdNumbering", f"{_OFFICE}/numbering", "numbering.xml"),
                 ("rIdSettings", f"{_OFFICE}/settings", "settings.xml"),
                 ("rIdFontTable", f"{_OFFICE}/fontTable", "fontTable.xml")]
    if footer:
        parts.append(("word/footer1.xml", f"{_TYPES}.footer+xml"))
        word_rels.append(("rIdFooter", f"{_OFFICE}/footer", "footer1.xml"))
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{kind}"/>'
                        for name, kind in parts)
    types = (f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="xml" ContentType="application/xml"/>'
             '<Default Extension="rels" '
             'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             f"{overrides}</Types>")
    members = {
        "[Content_Types].xml": types,
        "_rels/.rels": _relationships([
            ("rIdDocument", f"{_OFFICE}/officeDocument", "word/document.xml"),
            ("rIdCore", f"{_PACKAGE}/metadata/core-properties", "docProps/core.xml")]),
        "word/_rels/document.xml.rels": _relationships(word_rels),
        "word/document.xml": document_xml(footer),
        "word/styles.xml": styles_xml(),
        "word/numbering.xml": numbering_xml(),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml([]),
        "docProps/core.xml": (
            f"{_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'),
    }
    if footer:
        members["word/footer1.xml"] = f"{_HEAD}<w:ftr {NAMESPACE} {_R}><w:p/></w:ftr>"
    return members


@functools.cache
def template_bytes(footer: bool = True) -> bytes:
    """The blank package as a .docx (stored, not compressed: it is opened, never sent)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, xml in template_members(footer).items():
            archive.writestr(zipfile.ZipInfo(name, date_time=FIXED_DATE), xml.encode())
    return out.getvalue()


def blank_document(footer: bool = True) -> Document:
    """A fresh python-docx document on our blank package (with the page footer when
    *footer*), its own to change."""
    import docx  # (python-docx loads when a Word file is first made)

    return docx.Document(io.BytesIO(template_bytes(footer)))
