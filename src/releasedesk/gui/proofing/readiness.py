"""The readiness panel: the check findings, live; clicking one goes to its field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...checks import ERROR, TEMPLATES, WARNING, Finding
from ...messages import finding_sentence
from .finding_list import FindingList, interface_words

_COLOURS = {ERROR: "#a02020", WARNING: "#8a5a00"}
_READY = "#2f6b2f"


class ReadinessPanel(FindingList):
    fieldRequested = Signal(str)  # go to a field (the window connects it to the form)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("readiness", parent)
        self.findings: list[Finding] = []

    def recolour(self) -> None:
        findings, self.findings = self.findings, []
        self.set_findings(findings)

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings and self.count():
            return
        self.findings = list(findings)
        self.clear()
        labels = {ERROR: self.tr("Error"), WARNING: self.tr("Warning")}
        if not findings:
            self.add_line(self.tr("Ready to send: no findings."), _READY)
            return
        for finding in findings:
            label = labels.get(finding.severity, self.tr("Note"))
            self.add_line(self.tr("{severity}: {message}").format(
                severity=label, message=self.describe(finding)),
                _COLOURS.get(finding.severity), self.tr("Click to go to the field"))

    def describe(self, finding: Finding) -> str:
        """The finding in the interface language (the checks themselves speak English)."""
        return finding_sentence(TEMPLATES[finding.code], dict(finding.args), finding.message,
                                interface_words)

    def finding_at(self, row: int) -> Finding | None:
        if 0 <= row < len(self.findings) and self.findings[row].field:
            return self.findings[row]
        return None
