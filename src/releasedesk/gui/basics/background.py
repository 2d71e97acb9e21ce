"""Run a slow command (a PDF export, a print) off the GUI thread while the window stays live.

The caller waits in a local event loop, so commands keep their simple "call, then report"
shape, yet the window repaints and a busy dialog appears when the work takes longer than
half a second. The worker hands the result back through a payload-free signal (Python
objects in queued signals have crashed PySide6).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

T = TypeVar("T")
PROGRESS_AFTER_MS = 500


class _Relay(QObject):
    finished = Signal()


def run_in_background(work: Callable[[], T], parent: QWidget, label: str) -> T:
    """Run *work* on a worker thread; return its result or raise its exception."""
    results: list[T] = []
    errors: list[BaseException] = []
    loop = QEventLoop()
    relay = _Relay()
    relay.finished.connect(loop.quit)

    def target() -> None:
        try:
            results.append(work())
        except BaseException as exc:  # handed to the caller, on its own thread
            errors.append(exc)
        finally:
            relay.finished.emit()

    progress: list[QWidget] = []

    def show_progress() -> None:
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)  # all or none: there is nothing half-done to cancel
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(parent.window().windowTitle())
        dialog.show()
        progress.append(dialog)

    timer = QTimer(singleShot=True, interval=PROGRESS_AFTER_MS)
    timer.timeout.connect(show_progress)
    worker = threading.Thread(target=target, name="background-command", daemon=True)
    timer.start()
    worker.start()
    loop.exec()
    worker.join()
    timer.stop()
    for dialog in progress:
        dialog.close()
        dialog.deleteLater()
    if errors:
        raise errors[0]
    return results[0]
