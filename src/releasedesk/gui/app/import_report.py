"""Importing a draft in the editor: the import off the GUI thread (a Task), the report
beside the form, and the guessed fields marked for review until the user edits or dismisses
them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import N_, ReleaseDeskError
from ...importing.report import FIELD_LABELS, FOUND, GUESSED, UNPLACED, ImportReport
from ...model import Release
from ..basics import scheme
from ..basics.tasks import Task, start_task
from ..proofing.finding_list import FindingList

if TYPE_CHECKING:
    from ...profiles import Profile
    from ..form.release_form import ReleaseForm
    from .main_window import MainWindow

log = logging.getLogger(__name__)

REVIEW_STYLE = "border: 2px solid #d99a00; background: #fff8e0;"


def _tr(text: str) -> str:
    """A core phrase (marked with N_) in the interface language."""
    return QCoreApplication.translate("", text)


# A bug in the import: the traceback goes to the log, this sentence to the user.
IMPORT_BUG = N_("The draft could not be imported because of an error inside ReleaseDesk "
                "({kind}); details are in the log.")


def imported(path: Path, profiles: list[Profile], last: str = ""
             ) -> tuple[Release, ImportReport]:
    """The import itself (run off the GUI thread); a draft with no footer of its own takes
    the office's house style (the one used last, as File ▸ New does)."""
    from ...house_setup import office_house
    from ...importing import import_draft

    return import_draft(path, profiles=profiles, house=office_house(profiles, last))


class ReviewMarks(QObject):
    """A highlighted frame and a tooltip on each guessed field, until it is edited or the
    report is dismissed."""

    def __init__(self, form: ReleaseForm) -> None:
        super().__init__(form)
        self.form = form
        self.marked: dict[str, tuple[str, str]] = {}  # field: (style sheet, tooltip) before
        form.edited.connect(self.clear)

    def mark(self, fields: list[str]) -> None:
        self.clear_all()
        for field in fields:
            widget = self.form.field_widget(field)
            if widget is None:
                continue
            self.marked[field] = (widget.styleSheet(), widget.toolTip())
            widget.setStyleSheet(scheme.css(REVIEW_STYLE))
            widget.setToolTip(self.tr("Guessed by the import: please check this field. The "
                                      "mark goes when you edit it or close the import report."))

    def clear(self, field: str) -> None:
        before = self.marked.pop(field, None)
        if before is None:
            return
        widget = self.form.field_widget(field)
        if widget is not None:
            widget.setStyleSheet(before[0])
            widget.setToolTip(before[1])

    def clear_all(self) -> None:
        for field in list(self.marked):
            self.clear(field)


class _ReportList(FindingList):
    """The report's lines: one that names a field goes to it."""

    def finding_at(self, row: int) -> str | None:
        item = self.item(row)
        field = item.data(256) if item is not None else None  # Qt.UserRole
        return field if isinstance(field, str) and field else None


class ImportReportPanel(QWidget):
    """What the import found, guessed and could not place; a click goes to the field."""

    fieldRequested = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.list = _ReportList("importReportList", self)
        self.list.findingRequested.connect(lambda field: self.fieldRequested.emit(field))
        self.close_button = QPushButton(self)
        self.close_button.setText(self.tr("Done reviewing"))
        self.close_button.setToolTip(self.tr("Close the report and remove the review marks"))
        self.close_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(260)

    def show_report(self, report: ImportReport) -> None:
        self.title.setText(self.tr("<b>Import report</b><br>{name} ({kind})").format(
            name=report.source, kind=_tr(report.format_label)))
        self.list.clear()
        for kind, heading in ((GUESSED, self.tr("Guessed: please review")),
                              (UNPLACED, self.tr("Not placed: kept in the body")),
                              (FOUND, self.tr("Found"))):
            items = report.of_kind(kind)
            if not items:
                continue
            header = QListWidgetItem(heading)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setData(256, "")
            self.list.addItem(header)
            for entry in items:
                label = _tr(FIELD_LABELS.get(entry.field, entry.field))
                text = f"{label}: “{entry.snippet}”" if entry.snippet else label
                item = QListWidgetItem(f"{text}\n    {_tr(entry.how)}")
                item.setData(256, entry.field)  # Qt.UserRole
                item.setToolTip(self.tr("Go to the field"))
                self.list.addItem(item)
        for note in report.notes:
            self.list.addItem(QListWidgetItem(self.tr("Note: {note}").format(note=_tr(note))))
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


class DraftImport(QObject):
    """File ▸ Import Draft… and dropped drafts: a new untitled release with a report beside
    the form. The current release is only replaced once the user agreed and the import
    succeeded; the draft file is only read."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None  # the import running, if one is
        self.panel = ImportReportPanel()
        self.panel.hide()
        # Beside the form, above the preview: the window's saved splitter sizes stay as they are.
        window.right.insertWidget(0, self.panel)
        self.marks = ReviewMarks(window.form)
        self.panel.fieldRequested.connect(window.form.focus_field)
        self.panel.dismissed.connect(self.marks.clear_all)
        # Another release opened (or New): the report and its marks were about the import.
        window.manager.documentReplaced.connect(self._replaced)
        self.source: Path | None = None
        self._showing = False

    def ask(self) -> None:
        settings = self.window.settings
        folder = settings.last_open_folder or str(Path.home())
        ask_draft_path(self.window, folder, self.start)

    def start(self, path: Path) -> None:
        """Import *path* once the release open now may go (asked when it has unsaved
        changes); nothing while another import runs."""
        if not self.busy:
            self.window.manager.confirm_discard(lambda: self._read(Path(path)))

    def _read(self, source: Path) -> None:
        if self.busy:  # (one started while the question was showing)
            return
        self.source = source
        profiles = self.window.profiles().load_all()
        last = self.window.settings.last_profile
        self.task = start_task(lambda: imported(source, profiles, last), self.window,
                               lambda result: self._finished(*result), self._failed,
                               f"the import of {source}", IMPORT_BUG)
        self.window.statusBar().showMessage(self.tr("Importing {name}…").format(
            name=source.name))

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _finished(self, release: Release, report: ImportReport) -> None:
        manager = self.window.manager
        self._showing = True
        try:
            # (the user already agreed to replace the current release)
            manager.new(release, discarded=True)
        finally:
            self._showing = False
        manager.mark_modified()  # an import is unsaved work: autosaved, asked about on close
        if self.source is not None:
            self.window.settings.last_open_folder = str(self.source.resolve().parent)
        self.panel.show_report(report)
        sizes = self.window.right.sizes()
        if len(sizes) == 3 and sizes[0] < 150:
            total = sum(sizes)
            self.window.right.setSizes([int(total * 0.34), int(total * 0.52),
                                        int(total * 0.14)])
        self.marks.mark(report.guessed_fields())
        self.window.statusBar().showMessage(self.tr("Imported {name}: review the marked fields "
                                                    "and save").format(name=report.source),
                                            8000)

    def _replaced(self) -> None:
        if not self._showing and self.panel.isVisible():
            self.panel.dismiss()

    def _failed(self, error: ReleaseDeskError) -> None:
        self.window.statusBar().clearMessage()
        self.window.prompts.failure(error)


def ask_draft_path(parent: QWidget, folder: str, then: Callable[[Path], object]) -> None:
    """The draft to import, from a file dialog: *then*(path) when one is chosen (tests
    replace this function)."""
    from ...importing import suffix_patterns
    from ..basics.modal import FileMode, choose_files

    choose_files(parent, FileMode.OPEN,
                 QCoreApplication.translate("ImportReportPanel", "Import draft"), folder,
                 QCoreApplication.translate("ImportReportPanel", "Drafts ({patterns})").format(
                     patterns=suffix_patterns()), lambda names: then(Path(names[0])))


def is_draft(path: str) -> bool:
    from ...importing import READERS

    return any(path.lower().endswith(s) for fmt in READERS.values() for s in fmt.suffixes)
