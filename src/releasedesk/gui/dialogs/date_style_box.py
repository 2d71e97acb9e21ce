"""The house style's date style, as the set-up and the house-style editor offer it.

A release prints its dates in its own language's form (render/words.py): 2026年11月25日 in
a Chinese release whatever the house style says, and never so in another language. The box
offers what the house's language can print: for Chinese, 年月日 alone (the box says why it
cannot change); for any other language, every style but 年月日, which its list does not show.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QListView, QWidget

from ...language_tag import date_style_of, is_chinese
from ...model import DATE_FORMATS

CHINESE = "zh"


class DateStyleBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, label in zip(DATE_FORMATS, (self.tr("Nov. 25, 2026 (AP)"), "2026-11-25",
                                              self.tr("November 25, 2026"), "2026年11月25日",
                                              self.tr("25 November 2026")), strict=True):
            self.addItem(label, code)

    def choose(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))

    def chosen(self) -> str:
        return str(self.currentData())

    def follow(self, language: str) -> None:
        """Offer what a release in *language* prints; a style it cannot print gives way to
        the language's own."""
        chinese = is_chinese(language.strip().replace("_", "-"))
        model = self.model()
        assert isinstance(model, QStandardItemModel)  # (a combo box's own model)
        view = self.view()
        for row, code in enumerate(DATE_FORMATS):
            offered = chinese == (code == CHINESE)
            item = model.item(row)
            if item is not None:
                item.setEnabled(offered)  # (not chosen by keys or wheel either)
            if isinstance(view, QListView):
                view.setRowHidden(row, not offered)
        if chinese != (self.chosen() == CHINESE):
            self.choose(date_style_of(language))
        self.setEnabled(not chinese)
        self.setToolTip(self.tr("A Chinese release prints its dates as 2026年11月25日.")
                        if chinese else "")
