"""ReleaseDesk's own press words (resources/dictionaries/press-words.txt): ordinary words of
press releases the shipped dictionaries lack. Each is accepted in both Englishes in every
form Hunspell accepts a lowercase entry in, and nowhere else (a misspelling of one, or an
odd capitalisation, is still flagged); the list holds only words the dictionaries lack,
lowercase, once each, in order."""

from __future__ import annotations

import pytest

from releasedesk.proofing.engine import Proofer
from releasedesk.proofing.findings import SPELLING
from releasedesk.proofing.spelling import (
    PRESS_WORDS,
    VARIANTS,
    Speller,
    dictionary_folder,
    read_press_words,
)
from releasedesk.proofing.word_store import WordStore

LISTED = sorted(read_press_words(dictionary_folder()))


def _forms(word: str) -> list[str]:
    """*word* as a release may write it: lowercase, at a sentence's start, in a heading in
    capitals, possessive (both apostrophes)."""
    return [word, word.capitalize(), word.upper(), word + "’s", word + "'s",
            word.capitalize() + "’s"]


# Near misses of listed words: each must still be flagged.
MISSPELT = ["hotlnie", "hotine", "subdistircts", "subdistrcit", "livestraem", "rollot",
            "roundtabel", "underserverd", "jobseker", "infographis", "HotLine", "sUbdistrict"]


@pytest.fixture(scope="module", params=VARIANTS)
def speller(request: pytest.FixtureRequest) -> Speller:
    return Speller(request.param)


def test_the_words_users_met_are_listed() -> None:
    assert {"hotline", "hotlines", "subdistrict", "subdistricts"} <= set(LISTED)
    assert len(LISTED) >= 30


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_list_holds_only_words_the_dictionaries_lack(variant: str) -> None:
    store = WordStore.read(dictionary_folder() / f"{variant}.words")
    assert [w for w in LISTED if store.spell(w)] == []


def test_the_list_is_lowercase_letters_once_each_in_order() -> None:
    lines = [line for line in (dictionary_folder() / PRESS_WORDS).read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert lines == sorted(set(lines)) == LISTED
    assert all(w.isalpha() and w.islower() and w.isascii() for w in lines), lines


def test_every_listed_word_is_known_in_every_form(speller: Speller) -> None:
    unknown = [form for w in LISTED for form in _forms(w) if not speller.known(form)]
    assert unknown == []


def test_near_misses_of_listed_words_are_still_unknown(speller: Speller) -> None:
    assert [w for w in MISSPELT if speller.known(w)] == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_release_using_them_raises_no_spelling_alarm(variant: str) -> None:
    proofer = Proofer(None, variant)
    text = ("Residents of the three subdistricts can call the hotline. Hotlines open at "
            "eight; the subdistrict’s roundtable is livestreamed. The HOTLINE's number is "
            "below.")
    findings = proofer.proof_text("body", text)
    assert [text[f.start:f.end] for f in findings if f.kind == SPELLING] == []
    wrong = "Call the hotlnie in each subdistircts."
    flagged = [wrong[f.start:f.end] for f in proofer.proof_text("body", wrong)
               if f.kind == SPELLING]
    assert flagged == ["hotlnie", "subdistircts"]


def test_a_dictionary_folder_without_the_list_accepts_none_of_them() -> None:
    assert read_press_words(dictionary_folder() / "no such folder") == frozenset()


@pytest.mark.parametrize(("misspelt", "meant"), [("hotlnie", "hotline"),
                                                 ("subdistirct", "subdistrict"),
                                                 ("livestraem", "livestream")])
def test_a_near_miss_is_offered_the_listed_word(misspelt: str, meant: str) -> None:
    pytest.importorskip("hunspell")
    speller = Speller("en_US", engines=("words", "chunspell"))
    assert meant in speller.suggest(misspelt, 5)
    assert not speller.known(misspelt) and speller.known(meant)
