"""Write exports to disk: one layout (one parse) for all formats, each file atomically."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .atomic import write_atomic
from .errors import N_, ReleaseDeskError
from .files import same_file
from .model import Release
from .render import FORMATS, build_layout


def write_exports(release: Release, targets: dict[str, Path], wrap: int | None = None,
                  source: Path | None = None) -> Iterator[Path]:
    """Write each format of *targets* ({format: path}); yields every path once written.

    *source* is the release file exported (if any): a target that is that very file,
    through any path, hard link or symbolic link, is refused before anything is written,
    as are two targets that are one file. Raises ReleaseDeskError with one sentence on
    the first file that cannot be written; the files written before it stay complete.
    """
    refuse_overwriting(targets, source)
    layout = build_layout(release)
    for name, target in targets.items():
        write_atomic(target, FORMATS[name].write(layout, wrap), action=N_("write the export"))
        yield target


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
