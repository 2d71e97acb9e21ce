"""Regular expressions compiled when first used, or from programs kept for this Python.

``re`` parses and compiles a pattern in Python: 0.05–0.4 ms each. The editor's start imports
some seventy module-level patterns, and some thirty of them serve only input or commands a
start never meets (Chinese weekdays, clock times, phone-number pieces, time-zone regions,
font names, the names of a package's members…): ~3 ms of every start (issue 26). A
LazyPattern stands where such a pattern was written; the calls ReleaseDesk makes of a
compiled pattern compile it once and pass through. Patterns every start uses stay
``re.compile``'d: for them this would only add a call.

Those a start does use are written ``compiled(source, flags)``: ``re`` turns a pattern into
a program for its matching engine in Python, ~60 M instructions for the start's forty (a
class holding a character above U+00FF alone costs 2-8 M: Python builds a 65,536-entry
table for it). ``pattern_programs.py`` keeps the program ``re`` made of each of them for the
Python that made it (``tools/pattern_programs.py`` writes it), and ``compiled`` hands that
program to the engine as ``re.compile`` itself does at its end: the same pattern object
(``==`` compares the source, the flags and the program), for ~1 % of the cost. Under another
Python, or for a pattern the table lacks, it is ``re.compile``.
``tests/test_pattern_programs.py`` compares every kept program with ``re``'s and checks the
table is current.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import cast

# What compiled() was asked for (tools/pattern_programs.py keeps their programs).
asked: set[tuple[str, int]] = set()


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the program kept for this Python if there is one
    (see above)."""
    from . import pattern_programs as kept  # (the table; with the first pattern asked)

    flags = int(flags)
    asked.add((source, flags))
    program = kept.PROGRAMS.get((source, flags)) if python_key() == kept.PYTHON else None
    if program is None:
        return re.compile(source, flags)
    all_flags, code, groups, names = program
    group_index = {name: number for number, name in enumerate(names) if name is not None}
    engine = sys.modules["_sre"]  # (re's engine: imported by re itself)
    made = engine.compile(source, all_flags, memoryview(bytes.fromhex(code)).cast("I").tolist(),
                          groups, group_index, names)
    return cast("re.Pattern[str]", made)


def python_key() -> str:
    """What a kept program is good for: the Python version, re's engine and its byte order."""
    engine = sys.modules["_sre"]
    return (f"{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]} "
            f"{sys.implementation.name} sre {engine.MAGIC} {engine.CODESIZE} {sys.byteorder}")


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
