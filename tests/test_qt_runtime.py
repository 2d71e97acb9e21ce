"""Guards against Qt binding regressions that would crash the editor or the test run."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest


def test_processing_events_keeps_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 decrements None's reference count on every call: after a few
    # thousand calls CPython aborts with "deallocating None". pyproject excludes it.
    # Widgets earlier tests left for deletion go first: freeing them (and the Python
    # objects they hold) releases references to None that are no leak.
    QTest.qWait(0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(200):
        QCoreApplication.processEvents()
        QTest.qWait(0)
    assert sys.getrefcount(None) >= before - 20
