"""Tools ▸ House style…: edit, add, duplicate, import and export organisation profiles."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...addresses import completed
from ...errors import ReleaseDeskError
from ...field_rules import base_url_problem, email_is_valid, split_list
from ...house_setup import address_problems
from ...model import (
    EMBARGO_POSITIONS,
    END_MARKS,
    PAPER_SIZES,
    ZONE_STYLES,
    FooterLine,
    valid_accent,
    valid_zone,
)
from ...profiles import (
    ALREADY_INSTALLED,
    REPLACES_BUILTIN,
    Profile,
    ProfileError,
    ProfileStore,
    valid_name,
)
from ...records import replace
from ...render.words import zone_examples
from ...workflow import ApprovalPolicy
from ..basics.dialog_guard import DeskDialog
from ..widgets.collapsible import CollapsibleSection
from ..widgets.contacts_table import ContactsTable
from ..widgets.language_names import RELEASE_LANGUAGES, LanguageBox
from .date_style_box import DateStyleBox
from .portal_style import PortalStyleFields
from .prompts import Prompts

log = logging.getLogger(__name__)
LINK_SEPARATOR = " | "


def footer_to_text(lines: list[FooterLine]) -> str:
    return "\n".join(f"{line.text}{LINK_SEPARATOR}{line.url}" if line.url else line.text
                     for line in lines)


def footer_from_text(text: str) -> list[FooterLine]:
    lines = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        label, _, url = raw.partition(LINK_SEPARATOR)
        lines.append(FooterLine(label.strip(), url.strip()))
    return lines


def import_profile_file(store: ProfileStore, prompts: Prompts,
                        then: Callable[[Profile], object]) -> None:
    """Ask for a house-style file and install it (asking before one of the same name is
    replaced); *then*(the installed profile). Nothing when cancelled or refused (said to
    the user)."""
    prompts.open_profile_path(lambda source: _install(store, prompts, source, then))


def _install(store: ProfileStore, prompts: Prompts, source: Path,
             then: Callable[[Profile], object]) -> None:
    try:
        then(store.import_file(source))
    except ProfileError as exc:
        if exc.template == ALREADY_INSTALLED:
            question = QCoreApplication.translate(
                "HouseStyleDialog", "A profile with that name is already installed. Replace it?")
        elif exc.template == REPLACES_BUILTIN:
            question = QCoreApplication.translate(
                "HouseStyleDialog",
                "“{name}” is a built-in profile. Use the imported one in its place? (The "
                "built-in comes back if you delete yours.)").format(
                    name=exc.arguments.get("name", ""))
        else:
            prompts.failure(exc)
            return
        prompts.confirm(question, lambda: _replace(store, prompts, source, then))
    except ReleaseDeskError as exc:
        prompts.failure(exc)


def _replace(store: ProfileStore, prompts: Prompts, source: Path,
             then: Callable[[Profile], object]) -> None:
    try:
        profile = store.import_file(source, replace=True)
    except ReleaseDeskError as again:
        prompts.failure(again)
        return
    then(profile)


class HouseStyleDialog(DeskDialog):
    """Lists every profile; the selected one is edited on the right and saved explicitly."""

    def __init__(self, store: ProfileStore, prompts: Prompts,
                 parent: QWidget | None = None, select: str | None = None) -> None:
        """*select*: the house style shown first (the open release's own), else the first."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("House style"))
        self.resize(900, 640)
        self.store = store
        self.prompts = prompts
        self.profiles: list[Profile] = []
        self.current: Profile | None = None
        self.saved: set[str] = set()  # the names of the house styles saved while open

        self.list = QListWidget(self)
        self.list.setObjectName("profileList")
        self.list.currentRowChanged.connect(self._select)
        self.name = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("What File ▸ New shows, e.g. Wire release"))
        self.organization = QLineEdit(self)
        self.website = QLineEdit(self)
        self.base_url = QLineEdit(self)
        self.base_url.setObjectName("profileBaseUrl")
        self.base_url.setPlaceholderText(self.tr("Where the web team publishes the pages, e.g. "
                                                 "https://www.example.org/news/"))
        # Each language by its name in the interface's language; the house style keeps its tag.
        self.language = LanguageBox(self, RELEASE_LANGUAGES)
        self.language.setObjectName("profileLanguage")
        self.dateline = QLineEdit(self)
        self.boilerplate = QPlainTextEdit(self)
        self.boilerplate.setFixedHeight(80)
        self.footer = QPlainTextEdit(self)
        self.footer.setObjectName("profileFooter")
        self.footer.setFixedHeight(90)
        self.footer.setPlaceholderText(self.tr(
            "One line per footer line; for a link write: text | https://…"))
        self.contacts = ContactsTable(self)
        self.status_line = QCheckBox(self.tr("Print the status line (FOR IMMEDIATE RELEASE …)"),
                                     self)
        self.release_line = QLineEdit(self)
        self.release_line.setPlaceholderText(self.tr("{date}, or e.g. Release time: {date}"))
        self.date_format = DateStyleBox(self)
        self.language.codeChanged.connect(self.date_format.follow)
        self.end_mark = QComboBox(self)
        for mark in END_MARKS:
            self.end_mark.addItem(mark or self.tr("None"), mark)
        self.embargo_position = QComboBox(self)
        for code, label in zip(EMBARGO_POSITIONS, (self.tr("Above the headline"),
                                                   self.tr("Under the release line")),
                               strict=True):
            self.embargo_position.addItem(label, code)
        self.accent = QLineEdit(self)
        self.accent.setPlaceholderText(self.tr("#RRGGBB, empty for the built-in dark red"))
        self.zone = QLineEdit(self)
        self.zone.setPlaceholderText(self.tr("e.g. Europe/Berlin, America/New_York"))
        self.zone_style = QComboBox(self)
        for code in ZONE_STYLES:
            self.zone_style.addItem("", code)
        self._zone_examples()
        self.zone.textChanged.connect(lambda _text: self._zone_examples())
        self.paper = QComboBox(self)
        for code, label in zip(PAPER_SIZES, (self.tr("By the release's language (A4; US Letter "
                                                     "for the US and Canada)"),
                                             "A4", self.tr("US Letter")), strict=True):
            self.paper.addItem(label, code)
        self.mail_from = QLineEdit(self)
        self.mail_to = QLineEdit(self)
        self.mail_to.setPlaceholderText(self.tr("Comma-separated addresses"))
        self.signoffs = QLineEdit(self)
        self.signoffs.setObjectName("profileSignoffs")
        self.signoffs.setPlaceholderText(self.tr("Comma-separated, e.g. Reviewer, Director"))
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Site address for images"), self.base_url)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Default dateline"), self.dateline)
        form.addRow(self.tr("About (boilerplate)"), self.boilerplate)
        form.addRow(self.tr("Standard footer"), self.footer)
        form.addRow(self.tr("Media contacts"), self.contacts)
        form.addRow("", self.status_line)
        form.addRow(self.tr("Release line"), self.release_line)
        form.addRow(self.tr("Date format"), self.date_format)
        form.addRow(self.tr("End mark"), self.end_mark)
        form.addRow(self.tr("Embargo notice"), self.embargo_position)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Embargo time zone shown"), self.zone_style)
        form.addRow(self.tr("Accent colour"), self.accent)
        form.addRow(self.tr("Paper (PDF and Word)"), self.paper)
        form.addRow(self.tr("E-mail from"), self.mail_from)
        form.addRow(self.tr("E-mail to"), self.mail_to)
        form.addRow(self.tr("Required sign-offs"), self.signoffs)
        # A Chinese government portal's settings, folded away until wanted.
        self.portal = PortalStyleFields(self)
        self.portal_section = CollapsibleSection(
            self.tr("Government portal (fields, page metadata, structured footer)"),
            self.portal, self, self.portal.summary)
        self.portal_section.setObjectName("portalSection")
        self.portal.changed.connect(self.portal_section.refresh_summary)
        form.addRow(self.portal_section)
        form.addRow("", self.notice)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, handler in (
            ("new", self.tr("New"), self.new_profile),
            ("duplicate", self.tr("Duplicate"), self.duplicate),
            ("delete", self.tr("Delete"), self.delete),
            ("import", self.tr("Import…"), self.import_profile),
            ("export", self.tr("Export…"), self.export_profile),
            ("save", self.tr("Save"), self.save),
            ("close", self.tr("Close"), self.reject),  # (asks first if edits are unsaved)
        ):
            button = QPushButton(label, self)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[key] = button
        self.buttons["save"].setDefault(True)

        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        editor = QWidget(self)
        editor.setLayout(form)
        # The fields scroll in their column: together they are taller than a laptop's screen
        # (1366×768), and unfolding the portal's section never makes the dialog taller.
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setObjectName("houseStyleScroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setWidget(editor)
        self.editor_scroll.setMinimumWidth(editor.sizeHint().width() + 24)  # no horizontal bar
        columns.addWidget(self.editor_scroll, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        self.reload(select)

    # -- list ------------------------------------------------------------------------


    def _zone_examples(self) -> None:
        """The two ways of showing the embargo's zone, with the zone typed as the example
        (Asia/Shanghai: "UTC+08:00", "CST"); a zone not known yet shows Europe/Berlin's."""
        offset, letters = zone_examples(self.zone.text().strip(), datetime.now(UTC))
        self.zone_style.setItemText(0, self.tr("As an offset: {example}").format(
            example=offset))
        self.zone_style.setItemText(1, self.tr("As letters where the zone has them: "
                                               "{example}").format(example=letters))
    def reload(self, select: str | None = None) -> None:
        self.profiles = self.store.load_all()
        for problem in self.store.problems:
            log.warning("profile skipped: %s", problem)
        self.list.blockSignals(True)
        self.list.clear()
        for profile in self.profiles:
            label = profile.name
            if profile.builtin:
                label += self.tr(" (built-in)")
            elif profile.replaces_builtin:
                label += self.tr(" (yours, replaces the built-in)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [p.name for p in self.profiles]
        row = names.index(select) if select in names else (0 if names else -1)
        self.list.setCurrentRow(row)
        self._select(row)
        if self.store.problems:
            self.notice.setText(self.tr("Skipped: ") + " ".join(self.store.problems))

    def _select(self, row: int) -> None:
        self.current = copy.deepcopy(self.profiles[row]) if 0 <= row < len(self.profiles) \
            else None
        self._show(self.current)

    def _show(self, profile: Profile | None) -> None:
        profile = profile or Profile(name="")
        self.name.setText(profile.name)
        self.display_name.setText(profile.display_name)
        self.organization.setText(profile.organization)
        self.website.setText(profile.website)
        self.language.show_code(profile.language)
        self.dateline.setText(profile.dateline)
        self.boilerplate.setPlainText(profile.boilerplate)
        self.footer.setPlainText(footer_to_text(profile.footer))
        self.contacts.set_contacts(profile.contacts)
        self.status_line.setChecked(profile.conventions.status_line)
        self.release_line.setText(profile.conventions.release_line)
        self.date_format.choose(profile.conventions.date_format)
        self.date_format.follow(profile.language)
        self.end_mark.setCurrentIndex(max(0, self.end_mark.findData(profile.end_mark)))
        conventions = profile.conventions
        self.embargo_position.setCurrentIndex(max(0, self.embargo_position.findData(
            conventions.embargo_position)))
        self.accent.setText(conventions.accent)
        self.base_url.setText(conventions.base_url)
        self.zone.setText(conventions.zone)
        self.zone_style.setCurrentIndex(max(0, self.zone_style.findData(conventions.zone_style)))
        self.paper.setCurrentIndex(max(0, self.paper.findData(conventions.paper)))
        self.mail_from.setText(conventions.mail_from)
        self.mail_to.setText(", ".join(conventions.mail_to))
        self.signoffs.setText(", ".join(profile.approval.signoffs))
        self.portal.show_settings(conventions)
        self.portal_section.refresh_summary()
        if profile.builtin:
            notice = self.tr("Built-in profile: saving keeps your changes as your own copy of it.")
        elif profile.replaces_builtin:
            notice = self.tr("Your own profile, used in place of the built-in one of this name; "
                             "delete it to get the built-in back.")
        else:
            notice = ""
        self.notice.setText(notice)
        self.mark_clean()  # (the profile as shown: what Close asks about is typed after)

    def edited_profile(self) -> Profile:
        """The profile as the fields show it now."""
        base = self.current or Profile(name="")
        return Profile(
            name=self.name.text().strip(),
            display_name=self.display_name.text().strip(),
            organization=self.organization.text().strip(),
            website=self.website.text().strip(),
            language=self.language.code() or "en",
            dateline=self.dateline.text().strip(),
            boilerplate=self.boilerplate.toPlainText().strip(),
            contacts=[c for c in self.contacts.contacts if not c.is_empty()],
            footer=footer_from_text(self.footer.toPlainText()),
            end_mark=self.end_mark.currentData(),
            # Every convention the dialog does not show (house words …) is kept as it was.
            conventions=replace(
                base.conventions,
                status_line=self.status_line.isChecked(),
                release_line=self.release_line.text(),
                date_format=self.date_format.chosen(),
                embargo_position=self.embargo_position.currentData(),
                accent=self.accent.text().strip(),
                zone=self.zone.text().strip(),
                zone_style=self.zone_style.currentData(),
                paper=self.paper.currentData(),
                mail_from=self.mail_from.text().strip(),
                mail_to=split_list(self.mail_to.text()),
                words=dict(base.conventions.words),
                base_url=self.base_url.text().strip(),
                **self.portal.settings()),
            approval=self._approval(base),
            logo=base.logo,  # (set by the first start's set-up; kept as it was)
        )

    def _approval(self, base: Profile) -> ApprovalPolicy:
        """The sign-offs as typed; naming any makes approval required; the key stays."""
        roles = split_list(self.signoffs.text())
        return ApprovalPolicy(signoffs=roles, required=bool(roles) or base.approval.required,
                              public_key=base.approval.public_key)

    # -- commands --------------------------------------------------------------------------

    def save(self) -> bool:
        profile = self.edited_profile()
        if not valid_name(profile.name):
            self.prompts.error(self.tr(
                "A profile name uses letters, digits, dots, dashes or underscores, "
                "like “city-portal”."))
            return False
        if profile.conventions.release_line and "{date}" not in profile.conventions.release_line:
            self.prompts.error(self.tr(
                "The release line must contain {date} where the date goes, or be empty."))
            return False
        if not profile.footer:
            self.prompts.error(self.tr("The standard footer needs at least one line."))
            return False
        unfollowable = address_problems(profile.website, profile.footer)
        if unfollowable:
            self.prompts.failure(unfollowable[0].error())
            return False
        profile = replace(profile, website=completed(profile.website), footer=[
            FooterLine(line.text, completed(line.url)) for line in profile.footer])
        conventions = profile.conventions
        if not valid_accent(conventions.accent):
            self.prompts.error(self.tr("The accent colour is written #RRGGBB, e.g. #2e5e3e."))
            return False
        if conventions.zone and not valid_zone(conventions.zone):
            self.prompts.error(self.tr(
                "“{zone}” is not a time zone; write it like Europe/Berlin or America/New_York.")
                .format(zone=conventions.zone))
            return False
        if base_url_problem(conventions.base_url) is not None:
            self.prompts.error(self.tr(
                "“{address}” is not a site address; write it like https://www.example.org/news/.")
                .format(address=conventions.base_url))
            return False
        addresses = [a for a in (conventions.mail_from, *conventions.mail_to) if a]
        bad = next((a for a in addresses if not email_is_valid(a)), None)
        if bad is not None:
            self.prompts.error(self.tr("“{address}” is not an e-mail address.").format(
                address=bad))
            return False
        try:
            self.store.save(profile)
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return False
        self.saved.add(profile.name)
        self.reload(select=profile.name)
        return True

    def new_profile(self) -> None:
        self.current = Profile(name=self._free_name("new-profile"),
                               footer=[FooterLine(self.tr("© Your organisation"))])
        self.list.clearSelection()
        self._show(self.current)
        self.name.setFocus()

    def duplicate(self) -> None:
        if self.current is None:
            return
        copy_of = copy.deepcopy(self.edited_profile())
        copy_of.name = self._free_name(f"{copy_of.name}-copy")
        copy_of.builtin = False
        self.current = copy_of
        self._show(copy_of)
        self.name.setFocus()

    def delete(self) -> bool:
        if self.current is None:
            return False
        try:
            self.store.delete(self.current.name)
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return False
        self.reload()
        return True

    def import_profile(self) -> None:
        """Ask for a house-style file, install it and show it chosen."""
        import_profile_file(self.store, self.prompts,
                            lambda profile: self.reload(select=profile.name))

    def export_profile(self) -> None:
        """Ask where, then write the chosen house style there."""
        if self.current is not None:
            self.prompts.export_profile_path(f"{self.current.name}.json",
                                             partial(self._export_to, self.current.name))

    def _export_to(self, name: str, target: Path) -> None:
        try:
            self.store.export(name, target)
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)

    def _free_name(self, base: str) -> str:
        names = {p.name for p in self.profiles}
        candidate, number = base, 2
        while candidate in names:
            candidate = f"{base}-{number}"
            number += 1
        return candidate
