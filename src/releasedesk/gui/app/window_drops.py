"""Files dropped on the main window: photos join the release's Photos (dropped anywhere), a
.release file opens, a Word, text, Markdown or HTML draft is imported (not opened)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from .main_window import MainWindow


def drag_entered(window: MainWindow, event: QDragEnterEvent) -> None:
    """Accept releases, drafts and photos; the photo libraries load while the drag goes on."""
    from ..form.photo_reader import is_photo
    from .import_report import is_draft

    files = [url.toLocalFile() for url in event.mimeData().urls()]
    if any(is_photo(name) for name in files):
        window.form.photos.prepare()  # the photo libraries load while the drag goes on
    if any(name.endswith(".release") or is_draft(name) or is_photo(name) for name in files):
        event.acceptProposedAction()


def dropped(window: MainWindow, event: QDropEvent) -> None:
    """Photos join the release's Photos; a release opens; a draft is imported."""
    from ..form.photo_reader import is_photo
    from .import_report import is_draft

    photos = [Path(u.toLocalFile()) for u in event.mimeData().urls()
              if is_photo(u.toLocalFile())]
    if photos:  # photos dropped anywhere join the release's Photos
        event.acceptProposedAction()
        window.form.photos.add_files(photos)
        return
    for url in event.mimeData().urls():
        local = url.toLocalFile()
        if local.endswith(".release"):
            event.acceptProposedAction()
            window.open_path(Path(local))
            return
        if is_draft(local):  # a Word, text, Markdown or HTML draft: imported, not opened
            event.acceptProposedAction()
            window.import_draft(Path(local))
            return
