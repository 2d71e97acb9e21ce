"""Recovery copies written off the GUI thread: typing never waits for the disk.

A release with photos is megabytes of package to build and fsync; the GUI thread only
hands over a snapshot (the photos' bytes are shared, not copied) and goes on. The copies
are written on a latest-wins lane (basics/tasks.py): one at a time, and while one is
written newer snapshots replace each other, so only the latest is written next. ``wait``
lets the document manager finish a write before it removes the copy, so a late write never
leaves a stale copy behind.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ...errors import ReleaseDeskError
from ...model import Release
from ...recovery import RecoveryStore
from ..basics.tasks import Lane

log = logging.getLogger(__name__)


class RecoveryWriter:
    def __init__(self, store: RecoveryStore) -> None:
        self.store = store
        self.lane = Lane("the recovery copy")
        self.failed = False  # the last write failed (the next tick tries again)
        self.written = 0  # copies written, for tests and benchmarks

    def submit(self, key: str, release: Release, original: Path | None) -> None:
        """Write *release* (a snapshot nobody changes) as the recovery copy *key*, soon."""
        self.lane.submit(lambda: self._write(key, release, original))

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until nothing is pending or being written; False on time-out."""
        return self.lane.wait(timeout)

    def _write(self, key: str, release: Release, original: Path | None) -> None:
        try:
            self.store.write(key, release, original)
            self.failed = False
            self.written += 1
        except (ReleaseDeskError, OSError) as exc:
            # Autosave failing must not interrupt typing; the user's file is untouched.
            log.warning("recovery copy failed: %s", exc)
            self.failed = True
        except Exception:  # a bug: logged, never a crash of the writer unseen
            log.exception("recovery copy failed unexpectedly")
            self.failed = True
