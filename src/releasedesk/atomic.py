"""Write a file so that it is always either the complete old or the complete new version.

Only regular files are ever replaced (a pipe, device or socket is refused, see files.py),
and a symbolic link is written through: the linked file gets the new bytes, the link
stays a link.
"""

from __future__ import annotations

import contextlib
import os
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


def write_atomic(path: Path, data: Data, action: str = "save") -> None:
    """Replace *path* with *data* atomically.

    The bytes go to a temporary file in the same folder, are flushed and fsynced,
    then renamed over the target. On any failure the temporary file is removed,
    the old file is untouched, and one ReleaseDeskError explains what happened.
    """
    write_all_atomic({Path(path): data}, action)


def write_all_atomic(files: dict[Path, Data], action: str = "save") -> None:
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
            staged.append(stage(Path(path), data, action))
        for item in staged:
            commit(item, action)
    finally:
        for item in staged:
            discard(item)


def stage(path: Path, data: Data, action: str) -> StagedFile:
    """Write *data* to a synced temporary file beside the file *path* names."""
    target = link_target(path)
    try:
        check_kind(target, os.stat(target).st_mode)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise explain_os_error(exc, path, action) from exc
    item = StagedFile(path, target, None)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
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
        _keep_mode(target, item.temporary)
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


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old file's permissions (mkstemp creates it 0600)."""
    try:
        mode = target.stat().st_mode & 0o777
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
