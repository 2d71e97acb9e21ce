"""A section of the form that folds to one line: its title and a summary of what it holds.

The form keeps the body tall by folding the sections a writer visits now and then (photos,
contacts, About and footer); reveal() unfolds and scrolls to a field a finding or a search
goes to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..basics.enum_properties import set_enum_property

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent


class _Summary(QLabel):
    """The folded section's summary; a click unfolds the section."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        event.accept()


class _Title(QToolButton):
    """The section's title: a click, Space or Enter folds or unfolds it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.InsertParagraphSeparator):
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


class CollapsibleSection(QFrame):
    """A titled section whose content shows or folds away; folded, it shows a summary."""

    toggled = Signal(bool)

    def __init__(self, title: str, content: QWidget | Callable[[], QWidget],
                 parent: QWidget | None = None,
                 summary: Callable[[], str] | None = None) -> None:
        """*content* is the widget shown unfolded, or what makes it when first needed (a
        section most never unfold costs nothing at start: ensure_content)."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.content: QWidget | None = content if isinstance(content, QWidget) else None
        self._make = None if isinstance(content, QWidget) else content
        self._summary = summary
        self.button = _Title(self)
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setChecked(False)
        set_enum_property(self.button, "toolButtonStyle", "ToolButtonTextBesideIcon")
        set_enum_property(self.button, "arrowType", "RightArrow")
        self.button.setAutoRaise(True)
        # Bold, flat; the keyboard's focus shown (the style's own frame is not drawn), in a
        # way that takes no room.
        self.button.setStyleSheet(
            "QToolButton { font-weight: bold; border: none; }"
            "QToolButton:focus { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 2px; }")
        self.button.toggled.connect(self.set_expanded)
        self.summary_label = _Summary(self)
        self.summary_label.setObjectName("sectionSummary")
        set_enum_property(self.summary_label, "textFormat", "PlainText")
        self.summary_label.setStyleSheet("color: palette(placeholder-text);")
        # A long summary is cut at the section's width, never widens the form.
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.summary_label.clicked.connect(lambda: self.set_expanded(True))
        header = self.header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.button)
        header.addWidget(self.summary_label, 1)
        header.addStretch(0)  # (keeps the title on the left while the summary is hidden)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        if self.content is not None:
            layout.addWidget(self.content)
            self.content.setVisible(False)
        self.refresh_summary()

    def ensure_content(self) -> QWidget:
        """The content widget, made now if it has not been yet."""
        if self.content is None:
            assert self._make is not None
            self.content = self._make()
            from ..basics.accessible import name_controls  # (made late: named when made)

            name_controls(self.content)
            self._layout.addWidget(self.content)
            self.content.setVisible(self.is_expanded())
        return self.content

    def add_under_title(self, widget: QWidget) -> None:
        """Show *widget* on a line of its own under the title, folded or not (a call to act
        on the content): the title's line keeps its room for the summary."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        self._layout.insertLayout(1, row)

    def is_expanded(self) -> bool:
        return self.button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self.button.isChecked() != expanded:
            self.button.setChecked(expanded)  # (toggled comes back here)
            return
        set_enum_property(self.button, "arrowType", "DownArrow" if expanded else "RightArrow")
        if expanded or self.content is not None:
            self.ensure_content().setVisible(expanded)
        self.summary_label.setVisible(not expanded)
        self.refresh_summary()
        self.toggled.emit(expanded)

    def refresh_summary(self, *_changed: object) -> None:
        """Show the summary anew (connected to the content's change signals)."""
        if self._summary is not None and not self.is_expanded():
            text = self._summary()
            self.summary_label.setText(text)
            self.summary_label.setToolTip(text)


class Sections(Mapping[str, CollapsibleSection]):
    """A form's folding sections by name, in the order *layout* stands them: each made with
    the form, or (a section most releases never show: a kind's, a portal's) made when first
    shown (set_shown) or asked for (``[name]``), and put in its place then."""

    def __init__(self, layout: QVBoxLayout) -> None:
        self._layout = layout
        self._made: dict[str, CollapsibleSection] = {}
        self._later: dict[str, Callable[[], CollapsibleSection]] = {}
        self._order: list[str] = []

    def add(self, name: str, section: CollapsibleSection) -> None:
        """*section*, made now, next in the layout."""
        self._order.append(name)
        self._made[name] = section
        self._layout.addWidget(section)

    def add_later(self, name: str, make: Callable[[], CollapsibleSection]) -> None:
        """Next in the layout, a section *make* makes when it is first needed."""
        self._order.append(name)
        self._later[name] = make

    def __getitem__(self, name: str) -> CollapsibleSection:
        made = self._made.get(name)
        if made is None:
            make = self._later.pop(name)  # (a KeyError for a name never added, as a dict)
            made = self._made[name] = make()
            made.setVisible(False)  # (until shown)
            before = self._order[:self._order.index(name)]
            self._layout.insertWidget(sum(other in self._made for other in before), made)
            from ..basics.accessible import name_controls  # (made late: named when made)

            name_controls(made)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def made_items(self) -> list[tuple[str, CollapsibleSection]]:
        """The sections made so far, in order (one not made has nothing to show yet)."""
        return [(name, self._made[name]) for name in self._order if name in self._made]

    def set_shown(self, name: str, shown: bool) -> None:
        """Show or hide section *name* (made now if shown for the first time)."""
        if shown or name in self._made:
            self[name].setVisible(shown)

    def refresh(self, name: str) -> None:
        """Section *name*'s summary anew, if it is made (one made later writes its own)."""
        if name in self._made:
            self._made[name].refresh_summary()


def reveal(widget: QWidget, area: QRect | None = None) -> None:
    """Unfold every section around *widget* and scroll the form so that it shows (or its
    *area*, in the widget's coordinates: a selection in a tall field)."""
    parent = widget.parentWidget()
    scroll: QScrollArea | None = None
    while parent is not None:
        if isinstance(parent, CollapsibleSection) and not parent.is_expanded():
            parent.set_expanded(True)
        if isinstance(parent, QScrollArea) and scroll is None:
            scroll = parent
        parent = parent.parentWidget()
    inner = scroll.widget() if scroll is not None else None
    if scroll is None or inner is None:
        return
    # An unfolded section takes its place now, and the scroll area its new range; once
    # more when the fields that grow with their content (contacts, headline) have settled.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    _scroll_to(scroll, inner, widget, area)
    QTimer.singleShot(0, scroll, lambda: _scroll_to(scroll, inner, widget, area))
    # Fields that grow with their text, and the pane given the section's height, settle a
    # little later: while they do, each new scroll range brings the widget into view again.
    bar = scroll.verticalScrollBar()

    def again(*_range: int) -> None:
        _scroll_to(scroll, inner, widget, area)

    bar.rangeChanged.connect(again)
    QTimer.singleShot(300, bar, lambda: bar.rangeChanged.disconnect(again))


def _scroll_to(scroll: QScrollArea, inner: QWidget, widget: QWidget, area: QRect | None) -> None:
    # (Not ensureWidgetVisible: for a text field it shows only the line with the cursor.)
    margin = 24
    if area is None:  # the whole field, or the top part of one taller than the view
        area = QRect(0, 0, widget.width(),
                     min(widget.height(), scroll.viewport().height() - 2 * margin))
    centre = widget.mapTo(inner, area.center())
    scroll.ensureVisible(centre.x(), centre.y(), margin + area.width() // 2,
                         margin + area.height() // 2)
    sideways = scroll.horizontalScrollBar()
    if not sideways.isVisible():  # (a form with no sideways bar: nothing could scroll back)
        sideways.setValue(0)
