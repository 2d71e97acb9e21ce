"""Which releases a newsroom publishes, under which names, and when each went out.

Published: readable releases that are approved (summary.py says what that means) or,
with ``include_drafts``, any readable release; in both cases only once their embargo
has passed at the moment of the build (``as_of``). An embargoed release without an
embargo moment is never published.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import uuid
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

from ..digest import sha256_hex
from ..document import SUFFIX
from ..errors import N_, ReleaseDeskError
from ..records import record
from .summary import Summary

PAGES = "releases"  # the folder of the pages, inside the newsroom
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_MAX = 80
_NOT_IN_ADDRESS = frozenset('<>"`{}|\\^')


@record(frozen=True)
class Item:
    """One published release: its summary, page name and moments."""

    summary: Summary
    slug: str
    published: datetime  # when it went out (its embargo, else its release date)
    updated: datetime  # the later of that and its latest approval

    @property
    def page(self) -> str:
        """The page's path inside the newsroom, with ``/``."""
        return f"{PAGES}/{self.slug}.html"

    @property
    def entry_id(self) -> str:
        """A permanent id for the feeds, the same wherever the newsroom is served."""
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:releasedesk:release:"
                                            + shown_path(self.summary.relative)))


@record(frozen=True)
class Choice:
    items: list[Item]  # newest first
    embargoed: int  # left out: under embargo at the build's moment
    unapproved: int  # left out: not approved (without include_drafts)
    unreadable: int


def choose(entries: list[Summary], as_of: datetime,
           include_drafts: bool = False) -> Choice:
    """The releases to publish at *as_of* (aware), newest first."""
    chosen: list[Summary] = []
    embargoed = unapproved = unreadable = 0
    for entry in entries:
        if not entry.readable:
            unreadable += 1
        elif not (entry.publishable or include_drafts):
            unapproved += 1
        elif entry.under_embargo(as_of):
            embargoed += 1
        else:
            chosen.append(entry)
    slugs = page_slugs([entry.relative for entry in chosen])
    items = [Item(entry, slugs[entry.relative], *moments(entry)) for entry in chosen]
    items.sort(key=lambda item: item.summary.relative)
    items.sort(key=lambda item: item.published, reverse=True)
    return Choice(items, embargoed, unapproved, unreadable)


def moments(entry: Summary) -> tuple[datetime, datetime]:
    """(published, updated) of a release: its embargo moment, else its release date and
    time of day in its own zone (release_moment.py: a date alone at 00:00 there), else its
    latest approval, else its file's modification time. Each keeps its own offset (the
    feeds say the release's own time); updated is the later, the approval's in UTC."""
    from ..release_moment import release_moment

    approved = datetime.fromisoformat(entry.approved_at) if entry.approved_at else None
    published = entry.embargo_moment
    if published is None and entry.release_day is not None:
        published = release_moment(entry.release_day, entry.release_time, entry.zone,
                                   entry.language)
    if published is None:
        published = approved or datetime.fromtimestamp(entry.mtime_ns / 1e9, UTC)
    updated = max(published, approved.astimezone(UTC), key=lambda m: m.timestamp()) \
        if approved else published
    return published, updated


def page_slugs(relatives: list[str]) -> dict[str, str]:
    """A page name for each release file: its name in lower-case ASCII letters, digits and
    hyphens; a name that two files would share (or that has no such letters) gets a
    short digest of the file's path, so each name is unique and stays the same. A digest's
    name that another file's own name already is (a file named "a-39fe108eb7.release"
    beside "a.release" and "A.release") takes more of the digest, never the same page."""
    bases = {relative: _ascii_slug(relative) for relative in relatives}
    counts: dict[str, int] = {}
    for base in bases.values():
        counts[base] = counts.get(base, 0) + 1
    slugs = {relative: base for relative, base in bases.items() if base and counts[base] == 1}
    taken = set(slugs.values())
    for relative in sorted(relative for relative in bases if relative not in slugs):
        digest = sha256_hex(relative.encode("utf-8", "surrogatepass"))
        stem = bases[relative] or "release"
        longer = (f"{stem}-{digest[:size]}" for size in range(10, len(digest) + 1))
        numbered = (f"{stem}-{digest}-{number}" for number in itertools.count(2))
        slug = next(name for name in itertools.chain(longer, numbered) if name not in taken)
        taken.add(slug)
        slugs[relative] = slug
    return slugs


def _ascii_slug(relative: str) -> str:
    stem = relative[: -len(SUFFIX)] if relative.casefold().endswith(SUFFIX) else relative
    folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG.sub("-", folded).strip("-")[:_SLUG_MAX].strip("-")


def shown_path(relative: str) -> str:
    """*relative* as text any file can hold: a name the system gave in bytes that are no
    UTF-8 (read as lone surrogates) gets its bytes as escapes ("bad\\xff.release");
    any other name is itself."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def check_base_url(url: str) -> str:
    """*url* as the newsroom's address (ending in ``/``); one sentence if it is not an
    http or https address."""
    if not url:
        return ""
    parts = urlsplit(url)
    # (characters no address holds as typed: "<>\"`{}|\\^ would reach the feeds' links)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(
            ch.isspace() or not ch.isprintable() or ch in _NOT_IN_ADDRESS for ch in url) or \
            parts.query or parts.fragment:
        raise ReleaseDeskError(N_('"{url}" is not a web address such as '
                                  "https://press.example.org/news/; give the address the "
                                  "newsroom will be served from."), url=url)
    return url if url.endswith("/") else url + "/"


def address(base_url: str, path: str) -> str:
    """The address of *path* (inside the newsroom): absolute under *base_url*, else
    relative to the newsroom's folder."""
    return base_url + quote(path)
