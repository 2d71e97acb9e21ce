"""Which review comments the editor marked resolved (or opened again), kept in the release
file so that they stay so after the panel closes and when the same review is imported again.

Where: the release's ``review_comments`` field, {comment key: "resolved" | "open"}, a field
of the table (fields.py, kind MARKS) like any other: read, checked and saved by
document.py as the table says, written here through field_change.write. The release file
is what an office keeps and passes on (a sidecar next to it is lost when the file is
mailed or copied); the field is not content: no export prints it, so the fingerprint does
not see it, and the history does not keep it. Older versions of ReleaseDesk keep the key
as one they do not know, so the file format is unchanged.

A comment is known by who wrote it, when (to the minute, in UTC: LibreOffice rounds
comment times), the text it is anchored to and its own text, never by Word's ``w:id``,
which LibreOffice renumbers when it saves.
"""

from __future__ import annotations

from datetime import UTC
from hashlib import sha256
from typing import Protocol

from .. import fields
from ..field_change import FieldChange, write
from ..model import Release
from .items import parse_date

KEY = "review_comments"
RESOLVED, OPEN = fields.MARKS_OF_REVIEW


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
    return {key: value == RESOLVED for key, value in _marks(release).items()}


def is_resolved(release: Release, comment: CommentLike, in_file: bool) -> bool:
    """Whether *comment* is resolved: as the editor marked it, else as its file says."""
    return decisions(release).get(comment_key(comment), in_file)


def marked(release: Release, comment: CommentLike, resolved: bool) -> dict[str, str] | None:
    """The field's value with *comment* marked resolved (or open); None if it is so already.
    *release* is not changed: the editor applies the value through its one write path."""
    table = _marks(release)
    key, value = comment_key(comment), RESOLVED if resolved else OPEN
    return None if table.get(key) == value else {**table, key: value}


def mark(release: Release, comment: CommentLike, resolved: bool) -> bool:
    """Keep *comment* marked resolved (or open) in *release*; True if that changed it."""
    value = marked(release, comment, resolved)
    if value is not None:
        write(release, FieldChange(KEY, value))
    return value is not None


def _marks(release: Release) -> dict[str, str]:
    """The field's entries that are marks (fields.marks: a damaged one is none)."""
    spec = fields.field(KEY)
    assert spec is not None  # (declared in the table)
    return fields.marks(spec, release.review_comments)
