"""Printing: the Word page on paper, footer and page number on every page, in the PDF's order."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk.body import tree as t
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.preview.printing import paint_release
from releasedesk.model import Release
from releasedesk.render import build_layout
from test_gui import make_window, work  # noqa: F401 (fixtures)
from test_pdf_email import compact

from conftest import need
from corpus import corpus, expected_texts
from gui_helpers import opens, prompts_of


def printed_pages(release: Release, tmp_path: Path, name: str) -> list[str]:
    target = tmp_path / f"{name}.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    pages = paint_release(release, writer)
    need("pdftotext", shutil.which("pdftotext") is not None, "Debian: poppler-utils")
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(target), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    printed = text.split("\f")[:pages]
    assert len(printed) == pages >= 1
    return printed


@pytest.mark.parametrize("name", ["tidewater-ferry-terminal", "fernhollow-night-market-zh",
                                  "ten-contacts", "nested-lists", "embargo"])
def test_every_page_has_the_footer_and_its_number(qapp: QApplication, tmp_path: Path,
                                                   name: str) -> None:
    release = corpus()[name]
    pages = printed_pages(release, tmp_path, name)
    expected = expected_texts(release)
    footer = expected.pop("footer")
    for number, page in enumerate(pages, start=1):
        assert all(compact(line) in compact(page) for line in footer), number
        assert f"{number}/{len(pages)}" in compact(page)
    # Same content, same order as the PDF: headline, body, contacts, About. (Not read
    # back for Chinese: Qt's PDF engine, our stand-in printer, maps CJK glyphs to Kangxi
    # radicals in the text layer; the PDF export's CJK text is checked in test_pdf_email.)
    layout = build_layout(release)
    if layout.language.startswith("zh"):
        return
    sequence = [layout.headline, *t.block_texts(layout.body), *expected["contacts"],
                *t.block_texts(layout.boilerplate)]
    everything = compact("".join(pages))
    position = 0
    for item in filter(str.strip, sequence):
        found = everything.find(compact(item), position)
        assert found >= 0, item
        position = found


def test_a_section_heading_never_ends_a_page(qapp: QApplication, tmp_path: Path) -> None:
    release = corpus()["ten-contacts"]
    headings = {compact(h) for h in ("MEDIA CONTACTS", "Media contacts",
                                     "ABOUT NORTHGATE LIBRARY TRUST")}
    for page in printed_pages(release, tmp_path, "contacts")[:-1]:
        lines = [compact(line) for line in page.splitlines() if line.strip()]
        footer_start = next(i for i, line in enumerate(lines) if line.startswith("©"))
        body = lines[:footer_start]
        assert body and body[-1] not in headings


def test_print_and_preview_from_the_menu_paint_the_release(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = make_window()
    assert opens(window, work)
    prompts = prompts_of(window)
    target = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter, then: Callable[[QPrinter], object]) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        prompts.printed_on.append(printer)
        then(printer)

    prompts.print_dialog = to_file  # type: ignore[method-assign]  # a printer to a file
    window.actions["print"].trigger()
    assert target.read_bytes()[:5] == b"%PDF-"
    printer = prompts.printed_on[0]
    assert isinstance(printer, QPrinter)
    assert printer.pageLayout().pageSize().id().name == "A4"
    prompts.print_answer = False
    window.actions["print_preview"].trigger()
    assert len(prompts.previewed) == 1


def test_copy_for_email_puts_text_and_inline_styled_html_on_the_clipboard(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    window = make_window()
    assert opens(window, work)
    window.actions["copy_email"].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    text, html = mime.text(), mime.html()
    assert text.startswith("FOR IMMEDIATE RELEASE")
    assert 'style="' in html and "<style" not in html
