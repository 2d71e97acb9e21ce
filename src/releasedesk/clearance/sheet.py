"""The sign-off sheet: the approval record on paper, for offices that must file a form.

Release title, organisation, date, status, the fingerprint of the content signed off,
each sign-off (role, name, time, note) with room for a handwritten signature, a blank
row for every required sign-off still missing, and earlier sign-offs (of other text)
apart. As a Word document (python-docx) or a PDF (the HTML below through WeasyPrint).
Its words follow the release's language, like every export.
"""

from __future__ import annotations

import html
import io
from datetime import datetime
from typing import TYPE_CHECKING

from ..body.safety import clean_text
from ..errors import N_, ReleaseDeskError
from ..field_rules import escaped
from ..language_tag import is_chinese
from ..model import Release
from ..native_libraries import found_in_process
from ..records import record
from ..render.typesetting import language_type
from ..render.words import format_date
from ..workflow import ApprovalPolicy, SignOff
from .fingerprint import PREFIX
from .signoffs import report, same_role

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

BLANK = "\u2002" * 24  # room to write a name by hand, underlined in both formats


@record(frozen=True)
class SheetWords:
    title: str
    headline: str
    organization: str
    release_date: str
    status: str
    fingerprint: str
    fingerprint_hint: str
    role: str
    name: str
    when: str
    note: str
    signature: str
    earlier: str
    earlier_hint: str
    statuses: tuple[tuple[str, str], ...]
    printed: str  # with {when}
    none: str


_ENGLISH = SheetWords(
    title="Sign-off sheet", headline="Release", organization="Organisation",
    release_date="Release date", status="Status", fingerprint="Content fingerprint (SHA-256)",
    fingerprint_hint="The fingerprint identifies the exact text signed off; any change to "
                     "the text changes it.",
    role="Role", name="Name", when="Signed off", note="Note", signature="Signature",
    earlier="Earlier sign-offs (of other text)",
    earlier_hint="These sign-offs were given to an earlier version and do not cover this "
                 "text.",
    statuses=(("draft", "Draft"), ("in_review", "In review"), ("approved", "Approved"),
              ("published", "Published")),
    printed="Printed {when} by ReleaseDesk.", none="—",
)

_CHINESE = SheetWords(
    title="审签单", headline="稿件标题", organization="发布单位", release_date="发布日期",
    status="状态", fingerprint="内容指纹（SHA-256）",
    fingerprint_hint="内容指纹对应所签发的确切文本；文本有任何改动，指纹随之改变。",
    role="职责", name="姓名", when="签发时间", note="意见", signature="签名",
    earlier="此前的签发（针对其他文本）",
    earlier_hint="以下签发针对的是较早的版本，不适用于本文本。",
    statuses=(("draft", "草稿"), ("in_review", "审核中"), ("approved", "已批准"),
              ("published", "已发布")),
    printed="由 ReleaseDesk 于{when}打印。", none="—",
)


def sheet_words(language: str) -> SheetWords:
    return _CHINESE if is_chinese(language) else _ENGLISH


@record(frozen=True)
class Row:
    role: str
    name: str
    when: str
    note: str


@record(frozen=True)
class Sheet:
    words: SheetWords
    language: str
    headline: str
    organization: str
    release_date: str
    status: str
    fingerprint: str  # grouped for reading
    rows: tuple[Row, ...]  # sign-offs of this text, then blank rows for missing roles
    earlier: tuple[Row, ...]
    printed: str


def build_sheet(release: Release, policy: ApprovalPolicy,
                now: datetime | None = None) -> Sheet:
    state = report(release, policy)
    language = release.language or "en"
    words = sheet_words(language)
    date_format = release.conventions.date_format

    def moment(at: datetime) -> str:
        return f"{format_date(at.date(), date_format, language)} {at.strftime('%H:%M')}"

    def row(s: SignOff) -> Row:
        return Row(escaped(clean_text(s.role)), escaped(clean_text(s.name)), moment(s.at),
                   clean_text(s.note))

    rows = [row(s) for s in state.current]
    rows += [Row(role, BLANK, BLANK, "") for role in state.missing]
    if not rows:
        rows.append(Row(BLANK, BLANK, BLANK, ""))
    # Roles the house style requires come first, in its order; then the others.
    order = {role.casefold(): i for i, role in enumerate(state.required)}
    rows.sort(key=lambda r: next((i for key, i in order.items() if same_role(key, r.role)),
                                 len(order)))
    digits = state.fingerprint.removeprefix(PREFIX)
    grouped = " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    printed_at = (now or datetime.now().astimezone())
    return Sheet(
        words=words, language=language, headline=clean_text(release.headline).strip(),
        organization=clean_text(release.organization).strip(),
        release_date=format_date(release.release_date, date_format, language)
        if release.release_date else words.none,
        status=dict(words.statuses)[state.status], fingerprint=grouped,
        rows=tuple(rows), earlier=tuple(row(s) for s in state.stale),
        printed=words.printed.format(when=moment(printed_at)))


def render_sheet(release: Release, policy: ApprovalPolicy, kind: str = "docx",
                 now: datetime | None = None) -> bytes:
    """The sign-off sheet's bytes, "docx" or "pdf"."""
    sheet = build_sheet(release, policy, now)
    return sheet_pdf(sheet) if kind == "pdf" else sheet_docx(sheet)


def sheet_docx(sheet: Sheet) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Pt

    words = sheet.words
    document = docx.Document()
    styles = document.styles
    normal = styles["Normal"]
    # The faces of the sheet's language, Chinese first for a Chinese sheet (typesetting.py).
    setting = language_type(sheet.language)
    latin, east_asian = setting.word_faces(setting.sans_fonts)
    normal.font.name = latin
    normal.font.size = Pt(10.5)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    fonts.set(qn("w:eastAsia"), east_asian)
    document.core_properties.title = f"{words.title}: {sheet.headline}"[:255]
    document.core_properties.language = sheet.language
    document.core_properties.identifier = PREFIX + sheet.fingerprint.replace(" ", "")
    document.add_heading(words.title, level=0)
    facts = document.add_table(rows=0, cols=2)
    facts.style = "Table Grid"
    for label, value in ((words.headline, sheet.headline), (words.organization,
                                                             sheet.organization or words.none),
                         (words.release_date, sheet.release_date),
                         (words.status, sheet.status), (words.fingerprint, sheet.fingerprint)):
        cells = facts.add_row().cells
        cells[0].text = label
        cells[1].text = value
        cells[0].paragraphs[0].runs[0].bold = True
    mono = facts.rows[-1].cells[1].paragraphs[0].runs[0]
    mono.font.name = "DejaVu Sans Mono"
    document.add_paragraph(words.fingerprint_hint).runs[0].italic = True
    _docx_rows(document, words, sheet.rows, signature=True)
    if sheet.earlier:
        document.add_heading(words.earlier, level=2)
        document.add_paragraph(words.earlier_hint)
        _docx_rows(document, words, sheet.earlier, signature=False)
    document.add_paragraph(sheet.printed).runs[0].font.size = Pt(8)
    for table in document.tables:
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_rows(document: DocxDocument, words: SheetWords, rows: tuple[Row, ...],
               signature: bool) -> None:
    from docx.shared import Pt

    headers = [words.role, words.name, words.when, words.note]
    if signature:
        headers.append(words.signature)
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (row.role, row.name, row.when, row.note), strict=False):
            cell.text = text
            if text == BLANK:
                cell.paragraphs[0].runs[0].underline = True
        table.rows[-1].height = Pt(34) if signature else Pt(18)


def sheet_html(sheet: Sheet) -> str:
    words = sheet.words
    esc = html.escape

    def cell(text: str) -> str:
        return '<td class="blank"></td>' if text == BLANK else f"<td>{esc(text)}</td>"

    def rows_table(rows: tuple[Row, ...], signature: bool) -> str:
        head = [words.role, words.name, words.when, words.note]
        head += [words.signature] if signature else []
        out = ["<table class=\"signoffs\"><thead><tr>",
               *(f"<th>{esc(h)}</th>" for h in head), "</tr></thead><tbody>"]
        for row in rows:
            out.append("<tr>" + "".join(cell(t) for t in (row.role, row.name, row.when,
                                                             row.note)))
            out.append('<td class="blank"></td></tr>' if signature else "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    facts = "".join(f"<tr><th>{esc(label)}</th><td{extra}>{esc(value)}</td></tr>"
                    for label, value, extra in (
                        (words.headline, sheet.headline, ""),
                        (words.organization, sheet.organization or words.none, ""),
                        (words.release_date, sheet.release_date, ""),
                        (words.status, sheet.status, ""),
                        (words.fingerprint, sheet.fingerprint, ' class="mono"')))
    earlier = ""
    if sheet.earlier:
        earlier = (f"<h2>{esc(words.earlier)}</h2><p>{esc(words.earlier_hint)}</p>"
                   + rows_table(sheet.earlier, signature=False))
    setting = language_type(sheet.language)
    family = setting.css_fonts(setting.sans_fonts, "sans-serif")
    return f"""<!DOCTYPE html>
<html lang="{esc(sheet.language)}"><head><meta charset="utf-8">
<title>{esc(words.title)}: {esc(sheet.headline)}</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font: 10.5pt/1.45 {family}; color: #1d1d1b; }}
h1 {{ font-size: 20pt; margin: 0 0 6mm; }}
h2 {{ font-size: 12pt; margin: 8mm 0 2mm; }}
table {{ border-collapse: collapse; width: 100%; margin: 3mm 0; }}
th, td {{ border: 0.5pt solid #8a8a84; padding: 2mm 2.5mm; text-align: left;
          vertical-align: top; }}
.facts th {{ width: 32%; background: #f2f2ee; }}
.signoffs th {{ background: #f2f2ee; }}
.signoffs td {{ height: 12mm; }}
td.blank {{ min-width: 25mm; }}
.mono {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }}
.hint {{ font-style: italic; color: #5f5f59; }}
.printed {{ margin-top: 8mm; font-size: 8pt; color: #5f5f59; }}
</style></head><body>
<h1>{esc(words.title)}</h1>
<table class="facts">{facts}</table>
<p class="hint">{esc(words.fingerprint_hint)}</p>
{rows_table(sheet.rows, signature=True)}
{earlier}
<p class="printed">{esc(sheet.printed)}</p>
</body></html>
"""


def sheet_pdf(sheet: Sheet) -> bytes:
    try:
        with found_in_process():
            import weasyprint
    except (ImportError, OSError) as exc:
        raise ReleaseDeskError(N_(
            "The PDF sign-off sheet needs WeasyPrint and the Pango text library, which are "
            "not available here ({reason}); write it as .docx instead."),
            reason=str(exc).splitlines()[0][:120]) from exc
    pdf: bytes = weasyprint.HTML(string=sheet_html(sheet)).write_pdf(pdf_variant="pdf/ua-1")
    return pdf
