"""A correction's link to the release it corrects (kinds.CORRECTION): where the original
lies (relative to the correction's folder, "/" between folders, so moving both together
keeps the link), its content fingerprint and its date when linked.

The newsroom reads the link through ``correction_link`` to show it both ways (the
correction names its original; the original's page can name its correction).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from . import document, kinds
from .clearance.fingerprint import fingerprint
from .errors import ReleaseDeskError
from .model import Release
from .records import record

FOUND = "found"
CHANGED = "changed"  # the original's content differs from when it was linked
MISSING = "missing"


@record(frozen=True)
class CorrectionLink:
    path: str  # relative to the correction's folder, "/" between folders
    fingerprint: str
    date: date | None


def correction_link(release: Release) -> CorrectionLink | None:
    """The release a correction corrects, or None (not a correction, or not linked)."""
    if kinds.kind_of(release) != kinds.CORRECTION or not release.corrects_path.strip():
        return None
    return CorrectionLink(release.corrects_path, release.corrects_fingerprint,
                          release.corrects_date)


def relative_link(original: Path, correction: Path | None) -> str:
    """*original* as the correction at *correction* names it: relative to its folder with
    "/" between folders; absolute when the correction is not saved yet, or on another drive."""
    target = original.resolve()
    if correction is None:
        return target.as_posix()
    try:
        return Path(os.path.relpath(target, correction.resolve().parent)).as_posix()
    except ValueError:  # (another drive, on Windows)
        return target.as_posix()


def link_to_original(release: Release, original: Path, correction: Path | None) -> Release:
    """Link *release* (saved at *correction*, None if not yet) to the release at
    *original*: its place, fingerprint and date. Returns the original as read; raises
    ReleaseDeskError (one sentence) when it cannot be read."""
    read = document.load(original, history=False)
    release.kind = kinds.CORRECTION
    release.corrects_path = relative_link(original, correction)
    release.corrects_fingerprint = fingerprint(read)
    release.corrects_date = read.release_date
    return read


def original_state(release: Release, correction: Path) -> str:
    """Whether the linked original is there as linked (FOUND), changed since (CHANGED) or
    not found (MISSING)."""
    link = correction_link(release)
    if link is None:
        return MISSING
    path = Path(link.path)
    if not path.is_absolute():
        path = correction.parent / path
    try:
        read = document.load(path, history=False)
    except (ReleaseDeskError, OSError):
        return MISSING
    return FOUND if fingerprint(read) == link.fingerprint else CHANGED
