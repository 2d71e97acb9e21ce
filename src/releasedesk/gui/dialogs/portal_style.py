"""The house-style dialog's section for a Chinese government portal: whether releases show
the portal's fields and print their summary, the site the page metadata names, and the
structured footer's entries (each with an optional link to its registry page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from ...model import PORTAL_SWITCHES, PORTAL_TEXTS, Conventions


class PortalStyleFields(QWidget):
    """Edits the portal settings of a house style (model.PORTAL_SETTINGS)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalStyle")
        self.switches: dict[str, QCheckBox] = {
            "portal_fields": QCheckBox(self.tr(
                "Show the portal's fields (source, column, author …) for every language"), self),
            "print_summary": QCheckBox(self.tr("Print the summary under the title"), self),
        }
        self.texts: dict[str, QLineEdit] = {}
        for key in PORTAL_TEXTS:
            line = self.texts[key] = QLineEdit(self)
            line.setObjectName(f"portal_{key}")
            if key.endswith("_url"):
                line.setPlaceholderText(self.tr("Link (optional), https://…"))
        self.texts["site_url"].setPlaceholderText(self.tr("e.g. https://www.example.gov.cn"))
        self.texts["icp"].setPlaceholderText(self.tr("e.g. 芬ICP备00000000号"))
        self.texts["police_record"].setPlaceholderText(self.tr("e.g. 芬公网安备 00000000000000号"))
        self.texts["accessibility"].setPlaceholderText(self.tr(
            "e.g. 无障碍浏览　长者模式"))
        labels = {
            "site_name": self.tr("Site name"), "site_url": self.tr("Site address"),
            "column_type": self.tr("Column type"), "sponsor": self.tr("Sponsor (主办单位)"),
            "organizer": self.tr("Organiser (承办单位)"),
            "site_code": self.tr("Site ID code (网站标识码)"),
            "icp": self.tr("ICP record (ICP备案号)"),
            "police_record": self.tr("Public security record (公安机关备案号)"),
            "contact_us": self.tr("Contact us (联系我们)"),
            "accessibility": self.tr("Accessibility notice"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for switch in self.switches.values():
            form.addRow("", switch)
            switch.toggled.connect(lambda _: self.changed.emit())
        for key, label in labels.items():
            link = self.texts.get(f"{key}_url")
            if link is None or key == "site_url":
                form.addRow(label, self.texts[key])
                continue
            row = QHBoxLayout()  # the entry and, beside it, its link
            row.addWidget(self.texts[key], 3)
            row.addWidget(link, 2)
            form.addRow(label, row)
        for line in self.texts.values():
            line.textChanged.connect(lambda _: self.changed.emit())

    def show_settings(self, conventions: Conventions) -> None:
        for key, switch in self.switches.items():
            switch.setChecked(getattr(conventions, key))
        for key, line in self.texts.items():
            line.setText(getattr(conventions, key))

    def settings(self) -> dict[str, bool | str]:
        """The portal settings as the fields show them, for Conventions."""
        values: dict[str, bool | str] = {key: self.switches[key].isChecked()
                                         for key in PORTAL_SWITCHES}
        values.update({key: " ".join(self.texts[key].text().split()) for key in PORTAL_TEXTS})
        return values

    def summary(self) -> str:
        """One line for the folded section: the sponsor and the site's ID, or that none is set."""
        shown = [text for text in (self.texts["sponsor"].text().strip(),
                                   self.texts["site_code"].text().strip()) if text]
        if shown:
            return " · ".join(shown)
        if self.switches["portal_fields"].isChecked():
            return self.tr("Portal fields shown; no footer entries")
        return self.tr("Not set")
