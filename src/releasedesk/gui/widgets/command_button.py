"""A push button that runs one command: its text, its object name (for tests and the
accessibility checks), the tooltip saying what it does, and what a press calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def command_button(parent: QWidget, text: str, name: str, tip: str,
                   action: Callable[[], object]) -> QPushButton:
    """A button in *parent* reading *text* that calls *action* when pressed (a lambda that
    calls a method calls the method as it is then: tests replace some)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(action)
    return button
