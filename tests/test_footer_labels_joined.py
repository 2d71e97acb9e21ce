"""A footer's label never ends a line apart from what it labels ("Security Support:" at a
line's end, "Riverside Assurance Labs" on the next, as the tester found in the DOCX and the
PDF): the HTML and PDF keep each label with the first word after it in a `white-space:
nowrap` span, the DOCX writes the spaces between them as no-break spaces, the text export's
line breaker keeps them whole. Over every shipped house style's footer, in English and
Chinese."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk.exporting import export_context
from releasedesk.model import FooterLine, Release
from releasedesk.profiles import builtin_dir, load_profile, release_from_profile
from releasedesk.render import build_layout, docx_writer, html_writer
from releasedesk.render.docx_writer import write_docx
from releasedesk.render.html_writer import NOWRAP_CLASS, render_fragment
from releasedesk.render.layout import footer_items, footer_joins
from releasedesk.render.pdf_writer import write_pdf
from releasedesk.render.text_writer import render_text, text_width
from releasedesk.resources import resource_text

from conftest import need

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NBSP = "\u00a0"
HOUSE_STYLES = sorted(path.stem for path in builtin_dir().glob("*.json"))


@pytest.mark.parametrize(("item", "joined"), [
    ("Security Support: Riverside Assurance Labs", ["Security Support: Riverside"]),
    ("安全支持：河畔安全检测实验室", ["安全支持：河"]),
    ("网站标识码：0000000118", ["网站标识码：0000000118"]),
    # A phone number the first word begins: the whole number (kept whole as it is).
    ("Tel: +1 555 0100", ["Tel: +1 555 0100"]),
    ("联系电话：（010）0000-0000", ["联系电话：（010）0000-0000"]),
    # Labels further in: the word before the colon (at most 16 columns of a run).
    ("Technical Support: Wendmouth Data Works Network Support: Fernhollow Telecom",
     ["Technical Support: Wendmouth", "Support: Fernhollow"]),
    ("版权所有 芬霍洛区行政公署办公室主办技术支持与安全支持：河畔", ["术支持与安全支持：河"]),
    # Not labels: a link's scheme, a time, a colon that opens or ends the item, none.
    ("https://calloway-harbour.example/press", []),
    ("Open daily 9:30 to 17:00", []),
    (": nothing before", []), ("Press:", []), ("联系我们", []),
    ("© 2026 Calloway Harbour Authority. All rights reserved.", []),
])
def test_what_counts_as_a_label_and_what_it_keeps(item: str, joined: list[str]) -> None:
    assert [item[start:end] for start, end in footer_joins(item)] == joined


@given(st.text(alphabet=st.sampled_from("ab :：字 /9"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_joins_are_in_order_apart_and_each_holds_one_colon_inside(item: str) -> None:
    spans = footer_joins(item)
    assert all(start < end for start, end in spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    for start, end in spans:
        assert re.search(r"[^\s][:：]\s*[^\s]", item[start:end]), item[start:end]


def _releases() -> list[tuple[str, Release]]:
    """A release in each shipped house style, in its own language and in the other."""
    found = []
    for name in HOUSE_STYLES:
        profile = load_profile(builtin_dir() / f"{name}.json")
        for language in ("en-GB", "zh-CN"):
            release = release_from_profile(profile)
            release.language = language
            found.append((f"{name}-{language}", release))
    return found


RELEASES = _releases()


def _joined_texts(release: Release) -> list[str]:
    layout = build_layout(release)
    items = [item for line in layout.footer for item in footer_items(line.text)]
    items += [entry.text for line in layout.portal_footer for entry in line]
    return [item[start:end] for item in items for start, end in footer_joins(item)]


def test_the_shipped_footers_have_labels_to_keep() -> None:
    """(Else the tests over them below would hold of nothing.)"""
    labelled = {name.rsplit("-", 2)[0] for name, release in RELEASES if _joined_texts(release)}
    assert {"fernhollow-portal", "fernhollow-portal-zh"} <= labelled
    assert any(" " in text for _, release in RELEASES for text in _joined_texts(release))


@pytest.mark.parametrize(("name", "release"), RELEASES, ids=[name for name, _ in RELEASES])
def test_the_html_keeps_each_label_with_its_word(name: str, release: Release) -> None:
    fragment = lxml.html.fromstring(render_fragment(build_layout(release)))
    kept = [span.text_content() for span in fragment.iter("span")
            if span.get("class") == NOWRAP_CLASS]
    assert kept == _joined_texts(release)
    for sheet in ("release.css", "preview-web.css", "preview-word.css"):
        assert re.search(r"\.release-nowrap\s*\{\s*white-space:\s*nowrap", resource_text(
            "css", sheet)), sheet


def _footer_texts(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "\n".join(node.text or "" for name in package.namelist()
                         if re.fullmatch(r"word/footer\d*\.xml", name)
                         for node in etree.fromstring(package.read(name)).iter(f"{W}t"))


@pytest.mark.parametrize(("name", "release"), RELEASES, ids=[name for name, _ in RELEASES])
def test_the_docx_writes_no_breakable_space_between_a_label_and_its_word(
        name: str, release: Release) -> None:
    footer = _footer_texts(write_docx(build_layout(release), export_context()))
    for text in _joined_texts(release):
        assert text.replace(" ", NBSP).replace("-", "") in footer.replace("-", ""), text
        if " " in text:
            assert text not in footer, text


@pytest.mark.parametrize(("name", "release"), RELEASES, ids=[name for name, _ in RELEASES])
def test_the_text_export_never_ends_a_line_with_a_label(name: str, release: Release) -> None:
    joined = _joined_texts(release)
    for width in range(12, 90):
        lines = render_text(build_layout(release), wrap=width).splitlines()
        for text in joined:
            if text_width(text) <= width:
                assert any(text in line for line in lines), (width, text)


# -- as a reader sees the page: the label at a line's end, the padding before it moving it
# along a whole line --------------------------------------------------------------------

LABELS = {"en-GB": ("word ", "Security Support: Riverside Assurance Labs", 24),
          "zh-CN": ("字", "安全支持：河畔安全检测实验室", 64)}


def _padded(language: str) -> Release:
    """A release whose footer puts the label at every place of a line, a line each."""
    fill, label, count = LABELS[language]
    release = release_from_profile(load_profile(builtin_dir() / "fernhollow-portal.json"))
    release.language = language
    release.footer = [FooterLine(fill * count_ + label) for count_ in range(count)]
    return release


def _ends_with_label(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [re.split(r"\s{3,}\d+ ?/ ?\d+$", line.rstrip())[0] for line in text.splitlines()]
    return [line for line in lines if line.endswith((":", "："))]


@pytest.mark.parametrize("language", sorted(LABELS))
def test_no_line_of_the_pdf_footer_ends_with_a_label(language: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    need("pdftotext", shutil.which("pdftotext") is not None, "poppler-utils")
    pdf = tmp_path / "padded.pdf"
    pdf.write_bytes(write_pdf(build_layout(_padded(language)), export_context()))
    assert _ends_with_label(pdf) == []
    # Without the joins, some padding puts the label at a line's end: the test can fail.
    monkeypatch.setattr(html_writer, "footer_joins", lambda item: [])
    pdf.write_bytes(write_pdf(build_layout(_padded(language)), export_context()))
    assert _ends_with_label(pdf) != []


def test_no_line_of_the_docx_footer_ends_with_a_latin_label(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As LibreOffice lays the Word document out. (A Chinese label's full-width colon may
    end a line there, as Chinese typesetting allows: LibreOffice breaks between two Chinese
    characters whatever is written between them, a word joiner too.)"""
    need("soffice", shutil.which("soffice") is not None, "libreoffice-writer")
    need("pdftotext", shutil.which("pdftotext") is not None, "poppler-utils")
    joined, plain = tmp_path / "joined.docx", tmp_path / "plain.docx"
    joined.write_bytes(write_docx(build_layout(_padded("en-GB")), export_context()))
    monkeypatch.setattr(docx_writer, "footer_joins", lambda item: [])
    plain.write_bytes(write_docx(build_layout(_padded("en-GB")), export_context()))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(joined), str(plain)], capture_output=True, check=True, timeout=300)
    assert _ends_with_label(tmp_path / "joined.pdf") == []
    assert _ends_with_label(tmp_path / "plain.pdf") != []  # (the test can fail)
