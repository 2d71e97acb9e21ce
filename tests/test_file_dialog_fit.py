"""Qt's own file dialog fits the interface's words: every column as wide as its title and
what its rows show (Qt sizes them for English samples, and a Chinese file type or date was
cut), the places as wide as their names, the name column still usable, and nothing
wider than the view (no sideways scrolling)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QTreeView
from pytestqt.qtbot import QtBot

from releasedesk.gui.basics import i18n
from releasedesk.gui.basics.file_dialog_fit import NAME_LEAST
from releasedesk.gui.basics.modal import FileMode, choose_files

FILES = ("story.release", "draft.docx", "notes.txt", "notes.md", "page.html", "logo.png",
         "photo.jpg", "register.xlsx", "style.json", "a-name-long-enough-to-need-its-room.pdf")


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface language, its translations (ours and Qt's) installed."""
    code: str = request.param
    installed: list[QTranslator] = []
    if code != "en":
        qm = i18n.translation_file(code)
        assert qm is not None
        for path in (str(qm), f"qtbase_{code}"):
            translator = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            assert translator.load(path, folder) or translator.load(path)
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    yield code
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def widgets(dialog: QFileDialog) -> tuple[QTreeView, QListView]:
    view = dialog.findChild(QTreeView, "treeView")
    places = dialog.findChild(QListView, "sidebar")
    assert view is not None and places is not None
    return view, places


def fits(dialog: QFileDialog, rows: int) -> bool:
    """Whether every column shows its title and its rows whole, and the places theirs."""
    view, places = widgets(dialog)
    header = view.header()
    if view.model().rowCount(view.rootIndex()) < rows:
        return False
    columns_fit = all(header.sectionSize(column) >= max(header.sectionSizeHint(column),
                                                        view.sizeHintForColumn(column))
                      for column in range(1, header.count()))
    return columns_fit and places.viewport().width() >= places.sizeHintForColumn(0)


@pytest.mark.parametrize("mode", [FileMode.OPEN, FileMode.SAVE, FileMode.OPEN_MANY])
@pytest.mark.parametrize("files", [FILES[:1], FILES[:4], FILES])
def test_the_file_dialog_s_columns_fit_their_words(qtbot: QtBot, tmp_path: Path,
                                                   language: str, mode: FileMode,
                                                   files: tuple[str, ...]) -> None:
    for name in files:
        (tmp_path / name).write_bytes(b"x" * 2048)
    dialog = choose_files(None, mode, "Files", str(tmp_path), "", lambda names: None)
    try:
        qtbot.waitUntil(lambda: fits(dialog, len(files)), timeout=5000)
        view, _places = widgets(dialog)
        header = view.header()
        total = sum(header.sectionSize(column) for column in range(header.count()))
        assert total <= view.viewport().width()  # no sideways scrolling
        assert header.sectionSize(0) >= view.fontMetrics().averageCharWidth() * NAME_LEAST
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width()
    finally:
        dialog.reject()
