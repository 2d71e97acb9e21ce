"""The form's first section: the headline, its length against what feeds and inboxes show,
and the subheadline. Both wrap: a long one shows whole, never scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...checks import HEADLINE_MAX
from ..basics import scheme
from ..widgets.wrapping_line import WrappingLine


class HeadlineSection(QGroupBox):
    """Headline (with its count) and subheadline."""

    # A sentence for the status bar, and for how long (ms): text a field could not take.
    said = Signal(str, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("Headline"), parent)
        self.headline = WrappingLine(self)
        self.headline.setObjectName("headline")
        self.headline.setPlaceholderText(self.tr("What happened, in one line"))
        self.count = QLabel(self)
        self.count.setObjectName("headlineCount")
        self.subheadline = WrappingLine(self)
        self.subheadline.setObjectName("subheadline")
        self.subheadline.setPlaceholderText(self.tr("Optional: one more line of detail"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setContentsMargins(6, 4, 6, 6)
        form.setVerticalSpacing(4)
        headline_row = QHBoxLayout()
        headline_row.addWidget(self.headline, 1)
        headline_row.addWidget(self.count)
        form.addRow(self.tr("Headline"), headline_row)
        form.addRow(self.tr("Subheadline"), self.subheadline)
        # (bound methods, not lambdas holding the section: no reference cycle to collect)
        self.headline.refused.connect(self._headline_refused)
        self.subheadline.refused.connect(self._subheadline_refused)

    def _headline_refused(self, pasted: bool) -> None:
        self._refused(self.tr("Headline"), self.headline.maxLength(), pasted)

    def _subheadline_refused(self, pasted: bool) -> None:
        self._refused(self.tr("Subheadline"), self.subheadline.maxLength(), pasted)

    def _refused(self, label: str, length: int, pasted: bool) -> None:
        limit = self.locale().toString(length)
        self.said.emit(
            self.tr("“{field}” holds at most {max} characters; the rest was not pasted.")
            .format(field=label, max=limit) if pasted else
            self.tr("“{field}” holds at most {max} characters; nothing more can be typed.")
            .format(field=label, max=limit), 10000)

    def line_full(self) -> None:
        """Another line of the form refused text at its length limit (a key, or a paste cut
        short): said like the headline's. A validator's refusal (a time's letter) is not."""
        line = self.sender()
        if isinstance(line, QLineEdit) and len(line.text()) >= line.maxLength():
            self.said.emit(self.tr(
                "This field holds at most {max} characters; what did not fit was not taken.")
                .format(max=self.locale().toString(line.maxLength())), 10000)

    def update_count(self, headline: str) -> None:
        """The headline's length, in red over HEADLINE_MAX, with the reason on hover."""
        length = len(headline.strip())
        self.count.setText(self.tr("{n} / {max}").format(n=length, max=HEADLINE_MAX))
        over = length > HEADLINE_MAX
        self.count.setStyleSheet(
            scheme.css("color: #a02020; font-weight: bold;", scheme.WINDOW) if over else "")
        self.count.setToolTip(
            self.tr("Headlines over {max} characters get cut off in feeds and inboxes.")
            .format(max=HEADLINE_MAX) if over else "")
