"""View ▸ Compare with Language Version: the open release beside its language version.

Field by field, then paragraph by paragraph (twins/align.py pairs them, facts as
anchors): a paragraph with no counterpart stands alone on its row, a pair whose facts
differ says so, and the other version's paragraphs that changed since the two were last
aligned are marked. "Mark as Aligned" records the other version as it is now in this
release's link (a change to this release, saved with it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import fields
from ..model import Release
from ..newsroom.index_page import language_name
from ..twins.align import Row, mark_aligned, recorded, side_by_side
from ..twins.link import CHANGED, FOUND, Partner, follow
from . import scheme
from .dialog_guard import DeskDialog

CHANGED_BACKGROUND = "#fff1c2"  # the other version's paragraph changed since aligned
DIFFER_COLOUR = "#b00020"  # the two paragraphs state different facts
ALONE_COLOUR = "#77776f"  # "(no counterpart)"


def _core(text: str) -> str:
    return QCoreApplication.translate("", text)


class CompareWindow(DeskDialog):
    """*release* (open in the editor, from *path*) beside the version its links name;
    *changed* is called after Mark as Aligned changed the release's link."""

    def __init__(self, release: Release, path: Path, changed: Callable[[], None],
                 parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("twinCompare")
        self.setWindowTitle(self.tr("Compare with Language Version"))
        self.release = release
        self.path = path
        self.changed = changed
        self.read_only = read_only
        self.partner: Partner | None = None
        self.rows: list[Row] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Other version:"), self))
        self.choice = QComboBox(self)
        self.choice.setObjectName("twinChoice")
        top.addWidget(self.choice, 1)
        layout.addLayout(top)
        self.state = QLabel(self)
        self.state.setObjectName("twinState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.table = QTableWidget(self)
        self.table.setObjectName("twinTable")
        self.table.setColumnCount(3)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 190)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.aligned_button = QPushButton(self.tr("&Mark as Aligned"), self)
        self.aligned_button.setObjectName("twinMarkAligned")
        self.aligned_button.setToolTip(self.tr(
            "Record the other version as it is now: its paragraphs changed after this are "
            "marked. Kept when this release is saved."))
        self.aligned_button.clicked.connect(lambda: self.mark_aligned())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.aligned_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for index, link in enumerate(release.twins):
            self.choice.addItem(f"{language_name(link.language or '?')} — {link.path}", index)
        self.choice.currentIndexChanged.connect(lambda _index: self.refresh())
        self.resize(1100, 680)
        self.refresh()

    def refresh(self) -> None:
        """Read the other version again and lay the two side by side."""
        index = self.choice.currentData()
        self.table.setRowCount(0)
        self.rows = []
        if index is None or not 0 <= index < len(self.release.twins):
            self.partner = None
            self.state.setText(self.tr("This release has no language version."))
            self.aligned_button.setEnabled(False)
            return
        link = self.release.twins[index]
        self.partner = follow(self.release, self.path, link)
        other = language_name(link.language or "?")
        self.table.setHorizontalHeaderLabels([
            "", self.tr("This version ({language})").format(
                language=language_name(self.release.language or "en")),
            self.tr("{language} version").format(language=other)])
        if self.partner.state not in (FOUND, CHANGED) or self.partner.release is None:
            self.state.setText(self._unfollowed(other, link.path))
            self.aligned_button.setEnabled(False)
            return
        self.rows = side_by_side(self.release, self.partner.release, link)
        self._fill()
        changed = sum(row.changed for row in self.rows)
        differ = sum(row.facts_differ for row in self.rows)
        if recorded(link) is None:
            state = self.tr("Not yet aligned: once the two say the same, Mark as Aligned, "
                            "and the paragraphs of the {language} version changed after "
                            "that are marked here.").format(language=other)
        elif changed:
            state = self.tr("{count} paragraph(s) of the {language} version changed since "
                            "the two were last aligned (marked).").format(count=changed,
                                                                        language=other)
        else:
            state = self.tr("The {language} version has not changed since the two were "
                            "last aligned.").format(language=other)
        if differ:
            state += " " + self.tr("{count} pair(s) state different facts.").format(
                count=differ)
        self.state.setText(state)
        self.aligned_button.setEnabled(not self.read_only)

    def _unfollowed(self, language: str, path: str) -> str:
        assert self.partner is not None
        state = self.partner.state
        if state == "missing":
            return self.tr("The {language} version ({path}) is not there; move it back "
                           "beside this release.").format(language=language, path=path)
        if state == "unreadable":
            return self.tr("The {language} version ({path}) cannot be read: "
                           "{problem}").format(language=language, path=path,
                                               problem=self.partner.problem)
        return self.tr("The link to the {language} version ({path}) does not lead to it; "
                       "the readiness checks say why.").format(language=language, path=path)

    def _label(self, row: Row) -> str:
        spec = fields.field(row.field)
        label = _core(spec.label) if spec is not None else row.field
        if row.field in ("body", "boilerplate"):
            if row.there is None:
                label = self.tr("{field} ¶{number} (this version only)").format(
                    field=label, number=(row.here or 0) + 1)
            elif row.here is None:
                label = self.tr("{field} ¶{number} (other version only)").format(
                    field=label, number=row.there + 1)
            elif row.here == row.there:
                label = self.tr("{field} ¶{number}").format(field=label, number=row.here + 1)
            else:
                label = self.tr("{field} ¶{here} ↔ ¶{there}").format(
                    field=label, here=row.here + 1, there=row.there + 1)
        marks = []
        if row.changed:
            marks.append(self.tr("changed since aligned"))
        if row.facts_differ:
            marks.append(self.tr("facts differ"))
        return "\n".join([label, *marks])

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        alone = self.tr("(no counterpart)")
        for number, row in enumerate(self.rows):
            label = QTableWidgetItem(self._label(row))
            if row.facts_differ:
                label.setForeground(QBrush(QColor(scheme.text(DIFFER_COLOUR))))
            self.table.setItem(number, 0, label)
            for column, (index, text) in ((1, (row.here, row.here_text)),
                                          (2, (row.there, row.there_text))):
                item = QTableWidgetItem(text if index is not None else alone)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if index is None:
                    item.setForeground(QBrush(QColor(scheme.text(ALONE_COLOUR))))
                if column == 2 and row.changed:
                    item.setBackground(QBrush(QColor(scheme.fill(CHANGED_BACKGROUND))))
                    item.setToolTip(self.tr("Changed since the two were last aligned"))
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()

    def has_unsaved_edits(self) -> bool:
        return False  # a view: Mark as Aligned changes the release at once

    def mark_aligned(self) -> bool:
        """Record the other version as it is now in this release's link."""
        from ..clearance.fingerprint import fingerprint

        if self.read_only or self.partner is None or self.partner.release is None:
            return False
        if not mark_aligned(self.release, self.partner.release,
                            fingerprint(self.partner.release)):
            return False
        self.changed()
        self.refresh()
        return True

    def marked_rows(self) -> list[tuple[str, int | None]]:
        """(field, paragraph index there) of the rows marked changed (tests, screenshot)."""
        return [(row.field, row.there) for row in self.rows if row.changed]
