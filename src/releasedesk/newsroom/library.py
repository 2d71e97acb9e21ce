"""A folder of releases as a library: every release's summary, its problems, its index."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .. import document
from ..container import is_package
from ..digest import sha256_hex
from ..errors import N_, ReleaseDeskError
from ..files import open_regular
from ..model import Release
from ..records import Factory, as_dict, record
from ..workflow import ApprovalPolicy
from . import cache
from .scan import Found, scan
from .search import SearchIndex, release_text, terms
from .summary import Summary, summarise, unreadable
from .versions import TROUBLE, Version, versions_of

log = logging.getLogger(__name__)

DUPLICATE_ID = N_('The files {files} all claim the id "{id}"; give each release its own.')


@record
class Library:
    """The releases found under ``root``, sorted by relative path.

    ``problems`` are sentences about the library as a whole (a subfolder that cannot be
    read, two files claiming one id); an unreadable release is an entry of its own.
    """

    root: Path
    entries: list[Summary]
    problems: list[ReleaseDeskError]
    duplicates: dict[str, list[str]]  # id → the relative paths claiming it (two or more)
    index: SearchIndex
    from_cache: int = 0  # how many summaries came from the cache
    # Each entry's language versions, found among the library's files (versions.py).
    versions: list[tuple[Version, ...]] = Factory(factory=list)

    def search(self, query: str) -> list[Summary]:
        """The entries holding every term of *query* (search.py), in listing order."""
        return [self.entries[position] for position in self.index.search(query)]

    def path_of(self, summary: Summary) -> Path:
        return self.root.joinpath(*summary.relative.split("/"))

    def versions_at(self, position: int) -> tuple[Version, ...]:
        """The language versions of the entry at *position* in the listing."""
        return self.versions[position] if position < len(self.versions) else ()

    def same_id(self, summary: Summary) -> list[str]:
        """The other files claiming the id of *summary* (empty when its id is its own)."""
        files = self.duplicates.get(summary.id, []) if summary.readable and summary.id else []
        return [relative for relative in files if relative != summary.relative]

    def needs_attention(self, position: int) -> bool:
        """Whether the entry at *position* shares its id with another file, or a language
        version of it is missing, changed since linked or otherwise not as linked."""
        return bool(self.same_id(self.entries[position])) or any(
            version.state in TROUBLE for version in self.versions_at(position))


def installed_policies() -> dict[str, ApprovalPolicy]:
    """The approval policy of each installed house style, by its name."""
    from ..profiles import ProfileStore

    try:
        return {profile.name: profile.approval for profile in ProfileStore().load_all()}
    except (OSError, ReleaseDeskError) as exc:  # no house styles readable: snapshots judge
        log.info("house styles not read: %s", exc)
        return {}


def policies_key(policies: dict[str, ApprovalPolicy]) -> str:
    """A digest of *policies*, so a change of house style makes the cache's statuses stale."""
    plain = {name: as_dict(policy) for name, policy in sorted(policies.items())}
    return sha256_hex(json.dumps(plain, sort_keys=True, default=str).encode("utf-8"))


def list_library(root: Path, use_cache: bool = True,
                 policies: dict[str, ApprovalPolicy] | None = None) -> Library:
    """The library at *root*: each release read once, or taken from the cache while its
    file is unchanged. Raises one sentence only when *root* is not a readable folder."""
    root = Path(root)
    found = scan(root)
    policies = installed_policies() if policies is None else policies
    key = policies_key(policies)
    cached = cache.load(root, key) if use_cache else {}
    entries: list[Summary] = []
    hits = 0
    for item in found.files:
        summary = cached.get(item.relative)
        if summary is not None and (summary.size, summary.mtime_ns) == (item.size,
                                                                         item.mtime_ns):
            hits += 1
        else:
            summary = read_summary(item, policies)
        entries.append(summary)
    if use_cache and (hits != len(cached) or hits != sum(e.readable for e in entries)):
        cache.save(root, key, entries)
    duplicates = duplicate_ids(entries)
    problems = list(found.problems)
    problems += [ReleaseDeskError(DUPLICATE_ID, id=ident, files=", ".join(files))
                 for ident, files in duplicates.items()]
    library = Library(root, entries, problems, duplicates,
                      SearchIndex(entry.words for entry in entries), hits)
    library.versions = versions_of(entries, lambda entry: _fingerprint_of(library, entry))
    return library


def _fingerprint_of(library: Library, entry: Summary) -> str:
    """The content fingerprint of the release *entry* lists ("" when it cannot be read
    now): for a language version whose summary does not hold it."""
    from ..clearance.fingerprint import fingerprint

    try:
        return fingerprint(document.load(library.path_of(entry), history=False))
    except (ReleaseDeskError, OSError, RecursionError, MemoryError, ValueError, TypeError):
        return ""


def read_summary(item: Found, policies: dict[str, ApprovalPolicy]) -> Summary:
    """The summary of one release file; an unreadable one with the one-sentence reason."""
    try:
        release = _load(item)
        return summarise(release, item.relative, item.size, item.mtime_ns, policies,
                         terms(release_text(release)))
    except ReleaseDeskError as exc:
        return unreadable(item.relative, item.size, item.mtime_ns, exc)
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:
        # A file the reader should have refused with a sentence; one file never stops
        # the listing of the others.
        log.debug("reading %s failed", item.path, exc_info=True)
        return unreadable(item.relative, item.size, item.mtime_ns, ReleaseDeskError(
            N_("{name} could not be read ({reason})."), name=item.relative,
            reason=type(exc).__name__))


def _load(item: Found) -> Release:
    """The release *item* holds, without its history: a plain release file opened once
    (its bytes read as the listing found their size), a package or a file that cannot be
    read so through document.load, which reads photos entry by entry and says what is
    wrong in one sentence."""
    if item.size <= document.MAX_FILE_BYTES:
        try:
            with open_regular(item.path) as handle:
                raw = handle.read(document.MAX_FILE_BYTES + 1)
        except OSError:
            raw = b""
        if raw and len(raw) <= document.MAX_FILE_BYTES and not is_package(raw):
            return document.loads(raw, item.path.name, history=False)
    return document.load(item.path, history=False)


def duplicate_ids(entries: list[Summary]) -> dict[str, list[str]]:
    """Each id claimed by two or more readable releases, with their relative paths."""
    claims: dict[str, list[str]] = {}
    for entry in entries:
        if entry.readable and entry.id:
            claims.setdefault(entry.id, []).append(entry.relative)
    return {ident: files for ident, files in sorted(claims.items()) if len(files) > 1}
