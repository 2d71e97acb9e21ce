"""The form's Photos section: add by dialog or drop, reorder, edit the words, remove.

Reading a photo (checking it, stripping its metadata, decoding a thumbnail) happens on a
worker thread: the GUI thread only receives an icon-sized thumbnail and the photo's record,
so adding a 24-megapixel photo never stalls typing. The thumbnails of photos opened with a
release come from the preview's scaled copies (one decode per photo, on the preview's
worker: memory stays low). Caption, credit and alt text the file carries fill empty
fields, and a note says so: they are offered, for the writer to check.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import ReleaseDeskError
from ...media.names import file_size_text
from ...model import Photo, Release
from ..basics import scheme
from ..preview.preview_photos import PreviewImage, to_qimage
from ..widgets.one_line import keep_one_line
from .photo_list import ID_ROLE, PhotoList
from .photo_reader import ICON_BOX, PhotoReader

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...media.intake import Intake
    from ..dialogs.prompts import Prompts

class PhotosPanel(QWidget):
    """Edits a copy of a release's photos (``draft``); emits edited() after every change."""

    edited = Signal()
    placeRequested = Signal(str)  # a Markdown reference to put in the body

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photos")
        self.draft = Release()
        self.prompts: Prompts | None = None  # the window's dialogs (set by the window)
        # Where "Add photos…" first looks: the release's folder (set by the form).
        self.start_folder: Callable[[], str] = lambda: ""
        self.last_folder = ""
        self._loading = False
        self._read_only = False
        self._prepared = False
        self._icons: dict[str, QIcon] = {}  # thumbnails by photo content
        self.reader = PhotoReader(self)
        self.reader.read.connect(self._photo_read)
        self.reader.failed.connect(self._failed)

        self.list = PhotoList(self)
        self.list.filesDropped.connect(self.add_files)
        self.list.filesComing.connect(self.prepare)
        self.list.orderChanged.connect(self._order_changed)
        self.list.currentRowChanged.connect(lambda _: self._show_selected())
        self.caption = QPlainTextEdit(self)
        self.caption.setObjectName("photoCaption")
        self.caption.setTabChangesFocus(True)
        self.caption.setFixedHeight(56)
        self.caption.setPlaceholderText(self.tr("What the photo shows: who, what, where, when"))
        self.credit = QLineEdit(self)
        self.credit.setObjectName("photoCredit")
        self.credit.setPlaceholderText(self.tr("Photographer / owner"))
        self.alt = QLineEdit(self)
        self.alt.setObjectName("photoAlt")
        self.alt.setPlaceholderText(self.tr("What a reader who cannot see it needs to know"))
        keep_one_line(self.credit, self.alt, parent=self)
        self.lead = QCheckBox(self)
        self.lead.setObjectName("photoLead")
        self.lead.setText(self.tr("Lead photo (top of the page, shown when the page is shared)"))
        self.details = QLabel(self)
        self.details.setObjectName("photoDetails")
        self.note = QLabel(self)
        self.note.setObjectName("photoNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        # Text set apart: QPushButton(text, parent) makes PySide6 build QIcon at start-up.
        self.add_button, self.remove_button, self.up_button, self.down_button, \
            self.place_button = (QPushButton(self) for _ in range(5))
        self.add_button.setText(self.tr("Add photos…"))
        self.add_button.setObjectName("addPhotos")
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.place_button.setText(self.tr("Place in body"))
        self.place_button.setToolTip(self.tr(
            "Puts a reference to this photo in the body, where the cursor is; the photo then "
            "stands there in every export."))
        self.add_button.clicked.connect(self.ask_and_add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.place_button.clicked.connect(self._place)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.place_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.fields = QWidget(self)
        fields = QFormLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(self.tr("Caption"), self.caption)
        fields.addRow(self.tr("Credit"), self.credit)
        fields.addRow(self.tr("Alt text"), self.alt)
        fields.addRow("", self.lead)
        fields.addRow("", self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.fields)

        self.caption.textChanged.connect(lambda: self._set("caption",
                                                           self.caption.toPlainText()))
        self.credit.textEdited.connect(lambda text: self._set("credit", text))
        self.alt.textEdited.connect(lambda text: self._set("alt", text))
        self.lead.toggled.connect(self._lead_toggled)
        self._refresh_buttons()

    # -- the release ---------------------------------------------------------------------

    def set_release(self, release: Release, read_only: bool = False) -> None:
        """Show a copy of *release*'s photos, edited here (``draft``: the panel's own
        photos, sent on whole with each ``edited``; the release's never held here)."""
        self.draft = Release(photos=[copy.copy(photo) for photo in release.photos])
        self._read_only = read_only
        self.note.setVisible(False)
        self._fill(0)

    def tab_chain(self) -> list[QWidget]:
        """Its widgets in the order Tab visits them: the list, its buttons, the fields."""
        return [self.list, self.add_button, self.remove_button, self.up_button,
                self.down_button, self.place_button, self.caption, self.credit, self.alt,
                self.lead]

    def set_read_only(self, read_only: bool) -> None:
        """Changes on or off (Save As of a read-only release makes it editable)."""
        self._read_only = read_only
        self._fill(max(0, self.list.currentRow()))

    @property
    def selected(self) -> Photo | None:
        row = self.list.currentRow()
        return self.draft.photos[row] if 0 <= row < len(self.draft.photos) else None

    def _fill(self, row: int) -> None:
        self._loading = True
        try:
            self.list.clear()
            lead = self.draft.lead_photo
            for number, photo in enumerate(self.draft.photos, start=1):
                item = QListWidgetItem(self._label(number, photo, photo is lead))
                item.setData(ID_ROLE, photo.id)
                item.setToolTip(self._describe(photo))
                item.setIcon(self._icons.get(photo.sha256[:24]) or self._placeholder())
                self.list.addItem(item)
            self._forget_unused_icons()
            if self.draft.photos:
                self.list.setCurrentRow(max(0, min(row, len(self.draft.photos) - 1)))
        finally:
            self._loading = False
        self._show_selected()

    def _label(self, number: int, photo: Photo, lead: bool) -> str:
        words = photo.caption.strip() or photo.alt.strip() or photo.id
        words = words if len(words) <= 70 else words[:67].rstrip() + "…"
        mark = self.tr(" (lead)") if lead else ""
        return f"{number}. {words}{mark}"

    def _describe(self, photo: Photo) -> str:
        return self.tr("{id}: {width} × {height} pixels, {size}, from {source}").format(
            id=photo.id, width=photo.width, height=photo.height,
            size=file_size_text(len(photo.data)), source=photo.source_name or "—")

    def has_thumbnail(self, row: int) -> bool:
        """Whether photo *row* shows its own thumbnail yet (not the grey placeholder)."""
        photos = self.draft.photos
        return 0 <= row < len(photos) and photos[row].sha256[:24] in self._icons

    def _placeholder(self) -> QIcon:
        pixmap = QPixmap(*ICON_BOX)
        pixmap.fill(QColor(scheme.fill("#d9d9d4")))
        return QIcon(pixmap)

    def _forget_unused_icons(self) -> None:
        used = {photo.sha256[:24] for photo in self.draft.photos}
        for key in [k for k in self._icons if k not in used]:
            del self._icons[key]

    def _show_selected(self) -> None:
        if self._loading:
            return
        photo = self.selected
        self._loading = True
        try:
            self.caption.setPlainText(photo.caption if photo else "")
            self.credit.setText(photo.credit if photo else "")
            self.alt.setText(photo.alt if photo else "")
            # The lead as the exports take it: the photo marked, else the first.
            self.lead.setChecked(bool(photo and photo is self.draft.lead_photo))
            self.details.setText(self._describe(photo) if photo else "")
        finally:
            self._loading = False
        self.fields.setEnabled(photo is not None and not self._read_only)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        row, count = self.list.currentRow(), len(self.draft.photos)
        editable = not self._read_only
        self.add_button.setEnabled(editable)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove if editable
                                  else QAbstractItemView.DragDropMode.NoDragDrop)
        self.remove_button.setEnabled(editable and 0 <= row < count)
        self.place_button.setEnabled(editable and 0 <= row < count)
        self.up_button.setEnabled(editable and 0 < row < count)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    # -- commands ------------------------------------------------------------------------

    def prepare(self) -> None:
        """Photos are coming (a drag, the Add dialog): load the photo libraries meanwhile."""
        if not self._prepared:
            self._prepared = True
            self.reader.preload()

    def ask_and_add(self) -> None:
        if self.prompts is None or self._read_only:
            return
        self.prepare()
        self.prompts.open_photos(self.last_folder or self.start_folder() or str(Path.home()),
                                 self.add_files)

    def add_files(self, paths: list[Path]) -> None:
        """Read *paths* off the GUI thread; each photo joins the release when it is read."""
        if self._read_only or not paths:
            return
        self.last_folder = str(Path(paths[0]).parent)
        self.note.setText(self.tr("Reading %n photo(s)…", "", len(paths)))
        self.note.setVisible(True)
        self.reader.add(list(paths), {p.id for p in self.draft.photos})

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if self._read_only or not 0 <= row < len(self.draft.photos):
            return
        del self.draft.photos[row]
        self._fill(row)
        self.edited.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        photos = self.draft.photos
        if self._read_only or not (0 <= row < len(photos) and 0 <= target < len(photos)):
            return
        photos[row], photos[target] = photos[target], photos[row]
        self._fill(target)
        self.edited.emit()

    def _place(self) -> None:
        photo = self.selected
        if photo is not None:
            description = (photo.alt or photo.caption or photo.id).replace("]", "").strip()
            self.placeRequested.emit(f"![{description}](photo:{photo.id})")

    # -- results and edits --------------------------------------------------------------------

    def _photo_read(self, payload: tuple[Intake, QImage]) -> None:
        intake, thumbnail = payload
        photo: Photo = intake.photo
        if self._read_only or any(p.id == photo.id for p in self.draft.photos):
            return  # the document changed meanwhile (or is read-only): nothing to join
        self._icons[photo.sha256[:24]] = QIcon(QPixmap.fromImage(thumbnail))
        notes = [QCoreApplication.translate("", note.template).format(**dict(note.args))
                 for note in intake.notes]
        prefill = intake.prefill
        taken = [label for label, value in ((self.tr("caption"), prefill.caption),
                                             (self.tr("credit"), prefill.credit),
                                             (self.tr("alt text"), prefill.alt)) if value]
        photo.caption, photo.credit, photo.alt = prefill.caption, prefill.credit, prefill.alt
        if taken:
            notes.append(self.tr("{name}: {fields} taken from the photo's own metadata; check "
                                 "them.").format(name=photo.source_name,
                                                 fields=", ".join(taken)))
        self.draft.photos.append(photo)
        self._fill(len(self.draft.photos) - 1)
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.edited.emit()

    def _failed(self, error: ReleaseDeskError) -> None:
        self.note.setVisible(False)
        if self.prompts is not None:
            self.prompts.failure(error)

    def show_thumbnails(self, images: tuple[PreviewImage, ...]) -> None:
        """Icons for the photos that have none yet, from the preview's scaled copies."""
        new = {image.key: image for image in images if image.key not in self._icons
               and image.icon_pixels}
        if not new:
            return
        for key, image in new.items():
            self._icons[key] = QIcon(QPixmap.fromImage(to_qimage(image, icon=True)))
        for row, photo in enumerate(self.draft.photos):
            item = self.list.item(row)
            if item is not None and photo.sha256[:24] in new:
                item.setIcon(self._icons[photo.sha256[:24]])

    def _order_changed(self) -> None:
        """A drag moved an item: the release's order follows the list's."""
        order = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        by_id = {photo.id: photo for photo in self.draft.photos}
        if sorted(order) != sorted(by_id):
            return
        moved = self.list.currentRow()
        self.draft.photos[:] = [by_id[photo_id] for photo_id in order]
        self._fill(moved)
        self.edited.emit()

    def _set(self, name: str, value: object) -> None:
        photo = self.selected
        if self._loading or photo is None or getattr(photo, name) == value:
            return
        setattr(photo, name, value)
        item = self.list.currentItem()
        if item is not None and name in ("caption", "alt"):
            item.setText(self._label(self.list.currentRow() + 1, photo,
                                     photo is self.draft.lead_photo))
        self.edited.emit()

    def _lead_toggled(self, checked: bool) -> None:
        photo = self.selected
        if self._loading or photo is None:
            return
        for other in self.draft.photos:
            other.lead = False
        photo.lead = checked
        self._fill(self.list.currentRow())
        self.edited.emit()
