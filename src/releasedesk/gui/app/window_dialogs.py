"""The main window's own small windows: Find and Replace beside the form, the formatting
guide, About ReleaseDesk; and the window's look when it is activated again.

Apart from main_window.py (which keeps a one-line command for each) so that the window's
module stays within the editor's 500 lines; each dialog's module is imported when it is
first opened, not by the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, SLOT, QObject, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from ..form.find_replace import FindReplaceDialog
    from .main_window import MainWindow


def find_replace(window: MainWindow) -> FindReplaceDialog:
    """Edit ▸ Find: the window's one Find and Replace dialog, made on first use."""
    from ..form.find_replace import FindReplaceDialog

    if window.find_dialog is None:
        from ..form.find_replace import form_targets

        window.find_dialog = FindReplaceDialog(lambda: form_targets(window.form), window,
                                               window.form.history,
                                               lambda: not window.manager.read_only)
        # Beside the form, over the preview: never over the text it searches.
        corner = window.mapToGlobal(window.rect().topRight())
        window.find_dialog.adjustSize()
        window.find_dialog.move(corner.x() - window.find_dialog.width() - 40, corner.y() + 80)
    dialog = window.find_dialog
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.find_text.setFocus()
    return dialog


def replace(window: MainWindow) -> FindReplaceDialog:
    """Find and replace: the cursor in what to find, as in Word; in the replacement's
    field when what to find is already there (the last search)."""
    dialog = find_replace(window)
    if dialog.find_text.text():
        dialog.replace_text.setFocus()
        dialog.replace_text.selectAll()
    return dialog


def formatting_guide(window: MainWindow) -> None:
    """Help ▸ Formatting Guide, in the interface's language."""
    from ..body.formatting_guide import FormattingGuide

    FormattingGuide.show_for(window, window.settings.ui_language)


def about(window: MainWindow) -> None:
    """Help ▸ About ReleaseDesk (its words are the window's: the translations' context)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ... import __version__
    from ..basics.modal import show_modal

    # (as QMessageBox.about shows it: the application's icon, one OK button, rich text)
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About ReleaseDesk"))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.setText(QCoreApplication.translate(
        "MainWindow",
        "<b>ReleaseDesk {version}</b><p>Press releases drafted in a structured form, "
        "signed off, and exported to a web page, Word, PDF, plain text, an e-mail and a "
        "verifiable package for the web team, each with the organisation's standard "
        "footer.</p><p>Released under the MIT licence.</p>").format(version=__version__))
    show_modal(box)


class ComingBack(QObject):
    """Asks *window*'s disk watch to look each time the window becomes the active one again
    (back from the program that may have changed the file: some shares tell no watcher).

    Not an override of the window's changeEvent: a Python override taking any QEvent makes
    PySide6 build the classes of every kind of event (~50) the first time it is called,
    which a start paid (~7 M instructions). A widget's activation changes only when the
    application's focus window does (QApplication follows it), so that signal starts a
    zero-time timer, connected in Qt alone (a Python slot would be handed the QWindow, whose
    classes PySide6 would build: ~4 M); the window's state is compared when the timer
    fires, and the look comes when it has turned active, as ActivationChange with
    isActiveWindow() did."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._active = False
        self._moved = QTimer(self, singleShot=True, interval=0)
        self._moved.timeout.connect(self._look)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):  # (the editor's, the tests')
            QObject.connect(application, SIGNAL("focusWindowChanged(QWindow*)"),
                            self._moved, SLOT("start()"))

    def _look(self) -> None:
        active = self._window.isActiveWindow()
        if active and not self._active:
            self._window.disk_watch.check_soon()
        self._active = active
