"""Character formats and brushes written as CSS and built by Qt's own rich-text parser.

Building a brush in Python (``QBrush(QColor(...))``, or a QColor where a brush is expected)
makes PySide6 create the Python enums of the whole ``Qt`` namespace, because those
overloads take Qt enums: about a hundred enums, 25–45 ms on the reference machine, at every
start. Qt's parser makes the same formats without that cost, so code that runs while the
editor starts takes its colours from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor, QTextDocument

from ...text_html import escape

if TYPE_CHECKING:  # (PySide6 builds each class, and its enums, on first use)
    from PySide6.QtGui import QBrush, QTextCharFormat


def char_formats(*styles: str) -> list[QTextCharFormat]:
    """One character format per CSS declaration list, e.g. ``"color: #1a4f8b"``."""
    document = QTextDocument()
    document.setHtml("".join(f'<span style="{escape(style)}">x</span>' for style in styles))
    cursor = QTextCursor(document)
    formats = []
    for position in range(1, len(styles) + 1):
        cursor.setPosition(position)  # the format of the character before the position
        formats.append(cursor.charFormat())
    return formats


def solid_brush(colour: str) -> QBrush:
    """A solid brush of a CSS colour such as ``#2f6b2f``."""
    return char_formats(f"color: {colour}")[0].foreground()
