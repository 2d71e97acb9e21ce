"""Start the editor: logging, the window, recovery of unsaved work, the file to open."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ... import __version__, document
from ...errors import ReleaseDeskError
from ...log_file import setup_logging
from ...recovery import RecoveryCopy
from ...settings import load_settings
from ...startup import lasting_objects, tune_for_editing
from ..basics.i18n import install_translators
from ..dialogs.prompts import RecoveryChoice
from .main_window import MainWindow

log = logging.getLogger("releasedesk")


def run(argv: list[str]) -> int:
    """Open the editor on the .release file in *argv*, if any; returns the exit code."""
    app, _window = start(argv)
    # For smoke tests of installed builds: start, show, and quit by itself.
    quit_after = os.environ.get("RELEASEDESK_QUIT_AFTER_MS", "")
    if quit_after.isdigit():
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    # An export still being written when the last window closed is finished, not cut off.
    from ..basics.tasks import wait_all

    wait_all()
    return code


def start(argv: list[str]) -> tuple[QApplication, MainWindow]:
    """Everything up to the event loop: the window is shown with its preview rendered
    (once the user has answered about unsaved work left by a crash, if there is any).

    This is the editor's start, so it tunes the whole process for editing (startup.py).
    """
    tune_for_editing()
    with lasting_objects():
        app, window, language = _build(argv)
    log.info("editor shown (ReleaseDesk %s, interface language %s)", __version__, language)
    return app, window


def _build(argv: list[str]) -> tuple[QApplication, MainWindow, str]:
    log_path = setup_logging()
    app = cast(QApplication, QApplication.instance()) or QApplication([sys.argv[0], *argv])
    app.setApplicationName("ReleaseDesk")
    app.setOrganizationName("ReleaseDesk")
    app.setDesktopFileName("org.releasedesk.ReleaseDesk")
    settings = load_settings()
    language = install_translators(app, settings.ui_language)
    # Every way on opens, restores or starts a release (the document replaced, shown):
    # the window shows no blank release before it.
    window = MainWindow(settings, shown_blank=False)

    def excepthook(kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        window.report_unexpected_error(str(log_path or "the terminal"))

    sys.excepthook = excepthook
    # (with unsaved work to offer, the window shows once the question is answered)
    named = next((Path(a) for a in argv if a.endswith(".release")), None)
    offer_recovery(window, lambda restored: _show(window, argv, restored), named)
    return app, window, language


def _show(window: MainWindow, argv: list[str], restored: bool) -> None:
    """The release to start with (the file named, restored work, or a new one), shown."""
    files = [Path(a) for a in argv if a.endswith(".release")]
    failed: tuple[Path, ReleaseDeskError] | None = None
    if files and not restored:
        try:
            release = document.load(files[0])
        except ReleaseDeskError as exc:
            failed = (files[0], exc)  # said once the window is painted, not over a void
        else:
            window.open_path(files[0], release)
    if not restored and window.manager.path is None:
        window.start_new()
    window.scheduler.render_now()  # the first view is complete, not an empty preview
    window.show()
    if not restored and not files:
        from ...house_setup import needs_setup  # (a start that opens a file never asks)

        if needs_setup(window.profiles(), window.settings.setup_skipped):
            # Over the painted window, once the event loop runs (never blocking the start).
            QTimer.singleShot(0, lambda: window.set_up_organisation(first_start=True))
    if failed is not None:
        path, error = failed
        QTimer.singleShot(0, lambda: window.manager.report_open_failure(path, error))


def offer_recovery(window: MainWindow, then: Callable[[bool], object],
                   named: Path | None = None) -> None:
    """Offer the newest unsaved work left by a crash, one copy at a time; then *then*(True
    if the user restored one).

    A start that names a file (*named*) offers only that file's own copy: the file asked
    for is the one that opens. Other releases' copies wait for a start without a file,
    and the status bar says so.

    Damaged recovery files never stop the editor: they are set aside (RecoveryStore.
    set_aside), and the user is told once where a set-aside copy is.
    """
    manager = window.manager
    store = manager.recovery
    try:
        pending = store.pending()
    except Exception:  # pending() is built not to raise; the editor must start regardless
        log.exception("recovery copies could not be listed")
        pending = []
    if named is not None:
        others = [copy for copy in pending if not _same_file(copy.original, named)]
        pending = [copy for copy in pending if copy not in others]
        if others:
            window.statusBar().showMessage(QCoreApplication.translate(
                "Recovery", "Unsaved work of another release is kept: start ReleaseDesk "
                "without a file to be offered it."), 30000)

    def finish(restored: bool) -> None:
        if store.set_aside_copies:
            manager.prompts.info(QCoreApplication.translate(
                "Recovery", "A damaged recovery copy was set aside as {paths}; if it holds "
                "work you need, open it from there.").format(
                    paths=", ".join(str(path) for path in store.set_aside_copies)))
            store.set_aside_copies.clear()
        then(restored)

    def offer(waiting: list[RecoveryCopy]) -> None:
        if not waiting:
            finish(False)
            return
        copy, rest = waiting[0], waiting[1:]

        def answered(choice: RecoveryChoice) -> None:
            if choice is RecoveryChoice.KEEP:
                finish(False)  # "not now": this copy and any others wait for the next start
                return
            if choice is RecoveryChoice.DISCARD:
                store.remove(copy.key)
                offer(rest)
                return
            try:
                release = store.load(copy)
            except Exception as exc:  # a damaged copy must not stop the editor
                log.warning("recovery copy %s unreadable, set aside: %s", copy.file, exc)
                store.set_aside(copy.key)
                offer(rest)
                return
            manager.restore(release, copy.original, copy.key)
            finish(True)

        manager.prompts.restore_recovery(copy, answered)

    offer(list(pending))


def _same_file(original: Path | None, named: Path) -> bool:
    """Whether a recovery copy was made from *named* (however the path is written)."""
    if original is None:
        return False
    try:
        return original.resolve() == named.resolve()
    except (OSError, RuntimeError):  # a loop of links, a name the system refuses
        return False
