"""The form's sections below the body, each folded to a one-line summary: the kinds', the
portal's fields, photos, media contacts, About and footer; the kinds' and the portal's
sections are made when first shown, the contacts table and the photos panel when their
section first unfolds. They stand in a pane of their own that
takes the height its unfolded sections need."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING
from unicodedata import east_asian_width

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QVBoxLayout, QWidget

from ...field_change import FieldChange
from ...fields import PORTAL_FIELDS
from ...model import is_portal
from ..basics.enum_properties import set_enum_property
from ..widgets.collapsible import CollapsibleSection, Sections
from ..widgets.form_scroll import FormScroll
from ..widgets.one_line import keep_one_line
from .about_fields import ABOUT_FIELDS, AboutFields
from .about_fields import summary as about_summary

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtCore import QAbstractItemModel

    from ...model import Photo
    from .release_form import ReleaseForm

# The folded Photos section names its photos in at most this many columns (a wide
# character, Chinese, takes two), each photo's name in at most CAPTION_WIDTH: with the
# count before them, one line of the section's title row at the form's narrowest.
NAMES_WIDTH = 60
CAPTION_WIDTH = 28
ELLIPSIS = "…"


def columns(text: str) -> int:
    """How wide *text* is shown, in columns: two for a wide (East Asian) character."""
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def shortened(text: str, width: int) -> str:
    """*text* cut to *width* columns, ending in an ellipsis where it was cut: after a
    whole word where one ends in the second half, else inside one (Chinese)."""
    if columns(text) <= width:
        return text
    count, used = 0, columns(ELLIPSIS)
    for ch in text:
        used += columns(ch)
        if used > width:
            break
        count += 1
    kept = text[:count]
    space = kept.rfind(" ")
    if not text[count].isspace() and space > count // 2:
        kept = kept[:space]
    return kept.rstrip() + ELLIPSIS


def photo_name(photo: Photo) -> str:
    """What a user knows a photo by: its caption, else the file it was added from, else
    its id; on one line, shortened."""
    caption = " ".join(photo.caption.split())
    source = " ".join(photo.source_name.replace("\\", "/").rsplit("/", 1)[-1].split())
    return shortened(caption or source or photo.id, CAPTION_WIDTH)


def photo_names(photos: Sequence[Photo], separator: str, width: int = NAMES_WIDTH) -> str:
    """The photos' names in order, joined by *separator*, in at most *width* columns: the
    names that fit whole, then the separator and an ellipsis for the rest (the first is
    always named)."""
    names = [photo_name(photo) for photo in photos]
    shown: list[str] = []
    for number, name in enumerate(names):
        rest = separator + ELLIPSIS if number + 1 < len(names) else ""
        if shown and columns(separator.join([*shown, name]) + rest) > width:
            return separator.join(shown) + separator + ELLIPSIS
        shown.append(name)
    return separator.join(shown)


class FormSections(QObject):
    """The folding sections of a form, their pane and summaries."""

    def __init__(self, form: ReleaseForm) -> None:
        super().__init__(form)
        self.form = form
        # The kinds' and the portal's sections are made when first shown or asked for (most
        # releases show neither); the portal's lines are out of sight till they stand in it.
        for name in form._portal_lines:
            form.lines[name].setHidden(True)
        # The sections stand below the body in a pane of their own, beside it in a
        # vertical splitter, not inside one scrolling form: unfolded on a laptop they scroll in
        # their pane, and the body keeps its height and its own scroll bar, never one
        # scroll bar inside another.
        details = QWidget(form)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(6)
        self.sections = Sections(details_layout)
        for name, make in form.kind_fields.sections().items():
            self.sections.add_later(name, partial(self.made_by, name, make))
        self.sections.add_later("portal", partial(self.made_by, "portal", self.make_portal))
        self.sections.add("photos", CollapsibleSection(
            self.tr("Photos"), self.make_photos, form, self.photos_summary))
        self.sections.add("contacts", CollapsibleSection(
            self.tr("Media contacts"), self.make_contacts, form, self.contacts_summary))
        self.sections.add("about", CollapsibleSection(
            self.tr("About and footer"), self.make_about, form,
            lambda: about_summary(form.release)))
        for name, section in self.sections.made_items():
            self.made(name, section)
        # The offer of a newer footer shows under the section's title, folded or not.
        self.sections["about"].add_under_title(form.update_footer)
        details_layout.addStretch(1)
        self.details = details
        # (never narrower than the sections' fields: an event's start, end and time zone
        # side by side had been cut off at 1024 pixels in Chinese)
        self.scroll = FormScroll(form)
        self.scroll.setObjectName("detailsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self.scroll, "focusPolicy", "NoFocus")  # (its fields take it)
        set_enum_property(self.scroll, "horizontalScrollBarPolicy",
                          "ScrollBarAlwaysOff")
        self.scroll.setWidget(details)

    def made(self, name: str, section: CollapsibleSection) -> CollapsibleSection:
        """*section* just made: named, and followed as it folds and unfolds."""
        section.setObjectName(f"{name}Section")
        section.toggled.connect(lambda open_: self.toggled(section, open_))
        return section

    def made_by(self, name: str, make: Callable[[], CollapsibleSection]) -> CollapsibleSection:
        """Section *name*, made later by *make*; in Tab's order once it stands in its place."""
        QTimer.singleShot(0, self.form, self.form.order_focus)
        return self.made(name, make())

    def make_portal(self) -> CollapsibleSection:
        """The portal's section, its lines in it (a Chinese portal's release shows it)."""
        form = self.form
        portal = QWidget(form)
        portal_form = QFormLayout(portal)
        portal_form.setContentsMargins(0, 0, 0, 0)
        for name in form._portal_lines:
            portal_form.addRow(form.tr_field(name), form.lines[name])
        section = CollapsibleSection(self.tr("Portal fields"), portal, form,
                                     self.portal_summary)
        for name in form._portal_lines:
            form.lines[name].setHidden(False)  # (in sight with the section now)
            form.lines[name].textChanged.connect(section.refresh_summary)
        return section

    def make_about(self) -> QWidget:
        """The About section's fields, made when it first unfolds or one is asked for: among
        the form's, as editable as the rest, showing the release's values, their edits sent
        through the form's apply."""
        form = self.form
        about = form._about = AboutFields(form)
        keep_one_line(about.keywords, parent=form)
        form.field_widgets.update(zip(ABOUT_FIELDS, about.fields(), strict=True))
        loading, form._loading = form._loading, True
        try:
            for name in ABOUT_FIELDS:
                about.show_field(name, form.release)
            about.keywords.setCursorPosition(0)
        finally:
            form._loading = loading
        for widget in (about.boilerplate, about.keywords, about.end_mark):
            widget.setEnabled(not form.read_only)
        about.connect_edits()
        QTimer.singleShot(0, form, form.order_focus)  # (once it stands in its section)
        # The summary follows the fields (while they are not made, the form refreshes it).
        end = self.sections["about"].refresh_summary
        for changed in (about.boilerplate.textChanged, about.keywords.textChanged,
                        about.end_mark.currentIndexChanged):
            changed.connect(end)
        return about

    def show_about(self, name: str) -> None:
        """The release's value of the About section's field *name* in its widget, once the
        fields are made; till then in the summary only (made, they show the release)."""
        about = self.form._about
        if about is not None:
            about.show_field(name, self.form.release)
        else:
            self.sections.refresh("about")

    def make_contacts(self) -> QWidget:
        from ..widgets.contacts_table import ContactsTable

        table = self.form._contacts = ContactsTable(self.form)
        # (a copy, edited in the table and sent back whole through the form's apply)
        table.set_contacts(self.form.release.contacts)
        table.edited.connect(
            lambda: self.form.apply(FieldChange("contacts", table.contacts), shown=True))
        self.follow(table.table.model(), "contacts")
        self.form.field_widgets["contacts"] = table.table
        table.setEnabled(not self.form.read_only)  # the table and its buttons
        QTimer.singleShot(0, self, self.form.order_focus)  # (once it stands in its section)
        return table

    def make_photos(self) -> QWidget:
        from .photo_placing import place_photo
        from .photos_panel import PhotosPanel

        panel = self.form._photos = PhotosPanel(self.form)
        panel.prompts = self.form.photo_prompts
        panel.start_folder = self.form.photo_folder
        panel.set_release(self.form.release, self.form.read_only)
        if self.form._photo_images:
            panel.show_thumbnails(self.form._photo_images)
        panel.edited.connect(
            lambda: self.form.apply(FieldChange("photos", panel.draft.photos), shown=True))
        panel.placeRequested.connect(lambda text: place_photo(self.form.body.editor, text))
        self.follow(panel.list.model(), "photos")
        self.form.field_widgets["photos"] = panel.list
        panel.list.setEnabled(not self.form.read_only)
        QTimer.singleShot(0, self, self.form.order_focus)
        return panel

    def follow(self, model: QAbstractItemModel, section: str) -> None:
        refresh = self.sections[section].refresh_summary
        for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                        model.dataChanged):
            changed.connect(refresh)

    def toggled(self, section: CollapsibleSection, expanded: bool) -> None:
        self.form.fit_details()
        if expanded:  # its title at the top of the pane, as much of it shown as fits
            QTimer.singleShot(0, section, lambda: self.scroll.verticalScrollBar()
                              .setValue(section.y()))

    def fit(self) -> None:
        """Give the sections' pane the height its unfolded sections need, up to what leaves
        the body its minimum (then the pane scrolls); the rest to the body."""
        total = sum(self.form.body_split.sizes())
        if total <= 0:
            return
        self.details.adjustSize()
        wanted = self.details.sizeHint().height() + 2
        body_least = self.form.body_box.minimumSizeHint().height()  # (the body's MIN_HEIGHT)
        pane = max(self.scroll.minimumSizeHint().height(),
                   min(wanted, total - body_least))
        self.form.body_split.setSizes([total - pane, pane])

    def photos_summary(self) -> str:
        photos = self.form.release.photos
        if not photos:
            return self.tr("No photos")
        # (a Chinese interface lists with 、: the separator is the translation's)
        names = photo_names(photos, self.tr(", ", "between the photos named in the folded "
                                                  "Photos section's summary"))
        return self.tr("1 photo: {names}").format(names=names) if len(photos) == 1 else \
            self.tr("{n} photos: {names}").format(n=len(photos), names=names)

    def portal_summary(self) -> str:
        release = self.form.release
        shown = [text for text in (
            release.source.strip(),
            " ".join(x for x in (release.release_date.isoformat()
                                 if release.release_date else "", release.release_time) if x),
            release.column.strip(), release.author.strip()) if text]
        return " · ".join(shown) or self.tr("Source, time, column, author, summary …")

    def update_portal(self) -> None:
        """Show the portal's fields for a Chinese release, where the house style asks, or
        where the release holds any (an English version of a Chinese portal's release made
        before its house style asked: what readiness names, the form shows)."""
        release = self.form.release
        self.sections.set_shown("portal", is_portal(release) or any(
            str(getattr(release, name, "")).strip() for name in PORTAL_FIELDS))
        self.sections.refresh("portal")

    def contacts_summary(self) -> str:
        contacts = [c for c in self.form.release.contacts if not c.is_empty()]
        if not contacts:
            return self.tr("No media contact yet")
        names = self.tr(", ", "between the media contacts named in the folded section's "
                              "summary").join(c.name.strip() or c.email.strip()
                                              or c.phone.strip() or "…" for c in contacts)
        return self.tr("1 contact: {names}").format(names=names) if len(contacts) == 1 else \
            self.tr("{n} contacts: {names}").format(n=len(contacts), names=names)
