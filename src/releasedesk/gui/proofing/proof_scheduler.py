"""Proofing off the GUI thread and off the preview's path: after a pause in typing, the
release is proofed off the GUI thread (a latest-wins lane); only the latest request waiting
is proofed."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ...model import Release
from ...profiles import Profile
from ...proofing.findings import ProofFinding
from ...records import record
from ..basics.tasks import Lane

if TYPE_CHECKING:
    from ...proofing.engine import ProoferCache

PAUSE_MS = 400  # proof after this long without an edit (the preview comes first)


@record
class ProofResult:
    generation: int
    findings: list[ProofFinding]
    body: str  # the body proofed: the findings' offsets are into it
    # Each one-text field's text proofed (headline, dateline …): its findings' offsets.
    texts: dict[str, str]


class ProofScheduler(QObject):
    """Debounced proofing on a latest-wins lane (basics/tasks.py); `proofed` carries a
    ProofResult, never an older one after a newer."""

    proofed = Signal(object)

    def __init__(self, snapshot: Callable[[], Release], parent: QObject | None = None,
                 pause_ms: int = PAUSE_MS) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self.profile: Profile | None = None
        # The proofers, made by the first proofing (off the GUI thread) and kept.
        self.proofers: list[ProoferCache] = []
        # Words the user accepted (personal dictionary, ignored): their spelling findings
        # are dropped. Replaced whole from the GUI thread, read when a proofing starts.
        self.accepted: frozenset[str] = frozenset()
        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._start)
        self._generation = 0
        self.lane = Lane("proofing", self)
        self.lane.done.connect(self.proofed)  # (a failed proofing is logged, and not shown)

    def request(self) -> None:
        """Proof the release after the pause (restarted by every call)."""
        self._timer.start()

    def _start(self) -> None:
        self._generation += 1
        self.lane.submit(partial(proof, self.proofers, self._snapshot(), self.profile,
                                 self._generation, self.accepted))

    def shutdown(self) -> None:
        self._timer.stop()
        self.lane.shutdown()


def proof(proofers: list[ProoferCache], release: Release, profile: Profile | None,
          generation: int, accepted: frozenset[str]) -> ProofResult:
    """One proofing (off the GUI thread; one at a time, so *proofers* are shared)."""
    # The rules compile their patterns on import: here, not on the editor's start.
    from ...proofing.engine import ProoferCache, release_texts
    from ...proofing.personal import drop_accepted

    if not proofers:
        proofers.append(ProoferCache())
    findings = drop_accepted(proofers[0].proofer(release, profile).proof(release), accepted)
    texts = {field: text for field, part, text, markdown in release_texts(release)
             if not part and not markdown}
    return ProofResult(generation, findings, release.body, texts)
