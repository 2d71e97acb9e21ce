"""Write a file so that it is always either the complete old or the complete new version.

Every file ReleaseDesk writes goes through here. Only regular files are ever replaced (a
folder, pipe, device or socket is refused, see files.py), and no write follows a link it
did not create: the new bytes go to a temporary file of our own (created exclusively)
and are renamed over the path, and a rename replaces a symbolic link itself, never the
file it points to. A link planted where an export, a sheet, a profile or a recovery copy
goes is therefore replaced by a regular file.

The one exception is saving a release to the path it was opened from (``follow_link``):
a user who keeps story.release as a link to a shared drive gets the linked file saved
and the link kept, as every editor does. A link that points nowhere is never followed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .errors import explain_os_error
from .files import check_kind, link_target
from .records import record


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
        info = os.lstat(target)
        if not stat.S_ISLNK(info.st_mode):  # (a link itself is replaced by the rename)
            check_kind(target, info.st_mode)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise explain_os_error(exc, path, action) from exc
    item = StagedFile(path, target, None)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)  # (0600 until it is filled)
        item.temporary = Path(name)
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
