"""The review trip's two ends shared by the command line and the editor: writing the
document sent for review to a file, and the history note that says whose suggestions were
accepted and by whom (no Qt)."""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from pathlib import Path

from ..atomic import write_atomic
from ..clearance.fingerprint import fingerprint
from ..errors import N_
from ..model import Contact, Release
from .sending import review_docx
from .suggestions import Suggestion


def write_for_review(release: Release, target: Path) -> None:
    """Write *release* as the .docx to send for review, all or nothing (atomic.py says in
    one sentence why it could not be written)."""
    write_atomic(Path(target), [review_docx(release, fingerprint(release))],
                 action=N_("write the export"))


def acceptance_note(source_name: str, accepted: Iterable[Suggestion], by: str) -> str:
    """The history note of a version made by accepting suggestions: "review reviewed.docx:
    2 suggestions by Dana Reyes, Lee Park, accepted by Ines Ward"."""
    chosen = list(accepted)
    authors = sorted({x.author for x in chosen if x.author}) or ["(no author)"]
    count = f"{len(chosen)} suggestion{'' if len(chosen) == 1 else 's'}"
    note = f"review {source_name}: {count} by {', '.join(authors)}, accepted by {by}"
    return " ".join(note.split())


def accepting_name(signer: str = "", house_contacts: Iterable[Contact] = ()) -> str:
    """Who accepts suggestions when the user has not said: the name they signed off with
    (*signer*), else the first contact their house style names (the press officer the
    first start asked for), else this computer's user name ("root" tells no one who)."""
    for name in (signer, *(c.name for c in house_contacts)):
        if name.strip():
            return " ".join(name.split())
    return user_name()


def user_name() -> str:
    """This computer's user name, for "accepted by" when no name is given."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in this environment
        return "(unknown)"
