"""Write a file so that it is always either the complete old or the complete new version.

Only regular files are ever replaced: a pipe, device or socket is refused (files.py).
A symbolic link is written through: the linked file gets the new bytes atomically and
the link stays a link.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import explain_os_error
from .files import check_kind, link_target


def write_atomic(path: Path, data: bytes, action: str = "save") -> None:
    """Replace *path* with *data* atomically.

    The bytes go to a temporary file in the same folder, are flushed and fsynced,
    then renamed over the target. On any failure the temporary file is removed,
    the old file is untouched, and one ReleaseDeskError explains what happened.
    Messages name *path* as given, even when it is a link.
    """
    shown = Path(path)
    path = link_target(shown)
    try:
        check_kind(path, os.stat(path).st_mode)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise explain_os_error(exc, shown, action) from exc
    folder = path.parent
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, Path(tmp_name))
        os.replace(tmp_name, path)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise explain_os_error(exc, shown, action) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


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
