"""View ▸ History…: the versions kept in the release; what changed since each; restore one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...clearance.fingerprint import short
from ...clearance.history import MAX_VERSIONS
from ...clearance.wordiff import compare
from ...json_values import JsonObject
from ...shown_time import local_minute
from ...workflow import Version
from ..basics.dialog_guard import DeskDialog
from .redline import RedlineView


class HistoryDialog(DeskDialog):
    """Versions newest first; the redline shows the changes from the chosen one to now."""

    def __init__(self, versions: list[tuple[Version, JsonObject]], current: JsonObject,
                 signers: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        self.resize(980, 620)
        self.versions = versions
        self.current = current
        self.chosen: JsonObject | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        for version, content in versions:
            when = local_minute(version.saved)
            line = self.tr("{when} · {fingerprint}").format(
                when=when, fingerprint=short(version.fingerprint, 2))
            who = signers.get(version.fingerprint)
            if who:
                line += "\n" + self.tr("Signed off by {names}").format(names=", ".join(who))
            headline = content.get("headline", "")
            self.list.addItem(f"{line}\n{headline[:60]}")
        self.view = RedlineView(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        self.restore_button = QPushButton(self.tr("Restore This Version"), self)
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Each save keeps the content as a version inside the release "
                              "(the newest {n} at most; versions someone signed off are kept "
                              "longest).").format(n=MAX_VERSIONS), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.list.currentRowChanged.connect(self._show)
        if versions:
            self.list.setCurrentRow(0)
        else:
            self.caption.setText(self.tr("No versions kept yet: the history starts with the "
                                         "next save."))
            self.restore_button.setEnabled(False)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        self.caption.setText(self.tr("Changes from the version of {when} to the release as "
                                     "it is now:").format(
            when=local_minute(self.versions[row][0].saved)))
        self.view.show_changes(compare(self.versions[row][1], self.current))

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.chosen = self.versions[row][1]
            self.accept()
