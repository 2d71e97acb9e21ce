"""A hyphenated word is spelt as Hunspell spells it, whole: right when the dictionary
knows it whole ("e-mail"), part by part (its word breaks: "well-known") or closed ("Wi-Fi",
the dictionary's "WiFi"); else one finding naming the whole word ("wi-fi"), never its
halves ("wi", "fi")."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk.proofing.engine import Proofer
from releasedesk.proofing.spelling import dictionary_folder
from releasedesk.register import Register

from examples import examples

EN = Proofer(Register(), "en_US")
GB = Proofer(Register(), "en_GB")


def _spelling(proofer: Proofer, text: str) -> list[str]:
    return [text[f.start:f.end] for f in proofer.proof_text("body", text)
            if f.kind == "spelling"]


@pytest.mark.parametrize(("text", "flagged"), [
    ("Free Wi-Fi in every branch.", []),
    ("Free WI-FI in every branch.", []),
    ("The Wi-Fi’s range grew.", []),
    ("Send an e-mail or an X-ray.", []),
    ("A well-known mother-in-law.", []),
    ("She was re-elected.", []),
    ("Free wi-fi in every branch.", ["wi-fi"]),
    ("A hi-fi shop.", ["hi-fi"]),
    ("A well-knwon face.", ["well-knwon"]),
    ("‘wi-fi’ in quotes.", ["wi-fi"]),
    ("Wi-Fi and wifi-zone.", ["wifi-zone"]),
])
def test_hyphenated_words(text: str, flagged: list[str]) -> None:
    for proofer in (EN, GB):
        assert _spelling(proofer, text) == flagged


def test_a_whole_hyphenated_word_can_be_added_to_the_register() -> None:
    proofer = Proofer(Register(words=["Jean-Luc"]), "en_US")
    assert _spelling(proofer, "Jean-Luc spoke.") == []
    assert _spelling(EN, "Jean-Luc spoke.") == ["Jean-Luc"]


_KNOWN = ["well", "known", "state", "of", "the", "art", "mother", "in", "law", "Wi", "Fi",
          "e", "mail", "x", "ray", "co", "operate", "hi", "fi", "sci", "library", "open"]
_UNKNOWN = ["knwon", "libary", "wifi", "recieve", "zorp"]


@functools.cache
def _libhunspell() -> Callable[[str], bool]:
    """libhunspell's verdict with en_US, loaded once (~50 ms a load: loaded per example,
    the test had taken 16 s)."""
    hunspell = pytest.importorskip("hunspell")
    checker = hunspell.Hunspell("en_US", hunspell_data_dir=str(dictionary_folder()))
    return lambda word: bool(checker.spell(word))


@settings(max_examples=examples(300, 100), deadline=None)
@given(st.lists(st.sampled_from(_KNOWN + _UNKNOWN), min_size=2, max_size=4))
def test_the_verdict_is_hunspell_s_for_the_whole_word(parts: list[str]) -> None:
    spell = _libhunspell()
    word = "-".join(parts)
    text = f"They saw the {word} today."
    flagged = _spelling(EN, text)
    # Never a part of the word alone: the whole word, or nothing.
    assert flagged in ([], [word]), (word, flagged)
    whole = spell(word) or spell("".join(parts))
    by_parts = all(spell(p) or (i < len(parts) - 1 and p.lower() in ("co", "e", "x"))
                   for i, p in enumerate(parts))
    assert (flagged == []) == (whole or by_parts), (word, flagged)
