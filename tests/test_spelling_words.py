"""The spelling word stores (resources/dictionaries/*.words) give libhunspell's verdicts.

Spelling checks words against a word store instead of loading libhunspell (issue 26: 6 MiB
less at the peak); the invariant is that no verdict and no finding changes. Compared here,
store against libhunspell (chunspell), for both dictionaries: every word form of the .dic in
four cases, the words of every sample release, test corpus and doc in the repository, a
20k-word benchmark body, seeded and Hypothesis-drawn misspellings (edits of dictionary words
in random case), hyphenated and apostrophe joins, numbers and ordinals, every Latin letter
outside ASCII and edge cases; then the proofing findings themselves on the corpus. The
committed stores must be what tools/spelling_words.py builds from the shipped files.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.proofing import spelling
from releasedesk.proofing.engine import Proofer, release_texts
from releasedesk.proofing.spelling import VARIANTS, Speller, dictionary_folder
from releasedesk.proofing.text import visible, words
from releasedesk.proofing.word_store import WordStore, WordStoreError

from conftest import ROOT
from proof_score import corpus_register

sys.path.insert(0, str(ROOT / "tools"))
import spelling_words

hunspell = pytest.importorskip("hunspell")
DAY = date(2026, 11, 25)
_HYPHENATED = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ’']+(?:-[A-Za-zÀ-ÖØ-öø-ɏ’']+)+")


@cache
def _store(variant: str) -> WordStore:
    return WordStore.read(dictionary_folder() / f"{variant}.words")


@cache
def _library(variant: str) -> Callable[[str], bool]:
    checker = hunspell.Hunspell(variant, hunspell_data_dir=str(dictionary_folder()))
    return lambda word: bool(checker.spell(word))


def _differences(variant: str, candidates: Iterator[str] | list[str] | set[str]) -> list[str]:
    store, library = _store(variant).spell, _library(variant)
    return [w for w in candidates if store(w) != library(w)]


@cache
def _forms(variant: str) -> tuple[str, ...]:
    return (*_store(variant).words("forms"), *_store(variant).words("hidden"))


@cache
def _roots(variant: str) -> tuple[str, ...]:
    lines = (dictionary_folder() / f"{variant}.dic").read_text(encoding="utf-8").splitlines()
    return tuple(line.partition("/")[0] for line in lines[1:] if line)


def _cases(word: str) -> set[str]:
    return {word, word.lower(), word.upper(), word[:1].upper() + word[1:].lower()}


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_committed_word_stores_are_current(variant: str) -> None:
    built = spelling_words.build_variant(variant)
    path = dictionary_folder() / f"{variant}.words"
    assert spelling_words.same_store(path.read_bytes(), built), \
        "run python tools/spelling_words.py and commit resources/dictionaries/*.words"
    store = WordStore(built)
    assert len(list(store.words("forms"))) > 120_000 and len(list(store.words("hidden"))) > 500
    aff = "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n"
    small = spelling_words.build("2\nferry/S\nNASA/S\n", aff)
    assert spelling_words.same_store(small, spelling_words.build("2\nferry/S\nNASA/S\n", aff))
    for other in ("2\nferry/S\nNASA\n", "2\nferry\nNASA/S\n", "3\nferry/S\nNASA/S\nbus\n"):
        assert not spelling_words.same_store(small, spelling_words.build(other, aff))


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_dictionary_form_in_four_cases(variant: str) -> None:
    words_ = {case for word in set(_forms(variant)) | set(_roots(variant))
              for case in _cases(word)}
    assert len(words_) > 300_000
    assert _differences(variant, sorted(words_, key=str.lower)) == []  # (a word's cases together)


def _repository_texts() -> Iterator[str]:
    """Every text of the repository: samples, corpora, docs, help, and the tests' and sources'
    own strings and comments (a Python file read as prose), and a 20k-word benchmark body."""
    for folder in ("resources", "tests", "docs", "src", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".md", ".txt", ".release", ".json", ".html", ".py", ".ts") \
                    and path.is_file():
                yield path.read_text(encoding="utf-8", errors="replace")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_render import make_body

    yield make_body(20000)


@cache
def _repository_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every word of the repository's texts as proofing reads them, and every hyphenated
    compound (with its parts)."""
    found: set[str] = set()
    compounds: set[str] = set()
    for text in _repository_texts():
        blanked = visible(text, markdown=True)
        found.update(word for _, _, word in words(blanked))
        for match in _HYPHENATED.finditer(blanked):
            compounds.add(match.group(0))
    return frozenset(found), frozenset(compounds)


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_word_of_the_repository_texts(variant: str) -> None:
    found, compounds = _repository_words()
    assert len(found) > 10_000 and len(compounds) > 500
    assert _differences(variant, {c for w in found for c in _cases(w)}) == []
    assert _differences(variant, {c for w in compounds for c in _cases(w)}) == []
    store, library = Speller(variant), Speller(variant, engines=("chunspell",))
    assert [w for w in found if store.known(w) != library.known(w)] == []
    for compound in sorted(compounds):
        parts = [p.strip("’'") for p in compound.split("-")]
        assert store.compound_known(parts) == library.compound_known(parts), compound
    assert store.engine == "words" and library.engine == "chunspell"


_LETTERS = "abcdefghijklmnopqrstuvwxyz'’"


def _misspelt(rng: random.Random, word: str) -> str:
    """*word* with one typing slip, in a random case."""
    at = rng.randrange(len(word) + 1)
    slip = rng.randrange(5)
    if slip == 0:
        word = word[:at] + rng.choice(_LETTERS) + word[at:]
    elif slip == 1:
        word = word[:at] + word[at + 1:]
    elif slip == 2:
        word = word[:at] + rng.choice(_LETTERS) + word[at + 1:]
    elif slip == 3 and at < len(word) - 1:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    else:
        word += rng.choice(["s", "ed", "ing", "'s", "’s", "er", "ly", "ness", "d", "es"])
    case = rng.randrange(4)
    if case == 1:
        return word.upper()
    if case == 2:
        return word.capitalize()
    if case == 3:
        return "".join(c.upper() if rng.random() < 0.3 else c for c in word)
    return word


@pytest.mark.parametrize("variant", VARIANTS)
def test_seeded_misspellings_and_joins(variant: str) -> None:
    rng = random.Random(26)
    forms = sorted(set(_forms(variant)))
    slips = [_misspelt(rng, rng.choice(forms)) for _ in range(20_000)]
    joins = []
    for _ in range(10_000):
        word = rng.choice(forms) + rng.choice(["-", "--", "’", "'", "-’", " ", "."]) \
            + rng.choice(forms)
        if rng.random() < 0.3:
            word += "-" + rng.choice(forms)
        word = rng.choice([word, word.upper(), word.capitalize()])
        word = rng.choice(["", "-", " "]) + word + rng.choice(["", "-", ".", "'"])
        joins.append(word)
    assert _differences(variant, slips) == []
    assert _differences(variant, joins) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_drawn_misspellings(data: st.DataObject) -> None:
    variant = data.draw(st.sampled_from(VARIANTS))
    forms = _forms(variant)
    drawn = []
    for _ in range(50):
        word = forms[data.draw(st.integers(0, len(forms) - 1))]
        word = _misspelt(random.Random(data.draw(st.integers(0, 2**32))), word)
        extra = data.draw(st.text(alphabet=_LETTERS + "-.AZ09é", max_size=3))
        drawn.append(data.draw(st.sampled_from([word, word + extra, extra + word])))
    assert _differences(variant, drawn) == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_numbers_and_ordinals(variant: str) -> None:
    numbers = [f"{prefix}{n}{suffix}" for n in range(0, 1200)
               for suffix in ("", "st", "nd", "rd", "th", "ST", "Th", "s", "-year", "’s")
               for prefix in ("", "-")]
    rng = random.Random(21)
    numbers += ["".join(rng.choice("0123456789.,-stndrhTSNDRH") for _ in range(rng.randrange(1, 9)))
                for _ in range(20_000)]
    assert _differences(variant, numbers) == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_latin_letter_outside_ascii(variant: str) -> None:
    # (İ and the Kelvin sign lower into ASCII in Hunspell's own case table)
    letters = [chr(c) for c in range(0x80, 0x250)] + ["\u0130", "\u0131", "\u017f", "\u212a",
                                                      "\u212b", "\u2019", "\u1e9e", "\uff21"]
    templates = ["information", "naive", "kilo", "dont", "its", "internet", "Kansas", "TV"]
    candidates = {v[:k] + c + v[k + skip:] for c in letters for w in templates
                  for v in (w, w.upper(), w.capitalize()) for k in range(len(w) + 1)
                  for skip in (0, 1)}
    assert _differences(variant, candidates) == []


EDGES = ["", " ", ".", "..", "a.", "etc.", "  the", "the ", "the.", "café", "naïve", "don’t",
         "DON’T", "Don’t", "O'Brien", "O'BRIEN", "o'brien", "McDonald", "MCDONALD", "Mcdonald",
         "mcdonald", "ACLU's", "ACLU'S", "Aclu's", "aclu's", "PMED", "EULAS", "MS'S", "x" * 99,
         "a" * 299, "a" * 300, "a-" * 9 + "a", "a-" * 10 + "a", "the\0xyz", "-the", "the-",
         "--the", "the--", "well-known", "WELL-KNOWN", "Well-Known", "ferry-bus-tram",
         "1,000", "1,,000", "-1", "1-", "21st", "21ST", "11th", "11st", "1th", "0th", "I'd", "I'D"]


@pytest.mark.parametrize("variant", VARIANTS)
def test_edge_cases(variant: str) -> None:
    assert _differences(variant, EDGES) == []


def _corpus_texts() -> Iterator[tuple[str, str, str, bool]]:
    from releasedesk import document

    for path in sorted((ROOT / "resources" / "samples").glob("*.release")) + sorted(
            (ROOT / "tests" / "proof_corpus" / "planted").glob("*.release")):
        yield from release_texts(document.load(path))
    for path in sorted((ROOT / "tests" / "proof_corpus").rglob("*")):
        if path.suffix in (".md", ".txt"):
            yield "body", "", path.read_text(encoding="utf-8"), True


@pytest.mark.parametrize("variant", VARIANTS)
def test_proofing_findings_are_unchanged(variant: str) -> None:
    register = corpus_register()
    store = Proofer(register, variant, speller=Speller(variant))
    library = Proofer(register, variant, speller=Speller(variant, engines=("chunspell",)))
    compared = 0
    for field, _part, text, markdown in _corpus_texts():
        found = store.proof_text(field, text, DAY, markdown)
        assert found == library.proof_text(field, text, DAY, markdown), text[:80]
        compared += len(found)
    assert compared > 50
    assert store.speller is not None and store.speller.engine == "words"


def test_checks_never_read_the_dictionary_and_suggestions_read_it_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    original = spelling._load_chunspell

    def counted(folder: Path, variant: str) -> object:
        loads.append(variant)
        return original(folder, variant)

    monkeypatch.setattr(spelling, "_load_chunspell", counted)
    speller = Speller("en_GB")
    assert speller.known("colour") and not speller.known("color") and speller.known("Colour")
    assert speller.compound_known(["re", "elected"]) == [True, True]
    assert loads == [] and speller.engine == "words"
    assert "colour" in speller.suggest("colur", 5)
    assert speller.suggest("recieve", 1) == ["receive"]
    assert loads == ["en_GB"]  # once, at the first suggestion
    assert speller.known("harbour") and loads == ["en_GB"]


def test_without_a_word_store_the_dictionary_checks(tmp_path: Path) -> None:
    for suffix in (".dic", ".aff"):
        name = f"en_US{suffix}"
        (tmp_path / name).write_bytes((dictionary_folder() / name).read_bytes())
    speller = Speller("en_US", folder=tmp_path)
    assert speller.known("color") and not speller.known("colour")
    assert speller.engine == "chunspell"
    (tmp_path / "en_US.words").write_bytes(b"not a word store\n")
    broken = Speller("en_US", folder=tmp_path)
    assert broken.known("color") and broken.engine == "chunspell"
    # A store changed on its way (line ends converted: \n → \r\n) is refused whole.
    store = (dictionary_folder() / "en_US.words").read_bytes()
    at = store.index(b"\n", store.index(b"\nforms ") + 1) + 1
    (tmp_path / "en_US.words").write_bytes(store[:at] + store[at:].replace(b"\n", b"\r\n"))
    converted = Speller("en_US", folder=tmp_path)
    assert converted.known("color") and converted.engine == "chunspell"


@pytest.mark.parametrize("blob", [
    b"", b"not a word store\n", b"releasedesk-words 1\nforms 1\n a b \n",
    b"releasedesk-words 2\n", b"releasedesk-words 2\nforms 1 0\na\n3\nab",
    b"releasedesk-words 2\nsomething else\n", b"releasedesk-words 2\nforms x 0\n\n\n",
    b"releasedesk-words 2\nforms 1 9e83486d\na\n2\nab\nhidden 0 0\n\n\n",
    b"releasedesk-words 2\nforms 1 12345678\na\n2\nab\nhidden 0 0\n\n\n",
])
def test_a_damaged_word_store_is_refused(blob: bytes) -> None:
    # (the last two: the right checksum of lines that do not inflate, and a wrong checksum)
    with pytest.raises(WordStoreError):
        store = WordStore(blob)
        store.spell("ab")  # (a line that does not inflate is found when read)


def test_a_small_word_store_reads_as_built(tmp_path: Path) -> None:
    aff = "SET UTF-8\nICONV 1\nICONV ’ '\nSFX S Y 1\nSFX S 0 s .\n"
    dic = "4\nferry/S\nNASA/S\nMcDonald\nbus\n"
    store = WordStore(spelling_words.build(dic, aff))
    (tmp_path / "xx_XX.aff").write_text(aff, encoding="utf-8")
    (tmp_path / "xx_XX.dic").write_text(dic, encoding="utf-8")
    library = hunspell.Hunspell("xx_XX", hunspell_data_dir=str(tmp_path))
    verdicts = {w: store.spell(w) for w in [
        "ferry", "ferrys", "Ferry", "FERRYS", "fErry", "NASA", "NASAs", "Nasa", "NASAS", "nasa",
        "McDonald", "MCDONALD", "Mcdonald", "bus", "buses", "Bus", "bus-ferry", "BUS-FERRY"]}
    assert [w for w, right in verdicts.items() if right] == [
        "ferry", "ferrys", "Ferry", "FERRYS", "NASA", "NASAs", "NASAS", "McDonald", "MCDONALD",
        "bus", "Bus", "bus-ferry", "BUS-FERRY"]
    assert verdicts == {w: library.spell(w) for w in verdicts}


@pytest.mark.parametrize("line", ["KEEPCASE K", "FORBIDDENWORD !", "BREAK 1\nBREAK -",
                                  "FLAG long", "NEEDAFFIX x", "IGNORE a", "CHECKSHARPS",
                                  "COMPOUNDFLAG X", "SFX S Y 1\nSFX S 0 s/T ."])
def test_the_builder_refuses_what_the_store_does_not_model(line: str) -> None:
    with pytest.raises(spelling_words.Unsupported):
        spelling_words.build("1\nferry/S\n", "SET UTF-8\n" + line + "\n")
