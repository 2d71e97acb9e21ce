"""Lock files beside open documents, so two windows or two colleagues never overwrite each other.

The lock is a small JSON file named like LibreOffice's (``.~lock.NAME#``) in the same
folder as the document, so it works on a shared drive too.

Taking the lock is one atomic step with its content: the JSON is written to a temporary
file of our own, which is then hard-linked to the lock's name; the link fails if a lock
exists, so of two windows opening the file at the same moment exactly one gets it, and
nobody ever sees a lock without content. Where the file system has no hard links (some
shares and FAT drives), the lock is created exclusively and then filled, and a lock that
cannot be read yet but is only seconds old is taken as held, never as garbage.

Nothing here raises: a damaged lock file (unreadable JSON, a pid no process can have, a
pipe in its place) is logged once, set aside as ``….damaged`` and never read again.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import time
from datetime import UTC, datetime
from pathlib import Path

from .files import link_target, open_regular
from .records import record
from .shown_time import local_minute

log = logging.getLogger(__name__)

LOCK_GRACE_S = 10.0  # an unreadable lock this young may be one still being written
MAX_LOCK_BYTES = 64 * 1024
MAX_PID = 2**31 - 1  # what os.kill accepts; a larger pid is damage, not a process
_TEXT_LIMIT = 200  # longer names in a lock are cut: they are shown in a dialog


@record(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str
    token: str

    def describe(self) -> str:
        since = self.since
        with contextlib.suppress(ValueError, OverflowError, OSError):
            since = local_minute(datetime.fromisoformat(self.since))
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


def pid_alive(pid: int, since: float | None = None) -> bool:
    """Whether process *pid* runs, and (given *since*, a Unix time at which it wrote
    something) could be the one that wrote it.

    Where the system shows its processes (/proc), a process killed but not yet reaped by
    its parent (a zombie) is gone, and a process started after *since* took a dead one's
    number: neither wrote a lock or a recovery copy that is still there.
    """
    if not 0 < pid <= MAX_PID:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    except (OSError, OverflowError, ValueError):
        return False
    state, started = _process_state(pid)
    if state in ("Z", "X", "x"):
        return False
    return since is None or started is None or started <= since + _START_SLACK_S


_START_SLACK_S = 3.0  # the boot time is whole seconds, a lock's time too: never a reuse


def _process_state(pid: int) -> tuple[str, float | None]:
    """The state letter and start time (Unix time) of *pid* as /proc shows them; ("", None)
    where it cannot be read (another system, a hidden process)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read(4096).decode("ascii", "replace")
    except OSError:
        return "", None
    # "pid (name) S ppid …": the name may hold spaces and parentheses, so split after it.
    fields = stat[stat.rfind(")") + 2:].split()
    if not fields:
        return "", None
    started: float | None = None
    with contextlib.suppress(IndexError, ValueError, OSError):
        ticks = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        started = _boot_time() + ticks
    return fields[0], started


def _boot_time() -> float:
    """When this computer started (Unix time); ValueError if /proc does not say."""
    with open("/proc/stat", "rb") as handle:
        for line in handle:
            if line.startswith(b"btime "):
                return float(line.split()[1])
    raise ValueError("no btime")


def parse_holder(raw: bytes) -> LockHolder | None:
    """The holder a lock file names, or None if its bytes are not a lock ReleaseDesk wrote."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid", 0)
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 <= pid <= MAX_PID:
        return None
    texts = [data.get(key, "") for key in ("user", "host", "since", "token")]
    if not all(isinstance(text, str) for text in texts):
        return None
    user, host, since, token = (_printable(text) for text in texts)
    return LockHolder(user, host, pid, since, token)


def _printable(text: str) -> str:
    return "".join(ch for ch in text[:_TEXT_LIMIT] if ch.isprintable())


@record
class _Found:
    """What lies at the lock's path: its identity, its bytes (None if unreadable), its age."""

    identity: tuple[int, int]
    raw: bytes | None
    age: float


class DocumentLock:
    """The lock on one document; acquire() says who holds it when it is not ours."""

    def __init__(self, document: Path) -> None:
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.token = os.urandom(16).hex()
        self.held = False

    def acquire(self) -> LockHolder | None:
        """Take the lock; return None when it is ours, or the holder when someone else has it.

        A lock left by a dead process on this computer, or a damaged lock file older than
        a few seconds, is taken over. A folder where no lock can be written leaves the
        document unlocked (it cannot be saved there either); that is logged. Never raises.
        """
        try:
            return self._acquire()
        except Exception:  # a lock must never stop the editor from opening a file
            log.exception("lock %s could not be taken; the document stays unlocked", self.path)
            return None

    def release(self) -> None:
        """Remove the lock file if it is still ours. Never raises."""
        if not self.held:
            return
        self.held = False
        found = _inspect(self.path)
        holder = parse_holder(found.raw) if found is not None and found.raw else None
        if holder is not None and holder.token == self.token:
            with contextlib.suppress(OSError):
                self.path.unlink()

    # -- internals ----------------------------------------------------------------------

    def _acquire(self) -> LockHolder | None:
        content = json.dumps({
            "user": _current_user(), "host": hostname(), "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"), "token": self.token,
        }).encode("utf-8")
        holder: LockHolder | None = None
        for _ in range(3):
            try:
                self._create(content)
            except FileExistsError:
                holder, removable = self._judge()
                if removable is None and holder is not None:
                    return holder
                if removable is not None:
                    self._take_away(removable)  # if another lock took its place: judge again
                continue
            except OSError as exc:
                log.warning("cannot write lock file %s: %s", self.path, exc)
                return None
            self.held = True
            return None
        return holder or self._unknown_holder()  # others kept racing us: assume held

    def _create(self, content: bytes) -> None:
        """Put a lock with *content* at self.path in one step; FileExistsError if one is there."""
        temporary = self.path.with_name(f"{self.path.name}.{self.token}.tmp")
        with contextlib.suppress(FileNotFoundError):  # our own name: never another's lock
            temporary.unlink()
        _write_new(temporary, content)
        try:
            try:
                os.link(temporary, self.path)
            except FileExistsError:
                raise
            except (OSError, NotImplementedError, AttributeError) as exc:
                # No hard links on this file system: create exclusively, then fill. The
                # moment it is empty, others take it as held (LOCK_GRACE_S).
                log.info("no hard links for %s (%s); creating the lock in place", self.path, exc)
                _write_new(self.path, content)
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()

    def _judge(self) -> tuple[LockHolder | None, _Found | None]:
        """Who holds the existing lock, and the lock file if it may be taken away."""
        found = _inspect(self.path)
        if found is None:
            return None, None  # released meanwhile: try again
        holder = parse_holder(found.raw) if found.raw else None
        if holder is None:
            if abs(found.age) < LOCK_GRACE_S:
                return self._unknown_holder(found.age), None  # maybe still being written
            return None, found
        if holder.host == hostname() and not pid_alive(holder.pid, _moment(holder.since)):
            log.info("taking over stale lock %s (%s)", self.path, holder)
            return holder, found
        return holder, None

    def _take_away(self, found: _Found) -> bool:
        """Remove the stale or damaged lock *found*; False if it could not or was replaced.

        It is renamed to a name of our own first, so of several windows taking over the
        same stale lock only one removes it, and a fresh lock that replaced it meanwhile
        is put back rather than deleted.
        """
        aside = self.path.with_name(f"{self.path.name}.{self.token}.old")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return True
        except OSError as exc:
            log.warning("cannot take over lock %s: %s", self.path, exc)
            return False
        moved = _inspect(aside)
        if moved is None or (moved.identity, moved.raw) != (found.identity, found.raw):
            try:
                os.link(aside, self.path)
            except FileExistsError:
                pass
            except OSError:  # no hard links here
                if not os.path.lexists(self.path):
                    with contextlib.suppress(OSError):
                        os.rename(aside, self.path)
            with contextlib.suppress(OSError):
                aside.unlink()
            return False
        if parse_holder(found.raw or b"") is None:
            damaged = self.path.with_name(f"{self.path.name}.damaged")
            log.warning("damaged lock file %s set aside as %s", self.path, damaged.name)
            with contextlib.suppress(OSError):
                os.replace(aside, damaged)
        with contextlib.suppress(OSError):
            aside.unlink()
        return True

    def _unknown_holder(self, age: float = 0.0) -> LockHolder:
        since = datetime.now(UTC).timestamp() - max(age, 0.0)
        return LockHolder("", "", 0, datetime.fromtimestamp(since, UTC).isoformat(
            timespec="seconds"), "")


def _moment(since: str) -> float | None:
    """A lock's "since" as a Unix time; None if it names no moment."""
    try:
        moment = datetime.fromisoformat(since)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def _inspect(path: Path) -> _Found | None:
    """The lock file at *path* as it is now; None if there is none."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return _Found((0, 0), None, 0.0)  # cannot even look at it: taken as held
    identity = (info.st_dev, info.st_ino)
    raw: bytes | None = None
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_LOCK_BYTES + 1)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            return _Found(identity, None, 0.0)  # another user's lock: taken as held
    if raw is not None and len(raw) > MAX_LOCK_BYTES:
        raw = b""  # no lock is that long: damaged
    return _Found(identity, raw, time.time() - info.st_mtime)


def _write_new(path: Path, content: bytes) -> None:
    """Create *path* (it must not exist) holding *content*."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o644)
    try:
        os.write(fd, content)
    finally:
        os.close(fd)
