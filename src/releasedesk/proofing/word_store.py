"""Hunspell's spelling verdicts from a compact list of word forms, without libhunspell.

A `.words` file (built by tools/spelling_words.py from a dictionary's `.dic` and `.aff`) lists
every form the dictionary accepts, sorted, 64 to a line, each line deflated. It is held as
read (0.35 MB, and the lines' first words; libhunspell holds the same dictionary in about
7 MiB) and a word is found by bisecting the first words and inflating one line.

`WordStore.spell` is Hunspell 1.7's `spell()` for the affix language those files use: input
conversion (’ → '), leading blanks and trailing full stops,
numbers, the capitalisation rules (a lowercase word allows its Title and ALL-CAPS forms; a
mixed-case entry such as "McDonald" allows "MCDONALD" but not "Mcdonald"), compound ordinals
(21st) and Hunspell's default word breaks at hyphens. Its verdicts are compared with
libhunspell's in tests/test_spelling_words.py.
"""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from pathlib import Path

from releasedesk.errors import N_, Phrase

FORMAT = b"releasedesk-words 2"
_MAX_BYTES = 300  # Hunspell's MAXWORDUTF8LEN: longer words are wrong
_BREAKS = ("-", "^-", "-$")  # Hunspell's default BREAK table
_RECENT_LINES = 8  # inflated lines kept (about 600 bytes each)
NOCAP, INITCAP, ALLCAP, HUHCAP, HUHINITCAP = range(5)
# The only characters outside ASCII whose case Hunspell maps into ASCII (its own table:
# İ and the Kelvin sign lower to i and k); a word keeping any other such character after
# its case is changed cannot match an entry (every entry is ASCII).
_LOWER_INTO_ASCII = {"\u0130": "i", "\u212a": "k"}


class WordStoreError(Exception):
    """A .words file that is missing, unreadable or of another format; *reason* says which,
    as a Phrase (spelling's "Spelling is off" says it in the interface's language)."""

    def __init__(self, template: str, /, **args: object) -> None:
        self.reason = Phrase(template, **args)
        super().__init__(str(self.reason))


class _SortedWords:
    """Sorted ASCII words in lines of 64 (" w1 w2 … "), each line deflated on its own; a
    word is found by bisecting the lines' first words, then inflating its one line (5 µs)."""

    __slots__ = ("_data", "_heads", "_offsets", "_recent")

    def __init__(self, heads: list[bytes], sizes: list[int], data: memoryview) -> None:
        offsets = array("I", [0])
        for size in sizes:
            offsets.append(offsets[-1] + size)
        if len(heads) != len(sizes) or offsets[-1] != len(data):
            raise WordStoreError(N_("the word store is cut short"))
        self._heads = heads
        self._offsets = offsets
        self._data = data
        self._recent: dict[int, bytes] = {}  # the lines last inflated (a word and its cases)

    def _line(self, index: int) -> bytes:
        line = self._recent.get(index)
        if line is None:
            try:
                line = zlib.decompress(
                    self._data[self._offsets[index]:self._offsets[index + 1]], wbits=-15)
            except zlib.error as exc:
                raise WordStoreError(N_("the word store is damaged ({detail})"),
                                     detail=str(exc)) from exc
            if len(self._recent) >= _RECENT_LINES:
                self._recent.clear()
            self._recent[index] = line
        return line

    def __contains__(self, word: bytes) -> bool:
        line = bisect_right(self._heads, word) - 1
        return line >= 0 and b" " + word + b" " in self._line(line)

    def __iter__(self) -> Iterator[bytes]:
        for index in range(len(self._heads)):
            yield from self._line(index).split()


class WordStore:
    """One dictionary's word forms (a .words file), answering as Hunspell's spell()."""

    def __init__(self, blob: bytes) -> None:
        if not blob.startswith(FORMAT + b"\n"):
            raise WordStoreError(N_("not a ReleaseDesk word store of this version"))
        view = memoryview(blob)
        header: list[str] = []
        sections: dict[str, _SortedWords] = {}
        position = len(FORMAT) + 1
        try:
            while len(sections) < 2:
                end = blob.index(b"\n", position)
                line = blob[position:end].decode("utf-8")
                position = end + 1
                key, _, value = line.partition(" ")
                if key in ("forms", "hidden"):
                    count, _, checksum = value.partition(" ")
                    lines = int(count)
                    end = blob.index(b"\n", position)
                    heads = blob[position:end].split(b" ") if lines else []
                    position = end + 1
                    end = blob.index(b"\n", position)
                    sizes = [int(size) for size in blob[position:end].split()]
                    position = end + 1 + sum(sizes)
                    if zlib.crc32(view[end + 1:position]) != int(checksum, 16):
                        raise WordStoreError(
                            N_("the word store is damaged (its checksum differs)"))
                    sections[key] = _SortedWords(heads, sizes, view[end + 1:position])
                elif key in ("source", "iconv", "compound"):
                    header.append(line)
                else:
                    raise WordStoreError(N_("unknown line {line} in the word store"),
                                         line=repr(key))
        except (ValueError, UnicodeDecodeError) as exc:  # (index, int, decode)
            raise WordStoreError(N_("the word store is cut short or damaged")) from exc
        self.header = tuple(header)
        self._sections = sections
        self._forms = sections["forms"]
        self._hidden = sections["hidden"]
        self._iconv = tuple(tuple(line.split(" ")[1:3]) for line in header
                            if line.startswith("iconv "))
        compound = next((line[9:] for line in header if line.startswith("compound ")), "")
        self._compound = re.compile(compound) if compound else None

    def words(self, section: str = "forms") -> Iterator[str]:
        """Every word of a section ("forms", or "hidden": the hidden Title-case twins that
        only an ALL-CAPS word reaches), in order."""
        return (word.decode("ascii") for word in self._sections[section])

    @classmethod
    def read(cls, path: Path) -> WordStore:
        try:
            return cls(path.read_bytes())
        except OSError as exc:
            raise WordStoreError(N_("cannot read {name} ({detail})"), name=path.name,
                                 detail=exc.strerror) from exc

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
