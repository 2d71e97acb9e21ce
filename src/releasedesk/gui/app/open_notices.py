"""What the window says when a release has opened and cannot be saved where it is: another
editor holds it (a dialog: the window is read-only), or its folder takes no files (a
status-bar note, said now rather than at the first save: the edits are kept in the window
and in recovery copies)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from ... import files

if TYPE_CHECKING:
    from .main_window import MainWindow


def say_how_it_opened(window: MainWindow, path: Path) -> None:
    """The notice for the release just opened from *path*, if it needs one."""
    if window.manager.read_only:
        notice = QCoreApplication.translate(
            "MainWindow", "{name} is being edited by {holder}, so it is open read-only here. "
                          "Use Save As to keep your own copy.").format(
                name=path.name, holder=window.manager.lock_holder)
        if window.isVisible():
            window.prompts.info(notice)
        else:  # said once the window is painted (the editor started with this file)
            QTimer.singleShot(0, window, lambda: window.prompts.info(notice))
    elif not files.can_write_beside(path):
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "{name} is in a folder you cannot write to: your changes are kept "
                          "here and in recovery copies; use Save As to save them "
                          "elsewhere.").format(name=path.name), 15000)
