"""Write a file so that it is always either the complete old or the complete new version.

Every file ReleaseDesk writes goes through here. Only regular files are ever replaced (a
folder, pipe, device or socket is refused, see files.py), and no write follows a link it
did not create: the new bytes go to a temporary file of our own (created exclusively)
and are renamed over the path, and a rename replaces a symbolic link itself, never the
file it points to. A link planted where an export, a sheet, a profile or a recovery copy
goes is therefore replaced by a regular file, when it leads to a regular file or to
nothing; one that leads to a folder, device, pipe or socket is refused and left as it is
(/dev/stdout is the system's link to a terminal or a pipe), and so is a process's stream
by name (/dev/stdout, /dev/fd/1), whatever it leads to.

The one exception is saving a release to the path it was opened from (``follow_link``):
a user who keeps story.release as a link to a shared drive gets the linked file saved
and the link kept, as every editor does. A link that points nowhere is never followed.

The new bytes are staged in ``.NAME.XXXXXXXX.tmp`` beside the file. A save killed before
its rename leaves that temporary behind; remove_stale_temporaries() clears a file's own
when it is opened again, never one a live save may still be writing.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
import time
from pathlib import Path

from .errors import explain_os_error
from .files import StandardStream, check_kind, link_target, names_a_stream
from .records import record

try:  # POSIX: a save holds an advisory lock on its temporary while writing it
    import fcntl
except ImportError:  # Windows: a file open in another process cannot be removed anyway
    fcntl = None  # type: ignore[assignment]  # a module or None, checked before use

log = logging.getLogger(__name__)

# A staged temporary untouched this long belongs to no live save: one writes its bytes in
# seconds (its modification time moves with every write) and renames them at once.
STALE_AFTER_S = 10 * 60.0
_SUFFIX = ".tmp"
# What tempfile.mkstemp puts between prefix and suffix: eight of "a-z0-9_".
_RANDOM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_RANDOM_LENGTH = 8


@record
class StagedFile:
    """New bytes written and synced beside the file they will replace."""

    path: Path  # as the caller named it (messages use it)
    target: Path  # the file that is replaced: *path*, or the file a link points to
    temporary: Path | None


Data = bytes | list[bytes]  # the file's bytes, or its pieces in order (written one by one)


def write_atomic(path: Path, data: Data, action: str = "save", *,
                 follow_link: bool = False, mode: int | None = None) -> None:
    """Replace *path* with *data* atomically (*follow_link*: see the module's docstring).

    The bytes go to a temporary file in the same folder, are flushed and fsynced,
    then renamed over the target. On any failure the temporary file is removed,
    the old file is untouched, and one ReleaseDeskError explains what happened.
    """
    write_all_atomic({Path(path): data}, action, follow_link=follow_link, mode=mode)


def write_all_atomic(files: dict[Path, Data], action: str = "save", *,
                     follow_link: bool = False, mode: int | None = None) -> None:
    """Replace several files, all or none as far as a file system allows.

    Every file is first staged (written and synced to a temporary file beside it); if
    any staging fails, the staged ones are removed and no file has changed. Only then
    are they renamed into place, one after the other. What remains possible: a failure
    between two renames (the folder vanishing or turning read-only at that moment, a
    power cut) leaves the earlier files new and the later ones old, each complete.
    """
    staged: list[StagedFile] = []
    try:
        for path, data in files.items():
            staged.append(stage(Path(path), data, action, follow_link, mode))
        for item in staged:
            commit(item, action)
    finally:
        for item in staged:
            discard(item)


def stage(path: Path, data: Data, action: str, follow_link: bool = False,
          mode: int | None = None) -> StagedFile:
    """Write *data* to a synced temporary file beside the file it will replace: *path*
    itself (a link there is replaced), or with *follow_link* the regular file a link at
    *path* points to. *mode*: the new file's permissions (by default the old file's, or
    the umask's for a new one); the temporary file has them from before it is filled."""
    target = _followed(path) if follow_link else path
    try:
        _check_replaceable(target)
    except OSError as exc:
        raise explain_os_error(exc, path, action) from exc
    item = StagedFile(path, target, None)
    try:
        fd, name = tempfile.mkstemp(prefix=_prefix(target.name), suffix=_SUFFIX,
                                    dir=target.parent)  # (0600 until it is filled)
        item.temporary = Path(name)
        _hold(fd)
        with os.fdopen(fd, "wb") as handle:
            # Pieces are written as they are: a release's photos are never joined into one
            # more copy in memory just to be written.
            if isinstance(data, list):
                handle.writelines(data)
            else:
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            _keep_mode(target, item.temporary)
        else:
            os.chmod(item.temporary, mode)
    except OSError as exc:
        discard(item)
        raise explain_os_error(exc, path, action) from exc
    return item


def _check_replaceable(target: Path) -> None:
    """Raise unless *target* is a regular file, nothing, or a link to either: a link is
    replaced by the rename, but never one that leads to a folder, device, pipe or socket
    (/dev/stdout is the system's link to a terminal or pipe, not a file planted there),
    and never a process's stream by name (/dev/fd/1 may lead to a file the shell opened)."""
    if names_a_stream(target):
        raise StandardStream(target)
    try:
        info = os.lstat(target)
        if stat.S_ISLNK(info.st_mode):
            info = os.stat(target)  # what the link leads to
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) or exc.errno in (errno.ELOOP, errno.ENOTDIR):
            return  # nothing there, or a link that leads nowhere: replaced as a new file
        raise
    check_kind(target, info.st_mode)


def commit(item: StagedFile, action: str) -> None:
    """Rename the staged bytes over their target and make the rename durable."""
    if item.temporary is None:
        return
    try:
        os.replace(item.temporary, item.target)
    except OSError as exc:
        raise explain_os_error(exc, item.path, action) from exc
    item.temporary = None
    _sync_folder(item.target.parent)


def discard(item: StagedFile) -> None:
    """Remove a staged file that was not committed (nothing happens after a commit)."""
    if item.temporary is not None:
        with contextlib.suppress(OSError):
            os.unlink(item.temporary)
        item.temporary = None


def _followed(path: Path) -> Path:
    """The regular file a link at *path* points to; *path* when it is no link, or a link
    to nothing or to something that is not a regular file."""
    if not os.path.islink(path):
        return path
    target = link_target(path)
    try:
        return target if stat.S_ISREG(os.stat(target).st_mode) else path
    except OSError:
        return path


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old file's permissions (mkstemp creates it 0600); a link
    being replaced gives none (its target's mode is not the new file's business)."""
    try:
        info = os.lstat(target)
        if stat.S_ISLNK(info.st_mode):
            raise FileNotFoundError(target)
        mode = info.st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(path: Path, min_age: float = STALE_AFTER_S) -> list[Path]:
    """Remove the temporaries that killed saves of *path* left beside it; the ones removed.

    Only names stage() gives *path*'s file (``.NAME.XXXXXXXX.tmp``, beside the file a link
    points to), only regular files (never a link, folder or pipe with such a name), only
    those unmodified for *min_age* seconds and not locked by a save writing them now.
    Anything else in the folder is left alone. Never raises: a temporary that cannot be
    removed stays for the next time.
    """
    target = link_target(Path(path))
    prefix = _prefix(target.name)
    removed: list[Path] = []
    try:
        with os.scandir(target.parent) as entries:
            names = [entry.name for entry in entries if _staged_name(entry.name, prefix)]
    except OSError:
        return removed
    for name in sorted(names):
        candidate = target.parent / name
        if _remove_if_stale(candidate, min_age):
            log.info("removed %s, left by a save that did not finish", candidate)
            removed.append(candidate)
    return removed


def _prefix(name: str) -> str:
    return f".{name}."


def _staged_name(name: str, prefix: str) -> bool:
    """Whether *name* is one stage() gives: *prefix*, eight of "a-z0-9_", ".tmp" (read
    without a regular expression: compiling one for each file's name cost every start)."""
    return (len(name) == len(prefix) + _RANDOM_LENGTH + len(_SUFFIX) and name.startswith(prefix)
            and name.endswith(_SUFFIX) and set(name[len(prefix):-len(_SUFFIX)]) <= _RANDOM)


def _hold(fd: int) -> None:
    """Lock a new temporary while it is written (released when it is closed, or its writer
    dies), so that no other process takes it for a killed save's."""
    if fcntl is not None:
        with contextlib.suppress(OSError):  # a file system without locks: its age decides
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_if_stale(path: Path, min_age: float) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    age = time.time() - info.st_mtime
    if not stat.S_ISREG(info.st_mode) or not min_age <= age:  # a future time: not stale
        return False
    if fcntl is None:
        with contextlib.suppress(OSError):
            os.unlink(path)
            return True
        return False
    # Opened without following a link or waiting on a pipe put there since lstat.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        opened = os.fstat(fd)
        if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a live save holds it: still being written
        except OSError:
            pass  # no locks on this file system: its age decides
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
