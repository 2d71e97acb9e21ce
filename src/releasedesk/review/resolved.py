"""Which review comments the editor marked resolved (or opened again), kept in the release
file so that they stay so after the panel closes and when the same review is imported again.

Where: the release file's ``review_comments`` key, {comment key: "resolved" | "open"}. The
release file is what an office keeps and passes on (a sidecar next to it is lost when the
file is mailed or copied); the key is not content, so the fingerprint and the history do not
see it, and document.py writes it back as it does every key it keeps for later versions
(``release.extra``), so no file format change is needed and older versions keep it too.

A comment is known by who wrote it, when (to the minute, in UTC: LibreOffice rounds
comment times), the text it is anchored to and its own text, never by Word's ``w:id``,
which LibreOffice renumbers when it saves.
"""

from __future__ import annotations

from datetime import UTC
from hashlib import sha256
from typing import Protocol

from ..model import Release
from .items import parse_date

KEY = "review_comments"
RESOLVED, OPEN = "resolved", "open"


class CommentLike(Protocol):
    @property
    def author(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def anchored(self) -> str: ...
    @property
    def text(self) -> str: ...


def comment_key(comment: CommentLike) -> str:
    """The stable identity of *comment* across re-imports and re-saves."""
    moment = parse_date(comment.date)
    if moment is not None:
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
        when = moment.strftime("%Y-%m-%dT%H:%M")
    else:
        when = " ".join(comment.date.split())
    parts = (" ".join(comment.author.split()), when, " ".join(comment.anchored.split()),
             " ".join(comment.text.split()))
    return sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def decisions(release: Release) -> dict[str, bool]:
    """The comments marked in the editor: {comment key: resolved}. A damaged entry (a file
    edited by hand) counts as none."""
    stored = release.extra.get(KEY)
    if not isinstance(stored, dict):
        return {}
    return {key: value == RESOLVED for key, value in stored.items()
            if isinstance(key, str) and value in (RESOLVED, OPEN)}


def is_resolved(release: Release, comment: CommentLike, in_file: bool) -> bool:
    """Whether *comment* is resolved: as the editor marked it, else as its file says."""
    return decisions(release).get(comment_key(comment), in_file)


def mark(release: Release, comment: CommentLike, resolved: bool) -> bool:
    """Keep *comment* marked resolved (or open) in *release*; True if that changed it."""
    stored = release.extra.get(KEY)
    table = dict(stored) if isinstance(stored, dict) else {}
    key, value = comment_key(comment), RESOLVED if resolved else OPEN
    if table.get(key) == value:
        return False
    table[key] = value
    release.extra[KEY] = table
    return True
