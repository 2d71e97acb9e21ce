"""Recovery copies written on a thread of their own: typing never waits for the disk.

A release with photos is megabytes of package to build and fsync; the GUI thread only
hands over a snapshot (the photos' bytes are shared, not copied) and goes on. One writer
thread, started when needed; while it writes, newer snapshots replace each other, so only
the latest is written next. ``wait`` lets the document manager finish a write before it
removes the copy, so a late write never leaves a stale copy behind.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ...errors import ReleaseDeskError
from ...model import Release
from ...recovery import RecoveryStore

log = logging.getLogger(__name__)


class RecoveryWriter:
    def __init__(self, store: RecoveryStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._pending: tuple[str, Release, Path | None] | None = None
        self._thread: threading.Thread | None = None
        self._idle = threading.Event()
        self._idle.set()
        self.failed = False  # the last write failed (the next tick tries again)
        self.written = 0  # copies written, for tests and benchmarks

    def submit(self, key: str, release: Release, original: Path | None) -> None:
        """Write *release* (a snapshot nobody changes) as the recovery copy *key*, soon."""
        with self._lock:
            self._pending = (key, release, original)
            self._idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="autosave", daemon=True)
                self._thread.start()

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until nothing is pending or being written; False on time-out."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._thread = None
                    self._idle.set()
                    return
            try:
                self.store.write(*job)
                self.failed = False
                self.written += 1
            except (ReleaseDeskError, OSError) as exc:
                # Autosave failing must not interrupt typing; the user's file is untouched.
                log.warning("recovery copy failed: %s", exc)
                self.failed = True
            except Exception:  # a bug: logged, never a crash of the writer thread unseen
                log.exception("recovery copy failed unexpectedly")
                self.failed = True
