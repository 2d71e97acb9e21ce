"""The form's About and footer section: the About text (Markdown), keywords, the end mark,
and the house style's standard footer, shown read-only with an offer to take a newer one.
The fields are made when the section first unfolds or one of them is asked for (most
sessions never unfold it); its summary and the offer, on its title line, are there from the
start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QPushButton, QWidget

from ... import fields
from ...field_change import FieldChange
from ...model import END_MARKS
from ..undo.history_keys import HistoryLineEdit
from ..widgets.quiet_inputs import QuietComboBox
from ..widgets.wrapping_line import GrowingText

if TYPE_CHECKING:
    from ...model import Release
    from .release_form import ReleaseForm


# The fields of the section, in its order.
ABOUT_FIELDS = ("boilerplate", "keywords", "end_mark", "footer")


class AboutFields(QWidget):
    """About, keywords, end mark and footer, in the form's "About and footer" section."""

    def __init__(self, form: ReleaseForm) -> None:
        super().__init__(form)
        self.form = form
        # As tall as its text (four rows at least): no scroll bar inside the form's.
        self.boilerplate = GrowingText(self, min_rows=4, max_rows=16)
        self.boilerplate.setObjectName("boilerplate")
        self.boilerplate.setPlaceholderText(self.tr("About the organisation (Markdown)"))
        self.keywords = HistoryLineEdit(self)
        self.keywords.setObjectName("keywords")
        self.keywords.setPlaceholderText(self.tr("Comma-separated"))
        self.end_mark = QuietComboBox(self)
        self.end_mark.setObjectName("endMark")
        for mark in END_MARKS:
            self.end_mark.addItem(mark or self.tr("None"), mark)
        self.footer = GrowingText(self, min_rows=2, max_rows=12)
        self.footer.setObjectName("footer")
        self.footer.setReadOnly(True)
        self.footer.setToolTip(self.tr(
            "The standard footer belongs to the organisation's house style; it is printed "
            "at the end of every export and cannot be edited here (Tools ▸ House style…)."))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("About (boilerplate)"), self.boilerplate)
        layout.addRow(self.tr("Keywords"), self.keywords)
        layout.addRow(self.tr("End mark"), self.end_mark)
        layout.addRow(self.tr("Standard footer"), self.footer)

    def fields(self) -> tuple[QWidget, ...]:
        """The widgets of ABOUT_FIELDS, in order (Tab's too)."""
        return self.boilerplate, self.keywords, self.end_mark, self.footer

    def connect_edits(self) -> None:
        form = self.form
        self.boilerplate.textChanged.connect(
            lambda: form.apply(FieldChange("boilerplate", self.boilerplate.toPlainText()),
                               shown=True))
        keywords = fields.field("keywords")
        assert keywords is not None
        self.keywords.textEdited.connect(lambda text: form.apply(
            FieldChange("keywords", fields.split(keywords, text)), shown=True))
        self.end_mark.currentIndexChanged.connect(
            lambda _: form.apply(FieldChange("end_mark", self.end_mark.currentData()),
                                 shown=True))

    def show_field(self, name: str, release: Release) -> None:
        """Show the release's value of *name* (boilerplate, keywords, end_mark, footer)."""
        if name == "boilerplate":
            self.boilerplate.setPlainText(release.boilerplate)
        elif name == "keywords":
            self.keywords.setText(", ".join(release.keywords))
        elif name == "end_mark":
            self.end_mark.setCurrentIndex(max(0, self.end_mark.findData(release.end_mark)))
        elif name == "footer":
            self.footer.setPlainText("\n".join(
                f"{line.text} <{line.url}>" if line.url else line.text
                for line in release.footer))


def footer_offer(form: ReleaseForm) -> QPushButton:
    """The button that takes the footer from the house style, hidden till offered."""
    button = QPushButton(form)
    button.setObjectName("updateFooter")
    button.setVisible(False)
    button.clicked.connect(lambda: form.footerUpdateRequested.emit())
    return button


def offer_footer_update(button: QPushButton, profile_name: str | None) -> None:
    """Show *button* to take the footer from the named house style (None hides it)."""
    if profile_name:
        button.setText(QCoreApplication.translate(
            "AboutFields", "Update the footer from the “{name}” house style")
            .format(name=profile_name))
    button.setVisible(bool(profile_name))


def summary(release: Release) -> str:
    """The folded section's line: the About text and the end mark, as its fields show them."""
    about = " ".join(release.boilerplate.split())
    mark = release.end_mark if release.end_mark in END_MARKS else END_MARKS[0]
    translate = QCoreApplication.translate  # (in the fields' context, where they are said)
    return translate("AboutFields", "{about} · End mark: {mark}").format(
        about=about or translate("AboutFields", "No About text"),
        mark=mark or translate("AboutFields", "None"))
