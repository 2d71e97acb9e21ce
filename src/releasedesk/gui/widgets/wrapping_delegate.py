"""Table cells that wrap instead of ending in "…": words where they can, an address anywhere.

Qt's own cell wrapping breaks only between words, so an e-mail address wider than its
column is cut; this delegate lays the text out as a QTextLayout does with
WrapAtWordBoundaryOrAnywhere, and asks for the rows that takes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def wrapped_height(text: str, font: QFont, width: float) -> float:
    """The height *text* takes in *font* wrapped at *width* (one line when empty)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_WRAP)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        height += line.height()
    layout.endLayout()
    return height or QFontMetricsF(font).lineSpacing()


class WrappingDelegate(QStyledItemDelegate):
    def _margin(self, option: QStyleOptionViewItem) -> int:
        style = option.widget.style() if option.widget is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option,
                                 option.widget) + 1

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        base = super().sizeHint(option, index)
        width = opt.rect.width() - 2 * self._margin(opt)
        if width <= 0 or not opt.text:
            return base
        height = math.ceil(wrapped_height(opt.text, opt.font, width)) + 2 * self._margin(opt)
        return QSize(base.width(), max(base.height(), height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        margin = self._margin(opt)
        area = QRectF(opt.rect).adjusted(margin, margin, -margin, -margin)
        height = wrapped_height(text, opt.font, area.width())
        if height < area.height():  # centred in its row, as Qt's own cells are
            area.moveTop(area.top() + (area.height() - height) / 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        painter.setClipRect(opt.rect)
        painter.drawText(area, text, _WRAP)
        painter.restore()
