"""Proofing off the GUI thread and off the preview's path: after a pause in typing, the
release is proofed in a thread of its own; only the latest request is proofed."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ...model import Release
from ...profiles import Profile
from ...proofing.findings import ProofFinding
from ...records import record

if TYPE_CHECKING:
    from ...proofing.engine import ProoferCache

log = logging.getLogger(__name__)

PAUSE_MS = 400  # proof after this long without an edit (the preview comes first)


@record
class ProofResult:
    generation: int
    findings: list[ProofFinding]
    body: str  # the body proofed: the findings' offsets are into it
    # Each one-text field's text proofed (headline, dateline …): its findings' offsets.
    texts: dict[str, str]


class ProofScheduler(QObject):
    """Debounced proofing in a worker thread; `proofed` carries a ProofResult."""

    proofed = Signal(object)
    # Emitted by the worker with no payload (results travel through a queue), as the
    # preview's scheduler does.
    _done = Signal()

    def __init__(self, snapshot: Callable[[], Release], parent: QObject | None = None,
                 pause_ms: int = PAUSE_MS) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self.profile: Profile | None = None
        self.proofers: ProoferCache | None = None  # the worker's (made there, at first use)
        # Words the user accepted (personal dictionary, ignored): their spelling findings
        # are dropped. Replaced whole from the GUI thread, read by the worker.
        self.accepted: frozenset[str] = frozenset()
        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._start)
        self._generation = 0
        self._latest = 0
        self._job: tuple[Release, Profile | None, int, frozenset[str]] | None = None
        self._wake = threading.Condition()
        self._results: queue.SimpleQueue[ProofResult] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._stopping = False
        self._done.connect(self._finished)

    def request(self) -> None:
        """Proof the release after the pause (restarted by every call)."""
        self._timer.start()

    def _start(self) -> None:
        self._generation += 1
        with self._wake:
            self._job = (self._snapshot(), self.profile, self._generation, self.accepted)
            self._wake.notify()
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="proofing", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        # The rules compile their patterns on import: here, not on the editor's start.
        from ...proofing.engine import ProoferCache, release_texts
        from ...proofing.personal import drop_accepted

        self.proofers = proofers = ProoferCache()
        while True:
            with self._wake:
                while self._job is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                job = self._job
                assert job is not None  # (the wait above ends when there is one)
                release, profile, generation, accepted = job
                self._job = None
            try:
                findings = drop_accepted(proofers.proofer(release, profile).proof(release),
                                         accepted)
            except Exception:
                log.exception("proofing failed")
                continue
            texts = {field: text for field, part, text, markdown in release_texts(release)
                     if not part and not markdown}
            self._results.put(ProofResult(generation, findings, release.body, texts))
            self._done.emit()

    def _finished(self) -> None:
        while True:
            try:
                result = self._results.get_nowait()
            except queue.Empty:
                return
            if result.generation >= self._latest:  # never an older result after a newer
                self._latest = result.generation
                self.proofed.emit(result)

    def shutdown(self) -> None:
        self._timer.stop()
        with self._wake:
            self._stopping = True
            self._wake.notify()
        if self._worker is not None:
            self._worker.join(timeout=10)
            self._worker = None
