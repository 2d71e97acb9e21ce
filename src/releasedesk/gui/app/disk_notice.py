"""The bar above the form that says the open release changed on disk (disk_watch.py).

It never blocks: the user reads it, goes on typing, and chooses when ready. For a changed
file: Reload (the version on disk in place of this one; with unsaved changes the document
manager asks first and keeps them as a copy) or Keep Mine (the bar goes; the next Save
asks before replacing the version on disk). For a removed or renamed file: Save (writes
it again) or Dismiss. A read-only window has nothing of its own to keep or save, so it
offers Reload or Dismiss. Made the first time there is something to say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QStyle

from .document_manager import OnDisk
from .notice_bar import NoticeBar

if TYPE_CHECKING:
    from .main_window import MainWindow

# A pale amber, as other programs' "the file changed" bars; the text keeps its own colour.
STYLE = """
QFrame#diskNotice { background: #fff3cd; border: 1px solid #e3c26a; border-radius: 4px;
                    margin: 4px 4px 0 4px; }
QFrame#diskNotice QLabel { background: transparent; border: none; color: #3d3000; }
"""


class DiskNoticeBar(NoticeBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "diskNotice", STYLE, self.tr("File changed on disk"), 8)
        self.main_window = window
        layout = self.row
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        self.primary = QPushButton(self)
        self.primary.setObjectName("diskNoticePrimary")
        self.secondary = QPushButton(self)
        self.secondary.setObjectName("diskNoticeSecondary")
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.primary)
        layout.addWidget(self.secondary)
        self.primary.clicked.connect(self._primary)
        self.secondary.clicked.connect(window.disk_watch.dismiss)

    def refresh(self) -> None:
        """Say what the watcher found (nothing: the bar hides)."""
        window = self.main_window
        notice = window.disk_watch.notice
        if notice is OnDisk.SAME:
            self.hide()
            return
        name = window.manager.display_name
        read_only = window.manager.read_only
        self.secondary.setText(self.tr("Dismiss") if read_only or notice is OnDisk.MISSING
                               else self.tr("Keep Mine"))
        if notice is OnDisk.CHANGED:
            self.message.setText(self.tr(
                "“{name}” was changed on disk by another program.").format(name=name))
            self.primary.setText(self.tr("Reload"))
            self.primary.setToolTip(self.tr(
                "Show the version on disk in place of this one (with unsaved changes, you "
                "are asked first and they are kept as a copy)"))
            self.secondary.setToolTip("" if read_only else self.tr(
                "Go on with your version; Save asks before replacing the one on disk"))
            self.primary.show()
        else:
            self.message.setText(self.tr(
                "“{name}” was removed or renamed on disk.").format(name=name) if read_only
                else self.tr("“{name}” was removed or renamed on disk; Save writes it again.")
                .format(name=name))
            self.primary.setText(self.tr("Save"))
            self.primary.setToolTip("")
            self.secondary.setToolTip("")
            self.primary.setVisible(not read_only)
        self.show()

    def _primary(self) -> None:
        manager = self.main_window.manager
        if self.main_window.disk_watch.notice is OnDisk.CHANGED:
            manager.reload()
        else:
            manager.save()


def show_disk_notice(window: MainWindow) -> None:
    """Show (or hide) the bar for what the window's watcher found; made on first need."""
    bar = window.findChild(DiskNoticeBar)
    if bar is None:
        if window.disk_watch.notice is OnDisk.SAME:
            return
        bar = DiskNoticeBar(window)
        window.central_layout.insertWidget(0, bar)
    bar.refresh()
