"""How a release's pages and type are set: by its language, then by its house style.

One record, ``TypeSet``, is made once per layout (``type_set``) from the language's own
setting (the data below: Latin text, or Chinese text as Chinese offices print it) and the
house style's page and type settings (``conventions.paper`` and ``conventions.typesetting``:
a GB/T 9704 official-document profile is nothing but such settings). Every writer (the HTML
page, the PDF, the Word document, the e-mail, the editor's preview) reads the record; none
of them asks which language it prints.

Chinese text, as Chinese offices set it:

- Chinese faces first in every list of faces (a Latin face first would set the full-width
  quotes and punctuation of Chinese text in its own, narrow, shapes), Latin faces after;
- body paragraphs justified, their first line indented two characters;
- the title centred and bold, in a 黑体-class (sans) face;
- no italics, which Chinese faces do not have (a program slants the characters instead):
  emphasis prints with emphasis dots (着重号), a subtitle or credit upright.
"""

from __future__ import annotations

import math
import re

from ..field_rules import typesetting_problem
from ..json_values import JsonObject
from ..language_tag import is_chinese
from ..patterns import LazyPattern
from ..records import record, replace
from .typography import (
    BODY_PT,
    CJK_SANS,
    CJK_SERIF,
    LINE_SPACING,
    LINK,
    MUTED,
    SANS,
    SERIF,
    SUBTITLE_PT,
    TEXT,
    TITLE_PT,
)

# Paper sizes in millimetres, and the regions that use US Letter (the rest use A4).
PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
_LETTER_REGIONS = frozenset({"us", "ca", "mx", "ph", "pr"})
MM_PER_PT = 25.4 / 72

# The Chinese faces, in the order a Chinese reader's machine most likely has them: the
# open Noto / Source Han (思源) families, then the faces Windows ships (微软雅黑, 宋体,
# 黑体) and macOS's.
ZH_SERIF = ("Noto Serif CJK SC", "Source Han Serif SC", "思源宋体", "SimSun", "宋体",
            "Songti SC")
ZH_SANS = ("Noto Sans CJK SC", "Source Han Sans SC", "思源黑体", "Microsoft YaHei", "微软雅黑",
           "SimHei", "黑体", "PingFang SC")


@record(frozen=True)
class TypeSet:
    """The page and the type of one release (sizes in points, margins in millimetres)."""

    chinese: bool
    paper: str  # "a4" or "letter"
    # Top, right, bottom, left; None: each writer's usual margins.
    margins_mm: tuple[float, float, float, float] | None
    body_fonts: tuple[str, ...]  # the reading face (body, headline unless title_fonts)
    sans_fonts: tuple[str, ...]  # labels: the status line, section headings, the footer
    title_fonts: tuple[str, ...]
    body_pt: float
    title_pt: float
    subtitle_pt: float
    line_spacing: float  # lines apart, in the body's size (when no line_pitch_pt)
    line_pitch_pt: float  # exactly this far apart (an official document's grid); 0: none
    indent_chars: int  # the first line of a body paragraph, in characters
    justify: bool
    title_centered: bool
    italic: bool  # False: emphasis with dots (着重号), no slanted subtitles or credits
    chars_per_line: int  # the document grid of a Word document; 0: none
    lines_per_page: int

    @property
    def emphasis(self) -> str:
        """How emphasis (Markdown *…*) prints: "italic", or "dots" (着重号)."""
        return "italic" if self.italic else "dots"

    @property
    def paper_mm(self) -> tuple[float, float]:
        return PAPER_MM[self.paper]

    @property
    def tracking_pt(self) -> float:
        """The space added between characters (negative: taken) so that chars_per_line
        body characters fill the text's width (an official document's grid); 0 for none."""
        if not self.chars_per_line or self.margins_mm is None:
            return 0.0
        _, right, _, left = self.margins_mm
        width = (self.paper_mm[0] - left - right) / MM_PER_PT
        # Rounded down to a twentieth of a point (Word's unit), so the line holds them all.
        return math.floor((width / self.chars_per_line - self.body_pt) * 20) / 20

    def css_fonts(self, fonts: tuple[str, ...], generic: str, quote: str = '"') -> str:
        """A CSS font-family list of *fonts* (quoted where needed), then *generic*."""
        return ", ".join([*(f"{quote}{face}{quote}" if not face.isascii() or " " in face
                            or "-" in face or "_" in face else face for face in fonts),
                          generic])

    def word_faces(self, fonts: tuple[str, ...]) -> tuple[str, str]:
        """(the face for Latin text, the face for Chinese text) of a Word document, which
        names one face per script, not a list. Chinese text sets Latin letters, digits
        and quotes in its Chinese face too (full-width quotes, as Chinese prints them)."""
        east_asian = next((face for face in fonts if is_cjk_face(face)), ZH_SERIF[3])
        if self.chinese:
            return east_asian, east_asian
        return next((face for face in fonts if not is_cjk_face(face)), SERIF[0]), east_asian


_CJK_FACE = LazyPattern(r"CJK|Han |Sim|Song|Hei|Fang|Kai|YaHei|PingFang|Ming|GB|XiaoBiao|^ST",
                        re.IGNORECASE)


def is_cjk_face(face: str) -> bool:
    """Whether *face* is a Chinese (or other CJK) face, by its name."""
    return not face.isascii() or bool(_CJK_FACE.search(face))


LATIN = TypeSet(
    chinese=False, paper="a4", margins_mm=None,
    body_fonts=(*SERIF, *CJK_SERIF), sans_fonts=(*SANS, *CJK_SANS),
    title_fonts=(*SERIF, *CJK_SERIF),
    body_pt=BODY_PT, title_pt=TITLE_PT, subtitle_pt=SUBTITLE_PT, line_spacing=LINE_SPACING,
    line_pitch_pt=0, indent_chars=0, justify=False, title_centered=False, italic=True,
    chars_per_line=0, lines_per_page=0)

CHINESE = TypeSet(
    chinese=True, paper="a4", margins_mm=None,
    body_fonts=(*ZH_SERIF, *SERIF),
    sans_fonts=(*ZH_SANS, *SANS),
    title_fonts=(*ZH_SANS, *SANS),
    # 小四 body, 二号 title: the sizes of a Chinese office's Word documents.
    body_pt=12, title_pt=22, subtitle_pt=15, line_spacing=1.5, line_pitch_pt=0,
    indent_chars=2, justify=True, title_centered=True, italic=False,
    chars_per_line=0, lines_per_page=0)


def language_type(language: str) -> TypeSet:
    """The language's own setting: Chinese for zh-*, Latin otherwise; the paper by region."""
    base = CHINESE if is_chinese(language) else LATIN
    region = next((part.lower() for part in language.replace("_", "-").split("-")[1:]
                   if len(part) == 2), "")
    return replace(base, paper="letter") if region in _LETTER_REGIONS else base


def type_set(language: str, paper: str = "", settings: JsonObject | None = None
             ) -> TypeSet:
    """The setting of a release in *language* with its house's *paper* ("" for the
    language's) and page and type *settings* (conventions.typesetting, already checked by
    field_rules.typesetting_problem)."""
    base = language_type(language)
    changes: dict[str, object] = {}
    if paper:
        changes["paper"] = paper
    for key, value in (settings or {}).items():
        if typesetting_problem({key: value}) is not None:
            continue  # (a release made in code; files and profiles are checked on reading)
        if key == "margins_mm":
            top, right, bottom, left = (float(x) for x in value)
            changes[key] = (top, right, bottom, left)
        elif key.endswith("_fonts"):
            faces = tuple(face.strip() for face in value)
            # A house's faces first, then the language's: a machine without them still
            # sets Chinese in a Chinese face.
            changes[key] = (*faces, *(f for f in getattr(base, key) if f not in faces))
        elif key in ("chars_per_line", "lines_per_page"):
            changes[key] = int(value)
        else:
            changes[key] = float(value)
    return replace(base, **changes) if changes else base


# -- the web page and the PDF ------------------------------------------------------------


def css_variables(accent: str, setting: TypeSet = LATIN) -> str:
    """The page's custom properties: a web team restyles the release by overriding them."""
    title = (f"  --release-title: {setting.css_fonts(setting.title_fonts, 'sans-serif')};\n"
             if setting.title_fonts != setting.body_fonts else "")
    return (":root {\n"
            f"  --release-serif: {setting.css_fonts(setting.body_fonts, 'serif')};\n"
            f"  --release-sans: {setting.css_fonts(setting.sans_fonts, 'sans-serif')};\n"
            f"{title}"
            f"  --release-accent: {accent};\n"
            f"  --release-text: {TEXT};\n"
            f"  --release-muted: {MUTED};\n"
            f"  --release-link: {LINK};\n"
            "}")

_DOTS = ("font-style: normal; text-emphasis: filled dot; -webkit-text-emphasis: filled dot; "
         "text-emphasis-position: under right; -webkit-text-emphasis-position: under right;")
# Where text-emphasis is unknown (WeasyPrint 70, for the PDF): dots under the text.
_DOTS_FALLBACK = ("text-decoration: underline dotted; text-decoration-thickness: 0.12em; "
                  "text-underline-offset: 0.25em;")


def css_rules(setting: TypeSet) -> str:
    """The page's rules for *setting* beyond release.css (which sets Latin text): none
    for Latin text, the Chinese setting's or a house's otherwise."""
    rules: list[str] = []
    if setting.indent_chars or setting.justify:
        indent = f" text-indent: {setting.indent_chars}em;" if setting.indent_chars else ""
        justify = " text-align: justify;" if setting.justify else ""
        rules.append(f".release-body > p, .release-about > p {{{indent}{justify} }}")
    if setting.title_fonts != setting.body_fonts:
        rules.append(".release-headline { font-family: var(--release-title); }")
    if setting.title_centered:
        rules.append(".release-headline, .release-subheadline, .release-line, .release-lead-in, "
                     ".release-header .release-status { text-align: center; }")
    if not setting.italic:
        rules.append(".release-subheadline, .release-photo-credit { font-style: normal; }")
        rules.append(f"em {{ {_DOTS} }}")
    if setting.body_pt != LATIN.body_pt or setting.title_pt != LATIN.title_pt \
            or setting.line_pitch_pt:
        pitch = (f" .release-body p, .release-body li {{ line-height: "
                 f"{setting.line_pitch_pt:g}pt; }}" if setting.line_pitch_pt else "")
        if setting.tracking_pt:
            pitch += (f" .release-body, .release-about {{ letter-spacing: "
                      f"{setting.tracking_pt:g}pt; }}")
        rules.append(f"@media print {{ body {{ font-size: {setting.body_pt:g}pt; }} "
                     f".release-headline {{ font-size: {setting.title_pt:g}pt; }}{pitch} }}")
    return "\n".join(rules)


def print_emphasis_css(setting: TypeSet) -> str:
    """For the PDF's layout engine, which knows no emphasis dots: dots under the text."""
    return "" if setting.italic else f"em {{ {_DOTS_FALLBACK} }}\n"


# -- the editor's preview and printing (Qt's rich text: a subset of CSS) -----------------


def qt_css(setting: TypeSet, indent_px: float, elements: bool = False) -> str:
    """Rules for Qt's rich text beyond the preview's style sheets, for *setting*.

    Qt knows no em for text-indent (*indent_px*: the characters' width at the shown size),
    no "justify" in a style sheet (the HTML writer writes it on the paragraphs:
    HtmlOptions.justify) and no
    emphasis dots: emphasis shows bold and upright there. *elements*: each class named with
    the element the HTML writer puts it on, as the Web page tab's sheet names them
    (preview-web.css: Qt then matches the rule against that element only)."""
    p, span, section, div = ("p", "span", "section", "div") if elements else ("", "", "", "")
    rules = [f"body {{ font-family: {setting.css_fonts(setting.body_fonts, 'serif')}; }}",
             f"{p}.release-status, {section}.release-contacts h2, {section}.release-about h2, "
             f"{p}.page-footer "
             f"{{ font-family: {setting.css_fonts(setting.sans_fonts, 'sans-serif')}; }}"]
    if setting.title_fonts != setting.body_fonts:
        rules.append(f"h1 {{ font-family: {setting.css_fonts(setting.title_fonts, 'serif')}; }}")
    if setting.title_centered:
        rules.append(f"h1, {p}.release-subheadline, {p}.release-line, {p}.release-lead-in "
                     "{ text-align: center; }")
    if setting.indent_chars:
        rules.append(f"{div}.release-body p, {section}.release-about p "
                     f"{{ text-indent: {round(setting.indent_chars * indent_px)}px; }}")
    if not setting.italic:
        # (and the anchors short_runs cuts long texts into: Qt gives an anchor the style of
        # the first rule that styled its parent, not the parent's overridden one)
        rules.append(f"{p}.release-subheadline, {span}.release-photo-credit, "
                     f"{p}.release-subheadline a, {span}.release-photo-credit a "
                     "{ font-style: normal; }")
        rules.append("em { font-style: normal; font-weight: bold; }")
    return "\n".join(rules)
