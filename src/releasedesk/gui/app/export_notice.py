"""The bar that says an export was written, with Open File and Open Folder (issue #27,
point 8). It never blocks: it stands above the form until dismissed, the next export, or
another release opened. Made on the first export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from .notice_bar import NoticeBar

if TYPE_CHECKING:
    from .main_window import MainWindow

# A pale green: done, nothing to worry about; the text keeps its own colour.
STYLE = """
QFrame#exportNotice { background: #e3f1e0; border: 1px solid #9cc49a; border-radius: 4px;
                      margin: 4px 4px 0 4px; }
QFrame#exportNotice QLabel { background: transparent; border: none; color: #173d14; }
"""
OPENED_FIRST = (".html", ".pdf", ".docx")  # of several files, Open File opens the first found


def open_location(path: Path) -> bool:
    """Show *path* (a file or a folder) in the program the desktop opens it with."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportNotice(NoticeBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "exportNotice", STYLE, self.tr("Export written"), 6)
        self.main_window = window
        self.file: Path | None = None
        self.folder: Path | None = None
        self.open_file = QPushButton(self.tr("Open File"), self)
        self.open_file.setObjectName("exportOpenFile")
        self.open_folder = QPushButton(self.tr("Open Folder"), self)
        self.open_folder.setObjectName("exportOpenFolder")
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setObjectName("exportDismiss")
        layout = self.row
        layout.addWidget(self.message, 1)
        for button in (self.open_file, self.open_folder, self.dismiss):
            layout.addWidget(button)
        self.open_file.clicked.connect(lambda: self._open(self.file))
        self.open_folder.clicked.connect(lambda: self._open(self.folder))
        self.dismiss.clicked.connect(self.hide)
        window.manager.documentReplaced.connect(self.hide)  # (about another release)

    def show_written(self, files: list[Path], folder: Path, said: str = "",
                     also: list[str] | None = None) -> None:
        """Say what was written where (or *said*); Open File opens the one file (of
        several, the page a person reads first)."""
        self.folder = folder
        self.file = files[0] if len(files) == 1 else next(
            (f for suffix in OPENED_FIRST for f in files if f.suffix == suffix),
            files[0] if files else None)
        if len(files) == 1:
            text = self.tr("Exported “{name}” to {folder}.").format(name=files[0].name,
                                                                  folder=folder)
        else:
            text = self.tr("Exported {n} files to {folder}.").format(n=len(files),
                                                                     folder=folder)
        from ...messages import sentences

        self.message.setText(sentences(said or text, *(also or [])))
        self.open_file.setVisible(self.file is not None)
        if self.file is not None:
            self.open_file.setToolTip(str(self.file))
        self.open_folder.setToolTip(str(folder))
        self.show()

    def _open(self, path: Path | None) -> None:
        if path is None:
            return
        if not open_location(path):
            self.main_window.prompts.error(self.tr(
                "The desktop has no program to open {path} with.").format(path=path))


def show_export_notice(window: MainWindow, files: list[Path], folder: Path,
                       said: str = "", also: list[str] | None = None) -> ExportNotice:
    """The bar for an export just written, above the form (made on first need); *also*:
    sentences said after it (a language version the package left out, and why)."""
    notice = window.findChild(ExportNotice)
    if notice is None:
        notice = ExportNotice(window)
        window.central_layout.insertWidget(0, notice)
    notice.show_written(files, folder, said, also or [])
    return notice
