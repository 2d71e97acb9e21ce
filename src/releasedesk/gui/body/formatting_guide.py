"""Help ▸ Formatting Guide: one short page of what the body understands.

The page is a resource per interface language (resources/help/), shown in a QTextBrowser;
a language without its own page gets the English one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...resources import resources_dir
from ..basics.dialog_guard import DeskDialog
from ..basics.i18n import resolve


def guide_html(language: str) -> str:
    """The guide's HTML for an interface language ("en", "zh_CN")."""
    folder = resources_dir() / "help"
    page = folder / f"formatting-guide.{language}.html"
    if not page.exists():
        page = folder / "formatting-guide.en.html"
    return page.read_text(encoding="utf-8")


class FormattingGuide(DeskDialog):
    """A window beside the editor (not modal: one can read it while writing)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formattingGuide")
        self.setWindowTitle(self.tr("Formatting Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("formattingGuideText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(guide_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)

    @classmethod
    def show_for(cls, parent: QWidget, choice: str) -> FormattingGuide:
        """Show the guide in the interface language (*choice* as in the settings)."""
        guide = parent.findChild(cls)
        if guide is None:
            guide = cls(resolve(choice), parent)
        guide.show()
        guide.raise_()
        return guide
