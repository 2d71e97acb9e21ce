"""File ▸ Open Sample: the releases of the sample organisations that ship with ReleaseDesk.

A sample opens as a new, untitled release (a copy): saving asks where, so the shipped file
is never written over, and new releases start from the user's own house style, never a
sample's.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ... import document
from ...errors import ReleaseDeskError
from ...resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow

log = logging.getLogger(__name__)


def sample_files() -> list[Path]:
    """The shipped sample releases, by file name."""
    folder = resources_dir() / "samples"
    return sorted(folder.glob("*.release")) if folder.is_dir() else []


class SampleMenu:
    """The Open Sample submenu of *file_menu*: one entry per sample, by its headline."""

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        self.window = window
        self.menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open Samp&le"))
        self.menu.setObjectName("sampleMenu")
        self.menu.aboutToShow.connect(self.fill)  # (read when shown: the start stays quick)
        self.headlines: dict[Path, str] = {}

    def fill(self) -> None:
        self.menu.clear()
        for path in sample_files():
            action = self.menu.addAction(self.headline(path))
            action.setObjectName(f"sample_{path.stem}")
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        self.menu.setEnabled(bool(self.menu.actions()))

    def headline(self, path: Path) -> str:
        """What the entry of *path* says: the sample's headline (its file name if unread)."""
        if path not in self.headlines:
            try:
                self.headlines[path] = document.load(path).headline.strip() or path.stem
            except ReleaseDeskError:
                self.headlines[path] = path.stem
        return self.headlines[path]

    def open(self, path: Path) -> None:
        """Open the sample at *path* as a new untitled release (once the release open now
        may go)."""
        try:
            release = document.load(path)
        except ReleaseDeskError as exc:
            log.warning("sample %s unreadable: %s", path, exc)
            self.window.manager.report_open_failure(path, exc)
            return
        self.window.manager.new(release)
