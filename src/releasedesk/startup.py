"""What only the editor's own start may do to the whole process.

Four tweaks make the editor start faster, type more smoothly and hold less, and all
change the interpreter for everything else in the process. So they happen here, called by the
editor's start (``releasedesk`` with no command, the bundle, the benchmark), never as a
side effect of importing a package or building a widget: tests, tools and the terminal
commands keep Python's defaults.

- **Start-up objects kept out of the cyclic garbage collector.** Starting the editor
  makes hundreds of thousands of objects that live as long as the process (modules,
  classes, Qt wrappers, the window) and frees few, yet the collector runs after every
  700 new objects: some 45 collections, 15-20 ms of each start on the reference machine,
  and later full collections rescan all of it (a 25 ms pause of the GUI thread when the
  preview worker set one off). So collection is paused while start-up makes them, and
  they are then frozen: moved where the collector never looks again.
- **A shorter thread switch interval.** While the preview worker renders, the GUI thread
  needs the GIL back quickly to keep typing smooth: it is handed over every 1 ms instead
  of CPython's default 5 ms.
- **No module sources kept.** PySide6 reads the source of every module imported after it
  (forget_sources); the line cache would keep them all for the life of the editor.
- **Large blocks mapped on their own, always** (glibc). malloc maps a block of 128 KiB or
  more apart and gives it back when freed, but each time such a block is freed it raises
  that size to the block's (up to 32 MiB): after the first few, the start's large passing
  blocks (Qt's parse of the preview's page, the writers' whole texts) are carved from the
  heap instead and leave it taller than what stays in it. Fixed at 128 KiB, they come and
  go apart (issue 26: the 20k-word peak ~0.5 MiB lower). The call goes through _ctypes:
  ctypes' own Python layer costs ~7 M instructions a start, this ~1.4 M.
"""

from __future__ import annotations

import gc
import linecache
import sys
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH_INTERVAL_S = 0.001
MAPPED_FROM = 128 * 1024  # bytes: a block this large or larger is mapped apart (glibc)
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter for that size (malloc.h)


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


def forget_sources() -> None:
    """Drop the source lines PySide6 read while the editor's modules were imported.

    PySide6 decides whether a module uses it by reading the module's source
    (shibokensupport's feature check), and Python's line cache keeps every line it read:
    some 27,000 lines, ~2.4 MiB, for as long as the editor runs. A traceback reads again
    the few lines it shows.
    """
    linecache.clearcache()


def tune_for_editing() -> None:
    """The interpreter settings the running editor wants (see the module docstring)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    forget_sources()  # of the modules imported so far: the editor's own, the core


def map_large_blocks_apart() -> bool:
    """Fix glibc's size for mapping a block apart at MAPPED_FROM (see the module docstring);
    whether it was set (not on another system or C library)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import _ctypes  # (see the module docstring: not ctypes)

        mallopt = _ctypes.dlsym(_ctypes.dlopen("libc.so.6"), "mallopt")
    except (ImportError, OSError):  # no ctypes, or another C library than glibc
        return False
    answer: object = _ctypes.call_function(mallopt, (_M_MMAP_THRESHOLD, MAPPED_FROM))
    return answer == 1  # (mallopt's success)
