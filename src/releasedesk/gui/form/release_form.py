"""The structured form: every field of the release, edited in place."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import field_change, fields, kinds
from ...checks import Finding
from ...field_change import FieldChange
from ...field_rules import MAX_LINE_FIELD
from ...model import Release
from ..basics import scheme
from ..basics.enum_properties import set_enum_property
from ..body.body_editor import BodyEditor
from ..undo.history_keys import HistoryLineEdit
from ..undo.release_history import FieldStep, ReleaseHistory
from ..widgets.collapsible import reveal
from ..widgets.made_later import Made
from ..widgets.one_line import TimeOfDayValidator, keep_one_line
from ..widgets.quiet_inputs import QuietComboBox
from ..widgets.wrapping_line import GrowingText, WrappingLine
from .about_fields import ABOUT_FIELDS, AboutFields, footer_offer, offer_footer_update
from .embargo_fields import EmbargoFields
from .form_history import TRACKED, TYPED, FormHistory
from .form_sections import FormSections
from .headline_section import HeadlineSection
from .kind_fields import TRACKED as KIND_TRACKED
from .kind_fields import KindFields
from .release_details import ReleaseDetails

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from PySide6.QtGui import QShowEvent

    from ..dialogs.prompts import Prompts
    from ..preview.preview_photos import PreviewImage
    from ..widgets.contacts_table import ContactsTable
    from .photos_panel import PhotosPanel


def _tr(text: str) -> str:
    """A core phrase (marked with N_) in the interface language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", text)


class ReleaseForm(QWidget):
    """Shows one Release; every edit reaches it through apply (the one write path)."""

    edited = Signal(str)  # the name of the field that changed
    footerUpdateRequested = Signal()

    # The About section's fields, made when it first unfolds or one is asked for (make_about).
    about = Made[AboutFields]("about")
    boilerplate = Made[GrowingText]("about", within="_about")
    keywords = Made[HistoryLineEdit]("about", within="_about")
    end_mark = Made[QuietComboBox]("about", within="_about")
    footer = Made[GrowingText]("about", within="_about")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.release = Release()
        self.read_only = False
        self._loading = False
        self._details_fitted = False
        # One undo history for every field (Edit ▸ Undo), and the form's steps in it.
        self.history = ReleaseHistory(self)
        self.steps = FormHistory(self)

        self.head = HeadlineSection(self)
        self.headline, self.subheadline = self.head.headline, self.head.subheadline
        self.headline_count = self.head.count
        scheme.on_switch(self.headline_count, self._update_count)

        self.embargo = EmbargoFields(self)
        self.status = self.embargo.status
        self.embargo_time, self.embargo_zone = self.embargo.time, self.embargo.zone
        self.embargo_row = self.embargo.row

        self.details_box = ReleaseDetails(self)
        self.release_date, self.language = self.details_box.release_date, self.details_box.language
        self.dateline, self.organization = self.details_box.dateline, self.details_box.organization

        self.body = BodyEditor(self)
        self.body.history = self.history
        # The contacts table and the photos panel are made when first needed (their
        # sections start folded): see the contacts and photos properties.
        self._contacts: ContactsTable | None = None
        self._photos: PhotosPanel | None = None
        self.photo_prompts: Prompts | None = None  # the window's dialogs, for the photos
        self.photo_folder: Callable[[], str] = lambda: ""  # the release's folder (the window)
        self._about: AboutFields | None = None
        self._photo_images: tuple[PreviewImage, ...] = ()  # the preview's latest pictures
        # The About section's fields are made when it first unfolds or one is asked for
        # (the properties below); the offer of a newer footer stands on its title line.
        self.update_footer = footer_offer(self)

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
            if isinstance(line, HistoryLineEdit):  # (what it cuts is said, as the headline's)
                line.inputRejected.connect(self.head.line_full)
        keep_one_line(self.dateline, self.organization, *added.values(), parent=self)
        if "release_time" in added:
            time_line = added["release_time"]
            time_line.setPlaceholderText("09:30")
            # Only a time of day can be typed (a release never holds one it cannot print);
            # in place of the one-line validator, which a time needs no more than this.
            time_line.setValidator(TimeOfDayValidator(time_line))
        self.field_widgets: dict[str, QWidget] = {
            "headline": self.headline, "subheadline": self.subheadline, "status": self.status,
            "embargo_until": self.embargo_time, "release_date": self.release_date,
            "dateline": self.dateline, "organization": self.organization,
            "language": self.language, "body": self.body.views,
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
            for line_edit in self.lines.values():
                line_edit.setCursorPosition(0)
            if self._about is not None:
                self._about.keywords.setCursorPosition(0)
        finally:
            self._loading = False
        self.update_portal_section()
        self.kind_fields.update_visibility()
        self.steps.seen_all()
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
            self.embargo.show_status(release)
        elif name == "embargo_until":
            self.embargo.load_embargo(release)
        elif name == "release_date":
            self.details_box.show_date(release.release_date)
        elif name == "language":
            self.details_box.show_language(release.language)
        elif name == "contacts":
            if self._contacts is not None:  # (else the table shows them when made)
                self._contacts.set_contacts(release.contacts)
            self.sections["contacts"].refresh_summary()
        elif name == "photos":
            if self._photos is not None:
                self._photos.set_release(release, self.read_only)
            self.sections["photos"].refresh_summary()
        elif name in ABOUT_FIELDS:
            self.below.show_about(name)
        elif name in KIND_TRACKED:
            self.kind_fields.show(name)
        if name in ("language", "house", "release_date"):  # (a portal's, its summary)
            self.update_portal_section()

    # -- the release's undo history (form_history.py) ----------------------------------

    def record_change(self, name: str, label: str) -> None:
        """The release's field *name* was changed outside the editor (a script, a test): the
        value it holds now applied as a change, one undo step named *label*."""
        self.apply(FieldChange(name, field_change.read(self.release, name), label))

    def show_changes(self, label: str) -> list[str]:
        """The release was changed outside the editor: every field as it holds it now
        applied, one undo step named *label*; the names of the fields changed."""
        now = [FieldChange(name, field_change.read(self.release, name))
               for name in (*self.tracked, "body")]
        return self.apply_all(now, label)

    def set_read_only(self, read_only: bool) -> None:
        """Every field that edits the release, the embargo's zone too, on or off; the
        contacts' and photos' buttons with them."""
        footer = self.field_widgets.get("footer")  # (the house style's: never edited here)
        for widget in (*self.field_widgets.values(), self.embargo_zone):
            if widget is not footer:
                widget.setEnabled(not read_only)
        self.body.set_read_only(read_only)
        if self._contacts is not None:
            self._contacts.setEnabled(not read_only)
        if self._photos is not None:
            self._photos.set_read_only(read_only)
        self.read_only = read_only

    def offer_footer_update(self, profile_name: str | None) -> None:
        """Show the button that takes the footer from the named house style (None hides it)."""
        offer_footer_update(self.update_footer, profile_name)

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
        from .finding_jump import show_finding  # (with the first finding clicked)
        show_finding(self, finding)

    # -- layout ------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        """Headline and release details compact at the top, the body below taking all the
        height there is, then the sections visited now and then, folded to a summary."""
        # (a line field added to the table since: its label is the table's)
        self.details_box.arrange([(self.tr_field(name), self.lines[name])
                                  for name in self._row_lines])

        body_box = self.body_box = QGroupBox(self.tr("Body"), self)
        body_layout = QVBoxLayout(body_box)
        body_layout.setContentsMargins(4, 4, 4, 4)
        body_layout.addWidget(self.body)

        self.below = FormSections(self)
        self.sections = self.below.sections
        self.details, self.details_scroll = self.below.details, self.below.scroll
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
        layout.addWidget(self.head)
        layout.addWidget(self.details_box)
        layout.addWidget(self.body_split, 1)

    # -- the sections made when first needed ------------------------------------------

    def ensure(self, section: str) -> None:
        """Make *section*'s content (its fields) if it is not made yet."""
        self.sections[section].ensure_content()

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
        for name, section in self.sections.made_items():  # (those not made show nothing)
            chain.append(section.button)
            if name == "portal":
                chain += [self.lines[line] for line in self._portal_lines]
            elif name == "about":
                chain += [self.update_footer, *(self._about.fields() if self._about else ())]
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
        if kinds.owner(name) is not None:  # (its kind's section made now if need be)
            return self.kind_fields.widget(name)
        if name in (*ABOUT_FIELDS, *self._portal_lines):  # (its section made now if need be)
            self.ensure("about" if name in ABOUT_FIELDS else "portal")
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

    def fit_details(self) -> None:
        """Give the sections' pane the height its unfolded sections need (see FormSections)."""
        self.below.fit()

    def update_portal_section(self) -> None:
        """Show the portal's fields for a Chinese release, or where the house style asks."""
        self.below.update_portal()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._details_fitted:  # (the splitter knows its height once shown)
            self._details_fitted = True
            self.fit_details()
            # Once the body has shown its view (which moves that view in the chain).
            QTimer.singleShot(0, self, self.order_focus)

    # -- edits -----------------------------------------------------------------------------

    def _connect(self) -> None:
        for name, line in self.lines.items():
            line.textEdited.connect(
                lambda text, name=name: self.apply(FieldChange(name, text), shown=True))
        self.embargo.connect_edits()
        self.details_box.connect_edits()
        self.body.changed.connect(
            lambda: self.apply(FieldChange("body", self.body.markdown()), shown=True))
        self.body.stepAdded.connect(self.steps.body_step)
        # A view switch hands the body to the other view: the steps made in the view left
        # become text snapshots, so Undo still reaches them (the history keeps its order).
        self.body.viewChanged.connect(lambda _: self.steps.freeze_body())
        self.body.viewChanged.connect(lambda _: self.order_focus())  # a view made new

    # -- the one write path ---------------------------------------------------------------

    def apply(self, change: FieldChange, *, shown: bool = False) -> bool:
        """The editor's one way to change the release: *change*'s value copied in
        (field_change.write, here only), an undo step (named change.label, else after the
        field), the widgets showing it, and ``edited`` for the window (the document marked
        modified, the preview and proofing). *shown*: the widget that sent it shows the
        value already (typing) and is left as it is. Undo and redo come through here too.
        False when it changes nothing (or while a value is being shown: widgets echo it)."""
        if self._loading:
            return False
        name, undoing = change.name, self.history.applying
        new = field_change.frozen(name, change.value)
        # What the history last saw (the body: as its editor shows it, or as typed).
        seen: object
        if name == "body":
            seen = self.release.body if shown else self.body.markdown()
        else:
            seen = self.steps.shown[name] if name in self.steps.shown else \
                field_change.read(self.release, name)
        if new == seen and not undoing:
            return False
        if name == "body" and not shown:
            self.steps.freeze_body()  # (first: its steps' texts are read from it as shown)
        field_change.write(self.release, FieldChange(name, new))
        if name == "body":
            self._body_applied(fields.value_of(seen, str), fields.value_of(new, str),
                               change.label, shown)
        else:
            self._field_applied(name, change.label, shown, undoing)
        self.edited.emit(name)
        return True

    def apply_all(self, changes: Iterable[FieldChange], label: str) -> list[str]:
        """Several changes as one undo step named *label* (a command's: a version restored,
        a house style applied, suggestions accepted); the names of the fields changed."""
        with self.history.grouped(label):
            return [change.name for change in changes
                    if self.apply(FieldChange(change.name, change.value, label))]

    def apply_release(self, other: Release, label: str) -> list[str]:
        """Make the release's fields read as *other*'s (a command's result, worked out on a
        copy), as one undo step named *label*; the names of the fields changed. Fields no
        undo step keeps (sign-offs, language versions' links) change with it, unrecorded."""
        covered = {part for name in (*self.tracked, "body") for part in field_change.parts(name)}
        names = (*self.tracked, "body", *(spec.name for spec in fields.FIELDS
                                          if spec.name not in covered))
        return self.apply_all(field_change.differences(self.release, other, names), label)

    def _field_applied(self, name: str, label: str | None, shown: bool, undoing: bool) -> None:
        if undoing:
            self.steps.shown[name] = field_change.read(self.release, name)
        elif name in self.tracked:
            self.steps.record(name, label)
        self._loading = True
        try:
            if shown:  # (its sender shows it: only what follows from it)
                self._follow(name)
            else:
                self._show_field(name)
        finally:
            self._loading = False
        if undoing:
            widget = self.field_widget(name)
            if widget is not None:
                reveal(widget)  # what was undone is shown, not out of sight or folded away

    def _body_applied(self, old: str, new: str, label: str | None, shown: bool) -> None:
        """Typed, the body's editor keeps its own undo steps (FormHistory.body_step); a
        command's text or an undo loads its editor afresh with exactly that text."""
        if not shown:
            self.body.set_markdown(new)
            self.history.push(FieldStep(label or self.steps.label("body"), "body", old, new,
                                        self.steps.restore_body))

    def _follow(self, name: str) -> None:
        """What else shows a field its own widget changed: the headline's count, the
        portal's section and its summary (the date), a folded section's summary."""
        if name == "headline":
            self._update_count()
        elif name in ("language", "house", "release_date"):  # (the portal's summary too)
            self.update_portal_section()
        elif name in ("contacts", "photos"):
            self.sections[name].refresh_summary()

    def _update_count(self) -> None:  # (again when the scheme switches: __init__)
        self.head.update_count(self.release.headline)
