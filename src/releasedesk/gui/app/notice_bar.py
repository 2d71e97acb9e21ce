"""A bar above the form that says something and never blocks (the file changed on disk, an
export was written): its colours, a message in plain text, then its buttons in a row."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..basics import scheme
from ..basics.enum_properties import set_enum_property


class NoticeBar(QFrame):
    """*name* is the bar's object name (its message's is *name* + "Message"), *style* its
    style sheet (turned for a dark scheme), *title* what a screen reader calls it; *row*
    is where the bar's widgets go, *margin* above and below them."""

    def __init__(self, window: QWidget, name: str, style: str, title: str,
                 margin: int) -> None:
        super().__init__(window)
        self.setObjectName(name)
        scheme.styled(self, style)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(title)
        self.message = QLabel(self)
        self.message.setObjectName(name + "Message")
        self.message.setWordWrap(True)
        set_enum_property(self.message, "textFormat", "PlainText")  # (a name is no markup)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(12, margin, 8, margin)
        self.row.setSpacing(8)
