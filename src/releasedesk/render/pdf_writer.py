"""PDF writer: the HTML page in its print style, laid out by WeasyPrint as a tagged PDF/UA-1.

Why WeasyPrint (BSD) and not Qt's PDF writer: it writes tagged PDF/UA-1 (structure, title,
language, embedded fonts, live links) that government sites must publish, it lays out the
same HTML and CSS as the web page, and it keeps the command line free of Qt. It needs the
Pango library (Linux: libpango-1.0-0 and libpangoft2-1.0-0; Windows: the GTK runtime that
WeasyPrint's documentation names); without it, PDF export says so in one sentence.

The page is the Word document's (pdf_style.py: its paper, margins, sizes, spacing and
footer), so a release takes the same pages in both. Every page carries the standard footer
(a running element, so it is in the page's foot once, never again at the end of the text)
and its number, "1 / 2".

Photos: the page names its images in the folder beside it (``story_files/``); WeasyPrint
gets them from the layout's web copies through a fetcher that serves those files and
refuses every other address, so a PDF never reaches the network. Each image keeps its alt
text, which the tagged PDF carries for screen readers.
"""

from __future__ import annotations

import html
import re
import struct
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol
from urllib.parse import quote

from ..errors import N_, ReleaseDeskError
from ..native_libraries import found_in_process
from ..records import replace
from .context import ExportContext
from .docx_styles import CONTACT_PT, HEADING_PT
from .html_writer import page_css, render_page
from .keeps import KeepPlan, layout_plan
from .layout import Layout
from .pdf_addresses import JOINER, keep_addresses
from .pdf_spaces import spaces_apart
from .pdf_streams import finish_streams
from .pdf_style import WORD_SINGLE_LINE, LineRatio, page_margins_pt, print_css
from .typesetting import LATIN, MM_PER_PT, TypeSet, print_emphasis_css

PAPER_SIZES = {"a4": "A4", "letter": "letter"}


def pdf_css(paper: str = "a4", layout: Layout | None = None,
            ratio: LineRatio | None = None) -> str:
    """The print additions for a PDF page of the given paper size: the Word document's
    page and styles (pdf_style.py) for the layout's setting (typesetting.py), its lines
    spaced by *ratio* (the faces' own lines; by default this machine's, as the PDF sets
    them). With *layout*: the contacts and About blocks are kept on one page only as far
    as they fit on one, as the Word document keeps them (keeps.py)."""
    size = PAPER_SIZES.get(paper, "A4")
    setting = _paper_setting(layout, paper)
    footer_lines = 1 if layout is None else \
        max(1, len(layout.footer)) + len(layout.portal_footer)
    if ratio is None:
        with lent_faces() as faces:
            css = print_css(setting, size, faces.ratio, footer_lines)
    else:
        css = print_css(setting, size, ratio, footer_lines)
    css += print_emphasis_css(setting)
    if layout is None:
        return css
    plan = word_keep_plan(layout, setting)
    if not plan.contacts:
        css += ".release-contacts { break-inside: auto; }\n"
    if not plan.about:
        css += ".release-about { break-inside: auto; }\n"
    if not plan.contacts_with_about:
        css += ".release-contacts:has(+ .release-about) { break-after: auto; }\n"
    return css


def _paper_setting(layout: Layout | None, paper: str) -> TypeSet:
    """The layout's setting (Latin's without one) on *paper* (A4 for an unknown one)."""
    return replace(layout.type if layout is not None else LATIN,
                   paper=paper if paper in PAPER_SIZES else "a4")


def word_keep_plan(layout: Layout, setting: TypeSet) -> KeepPlan:
    """The keeps the Word document makes (docx_writer._keep_plan), on the same page."""
    top, right, bottom, left = page_margins_pt(setting)
    width, height = (mm / MM_PER_PT for mm in setting.paper_mm)
    line = (setting.line_pitch_pt / setting.body_pt if setting.line_pitch_pt
            else WORD_SINGLE_LINE * setting.line_spacing)
    return layout_plan(layout, width - left - right, height - top - bottom,
                       max(CONTACT_PT, setting.body_pt - 1), line)


# -- the faces' lines -------------------------------------------------------------

class FontConfig(Protocol):
    """What this module takes of WeasyPrint's FontConfiguration (WeasyPrint has no type
    information): its Pango font map, a C pointer handed back to Pango as it is."""

    font_map: object


class _Faces:
    """A WeasyPrint FontConfiguration and the faces' lines measured with it, made at the
    first PDF and kept for the next ones (lent_faces). A new configuration reads the font
    list again and loads each face anew, and its first layouts find each face for each size
    and script again: about a tenth of an export. The style sheets parsed with it are kept
    too (sheet). (A face installed while the program runs is used from its next start.)"""

    def __init__(self) -> None:
        self.config: FontConfig | None = None
        self.ratios: dict[tuple[tuple[str, ...], bool], float] = {}
        self.sheets: dict[str, object] = {}

    def kept(self) -> FontConfig:
        if self.config is None:
            with found_in_process():
                from weasyprint.text.fonts import FontConfiguration

            self.config = FontConfiguration()
        return self.config

    def sheet(self, text: str) -> object | None:
        """The style sheet *text* parsed by WeasyPrint (a CSS), parsed once: the page's
        two sheets take about a twentieth of a warm export to parse. None for a sheet that
        asks WeasyPrint for more than rules (_OWN_STATE): the page carries such a sheet."""
        if any(word in text for word in _OWN_STATE):
            return None
        config = self.kept()
        parsed = self.sheets.pop(text, None)
        if parsed is None:
            import weasyprint

            parsed = weasyprint.CSS(string=text, base_url=PHOTO_BASE,
                                    url_fetcher=fetcher(), font_config=config)
        self.sheets[text] = parsed  # (the last used last)
        while len(self.sheets) > _SHEETS_KEPT:
            del self.sheets[next(iter(self.sheets))]
        return parsed

    def ratio(self, faces: tuple[str, ...], bold: bool) -> float:
        """face_line_ratio(faces, bold) with the kept configuration, measured once."""
        config = self.kept()
        key = (faces, bold)
        if key not in self.ratios:
            self.ratios[key] = face_line_ratio(faces, bold, config)
        return self.ratios[key]


# At-rules that a parsed sheet holds state of the document for (fonts to fetch, counter
# styles and layers WeasyPrint keeps per document, sheets to import): ReleaseDesk's sheets
# have none; a sheet with one is given to WeasyPrint in the page, parsed with it.
_OWN_STATE = ("@font-face", "@counter-style", "@layer", "@import")
# Sheets kept per configuration: a page's own sheet (one per house setting, accent and
# kind) and the print sheet (one per paper, setting and keeps), for the releases exported
# lately.
_SHEETS_KEPT = 16

# The configurations no export is using now, the one given back last at the end. A Pango
# font map must not be used by two threads at once, so each is lent to one export at a
# time; but it may go from one thread to another. (It is not kept per thread: the editor
# runs each export as a job of a thread pool, and a pool thread's Python state, with all
# it kept, ends with each job, so every export in the editor made a configuration anew.)
_IDLE: list[_Faces] = []
_IDLE_LOCK = threading.Lock()
# Configurations kept for later exports: as many as exports have run at once, up to this.
_IDLE_KEPT = 2


@contextmanager
def lent_faces(keep: bool = True) -> Iterator[_Faces]:
    """A configuration (_Faces) for one export, in any thread: the one given back last that
    no other export is using, else a new one; given back, to be kept, afterwards. With
    *keep* False: a new one, never kept (for a page whose own fonts it will hold)."""
    if not keep:
        yield _Faces()
        return
    with _IDLE_LOCK:
        faces = _IDLE.pop() if _IDLE else _Faces()
    try:
        yield faces
    finally:
        with _IDLE_LOCK:
            _IDLE.append(faces)
            del _IDLE[:-_IDLE_KEPT]


def warm() -> bool:
    """Whether a font configuration is kept for the next export (a PDF was written in this
    process, and no export is writing one with it now)."""
    with _IDLE_LOCK:
        return bool(_IDLE)


def face_line_ratio(faces: tuple[str, ...], bold: bool = False,
                    config: FontConfig | None = None) -> float:
    """The line of the face Pango sets *faces* in, as a multiple of its size: what Word's
    and LibreOffice's single line is for that face (ascent, descent and line gap of its
    hhea table, or of its OS/2 table when the face asks for those)."""
    with found_in_process():
        from weasyprint.text.ffi import ffi, gobject, pango
        from weasyprint.text.fonts import get_pango_font_hb_face

    if config is None:
        with lent_faces() as lent:
            return face_line_ratio(faces, bold, lent.kept())
    font_map = config.font_map
    context = ffi.gc(pango.pango_font_map_create_context(font_map), gobject.g_object_unref)
    description = ffi.gc(pango.pango_font_description_new(),
                         pango.pango_font_description_free)
    pango.pango_font_description_set_family(description, ",".join(faces).encode())
    pango.pango_font_description_set_absolute_size(description, 12 * 1024)
    if bold:
        pango.pango_font_description_set_weight(description, 700)
    font = pango.pango_font_map_load_font(font_map, context, description)
    ratio = 1.2  # (no face at all: CSS's usual "normal")
    if font != ffi.NULL:
        face = get_pango_font_hb_face(font)
        ratio = _face_line(_table(face, b"hhea"), _table(face, b"OS/2"),
                           _upem(face)) or ratio
        gobject.g_object_unref(font)
    return ratio


def _table(face: object, tag: bytes) -> bytes:
    """The bytes of a HarfBuzz face's table *tag* (b"" where it has none). A face, as
    WeasyPrint's get_pango_font_hb_face gives it, is a C pointer only HarfBuzz takes apart."""
    from weasyprint.text.ffi import ffi, harfbuzz

    blob = harfbuzz.hb_face_reference_table(face, harfbuzz.hb_tag_from_string(tag, 4))
    try:
        length = ffi.new("unsigned int *")
        data = harfbuzz.hb_blob_get_data(blob, length)
        return bytes(ffi.unpack(data, length[0])) if length[0] else b""
    finally:
        harfbuzz.hb_blob_destroy(blob)


def _upem(face: object) -> int:
    from weasyprint.text.ffi import harfbuzz

    return int(harfbuzz.hb_face_get_upem(face))


def _face_line(hhea: bytes, os2: bytes, upem: int) -> float:
    """A face's line as a multiple of its size, from its tables (0.0: unknown)."""
    ascent = descent = gap = 0
    if len(hhea) >= 10:
        ascent, descent, gap = struct.unpack(">hhh", hhea[4:10])
    # USE_TYPO_METRICS (fsSelection bit 7), or no hhea metrics: the OS/2 typo metrics.
    if len(os2) >= 74 and (struct.unpack(">H", os2[62:64])[0] & 0x80
                           or ascent == descent == 0):
        ascent, descent, gap = struct.unpack(">hhh", os2[68:74])
    line = ascent - descent + max(gap, 0)
    return round(line / upem, 4) if upem and line > 0 else 0.0


def write_pdf(layout: Layout, context: ExportContext, paper: str | None = None) -> bytes:
    """The release as a tagged PDF/UA-1 document's bytes, on *paper* (by default the
    layout's: typesetting.py), its page styled by the context's style sheets."""
    paper = paper or layout.paper
    try:
        with found_in_process():  # (its libraries found without starting processes)
            import weasyprint  # noqa: F401  (whether PDF export can run here)
    except (ImportError, OSError) as exc:
        raise ReleaseDeskError(N_(
            "PDF export needs WeasyPrint and the Pango text library, which are not "
            "available here ({reason}); the other formats still work.")
            , reason=str(exc).splitlines()[0][:120]) from exc
    own_css = page_css(layout, context.stylesheets)
    # A page with fonts of its own (@font-face) adds them to the configuration it is laid
    # out with: it gets one of its own, which no other export is given.
    with lent_faces(keep="@font-face" not in own_css) as faces:
        return _pdf_with(layout, context, paper, faces, own_css)


def _pdf_with(layout: Layout, context: ExportContext, paper: str, faces: _Faces,
              own_css: str) -> bytes:
    """write_pdf with the configuration *faces*, lent to this export, and the page's own
    style sheet *own_css*."""
    import weasyprint

    # The page's style, then the print style, and the footer running in every page's foot.
    # The two sheets are handed to WeasyPrint parsed (kept with the configuration:
    # _Faces.sheet), the page without them: WeasyPrint's cascade of 'user' sheets after none
    # of the author's is the cascade of the page's <style> elements, as the PDFs' bytes show
    # (tests/test_pdf_kept_engine.py).
    texts = (own_css, pdf_css(paper, layout, faces.ratio))
    styled = any(word in text for text in texts for word in _OWN_STATE)  # (as sheet says)
    # (no text of it ends in a space WeasyPrint would break its line early for: pdf_spaces;
    # no address breaks at a hyphen: pdf_addresses, which the page's sheet then follows)
    page = spaces_apart(break_long_runs(render_page(layout, context.stylesheets, texts[1],
                                                    running_footer=True, styled=styled)))
    page, kept_css = keep_addresses(page, own_css)
    sheets = [faces.sheet(kept_css), faces.sheet(texts[1])]
    if not styled and words_fit(page, own_css, _paper_setting(layout, paper)):
        sheets.append(faces.sheet(WORDS_FIT_CSS))
    html = weasyprint.HTML(string=page, base_url=PHOTO_BASE, url_fetcher=photo_fetcher(layout))
    # Its streams compressed by pdf_streams (no zero kernings, zlib's default level).
    pdf: bytes = html.write_pdf(pdf_variant="pdf/ua-1", font_config=faces.kept(),
                                stylesheets=None if styled else sheets,
                                finisher=finish_streams)
    return pdf


# -- over-long words ------------------------------------------------------------
#
# WeasyPrint (70) breaks a word too long for its line (overflow-wrap: anywhere) by laying
# out again all the text left in the paragraph from that line on, for every such line:
# a paragraph of over-long words took time quadratic in its length (80 words of 800
# letters: 42 s). A break opportunity every few characters lets Pango break those words
# where a line ends without that fallback. Only runs that are about a line wide or wider
# get them: normal text is laid out as before, byte for byte.

# The break: a zero width space (a line may break after it) after a zero width non-joiner.
# Without the joiner, HarfBuzz forms a ligature over the space ("f\u200bf" → "ﬀ") whose
# glyph WeasyPrint maps to no text: the letters were lost to copying and searching.
RUN_BREAK = "\u200c\u200b"
# A run wider than this (in ems, by _width_em) gets breaks: about the body's line (A4's
# 170 mm at 11 pt is 43.8 em), so a word that fits on a line stays whole.
LONG_RUN_EM = 40.0
# Characters between two breaks: 8 of the widest (about 1.1 em in bold) fit the narrowest
# line of a page (the headline's, about 21 em); a line that ends inside a broken run ends
# at most 8 characters short.
RUN_CHUNK = 8
# The most characters of broken runs in one inline box, about (_boxed).
_BOX = 4096
# Characters with no break opportunity between them, as far as Pango goes: everything but
# the spaces a line may break at (not the no-break ones: U+00A0, U+2007, U+202F join) and
# the scripts that break between any two characters (CJK ideographs, kana, Hangul,
# full-width forms). An entity (&amp;) is one character of the text.
_RUN = re.compile(r"(?:&#?\w+;|[^ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200b\u205f\u3000"
                  r"<>&\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f"
                  r"\uff00-\uffef\U00020000-\U0003ffff])+")
_UNIT = re.compile(r"&#?\w+;|.", re.DOTALL)
_TAG = re.compile(r"(<[^>]*>)")
# Widths in ems, at least those of the widest serif the page names that is on a machine
# (DejaVu Serif, measured): narrow letters and marks, other lower-case Latin and digits,
# and everything else (capitals, m, w, other scripts, symbols).
_NARROW = frozenset("fijlt!'(),-./:;[\\]|")
_MIDDLE = frozenset("abcdeghknopqrsuvxyz0123456789\"$*?_`{}"
                    "ßàáâãäåçèéêëìíîïñòóôõöøùúûüýÿ")
_NARROW_EM, _MIDDLE_EM, _WIDE_EM = 0.4, 0.65, 1.05
# No run shorter than this is wider than LONG_RUN_EM: shorter runs are not measured.
_SHORTEST_LONG_RUN = int(LONG_RUN_EM / _WIDE_EM) + 1
# Where such a run may be: as many characters in a row that are none of the usual spaces
# (a run's characters are among them). Text without such a stretch is not searched for runs.
_MAYBE_RUN = re.compile(rf"[^ \t\n\r\f\v<>]{{{_SHORTEST_LONG_RUN},}}")


def break_long_runs(page: str) -> str:
    """*page* with breaks inside the over-long runs of its body's text (not in its tags,
    nor in its head: the title, the metadata and the addresses stay as they are)."""
    start = page.find("<body>")
    if start < 0:
        return page
    pieces = _TAG.split(page[start:])
    for index in range(0, len(pieces), 2):  # the text between tags
        if len(pieces[index]) >= _SHORTEST_LONG_RUN and _MAYBE_RUN.search(pieces[index]):
            broken = _RUN.sub(_broken_run, pieces[index])
            if broken != pieces[index]:
                pieces[index] = _boxed(broken)
    return page[:start] + "".join(pieces)


def _boxed(text: str) -> str:
    """*text* (with breaks) in spans of about _BOX characters, each ending at a break.

    WeasyPrint encodes and decodes all the text of an inline box again for each of its
    lines: time in the square of a paragraph's text when it is one box (the breaks make
    it non-ASCII, which makes those slower still: 160 words of 800 letters took 2.6 times
    as long as 80)."""
    if len(text) <= _BOX:
        return text
    out: list[str] = []
    start = 0
    while start < len(text):
        cut = text.find(RUN_BREAK, start + _BOX)
        end = len(text) if cut < 0 else cut + len(RUN_BREAK)
        out.append(f"<span>{text[start:end]}</span>")
        start = end
    return "".join(out)


def _broken_run(match: re.Match[str]) -> str:
    run = match[0]
    if len(run) < _SHORTEST_LONG_RUN:
        return run
    units = _UNIT.findall(run)
    if _width_em(units) <= LONG_RUN_EM:
        return run
    out: list[str] = []
    since = 0
    previous = ""
    for unit in units:
        if since >= RUN_CHUNK and _may_break_before(previous, unit):
            out.append(RUN_BREAK)
            since = 0
        out.append(unit)
        since += 1
        previous = unit
    return "".join(out)


def _width_em(units: list[str]) -> float:
    """About the widest *units* (characters; an entity is one) can be printed."""
    return sum(_NARROW_EM if unit in _NARROW else _MIDDLE_EM if unit in _MIDDLE
               else _WIDE_EM for unit in units)


def _may_break_before(previous: str, unit: str) -> bool:
    """Whether a break between *previous* and *unit* keeps every character whole: not
    before a combining mark, a joiner, a variation selector or a skin tone, not after a
    joiner, not inside a flag's pair of letters."""
    if previous == "\u200d":
        return False
    if len(unit) > 1:  # an entity
        return True
    if unicodedata.category(unit) in ("Mn", "Mc", "Me", "Sk", "Cf"):
        return False
    if "\ufe00" <= unit <= "\ufe0f" or "\U000e0100" <= unit <= "\U000e01ef":
        return False
    return not ("\U0001f1e6" <= unit <= "\U0001f1ff" and "\U0001f1e6" <= previous <= "\U0001f1ff")


# -- words that always fit ------------------------------------------------------
#
# The page's release wraps a word too wide for its line anywhere (release.css:
# overflow-wrap). WeasyPrint honours that by giving every Pango layout of the release's
# text one more attribute (about three layouts a line, and each text drawn): a tenth of a
# warm export. Where no word can be too wide for any line of the release, the wrap never
# happens, and the PDF's sheet turns it off (WORDS_FIT_CSS): the same lines, the same page.
#
# "Cannot be too wide" is judged with room to spare: a run of characters between two
# spaces, as wide as its characters can be (_width_em, then _BOLD_SPARE for bold and the
# sans faces), in the largest size of its part of the release (the header's title, a
# heading, the text), with the widest letter spacing, must fit the narrowest line
# (the text's width less the indent, and _NEST_PT for each list, quotation or description
# the text is in at the deepest). A link's address, printed after it, counts as text.
# And only characters whose line breaks Pango takes the same with that attribute or
# without it: printable ASCII and Latin-1 (not the soft hyphen U+00AD nor the acute accent
# U+00B4, before which a line may break in a word), typographic quotes, dashes, the
# ellipsis, the bullet, the euro and trade marks, the word joiner pdf_addresses puts
# after an address's hyphens (it only takes breaks away, and a word is measured whole);
# an em dash only after a space (a line may break before it).

# (A kind's panel lays its terms out in a grid whose columns are as wide as its words
# are: it wraps as before.)
WORDS_FIT_CSS = (".press-release { overflow-wrap: normal; }\n"
                 ".release-panel { overflow-wrap: anywhere; }\n")
_BOLD_SPARE = 1.25
_NEST_PT = 60.0  # (40 px on both sides: the user agent's most, for a quotation)
_NESTS = re.compile(r"<(/?)(?:ul|ol|blockquote|dl|dd|menu)\b", re.IGNORECASE)
_UNSAFE = re.compile("[^\x20-\x7e\xa0-\xac\xae-\xb3\xb5-\xff\u2013\u2014\u2018\u2019"
                     f"\u201c\u201d\u2022\u2026\u20ac\u2122{JOINER}\n]|[^ \n]\u2014")
_WORDS = re.compile(r"[^ \t\n\r\f\v]+")
_HEADINGS = re.compile(r"<h[2-6]\b.*?</h[2-6]>", re.DOTALL | re.IGNORECASE)
_END_MARKS = re.compile(r"<p class=\"release-end-mark\">.*?</p>", re.DOTALL)
_BREAKS = re.compile(r"<br\b[^>]*>", re.IGNORECASE)
_LINKED = re.compile(r"""<a\b[^>]*?\bhref="(https?:[^"]*)"[^>]*>(.*?)</a>""",
                     re.DOTALL | re.IGNORECASE)
# The generated text the page's own sheet may have: a link's address after it.
_CONTENT = re.compile(r"(?<![\w-])content\s*:")
_PRINTED_ADDRESS = re.compile(r"""content:\s*" \(" attr\(href\) "\)"\s*[;}]""")


def words_fit(page: str, own_css: str, setting: TypeSet) -> bool:
    """Whether no word of *page*'s release (its <article>) can be wider than its line in
    the PDF, *own_css* being the page's own sheet: then WORDS_FIT_CSS leaves the PDF as
    it is (see above)."""
    if len(_CONTENT.findall(own_css)) != len(_PRINTED_ADDRESS.findall(own_css)):
        return False  # (the sheet generates other text)
    start, end = page.find("<article"), page.rfind("</article>")
    split = page.find("</header>", start)
    if start < 0 or end < 0 or "\t" in page[start:end]:
        return False
    split = split if start < split < end else start
    _, right, _, left = page_margins_pt(setting)
    depth = deepest = 0
    for match in _NESTS.finditer(page, start, end):
        depth += -1 if match[1] else 1
        deepest = max(deepest, depth)
    width = (setting.paper_mm[0] / MM_PER_PT - left - right - deepest * _NEST_PT
             - setting.indent_chars * setting.body_pt)
    tracking = max(0.0, setting.tracking_pt)
    header, body = page[start:split], page[split:end]
    headings = "\n".join(_HEADINGS.findall(body))
    marks = "\n".join(_END_MARKS.findall(body))
    text = _END_MARKS.sub("\n", _HEADINGS.sub("\n", body))
    # (each part: its text, its largest size, its widest letter spacing in pdf_style)
    parts = ((header, max(setting.title_pt, setting.subtitle_pt), 0.6),
             (headings, max(HEADING_PT.values()), 0.4),
             (marks, setting.body_pt, 2.0),
             (text, max(setting.body_pt, CONTACT_PT), 0.0))
    return all(_fits(markup, size, width, tracking + spacing)
               for markup, size, spacing in parts)


def _fits(markup: str, size_pt: float, width_pt: float, spacing_pt: float) -> bool:
    """Whether every word of *markup*'s text fits *width_pt* at *size_pt*."""
    text = html.unescape(_TAG.sub("", _BREAKS.sub("\n", _LINKED.sub(r"\2 (\1)", markup))))
    if _UNSAFE.search(text):
        return False
    # (a word of no more letters than *shortest* fits however wide its letters are)
    shortest = width_pt / (_WIDE_EM * _BOLD_SPARE * size_pt + spacing_pt)
    return all(len(word) * spacing_pt
               + _width_em(list(word)) * _BOLD_SPARE * size_pt <= width_pt
               for word in _WORDS.findall(text) if len(word) > shortest)


# What relative addresses in the page resolve against: a name that can never be fetched.
PHOTO_BASE = "https://photos.releasedesk.invalid/"


def photo_fetcher(layout: Layout) -> object:
    """A WeasyPrint URL fetcher serving the page's photos from memory, and nothing else
    (an object only WeasyPrint calls)."""
    folder = f"{PHOTO_BASE}{quote(layout.media_folder)}/"
    served = {folder + name: (photo.photo, width)
              for photo in layout.photos for width, _, name in photo.files}

    def serve(url: str) -> tuple[bytes, str]:
        if url not in served:
            raise ValueError(f"{url} is not one of the release's photos")
        photo, width = served[url]
        kind = "image/png" if url.endswith(".png") else "image/jpeg"
        return layout.photo_copies().copy(photo, width), kind

    return fetcher(serve)


def fetcher(serve: Callable[[str], tuple[bytes, str]] | None = None) -> object:
    """A WeasyPrint URL fetcher that answers with *serve(url)* (bytes and their type), and
    never reaches the network; without *serve*, one that fetches nothing (a kept style
    sheet's: no sheet that would fetch is kept, _OWN_STATE)."""
    from weasyprint import urls

    class Fetcher(urls.URLFetcher):  # type: ignore[misc]  # WeasyPrint is untyped
        def fetch(self, url: str, headers: object = None) -> object:
            if serve is None:
                raise ValueError(f"{url}: a kept style sheet fetches nothing")
            data, kind = serve(url)
            return urls.URLFetcherResponse(url, data, {"Content-Type": kind})

    return Fetcher()
