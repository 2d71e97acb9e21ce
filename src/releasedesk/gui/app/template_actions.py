"""The editor's commands for templates and kinds: File ▸ New from Template… (the built-in
kinds and the user's saved templates), File ▸ Save as Template…, and File ▸ Export ▸
Calendar Event… (a media advisory's .ics, offered only for an advisory). The work is
templates.py's and render/ics_writer.py's; this module asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ... import kinds
from ...errors import ReleaseDeskError
from ...templates import Template, all_templates, from_template, save_template, template_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ...model import Release
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

    def choose_template(self, templates: list[Template],
                        then: Callable[[Template], object]) -> None:
        """*then*(the template chosen); nothing on Cancel."""
        from ..basics.modal import when_accepted
        from .template_dialog import TemplateDialog  # (made when first chosen)

        def chosen(dialog: TemplateDialog) -> None:
            template = dialog.chosen()
            if template is not None:
                then(template)

        when_accepted(TemplateDialog(templates, self.window), chosen)

    def ask_name(self, suggestion: str, then: Callable[[str], object]) -> None:
        """*then*(the name typed for the template); nothing on Cancel."""
        from PySide6.QtWidgets import QInputDialog

        from ..basics.modal import when_accepted

        dialog = QInputDialog(self.window)
        dialog.setObjectName("templateName")
        dialog.setWindowTitle(self.tr("Save as Template"))
        dialog.setLabelText(self.tr("Name of the template:"))
        dialog.setTextValue(suggestion)
        when_accepted(dialog, lambda named: then(named.textValue()))

    def choose_original(self, then: Callable[[Path], object]) -> None:
        window = self.window
        folder = str(window.manager.path.parent) if window.manager.path else \
            window.settings.last_open_folder
        window.prompts.open_path(folder, window.manager.while_open(then))

    # -- the commands -------------------------------------------------------------------

    def new_from_template(self) -> None:
        """The template first, then the house style, with File ▸ New's own chooser
        (MainWindow.choose_new_release): the same choices, the same one remembered; all
        once the release open now may go."""
        manager = self.window.manager
        manager.confirm_discard(lambda: self.choose_template(
            all_templates(), manager.while_open(
                lambda template: self.window.choose_new_release(manager.while_open(
                    lambda base: self._new_from(template, base))))))

    def _new_from(self, template: Template, base: Release) -> None:
        window = self.window
        try:
            release = from_template(template, base)
        except ReleaseDeskError as error:
            window.prompts.failure(error)
            return
        # (the user already chose what to do with the changes)
        window.manager.new(release, discarded=True)

    def save_as_template(self) -> None:
        """Ask for the template's name (and whether to replace one of that name), then save
        the release open now as that template."""
        window = self.window
        release = window.manager.release
        self.ask_name(release.headline.strip()[:60] or _core(
            kinds.LABELS[kinds.kind_of(release)]), window.manager.while_open(self._named))

    def _named(self, name: str) -> None:
        window = self.window
        if name.strip() and template_path(name).exists():
            window.prompts.confirm(self.tr(
                "There is already a template called “{name}”. Replace it?").format(
                    name=name.strip()), window.manager.while_open(
                        lambda: self._save_template(name, replace=True)))
        else:
            self._save_template(name, replace=False)

    def _save_template(self, name: str, replace: bool) -> Path | None:
        window = self.window
        try:
            saved = save_template(window.manager.snapshot(), name, replace=replace)
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
