"""Photos read off the GUI thread: checked, stripped of their metadata, and an icon-sized
thumbnail decoded, so adding a 24-megapixel photo never stalls typing. The GUI thread
receives only the photo's record and its thumbnail."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from ..basics.tasks import Lane

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

    from ...media.intake import Intake

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".heic", ".heif")
ICON_BOX = (96, 64)


def is_photo(path: str) -> bool:
    """A file the Photos section takes (by name: its content is checked when read)."""
    return path.lower().endswith(PHOTO_SUFFIXES)


class PhotoReader(QObject):
    """Reads photos and makes thumbnails off the GUI thread, one at a time and in order (a
    lane of basics/tasks.py); results arrive on the GUI thread as signals."""

    read = Signal(object)  # (media.intake.Intake, QImage icon)
    failed = Signal(object)  # ReleaseDeskError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preloaded = False  # the photo libraries were loaded ahead of a drop
        self.lane = Lane("reading a photo", self, latest_only=False)
        self.lane.done.connect(self._deliver)
        self.lane.failed.connect(self.failed)

    def add(self, paths: list[Path], taken: set[str]) -> None:
        """Read each of *paths* in turn (ids unlike *taken* and each other's)."""
        ids = set(taken)  # (shared by this batch's jobs, which run one after another)
        for path in paths:
            self.lane.submit(partial(_read, Path(path), ids))

    def preload(self) -> None:
        """Load the photo libraries (Pillow, lxml) now, off the GUI thread, while nobody waits.

        A first import maps megabytes of shared libraries while holding the GIL: done at the
        moment a photo is dropped it stalls the GUI thread for up to 100 ms (cold disk cache).
        Their files are read first (reading lets other threads run), then imported. Asked
        for when photos are on their way: a drag entering the window, the Add dialog.
        """
        self.lane.submit(_warm_photo_libraries)

    def wait(self, timeout: float = 30.0) -> bool:
        return self.lane.wait(timeout)

    def shutdown(self, timeout: float = 30.0) -> None:
        """Drop the jobs not started and wait for the one running (the window is closing:
        nothing more is reported)."""
        self.lane.shutdown(timeout)

    def _deliver(self, result: object) -> None:
        if result is _WARMED:
            self.preloaded = True
        elif result is not None:
            self.read.emit(result)


_WARMED = object()  # what a preload job returns


def _read(path: Path, taken: set[str]) -> tuple[Intake, QImage]:
    from ...media.intake import read_photo

    intake = read_photo(path, taken)  # (a ReleaseDeskError is the lane's `failed`)
    taken.add(intake.photo.id)
    return intake, _icon_image(intake.thumbnail)


def _warm_photo_libraries() -> object:
    import importlib.util

    for name in ("PIL._imaging", "lxml.etree"):
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is None:
            continue
        libraries = [origin, *(origin.parent.parent.glob("pillow.libs/*.so*")
                               if name.startswith("PIL") else ())]
        for library in libraries:
            try:
                with library.open("rb") as handle:
                    while handle.read(1 << 20):
                        pass
            except OSError:
                pass
    from ...media import copies, intake  # noqa: F401 (loaded now, used at the drop)

    return _WARMED


def _icon_image(image: PILImage) -> QImage:
    """A Pillow image as an icon-sized QImage of its own (made on the worker, where scaling
    costs the GUI thread nothing; QImage is safe off the GUI thread)."""
    rgba = image.convert("RGBA")
    rgba.thumbnail(ICON_BOX)
    return QImage(rgba.tobytes(), rgba.width, rgba.height, 4 * rgba.width,
                  QImage.Format.Format_RGBA8888).copy()
