"""The link between two language versions: ids, relative paths, fingerprints.

Each file names its partner by id, by path relative to its own folder ("/" between
folders, so moving both files together keeps the link) and by the partner's fingerprint
when the link was made. Following a link never fails: a partner that is missing, moved,
unreadable, another release, or changed since is a state with one sentence, and the link
stays as it is.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .. import document
from ..clearance.fingerprint import fingerprint
from ..errors import Phrase, ReleaseDeskError, os_reason
from ..model import Release, TwinLink

FOUND = "found"
CHANGED = "changed"  # found, its content changed since the link was made
MISSING = "missing"
OUTSIDE = "outside"  # the path is absolute or no release file's: not followed
UNREADABLE = "unreadable"
OTHER = "other"  # the file there is another release (another id)
SAME_ID = "same_id"  # the file there claims this release's own id
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Partner:
    link: TwinLink
    state: str
    release: Release | None = None  # when FOUND or CHANGED
    path: Path | None = None
    problem: str = ""  # UNREADABLE: why, in one sentence


def new_id() -> str:
    return str(uuid.uuid4())


def relative_path(from_file: Path, to_file: Path) -> str:
    """*to_file* as seen from *from_file*'s folder, with "/" between folders."""
    relative = os.path.relpath(Path(to_file).absolute(), Path(from_file).absolute().parent)
    return PurePosixPath(*Path(relative).parts).as_posix()


def path_problem(text: str) -> bool:
    """Whether a link's path cannot be followed: absolute, a drive, a backslash, a control
    character, or not a .release file (a link never opens /dev/zero or a system file)."""
    return (not text or text.startswith("/") or bool(_DRIVE.match(text)) or "\\" in text
            or any(ord(c) < 32 or ord(c) == 127 for c in text)
            or not text.endswith(document.SUFFIX) or len(text) > 1000)


def follow(release: Release, path: Path, link: TwinLink) -> Partner:
    """The partner *link* of *release* (opened from *path*) names, and its state."""
    if path_problem(link.path):
        return Partner(link, OUTSIDE)
    target = Path(path).absolute().parent / Path(*PurePosixPath(link.path).parts)
    try:
        partner = document.load(target)
    except ReleaseDeskError as exc:
        if not os.path.lexists(target):  # (False too for a name too long to be a file)
            return Partner(link, MISSING, path=target)
        return Partner(link, UNREADABLE, path=target, problem=Phrase.of(exc))
    except (OSError, ValueError) as exc:  # a name the system cannot take
        problem = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        return Partner(link, UNREADABLE, path=target, problem=problem)
    if release.id and partner.id == release.id:
        return Partner(link, SAME_ID, partner, target)
    if partner.id != link.id:
        return Partner(link, OTHER, partner, target)
    state = CHANGED if link.fingerprint and fingerprint(partner) != link.fingerprint else FOUND
    return Partner(link, state, partner, target)


def partners(release: Release, path: Path) -> list[Partner]:
    return [follow(release, path, link) for link in release.twins]


def link_pair(first: Release, first_path: Path, second: Release, second_path: Path) -> None:
    """Link two releases both ways (ids given where missing, fingerprints as they are now);
    an earlier link between them, or to the same language, is replaced."""
    for release in (first, second):
        if not release.id:
            release.id = new_id()
    for here, here_path, there, there_path in ((first, first_path, second, second_path),
                                               (second, second_path, first, first_path)):
        kept = [link for link in here.twins
                if link.id != there.id and link.language != there.language]
        here.twins = [*kept, TwinLink(there.id, relative_path(here_path, there_path),
                                      there.language, fingerprint(there))]
