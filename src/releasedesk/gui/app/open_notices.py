"""What the window says when a release has opened and cannot be saved where it is: another
editor holds it (a dialog: the window is read-only), or its folder takes no files (a
status-bar note, said now rather than at the first save: the edits are kept in the window
and in recovery copies)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from ... import files


def say_how_it_opened(window: QWidget, path: Path, holder: str | None,
                      info: Callable[[str], object], status: QStatusBar) -> None:
    """The notice for the release just opened from *path*, if it needs one: *holder* is
    the editor holding it (None: this window has it to itself); *info* shows a dialog's
    sentence, *status* is the window's status bar."""
    if holder is not None:
        notice = QCoreApplication.translate(
            "MainWindow", "{name} is being edited by {holder}, so it is open read-only here. "
                          "Use Save As to keep your own copy.").format(
                name=path.name, holder=holder)
        if window.isVisible():
            info(notice)
        else:  # said once the window is painted (the editor started with this file)
            QTimer.singleShot(0, window, lambda: info(notice))
    elif not files.can_write_beside(path):
        status.showMessage(QCoreApplication.translate(
            "MainWindow", "{name} is in a folder you cannot write to: your changes are kept "
                          "here and in recovery copies; use Save As to save them "
                          "elsewhere.").format(name=path.name), 15000)
