"""Write exports to disk: one layout (one parse) for all formats, all files or none."""

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
    were, each file complete.
    """
    refuse_overwriting(targets, source)
    layout = build_layout(release)
    rendered = {Path(target): FORMATS[name].write(layout, wrap)
                for name, target in targets.items()}
    write_all_atomic(rendered, action=N_("write the export"))
    return list(targets.values())


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


def targets_in(folder: Path, stem: str, names: list[str] | None = None) -> dict[str, Path]:
    """{format: folder/stem+suffix} for *names* (every format by default)."""
    return {name: folder / f"{stem}{FORMATS[name].suffix}" for name in names or list(FORMATS)}
