"""The main window: form on the left, preview and readiness on the right, menus on top."""

from __future__ import annotations

import base64
import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRect, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...errors import N_, ReleaseDeskError
from ...house_setup import own_profiles
from ...model import Release, new_release
from ...profiles import ProfileStore, apply_profile, profile_label, release_from_profile
from ...recovery import RecoveryStore
from ...render import FORMATS, format_of
from ...settings import Settings, save_settings
from ..basics import scheme
from ..basics.enum_properties import set_enum_property, set_shortcut
from ..dialogs.prompts import Prompts
from ..form.release_form import ReleaseForm
from ..preview.preview_pane import PreviewPane, PreviewResult, RenderScheduler, reading_minutes
from ..proofing.proof_scheduler import ProofResult, ProofScheduler
from ..proofing.proofing_panel import ProofingPanel, go_to
from ..proofing.readiness import ReadinessPanel
from .disk_watch import DiskWatch
from .document_manager import DocumentManager

if TYPE_CHECKING:  # (event and menu types: PySide6 builds each class on first use)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMenu

    from ..dialogs.first_run import FirstRunDialog
    from ..form.find_replace import FindReplaceDialog
    from ..newsroom.newsroom_window import NewsroomWindow
    from .import_report import DraftImport
    from .review_actions import ReviewCommands

log = logging.getLogger(__name__)
T = TypeVar("T")


# The window's size on a first start: nine tenths of a large screen, at least DEFAULT_SIZE,
# and never more than a small screen (a laptop's 1366×768) has room for.
DEFAULT_SIZE = (1360, 860)
FRAME_ALLOWANCE = (16, 48)  # the window manager's frame and title bar, before they are known


def default_geometry(available: QRect) -> QRect:
    """The window's place with no saved geometry: it and its frame fit in *available*
    (the screen less its panels), centred there."""
    width = min(max(DEFAULT_SIZE[0], available.width() * 9 // 10),
                available.width() - FRAME_ALLOWANCE[0])
    height = min(max(DEFAULT_SIZE[1], available.height() * 9 // 10),
                 available.height() - FRAME_ALLOWANCE[1])
    left = available.x() + (available.width() - width) // 2
    top = available.y() + max(FRAME_ALLOWANCE[1] - 8, (available.height() - height) // 2)
    return QRect(left, top, width, height)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, prompts: Prompts | None = None,
                 recovery: RecoveryStore | None = None) -> None:
        super().__init__()
        scheme.watch_application()  # (style sheets follow a light/dark switch)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.prompts = prompts or Prompts(self)
        self.manager = DocumentManager(self.prompts, recovery, self)
        self.manager.suggest_path = self.suggested_save_path
        self.find_dialog: FindReplaceDialog | None = None  # created on first use
        self.last_dialog: QWidget | None = None  # the last non-modal dialog opened
        self._busy = False  # an export is being written
        self.drafts: DraftImport | None = None  # draft import, created on first use
        self.review: ReviewCommands | None = None  # the review trip, created on first use
        self.newsroom_window: NewsroomWindow | None = None  # File ▸ Open Newsroom Folder…
        self.setAcceptDrops(True)

        self.form = ReleaseForm()
        self.form.photo_prompts = self.prompts
        self.form.photo_folder = lambda: str(self.manager.path.parent) if self.manager.path \
            else ""
        # The form's one scroll bar: the form fills the height (the body takes what the
        # other fields leave) and scrolls only when even a short body would not fit.
        scroll = QScrollArea(self)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        set_enum_property(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(420)
        set_enum_property(scroll, "focusPolicy", "NoFocus")  # (a tab stop showing nothing)
        self.form_scroll = scroll
        self.preview = PreviewPane(self)
        self.readiness = ReadinessPanel(self)
        readiness_box = QWidget(self)
        readiness_layout = QVBoxLayout(readiness_box)
        readiness_layout.setContentsMargins(4, 0, 0, 0)
        readiness_layout.addWidget(QLabel(self.tr("<b>Readiness</b>"), self))
        readiness_layout.addWidget(self.readiness)
        # Proofing (spelling, the register, dates, Chinese usage): found off the GUI thread.
        self.proofing = ProofingPanel(self)
        readiness_layout.addWidget(QLabel(self.tr("<b>Proofing</b>"), self))
        readiness_layout.addWidget(self.proofing)
        self._proofed_body = ""
        self.right = QSplitter()  # (no parent argument: see enum_properties)
        set_enum_property(self.right, "orientation", "Vertical")
        self.right.addWidget(self.preview)
        self.right.addWidget(readiness_box)
        self.right.setStretchFactor(0, 5)
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([700, 130])
        self.splitter = QSplitter()  # horizontal; reparented by setCentralWidget
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        central = QWidget(self)  # (a bar above the splitter when the file changes on disk)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(4)
        self.central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.words_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.statusBar().addWidget(self.words_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.scheduler = RenderScheduler(self.manager.snapshot, self)
        # its language versions are found beside the file it is saved as
        self.scheduler.path_of = lambda: self.manager.path
        self.scheduler.ready.connect(self._show_preview)
        self.proof_scheduler = ProofScheduler(self.manager.snapshot, self)
        self.proof_scheduler.proofed.connect(self._show_proofing)
        self.form.edited.connect(self._edited)
        self.manager.documentReplaced.connect(self._document_replaced)
        self.manager.stateChanged.connect(self._update_title)
        self.manager.saved.connect(self._saved)
        self.manager.reloaded.connect(self._reloaded)
        self.disk_watch = DiskWatch(self.manager, self)  # the file changed by another program
        self.disk_watch.noticeChanged.connect(self._disk_notice)
        self.readiness.fieldRequested.connect(self.form.focus_field)
        self.readiness.findingRequested.connect(self.form.show_finding)
        self.proofing.findingRequested.connect(
            lambda finding: go_to(self.form, finding, self._proofed_body))
        from ..proofing.proof_marks import ProofMarks  # underlines and the proofing context menus

        self.proof_marks = ProofMarks(self.form, self.proofing, self.proof_scheduler,
                                      self.settings, lambda: self.manager.release)
        self.form.body.viewChanged.connect(self._body_view_changed)
        self.form.footerUpdateRequested.connect(self.update_footer_from_profile)

        # The window's commands by name. (It shadows QWidget.actions(), a widget's own action
        # list, which nothing here uses.)
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # (shadows, see above)
        self._build_menus()
        self._restore_settings()
        self._document_replaced()
        from ..basics.accessible import name_controls

        name_controls(self)

    # -- menus --------------------------------------------------------------------------

    def _action(self, key: str, text: str, handler: object,
                shortcut: QKeySequence.StandardKey | str | None = None,
                menu: QMenu | None = None) -> QAction:
        action = QAction(self)  # (text set apart: QAction(text, parent) builds QIcon)
        action.setText(text)
        action.setObjectName(key)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.triggered.connect(handler)
        self.actions[key] = action
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action("new", self.tr("&New"), self.new_document, QKeySequence.StandardKey.New,
                     file_menu)
        self._action("open", self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open,
                     file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        from .samples import SampleMenu  # the sample organisations' releases live only here

        self.sample_menu = SampleMenu(self, file_menu)
        self._action("import_draft", self.tr("&Import Draft…"), lambda: self.import_draft(),
                     "Ctrl+Shift+I", file_menu)
        self._action("import_review", self.tr("I&mport Review…"),
                     lambda: self.review_trip().import_review(), menu=file_menu)
        self._action("open_newsroom", self.tr("Open &Newsroom Folder…"),
                     lambda: self.open_newsroom(), menu=file_menu)
        file_menu.addSeparator()
        self._action("save", self.tr("&Save"), self.manager.save, QKeySequence.StandardKey.Save,
                     file_menu)
        self._action("save_as", self.tr("Save &As…"), lambda: self.manager.save_as(),
                     QKeySequence.StandardKey.SaveAs, file_menu)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for fmt in FORMATS.values():  # the one list of formats (render/__init__.py)
            self._action(f"export_{fmt.name}", QCoreApplication.translate("Formats", fmt.label),
                         lambda _=False, f=fmt.name: self.export(f), menu=export_menu)
        export_menu.addSeparator()
        self._action("export_all", self.tr("&All formats…"), self.export_all, menu=export_menu)
        self._action("send_for_review", self.tr("Sen&d for Review…"),
                     lambda: self.review_trip().send_for_review(), menu=file_menu)
        self._action("copy_fragment", self.tr("Copy as &HTML fragment"), self.copy_fragment,
                     "Ctrl+Shift+C", file_menu)
        self._action("copy_email", self.tr("Copy for &E-mail"), self.copy_for_email,
                     "Ctrl+Shift+E", file_menu)
        self._action("copy_text", self.tr("Copy as plain &text"), self.copy_text,
                     "Ctrl+Shift+T", file_menu)
        file_menu.addSeparator()
        self._action("print_preview", self.tr("Print Pre&view…"), self.print_preview,
                     menu=file_menu)
        self._action("print", self.tr("&Print…"), self.print_release,
                     QKeySequence.StandardKey.Print, file_menu)
        file_menu.addSeparator()
        self._action("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                     file_menu)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # One history for the whole release, whichever field has the focus (form.history).
        self._action("undo", self.tr("&Undo"), self.form.history.undo,
                     QKeySequence.StandardKey.Undo, edit_menu)
        redo = self._action("redo", self.tr("&Redo"), self.form.history.redo,
                            QKeySequence.StandardKey.Redo, edit_menu)
        # Ctrl+Y too, everywhere (Windows' redo; here a word processor's, whatever the desktop).
        keys = {k.toString(): k for k in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                                          QKeySequence.fromString("Ctrl+Y"))}
        redo.setShortcuts(list(keys.values()))
        self.form.history.changed.connect(self._history_changed)
        self.manager.stateChanged.connect(self._track_saved_state)
        self._history_changed()
        edit_menu.addSeparator()
        from .edit_menu import EditCommands  # Cut … Select All, on the focused field

        self.edit_commands = EditCommands(self, edit_menu)
        self.actions.update(self.edit_commands.actions)
        self._action("find", self.tr("&Find…"), self.find_replace,
                     QKeySequence.StandardKey.Find, edit_menu)
        replace = self._action("replace", self.tr("R&eplace…"), self.replace,
                               QKeySequence.StandardKey.Replace, edit_menu)
        if replace.shortcut().isEmpty():  # (desktops with no key of their own for it)
            set_shortcut(replace, "Ctrl+H")
        edit_menu.addSeparator()
        self._action("preferences", self.tr("&Preferences…"), self.preferences,
                     QKeySequence.StandardKey.Preferences, edit_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        toggle = self._action("show_preview", self.tr("Show &Preview"), self.set_preview_visible,
                              "Ctrl+Shift+P", view_menu)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        self._action("zoom_in", self.tr("Zoom &In"), lambda: self.zoom(1),
                     QKeySequence.StandardKey.ZoomIn, view_menu)
        self._action("zoom_out", self.tr("Zoom &Out"), lambda: self.zoom(-1),
                     QKeySequence.StandardKey.ZoomOut, view_menu)
        self._action("zoom_reset", self.tr("&Actual Size"), lambda: self.zoom(None), "Ctrl+0",
                     view_menu)
        view_menu.addSeparator()
        body_view = self.form.body.view_action  # also on the body's toolbar
        view_menu.addAction(body_view)
        self.actions["body_markdown"] = body_view

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self._action("set_up", self.tr("&Set Up Your Organisation…"),
                     lambda: self.set_up_organisation(), menu=tools_menu)
        self._action("house_style", self.tr("&House Style…"), self.house_style, menu=tools_menu)
        self._action("apply_house_style", self.tr("&Apply House Style…"),
                     self.apply_house_style, menu=tools_menu)
        self._action("names_register", self.tr("Names and Titles &Register…"),
                     self.names_register, menu=tools_menu)

        from .clearance_commands import ClearanceCommands

        self.clearance = ClearanceCommands(self, file_menu, export_menu, view_menu, tools_menu)
        from .twin_actions import TwinCommands  # language versions (issue 28)

        self.twin_commands = TwinCommands(self, file_menu, view_menu)
        from .template_actions import TemplateCommands

        self.templates = TemplateCommands(self, file_menu, export_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action("formatting_guide", self.tr("&Formatting Guide"), self.formatting_guide,
                     menu=help_menu)
        self._action("about", self.tr("&About ReleaseDesk"), self.about, menu=help_menu)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        existing = [p for p in self.settings.recent_files if Path(p).exists()]
        for name in existing:
            action = self.recent_menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        self.recent_menu.setEnabled(bool(existing))

    # -- document commands --------------------------------------------------------------

    def new_document(self) -> bool:
        """A new release, from a house-style profile of the user's choice (or blank)."""
        if not self.manager.confirm_discard():
            return False
        release = self.choose_new_release()
        if release is None:
            return False
        self.manager.modified = False  # the user already chose what to do with changes
        return self.manager.new(release)

    def choose_new_release(self) -> Release | None:
        """The start of a new release (File ▸ New, File ▸ New from Template…): the house
        style of the user's choice among their own, the last used preselected, or blank;
        None when the user cancels. The choice is remembered for next time."""
        profiles = own_profiles(self.profiles().load_all())  # (the samples: File ▸ Open Sample)
        choices = [(p.name, profile_label(p)) for p in profiles]
        choice = self.prompts.choose_profile(choices, self.settings.last_profile) \
            if choices else ""
        if choice is None:
            return None
        chosen = next((p for p in profiles if p.name == choice), None)
        self.settings.last_profile = choice
        return release_from_profile(chosen) if chosen is not None else self.blank_release()

    def start_new(self) -> None:
        """The editor started without a file: a new release from the user's own house style
        used last (else their first), so their footer and contacts are there from the start;
        with none of their own, a blank release in the interface's language."""
        own = own_profiles(self.profiles().load_all())
        chosen = next((p for p in own if p.name == self.settings.last_profile), None) or \
            next(iter(own), None)
        self.manager.new(release_from_profile(chosen) if chosen else self.blank_release())

    def blank_release(self) -> Release:
        """A release of no house style, in the interface's language (zh-CN on a Chinese
        desktop)."""
        from ..basics.i18n import resolve

        release = new_release()
        if resolve(self.settings.ui_language) == "zh_CN":
            release.language = "zh-CN"
        return release

    def set_up_organisation(self, first_start: bool = False) -> FirstRunDialog:
        """Tools ▸ Set Up Your Organisation… (and the first start's offer): the set-up,
        window-modal; finished, a new untouched release starts from the house style made."""
        from ..dialogs.first_run import open_set_up

        dialog = open_set_up(self, first_start)
        self.last_dialog = dialog
        return dialog

    def suggested_save_path(self, release: Release) -> Path:
        """A file name from the headline (any script, safe characters) in the last folder
        used, else the documents folder."""
        from .exports import suggested_stem

        for folder in (self.settings.last_save_folder, self.settings.last_open_folder):
            if folder and Path(folder).is_dir():
                break
        else:
            from PySide6.QtCore import QStandardPaths

            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"{suggested_stem(release, None)}.release"

    def profiles(self) -> ProfileStore:
        return ProfileStore()

    def preferences(self) -> None:
        from ..dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings.ui_language, self)
        if dialog.exec() and dialog.choice() != self.settings.ui_language:
            self.settings.ui_language = dialog.choice()
            save_settings(self.settings)
            self.prompts.info(self.tr(
                "The new interface language is used the next time ReleaseDesk starts."))

    def house_style(self) -> None:
        from ..dialogs.house_style import HouseStyleDialog

        dialog = HouseStyleDialog(self.profiles(), self.prompts, self)
        dialog.exec()
        self._refresh_profile()

    def names_register(self) -> bool:
        """Edit the office register of the release's house style; True when saved."""
        release = self.manager.release
        profile = self.profiles().find(release.profile) if release.profile else None
        if profile is None:
            self.prompts.info(self.tr(
                "The names and titles register belongs to a house style, and this release "
                "has none: choose one with Tools ▸ Apply House Style… first."))
            return False
        from ..dialogs.register_dialog import RegisterDialog

        dialog = RegisterDialog(self.profiles(), profile, self.prompts, self)
        saved = bool(dialog.exec())
        dialog.deleteLater()
        if saved:
            self._refresh_profile()  # proofed again against the register as saved
            self.statusBar().showMessage(self.tr("Register saved in “{name}”.").format(
                name=profile_label(profile)), 5000)
        return saved

    def apply_house_style(self) -> bool:
        """Give the open release another (or its own, updated) house style: footer, About,
        organisation, dateline, language, end mark, conventions, sign-offs required; its
        contacts too if it has none. One undo step."""
        if self.manager.read_only:
            return False
        profiles = self.profiles().load_all()
        release = self.manager.release
        choice = self.prompts.choose_profile(
            [(p.name, profile_label(p)) for p in profiles],
            release.profile or self.settings.last_profile, apply=True) if profiles else None
        profile = next((p for p in profiles if p.name == choice), None)
        if profile is None:
            return False
        has_contacts = any(not contact.is_empty() for contact in release.contacts)
        apply_profile(release, profile, contacts=not has_contacts)
        self.form.show_changes(self.tr("Apply House Style"))
        self._refresh_profile()
        self._update_title()
        self.statusBar().showMessage(self.tr("House style “{name}” applied; Edit ▸ Undo takes "
                                             "it back.").format(name=profile_label(profile)),
                                     5000)
        return True

    def update_footer_from_profile(self) -> None:
        profile = self.profiles().find(self.manager.release.profile)
        if profile is None:
            return
        self.manager.release.footer = copy.deepcopy(profile.footer)
        self.form.record_change("footer", self.tr("Update Footer"))  # (one undo step)
        self._refresh_profile()

    def open_dialog(self) -> bool:
        folder = self.settings.last_open_folder or str(Path.home())
        path = self.prompts.open_path(folder)
        return self.open_path(path) if path else False

    def open_path(self, path: Path, release: Release | None = None) -> bool:
        """Open *path* (already read as *release*, if given)."""
        if not self.manager.open(path, release):
            return False
        self.settings.last_open_folder = str(Path(path).resolve().parent)
        self.settings.add_recent(path)
        if self.manager.read_only:
            notice = self.tr(
                "{name} is being edited by {holder}, so it is open read-only here. "
                "Use Save As to keep your own copy.").format(
                    name=Path(path).name, holder=self.manager.lock_holder)
            if self.isVisible():
                self.prompts.info(notice)
            else:  # said once the window is painted (the editor started with this file)
                QTimer.singleShot(0, self, lambda: self.prompts.info(notice))
        return True

    def open_newsroom(self, folder: Path | None = None) -> bool:
        """List a folder of releases in a library window (asked for when not given)."""
        if folder is None:
            start = self.settings.last_open_folder or str(Path.home())
            folder = self.prompts.newsroom_folder(start)
            if folder is None:
                return False
        from ..newsroom.newsroom_window import open_newsroom_folder

        def open_release(path: Path) -> None:
            if self.open_path(path):
                self.raise_()
                self.activateWindow()

        try:
            self.newsroom_window = open_newsroom_folder(self, folder, open_release,
                                                        self.prompts)
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return False
        return True

    def import_draft(self, path: Path | None = None) -> bool:
        """Import a Word, text, Markdown or HTML draft as a new untitled release."""
        if self.drafts is None:
            from .import_report import DraftImport

            self.drafts = DraftImport(self)
        return self.drafts.ask() if path is None else self.drafts.start(path)

    def review_trip(self) -> ReviewCommands:
        """File ▸ Send for Review… and Import Review… (loaded on first use)."""
        if self.review is None:
            from .review_actions import ReviewCommands

            self.review = ReviewCommands(self)
        return self.review

    # Export, clipboard and find modules load on first use: start-up stays short.

    def export(self, fmt: str) -> bool:
        from . import exports

        chosen = format_of(fmt)
        if not self._ready_to_export():
            return False
        stem = exports.suggested_stem(self.manager.release, self.manager.path)
        folder = self._export_folder()
        target = self.prompts.export_path(str(Path(folder) / f"{stem}{chosen.suffix}"),
                                          QCoreApplication.translate("Formats",
                                                                     chosen.description),
                                          chosen.pattern)
        if target is None:
            return False
        snapshot, source = self.manager.snapshot(), self.manager.path
        try:
            self._in_background(lambda: exports.export_file(snapshot, fmt, target, source))
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return False
        self._exported([target], target.parent)
        return True

    def export_all(self) -> bool:
        from . import exports

        if not self._ready_to_export():
            return False
        folder = self.prompts.export_folder(self._export_folder())
        if folder is None:
            return False
        stem = exports.suggested_stem(self.manager.release, self.manager.path)
        snapshot, source = self.manager.snapshot(), self.manager.path
        try:
            written = self._in_background(
                lambda: exports.export_all(snapshot, folder, stem, source))
        except ReleaseDeskError as exc:
            self.prompts.failure(exc)
            return False
        self._exported(written, folder)
        return True

    def _exported(self, files: list[Path], folder: Path) -> None:
        """Say so in a bar with Open File and Open Folder; remember the folder for this
        release."""
        from .export_notice import show_export_notice

        self.settings.remember_export_folder(self.manager.path, folder)
        show_export_notice(self, files, folder)

    def _in_background(self, work: Callable[[], T]) -> T:
        """Exports run off the GUI thread (a PDF takes a second); one at a time."""
        from ..basics.background import run_in_background

        if self._busy:
            raise ReleaseDeskError(N_("An export is still being written; try again when it "
                                      "has finished."))
        self._busy = True
        try:
            return run_in_background(work, self, self.tr("Exporting…"))
        finally:
            self._busy = False

    def _ready_to_export(self) -> bool:
        """No errors in the readiness check, or the user chose to export anyway (asked once)."""
        from ...checks import ERROR, check

        findings = check(self.manager.release, profile=self.scheduler.profile)
        errors = [self.readiness.describe(f) for f in findings if f.severity == ERROR]
        return not errors or self.prompts.export_despite_errors(errors)

    def _export_folder(self) -> str:
        """This release's last export folder, else the last one used, else its own."""
        own = self.settings.export_folder_of(self.manager.path)
        if own and Path(own).is_dir():
            return own
        if self.settings.last_export_folder and Path(self.settings.last_export_folder).is_dir():
            return self.settings.last_export_folder
        if self.manager.path is not None:
            return str(self.manager.path.parent)
        return str(Path.home())

    def copy_fragment(self) -> None:
        from . import exports

        exports.copy_fragment(self.manager.snapshot())
        self.statusBar().showMessage(self._copied_note(self.tr("HTML fragment copied")), 5000)

    def copy_for_email(self) -> None:
        """Text and inline-styled HTML on the clipboard: a mail client's body keeps the look."""
        from . import exports

        exports.copy_for_email(self.manager.snapshot())
        self.statusBar().showMessage(self._copied_note(self.tr("Copied for e-mail")), 5000)

    def print_release(self) -> bool:
        from ..preview.printing import new_printer, paint_release

        printer = new_printer(self.manager.release)
        if not self.prompts.print_dialog(printer):
            return False
        paint_release(self.manager.snapshot(), printer)
        return True

    def print_preview(self) -> None:
        from ..preview.printing import new_printer, paint_release

        snapshot = self.manager.snapshot()
        self.prompts.print_preview(new_printer(snapshot),
                                   lambda printer: paint_release(snapshot, printer))

    def copy_text(self) -> None:
        from . import exports

        exports.copy_text(self.manager.snapshot())
        self.statusBar().showMessage(self._copied_note(self.tr("Plain text copied")), 5000)

    def _copied_note(self, done: str) -> str:
        """What was copied, and, never silently, how many readiness errors went with it."""
        from ...checks import ERROR

        errors = sum(f.severity == ERROR for f in self.readiness.findings)
        if not errors:
            return done
        return self.tr("{done}, with {n} readiness error(s): see the Readiness list").format(
            done=done, n=errors)

    def _track_saved_state(self) -> None:
        """Where the undo history stands when the release is as saved; a release modified
        without a step (recovered, imported, a body word typed on) has no such place."""
        history = self.form.history
        if not self.manager.modified:
            history.mark_clean()
        elif history.is_clean():
            history.mark_dirty()

    def _history_changed(self) -> None:
        """Edit ▸ Undo and Redo name what they take back ("Undo Change Status"); undoing
        back to the saved release makes it unmodified again."""
        history = self.form.history
        if history.is_clean() and self.manager.modified and not history.applying:
            self.manager.mark_unmodified()
        for key, label, plain, named in (
                ("undo", history.undo_label(), self.tr("&Undo"), self.tr("&Undo {what}")),
                ("redo", history.redo_label(), self.tr("&Redo"), self.tr("&Redo {what}"))):
            action = self.actions[key]
            action.setText(named.format(what=label) if label else plain)
            action.setEnabled(label is not None)

    def find_replace(self) -> FindReplaceDialog:
        from ..form.find_replace import FindReplaceDialog

        if self.find_dialog is None:
            from ..form.find_replace import form_targets

            self.find_dialog = FindReplaceDialog(lambda: form_targets(self.form), self,
                                                 self.form.history,
                                                 lambda: not self.manager.read_only)
            # Beside the form, over the preview: never over the text it searches.
            corner = self.mapToGlobal(self.rect().topRight())
            self.find_dialog.adjustSize()
            self.find_dialog.move(corner.x() - self.find_dialog.width() - 40, corner.y() + 80)
        self.find_dialog.refresh()
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_text.setFocus()
        return self.find_dialog

    def replace(self) -> FindReplaceDialog:
        """Find and replace, the cursor in the replacement's field."""
        dialog = self.find_replace()
        dialog.replace_text.setFocus()
        return dialog

    def _body_view_changed(self, view: str) -> None:
        self.settings.body_view = view
        if self.find_dialog is not None:
            self.find_dialog.refresh()  # its matches now lie in the other view
        self.proof_marks.redraw()

    def formatting_guide(self) -> None:
        from ..body.formatting_guide import FormattingGuide

        FormattingGuide.show_for(self, self.settings.ui_language)

    def set_preview_visible(self, visible: bool) -> None:
        self.right.setVisible(visible)
        self.actions["show_preview"].setChecked(visible)
        self.settings.preview_visible = visible

    def zoom(self, step: int | None) -> None:
        level = 0 if step is None else max(-5, min(10, self.preview.zoom + step))
        self.preview.set_zoom(level)
        self.settings.preview_zoom = level

    def report_unexpected_error(self, log_place: str) -> None:
        """A bug surfaced: keep the text safe first, then say so in one sentence."""
        self.manager.write_recovery(wait=True)
        self.prompts.error(self.tr(
            "Something went wrong inside ReleaseDesk. Your text is still in the window and in "
            "the recovery copy; details were written to {log}.").format(log=log_place))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About ReleaseDesk"), self.tr(
            "<b>ReleaseDesk {version}</b><p>Press releases drafted in a structured form, "
            "signed off, and exported to a web page, Word, PDF, plain text, an e-mail and a "
            "verifiable package for the web team, each with the organisation's standard "
            "footer.</p><p>Released under the MIT licence.</p>").format(version=__version__))

    # -- reacting to the document ----------------------------------------------------------

    def _edited(self, field: str) -> None:
        self.manager.mark_modified()
        if field in ("house", "footer"):  # (also when undone) the house style looked up anew
            self._refresh_profile()
        self.scheduler.request(self.manager.release)

    def _document_replaced(self) -> None:
        self.preview.start_fresh()
        self.form.set_release(self.manager.release, self.manager.read_only)
        self._refresh_profile()
        self._update_title()
        self.clearance.document_replaced()

    def _refresh_profile(self) -> None:
        """Look up the release's installed house style; offer a footer update if it moved on."""
        release = self.manager.release
        profile = self.profiles().find(release.profile) if release.profile else None
        self.scheduler.profile = profile
        self.proof_scheduler.profile = profile
        stale = profile is not None and release.footer != profile.footer
        self.form.offer_footer_update(profile.name if stale and profile and
                                      not self.manager.read_only else None)
        self.scheduler.request(release, immediately=True)

    def _saved(self, path: Path) -> None:
        self.form.history.close_typing()  # what is typed next is a step of its own
        self.form.body.end_word()
        self.settings.add_recent(path)
        self.settings.last_save_folder = str(Path(path).resolve().parent)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 3000)

    def _disk_notice(self) -> None:
        from .disk_notice import show_disk_notice  # (made when there is something to say)

        show_disk_notice(self)

    def _reloaded(self, kept: Path | None) -> None:
        name = self.manager.display_name
        self.statusBar().showMessage(self.tr(
            "Reloaded {name} from disk; your unsaved changes are kept as {copy}").format(
                name=name, copy=kept) if kept is not None else
            self.tr("Reloaded {name} from disk").format(name=name), 15000)

    def _update_title(self) -> None:
        if self.form.read_only != self.manager.read_only:
            self.form.set_read_only(self.manager.read_only)  # e.g. after Save As of a copy
        self.actions["apply_house_style"].setEnabled(not self.manager.read_only)
        if self.find_dialog is not None:
            self.find_dialog.update_buttons()
        name = self.manager.display_name
        if self.manager.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        status = self.clearance.status_label()  # workflow status: Draft, Approved …
        self.setWindowTitle(f"{name}[*] — {status} — ReleaseDesk" if status
                            else f"{name}[*] — ReleaseDesk")
        self.setWindowModified(self.manager.modified)
        self.saved_label.setText(self.tr("Unsaved changes") if self.manager.modified
                                 else self.tr("Saved") if self.manager.path else "")

    def _show_preview(self, result: PreviewResult) -> None:
        self.preview.show_result(result)
        self.form.show_photo_thumbnails(result.images)
        self.readiness.set_findings(result.findings)
        self.proof_scheduler.request()  # proofed after a pause, off the preview's path
        self.clearance.show(result.fingerprint)
        self.words_label.setText(self.tr(
            "{words} words · {chars} characters · {minutes} min read").format(
                words=result.words, chars=result.characters,
                minutes=reading_minutes(result.words)))

    def _show_proofing(self, result: ProofResult) -> None:
        self._proofed_body = result.body
        self.proof_marks.show(result)

    # -- window ----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        if self.settings.window_geometry:
            try:
                self.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
            except (ValueError, TypeError):
                log.warning("ignoring unreadable window geometry in settings")
        else:
            self.setGeometry(default_geometry(self.screen().availableGeometry()))
        if len(self.settings.splitter_sizes) == 2 and all(self.settings.splitter_sizes):
            self.splitter.setSizes(self.settings.splitter_sizes)
        else:
            self.splitter.setSizes([620, 740])
        if self.settings.preview_zoom:
            self.preview.set_zoom(self.settings.preview_zoom)
        self.form.body.set_view(self.settings.body_view)
        self.set_preview_visible(self.settings.preview_visible)

    def store_settings(self) -> None:
        self.settings.window_geometry = base64.b64encode(
            self.saveGeometry().data()).decode()
        self.settings.splitter_sizes = list(self.splitter.sizes())
        save_settings(self.settings)

    def changeEvent(self, event: QEvent) -> None:
        """Back in the window (from the program that may have changed the file): look."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.disk_watch.check_soon()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.manager.close():
            event.ignore()
            return
        self.disk_watch.stop()
        self.store_settings()
        self.scheduler.shutdown()
        self.proof_scheduler.shutdown()
        self.form.close_photos()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ..form.photos_panel import is_photo
        from .import_report import is_draft

        files = [url.toLocalFile() for url in event.mimeData().urls()]
        if any(is_photo(name) for name in files):
            self.form.photos.prepare()  # the photo libraries load while the drag goes on
        if any(name.endswith(".release") or is_draft(name) or is_photo(name) for name in files):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from ..form.photos_panel import is_photo
        from .import_report import is_draft

        photos = [Path(u.toLocalFile()) for u in event.mimeData().urls()
                  if is_photo(u.toLocalFile())]
        if photos:  # photos dropped anywhere join the release's Photos
            event.acceptProposedAction()
            self.form.photos.add_files(photos)
            return
        for url in event.mimeData().urls():
            local = url.toLocalFile()
            if local.endswith(".release"):
                event.acceptProposedAction()
                self.open_path(Path(local))
                return
            if is_draft(local):  # a Word, text, Markdown or HTML draft: imported, not opened
                event.acceptProposedAction()
                self.import_draft(Path(local))
                return
