"""Standard output that outlives its reader: `releasedesk check story.release | head -1`
closes the pipe after one line, and the command's next line would raise BrokenPipeError
(reported as an internal error, exit 2). Here the rest of the output goes nowhere instead,
the command finishes its work, and its exit status is its own."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import IO, TextIO


class _Gone:
    """Writes to *stream* that stop reaching it, silently, once its reader is gone."""

    def __init__(self, stream: IO[str] | IO[bytes]) -> None:
        self._target = stream

    def _reader_gone(self) -> None:
        # The file descriptor now writes to the null device: what the stream still
        # buffers, and anything printed later, goes there (at exit too, when Python
        # flushes the stream once more).
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, self._target.fileno())
        finally:
            os.close(null)
        with contextlib.suppress(BrokenPipeError):
            self._target.flush()

    def flush(self) -> None:
        try:
            self._target.flush()
        except BrokenPipeError:
            self._reader_gone()

    def __getattr__(self, name: str) -> object:
        return getattr(self._target, name)


class _BytesSafe(_Gone):
    """The bytes under standard output (an export written there)."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(stream)
        self._bytes = stream

    def write(self, data: bytes) -> int:
        try:
            return self._bytes.write(data)
        except BrokenPipeError:
            self._reader_gone()
            return len(data)


class _PipeSafe(_Gone):
    """Standard output's text."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._text = stream

    def write(self, text: str) -> int:
        try:
            return self._text.write(text)
        except BrokenPipeError:
            self._reader_gone()
            return len(text)

    @property
    def buffer(self) -> _BytesSafe:
        return _BytesSafe(self._text.buffer)


def outlive_closed_pipe() -> None:
    """Make the process's standard output discard what its closed reader no longer takes.
    Only the real standard output with a file descriptor (a test's captured stream is
    left as it is)."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper) or stream is not sys.__stdout__:
        return
    try:
        stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    sys.stdout = _PipeSafe(stream)
