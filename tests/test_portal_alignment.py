"""A portal release's credits line and footer stand where Chinese government portals put
them, alike in the page, the PDF and the Word document.

Found by the tester: "（作者：…　责任编辑：…）" was right-aligned in the HTML but at the left
in the DOCX and the PDF; and the portal's structured footer lines were centred under
standard footer lines set at the left. Portals print the credits at the right under the
text and centre their whole footer (rights line, sponsor, support credits, site code,
registration numbers); a release that is no portal's keeps its footer at the left.
Measured where the words land: Chromium's layout of the page, pdftotext's boxes of the
PDF and of LibreOffice's PDF of the Word document.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from releasedesk.exporting import export_context
from releasedesk.model import FooterLine, Release
from releasedesk.profiles import builtin_dir, load_profile, release_from_profile
from releasedesk.render import build_layout
from releasedesk.render.docx_writer import write_docx
from releasedesk.render.html_writer import write_html
from releasedesk.render.pdf_writer import write_pdf

from chromium_pipe import Chromium
from conftest import need

CREDITS = {"zh-CN": ("林晓雯", "周启明"), "en-GB": ("Mira Holt", "Dev Penrose")}
BODY = {"zh-CN": "区教育局今天举办寒假校园安全专题培训，全区一百二十余名教师参加了培训。" * 3,
        "en-GB": "The district's schools trained one hundred and twenty teachers in winter "
                 "safety on Tuesday, in three sessions at the Fernhollow hall. " * 2}
STANDARD = {"zh-CN": "版权所有 芬霍洛区行政公署办公室主办", "en-GB": "All rights reserved. "
            "Sponsored by the Fernhollow District Office"}
X = "{http://www.w3.org/1999/xhtml}"


def _release(language: str, portal: bool) -> Release:
    release = release_from_profile(load_profile(builtin_dir() / "fernhollow-portal.json")) \
        if portal else Release()
    release.language = language
    release.conventions.portal_fields = portal
    release.headline = "芬霍洛区举办寒假校园安全培训" if language == "zh-CN" else \
        "Fernhollow trains teachers in winter safety"
    release.body = BODY[language]
    release.author, release.responsible_editor = CREDITS[language] if portal else ("", "")
    release.footer = [FooterLine(STANDARD[language])]
    return release


CASES = [("zh-CN", True), ("en-GB", True), ("en-GB", False)]


def _words(bbox_html: str) -> list[tuple[float, float, float, str]]:
    """Each line of a pdftotext -bbox-layout page: (top, left, right, text)."""
    root = etree.fromstring(bbox_html.encode())
    out = []
    for line in root.iter(f"{X}line"):
        words = list(line.iter(f"{X}word"))
        out.append((float(line.get("yMin", 0)), float(line.get("xMin", 0)),
                    float(line.get("xMax", 0)), "".join(w.text or "" for w in words)
                    if any("\u4e00" <= c <= "\u9fff" for w in words for c in (w.text or ""))
                    else " ".join(w.text or "" for w in words)))
    return out


def _pdf_lines(pdf: Path) -> tuple[list[tuple[float, float, float, str]], float]:
    result = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                            capture_output=True, text=True, check=True)
    root = etree.fromstring(result.stdout.encode())
    page = next(root.iter(f"{X}page"))
    return _words(result.stdout), float(page.get("width", 0))


def _check(lines: list[tuple[float, float, float, str]], width: float, language: str,
           portal: bool, where: str) -> None:
    flat = BODY[language].replace(" ", "")
    body = [line for line in lines if len(line[3]) > 20 and line[3].replace(" ", "")[:8] in flat]
    assert body, (where, lines)
    text_left = min(line[1] for line in body)
    text_right = max(line[2] for line in body)
    footer = [line for line in lines
              if STANDARD[language][:8].replace(" ", "") in line[3].replace(" ", "")]
    assert footer, (where, lines)
    _, left, right, _ = footer[0]
    if portal:
        author = CREDITS[language][0]
        found = [line for line in lines if author.replace(" ", "") in line[3].replace(" ", "")]
        assert found, (where, lines)
        # (pdftotext cuts a line at a wide gap, such as the ideographic space: its pieces)
        pieces = [line for line in lines if abs(line[0] - found[0][0]) < 1]
        credits_left = min(line[1] for line in pieces)
        credits_right = max(line[2] for line in pieces)
        assert credits_right > text_right - 4 and credits_left > text_left + 40, \
            (where, pieces, text_left, text_right)
        text_right = max(text_right, credits_right)  # (the credits reach the margin)
        middle = (left + right) / 2
        assert abs(middle - (text_left + text_right) / 2) < 6, \
            (where, footer[0], text_left, text_right, width)
        assert left > text_left + 20, (where, footer[0])
    else:
        assert abs(left - text_left) < 4, (where, footer[0], text_left)


@pytest.mark.parametrize(("language", "portal"), CASES)
def test_the_pdf_puts_credits_right_and_a_portal_s_footer_centred(
        language: str, portal: bool, tmp_path: Path) -> None:
    need("pdftotext", shutil.which("pdftotext") is not None, "poppler-utils")
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(write_pdf(build_layout(_release(language, portal)), export_context()))
    lines, width = _pdf_lines(pdf)
    _check(lines, width, language, portal, "pdf")


@pytest.fixture(scope="module")
def word_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool], Path]:
    """Each case's Word document as LibreOffice prints it (one run of LibreOffice for all)."""
    need("soffice", shutil.which("soffice") is not None, "libreoffice-writer")
    folder = tmp_path_factory.mktemp("word")
    names = {case: f"{case[0]}-{'portal' if case[1] else 'plain'}" for case in CASES}
    for (language, portal), name in names.items():
        (folder / f"{name}.docx").write_bytes(
            write_docx(build_layout(_release(language, portal)), export_context()))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder / 'profile'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    *(str(folder / f"{name}.docx") for name in names.values())],
                   capture_output=True, check=True, timeout=300)
    return {case: folder / f"{name}.pdf" for case, name in names.items()}


@pytest.mark.parametrize(("language", "portal"), CASES)
def test_the_word_document_puts_them_where_the_pdf_does(
        language: str, portal: bool, word_pdfs: dict[tuple[str, bool], Path]) -> None:
    need("pdftotext", shutil.which("pdftotext") is not None, "poppler-utils")
    lines, width = _pdf_lines(word_pdfs[language, portal])
    _check(lines, width, language, portal, "docx")


_PROBE = """<script>
window.addEventListener("load", () => {
  const box = e => { const r = document.createRange(); r.selectNodeContents(e);
                     const b = r.getBoundingClientRect(); return [b.left, b.right]; };
  const text = [...document.querySelectorAll(".release-body p")].map(box);
  const credits = [...document.querySelectorAll(".release-credits")].map(box);
  const footer = [...document.querySelectorAll(".release-footer p")].map(box);
  document.body.setAttribute("data-probe", JSON.stringify({text, credits, footer}));
});
</script>"""


@pytest.mark.parametrize(("language", "portal"), CASES)
def test_the_page_puts_them_there_too(language: str, portal: bool, tmp_path: Path,
                                      chromium: Chromium) -> None:
    page = tmp_path / "release.html"
    html = write_html(build_layout(_release(language, portal)), export_context()).decode()
    page.write_text(html.replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    shown = chromium.page(page.as_uri(), budget_ms=2000, window=(1200, 900))
    found = etree.HTML(shown.dom).find(".//body").get("data-probe")
    probe = json.loads(found)
    left = min(box[0] for box in probe["text"])
    right = max(box[1] for box in probe["text"])
    footer = probe["footer"]
    assert footer
    if portal:
        [credits] = probe["credits"]
        assert credits[1] > right - 4 and credits[0] > left + 40
        right = max(right, credits[1])  # (the credits reach the text's right edge)
        for line_left, line_right in footer:  # every line, standard and structured
            assert abs((line_left + line_right) / 2 - (left + right) / 2) < 6
    else:
        assert probe["credits"] == []
        assert all(abs(box[0] - left) < 4 for box in footer)


@pytest.mark.parametrize(("language", "portal"), CASES)
def test_the_preview_s_word_page_centres_a_portal_s_page_footer(language: str,
                                                                portal: bool) -> None:
    from releasedesk.gui.preview.preview_pane import render_preview

    page = render_preview(_release(language, portal)).word
    [footer] = [line for line in page.splitlines() if 'class="page-footer"' in line]
    assert ('align="center"' in footer) is portal
    assert STANDARD[language] in footer
