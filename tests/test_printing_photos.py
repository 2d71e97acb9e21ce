"""Print and Print Preview lay out the whole release, photos included: every section's text
on the paper, each photo drawn from its picture at a size that fits the page, and the
print dialog shown without waiting in an event loop of its own.

Qt's PDF output stands in for the printer: Print and Print Preview both paint through
`paint_release` on the printer `new_printer` sets up, so a PdfFormat printer lays out what
either would send to paper; pdftotext and pdfimages read the file back.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from release_strategies import photo_of
from releasedesk import document
from releasedesk.body import tree as t
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.gui.dialogs.prompts import Prompts
from releasedesk.gui.preview.preview_photos import display_size
from releasedesk.gui.preview.printing import new_printer, paint_release
from releasedesk.model import Photo, Release
from releasedesk.render import build_layout
from test_gui import make_window, work  # noqa: F401 (fixtures)
from test_pdf_email import compact

import photo_files as pf
from conftest import SAMPLES, need
from corpus import tricky_releases
from gui_helpers import opens

ORDINALS = ("first", "second", "third", "fourth")


def with_photos(release: Release, photos: list[Photo], lead: bool = False) -> Release:
    """*release* with *photos*: the first the lead (above the body) when *lead*, the others
    placed after the body's paragraphs by reference."""
    for number, photo in enumerate(photos):
        # (in words: Qt's PDF text layer drops the digits of Latin set in a CJK face)
        photo.caption = f"The {ORDINALS[number]} printed photo, its caption."
        photo.credit = f"Photographer {ORDINALS[number].title()}"
        photo.lead = lead and number == 0
        release.photos.append(photo)
        if not photo.lead:
            release.body += f"\n\n![{photo.alt or 'a photo'}](photo:{photo.id})"
    return release


def sample(name: str) -> Release:
    return document.load(SAMPLES / f"{name}.release")


def narrow(release: Release) -> Release:
    """*release* set between 70 mm margins: a printable width of 2.8 inches on A4, narrower
    than the preview's photos."""
    release.conventions.typesetting = {"margins_mm": [20, 70, 20, 70]}
    release.conventions.paper = "a4"
    return release


def cases() -> dict[str, Callable[[], Release]]:
    """Releases with no photo, one photo and several (landscape, portrait, a panorama, a
    small picture, a PNG with transparency), English and Chinese."""
    return {
        "tidewater-no-photo": lambda: sample("tidewater-ferry-terminal"),
        "zh-no-photo": lambda: sample("fernhollow-night-market-zh"),
        "advisory-no-photo": lambda: sample("tidewater-night-crossing-advisory"),
        "tidewater-one-photo": lambda: with_photos(sample("tidewater-ferry-terminal"),
                                                   [pf.photo("ferry.jpg", 1600, 1000)]),
        "seed-bank-lead-and-two": lambda: with_photos(sample("fernhollow-seed-bank"), [
            photo_of(1, 1800, 1200, "jpg"), photo_of(2, 900, 1600, "jpg"),
            photo_of(3, 2400, 600, "png")], lead=True),
        "zh-two-photos": lambda: with_photos(sample("fernhollow-night-market-zh"), [
            photo_of(4, 1200, 900, "jpg"), photo_of(5, 800, 800, "png-alpha")]),
        "small-photo": lambda: with_photos(tricky_releases()["ten-contacts"],
                                           [photo_of(6, 160, 120, "jpg")]),
        "nested-lists-portrait": lambda: with_photos(tricky_releases()["nested-lists"],
                                                     [photo_of(7, 600, 2400, "jpg")], lead=True),
        "embargo-one-photo": lambda: with_photos(tricky_releases()["embargo"],
                                                 [photo_of(8, 2000, 1333, "jpg")]),
        "wide-margins": lambda: with_photos(narrow(sample("fernhollow-seed-bank")),
                                            [photo_of(9, 1800, 1200, "jpg")], lead=True),
    }


def poppler(tool: str, pdf: Path, *options: str) -> str:
    need(tool, shutil.which(tool) is not None, "Debian: poppler-utils")
    return subprocess.run([tool, *options, str(pdf), *(["-"] if tool == "pdftotext" else [])],
                          capture_output=True, text=True, timeout=120, check=True).stdout


def print_to_pdf(release: Release, target: Path) -> int:
    """Paint *release* as Print does, on its own printer set to write *target*."""
    from PySide6.QtPrintSupport import QPrinter

    printer = new_printer(release)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return paint_release(release, printer)


def expected_in_order(release: Release) -> list[str]:
    """Every section's text in the article, in print order: header, body (captions where
    their photos stand), contacts, About, end mark."""
    layout = build_layout(release)
    body: list[str] = []
    for block in layout.body:
        if isinstance(block, t.Figure):
            body.append(block.photo.caption)
        else:
            body.extend(t.block_texts([block]))
    contacts = [value for contact in layout.contacts
                for value in (contact.name, contact.email) if value]
    return [text for text in [layout.headline, layout.subheadline, *body, *contacts,
                              *t.block_texts(layout.boilerplate), layout.end_mark]
            if text.strip()]


RADICAL = re.compile("[\u2e80-\u2fdf]")  # CJK radicals (the supplement and Kangxi's)


def as_printed(text: str) -> str:
    """pdftotext's text of Qt's PDF, compacted, each CJK radical as U+2E80: Qt's text layer
    names some ideographs by the radical of the same shape (民 as ⺠, 户 as ⼾), and NFKC
    would turn a Kangxi radical into an ideograph that need not be the one printed."""
    return compact(RADICAL.sub("\u2e80", text))


def read_back(text: str) -> re.Pattern[str]:
    """*text* as it reads back from the printout: compacted, any ideograph possibly a
    radical."""
    return re.compile("".join(
        f"(?:{re.escape(char)}|\u2e80)" if "\u4e00" <= char <= "\u9fff"
        else re.escape(char) for char in compact(text)))


def after_overlap(before: str, page: str) -> str:
    """*page* without the line that ended the page *before* it: Qt draws a page's last line
    again at the next page's top, clipped away on paper but still in the PDF's text."""
    overlap = max((size for size in range(10, min(len(before), len(page), 400) + 1)
                   if before.endswith(page[:size])), default=0)
    return page[overlap:]


@pytest.mark.parametrize("name", sorted(cases()))
def test_the_printout_holds_every_section_and_sane_photos(qapp: QApplication, tmp_path: Path,
                                                          name: str) -> None:
    release = cases()[name]()
    target = tmp_path / f"{name}.pdf"
    pages = print_to_pdf(release, target)
    printed = poppler("pdftotext", target, "-enc", "UTF-8").split("\f")[:pages]
    assert len(printed) == pages >= 1
    # On every page its footer and number; the article's pages without them, read
    # together, hold every section's text in order (a paragraph may run over a page end).
    footer = [line.text for line in build_layout(release).footer]
    article = ""
    for number, page in enumerate(printed, start=1):
        flat = as_printed(page)
        ends = [flat.index(f"{number}/{pages}")]
        ends += [found.start() for found in [read_back(footer[0]).search(flat)] if found] \
            if footer else []
        assert len(ends) == 1 + bool(footer), (name, number)
        assert all(read_back(line).search(flat, min(ends)) for line in footer), (name, number)
        article += after_overlap(article, flat[:min(ends)])
    position = 0
    for text in expected_in_order(release):
        found = read_back(text).search(article, position)
        assert found is not None, (name, text)
        position = found.end()
    # Each photo once, in order, from its own picture (not Qt's 16-pixel "missing image"
    # icon, whose grey squares filled two pages), with more detail than the preview, its
    # shape kept, drawn at the preview's size where that fits inside the printable width
    # (else as wide as it), never taller than half the printable height.
    printer = new_printer(release)
    area = printer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    rows = [line.split() for line in poppler("pdfimages", target, "-list").splitlines()[2:]]
    images = [(int(row[3]), int(row[4]), float(row[12]), float(row[13])) for row in rows
              if row[2] == "image"]
    laid = [block.photo for block in build_layout(release).body if isinstance(block, t.Figure)]
    assert len(images) == len(laid) == len(release.photos), name
    for photo, (width_px, height_px, x_ppi, y_ppi) in zip(laid, images, strict=True):
        wide, high = width_px / x_ppi, height_px / y_ppi
        assert wide <= area.width() and high <= area.height() / 2, (name, photo.id, wide, high)
        shown_width, shown_height = display_size(photo)
        if shown_width / 96 < area.width() - 0.2:  # (the document's margins: 4 px a side)
            assert abs(wide - shown_width / 96) < 0.02, (name, photo.id, width_px, x_ppi)
            assert abs(high - shown_height / 96) < 0.02, (name, photo.id)
        else:
            assert wide > area.width() - 0.2, (name, photo.id, wide)
        assert width_px >= min(photo.width, 2 * shown_width * wide * 96 / shown_width), \
            (name, photo.id, width_px)
        assert abs(width_px / height_px - photo.width / photo.height) < 0.02, (name, photo.id)


def test_the_print_dialog_opens_without_waiting_and_prints_on_ok(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    """Print showed "Something went wrong": PySide6 gives QPrintDialog only the
    open(receiver, member) overload, so its open() raised TypeError."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    prompts = Prompts(owner)
    release = sample("tidewater-ferry-terminal")
    printed: list[QPrinter] = []
    for answer in (QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted):
        printer = new_printer(release)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{answer.name}.pdf"))
        prompts.print_dialog(printer, printed.append)  # returns at once
        dialogs = [d for d in owner.findChildren(QPrintDialog) if d.isVisible()]
        assert len(dialogs) == 1 and dialogs[0].isModal()
        assert printed == [] or answer is QDialog.DialogCode.Accepted
        dialogs[0].done(answer)
        assert not dialogs[0].isVisible()
    assert len(printed) == 1  # only OK prints
    # Print Preview: Qt's dialog over the window, painting the release when it shows.
    painted: list[int] = []
    prompts.print_preview(new_printer(release),
                          lambda printer: painted.append(paint_release(release, printer)))
    previews = [d for d in owner.findChildren(QPrintPreviewDialog) if d.isVisible()]
    assert len(previews) == 1
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[0] >= 1
    previews[0].reject()
    assert not previews[0].isVisible()


def test_file_print_from_the_window_shows_the_dialog(
        qtbot: QtBot, make_window: Callable[[], MainWindow], work: Path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    window = make_window()
    assert opens(window, work)
    window.prompts = Prompts(window)  # the real print dialog, as the editor shows it
    window.actions["print"].trigger()  # (raised TypeError in the report)
    dialogs = [d for d in window.findChildren(QPrintDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    assert not dialogs[0].isVisible()
