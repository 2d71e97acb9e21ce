"""Where ReleaseDesk writes what went wrong: a log file in the user's log folder, so that
details (a lock that could not be written, a bug's traceback) are kept for whoever looks
into it and never put in the user's face.

The editor logs there for as long as it runs (setup_logging); a command of the command
line for as long as the command runs (logging_to_file), and never on the terminal, where
the user reads one sentence instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from . import paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _file_handler() -> tuple[logging.Handler, Path] | None:
    """A handler appending to the log file (rotated once it passes 1 MB), or None when the
    log folder cannot be written."""
    target = paths.log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Rotate when opened rather than with logging.handlers (which costs start-up time).
        if target.exists() and target.stat().st_size > 1_000_000:
            with contextlib.suppress(OSError):
                os.replace(target, target.with_name(target.name + ".1"))
        handler = logging.FileHandler(target, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler, target


def setup_logging() -> Path | None:
    """The editor: log to the file from now on (to standard error if it cannot be
    written: the editor's own window is where the user is told things). The file, or None."""
    made = _file_handler()
    handler: logging.Handler
    if made is None:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
    else:
        handler = made[0]
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return None if made is None else made[1]


@contextlib.contextmanager
def logging_to_file() -> Iterator[Path | None]:
    """A command of the command line: while it runs, what is logged goes to the file (or
    nowhere, if the file cannot be written), never to the terminal. The file, or None."""
    made = _file_handler()
    handler = logging.NullHandler() if made is None else made[0]
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield None if made is None else made[1]
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()
