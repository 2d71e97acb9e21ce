"""Write exports to disk: one layout (one parse) for all formats, all files or none.

An export of several files also writes manifest.json beside them (and manifest.sig when
this computer holds the house style's signing key): see clearance/manifest.py.
"""

from __future__ import annotations

from pathlib import Path

from .atomic import write_all_atomic
from .errors import N_, ReleaseDeskError
from .files import same_file
from .model import Release
from .render import FORMATS, build_layout


def write_exports(release: Release, targets: dict[str, Path], wrap: int | None = None,
                  source: Path | None = None) -> list[Path]:
    """Write each format of *targets* ({format: path}), all or none; returns the paths.

    *source* is the release file exported (if any): a target that is that very file,
    through any path, hard link or symbolic link, is refused, as are two targets that
    are one file. Every format is rendered first, then every file is staged (written
    and synced beside its target), then each is renamed into place: if a render or a
    staging fails, no file was written and one ReleaseDeskError says why. What remains
    possible: a failure between two renames (the folder removed or made read-only at
    that instant, a power cut) leaves the earlier exports new and the later ones as they
    were, each file complete. An export of several files into one folder also writes
    manifest.json (and manifest.sig), listed last.
    """
    refuse_overwriting(targets, source)
    release = with_installed_policy(release)
    layout = build_layout(release)
    rendered = {Path(target): FORMATS[name].write(layout, wrap)
                for name, target in targets.items()}
    rendered.update(manifest_for(release, rendered, source))
    write_all_atomic(rendered, action=N_("write the export"))
    return list(rendered)


def refuse_overwriting(targets: dict[str, Path], source: Path | None) -> None:
    """Raise ReleaseDeskError if an output is the input, or two outputs are one file."""
    paths = list(targets.values())
    for index, target in enumerate(paths):
        if source is not None and (Path(target) == Path(source) or same_file(target, source)):
            raise ReleaseDeskError(
                N_("{target} is the release file being exported; choose another name for "
                   "the export."), target=str(target))
        for other in paths[:index]:
            if Path(other) == Path(target) or same_file(other, target):
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
                 source: Path | None = None) -> dict[Path, bytes]:
    """manifest.json (and manifest.sig) for an export of several files in one folder."""
    folders = {target.parent for target in rendered}
    if len(rendered) < 2 or len(folders) != 1:
        return {}
    from .clearance.manifest import manifest_files

    folder = folders.pop()
    files = manifest_files(release, {t.name: data for t, data in rendered.items()},
                           release.clearance.policy, source.name if source is not None else "")
    return {folder / name: data for name, data in files.items()}


def targets_in(folder: Path, stem: str, names: list[str] | None = None) -> dict[str, Path]:
    """{format: folder/stem+suffix} for *names* (every format by default)."""
    return {name: folder / f"{stem}{FORMATS[name].suffix}" for name in names or list(FORMATS)}
