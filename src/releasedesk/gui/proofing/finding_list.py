"""A list of findings (the readiness checks', proofing's, what an import found): a click or
Enter on one asks the window to go to what it is about; the checks' lines are coloured by
severity, in the colours of the scheme in use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ..basics import scheme


def interface_words(text: str, context: str) -> str:
    """*text* filed under *context* in the interface's language (messages.finding_sentence
    asks it)."""
    return QCoreApplication.translate(context, text)


class FindingList(QListWidget):
    findingRequested = Signal(object)  # a finding clicked: go to what it is about

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        scheme.on_switch(self, self.recolour)

    def recolour(self) -> None:
        """Show the findings again in the colours of the scheme now in use (a list of no
        colours of its own has nothing to do)."""

    def finding_at(self, row: int) -> object | None:
        """The finding *row* shows, when there is somewhere to go for it."""
        raise NotImplementedError

    def add_line(self, text: str, colour: str | None, tip: str = "") -> None:
        """A line of *text* in *colour* (the scheme's text colour when None)."""
        item = QListWidgetItem(text)
        if colour:
            item.setForeground(scheme.text_brush(colour))
        if tip:
            item.setToolTip(tip)
        self.addItem(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        finding = self.finding_at(self.row(item))
        if finding is not None:
            self.findingRequested.emit(finding)
