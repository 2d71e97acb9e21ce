"""Guards against Qt binding regressions that would crash the editor or the test run."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_processing_events_keeps_references_to_none(qapp: QApplication) -> None:
    # PySide6 6.12.0 decrements None's reference count on every call: after a few
    # thousand calls CPython aborts with "deallocating None". pyproject excludes it.
    # Widgets earlier tests left for deletion, and garbage collection, free Python objects
    # that held None (no leak): let both finish first and pause collection, so only the
    # binding can move the count.
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QTest.qWait(0)
        gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            QCoreApplication.processEvents()
            QTest.qWait(0)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after >= before - 20
