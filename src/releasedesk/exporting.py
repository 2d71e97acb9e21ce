"""Write exports to disk: one layout (one parse) for all formats, all files or none.

An export of several files also writes manifest.json beside them (and manifest.sig when
this computer holds the house style's signing key): see clearance/manifest.py.

A page or fragment of a release with photos names them in a folder beside it
(``story_files/`` beside ``story.html``): the folder's web copies are part of the same
all-or-none write, staged with the exports and renamed into place before them, so a page
never names a picture that is not there; what an earlier export left there and this one
no longer writes is removed after it (export_leftovers.py), so the folder never holds a
picture the page does not name.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
from datetime import datetime
from pathlib import Path
from typing import Final, Literal

from .atomic import write_all_atomic
from .errors import N_, ReleaseDeskError, explain_os_error
from .export_time import export_moment
from .files import same_entry, same_file
from .model import Release
from .records import replace
from .render import FORMATS, Layout, build_layout, format_of
from .render.context import ExportContext, Stylesheets

# export_context's moment: "now", taken when the context is made (or SOURCE_DATE_EPOCH).
NOW: Final = "now"


def export_context(moment: datetime | Literal["now"] | None = NOW,
                   wrap: int | None = None) -> ExportContext:
    """The context every writer of one export is given (render/context.py), made once per
    export, here and nowhere else: ReleaseDesk's style sheets (read once per process), the
    moment of export (*moment*: NOW takes it now, or from SOURCE_DATE_EPOCH when that is
    set, export_time.py; None for no moment, as the preview has) and the text's *wrap*.
    The editor's preview and the tests make theirs here too."""
    return ExportContext(stylesheets=stylesheets(),
                         moment=export_moment() if moment == NOW else moment,
                         wrap=wrap)


@functools.cache
def stylesheets() -> Stylesheets:
    """The text of the style sheets the web page inlines (resources/css/), read once."""
    from .resources import resource_text

    return Stylesheets(page=resource_text("css", "release.css"),
                       photos=resource_text("css", "release-photos.css"),
                       kinds=resource_text("css", "release-kinds.css"))


def stamped(release: Release, layout: Layout | None = None) -> Layout:
    """*release* laid out (or *layout*, its layout) with the clearance its exports name
    in their metadata: the workflow status and the fingerprint of what they print."""
    from .clearance.fingerprint import fingerprint
    from .clearance.signoffs import report

    layout = layout or build_layout(release)
    state = report(release, current_fingerprint=fingerprint(release, layout))
    return replace(layout, workflow_status=state.status, fingerprint=state.fingerprint)


def export_bytes(release: Release, fmt: str, wrap: int | None = None,
                 stem: str = "story") -> bytes:
    """The bytes of one export of *release*, its metadata naming its clearance."""
    layout = replace(stamped(release), export_stem=stem)
    return format_of(fmt).write(layout, export_context(wrap=wrap))


def draft_bytes(release: Release, fmt: str, wrap: int | None = None,
                stem: str = "story") -> bytes:
    """The bytes of one export of *release* as a draft: its metadata names no clearance
    (no fingerprint; export_bytes names it). A page names its photos in "<stem>_files/"."""
    layout = replace(build_layout(release), export_stem=stem)
    return format_of(fmt).write(layout, export_context(wrap=wrap))


def export_stem(target: Path, fmt: str) -> str:
    """The export's name without its format's suffix: story.fragment.html → story."""
    suffix = format_of(fmt).suffix
    name = target.name
    return name[: -len(suffix)] if name.endswith(suffix) and len(name) > len(suffix) \
        else target.stem


def render_exports(release: Release, targets: dict[str, Path], wrap: int | None = None,
                   source: Path | None = None, moment: datetime | None = None,
                   embargo_passed: bool = False,
                   ) -> tuple[dict[Path, bytes], dict[Path, bytes]]:
    """({export path: bytes}, {photo copy path: bytes}) for *targets*, nothing written,
    all of them made at *moment* (by default now, or SOURCE_DATE_EPOCH). *embargo_passed*:
    printed as released, without the embargo notice (render.layout.embargo_lifted).

    A package carries its manifest inside (and its signature, when this computer holds
    the house style's key), so the web team can verify the ZIP as it arrived.
    """
    layout = stamped(release)
    if embargo_passed:
        from .render.layout import embargo_lifted

        layout = embargo_lifted(release, layout)
    context = export_context(moment if moment is not None else NOW, wrap)
    exports: dict[Path, bytes] = {}
    media: dict[Path, bytes] = {}
    # The package holds the release's language versions too (twins/), one manifest for all.
    versions = (language_versions(release, source, layout.workflow_status)
                if "package" in targets else [])

    def seal(files: dict[str, bytes]) -> dict[str, bytes]:
        from .clearance.manifest import manifest_files

        listed = [{"language": layout.language, "folder": "",
                   "file": source.name if source is not None else "",
                   "fingerprint": layout.fingerprint, "status": layout.workflow_status}]
        listed += [{"language": other.language, "folder": f"{folder}/", "file": file_name,
                    "fingerprint": other.fingerprint, "status": other.workflow_status}
                   for (folder, other), file_name in versions]
        return manifest_files(release, files, release.clearance.policy,
                              source.name if source is not None else "",
                              now=context.moment,
                              versions=listed if versions else None)

    # (the folder of web copies a page of this export writes beside a text export)
    pages = {Path(target).parent: f"{export_stem(Path(target), name)}_files"
             for name, target in reversed(targets.items()) if format_of(name).folder}
    for name, target in targets.items():
        fmt = format_of(name)
        laid: Layout = replace(layout, export_stem=export_stem(Path(target), name), seal=seal,
                               versions=[pair for pair, _ in versions] if name == "package"
                               else [],
                               photos_beside=pages.get(Path(target).parent, "")
                               if name == "txt" else "")
        exports[Path(target)] = fmt.write(laid, context)
        if fmt.folder and layout.photos:
            folder = Path(target).parent / laid.media_folder
            copies = layout.photo_copies().files(photo.photo for photo in layout.photos)
            media.update({folder / file_name: data for file_name, data in copies.items()})
    return exports, media


def language_versions(release: Release, source: Path | None,
                      own_status: str = "") -> list[tuple[tuple[str, Layout], str]]:
    """((folder in the package, its stamped layout), file name) of each language
    version of *release* its links find beside *source* and that is fit to go with it
    (`twins/package_gate.py`: one not found, or held back, is left out; the readiness
    checks and `versions_held_back` say why). *own_status*: the release's status."""
    return [(pair, name) for pair, name, why in _versions(release, source, own_status)
            if not why]


def versions_held_back(release: Release, source: Path | None) -> list[tuple[str, str]]:
    """(language, why: package_gate's reason) of each version found but left out of the
    package of *release*."""
    own = stamped(with_installed_policy(release)).workflow_status
    return [(layout.language, why) for (_folder, layout), _name, why
            in _versions(release, source, own) if why]


def _versions(release: Release, source: Path | None,
              own_status: str) -> list[tuple[tuple[str, Layout], str, str]]:
    if source is None or not release.twins:
        return []
    from .render.hreflang import version_folder
    from .twins.link import CHANGED, FOUND, partners
    from .twins.package_gate import held_back

    taken = {release.language or "en"}
    languages = [release.language]  # (in the package so far)
    out: list[tuple[tuple[str, Layout], str, str]] = []
    for partner in partners(release, source):
        if partner.state in (FOUND, CHANGED) and partner.release is not None:
            other = with_installed_policy(partner.release)
            laid = stamped(other)
            why = held_back(own_status, other, laid.workflow_status, languages)
            if not why:
                languages.append(other.language)
            folder = version_folder(other.language, taken) if not why else ""
            name = partner.path.name if partner.path is not None else ""
            out.append(((folder, laid), name, why))
    return out


def write_exports(release: Release, targets: dict[str, Path], wrap: int | None = None,
                  source: Path | None = None, embargo_passed: bool = False) -> list[Path]:
    """Write each format of *targets* ({format: path}), all or none; returns the paths.

    *source* is the release file exported (if any): a target that is that very file,
    through any path, hard link or symbolic link, is refused, as are two targets that
    are one file. Every format is rendered first, then every file is staged (written
    and synced beside its target), then each is renamed into place: if a render or a
    staging fails, no file was written and one ReleaseDeskError says why. What remains
    possible: a failure between two renames (the folder removed or made read-only at
    that instant, a power cut) leaves the earlier exports new and the later ones as they
    were, each file complete. An export of several files into one folder also writes
    manifest.json (and manifest.sig), listed last. The photo copies in a folder beside a
    page are written with the rest (a photo folder made for a failed export is removed).
    *embargo_passed*: as render_exports.
    """
    refuse_overwriting(targets, source)
    release = with_installed_policy(release)
    moment = export_moment()  # one moment for the files and their manifest
    rendered, media = render_exports(release, targets, wrap, source, moment, embargo_passed)
    rendered.update(manifest_for(release, rendered, source, media, moment))
    # The manifest and the photo copies are outputs too: none may be the release itself
    # (a release saved as manifest.json would be replaced by its own manifest).
    refuse_overwriting({str(path): path for path in [*rendered, *media]}, source)
    # What earlier exports left in the pages' photo folders and this one no longer writes
    # (a photo since removed): removed once this export is in place; refused before
    # anything is written when a file there is not ReleaseDesk's (export_leftovers.py).
    from .export_leftovers import leftovers, remove

    stale = leftovers([(Path(target), export_stem(Path(target), name))
                       for name, target in targets.items() if format_of(name).folder], media)
    made: list[Path] = []
    try:
        for folder in dict.fromkeys(path.parent for path in media):
            if os.path.islink(folder):  # the photos would be written where it points
                raise ReleaseDeskError(N_(
                    "{folder} is a link to another folder, and the photos of the page go "
                    "there; remove the link or export to another folder."), folder=str(folder))
            if not folder.is_dir():
                try:
                    folder.mkdir()
                except OSError as exc:
                    raise _photo_folder_error(exc, folder, targets) from exc
                made.append(folder)
        write_all_atomic({**media, **rendered}, action=N_("write the export"))
        _drop_stale_signature(rendered)
        remove(stale)
    except BaseException:
        for folder in made:  # nothing was renamed into a folder made now: leave no trace
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return list(rendered)


# Why a photos' folder could not be made that is the export folder's doing, not the photos'
# folder's: the sentence names the page the user asked for, not a folder they never named.
_FOLDER_REFUSED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC,
                             errno.EDQUOT, errno.ENOENT})


def _photo_folder_error(exc: OSError, folder: Path,
                        targets: dict[str, Path]) -> ReleaseDeskError:
    """The sentence for a page's photos' folder (``story_files``) that could not be made:
    when the export folder refused it, said of the page (``story.html``, else the fragment)
    as its write would be; otherwise (a file of that name in the way, say) of the folder."""
    page = next((path for fmt, path in sorted(targets.items(), key=lambda i: i[0] != "html")
                 if path.parent == folder.parent
                 and folder.name == f"{export_stem(path, fmt)}_files"), None)
    if page is not None and exc.errno in _FOLDER_REFUSED:
        return explain_os_error(exc, page, N_("write the export"))
    if isinstance(exc, FileExistsError):
        return ReleaseDeskError(N_(
            "{folder} is a file, and the page's photos go in a folder of that name; move "
            "the file or export under another name."), folder=str(folder))
    return explain_os_error(exc, folder, N_("create the folder"))


def _drop_stale_signature(written: dict[Path, bytes]) -> None:
    """A manifest written without a signature leaves no older manifest.sig beside it: that
    one signs another manifest, and would make the fresh export look forged."""
    from .clearance.manifest import MANIFEST_NAME, SIGNATURE_NAME

    for path in written:
        if path.name == MANIFEST_NAME and path.with_name(SIGNATURE_NAME) not in written:
            with contextlib.suppress(OSError):  # (the new manifest is what counts)
                path.with_name(SIGNATURE_NAME).unlink()


def refuse_overwriting(targets: dict[str, Path], source: Path | None) -> None:
    """Raise ReleaseDeskError if an output is the input, or two outputs are one file (one
    entry of a folder: two links to one file are each replaced, as one link is)."""
    paths = list(targets.values())
    for index, target in enumerate(paths):
        if source is not None and (Path(target) == Path(source) or same_file(target, source)):
            raise ReleaseDeskError(
                N_("{target} is the release file being exported; choose another name for "
                   "the export."), target=str(target))
        for other in paths[:index]:
            if Path(other) == Path(target) or same_entry(other, target):
                raise ReleaseDeskError(
                    N_("The exports {first} and {second} would be one file; choose other "
                       "names."), first=str(other), second=str(target))


def with_installed_policy(release: Release) -> Release:
    """The release judged by its installed house style's approval policy, if installed."""
    if not release.profile:
        return release
    from .clearance.signoffs import with_policy
    from .profiles import ProfileStore

    profile = ProfileStore().find(release.profile)
    return release if profile is None else with_policy(release, profile.approval)


def manifest_for(release: Release, rendered: dict[Path, bytes],
                 source: Path | None = None,
                 media: dict[Path, bytes] | None = None,
                 moment: datetime | None = None) -> dict[Path, bytes]:
    """manifest.json (and manifest.sig) for an export of several files in one folder,
    listing the photo copies (*media*, in a folder beside the page) with the exports,
    made at *moment* (by default now, or SOURCE_DATE_EPOCH)."""
    folders = {target.parent for target in rendered}
    if len(rendered) < 2 or len(folders) != 1:
        return {}
    from .clearance.manifest import MANIFEST_NAME, manifest_files

    folder = folders.pop()
    files = {t.name: data for t, data in rendered.items()}
    files.update({copy.relative_to(folder).as_posix(): data
                  for copy, data in (media or {}).items() if copy.is_relative_to(folder)})
    source_name = source.name if source is not None else ""
    listed = manifest_files(release, files, release.clearance.policy, source_name,
                            now=moment)
    kept = _still_listed(folder, listed[MANIFEST_NAME], files)
    if kept:  # an earlier export of the same text: its files stay listed
        listed = manifest_files(release, {**kept, **files}, release.clearance.policy,
                                source_name, now=moment)
    return {folder / name: data for name, data in listed.items()}


def _still_listed(folder: Path, manifest: bytes, files: dict[str, bytes]) -> dict[str, bytes]:
    """The files of *folder*'s manifest.json that a new manifest of this export should list
    too: when that manifest is of the same release file at the same fingerprint (the same
    text exported earlier, in other formats), each file it lists that this export does not
    write and that is still there, byte for byte as listed. Anything else (another
    release, an older text, a file changed or gone since) is left out, as before: a
    manifest vouches only for what it can."""
    import hashlib
    import json

    from .clearance.manifest import MANIFEST_NAME
    from .clearance.verify import MAX_MANIFEST_BYTES
    from .files import read_bounded

    try:
        new = json.loads(manifest)
        old = json.loads(read_bounded(folder / MANIFEST_NAME, MAX_MANIFEST_BYTES))
        same = (old["release"]["file"] == new["release"]["file"] and
                old["release"]["fingerprint"] == new["release"]["fingerprint"])
        entries = [(str(entry["name"]), int(entry["bytes"]), str(entry["sha256"]))
                   for entry in old["files"]] if same else []
    except (OSError, ReleaseDeskError, ValueError, KeyError, TypeError, RecursionError):
        return {}
    kept: dict[str, bytes] = {}
    for name, size, digest in entries:
        path = folder / name
        if name in files or name in kept or not path.resolve().is_relative_to(
                folder.resolve()):
            continue
        try:
            data = read_bounded(path, size)
        except (OSError, ReleaseDeskError):
            continue
        if hashlib.sha256(data).hexdigest() == digest:
            kept[name] = data
    return kept


def targets_in(folder: Path, stem: str, names: list[str] | None = None) -> dict[str, Path]:
    """{format: folder/stem+suffix} for *names* (every format of "all formats" by default)."""
    chosen = names or [name for name, fmt in FORMATS.items() if fmt.in_all]
    return {name: folder / f"{stem}{format_of(name).suffix}" for name in chosen}


# The opening of a body warm_pdf lays out: about a paragraph.
WARM_BODY_CHARS = 600


def warm_pdf(release: Release) -> None:
    """Lay out the opening of *release* as a PDF and drop it, for a PDF export about to be
    asked for: WeasyPrint loaded, the C types of its text library known, the release's
    faces found at its sizes and its house style's sheet parsed, all kept for the export
    (render/pdf_writer.py keeps its font configuration for the next export, in any thread).
    The editor runs it off the GUI thread while the user chooses where to export a PDF.
    Nothing to do once a PDF has been written in this process: all that is kept."""
    from .render.pdf_writer import warm

    if warm():
        return
    opening = release.body[:WARM_BODY_CHARS]
    short = replace(release, body=opening[:opening.rfind("\n\n")] if "\n\n" in opening
                    else opening)
    format_of("pdf").write(build_layout(short), export_context(moment=None))
