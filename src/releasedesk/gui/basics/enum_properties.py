"""Enum properties and shortcuts set in ways that never build PySide6's ``Qt`` namespace.

PySide6 creates the Python enums of a Qt class when the class is first used; for the ``Qt``
namespace that is about a hundred enums, 25–45 ms on the reference machine, paid at every
start just to make a splitter vertical or a toolbar show text. Qt's property system takes
an enum's key as a string (as .ui files do), so code on the start-up path goes through it.
Shortcuts likewise: ``setShortcut`` and the ``QKeySequence`` constructors consider
overloads taking ``Qt.Key``, while ``setShortcuts`` with a standard key or a parsed
sequence does not.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_enum_property(target: QObject, name: str, key: str) -> None:
    """``target.name = key``, e.g. ``("orientation", "Vertical")``; a typo raises, never passes."""
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__} has no enum property {name!r} "
                         f"with the key {key!r}")


def set_shortcut(action: QAction, shortcut: QKeySequence.StandardKey | str) -> None:
    """A platform standard key (all its bindings) or a portable text such as "Ctrl+B"."""
    if isinstance(shortcut, str):
        action.setShortcuts([QKeySequence.fromString(shortcut)])
    else:
        action.setShortcuts(shortcut)
