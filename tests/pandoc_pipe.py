"""One pandoc kept running, reading Word documents as its command line does.

The review trip's oracle (tests/test_review_trip.py) asks pandoc for a document's text with
its tracked changes accepted and rejected: ``pandoc --track-changes=MODE -t plain
--wrap=none FILE``. Each such run costs about 0.15 s of processor time, three quarters of
it in the Haskell runtime's collector (pandoc allocates ~150 MB for a small document); the
oracle's property ran it 50 times. Here one pandoc runs for the module with a heap of
128 MiB (GHCRTS=-H128m: ~50 ms a document, 8 -> 2.6 s for 50; ~225 MB resident while
it runs) and a Lua filter that serves requests from its standard input:
the same docx reader with the same ``track_changes`` option and the same plain writer with
``wrap_text = "none"`` (pandoc.read and pandoc.write in the filter are the command line's
reader and writer). That the answers are the command line's is tested
(test_review_trip.py: test_the_kept_pandoc_reads_as_its_command_line_does).

The protocol: a request is a line ``MODE<TAB>PATH``; the answer is a line with the text's
length in bytes, then the text. A pandoc that died is started again for the next request.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

MODES = ("accept", "reject")

_SERVE = """
function Pandoc(doc)
  while true do
    local request = io.stdin:read("l")
    if request == nil then break end
    local mode, path = request:match("^(%a+)\\t(.*)$")
    local file = io.open(path, "rb")
    local data = file:read("a")
    file:close()
    local read = pandoc.read(data, "docx", {track_changes = mode})
    local text = pandoc.write(read, "plain", {wrap_text = "none"})
    io.stdout:write(#text, "\\n", text)
    io.stdout:flush()
  end
  return doc
end
"""


class Pandoc:
    """A pandoc kept running; ``plain(path, mode)`` is what the command line prints."""

    def __init__(self, binary: str, folder: Path) -> None:
        self.binary = binary
        self.folder = folder
        self.starts = 0
        self._proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        serve = self.folder / "serve.lua"
        serve.write_text(_SERVE, encoding="utf-8")
        empty = self.folder / "empty.md"
        empty.write_text("", encoding="utf-8")
        self.starts += 1
        return subprocess.Popen([self.binary, "--from=markdown", "--to=plain",
                                 f"--lua-filter={serve}", "--output=/dev/null", str(empty)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                env={**os.environ, "GHCRTS": "-H128m"})

    def plain(self, path: Path, mode: str) -> str:
        """The text of the docx at *path* with its tracked changes taken as *mode* says."""
        assert mode in MODES and "\n" not in str(path)
        if self._proc is None or self._proc.poll() is not None:
            self._proc = self._start()
        assert self._proc.stdin is not None and self._proc.stdout is not None
        try:
            self._proc.stdin.write(f"{mode}\t{path}\n".encode())
            self._proc.stdin.flush()
            size = self._proc.stdout.readline()
            if not size:
                raise BrokenPipeError("pandoc closed its output")
            text = self._proc.stdout.read(int(size))
        except (BrokenPipeError, ValueError):
            self.close()
            raise
        return text.decode("utf-8")

    def close(self) -> None:
        if self._proc is None:
            return
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._proc = None
