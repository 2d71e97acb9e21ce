"""Spelling: Hunspell dictionaries shipped with ReleaseDesk, checked from their word stores.

The dictionaries (resources/dictionaries/, their licences in its README.md) are package
data, so spelling works after `pip install .` with no system package. Words are checked
against each dictionary's word store (`<variant>.words`, every form it accepts, built from
the .dic and .aff by tools/spelling_words.py): Hunspell's verdicts, from 1.2 MiB held
instead of libhunspell's 7 (`word_store.py`). The dictionary itself is read, by `chunspell`
(the `hunspell` module: libhunspell inside its wheel) where its wheel exists, else by
`spylls` (pure Python, slower to load), only for suggestions (the first right-click), or for
the checks too where a word store is missing. When nothing loads, spelling is off and says
why: a checker that silently accepts every word would be worse than none.

Beside each dictionary, spelling accepts ReleaseDesk's own short list of ordinary press
words the dictionaries lack (`press-words.txt`: hotline, subdistrict), kept apart so the
dictionaries stay as released.

A `Speller` loads what it needs on first use and caches each word's verdict.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from releasedesk.errors import N_, Phrase
from releasedesk.resources import resources_dir

from .word_store import WordStore, WordStoreError

if TYPE_CHECKING:  # (libraries without type information: Any to the checker)
    from hunspell import Hunspell
    from spylls.hunspell import Dictionary

T = TypeVar("T")

VARIANTS = ("en_US", "en_GB")
# (marked: a finding names its dictionary in the interface language, 美式英语)
_DICTIONARY_NAMES = {"en_US": N_("American English"), "en_GB": N_("British English")}
# Prefixes a hyphen may follow where the dictionary lacks the compound (re-elected).
_PREFIXES = frozenset({"re", "co", "pre", "non", "anti", "multi", "post", "sub", "inter",
                       "ex", "mid", "semi", "self", "pro", "cross", "well", "e", "x", "u",
                       "vice", "over", "under", "micro", "mini", "eco", "bi", "tri", "de"})
_HAS_DIGIT = re.compile(r"\d")
# ReleaseDesk's own words, beside the dictionaries (one a line; "#" starts a comment line).
PRESS_WORDS = "press-words.txt"
# The verdicts cached, at most (~150 bytes each; a 20k-word release has ~3,000 words).
CACHED_WORDS = 30_000


def variant_for(language: str, house_language: str = "") -> str | None:
    """The dictionary for a release's language tag ("en-GB" → en_GB), with the house
    style's tag deciding a bare "en"; None for a language without one (Chinese)."""
    tag = (language or "en").replace("_", "-").lower()
    house = (house_language or "").replace("_", "-").lower()
    if not tag.startswith("en"):
        return None
    if tag == "en" and house.startswith("en-"):
        tag = house
    british = ("en-gb", "en-ie", "en-au", "en-nz", "en-za", "en-in", "en-sg", "en-hk")
    return "en_GB" if tag.startswith(british) else "en_US"


def dictionary_folder() -> Path:
    return resources_dir() / "dictionaries"


# Why spelling is off, each said in the interface's language (the finding "Spelling is
# off: {reason}" translates its reason, a Phrase, with it; lupdate files these under the
# empty context, as every N_ message of the core).
_MISSING = N_("the {dictionary} dictionary is missing from {folder}; reinstall ReleaseDesk.")
_STORE_UNUSABLE = N_("the word store is unusable ({detail})")
_NOT_INSTALLED = N_("{engine} is not installed")
_UNREADABLE = N_("{engine} could not read the dictionary ({detail})")
_NOTHING_LOADS = N_("no spelling library could load ({reasons}); install chunspell or spylls.")
_AND_THEN = N_("{first}; {then}")  # (one reason, the next: a list of reasons)


def read_press_words(folder: Path) -> frozenset[str]:
    """The press words listed in *folder* (none where the list is missing: a test's own
    dictionary folder)."""
    try:
        text = (folder / PRESS_WORDS).read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def press_word(word: str, listed: frozenset[str]) -> bool:
    """Whether *word* is a listed press word as Hunspell accepts a lowercase entry: as
    listed, Capitalised or in capitals, with ’s or 's after it."""
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    lower = word.lower()
    return lower in listed and (word == lower or word.istitle() or word.isupper())


def _listed(reasons: list[Phrase]) -> Phrase:
    """*reasons* as one phrase, in order, each translated where it is said."""
    listed = reasons[-1]
    for reason in reversed(reasons[:-1]):
        listed = Phrase(_AND_THEN, first=reason, then=listed)
    return listed


class SpellingOff(Exception):
    """No checker could load; *reason* says why, in one sentence, as a Phrase (so it is
    said in the interface's language)."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _load_chunspell(folder: Path, variant: str) -> Hunspell:
    import hunspell  # chunspell's module

    return hunspell.Hunspell(variant, hunspell_data_dir=str(folder))


def _load_spylls(folder: Path, variant: str) -> Dictionary:
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(folder / variant))


class Speller:
    """One dictionary, loaded on first use (in whichever thread asks first).

    *engines* in order of preference. "words" (the word store) checks until suggestions are
    first asked for; then "chunspell" or "spylls" reads the dictionary, and that one handle
    answers both the checks and the suggestions from then on, under one lock (the word store
    is dropped before the dictionary is read, so the two are never held together; a second
    handle for suggestions would hold the whole dictionary twice, 7-9 MiB). Without a word
    store the reader does both from the start."""

    def __init__(self, variant: str, folder: Path | None = None,
                 engines: Iterable[str] = ("words", "chunspell", "spylls")) -> None:
        if variant not in VARIANTS:
            raise ValueError(variant)
        self.variant = variant
        self.folder = folder
        self.engines = tuple(engines)
        self.engine = ""  # what checks: "words", "chunspell" or "spylls"
        self._spell: Callable[[str], bool] | None = None
        self._checker: Hunspell | Dictionary | None = None  # spell/lookup and suggest
        self._off: Phrase | None = None
        self._unsuggested = False  # no reader could load for suggestions
        self._cache: dict[str, bool] = {}
        self._press_words: frozenset[str] | None = None  # read with the dictionary
        self._lock = threading.Lock()

    @property
    def dictionary_name(self) -> str:
        return _DICTIONARY_NAMES[self.variant]

    def load(self) -> None:
        """Load the word store (or dictionary) now; raise SpellingOff with the reason when
        nothing loads."""
        with self._lock:
            self._load()

    def _load(self, store: bool = True) -> None:
        """load(), under the lock; *store* False skips the word store."""
        if self._spell is not None:
            return
        if self._off is not None:
            raise SpellingOff(self._off)
        folder = self.folder or dictionary_folder()
        if not (folder / f"{self.variant}.dic").is_file():
            self._off = Phrase(_MISSING, dictionary=Phrase(self.dictionary_name),
                               folder=str(folder))
            raise SpellingOff(self._off)
        if self._press_words is None:
            self._press_words = read_press_words(folder)
        reasons: list[Phrase] = []
        if store and "words" in self.engines:
            try:
                self._spell = WordStore.read(folder / f"{self.variant}.words").spell
            except WordStoreError as exc:  # (the dictionary itself checks instead)
                reasons.append(Phrase(_STORE_UNUSABLE, detail=exc.reason))
            else:
                self.engine = "words"
                return
        loaders = {"chunspell": _load_chunspell, "spylls": _load_spylls}
        for engine in self.engines:
            if engine not in loaders:
                continue
            try:
                checker = loaders[engine](folder, self.variant)
            except ImportError:
                reasons.append(Phrase(_NOT_INSTALLED, engine=engine))
                continue
            except Exception as exc:  # a library's own failure: try the next one
                reasons.append(Phrase(_UNREADABLE, engine=engine, detail=str(exc)))
                continue
            if engine == "chunspell":  # (so a near miss of one is offered it: hotlnie)
                for word in sorted(self._press_words or ()):
                    checker.add(word)
            self._checker = checker
            self._spell = checker.spell if engine == "chunspell" else checker.lookup
            self.engine = engine
            return
        self._off = Phrase(_NOTHING_LOADS, reasons=_listed(reasons) if reasons else "")
        raise SpellingOff(self._off)

    def known(self, word: str) -> bool:
        """Whether the dictionary knows *word* (loading it first if need be)."""
        verdict = self._cache.get(word)
        if verdict is None:
            if self._spell is None:
                self.load()
            with self._lock:  # one handle, shared by the threads that proof and suggest
                spell = self._spell
                assert spell is not None
                verdict = bool(spell(word))
                if not verdict and "’" in word:
                    verdict = bool(spell(word.replace("’", "'")))
                if not verdict and not word.isascii():
                    # café, naïve: the dictionary may list the word without its accents
                    plain = "".join(c for c in unicodedata.normalize("NFD", word)
                                    if not unicodedata.combining(c))
                    verdict = plain != word and bool(spell(plain))
                if not verdict and self._press_words:
                    verdict = press_word(word, self._press_words)
            if len(self._cache) >= CACHED_WORDS:
                self._cache.clear()  # (a release has far fewer distinct words)
            self._cache[word] = verdict
        return verdict

    def compound_known(self, parts: list[str]) -> list[bool]:
        """For a hyphenated compound's parts, which are spelt right: the whole compound
        known makes every part right, as does the compound the dictionary writes closed
        ("Wi-Fi": "WiFi"); a short prefix (re-, co-) counts as right."""
        if len(parts) > 1 and (self.known("-".join(parts)) or self.known("".join(parts))
                               or self._closed_possessive(parts)):
            return [True] * len(parts)
        return [(i < len(parts) - 1 and p.lower() in _PREFIXES) or self.known(p)
                for i, p in enumerate(parts)]

    def _closed_possessive(self, parts: list[str]) -> bool:
        """"Wi-Fi’s": the closed compound known, its possessive added."""
        last = parts[-1]
        if not last.endswith(("’s", "'s")) or len(last) < 3:
            return False
        return self.known("".join(parts[:-1]) + last[:-2])

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """The dictionary's suggestions for *word* (slow: 0.1-0.3 s; ask on demand). The
        proofing worker waits for them at its next word: a right-click is rare."""
        self.load()
        with self._lock:
            if self._checker is None and not self._unsuggested:
                # The first suggestion: the dictionary is read, and checks move to it (the
                # same verdicts), the word store dropped first.
                self._spell = None
                try:
                    self._load(store=False)
                except SpellingOff:
                    self._off = None
                    self._unsuggested = True
                    self._load()  # (no reader: the word store checks again)
            if self._checker is None:  # (no dictionary could load: nothing to suggest)
                return []
            found = self._checker.suggest(word)  # either library's dictionary
            return [str(s) for s in _first(found, limit)]


def _first(found: Iterable[T], limit: int) -> list[T]:
    """The first *limit* of *found* (spylls yields its suggestions lazily: the rest are
    never computed)."""
    first: list[T] = []
    for item in found:
        if len(first) >= limit:
            break
        first.append(item)
    return first


_SHARED: dict[str, Speller] = {}
_SHARED_LOCK = threading.Lock()


def shared_speller(variant: str) -> Speller:
    """The process's one speller of *variant*: a word store (1.2 MiB) or dictionary
    (0.05-0.2 s, 6-11 MiB) is loaded once however many proofers, threads and readiness
    checks use it."""
    with _SHARED_LOCK:
        speller = _SHARED.get(variant)
        if speller is None:
            speller = _SHARED[variant] = Speller(variant)
        return speller


def skip_word(word: str) -> bool:
    """Words spelling never judges: acronyms (all capitals), words with digits, single
    letters."""
    return len(word) < 2 or word.isupper() or _HAS_DIGIT.search(word) is not None
