"""Start-up objects kept out of Python's cyclic garbage collector.

Starting the editor makes hundreds of thousands of objects that live as long as the
process (modules, classes, Qt wrappers, the window) and frees few, yet the collector runs
after every 700 new objects: some 45 collections, 15-20 ms of each start on the reference
machine, and later full collections rescan all of it (a 25 ms pause of the GUI thread when
the preview worker set one off). So collection is paused while start-up makes them, and
they are then frozen: moved where the collector never looks again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def lasting_objects() -> Iterator[None]:
    """Make the block's objects with collection paused, then freeze everything made so far."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if running:
            gc.enable()
