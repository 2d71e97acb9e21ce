"""The one object that owns the open document's life: open, save, autosave, recovery, lock."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import ParamSpec

from PySide6.QtCore import QObject, QTimer, Signal

from ... import document
from ...atomic import remove_stale_temporaries
from ...errors import ReleaseDeskError
from ...locks import DocumentLock
from ...model import Release
from ...recovery import Fingerprint, RecoveryStore
from ..dialogs.prompts import Choice, DiskChoice, Prompts
from .autosave import RecoveryWriter

log = logging.getLogger(__name__)

Answer = ParamSpec("Answer")

AUTOSAVE_IDLE_MS = 2_000
AUTOSAVE_PERIOD_MS = 30_000


def _nothing() -> None:
    """What happens next when the caller wants nothing more."""


class OnDisk(Enum):
    """The open file on disk, next to what this window last loaded or saved."""

    SAME = "same"  # the same bytes (or nothing to compare: untitled, unreadable)
    CHANGED = "changed"  # other bytes: another program wrote it
    MISSING = "missing"  # removed, or renamed away


class DocumentManager(QObject):
    """Holds the release being edited and everything that keeps its text safe.

    The window edits ``release`` in place and calls :meth:`mark_modified`; this object
    decides when to write the recovery copy, guards unsaved changes, and refuses to
    save over a file that changed on disk or is locked by someone else.
    """

    documentReplaced = Signal()  # a different release is now open: reload the form
    stateChanged = Signal()  # path, modified or read-only changed: refresh the title
    saved = Signal(Path)
    reloaded = Signal(object)  # the file was read again; the kept copy's Path, or None

    def __init__(self, prompts: Prompts, recovery: RecoveryStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.recovery = recovery or RecoveryStore()
        # Where Save As proposes to save a new release (the window knows the folders).
        self.suggest_path: Callable[[Release], Path] = \
            lambda release: Path(self.tr("untitled.release"))
        self.release = Release()
        self.path: Path | None = None
        self.modified = False
        self.read_only = False
        self.lock_holder = ""
        self._lock: DocumentLock | None = None
        self._fingerprint: Fingerprint | None = None  # the file as last loaded or saved
        self._seen_on_disk: Fingerprint | None = None  # another version found there since
        self._recovery_key = RecoveryStore.new_key()
        self._recovery_dirty = False
        self._generation = 0  # one more each time another release (or version) is shown
        self._writer = RecoveryWriter(self.recovery)
        self._idle = QTimer(self, singleShot=True, interval=AUTOSAVE_IDLE_MS)
        self._idle.timeout.connect(self.write_recovery)
        self._periodic = QTimer(self, interval=AUTOSAVE_PERIOD_MS)
        self._periodic.timeout.connect(self.write_recovery)
        self._periodic.start()

    # -- what the window shows ---------------------------------------------------

    def while_open(self, then: Callable[Answer, object]) -> Callable[Answer, None]:
        """*then*, run only if the release open now is still the one open when it is
        called: the answer to a question asked about one release, arriving after another
        was opened (or it was read again from disk), is dropped, never applied to the
        other."""
        asked = self._generation

        def answered(*args: Answer.args, **kwargs: Answer.kwargs) -> None:
            if self._generation == asked:
                then(*args, **kwargs)
            else:
                log.info("an answer about a release no longer open was dropped")

        return answered

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled release")

    # -- editing -------------------------------------------------------------------

    def mark_modified(self) -> None:
        """The user changed the release: remember it, and autosave after a pause."""
        self._recovery_dirty = True
        self._idle.start()
        if not self.modified:
            self.modified = True
            self.stateChanged.emit()

    def mark_unmodified(self) -> None:
        """Every edit since the last save was undone: the release is its file again (no
        question on closing, no recovery copy to keep)."""
        if not self.modified:
            return
        self.modified = False
        self._recovery_dirty = False
        self._writer.wait()
        self.recovery.remove(self._recovery_key)
        self.stateChanged.emit()

    def write_recovery(self, wait: bool = False) -> None:
        """Write the recovery copy (never the user's file) if there is anything new.

        The copy is written on the autosave thread from a snapshot; *wait* blocks until it
        is on disk (before a crash report, and in tests).
        """
        if self._writer.failed:
            self._recovery_dirty = True  # the last write failed: try again now
            self._writer.failed = False
        if self._recovery_dirty and self.modified:
            self._writer.submit(self._recovery_key, self.snapshot(), self.path)
            self._recovery_dirty = False
        if wait:
            self._writer.wait()

    # -- lifecycle -------------------------------------------------------------------

    def new(self, release: Release | None = None, then: Callable[[], object] = _nothing,
            discarded: bool = False) -> None:
        """Show *release* (a blank one if none), untitled, once the release open now may go
        (asked when it has unsaved changes, unless the user already chose to let them go:
        *discarded*); then *then*."""
        def replace() -> None:
            self._replace(release or Release(), None)
            then()

        if discarded:
            replace()
        else:
            self.confirm_discard(replace)

    def open(self, path: Path, release: Release | None = None,
             then: Callable[[], object] = _nothing) -> None:
        """Open *path* (already read as *release*, if given) once the release open now may
        go; then *then* (at once when *path* is open already). On any failure the current
        document stays as it is. A relative *path* (the command line's) is held as the
        absolute one it names, so what the editor says of its folder names one ("Saved in
        /home/…", not "Saved in .")."""
        path = Path(path).absolute()
        if self.path is not None and _same_file(path, self.path):
            then()
            return

        def replace() -> None:
            nonlocal release
            if release is None:
                try:
                    release = document.load(path)
                except ReleaseDeskError as exc:
                    self.report_open_failure(path, exc)
                    return
            self._replace(release, path)
            then()

        self.confirm_discard(replace)

    def report_open_failure(self, path: Path, exc: ReleaseDeskError) -> None:
        """One sentence; for a damaged file, plain words with the detail behind a button."""
        log.warning("open failed for %s: %s", path, exc.message)
        if isinstance(exc, document.FileFormatError) and exc.damaged:
            from ..basics.i18n import translate_error

            self.prompts.damaged_file(Path(path).name, translate_error(exc))
        else:
            self.prompts.failure(exc)

    def restore(self, release: Release, original: Path | None, key: str) -> None:
        """Take over a recovery copy: the text comes back as unsaved changes."""
        self._replace(release, original)
        self.recovery.remove(key)
        self.modified = True
        self._recovery_dirty = True
        self.write_recovery(wait=True)
        self.stateChanged.emit()

    def save(self, then: Callable[[], object] = _nothing) -> None:
        """Save to the file (Save As… for a new or read-only release); *then* once saved.
        Nothing more when the user cancels or the file cannot be written (said)."""
        if self.path is None or self.read_only:
            self.save_as(then=then)
        else:
            self._save_to(self.path, then=then)

    def save_as(self, path: Path | None = None, then: Callable[[], object] = _nothing
                ) -> None:
        """Save to *path* (asked for when not given); *then* once saved."""
        if path is None:
            suggestion = str(self.path) if self.path else str(self.suggest_path(self.release))
            self.prompts.save_path(suggestion, self.while_open(
                lambda chosen: self.save_as(chosen, then)))
            return
        path = Path(path)
        if self.path is None or not _same_file(path, self.path) or self.read_only:
            lock = DocumentLock(path)
            holder = lock.acquire()
            if holder is not None:
                self.prompts.error(self.tr(
                    "{name} is open in ReleaseDesk for {holder}; save under another name."
                ).format(name=path.name, holder=holder.describe()))
                return
            # The user chose this file in the dialog (which asked about replacing it), so
            # what is on disk there now is what we may overwrite.
            previous = self._fingerprint
            self._fingerprint = Fingerprint.of(path) if path.exists() else None

            def not_saved() -> None:
                self._fingerprint = previous
                lock.release()

            self._save_to(path, lock, then, not_saved)
            return
        self._save_to(path, then=then)

    def on_disk(self) -> tuple[OnDisk, Fingerprint | None]:
        """How the open file on disk compares with what was last loaded or saved here, and
        the changed file's fingerprint. Only a file that looks different is read; a file
        that cannot be looked at counts as the same (Save, which must write it, will say
        what is wrong)."""
        if self.path is None or self._fingerprint is None:
            return OnDisk.SAME, None
        try:
            current = Fingerprint.now(self.path, self._fingerprint, self._seen_on_disk)
        except FileNotFoundError:
            return OnDisk.MISSING, None
        except OSError as exc:
            log.info("cannot compare %s with the file on disk: %s", self.path, exc)
            return OnDisk.SAME, None
        if current.same_content(self._fingerprint):
            self._fingerprint = current  # touched, or put back as it was: not a change
            return OnDisk.SAME, None
        self._seen_on_disk = current
        return OnDisk.CHANGED, current

    def reload(self, ask: bool = True, kept: Path | None = None,
               then: Callable[[], object] = _nothing) -> None:
        """Show the file as it is on disk now in place of the release here (another program
        changed it); the lock stays. Unsaved changes are first written as a copy in the
        recovery folder (*kept*, else a new name), after asking when *ask*. Nothing when
        cancelled or when the file cannot be read: the release here stays as it is; *then*
        once it shows the file."""
        path = self.path
        if path is None:
            return
        if not self.modified:
            kept = None
        else:
            kept = kept or self.recovery.kept_copy_path(path)
            if ask:
                self.prompts.reload_over_changes(path.name, kept, self.while_open(
                    lambda: self._reload(path, kept) and then()))
                return
        if self._reload(path, kept):
            then()

    def _reload(self, path: Path, kept: Path | None) -> bool:
        fingerprint = Fingerprint.of(path)  # before reading: a change meanwhile shows again
        try:
            release = document.load(path)
        except ReleaseDeskError as exc:
            self.report_open_failure(path, exc)
            return False
        if kept is not None:
            try:
                self.recovery.keep_copy(self.release, kept)
            except ReleaseDeskError as exc:
                self.prompts.failure(exc)
                return False
        self._writer.wait()  # (a recovery copy in flight would come back after the removal)
        self.recovery.remove(self._recovery_key)
        self.release = release
        self.modified = False
        self._recovery_dirty = False
        self._fingerprint = fingerprint
        self._seen_on_disk = None
        self._generation += 1
        self.documentReplaced.emit()
        self.stateChanged.emit()
        self.reloaded.emit(kept)
        return True

    def close(self, then: Callable[[], object] = _nothing, discarded: bool = False) -> None:
        """Ask about unsaved changes (unless the user already chose to let them go:
        *discarded*); then release the lock, drop the recovery copy and *then*. Nothing on
        Cancel."""
        def closed() -> None:
            self._release_document()
            self._idle.stop()
            self._periodic.stop()
            then()

        if discarded:
            closed()
        else:
            self.confirm_discard(closed, closing=True)

    def confirm_discard(self, then: Callable[[], object], closing: bool = False) -> None:
        """*then* once the current release may be replaced (*closing*: closed): unchanged,
        or saved or discarded as the user answers; nothing on Cancel or when the save
        fails. An answer arriving after another release was opened is dropped."""
        if not self.modified:
            then()
            return

        def answered(choice: Choice) -> None:
            if choice is Choice.SAVE:
                self.save(then)
            elif choice is Choice.DISCARD:
                then()

        self.prompts.unsaved_changes(self.display_name, self.while_open(answered), closing)

    # -- internals ---------------------------------------------------------------------

    def _save_to(self, path: Path, new_lock: DocumentLock | None = None,
                 then: Callable[[], object] = _nothing,
                 not_saved: Callable[[], object] = _nothing) -> None:
        """Write *path* (asking first when it changed on disk); *then* once written,
        *not_saved* when it was not (cancelled, or an error: said)."""
        if self._fingerprint is not None and path.exists():
            try:
                unchanged = self._fingerprint.still_matches(path)
            except ReleaseDeskError as exc:
                self.prompts.failure(exc)
                not_saved()
                return
            if not unchanged:
                self._overwrite_changed(path, lambda: self._write(path, new_lock, then,
                                                                  not_saved), not_saved)
                return
        self._write(path, new_lock, then, not_saved)

    def _write(self, path: Path, new_lock: DocumentLock | None,
               then: Callable[[], object], not_saved: Callable[[], object]) -> None:
        try:
            document.save(self.release, path, in_place=self.path is not None
                          and path == self.path)
        except ReleaseDeskError as exc:
            log.warning("save failed for %s: %s", path, exc.message)
            self.prompts.failure(exc)
            not_saved()
            return
        if new_lock is not None:
            old_lock = self._lock
            self._lock = new_lock
            if old_lock is not None:
                old_lock.release()
        self.path = path
        self.read_only = False
        self.lock_holder = ""
        self._fingerprint = Fingerprint.of(path)
        self._seen_on_disk = None
        self.modified = False
        self._recovery_dirty = False
        self._writer.wait()
        self.recovery.remove(self._recovery_key)
        self.stateChanged.emit()
        self.saved.emit(path)
        then()

    def _overwrite_changed(self, path: Path, overwrite: Callable[[], object],
                           not_saved: Callable[[], object]) -> None:
        """*path* changed on disk since it was loaded or saved here: ask before saving over
        it (Cancel the default), then *overwrite*; Reload shows the version on disk
        instead. An answer arriving after another release was opened is dropped."""
        reload = self.path is not None and _same_file(path, self.path)
        kept = self.recovery.kept_copy_path(path) if reload and self.modified else None

        def answered(choice: DiskChoice) -> None:
            if choice is DiskChoice.OVERWRITE:
                overwrite()
                return
            not_saved()
            if choice is DiskChoice.RELOAD:
                self.reload(ask=False, kept=kept)

        asked = self.while_open(answered)
        self.prompts.changed_on_disk(path.name, reload, kept, asked)

    def _replace(self, release: Release, path: Path | None) -> None:
        self._release_document()
        self.release = release
        self.path = path
        self.modified = False
        self.read_only = False
        self.lock_holder = ""
        self._recovery_key = RecoveryStore.new_key()
        self._recovery_dirty = False
        self._fingerprint = self._seen_on_disk = None
        if path is not None:
            lock = DocumentLock(path)
            holder = lock.acquire()
            if holder is None:
                self._lock = lock
                if lock.held:  # nobody else edits it: what killed saves left can go
                    remove_stale_temporaries(path)
            else:
                self.read_only = True
                self.lock_holder = holder.describe()
            self._fingerprint = Fingerprint.of(path)
        self._generation += 1
        self.documentReplaced.emit()
        self.stateChanged.emit()

    def _release_document(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._writer.wait()  # a write in flight would bring the removed copy back
        self.recovery.remove(self._recovery_key)

    def snapshot(self) -> Release:
        """An independent copy of the release, safe to hand to a worker thread."""
        return copy.deepcopy(self.release)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
