"""What an earlier export left in a page's photo folder (``story_files/``) that this export
no longer writes: the web copies of a photo since removed or replaced.

After every export a page's photo folder holds exactly the copies the page names (those the
manifest lists). ReleaseDesk removes a file there only when it can tell that it wrote it:

* the folder's manifest.json (beside the page) lists it under that folder, and it still
  holds the bytes listed there; or
* a page of that name an earlier export left beside it (``story.html`` or
  ``story.fragment.html``, a regular file, before this export replaces it) names it there;

and it is a regular file right in the folder (a link, a folder, anything deeper is never
ReleaseDesk's). A file browser's own files (.DS_Store, Thumbs.db …) are left alone. Anything
else there that this export does not write is the user's own: the
export is refused, in one sentence naming it, before anything is written; nothing of the
user's is deleted and the folder never holds a file the page does not name. A photo folder
that is itself a link is left alone (write_exports refuses to write photos through it).
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Final
from urllib.parse import quote, unquote

from .clearance.manifest import MANIFEST_NAME
from .errors import N_, ReleaseDeskError
from .files import FileTooLarge, read_bounded

# How much of an old page or manifest is read to find the names it gives (a page with
# photos inlines its style sheets: well under this).
PAGE_LIMIT: Final = 16 * 1024 * 1024


def leftovers(pages: Iterable[tuple[Path, str]], writes: Iterable[Path]) -> list[Path]:
    """The files earlier exports left in the photo folders of *pages* ((page path, its
    stem), the pages this export writes) that this export does not write (*writes*: the
    photo copies it writes), to remove once it is written. Raises ReleaseDeskError naming
    the first file there that ReleaseDesk cannot tell it wrote."""
    written = {os.path.normcase(os.path.abspath(path)) for path in writes}
    out: list[Path] = []
    for folder, stem in dict.fromkeys((page.parent / f"{stem}_files", stem)
                                      for page, stem in pages):
        if os.path.islink(folder) or not folder.is_dir():
            continue
        # (the manifest's digest over a page's mere naming: an edited copy is the user's)
        ours = _named_in_pages(folder, stem) | _named_in_manifest(folder)
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            path = folder / entry.name
            if os.path.normcase(os.path.abspath(path)) in written or _housekeeping(entry.name):
                continue
            if entry.name not in ours or not stat.S_ISREG(entry.stat(
                    follow_symlinks=False).st_mode) or not _still_as_listed(path, ours):
                raise ReleaseDeskError(N_(
                    "{file} is in the page's photo folder but is not one of the export's "
                    "files, and ReleaseDesk did not put it there; move it out of the folder "
                    "and export again."), file=str(path))
            out.append(path)
    return out


# What a desktop's file browser leaves in any folder it shows (macOS's .DS_Store and the
# "._" files it writes on shared drives, Windows's Thumbs.db and desktop.ini): neither the
# user's work nor ReleaseDesk's, they are left where they are and never refuse an export.
_HOUSEKEEPING: Final = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini"})


def _housekeeping(name: str) -> bool:
    return name.lower() in _HOUSEKEEPING or name.startswith("._")


def remove(paths: list[Path]) -> None:
    """Remove *paths* (leftovers' answer, after the export is written), then each folder
    they leave empty. Raises ReleaseDeskError when one stays: the export is written, but the
    folder still holds a file its page does not name."""
    for path in paths:
        try:
            os.unlink(path)  # (a regular file: checked by leftovers; never followed)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ReleaseDeskError(N_(
                "The export is written, but {file}, left by an earlier export, could not be "
                "removed ({reason}); remove it before the folder is published."),
                file=str(path), reason=exc.strerror or str(exc)) from exc
    for folder in dict.fromkeys(path.parent for path in paths):
        with contextlib.suppress(OSError):  # (not empty: this export's photos are in it)
            folder.rmdir()


# (a name given beside its sha256, or None: the page named it and gave no digest)
_Ours = dict[str, str | None]


def _named_in_manifest(folder: Path) -> _Ours:
    """{file name: sha256} of the files the manifest beside *folder* lists in it."""
    try:
        manifest = json.loads(read_bounded(folder.parent / MANIFEST_NAME, PAGE_LIMIT))
        entries = [(str(e["name"]), str(e["sha256"])) for e in manifest["files"]]
    except (OSError, FileTooLarge, ValueError, KeyError, TypeError, RecursionError):
        return {}
    prefix = folder.name + "/"
    return {name[len(prefix):]: digest for name, digest in entries
            if name.startswith(prefix) and _plain(name[len(prefix):])}


def _named_in_pages(folder: Path, stem: str) -> _Ours:
    """{file name: None} of the files named in *folder* by the pages of *stem* beside it
    (the page and the fragment, as earlier exports left them: they share the folder)."""
    from .render import FORMATS

    named = re.compile(re.escape(quote(folder.name)) + r"/([^\s\"'<>,()]+)")
    out: _Ours = {}
    for fmt in FORMATS.values():
        page = folder.parent / f"{stem}{fmt.suffix}"
        try:
            if not fmt.folder or os.path.islink(page):
                continue
            text = read_bounded(page, PAGE_LIMIT).decode("utf-8", "replace")
        except (OSError, FileTooLarge):
            continue
        for match in named.finditer(text):
            name = unquote(html.unescape(match.group(1)))
            if _plain(name):
                out.setdefault(name, None)
    return out


def _still_as_listed(path: Path, ours: _Ours) -> bool:
    """Whether *path* holds the bytes the manifest lists for it (or no digest was given)."""
    digest = ours.get(path.name)
    if digest is None:
        return True
    try:
        return hashlib.sha256(read_bounded(path, PAGE_LIMIT)).hexdigest() == digest
    except (OSError, FileTooLarge):
        return False


def _plain(name: str) -> bool:
    """A name right in the folder: no separator, not "." or ".."."""
    return bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name
