"""File ▸ New from Template…'s list: the kinds first, then the user's templates (made when
the command is chosen: a dialog, its button box and its list are not built at every start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import kinds
from ...templates import Template
from ..basics.dialog_guard import answer_buttons


def _core(text: str) -> str:
    return QCoreApplication.translate("", text)


class TemplateDialog(QDialog):
    """The list of File ▸ New from Template…: the kinds first, then the user's templates."""

    def __init__(self, templates: list[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New from Template"))
        self.templates = templates
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Start a release of this kind, in your house style:"), self))
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        for template in templates:
            if template.builtin:
                text = _core(template.name)
            else:
                text = self.tr("{name} (your template: {kind})").format(
                    name=template.name, kind=_core(kinds.LABELS[template.kind]))
            item = QListWidgetItem(text, self.list)
            item.setToolTip(str(template.path) if template.path else text)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.list, 1)
        layout.addWidget(answer_buttons(self))
        self.resize(420, 340)

    def chosen(self) -> Template | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None
