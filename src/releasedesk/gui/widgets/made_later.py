"""Parts of a form made when first needed: a widget asked for makes its section first, and
the rows of a section's fields."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar, overload

from PySide6.QtWidgets import QFormLayout, QWidget

W = TypeVar("W", bound=QWidget)


class MakesSections(Protocol):
    def ensure(self, section: str) -> None:
        """Make *section* (its widgets and layout) if it is not made yet."""


class Made(Generic[W]):
    """A widget of a section made when first needed: asked for, the section is made
    first (``owner.ensure(section)``), which keeps the widget as ``_<name>``."""

    def __init__(self, section: str) -> None:
        self.section = section
        self.kept = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.kept = f"_{name}"

    @overload
    def __get__(self, owner: None, kind: type) -> Made[W]: ...

    @overload
    def __get__(self, owner: MakesSections, kind: type) -> W: ...

    def __get__(self, owner: MakesSections | None, kind: type) -> Made[W] | W:
        if owner is None:
            return self
        owner.ensure(self.section)
        made: W = getattr(owner, self.kept)
        return made


def form_rows(parent: QWidget, pairs: list[tuple[str, QWidget]]) -> QWidget:
    """*parent* laid out as a form: each label beside its field."""
    layout = QFormLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    for label, field in pairs:
        layout.addRow(label, field)
    return parent
