"""Build the static newsroom: index, a page per published release, feeds and sitemap.

Every file is written atomically and never through a link planted in the newsroom's
folder (atomic.py, as every export). The build keeps a manifest in the newsroom
(``.releasedesk-newsroom.json``): which release each page was made from, the file's size
and modification time then, and the page as written. A rebuild renders only the pages
whose release changed (or whose page was changed or removed since), removes the pages of
releases no longer published, and writes the index, feeds and sitemap only when their
bytes differ.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import stat
from collections import Counter
from datetime import datetime
from pathlib import Path

from .. import __version__, document
from ..atomic import Data, write_all_atomic, write_atomic
from ..errors import N_, ReleaseDeskError, explain_os_error
from ..field_rules import escaped, shown
from ..files import read_bounded
from ..json_values import Json, JsonObject
from ..model import Release
from ..records import record
from . import feeds
from .correction_notes import Note, correction_notes, unlinked, with_notes
from .index_page import index_html
from .library import Library, installed_policies, list_library, policies_key
from .selection import PAGES, Choice, Item, check_base_url, choose
from .versions import partner_path

log = logging.getLogger(__name__)

MANIFEST = ".releasedesk-newsroom.json"
MANIFEST_FORMAT = "releasedesk-newsroom"
# 2: a page published once its embargo passed prints as released (version 1's pages
# kept the embargo notice, so they are made anew).
MANIFEST_VERSION = 2
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MAX_SMALL = 64 * 1024 * 1024  # the index, feeds and manifest of a large newsroom


@record
class BuildReport:
    """What a build did: the files it wrote and removed, and what it left out and why."""

    library: Library
    choice: Choice
    written: list[Path]
    removed: list[Path]
    problems: list[ReleaseDeskError]  # the library's, and pages that could not be made
    sitemap: bool  # False without a base address (a sitemap needs absolute addresses)


def build_newsroom(source: Path, out: Path, as_of: datetime | None = None,
                   include_drafts: bool = False, base_url: str = "",
                   title: str = "") -> BuildReport:
    """Write the newsroom of the releases under *source* into *out* (see the module)."""
    moment = (as_of or datetime.now().astimezone())
    if moment.tzinfo is None:
        moment = moment.astimezone()
    base = check_base_url(base_url)
    policies = installed_policies()
    library = list_library(source, policies=policies)
    choice = choose(library.entries, moment, include_drafts)
    pages_folder = _prepare(Path(out))
    key = _stamp(policies_key(policies))
    old, old_sitemap = _read_manifest(Path(out), key)
    problems = list(library.problems)
    written: list[Path] = []
    pages: dict[str, JsonObject] = {}
    items: list[Item] = []
    published: dict[str, list[Item]] = {}
    for item in choice.items:
        if item.summary.id:
            published.setdefault(item.summary.id, []).append(item)
    notes = correction_notes(choice.items)
    for item in choice.items:
        entry = item.summary
        page = pages_folder / f"{item.slug}.html"
        record_ = old.get(item.slug)
        page_notes = notes.get(item.slug, [])
        if record_ is not None and _up_to_date(record_, item, page) and \
                record_.get("alternates", []) == _alternates(item, record_.get("twins"),
                                                             published) and \
                record_.get("notes", []) == [note.as_list() for note in page_notes]:
            pages[item.slug] = record_
            items.append(item)
            continue
        try:
            release = document.load(library.path_of(entry))
            _still_publishable(release, moment, include_drafts)
            from ..exporting import write_exports

            # (published because its embargo has passed: the page prints it as released)
            written += write_exports(release, {"html": page}, source=library.path_of(entry),
                                     embargo_passed=True)
            twins = [link.id for link in release.twins if link.id]
            alternates = _alternates(item, twins, published)
            if alternates or page_notes:
                _finish_page(page, alternates, page_notes, entry.language)
            info = os.lstat(page)
        except (ReleaseDeskError, OSError) as exc:
            error = exc if isinstance(exc, ReleaseDeskError) else explain_os_error(
                exc, page, N_("write the page"))
            problems.append(ReleaseDeskError(
                N_("{name} was left out of the newsroom: {reason}"), name=entry.relative,
                reason=error.message))
            continue
        pages[item.slug] = {"source": entry.relative, "size": entry.size,
                            "mtime_ns": entry.mtime_ns, "page_size": info.st_size,
                            "page_mtime_ns": info.st_mtime_ns}
        if twins:
            pages[item.slug].update(twins=twins, alternates=alternates)
        if page_notes:
            pages[item.slug]["notes"] = [note.as_list() for note in page_notes]
        items.append(item)
    removed = _remove_stale(pages_folder, {slug for slug in old if slug not in pages})
    name = title.strip() or _title(items)
    # (notes between the releases published: one left out now is named by none)
    notes = correction_notes(items)
    problems += [_unlinked(item, itself) for item, itself in unlinked(items)]
    whole = {"index.html": index_html(items, name, notes),
             "feed.xml": feeds.atom(items, name, base, moment, notes),
             "feed.json": feeds.json_feed(items, name, base, notes)}
    if base:
        whole["sitemap.xml"] = feeds.sitemap(items, base, moment)
    changed: dict[Path, Data] = {Path(out) / file: data for file, data in whole.items()
               if _on_disk(Path(out) / file) != data}
    if changed:
        write_all_atomic(changed, action=N_("write the newsroom"))
        written += list(changed)
    sitemap = Path(out) / "sitemap.xml"
    if not base and old_sitemap and _on_disk(sitemap) is not None:
        # (written by an earlier build with an address: it would name pages gone since)
        with contextlib.suppress(OSError):
            sitemap.unlink()
            removed.append(sitemap)
    manifest = {**key, "pages": pages, "sitemap": bool(base)}
    # (a file name of bytes that are no UTF-8 is kept as read, as the library's cache does)
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
    write_atomic(Path(out) / MANIFEST, text.encode("utf-8", "surrogatepass"),
                 action=N_("write the newsroom"))
    return BuildReport(library, Choice(items, choice.embargoed, choice.unapproved,
                                       choice.unreadable),
                       written, removed, problems, bool(base))


CHANGED = N_("it changed while the newsroom was built, and is no longer approved or is "
             "under embargo; build again to publish it as it is now.")


def _still_publishable(release: Release, moment: datetime, include_drafts: bool) -> None:
    """Raise when the release read now for its page is not the one chosen from the listing
    (saved meanwhile as a draft, or with a later embargo): a page is published only of
    content that is approved and past its embargo when the page is made."""
    from ..clearance.signoffs import report
    from ..exporting import with_installed_policy

    embargoed = release.is_embargoed and (release.embargo_until is None
                                          or release.embargo_until > moment)
    if embargoed or not (include_drafts or report(with_installed_policy(release)).approved):
        raise ReleaseDeskError(CHANGED)


def _unlinked(item: Item, itself: bool) -> ReleaseDeskError:
    """The sentence for a correction published without its original."""
    if itself:
        return ReleaseDeskError(N_(
            "{name} is a correction that names itself as the release it corrects; its page "
            "names no original. Link it to the release it corrects."),
            name=escaped(item.summary.relative))
    return ReleaseDeskError(N_(
        "{name} corrects “{original}”, which is not published in this newsroom; its page "
        "names no original. Publish the original beside it, or link the correction again."),
        name=escaped(item.summary.relative),
        original=shown(escaped(item.summary.corrects), 80))


def _title(items: list[Item]) -> str:
    """The organisation most of the published releases in each language name, the
    languages in the index's order, each name once ("Fernhollow District Administration /
    芬霍洛区行政公署": a house's versions name it in their own language, and no one
    language's name heads the others' sections); "Newsroom" when none names one."""
    names: dict[str, Counter[str]] = {}
    for item in items:
        counts = names.setdefault(item.summary.language, Counter())
        if item.summary.organization:
            counts[item.summary.organization] += 1
    shown: list[str] = []
    for language in sorted(names, key=lambda tag: (-sum(
            1 for item in items if item.summary.language == tag), tag)):
        counts = names[language]
        if counts:
            top = max(counts.values())
            name = min(name for name, count in counts.items() if count == top)
            if name not in shown:
                shown.append(name)
    return " / ".join(shown) or "Newsroom"


def _stamp(policies: str) -> JsonObject:
    return {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION,
            "releasedesk": __version__, "policies": policies}


def _prepare(out: Path) -> Path:
    """Make the newsroom's folder and its pages folder; refuse links to elsewhere."""
    pages = out / PAGES
    for folder in (out, pages):
        if os.path.islink(folder):
            raise ReleaseDeskError(N_(
                "{folder} is a link to another folder; the newsroom is not written through "
                "links. Remove the link or choose another folder."), folder=str(folder))
        try:
            folder.mkdir(exist_ok=True)
        except FileExistsError as exc:
            raise ReleaseDeskError(N_("{folder} is a file, not a folder; choose a folder for "
                                      "the newsroom."), folder=str(folder)) from exc
        except OSError as exc:
            raise explain_os_error(exc, folder, N_("create the folder")) from exc
    return pages


def _read_manifest(out: Path, key: JsonObject) -> tuple[dict[str, JsonObject], bool]:
    """The pages of the last build by slug, and whether it wrote a sitemap; nothing when
    the manifest is missing, damaged or from another ReleaseDesk or other house styles
    (then every page is made anew)."""
    try:
        data = json.loads(read_bounded(out / MANIFEST, _MAX_SMALL))
        if not isinstance(data, dict) or any(data.get(k) != v for k, v in key.items()):
            return {}, False
        pages = data["pages"]
        if not isinstance(pages, dict):
            return {}, False
        # Only names a build gives (selection.page_slugs): a manifest naming "../x" must
        # never make a rebuild remove a file outside the newsroom.
        return ({slug: page for slug, page in pages.items()
                 if isinstance(slug, str) and _SLUG.fullmatch(slug) and isinstance(page, dict)},
                data.get("sitemap") is True)
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return {}, False


def _alternates(item: Item, twins: Json, published: dict[str, list[Item]]
                ) -> list[list[str]]:
    """[language, page] of the page of *item* and of each of its language versions (the
    ids *twins*) published in this newsroom too; [] when none is. Where copies of a version
    share its id (a pair copied into an archive folder: the library warns of it), the
    version is the copy the release's link names by its path."""
    if not isinstance(twins, list):
        return []
    paths = {link[0]: link[1] for link in item.summary.twins}
    others: list[Item] = []
    for id_ in twins:
        copies = [copy for copy in published.get(id_, []) if copy is not item] \
            if isinstance(id_, str) else []
        if copies:
            there = partner_path(item.summary.relative, paths.get(id_, ""))
            others.append(next((copy for copy in copies if copy.summary.relative == there),
                               copies[0]))
    if not others:
        return []
    return [[version.summary.language, f"{version.slug}.html"] for version in [item, *others]]


def _finish_page(page: Path, alternates: list[list[str]], notes: list[Note],
                 language: str) -> None:
    """Name the page's language versions in its head (render/hreflang.py) and its
    corrections at the top of the release (correction_notes.py)."""
    from ..render.hreflang import with_alternates

    text = read_bounded(page, _MAX_SMALL).decode("utf-8")
    text = with_notes(with_alternates(text, [(a, b) for a, b in alternates]), notes,
                      language)
    write_atomic(page, text.encode("utf-8"), action=N_("write the page"))


def _up_to_date(record_: JsonObject, item: Item, page: Path) -> bool:
    entry = item.summary
    if (record_.get("source"), record_.get("size"), record_.get("mtime_ns")) != (
            entry.relative, entry.size, entry.mtime_ns):
        return False
    try:
        info = os.lstat(page)
    except OSError:
        return False
    return (stat.S_ISREG(info.st_mode) and record_.get("page_size") == info.st_size
            and record_.get("page_mtime_ns") == info.st_mtime_ns)


def _remove_stale(pages: Path, slugs: set[str]) -> list[Path]:
    """Remove the pages (and their photo folders) of releases no longer published. Only
    names the last build wrote; a link there is removed itself, never followed."""
    removed: list[Path] = []
    for slug in sorted(slugs):
        page = pages / f"{slug}.html"
        with contextlib.suppress(FileNotFoundError):
            try:
                page.unlink()
                removed.append(page)
            except OSError as exc:
                log.info("stale page %s kept: %s", page, exc)
        _remove_photo_folder(pages / f"{slug}_files")
    return removed


def _remove_photo_folder(folder: Path) -> None:
    try:
        if os.path.islink(folder):
            folder.unlink()
            return
        if not folder.is_dir():
            return
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False) or entry.is_symlink():
                    os.unlink(entry.path)
        folder.rmdir()
    except OSError as exc:  # something of the user's own in it: it stays
        log.info("photo folder %s kept: %s", folder, exc)


def _on_disk(path: Path) -> bytes | None:
    """The bytes of a regular file at *path*; None for anything else (a link is not
    ours, and is replaced)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        return read_bounded(path, _MAX_SMALL)
    except OSError:
        return None
