"""Write exports to disk: one layout (one parse) for all formats, each file atomically."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .atomic import write_atomic
from .errors import N_
from .model import Release
from .render import FORMATS, build_layout


def write_exports(release: Release, targets: dict[str, Path],
                  wrap: int | None = None) -> Iterator[Path]:
    """Write each format of *targets* ({format: path}); yields every path once written.

    Raises ReleaseDeskError with one sentence on the first file that cannot be written;
    the files written before it stay complete.
    """
    layout = build_layout(release)
    for name, target in targets.items():
        write_atomic(target, FORMATS[name].write(layout, wrap), action=N_("write the export"))
        yield target


def targets_in(folder: Path, stem: str, names: list[str] | None = None) -> dict[str, Path]:
    """{format: folder/stem+suffix} for *names* (every format by default)."""
    return {name: folder / f"{stem}{FORMATS[name].suffix}" for name in names or list(FORMATS)}
