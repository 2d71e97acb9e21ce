"""The `releasedesk` command run inside the test's own process: the same ``main()`` with
the same arguments, giving its exit code, standard output and standard error as a
subprocess would (text, universal newlines), without starting Python and importing the app
afresh for every call (0.2-0.35 s of CPU a call, thousands of calls in the suite).

What differs from a real process is only the process around main(): the tests of that
boundary (the exit status the shell sees, binary standard output in a pipe, what a fresh
process imports, the interpreter's own encoding and language set-up, locks held by other
processes) start a real one (test_cli.run_process and the tests' own subprocesses).
"""

from __future__ import annotations

import contextlib
import io
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from releasedesk.cli import main


class _Stream(io.TextIOWrapper):
    """A standard stream as a pipe gives it: UTF-8 text over bytes, not a terminal."""

    def __init__(self) -> None:
        self._bytes = io.BytesIO()
        super().__init__(self._bytes, encoding="utf-8", errors="strict", write_through=True)

    def text(self) -> str:
        self.flush()
        data = self._bytes.getvalue()
        # subprocess.run(text=True): the locale's UTF-8 with universal newlines
        return data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


class _LastResort(logging.StreamHandler):  # type: ignore[type-arg]  # (a text stream)
    """Logging's last resort as a process has it: records of WARNING and above printed,
    but only while nothing else handles them (the command's own log file, when it has set
    one up). pytest's capturing handlers do not count: a process has none."""

    def emit(self, record: logging.LogRecord) -> None:
        others = [handler for handler in logging.getLogger().handlers
                  if handler is not self and not type(handler).__module__.startswith("_pytest")]
        if not others:
            super().emit(record)


@contextlib.contextmanager
def _warnings_to(stream: _Stream) -> Iterator[None]:
    """Log records on *stream* as a process without a handler of its own prints them
    (_LastResort); pytest's own handlers would swallow them."""
    handler = _LastResort(stream)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)


def run_in_process(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``releasedesk ARGS…`` as subprocess.run(..., capture_output=True, text=True) reports it."""
    argv = [str(arg) for arg in args]
    out, err = _Stream(), _Stream()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        with contextlib.chdir(cwd or Path.cwd()), _warnings_to(err):
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse's --help, --version and usage errors
                if exit_.code is None or isinstance(exit_.code, int):
                    code = exit_.code or 0
                else:
                    print(exit_.code, file=sys.stderr)
                    code = 1
    finally:
        sys.stdout, sys.stderr = saved
    return subprocess.CompletedProcess(["releasedesk", *argv], code, out.text(), err.text())
