"""The Photos section's list: one row per photo with its thumbnail, reordered by dragging,
and photo files dropped on it added."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from ..basics.enum_properties import set_enum_property
from .photo_reader import ICON_BOX, is_photo

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

ID_ROLE = 256  # Qt.UserRole (named without building PySide6's Qt namespace at start-up)


class PhotoList(QListWidget):
    """Thumbnails in order; drag to reorder, drop image files to add them."""

    filesDropped = Signal(list)  # list[Path]
    filesComing = Signal()  # photos are being dragged over the list
    orderChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoList")
        self.setIconSize(QSize(*ICON_BOX))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        set_enum_property(self, "defaultDropAction", "MoveAction")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumHeight(150)  # two photos and a half: a list, not a single row
        self.setMaximumHeight(220)
        self.setAcceptDrops(True)
        self.model().rowsMoved.connect(lambda *_: self.orderChanged.emit())

    def _files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        return [Path(url.toLocalFile()) for url in data.urls()
                if url.isLocalFile() and is_photo(url.toLocalFile())] if data.hasUrls() else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._files(event):
            self.filesComing.emit()
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            super().dropEvent(event)
