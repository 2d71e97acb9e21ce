"""Each release's language versions as the library finds them among its own files.

A release's links (summary.twins) name each partner by id and by a path relative to the
release's folder (twins/link.py). The library follows a link without opening anything:
the partner is the listed file at that path, and its summary says its id and its content's
fingerprint now. The states are those of twins/link.py, so the library, `releasedesk
check` and the editor say the same thing of one link; the link itself is never changed.
A partner outside the library's folder is not followed (OUTSIDE here: the folder is
what the library lists).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from ..field_rules import language_problem
from ..records import record
from ..twins.link import (
    CHANGED,
    FOUND,
    MISSING,
    OTHER,
    OUTSIDE,
    SAME_ID,
    UNREADABLE,
    path_problem,
)
from .summary import Summary

STATES = (FOUND, CHANGED, MISSING, OUTSIDE, UNREADABLE, OTHER, SAME_ID)
# States that need the officer's attention (the library marks them, its filter finds them).
TROUBLE = (CHANGED, MISSING, OUTSIDE, UNREADABLE, OTHER, SAME_ID)


@record(frozen=True)
class Version:
    """One language version of a release: its language, state and file in the library."""

    language: str
    state: str
    relative: str = ""  # the partner's file, relative to the library ("" when not in it)


def partner_path(relative: str, link_path: str) -> str:
    """The library-relative path *link_path* names from the file at *relative*; "" when it
    cannot be followed or leaves the library's folder."""
    if path_problem(link_path):
        return ""
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(relative), link_path))
    if joined == ".." or joined.startswith("../") or joined.startswith("/"):
        return ""
    return joined


def versions_of(entries: list[Summary],
                fingerprint_of: Callable[[Summary], str] | None = None
                ) -> list[tuple[Version, ...]]:
    """The language versions of each entry (in the entries' order). A summary holds its
    content's fingerprint when the release is signed off or linked to versions itself;
    for a partner linked one way only, *fingerprint_of* gives it (read from its file),
    else such a partner counts as found."""
    by_relative = {entry.relative: entry for entry in entries}
    prints: dict[str, str] = {}

    def current(partner: Summary) -> str:
        if partner.fingerprint or fingerprint_of is None:
            return partner.fingerprint
        if partner.relative not in prints:
            prints[partner.relative] = fingerprint_of(partner)
        return prints[partner.relative]

    out: list[tuple[Version, ...]] = []
    for entry in entries:
        if not entry.readable or not entry.twins:
            out.append(())
            continue
        out.append(tuple(_follow(entry, link, by_relative, current) for link in entry.twins))
    return out


def _follow(entry: Summary, link: tuple[str, str, str, str],
            by_relative: dict[str, Summary], current: Callable[[Summary], str]) -> Version:
    ident, path, language, linked_print = link
    if language_problem(language) is not None:
        language = ""  # (a link's tag is read from a file: one that is none is not shown)
    target = partner_path(entry.relative, path)
    if not target:
        return Version(language, OUTSIDE)
    partner = by_relative.get(target)
    if partner is None:
        return Version(language, MISSING, target)
    if not partner.readable:
        return Version(language, UNREADABLE, target)
    if entry.id and partner.id == entry.id:
        return Version(language or partner.language, SAME_ID, target)
    if partner.id != ident:
        return Version(language or partner.language, OTHER, target)
    now = current(partner) if linked_print else ""
    changed = linked_print and now and now != linked_print
    return Version(language or partner.language, CHANGED if changed else FOUND, target)
