"""The one exception the user ever sees: a sentence saying what happened and what to do."""

from __future__ import annotations

import errno
from pathlib import Path


class ReleaseDeskError(Exception):
    """A failure explained in one sentence fit to show a communications officer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def explain_os_error(exc: OSError, path: Path, action: str) -> ReleaseDeskError:
    """Turn an OSError from reading or writing *path* into one clear sentence.

    *action* is a verb phrase such as ``"save"`` or ``"write the export"``.
    """
    where = str(path)
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return ReleaseDeskError(
            f"Could not {action} {where}: the disk is full. "
            "Free some space or choose another folder; the previous file is unchanged."
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReleaseDeskError(
            f"Could not {action} {where}: permission denied. "
            "Choose a folder you can write to; the previous file is unchanged."
        )
    if isinstance(exc, FileNotFoundError):
        return ReleaseDeskError(
            f"Could not {action} {where}: the folder does not exist. Choose an existing folder."
        )
    if isinstance(exc, IsADirectoryError):
        return ReleaseDeskError(
            f"Could not {action} {where}: that is a folder, not a file. Choose a file name."
        )
    if exc.errno == errno.ENAMETOOLONG:
        return ReleaseDeskError(f"Could not {action} {where}: the file name is too long.")
    reason = exc.strerror or exc.__class__.__name__
    return ReleaseDeskError(f"Could not {action} {where}: {reason}.")
