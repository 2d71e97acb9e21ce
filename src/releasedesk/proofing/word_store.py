"""Hunspell's spelling verdicts from a compact list of word forms, without libhunspell.

A `.words` file (built by tools/spelling_words.py from a dictionary's `.dic` and `.aff`) lists
every form the dictionary accepts, sorted, 64 to a line. It is held as one bytes object (about
1.2 MB; libhunspell holds the same dictionary in about 6 MiB) and a word is found by
bisecting the lines' first words. `WordStore.spell` is Hunspell 1.7's `spell()` for the affix
language those files use: input conversion (’ → '), leading blanks and trailing full stops,
numbers, the capitalisation rules (a lowercase word allows its Title and ALL-CAPS forms; a
mixed-case entry such as "McDonald" allows "MCDONALD" but not "Mcdonald"), compound ordinals
(21st) and Hunspell's default word breaks at hyphens. Its verdicts are compared with
libhunspell's in tests/test_spelling_words.py.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from pathlib import Path

FORMAT = b"releasedesk-words 1"
_MAX_BYTES = 300  # Hunspell's MAXWORDUTF8LEN: longer words are wrong
_BREAKS = ("-", "^-", "-$")  # Hunspell's default BREAK table
NOCAP, INITCAP, ALLCAP, HUHCAP, HUHINITCAP = range(5)
# The only characters outside ASCII whose case Hunspell maps into ASCII (its own table:
# İ and the Kelvin sign lower to i and k); a word keeping any other such character after
# its case is changed cannot match an entry (every entry is ASCII).
_LOWER_INTO_ASCII = {"\u0130": "i", "\u212a": "k"}


class WordStoreError(Exception):
    """A .words file that is missing, unreadable or of another format."""


class _SortedWords:
    """Sorted ASCII words, several to a line (" w1 w2 … \\n"), in one bytes object; a word is
    found by bisecting the lines' first words (kept apart: about 2,000 short bytes), then
    searching its line."""

    __slots__ = ("_blob", "_end", "_heads", "_starts")

    def __init__(self, blob: bytes, start: int, lines: int) -> None:
        starts = array("I")
        heads = []
        position = start
        for _ in range(lines):
            starts.append(position)
            heads.append(blob[position + 1:blob.index(b" ", position + 1)])
            position = blob.index(b"\n", position) + 1
        self._blob = blob
        self._starts = starts
        self._heads = heads
        self._end = position

    @property
    def end(self) -> int:
        return self._end

    def __contains__(self, word: bytes) -> bool:
        line = bisect_right(self._heads, word) - 1
        if line < 0:
            return False
        start = self._starts[line]
        end = self._starts[line + 1] if line + 1 < len(self._starts) else self._end
        return self._blob.find(b" " + word + b" ", start, end) >= 0


class WordStore:
    """One dictionary's word forms (a .words file), answering as Hunspell's spell()."""

    def __init__(self, blob: bytes) -> None:
        iconv: list[tuple[str, str]] = []
        compound = ""
        sections: dict[str, _SortedWords] = {}
        if not blob.startswith(FORMAT + b"\n"):
            raise WordStoreError("not a ReleaseDesk word store of this version")
        position = len(FORMAT) + 1
        while len(sections) < 2:
            end = blob.find(b"\n", position)
            if end < 0:
                raise WordStoreError("the word store is cut short")
            key, _, value = blob[position:end].decode("utf-8").partition(" ")
            position = end + 1
            if key == "iconv":
                before, after = value.split(" ")
                iconv.append((before, after))
            elif key == "compound":
                compound = value
            elif key in ("forms", "hidden"):
                try:
                    words = _SortedWords(blob, position, int(value))
                except ValueError as exc:
                    raise WordStoreError("the word store is cut short") from exc
                sections[key] = words
                position = words.end
            elif key != "source":
                raise WordStoreError(f"unknown line {key!r} in the word store")
        self._forms = sections["forms"]
        self._hidden = sections["hidden"]
        self._iconv = tuple(iconv)
        self._compound = re.compile(compound) if compound else None

    @classmethod
    def read(cls, path: Path) -> WordStore:
        try:
            return cls(path.read_bytes())
        except OSError as exc:
            raise WordStoreError(f"cannot read {path.name} ({exc.strerror})") from exc

    # -- Hunspell's checkword: an entry or affixed form, a hidden twin, a compound --
    def _checkword(self, word: str, initcap: bool = False) -> bool:
        if not word or not word.isascii():
            return False
        data = word.encode("ascii")
        if data in self._forms or (not initcap and data in self._hidden):
            return True
        return self._compound is not None and self._compound.fullmatch(word) is not None

    def spell(self, word: str) -> bool:
        """Whether Hunspell's spell() accepts *word* with this dictionary."""
        return self._spell(word.partition("\0")[0], [])  # (Hunspell reads a C string)

    def _spell(self, word: str, stack: list[str]) -> bool:
        if word in stack:
            return False
        stack.append(word)
        try:
            return self._spell_internal(word, stack)
        finally:
            stack.pop()

    def _spell_internal(self, word: str, stack: list[str]) -> bool:
        if len(word.encode("utf-8", "surrogatepass")) >= _MAX_BYTES:
            return False
        for before, after in self._iconv:
            word = word.replace(before, after)
        scw = word.lstrip(" ").rstrip(".")
        if not scw:
            return True
        if "0" <= scw[0] <= "9" and _is_number(scw):
            return True
        if not scw.isascii() and any(not c.isascii() and c not in _LOWER_INTO_ASCII
                                     for c in scw):
            return False  # (no entry holds it; no case change takes it away)
        captype = _captype(scw)
        found = False
        if captype in (NOCAP, HUHCAP, HUHINITCAP):
            found = self._checkword(scw)
        else:
            if captype == ALLCAP:
                found = self._checkword(scw)
                if not found:
                    scw, found = self._allcap_apostrophe(scw)
            if not found:
                idot = scw.startswith("\u0130")
                if captype == ALLCAP:
                    scw = _initcap(_lower(scw))
                    if idot:
                        scw = "\u0130" + scw[1:]
                found = self._checkword(scw, initcap=captype == INITCAP)
                if not found and not idot:
                    lowered = _lower(scw)
                    scw = _initcap(lowered)
                    found = self._checkword(lowered)
        if found:
            return True
        return self._breaks(scw, stack)

    def _allcap_apostrophe(self, scw: str) -> tuple[str, bool]:
        """SANT'ELIA → sant'Elia, Sant'Elia (Hunspell's prefixes before an apostrophe)."""
        apostrophe = scw.find("'")
        if apostrophe < 0:
            return scw, False
        at = len(scw[:apostrophe].encode("utf-8"))  # (Hunspell counts bytes, before lowering)
        scw = _lower(scw)
        if not scw.isascii() or at >= len(scw) - 1:
            return scw, False  # (a character left outside ASCII matches no entry)
        scw = scw[:at + 1] + _initcap(scw[at + 1:])
        if self._checkword(scw):
            return scw, True
        scw = _initcap(scw)
        return scw, self._checkword(scw)

    def _breaks(self, scw: str, stack: list[str]) -> bool:
        """Hunspell's recursive word breaking (default BREAK: -, ^-, -$)."""
        if sum(scw.count(b) for b in _BREAKS) >= 10:
            return False
        size = len(scw)
        for pattern in _BREAKS:
            length = len(pattern)
            if length == 1 or length > size:
                continue
            if pattern[0] == "^" and scw.startswith(pattern[1:]) \
                    and self._spell(scw[length - 1:], stack):
                return True
            if pattern[-1] == "$" and scw.endswith(pattern[:-1]) \
                    and self._spell(scw[:size - length + 1], stack):
                return True
        for second in (True, False):
            for pattern in _BREAKS:
                length = len(pattern)
                found = scw.find(pattern)
                if not 0 < found < size - length:
                    continue
                if second:
                    again = scw.find(pattern, found + 1)
                    if 0 < again < size - length:
                        found = again
                if self._spell(scw[found + length:], stack) and self._spell(scw[:found], stack):
                    return True
        return False


def _is_number(word: str) -> bool:
    """Digits with single . , - between them (Hunspell accepts 1,000.5 and 2-3)."""
    separator = True
    for index, char in enumerate(word):
        if "0" <= char <= "9":
            separator = False
        elif char in ",.-":
            if separator or index == 0:
                return False
            separator = True
        else:
            return False
    return not separator


def _is_cap(char: str) -> bool:
    return "A" <= char <= "Z" or char in _LOWER_INTO_ASCII


def _is_neutral(char: str) -> bool:
    return not ("a" <= char <= "z" or "A" <= char <= "Z" or char in _LOWER_INTO_ASCII)


def _captype(word: str) -> int:
    """Hunspell's capitalisation type of *word* (get_captype_utf8)."""
    if word.isascii():  # (the common case, without a loop in Python)
        if word.lower() == word:
            return NOCAP
        if word.upper() == word:
            return ALLCAP
        first = "A" <= word[0] <= "Z"
        if first and word[1:].lower() == word[1:]:
            return INITCAP
        return HUHINITCAP if first else HUHCAP
    caps = sum(1 for c in word if _is_cap(c))
    if caps == 0:
        return NOCAP
    first = _is_cap(word[0])
    if caps == 1 and first:
        return INITCAP
    if caps == len(word) or caps + sum(1 for c in word if _is_neutral(c)) == len(word):
        return ALLCAP
    return HUHINITCAP if first else HUHCAP


def _lower(word: str) -> str:
    if word.isascii():
        return word.lower()
    return "".join(_LOWER_INTO_ASCII.get(c, c.lower() if c.isascii() else c) for c in word)


def _initcap(word: str) -> str:
    return word[:1].upper() + word[1:] if word[:1].isascii() else word
