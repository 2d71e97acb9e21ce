"""The main window: form on the left, preview and readiness on the right, menus on top."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...field_rules import count
from ...model import Release
from ...profiles import ProfileStore
from ...recovery import RecoveryStore
from ...settings import Settings
from ..basics import scheme
from ..basics.enum_properties import set_enum_property, set_shortcut
from ..basics.modal import dismiss_dialogs
from ..basics.tasks import detach_all
from ..dialogs.prompts import Prompts
from ..form.release_form import ReleaseForm
from ..preview.preview_pane import PreviewPane, PreviewResult, RenderScheduler, reading_minutes
from ..proofing.proof_scheduler import ProofResult, ProofScheduler
from ..proofing.proofing_panel import ProofingPanel, go_to
from ..proofing.readiness import ReadinessPanel
from ..widgets.form_scroll import FormScroll
from ..widgets.status_bar import StatusBar
from . import window_dialogs
from .closing import let_go
from .disk_watch import DiskWatch
from .document_commands import DocumentCommands
from .document_manager import DocumentManager
from .house_style_commands import HouseStyleCommands
from .open_notices import say_how_it_opened
from .window_menus import WindowMenus
from .window_settings import restore_window, store_window

if TYPE_CHECKING:  # (event and menu types: PySide6 builds each class on first use)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMenu

    from ..dialogs.first_run import FirstRunDialog
    from ..form.find_replace import FindReplaceDialog
    from ..newsroom.newsroom_window import NewsroomWindow
    from .clearance_commands import ClearanceCommands
    from .edit_menu import EditCommands
    from .export_commands import ExportCommands
    from .import_report import DraftImport
    from .review_actions import ReviewCommands
    from .samples import SampleMenu
    from .template_actions import TemplateCommands
    from .twin_actions import TwinCommands

log = logging.getLogger(__name__)
class MainWindow(QMainWindow):
    # Made with the menus (window_menus.py).
    recent_menu: QMenu
    sample_menu: SampleMenu
    edit_commands: EditCommands
    clearance: ClearanceCommands
    twin_commands: TwinCommands
    templates: TemplateCommands

    def __init__(self, settings: Settings, prompts: Prompts | None = None,
                 recovery: RecoveryStore | None = None, *, shown_blank: bool = True) -> None:
        """*shown_blank*: show the manager's blank release at once; the editor's start
        (launch.py) passes False, as it opens, restores or starts a release right after."""
        super().__init__()
        self.setStatusBar(StatusBar(self))  # (a message covers the word count)
        scheme.watch_application()  # (style sheets follow a light/dark switch)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.prompts = prompts or Prompts(self)
        self.let_go_of = False  # the release was let go: the window may close (closing.py)
        self.asking_to_close = False  # the question about unsaved changes is showing
        self.manager = DocumentManager(self.prompts, recovery, self)
        self.manager.suggest_path = self.suggested_save_path
        self.find_dialog: FindReplaceDialog | None = None  # created on first use
        self.last_dialog: QWidget | None = None  # the last non-modal dialog opened
        self.drafts: DraftImport | None = None  # draft import, created on first use
        self.review: ReviewCommands | None = None  # the review trip, created on first use
        self._exporter: ExportCommands | None = None  # exports and copies, on first use
        self.newsroom_window: NewsroomWindow | None = None  # File ▸ Open Newsroom Folder…
        self.setAcceptDrops(True)

        self.house = HouseStyleCommands(self)
        self.documents = DocumentCommands(self)
        self.form = ReleaseForm()
        self.form.photo_prompts = self.prompts
        self.form.photo_folder = lambda: str(self.manager.path.parent) if self.manager.path \
            else ""
        # The form's one scroll bar: the form fills the height (the body takes what the
        # other fields leave) and scrolls only when even a short body would not fit.
        scroll = FormScroll(self)  # (never narrower than the form's fields)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        set_enum_property(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        scroll.setWidget(self.form)
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

        self.words_label, self.saved_label = QLabel(self), QLabel(self)
        self.statusBar().addWidget(self.words_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.scheduler = RenderScheduler(self.manager.snapshot, self)
        # its language versions are found beside the file it is saved as
        self.scheduler.path_of = lambda: self.manager.path
        self.scheduler.ready.connect(self._show_preview)
        self.proof_scheduler = ProofScheduler(self.manager.snapshot, self)
        self.proof_scheduler.proofed.connect(self._show_proofing)
        self.proof_scheduler.proofed.connect(lambda _: self.scheduler.after_proofing())
        self.form.edited.connect(self._edited)
        self.manager.documentReplaced.connect(self._document_replaced)
        self.manager.stateChanged.connect(self._update_title)
        self.manager.saved.connect(self._saved)
        self.manager.reloaded.connect(self._reloaded)
        self.disk_watch = DiskWatch(self.manager, self)  # the file changed by another program
        self.disk_watch.noticeChanged.connect(self._disk_notice)
        window_dialogs.ComingBack(self)  # (looks again when the window is activated again)
        self.readiness.fieldRequested.connect(self.form.focus_field)
        self.readiness.findingRequested.connect(self.form.show_finding)
        self.proofing.findingRequested.connect(
            lambda finding: go_to(self.form, finding, self._proofed_body))
        from ..proofing.proof_marks import ProofMarks  # underlines and the proofing context menus

        self.proof_marks = ProofMarks(self.form, self.proofing, self.proof_scheduler,
                                      self.settings, lambda: self.manager.release)
        self.form.body.viewChanged.connect(self._body_view_changed)
        self.form.footerUpdateRequested.connect(self.house.update_footer)
        self.form.head.said.connect(self.statusBar().showMessage)
        # (a refused paste in a box: the user pasted and saw nothing happen; says why at once)
        self.form.body.pasteRefused.connect(self.prompts.error)

        # The window's commands by name. (It shadows QWidget.actions(), a widget's own action
        # list, which nothing here uses.)
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # (shadows, see above)
        self.menus = WindowMenus(self)
        self.menus.build()
        restore_window(self)
        if shown_blank:
            self._document_replaced()
        from ..basics.accessible import name_controls

        name_controls(self)

    # -- menus --------------------------------------------------------------------------

    def _action(self, key: str, text: str, handler: object,
                shortcut: QKeySequence.StandardKey | str | None = None,
                menu: QMenu | None = None) -> QAction:
        if menu is not None:  # (made by the menu, in Qt: half the cost of one made here)
            action = menu.addAction(text)
        else:
            action = QAction(self)  # (text set apart: QAction(text, parent) builds QIcon)
            action.setText(text)
        action.setObjectName(key)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.triggered.connect(handler)
        self.actions[key] = action
        return action

    # -- document commands --------------------------------------------------------------

    def new_document(self) -> None:
        """File ▸ New (document_commands.py)."""
        self.documents.new_document()

    def start_new(self) -> None:
        """The editor started without a file (document_commands.py)."""
        self.documents.start_new()

    def choose_new_release(self, then: Callable[[Release], object]) -> None:
        """File ▸ New's and New from Template's choice of house style (document_commands.py)."""
        self.documents.choose_new_release(then)

    def blank_release(self) -> Release:
        return self.documents.blank_release()

    def set_up_organisation(self, first_start: bool = False) -> FirstRunDialog:
        """Tools ▸ Set Up Your Organisation… (document_commands.py)."""
        return self.documents.set_up_organisation(first_start)

    def suggested_save_path(self, release: Release) -> Path:
        return self.documents.suggested_save_path(release)

    def open_newsroom(self, folder: Path | None = None) -> None:
        """File ▸ Open Newsroom Folder… (document_commands.py)."""
        self.documents.open_newsroom(folder)

    def import_draft(self, path: Path | None = None) -> None:
        """File ▸ Import Draft… (document_commands.py)."""
        self.documents.import_draft(path)

    def profiles(self) -> ProfileStore:
        return ProfileStore()

    def names_register(self) -> None:
        """Tools ▸ Names and Titles Register… (house_style_commands.py)."""
        self.house.names_register()

    def apply_house_style(self) -> None:
        """Tools ▸ Apply House Style… (house_style_commands.py)."""
        self.house.apply_house_style()

    def open_path(self, path: Path, release: Release | None = None,
                  then: Callable[[], object] = lambda: None) -> None:
        """Open *path* (already read as *release*, if given) once the release open now may
        go; then *then*."""
        def opened() -> None:
            self._opened(Path(path))
            then()

        self.manager.open(path, release, opened)

    def _opened(self, path: Path) -> None:
        self.settings.last_open_folder = str(Path(path).resolve().parent)
        self.menus.remember_recent(path)
        manager = self.manager
        say_how_it_opened(self, Path(path), manager.lock_holder if manager.read_only else None,
                          self.prompts.info, self.statusBar())

    def review_trip(self) -> ReviewCommands:
        """File ▸ Send for Review… and Import Review… (loaded on first use)."""
        if self.review is None:
            from .review_actions import ReviewCommands

            self.review = ReviewCommands(self)
        return self.review

    # Export, clipboard and find modules load on first use: start-up stays short.

    @property
    def exporter(self) -> ExportCommands:
        """The export, copy and print commands (export_commands.py), made when first used."""
        if self._exporter is None:
            from .export_commands import ExportCommands

            self._exporter = ExportCommands(self)
        return self._exporter

    def export(self, fmt: str) -> None:
        """File ▸ Export ▸ one format (export_commands.py)."""
        self.exporter.export(fmt)

    def export_all(self) -> None:
        """File ▸ Export ▸ All formats… (export_commands.py)."""
        self.exporter.export_all()

    def _export_folder(self) -> str:
        """This release's last export folder, else the last one used, else its own, else
        the documents folder, else home: the first that is there and takes new files (a
        release opened from a read-only folder is exported elsewhere)."""
        from PySide6.QtCore import QStandardPaths

        from ...files import first_writable_folder

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        own = None if self.manager.path is None else str(self.manager.path.parent)
        return first_writable_folder(
            [self.settings.export_folder_of(self.manager.path),
             self.settings.last_export_folder, own, documents], str(Path.home()))

    def _track_saved_state(self) -> None:
        """Where the undo history stands when the release is as saved; a release modified
        without a step (recovered, imported, a body word typed on) has no such place."""
        history = self.form.history
        if not self.manager.modified:
            history.mark_clean()
        elif history.is_clean() and not history.grouping:
            # (a command's step, being gathered, is pushed when it ends: undoing it comes
            # back to the saved release, as a step already pushed does)
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
        """Edit ▸ Find (window_dialogs.py)."""
        return window_dialogs.find_replace(self)

    def replace(self) -> FindReplaceDialog:
        """Edit ▸ Replace (window_dialogs.py)."""
        return window_dialogs.replace(self)

    def _body_view_changed(self, view: str) -> None:
        self.settings.body_view = view
        if self.find_dialog is not None:
            self.find_dialog.refresh()  # its matches now lie in the other view
        self.proof_marks.redraw()

    def formatting_guide(self) -> None:
        window_dialogs.formatting_guide(self)

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
        window_dialogs.about(self)

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
        self.menus.remember_recent(path)
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
        # (the count chooses the noun's form; both numbers are grouped as messages group them)
        self.words_label.setText(self.tr(
            "{words} word(s) · {chars} characters · {minutes} min read", "",
            result.words).format(words=count(result.words), chars=count(result.characters),
                                 minutes=reading_minutes(result.words)))

    def _show_proofing(self, result: ProofResult) -> None:
        self._proofed_body = result.body
        self.proof_marks.show(result)

    # -- window ----------------------------------------------------------------------------

    def show(self) -> None:
        """Shown the first time, the body and the preview's page are laid out once, at the
        widths the window settles to (first_layout.py)."""
        from .first_layout import show_laid_out_once

        show_laid_out_once(self, super().show)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not let_go(self):  # (with unsaved changes: asked, and closed again on the answer)
            event.ignore()
            return
        self.disk_watch.stop()
        store_window(self)
        self.scheduler.shutdown()
        self.proof_scheduler.shutdown()
        self.form.close_photos()
        # An export or import still running finishes (its file whole), unseen: a closed
        # window is never told, and the program waits for it before it exits.
        detach_all(self)
        # A dialog still showing over the window (it was closed by the program, not by the
        # user, whom the dialog blocks) goes with it, answered as Cancel: nothing is done
        # on behalf of a window that is gone.
        dismiss_dialogs(self)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from .window_drops import drag_entered  # (with the first drag over the window)
        drag_entered(self, event)

    def dropEvent(self, event: QDropEvent) -> None:
        from .window_drops import dropped
        dropped(self, event)
