"""Regular expressions compiled when first used, not when their module is imported.

``re`` parses and compiles a pattern in Python: 0.05–0.4 ms each. The editor's start imports
some seventy module-level patterns, and some thirty of them serve only input or commands a
start never meets (Chinese weekdays, clock times, phone-number pieces, time-zone regions,
font names, the names of a package's members…): ~3 ms of every start (issue 26). A
LazyPattern stands where such a pattern was written; the calls ReleaseDesk makes of a
compiled pattern compile it once and pass through. Patterns every start uses stay
``re.compile``'d: for them this would only add a call.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


class LazyPattern:
    """A ``re.compile(source, flags)`` made at its first use."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it has not been yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled

    @property
    def pattern(self) -> str:
        return self._source

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0,
                endpos: int = sys.maxsize) -> list[str]:
        """As re's, for a pattern of at most one group (with more, re gives tuples: use
        finditer)."""
        compiled = self.compiled
        if compiled.groups > 1:
            raise ValueError(f"findall of a pattern with {compiled.groups} groups: use finditer")
        found: list[str] = compiled.findall(string, pos, endpos)
        return found

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str,
             count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | None]:
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r}, {self._flags!r})"
