"""The PDF's print style: the Word document's styles (docx_styles.py) said in CSS.

A release printed from the PDF and from the Word document looks alike and takes the same
pages: the same paper and margins, the same sizes, faces, colours and spacing of each kind
of paragraph, the footer in the page's foot where Word puts it.

Word spaces lines by the face: "1.3 lines" is 1.3 times the face's own line (its ascent
plus descent, about 1.16 times the size for DejaVu Serif, 1.44 for Noto CJK), where CSS
spaces them by the size alone. So the sheet is made for the faces this machine sets the
text in (*ratios*: a face list's line as a multiple of its size, from the PDF's layout
engine), and says each line height in points. The space between two paragraphs is the
larger of the one's space after and the other's space before, in Word as in CSS (margins
collapse); a list's items, like Word's list styles (contextual spacing), have none
between them.
"""

from __future__ import annotations

from collections.abc import Callable

from .docx_styles import CONTACT_PT, HEADING_PT
from .typesetting import TypeSet
from .typography import FOOTER_PT, LABEL_PT, LINK, MUTED, RULE, SMALL_PT, SOFT, SUBTLE, TEXT

# A face list's line height as a multiple of the size: (faces, bold) -> ratio.
LineRatio = Callable[[tuple[str, ...], bool], float]

# Word's template (python-docx's): the footer's foot 0.5 in above the paper's edge; the
# page's margins where the house sets none (top, right, bottom, left), as docx_writer's.
FOOTER_DISTANCE_PT = 36.0
WORD_MARGINS_PT = (72.0, 90.0, 72.0, 90.0)
# Word's list styles: each level 0.25 in further in, the text a hanging 0.25 in after the
# bullet or number; List Continue's paragraphs at the text.
LIST_INDENT_PT = 18.0
# Word's single line for the keeps' estimate (docx_writer._keep_plan): 1.15 times the size.
WORD_SINGLE_LINE = 1.15
# The mono face of code (docx_styles.faces).
MONO = ("Courier New",)

# Faces a machine without the first has in the same metrics (as LibreOffice and fontconfig
# substitute them): Arial's widths, not DejaVu Sans's, so lines break where Word's do.
METRIC_TWINS = {
    "arial": ("Liberation Sans", "Arimo", "Nimbus Sans"),
    "helvetica": ("Liberation Sans", "Arimo", "Nimbus Sans"),
    "times new roman": ("Liberation Serif", "Tinos", "Nimbus Roman"),
    "courier new": ("Liberation Mono", "Cousine", "Nimbus Mono PS"),
}


def with_twins(faces: tuple[str, ...]) -> tuple[str, ...]:
    """*faces* with each face's metric twins right after it (once each)."""
    out: list[str] = []
    for face in faces:
        for name in (face, *METRIC_TWINS.get(face.lower(), ())):
            if name not in out:
                out.append(name)
    return tuple(out)


def page_margins_pt(setting: TypeSet) -> tuple[float, float, float, float]:
    """The page's margins (top, right, bottom, left) in points: the house's, else Word's."""
    if setting.margins_mm is None:
        return WORD_MARGINS_PT
    top, right, bottom, left = (mm * 72 / 25.4 for mm in setting.margins_mm)
    return top, right, bottom, left


def print_css(setting: TypeSet, size: str, ratio: LineRatio, footer_lines: int) -> str:
    """The PDF's page and paragraphs as Word sets them, for *setting* on paper *size*,
    with *footer_lines* lines in the page's foot."""
    serif = with_twins(setting.body_fonts)
    sans = with_twins(setting.sans_fonts)
    title = with_twins(setting.title_fonts)
    mono = with_twins(MONO)
    body = setting.body_pt
    pitch = setting.line_pitch_pt

    def line(faces: tuple[str, ...], size_pt: float, spacing: float | None = None,
             bold: bool = False, exact: float | None = None) -> str:
        """A line height in points: Word's *spacing* lines of *faces* (the Normal
        style's by default), or the grid's pitch, or *exact*."""
        if exact is not None:
            return f"{exact:.2f}pt"
        if spacing is None:
            if pitch:
                return f"{pitch:.2f}pt"
            spacing = setting.line_spacing
        return f"{size_pt * spacing * ratio(faces, bold):.2f}pt"

    def family(faces: tuple[str, ...], generic: str) -> str:
        return setting.css_fonts(faces, generic)

    top, right, bottom, left = page_margins_pt(setting)
    footer_line = FOOTER_PT * 1.3 if pitch else FOOTER_PT * 1.15 * ratio(sans, False)
    # Word's footer grows up into the page when its lines need more than the margin leaves.
    footer_room = FOOTER_DISTANCE_PT + footer_lines * footer_line
    # Word lets the room a page's last line leaves under its letters (the spacing beyond
    # a single line) reach into the bottom margin: a page holds as many lines as Word's.
    slack = 0.0 if pitch else max(0.0, body * (setting.line_spacing - 1) * ratio(serif, False))
    if setting.margins_mm is not None and footer_room <= bottom and not slack:
        margin = " ".join(f"{mm:g}mm" for mm in setting.margins_mm)
    else:
        margin = " ".join(f"{pt:.2f}pt" for pt in
                          (top, right, max(bottom, footer_room) - slack, left))
    after = 0 if pitch else 8  # Normal's space after a paragraph
    indent = (f"text-indent: {setting.indent_chars * body:g}pt;"
              if setting.indent_chars else "text-indent: 0;")
    align = "justify" if setting.justify else "start"  # (from the right in a dir="rtl" one)
    centre = "center" if setting.title_centered else "left"
    heading_rules = "\n".join(
        f".release-body h{level} {{ font-size: {size:g}pt; line-height: "
        f"{line(serif, size, bold=True)}; }}" for level, size in HEADING_PT.items())
    title_exact = max(pitch, setting.title_pt * 1.3) if pitch else None
    contact_pt = max(CONTACT_PT, body - 1)
    about_pt = max(10, body - 1)
    sections = ".release-contacts h2, .release-about h2, .release-panel h2"
    return f"""
@page {{
  size: {size};
  margin: {margin};
  @bottom-left {{
    content: element(release-footer);
    vertical-align: top;
    width: 80%;
    padding-top: {slack:.2f}pt;
  }}
  @bottom-right {{
    content: counter(page) " / " counter(pages);
    width: 20%;
    text-align: right;
    vertical-align: top;
    padding-top: {slack:.2f}pt;
    font: {FOOTER_PT:g}pt/{footer_line:.2f}pt {family(sans, "sans-serif")};
    color: {MUTED};
  }}
}}
html, body {{ font-size: {body:g}pt; }}
body {{
  font-family: {family(serif, "serif")};
  line-height: {line(serif, body)};
  color: {TEXT};
}}
.release-header {{ margin: 0; }}
p, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6, address, figure, dl {{ margin: 0; }}
.release-body p, .release-about p, .release-panel p, .release-panel dl {{
  margin: 0 0 {after}pt; text-align: {align}; {indent}
}}
.release-status, .release-kind, .release-line + .release-status {{
  margin: 0 0 10pt;
  font: bold {LABEL_PT:g}pt/{line(sans, LABEL_PT, bold=True)} {family(sans, "sans-serif")};
  letter-spacing: 0.6pt;
  text-transform: uppercase;
  text-align: {centre};
}}
.release-lead-in {{
  margin: 0 0 4pt; font-size: {SMALL_PT:g}pt; line-height: {line(serif, SMALL_PT)};
  color: {SUBTLE}; text-align: {centre};
}}
.release-headline {{
  margin: 0 0 6pt;
  font: bold {setting.title_pt:g}pt/{line(title, setting.title_pt, 1.1, True, title_exact)}
    {family(title, "serif")};
  text-align: {centre};
}}
.release-subheadline {{
  margin: 0 0 8pt; font-size: {setting.subtitle_pt:g}pt;
  line-height: {line(serif, setting.subtitle_pt)}; color: {SUBTLE}; text-align: {centre};
}}
.release-line {{
  margin: 0 0 14pt; font-size: {SMALL_PT:g}pt; line-height: {line(serif, SMALL_PT)};
  color: {MUTED}; text-align: {centre};
}}
.release-summary {{
  margin: 0 0 12pt; padding: 0; background: none; font-size: {SMALL_PT:g}pt;
  line-height: {line(serif, SMALL_PT)}; color: {SOFT};
}}
.release-credits {{
  margin: 8pt 0 {after}pt; font-size: {SMALL_PT:g}pt; line-height: {line(serif, SMALL_PT)};
  color: {MUTED}; text-align: right;
}}
.release-body h2, .release-body h3, .release-body h4, .release-body h5, .release-body h6 {{
  margin: 16pt 0 4pt; font-weight: bold; text-indent: 0;
}}
{heading_rules}
.release-body blockquote {{
  margin: 0; padding: 0 0 0 {12 - 2.25:g}pt; border-left: 2.25pt solid {RULE}; color: {SOFT};
}}
.release-body blockquote p {{ margin: 0 0 8pt; }}
.release-body ul, .release-body ol {{
  margin: 0 0 {after}pt; padding: 0 0 0 {LIST_INDENT_PT:g}pt; list-style: none;
}}
.release-body li ul, .release-body li ol {{ margin: {after}pt 0 {after}pt; }}
.release-body li, .release-body li p {{ margin: 0; text-indent: 0; }}
.release-body li p + p {{ margin-top: 6pt; }}
/* Word's bullet or number at the list's left edge, the text a hanging indent after it. */
.release-body li::before {{
  display: inline-block; width: {LIST_INDENT_PT:g}pt; margin-left: -{LIST_INDENT_PT:g}pt;
  text-indent: 0;
}}
.release-body ul > li::before {{ content: "•"; }}
.release-body ol > li::before {{ content: counter(list-item) "."; }}
.release-body li > p:first-child {{ display: inline; }}
.release-body pre {{
  margin: 0; font: {9:g}pt/{line(mono, 9, 1.0)} {family(mono, "monospace")};
  white-space: pre-wrap; text-indent: 0;
}}
.release-body code {{ font-family: {family(mono, "monospace")}; font-size: 1em; }}
.release-body hr {{ border: 0; margin: 12pt 0; height: {line(serif, body)}; }}
.release-body hr::after {{ content: "* * *"; display: block; text-align: center;
  letter-spacing: 2pt; }}
{sections} {{
  margin: 20pt 0 6pt;
  font: bold 9.5pt/{line(sans, 9.5, bold=True)} {family(sans, "sans-serif")};
  letter-spacing: 0.4pt;
  text-transform: uppercase;
  color: var(--release-accent);
  text-indent: 0;
}}
.release-contacts, .release-about {{ margin: 0; }}
.release-contact {{ margin: 0; }}
.release-contact p {{
  margin: 0 0 8pt; font-size: {contact_pt:g}pt; line-height: {line(serif, contact_pt)};
  text-align: left; text-indent: 0;
}}
.release-about {{ font-size: {about_pt:g}pt; color: {SOFT}; }}
.release-about p {{ line-height: {line(serif, about_pt)}; }}
.release-end-mark {{
  margin: 12pt 0; letter-spacing: 2pt; text-align: center; text-indent: 0;
  line-height: {line(serif, body)};
}}
.release-panel {{ margin: 0; padding: 0; border: 0; background: none; }}
.release-panel dl {{ gap: 0 0.5em; }}
.release-panel dt, .release-panel dd {{ line-height: {line(serif, body)}; }}
.release-photo {{ margin: 10pt 0 0; text-align: center; }}
.release-photo img {{ margin: 0 auto 4pt; }}
.release-photo figcaption {{
  margin: 0 0 14pt; text-align: left;
  font: {SMALL_PT:g}pt/{line(sans, SMALL_PT, 1.2)} {family(sans, "sans-serif")};
  color: {MUTED};
}}
a {{ color: {LINK}; }}
.release-footer {{
  position: running(release-footer);
  margin: 0; padding: 0; border: 0;
  font: {FOOTER_PT:g}pt/{footer_line:.2f}pt {family(sans, "sans-serif")};
  color: {MUTED};
  text-indent: 0; text-align: left;
}}
.release-footer p {{ margin: 0; }}
/* The footer's box is 80% of the line (the page number beside it): a portal's lines reach
   across the whole line, so they are centred on the text as in the page and the DOCX. */
.release-footer .release-portal-footer, .release-footer-portal p {{
  margin-right: -25%; text-align: center;
}}
.release-body h2, .release-body h3, .release-body h4, .release-body h5, .release-body h6,
{sections} {{ break-after: avoid; }}
.release-body p, .release-body li {{ orphans: 2; widows: 2; }}
/* A list's last item never stands alone at the top of a page: it goes with the one
   before it (as a paragraph's last line goes with the one before: widows). */
.release-body li:last-child:not(:first-child) {{ break-before: avoid; }}
/* A paragraph that leads into a list moves whole with the list's first item, as
   LibreOffice moves a paragraph kept with the next (Word's List Lead-In). */
.release-body p:has(+ ul), .release-body p:has(+ ol) {{
  break-after: avoid; break-inside: avoid;
}}
.release-contact, .release-about p, .release-end-mark {{ break-inside: avoid; }}
"""
