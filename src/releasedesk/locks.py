"""Lock files beside open documents, so two windows or two colleagues never overwrite each other.

The lock is a small JSON file named like LibreOffice's (``.~lock.NAME#``) in the same
folder as the document, so it works on a shared drive too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from .files import link_target
from .records import record

log = logging.getLogger(__name__)


@record(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str
    token: str

    def describe(self) -> str:
        since = self.since
        with contextlib.suppress(ValueError):
            since = datetime.fromisoformat(self.since).astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.user or 'someone'} on {self.host or 'another computer'} (since {since})"


def lock_path(document: Path) -> Path:
    """The lock beside the file itself: a symbolic link to it shares the file's lock."""
    document = link_target(document)
    return document.with_name(f".~lock.{document.name}#")


def _current_user() -> str:
    for variable in ("USER", "LOGNAME", "USERNAME"):
        if os.environ.get(variable):
            return os.environ[variable]
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no user database entry (containers): a neutral name will do
        return ""


def hostname() -> str:
    """This computer's name, without importing socket (start-up time matters)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class DocumentLock:
    """The lock on one document; acquire() says who holds it when it is not ours."""

    def __init__(self, document: Path) -> None:
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.token = os.urandom(16).hex()
        self.held = False

    def acquire(self) -> LockHolder | None:
        """Take the lock; return None when it is ours, or the holder when someone else has it.

        A lock left by a dead process on this computer, or an unreadable lock file, is
        taken over. A folder where no lock can be written leaves the document unlocked
        (it cannot be saved there either); that is logged.
        """
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = self._read_holder()
                if holder is not None and not self._is_stale(holder):
                    return holder
                log.info("taking over stale lock %s (%s)", self.path, holder)
                with contextlib.suppress(OSError):
                    self.path.unlink()
                continue
            except OSError as exc:
                log.warning("cannot write lock file %s: %s", self.path, exc)
                return None
            info = {"user": _current_user(), "host": hostname(), "pid": os.getpid(),
                    "since": datetime.now(UTC).isoformat(timespec="seconds"),
                    "token": self.token}
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(info, handle)
            self.held = True
            return None
        return None

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if not self.held:
            return
        self.held = False
        holder = self._read_holder()
        if holder is not None and holder.token == self.token:
            with contextlib.suppress(OSError):
                self.path.unlink()

    def _read_holder(self) -> LockHolder | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockHolder(str(data.get("user", "")), str(data.get("host", "")),
                              int(data.get("pid", 0)), str(data.get("since", "")),
                              str(data.get("token", "")))
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    @staticmethod
    def _is_stale(holder: LockHolder) -> bool:
        return holder.host == hostname() and not pid_alive(holder.pid)
