"""Notice when the open release changes on disk while it is open here.

The lock keeps ReleaseDesk's own commands away from an open release, but a file can still
change under the editor: a command run before the editor took the lock, a text editor, a
sync client, a git checkout, a colleague on a share without lock support. The document
manager remembers the file as it last loaded or saved it (DocumentManager.on_disk); this
watcher asks it whenever the file may have changed and says what it found (``notice``), so
the window can show a bar. The editor's own saves are what the manager remembers, so they
are never a change.

The file and its folder are both watched: an atomic save (ours or another program's)
renames a new file over the old one, and the watcher then loses the file it watched; the
folder sees the new one arrive. Watchers miss changes on some network shares, so the
window also asks for a check when it is activated again. Events come in bursts (a
temporary file, a rename, the lock file): the check waits until they have been quiet for
DEBOUNCE_MS, and it reads the file only when its size, time or inode moved.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...files import link_target
from ...recovery import Fingerprint
from .document_manager import DocumentManager, OnDisk

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
MAX_DELAY_S = 2.0  # a folder busy with other files never puts the check off for longer


class DiskWatch(QObject):
    """Watches the open release's file; ``notice`` is what the window should say about it:
    SAME (nothing), CHANGED (another version is on disk) or MISSING (removed or renamed).

    A notice the user dismissed (Keep Mine) stays away until the file changes again: a
    newer version, its removal, or the file put back as this window knows it.
    """

    noticeChanged = Signal()

    def __init__(self, manager: DocumentManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.notice = OnDisk.SAME
        self.checks = 0  # comparisons made, for tests
        self._found: Fingerprint | None = None  # the changed file behind the notice
        self._dismissed: tuple[OnDisk, Fingerprint | None] | None = None
        self._path: Path | None = None  # the document the watcher follows
        self._watcher: QFileSystemWatcher | None = None  # made for the first file
        self._stopped = False
        self._since = 0.0  # when the waiting check was first asked for
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.check)
        manager.documentReplaced.connect(self._start_over)
        manager.stateChanged.connect(self._follow)  # Save As: another file
        manager.saved.connect(lambda _path: self.check())  # our own save: the notice goes

    def check_soon(self) -> None:
        """Compare once things have been quiet for DEBOUNCE_MS (each call restarts the
        wait, up to MAX_DELAY_S after the first)."""
        if self.manager.path is None or self._stopped:
            return
        if not self._timer.isActive():
            self._since = time.monotonic()
        elif time.monotonic() - self._since > MAX_DELAY_S:
            return  # (the check already waiting comes soon enough)
        self._timer.start()

    @property
    def waiting(self) -> bool:
        """A check is asked for and not made yet."""
        return self._timer.isActive()

    def stop(self) -> None:
        """The window closes: no more watching."""
        self._stopped = True
        self._timer.stop()
        if self._watcher is not None and self.watched:
            self._watcher.removePaths(self.watched)

    def check(self) -> None:
        """Compare the file on disk with what the window last loaded or saved, now."""
        self._timer.stop()
        self._watch()
        self.checks += 1
        state, found = self.manager.on_disk()
        if state is OnDisk.SAME:
            self._dismissed = None
        elif self._dismissed is not None and _same(self._dismissed, (state, found)):
            state = OnDisk.SAME  # dismissed, and still as it was then
        self._found = found
        self._show(state)

    def dismiss(self) -> None:
        """Keep Mine (or Dismiss): the notice goes until the file changes again. The next
        Save still asks before replacing the changed file (DocumentManager._save_to)."""
        if self.notice is not OnDisk.SAME:
            self._dismissed = (self.notice, self._found)
            self._show(OnDisk.SAME)

    @property
    def watched(self) -> list[str]:
        """The paths the watcher holds (the file, unless it is gone, and its folder)."""
        if self._watcher is None:
            return []
        return [*self._watcher.files(), *self._watcher.directories()]

    # -- internals ----------------------------------------------------------------------

    def _show(self, state: OnDisk) -> None:
        if state is not self.notice:
            self.notice = state
            self.noticeChanged.emit()

    def _start_over(self) -> None:
        """Another release, or the same file read again: nothing to say about it yet."""
        self._timer.stop()
        self._dismissed = self._found = None
        self._path = self.manager.path
        self._watch()
        self._show(OnDisk.SAME)

    def _follow(self) -> None:
        if self.manager.path != self._path:  # saved under another name
            self._start_over()

    def _watch(self) -> None:
        """Watch the file (again: a file replaced by a rename is lost) and its folder."""
        wanted: set[str] = set()
        if self.manager.path is not None and not self._stopped:
            target = link_target(self.manager.path)  # a link's file is what changes
            wanted.add(str(target.parent))
            if target.exists():
                wanted.add(str(target))
        if self._watcher is None:
            if not wanted:
                return
            self._watcher = QFileSystemWatcher(self)
            self._watcher.fileChanged.connect(self.check_soon)
            self._watcher.directoryChanged.connect(self.check_soon)
        held = set(self.watched)
        if held - wanted:
            self._watcher.removePaths(sorted(held - wanted))
        if wanted - held:
            failed = self._watcher.addPaths(sorted(wanted - held))
            if failed:  # (no watcher there: the window's activation still checks)
                log.info("cannot watch %s for changes", ", ".join(failed))


def _same(a: tuple[OnDisk, Fingerprint | None], b: tuple[OnDisk, Fingerprint | None]) -> bool:
    """Two findings about the file on disk say the same: both removed, or the same bytes."""
    if a[0] is not b[0]:
        return False
    if a[1] is None or b[1] is None:
        return a[1] is b[1]
    return a[1].same_content(b[1])
