"""name_controls names every control of NAMES wherever it stands under the root (the root
too, nested deep, several of one name), keeps a name of a control's own, and names a
control made later when it is named then (gui/basics/accessible.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from releasedesk.gui.basics.accessible import NAMES, name_controls


def _nested(parent: QWidget, depth: int) -> QWidget:
    for _ in range(depth):
        inner = QWidget(parent)
        QVBoxLayout(inner)
        parent = inner
    return parent


@pytest.mark.parametrize("key", sorted(NAMES))
@pytest.mark.parametrize("depth", [0, 1, 4])
def test_each_named_control_is_named_at_any_depth(qapp: QApplication, key: str, depth: int) -> None:
    root = QWidget()
    holder = _nested(root, depth)
    controls = [QPlainTextEdit(holder), QPlainTextEdit(_nested(root, depth + 1))]
    for control in controls:
        control.setObjectName(key)
    own = QPlainTextEdit(holder)
    own.setObjectName(key)
    own.setAccessibleName("Kept as given")
    other = QLabel(holder)
    other.setObjectName(f"{key}Other")
    name_controls(root)
    assert [c.accessibleName() for c in controls] == [NAMES[key]] * 2
    assert own.accessibleName() == "Kept as given"
    assert other.accessibleName() == ""
    late = QPlainTextEdit(holder)  # made after the window was named: named when made
    late.setObjectName(key)
    assert late.accessibleName() == ""
    name_controls(late)
    assert late.accessibleName() == NAMES[key]


@pytest.mark.parametrize("key", sorted(NAMES))
def test_the_root_itself_is_named(qapp: QApplication, key: str) -> None:
    root = QPlainTextEdit()
    root.setObjectName(key)
    name_controls(root)
    assert root.accessibleName() == NAMES[key]
