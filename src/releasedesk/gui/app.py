"""Start the editor: logging, the window, recovery of unsaved work, the file to open."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from .. import paths
from ..settings import load_settings

log = logging.getLogger("releasedesk")


def setup_logging() -> Path | None:
    """Log to a rotating file in the user log folder; details never go to the user's face."""
    target = paths.log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        target = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def run(argv: list[str]) -> int:
    """Open the editor on the .release file in *argv*, if any; returns the exit code."""
    log_path = setup_logging()
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("ReleaseDesk")
    app.setOrganizationName("ReleaseDesk")
    window = MainWindow(load_settings())

    def excepthook(kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        window.manager.write_recovery()
        window.prompts.error(window.tr(
            "Something went wrong inside ReleaseDesk. Your text is still in the window and in "
            "the recovery copy; details were written to {log}.").format(
                log=log_path or "the terminal"))

    sys.excepthook = excepthook
    restored = offer_recovery(window)
    files = [Path(a) for a in argv if a.endswith(".release")]
    if files and not restored:
        window.open_path(files[0])
    window.show()
    return app.exec()


def offer_recovery(window: object) -> bool:
    """Offer the newest unsaved work left by a crash; True if the user restored one."""
    manager = window.manager  # type: ignore[attr-defined]
    for copy in manager.recovery.pending():
        if manager.prompts.restore_recovery(copy):
            try:
                release = manager.recovery.load(copy)
            except Exception as exc:  # a damaged copy must not stop the editor
                log.warning("recovery copy %s unreadable: %s", copy.file, exc)
                manager.recovery.remove(copy.key)
                continue
            manager.restore(release, copy.original, copy.key)
            return True
        manager.recovery.remove(copy.key)
    return False
