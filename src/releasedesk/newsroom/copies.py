"""The library's Duplicate: a new release from an existing one, beside it.

The copy is a release of its own: a new id (when the original has one), no language
versions linked, its clearance afresh (no sign-offs, no history: nothing of the
original's approval may pass for the copy's), saved as "NAME copy.release" (then
"NAME copy 2.release" …) in the original's folder. The original is only read.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from .. import document
from ..errors import N_, ReleaseDeskError
from ..model import Release
from ..workflow import Clearance

MAX_TRIES = 1000


def duplicate(release: Release) -> Release:
    """A copy of *release* that is a release of its own (see the module)."""
    from ..twins.link import new_id

    twin = copy.deepcopy(release)
    twin.id = new_id() if release.id else ""
    twin.twins = []
    twin.clearance = Clearance(policy=copy.deepcopy(release.clearance.policy))
    return twin


def copy_path(original: Path) -> Path:
    """The first free "NAME copy.release", "NAME copy 2.release" … beside *original* (a
    copy's copy is numbered after the original's name, not "NAME copy copy")."""
    stem = re.sub(r" copy(?: \d+)?$", "", original.name.removesuffix(document.SUFFIX)) or \
        original.name.removesuffix(document.SUFFIX)
    for number in range(1, MAX_TRIES + 1):
        name = f"{stem} copy{'' if number == 1 else f' {number}'}{document.SUFFIX}"
        candidate = original.with_name(name)
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
    raise ReleaseDeskError(N_("There are too many copies of {name} in its folder already."),
                           name=original.name)


def duplicate_file(original: Path) -> Path:
    """Read *original*, save its duplicate beside it; the new file's path. One
    ReleaseDeskError when the original cannot be read or the copy cannot be written."""
    release = document.load(original)
    target = copy_path(original)
    document.save(duplicate(release), target)
    return target
