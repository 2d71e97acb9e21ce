"""Photos read off the GUI thread: checked, stripped of their metadata, and an icon-sized
thumbnail decoded, so adding a 24-megapixel photo never stalls typing. The GUI thread
receives only the photo's record and its thumbnail."""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from ...errors import ReleaseDeskError

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".heic", ".heif")
ICON_BOX = (96, 64)


def is_photo(path: str) -> bool:
    """A file the Photos section takes (by name: its content is checked when read)."""
    return path.lower().endswith(PHOTO_SUFFIXES)


class PhotoReader(QObject):
    """Reads photos and makes thumbnails on one worker thread, in order; results arrive on
    the GUI thread as signals."""

    read = Signal(object)  # media.intake.Intake
    failed = Signal(object)  # ReleaseDeskError
    # Emitted by the worker with no payload (results travel through a queue, as the
    # preview's do: Python objects in queued cross-thread signals have crashed PySide6).
    _done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._results: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._idle = threading.Event()
        self._idle.set()
        self.preloaded = False  # the photo libraries were loaded ahead of a drop
        self._done.connect(self._deliver)

    def add(self, paths: list[Path], taken: set[str]) -> None:
        self._submit("add", (list(paths), set(taken)))

    def preload(self) -> None:
        """Load the photo libraries (Pillow, lxml) now, on the worker, while nobody waits.

        A first import maps megabytes of shared libraries while holding the GIL: done at the
        moment a photo is dropped it stalls the GUI thread for up to 100 ms (cold disk cache).
        Their files are read first (reading lets other threads run), then imported. Asked
        for when photos are on their way: a drag entering the window, the Add dialog.
        """
        self._submit("preload", None)

    def wait(self, timeout: float = 30.0) -> bool:
        return self._idle.wait(timeout)

    def shutdown(self, timeout: float = 30.0) -> None:
        """Drop the jobs not started and wait for the one running (the window is closing:
        no thread may outlive the objects it reports to)."""
        with self._lock:
            while not self._jobs.empty():
                self._jobs.get()
                self._pending -= 1
            if not self._pending:
                self._idle.set()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _submit(self, kind: str, payload: Any) -> None:
        with self._lock:
            self._pending += 1
            self._idle.clear()
            self._jobs.put((kind, payload))
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="photos", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        from ...media.intake import read_photo

        while True:
            with self._lock:
                if self._jobs.empty():
                    self._thread = None
                    return
                _, payload = self._jobs.get()
            try:
                if payload is None:
                    _warm_photo_libraries()
                    self.preloaded = True
                    continue
                paths, taken = payload
                for path in paths:
                    try:
                        intake = read_photo(path, taken)
                    except ReleaseDeskError as exc:
                        self._results.put(("failed", exc))
                    else:
                        taken.add(intake.photo.id)
                        self._results.put(("read", (intake, _icon_image(intake.thumbnail))))
                    self._done.emit()
            except Exception:  # a bug: logged; the user's release is untouched
                log.exception("reading a photo failed")
            finally:
                with self._lock:
                    self._pending -= 1
                    if not self._pending:
                        self._idle.set()

    def _deliver(self) -> None:
        while not self._results.empty():
            kind, payload = self._results.get()
            if kind == "read":
                self.read.emit(payload)
            else:
                self.failed.emit(payload)


def _warm_photo_libraries() -> None:
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


def _icon_image(image: Any) -> QImage:
    """A Pillow image as an icon-sized QImage of its own (made on the worker, where scaling
    costs the GUI thread nothing; QImage is safe off the GUI thread)."""
    rgba = image.convert("RGBA")
    rgba.thumbnail(ICON_BOX)
    return QImage(rgba.tobytes(), rgba.width, rgba.height, 4 * rgba.width,
                  QImage.Format.Format_RGBA8888).copy()
