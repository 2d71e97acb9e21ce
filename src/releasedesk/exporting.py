"""Write exports to disk: one layout (one parse) for all formats, each file atomically.

A page or fragment of a release with photos names them in a folder beside it
(``story_files/`` beside ``story.html``): the folder's web copies are written with it.
Everything is rendered before anything is written, so a failing writer leaves no file
changed; the photos' copies are written before the pages that name them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .atomic import write_atomic
from .errors import N_, explain_os_error
from .model import Release
from .records import replace
from .render import FORMATS, Layout, build_layout


def export_stem(target: Path, fmt: str) -> str:
    """The export's name without its format's suffix: story.fragment.html → story."""
    suffix = FORMATS[fmt].suffix
    name = target.name
    return name[: -len(suffix)] if name.endswith(suffix) and len(name) > len(suffix) \
        else target.stem


def render_exports(release: Release, targets: dict[str, Path],
                   wrap: int | None = None) -> tuple[dict[Path, bytes], dict[Path, bytes]]:
    """({export path: bytes}, {photo copy path: bytes}) for *targets*, nothing written."""
    layout = build_layout(release)
    exports: dict[Path, bytes] = {}
    media: dict[Path, bytes] = {}
    for name, target in targets.items():
        fmt = FORMATS[name]
        laid: Layout = replace(layout, export_stem=export_stem(Path(target), name))
        exports[Path(target)] = fmt.write(laid, wrap)
        if fmt.folder and layout.photos:
            folder = Path(target).parent / laid.media_folder
            copies = layout.copies.files(photo.photo for photo in layout.photos)
            media.update({folder / file_name: data for file_name, data in copies.items()})
    return exports, media


def write_exports(release: Release, targets: dict[str, Path],
                  wrap: int | None = None) -> Iterator[Path]:
    """Write each format of *targets* ({format: path}); yields every export path once written.

    Raises ReleaseDeskError with one sentence on the first file that cannot be written;
    the files written before it stay complete.
    """
    exports, media = render_exports(release, targets, wrap)
    for folder in dict.fromkeys(path.parent for path in media):
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise explain_os_error(exc, folder, N_("create the folder")) from exc
    for path, data in media.items():
        write_atomic(path, data, action=N_("write the export"))
    for path, data in exports.items():
        write_atomic(path, data, action=N_("write the export"))
        yield path


def targets_in(folder: Path, stem: str, names: list[str] | None = None) -> dict[str, Path]:
    """{format: folder/stem+suffix} for *names* (every format of "all formats" by default)."""
    chosen = names or [name for name, fmt in FORMATS.items() if fmt.in_all]
    return {name: folder / f"{stem}{FORMATS[name].suffix}" for name in chosen}
