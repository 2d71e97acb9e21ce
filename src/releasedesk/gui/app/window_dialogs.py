"""The main window's own small windows: Find and Replace beside the form, the formatting
guide, About ReleaseDesk.

Apart from main_window.py (which keeps a one-line command for each) so that the window's
module stays within the editor's 500 lines; each dialog's module is imported when it is
first opened, not by the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    """Help ▸ About ReleaseDesk."""
    from PySide6.QtWidgets import QMessageBox

    from ... import __version__
    from ..basics.modal import show_modal

    # (as QMessageBox.about shows it: the application's icon, one OK button, rich text)
    box = QMessageBox(window)
    box.setWindowTitle(window.tr("About ReleaseDesk"))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.setText(window.tr(
        "<b>ReleaseDesk {version}</b><p>Press releases drafted in a structured form, "
        "signed off, and exported to a web page, Word, PDF, plain text, an e-mail and a "
        "verifiable package for the web team, each with the organisation's standard "
        "footer.</p><p>Released under the MIT licence.</p>").format(version=__version__))
    show_modal(box)
