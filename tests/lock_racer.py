"""A process that races others for document locks (tests/test_locks.py starts two)."""

from __future__ import annotations

import os
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path


def race(barrier: Barrier, results: Queue[object], folder: str, trials: int, name: str,
         hard_links: bool) -> None:
    """For each trial, wait for the other racer, then try to lock the trial's document.

    The process stays alive until every racer has tried, so no lock looks stale.
    """
    if not hard_links:  # a file system without hard links: the fallback path
        def no_links(*args: object, **kwargs: object) -> None:
            raise OSError(1, "Operation not permitted")

        os.link = no_links
    from releasedesk.locks import DocumentLock

    for trial in range(trials):
        document = Path(folder) / f"story-{trial}.release"
        barrier.wait()
        won = DocumentLock(document).acquire() is None
        results.put((trial, name, won))
        barrier.wait()
