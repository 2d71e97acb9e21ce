"""File ▸ Send for Review… and File ▸ Import Review…: the review trip in the editor.

Sending writes the document through the same core function as ``releasedesk export
--for-review``. Importing reads the reviewed .docx on a worker thread (basics/tasks.py) and
shows its suggestions and comments in the Suggestions panel (review_panel.py); nothing
changes until the user accepts. Accepting changes the release through the form's normal
change path (one undo step, the document modified, the preview redrawn) and records a
version in the release's history naming who suggested and who accepted, as the command
line does.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ...errors import ReleaseDeskError
from ...field_change import FieldChange
from ...model import Release
from ...review.suggestions import CannotApply, Reading
from ..review.review_session import ReviewSession
from ..undo.release_history import FieldStep, Step
from .panel_room import PanelRoom

Decisions = tuple[set[int], list[str], dict[int, CannotApply]]

if TYPE_CHECKING:
    from ..review.review_panel import ReviewPanel
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def ask_review_path(parent: QWidget, folder: str, then: Callable[[Path], object]) -> None:
    """The reviewed .docx to take back, from a file dialog: *then*(path) when one is chosen
    (tests replace this function)."""
    from ..basics.modal import FileMode, choose_files

    choose_files(parent, FileMode.OPEN,
                 QCoreApplication.translate("ReviewCommands", "Import review"), folder,
                 QCoreApplication.translate("ReviewCommands", "Reviewed Word document (*.docx)"),
                 lambda names: then(Path(names[0])))


def read_reading(path: Path, release: Release) -> Reading:
    """What the reviewed document at *path* suggests for *release* (run on a worker: it
    reads the file and every change; *release* is the worker's own copy)."""
    from ...clearance.fingerprint import fingerprint
    from ...importing.source import read_draft_bytes
    from ...review import read_review
    from ...review.suggestions import read_against

    raw = read_draft_bytes(path, review=True)
    review = read_review(raw, path.name)
    return read_against(review, release, fingerprint(release), raw, path.name)


def form_field(key: str) -> str:
    """The form's field for a suggestion's field (a contact's phone: the contacts)."""
    if key.startswith("contact_"):
        return "contacts"
    if key.startswith("photo_"):
        return "photos"
    return key


class DecisionStep(Step):
    """The panel's part of an Accept's undo step: Undo puts the suggestions back to
    undecided, Redo to accepted (the fields' own steps put their text back)."""

    def __init__(self, label: str, commands: ReviewCommands, session: ReviewSession,
                 before: Decisions, after: Decisions) -> None:
        super().__init__(label)
        self.commands, self.session, self.before, self.after = commands, session, before, after

    def undo(self) -> None:
        self._put(self.before)

    def redo(self) -> None:
        self._put(self.after)

    def _put(self, state: Decisions) -> None:
        self.session.restore(state)
        panel = self.commands.panel
        if panel is not None and panel.session is self.session:
            panel.refresh()


class ReviewCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel: ReviewPanel | None = None
        self.room: PanelRoom | None = None  # the panel's width and the form's (panel_room.py)
        self.session: ReviewSession | None = None
        self._busy = False
        self.shown_in: float = 0.0  # seconds from the reading's arrival to the panel shown
        self.review_path: Path | None = None  # the reviewed document the panel shows
        # The review the panel showed when the release was last replaced: a reload (the
        # file changed on disk) reads it again against the release as it is now.
        self._shown_before: Path | None = None
        window.manager.documentReplaced.connect(self._document_replaced)
        window.manager.reloaded.connect(self._reloaded)
        window.manager.stateChanged.connect(self._state_changed)

    # -- File ▸ Send for Review… ----------------------------------------------------------

    def send_for_review(self) -> None:
        """Ask where, then write the release there as a Word document for review."""
        from .exports import suggested_stem

        window = self.window
        manager = window.manager
        stem = suggested_stem(manager.release, manager.path)
        name = self.tr("{release} for review.docx").format(release=stem)
        window.prompts.export_path(
            str(Path(window._export_folder()) / name),
            self.tr("Word document for review"), "*.docx",
            manager.while_open(self._write_for_review), self.tr("Send for Review"))

    def _write_for_review(self, target: Path) -> bool:
        from ...review.trip import write_for_review

        window = self.window
        manager = window.manager
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        snapshot = manager.snapshot()
        return window.exporter.in_background(lambda: write_for_review(snapshot, target),
                                             lambda _: self.sent(target),
                                             label=self.tr("Writing the document for review…"))

    def sent(self, target: Path) -> None:
        from .export_notice import show_export_notice

        window = self.window
        window.settings.last_export_folder = str(target.parent)
        show_export_notice(window, [target], target.parent, self.tr(
            "Wrote {name} for review: reviewers mark it up with Track Changes on, then "
            "File ▸ Import Review… takes their changes back.").format(name=target.name))

    # -- File ▸ Import Review… ------------------------------------------------------------

    def import_review(self, path: Path | None = None, again: bool = False) -> bool:
        """Read a reviewed .docx against the open release and show what it suggests (off
        the GUI thread: False when one is being read or none was chosen); *again*: the
        review the panel showed, read anew against the release reloaded from disk."""
        from ..basics.tasks import start_task

        window = self.window
        if self._busy:
            return False
        if path is None:
            folder = window.settings.last_open_folder or window._export_folder()
            ask_review_path(window, folder, window.manager.while_open(self.import_review))
            return False
        path = Path(path)
        snapshot = window.manager.snapshot()
        self._busy = True
        window.statusBar().showMessage(self.tr("Reading the review…"))

        def read(reading: object) -> None:
            self._busy = False
            window.statusBar().clearMessage()
            assert isinstance(reading, Reading)
            self.show_reading(reading, path.name)
            self.review_path = path
            if again:
                window.statusBar().showMessage(self.tr(
                    "Reloaded {name} from disk; the Suggestions panel shows {review} read "
                    "again against it.").format(name=window.manager.display_name,
                                                review=path.name), 15000)

        def not_read(error: ReleaseDeskError) -> None:
            # (a bug's traceback is logged by the task; the user reads one sentence)
            self._busy = False
            window.statusBar().clearMessage()
            log.info("review %s not read: %s", path, error)
            window.prompts.error(self.not_read_again(path.name) if again
                                 else self.not_read(path.name))

        start_task(lambda: read_reading(path, snapshot), window, read, not_read,
                   f"reading the review {path}")
        return True

    def not_read_again(self, name: str) -> str:
        return self.tr("The Suggestions panel closed: the release was reloaded from disk, and "
                       "the review in {name} could not be read again against it (it was moved, "
                       "removed or damaged). Import it again with File ▸ Import Review….").format(
                           name=name)

    def not_read(self, name: str) -> str:
        return self.tr("The review in {name} was not read, and the release is unchanged: the "
                       "file is damaged, is not a Word document, or is made to do harm.").format(
                           name=name)

    def show_reading(self, reading: Reading, name: str) -> ReviewPanel:
        """Show *reading* in the Suggestions panel (made on first use)."""
        started = time.perf_counter()
        panel = self._panel()
        from ...review.resolved import decisions

        self.session = ReviewSession(reading, name, decisions(self.window.manager.release))
        notices = []
        if not reading.same_release and not reading.known_version:
            notices.append(self.tr(
                "{name} was sent for review from a text that this release and its history "
                "do not hold (another release, or a version older than its history): "
                "tracked changes are placed by the text around them; edits made without "
                "track changes are listed, not applied.").format(name=name))
        elif not reading.same_release:
            notices.append(self.tr(
                "{name} was sent for review from another version of this release (the "
                "fingerprints differ): each change is placed by the text around it, and a "
                "change whose text is gone is not applied.").format(name=name))
        if not reading.mapped:
            notices.append(self.tr(
                "{name} was not sent for review by ReleaseDesk (it has no field map): its "
                "fields are compared with the release's, and its tracked changes are listed "
                "under no field.").format(name=name))
        panel.set_read_only(self.window.manager.read_only)
        if self.room is not None:
            self.room.remember()  # (the widths to give back when the panel closes)
        panel.show_session(self.session, notices)
        if self.room is not None:
            self.room.make()
        self.shown_in = time.perf_counter() - started
        self.window.statusBar().showMessage(self.tr(
            "{name}: {suggestions} and {comments}; nothing changes until you accept.").format(
                name=name, suggestions=self.tr("%n suggestion(s)", "", len(reading.suggestions)),
                comments=self.tr("%n comment(s)", "", len(reading.comments))), 8000)
        return panel

    def _panel(self) -> ReviewPanel:
        if self.panel is None:
            from PySide6.QtCore import Qt

            from ...review.trip import accepting_name
            from ..basics.i18n import resolve
            from ..review.review_panel import ReviewPanel

            window = self.window
            self.panel = ReviewPanel(resolve(window.settings.ui_language), window)
            house = window.scheduler.profile  # (the release's house style, if installed)
            self.panel.by.setText(accepting_name(window.clearance.signer,
                                                 house.contacts if house else ()))
            # the form keeps the width its fields need; the preview gives up the rest
            self.room = PanelRoom(window, self.panel)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
            self.panel.acceptRequested.connect(self.accept)
            self.panel.rejectRequested.connect(self.reject)
            self.panel.fieldRequested.connect(
                lambda key: window.form.focus_field(form_field(key)))
            self.panel.commentResolved.connect(self._comment_resolved)
        return self.panel

    # -- accepting and rejecting ------------------------------------------------------------

    def accept(self, indices: list[int]) -> list[str]:
        """Accept the suggestions *indices*: the fields changed (one undo step)."""
        from ...clearance.history import record_version
        from ...review.trip import acceptance_note, user_name

        window, session, panel = self.window, self.session, self.panel
        if session is None or panel is None or window.manager.read_only:
            return []
        accepted = copy.deepcopy(window.manager.release)  # (applied through the form)
        before = session.state()
        changed, done = session.accept(accepted, list(indices))
        if changed:
            label = self.tr("Accept Suggestion") if len(indices) == 1 else \
                self.tr("Accept Suggestions")
            history = window.form.history
            with history.grouped(label):  # one undo step: the fields and the panel's state
                window.form.apply_release(accepted, label)
                history.push(DecisionStep(label, self, session, before, session.state()))
            by = " ".join(panel.by.text().split()) or user_name()
            versioned = copy.deepcopy(window.manager.release)
            record_version(versioned, note=acceptance_note(
                session.source_name, [session.suggestions[i] for i in done], by))
            window.form.apply(FieldChange("clearance", versioned.clearance))  # (no undo step)
        failed = [i for i in indices if i in session.problems]
        panel.refresh()
        if failed:
            window.statusBar().showMessage(self.tr(
                "%n suggestion(s) could not be placed: their text has changed in the "
                "release since it was sent; make those changes by hand.", "", len(failed)),
                10000)
        elif done:
            window.statusBar().showMessage(self.tr(
                "Accepted %n suggestion(s); Edit ▸ Undo takes them back.", "", len(done)), 5000)
        if len(indices) == 1:
            panel.next_open(indices[0])
        return changed

    def reject(self, indices: list[int]) -> list[int]:
        """Reject the suggestions *indices*: the release keeps its text."""
        session, panel = self.session, self.panel
        if session is None or panel is None:
            return []
        done = session.reject(list(indices))
        panel.refresh()
        if len(indices) == 1:
            panel.next_open(indices[0])
        return done

    def _comment_resolved(self, index: int, resolved: bool) -> None:
        """Keep a comment's resolved state in the release file (review/resolved.py), so
        that it stays after the panel closes and when the review is imported again."""
        from ...review.resolved import KEY, marked

        window = self.window
        session, manager = self.session, window.manager
        if session is None or not 0 <= index < len(session.reading.comments):
            return
        if manager.read_only:  # (the panel showed it: shown as the file has it again)
            self._show_marks(session)
            return
        before = copy.deepcopy(manager.release.review_comments)
        value = marked(manager.release, session.reading.comments[index], resolved)
        if value is None:
            return
        label = self.tr("Mark Comment Resolved") if resolved else self.tr("Reopen Comment")
        history = window.form.history
        with history.grouped(label):  # one undo step, through the form's one write path
            window.form.apply(FieldChange(KEY, value, label))
            history.push(FieldStep(label, KEY, before, value, self._put_marks))

    def _put_marks(self, name: str, value: object) -> None:
        """Undo or redo of marking a comment: the field back, the panel showing it."""
        self.window.form.apply(FieldChange(name, value))
        if self.session is not None:
            self._show_marks(self.session)

    def _show_marks(self, session: ReviewSession) -> None:
        from ...review.resolved import is_resolved

        release = self.window.manager.release
        session.resolved = [is_resolved(release, comment, comment.resolved)
                            for comment in session.reading.comments]
        if self.panel is not None and self.panel.session is session:
            self.panel.show_comments()

    # -- the document -----------------------------------------------------------------------

    def _document_replaced(self) -> None:
        """Another release is open: the review belonged to the one before (a reload reads
        it again: _reloaded)."""
        self._shown_before = self.review_path if self.session is not None and \
            self.panel is not None and self.panel.isVisible() else None
        self.session = None
        self.review_path = None
        if self.panel is not None:
            self.panel.session = None
            self.panel.tree.clear()
            self.panel.comments.clear()
            self.panel.hide()

    def _reloaded(self, _kept: object) -> None:
        """The release was read again from disk: the panel shows its review's suggestions
        against it, or says why it closed (documentReplaced came just before)."""
        path, self._shown_before = self._shown_before, None
        if path is not None:
            self.import_review(path, again=True)

    def _state_changed(self) -> None:
        if self.panel is not None:
            self.panel.set_read_only(self.window.manager.read_only)
