"""The structured form: every field of the release, edited in place."""

from __future__ import annotations

import copy
from datetime import date, datetime
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QObject,
    QRegularExpression,
    QSize,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import fields, kinds
from ...checks import HEADLINE_MAX, Finding
from ...field_rules import MAX_LINE_FIELD
from ...model import END_MARKS, Photo, Release, is_portal, is_utc_zone
from ..basics import scheme
from ..basics.enum_properties import set_enum_property
from ..body.body_editor import BodyEditor
from ..undo.history_keys import HistoryLineEdit
from ..undo.release_history import DocumentStep, FieldStep, ReleaseHistory
from ..widgets.collapsible import CollapsibleSection, reveal
from ..widgets.one_line import keep_one_line
from ..widgets.quiet_inputs import QuietComboBox, QuietDateEdit, QuietDateTimeEdit
from ..widgets.wrapping_line import GrowingText, WrappingLine
from .kind_fields import TRACKED as KIND_TRACKED
from .kind_fields import KindFields
from .zones import chosen_zone, named_zone

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtGui import QShowEvent

    from ..dialogs.prompts import Prompts
    from ..preview.preview_photos import PreviewImage
    from ..widgets.contacts_table import ContactsTable
    from .photos_panel import PhotosPanel

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "No date"
LANGUAGES = (("en", "English"), ("en-GB", "English (UK)"), ("zh-CN", "中文（简体）"))
# The fields the release history keeps values of (the body keeps its own steps), and those
# whose typing merges into word-sized steps.
TRACKED = ("headline", "subheadline", "status", "embargo_until", "release_date", "dateline",
           "organization", "language", "contacts", "photos", "boilerplate", "keywords",
           "end_mark", "footer", "house")
TYPED = {"headline", "subheadline", "dateline", "organization", "boilerplate", "keywords",
         "photos"}


def _typed_text(value: Any) -> str | None:
    """A tracked value as the text typed into it: one character more or less in it is
    typing (see FieldStep); the photos' words and the keywords joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    if isinstance(value, tuple) and all(isinstance(item, Photo) for item in value):
        return "\x00".join(f"{p.id}\x01{p.caption}\x01{p.credit}\x01{p.alt}\x01{p.lead}"
                           for p in value)
    return None




def _tr(text: str) -> str:
    """A core phrase (marked with N_) in the interface language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", text)


def _system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return name if named_zone(name) is not None else "UTC"


class ReleaseForm(QWidget):
    """Shows one Release and writes every edit straight back into it."""

    edited = Signal(str)  # the name of the field that changed
    footerUpdateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.release = Release()
        self.read_only = False
        self._loading = False
        self._zones_loaded = False
        self._details_fitted = False
        # One undo history for every field (Edit ▸ Undo); _shown holds each tracked field's
        # value as the history last saw it.
        self.history = ReleaseHistory(self)
        self._shown: dict[str, Any] = {}

        # Headline and subheadline wrap: a long one shows whole, never scrolls sideways.
        self.headline = WrappingLine(self)
        self.headline.setObjectName("headline")
        self.headline.setPlaceholderText(self.tr("What happened, in one line"))
        self.headline_count = QLabel(self)
        scheme.on_switch(self.headline_count, self._update_count)
        self.headline_count.setObjectName("headlineCount")
        self.subheadline = WrappingLine(self)
        self.subheadline.setObjectName("subheadline")
        self.subheadline.setPlaceholderText(self.tr("Optional: one more line of detail"))

        self.status = QuietComboBox(self)
        self.status.setObjectName("status")
        self.status.addItem(self.tr("For immediate release"), "immediate")
        self.status.addItem(self.tr("Embargoed until"), "embargoed")
        self.embargo_time = QuietDateTimeEdit(self)
        self.embargo_time.setObjectName("embargoTime")
        self.embargo_time.setCalendarPopup(True)
        self.embargo_time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.embargo_zone = QuietComboBox(self)
        self.embargo_zone.setObjectName("embargoZone")
        self.embargo_zone.setEditable(True)
        self.embargo_zone.setMinimumContentsLength(16)
        self.embargo_row = QWidget(self)
        embargo_layout = QHBoxLayout(self.embargo_row)
        embargo_layout.setContentsMargins(0, 0, 0, 0)
        embargo_layout.addWidget(self.embargo_time)
        embargo_layout.addWidget(self.embargo_zone, 1)

        self.release_date = QuietDateEdit(self)
        self.release_date.setObjectName("releaseDate")
        self.release_date.setCalendarPopup(True)
        self.release_date.setDisplayFormat("yyyy-MM-dd")
        self.release_date.setMinimumDate(NO_DATE)
        self.release_date.setSpecialValueText(self.tr("No date"))
        self.dateline = HistoryLineEdit(self)
        self.dateline.setObjectName("dateline")
        self.dateline.setPlaceholderText(self.tr("CITY, as it leads the first paragraph"))
        self.organization = HistoryLineEdit(self)
        self.organization.setObjectName("organization")
        self.language = QuietComboBox(self)
        self.language.setObjectName("language")
        self.language.setEditable(True)
        # Sized for its text, not by measuring every item: measuring "中文" would load a
        # Chinese font (~3 MiB) at every start; the list shows it when opened. (No icons:
        # none of the height an icon would take.)
        set_enum_property(self.language, "sizeAdjustPolicy",
                          "AdjustToMinimumContentsLengthWithIcon")
        self.language.setMinimumContentsLength(14)
        self.language.setIconSize(QSize(0, 0))
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)

        self.body = BodyEditor(self)
        self.body.history = self.history
        # The contacts table and the photos panel are made when first needed (their
        # sections start folded): see the contacts and photos properties.
        self._contacts: ContactsTable | None = None
        self._photos: PhotosPanel | None = None
        self.photo_prompts: Prompts | None = None  # the window's dialogs, for the photos
        self.photo_folder: Callable[[], str] = lambda: ""  # the release's folder (the window)
        self._photo_images: tuple[PreviewImage, ...] = ()  # the preview's latest pictures
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
        self.update_footer = QPushButton(self)
        self.update_footer.setObjectName("updateFooter")
        self.update_footer.setVisible(False)
        self.update_footer.clicked.connect(lambda: self.footerUpdateRequested.emit())

        # The line fields of the field table (fields.py), each edited by a line of its
        # own: the widget above named like it, or one made here for a line added to the
        # table since (its row under the release's details).
        self.lines: dict[str, HistoryLineEdit | WrappingLine] = {}
        added: dict[str, HistoryLineEdit] = {}
        for spec in fields.FIELDS:
            if spec.kind == fields.LINE:
                line = getattr(self, spec.name, None)
                if not isinstance(line, (HistoryLineEdit, WrappingLine)):
                    line = added[spec.name] = HistoryLineEdit(self)
                    line.setObjectName(spec.name)
                self.lines[spec.name] = line
        self._added_lines = list(added)
        self.tracked = (*TRACKED, *self._added_lines)
        self.typed = TYPED | set(self._added_lines)
        # A Chinese portal's fields have a section of their own (shown for a portal's
        # release, model.is_portal); any other line added to the table, a row of its own.
        self._portal_lines = [name for name in fields.PORTAL_FIELDS if name in added]
        # The kinds' fields (kinds.py) stand in their kind's section (kind_fields.py).
        self._row_lines = [name for name in self._added_lines
                           if name not in fields.PORTAL_FIELDS and kinds.owner(name) is None]
        self.kind_fields = KindFields(self)
        self.tracked = (*self.tracked, *KIND_TRACKED)
        if "page_url" in added:
            added["page_url"].setPlaceholderText("https://…")

        self._build_layout()

        # A line no release needs (a pasted document in the headline) is cut where a file
        # would be refused (field_rules): what can be typed can always be saved.
        for line in self.lines.values():
            line.setMaxLength(MAX_LINE_FIELD)
        keep_one_line(self.dateline, self.organization, self.keywords, *added.values(),
                      parent=self)
        if "release_time" in added:
            time_line = added["release_time"]
            time_line.setPlaceholderText("09:30")
            # Only a time of day can be typed (a release never holds one it cannot print);
            # in place of the one-line validator, which a time needs no more than this.
            time_line.setValidator(QRegularExpressionValidator(
                QRegularExpression(r"^([01]?\d|2[0-3])?([:：][0-5]?\d?)?$"), time_line))
        self.field_widgets: dict[str, QWidget] = {
            "headline": self.headline, "subheadline": self.subheadline, "status": self.status,
            "embargo_until": self.embargo_time, "release_date": self.release_date,
            "dateline": self.dateline, "organization": self.organization,
            "language": self.language, "body": self.body.views,
            "boilerplate": self.boilerplate,
            "keywords": self.keywords, "end_mark": self.end_mark, "footer": self.footer,
            **{name: self.lines[name] for name in self._added_lines},
            **self.kind_fields.widgets,
        }
        self._connect()
        self.kind_fields.connect_edits()

    # -- loading ---------------------------------------------------------------------

    def set_release(self, release: Release, read_only: bool = False) -> None:
        self.release = release
        self.read_only = read_only
        self._loading = True
        try:
            for name in self.tracked:
                self._show_field(name)
            self.body.set_markdown(release.body)
            for line_edit in (*self.lines.values(), self.keywords):
                line_edit.setCursorPosition(0)
        finally:
            self._loading = False
        self.update_portal_section()
        self.kind_fields.update_visibility()
        self._shown = {name: self._value(name) for name in self.tracked}
        self.history.clear()  # no undo reaches back past the release it opened
        self.set_read_only(read_only)

    def _show_field(self, name: str) -> None:
        """Show the release's value of the tracked field *name* in its widget."""
        release = self.release
        if name in self.lines:
            self.lines[name].setText(getattr(release, name))
            if name == "headline":
                self._update_count()
        elif name == "status":
            self.status.setCurrentIndex(1 if release.is_embargoed else 0)
            self._show_embargo(release.is_embargoed)
        elif name == "embargo_until":
            self._load_embargo(release)
        elif name == "release_date":
            self.release_date.setDate(_qdate(release.release_date))
        elif name == "language":
            index = self.language.findData(release.language)
            if index >= 0:
                self.language.setCurrentIndex(index)
            else:
                self.language.setEditText(release.language)
        elif name == "contacts":
            if self._contacts is not None:  # (else the table shows them when made)
                self._contacts.set_contacts(release.contacts)
            self.sections["contacts"].refresh_summary()
        elif name == "photos":
            if self._photos is not None:
                self._photos.set_release(release, self.read_only)
            self.sections["photos"].refresh_summary()
        elif name == "boilerplate":
            self.boilerplate.setPlainText(release.boilerplate)
        elif name == "keywords":
            self.keywords.setText(", ".join(release.keywords))
        elif name == "end_mark":
            self.end_mark.setCurrentIndex(max(0, self.end_mark.findData(release.end_mark)))
        elif name == "footer":
            self.show_footer()
        elif name in KIND_TRACKED:
            self.kind_fields.show(name)
        if name in ("language", "house"):  # (either can make it a portal's release)
            self.update_portal_section()

    # -- the release's undo history ------------------------------------------------------

    def _value(self, name: str) -> Any:
        """A copy of the tracked field *name* that later edits cannot change."""
        release = self.release
        if name in KIND_TRACKED:
            return self.kind_fields.value(name)
        if name == "embargo_until":
            return (release.embargo_until, release.embargo_zone)
        if name == "photos":
            return tuple(copy.copy(photo) for photo in release.photos)  # (image bytes shared)
        if name == "house":  # the house style's settings that no field shows
            return (release.profile, copy.deepcopy(release.conventions),
                    copy.deepcopy(release.clearance.policy))
        if name in ("contacts", "footer", "keywords"):
            return tuple(copy.deepcopy(getattr(release, name)))
        return getattr(release, name)

    def _put(self, name: str, value: Any) -> None:
        """Set the tracked field *name* to a value _value gave (undo and redo)."""
        release = self.release
        if name in KIND_TRACKED:
            self.kind_fields.put(name, value)
        elif name == "embargo_until":
            release.embargo_until, release.embargo_zone = value
        elif name == "photos":
            release.photos = [copy.copy(photo) for photo in value]
        elif name == "house":
            release.profile = value[0]
            release.conventions, release.clearance.policy = copy.deepcopy(value[1:])
        elif name in ("contacts", "footer", "keywords"):
            setattr(release, name, copy.deepcopy(list(value)))
        else:
            setattr(release, name, value)

    def _step_label(self, name: str) -> str:
        labels = {
            "headline": self.tr("Change Headline"), "subheadline": self.tr("Change Subheadline"),
            "status": self.tr("Change Status"), "embargo_until": self.tr("Change Embargo Time"),
            "release_date": self.tr("Change Release Date"),
            "dateline": self.tr("Change Dateline"),
            "organization": self.tr("Change Organisation"),
            "language": self.tr("Change Language"), "contacts": self.tr("Change Contacts"),
            "photos": self.tr("Change Photos"), "boilerplate": self.tr("Change About"),
            "keywords": self.tr("Change Keywords"), "end_mark": self.tr("Change End Mark"),
            "footer": self.tr("Change Footer"), "house": self.tr("Change House Style"),
        }
        return labels.get(name, self.tr("Change Release"))

    def _record(self, name: str, label: str | None = None) -> None:
        """Add the change of *name* since the history last saw it as an undo step."""
        new = self._value(name)
        old = self._shown.get(name, new)
        if old == new:
            return
        self._shown[name] = new
        self.body.end_word()
        self.history.push(FieldStep(label or self._step_label(name), name, old, new,
                                    self._restore, _typed_text if name in self.typed else None))

    def _restore(self, name: str, value: Any) -> None:
        """Undo or redo of a field step: the value into the release and its widget."""
        self._put(name, value)
        self._shown[name] = self._value(name)
        self._loading = True
        try:
            self._show_field(name)
        finally:
            self._loading = False
        widget = self.field_widget(name)
        if widget is not None:
            reveal(widget)  # what was undone is shown, not out of sight or folded away
        self.edited.emit(name)

    def _body_step(self, label: str, editor: QObject) -> None:
        self.history.close_typing()
        # The body before this step: the form's copy, which the step's own edit has not
        # reached yet (a view's new step is announced before its text changes).
        self.history.push(DocumentStep(label, "body", editor,  # type: ignore[arg-type]  # a view
                                       self.release.body, self.body.markdown))

    def _freeze_body(self) -> None:
        self.history.freeze("body", self._restore_body, self.body.markdown)

    def record_change(self, name: str, label: str) -> None:
        """A command outside the form changed the tracked field *name* of the release:
        show it, make it one undo step named *label*, tell the window."""
        self._loading = True
        try:
            self._show_field(name)
        finally:
            self._loading = False
        self._record(name, label)
        self.edited.emit(name)

    def show_changes(self, label: str) -> list[str]:
        """A command changed several fields of the release at once (an earlier version
        restored): show them, as one undo step named *label*; the names of those changed."""
        changed = [name for name in self.tracked if self._value(name) != self._shown.get(name)]
        with self.history.grouped(label):
            for name in changed:
                self.record_change(name, label)
            shown = self.body.markdown()
            if self.release.body != shown:
                # The body as a value (its editor loaded afresh, exactly this text, which the
                # clearance fingerprint needs); its editor's earlier steps end here.
                self._restore_body("body", self.release.body)
                self.history.push(FieldStep(label, "body", shown, self.release.body,
                                            self._restore_body))
                changed.append("body")
        return changed

    def _restore_body(self, name: str, value: str) -> None:
        self._freeze_body()  # (first: its steps' texts are read from the body shown now)
        self.release.body = value
        self.body.set_markdown(value)
        self.edited.emit("body")

    def set_read_only(self, read_only: bool) -> None:
        """Every field that edits the release, the embargo's zone too, on or off; the
        contacts' and photos' buttons with them."""
        for widget in (*self.field_widgets.values(), self.embargo_zone):
            if widget is not self.footer:
                widget.setEnabled(not read_only)
        self.body.set_read_only(read_only)
        if self._contacts is not None:
            self._contacts.setEnabled(not read_only)
        if self._photos is not None:
            self._photos.set_read_only(read_only)
        self.read_only = read_only

    def offer_footer_update(self, profile_name: str | None) -> None:
        """Show the button that takes the footer from the named house style (None hides it)."""
        if profile_name:
            self.update_footer.setText(self.tr("Update the footer from the “{name}” house style")
                                       .format(name=profile_name))
        self.update_footer.setVisible(bool(profile_name))

    def show_footer(self) -> None:
        self.footer.setPlainText("\n".join(
            f"{line.text} <{line.url}>" if line.url else line.text
            for line in self.release.footer))

    def focus_field(self, name: str) -> None:
        """Go to the field *name*: unfolded, scrolled into view, focused."""
        widget = self.field_widget(name)
        if widget is not None:
            reveal(widget)
            if name == "body":
                self.body.focus_editor()  # (the view shown, in the stack of views)
            else:
                widget.setFocus()

    def show_finding(self, finding: Finding) -> None:
        """Go to the finding's field and select what it is about (the over-long part of
        the headline, the weekday in the body, the contact's doubtful e-mail)."""
        self.focus_field(finding.field)
        if finding.field in ("headline", "subheadline"):
            line = self.headline if finding.field == "headline" else self.subheadline
            start = _locate(line.text(), finding.about, finding.where)
            if start >= 0:
                line.setSelection(start, len(finding.about))
        elif finding.field == "contacts" and 0 <= finding.where < self.contacts.table.rowCount():
            self._select_contact(finding.where, finding.about)
        elif finding.field == "body" and finding.about:
            self._select_in_body(finding.about)

    def _select_contact(self, row: int, about: str) -> None:
        table = self.contacts.table
        column = next((c for c in range(table.columnCount())
                       if (item := table.item(row, c)) is not None and about
                       and item.text() == about), 0)
        table.setCurrentCell(row, column)
        item = table.item(row, column)
        if item is not None:
            table.scrollToItem(item)
            reveal(table, table.visualItemRect(item).translated(
                table.viewport().mapTo(table, table.viewport().rect().topLeft())))
            if about and not self.read_only:
                table.editItem(item)  # its editor opens with the text selected

    def _select_in_body(self, phrase: str) -> None:
        """Select *phrase* in the body's view; in the Markdown view emphasis marks may
        stand between its letters ("**Tuesday**, March 3")."""
        import re

        from PySide6.QtCore import QRegularExpression

        editor = self.body.editor
        words = ["[*_]*".join(re.escape(ch) for ch in word) for word in phrase.split()]
        if not words:
            return
        found = editor.document().find(QRegularExpression(r"[*_]*\s+[*_]*".join(words)))
        if found.isNull():
            return
        editor.setTextCursor(found)
        editor.ensureCursorVisible()
        reveal(editor, editor.cursorRect(found).translated(
            editor.viewport().mapTo(editor, editor.viewport().rect().topLeft())))

    # -- layout ------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        """Headline and release details compact at the top, the body below taking all the
        height there is, then the sections visited now and then, folded to a summary."""
        head = QGroupBox(self.tr("Headline"), self)
        head_form = QFormLayout(head)
        head_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        head_form.setContentsMargins(6, 4, 6, 6)
        head_form.setVerticalSpacing(4)
        headline_row = QHBoxLayout()
        headline_row.addWidget(self.headline, 1)
        headline_row.addWidget(self.headline_count)
        head_form.addRow(self.tr("Headline"), headline_row)
        head_form.addRow(self.tr("Subheadline"), self.subheadline)

        when = QGroupBox(self.tr("Release"), self)
        grid = QGridLayout(when)
        grid.setContentsMargins(6, 4, 6, 6)
        grid.setVerticalSpacing(3)  # (five rows: the body keeps its share of a laptop)
        self._embargo_label: QWidget | None = None
        rows = (((self.tr("Status"), self.status), (self.tr("Release date"), self.release_date)),
                ((self.tr("Embargo lifts"), self.embargo_row),),
                ((self.tr("Dateline"), self.dateline), (self.tr("Language"), self.language)),
                ((self.tr("Organisation"), self.organization),
                 (self.tr("Kind"), self.kind_fields.kind)),
                # (a line field added to the table since: its label is the table's)
                *(((self.tr_field(name), self.lines[name]),) for name in self._row_lines))
        for row, pairs in enumerate(rows):
            for pair, (text, field) in enumerate(pairs):
                label = QLabel(text, when)
                label.setBuddy(field)
                grid.addWidget(label, row, 2 * pair)
                # A field alone on its row takes the whole width.
                grid.addWidget(field, row, 2 * pair + 1, 1, 1 if len(pairs) > 1 else 3)
                if field is self.embargo_row:
                    self._embargo_label = label
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        body_box = self.body_box = QGroupBox(self.tr("Body"), self)
        body_layout = QVBoxLayout(body_box)
        body_layout.setContentsMargins(4, 4, 4, 4)
        body_layout.addWidget(self.body)

        about = QWidget(self)
        end_form = QFormLayout(about)
        end_form.setContentsMargins(0, 0, 0, 0)
        end_form.addRow(self.tr("About (boilerplate)"), self.boilerplate)
        end_form.addRow(self.tr("Keywords"), self.keywords)
        end_form.addRow(self.tr("End mark"), self.end_mark)
        end_form.addRow(self.tr("Standard footer"), self.footer)
        portal = QWidget(self)
        portal_form = QFormLayout(portal)
        portal_form.setContentsMargins(0, 0, 0, 0)
        for name in self._portal_lines:
            portal_form.addRow(self.tr_field(name), self.lines[name])
        self.sections = {
            **self.kind_fields.sections(),
            "portal": CollapsibleSection(self.tr("Portal fields"), portal, self,
                                         self._portal_summary),
            "photos": CollapsibleSection(self.tr("Photos"), self._make_photos, self,
                                         self._photos_summary),
            "contacts": CollapsibleSection(self.tr("Media contacts"), self._make_contacts,
                                           self, self._contacts_summary),
            "about": CollapsibleSection(self.tr("About and footer"), about, self,
                                        self._about_summary),
        }
        for name, section in self.sections.items():
            section.setObjectName(f"{name}Section")
        # The offer of a newer footer shows on the section's title line, folded or not.
        self.sections["about"].add_to_header(self.update_footer)

        # The sections stand below the body in a pane of their own, beside it in a vertical
        # splitter, not inside one scrolling form: unfolded on a laptop they scroll in
        # their pane, and the body keeps its height and its own scroll bar, never one
        # scroll bar inside another.
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(6)
        for section in self.sections.values():
            details_layout.addWidget(section)
            section.toggled.connect(lambda open_, s=section: self._section_toggled(s, open_))
        details_layout.addStretch(1)
        self.details = details
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setObjectName("detailsScroll")
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self.details_scroll, "focusPolicy", "NoFocus")  # (its fields take it)
        set_enum_property(self.details_scroll, "horizontalScrollBarPolicy",
                          "ScrollBarAlwaysOff")
        self.details_scroll.setWidget(details)
        self.body_split = QSplitter()  # (no parent argument: see enum_properties)
        self.body_split.setObjectName("bodySplit")
        set_enum_property(self.body_split, "orientation", "Vertical")
        self.body_split.addWidget(body_box)
        self.body_split.addWidget(self.details_scroll)
        self.body_split.setChildrenCollapsible(False)
        self.body_split.setStretchFactor(0, 1)  # the body takes the height the rest leaves
        self.body_split.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(head)
        layout.addWidget(when)
        layout.addWidget(self.body_split, 1)

        # The summaries follow the fields, whether a release was loaded or edited (the
        # contacts' and photos' once their widgets are made).
        end = self.sections["about"].refresh_summary
        for changed in (self.boilerplate.textChanged, self.keywords.textChanged,
                        self.end_mark.currentIndexChanged):
            changed.connect(end)
        for name in self._portal_lines:
            self.lines[name].textChanged.connect(self.sections["portal"].refresh_summary)

    # -- the sections made when first needed ------------------------------------------

    @property
    def contacts(self) -> ContactsTable:
        """The media contacts table (made now if it has not been)."""
        self.sections["contacts"].ensure_content()
        assert self._contacts is not None
        return self._contacts

    @property
    def photos(self) -> PhotosPanel:
        """The photos panel (made now if it has not been)."""
        self.sections["photos"].ensure_content()
        assert self._photos is not None
        return self._photos

    def _make_contacts(self) -> QWidget:
        from ..widgets.contacts_table import ContactsTable

        table = self._contacts = ContactsTable(self)
        table.set_contacts(self.release.contacts)  # (the release's own list, edited in place)
        table.edited.connect(lambda: self._changed("contacts"))
        self._follow(table.table.model(), "contacts")
        self.field_widgets["contacts"] = table.table
        table.setEnabled(not self.read_only)  # the table and its buttons
        QTimer.singleShot(0, self, self.order_focus)  # (once it stands in its section)
        return table

    def _make_photos(self) -> QWidget:
        from .photos_panel import PhotosPanel

        panel = self._photos = PhotosPanel(self)
        panel.prompts = self.photo_prompts
        panel.start_folder = self.photo_folder
        panel.set_release(self.release, self.read_only)
        if self._photo_images:
            panel.show_thumbnails(self._photo_images)
        panel.edited.connect(lambda: self._changed("photos"))
        panel.placeRequested.connect(self._place_photo)
        self._follow(panel.list.model(), "photos")
        self.field_widgets["photos"] = panel.list
        panel.list.setEnabled(not self.read_only)
        QTimer.singleShot(0, self, self.order_focus)
        return panel

    def _follow(self, model: QAbstractItemModel, section: str) -> None:
        refresh = self.sections[section].refresh_summary
        for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                        model.dataChanged):
            changed.connect(refresh)

    def order_focus(self) -> None:
        """Tab goes through the form as it reads: the release's fields, the body, then each
        section's title and its fields. (Widgets made later, the body's views and the
        sections' content, would otherwise come last, after the preview.)"""
        chain: list[QWidget] = [self.headline, self.subheadline, self.status,
                                self.release_date, self.embargo_time, self.embargo_zone,
                                self.dateline, self.language, self.organization,
                                self.kind_fields.kind,
                                *(self.lines[name] for name in self._row_lines),
                                *self.body.tab_chain()]
        content = {"photos": self._photos, "contacts": self._contacts}
        for name, section in self.sections.items():
            chain.append(section.button)
            if name == "portal":
                chain += [self.lines[line] for line in self._portal_lines]
            elif name == "about":
                chain += [self.update_footer, self.boilerplate, self.keywords, self.end_mark,
                          self.footer]
            elif name in self.kind_fields.chains:
                chain += self.kind_fields.chains[name]
            elif (made := content[name]) is not None:
                chain += made.tab_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def added_lines(self) -> list[str]:
        """The line fields of the field table that have no widget made by hand (yet): those
        on rows of their own, then the portal's (in their section, in the table's order)."""
        return [*self._row_lines, *self._portal_lines]

    def tr_field(self, name: str) -> str:
        """The field table's label of the field *name*, in the interface language."""
        spec = fields.field(name)
        return _tr(spec.label) if spec is not None else name

    def field_widget(self, name: str) -> QWidget | None:
        """The widget that edits the release's field *name* (made now if need be)."""
        if name == "contacts":
            return self.contacts.table
        if name == "photos":
            return self.photos.list
        if name == "event_when":
            return self.kind_fields.event_start
        if name == "corrects":
            return self.kind_fields.link_original
        return self.field_widgets.get(name)

    def show_photo_thumbnails(self, images: tuple[PreviewImage, ...]) -> None:
        """The preview's scaled photos, for the photos panel's thumbnails."""
        self._photo_images = images
        if self._photos is not None:
            self._photos.show_thumbnails(images)

    def close_photos(self) -> None:
        """Stop the photos panel's reading of dropped or chosen files, if it was made."""
        if self._photos is not None:
            self._photos.reader.shutdown()

    def _section_toggled(self, section: CollapsibleSection, expanded: bool) -> None:
        self.fit_details()
        if expanded:  # its title at the top of the pane, as much of it shown as fits
            QTimer.singleShot(0, section, lambda: self.details_scroll.verticalScrollBar()
                              .setValue(section.y()))

    def fit_details(self) -> None:
        """Give the sections' pane the height its unfolded sections need, up to what leaves
        the body its minimum (then the pane scrolls); the rest to the body."""
        total = sum(self.body_split.sizes())
        if total <= 0:
            return
        self.details.adjustSize()
        wanted = self.details.sizeHint().height() + 2
        body_least = self.body_box.minimumSizeHint().height()  # (the body's MIN_HEIGHT)
        pane = max(self.details_scroll.minimumSizeHint().height(),
                   min(wanted, total - body_least))
        self.body_split.setSizes([total - pane, pane])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._details_fitted:  # (the splitter knows its height once shown)
            self._details_fitted = True
            self.fit_details()
            # Once the body has shown its view (which moves that view in the chain).
            QTimer.singleShot(0, self, self.order_focus)

    def _photos_summary(self) -> str:
        photos = self.release.photos
        if not photos:
            return self.tr("No photos")
        names = ", ".join(photo.id for photo in photos)
        return self.tr("1 photo: {names}").format(names=names) if len(photos) == 1 else \
            self.tr("{n} photos: {names}").format(n=len(photos), names=names)

    def _portal_summary(self) -> str:
        release = self.release
        shown = [text for text in (
            release.source.strip(),
            " ".join(x for x in (release.release_date.isoformat()
                                 if release.release_date else "", release.release_time) if x),
            release.column.strip(), release.author.strip()) if text]
        return " · ".join(shown) or self.tr("Source, time, column, author, summary …")

    def update_portal_section(self) -> None:
        """Show the portal's fields for a Chinese release, or where the house style asks."""
        self.sections["portal"].setVisible(is_portal(self.release))
        self.sections["portal"].refresh_summary()

    def _contacts_summary(self) -> str:
        contacts = [c for c in self.release.contacts if not c.is_empty()]
        if not contacts:
            return self.tr("No media contact yet")
        names = ", ".join(c.name.strip() or c.email.strip() or c.phone.strip() or "…"
                          for c in contacts)
        return self.tr("1 contact: {names}").format(names=names) if len(contacts) == 1 else \
            self.tr("{n} contacts: {names}").format(n=len(contacts), names=names)

    def _about_summary(self) -> str:
        about = " ".join(self.boilerplate.toPlainText().split())
        mark = self.end_mark.currentText()
        return self.tr("{about} · End mark: {mark}").format(
            about=about or self.tr("No About text"), mark=mark)

    # -- edits -----------------------------------------------------------------------------

    def _connect(self) -> None:
        for name, line in self.lines.items():
            line.textEdited.connect(lambda text, name=name: self._set(name, text))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.embargo_time.dateTimeChanged.connect(lambda _: self._embargo_changed())
        self.embargo_zone.currentTextChanged.connect(lambda _: self._embargo_changed())
        self.release_date.dateChanged.connect(self._date_changed)
        self.language.currentTextChanged.connect(lambda _: self._language_changed())
        self.body.changed.connect(lambda: self._set("body", self.body.markdown()))
        self.boilerplate.textChanged.connect(
            lambda: self._set("boilerplate", self.boilerplate.toPlainText()))
        keywords = fields.field("keywords")
        assert keywords is not None
        self.keywords.textEdited.connect(lambda text: self._set(
            "keywords", fields.split(keywords, text)))
        self.end_mark.currentIndexChanged.connect(
            lambda _: self._set("end_mark", self.end_mark.currentData()))
        self.body.stepAdded.connect(self._body_step)
        # A view switch hands the body to the other view: the steps made in the view left
        # become text snapshots, so Undo still reaches them (the history keeps its order).
        self.body.viewChanged.connect(lambda _: self._freeze_body())
        self.body.viewChanged.connect(lambda _: self.order_focus())  # a view made new

    def _place_photo(self, reference: str) -> None:
        """A photo reference as a paragraph of its own, after the body's cursor."""
        editor = self.body.editor
        cursor = editor.textCursor()
        from ..body.formatted_editor import FormattedEdit

        if isinstance(editor, FormattedEdit):  # the formatted view: a paragraph of its own
            from ...body.inline import AnyPhotoId
            from ...body.parse import parse_markdown
            from ..body.rich_formats import PARAGRAPH, block_format

            # A plain paragraph after the cursor's block, outside any list or quotation
            # (a photo cannot stand there).
            cursor.movePosition(cursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(block_format((), PARAGRAPH, 0, False))
            in_list = cursor.block().textList()
            if in_list is not None:
                in_list.remove(cursor.block())
            editor.setTextCursor(cursor)
            editor.insert_blocks(parse_markdown(reference, AnyPhotoId()))
            # Typing goes on in a paragraph after it, not into the reference's words.
            cursor = editor.textCursor()
            cursor.insertBlock(block_format((), PARAGRAPH, 0, False),
                               editor.look.format(PARAGRAPH, 0, ""))
            editor.setTextCursor(cursor)
        else:  # the Markdown view: a blank line on either side, never a list's lazy line
            text = editor.toPlainText()
            before, after = text[:cursor.position()], text[cursor.position():]
            lead = "" if not before.strip() else \
                "\n" * (2 - len(before) + len(before.rstrip("\n")))
            tail = "\n" * max(0, 2 - (len(after) - len(after.lstrip("\n")))) \
                if after.strip() else "\n"
            cursor.insertText(f"{lead}{reference}{tail}")
            editor.setTextCursor(cursor)
        editor.setFocus()

    def _set(self, name: str, value: object) -> None:
        if self._loading or getattr(self.release, name) == value:
            return
        setattr(self.release, name, value)
        if name == "headline":
            self._update_count()
        elif name == "language":
            self.update_portal_section()
        self._changed(name)

    def _changed(self, name: str) -> None:
        if name != "body":
            self._record(name)
        self.edited.emit(name)

    def _update_count(self) -> None:  # (again when the scheme switches: ReleaseForm.__init__)
        length = len(self.release.headline.strip())
        self.headline_count.setText(self.tr("{n} / {max}").format(n=length, max=HEADLINE_MAX))
        over = length > HEADLINE_MAX
        self.headline_count.setStyleSheet(
            scheme.css("color: #a02020; font-weight: bold;", scheme.WINDOW) if over else "")
        self.headline_count.setToolTip(
            self.tr("Headlines over {max} characters get cut off in feeds and inboxes.")
            .format(max=HEADLINE_MAX) if over else "")

    def _status_changed(self, index: int) -> None:
        embargoed = self.status.itemData(index) == "embargoed"
        self._show_embargo(embargoed)
        if self._loading:
            return
        with self.history.grouped(self._step_label("status")):
            self._set("status", "embargoed" if embargoed else "immediate")
            if embargoed and self.release.embargo_until is None:
                loading, self._loading = self._loading, True
                self.embargo_time.setDateTime(self._proposed_embargo())
                self._loading = loading
                self._embargo_changed()

    def _show_embargo(self, visible: bool) -> None:
        if visible and not self._zones_loaded:
            self._load_zones()
        self.embargo_row.setVisible(visible)
        if self._embargo_label is not None:
            self._embargo_label.setVisible(visible)

    def _load_zones(self) -> None:
        """Cities with today's offsets, the house's zone and this computer's first;
        typing searches every part of the names ("york", "eastern", "北京")."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCompleter

        from .zones import zone_list

        loading = self._loading
        self._loading = True
        current = self._current_zone_name()
        first = tuple(z for z in (self.release.conventions.zone, _system_zone()) if z)
        for zone in zone_list(first):
            self.embargo_zone.addItem(zone.label, zone.name)
        completer = QCompleter(self.embargo_zone.model(), self.embargo_zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.embargo_zone.setCompleter(completer)
        self._zones_loaded = True
        self._select_zone(current or self.release.conventions.zone or _system_zone())
        self._loading = loading

    def _select_zone(self, name: str) -> None:
        """Show the zone *name*; one not in the list (an offset from an older file) is
        added, shown as its offset."""
        index = self.embargo_zone.findData(name)
        if index < 0 and is_utc_zone(name):  # UTC by another name: the list's UTC
            index = next((i for i in range(self.embargo_zone.count())
                          if is_utc_zone(str(self.embargo_zone.itemData(i)))), -1)
        named = named_zone(name) if name else None
        if index < 0 and named is not None:
            from .zones import describe, interface_words, offset_text

            zone = describe(name, named, words=interface_words)
            city = "/" in name and not name.startswith("Etc/")
            self.embargo_zone.insertItem(0, zone.label if city else
                                         offset_text(zone.offset_minutes), name)
            index = 0
        if index >= 0:
            self.embargo_zone.setCurrentIndex(index)
        else:
            self.embargo_zone.setEditText(name)

    def _current_zone_name(self) -> str:
        """The IANA name of the zone shown: the chosen item's, or a typed name or label."""
        return chosen_zone(self.embargo_zone)

    def _load_embargo(self, release: Release) -> None:
        zone = release.embargo_zone or (
            (release.conventions.zone or _system_zone()) if release.is_embargoed else "")
        if release.embargo_until is not None:
            moment = release.embargo_until
            if release.embargo_zone:
                named = named_zone(release.embargo_zone)
                if named is None:
                    zone = ""
                else:
                    moment = moment.astimezone(named)
            if not zone:
                zone = _offset_name(moment)
            self.embargo_time.setDateTime(QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute)))
        else:
            self.embargo_time.setDateTime(self._proposed_embargo())
        self._select_zone(zone)

    def _proposed_embargo(self) -> QDateTime:
        """9:00 on the release date (the embargo lifts the day the release is dated);
        tomorrow 9:00 for an undated release."""
        day = self.release.release_date
        start = QDate(day.year, day.month, day.day) if day is not None else \
            QDate.currentDate().addDays(1)
        return QDateTime(start, QTime(9, 0))

    def _embargo_changed(self) -> None:
        if self._loading or not self.release.is_embargoed:
            return
        value = self.embargo_time.dateTime()
        day, clock = value.date(), value.time()
        zone_name = self._current_zone_name()
        zone = named_zone(zone_name) if zone_name else None
        if zone is None:
            return  # half-typed zone name: keep the last good value
        moment = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                          tzinfo=zone)
        zone_changed = self.release.embargo_zone != zone_name
        self.release.embargo_zone = zone_name
        if self.release.embargo_until == moment and zone_changed:  # the same instant
            self._changed("embargo_until")  # (a zone of the same offset): still an edit
        else:
            self._set("embargo_until", moment)

    def _date_changed(self, value: QDate) -> None:
        self._set("release_date", None if value == NO_DATE else
                  date(value.year(), value.month(), value.day()))

    def _language_changed(self) -> None:
        data = self.language.currentData()
        text = self.language.currentText().strip()
        code = data if data and text == self.language.itemText(self.language.currentIndex()) \
            else text
        if code:
            self._set("language", code)


def _locate(text: str, about: str, where: int) -> int:
    """Where *about* stands in *text*: at *where* if it still does, else its first place."""
    if not about:
        return -1
    if where >= 0 and text[where:where + len(about)] == about:
        return where
    return text.find(about)


def _qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def _offset_name(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None or offset.total_seconds() == 0:
        return "UTC"
    hours = int(offset.total_seconds() // 3600)
    # POSIX Etc/GMT zones have inverted signs: Etc/GMT-1 is UTC+01:00.
    return f"Etc/GMT{-hours:+d}" if offset.total_seconds() % 3600 == 0 else "UTC"
