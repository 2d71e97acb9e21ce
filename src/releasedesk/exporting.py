"""Write exports to disk: one layout (one parse) for all formats, each file atomically.

An export of several files also writes manifest.json beside them (and manifest.sig when
this computer holds the house style's signing key): see clearance/manifest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .atomic import write_atomic
from .errors import N_
from .model import Release
from .render import FORMATS, build_layout


def write_exports(release: Release, targets: dict[str, Path],
                  wrap: int | None = None, source: Path | None = None) -> Iterator[Path]:
    """Write each format of *targets* ({format: path}); yields every path once written.

    Every format is rendered before the first file is written. Raises ReleaseDeskError
    with one sentence on the first file that cannot be written; the files written
    before it stay complete. *source* is the release file exported (named in the manifest).
    """
    release = with_installed_policy(release)
    layout = build_layout(release)
    rendered = {Path(target): FORMATS[name].write(layout, wrap)
                for name, target in targets.items()}
    rendered.update(manifest_for(release, rendered, source))
    for target, data in rendered.items():
        write_atomic(target, data, action=N_("write the export"))
        yield target


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
