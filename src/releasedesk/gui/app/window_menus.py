"""The main window's menu bar: every command by name in window.actions, with its shortcut.
The commands themselves are the window's and its helpers' (export_commands.py,
house_style_commands.py, edit_menu.py, clearance_commands.py, twin_actions.py,
template_actions.py, samples.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence

from ...render import FORMATS, ExportFormat
from ..basics.enum_properties import set_shortcut

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow


class WindowMenus(QObject):
    """Builds the window's menus (once) and keeps File ▸ Open Recent current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _action(self, key: str, text: str, handler: object,
                shortcut: QKeySequence.StandardKey | str | None = None,
                menu: QMenu | None = None) -> QAction:
        return self.window._action(key, text, handler, shortcut, menu)

    def _format_action(self, fmt: ExportFormat, menu: QMenu) -> QAction:
        """File ▸ Export ▸ one format (its label translated in the "Formats" context)."""
        return self._action(f"export_{fmt.name}", QCoreApplication.translate("Formats", fmt.label),
                            lambda _=False, f=fmt.name: self.window.export(f), menu=menu)

    def build(self) -> None:
        """The menu bar's File, Edit, View, Tools and Help menus."""
        window = self.window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action("new", self.tr("&New"), window.new_document, QKeySequence.StandardKey.New,
                     file_menu)
        self._action("open", self.tr("&Open…"), window.documents.open_dialog,
                     QKeySequence.StandardKey.Open, file_menu)
        window.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        window.recent_menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()
        from .samples import SampleMenu  # the sample organisations' releases live only here

        window.sample_menu = SampleMenu(window, file_menu)
        self._action("import_draft", self.tr("&Import Draft…"), lambda: window.import_draft(),
                     "Ctrl+Shift+I", file_menu)
        self._action("import_review", self.tr("Import Revie&w…"),
                     lambda: window.review_trip().import_review(), menu=file_menu)
        self._action("open_newsroom", self.tr("Open Newsroom &Folder…"),
                     lambda: window.open_newsroom(), menu=file_menu)
        file_menu.addSeparator()
        self._action("save", self.tr("&Save"), lambda: window.manager.save(),
                     QKeySequence.StandardKey.Save, file_menu)
        self._action("save_as", self.tr("Save &As…"), lambda: window.manager.save_as(),
                     QKeySequence.StandardKey.SaveAs, file_menu)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export"))
        # The one list of formats (render/__init__.py): each file of its own, then all of
        # those at once, then the package, which holds them all and is asked for alone.
        singles = [fmt for fmt in FORMATS.values() if fmt.in_all]
        for fmt in singles:
            self._format_action(fmt, export_menu)
        export_menu.addSeparator()
        every = self._action("export_all", self.tr("&All formats above…"), window.export_all,
                             menu=export_menu)
        every.setStatusTip(self.tr(
            "Each format above as a file of its own, in one folder. The package for the web "
            "team holds them all: export it on its own."))
        export_menu.addSeparator()
        for fmt in FORMATS.values():
            if fmt not in singles:
                self._format_action(fmt, export_menu)
        self._action("send_for_review", self.tr("Sen&d for Review…"),
                     lambda: window.review_trip().send_for_review(), menu=file_menu)
        # (the export commands are made with the first of them: window.exporter)
        self._action("copy_fragment", self.tr("Copy as &HTML fragment"),
                     lambda: window.exporter.copy_fragment(), "Ctrl+Shift+C", file_menu)
        self._action("copy_email", self.tr("Cop&y for E-mail"),
                     lambda: window.exporter.copy_for_email(), "Ctrl+Shift+E", file_menu)
        self._action("copy_text", self.tr("Copy as plain te&xt"),
                     lambda: window.exporter.copy_text(), "Ctrl+Shift+T", file_menu)
        file_menu.addSeparator()
        self._action("print_preview", self.tr("Print Pre&view…"),
                     lambda: window.exporter.print_preview(), menu=file_menu)
        self._action("print", self.tr("&Print…"), lambda: window.exporter.print_release(),
                     QKeySequence.StandardKey.Print, file_menu)
        file_menu.addSeparator()
        self._action("quit", self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit,
                     file_menu)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # One history for the whole release, whichever field has the focus (form.history).
        self._action("undo", self.tr("&Undo"), window.form.history.undo,
                     QKeySequence.StandardKey.Undo, edit_menu)
        redo = self._action("redo", self.tr("&Redo"), window.form.history.redo,
                            QKeySequence.StandardKey.Redo, edit_menu)
        # Ctrl+Y too, everywhere (Windows' redo; here a word processor's, whatever the desktop).
        keys = {k.toString(): k for k in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                                          QKeySequence.fromString("Ctrl+Y"))}
        redo.setShortcuts(list(keys.values()))
        window.form.history.changed.connect(window._history_changed)
        window.manager.stateChanged.connect(window._track_saved_state)
        window._history_changed()
        edit_menu.addSeparator()
        from .edit_menu import EditCommands  # Cut … Select All, on the focused field

        window.edit_commands = EditCommands(window, edit_menu)
        window.actions.update(window.edit_commands.actions)
        self._action("find", self.tr("&Find…"), window.find_replace,
                     QKeySequence.StandardKey.Find, edit_menu)
        replace = self._action("replace", self.tr("R&eplace…"), window.replace,
                               QKeySequence.StandardKey.Replace, edit_menu)
        if replace.shortcut().isEmpty():  # (desktops with no key of their own for it)
            set_shortcut(replace, "Ctrl+H")
        edit_menu.addSeparator()
        self._action("preferences", self.tr("Prefere&nces…"), window.house.preferences,
                     QKeySequence.StandardKey.Preferences, edit_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        toggle = self._action("show_preview", self.tr("Show &Preview"), window.set_preview_visible,
                              "Ctrl+Shift+P", view_menu)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        self._action("zoom_in", self.tr("Zoom &In"), lambda: window.zoom(1),
                     QKeySequence.StandardKey.ZoomIn, view_menu)
        self._action("zoom_out", self.tr("Zoom &Out"), lambda: window.zoom(-1),
                     QKeySequence.StandardKey.ZoomOut, view_menu)
        self._action("zoom_reset", self.tr("&Actual Size"), lambda: window.zoom(None), "Ctrl+0",
                     view_menu)
        view_menu.addSeparator()
        body_view = window.form.body.view_action  # also on the body's toolbar
        view_menu.addAction(body_view)
        window.actions["body_markdown"] = body_view

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self._action("set_up", self.tr("Set &Up Your Organisation…"),
                     lambda: window.set_up_organisation(), menu=tools_menu)
        self._action("house_style", self.tr("&House Style…"), window.house.house_style,
                     menu=tools_menu)
        self._action("apply_house_style", self.tr("&Apply House Style…"),
                     window.apply_house_style, menu=tools_menu)
        self._action("names_register", self.tr("Names and Titles &Register…"),
                     window.names_register, menu=tools_menu)

        from .clearance_commands import ClearanceCommands

        window.clearance = ClearanceCommands(window, file_menu, export_menu, view_menu, tools_menu)
        from .twin_actions import TwinCommands  # language versions (issue 28)

        window.twin_commands = TwinCommands(window, file_menu, view_menu)
        from .template_actions import TemplateCommands

        window.templates = TemplateCommands(window, file_menu, export_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action("formatting_guide", self.tr("&Formatting Guide"), window.formatting_guide,
                     menu=help_menu)
        self._action("about", self.tr("&About ReleaseDesk"), window.about, menu=help_menu)

    def remember_recent(self, path: Path) -> None:
        """File ▸ Open Recent takes *path* at once (the menu is filled when the window is
        built, and an empty one is disabled: it would never ask again)."""
        self.window.settings.add_recent(path)
        self.fill_recent()

    def fill_recent(self) -> None:
        """File ▸ Open Recent: the files that still exist."""
        window = self.window
        window.recent_menu.clear()
        existing = [p for p in window.settings.recent_files if Path(p).exists()]
        for name in existing:
            action = window.recent_menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: window.open_path(Path(n)))
        window.recent_menu.setEnabled(bool(existing))
