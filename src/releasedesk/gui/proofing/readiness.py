"""The readiness panel: the check findings, live; clicking one goes to its field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...checks import ERROR, TEMPLATES, WARNING, Finding
from ...errors import Phrase
from ..basics import scheme

_COLOURS = {ERROR: "#a02020", WARNING: "#8a5a00"}
_READY = "#2f6b2f"


class ReadinessPanel(QListWidget):
    fieldRequested = Signal(str)  # go to a field (the window connects it to the form)
    findingRequested = Signal(object)  # a finding clicked: go to what it is about

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness")
        self.setWordWrap(True)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self.findings: list[Finding] = []
        scheme.on_switch(self, self._recolour)

    def _recolour(self) -> None:
        findings, self.findings = self.findings, []
        self.set_findings(findings)

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings and self.count():
            return
        self.findings = list(findings)
        self.clear()
        labels = {ERROR: self.tr("Error"), WARNING: self.tr("Warning")}
        if not findings:
            item = QListWidgetItem(self.tr("Ready to send: no findings."))
            item.setForeground(scheme.text_brush(_READY))
            self.addItem(item)
            return
        for finding in findings:
            label = labels.get(finding.severity, self.tr("Note"))
            item = QListWidgetItem(self.tr("{severity}: {message}").format(
                severity=label, message=self.describe(finding)))
            colour = _COLOURS.get(finding.severity)
            if colour:
                item.setForeground(scheme.text_brush(colour))
            item.setToolTip(self.tr("Click to go to the field"))
            self.addItem(item)

    def describe(self, finding: Finding) -> str:
        """The finding in the interface language (the checks themselves speak English)."""
        template = QCoreApplication.translate("Findings", TEMPLATES[finding.code])
        args = {key: value.translated(lambda text: QCoreApplication.translate("", text))
                if isinstance(value, Phrase) else value  # (the system's reason, say)
                for key, value in dict(finding.args).items()}
        if "weekday_index" in args:
            days = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                    self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                    self.tr("Sunday"))
            args["weekday"] = days[int(str(args["weekday_index"]))]
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return finding.message

    def _clicked(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if 0 <= row < len(self.findings) and self.findings[row].field:
            self.findingRequested.emit(self.findings[row])
