"""Parts of the window made when first needed: a widget asked for makes its section first,
a place that makes its widget when first shown (a tab not on screen at start), and the
rows of a section's fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, overload

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from ..basics.accessible import name_controls

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

W = TypeVar("W", bound=QWidget)


class MakesSections(Protocol):
    def ensure(self, section: str) -> None:
        """Make *section* (its widgets and layout) if it is not made yet."""


class Made(Generic[W]):
    """A widget of a section made when first needed: asked for, the section is made
    first (``owner.ensure(section)``), which keeps the widget as ``_<name>`` (or, given
    *within*, as the attribute of that name of the part it keeps as *within*)."""

    def __init__(self, section: str, within: str = "") -> None:
        self.section = section
        self.within = within
        self.kept = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.kept = name if self.within else f"_{name}"

    @overload
    def __get__(self, owner: None, kind: type) -> Made[W]: ...

    @overload
    def __get__(self, owner: MakesSections, kind: type) -> W: ...

    def __get__(self, owner: MakesSections | None, kind: type) -> Made[W] | W:
        if owner is None:
            return self
        owner.ensure(self.section)
        holder = getattr(owner, self.within) if self.within else owner
        made: W = getattr(holder, self.kept)
        return made


class MadeOnShow(QWidget):
    """A place kept for a widget made when the place is first shown or the widget asked
    for (``made()``): made, the widget fills the place edge to edge, named for screen
    readers as if it had been made with the window."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[], QWidget] | None = make
        self._made: QWidget | None = None

    @property
    def is_made(self) -> bool:
        return self._made is not None

    def made(self) -> QWidget:
        """The widget, made now if it has not been yet."""
        if self._made is None:
            make, self._make = self._make, None
            assert make is not None, "made while being made"
            widget = make()
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widget)
            name_controls(widget)
            self._made = widget
            if self.isVisible():
                widget.show()
        return self._made

    def showEvent(self, event: QShowEvent) -> None:
        self.made()
        super().showEvent(event)


def form_rows(parent: QWidget, pairs: list[tuple[str, QWidget]]) -> QWidget:
    """*parent* laid out as a form: each label beside its field."""
    layout = QFormLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    for label, field in pairs:
        layout.addRow(label, field)
    return parent
