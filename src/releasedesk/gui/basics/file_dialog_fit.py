"""Qt's own file dialog (shown where the desktop offers none) sized for the interface's
words: Qt gives its columns the width of English samples ("mp3Folder", "10/29/81 02:02PM")
and its places the width it last had, so a Chinese interface's file types, dates and
place names were cut ("纯…档"). Each column is made as wide as its title and what it shows,
the places as wide as their names; the name column gives up the room, and the dialog
grows (within its screen) only where that column would be left too narrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QSplitter, QTreeView

# The name column keeps at least this many average characters' width.
NAME_LEAST = 24


def fit_file_dialog(dialog: QFileDialog) -> None:
    """Fit *dialog*'s columns and places to their words once it shows, and again each
    time a folder is read (a desktop's own dialog has no such widgets: nothing is done)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileSystemModel, QListView, QSplitter, QTreeView

    view = dialog.findChild(QTreeView, "treeView")
    places = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    model = dialog.findChild(QFileSystemModel)
    if view is None or places is None or splitter is None:
        return

    def fit() -> None:
        if dialog.isVisible():  # (laid out: its widths are known)
            fit_columns(dialog, view, places, splitter)

    QTimer.singleShot(0, dialog, fit)  # (once shown: the titles)
    if model is not None:  # (the folder read: what the rows show)
        model.directoryLoaded.connect(lambda _folder: QTimer.singleShot(0, dialog, fit))


def wanted_widths(view: QTreeView) -> list[int]:
    """Each column's width for its title and the rows it shows, never below its own."""
    header = view.header()
    return [max(header.sectionSize(column), header.sectionSizeHint(column),
                view.sizeHintForColumn(column)) for column in range(header.count())]


def fit_columns(dialog: QFileDialog, view: QTreeView, places: QListView,
                splitter: QSplitter) -> None:
    """The columns but the name's as wide as they want, the places as wide as their
    names; the name column takes the rest, at least NAME_LEAST characters, the dialog
    widened (within its screen) when that is not there."""
    header: QHeaderView = view.header()
    sizes = splitter.sizes()
    if header.count() < 2 or len(sizes) != 2:
        return
    least_name = view.fontMetrics().averageCharWidth() * NAME_LEAST
    others = sum(wanted_widths(view)[1:])
    place_width = max(sizes[0], places.sizeHintForColumn(0) + 2 * places.frameWidth() + 8)
    # The view's room once the places are as wide as they want.
    room = view.viewport().width() - (place_width - sizes[0])
    missing = least_name + others - room
    grown = 0
    if missing > 0:
        screen = dialog.screen()
        most = screen.availableGeometry().width() - 16 if screen is not None else 0
        grown = max(0, min(missing, most - dialog.width()))
        dialog.resize(dialog.width() + grown, dialog.height())
    splitter.setSizes([place_width, sum(sizes) + grown - place_width])
    widths = wanted_widths(view)
    for column in range(1, header.count()):
        header.resizeSection(column, widths[column])
    header.resizeSection(0, max(least_name, room + grown - others))
