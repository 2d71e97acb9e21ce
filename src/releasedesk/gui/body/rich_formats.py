"""How the formatted body editor keeps the body's structure inside a QTextDocument.

What a block *is* lives in properties of its own, never in how it looks, so reading the
document back into the tree (rich_body) does not guess from fonts:

- a block's **containers** (``CONTAINERS``): the quotations and list items it sits in,
  outside first, e.g. ``"q3 l l"`` = inside quotation 3, inside a list item, inside a
  nested list item. ``l`` is a list level; ``q<id>`` a quotation, whose id keeps two
  quotations in a row apart;
- membership in a ``QTextList`` marks the block that **starts an item** of that list, at
  its deepest ``l``; a block of an item that is not its first has no list, only the ``l``;
- headings use Qt's heading level, rules Qt's horizontal ruler, code blocks ``CODE_BLOCK``;
- a run of text carries its **marks** (``MARKS``), outside first: ``s`` strong, ``e``
  emphasis, ``a`` link (its address in Qt's anchor), ``c`` code, ``i`` a photo's place
  (``photo:ID`` in its anchor), each with an id, so ``*a* *b*`` stays two emphases and
  ``**[x](u)**`` stays a link inside bold;
- a photo's place starts with a small picture (``PHOTO_MARK``), an inline image with the
  place's marks: an object of the document with no words, so reading it back skips it.

The look (margins, sizes, colours) is derived from those properties here, and only here.
Brushes come from styling.char_formats: building a QBrush from a QColor in Python would
create the Qt namespace's enums at start-up (see enum_properties).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextLength,
    QTextListFormat,
)

from ..basics.styling import char_formats

if TYPE_CHECKING:
    from PySide6.QtGui import QBrush, QTextImageFormat

# QTextFormat::UserProperty (0x100000) and up: ours. Plain numbers, because reading them
# from QTextFormat.Property on every block would cost an enum lookup each time.
CONTAINERS = 0x100000 + 1
MARKS = 0x100000 + 2
CODE_BLOCK = 0x100000 + 3
LOOSE = 0x100000 + 4
# Set on every other short run of a long text (short_runs.py): a format boundary for Qt's
# text engine, with no look and no meaning; reading the body ignores it.
RUN_PART = 0x100000 + 5
RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
FONT_SIZE_ADJUSTMENT = QTextFormat.Property.FontSizeAdjustment

LINE_BREAK = "\u2028"  # Qt's line separator inside a block: a hard line break
OBJECT = "\ufffc"  # an inline object (image) Qt may carry in: it has no words

LIST_INDENT = 26  # pixels per list level (the document's indent width)
QUOTE_INDENT = 18  # pixels per quotation level

PARAGRAPH, HEADING, CODE, HR = "p", "h", "code", "rule"

# The document's colours are those of a light scheme, always: a dark scheme turns the text
# colours on screen only (dark_tint.py), so the document, its formats and its undo history
# are the same in both. The tints are translucent: on white they are the pale #f1efe8,
# #efeff3 and #e8eaec, on a dark ground a shade lighter than it, under light text.
_LINK_COLOUR = "#1a4f8b"
_HEADING_COLOUR = "#1a3a5f"
_QUOTE_TINT = "rgba(138, 122, 63, 0.12)"
_CODE_TINT = "rgba(122, 122, 155, 0.12)"
_PHOTO_TINT = "rgba(112, 124, 138, 0.16)"
# A photo's place reads as a placeholder, not as a link: its words in a quiet slate on a
# grey tint, never underlined, after a small picture (an outline in a grey that stands out
# 3.7:1 on white and on a dark scheme's ground alike: the picture is not turned).
_PHOTO_COLOUR = "#4b5763"
_PHOTO_PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="42" height="28" viewBox="-2 0 21 14">'
    '<rect x="1" y="1.5" width="14" height="11" rx="2" fill="none" stroke="#7a8693" '
    'stroke-width="1.4"/><circle cx="11" cy="5" r="1.5" fill="#7a8693"/>'
    '<path d="M3 11 L6.5 6.5 L9 9.5 L10.5 8 L13 11 Z" fill="#7a8693"/></svg>')
PHOTO_MARK_SIZE = (21, 14)  # pixels, as the text's line shows it (a margin each side)


def split_marks(marks: str) -> list[str]:
    return marks.split() if marks else []


def list_depth(containers: tuple[str, ...]) -> int:
    return containers.count("l")


def last_level(containers: tuple[str, ...]) -> int:
    """Index of the deepest list level in *containers*, or -1."""
    for index in range(len(containers) - 1, -1, -1):
        if containers[index] == "l":
            return index
    return -1


def block_format(containers: tuple[str, ...], kind: str, level: int = 0,
                 member: bool = False) -> QTextBlockFormat:
    """The block format for a block of *kind* in *containers* (list membership set apart).

    A list's own indent (one level) places the first item's text; every further level and
    every quotation is left margin, so a list keeps its look wherever it moved.
    """
    fmt = QTextBlockFormat()
    if containers:
        fmt.setProperty(CONTAINERS, " ".join(containers))
    lists = list_depth(containers)
    quotes = len(containers) - lists
    margin = quotes * QUOTE_INDENT + (lists - 1 if member and lists else lists) * LIST_INDENT
    if margin:
        fmt.setLeftMargin(margin)
    if quotes:
        fmt.setBackground(_brush(_QUOTE_TINT))
    if kind == HEADING:
        fmt.setHeadingLevel(level)
        fmt.setTopMargin(10)
        fmt.setBottomMargin(4)
    elif kind == CODE:
        fmt.setProperty(CODE_BLOCK, True)
        fmt.setBackground(_brush(_CODE_TINT))
        fmt.setBottomMargin(6)
    elif kind == HR:
        fmt.setProperty(RULE, QTextLength(QTextLength.Type.PercentageLength, 100))
    elif lists:
        fmt.setBottomMargin(2)
    else:
        # Qt keeps the larger of two margins that meet: paragraphs stay 6 apart, and a
        # paragraph after a list is set off from it as well.
        fmt.setTopMargin(6)
        fmt.setBottomMargin(6)
    return fmt


def list_format(ordered: bool, start: int, loose: bool, depth: int) -> QTextListFormat:
    fmt = QTextListFormat()
    if ordered:
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
        fmt.setStart(start)
    else:
        fmt.setStyle((QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                      QTextListFormat.Style.ListSquare)[(max(depth, 1) - 1) % 3])
    fmt.setIndent(1)
    if loose:
        fmt.setProperty(LOOSE, True)
    return fmt


def is_ordered(fmt: QTextListFormat) -> bool:
    return fmt.style() in (QTextListFormat.Style.ListDecimal,
                           QTextListFormat.Style.ListLowerAlpha,
                           QTextListFormat.Style.ListUpperAlpha,
                           QTextListFormat.Style.ListLowerRoman,
                           QTextListFormat.Style.ListUpperRoman)


class CharLook:
    """Character formats for (block kind, heading level, marks, link), made once each."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int, str, str, bool], QTextCharFormat] = {}
        self._marks: dict[tuple[str, int, str, str], QTextImageFormat] = {}

    def photo_mark(self, kind: str, level: int, marks: str, href: str) -> QTextImageFormat:
        """The picture that starts a photo's place: an inline image carrying the marks and
        address of the place's words (so it belongs to them, and reads as nothing)."""
        key = (kind, level, marks, href)
        fmt = self._marks.get(key)
        if fmt is None:
            # (a body without photos never makes one: the class is built on first use)
            from PySide6.QtGui import QTextImageFormat

            fmt = self._marks[key] = QTextImageFormat()
            fmt.merge(char_format(kind, level, marks, href))
            fmt.setName(photo_mark_name())
            width, height = PHOTO_MARK_SIZE
            fmt.setWidth(width)
            fmt.setHeight(height)
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        return fmt

    def again(self, old: QTextFormat, kind: str, level: int, marks: str,
              href: str) -> QTextCharFormat:
        """The look of a run that had the format *old*, for new marks or a new block kind:
        a photo's picture stays a picture."""
        if is_photo_mark(old):
            return self.photo_mark(kind, level, marks, href)
        return self.format(kind, level, marks, href)

    def format(self, kind: str, level: int, marks: str, href: str = "",
               part: bool = False) -> QTextCharFormat:
        """*part*: the same look, as a run of its own (RUN_PART)."""
        key = (kind, level, marks, href, part)
        fmt = self._made.get(key)
        if fmt is None:
            fmt = char_format(kind, level, marks, href)
            if part:
                fmt.setProperty(RUN_PART, True)
            self._made[key] = fmt
        return fmt


def char_format(kind: str, level: int, marks: str, href: str = "") -> QTextCharFormat:
    """The look of a run of text with *marks* in a block of *kind*."""
    fmt = QTextCharFormat()
    kinds = {mark[0] for mark in split_marks(marks)}
    if marks:
        fmt.setProperty(MARKS, marks)
    if kind == HEADING:
        fmt.setProperty(FONT_SIZE_ADJUSTMENT, {2: 2, 3: 1}.get(level, 0))
        fmt.setFontWeight(900 if "s" in kinds else 700)
        if "a" not in kinds:
            fmt.setForeground(_brush(_HEADING_COLOUR))
    elif "s" in kinds:
        fmt.setFontWeight(700)
    if "e" in kinds:
        fmt.setFontItalic(True)
    if "i" in kinds and href:  # a photo's place (photo:ID): a tinted placeholder
        fmt.setAnchorHref(href)
        fmt.setToolTip(href)
        fmt.setBackground(_brush(_PHOTO_TINT))
        fmt.setForeground(_brush(_PHOTO_COLOUR))
    if "a" in kinds and href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setToolTip(href)  # the address on hover
        fmt.setFontUnderline(True)
        fmt.setForeground(_brush(_LINK_COLOUR))
    if "c" in kinds or kind == CODE:
        fmt.setFontFamilies(["monospace"])
        fmt.setFontFixedPitch(True)
        if kind != CODE:
            fmt.setBackground(_brush(_CODE_TINT))
    return fmt


def is_photo_mark(fmt: QTextFormat) -> bool:
    """Whether *fmt* is the picture that starts a photo's place."""
    return fmt.isImageFormat() and fmt.toImageFormat().name() == photo_mark_name()


@cache
def photo_mark_name() -> str:
    """The picture's address: the drawing itself (a data URL), so every document, the
    editor's or a scratch copy's, shows it without a resource of its own."""
    from base64 import b64encode

    return "data:image/svg+xml;base64," + b64encode(_PHOTO_PICTURE.encode()).decode("ascii")


@cache  # brushes are values; the GUI thread alone makes them
def _brush(colour: str) -> QBrush:
    return char_formats(f"color: {colour}")[0].foreground()
