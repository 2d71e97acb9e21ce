"""File ▸ Open Newsroom Folder…: the office's releases as a library window.

Lists every release in a folder and its subfolders (newsroom/library.py, read off the GUI
thread and cached): headline, kind, language, status, release date, embargo, approvers,
language versions (each partner found, changed since aligned, missing …: newsroom/
versions.py), file. A release needing attention (a language version not as linked, its id
claimed by another file too) has a warning mark and says why in its tooltip. Sorted by
any column, filtered by status, language and language versions, searched as one types
(the library's full-text index); a double-click opens the release in the editor. Duplicate
and Make Language Version… (buttons, and the table's context menu) save a new release
beside the chosen one, list the folder again and open the new file in the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...clearance.signoffs import STATUS_LABELS
from ...errors import ReleaseDeskError
from ...newsroom.library import Library
from ...newsroom.summary import Summary
from ..basics import scheme
from ..basics.i18n import translate_error
from ..basics.tasks import Task, detach_all, start_task
from ..dialogs.prompts import Prompts
from ..widgets.command_button import command_button
from ..widgets.language_names import choice_names
from .library_model import (
    ATTENTION,
    UNREADABLE,
    WITH_VERSIONS,
    WITHOUT_VERSIONS,
    LibraryFilter,
    LibraryModel,
    core_text,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ...newsroom.build import BuildReport
    from ..twins.twin_dialog import NewLanguageVersionDialog, Show


R = TypeVar("R")


def _show_version_dialog(dialog: NewLanguageVersionDialog, accepted: Callable[[], object]
                         ) -> None:
    from ..twins.twin_dialog import show_language_version  # (made when first used)

    show_language_version(dialog, accepted)


class NewsroomWindow(QMainWindow):
    """The library of one folder; *open_release* opens a release file in the editor;
    *prompts* asks where to build the newsroom and tells what the build did."""

    def __init__(self, library: Library, open_release: Callable[[Path], object],
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newsroomWindow")
        self.open_release = open_release
        self.prompts = prompts or Prompts(self)
        self.busy = False  # a language version being made, a newsroom being built
        self.resize(1180, 640)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        controls = QHBoxLayout()
        self.search = QLineEdit(central)
        self.search.setObjectName("newsroomSearch")
        self.search.setPlaceholderText(self.tr("Search headlines and text…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(central)
        self.status.setObjectName("newsroomStatus")
        self.language = QComboBox(central)
        self.language.setObjectName("newsroomLanguage")
        self.versions = QComboBox(central)
        self.versions.setObjectName("newsroomVersions")
        self.count = QLabel(central)
        self.count.setObjectName("newsroomCount")
        controls.addWidget(self.search, 3)
        for label, choice in ((self.tr("Status:"), self.status),
                              (self.tr("Language:"), self.language),
                              (self.tr("Versions:"), self.versions)):
            controls.addWidget(QLabel(label, central))
            controls.addWidget(choice, 1)
        controls.addWidget(self.count)
        # (Each button calls the method as it is then: tests replace some of them.)
        self.build_button = command_button(
            central, self.tr("Build Newsroom…"), "newsroomBuild", self.tr(
                "Write the static newsroom of this folder for the web team: an index, a page "
                "per approved release past its embargo, Atom and JSON feeds."),
            lambda: self.build_newsroom())
        self.duplicate_button = command_button(
            central, self.tr("&Duplicate"), "newsroomDuplicate", self.tr(
                "Save a copy of the chosen release beside it, as a new release with no "
                "sign-offs, and open it."),
            lambda: self.duplicate())
        self.version_button = command_button(
            central, self.tr("Make &Language Version…"), "newsroomLanguageVersion", self.tr(
                "Make a linked version of the chosen release in another language, beside "
                "it, and open it."),
            lambda: self.make_language_version())
        controls.addWidget(self.duplicate_button)
        controls.addWidget(self.version_button)
        controls.addWidget(self.build_button)
        layout.addLayout(controls)
        self.table = QTableView(central)
        self.table.setObjectName("newsroomTable")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a release: long headlines end in "…"
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self._open_row)
        # How the New Language Version dialog is shown and answered (tests answer it unseen).
        self.run_dialog: Show = _show_version_dialog
        layout.addWidget(self.table, 1)
        self.problems = QLabel(central)
        self.problems.setObjectName("newsroomProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # (file names, as typed)
        scheme.styled(self.problems, "color: #8a4b00;")
        layout.addWidget(self.problems)
        self.setCentralWidget(central)
        self.proxy = LibraryFilter(self)
        self.model: LibraryModel | None = None
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, handler in ((self.tr("Open"), lambda: self._open_chosen()),
                              (self.tr("Duplicate"), lambda: self.duplicate()),
                              (self.tr("Make Language Version…"),
                               lambda: self.make_language_version())):
            action = QAction(self.table)
            action.setText(text)
            action.triggered.connect(handler)
            self.table.addAction(action)
        self.search.textChanged.connect(self._refilter)
        self.status.currentIndexChanged.connect(self._refilter)
        self.language.currentIndexChanged.connect(self._refilter)
        self.versions.currentIndexChanged.connect(self._refilter)
        self.set_library(library)

    def set_library(self, library: Library) -> None:
        self.library = library
        self.setWindowTitle(self.tr("Newsroom: {folder}").format(folder=library.root.name
                                                                   or str(library.root)))
        self.model = LibraryModel(library, self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._chosen_changed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((360, 130, 110, 90, 100, 190, 190, 170)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # newest first
        chosen_versions = self.versions.currentData() or ""
        for combo in (self.status, self.language, self.versions):
            combo.blockSignals(True)
            combo.clear()
        self.status.addItem(self.tr("All"), "")
        for key in ("draft", "in_review", "approved", "published"):
            self.status.addItem(core_text(STATUS_LABELS[key]), key)
        self.status.addItem(self.tr("Unreadable"), UNREADABLE)
        self.language.addItem(self.tr("All"), "")
        tags = sorted({e.language for e in library.entries if e.readable})
        for tag, name in zip(tags, choice_names(tags), strict=True):
            self.language.addItem(name, tag)
        self.versions.addItem(self.tr("All"), "")
        self.versions.addItem(self.tr("With language versions"), WITH_VERSIONS)
        self.versions.addItem(self.tr("Needing attention"), ATTENTION)
        self.versions.addItem(self.tr("Without language versions"), WITHOUT_VERSIONS)
        self.versions.setToolTip(self.tr(
            "Needing attention: a language version missing, changed since last aligned or not "
            "as linked, or the release's id claimed by another file too."))
        self.versions.setCurrentIndex(max(0, self.versions.findData(chosen_versions)))
        for combo in (self.status, self.language, self.versions):
            combo.blockSignals(False)
        self.problems.setText("\n".join(translate_error(p) for p in library.problems))
        self.problems.setVisible(bool(library.problems))
        self._refilter()
        self._chosen_changed()

    def _refilter(self) -> None:
        query = self.search.text()
        matches = set(self.library.index.search(query)) if query.strip() else None
        self.proxy.choose(matches, self.status.currentData() or "",
                          self.language.currentData() or "", self.versions.currentData() or "")
        self.count.setText(self.tr("{shown} of {total} releases").format(
            shown=self.proxy.rowCount(), total=len(self.library.entries)))

    def _open_row(self, index: QModelIndex) -> None:
        if self.model is None:
            return
        entry = self.model.entry(self.proxy.mapToSource(index).row())
        self.open_release(self.library.path_of(entry))

    def chosen(self) -> Summary | None:
        """The release of the current row (None: no row, or a file that cannot be read)."""
        if self.model is None:
            return None
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        entry = self.model.entry(self.proxy.mapToSource(index).row())
        return entry if entry.readable else None

    def choose_row(self, headline: str) -> bool:
        """Make the row showing *headline* the current one (tests, the screenshot)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == headline:
                self.table.selectRow(row)
                return True
        return False

    def _chosen_changed(self) -> None:
        readable = self.chosen() is not None
        self.duplicate_button.setEnabled(readable)
        self.version_button.setEnabled(readable)

    def _open_chosen(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.open_release(self.library.path_of(entry))

    def duplicate(self) -> Path | None:
        """Save a copy of the chosen release beside it (newsroom/copies.py), list it, open
        it."""
        from ...newsroom.copies import duplicate_file

        entry = self.chosen()
        if entry is None:
            return None
        try:
            made = duplicate_file(self.library.path_of(entry))
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return None
        self._made(made)
        return made

    def make_language_version(self) -> None:
        """Ask for a language (the editor's dialog), then, off the GUI thread, save the new
        version beside the chosen release with the link in both; list it and open it."""
        from ...cli_twins import make_twin_file
        from ...profiles import ProfileStore
        from ...twins.making import language_choices
        from ..twins.twin_dialog import NewLanguageVersionDialog, ask_language_version

        entry = self.chosen()
        if entry is None:
            return
        path = self.library.path_of(entry)
        dialog = NewLanguageVersionDialog(entry.headline, entry.language, path,
                                          language_choices(entry.language,
                                                           ProfileStore().load_all()),
                                          False, self)

        def asked(answer: tuple[str, Path, bool]) -> None:
            language, target, copy_text = answer
            self.in_background(lambda: make_twin_file(path, language, target, copy_text),
                               self._made, self.tr("Making the language version…"))

        ask_language_version(dialog, self.run_dialog, asked)

    def _made(self, made: Path) -> None:
        """A release file made beside the chosen one: list it and open it."""
        self._listed_again()
        self.open_release(made)

    def in_background(self, work: Callable[[], R], done: Callable[[R], object],
                      label: str) -> bool:
        """Run *work* off the GUI thread, one job at a time, its *label* in the status bar
        and the buttons that start one off; then *done* with its result, or its error said
        in one sentence."""
        if self.busy:
            return False
        self._set_busy(True, label)

        def finished(result: R) -> None:
            self._set_busy(False)
            done(result)

        def failed(error: ReleaseDeskError) -> None:
            self._set_busy(False)
            self.prompts.failure(error)

        start_task(work, self, finished, failed, label)
        return True

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self.busy = busy
        for button in (self.build_button, self.duplicate_button, self.version_button):
            button.setEnabled(not busy)
        if busy:
            self.statusBar().showMessage(label)
        else:
            self.statusBar().clearMessage()

    def _listed_again(self) -> None:
        """List the folder again (from the cache, but for what changed)."""
        from ...newsroom.library import list_library

        try:
            library = list_library(self.library.root)
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return
        self.set_library(library)

    def build_newsroom(self, out: Path | None = None) -> bool:
        """Build the newsroom of this folder into *out* (asked for when not given), off the
        GUI thread; what the build did is said when it is done. False when not started now
        (asked for the folder, it starts when one is chosen)."""
        from ...newsroom.build import build_newsroom

        if out is None:
            self.prompts.newsroom_output(str(self.library.root.parent), self.build_newsroom)
            return False
        root, folder = self.library.root, out
        return self.in_background(lambda: build_newsroom(root, folder),
                                  lambda report: self._built(report, folder),
                                  self.tr("Building the newsroom…"))

    def _built(self, report: BuildReport, out: Path) -> None:
        choice = report.choice
        lines = [self.tr("%n release(s) published in {folder}; left out: {embargoed} "
                         "under embargo, {unapproved} not approved, {unreadable} "
                         "unreadable.", "", len(choice.items)).format(
            folder=str(out), embargoed=choice.embargoed,
            unapproved=choice.unapproved, unreadable=choice.unreadable)]
        lines += [translate_error(entry.error) for entry in report.library.entries
                  if entry.error is not None]
        lines += [translate_error(problem) for problem in report.problems]
        self.prompts.info("\n".join(lines))
        self.set_library(report.library)  # (read again for the build: the newest listing)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed while a build or a listing runs: the job finishes (a build writes its
        whole site) and its outcome goes nowhere, not to a window no longer shown."""
        detach_all(self)
        self._set_busy(False)
        super().closeEvent(event)

    def visible_headlines(self) -> list[str]:
        """The headlines shown, in the order shown (for tests and the screenshot)."""
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]


def open_newsroom_folder(parent: QWidget, folder: Path, open_release: Callable[[Path], object],
                         opened: Callable[[NewsroomWindow], object],
                         failed: Callable[[ReleaseDeskError], object],
                         prompts: Prompts | None = None) -> Task:
    """List *folder* off the GUI thread, then show its library window and hand it to
    *opened*; *failed* gets the one error when the folder cannot be listed."""
    from ...newsroom.library import list_library

    def listed(library: Library) -> None:
        window = NewsroomWindow(library, open_release, parent, prompts)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.show()
        opened(window)

    return start_task(lambda: list_library(folder), parent, listed, failed,
                      f"listing {folder}")

