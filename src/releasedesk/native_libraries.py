"""Native libraries found by name without starting a process, for WeasyPrint's import.

WeasyPrint loads Pango, HarfBuzz, fontconfig and GObject through cffi, trying several
names for each (Windows', generic, the Linux soname, macOS'), in that order. cffi hands
each name that is no file it can load to ctypes.util.find_library, which on Linux runs
ldconfig, and where that finds nothing gcc (with collect2 and ld) and ld: 22 names and
about 86 processes at the first PDF export of every process (180 ms of the processes'
processor time here; seconds on a busy machine), most of them for names no Linux
library has ("libgobject-2.0-0").

While WeasyPrint is imported (found_in_process), find_library answers from the dynamic
loader instead: the name of the library lib<name>.so.<n> (n from 9 down to 0) or
lib<name>.so that dlopen loads, which is the library find_library's answer would have
loaded; None where there is none, and WeasyPrint tries its next name (each of its
libraries has its Linux soname among them, which cffi loads without asking). On Windows
and macOS find_library starts no process, and is left as it is.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The versions tried, newest first: WeasyPrint's libraries are .so.0 and .so.1.
_VERSIONS = range(9, -1, -1)
_LOCK = threading.RLock()


def loaded_name(name: str) -> str | None:
    """The file name under which the dynamic loader loads the library *name* ("pango-1.0":
    "libpango-1.0.so.0"), or None; what ctypes.util.find_library says on Linux, asked of
    the loader itself."""
    for candidate in [f"lib{name}.so.{version}" for version in _VERSIONS] + [f"lib{name}.so"]:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return candidate
    return None


@contextmanager
def found_in_process() -> Iterator[None]:
    """ctypes.util.find_library as loaded_name while it lasts, on Linux (for any thread:
    it gives the same library wherever the loader finds one)."""
    if not sys.platform.startswith("linux"):
        yield
        return
    with _LOCK:
        real = ctypes.util.find_library
        ctypes.util.find_library = loaded_name
        try:
            yield
        finally:
            ctypes.util.find_library = real
