"""Find the release files in a folder and its subfolders, quickly and without leaving it.

Only names are looked at until one ends in ``.release``: a folder of ten thousand photos
or documents costs one directory listing, not ten thousand reads. No symbolic link is
followed, to a file or to a folder (a link could lead out of the folder, or list one
release twice); hidden folders (``.git``, our own cache) are not entered.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..document import SUFFIX
from ..errors import N_, ReleaseDeskError, os_reason
from ..records import record


@record(frozen=True)
class Found:
    """A release file: its path relative to the folder (with ``/``), size and mtime."""

    relative: str
    path: Path
    size: int
    mtime_ns: int


@record
class Scan:
    files: list[Found]
    problems: list[ReleaseDeskError]  # subfolders that could not be read, one sentence each


def scan(root: Path) -> Scan:
    """Every release file under *root*, sorted by relative path; raises one sentence when
    *root* itself is not a readable folder."""
    root = Path(root)
    if not root.is_dir():
        raise ReleaseDeskError(N_("{folder} is not a folder; choose the folder that holds "
                                  "the releases."), folder=str(root))
    found: list[Found] = []
    problems: list[ReleaseDeskError] = []
    pending: list[tuple[str, str]] = [(str(root), "")]
    suffix = SUFFIX.casefold()
    while pending:
        folder, prefix = pending.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as exc:
            if prefix == "":
                raise ReleaseDeskError(N_("The folder {folder} cannot be read ({reason})."),
                                       folder=str(root),
                                       reason=os_reason(exc)) from exc
            problems.append(ReleaseDeskError(
                N_("The folder {folder} cannot be read ({reason}); its releases are not "
                   "listed."), folder=prefix.rstrip("/"),
                reason=os_reason(exc)))
            continue
        for entry in listed:
            name = entry.name
            try:
                if entry.is_symlink():
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if not name.startswith("."):
                        pending.append((entry.path, f"{prefix}{name}/"))
                    continue
                if not name.casefold().endswith(suffix) or name.startswith(".~lock."):
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue  # a pipe, socket or device named like a release
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # vanished while listed
            found.append(Found(prefix + name, Path(entry.path), info.st_size,
                               info.st_mtime_ns))
    found.sort(key=lambda item: item.relative)
    return Scan(found, problems)
