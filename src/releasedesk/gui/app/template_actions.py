"""The editor's commands for templates and kinds: File ▸ New from Template… (the built-in
kinds and the user's saved templates), File ▸ Save as Template…, and File ▸ Export ▸
Calendar Event… (a media advisory's .ics, offered only for an advisory). The work is
templates.py's and render/ics_writer.py's; this module asks and shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ... import kinds
from ...errors import ReleaseDeskError
from ...templates import Template, all_templates, from_template, save_template, template_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ...register import Register
    from .main_window import MainWindow


def _core(text: str) -> str:
    return QCoreApplication.translate("", text)


class TemplateCommands(QObject):
    """File ▸ New from Template…, Save as Template…, Export ▸ Calendar Event…"""

    def __init__(self, window: MainWindow, file_menu: QMenu, export_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        new_action = window._action("new_from_template", self.tr("New from &Template…"),
                                    self.new_from_template)
        save_action = window._action("save_as_template", self.tr("Save as Te&mplate…"),
                                     self.save_as_template)
        actions = file_menu.actions()
        # After File ▸ New and after Save As, where a user looks for them.
        position = {a.objectName(): i for i, a in enumerate(actions)}
        file_menu.insertAction(actions[position["open"]], new_action)
        after_save = position.get("save_as", len(actions) - 1) + 1
        if after_save < len(actions):
            file_menu.insertAction(actions[after_save], save_action)
        else:
            file_menu.addAction(save_action)
        self.calendar = window._action(
            "export_ics", QCoreApplication.translate("Formats", "&Calendar Event…"),
            lambda: window.export("ics"), menu=export_menu)
        form = window.form
        form.kind_fields.release_path = lambda: window.manager.path
        form.kind_fields.choose_original = self.choose_original
        form.kind_fields.register = self.register
        form.edited.connect(lambda name: self.update() if name == "kind" else None)
        window.manager.documentReplaced.connect(self.update)
        self.update()

    def update(self) -> None:
        """The calendar export only for a media advisory."""
        self.calendar.setVisible(kinds.kind_of(self.window.manager.release) == kinds.ADVISORY)

    # -- what the user is asked (tests replace these) -----------------------------------

    def choose_template(self, templates: list[Template]) -> Template | None:
        from PySide6.QtWidgets import QDialog

        from .template_dialog import TemplateDialog  # (made when first chosen)

        dialog = TemplateDialog(templates, self.window)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_name(self, suggestion: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self.window)
        dialog.setObjectName("templateName")
        dialog.setWindowTitle(self.tr("Save as Template"))
        dialog.setLabelText(self.tr("Name of the template:"))
        dialog.setTextValue(suggestion)
        from PySide6.QtWidgets import QDialog

        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue() if accepted else None

    def choose_original(self) -> Path | None:
        window = self.window
        folder = str(window.manager.path.parent) if window.manager.path else \
            window.settings.last_open_folder
        return window.prompts.open_path(folder)

    # -- the commands -------------------------------------------------------------------

    def new_from_template(self) -> bool:
        """The template first, then the house style, with File ▸ New's own chooser
        (MainWindow.choose_new_release): the same choices, the same one remembered."""
        window = self.window
        if not window.manager.confirm_discard():
            return False
        template = self.choose_template(all_templates())
        if template is None:
            return False
        base = window.choose_new_release()
        if base is None:
            return False
        try:
            release = from_template(template, base)
        except ReleaseDeskError as error:
            window.prompts.failure(error)
            return False
        window.manager.modified = False  # (the user already chose what to do with changes)
        return window.manager.new(release)

    def save_as_template(self) -> Path | None:
        window = self.window
        release = window.manager.snapshot()
        name = self.ask_name(release.headline.strip()[:60] or _core(
            kinds.LABELS[kinds.kind_of(release)]))
        if name is None:
            return None
        replace = False
        if name.strip() and template_path(name).exists():
            if not window.prompts.confirm(self.tr(
                    "There is already a template called “{name}”. Replace it?").format(
                    name=name.strip())):
                return None
            replace = True
        try:
            saved = save_template(release, name, replace=replace)
        except ReleaseDeskError as error:
            window.prompts.failure(error)
            return None
        window.statusBar().showMessage(self.tr("Saved as the template “{name}”.").format(
            name=name.strip()), 5000)
        return saved

    def register(self) -> Register | None:
        """The office register of the release's house style, if it has one."""
        profile = self.window.manager.release.profile
        found = next((p for p in self.window.profiles().load_all() if p.name == profile),
                     None) if profile else None
        return found.names if found is not None and not found.names.is_empty() else None
