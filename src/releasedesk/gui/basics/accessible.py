"""Accessible names for the controls no label names (issue 27, point 15).

A screen reader reads a control by its accessible name. Buttons, check boxes and the
form's fields get theirs from their text or their label; the controls below have neither
(a list, a table, a preview, an editor standing under a heading), so they are named here,
by object name, in the interface's language. The main window and every DeskDialog apply
the table when they are built or shown; a control with a name of its own keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


NAMES: dict[str, str] = {
    "readiness": QT_TRANSLATE_NOOP("AccessibleNames", "Readiness findings"),
    "proofing": QT_TRANSLATE_NOOP("AccessibleNames", "Proofing findings"),
    "previewWeb": QT_TRANSLATE_NOOP("AccessibleNames", "Preview as a web page"),
    "previewWord": QT_TRANSLATE_NOOP("AccessibleNames", "Preview as a Word document"),
    "previewText": QT_TRANSLATE_NOOP("AccessibleNames", "Preview as plain text"),
    "bodyFormatted": QT_TRANSLATE_NOOP("AccessibleNames", "Body"),
    "bodyMarkdown": QT_TRANSLATE_NOOP("AccessibleNames", "Body in Markdown"),
    "profileList": QT_TRANSLATE_NOOP("AccessibleNames", "House styles"),
    "contactsTable": QT_TRANSLATE_NOOP("AccessibleNames", "Media contacts"),
    "photoList": QT_TRANSLATE_NOOP("AccessibleNames", "Photos"),
    "findText": QT_TRANSLATE_NOOP("AccessibleNames", "Find"),
    "replaceText": QT_TRANSLATE_NOOP("AccessibleNames", "Replace with"),
    "findResults": QT_TRANSLATE_NOOP("AccessibleNames", "Places found"),
    "formattingGuideText": QT_TRANSLATE_NOOP("AccessibleNames", "Formatting guide"),
    "redline": QT_TRANSLATE_NOOP("AccessibleNames", "Changes"),
    "historyList": QT_TRANSLATE_NOOP("AccessibleNames", "Saved versions"),
    "twinChoice": QT_TRANSLATE_NOOP("AccessibleNames", "Language version to compare with"),
    "twinTable": QT_TRANSLATE_NOOP("AccessibleNames", "Paragraphs side by side"),
}


def name_controls(root: QWidget) -> None:
    """Give each control of *root* named in NAMES its accessible name, unless it has one.

    Qt finds the controls by object name: the window's other few hundred widgets (the
    inner parts of every field, scroll area and list) are never handed to Python, which
    took ~4 ms of the editor's start.
    """
    for key, name in NAMES.items():
        found = root.findChildren(QWidget, key)
        for widget in (root, *found) if root.objectName() == key else found:
            if not widget.accessibleName():
                widget.setAccessibleName(QCoreApplication.translate("AccessibleNames", name))
