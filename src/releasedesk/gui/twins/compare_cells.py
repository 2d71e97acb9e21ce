"""The cells of Compare with Language Version: text as it reads, sized to it, top-aligned.

A paragraph of the body or the About text is Markdown; it is shown as it reads
(clearance/reading.py lays it out: bold and italic as formatting, a link as its words, a
heading bold, no ``**``, ``>`` or ``###``), with the values of the facts that differ
highlighted. The delegate draws each cell from that HTML at the top of its row, asks for
the height the text takes at the column's width, and draws a selected row on a light
tint in the cells' own colours, so a red "facts differ" stays red and readable.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...clearance.reading import LINK, Run, laid_out, styled_html
from ...text_html import text_html

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT = "#ffd0d0"  # a value that differs from the other version's
MARGIN = 3.0


def reading_runs(text: str, markdown: bool) -> list[Run]:
    """The runs *text* reads as: a Markdown paragraph laid out, other text as it is."""
    if markdown:
        runs = laid_out(text)
        if runs or not text.strip():
            return runs
    return [(text, frozenset(), "")]


def plain(runs: Iterable[Run]) -> str:
    return "".join(run[0] for run in runs)


def highlighted(shown: str, values: Iterable[str]) -> list[tuple[int, int]]:
    """Where each of *values* first stands in *shown* (spaces compared loosely), in order;
    a value not found is left out."""
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    for value in values:
        words = value.split()
        if not words:
            continue
        start = 0
        while True:
            at = _find_words(shown, words, start)
            if at is None:
                break
            if not taken.intersection(range(*at)):
                spans.append(at)
                taken.update(range(*at))
                break
            start = at[0] + 1
    return sorted(spans)


def _find_words(text: str, words: list[str], start: int) -> tuple[int, int] | None:
    import re

    pattern = r"\s*".join(re.escape(word) for word in words)
    found = re.compile(pattern).search(text, start)
    return (found.start(), found.end()) if found else None


def reading_html(runs: list[Run], spans: list[tuple[int, int]],
                 highlight: str = HIGHLIGHT) -> str:
    """*runs* as HTML (escaped text; bold, italic, code, a link's words underlined, a
    quote in italics), the characters of *spans* on *highlight* (HIGHLIGHT as the
    scheme shows it on the cell's ground: the cell's text colour must read on it)."""
    marked = [False] * len(plain(runs))
    for start, end in spans:
        for place in range(start, min(end, len(marked))):
            marked[place] = True
    out: list[str] = []
    at = 0
    for text, styles, _href in runs:
        pieces: list[tuple[str, bool]] = []
        for offset, char in enumerate(text):
            mark = marked[at + offset]
            if pieces and pieces[-1][1] == mark:
                pieces[-1] = (pieces[-1][0] + char, mark)
            else:
                pieces.append((char, mark))
        at += len(text)
        for piece, mark in pieces:
            html = styled_html(piece, styles)
            if LINK in styles:
                html = f"<u>{html}</u>"
            if mark:
                html = f'<span style="background-color:{highlight}">{html}</span>'
            out.append(html)
    return "".join(out)


def selection_tint(palette: QPalette) -> QColor:
    """A light tint of the selection colour, on which the cells' own colours read."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    share = 0.28
    return QColor(round(base.red() + (highlight.red() - base.red()) * share),
                  round(base.green() + (highlight.green() - base.green()) * share),
                  round(base.blue() + (highlight.blue() - base.blue()) * share))


class CompareDelegate(QStyledItemDelegate):
    """Draws a cell's HTML (HTML_ROLE; else its text) at the top of its row, wrapped to the
    column, and asks for the height that takes."""

    def _document(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> tuple[QTextDocument, QColor]:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(MARGIN)
        html = index.data(HTML_ROLE)
        if not isinstance(html, str):  # (the text itself: opt.text has its lines joined)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            html = text_html(text if isinstance(text, str) else opt.text)
        document.setHtml(html)
        document.setTextWidth(max(10, opt.rect.width()))
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = foreground.color() if isinstance(foreground, QBrush) else \
            opt.palette.color(QPalette.ColorRole.Text)
        return document, colour

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (text, width, font) → size: sizing every row again after a column moved by a
        # pixel lays out only the cells whose width changed
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        html = index.data(HTML_ROLE)
        text = html if isinstance(html, str) else str(index.data(Qt.ItemDataRole.DisplayRole))
        key = (text, option.rect.width(), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            document, _colour = self._document(option, index)
            size = QSize(math.ceil(document.idealWidth()), math.ceil(document.size().height()))
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        document, colour = self._document(option, index)
        painter.save()
        rect = option.rect
        palette = option.palette
        state = option.state
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, selection_tint(palette))
        elif isinstance(background, QBrush):
            painter.fillRect(rect, background)
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
