"""Print the release as the Word page shows it: the article on pages, the standard footer
and the page number ("1 / 2") at the foot of every page, as in the PDF.

QTextDocument.print_ has no page footers, so the article is laid out at the printer's
resolution into pages of the printable height less the footer's, and each page is painted
with its slice of the article and the footer below it.

Photos print as the Word tab shows them (Qt's rich text knows no <figure>, and the
exports' <img> names web copies that are not made for a printout): a paragraph with the
picture at the preview's size, never wider than the printable width, its caption under
it; the picture is a copy with PRINT_DETAIL times the preview's pixels, handed to the
document from memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPainter, QTextDocument

from ...model import DEFAULT_ACCENT, Release
from ...render.html_writer import HtmlOptions, page_footer_paragraph, render_fragment
from ...render.layout import build_layout
from ...render.typesetting import qt_css, type_set
from ...resources import resource_text
from .preview_photos import PREVIEW_BOX, SCHEME, preview_figure, scaled_copy, to_qimage

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtPrintSupport import QPrinter

FOOTER_GAP_MM = 6
PRINT_DETAIL = 3  # a printed photo's pixels per preview pixel: about 290 per inch on paper
QT_PIXEL_DPI = 96  # Qt's rich text sizes an <img> in pixels of this many to the inch


def _photo_box(device: QPagedPaintDevice) -> tuple[int, int]:
    """The box a photo is printed inside, in Qt's image pixels: the preview's, narrowed to
    the printable width (less the document's margins) and never more than half the page's
    height, so a photo never runs off the paper or fills a page."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    across = rect.width() * QT_PIXEL_DPI / device.logicalDpiX() - 2 * QTextDocument(
    ).documentMargin() - 2
    down = rect.height() * QT_PIXEL_DPI / device.logicalDpiY() / 2
    return (max(1, min(PREVIEW_BOX[0], int(across))), max(1, min(PREVIEW_BOX[1], int(down))))


def _documents(release: Release, device: QPagedPaintDevice) -> tuple[QTextDocument,
                                                                        QTextDocument]:
    layout = build_layout(release)
    setting = layout.type
    font = QFont()
    font.setFamilies(list(setting.body_fonts))
    font.setPointSizeF(setting.body_pt)  # as the Word document
    # Two characters of the body's size, in the device's pixels (Qt indents in pixels).
    indent_px = setting.body_pt * device.logicalDpiY() / 72
    css = (resource_text("css", "preview-word.css").replace(DEFAULT_ACCENT, layout.accent)
           + "\n" + qt_css(setting, indent_px))
    article = QTextDocument()
    article.setDefaultFont(font)
    article.setDefaultStyleSheet(css)
    article.documentLayout().setPaintDevice(device)
    box = _photo_box(device)
    for photo in layout.photos:
        detailed = scaled_copy(photo.photo, (box[0] * PRINT_DETAIL, box[1] * PRINT_DETAIL))
        article.addResource(QTextDocument.ResourceType.ImageResource.value,
                            QUrl(f"{SCHEME}:{detailed.key}"), to_qimage(detailed))
    # The article without its footer, which prints in the page footer instead; each photo
    # as the preview's paragraph, its picture from the resources above.
    words = layout.words
    article.setHtml(render_fragment(layout, HtmlOptions(
        footer=False, justify=setting.justify,
        figure=lambda photo: preview_figure(photo, words, box))))
    footer = QTextDocument()
    footer.setDefaultFont(font)
    footer.setDefaultStyleSheet(css)
    footer.documentLayout().setPaintDevice(device)
    # The standard footer, then a portal's structured one, as the Word document's page
    # footer and the preview's Word page have them.
    footer.setHtml(page_footer_paragraph(layout.footer, tuple(layout.portal_footer),
                                         layout.portal is not None))
    return article, footer


def new_printer(release: Release) -> QPrinter:
    """A printer set up for the release: its paper and margins (its house's, else 20 mm),
    high resolution."""
    from PySide6.QtCore import QCoreApplication, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setting = type_set(release.language, release.conventions.paper,
                       release.conventions.typesetting)
    size = QPageSize.PageSizeId.Letter if setting.paper == "letter" else \
        QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    top, right, bottom, left = setting.margins_mm or (20, 20, 20, 20)
    printer.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)
    printer.setDocName(release.headline or QCoreApplication.translate("Printing",
                                                                      "Press release"))
    return printer


KEEP_LINES_MAX = 6  # a block this short (a contact, a short paragraph) is never split


def _keep_together(article: QTextDocument, page_height: float) -> None:
    """Move a heading, a list's lead-in line or a short block that a page end would separate
    from what follows (or split) to the next page, as the PDF and the DOCX do."""
    from PySide6.QtGui import QTextBlock, QTextCursor, QTextFormat

    layout = article.documentLayout()

    def set_break(block: QTextBlock, on: bool) -> None:
        block_format = block.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on
                                        else QTextFormat.PageBreakFlag.PageBreak_Auto)
        QTextCursor(block).setBlockFormat(block_format)

    for _ in range(50):  # each pass moves one block; a page holds a few such chains at most
        block = article.begin()
        moved = False
        while block.isValid():
            following = block.next()
            rect = layout.blockBoundingRect(block)
            top, bottom = int(rect.top() // page_height), int((rect.bottom() - 1) // page_height)
            split = top != bottom and block.layout().lineCount() <= KEEP_LINES_MAX
            keeps_next = block.blockFormat().headingLevel() > 0 or (
                following.isValid() and following.textList() is not None
                and block.textList() is None)
            parted = keeps_next and following.isValid() and \
                int(layout.blockBoundingRect(following).top() // page_height) > bottom
            already = block.blockFormat().pageBreakPolicy() & \
                QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            at_page_top = rect.top() - top * page_height < 2  # moving it would not help
            if (split or parted) and not already and not at_page_top:
                set_break(block, True)
                if parted:  # the chain moves as one: what followed needs no break of its own
                    set_break(following, False)
                moved = True
                break
            block = following
        if not moved:
            return


def paint_release(release: Release, device: QPagedPaintDevice) -> int:
    """Paint *release* onto *device* (a printer, or a PDF writer in tests); the page count."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    width, height = float(rect.width()), float(rect.height())
    article, footer = _documents(release, device)
    number_room = device.logicalDpiY() * 0.6  # room for "10 / 12" beside the footer
    footer.setTextWidth(width - number_room)
    gap = device.logicalDpiY() * FOOTER_GAP_MM / 25.4
    body_height = max(height - footer.size().height() - gap, height / 2)
    article.setPageSize(QSizeF(width, body_height))
    _keep_together(article, body_height)
    # Laid out again whole: after a block's page break changes, Qt lays out only from that
    # block on and keeps the positions it draws by (the root frame's checkpoints) from
    # before, so drawing a page would stop where the old layout ended it and leave the
    # rest of the article (contacts, About, the end mark) off the paper.
    article.markContentsDirty(0, article.characterCount())
    pages = article.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            article.drawContents(painter, QRectF(0, page * body_height, width, body_height))
            painter.restore()
            painter.save()
            painter.translate(0, height - footer.size().height())
            footer.drawContents(painter)
            painter.restore()
            number = QTextDocument()
            number.setDefaultFont(article.defaultFont())
            number.documentLayout().setPaintDevice(device)
            number.setDefaultStyleSheet(article.defaultStyleSheet())
            number.setHtml(f'<p class="page-footer" align="right">{page + 1} / {pages}</p>')
            number.setTextWidth(number_room)
            painter.save()
            painter.translate(width - number_room, height - footer.size().height())
            number.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
    return pages
