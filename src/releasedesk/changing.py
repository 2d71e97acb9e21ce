"""Commands that change a release hold its lock while they read, change and save it.

The editor holds the lock of the release it has open (locks.py); a terminal command that
changes a release (approve, status --set, photo add/remove, import or new --force onto a
release) takes the same lock around its whole read–change–save, so that of two changes
at once neither is lost: the second waits until the first has saved, then reads what it
saved. A command that cannot get the lock within LOCK_WAIT_S says who holds it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import N_, ReleaseDeskError
from .locks import DocumentLock, LockHolder

LOCK_WAIT_S = 10.0  # long enough for a few other commands' saves; RELEASEDESK_LOCK_WAIT sets it
_POLL_S = 0.05


def lock_wait() -> float:
    """How long a command waits for a release's lock (seconds)."""
    try:
        return max(0.0, float(os.environ.get("RELEASEDESK_LOCK_WAIT", LOCK_WAIT_S)))
    except ValueError:
        return LOCK_WAIT_S


@contextmanager
def changing(path: Path, wait: float | None = None) -> Iterator[None]:
    """Hold *path*'s lock for the body of the with-statement; ReleaseDeskError naming the
    holder when it stays taken for *wait* seconds (lock_wait() by default)."""
    lock = DocumentLock(Path(path))
    deadline = time.monotonic() + (lock_wait() if wait is None else wait)
    holder: LockHolder | None = lock.acquire()
    while holder is not None and time.monotonic() < deadline:
        time.sleep(_POLL_S)
        holder = lock.acquire()
    if holder is not None:
        raise ReleaseDeskError(N_("{name} is open in ReleaseDesk for {holder}; make the change "
                                  "there, or close it and try again."),
                               name=Path(path).name, holder=holder.describe())
    try:
        yield
    finally:
        lock.release()
