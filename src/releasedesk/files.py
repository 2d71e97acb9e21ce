"""Which files ReleaseDesk reads and replaces: regular files only, and never its own input.

A pipe, a device or a socket is not a document: opening a FIFO that nobody writes to
blocks forever, and saving "over" /dev/null would replace the device with a regular
file. Every read of a user's file goes through :func:`open_regular`; atomic.py refuses
to replace anything that is not a regular file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

# Opening never waits for a writer (FIFO) and never makes a terminal ours.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))


class NotRegularFile(OSError):
    """The path exists but is a pipe, a device or a socket, not a file."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


class StandardStream(NotRegularFile):
    """The path names a stream of this program (/dev/stdout, /dev/fd/1…), not a file."""


# The names of a program's own streams, whatever they lead to now (a terminal, a pipe, or a
# file the shell opened): a write there would replace the system's link.
_STREAM_NAMES = frozenset({"/dev/stdin", "/dev/stdout", "/dev/stderr"})


def names_a_stream(path: Path | str) -> bool:
    """Whether *path* names a stream of a process (``/dev/stdout``, ``/dev/fd/1``,
    ``/proc/self/fd/1``…) rather than a file in a folder."""
    try:
        absolute = os.path.abspath(path)
        if absolute in _STREAM_NAMES:
            return True
        parent = os.path.realpath(os.path.dirname(absolute))
    except (OSError, ValueError):
        return False
    parts = parent.split("/")
    return parent == "/dev/fd" or (len(parts) == 4 and parts[:2] == ["", "proc"]
                                   and parts[3] == "fd")


def check_kind(path: Path | str, mode: int) -> None:
    """Raise IsADirectoryError for a folder, NotRegularFile for anything but a file."""
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path)


def open_regular(path: Path | str) -> BinaryIO:
    """Open *path* for reading if it is a regular file, without ever blocking on a pipe.

    Raises FileNotFoundError, IsADirectoryError, NotRegularFile, or the OSError the
    system gives. The kind is checked before opening (opening some devices has effects)
    and again on the opened file (the path may have been swapped in between).
    """
    check_kind(path, os.stat(path).st_mode)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO swapped in
            raise NotRegularFile(path) from exc
        raise
    try:
        check_kind(path, os.fstat(fd).st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class FileTooLarge(Exception):
    """The file holds more than the reader's limit; ``size`` is what it holds (at least)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file *path*, never more than *limit* read into memory.

    Raises FileTooLarge (also for a file that grows while it is read), and whatever
    :func:`open_regular` raises.
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise FileTooLarge(size)
        raw = handle.read(size + 1)  # (a buffer of the file's size, not of the limit)
        if len(raw) > size:  # it grew while it was read: the rest, up to the limit
            raw += handle.read(limit + 1 - len(raw))
    if len(raw) > limit:
        raise FileTooLarge(len(raw))
    return raw


def can_write_beside(path: Path | str) -> bool:
    """Whether a save of *path* could be made where it is: a save writes a new file beside
    it and renames it into place, so its folder must take new files (False for a read-only
    folder or disk, or one that cannot be looked at)."""
    try:
        return os.access(os.path.dirname(os.path.abspath(path)) or ".", os.W_OK | os.X_OK)
    except (OSError, ValueError):
        return False


def first_writable_folder(candidates: list[str | None], fallback: str) -> str:
    """The first of *candidates* that is a folder a new file can be written in (one not
    there, read-only or not ours is passed over); *fallback* when none is."""
    for folder in candidates:
        try:
            if folder and os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
                return folder
        except (OSError, ValueError):
            continue
    return fallback


def is_a_file(path: Path | str) -> bool:
    """Whether *path* names a file now (False for a folder, nothing, or a path that cannot
    be looked at)."""
    try:
        return os.path.isfile(path)
    except (OSError, ValueError):
        return False


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when *a* and *b* are one file on disk: any path, hard link or symbolic link."""
    try:
        return os.path.samestat(os.stat(a), os.stat(b))
    except (OSError, ValueError):
        return False


def same_entry(a: Path | str, b: Path | str) -> bool:
    """True when *a* and *b* name one entry of a folder, so that writing one replaces the
    other: the same name in the same folder through any path or linked folder (or hard
    links to one file). Two symbolic links to one file are two entries: a write, which
    never follows a link (atomic.py), replaces each link with a file of its own."""
    try:
        if os.path.samestat(os.lstat(a), os.lstat(b)):
            return True
    except (OSError, ValueError):
        pass
    try:
        return Path(a).name == Path(b).name and os.path.samestat(
            os.stat(Path(a).parent), os.stat(Path(b).parent))
    except (OSError, ValueError):
        return False


def link_target(path: Path) -> Path:
    """The file a symbolic link finally points to; any other path as it is.

    Saving through a link writes the linked file and keeps the link.
    """
    if os.path.islink(path):
        return Path(os.path.realpath(path))
    return path
